"""One organisation on paper: the partner overview of its pane, as a bilingual PDF.

Its facts, the people working there, the recent activity log, the open follow-ups (read only),
visits, projects and the technologies matched with it. Laid out with the dossiers' blocks and page
chrome (:mod:`petdesk.dossier.layout`), every font embedded; core code (no Qt): the organisation
pane's "Print/Export Partner Overview…" writes it (field test 50, defect 7: the pane could not be
printed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from petdesk import city_names
from petdesk import models as m
from petdesk.chinese_names import has_cjk
from petdesk.db import Database
from petdesk.dossier.data import office_name
from petdesk.dossier.labels import Bi, enum_label, label
from petdesk.dossier.layout import (
    BiTable,
    Chrome,
    Col,
    DossierOptions,
    Heading,
    Row,
    Section,
    bi_date,
    now_local,
    render,
)
from petdesk.enums import stored
from petdesk.labels import country_name
from petdesk.models.enums import FollowUpStatus, OrgKind, ProjectStatus
from petdesk.services import newer_values

#: How many of the latest activities the overview prints (the pane's log, on one page or two).
RECENT_ACTIVITIES = 30


@dataclass(frozen=True)
class PartnerOverviewData:
    """What the document prints, read in one short session (plain values, no ORM objects)."""

    office: Bi
    name: Bi
    facts: tuple[tuple[str, Bi | str], ...]
    people: tuple[tuple[Bi, Bi, dt.date | None], ...]
    activities: tuple[tuple[dt.datetime, Bi, str, str, str], ...]
    follow_ups: tuple[tuple[dt.date | None, Bi], ...]
    visits: tuple[tuple[Bi, dt.date, dt.date], ...]
    projects: tuple[tuple[Bi, Bi, str], ...]
    technologies: tuple[tuple[Bi, Bi, Bi], ...]


def _bi(en: str, zh: str) -> Bi:
    return Bi(en or zh, zh or en)


def gather_partner(session: Session, organisation_id: str) -> PartnerOverviewData:
    from petdesk.services import activities, org_pipeline
    from petdesk.services import organisations as org_service

    detail = org_service.organisation_detail(session, organisation_id)
    org = detail.organisation
    pipeline = org_pipeline.organisation_pipeline(session, organisation_id)
    follow_ups = session.scalars(
        select(m.FollowUp)
        .where(
            m.FollowUp.organisation_id == organisation_id,
            m.FollowUp.deleted_at.is_(None),
            newer_values.is_or_unknown(m.FollowUp.status, FollowUpStatus.OPEN),
        )
        .order_by(m.FollowUp.due_date.is_(None), m.FollowUp.due_date)
    )
    logged = activities.find_activities(
        session, activities.ActivityFilter(organisation_id=organisation_id), limit=RECENT_ACTIVITIES
    )
    # CLDR names the codes petdesk has no name of its own for ("HK" printed as it was: field test 56)
    country = Bi(country_name(org.country, "en"), country_name(org.country, "zh_CN")) if org.country else Bi()
    facts: tuple[tuple[str, Bi | str], ...] = (
        ("Kind", enum_label(stored(OrgKind, org.kind)) if org.kind else Bi()),
        ("City", _bi(*city_names.on_both_sides(org.city_en, org.city_zh))),
        ("Country", country),
        ("Address", _bi(org.address_en, org.address_zh)),
        ("Postal code", org.postal_code or ""),
        ("Website", org.website or ""),
    )
    return PartnerOverviewData(
        office=office_name(session),
        name=_bi(org.name_en, org.name_zh),
        facts=facts,
        people=tuple(
            (_bi(p.name_en, p.name_zh), _bi(p.position_en, p.position_zh), p.start_date)
            for p in detail.current_people
        ),
        activities=tuple((a.occurred_at, enum_label(a.kind), a.subject, a.body, a.author) for a in logged),
        follow_ups=tuple((f.due_date, _bi(f.description_en, f.description_zh)) for f in follow_ups),
        visits=tuple((_bi(v.title_en, v.title_zh), v.start_date, v.end_date) for v in detail.visits),
        projects=tuple(
            (_bi(p.title_en, p.title_zh), enum_label(stored(ProjectStatus, p.stage)), p.role)
            for p in pipeline.projects
        ),
        technologies=tuple(
            (_bi(x.technology_en, x.technology_zh), _bi(x.need_en, x.need_zh), enum_label(x.state))
            for x in pipeline.matches
        ),
    )


def _when(value: dt.datetime) -> Bi:
    from petdesk.i18n import format_datetime

    local = value.astimezone()
    return Bi(format_datetime(local, "en", "short"), format_datetime(local, "zh_CN", "short"))


def _subject(subject: str, body: str, author: str) -> Bi:
    """The subject, the notes under it, and who logged it: as typed, in both halves; in the English
    half, text typed in Chinese only says so below it (review of round 56: the English column read
    as if it had been left untranslated by mistake)."""
    said = "\n".join(p for p in (subject, body) if p)
    by = label("Logged by")
    chinese_only = has_cjk(said) and not any("a" <= c.lower() <= "z" for c in said)
    note = f"\n{label('(written in Chinese only)').en}" if chinese_only else ""
    return Bi(
        said + note + (f"\n{by.en}: {author}" if author else ""),
        said + (f"\n{by.zh}：{author}" if author else ""),
    )


def partner_sections(data: PartnerOverviewData, printed: dt.datetime) -> list[Section]:
    facts = [Row([label(what), value]) for what, value in data.facts if value]
    facts.append(Row([label("Date"), bi_date(printed.date())]))
    blocks = [
        Heading(data.name),
        BiTable([Col(label("Item"), 1), Col(label("Details"), 2.6)], facts),
        Heading(label("People"), "cellb"),
        BiTable(
            # each half its own date column: a shared one sat on the Chinese side (review of round 56)
            [Col(label("Name"), 1.6), Col(label("Position"), 2), Col(label("In post since"), 1)],
            [Row([name, position, bi_date(since)]) for name, position, since in data.people],
            empty=label("Nobody works here at present."),
        ),
    ]
    # a part of its own with a large title, as "Recent activities" and "Visits" (it had a small one)
    follow_ups = BiTable(
        [Col(label("Due"), 1, shared=True), Col(label("Follow-up"), 3)],
        [Row([bi_date(due), what]) for due, what in data.follow_ups],
        empty=label("No open follow-ups."),
    )
    log = BiTable(
        [Col(label("When"), 1.2, shared=True), Col(label("Kind"), 0.8), Col(label("Subject"), 3.2)],
        [Row([_when(when), kind, _subject(s, b, a)]) for when, kind, s, b, a in data.activities],
        empty=label("Nothing logged yet."),
    )
    visits = BiTable(
        [Col(label("Visit"), 3), Col(label("Dates"), 1.4, shared=True)],
        [
            Row([title, Bi(*(_span(start, end, lang) for lang in ("en", "zh")))])
            for title, start, end in data.visits
        ],
        empty=label("No visits."),
    )
    projects = BiTable(
        [Col(label("Project"), 3), Col(label("Stage"), 1.2), Col(label("Role"), 1)],
        [Row([title, stage, role]) for title, stage, role in data.projects],
        empty=label("No projects."),
    )
    technologies = BiTable(
        [Col(label("Technology"), 2), Col(label("City need"), 2), Col(label("State"), 1)],
        [Row([tech, need, state]) for tech, need, state in data.technologies],
        empty=label("No matched technologies."),
    )
    return [
        Section("partner", label("Partner overview"), blocks),
        Section("follow_ups", label("Open follow-ups"), [follow_ups], new_page=False),
        Section("activities", label("Recent activities"), [log], new_page=False),
        Section("visits", label("Visits"), [visits], new_page=False),
        Section("projects", label("Projects"), [projects], new_page=False),
        Section("technologies", label("Matched technologies"), [technologies], new_page=False),
    ]


def _span(start: dt.date, end: dt.date, lang: str) -> str:
    a, b = bi_date(start).get(lang), bi_date(end).get(lang)
    return a if start == end else f"{a} – {b}"


def overview_options(locale: str | None) -> DossierOptions:
    """How the overview is printed, by the window's button and by ``petdesk report partner`` alike: the
    reader's language first, no contents page, marked restricted (it names people)."""
    from petdesk.language import reader_first

    return DossierOptions(contents=False, first_lang=reader_first(locale))


def render_partner(data: PartnerOverviewData, out: Path | str, options: DossierOptions | None = None) -> Path:
    options = options or DossierOptions(contents=False)  # names of people: restricted by default
    printed = options.generated_at or now_local()
    chrome = Chrome(
        office=data.office,
        title=data.name,
        generated=printed,
        kind=label("Partner overview"),
        restricted=options.restricted,
        version=options.version,
        keywords=("partner", "合作伙伴", data.name.en, data.name.zh),
    )
    return render(partner_sections(data, printed), out, options, chrome)


def build_partner_overview(
    db: Database, organisation_id: str, out: Path | str, options: DossierOptions | None = None
) -> Path:
    """Read the organisation ``organisation_id`` from ``db`` and write its overview to ``out``."""
    with db.reading() as session:
        data = gather_partner(session, organisation_id)
    return render_partner(data, out, options)
