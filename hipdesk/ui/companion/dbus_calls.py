"""Small QtDBus helpers: a call with a short timeout that answers None on any error, a property read, and a proxy
that sends unsigned integers.

PySide6 turns every Python int into a D-Bus int32 (or a uint16 inside a QDBusArgument), and servers reject an int32
where the interface says uint32 (``Notify``'s ``replaces_id``). A QDBusInterface built from the server's
introspection marshals each argument with the declared type, but Qt types an ``a{sv}`` argument without a Qt
annotation as a raw type that no Python value can fill. While such a proxy is built, :func:`typed_interface` asks
QtDBus to read ``a{sv}`` as ``QVariantMap`` (the switch Qt's own ``qdbus`` tool uses), so every argument can be given.
"""

from __future__ import annotations

import ctypes
import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtDBus import QDBus, QDBusConnection, QDBusInterface, QDBusMessage, QDBusVariant

log = logging.getLogger(__name__)

CALL_TIMEOUT_MS = 1000  # a desktop service answers in milliseconds; one that hangs must not freeze HipDesk for long
PROPERTIES = "org.freedesktop.DBus.Properties"


def call(
    bus: QDBusConnection, service: str, path: str, interface: str, method: str, *args: Any, timeout_ms: int = 0
) -> list[Any] | None:
    """The reply's arguments, or None when the service is not there or answers with an error."""
    if not bus.isConnected():
        return None
    message = QDBusMessage.createMethodCall(service, path, interface, method)
    if args:
        message.setArguments(list(args))
    reply = bus.call(message, QDBus.CallMode.Block, timeout_ms or CALL_TIMEOUT_MS)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        log.debug("%s %s.%s: %s", service, interface, method, reply.errorMessage())
        return None
    return [unwrap(a) for a in reply.arguments()]


def unwrap(value: Any) -> Any:
    return value.variant() if isinstance(value, QDBusVariant) else value


def get_property(bus: QDBusConnection, service: str, path: str, interface: str, name: str) -> Any:
    """A property's value, or None when it cannot be read."""
    reply = call(bus, service, path, PROPERTIES, "Get", interface, name)
    return reply[0] if reply else None


def _qtdbus_library() -> ctypes.CDLL | None:
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for candidate in (folder / "Qt" / "lib" / "libQt6DBus.so.6", Path("libQt6DBus.so.6")):
        try:
            return ctypes.CDLL(str(candidate) if candidate.is_absolute() else candidate.name)
        except OSError:
            continue
    return None


def typed_interface(bus: QDBusConnection, service: str, path: str, interface: str) -> QDBusInterface | None:
    """A proxy built from the server's introspection, with ``a{sv}`` arguments typed as ``QVariantMap``; None when
    the server is not there. Call its methods with ``QMetaObject.invokeMethod`` and typed ``Q_ARG``s."""
    library = _qtdbus_library()
    try:
        switch = ctypes.c_bool.in_dll(library, "qt_dbus_metaobject_skip_annotations") if library else None
    except ValueError:  # a QtDBus without the switch: maps stay raw, and a caller that needs one falls back
        switch = None
    previous = bool(switch.value) if switch is not None else False
    if switch is not None:
        switch.value = True
    try:
        proxy = QDBusInterface(service, path, interface, bus)
    finally:
        if switch is not None:
            switch.value = previous
    proxy.setTimeout(CALL_TIMEOUT_MS)
    return proxy if proxy.isValid() else None


def listen(
    bus: QDBusConnection, service: str, path: str, interface: str, signal: str, receiver: QObject, slot: str
) -> bool:
    """Connect a D-Bus signal to ``receiver``'s slot, given by its signature ("_closed(uint,uint)"); only the
    service's owner is heard, so another program cannot speak for it."""
    if not bus.isConnected():
        return False
    # "1" is Qt's SLOT() prefix; PySide6 takes the slot as str at run time although its stub says bytes.
    return bus.connect(service, path, interface, signal, receiver, "1" + slot)  # type: ignore[call-overload]
