"""Drafts of editors' unsaved changes, so that a killed process (a dead battery, the task manager)
does not lose a form typed for half an hour.

A draft is one small JSON file per open editor, in a folder beside the database (never inside it:
the database holds only what was saved, and sync carries only that). Each write replaces the file
atomically (``outfile``), so a kill during a write leaves the previous draft whole. A draft names
the record it edits and the record's ``updated_at`` when the editor read it: at the next start
``record_state`` says whether the record was changed or deleted meanwhile, and the window says so
instead of putting old values over new ones silently.

The content is what the editor's own save collects (its ``values()`` or fields), so there is no
second copy of any form here.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from petdesk import outfile
from petdesk.stored_times import utcnow

#: The format of a draft file; a file of another version is refused as one this petdesk cannot read.
FORMAT = 1
SUFFIX = ".draft.json"
#: ``record_state`` answers.
SAME, CHANGED, DELETED = "same", "changed", "deleted"
#: The editors that keep drafts (a draft's ``kind``).
KINDS = ("visit", "training", "contact", "organisation", "project", "technology", "need")


class DraftDamaged(ValueError):
    """A draft file that cannot be read back (cut off, edited, not a draft)."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The draft {path.name} cannot be read: the file is damaged or is not a petdesk draft."
        )
        self.path = path

    def text(self, locale: str) -> str:
        """The sentence in the reader's language."""
        from petdesk.i18n import translator

        _ = translator(locale)
        return _("The draft {name} cannot be read: the file is damaged or is not a petdesk draft.").format(
            name=self.path.name
        )


@dataclass(frozen=True)
class Draft:
    """One editor's unsaved changes."""

    #: What was edited: one of ``KINDS``.
    kind: str
    #: The record edited; None for a record not yet saved.
    record_id: str | None
    #: What the window calls it ("Visit: Chengdu water forum"), for the recovery question.
    title: str
    #: The record's ``updated_at`` when the editor read it (ISO text; "" for a new record).
    stamp: str
    #: When the draft was written (UTC).
    written_at: dt.datetime
    #: The form as the editor's save collects it (JSON values; dates tagged, see ``_encode``).
    values: dict[str, Any]
    #: The file it is kept in.
    path: Path


def folder_for(database: Path | str) -> Path:
    """The drafts of ``database``: a folder beside it (``petdesk.sqlite.drafts``)."""
    db = Path(database)
    return db.with_name(db.name + ".drafts")


def new_name(kind: str, record_id: str | None) -> str:
    """The file name of an editor's draft: one per record, one per editor of a new record."""
    return f"{kind}-{record_id or 'new-' + secrets.token_hex(6)}{SUFFIX}"


def write_draft(
    path: Path, *, kind: str, record_id: str | None, title: str, stamp: str, values: dict[str, Any]
) -> None:
    """Write (or replace) the draft at ``path`` atomically: a kill mid-write keeps the last one."""
    body = {
        "format": FORMAT,
        "kind": kind,
        "record_id": record_id,
        "title": title,
        "stamp": stamp,
        "written_at": utcnow().isoformat(),
        "values": values,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(body, ensure_ascii=False, default=_encode, indent=1).encode("utf-8")
    outfile.write_bytes(path, data, durable=True)


def read_draft(path: Path) -> Draft:
    """The draft in ``path``; raises ``DraftDamaged`` for a file that is not a whole draft."""
    try:
        body = json.loads(path.read_bytes().decode("utf-8"), object_hook=_decode)
        if not isinstance(body, dict) or body.get("format") != FORMAT:
            raise ValueError("not a draft")
        values = body["values"]
        if not isinstance(values, dict) or body["kind"] not in KINDS:
            raise ValueError("not a draft")
        written = dt.datetime.fromisoformat(body["written_at"])
        return Draft(
            kind=body["kind"],
            record_id=body["record_id"] or None,
            title=str(body.get("title") or ""),
            stamp=str(body.get("stamp") or ""),
            written_at=written,
            values=values,
            path=path,
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
        raise DraftDamaged(path) from exc


def drafts_in(folder: Path) -> tuple[list[Draft], list[DraftDamaged]]:
    """The drafts kept in ``folder``, oldest first, and the files that could not be read."""
    found: list[Draft] = []
    damaged: list[DraftDamaged] = []
    if not folder.is_dir():
        return found, damaged
    for path in sorted(folder.glob("*" + SUFFIX)):
        try:
            found.append(read_draft(path))
        except DraftDamaged as exc:
            damaged.append(exc)
    found.sort(key=lambda d: d.written_at)
    return found, damaged


def remove_draft(path: Path | None) -> None:
    """Forget a draft (saved, discarded, or the editor closed normally); a missing one is fine."""
    if path is not None:
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):  # its folder is a file
            path.unlink()


def _model(kind: str) -> Any:
    from petdesk.models import CityNeed, Contact, Organisation, Project, Technology, Training, Visit

    return {
        "visit": Visit,
        "training": Training,
        "contact": Contact,
        "organisation": Organisation,
        "project": Project,
        "technology": Technology,
        "need": CityNeed,
    }[kind]


def record_stamp(session: Session, kind: str, record_id: str | None) -> str:
    """The record's ``updated_at`` as a draft keeps it ("" for a new or missing record)."""
    if record_id is None:
        return ""
    row = session.get(_model(kind), record_id)
    return row.updated_at.isoformat() if row is not None and row.updated_at is not None else ""


def record_state(session: Session, draft: Draft) -> str:
    """SAME, CHANGED (saved since the editor read it: here, in another window, or by sync) or
    DELETED (gone, or in Deleted Records). A new record's draft is always SAME."""
    if draft.record_id is None:
        return SAME
    row = session.get(_model(draft.kind), draft.record_id)
    if row is None or row.deleted_at is not None:
        return DELETED
    return SAME if record_stamp(session, draft.kind, draft.record_id) == draft.stamp else CHANGED


def _encode(value: Any) -> Any:
    """Dates and times as tagged ISO text, so they come back as dates and times."""
    if isinstance(value, dt.datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$date": value.isoformat()}
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    if hasattr(value, "value"):  # an enum
        return value.value
    raise TypeError(f"{type(value).__name__} cannot be kept in a draft")


def _decode(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$datetime" in obj:
            return dt.datetime.fromisoformat(obj["$datetime"])
        if "$date" in obj:
            return dt.date.fromisoformat(obj["$date"])
    return obj


def waiting(session: Session, folder: Path) -> tuple[list[tuple[Draft, str]], list[DraftDamaged]]:
    """The drafts left in ``folder`` with each one's ``record_state``, and the damaged files."""
    found, damaged = drafts_in(folder)
    return [(draft, record_state(session, draft)) for draft in found], damaged


def set_aside(path: Path) -> Path:
    """Rename a damaged draft so it is not offered again, and kept for whoever wants to look."""
    aside = path.with_name(path.name.removesuffix(SUFFIX) + ".damaged")
    path.replace(aside)
    return aside
