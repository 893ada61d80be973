"""Export and import of the 3iPET JSON file.

Import is all or nothing and idempotent: the file is parsed, validated against the schema, its
references are checked (a technology's provider must be an organisation of the file or of the
database ...), and only then are records added or updated by their stable id. A record whose
values are already those of the file is left untouched, so importing the same file twice changes
nothing the second time.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import __version__, city_names, outfile
from petdesk import models as m
from petdesk.enums import stored
from petdesk.exchange import FORMAT, KINDS, VERSION, ExchangeError, schema
from petdesk.ids import forms, stored_form, uuid_text
from petdesk.models.enums import MatchState, NeedStatus, OrgKind
from petdesk.quoting import quoted
from petdesk.services import office as office_service
from petdesk.sync.tracking import changes_attributed_to

if TYPE_CHECKING:
    from petdesk.db import Database


def _text(en: str | None, zh: str | None) -> dict[str, str]:
    return {"en": en or "", "zh": zh or ""}


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _org(o: m.Organisation) -> dict[str, Any]:
    return {
        "id": o.id,
        "name": _text(o.name_en, o.name_zh),
        "short_name": _text(o.short_name_en, o.short_name_zh),
        "kind": stored(OrgKind, o.kind).value,
        "country": o.country or "",
        "city": _text(*city_names.in_both_languages(o.city_en, o.city_zh)),  # as shown (field test 57)
        "website": o.website or "",
        "is_member_city": bool(o.is_member_city),
        "technology_areas": list(o.technology_areas),
        # Organisations are public bodies and companies: their names may be shared under CC0.
        "licence": "CC0-1.0",
        "consent": True,
    }


def _tech(t: m.Technology, refs: Sequence[m.TechnologyReference]) -> dict[str, Any]:
    return {
        "id": t.id,
        "name": _text(t.name_en, t.name_zh),
        "provider_id": t.provider_organisation_id,
        "sector": t.sector,
        "description": _text(t.description_en, t.description_zh),
        "key_figures": _text(t.key_figures_en, t.key_figures_zh),
        "trl": t.trl,
        "certifications": list(t.certifications),
        "tags": list(t.tags),
        "references": [
            {
                "place": _text(r.place_en, r.place_zh),
                "country": r.country or "",
                "year": r.year,
                "scale": r.scale,
            }
            for r in sorted(refs, key=lambda r: (r.year or 0, r.place_en, r.place_zh))
        ],
        "licence": t.licence,
        "consent": bool(t.share_consent),
    }


def _need(n: m.CityNeed) -> dict[str, Any]:
    return {
        "id": n.id,
        "city_id": n.city_organisation_id,
        "title": _text(n.title_en, n.title_zh),
        "sector": n.sector,
        "problem": _text(n.problem_en, n.problem_zh),
        "scale": n.scale,
        "budget": {"min": n.budget_min, "max": n.budget_max, "currency": n.currency or "CNY"},
        "deadline": _date(n.deadline),
        "status": stored(NeedStatus, n.status).value,
        "tags": list(n.tags),
        "licence": n.licence,
        "consent": bool(n.share_consent),
    }


def _match(x: m.TechMatch) -> dict[str, Any]:
    return {
        "id": x.id,
        "need_id": x.need_id,
        "technology_id": x.technology_id,
        "state": stored(MatchState, x.state).value,
        "score": float(x.score or 0.0),
        "explanation": x.explanation,
        "state_changed_on": _date(x.state_changed_on),
        # the staff's own words on why it fits (version 1.1): kept exactly, in whichever language
        "notes": x.notes or "",
    }


#: The records of each kind, and the fields of them that name a record of another kind.
_MODEL_OF_KIND: dict[str, Any] = {
    "organisations": m.Organisation,
    "technologies": m.Technology,
    "needs": m.CityNeed,
    "matches": m.TechMatch,
    "contacts": m.Contact,
}
_REFERENCES: dict[str, Any] = {
    "provider_id": m.Organisation,
    "city_id": m.Organisation,
    "organisation_id": m.Organisation,
    "need_id": m.CityNeed,
    "technology_id": m.Technology,
}


def _ids_as_uuids(doc: dict[str, Any]) -> None:
    """The file's ids in the canonical UUID form the schema asks for (rows made since ids became
    compact hold 22 characters: see :mod:`petdesk.ids`)."""
    doc["source"]["office_id"] = uuid_text(doc["source"]["office_id"])
    for kind in _MODEL_OF_KIND:
        for record in doc.get(kind, []):
            for name in ("id", *_REFERENCES):
                if record.get(name):
                    record[name] = uuid_text(record[name])


def local_id(session: Session, model: Any, text: str, cache: dict[str, str] | None = None) -> str:
    """The id a record that a file names by ``text`` has here: the form of it a row of ``model``
    holds (canonical or compact), else the form the record was made in, which a new row gets
    (:func:`petdesk.ids.stored_form`: the form sync will know it by)."""
    if cache is not None and text in cache:
        return cache[text]
    found = next((form for form in forms(text) if session.get(model, form) is not None), None)
    if found is None:
        found = stored_form(text) or text
    if cache is not None:
        cache[text] = found
    return found


def _with_local_ids(session: Session, doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``doc`` with each id as this database holds or will hold it (see :func:`local_id`)."""
    caches: dict[Any, dict[str, str]] = {}

    def local(model: Any, text: Any) -> Any:
        if not isinstance(text, str) or not text:
            return text
        return local_id(session, model, text, caches.setdefault(model, {}))

    out = dict(doc)
    for kind, model in _MODEL_OF_KIND.items():
        if kind not in doc:
            continue
        records = []
        for record in doc[kind]:
            record = dict(record, id=local(model, record.get("id")))
            for name, target in _REFERENCES.items():
                if name in record:
                    record[name] = local(target, record[name])
            records.append(record)
        out[kind] = records
    return out


