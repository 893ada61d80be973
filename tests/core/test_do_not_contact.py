"""A person who asked not to be contacted (GDPR restriction, field test 96, migration 0069) stays in
the visit they took part in, but no bulk export writes them: contact exports of every kind, the
visit's registration list, its name cards. The mark is part of the record and travels by sync."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.namecards import build_namecards
from petdesk.services import contacts as cs
from petdesk.services import do_not_contact, exporting, organisations, registration_list
from petdesk.services import visits as visit_service
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _visit_of_two(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        jonas = cs.create_contact(s, family_name="Becker", given_name="Jonas", nationality="DE")
        lena = cs.create_contact(s, family_name="Krause", given_name="Lena", nationality="DE")
        visit = visit_service.create_visit(
            s, title_en="Hamburg delegation", start_date=dt.date(2027, 2, 1), end_date=dt.date(2027, 2, 3)
        )
        for cid in (jonas.id, lena.id):
            visit_service.add_participant(s, visit.id, cid)
        return {"jonas": jonas.id, "lena": lena.id, "visit": visit.id}


def _names(path: Path) -> str:
    return path.read_text(encoding="utf-8-sig")


@pytest.mark.parametrize("fmt", ["vcf", "csv"])
def test_no_contact_export_writes_a_marked_person(db: Database, tmp_path: Path, fmt: str) -> None:
    ids = _visit_of_two(db)
    assert main(["--db", str(db.path), "person", "restrict", ids["jonas"][:8]]) == 0
    with db.transaction() as s:
        everyone = exporting.export_contacts(s, tmp_path / f"all.{fmt}", fmt)  # type: ignore[arg-type]
        found = exporting.export_contacts(s, tmp_path / f"q.{fmt}", fmt, query="Becker")  # type: ignore[arg-type]
        chosen = exporting.export_contacts(s, tmp_path / f"v.{fmt}", fmt, ids=[ids["jonas"], ids["lena"]])  # type: ignore[arg-type]
    assert (everyone, found, chosen) == (1, 0, 1)
    for name in ("all", "q", "v"):
        assert "Becker" not in _names(tmp_path / f"{name}.{fmt}"), name
    assert "Krause" in _names(tmp_path / f"all.{fmt}")


def test_quick_export_of_all_leaves_them_out(db: Database, tmp_path: Path) -> None:
    """The command line's export of the whole file reads no contact objects (``export_all``)."""
    ids = _visit_of_two(db)
    with db.transaction() as s:
        do_not_contact.set_mark(s, ids["jonas"])
    out = tmp_path / "all.vcf"
    assert main(["--db", str(db.path), "export-contacts", "--out", str(out)]) == 0
    assert "Becker" not in _names(out) and "Krause" in _names(out)


def test_registration_list_and_name_cards_leave_them_out(db: Database, tmp_path: Path) -> None:
    ids = _visit_of_two(db)
    with db.transaction() as s:
        assert do_not_contact.set_mark(s, ids["jonas"])
        assert not do_not_contact.set_mark(s, ids["jonas"])  # already marked
    with db.reading() as s:
        found = registration_list.registration_list(s, ids["visit"])
        # still in the visit: the restriction keeps the past as it was
        assert {p.contact_id for p in visit_service.get_visit(s, ids["visit"]).participants} == {
            ids["jonas"],
            ids["lena"],
        }
    assert [g.contact_id for g in found.guests] == [ids["lena"]]
    cards = build_namecards(db, ids["visit"], tmp_path / "cards.pdf")
    from petdesk.services import export_log

    with db.reading() as s:
        assert export_log.lines(s, contact_id=ids["jonas"]) == []
        assert [line.file_name for line in export_log.lines(s, contact_id=ids["lena"])] == [cards.name]


def test_lifting_the_mark_exports_them_again(db: Database, tmp_path: Path) -> None:
    ids = _visit_of_two(db)
    assert main(["--db", str(db.path), "person", "restrict", ids["jonas"]]) == 0
    assert main(["--db", str(db.path), "person", "restrict", ids["jonas"], "--lift"]) == 0
    with db.transaction() as s:
        assert exporting.export_contacts(s, tmp_path / "all.csv", "csv") == 2


@pytest.mark.usefixtures("tree_catalogue")
def test_the_command_says_in_chinese_whether_anything_changed(db: Database, capsys) -> None:
    jonas = _visit_of_two(db)["jonas"]

    def said(*extra: str) -> str:
        assert main(["--lang", "zh_CN", "--db", str(db.path), "person", "restrict", jonas, *extra]) == 0
        return capsys.readouterr().out

    first = said()
    assert first.startswith("已将") and "标记为“请勿联系”" in first
    assert "此前已被标记为“请勿联系”" in said()
    assert "可以再次联系" in said("--lift")
    assert "本来就没有“请勿联系”标记" in said("--lift")


def test_the_exchange_file_with_contacts_leaves_them_out(db: Database, tmp_path: Path) -> None:
    """A 3iPET exchange file --with-contacts hands people to the platform: not the marked."""
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_en="Hamburg Water", kind="enterprise")
        for family in ("Becker", "Krause"):
            cs.create_contact(
                s, family_name=family, given_name="Jo", organisation_id=org.id, position_en="Engineer"
            )
        jonas = s.scalar(select(m.Contact.id).where(m.Contact.family_name == "Becker"))
        do_not_contact.set_mark(s, jonas)
    out = tmp_path / "platform.json"
    assert main(["--db", str(db.path), "exchange", "export", "--out", str(out), "--with-contacts"]) == 0
    names = [c["name"] for c in json.loads(out.read_text(encoding="utf-8"))["contacts"]]
    assert len(names) == 1 and "Krause" in str(names)


def test_the_name_card_choices_do_not_count_them(db: Database) -> None:
    """The dialog offers "all 2 people" and wrote 1 card: the count leaves the marked out too."""
    from petdesk.dossier.namecards import card_choices

    ids = _visit_of_two(db)
    assert card_choices(db, ids["visit"])[0].people == 2
    with db.transaction() as s:
        do_not_contact.set_mark(s, ids["jonas"])
    assert card_choices(db, ids["visit"])[0].people == 1
