"""Accessibility helpers: names for the parts Qt builds itself, and a focus ring a person can see at a glance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QBrush, QPainter, QPen
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionFrame,
    QWidget,
)

from hipdesk.ui.plain_text import PlainLabel

CLEAR_ACTION = "_q_qlineeditclearaction"  # the object name Qt gives a line edit's clear (x) action
RING_WIDTH = 2.0


def name_clear_button(edit: QLineEdit, name: str) -> None:
    """Name the clear (x) button of ``edit`` (call after ``setClearButtonEnabled(True)``).

    Qt leaves it nameless; the name also becomes its tooltip. It stays out of the Tab chain, as Qt builds it:
    Ctrl+A then Delete clears the field by keyboard.
    """
    action = edit.findChild(QAction, CLEAR_ACTION)
    if action is not None:
        action.setText(name)


def name_combo(combo: QComboBox, name: str) -> None:
    """Give a drop-down a name that screen readers on Linux read.

    There Qt reports a combo box's accessible name as its current text ("All phases"), whatever
    ``setAccessibleName`` says, and names it through a label related to it instead. So a combo box without a
    visible label gets an invisible one, its buddy, beside it when it is first shown (it needs a parent by then).
    """
    combo.setAccessibleName(name)  # what other platforms read
    global _labeller
    if _labeller is None:
        _labeller = _ComboLabeller()
    combo.installEventFilter(_labeller)


class _ComboLabeller(QObject):
    """Adds the label ``name_combo`` promises, on the combo box's first show."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QComboBox):
            watched.removeEventFilter(self)
            parent = watched.parentWidget()
            siblings = parent.findChildren(QLabel, "", Qt.FindChildOption.FindDirectChildrenOnly) if parent else []
            has_label = any(label.buddy() is watched for label in siblings)  # Qt relates siblings only
            if parent is not None and not has_label:
                label = PlainLabel(watched.accessibleName(), parent)
                label.setObjectName("screenReaderLabel")
                label.setBuddy(watched)
                label.hide()
        return False


_labeller: _ComboLabeller | None = None


class FocusRingStyle(QProxyStyle):
    """The platform style, plus a 2 px ring in the highlight colour around the control that has the keyboard focus.

    Fusion marks a focused button only by tinting its 1 px border, which is hard to find at a glance. The ring is
    drawn only after the focus moved by keyboard (Tab, a shortcut), so a mouse click leaves the look unchanged.

    Signals: none.
    """

    _CONTROLS = frozenset(
        {
            QStyle.ControlElement.CE_PushButton,
            QStyle.ControlElement.CE_CheckBox,
            QStyle.ControlElement.CE_RadioButton,
            QStyle.ControlElement.CE_TabBarTabLabel,  # the current tab, while the tab bar has the focus
        }
    )
    _COMPLEX = frozenset(
        {
            QStyle.ComplexControl.CC_ToolButton,
            QStyle.ComplexControl.CC_ComboBox,
            QStyle.ComplexControl.CC_SpinBox,
            QStyle.ComplexControl.CC_Slider,
        }
    )

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if element in self._CONTROLS:
            self._ring(option, painter)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)  # type: ignore[arg-type]
        if control in self._COMPLEX:
            self._ring(option, painter)

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        line_edit = element is QStyle.PrimitiveElement.PE_PanelLineEdit
        if line_edit and isinstance(option, QStyleOptionFrame) and option.lineWidth > 0:  # not a spin box's inside
            self._ring(option, painter)

    @staticmethod
    def _ring(option: QStyleOption, painter: QPainter) -> None:
        state = option.state
        if not (state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_KeyboardFocusChange):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(option.palette.highlight().color(), RING_WIDTH))
        painter.setBrush(QBrush())
        inset = RING_WIDTH / 2
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 3, 3)
        painter.restore()


def install_focus_ring(app: QApplication) -> None:
    """Wrap the application's style in :class:`FocusRingStyle` (once). Call it after the first paint: a style
    written in Python costs start-up time."""
    style = app.style()
    if not isinstance(style, FocusRingStyle):
        app.setStyle(FocusRingStyle(style.name()))
