"""What an X11 desktop says about the person at the keyboard: seconds since the last input (the MIT-SCREEN-SAVER
extension) and whether the active window is full screen (the window manager's ``_NET_ACTIVE_WINDOW`` and
``_NET_WM_STATE_FULLSCREEN``).

Through libxcb with ctypes, on HipDesk's own connection to the display: no extra Python package, no Xlib error
handler that could end the process when a window goes away between two requests (xcb returns errors per request),
and nothing that depends on which Qt platform plugin runs. Debian: ``libxcb1`` (always there with an X display) and
``libxcb-screensaver0`` for the idle time.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import os

log = logging.getLogger(__name__)


class _Cookie(ctypes.Structure):
    _fields_ = [("sequence", ctypes.c_uint)]


class _ScreenIterator(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("rem", ctypes.c_int), ("index", ctypes.c_int)]


class _AtomReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("atom", ctypes.c_uint32),
    ]


class _PropertyReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("format", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("type", ctypes.c_uint32),
        ("bytes_after", ctypes.c_uint32),
        ("value_len", ctypes.c_uint32),
        ("pad0", ctypes.c_uint8 * 12),
    ]


class _SaverReply(ctypes.Structure):
    _fields_ = [
        ("response_type", ctypes.c_uint8),
        ("state", ctypes.c_uint8),
        ("sequence", ctypes.c_uint16),
        ("length", ctypes.c_uint32),
        ("saver_window", ctypes.c_uint32),
        ("ms_until_server", ctypes.c_uint32),
        ("ms_since_user_input", ctypes.c_uint32),
        ("event_mask", ctypes.c_uint32),
        ("kind", ctypes.c_uint8),
        ("pad0", ctypes.c_uint8 * 7),
    ]


_ATOM_WINDOW = 33  # the predefined atoms WINDOW and ATOM (X11 protocol)
_ATOM_ATOM = 4


def _load(name: str) -> ctypes.CDLL | None:
    found = ctypes.util.find_library(name)
    for candidate in (found, f"lib{name}.so.1", f"lib{name}.so.0"):
        if not candidate:
            continue
        try:
            return ctypes.CDLL(candidate)
        except OSError:
            continue
    return None


class X11Desktop:
    """One connection to the X display in ``DISPLAY``. Every query answers None when it cannot tell."""

    def __init__(self, display: str | None = None) -> None:
        self.display = display if display is not None else os.environ.get("DISPLAY", "")
        self._xcb = _load("xcb")
        self._saver = _load("xcb-screensaver")
        self._libc = ctypes.CDLL(None)
        self._conn: int | None = None
        self._root = 0
        self._atoms: dict[str, int] = {}
        if self._xcb is not None:
            self._declare()
        self.problem = self._connect()

    # ---- set-up ------------------------------------------------------------------------------------------------
    def _declare(self) -> None:
        xcb = self._xcb
        assert xcb is not None
        xcb.xcb_connect.restype = ctypes.c_void_p
        xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
        xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
        xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
        xcb.xcb_get_setup.restype = ctypes.c_void_p
        xcb.xcb_get_setup.argtypes = [ctypes.c_void_p]
        xcb.xcb_setup_roots_iterator.restype = _ScreenIterator
        xcb.xcb_setup_roots_iterator.argtypes = [ctypes.c_void_p]
        xcb.xcb_screen_next.argtypes = [ctypes.POINTER(_ScreenIterator)]
        xcb.xcb_intern_atom.restype = _Cookie
        xcb.xcb_intern_atom.argtypes = [ctypes.c_void_p, ctypes.c_uint8, ctypes.c_uint16, ctypes.c_char_p]
        xcb.xcb_intern_atom_reply.restype = ctypes.POINTER(_AtomReply)
        xcb.xcb_intern_atom_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.POINTER(ctypes.c_void_p)]
        xcb.xcb_get_property.restype = _Cookie
        xcb.xcb_get_property.argtypes = [ctypes.c_void_p, ctypes.c_uint8, *[ctypes.c_uint32] * 5]
        xcb.xcb_get_property_reply.restype = ctypes.POINTER(_PropertyReply)
        xcb.xcb_get_property_reply.argtypes = [ctypes.c_void_p, _Cookie, ctypes.POINTER(ctypes.c_void_p)]
        xcb.xcb_get_property_value.restype = ctypes.c_void_p
        xcb.xcb_get_property_value.argtypes = [ctypes.POINTER(_PropertyReply)]
        xcb.xcb_get_property_value_length.argtypes = [ctypes.POINTER(_PropertyReply)]
        self._libc.free.argtypes = [ctypes.c_void_p]
        if self._saver is not None:
            self._saver.xcb_screensaver_query_info.restype = _Cookie
            self._saver.xcb_screensaver_query_info.argtypes = [ctypes.c_void_p, ctypes.c_uint32]
            self._saver.xcb_screensaver_query_info_reply.restype = ctypes.POINTER(_SaverReply)
            self._saver.xcb_screensaver_query_info_reply.argtypes = [
                ctypes.c_void_p,
                _Cookie,
                ctypes.POINTER(ctypes.c_void_p),
            ]

    def _connect(self) -> str | None:
        """Open the connection; returns what is missing, or None."""
        if self._xcb is None:
            return "libxcb is not installed"
        if not self.display:
            return "no X display (DISPLAY is unset)"
        screen = ctypes.c_int(0)
        conn = self._xcb.xcb_connect(self.display.encode(), ctypes.byref(screen))
        if not conn or self._xcb.xcb_connection_has_error(conn):
            if conn:
                self._xcb.xcb_disconnect(conn)
            return f"cannot connect to the X display {self.display}"
        roots = self._xcb.xcb_setup_roots_iterator(self._xcb.xcb_get_setup(conn))
        for _ in range(screen.value):
            self._xcb.xcb_screen_next(ctypes.byref(roots))
        self._root = ctypes.cast(roots.data, ctypes.POINTER(ctypes.c_uint32))[0]  # xcb_screen_t starts with root
        self._conn = conn
        return None

    def close(self) -> None:
        if self._conn is not None and self._xcb is not None:
            self._xcb.xcb_disconnect(self._conn)
        self._conn = None

    def _live(self) -> int | None:
        """The connection, opened again if the display went away and came back."""
        if self._conn is not None and self._xcb is not None and self._xcb.xcb_connection_has_error(self._conn):
            log.info("the connection to %s broke; connecting again", self.display)
            self.close()
            self._atoms.clear()
            self.problem = self._connect()
        return self._conn

    # ---- queries -----------------------------------------------------------------------------------------------
    @property
    def has_idle_time(self) -> bool:
        return self._conn is not None and self._saver is not None and self.idle_s() is not None

    def idle_s(self) -> float | None:
        """Seconds since the last keyboard or mouse input on this display, or None when it cannot tell."""
        conn = self._live()
        if conn is None or self._saver is None:
            return None
        error = ctypes.c_void_p()
        cookie = self._saver.xcb_screensaver_query_info(conn, self._root)
        reply = self._saver.xcb_screensaver_query_info_reply(conn, cookie, ctypes.byref(error))
        self._free(error.value)
        if not reply:
            return None
        try:
            return reply.contents.ms_since_user_input / 1000.0
        finally:
            self._free(ctypes.cast(reply, ctypes.c_void_p).value)

    def has_window_manager(self) -> bool:
        """An EWMH window manager runs (it is the one that marks windows full screen and names the active one)."""
        if self._live() is None:
            return False
        return bool(self._property(self._root, "_NET_SUPPORTING_WM_CHECK", _ATOM_WINDOW))

    def full_screen(self) -> bool | None:
        """Whether the active window fills the screen; None when the window manager does not say which is active."""
        if self._live() is None:
            return None
        active = self._property(self._root, "_NET_ACTIVE_WINDOW", _ATOM_WINDOW)
        if active is None:
            return None
        if not active or not active[0]:
            return False
        states = self._property(active[0], "_NET_WM_STATE", _ATOM_ATOM)
        return bool(states) and self._atom("_NET_WM_STATE_FULLSCREEN") in (states or [])

    def _atom(self, name: str) -> int:
        if name not in self._atoms:
            assert self._xcb is not None and self._conn is not None
            cookie = self._xcb.xcb_intern_atom(self._conn, 0, len(name), name.encode())
            error = ctypes.c_void_p()
            reply = self._xcb.xcb_intern_atom_reply(self._conn, cookie, ctypes.byref(error))
            self._free(error.value)
            if not reply:
                return 0
            self._atoms[name] = reply.contents.atom
            self._free(ctypes.cast(reply, ctypes.c_void_p).value)
        return self._atoms[name]

    def _property(self, window: int, name: str, kind: int) -> list[int] | None:
        """A 32-bit list property, or None when the window or the property is not there."""
        assert self._xcb is not None and self._conn is not None
        cookie = self._xcb.xcb_get_property(self._conn, 0, window, self._atom(name), kind, 0, 64)
        error = ctypes.c_void_p()
        reply = self._xcb.xcb_get_property_reply(self._conn, cookie, ctypes.byref(error))
        self._free(error.value)  # the window went away between two requests: not full screen, nothing to fix
        if not reply:
            return None
        try:
            if reply.contents.format != 32 or reply.contents.type != kind:
                return None
            count = self._xcb.xcb_get_property_value_length(reply) // 4
            values = ctypes.cast(self._xcb.xcb_get_property_value(reply), ctypes.POINTER(ctypes.c_uint32))
            return [values[i] for i in range(count)]
        finally:
            self._free(ctypes.cast(reply, ctypes.c_void_p).value)

    def _free(self, pointer: int | None) -> None:
        if pointer:
            self._libc.free(pointer)
