"""A number box that reads either decimal mark."""

from __future__ import annotations

from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QDoubleSpinBox


class DecimalSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that takes "." or "," as the decimal mark, whichever the locale uses.

    Qt's own box refuses the other mark, so under German "1.5" typed by habit lost its point and became 1.0 or 15;
    here it is 1.5 and shows as "1,5". The weekly check's number fields read both marks the same way.

    Signals: those of QDoubleSpinBox.
    """

    def _with_locale_mark(self, text: str) -> str:
        point = self.locale().decimalPoint()
        other = "," if point == "." else "."
        return text.replace(other, point)

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        return super().validate(self._with_locale_mark(text), pos)

    def valueFromText(self, text: str) -> float:
        return super().valueFromText(self._with_locale_mark(text))

    def fixup(self, text: str) -> str:
        return super().fixup(self._with_locale_mark(text))
