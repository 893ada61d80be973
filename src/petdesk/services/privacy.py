"""A person's rights over their data (PIPL, GDPR): a copy of everything held, and erasure.

Export gathers every row about the person (their record, ways of reaching them, positions,
visits, itinerary items, travel and rooms, trainings, attendance, activities, follow-ups they own,
items they host, merges: every table linking to the contact) with a readable label for each
linked record, plus the history of all of them from the change log.

Erasure removes those rows and everything derived from them in one transaction, leaves markers
that travel by sync so that every other office erases them too, and then scrubs the file
(secure delete, search index merged, VACUUM, WAL truncated) so that no byte of the person stays
in the database file or its WAL. Backups made before the erasure still hold the person; they are
listed so that the office can tell the person when they will be gone.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from petdesk import connection, outfile
from petdesk.db import Database
from petdesk.i18n import translator
from petdesk.ids import first_found
from petdesk.models.base import with_wire_times
from petdesk.models.types import wire_time
from petdesk.services import housekeeping
from petdesk.services.name_mentions import Mention, find_mentions, mention_lines
from petdesk.sync.entities import by_name
from petdesk.sync.erased_names import count_copied_names, name_forms
from petdesk.sync.erasure import erase_person, office_tables, person_rows, person_tables, scrub
from petdesk.sync.hlc import PersistentClock, Version
from petdesk.sync.tracking import self_office_id
from petdesk.sync.value_words import describe_record

#: Format of the personal data export (bump when its layout changes).
EXPORT_FORMAT = "petdesk-person/1"


class PrivacyError(ValueError):
    """A person who cannot be found or erased, with a message for the user."""


class AlreadyErased(PrivacyError):
    """The id names a person erased before: nothing of them is held any more."""


def _conn(db: Database) -> sqlite3.Connection:
    conn = db.raw()
    connection.use_rows(conn)
    return conn


def resolve_person(conn: sqlite3.Connection, ident: str, locale: str = "en") -> str:
    """The contact id equal to ``ident`` or starting with it (4+ characters), deleted or not."""
    _ = translator(locale)
    ident = ident.strip()
    if len(ident) < 4:
        raise PrivacyError(_("give at least 4 characters of the contact id"))
    _found, rows = first_found(
        ident,
        lambda form: conn.execute(
            "SELECT id FROM contact WHERE id >= ? AND id < ? LIMIT 2", (form, form + "\uffff")
        ).fetchall(),
    )
    if not rows:
        _found, erased = first_found(
            ident,
            lambda form: conn.execute(
                "SELECT erased_at FROM sync_erasure WHERE entity = 'contact' AND row_id >= ? AND row_id < ?",
                (form, form + "\uffff"),
            ).fetchmany(1),
        )
        if erased:
            raise AlreadyErased(
                _("the contact {id} was erased on {date}; nothing is held any more").format(
                    id=ident, date=wire_time(erased[0][0])[:10]
                )
            )
        raise PrivacyError(_("no contact with id {id}").format(id=ident))
    if len(rows) > 1:
        raise PrivacyError(
            _("several contacts have ids starting with {id}; give more characters").format(id=ident)
        )
    return str(rows[0][0])


# -- export ---------------------------------------------------------------------------------------


def _row_dict(conn: sqlite3.Connection, table: str, row: sqlite3.Row) -> dict[str, Any]:
    """The stored row with a readable label beside every link to another record."""
    out = with_wire_times(table, dict(row))
    spec = by_name()
    for key, value in list(out.items()):
        if not key.endswith("_id") or not value or key == "id":
            continue
        target = _link_target(table, key)
        if target and target in spec:
            out[key[:-3] + "_label"] = describe_record(conn.cursor(), target, value)
    return out


def _link_target(table: str, column: str) -> str | None:
    from petdesk.models import Base

    for fk in Base.metadata.tables[table].columns[column].foreign_keys:
        return str(fk.column.table.name)
    return None


def _rows_naming(
    conn: sqlite3.Connection, table: str, columns: tuple[str, ...], person_id: str
) -> list[dict[str, Any]]:
    where = " OR ".join(f"{c} = ?" for c in columns)
    rows = conn.execute(
        f"SELECT * FROM {table} WHERE {where} ORDER BY created_at", (person_id,) * len(columns)
    )
    return [_row_dict(conn, table, r) for r in rows]


def export_person(db: Database, ident: str, locale: str = "en") -> dict[str, Any]:
    """Everything this office holds about a person, as plain JSON-ready data."""
    from petdesk.services.history import record_history

    conn = _conn(db)
    try:
        person_id = resolve_person(conn, ident, locale)
        person = with_wire_times(
            "contact", dict(conn.execute("SELECT * FROM contact WHERE id = ?", (person_id,)).fetchone())
        )
        sections: dict[str, list[dict[str, Any]]] = {}
        keys: list[tuple[str, str]] = [("contact", person_id)]
        for table, columns in person_tables():
            sections[table] = _rows_naming(conn, table, columns, person_id)
            keys.extend((table, r["id"]) for r in sections[table])
        for table, columns in office_tables():
            # A table may name the person both ways (a follow-up about them and one they own): the
            # office's rows join the person's, which they replaced in the copy (field test 96).
            held = {r["id"] for r in sections.get(table, [])}
            rows = [r for r in _rows_naming(conn, table, columns, person_id) if r["id"] not in held]
            sections[table] = sections.get(table, []) + rows
        office = conn.execute("SELECT name, name_zh, region FROM office WHERE is_self = 1").fetchone()
        files = _files_sent(conn, person_id)
        packages = _packages_sent(conn, person_id)
    finally:
        conn.close()
    history: list[dict[str, Any]] = []
    with db.reading() as session:
        for table, row_id in keys:
            history.extend(
                # the values as stored (the export's format); the words are the window's
                {k: v for k, v in asdict(e).items() if k not in ("office_id", "old_text", "new_text")}
                for e in record_history(session, table, row_id, children=False)
            )
    history.sort(key=lambda e: e["hlc"])
    return {
        "format": EXPORT_FORMAT,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "office": dict(office) if office else {},
        "person": person,
        **sections,
        "export_log": files,
        "sync_packages": packages,
        "history": history,
    }


def _files_sent(conn: sqlite3.Connection, person_id: str) -> list[dict[str, Any]]:
    """The files of this office that carried the person's data (the export log), oldest first,
    each with its sentence: "to whom did you send my data?" is part of the copy. In English, as the
    rest of the copy is, whatever the language of the staff member who makes it (field test 96)."""
    from petdesk.services import export_log

    return [
        {
            **asdict(line),
            "at": line.at.isoformat(timespec="seconds"),
            "sentence": export_log.sentence(line, "en"),
        }
        for line in reversed(export_log.lines(conn, contact_id=person_id, limit=10_000))
    ]


def _packages_sent(conn: sqlite3.Connection, person_id: str) -> list[dict[str, Any]]:
    """The sync packages that carried the person, oldest first: when, to which office (the
    "recipients" of the data-protection rules; "" for a package to any office) and whether it
    confirmed holding them, with the sentence in English and in Chinese (field test 96)."""
    from petdesk.sync import carried_people

    return [
        {
            **asdict(package),
            "at": package.at.isoformat(timespec="seconds"),
            "sentence": carried_people.sentence(package, "en"),
            "sentence_zh": carried_people.sentence(package, "zh_CN"),
        }
        for package in carried_people.packages_with(conn, person_id)
    ]


def write_json(data: dict[str, Any], out: Path, *, logged_in: Database | None = None) -> None:
    outfile.write_bytes(out, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
    _log_export(logged_in, data, out)


def _log_export(logged_in: Database | None, data: dict[str, Any], out: Path) -> None:
    """Everything held on the person left the office in ``out``: a line of the export log (field
    test 84) in ``logged_in``, naming them."""
    if logged_in is not None:
        from petdesk.services import export_log

        export_log.record_through(logged_in, "person", out, 1, [data["person"]["id"]])


#: Section titles of the PDF, in order (English, Chinese).
PDF_SECTIONS: tuple[tuple[str, str, str], ...] = (
    ("contact_method", "Ways of reaching the person", "联系方式"),
    ("affiliation", "Positions", "任职"),
    ("visit_participant", "Visits", "访问"),
    ("itinerary_attendee", "Programme items", "日程"),
    ("travel_leg_traveller", "Travel", "交通行程"),
    ("room_assignment", "Hotel rooms", "酒店房间"),
    ("training_participant", "Trainings", "培训"),
    ("session_trainer", "Sessions taught", "授课"),
    ("attendance", "Attendance", "出勤"),
    ("activity", "Activities", "活动记录"),
    ("follow_up", "Follow-ups about or owned by the person", "有关或负责的后续事项"),
    ("itinerary_item", "Programme items hosted or interpreted", "主持或翻译的日程"),
    ("finance_lead", "Finance leads as investor contact", "作为投资联系人的融资线索"),
    ("merge_record", "Merges of duplicates", "重复记录合并"),
    ("duplicate_dismissal", "Pairs marked not duplicate", "标记为非重复"),
)
#: Columns the PDF leaves out (identity and bookkeeping, shown once at the top; the search keys and
#: the chosen-order flag mean nothing to the person).
_PDF_SKIP = frozenset({"id", "contact_id", "payload", "grams", "normalized", "name_order_chosen", "position"})


def reader_locale(person: dict[str, Any]) -> str:
    """The language the copy is written in for the person: Chinese when Chinese comes before
    English among their languages, else English (the words the window shows in that language)."""
    from petdesk.sync.value_words import _items

    for code in _items(person.get("languages")) or []:
        if str(code).lower().startswith("zh"):
            return "zh_CN"
        if str(code).lower().startswith("en"):
            return "en"
    return "en"


class _Words:
    """A row's values in the words the window shows, in one language, every date and time in one
    locale-aware form (field test 96 follow-up: the copy printed "Gender: f", JSON lists and two
    date formats side by side)."""

    def __init__(self, locale: str, cursor: Any = None) -> None:
        from petdesk.sync.value_words import ValueWords

        self.locale, self.cursor = locale, cursor
        self.words = ValueWords(cursor, locale)

    def __call__(self, table: str, key: str, value: Any, row_id: str | None = None) -> str:
        from petdesk.sync.value_words import PLACE_ZONE_COLUMNS

        # A time of a place is read in that place's zone, which needs the record from the file.
        place = (table, key) in PLACE_ZONE_COLUMNS and self.cursor is not None
        return self.words(table, key, value, row_id if place else None)

    def moment(self, value: Any) -> str:
        return self.words.moment(value)


def _pdf_pairs(table: str, row: dict[str, Any], words: _Words) -> list[str]:
    """ "Label: value" for a row of ``table`` in words a person reads (field test 96: the copy was
    the database's column names, ids and microseconds): the editors' field labels, a link by its
    label and not its id, codes as the window says them, empty and false-by-default values left out."""
    from petdesk.sync.labels import entity_label, name_field_label

    _ = translator(words.locale)
    out = []
    for key, value in row.items():
        if key in _PDF_SKIP or key.endswith("_label") or value in (None, "", "[]", 0, False):
            continue
        if key.endswith("_id"):
            shown = str(row.get(key[:-3] + "_label") or value)
        elif key == "photo":  # thousands of base64 letters: said, and given whole in the JSON copy
            shown = _("a photo is held (the JSON copy holds the image)")
        elif table == "contact_method" and key == "channel":
            from petdesk.sync.value_words import channel_words

            shown = channel_words(str(value), "", words.locale)
        elif key == "entity":  # a merge's kind of record: "Contact", not "contact"
            shown = entity_label(str(value), words.locale)
        else:
            shown = words(table, key, value, row.get("id"))
        language = str(row.get("native_name_language") or "")
        label = name_field_label(key, words.locale, table, language=language, values=(str(value),))
        out.append(f"{label}: {shown}")
    return out


def _is_flag(table: str, key: str) -> bool:
    """Whether ``key`` is a yes-or-no field of ``table`` (the synced tables' kinds say so)."""
    from petdesk.sync.schema import TABLES

    return any(t["name"] == table and t["kinds"].get(key) == "bool" for t in TABLES)


def pdf_lines(
    data: dict[str, Any], locale: str | None = None, *, cursor: Any = None
) -> list[tuple[str, bool]]:
    """The export as (text, is heading) lines, bilingual headings, the rest in ``locale`` (by
    default the person's language: :func:`reader_locale`). ``cursor`` on the database lets times
    of a place (a programme item) be read in the place's zone."""
    from petdesk.sync.labels import entity_label, name_field_label

    person = data["person"]
    locale = locale or reader_locale(person)
    _ = translator(locale)
    words = _Words(locale, cursor)
    latin = " ".join(p for p in (person.get("given_name"), person.get("family_name")) if p)
    name = f"{latin}  {person.get('family_name_zh', '')}{person.get('given_name_zh', '')}".strip()
    lines: list[tuple[str, bool]] = [
        (_("Personal data held about {name}").format(name=name) + " / 个人数据", True),
        (
            _("Exported {when} by {office}").format(
                when=words.moment(data["exported_at"]), office=_office_name(data["office"], locale)
            ),
            False,
        ),
        (_("Record id {id}").format(id=person["id"]), False),
        ("", False),
        ("Record / 记录", True),
    ]
    lines.extend((pair, False) for pair in _pdf_pairs("contact", person, words))
    for key, title_en, title_zh in PDF_SECTIONS:
        rows = data.get(key) or []
        lines.append(("", False))
        lines.append((f"{title_en} / {title_zh} ({len(rows)})", True))
        lines.extend(("• " + "; ".join(_pdf_pairs(key, row, words)), False) for row in rows)
    files = data.get("export_log") or []
    lines.append(("", False))
    lines.append((f"Files that carried this data / 含有这些数据的导出文件 ({len(files)})", True))
    lines.extend((f"• {words.moment(f['at'])} {_file_sentence(f, locale)}", False) for f in files)
    packages = data.get("sync_packages") or []
    lines.append(("", False))
    lines.append(
        (
            f"Offices sent this data in sync packages / 通过同步数据包收到这些数据的办公室 ({len(packages)})",
            True,
        )
    )
    for p in packages:
        said = p["sentence_zh"] if locale.startswith("zh") else p["sentence"]
        lines.append((f"• {words.moment(p['at'])} {said}", False))
    lines.append(("", False))
    lines.append((f"History / 修改记录 ({len(data['history'])})", True))
    for e in data["history"]:
        if e["field"]:
            old = words(e["entity"], e["field"], e.get("old_value"))
            new = words(e["entity"], e["field"], e.get("new_value"))
            label = name_field_label(e["field"], locale, e["entity"], values=(old, new))
            what = f"{label}: {old} → {new}"
        else:
            what = _("created")
        kind = entity_label(e["entity"], locale)
        lines.append((f"• {words.moment(e['at'])} {e['office']} {e['staff']}: {kind} {what}", False))
    return lines


def _office_name(office: dict[str, Any], locale: str) -> str:
    if locale.startswith("zh") and office.get("name_zh"):
        return str(office["name_zh"])
    return str(office.get("name") or "")


def _file_sentence(line: dict[str, Any], locale: str) -> str:
    """The export log's sentence in ``locale`` (the JSON copy keeps the English one)."""
    from petdesk.services import export_log

    if not locale.startswith("zh"):
        return str(line["sentence"])
    try:
        fields = {k: v for k, v in line.items() if k != "sentence"}
        fields["at"] = dt.datetime.fromisoformat(fields["at"])
        return export_log.sentence(export_log.ExportLine(**fields), locale)
    except (TypeError, ValueError, KeyError):
        return str(line["sentence"])


def write_pdf(
    data: dict[str, Any], out: Path, *, logged_in: Database | None = None, locale: str | None = None
) -> None:
    """The export as a readable A4 PDF in ``locale`` (by default the person's language); Chinese
    prints through the dossier's fonts; logged in ``logged_in``'s export log."""
    import io

    from reportlab.lib.pagesizes import A4

    from petdesk.dossier import fonts
    from petdesk.dossier.numbered_canvas import NumberedCanvas

    fonts.register()
    buffer = io.BytesIO()
    # The initial font is named on every page: reportlab's Helvetica is not embedded (field test 7).
    canvas = NumberedCanvas(buffer, pagesize=A4, pageCompression=1, initialFontName=fonts.LATIN, margin=50.0)
    canvas.setTitle("Personal data / 个人数据")
    width, height = A4
    margin, size, leading = 50.0, 9.0, 13.0
    y = height - margin
    conn = _conn(logged_in) if logged_in is not None else None
    try:
        lines = pdf_lines(data, locale, cursor=conn.cursor() if conn is not None else None)
    finally:
        if conn is not None:
            conn.close()
    for text, heading in lines:
        for piece in _wrap(fonts, text, size, width - 2 * margin, bold=heading):
            if y < margin:
                canvas.showPage()
                y = height - margin
            fonts.draw_string(canvas, margin, y, piece, size + (1.5 if heading else 0), bold=heading)
            y -= leading
    canvas.save()
    outfile.write_bytes(out, buffer.getvalue())
    _log_export(logged_in, data, out)


def _printable(fonts: Any, text: str) -> str:
    """The text with characters no dossier font has shown as "?" (a copy for a person must
    print whatever was typed, unlike a dossier, which stops to have the text fixed)."""
    try:
        fonts.check(text)
        return text
    except fonts.MissingGlyphError:
        out = []
        for char in text:
            try:
                fonts.check(char)
                out.append(char)
            except fonts.MissingGlyphError:
                out.append("?")
        return "".join(out)


def _wrap(fonts: Any, text: str, size: float, width: float, *, bold: bool) -> list[str]:
    text = _printable(fonts, fonts.clean(text).replace("\n", " "))
    if not text:
        return [""]
    out: list[str] = []
    while text:
        if fonts.string_width(text, size, bold=bold) <= width:
            out.append(text)
            break
        lo, hi = 1, len(text)
        while lo < hi:  # longest prefix that fits
            mid = (lo + hi + 1) // 2
            if fonts.string_width(text[:mid], size, bold=bold) <= width:
                lo = mid
            else:
                hi = mid - 1
        cut = text.rfind(" ", 0, lo)
        cut = lo if cut < lo // 2 else cut
        out.append(text[:cut])
        text = text[cut:].lstrip()
    return out


# -- erasure --------------------------------------------------------------------------------------


@dataclass
class BackupFile:
    path: Path
    made_at: dt.datetime
    #: When the retention rule removes it at the latest, as text ("" when unknown).
    ages_out: str = ""
    #: Why the backup may hold the person without it being known (it could not be read); "" when
    #: it was opened and holds the person's rows.
    unread: str = ""


@dataclass(frozen=True)
class NotRewritten:
    """Why the file could not be rewritten after an erasure, in the user's language."""

    reason: str
    #: The drive or the file went away (a USB stick pulled out): what to do is to reconnect it and
    #: run again, not to free space.
    unreachable: bool = False

    def __str__(self) -> str:
        return self.reason


@dataclass
class ErasureResult:
    person_id: str
    label: str
    rows: dict[str, int]
    erased_at: str
    #: Backups made before the erasure: they still hold the person until they are deleted.
    backups: list[BackupFile] = field(default_factory=list)
    #: Why the file could not be rewritten after the committed erasure (a full disk, a pulled
    #: stick …); None when it was. The rows are gone either way, but until the file is rewritten
    #: pieces of them may remain in its unused pages.
    not_rewritten: NotRewritten | None = None
    #: Where their name was typed as text and is now the placeholder, by place
    #: (``count_copied_names``: "activity" authors, "merge_record", "sync_change", "setting").
    renamed: dict[str, int] = field(default_factory=dict)
    #: Other records whose free text still names the person ("Met Wang Hao and team"): other
    #: people's words, listed for the office to edit, not rewritten (field test 59).
    mentions: list[Mention] = field(default_factory=list)
    #: The same, one line each in the language of the erasure (``name_mentions.mention_line``).
    mention_lines: list[str] = field(default_factory=list)

    @property
    def total(self) -> int:
        return sum(self.rows.values())


@contextmanager
def _immediate(db: Database) -> Iterator[sqlite3.Cursor]:
    conn = db.raw()
    conn.isolation_level = None
    try:
        conn.execute("PRAGMA secure_delete = ON")
        cursor = conn.cursor()
        cursor.execute("BEGIN IMMEDIATE")
        try:
            yield cursor
        except BaseException:
            cursor.execute("ROLLBACK")
            raise
        cursor.execute("COMMIT")
    finally:
        conn.close()


@dataclass(frozen=True)
class PersonToErase:
    """Who an id names, told apart from namesakes before an erasure that cannot be undone."""

    person_id: str
    #: "Chen Ping (陈萍)": the name in both scripts, as search and the lists show it.
    name: str
    #: The current organisation (the main position first), "" when none.
    organisation: str
    #: The first e-mail address, "" when none.
    email: str
    #: Where their name is typed as text, which the erasure replaces too (see ErasureResult).
    renamed: dict[str, int] = field(default_factory=dict)
    #: Other records whose free text names the person, which the erasure leaves as they are (see
    #: ErasureResult): told before the user confirms, one line each in the user's language.
    mention_lines: list[str] = field(default_factory=list)

    @property
    def details(self) -> str:
        """ "Chen Ping (陈萍) · Xiamen Ruitai · ping.chen@ruitai.cn · 1CNKR8qE…": one line that
        tells two namesakes apart."""
        return " · ".join(p for p in (self.name, self.organisation, self.email, self.person_id) if p)


def person_to_erase(db: Database, ident: str, locale: str = "en") -> PersonToErase:
    """The contact ``ident`` names, for the confirmation before an erasure; PrivacyError if none."""
    from petdesk.services.names import organisation_display_name

    conn = db.raw()
    try:
        person_id = resolve_person(conn, ident, locale)
        org = conn.execute(
            "SELECT o.name_en, o.name_zh FROM affiliation a JOIN organisation o ON o.id = a.organisation_id "
            "WHERE a.contact_id = ? AND a.deleted_at IS NULL AND a.end_date IS NULL AND o.deleted_at IS NULL "
            "ORDER BY a.is_primary DESC, a.start_date DESC LIMIT 1",
            (person_id,),
        ).fetchone()
        email = conn.execute(
            "SELECT value FROM contact_method WHERE contact_id = ? AND channel = 'email' "
            "AND deleted_at IS NULL ORDER BY position LIMIT 1",
            (person_id,),
        ).fetchone()
        cursor = conn.cursor()
        mentions = find_mentions(cursor, person_id, skip=set(person_rows(cursor, person_id)))
        return PersonToErase(
            person_id,
            describe_record(cursor, "contact", person_id, locale),
            organisation_display_name(locale, name_en=org[0] or "", name_zh=org[1] or "") if org else "",
            email[0] if email else "",
            _copied_names(cursor, person_id),
            mention_lines(cursor, mentions, locale),
        )
    finally:
        conn.close()


def erase(db: Database, ident: str, *, locale: str = "en", look_in_backups: bool = True) -> ErasureResult:
    """Erase a person here and leave the markers that erase them at every other office (the
    result names them in the language of ``locale``, and the backups that still hold them unless
    not ``look_in_backups``: each is opened, about a second for a 300 MB database)."""
    with _immediate(db) as cursor:
        person_id = resolve_person(cursor.connection, ident, locale)
        label = describe_record(cursor, "contact", person_id, locale)
        office = self_office_id(cursor)
        hlc = PersistentClock(cursor).tick()
        erased_at = dt.datetime.now(dt.UTC).isoformat(timespec="microseconds")
        renamed = _copied_names(cursor, person_id)  # counted in the erasing transaction, before it
        # Looked for while the name is still in the file; the person's own rows go with them.
        mentions = find_mentions(cursor, person_id, skip=set(person_rows(cursor, person_id)))
        lines = mention_lines(cursor, mentions, locale)
        rows = erase_person(
            cursor, person_id, hlc=hlc, office=office, erased_at=erased_at, local=Version(hlc, office)
        )
        # The office's log of its bulk actions names nobody: "erased 1 contact at their request".
        housekeeping.record_in(cursor, "erase", "contact", 1)
    # Committed: from here on a failure must not be reported as "nothing was changed" (field test 17).
    not_rewritten = rewrite_file(db, locale)
    counts: dict[str, int] = {}
    for table, _row_id in rows:
        counts[table] = counts.get(table, 0) + 1
    held = backups_with(db, rows, erased_at, locale) if look_in_backups else []
    return ErasureResult(person_id, label, counts, erased_at, held, not_rewritten, renamed, mentions, lines)


def _copied_names(cursor: Any, person_id: str) -> dict[str, int]:
    return count_copied_names(cursor, name_forms(cursor, person_id), person_rows(cursor, person_id))


def renamed_places(renamed: dict[str, int], locale: str = "en") -> str:
    """ "333 activity authors, 2 merge records and the staff name of this computer": where an
    erasure replaces the person's typed name, in words of ``locale``; "" when nowhere."""
    from petdesk.labels import join_like

    _ = translator(locale)
    words = {
        "activity": lambda n: _.ngettext("{n} activity author", "{n} activity authors", n),
        "merge_record": lambda n: _.ngettext("{n} merge record", "{n} merge records", n),
        "sync_change": lambda n: _.ngettext("{n} history entry", "{n} history entries", n),
        "setting": lambda n: _("the staff name set on this computer"),
    }
    return join_like([words[place](n).format(n=n) for place, n in renamed.items() if place in words], locale)


def rewrite_file(db: Database, locale: str = "en") -> NotRewritten | None:
    """Rewrite the database file so that nothing of erased rows stays in its unused pages; None
    when done, else why not (the file is left sound either way)."""
    try:
        scrub(db.path)
    except connection.FAILURES_OR_OS as exc:
        gone = _unreachable(exc, db.path)
        return NotRewritten(_rewrite_failure(exc, locale, gone=gone), gone)
    return None


#: The system's errors for a drive or file that went away: a pulled stick gives ENOENT (its folder
#: is gone), EIO (writes to the vanished device) or ENODEV/ENXIO (the device itself).
_GONE_ERRNOS = frozenset({errno.ENOENT, errno.EIO, errno.ENODEV, errno.ENXIO})


def _unreachable(exc: BaseException, path: Path | None = None) -> bool:
    """Whether ``exc`` says the drive or the file went away: SQLite cannot open it, the system
    names a vanished device, or SQLite's "disk I/O error" while the file is no longer at ``path``."""
    from petdesk import faults

    kind = faults.classify(exc)
    if kind == faults.CANTOPEN:
        return True
    if isinstance(exc, OSError) and kind != faults.FULL:
        return exc.errno in _GONE_ERRNOS
    return kind == faults.IO and path is not None and not _reachable(path)


def _reachable(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:  # the stick's mount point itself failing
        return False


def _rewrite_failure(exc: BaseException, locale: str, *, gone: bool | None = None) -> str:
    """Why the rewrite failed, in a plain sentence (never SQLite's or the system's English)."""
    from petdesk import faults

    _ = translator(locale)
    kind = faults.classify(exc)  # SQLite's "disk is full" and the system's ENOSPC alike
    if kind == faults.FULL:
        return _("there is not enough free space on the disk")
    if gone if gone is not None else _unreachable(exc):
        return _("the drive or the file is no longer reachable (the USB stick pulled out?)")
    if kind == faults.LOCKED:
        return _("another program is using the file")
    if kind == faults.IO:
        # SQLite says "disk I/O error" for any refused write but ENOSPC (its "disk is full"): a quota,
        # a file too large for the disk, a stick pulled out. Which one is lost, so all are named;
        # "not enough free space" for all of them misled the user of a pulled stick.
        return _(
            "the disk refused to write the file: a quota reached, the file too large for the disk, "
            "or the USB stick pulled out"
        )
    if isinstance(exc, OSError):
        return faults.os_problem(exc, locale)  # the system's own error, in a plain sentence
    return str(exc)


def backup_files(db: Database, locale: str = "en") -> list[BackupFile]:
    """Backup files of the database: the backup store (with its retention rule, in the language
    of ``locale``) and older copies beside the file (``<name>.before-*.bak``, ``backups/*.bak``)."""
    from petdesk.services import backups

    found: dict[Path, BackupFile] = {}
    listed = backups.backups_of(db.path)
    upgrade = next((info.path for info in listed if backups.is_upgrade_backup(info)), None)
    for info in listed:
        found[info.path] = BackupFile(info.path, info.created, _ages_out(info, locale, info.path == upgrade))
    candidates = list(db.path.parent.glob(f"{db.path.name}.before-*.bak"))
    folder = backups.default_folder(db.path)
    if folder.is_dir():
        candidates.extend(folder.glob("*.bak"))
    for path in candidates:
        if path not in found:
            found[path] = BackupFile(path, dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC))
    return sorted(found.values(), key=lambda b: b.made_at)


def _ages_out(info: Any, locale: str, newest_upgrade: bool = False) -> str:
    """The latest date the retention rule of the backup store keeps a backup (``newest_upgrade``:
    the newest taken before an upgrade, which the rule keeps until the next upgrade)."""
    from petdesk.services import backups

    _ = translator(locale)
    if info.reason == backups.MANUAL:
        return _("kept until deleted by hand")
    if newest_upgrade:
        return _("kept until the next upgrade of the database")
    if info.periodic:
        last = info.created + dt.timedelta(days=31 * backups.KEEP_MONTHLY)
        return _("ages out by {date}").format(date=f"{last:%Y-%m-%d}")
    return _.ngettext(
        "ages out after {n} newer event backup", "ages out after {n} newer event backups", backups.KEEP_EVENTS
    ).format(n=backups.KEEP_EVENTS)


def backups_with(
    db: Database, rows: list[tuple[str, str]], erased_at: str, locale: str = "en"
) -> list[BackupFile]:
    """The backups made before ``erased_at`` that hold one of the erased ``rows`` (table, id),
    and those that cannot be read (they may). Each backup is opened, read-only: the time alone
    listed backups made before the person ever reached this office. A backup of a 300 MB
    database is unpacked and looked up in about a second."""
    moment = dt.datetime.fromisoformat(erased_at)
    ids: dict[str, list[str]] = {}
    for table, row_id in rows:
        ids.setdefault(table, []).append(row_id)
    found = []
    for b in backup_files(db, locale):
        if b.made_at >= moment:
            continue  # made after the rows left the file
        b.unread = _unread_or_holding(b.path, ids)
        if b.unread != _HOLDS_NOT:
            found.append(b)
    return found


#: What :func:`_unread_or_holding` says of a backup that was read and holds none of the rows.
_HOLDS_NOT = "-"


def _unread_or_holding(path: Path, ids: dict[str, list[str]]) -> str:
    """ "" when the backup at ``path`` holds one of the rows, :data:`_HOLDS_NOT` when it holds
    none, else why it cannot be read."""
    import tempfile

    from petdesk.services import backups

    by_name_ = by_name()
    try:
        with (
            tempfile.TemporaryDirectory(prefix="petdesk-erasure-") as work,
            backups.unpacked(path, Path(work)) as tmp,
        ):
            conn = connection.connect(tmp, readonly=True)
            try:
                tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
                for table, row_ids in ids.items():
                    if table not in by_name_ or table not in tables:
                        continue  # a table this petdesk or that backup does not have
                    for start in range(0, len(row_ids), 500):
                        part = row_ids[start : start + 500]
                        marks = ", ".join("?" * len(part))
                        if conn.execute(
                            f"SELECT 1 FROM {table} WHERE id IN ({marks}) LIMIT 1", part
                        ).fetchone():
                            return ""
            finally:
                conn.close()
    except backups.BackupError as exc:
        return str(exc)
    except connection.FAILURES_OR_OS as exc:
        return str(exc)
    return _HOLDS_NOT


def backups_holding(db: Database, ident: str, locale: str = "en") -> list[BackupFile]:
    """Backups that still hold an erased person (or may: they cannot be read)."""
    _ = translator(locale)
    conn = db.raw()
    try:
        _found, person = first_found(
            ident,
            lambda form: [
                row_id
                for (row_id,) in conn.execute(
                    "SELECT row_id FROM sync_erasure "
                    "WHERE entity = 'contact' AND row_id >= ? AND row_id < ? LIMIT 2",
                    (form, form + "\uffff"),
                )
            ],
        )
        if len(person) != 1:
            raise PrivacyError(
                _("no erased contact with id {id}").format(id=ident)
                if not person
                else _("several contacts have ids starting with {id}; give more characters").format(id=ident)
            )
        markers = conn.execute(
            "SELECT entity, row_id, erased_at FROM sync_erasure "
            "WHERE person_id = ? OR (entity = 'contact' AND row_id = ?)",
            (person[0], person[0]),
        ).fetchall()
    finally:
        conn.close()
    # The latest time the rows left this file (a re-applied erasure after a restore is later).
    latest = max(wire_time(m[2]) for m in markers)
    return backups_with(db, [(m[0], m[1]) for m in markers], latest, locale)
