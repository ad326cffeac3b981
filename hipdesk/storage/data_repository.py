"""Every record in the store, out as plain records and back in as a merge (see hipdesk.domain.data_records).

A merge runs in one transaction: it adds what is new, applies the merge rules, and either all of it lands or none.
Merging the same records twice changes nothing, and merging two stores' records in either order ends the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, text

from hipdesk.domain.data_records import (
    CheckEntry,
    DataSet,
    MergeCounts,
    PainEntry,
    PreferenceEntry,
    RoutineEntry,
    SessionEntry,
    StepEntry,
)

FINISHED = ("complete", "partial")

_SESSION_SQL = (
    "SELECT id, uid, routine_uid, routine_name, started_at, local_date, ended_at, status, planned_s, pain_before, "
    "pain_after, feeling, notes FROM sessions WHERE status IN ('complete', 'partial') ORDER BY started_at, id"
)
_STEP_SQL = (
    "SELECT st.session_id, st.seq, st.exercise_id, st.side, st.set_no, st.planned_s, st.actual_s, st.planned_reps, "
    "st.actual_reps, st.started_at, st.ended_at, st.local_date, st.skipped FROM steps AS st "
    "JOIN sessions AS s ON s.id = st.session_id WHERE s.status IN ('complete', 'partial') "
    "ORDER BY st.session_id, st.seq, st.id"
)
# Ratings of a session still in progress wait with it for the next export.
_PAIN_SQL = (
    "SELECT p.uid, s.uid, p.kind, p.rating, p.location, p.exercise_id, p.at, p.local_date FROM pain_ratings AS p "
    "LEFT JOIN sessions AS s ON s.id = p.session_id "
    "WHERE p.session_id IS NULL OR s.status IN ('complete', 'partial') ORDER BY p.at, p.id"
)
_CHECK_SQL = (
    "SELECT uid, week_start, check_id, side, value, unit, note, recorded_at FROM check_results ORDER BY week_start, id"
)
_ROUTINE_SQL = (
    "SELECT version_uid, uid, version, name, body_json, created_at, retired FROM routines "
    "ORDER BY uid, created_at, version, version_uid"
)


def _newest_key(row: Any) -> tuple[str, int, str]:
    """Which version of a routine is the newest: saved last, then the higher number, then the larger id."""
    return (row.created_at, row.version, row.version_uid)


class DataRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    # ---- out ----------------------------------------------------------------------------------------------------
    def snapshot(self, leave_out_preferences: Iterable[str] = ()) -> DataSet:
        """Every finished session with its steps, every pain rating, check value, routine version, favourite and
        preference (but the ``leave_out_preferences`` keys), read in one transaction so they agree.

        Records come in the order they were written here, so merging them into an empty store writes the same rows
        in the same order (and every query reads them back the same way)."""
        leave_out = set(leave_out_preferences)
        with self._engine.connect() as conn, conn.begin():
            steps: dict[int, list[StepEntry]] = {}
            for r in conn.execute(text(_STEP_SQL)):
                steps.setdefault(r[0], []).append(
                    StepEntry(
                        seq=r[1],
                        exercise_id=r[2],
                        side=r[3],
                        set_no=r[4],
                        planned_s=float(r[5]),
                        actual_s=float(r[6]),
                        planned_reps=r[7],
                        actual_reps=r[8],
                        started_at=r[9],
                        ended_at=r[10],
                        local_date=r[11],
                        skipped=bool(r[12]),
                    )
                )
            sessions = tuple(
                SessionEntry(
                    id=r[1],
                    routine_id=r[2],
                    routine_name=r[3],
                    started_at=r[4],
                    local_date=r[5],
                    ended_at=r[6],
                    status=r[7],
                    planned_s=float(r[8]),
                    pain_before=r[9],
                    pain_after=r[10],
                    feeling=r[11],
                    notes=r[12] or "",
                    steps=tuple(steps.get(r[0], ())),
                )
                for r in conn.execute(text(_SESSION_SQL))
            )
            pains = tuple(PainEntry(*r) for r in conn.execute(text(_PAIN_SQL)))
            checks = tuple(
                CheckEntry(r[0], r[1], r[2], r[3], None if r[4] is None else float(r[4]), r[5], r[6], r[7])
                for r in conn.execute(text(_CHECK_SQL))
            )
            routines = tuple(
                RoutineEntry(r[0], r[1], int(r[2]), r[3], r[4], r[5], bool(r[6]))
                for r in conn.execute(text(_ROUTINE_SQL))
            )
            favourites = tuple(conn.execute(text("SELECT exercise_id FROM favourites ORDER BY exercise_id")).scalars())
            preferences = tuple(
                PreferenceEntry(k, v, at)
                for k, v, at in conn.execute(text("SELECT key, value, updated_at FROM settings ORDER BY key"))
                if k not in leave_out
            )
        return DataSet(sessions, pains, checks, routines, favourites, preferences)

    # ---- in -----------------------------------------------------------------------------------------------------
    def merge(self, data: DataSet, leave_out_preferences: Iterable[str] = ()) -> MergeCounts:
        """Merge ``data`` into the store in one transaction (the rules are in hipdesk.domain.data_records).

        Raises ValueError, and writes nothing, when a pain rating names a session that is neither in ``data`` nor
        in the store.
        """
        leave_out = set(leave_out_preferences)
        with self._engine.begin() as conn:
            sessions, steps, skipped_sessions = self._merge_sessions(conn, data.sessions)
            pains, skipped_pains = self._merge_pains(conn, data.pain_ratings)
            checks, replaced, skipped_checks = self._merge_checks(conn, data.checks)
            versions, retired, skipped_versions = self._merge_routines(conn, data.routines)
            favourites = self._merge_favourites(conn, data.favourites)
            preferences = self._merge_preferences(conn, [p for p in data.preferences if p.key not in leave_out])
        return MergeCounts(
            sessions=sessions,
            steps=steps,
            pain_ratings=pains,
            checks=checks,
            checks_replaced=replaced,
            routine_versions=versions,
            routines_retired=retired,
            favourites=favourites,
            preferences=preferences,
            skipped={
                "sessions": skipped_sessions,
                "pain_ratings": skipped_pains,
                "checks": skipped_checks,
                "routine_versions": skipped_versions,
            },
        )

    @staticmethod
    def _present(conn: Connection, table: str, column: str, ids: Sequence[str]) -> dict[str, int]:
        """Which of ``ids`` the table holds, with their row ids (asked in chunks: SQLite limits the parameters)."""
        found: dict[str, int] = {}
        for start in range(0, len(ids), 500):
            chunk = ids[start : start + 500]
            marks = ", ".join(f":p{i}" for i in range(len(chunk)))
            params = {f"p{i}": v for i, v in enumerate(chunk)}
            for uid, row_id in conn.execute(
                text(f"SELECT {column}, id FROM {table} WHERE {column} IN ({marks})"), params
            ):
                found[uid] = row_id
        return found

    def _merge_sessions(self, conn: Connection, sessions: Sequence[SessionEntry]) -> tuple[int, int, int]:
        present = self._present(conn, "sessions", "uid", [s.id for s in sessions])
        new = [s for s in sessions if s.id not in present]
        if not new:
            return 0, 0, len(sessions)
        # The driver's own executemany: ten years of steps are some 60,000 rows.
        conn.exec_driver_sql(
            "INSERT INTO sessions (uid, routine_uid, routine_name, started_at, local_date, ended_at, status, "
            "planned_s, pain_before, pain_after, feeling, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    s.id,
                    s.routine_id,
                    s.routine_name,
                    s.started_at,
                    s.local_date,
                    s.ended_at,
                    s.status,
                    s.planned_s,
                    s.pain_before,
                    s.pain_after,
                    s.feeling,
                    s.notes,
                )
                for s in new
            ],
        )
        row_ids = self._present(conn, "sessions", "uid", [s.id for s in new])
        step_rows = [
            (
                row_ids[s.id],
                st.seq,
                st.exercise_id,
                st.side,
                st.set_no,
                st.planned_s,
                st.actual_s,
                st.planned_reps,
                st.actual_reps,
                st.started_at,
                st.ended_at,
                st.local_date,
                st.skipped,
            )
            for s in new
            for st in s.steps
        ]
        if step_rows:
            conn.exec_driver_sql(
                "INSERT INTO steps (session_id, seq, exercise_id, side, set_no, planned_s, actual_s, planned_reps, "
                "actual_reps, started_at, ended_at, local_date, skipped) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                step_rows,
            )
        return len(new), len(step_rows), len(sessions) - len(new)

    def _merge_pains(self, conn: Connection, pains: Sequence[PainEntry]) -> tuple[int, int]:
        present = self._present(conn, "pain_ratings", "uid", [p.id for p in pains])
        new = [p for p in pains if p.id not in present]
        wanted = sorted({p.session_id for p in new if p.session_id is not None})
        sessions = self._present(conn, "sessions", "uid", wanted)
        missing = [uid for uid in wanted if uid not in sessions]
        if missing:
            raise ValueError(f"a pain rating belongs to session {missing[0]}, which is neither here nor in the file")
        if new:
            conn.execute(
                text(
                    "INSERT INTO pain_ratings (uid, session_id, kind, rating, location, exercise_id, at, local_date) "
                    "VALUES (:uid, :session_id, :kind, :rating, :location, :exercise_id, :at, :local_date)"
                ),
                [
                    {
                        "uid": p.id,
                        "session_id": None if p.session_id is None else sessions[p.session_id],
                        "kind": p.kind,
                        "rating": p.rating,
                        "location": p.location,
                        "exercise_id": p.exercise_id,
                        "at": p.at,
                        "local_date": p.local_date,
                    }
                    for p in new
                ],
            )
        return len(new), len(pains) - len(new)

    def _merge_checks(self, conn: Connection, checks: Sequence[CheckEntry]) -> tuple[int, int, int]:
        """One value per week, measure and side: the later recorded wins (then the larger id)."""
        held = {
            (week, check, side): (row_id, uid or "", recorded_at)
            for row_id, uid, week, check, side, recorded_at in conn.execute(
                text("SELECT id, uid, week_start, check_id, side, recorded_at FROM check_results")
            )
        }
        present = {uid for _row_id, uid, _at in held.values()}
        added = replaced = 0
        rows: list[tuple[object, ...]] = []
        for c in checks:
            if c.id in present:
                continue
            key = (c.week_start, c.check_id, c.side)
            holder = held.get(key)
            if holder is not None:
                row_id, uid, recorded_at = holder
                if (recorded_at, uid) >= (c.recorded_at, c.id):
                    continue  # the store's value is the newer one
                if row_id is not None:
                    conn.execute(text("DELETE FROM check_results WHERE id = :id"), {"id": row_id})
                    replaced += 1
                else:  # an earlier entry of this same file: a file holds one value per week, measure and side
                    rows = [r for r in rows if r[1:4] != key]
            else:
                added += 1
            held[key] = (None, c.id, c.recorded_at)
            present.add(c.id)
            rows.append((c.id, c.week_start, c.check_id, c.side, c.value, c.unit, c.note, c.recorded_at))
        if rows:
            conn.exec_driver_sql(
                "INSERT INTO check_results (uid, week_start, check_id, side, value, unit, note, recorded_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        return added, replaced, len(checks) - added - replaced

    def _merge_routines(self, conn: Connection, routines: Sequence[RoutineEntry]) -> tuple[int, int, int]:
        """Add new versions; a version retired anywhere stays retired; only a routine's newest version is current."""
        present = self._present(conn, "routines", "version_uid", [r.id for r in routines])
        new = [r for r in routines if r.id not in present]
        if new:
            conn.execute(
                text(
                    "INSERT INTO routines (uid, version_uid, version, name, body_json, created_at, retired) "
                    "VALUES (:uid, :version_uid, :version, :name, :body, :created_at, :retired)"
                ),
                [
                    {
                        "uid": r.routine_id,
                        "version_uid": r.id,
                        "version": r.version,
                        "name": r.name,
                        "body": r.body,
                        "created_at": r.created_at,
                        "retired": r.retired,
                    }
                    for r in new
                ],
            )
        touched = sorted({r.routine_id for r in routines})
        current_before = self._current_versions(conn, touched) - {r.id for r in new}
        for r in routines:
            if r.id in present and r.retired:
                conn.execute(text("UPDATE routines SET retired = 1 WHERE id = :id"), {"id": present[r.id]})
        for routine_uid in touched:
            rows = conn.execute(
                text("SELECT id, version_uid, version, created_at, retired FROM routines WHERE uid = :uid"),
                {"uid": routine_uid},
            ).all()
            newest = max(rows, key=_newest_key)
            for row in rows:
                if row.id != newest.id and not row.retired:
                    conn.execute(text("UPDATE routines SET retired = 1 WHERE id = :id"), {"id": row.id})
        retired = len(current_before - self._current_versions(conn, touched))
        return len(new), retired, len(routines) - len(new)

    @staticmethod
    def _current_versions(conn: Connection, routine_uids: Sequence[str]) -> set[str]:
        current: set[str] = set()
        for routine_uid in routine_uids:
            current.update(
                conn.execute(
                    text("SELECT version_uid FROM routines WHERE uid = :uid AND NOT retired"), {"uid": routine_uid}
                ).scalars()
            )
        return current

    @staticmethod
    def _merge_favourites(conn: Connection, favourites: Sequence[str]) -> int:
        added = 0
        for exercise_id in favourites:
            result = conn.execute(
                text("INSERT INTO favourites (exercise_id) VALUES (:e) ON CONFLICT DO NOTHING"), {"e": exercise_id}
            )
            added += result.rowcount
        return added

    @staticmethod
    def _merge_preferences(conn: Connection, preferences: Sequence[PreferenceEntry]) -> int:
        """The preference changed last wins; an undated one loses to a dated one; equal times: the larger value."""
        changed = 0
        for p in preferences:
            held = conn.execute(
                text("SELECT value, updated_at FROM settings WHERE key = :k"), {"k": p.key}
            ).one_or_none()
            if held is not None and (held.updated_at or "", held.value) >= (p.updated_at or "", p.value):
                continue
            conn.execute(
                text(
                    "INSERT INTO settings (key, value, updated_at) VALUES (:k, :v, :at) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"
                ),
                {"k": p.key, "v": p.value, "at": p.updated_at},
            )
            changed += 1
        return changed

    def recorded_exercise_ids(self) -> set[str]:
        """Every exercise id a recorded step names (read from the exercise index, not the steps themselves)."""
        with self._engine.connect() as conn:
            return set(conn.execute(text("SELECT DISTINCT exercise_id FROM steps")).scalars())

    # ---- for the report -----------------------------------------------------------------------------------------
    def next_day_ratings(self, first: date, last: date) -> list[tuple[date, int]]:
        """Next-day pain ratings for sessions on local days ``first`` .. ``last``, as (the session's day, rating).

        A rating given without a session counts for the day before it, as the progression rules read it."""
        query = text(
            "SELECT coalesce(s.local_date, date(p.local_date, '-1 day')) AS day, p.rating FROM pain_ratings AS p "
            "LEFT JOIN sessions AS s ON s.id = p.session_id WHERE p.kind = 'next_day' AND day BETWEEN :a AND :b "
            "ORDER BY day, p.id"
        )
        with self._engine.connect() as conn:
            rows = conn.execute(query, {"a": first.isoformat(), "b": last.isoformat()}).all()
        return [(date.fromisoformat(day), int(rating)) for day, rating in rows]

    def routine_of_last_session(self, first: date, last: date) -> str | None:
        """The routine id of the last session played on local days ``first`` .. ``last``, or None."""
        with self._engine.connect() as conn:
            found = conn.execute(
                text(
                    "SELECT routine_uid FROM sessions WHERE local_date BETWEEN :a AND :b AND routine_uid IS NOT NULL "
                    "AND routine_uid != '' ORDER BY started_at DESC, id DESC LIMIT 1"
                ),
                {"a": first.isoformat(), "b": last.isoformat()},
            ).scalar_one_or_none()
        return None if found is None else str(found)
