"""User routines in the ``routines`` table.

Every save writes a new version and retires the one before it; deleting retires every version. No row is ever
rewritten, so a session in history still points at exactly the routine that was played.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC
from typing import Protocol

from sqlalchemy import Engine, func, insert, select, update

from hipdesk.clock import WallClock
from hipdesk.domain.routine import Routine, name_key
from hipdesk.storage.tables import RoutineRow

log = logging.getLogger(__name__)


class RoutineCodec(Protocol):
    """Turns a routine into stored text and back (the routine file format, wired in by the composition root).

    ``encode`` raises ValueError for a routine that could not be read back, so nothing unreadable is ever stored.
    """

    def encode(self, routine: Routine) -> str: ...

    def decode(self, text: str, routine_id: str) -> Routine: ...


class DuplicateNameError(ValueError):
    """Another routine already has this name."""


@dataclass(frozen=True)
class RoutineVersion:
    version: int
    routine: Routine
    created_at: str  # UTC ISO-8601
    retired: bool


class RoutineRepository:
    """Lists, reads, saves (as a new version), duplicates and deletes user routines.

    ``reserved_names`` are the built-in routines' names, which no user routine may take.
    """

    def __init__(
        self,
        engine: Engine,
        codec: RoutineCodec,
        wall: WallClock,
        reserved_names: Iterable[str] = (),
    ) -> None:
        self._engine = engine
        self._codec = codec
        self._reserved = {name_key(n) for n in reserved_names}
        self._wall = wall
        # Rows are never rewritten (a save adds a version), so a row decoded once stays decoded: listing the
        # routines after every change reads the table but parses only rows it has not seen.
        self._decoded: dict[int, tuple[str, str, Routine]] = {}  # row id: (uid, body, routine)

    def _to_routine(self, row: RoutineRow) -> Routine:
        known = self._decoded.get(row.id)
        if known is not None and known[0] == row.uid and known[1] == row.body_json:
            return known[2]
        routine = replace(self._codec.decode(row.body_json, row.uid), id=row.uid, builtin=False)
        self._decoded[row.id] = (row.uid, row.body_json, routine)
        return routine

    def all(self) -> list[Routine]:
        """Every current (not retired) user routine, by name."""
        with self._engine.connect() as conn:
            rows = conn.execute(select(RoutineRow).where(RoutineRow.retired.is_(False))).all()
        routines: list[Routine] = []
        for row in rows:
            try:
                routines.append(self._to_routine(RoutineRow(**row._mapping)))
            except ValueError as exc:  # a row edited by hand outside HipDesk: leave it in place, list the rest
                log.warning("routine %s version %s cannot be read: %s", row.uid, row.version, exc)
        return sorted(routines, key=lambda r: r.name.casefold())

    def _current_row(self, uid: str) -> RoutineRow | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                select(RoutineRow).where(RoutineRow.uid == uid, RoutineRow.retired.is_(False))
            ).one_or_none()
        return None if row is None else RoutineRow(**row._mapping)

    def get(self, uid: str) -> Routine | None:
        """The current version of a user routine, or None if there is none (never saved, or deleted)."""
        row = self._current_row(uid)
        return None if row is None else self._to_routine(row)

    def current_version(self, uid: str) -> int | None:
        row = self._current_row(uid)
        return None if row is None else row.version

    def versions(self, uid: str) -> list[RoutineVersion]:
        """Every version ever saved under ``uid``, oldest first, retired ones included (after a merge of two
        computers' data two versions may share a number; they are in the order they were saved)."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(RoutineRow)
                .where(RoutineRow.uid == uid)
                .order_by(RoutineRow.created_at, RoutineRow.version, RoutineRow.version_uid)  # merged: by when saved
            ).all()
        return [
            RoutineVersion(r.version, self._to_routine(RoutineRow(**r._mapping)), r.created_at, bool(r.retired))
            for r in rows
        ]

    def every_version(self) -> list[RoutineVersion]:
        """Every version of every routine, deleted ones included, oldest first (rows that cannot be read are
        left out and logged)."""
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(RoutineRow).order_by(RoutineRow.created_at, RoutineRow.version, RoutineRow.version_uid)
            ).all()
        out = []
        for r in rows:
            try:
                routine = self._to_routine(RoutineRow(**r._mapping))
            except ValueError as exc:
                log.warning("routine %s version %s cannot be read: %s", r.uid, r.version, exc)
                continue
            out.append(RoutineVersion(r.version, routine, r.created_at, bool(r.retired)))
        return out

    def find_by_name(self, name: str) -> Routine | None:
        """The current user routine called ``name`` (compared by ``name_key``), or None; decodes only that one."""
        key = name_key(name)
        with self._engine.connect() as conn:
            rows = conn.execute(select(RoutineRow).where(RoutineRow.retired.is_(False))).all()
        for row in rows:
            if name_key(row.name) == key:
                return self._to_routine(RoutineRow(**row._mapping))
        return None

    def names(self) -> set[str]:
        return {r.name for r in self.all()}

    def name_taken(self, name: str, except_uid: str = "") -> bool:
        """A built-in routine or another current user routine has this name (compared by ``name_key``).

        Reads the ``name`` column only: no routine is decoded to compare names.
        """
        key = name_key(name)
        if key in self._reserved:
            return True
        with self._engine.connect() as conn:
            names = conn.execute(
                select(RoutineRow.name).where(RoutineRow.retired.is_(False), RoutineRow.uid != except_uid)
            ).scalars()
            return any(name_key(stored) == key for stored in names)

    def save(self, routine: Routine) -> Routine:
        """Store the routine as a new version (a new routine when its id is empty) and return it as stored.

        Saving a routine identical to its current version writes nothing. Raises DuplicateNameError.
        """
        if routine.builtin:
            raise ValueError("built-in routines are read-only; duplicate one to change it")
        uid = routine.id or uuid.uuid4().hex
        if self.name_taken(routine.name, except_uid=uid):
            raise DuplicateNameError(f"a routine called {routine.name!r} already exists")
        stored = replace(routine, id=uid, builtin=False)
        body = self._codec.encode(stored)
        with self._engine.begin() as conn:
            current = conn.execute(
                select(RoutineRow.id, RoutineRow.body_json).where(RoutineRow.uid == uid, RoutineRow.retired.is_(False))
            ).one_or_none()
            if current is not None and current.body_json == body:
                return stored
            last = conn.execute(select(func.max(RoutineRow.version)).where(RoutineRow.uid == uid)).scalar_one()
            conn.execute(update(RoutineRow).where(RoutineRow.uid == uid).values(retired=True))
            row_id = conn.execute(
                insert(RoutineRow)
                .values(
                    uid=uid,
                    version=(last or 0) + 1,
                    name=stored.name,
                    body_json=body,
                    created_at=self._wall.now().astimezone(UTC).isoformat(timespec="seconds"),
                    retired=False,
                )
                .returning(RoutineRow.id)
            ).scalar_one()
        self._decoded[int(row_id)] = (uid, body, stored)  # encode() proved the body reads back as ``stored``
        return stored

    def delete(self, uid: str) -> bool:
        """Retire every version of the routine; it leaves the list but history keeps it. True if one was current."""
        with self._engine.begin() as conn:
            result = conn.execute(
                update(RoutineRow).where(RoutineRow.uid == uid, RoutineRow.retired.is_(False)).values(retired=True)
            )
        return bool(result.rowcount)

    def free_name(self, wanted: str, max_len: int = 80) -> str:
        """``wanted`` if no routine has it, else ``wanted (copy)``, ``wanted (copy 2)``..., within ``max_len``."""
        if not self.name_taken(wanted):
            return wanted
        n = 1
        while True:
            suffix = " (copy)" if n == 1 else f" (copy {n})"
            candidate = wanted[: max_len - len(suffix)].rstrip() + suffix
            if not self.name_taken(candidate):
                return candidate
            n += 1

    def duplicate(self, routine: Routine, name: str | None = None) -> Routine:
        """Save a copy of any routine (a built-in one included) as a new user routine."""
        copy = replace(routine, id="", builtin=False, name=name or self.free_name(routine.name))
        return self.save(copy)
