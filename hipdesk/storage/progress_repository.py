"""Reading how a routine's recent sessions went, for the progression rules (read only).

Sessions, their feeling and pain ratings are written by the session repository; this only reads them back as
:class:`~hipdesk.domain.progression.SessionOutcome` values.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Engine, func, select

from hipdesk.domain.pain import PainKind
from hipdesk.domain.player import FINISHED_STATUSES
from hipdesk.domain.progression import Feeling, SessionOutcome
from hipdesk.storage.tables import PainRow, SessionRow


def _highest(*ratings: int | None) -> int | None:
    given = [r for r in ratings if r is not None]
    return max(given) if given else None


class ProgressRepository:
    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def routine_of(self, session_id: int) -> tuple[str | None, str] | None:
        """The session's routine id (None when it had none) and name, or None when there is no such session."""
        with self._engine.connect() as conn:
            row = conn.execute(
                select(SessionRow.routine_uid, SessionRow.routine_name).where(SessionRow.id == session_id)
            ).one_or_none()
        return None if row is None else (row.routine_uid, row.routine_name)

    def outcomes(self, routine_uid: str, last: int = 2, up_to_session: int | None = None) -> list[SessionOutcome]:
        """The last ``last`` finished sessions of a routine, oldest first (up to and including ``up_to_session``)."""
        where = [SessionRow.routine_uid == routine_uid, SessionRow.status.in_(FINISHED_STATUSES)]
        if up_to_session is not None:
            where.append(SessionRow.id <= up_to_session)
        with self._engine.connect() as conn:
            sessions = conn.execute(
                select(
                    SessionRow.id,
                    SessionRow.feeling,
                    SessionRow.pain_before,
                    SessionRow.pain_after,
                    SessionRow.local_date,
                )
                .where(*where)
                .order_by(SessionRow.started_at.desc(), SessionRow.id.desc())
                .limit(last)
            ).all()
            ids = [s.id for s in sessions]
            peaks = dict(
                conn.execute(
                    select(PainRow.session_id, func.max(PainRow.rating))
                    .where(PainRow.session_id.in_(ids), PainRow.kind.in_((PainKind.STOP, PainKind.AFTER)))
                    .group_by(PainRow.session_id)
                ).all()
            )
            next_days = dict(
                conn.execute(
                    select(PainRow.session_id, func.max(PainRow.rating))
                    .where(PainRow.session_id.in_(ids), PainRow.kind == PainKind.NEXT_DAY)
                    .group_by(PainRow.session_id)
                ).all()
            )
            # A next-day rating given without a session counts for the sessions of the day before it.
            day_after = {s.id: (date.fromisoformat(s.local_date) + timedelta(days=1)).isoformat() for s in sessions}
            loose = dict(
                conn.execute(
                    select(PainRow.local_date, func.max(PainRow.rating))
                    .where(
                        PainRow.session_id.is_(None),
                        PainRow.kind == PainKind.NEXT_DAY,
                        PainRow.local_date.in_(set(day_after.values())),
                    )
                    .group_by(PainRow.local_date)
                ).all()
            )
        outcomes = [
            SessionOutcome(
                feeling=Feeling(s.feeling) if s.feeling in {f.value for f in Feeling} else None,
                pain_before=s.pain_before,
                pain_after=s.pain_after,
                pain_peak=peaks.get(s.id),
                next_day=_highest(next_days.get(s.id), loose.get(day_after[s.id])),
            )
            for s in sessions
        ]
        return outcomes[::-1]
