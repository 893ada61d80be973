"""Spanish and Portuguese names written with one family name of two (field test 90): "Maria Jose
Garcia" from Gmail beside "María José García Márquez" from Outlook is a pair, found the same way in
memory, through the scratch database and for one record (``duplicates --of``); "Costa" and "Araújo"
meet "Gonçalves da Costa Júnior" and "Araújo Filho". Two people of one first family name and
other second ones (García Márquez / García López) are left alone."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.i18n import translator
from petdesk.services import duplicates as d
from tests.core.contacts.io_helpers import add_contact
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

BOTH_WAYS = pytest.mark.parametrize(
    "in_memory_limit", [d.IN_MEMORY_LIMIT, 0], ids=["in memory", "scratch database"]
)


def test_shorter_family_names() -> None:
    assert d.shorter_family_names("García Márquez") == ["García"]
    assert d.shorter_family_names("de la Torre Peña") == ["de la Torre"]
    assert d.shorter_family_names("García y Pérez") == ["García"]
    assert d.shorter_family_names("Gonçalves da Costa Júnior") == ["Gonçalves da Costa", "Gonçalves", "Costa"]
    assert d.shorter_family_names("Araújo Filho") == ["Araújo"]
    for one in ("García", "de la Torre", "van der Berg", "Júnior"):
        assert d.shorter_family_names(one) == [], one


@BOTH_WAYS
def test_one_family_name_of_two_meets_the_whole(
    db: Database, monkeypatch: pytest.MonkeyPatch, in_memory_limit: int
) -> None:
    monkeypatch.setattr(d, "IN_MEMORY_LIMIT", in_memory_limit)
    with db.transaction() as s:
        people = [
            ("García Márquez", "María José"),
            ("Garcia", "Maria Jose"),
            ("García López", "María José"),
            ("Gonçalves da Costa Júnior", "João Pedro"),
            ("Costa", "Joao Pedro"),
            ("Araújo Filho", "Luiz Fernando"),
            ("Araujo", "Luiz Fernando"),
            ("García", "Andrés Felipe"),
        ]
        ids = {family: add_contact(s, family_name=family, given_name=given).id for family, given in people}
    with db.reading() as s:
        pairs = {frozenset(p.key): p for p in d.find_contact_duplicates(s)}
        of_gmail = {p.second_id: p for p in d.duplicates_of(s, "contact", ids["Garcia"])}
    expected = {
        ("García Márquez", "Garcia"),
        ("García López", "Garcia"),
        ("Gonçalves da Costa Júnior", "Costa"),
        ("Araújo Filho", "Araujo"),
    }
    assert set(pairs) == {frozenset((ids[a], ids[b])) for a, b in expected}
    pair = pairs[frozenset((ids["García Márquez"], ids["Garcia"]))]
    assert pair.reasons == ["family name Garcia is part of García Márquez, same given name"]
    assert pair.score == d.W_PART_SURNAME
    assert {ids["García Márquez"], ids["García López"]} == set(of_gmail)
    assert of_gmail[ids["García Márquez"]].score == d.W_PART_SURNAME


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_reason_reads_in_chinese(db: Database) -> None:
    with db.transaction() as s:
        add_contact(s, family_name="García Márquez", given_name="María José")
        add_contact(s, family_name="Garcia", given_name="Maria Jose")
    with db.reading() as s:
        (pair,) = d.find_contact_duplicates(s)
    (reason,) = pair.reasons
    assert d.translate_reason(reason, translator("zh_CN")) == "姓氏 Garcia 是 García Márquez 的一部分，名相同"
