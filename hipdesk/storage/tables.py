"""The tables. Times are stored as UTC ISO-8601 text plus the user's local date at that moment,
so weeks group by the local Monday without guessing past time zones or daylight-saving changes."""

from __future__ import annotations

import uuid

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from hipdesk.domain.player import SessionStatus


class Base(DeclarativeBase):
    pass


def new_record_id() -> str:
    """A stable id for a row that travels between computers (see hipdesk.domain.data_records)."""
    return uuid.uuid4().hex


# Stable ids came in revision 0004 as added columns with a unique index; SQLite cannot make an added column NOT
# NULL without rebuilding the table (and rebuilding ``sessions`` would cascade into its steps), so the database
# allows NULL and every insert fills the column through this default.
def _record_id_column() -> Mapped[str]:
    return mapped_column(String, nullable=True, unique=True, default=new_record_id)


class SettingRow(Base):
    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String, primary_key=True)
    value: Mapped[str] = mapped_column(Text)  # JSON
    updated_at: Mapped[str | None] = mapped_column(String, nullable=True)  # UTC ISO; None before 0004


class FavouriteRow(Base):
    __tablename__ = "favourites"
    exercise_id: Mapped[str] = mapped_column(String, primary_key=True)


class RoutineRow(Base):
    """A user routine. Edits write a new version and retire the old one, so nothing in history dangles."""

    __tablename__ = "routines"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = mapped_column(String, index=True)  # stable across versions
    version_uid: Mapped[str] = _record_id_column()  # this version, on every computer
    version: Mapped[int] = mapped_column(Integer, default=1)
    name: Mapped[str] = mapped_column(String)
    body_json: Mapped[str] = mapped_column(Text)  # the routine file format (see content/routine_file.py)
    created_at: Mapped[str] = mapped_column(String)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)
    # No unique (uid, version): two computers can each save a version 2 of the same routine, and a merge keeps both.


class SessionRow(Base):
    __tablename__ = "sessions"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _record_id_column()
    routine_uid: Mapped[str | None] = mapped_column(String, nullable=True)
    routine_name: Mapped[str] = mapped_column(String)
    started_at: Mapped[str] = mapped_column(String)  # UTC ISO
    local_date: Mapped[str] = mapped_column(String)  # YYYY-MM-DD in the user's zone at start
    ended_at: Mapped[str | None] = mapped_column(String, nullable=True)
    status: Mapped[str] = mapped_column(String, default=SessionStatus.IN_PROGRESS.value)  # a SessionStatus
    planned_s: Mapped[float] = mapped_column(Float, default=0.0)
    pain_before: Mapped[int | None] = mapped_column(Integer, nullable=True)
    pain_after: Mapped[int | None] = mapped_column(Integer, nullable=True)
    feeling: Mapped[str | None] = mapped_column(String, nullable=True)  # easy|right|hard
    notes: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_sessions_local_date", "local_date"),)


class StepRow(Base):
    """One completed step, committed the moment it ends."""

    __tablename__ = "steps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("sessions.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    exercise_id: Mapped[str] = mapped_column(String)
    side: Mapped[str] = mapped_column(String, default="none")  # none|left|right
    set_no: Mapped[int] = mapped_column(Integer, default=1)
    planned_s: Mapped[float] = mapped_column(Float, default=0.0)
    actual_s: Mapped[float] = mapped_column(Float, default=0.0)
    planned_reps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    actual_reps: Mapped[int | None] = mapped_column(Integer, nullable=True)
    started_at: Mapped[str] = mapped_column(String)
    ended_at: Mapped[str] = mapped_column(String)
    local_date: Mapped[str] = mapped_column(String)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    __table_args__ = (
        Index("ix_steps_local_date", "local_date"),
        Index("ix_steps_exercise_side", "exercise_id", "side"),
    )


class PainRow(Base):
    __tablename__ = "pain_ratings"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _record_id_column()
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("sessions.id", ondelete="SET NULL"), nullable=True, index=True
    )
    kind: Mapped[str] = mapped_column(String)  # a PainKind
    rating: Mapped[int] = mapped_column(Integer)
    location: Mapped[str] = mapped_column(String, default="")
    exercise_id: Mapped[str | None] = mapped_column(String, nullable=True)
    at: Mapped[str] = mapped_column(String)
    local_date: Mapped[str] = mapped_column(String, index=True)


class CheckResultRow(Base):
    """A weekly mobility check value, per side ('none' for checks that are not per side)."""

    __tablename__ = "check_results"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    uid: Mapped[str] = _record_id_column()
    week_start: Mapped[str] = mapped_column(String, index=True)  # local Monday, YYYY-MM-DD
    check_id: Mapped[str] = mapped_column(String)
    side: Mapped[str] = mapped_column(String, default="none")
    value: Mapped[float | None] = mapped_column(Float, nullable=True)
    unit: Mapped[str] = mapped_column(String, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[str] = mapped_column(String)
    __table_args__ = (UniqueConstraint("week_start", "check_id", "side"),)


class CheckPhotoRow(Base):
    """A photo a check angle was measured on. The image is a file in the data folder's ``photos/``; the row keeps
    where the three points were (JSON, fractions of width and height) and the angle they read."""

    __tablename__ = "check_photos"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    measure_id: Mapped[str] = mapped_column(String)
    side: Mapped[str] = mapped_column(String)  # left|right|none
    week_start: Mapped[str] = mapped_column(String)  # local Monday, YYYY-MM-DD
    taken_at: Mapped[str] = mapped_column(String)  # UTC ISO
    file_name: Mapped[str] = mapped_column(String, unique=True)  # relative to photos/
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    landmarks: Mapped[str] = mapped_column(Text)  # [[x, y], [x, y], [x, y]]: vertex, moving, reference
    angle_deg: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String)  # camera|file
    __table_args__ = (Index("ix_check_photos_measure_side", "measure_id", "side"),)
