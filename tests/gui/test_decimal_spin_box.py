"""Tempo seconds typed with either decimal mark mean the same, in any locale."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QLocale, Qt

from hipdesk.ui.decimal_spin_box import DecimalSpinBox

GERMAN = QLocale(QLocale.Language.German, QLocale.Country.Germany)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


@pytest.mark.parametrize("locale", [GERMAN, ENGLISH], ids=["de", "en"])
@pytest.mark.parametrize("typed", ["1,5", "1.5"])
def test_either_mark_types_one_and_a_half(qtbot: QtBot, locale: QLocale, typed: str) -> None:
    box = DecimalSpinBox()
    qtbot.addWidget(box)
    box.setLocale(locale)
    box.setRange(0, 10)
    box.setDecimals(1)
    box.setKeyboardTracking(False)
    box.show()
    box.setFocus()
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, typed)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.value() == 1.5
    assert box.text() == ("1,5" if locale == GERMAN else "1.5")
