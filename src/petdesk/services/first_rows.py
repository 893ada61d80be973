"""The first rows of the contacts list, read before the window imports SQLAlchemy (issue 18).

Importing SQLAlchemy, the models and every window feature takes most of a second and more on a
busy laptop; the window shows the page it last showed from this read-only look first, and builds
the real page (with the database opened, checked and migrated by ``db.open_database``) right
after that first paint. Only plain ``sqlite3`` (or SQLCipher) through ``petdesk.connection``:
no Qt, no SQLAlchemy, no models.

A file that needs anything of the full opening (missing, new, older schema, not stamped as
petdesk's, unreadable) gives no rows here; the window then opens it the usual way. The rows are
those of ``services.search.search`` with an empty query and the list's sort (the one the user
left it in), shown as the record list shows them (tests compare the two).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from petdesk import connection
from petdesk.db import APPLICATION_ID, code_heads
from petdesk.search_order import HAN_ONLY_PARTS, SORTS, order_by
from petdesk.services.names import kana_stand_in_of_row, latin_stand_in_of_row

#: The pages shown from a first read: window page key -> (search index kind, column keys).
PAGES: dict[str, tuple[str, tuple[str, ...]]] = {
    "contacts": ("contact", ("name", "other_name", "organisation", "position", "email", "phone", "tags")),
}
#: The sort key (``search_order.SORTS``) of each column a page can be sorted by, as the list has it
#: (``gui.contacts.list.CONTACT_COLUMNS``; a test compares them).
SORT_KEYS: dict[str, dict[str, str]] = {
    "contacts": {k: k for k in ("name", "organisation", "position", "email", "phone", "tags")},
}
#: As many rows as the list loads in its first page.
LIMIT = 200

#: The core modules that opening the database and building the window import: the window imports
#: them on a worker thread while its first rows show (``gui.first_rows_page``), which only works for
#: modules that import no Qt (checked by a test). One that no longer exists is skipped.
OPENING_MODULES = (
    "sqlalchemy.orm",
    "petdesk.models",
    "petdesk.services.search",
    "petdesk.sync.tracking",
    "petdesk.labels",
    "petdesk.messages",
    "petdesk.vocab",
    "petdesk.services.activities",
    "petdesk.services.backups",
    "petdesk.services.calendar",
    "petdesk.services.clashes",
    "petdesk.services.contacts",
    "petdesk.services.first_run",
    "petdesk.services.home",
    "petdesk.services.lists",
    "petdesk.services.logistics",
    "petdesk.services.office",
    "petdesk.services.organisations",
    "petdesk.services.reminders",
    "petdesk.services.stats",
    "petdesk.services.trainings",
    "petdesk.services.validation",
    "petdesk.services.views",
    "petdesk.services.visits",
)

# A person's organisation is read through its entry (``org_id``), as services.search reads it.
_COLUMNS = (
    "e.entity_id, e.name_en, e.name_zh, "
    "(SELECT coalesce(nullif(o.name_en, ''), o.name_zh) FROM search_entry o WHERE o.id = e.org_id), "
    "(SELECT coalesce(nullif(o.name_zh, ''), o.name_en) FROM search_entry o WHERE o.id = e.org_id), "
    "e.position_en, e.position_zh, e.email, e.phone, e.tags, "
    f"{HAN_ONLY_PARTS}"
)


@dataclass(frozen=True)
class FirstRows:
    """The rows of ``page`` in its default order: (entity id, cell texts in ``keys`` order)."""

    page: str
    keys: tuple[str, ...]
    rows: list[tuple[str, tuple[str, ...]]]
    #: The column key the rows are sorted by, and which way.
    column: str = "name"
    descending: bool = False


def _either(language: str, en: str, zh: str) -> str:
    """The text in the interface language, else in the other one (as the lists show names)."""
    en, zh = (en or "").strip(), (zh or "").strip()
    return (zh or en) if language.startswith("zh") else (en or zh)


def _cells(row: tuple[str, ...], keys: tuple[str, ...], language: str) -> tuple[str, ...]:
    _id, name_en, name_zh, org_en, org_zh, pos_en, pos_zh, email, phone, tags, han_only = row
    name = _either(language, name_en, name_zh)
    if han_only and not language.startswith("zh"):  # as ``search.SearchRow.name``: "Zhang Wei"
        name = latin_stand_in_of_row(han_only) or name
    other = (name_en if language.startswith("zh") else name_zh) or ""
    if language.startswith("zh"):  # as ``search.SearchRow.other_name``: "Kato Yumi" for 加藤由美
        other = kana_stand_in_of_row(han_only) or other
    values = {
        "name": name,
        "other_name": "" if other == name else other,
        "organisation": _either(language, org_en, org_zh),
        # positions are not stripped by the record list either
        "position": (pos_zh or pos_en) if language.startswith("zh") else (pos_en or pos_zh),
        "email": email or "",
        "phone": phone or "",
        "tags": tags or "",
    }
    return tuple(str(values[key] or "") for key in keys)


def read_first_rows(
    path: Path | str,
    page: str,
    language: str,
    limit: int = LIMIT,
    *,
    column: str = "name",
    descending: bool = False,
) -> FirstRows | None:
    """The first rows of ``page`` from the file at ``path`` sorted by ``column`` (a column key of
    the page), or None when the file must be opened the full way first (or the page is not one
    shown from a first read, or it has no rows: an empty list shows its guidance, a new file the
    welcome page, or it cannot be sorted so: the list's own read then shows the first rows, in
    the order the list was left in, not another for a moment)."""
    if page not in PAGES:
        return None
    sort = SORT_KEYS[page].get(column)
    if sort not in SORTS:
        return None
    path = Path(path).expanduser()
    if not path.is_file():
        return None
    kind, keys = PAGES[page]
    try:
        conn = connection.connect(path, readonly=True, timeout=2)
    except connection.FAILURES_OR_OS:
        return None
    try:
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            return None
        revisions = {r[0] for r in conn.execute("SELECT version_num FROM alembic_version")}
        if revisions != code_heads():
            return None  # older or newer: the migration check decides, before anything is written
        # The order of services.search.search, with an empty query, for the list's sort.
        order = order_by(sort, language, descending)
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM search_entry e WHERE e.kind = ? ORDER BY {order} LIMIT ?",
            [kind, limit],
        ).fetchall()
    except connection.FAILURES:
        return None
    finally:
        conn.close()
    if not rows:
        return None
    cells = [(str(r[0]), _cells(tuple(r), keys, language)) for r in rows]
    return FirstRows(page, keys, cells, column, descending)
