"""Partner overview, print review of round 56: the English "Subject" column showed subjects typed in
Chinese only as if left untranslated; the shared "Since / 日期" column of the people sat on the
Chinese side; "Open follow-ups" had a small heading where the other parts have large ones."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier.layout import BiTable
from petdesk.dossier.partner_overview import build_partner_overview, gather_partner, partner_sections
from petdesk.services import activities
from petdesk.services import contacts as contact_service
from petdesk.services import organisations as org_service
from tests.core.dossier.pdfcheck import flat, pdftotext_pages

PRINTED = dt.datetime(2026, 12, 6, 9, tzinfo=dt.UTC)


def _org(db: Database) -> str:
    with db.transaction() as s:
        org = org_service.create_organisation(
            s, name_en="Hainan Ecology Department", name_zh="海南省生态环境厅"
        )
        person = contact_service.create_contact(s, family_name="Bai", given_name="Qianzi")
        contact_service.add_affiliation(
            s, person.id, org.id, position_en="Director-General", start_date=dt.date(2023, 6, 15)
        )
        for subject in ("气候适应技术对接会", "Call about the forum"):
            activities.add_activity(
                s, kind="call", subject=subject, organisation_id=org.id,
                occurred_at=dt.datetime(2026, 11, 1, 9, tzinfo=dt.UTC),
            )  # fmt: skip
        return org.id


def test_a_subject_in_chinese_only_says_so_in_the_english_half(db: Database, tmp_path: Path) -> None:
    out = build_partner_overview(db, _org(db), tmp_path / "p.pdf")
    text = flat("".join(pdftotext_pages(out)))
    assert flat("气候适应技术对接会 (written in Chinese only)") in text, text
    assert flat("Call about the forum (written in Chinese only)") not in text
    assert text.count(flat("(written in Chinese only)")) == 1  # the Chinese half prints it as it is


def test_each_half_has_its_people_dates_and_follow_ups_have_a_large_title(db: Database) -> None:
    with db.reading() as session:
        data = gather_partner(session, _org(db))
    sections = partner_sections(data, PRINTED)
    people = next(b for b in sections[0].blocks if isinstance(b, BiTable) and b.cols[0].header.en == "Name")
    assert not any(c.shared for c in people.cols)
    assert [c.header.get("zh") for c in people.cols][-1] == "任职起始"
    titles = [s.title.en for s in sections]
    assert titles[:3] == ["Partner overview", "Open follow-ups", "Recent activities"]
