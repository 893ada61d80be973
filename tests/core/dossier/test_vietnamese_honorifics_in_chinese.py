"""Round 54's note: in a bilingual dossier of the Da Nang delegation (field test 93) the Chinese column
printed the Vietnamese honorific as written, before the name ("Ông Trần Văn Đức", "Bà Nguyễn Thị Minh
Khai"); it carries the Chinese one after the name, as for other foreign names ("Björn Schäfer 博士")."""

from __future__ import annotations

import datetime as dt
import html
import re
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier
from petdesk.dossier.labels import Bi
from petdesk.dossier.namecards import build_namecards
from petdesk.models.enums import NameOrder, ParticipantRole
from petdesk.services import importing
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.dossier.pdfcheck import _poppler, flat, pdftotext_pages
from tests.core.dossier.test_latin_names_in_chinese import person, plain


@pytest.mark.parametrize(
    ("written", "chinese", "english"),
    [
        ("Ông", "Trần Văn Đức 先生", "Mr."),
        ("Bà", "Trần Văn Đức 女士", "Ms."),
        ("Anh", "Trần Văn Đức 先生", "Mr."),
        ("Chị", "Trần Văn Đức 女士", "Ms."),
        ("Cô", "Trần Văn Đức 女士", "Ms."),
        ("ong", "Trần Văn Đức 先生", "Mr."),  # typed without marks
        (unicodedata.normalize("NFD", "Ông"), "Trần Văn Đức 先生", "Mr."),  # as a Mac writes it
        ("TS.", "Trần Văn Đức 博士", "TS."),  # an academic title is the person's own: kept
        ("PGS.TS.", "Trần Văn Đức 副教授", "PGS.TS."),
    ],
)
def test_a_vietnamese_honorific_becomes_the_chinese_one_after_the_name(
    written: str, chinese: str, english: str
) -> None:
    duc = replace(person("Trần", "Văn Đức", Bi(written, "")), name_order=NameOrder.FAMILY_FIRST)
    assert plain(duc.formal_name("zh")) == chinese
    # English: Ông / Bà read Mr. / Ms. among English names (guests56), once, before the name
    assert plain(duc.formal_name("en")) == f"{english} Trần Văn Đức"


def test_the_danang_delegations_chinese_column_says_xiansheng(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        for name in ("google.csv", "excel_cp1258.csv"):
            importing.import_file(s, DATA_DIR / "field93" / name)
        people = {f"{c.family_name} {c.given_name}": c for c in s.scalars(select(m.Contact))}
        kept = (people["Trần Văn Đức"].honorific_en, people["Nguyễn Thị Minh Khai"].honorific_en)
        assert kept == ("Ông", "Bà")  # the import keeps the list's own words
        host = os_.create_organisation(s, name_en="Nanning Hub", name_zh="南宁环境合作中心")
        visit = vs.create_visit(
            s, title_en="Da Nang delegation", title_zh="岘港代表团", start_date=dt.date(2027, 3, 8),
            end_date=dt.date(2027, 3, 12), timezone="Asia/Shanghai", host_organisation_id=host.id,
        )  # fmt: skip
        for n, name in enumerate(("Trần Văn Đức", "Nguyễn Thị Minh Khai", "Đặng Quốc Việt")):
            role = ParticipantRole.HEAD if n == 0 else ParticipantRole.DELEGATE
            vs.add_participant(s, visit.id, people[name].id, role)
        visit_id = visit.id
    both = build_visit_dossier(db, visit_id, tmp_path / "both.pdf", DossierOptions(first_lang="zh"))
    text = flat("".join(pdftotext_pages(both)))
    for titled in ("TrầnVănĐức先生", "NguyễnThịMinhKhai女士", "ĐặngQuốcViệt先生"):
        assert titled in text, titled
    # Chinese first: the left half is the Chinese column; the English one says Mr. and Ms. (guests56:
    # it printed Ông and Bà), and neither column prints the Vietnamese word
    words = _words(both)
    assert {w for w, _x, _half in words} >= {"Mr.", "Ms.", "先生", "女士"}
    assert [(w, x) for w, x, half in words if w in ("Mr.", "Ms.") and x < half] == []
    assert [w for w, _x, _half in words if w in ("Ông", "Bà")] == []
    for titled in ("Mr.TrầnVănĐức", "Ms.NguyễnThịMinhKhai"):
        assert titled in text, titled
    # name cards print no courtesy title: the names alone, without Ông, Bà or Mr.
    cards = flat("".join(pdftotext_pages(build_namecards(db, visit_id, tmp_path / "cards.pdf"))))
    assert "TrầnVănĐức" in cards and "NguyễnThịMinhKhai" in cards
    for word in ("Ông", "Bà", "Mr.", "Ms."):
        assert word not in cards, word
    english = flat("".join(pdftotext_pages(build_visit_dossier(db, visit_id, tmp_path / "en.pdf"))))
    assert "Ông" not in english and "Bà" not in english
    assert english.count("Mr.TrầnVănĐức") >= 1 and "Mr.Mr." not in english


def _words(pdf: Path) -> list[tuple[str, float, float]]:
    """Each word of ``pdf`` with its left edge and its page's half width (pdftotext -bbox)."""
    out = subprocess.run([_poppler("pdftotext"), "-bbox", str(pdf), "-"], capture_output=True, check=True)
    words, half = [], 0.0
    for line in out.stdout.decode().splitlines():
        if page := re.search(r'<page width="([\d.]+)"', line):
            half = float(page.group(1)) / 2
        elif word := re.search(r'<word xMin="([\d.]+)".*>(.+)</word>', line):
            for part in re.split(r"(先生|女士)", html.unescape(word.group(2))):  # glued to the name
                if part:
                    words.append((part, float(word.group(1)), half))
    return words
