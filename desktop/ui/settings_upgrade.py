"""Versioned upgrades of the settings file, run once when the database is open (after Picard's
``config_upgrade``): each step moves the file forward by one version.

Version 1 moves what older versions kept per user but every seat must share into the database:
the custom deadline policies and the rate settings. The file then keeps interface preferences
only."""
from __future__ import annotations

import logging
from collections.abc import Callable

from ..core.db import Database
from ..core.errors import TingjianError
from ..core.metrics import RateSettings
from ..core.services import policies
from .settings import SETTINGS_VERSION, Pref, Preferences

log = logging.getLogger(__name__)

# Keys of version 0, read only here.
LEGACY_RATE_WEIGHTS = Pref("followup/rate_weights", str, "0.1,0.5,0.4", legacy=True)
LEGACY_BASIC_FACTOR = Pref("followup/basic_satisfied_factor", float, 0.9, legacy=True)
LEGACY_CUSTOM_POLICIES = Pref("followup/custom_policies", str, "[]", legacy=True)


def _to_v1(prefs: Preferences, db: Database) -> list[str]:
    """Custom policies and rate settings into the database. A policy whose key the database
    already has keeps the database's version; rate settings move only into a database that has
    none yet (the first seat to upgrade sets them for all)."""
    notes: list[str] = []
    custom = policies.parse_custom(prefs.get(LEGACY_CUSTOM_POLICIES))
    rates: RateSettings | None = None
    if prefs.has(LEGACY_RATE_WEIGHTS) or prefs.has(LEGACY_BASIC_FACTOR):
        try:
            weights = [float(x) for x in prefs.get(LEGACY_RATE_WEIGHTS).split(",")]
            rates = RateSettings(*weights, basic_factor=float(prefs.get(LEGACY_BASIC_FACTOR)))
        except (TypeError, ValueError):
            notes.append("rate settings in the settings file did not parse; defaults kept")
    notes += policies.adopt_legacy(db, custom, rates)
    prefs.remove(LEGACY_CUSTOM_POLICIES, LEGACY_RATE_WEIGHTS, LEGACY_BASIC_FACTOR)
    return notes


STEPS: tuple[Callable[[Preferences, Database], list[str]], ...] = (_to_v1,)
CURRENT = len(STEPS)


def upgrade_settings(prefs: Preferences, db: Database) -> list[str]:
    """Run the steps the settings file has not had yet; each is recorded once it succeeded, so
    a failed step (the database could not be written) is tried again at the next start."""
    notes: list[str] = []
    version = prefs.get(SETTINGS_VERSION)
    for number in range(version, CURRENT):
        try:
            notes += STEPS[number](prefs, db)
        except TingjianError:
            log.exception("settings upgrade to version %d failed", number + 1)
            break
        prefs.set(SETTINGS_VERSION, number + 1)
    for note in notes:
        log.info("settings upgrade: %s", note)
    return notes
