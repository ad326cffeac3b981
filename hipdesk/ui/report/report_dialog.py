"""File > Report…: choose a period, then save the physiotherapist's report as a PDF or its figures as a CSV."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from hipdesk.domain.words import QT_TRANSLATE_NOOP
from hipdesk.ui.plain_text import PlainLabel
from hipdesk.usecases.preferences import WEEKLY_GOAL_MIN

if TYPE_CHECKING:
    from hipdesk.ui.services import Services
    from hipdesk.usecases.report import PhysioReport

# (label, weeks back; 0 for all of history, None for dates chosen by hand)
PERIODS: tuple[tuple[str, int | None], ...] = (
    (QT_TRANSLATE_NOOP("ReportDialog", "Last 4 weeks"), 4),
    (QT_TRANSLATE_NOOP("ReportDialog", "Last 12 weeks"), 12),
    (QT_TRANSLATE_NOOP("ReportDialog", "Last 6 months"), 26),
    (QT_TRANSLATE_NOOP("ReportDialog", "Last year"), 52),
    (QT_TRANSLATE_NOOP("ReportDialog", "All of history"), 0),
    (QT_TRANSLATE_NOOP("ReportDialog", "Dates I choose"), None),
)
DEFAULT_PERIOD = 1


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ReportDialog(QDialog):
    """The report's period and its two ways out (PDF, CSV).

    Signals:
    saved(str): the report was written to this path (a .pdf or a .csv).
    """

    saved = Signal(str)

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setWindowTitle(self.tr("Report for your physiotherapist"))
        self.setAccessibleName(self.tr("Report for your physiotherapist"))
        self.setObjectName("reportDialog")

        intro = QLabel(
            self.tr(
                "A PDF for a physiotherapist: minutes per week against your goal, sessions done and cut short, pain "
                "before, after and the next day, weekly checks left against right, changes to your routines and the "
                "routine you play now. The CSV holds the same figures for a spreadsheet."
            )
        )
        intro.setWordWrap(True)
        self.period = QComboBox()
        self.period.setAccessibleName(self.tr("Period"))
        for label, _weeks in PERIODS:
            self.period.addItem(QCoreApplication.translate("ReportDialog", label))
        self.first = QDateEdit()
        self.first.setAccessibleName(self.tr("From"))
        self.last = QDateEdit()
        self.last.setAccessibleName(self.tr("To"))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(self.tr("d MMM yyyy", "Qt date pattern: 16 Nov 2026"))
            edit.dateChanged.connect(self._dates_edited)
        form = QFormLayout()
        form.addRow(self.tr("&Period:"), self.period)
        form.addRow(self.tr("&From:"), self.first)
        form.addRow(self.tr("&To:"), self.last)

        self.status = PlainLabel()  # names the file written
        self.status.setObjectName("reportStatus")
        self.status.setAccessibleName(self.tr("Report status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pdf_button = QPushButton(self.tr("Save &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the report as a PDF"))
        self.pdf_button.clicked.connect(lambda: self.choose_file("pdf"))
        self.csv_button = QPushButton(self.tr("Save &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save the report's figures as a CSV"))
        self.csv_button.clicked.connect(lambda: self.choose_file("csv"))
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.pdf_button, self.csv_button, close):
            buttons.addWidget(button)
        self.pdf_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.period.currentIndexChanged.connect(self._period_chosen)
        self.period.setCurrentIndex(DEFAULT_PERIOD)
        self._period_chosen(DEFAULT_PERIOD)
        self.resize(520, self.sizeHint().height())

    # ---- the period --------------------------------------------------------------------------------------------
    def _period_chosen(self, index: int) -> None:
        weeks = PERIODS[index][1]
        if weeks is None:
            return
        today = self._services.wall.today()
        if weeks == 0:
            first = self._services.history.first_day() or today
        else:
            first = today - timedelta(weeks=weeks) + timedelta(days=1)
        for edit, day in ((self.first, first), (self.last, today)):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _dates_edited(self) -> None:
        self.period.blockSignals(True)
        self.period.setCurrentIndex(len(PERIODS) - 1)
        self.period.blockSignals(False)

    def set_period(self, first: date, last: date) -> None:
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))

    def chosen_period(self) -> tuple[date, date]:
        first, last = _pydate(self.first.date()), _pydate(self.last.date())
        return (first, last) if first <= last else (last, first)

    # ---- building and saving -----------------------------------------------------------------------------------
    def report(self) -> PhysioReport:
        from hipdesk.usecases.report import build_report

        s = self._services
        first, last = self.chosen_period()
        return build_report(
            history=s.history,
            checks=s.checks,
            routines=s.routines,
            data=s.data,
            builtin_routines=s.builtin_routines,
            library=s.library,
            goal_min=float(s.preferences.get(WEEKLY_GOAL_MIN)),
            first=first,
            last=last,
        )

    def choose_file(self, kind: str) -> QFileDialog:
        first, last = self.chosen_period()
        default = Path.home() / f"hipdesk-report-{first.isoformat()}-to-{last.isoformat()}.{kind}"
        title = self.tr("Save the report as a PDF") if kind == "pdf" else self.tr("Save the report's figures as a CSV")
        pattern = self.tr("PDF files (*.pdf)") if kind == "pdf" else self.tr("CSV files (*.csv)")
        dialog = QFileDialog(self, title, str(default), pattern)
        dialog.setAccessibleName(title)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(kind)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        save = self.save_pdf if kind == "pdf" else self.save_csv
        dialog.fileSelected.connect(lambda name: save(Path(name)))
        dialog.open()
        return dialog

    def save_pdf(self, path: Path) -> bool:
        from hipdesk.ui.report.report_pdf import write_report_pdf

        try:
            pages = write_report_pdf(self.report(), path)
        except OSError as exc:
            return self._failed(path, exc)
        return self._done(path, self.tr("Saved the report (%n page(s)) to {path}.", "", pages).format(path=path))

    def save_csv(self, path: Path) -> bool:
        from hipdesk.usecases.files import FileWriteError
        from hipdesk.usecases.report import write_report_csv

        try:
            rows = write_report_csv(self.report(), path)
        except FileWriteError as exc:
            self.status.setText(self.tr("Could not write {path}: {problem}").format(path=path, problem=exc.detail))
            return False
        return self._done(path, self.tr("Saved %n row(s) to {path}.", "", rows).format(path=path))

    def _done(self, path: Path, text: str) -> bool:
        self.status.setText(text)
        self.saved.emit(str(path))
        return True

    def _failed(self, path: Path, exc: OSError) -> bool:
        self.status.setText(self.tr("Could not write {path}: {problem}").format(path=path, problem=exc.strerror or exc))
        return False
