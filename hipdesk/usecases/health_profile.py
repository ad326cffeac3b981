"""Reading and saving the health profile the person chose to give in Settings (a preference, kept on this computer)."""

from __future__ import annotations

from hipdesk.domain.health import HealthProfile
from hipdesk.usecases.preferences import HEALTH_PROFILE, Preferences, PreferenceStore


def read_health_profile(store: PreferenceStore) -> HealthProfile:
    """The stored profile; nothing stored (or something HipDesk cannot read) is the empty profile."""
    return Preferences(store).get(HEALTH_PROFILE)


def save_health_profile(store: PreferenceStore, profile: HealthProfile) -> None:
    Preferences(store).set(HEALTH_PROFILE, profile)