def _live(session: Session, model: Any) -> list[Any]:
    return list(session.scalars(select(model).where(model.deleted_at.is_(None)).order_by(model.id)))


def build(
    session: Session,
    *,
    what: Iterable[str] = KINDS,
    consented_only: bool = False,
    with_contacts: bool = False,
) -> dict[str, Any]:
    """The exchange document for the live records of the kinds in ``what``.

    Organisations that technologies or needs refer to are always included, so the file stands on
    its own. Contact persons are left out unless ``with_contacts``."""
    kinds = set(what)
    unknown = kinds - set(KINDS)
    if unknown:
        raise ExchangeError(f"unknown kind {quoted(sorted(unknown)[0])}; choose from {', '.join(KINDS)}")
    office = office_service.get_self(session)
    doc: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "source": {
            "office": office.name or "petdesk",
            "office_zh": office.name_zh or "",
            "office_id": office.id,
            "software": f"petdesk {__version__}",
        },
        "includes_contacts": with_contacts,
    }
    techs = _live(session, m.Technology) if kinds & {"technologies", "matches"} else []
    needs = _live(session, m.CityNeed) if kinds & {"needs", "matches"} else []
    if consented_only:
        techs = [t for t in techs if t.share_consent]
        needs = [n for n in needs if n.share_consent]
    matches = []
    if "matches" in kinds:
        tech_ids, need_ids = {t.id for t in techs}, {n.id for n in needs}
        matches = [
            x for x in _live(session, m.TechMatch) if x.technology_id in tech_ids and x.need_id in need_ids
        ]
    if "technologies" in kinds or "matches" in kinds:
        refs: dict[str, list[m.TechnologyReference]] = {}
        for r in _live(session, m.TechnologyReference):
            refs.setdefault(r.technology_id, []).append(r)
        doc["technologies"] = [_tech(t, refs.get(t.id, [])) for t in techs]
    if "needs" in kinds or "matches" in kinds:
        doc["needs"] = [_need(n) for n in needs]
    if "matches" in kinds:
        doc["matches"] = [_match(x) for x in matches]
    referred = {t.provider_organisation_id for t in techs} | {n.city_organisation_id for n in needs}
    orgs = [o for o in _live(session, m.Organisation) if "organisations" in kinds or o.id in referred]
    doc["organisations"] = [_org(o) for o in orgs]
    if with_contacts:
        doc["contacts"] = _contacts(session, {o.id for o in orgs})
    _ids_as_uuids(doc)
    return doc


