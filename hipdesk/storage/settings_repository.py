"""User preferences stored as JSON values by key, and favourites. The keys, their types and defaults are declared in
:mod:`hipdesk.usecases.preferences`; code reads preferences through it, not by key."""

from __future__ import annotations

import json
from datetime import UTC
from typing import Any

from sqlalchemy import Engine, delete, select
from sqlalchemy.dialects.sqlite import insert

from hipdesk.clock import WallClock
from hipdesk.storage.tables import FavouriteRow, SettingRow


class SettingsRepository:
    """Preferences by key. With a ``wall`` clock each change is dated, so a merge of two computers' data keeps the
    one changed last (see hipdesk.domain.data_records); without one (tools, some tests) changes stay undated."""

    def __init__(self, engine: Engine, wall: WallClock | None = None) -> None:
        self._engine = engine
        self._wall = wall

    def get(self, key: str, default: Any = None) -> Any:
        with self._engine.connect() as conn:
            value = conn.execute(select(SettingRow.value).where(SettingRow.key == key)).scalar_one_or_none()
        return default if value is None else json.loads(value)

    def put(self, key: str, value: Any) -> None:
        at = None if self._wall is None else self._wall.now().astimezone(UTC).isoformat(timespec="milliseconds")
        stmt = insert(SettingRow).values(key=key, value=json.dumps(value), updated_at=at)
        stmt = stmt.on_conflict_do_update(
            index_elements=[SettingRow.key], set_={"value": stmt.excluded.value, "updated_at": stmt.excluded.updated_at}
        )
        with self._engine.begin() as conn:
            conn.execute(stmt)

    def favourites(self) -> set[str]:
        with self._engine.connect() as conn:
            return set(conn.execute(select(FavouriteRow.exercise_id)).scalars())

    def set_favourite(self, exercise_id: str, on: bool) -> None:
        with self._engine.begin() as conn:
            if on:
                conn.execute(insert(FavouriteRow).values(exercise_id=exercise_id).on_conflict_do_nothing())
            else:
                conn.execute(delete(FavouriteRow).where(FavouriteRow.exercise_id == exercise_id))
