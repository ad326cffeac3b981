"""The write side of history: sessions, their steps and pain ratings.

Every step is committed in its own transaction the moment it completes, so a killed process loses at most the step
in progress. A session still ``in_progress`` when HipDesk next opens the database was interrupted: it is marked
``partial`` by :meth:`SessionRepository.close_interrupted` and kept, with every step it committed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from sqlalchemy import Engine, Row, func, insert, select, update

from hipdesk.clock import WallClock
from hipdesk.domain.exercise import Side
from hipdesk.domain.pain import (
    NEXT_DAY_ASK_WITHIN_DAYS,
    PERSIST_DAYS,
    NextDayQuestion,
    PainKind,
    crosses_stop_line,
    next_day_baseline,
    validate,
)
from hipdesk.domain.player import FINISHED_STATUSES, SessionStatus, SessionSummary, StepRecord
from hipdesk.domain.progression import Feeling
from hipdesk.storage.tables import PainRow, SessionRow, StepRow

FEELINGS = tuple(f.value for f in Feeling)
# The ratings that count toward stop-level pain (the one before a session is the baseline they are compared with).
STOP_LEVEL_KINDS = (PainKind.STOP, PainKind.AFTER, PainKind.NEXT_DAY)


def _iso(moment: datetime) -> str:
    if moment.tzinfo is None:
        raise ValueError("times written to history carry a time zone")
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _local_date(moment: datetime, zone: tzinfo) -> str:
    return moment.astimezone(zone).date().isoformat()


def _parse(text: str) -> datetime:
    return datetime.fromisoformat(text)


class SessionRepository:
    def __init__(self, engine: Engine, wall: WallClock) -> None:
        self._engine = engine
        self._wall = wall

    # ---- sessions ---------------------------------------------------------------------------------------------
    def start_session(
        self,
        routine_name: str,
        *,
        routine_uid: str | None = None,
        planned_s: float = 0.0,
        pain_before: int | None = None,
        started_at: datetime | None = None,
    ) -> int:
        moment = started_at or self._wall.now()
        with self._engine.begin() as conn:
            session_id = conn.execute(
                insert(SessionRow)
                .values(
                    routine_uid=routine_uid,
                    routine_name=routine_name,
                    started_at=_iso(moment),
                    local_date=_local_date(moment, self._wall.zone()),
                    status=SessionStatus.IN_PROGRESS,
                    planned_s=planned_s,
                    pain_before=pain_before,
                    notes="",
                )
                .returning(SessionRow.id)
            ).scalar_one()
            if pain_before is not None:
                day = _local_date(moment, self._wall.zone())
                conn.execute(
                    insert(PainRow).values(**_pain_values(session_id, PainKind.BEFORE, pain_before, moment, day))
                )
        return int(session_id)

    def record_step(self, session_id: int, record: StepRecord) -> None:
        """Commit one completed step now (its own transaction)."""
        with self._engine.begin() as conn:
            conn.execute(
                insert(StepRow).values(
                    session_id=session_id,
                    seq=record.seq,
                    exercise_id=record.exercise_id,
                    side=record.side.value,
                    set_no=record.set_no,
                    planned_s=record.planned_s,
                    actual_s=record.actual_s,
                    planned_reps=record.planned_reps,
                    actual_reps=record.actual_reps,
                    started_at=_iso(record.started_at),
                    ended_at=_iso(record.ended_at),
                    local_date=_local_date(record.started_at, self._wall.zone()),
                    skipped=record.skipped,
                )
            )

    def record_pain(
        self,
        session_id: int | None,
        kind: PainKind,
        rating: int,
        *,
        location: str = "",
        exercise_id: str | None = None,
        at: datetime | None = None,
    ) -> None:
        kind = PainKind(kind)  # a stray text fails here, before anything is written
        moment = at or self._wall.now()
        with self._engine.begin() as conn:
            day = _local_date(moment, self._wall.zone())
            if session_id is not None and kind is not PainKind.NEXT_DAY:
                # Ratings before, during and after a session count on the session's own day (and so in its week),
                # even when the summary is saved after midnight.
                session_day = conn.execute(
                    select(SessionRow.local_date).where(SessionRow.id == session_id)
                ).scalar_one_or_none()
                day = session_day or day
            values = _pain_values(session_id, kind, rating, moment, day, location=location, exercise_id=exercise_id)
            conn.execute(insert(PainRow).values(**values))
            if session_id is not None and kind in (PainKind.BEFORE, PainKind.AFTER):
                column = "pain_before" if kind is PainKind.BEFORE else "pain_after"
                conn.execute(update(SessionRow).where(SessionRow.id == session_id).values({column: rating}))

    def finish_session(
        self,
        session_id: int,
        *,
        completed: bool,
        ended_at: datetime | None = None,
    ) -> SessionSummary:
        moment = ended_at or self._wall.now()
        with self._engine.begin() as conn:
            conn.execute(
                update(SessionRow)
                .where(SessionRow.id == session_id)
                .values(ended_at=_iso(moment), status=SessionStatus.COMPLETE if completed else SessionStatus.PARTIAL)
            )
        return self.summary(session_id)

    def save_reflection(
        self,
        session_id: int,
        *,
        feeling: str | None = None,
        notes: str = "",
        pain_after: int | None = None,
        at: datetime | None = None,
    ) -> None:
        """How it felt, notes and the after-session pain rating (given at ``at``), from the summary screen."""
        if feeling is not None and feeling not in FEELINGS:
            raise ValueError(f"feeling is one of {FEELINGS}, not {feeling!r}")
        with self._engine.begin() as conn:
            conn.execute(update(SessionRow).where(SessionRow.id == session_id).values(feeling=feeling, notes=notes))
        if pain_after is not None:
            self.record_pain(session_id, PainKind.AFTER, pain_after, at=at)

    def close_interrupted(self) -> list[int]:
        """Mark sessions left in progress by a process that died as partial; their end is their last step's."""
        with self._engine.begin() as conn:
            rows = conn.execute(
                select(SessionRow.id, SessionRow.started_at).where(SessionRow.status == SessionStatus.IN_PROGRESS)
            ).all()
            for session_id, started_at in rows:
                last = conn.execute(
                    select(func.max(StepRow.ended_at)).where(StepRow.session_id == session_id)
                ).scalar_one_or_none()
                conn.execute(
                    update(SessionRow)
                    .where(SessionRow.id == session_id)
                    .values(status=SessionStatus.PARTIAL, ended_at=last or started_at)
                )
        return [int(r[0]) for r in rows]

    # ---- reading back what was written --------------------------------------------------------------------------
    def summary(self, session_id: int) -> SessionSummary:
        with self._engine.connect() as conn:
            row = conn.execute(select(SessionRow).where(SessionRow.id == session_id)).one()
            steps = conn.execute(
                select(StepRow).where(StepRow.session_id == session_id).order_by(StepRow.seq, StepRow.id)
            ).all()
            records = tuple(_record(s) for s in steps)
        return SessionSummary(
            session_id=session_id,
            routine_name=row.routine_name,
            status=SessionStatus(row.status),
            started_at=_parse(row.started_at),
            ended_at=_parse(row.ended_at) if row.ended_at else None,
            active_s=sum(r.actual_s for r in records),
            steps=records,
            pain_before=row.pain_before,
            pain_after=row.pain_after,
            feeling=row.feeling,
            notes=row.notes,
        )

    def stop_level_sessions_since(self, days: int = PERSIST_DAYS, *, exclude: int | None = None) -> int:
        """How many sessions in the last ``days`` had a pain rating over the stop line (pain rules): during, after,
        or the next day."""
        since = _iso(self._wall.now() - timedelta(days=days))
        with self._engine.connect() as conn:
            rows = conn.execute(
                select(PainRow.session_id, PainRow.rating, SessionRow.pain_before)
                .join(SessionRow, SessionRow.id == PainRow.session_id)
                .where(PainRow.at >= since, PainRow.kind.in_(STOP_LEVEL_KINDS))
            ).all()
        flagged = {sid for sid, rating, start in rows if sid != exclude and crosses_stop_line(rating, start)}
        return len(flagged)

    def next_day_question(self, today: date) -> NextDayQuestion | None:
        """The session to ask "how do your hips feel today?" about, or None.

        That is the most recent finished session on a day before ``today`` (and at most
        ``NEXT_DAY_ASK_WITHIN_DAYS`` back), when it had pain ratings or felt easy (a step forward waits for this
        answer) and has no next-day rating yet.
        """
        with self._engine.connect() as conn:
            row = conn.execute(
                select(
                    SessionRow.id,
                    SessionRow.routine_name,
                    SessionRow.local_date,
                    SessionRow.pain_before,
                    SessionRow.pain_after,
                    SessionRow.feeling,
                )
                .where(SessionRow.local_date < today.isoformat(), SessionRow.status.in_(FINISHED_STATUSES))
                .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
                .limit(1)
            ).one_or_none()
            if row is None:
                return None
            day = date.fromisoformat(row.local_date)
            if (today - day).days > NEXT_DAY_ASK_WITHIN_DAYS:
                return None
            kinds = set(conn.execute(select(PainRow.kind).where(PainRow.session_id == row.id)).scalars())
        rated = bool(kinds) or row.pain_before is not None or row.pain_after is not None
        if PainKind.NEXT_DAY in kinds or not (rated or row.feeling == Feeling.EASY):
            return None
        return NextDayQuestion(row.id, row.routine_name, day, next_day_baseline(row.pain_before, row.pain_after))


def _pain_values(
    session_id: int | None,
    kind: PainKind,
    rating: int,
    moment: datetime,
    local_date: str,
    *,
    location: str = "",
    exercise_id: str | None = None,
) -> dict[str, object]:
    return {
        "session_id": session_id,
        "kind": kind,
        "rating": validate(rating),
        "location": location,
        "exercise_id": exercise_id,
        "at": _iso(moment),
        "local_date": local_date,
    }


def _record(row: Row[Any]) -> StepRecord:
    return StepRecord(
        seq=row.seq,
        exercise_id=row.exercise_id,
        side=Side(row.side),
        set_no=row.set_no,
        planned_s=row.planned_s,
        actual_s=row.actual_s,
        planned_reps=row.planned_reps,
        actual_reps=row.actual_reps,
        started_at=_parse(row.started_at),
        ended_at=_parse(row.ended_at),
        skipped=row.skipped,
    )