def _contacts(session: Session, org_ids: set[str]) -> list[dict[str, Any]]:
    from petdesk.services import names

    out = []
    rows = session.execute(
        select(m.Contact, m.Affiliation)
        .join(m.Affiliation, m.Affiliation.contact_id == m.Contact.id)
        .where(
            m.Contact.deleted_at.is_(None),
            # asked not to be contacted (field test 96): not handed to the platform either
            m.Contact.do_not_contact.is_(False),
            m.Affiliation.deleted_at.is_(None),
            m.Affiliation.end_date.is_(None),
        )
        .order_by(m.Contact.id)
    ).all()
    seen: set[str] = set()
    for c, a in rows:
        if a.organisation_id not in org_ids or c.id in seen:
            continue
        seen.add(c.id)
        email = session.scalar(
            select(m.ContactMethod.value)
            .where(
                m.ContactMethod.contact_id == c.id,
                m.ContactMethod.channel == "email",
                m.ContactMethod.deleted_at.is_(None),
            )
            .order_by(m.ContactMethod.position)
        )
        out.append(
            {
                "id": c.id,
                "name": _text(
                    names.latin_name(c.family_name, c.given_name, c.name_order),
                    names.chinese_name(c.family_name_zh, c.given_name_zh),
                ),
                "organisation_id": a.organisation_id,
                "position": _text(a.position_en, a.position_zh),
                "email": email or "",
            }
        )
    return out


def write(doc: dict[str, Any], path: Path) -> None:
    outfile.write_bytes(path, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))


def log_contacts(db: Database, doc: dict[str, Any], path: Path) -> None:
    """A document with contact persons, written to ``path`` (the JSON file, the workbook or the
    flat export's contacts CSV), carried their names and e-mail addresses out of the office: a line
    of the export log (field test 84) naming them."""
    people = [stored_form(c["id"]) or c["id"] for c in doc.get("contacts", [])]  # the file's UUIDs
    if people:
        from petdesk.services import export_log

        export_log.record_through(db, "exchange", path, len(people), people)


# --- import ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordChange:
    """A record the file changes here, with each field's old and new value (the dry run says what
    an update would do: field test 26, §10)."""

    #: The record's table ("technology", "city_need" …) and id.
    entity: str
    row_id: str
    name_en: str
    name_zh: str
    #: (field, old value, new value) of each changed field.
    fields: tuple[tuple[str, Any, Any], ...]

    def name(self, lang: str) -> str:
        """The record's name in ``lang``, else in the other language, else its short id."""
        first, second = (
            (self.name_zh, self.name_en) if lang.startswith("zh") else (self.name_en, self.name_zh)
        )
        return first or second or self.row_id[:8]


@dataclass
class ImportReport:
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    dry_run: bool = False
    #: The records updated, in the file's order, with what changes in each.
    changes: list[RecordChange] = field(default_factory=list)

    def count(self, bucket: dict[str, int], kind: str) -> None:
        bucket[kind] = bucket.get(kind, 0) + 1

    def total_changes(self) -> int:
        return sum(self.added.values()) + sum(self.updated.values())


@dataclass(frozen=True)
class Loaded:
    """A file read and checked: the document, and the fields of a newer minor version's file that
    this petdesk does not know and so did not read (see :mod:`petdesk.exchange.versions`)."""

    doc: dict[str, Any]
    version: str = VERSION
    ignored: tuple[str, ...] = ()


def read(path: Path) -> dict[str, Any]:
    """Parse and validate the file; any problem raises :class:`ExchangeError` with one sentence."""
    return load(path).doc


