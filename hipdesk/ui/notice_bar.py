"""The look and keyboard of HipDesk's slim bars above and below the tabs (reminders, the weekly check, the day after).

Each bar is a calm strip with a coloured edge, a bold title over one wrapped line of text, and a row of buttons on the
right. Escape answers the bar the way its quietest button does. The bars never take the focus on their own.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QHBoxLayout, QVBoxLayout, QWidget

from hipdesk.ui.plain_text import PlainLabel
from hipdesk.ui.theme import style

# The colour of a bar's left edge, as a name in hipdesk.ui.theme: HipDesk's highlight, or amber for advice to take care.
ACCENT = "highlight"
WARN_ACCENT = "caution"


class NoticeBar(QFrame):
    """A slim bar: a title and text column, then the controls a subclass adds with `add_controls`.

    Signals: none of its own; each bar declares what its buttons mean. Escape calls `escape_pressed`.
    """

    def __init__(self, object_name: str, accessible_name: str, *, top: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setAccessibleName(accessible_name)
        self._border_edge = "bottom" if top else "top"  # the edge that meets the tabs
        self.set_accent(ACCENT)
        self.title = PlainLabel()  # titles and texts name routines and sessions
        self.title.setObjectName("noticeBarTitle")
        self.title.hide()  # until there is a title to show
        self.text = PlainLabel()
        self.text.setWordWrap(True)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.title)
        words.addWidget(self.text)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.escape_pressed)

        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(16, 8, 12, 8)
        self._layout.setSpacing(8)
        self._layout.addLayout(words, 1)
        self.hide()

    def add_controls(self, *widgets: QWidget) -> None:
        """Put these controls on the right, in this order for the eye and for Tab."""
        for widget in widgets:
            if isinstance(widget, QAbstractButton):  # buttons take Tab focus on every desktop (not so on macOS)
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self._layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignVCenter)
        for before, after in pairwise(widgets):
            QWidget.setTabOrder(before, after)

    def set_accent(self, colour: str) -> None:
        """The colour of the bar's left edge: ACCENT, or WARN_ACCENT for advice to take care."""
        style(
            self,
            "#{name} {{ background: {alternate_base}; border-{meets}: 1px solid {mid};"
            " border-left: 4px solid {edge}; }}"
            "#{name} #noticeBarTitle {{ font-weight: 600; }}",
            name=self.objectName(),
            meets=self._border_edge,
            edge=f"@{colour}",
        )

    def set_words(self, title: str, text: str) -> None:
        """Show this title (none if empty) and text, and give screen readers both."""
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.text.setText(text)
        self.setAccessibleDescription(f"{title}. {text}" if title else text)

    def escape_pressed(self) -> None:
        """Escape in the bar; a subclass answers it like its quietest button."""


class WindowEscape(QObject):
    """Gives a bar Escape pressed anywhere in its window while the bar shows, before the window's own shortcuts (a
    tab's Escape waits until the bar is answered). Dialogs, menus and pop-ups keep their Escape.

    Qt offers a key to the widget with the focus and then to each of its parents up to the window before it looks
    for a shortcut (a ShortcutOverride event); a filter on the bar's window takes Escape there.

    Signals: none.
    """

    def __init__(self, bar: NoticeBar) -> None:
        super().__init__(bar)
        self._bar = bar
        self._window: QWidget | None = None
        bar.installEventFilter(self)  # its first show, once it sits in its window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self._bar:
            if kind == QEvent.Type.Show and self._window is None:
                self._window = self._bar.window()
                self._window.installEventFilter(self)
            return False
        if (
            kind == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
            and self._bar.isVisible()
            and QApplication.activePopupWidget() is None
            and QApplication.activeModalWidget() is None
        ):
            event.accept()  # no shortcut of the window's takes it
            self._bar.escape_pressed()
            return True
        return False
