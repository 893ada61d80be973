"""Korean breaks lines at spaces, like Latin words; Chinese and Japanese between characters (field
test 51: a Hangul organisation name was cut between any two syllables in a narrow column)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.dossier.pdfcheck import pdftotext_pages
from tests.core.dossier.test_text import lines_of

#: Busan Metropolitan City, Environmental Policy Office, Climate and Air Division, International Team.
ORG = "부산광역시 환경정책실 기후대기과 국제협력팀"
WORDS = ORG.split()


def test_a_korean_name_breaks_at_its_spaces_only() -> None:
    lines = [line.strip() for line in lines_of(ORG, 70)]
    assert lines == WORDS  # a word a line, none cut
    two_a_line = [f"{WORDS[0]} {WORDS[1]}", f"{WORDS[2]} {WORDS[3]}"]
    assert [line.strip() for line in lines_of(ORG, 130)] == two_a_line


def test_a_korean_word_wider_than_the_column_is_cut_only_then() -> None:
    lines = lines_of("부산광역시청환경정책실 팀", 40)
    assert "".join(line.strip() for line in lines) == "부산광역시청환경정책실팀"
    assert len(lines) >= 3 and lines[-1].strip() == "팀"


def test_chinese_and_japanese_still_break_between_characters() -> None:
    assert len(lines_of("四川省成都市生态环境局国际合作处", 70)) > 1
    assert all(len(line.strip()) <= 7 for line in lines_of("やまだたろうさとうさくら", 70))


def test_a_long_korean_organisation_in_a_narrow_pdf_column_keeps_its_words(
    db: Database, tmp_path: Path
) -> None:
    """The briefing's people table (organisation under the position) and its two-line heading."""
    meeting = f"{ORG}과 회의"
    with db.transaction() as s:
        busan = os_.create_organisation(s, name_en="Busan Metropolitan City", name_zh=ORG)
        kim = cs.create_contact(
            s,
            family_name_zh="김",
            given_name_zh="민준",
            honorific_zh="국장",
            organisation_id=busan.id,
            position_zh="국제협력팀장",
        )
        visit = vs.create_visit(
            s,
            title_en="Busan delegation to Hamburg",
            title_zh="釜山代表团访问汉堡",
            start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 9),
            timezone="Europe/Berlin",
        )
        vs.add_participant(s, visit.id, kim.id, ParticipantRole.HEAD)
        vs.add_item(
            s,
            visit.id,
            start=dt.datetime(2027, 3, 8, 9),
            end=dt.datetime(2027, 3, 8, 11),
            title_en="Meeting",
            title_zh=meeting,
            attendee_ids=[kim.id],
        )
        visit_id = visit.id
    out = tmp_path / "busan.pdf"
    build_visit_dossier(db, visit_id, out, DossierOptions(first_lang="zh"))
    printed = "\n".join(pdftotext_pages(out))
    written = {*WORDS, *meeting.split(), "김민준", "국장", "국제협력팀장"}
    assert set(re.findall("[\uac00-\ud7a3]+", printed)) <= written  # "기 / 후대기과" was printed before
