"""Shared fixtures: headless Qt, a fixed locale, and a fresh database for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    # The screen of the laptops petdesk is made for (the plugin's own is 800×800): windows that
    # size themselves to their screen (``gui.screen_fit``) open as they would there.
    _SCREEN = os.path.join(os.path.dirname(os.path.abspath(__file__)), "offscreen_screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("LANG", "en_GB.UTF-8")
os.environ.pop("PETDESK_DB", None)
# New trainings and visits take the machine's zone when neither their city nor the office gives
# one (``services.venue_zone``); the tests' records were written for Shanghai, wherever they run.
os.environ.setdefault("PETDESK_DEFAULT_TZ", "Asia/Shanghai")

pytest_plugins = ["tests.helpers.fixtures", "tests.helpers.stale_pair", "tests.helpers.worker_crash"]
