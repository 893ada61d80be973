"""Field test 73: Ms. Park, a Korean-Chinese bilingual officer at the Qingdao hub office, prepares the
visit of ten people from Seoul and Busan for a training on marine litter.

The Korean side's Excel list (번호, 성명(국문), 성명(영문), 한자, 소속, 직위, 성별 …) and a Samsung phone's
vCard 2.1 (``tests/data/import/korean/``, imitations, see SOURCES.md there) are imported into an office
that already knows three of them from a visit two years ago under other spellings ("Yi Minho" 李敏镐,
"Seojun Pak", "Choe Ji-u" 崔智友). She checks the duplicates, searches by any spelling, adds a Korean
interpreter, prints the Chinese-first dossier and the name cards, and exports the participants.

Defects found and fixed: every row of the list was skipped (성명(국문)/성명(영문)/성별 unknown) and
남/여 not read as genders; the 한자 column was dropped; the Samsung card for 최지우 was added a second
time beside 최지우 "CHOI Ji-woo" (RR "Choe Jiu" taken for another name); "LEE Min-ho" 이민호 and
"Yi Minho" 李敏镐 were never offered as duplicates (Hangul against Han counted as two names), nor
"Choe Ji-u" 崔智友 and 최지우, and 박서준 "PARK Seo-joon" / "Seojun Pak" sharing a phone were "different
names" (the row now updates him). Not fixed: given-name romanisations ("Seo-joon" / "Seojun") meet
only through the Hangul name's RR spelling. Since round 51 the 한자 column fills the Hanja field (0055); a
value not all Han characters (尹아름) stays in the notes, labelled, as the whole column did before.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, fonts
from petdesk.dossier.namecards import build_namecards
from petdesk.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import duplicates, exporting, importing, search
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

KOREAN = DATA_DIR / "korean"


def _find(db: Database, query: str) -> set[str]:
    with db.transaction() as s:
        return {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}


LIVE = m.Contact.deleted_at.is_(None)


def _by_hangul(db: Database, given: str) -> list[str]:
    with db.reading() as s:
        return list(s.scalars(select(m.Contact.id).where(m.Contact.given_name_zh == given, LIVE)))


def test_korean_delegation_for_the_marine_litter_training(db: Database, tmp_path: Path) -> None:
    # 0. known from a visit two years ago, under other spellings
    with db.transaction() as s:
        seoul = os_.create_organisation(s, name_en="Seoul Metropolitan Government", name_zh="首尔特别市政府")
        yi = cs.create_contact(
            s, family_name="Yi", given_name="Minho", family_name_zh="李", given_name_zh="敏镐",
            organisation_id=seoul.id, methods=[cs.Method(channel="email", value="yi.minho@seoul.example.kr")],
        ).id  # fmt: skip
        pak = cs.create_contact(
            s, family_name="Pak", given_name="Seojun", organisation_id=seoul.id,
            methods=[cs.Method(channel="phone", value="+82 10 3456 7890")],
        ).id  # fmt: skip
        choe = cs.create_contact(
            s, family_name="Choe", given_name="Ji-u", family_name_zh="崔", given_name_zh="智友"
        ).id
    # 1. the Korean side's list: ten people with Hangul and Latin names, genders, Hanja
    with db.transaction() as s:
        report = importing.import_file(s, KOREAN / "delegation_ko.xlsx")
    # 박서준 "PARK Seo-joon" has the phone of "Seojun Pak": the same person, his name now as written
    assert report.counts == {"added": 9, "updated": 1} and report.dropped == {"번호": 10}
    with db.reading() as s:
        lee = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == "민호")).one()
        names = (lee.family_name_zh, lee.family_name, lee.given_name, lee.gender)
        assert names == ("이", "LEE", "Min-ho", "m")
        assert lee.name_hanja == "李敏鎬" and lee.native_name_language == "ko"
        assert "한자" not in lee.notes  # the notes said "한자: 李敏鎬" before the field was filled
        yoon = s.scalars(select(m.Contact).where(m.Contact.given_name_zh == "아름")).one()
        assert (yoon.name_hanja, "한자: 尹아름" in yoon.notes) == ("", True)
        assert s.get(m.Contact, pak).name_hanja == "朴敍俊"  # the person the list updates
        lee_id = lee.id
    # 2. the Samsung card updates the two it shares an e-mail with, and adds nobody
    with db.transaction() as s:
        card = importing.import_file(s, KOREAN / "samsung_v21.vcf")
    assert card.counts == {"updated": 2}, [(o.name, o.action, o.reason) for o in card.outcomes]
    assert len(_by_hangul(db, "지우")) == len(_by_hangul(db, "서준")) == 1
    choi, park = _by_hangul(db, "지우")[0], _by_hangul(db, "서준")[0]
    # 3. the people known before are offered as duplicates, whatever the spelling or script
    with db.reading() as s:
        pairs = {frozenset(p.key) for p in duplicates.find_contact_duplicates(s, min_score=0.3)}
    assert park == pak
    for pair in ((yi, lee_id), (choe, choi)):
        assert frozenset(pair) in pairs, pair
    # 4. search by any spelling
    for query, wanted in (
        ("Rhee Min Ho", lee_id), ("yi minho", lee_id), ("yi minho", yi), ("이민호", lee_id),
        ("李敏镐", yi), ("park seojoon", park), ("박서준", park), ("choi", choi), ("namgung", None),
        ("namkoong min", None),
    ):  # fmt: skip
        found = _find(db, query)
        assert (wanted in found) if wanted else found, query
    # 5. the visit, with a Korean interpreter from the list
    with db.transaction() as s:
        v = vs.create_visit(
            s, title_en="Korean delegation: marine litter training", title_zh="韩国代表团：海洋垃圾培训",
            start_date=dt.date(2027, 4, 12), end_date=dt.date(2027, 4, 14), timezone="Asia/Shanghai",
        )  # fmt: skip
        new = s.scalars(select(m.Contact.id).where(m.Contact.source != "manual", LIVE))
        delegates = list(dict.fromkeys([pak, *new]))
        interpreter = _by_hangul(db, "지수")[0]
        for cid in sorted(delegates, key=lambda c: c != lee_id):
            role = ParticipantRole.HEAD if cid == lee_id else ParticipantRole.DELEGATE
            vs.add_participant(s, v.id, cid, ParticipantRole.INTERPRETER if cid == interpreter else role)
        visit = v.id
    assert len(delegates) == 10
    # 6. the Chinese-first dossier and the name cards: Hangul embedded, nothing printed as a code
    with fonts.collect_warnings() as warnings:
        pdfs = [
            build_visit_dossier(db, visit, tmp_path / "dossier.pdf", DossierOptions(first_lang="zh_CN")),
            build_namecards(db, visit, tmp_path / "cards.pdf"),
        ]
    assert warnings == []
    for pdf in pdfs:
        assert all(r.embedded and r.unicode for r in pdffonts(pdf)), pdf.name
        text = flat("".join(pdftotext_pages(pdf)))
        assert "[U+" not in text
        for name in ("이민호", "LEEMin-ho", "남궁민", "선우재현", "최지우"):
            assert name in text, (pdf.name, name)
    # 7. the participants exported to Excel keep both names
    with db.transaction() as s:
        assert exporting.export_contacts(s, tmp_path / "out.xlsx", "xlsx", ids=delegates) == 10
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    cells = " ".join(str(c.value) for ws in book for r in ws.iter_rows() for c in r)
    for word in ("이", "민호", "LEE", "Min-ho", "남궁", "선우", "李敏鎬"):
        assert word in cells, word
