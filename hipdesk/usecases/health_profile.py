"""Reading and saving the health profile the person chose to give in Settings (a preference, kept on this computer)."""

from __future__ import annotations

from typing import Any, Protocol

from hipdesk.domain.health import HealthProfile

HEALTH_PROFILE_KEY = "health_profile"  # HealthProfile.to_values()


class PreferenceStore(Protocol):
    def get(self, key: str, default: Any = None) -> Any: ...

    def put(self, key: str, value: Any) -> None: ...


def read_health_profile(store: PreferenceStore) -> HealthProfile:
    """The stored profile; nothing stored (or something HipDesk cannot read) is the empty profile."""
    return HealthProfile.from_values(store.get(HEALTH_PROFILE_KEY))


def save_health_profile(store: PreferenceStore, profile: HealthProfile) -> None:
    store.put(HEALTH_PROFILE_KEY, profile.to_values())
