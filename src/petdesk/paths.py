"""Where petdesk keeps its files."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "petdesk"
#: Environment variable that overrides the database location (the ``--db`` option wins over it).
DB_ENV = "PETDESK_DB"


def default_db_path() -> Path:
    """The database the user gets without options: ``$PETDESK_DB`` or the user's data directory."""
    if env := os.environ.get(DB_ENV):
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "petdesk.sqlite"


def resource_dir() -> Path:
    """The shipped ``resources/`` folder (fonts, logo, icons), wherever petdesk is installed."""
    from petdesk.package_data import data_path

    return data_path("resources")


def demo_db_path() -> Path:
    """The separate demo database (``demo.sqlite`` beside the user's own); demo rows go only there."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo.sqlite"