def load(path: Path) -> Loaded:
    """:func:`read`, telling also which fields of a newer minor version's file were left unread."""
    import jsonschema

    from petdesk.exchange import read_errors, versions

    if path.suffix.lower() in (".csv", ".xlsx", ".tsv", ".txt"):
        # the flat variant petdesk itself writes: "not valid JSON (line 1: Expecting value)" told a
        # user nothing of where it does go (field coop60)
        raise ExchangeError(
            f"{path.name} is a sheet, not a 3iPET exchange JSON file: "
            "read its technologies and needs with petdesk import-technologies and import-needs"
        )
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExchangeError(read_errors.unreadable(str(path), exc)) from None
    try:
        doc = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise ExchangeError(f"{path.name} is not UTF-8 text, so it is not a 3iPET exchange file") from None
    except json.JSONDecodeError as exc:
        # json's own words ("Expecting ',' delimiter") are English in any window: the place is enough
        raise ExchangeError(
            read_errors.NOT_JSON.format(file=path.name, line=exc.lineno, column=exc.colno)
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ExchangeError(read_errors.NOT_EXCHANGE.format(file=path.name))
    if isinstance(doc.get("version"), str):
        major = doc["version"].split(".")[0]
        if major != VERSION.split(".")[0]:
            raise ExchangeError(
                f"{path.name} is a 3iPET exchange file of version {doc['version']}; "
                "this petdesk reads version 1.x"
            )
    ignored: list[str] = []
    version = doc.get("version") if isinstance(doc, dict) else None
    if isinstance(version, str) and versions.is_newer_minor(version):
        # a later minor version only adds fields: read what this petdesk knows, name the rest
        doc, ignored = versions.without_unknown_fields(doc, schema())
    validator = jsonschema.Draft202012Validator(schema())
    error = jsonschema.exceptions.best_match(validator.iter_errors(doc))
    if error is not None:
        # the record by its kind, id and name: a person who edited the file by hand finds it by
        # them, not by counting from 0
        raise ExchangeError(read_errors.schema_sentence(path.name, doc, error))
    _check_references(doc, path.name)
    return Loaded(dict(doc), doc["version"], tuple(ignored))


def _check_references(doc: dict[str, Any], name: str) -> None:
    from petdesk.exchange import read_errors

    for kind in (*KINDS, "contacts"):
        ids = [r["id"] for r in doc.get(kind, [])]
        if len(ids) != len(set(ids)):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise ExchangeError(
                read_errors.TWICE.format(file=name, what=read_errors.KIND_WORDS[kind], id=dup)
            )
    for n in doc.get("needs", []):
        b = n.get("budget") or {}
        if b.get("min") is not None and b.get("max") is not None and b["min"] > b["max"]:
            raise ExchangeError(
                f"{name}: the need {n['id']} has a budget whose lower end is above its upper end"
            )


def _missing_reference(
    session: Session, doc: dict[str, Any], file: str, as_written: dict[str, Any]
) -> str | None:
    """A sentence about the first record whose reference points nowhere (the file, the record and
    what it names, by the ids ``as_written`` in the file: ``doc`` holds them as this database
    does, its records in the same order), or None."""
    from petdesk.exchange import read_errors

    org_ids = {o["id"] for o in doc.get("organisations", [])}
    in_file = {
        "organisations": org_ids,
        "technologies": {t["id"] for t in doc.get("technologies", [])},
        "needs": {n["id"] for n in doc.get("needs", [])},
    }
    models: dict[str, Any] = {
        "organisations": m.Organisation,
        "technologies": m.Technology,
        "needs": m.CityNeed,
    }
    #: (kind of the referring record, its field, kind referred to, the role in the sentence)
    checks = (
        ("technologies", "provider_id", "organisations", "provider"),
        ("needs", "city_id", "organisations", "city"),
        ("contacts", "organisation_id", "organisations", "organisation"),
        ("matches", "need_id", "needs", "needs"),
        ("matches", "technology_id", "technologies", "technologies"),
    )
    for kind, key, target, role in checks:
        records = [
            (n, r) for n, r in enumerate(doc.get(kind, [])) if r.get(key) and r[key] not in in_file[target]
        ]
        wanted = {r[key] for _n, r in records}
        if not wanted:
            continue
        model = models[target]
        found = set(session.scalars(select(model.id).where(model.id.in_(wanted), model.deleted_at.is_(None))))
        for n, record in records:
            if record[key] not in found:
                written = as_written[kind][n]
                return read_errors.missing_sentence(file, kind, written, written[key], role)
    return None


def _upsert(
    session: Session, model: Any, row_id: str, values: dict[str, Any], kind: str, report: ImportReport
) -> Any:
    obj = session.get(model, row_id)
    if obj is None:
        obj = model(id=row_id, **values)
        session.add(obj)
        report.count(report.added, kind)
        return obj
    changed = {k: v for k, v in values.items() if getattr(obj, k) != v}
    if obj.deleted_at is not None:
        obj.deleted_at = None
        changed["deleted_at"] = None
    if changed:
        fields = tuple((k, getattr(obj, k), v) for k, v in changed.items())
        report.changes.append(_change(obj, fields))
    for k, v in changed.items():
        setattr(obj, k, v)
    report.count(report.updated if changed else report.unchanged, kind)
    return obj


def _change(obj: Any, fields: tuple[tuple[str, Any, Any], ...]) -> RecordChange:
    en = getattr(obj, "name_en", None) or getattr(obj, "title_en", None) or ""
    zh = getattr(obj, "name_zh", None) or getattr(obj, "title_zh", None) or ""
    return RecordChange(obj.__tablename__, obj.id, en, zh, fields)


def _references_changed(session: Session, report: ImportReport, tech_id: str) -> None:
    """Add "references" to what changes in the technology (their list changed as a whole)."""
    last = report.changes[-1] if report.changes else None
    if last is not None and last.row_id == tech_id:
        report.changes[-1] = replace(last, fields=(*last.fields, ("references", None, None)))
    else:
        report.changes.append(_change(session.get(m.Technology, tech_id), (("references", None, None),)))


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def apply(
    session: Session,
    doc: dict[str, Any],
    *,
    source: str = "3iPET",
    dry_run: bool = False,
    file: str = "the file",
) -> ImportReport:
    """Add or update the file's records in ``session`` (which the caller commits or rolls back);
    ``file``, the file's name, is what a refusal names.

    The history of what the file changes names the office that wrote the file, as the history of a
    sync package does, not this office's staff member (field test 26, §10)."""
    as_written, doc = doc, _with_local_ids(session, doc)
    problem = _missing_reference(session, doc, file, as_written)
    if problem:
        raise ExchangeError(problem)
    hub = _source_words(session, doc["source"])
    if hub is None:  # a file this office wrote: its own changes
        return _apply(session, doc, source=source, dry_run=dry_run)
    here = office_service.get_self(session).id
    with changes_attributed_to(session, here, f"{EXCHANGE_STAFF} · {hub}"):
        return _apply(session, doc, source=source, dry_run=dry_run)


#: What the history's staff column says of a change that came in a 3iPET exchange file.
EXCHANGE_STAFF = "3iPET"


def _source_words(session: Session, source: dict[str, Any]) -> str | None:
    """The hub that wrote the file, in the names the file gives it ("Shanghai Hub (上海枢纽)"), for
    the history's staff column; None for this office's own file. The change is this office's (it was
    imported here and travels from here), so no office row is made for a hub known only by its file:
    it would show as a sync partner that never acknowledges anything."""
    office_id = local_id(session, m.Office, source["office_id"])
    office = session.get(m.Office, office_id)
    if (office is not None and office.is_self) or office_id == office_service.get_self(session).id:
        return None
    en, zh = source.get("office") or "", source.get("office_zh") or ""
    if office is not None:
        en, zh = en or office.name, zh or office.name_zh
    if en and zh and en != zh:
        return f"{en} ({zh})"
    return en or zh or office_id[:8]


def _apply(session: Session, doc: dict[str, Any], *, source: str, dry_run: bool) -> ImportReport:
    report = ImportReport(dry_run=dry_run)
    for o in doc.get("organisations", []):
        values = {
            "name_en": o["name"]["en"],
            "name_zh": o["name"]["zh"],
            "short_name_en": o.get("short_name", {}).get("en", ""),
            "short_name_zh": o.get("short_name", {}).get("zh", ""),
            "kind": OrgKind(o["kind"]),
            "country": o["country"],
            "city_en": o.get("city", {}).get("en", ""),
            "city_zh": o.get("city", {}).get("zh", ""),
            "website": o.get("website", ""),
            "is_member_city": bool(o.get("is_member_city", False)),
            "technology_areas": list(o.get("technology_areas", [])),
        }
        if session.get(m.Organisation, o["id"]) is None:
            values["source"] = source
        _upsert(session, m.Organisation, o["id"], values, "organisations", report)
    session.flush()
    for t in doc.get("technologies", []):
        values = {
            "name_en": t["name"]["en"],
            "name_zh": t["name"]["zh"],
            "provider_organisation_id": t.get("provider_id"),
            "sector": t["sector"],
            "description_en": t.get("description", {}).get("en", ""),
            "description_zh": t.get("description", {}).get("zh", ""),
            "key_figures_en": t.get("key_figures", {}).get("en", ""),
            "key_figures_zh": t.get("key_figures", {}).get("zh", ""),
            "trl": t.get("trl"),
            "certifications": list(t.get("certifications", [])),
            "tags": list(t.get("tags", [])),
            "licence": t["licence"],
            "share_consent": bool(t["consent"]),
        }
        is_new = session.get(m.Technology, t["id"]) is None
        if is_new:
            values["source"] = source
        unchanged_before = report.unchanged.get("technologies", 0)
        _upsert(session, m.Technology, t["id"], values, "technologies", report)
        session.flush()
        refs_changed = _sync_references(session, t["id"], t.get("references", []))
        if refs_changed and not is_new:
            _references_changed(session, report, t["id"])
        if refs_changed and report.unchanged.get("technologies", 0) > unchanged_before:
            # the record itself is as in the file but its reference installations changed
            report.unchanged["technologies"] -= 1
            report.count(report.updated, "technologies")
    for n in doc.get("needs", []):
        budget = n.get("budget") or {}
        values = {
            "city_organisation_id": n.get("city_id"),
            "title_en": n["title"]["en"],
            "title_zh": n["title"]["zh"],
            "sector": n["sector"],
            "problem_en": n.get("problem", {}).get("en", ""),
            "problem_zh": n.get("problem", {}).get("zh", ""),
            "scale": n.get("scale", ""),
            "budget_min": budget.get("min"),
            "budget_max": budget.get("max"),
            "currency": budget.get("currency", "CNY"),
            "deadline": _day(n.get("deadline")),
            "status": NeedStatus(n["status"]),
            "tags": list(n.get("tags", [])),
            "licence": n["licence"],
            "share_consent": bool(n["consent"]),
        }
        if session.get(m.CityNeed, n["id"]) is None:
            values["source"] = source
        _upsert(session, m.CityNeed, n["id"], values, "needs", report)
    session.flush()
    for x in doc.get("matches", []):
        values = {
            "need_id": x["need_id"],
            "technology_id": x["technology_id"],
            "state": MatchState(x["state"]),
            "score": float(x.get("score", 0.0)),
            "explanation": x.get("explanation", ""),
            "state_changed_on": _day(x.get("state_changed_on")),
        }
        if "notes" in x:  # a 1.0 file knows nothing of notes: it leaves this office's alone
            values["notes"] = x["notes"]
        _upsert(session, m.TechMatch, x["id"], values, "matches", report)
    session.flush()
    return report


def _sync_references(session: Session, tech_id: str, refs: list[dict[str, Any]]) -> bool:
    """Reference installations have no ids in the file: the file's list replaces the technology's
    list when they differ (compared as sets of values, so the same file changes nothing)."""

    def key(place_en: str, place_zh: str, country: str, year: int | None, scale: str) -> tuple:
        return (place_en or "", place_zh or "", country or "", year, scale or "")

    current = list(
        session.scalars(
            select(m.TechnologyReference).where(
                m.TechnologyReference.technology_id == tech_id, m.TechnologyReference.deleted_at.is_(None)
            )
        )
    )
    order = lambda k: (k[0], k[1], k[2], k[3] or 0, k[4])  # noqa: E731 - years may be missing
    have = sorted((key(r.place_en, r.place_zh, r.country, r.year, r.scale) for r in current), key=order)
    want = sorted(
        (
            key(r["place"]["en"], r["place"]["zh"], r["country"], r.get("year"), r.get("scale", ""))
            for r in refs
        ),
        key=order,
    )
    if have == want:
        return False
    for r in current:
        r.soft_delete()
    for place_en, place_zh, country, year, scale in want:
        session.add(
            m.TechnologyReference(
                technology_id=tech_id,
                place_en=place_en,
                place_zh=place_zh,
                country=country,
                year=year,
                scale=scale,
            )
        )
    return True
