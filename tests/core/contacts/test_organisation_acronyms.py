"""One organisation written with its acronym two ways (field test 79): "Hanoi Urban Environment Company
(URENCO)" on 问卷星, "URENCO Hanoi" on Google Forms became two organisations nobody was told of. They
are flagged (the import's row, the duplicate finder), never merged unasked: URENCO Da Nang is
another company. Invented people; the organisations' names as they write them."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import duplicates, importing, org_acronyms

HANOI = "Hanoi Urban Environment Company (URENCO)"


def _organisations(db: Database, *orgs: tuple[str, str, str]) -> list[str]:
    with db.transaction() as s:
        made = [m.Organisation(name_en=name, country=country, city_en=city) for name, country, city in orgs]
        s.add_all(made)
        s.flush()
        return [o.id for o in made]


def test_acronyms_read_from_names() -> None:
    assert org_acronyms.acronym(HANOI) == "URENCO"
    assert org_acronyms.acronym("URENCO Hanoi") == "URENCO"
    assert org_acronyms.acronym("Metro Manila Development Authority （MMDA）") == "MMDA"
    assert org_acronyms.acronym("National Environment Agency") == ""
    assert org_acronyms.same_acronym("URENCO Hanoi", HANOI) == "URENCO"
    assert org_acronyms.same_acronym("URENCO", HANOI) == "URENCO"
    assert org_acronyms.same_acronym("URENCO Da Nang", HANOI) == ""
    assert org_acronyms.same_acronym("URENCO Hanoi", "URENCO Hanoi") == ""  # the name finder's
    assert org_acronyms.same_acronym(
        "URENCO Hanoi", "Urban Environment Company (URENCO)", places=("", "Hanoi")
    )


def test_the_duplicate_finder_shows_them_within_one_country_only(db: Database) -> None:
    hanoi, short, da_nang, _ = _organisations(
        db,
        (HANOI, "VN", ""),
        ("URENCO Hanoi", "", ""),
        ("URENCO Da Nang", "VN", "Da Nang"),
        ("URENCO Hanoi", "TH", ""),  # an invented namesake abroad
    )
    with db.reading() as s:
        pairs = duplicates.find_organisation_duplicates(s)
    acronym = [p for p in pairs if "same acronym URENCO" in p.reasons]
    assert [{p.first_id, p.second_id} for p in acronym] == [{hanoi, short}]
    assert acronym[0].score >= 0.5  # shown by a plain "petdesk duplicates"
    with db.reading() as s:
        assert not [
            p
            for p in duplicates.duplicates_of(s, "organisation", da_nang)
            if short in (p.first_id, p.second_id)
        ]


def test_a_registration_naming_it_the_other_way_is_added_and_flagged(db: Database, tmp_path: Path) -> None:
    (hanoi,) = _organisations(db, (HANOI, "VN", "Hanoi"))
    path = tmp_path / "Registration (Responses).csv"
    path.write_text(
        "Timestamp,Email Address,Full name,Organisation,Position\n"
        "2026/11/05 9:12:31 AM GMT+8,pham.duc@urenco.example.vn,Phạm Văn Đức,URENCO Hanoi,Engineer\n"
        "2026/11/05 9:20:02 AM GMT+8,hoa.le@urenco.example.vn,Lê Thị Hoa,URENCO Da Nang,Engineer\n",
        encoding="utf-8",
    )
    said = (
        f"organisation “URENCO Hanoi” may be “{HANOI}” (same acronym URENCO); added as a new one, "
        "check it with petdesk duplicates"
    )
    with db.reading() as s:  # the window's preview says it before the import
        plan = importing.plan_import(s, importing.load_file(path), "contacts", check=True)
    assert [[str(w) for w in item.record.warnings] for item in plan.items] == [[said], []]
    with db.transaction() as s:
        report = importing.import_file(s, path)
    duc, hoa = report.added
    assert [str(w) for w in duc.warnings] == [said]
    assert not hoa.warnings
    with db.reading() as s:
        names = sorted(s.scalars(select(m.Organisation.name_en)))
        assert names == sorted([HANOI, "URENCO Hanoi", "URENCO Da Nang"])  # flagged, not merged
        pairs = duplicates.duplicates_of(s, "organisation", hanoi)
    assert [p.reasons for p in pairs] == [["same acronym URENCO"]]


def test_an_organisation_list_is_flagged_too(db: Database, tmp_path: Path) -> None:
    _organisations(db, ("URENCO Hanoi", "VN", ""))
    path = tmp_path / "partners.csv"
    path.write_text(f'Name,Country\n"{HANOI}",VN\nNational Environment Agency,SG\n', encoding="utf-8")
    with db.transaction() as s:
        report = importing.import_file(s, path, target="organisations")
    urenco, nea = report.added
    assert "same acronym URENCO" in str(urenco.warnings[0]) and not nea.warnings
