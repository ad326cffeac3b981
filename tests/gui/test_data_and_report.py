"""File > Export all data…, Import data… and Report…: the menu, the dialogs, the messages, the PDF rendered back."""

from __future__ import annotations

import csv
import os
import shutil
import stat
import subprocess
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from hipdesk.storage.db import open_database
from hipdesk.ui.main_window import MainWindow
from hipdesk.ui.report.report_dialog import ReportDialog
from tools.fill_history import fill_two_weeks, fill_years


@pytest.fixture
def window(qtbot: Any, services: Any, tmp_path: Path) -> MainWindow:
    window = MainWindow(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.attach(services)
    return window


def _message(window: MainWindow) -> QMessageBox:
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.parent() is window]
    boxes = [b for b in boxes if b.objectName() == "dataTransferMessage" and b.isVisible()]
    assert len(boxes) == 1
    return boxes[0]


def test_the_file_menu_has_export_import_and_report(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert {"&Export all data…", "&Import data…", "&Report…"} <= set(texts)


def test_export_then_import_from_another_computer(
    qtbot: Any, window: MainWindow, services: Any, tmp_path: Path, wall: Any
) -> None:
    other = open_database(tmp_path / "other" / "hipdesk.sqlite3", tmp_path / "other" / "backups", wall)
    fill_two_weeks(other.engine, today=wall.today())
    from hipdesk.storage.data_repository import DataRepository
    from hipdesk.usecases.data_transfer import export_data

    export_data(DataRepository(other.engine), tmp_path / "other.hipdesk-data.zip", wall)
    other.dispose()

    with qtbot.waitSignal(services.events.data_imported):
        dialog = window.import_data()
        assert isinstance(dialog, QFileDialog)
        dialog.fileSelected.emit(str(tmp_path / "other.hipdesk-data.zip"))  # as choosing the file does
    box = _message(window)
    assert "added 18 sessions" in box.text() and str(tmp_path) in box.text()
    box.accept()

    controller = window._data_transfer()
    assert controller is not None
    with qtbot.waitSignal(controller.exported):
        assert controller.export_to(tmp_path / "mine.hipdesk-data.zip")
    assert "Exported 18 sessions" in _message(window).text()
    _message(window).accept()


def test_a_refused_file_says_where_and_that_nothing_changed(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    bad = tmp_path / "holiday.hipdesk-data.zip"
    bad.write_text("<b>not a zip</b>")
    controller = window._data_transfer()
    assert controller is not None
    with qtbot.waitSignal(controller.failed):
        assert not controller.import_from(bad)
    box = _message(window)
    assert str(bad) in box.text() and "Nothing was changed" in box.text()
    assert box.icon() is QMessageBox.Icon.Warning


@pytest.fixture
def report_dialog(qtbot: Any, window: MainWindow, services: Any, wall: Any) -> ReportDialog:
    fill_years(services.history._engine, wall.today(), years=0.3)
    with services.history._engine.begin() as conn:
        conn.exec_driver_sql(
            "UPDATE sessions SET notes = '=HYPERLINK(\"x\") <b>left hip</b> tight' "
            "WHERE id = (SELECT max(id) FROM sessions)"
        )
    dialog = window.open_report()
    assert isinstance(dialog, ReportDialog)
    qtbot.waitExposed(dialog)
    dialog.set_period(wall.today() - timedelta(weeks=12) + timedelta(days=1), wall.today())
    return dialog


def test_the_report_csv_holds_the_same_figures(report_dialog: ReportDialog, tmp_path: Path) -> None:
    path = tmp_path / "report.csv"
    assert report_dialog.save_csv(path)
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["section", "week_or_day", "item", "side", "value", "unit", "detail"]
    report = report_dialog.report()
    minutes = [r for r in rows if r[0] == "week" and r[2] == "minutes"]
    assert [float(r[4]) for r in minutes] == [round(w.minutes, 2) for w in report.weeks]
    checks = [r for r in rows if r[0] == "check"]
    assert len(checks) == 2 * len(report.checks) > 0
    note = next(r for r in rows if r[0] == "note")
    assert note[6].startswith("'=HYPERLINK")  # a spreadsheet shows it, never runs it
    assert str(path) in report_dialog.status.text()


def test_the_report_csv_is_a_normal_file_and_a_refused_one_says_where(
    report_dialog: ReportDialog, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    previous = os.umask(0o022)
    try:
        assert report_dialog.save_csv(folder / "report.csv")
    finally:
        os.umask(previous)
    assert stat.S_IMODE((folder / "report.csv").stat().st_mode) == 0o644  # as any file the person makes
    missing = folder / "no-such-folder" / "report.csv"
    assert not report_dialog.save_csv(missing)
    status = report_dialog.status.text()
    assert status.startswith(f"Could not write {missing}: ") and len(status) > len(f"Could not write {missing}: ")
    assert sorted(p.name for p in folder.iterdir()) == ["report.csv"]


def test_the_report_pdf_renders_back_with_charts_and_tables(report_dialog: ReportDialog, tmp_path: Path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (Debian: poppler-utils) is not installed; .ci/run installs it")
    path = tmp_path / "report.pdf"
    assert report_dialog.save_pdf(path)
    assert path.read_bytes().startswith(b"%PDF")
    subprocess.run(["pdftoppm", "-r", "40", "-png", str(path), str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page-*.png"))
    assert len(pages) >= 3
    first = QImage(str(pages[0]))
    assert first.width() > 300 and first.height() > first.width()  # A4, upright
    # The minutes chart's bars are drawn in its own blue: the first page shows them.
    colours = {first.pixelColor(x, y).name() for x in range(0, first.width(), 2) for y in range(0, first.height(), 2)}
    assert len(colours) > 20
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=False).stdout
    if text:  # pdftotext comes with pdftoppm; the report's words are real text, and markup stayed text
        assert "Weekly checks: left against right" in text
        assert "<b>left hip</b>" in text
