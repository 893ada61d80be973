"""Shared fixtures: headless Qt, a fixed locale, and a fresh database for every test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "en_GB.UTF-8")
os.environ.pop("PETDESK_DB", None)

pytest_plugins = ["tests.helpers.fixtures"]
