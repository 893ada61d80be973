"""This installation's office identity, the basis of exchanging files with other offices."""

from __future__ import annotations

import re
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk.chinese_names import has_cjk
from petdesk.language import DEFAULT_OFFICE_NAME
from petdesk.models import Office, Setting
from petdesk.office_country import COUNTRY_SETTING, DEFAULT_COUNTRY
from petdesk.paths import demo_db_path

_LATIN_LETTER = re.compile("[A-Za-z]")
#: Setting (in the local ``setting`` table, never synced) that marks a file ``petdesk demo`` filled:
#: the window says it is the demo, so that nobody enters real partners into it (field test 14).
DEMO_SETTING = "demo.data"


def home_country(session: Session) -> str:
    """The code of the office's country, ``DEFAULT_COUNTRY`` when not set."""
    row = session.get(Setting, COUNTRY_SETTING)
    return row.value if row is not None and row.value else DEFAULT_COUNTRY


def note_office_country(session: Session) -> None:
    """Tell the formatting helpers the office's country (``office_country.note_office_country``)."""
    from petdesk import office_country

    office_country.note_office_country(session)


def find_self(session: Session) -> Office | None:
    """This installation's office, or None before its first use (a read only)."""
    return session.scalars(select(Office).where(Office.is_self.is_(True))).first()


def get_self(session: Session) -> Office:
    """This installation's office, created with a new stable UUID on first use."""
    office = find_self(session)
    if office is None:
        office = Office(name=DEFAULT_OFFICE_NAME, is_self=True)
        session.add(office)
        session.flush()
    return office


def names_as_typed(name: str, name_zh: str) -> tuple[str, str]:
    """(name, name_zh) to store from the welcome page's two fields. A name in Chinese characters
    alone, typed into the English field with the Chinese one left empty, is the Chinese name (field
    test 38, defect 6: a Chinese user's office had no Chinese name); an office named only in
    Chinese keeps that name as its required name too, until an English one is given."""
    name, name_zh = name.strip(), name_zh.strip()
    if not name_zh and has_cjk(name) and not _LATIN_LETTER.search(name):
        name_zh = name
    return name or name_zh, name_zh


def set_identity(
    session: Session, *, name: str | None = None, name_zh: str | None = None, region: str | None = None
) -> Office:
    """Rename this office or set its region; the UUID never changes."""
    office = get_self(session)
    if name is not None:
        name = name.strip()
        if not name:
            raise ValueError("the office name must not be empty")
        office.name = name
    if name_zh is not None:
        office.name_zh = name_zh.strip()
    if region is not None:
        office.region = region.strip()
    session.flush()
    return office


def name_left_behind(
    *, old_name: str, old_name_zh: str, new_name: str, new_name_zh: str, set_later: str | None = None
) -> str | None:
    """Which name stayed as it was when only the other one changed, while both were set:
    ``"name_zh"`` after an English-only rename, ``"name"`` after a Chinese-only one, else None.
    A Chinese interface shows name_zh, so an English-only rename left it showing the old office
    (field test 8, defect 6): the command line and the settings say so.

    ``set_later`` (:func:`name_set_later`, read before the change): the name set after the other.
    The other name is left behind only if it is older than the name just replaced: after
    ``--name Stuttgart``, ``--name-zh 斯图加特办公室`` completes the rename and says nothing (field
    test 27, defect 6), while a demo's or an old office's names, set together, are still named."""
    old_zh, new_zh = (old_name_zh or "").strip(), (new_name_zh or "").strip()
    name_changed, zh_changed = old_name.strip() != new_name.strip(), old_zh != new_zh
    if name_changed and not zh_changed and old_zh and set_later != "name_zh":
        return "name_zh"
    if zh_changed and not name_changed and old_zh and new_zh and set_later != "name":
        return "name"
    return None


def name_set_later(session: Session) -> str | None:
    """Which of the office's names was set after the other (``"name"`` or ``"name_zh"``), from the
    versions the sync keeps of each field; None when set together or not known."""
    from petdesk.sync.versions import Codes

    office = get_self(session)
    cursor = session.connection().connection.cursor()
    try:
        versions = Codes(cursor, create=False).load("office", [office.id]).get(office.id)
    finally:
        cursor.close()
    if versions is None:
        return None
    name, name_zh = versions.of("name"), versions.of("name_zh")
    if name == name_zh:
        return None
    return "name" if name > name_zh else "name_zh"


def mark_demo(session: Session) -> None:
    """Mark this file as holding demo data (its office's people and organisations are made up)."""
    session.merge(Setting(key=DEMO_SETTING, value="1"))
    session.flush()


def holds_demo(session: Session, path: Path | None = None) -> bool:
    """Whether ``petdesk demo`` filled this file: marked so, or (a demo made before the mark) it is
    the demo database that ``scripts/start.sh`` and the welcome page open."""
    if session.get(Setting, DEMO_SETTING) is not None:
        return True
    return path is not None and is_default_demo_file(path)


def is_default_demo_file(path: Path) -> bool:
    """Whether ``path`` is the demo database the program menu's start and the welcome page open
    (not a file of one's own that ``petdesk demo`` filled, given with ``--db``)."""
    return _same_file(path, demo_db_path())


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
