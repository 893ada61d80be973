"""The person's copy names the offices that received the person through sync packages (field test
96: the data-protection rules' "recipients"), whether each confirmed holding them, and says so
plainly of a package to any office."""

from __future__ import annotations

from pathlib import Path

from petdesk.db import Database
from petdesk.models import Contact
from petdesk.services import export_log, office, privacy
from petdesk.sync import service
from tests.core.sync.helpers import export, send


def _add(db: Database, family: str) -> str:
    with db.transaction() as session:
        person = Contact(family_name=family, given_name="Fang")
        session.add(person)
        session.flush()
        return person.id


def _sent(db: Database, person_id: str) -> list[dict]:
    return privacy.export_person(db, person_id)["sync_packages"]


def test_packages_to_two_offices_name_both(offices, packages: Path) -> None:
    beijing, bonn, nairobi = offices
    with bonn.transaction() as session:
        office.set_identity(session, name_zh="波恩办事处")
    send(bonn, beijing, packages, full=True)  # Beijing comes to know both offices
    send(nairobi, beijing, packages, full=True)
    wang = _add(beijing, "Wang")
    send(beijing, bonn, packages)
    send(beijing, nairobi, packages)
    send(bonn, beijing, packages)  # Bonn's next package acknowledges what it imported

    sent = _sent(beijing, wang)

    assert [(p["office"], p["imported"]) for p in sent] == [("Bonn", True), ("Nairobi", False)]
    assert [p["file_name"] for p in sent] == ["pkg-2.petdesk-sync", "pkg-3.petdesk-sync"]
    assert "to Bonn; Bonn has confirmed it holds" in sent[0]["sentence"]
    assert "no confirmation yet that Nairobi imported it" in sent[1]["sentence"]
    # in Chinese the office by its Chinese name, where it has one
    assert (
        sent[0]["sentence_zh"]
        == "同步数据包 pkg-2.petdesk-sync，发往 波恩办事处；波恩办事处 已确认持有该数据包所含的数据"
    )
    assert (
        sent[1]["sentence_zh"]
        == "同步数据包 pkg-3.petdesk-sync，发往 Nairobi；尚未确认 Nairobi 已导入该数据包"
    )
    text = "\n".join(line for line, _heading in privacy.pdf_lines(privacy.export_person(beijing, wang)))
    assert "Offices sent this data in sync packages / 通过同步数据包收到这些数据的办公室 (2)" in text
    # the export log says it too, and the journal's counts stay counts
    with beijing.reading() as session:
        assert any(line.kind == "sync_package" for line in export_log.lines(session, contact_id=wang))
    assert all("export_log_id" not in e.counts for e in service.journal(beijing))


def test_a_package_without_the_person_is_not_listed(offices, packages: Path) -> None:
    beijing, bonn, _nairobi = offices
    send(bonn, beijing, packages, full=True)
    wang = _add(beijing, "Wang")
    send(beijing, bonn, packages)
    send(bonn, beijing, packages)
    li = _add(beijing, "Li")
    send(beijing, bonn, packages)  # Bonn holds Wang already: only Li travels

    assert [p["file_name"] for p in _sent(beijing, wang)] == ["pkg-1.petdesk-sync"]
    assert [p["file_name"] for p in _sent(beijing, li)] == ["pkg-3.petdesk-sync"]


def test_a_person_made_after_the_packages_has_none(offices, packages: Path) -> None:
    beijing, bonn, _nairobi = offices
    send(bonn, beijing, packages, full=True)
    _add(beijing, "Wang")
    send(beijing, bonn, packages)
    zhao = _add(beijing, "Zhao")

    assert _sent(beijing, zhao) == []
    lines = privacy.pdf_lines(privacy.export_person(beijing, zhao))
    assert ("Offices sent this data in sync packages / 通过同步数据包收到这些数据的办公室 (0)", True) in lines


def test_a_package_to_any_office_says_the_recipient_is_not_known(offices, packages: Path) -> None:
    beijing, _bonn, _nairobi = offices
    wang = _add(beijing, "Wang")
    export(beijing, packages / "everything.petdesk-sync")

    (sent,) = _sent(beijing, wang)

    assert (sent["office"], sent["imported"]) == ("", None)
    assert "to any office (not addressed to one: which offices imported it is not known)" in sent["sentence"]
