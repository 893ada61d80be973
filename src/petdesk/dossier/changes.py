"""What changed in a visit, for its dossier (field test 21, defect 2): when its data last changed
("Data as of" beside the print time), the changes since a date ("Changes since" part), and when
this computer last printed the visit's dossier (for ``--changes-since last``).

The change list is the visit's history (``services.history.record_history``: the visit and its
parts), in both languages. The last print is kept in the local ``setting`` table, never synced:
another office's prints say nothing about what this office handed out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from petdesk.dossier.labels import Bi
from petdesk.i18n import translator
from petdesk.models.office import Setting
from petdesk.services.history import HistoryEntry, record_history
from petdesk.sync.labels import entity_label, field_label

#: Key prefix of the local setting that remembers a visit dossier's last print (UTC ISO text).
PRINTED_KEY = "dossier.printed.visit."
#: Longest value a change line shows, as the history command cuts it.
VALUE_MAX = 60


@dataclass(frozen=True)
class ChangeInfo:
    """One line of the "Changes since" part."""

    at: dt.datetime  #: aware, UTC
    part: Bi  #: "Itinerary item · Working talks", empty for the visit itself
    what: Bi  #: "Start: 14:00 → 15:00", "created"
    office: str
    staff: str


def _when(entry: HistoryEntry) -> dt.datetime:
    return dt.datetime.fromisoformat(entry.at).astimezone(dt.UTC)


def data_as_of(session: Session, visit_id: str) -> dt.datetime | None:
    """The last change of the visit or one of its parts; None when no change was recorded."""
    entries = record_history(session, "visit", visit_id)
    return max((_when(e) for e in entries), default=None)


def _cut(text: str) -> str:
    return text if len(text) <= VALUE_MAX else text[: VALUE_MAX - 1] + "…"


def _words(entry: HistoryEntry, locale: str) -> tuple[str, str]:
    """(part, what changed) of one history line in ``locale``, as ``petdesk history`` words them."""
    _ = translator(locale)
    part = "" if entry.entity == "visit" else entity_label(entry.entity, locale)
    if part and entry.label:
        part = f"{part} · {entry.label}"
    if entry.is_count:
        what = _.ngettext(
            "{n} mark entered, changed or cleared", "{n} marks entered, changed or cleared", entry.count
        ).format(n=entry.count)
    elif entry.is_creation:
        what = _("created")
    else:
        field = field_label(entry.field, locale, entry.entity)
        colon = "：" if locale.startswith("zh") else ": "
        what = f"{field}{colon}{_cut(entry.old_text)} → {_cut(entry.new_text)}"
    return part, what


def changes_since(session: Session, visit_id: str, since: dt.datetime) -> tuple[ChangeInfo, ...]:
    """The visit's history from ``since`` on, oldest first, in English and Chinese."""
    english = [e for e in record_history(session, "visit", visit_id, locale="en") if _when(e) >= since]
    chinese = {
        e.id: e for e in record_history(session, "visit", visit_id, locale="zh_CN") if _when(e) >= since
    }
    lines = []
    for entry in reversed(english):  # the history is newest first; a change list reads forward
        (part_en, what_en), (part_zh, what_zh) = (
            _words(entry, "en"),
            _words(chinese.get(entry.id, entry), "zh_CN"),
        )
        lines.append(
            ChangeInfo(_when(entry), Bi(part_en, part_zh), Bi(what_en, what_zh), entry.office, entry.staff)
        )
    return tuple(lines)


def last_printed(session: Session, visit_id: str) -> dt.datetime | None:
    """When this computer last printed the visit's dossier (UTC), or None."""
    row = session.get(Setting, PRINTED_KEY + visit_id)
    return dt.datetime.fromisoformat(row.value) if row is not None and row.value else None


def remember_printed(session: Session, visit_id: str, when: dt.datetime) -> None:
    """Note that the visit's dossier was printed at ``when`` (kept locally, never synced)."""
    value = when.astimezone(dt.UTC).isoformat(timespec="microseconds")
    row = session.get(Setting, PRINTED_KEY + visit_id)
    if row is None:
        session.add(Setting(key=PRINTED_KEY + visit_id, value=value))
    else:
        row.value = value
