"""What changed in a visit, for its dossier (field test 21, defect 2): when its data last changed
("Data as of" beside the print time), the changes since a date ("Changes since" part), and when
this computer last printed the visit's dossier (for ``--changes-since last``).

A participant swapped for a substitute (``visits.remove_participant(substitute_id=…)``) changes
every item, flight, room and car seat the person had: the list says "Tomasz Nowak replaced by
Marek Lewandowski" first and folds those lines under it, one line per part (field test 71).

The change list is the visit's history (``services.history.record_history``: the visit and its
parts), in both languages. The last print is kept in the local ``setting`` table, never synced:
another office's prints say nothing about what this office handed out.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.orm import Session

from petdesk.dossier.labels import Bi
from petdesk.i18n import translator
from petdesk.models import Contact
from petdesk.models.office import Setting
from petdesk.services.history import HistoryEntry, record_history
from petdesk.sync.labels import entity_label, field_label

#: Key prefix of the local setting that remembers a visit dossier's last print (UTC ISO text).
PRINTED_KEY = "dossier.printed.visit."
#: Longest value a change line shows, as the history command cuts it.
VALUE_MAX = 60
#: Parts of a visit that name one person, where a substitute takes the place of the one replaced.
PERSON_PARTS = ("itinerary_attendee", "travel_leg_traveller", "room_assignment", "vehicle_rider")
#: How close the removal, the substitute's joining and the moved parts are: one save.
SWAP_WINDOW = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class ChangeInfo:
    """One line of the "Changes since" part."""

    at: dt.datetime  #: aware, UTC
    part: Bi  #: "Itinerary item · Working talks", empty for the visit itself
    what: Bi  #: "Start: 14:00 → 15:00", "created"
    office: str
    staff: str
    #: A line folded under the swap summary above it.
    folded: bool = False


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
    """The visit's history from ``since`` on, oldest first, in English and Chinese; each swap of a
    participant for a substitute summed up in one line with its parts folded under it."""
    english = [e for e in record_history(session, "visit", visit_id, locale="en") if _when(e) >= since]
    chinese = {
        e.id: e for e in record_history(session, "visit", visit_id, locale="zh_CN") if _when(e) >= since
    }
    english.reverse()  # the history is newest first; a change list reads forward
    swaps = _swaps(session, english)
    folded: dict[str, list[HistoryEntry]] = {}  # entry id of a swap's removal -> its folded entries
    taken: set[str] = set()
    for removal, joining in swaps:
        gone, came = _contact_of(session, removal), _contact_of(session, joining)
        mine = [
            e
            for e in english
            if e.entity in PERSON_PARTS
            and e.id not in taken
            and abs(_when(e) - _when(removal)) <= SWAP_WINDOW
            and (
                (_is_removal(e) and _contact_of(session, e) == gone)
                or (e.is_creation and _contact_of(session, e) == came)
            )
        ]
        taken.update([removal.id, joining.id, *(e.id for e in mine)])
        folded[removal.id] = mine
    by_removal = {removal.id: joining for removal, joining in swaps}
    lines: list[ChangeInfo] = []
    for entry in english:
        if entry.id in by_removal:
            lines += _swap_lines(session, entry, by_removal[entry.id], folded[entry.id], chinese)
        elif entry.id not in taken:
            lines.append(_line(entry, chinese.get(entry.id, entry)))
    return tuple(lines)


def _line(entry: HistoryEntry, chinese: HistoryEntry, folded: bool = False) -> ChangeInfo:
    (part_en, what_en), (part_zh, what_zh) = _words(entry, "en"), _words(chinese, "zh_CN")
    return ChangeInfo(
        _when(entry), Bi(part_en, part_zh), Bi(what_en, what_zh), entry.office, entry.staff, folded
    )


def _is_removal(entry: HistoryEntry) -> bool:
    return entry.field == "deleted_at" and entry.old_value is None and entry.new_value is not None


def _contact_of(session: Session, entry: HistoryEntry) -> str | None:
    row = session.execute(text(f"SELECT contact_id FROM {entry.entity} WHERE id = :id"), {"id": entry.row_id})
    return row.scalar()


def _swaps(session: Session, entries: list[HistoryEntry]) -> list[tuple[HistoryEntry, HistoryEntry]]:
    """(removal, joining) of each participant taken off and followed, in the same save, by a new
    participant: the substitute (petdesk keeps no other mark of one)."""
    people = [e for e in entries if e.entity == "visit_participant" and (_is_removal(e) or e.is_creation)]
    found = []
    for removal, joining in itertools.pairwise(people):
        same_save = _when(joining) - _when(removal) <= SWAP_WINDOW and joining.office_id == removal.office_id
        if _is_removal(removal) and joining.is_creation and same_save:
            found.append((removal, joining))
    return found


def _swap_lines(
    session: Session,
    removal: HistoryEntry,
    joining: HistoryEntry,
    parts: list[HistoryEntry],
    chinese: dict[str, HistoryEntry],
) -> list[ChangeInfo]:
    """The summary line, then one folded line per part the substitute took over ("Itinerary
    attendee · Welcome dinner: Tomasz Nowak → Marek Lewandowski"); parts only one side of the swap
    had keep their own words."""
    gone = session.get(Contact, _contact_of(session, removal) or "")
    came = session.get(Contact, _contact_of(session, joining) or "")
    names = {
        loc: (gone.display_name(loc) if gone else "?", came.display_name(loc) if came else "?")
        for loc in ("en", "zh_CN")
    }
    said = {loc: _replaced(*names[loc], loc) for loc in names}
    person = Bi(entity_label("visit_participant", "en"), entity_label("visit_participant", "zh_CN"))
    lines = [ChangeInfo(_when(removal), person, Bi(said["en"], said["zh_CN"]), removal.office, removal.staff)]
    created = {(e.entity, _parent(e)): e for e in parts if e.is_creation}
    partners = {
        e.id: created.pop((e.entity, _parent(e)))
        for e in parts
        if _is_removal(e) and (e.entity, _parent(e)) in created
    }
    said_with = {c.id for c in partners.values()}
    for e in parts:
        if e.id in said_with:
            continue
        if e.id not in partners:
            lines.append(_line(e, chinese.get(e.id, e), folded=True))
            continue
        part = {
            loc: f"{entity_label(e.entity, loc)} · {_parent(chinese.get(e.id, e) if loc != 'en' else e)}"
            for loc in names
        }
        what = {loc: f"{names[loc][0]} → {names[loc][1]}" for loc in names}
        lines.append(
            ChangeInfo(
                _when(e),
                Bi(part["en"], part["zh_CN"]),
                Bi(what["en"], what["zh_CN"]),
                e.office,
                e.staff,
                True,
            )
        )
    return lines


def _replaced(old: str, new: str, locale: str) -> str:
    _ = translator(locale)
    return _("{old} replaced by {new}").format(old=old, new=new)


def _parent(entry: HistoryEntry) -> str:
    """What a person's part belongs to: "Welcome dinner" of "Tomasz Nowak · Welcome dinner"."""
    return entry.label.split(" · ", 1)[1] if " · " in entry.label else entry.label


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
