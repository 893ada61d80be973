"""German writes ä, ö, ü as ae, oe, ue where it has no umlaut (an e-mail address, a keyboard
abroad): "mueller" finds Müller, "buelow" von Bülow, "gruene liga" the Grüne Liga and its people,
as "muller" and "weiss" already did. Before, "mueller" found only the Müller whose e-mail address
happened to say so (field test 74). Such a spelling only adds matches: "queen" or "samuel" are
looked for as typed, and their plain matches stay."""

from __future__ import annotations

import pytest

from petdesk.db import Database
from petdesk.services import contacts as cs
from petdesk.services import organisations as os_
from petdesk.services import search


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        liga = os_.create_organisation(s, name_en="Grüne Liga Sachsen e.V.")
        return {
            "laura": cs.create_contact(s, given_name="Laura", family_name="Müller").id,
            "friedrich": cs.create_contact(
                s, given_name="Friedrich", family_name="von Bülow", organisation_id=liga.id
            ).id,
            "anne": cs.create_contact(s, given_name="Änne", family_name="Ärmel").id,
            "samuel": cs.create_contact(s, given_name="Samuel", family_name="Queen").id,
            "liga": liga.id,
        }


def _found(db: Database, query: str, kind: str | None = None) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query, kind=kind)}


@pytest.mark.parametrize(
    ("query", "who"),
    [("mueller", "laura"), ("Mueller", "laura"), ("muller", "laura"), ("buelow", "friedrich"),
     ("aermel", "anne"), ("Aenne Aermel", "anne"), ("samuel queen", "samuel")],
)  # fmt: skip
def test_an_umlaut_spelt_with_e_finds_the_person(
    db: Database, people: dict[str, str], query: str, who: str
) -> None:
    assert _found(db, query, search.CONTACT) == {people[who]}


def test_the_organisation_and_its_people_are_found_by_the_e_spelling(
    db: Database, people: dict[str, str]
) -> None:
    assert _found(db, "gruene liga") == {people["liga"], people["friedrich"]}
    assert _found(db, "gruene", search.ORGANISATION) == {people["liga"]}


def test_the_window_list_counts_the_e_spelling(db: Database, people: dict[str, str]) -> None:
    """The contacts page pages and counts through ``search`` (its footer says how many)."""
    with db.reading() as s:
        rows = search.search(s, "mueller", kind=search.CONTACT)
        assert [r.name("en") for r in rows] == ["Laura Müller"]
        assert search.count(s, "buelow", kind=search.CONTACT) == 1


def test_the_index_holds_the_e_spelling_and_a_query_is_looked_for_as_typed() -> None:
    """The index, not the query, holds the second spelling (umlaut51): "choe" or "joel" is an
    ordinary trigram search, not one widened to "cho" that read every Cho (perf51: 2.8x slower)."""
    assert search._umlauts_as_e("von Bülow") == "von buelow"
    assert search._umlauts_as_e("ÄNNE Ärmel") == "aenne aermel"
    assert search._umlauts_as_e("Mu\u0308ller") == "mueller"  # a Mac's NFD
    assert search._umlauts_as_e("Weiß") == ""  # ß is folded to "ss" already: "weiss" finds it
    assert search._umlauts_as_e("Noël Queen") == ""  # a diaeresis, not a German umlaut
    assert search.Term("mueller").spellings == ["mueller"]
    assert search.Term("choe").spellings == ["choe"]


def test_the_e_spelling_finds_only_names_written_with_an_umlaut(db: Database) -> None:
    """"choe" is the Korean family name 최, not "Chö": folded, it also brought in every Cho (조), and
    "joel" every Jolie. Only a name written with an umlaut holds the e-spelling."""
    with db.transaction() as s:
        cs.create_contact(s, given_name="Min-su", family_name="Cho")
        choe = cs.create_contact(s, given_name="Ji-woo", family_name="Choe").id
        cs.create_contact(s, given_name="Anna", family_name="Jolie")
        joel = cs.create_contact(s, given_name="Joel", family_name="Smith").id
        jolsen = cs.create_contact(s, given_name="Jörg", family_name="Jölsen").id
        os_.create_organisation(s, name_en="Grun Holding")
    assert _found(db, "choe", search.CONTACT) == {choe}
    assert _found(db, "joel", search.CONTACT) == {joel, jolsen}
    assert _found(db, "gruene", search.ORGANISATION) == set()


def test_an_umlaut_written_as_u_and_two_dots_is_found_too(db: Database) -> None:
    """A Mac's vCard or file name writes ü as u and a combining diaeresis (NFD): "mueller" found the
    Müller typed here but not the one imported from a Mac."""
    with db.transaction() as s:
        mac = cs.create_contact(s, given_name="Jonas", family_name="Mu\u0308ller").id
    assert mac in _found(db, "mueller", search.CONTACT)


def test_weiss_finds_weiss_written_with_sharp_s(db: Database) -> None:
    with db.transaction() as s:
        weiss = cs.create_contact(s, given_name="Anna", family_name="Weiß").id
    assert _found(db, "weiss", search.CONTACT) == {weiss}


def test_two_letters_spelt_with_e_find_a_name_starting_with_an_umlaut(
    db: Database, people: dict[str, str]
) -> None:
    """Two letters are answered from the word starts: "ae" finds Änne Ärmel as "ar" does."""
    assert people["anne"] in _found(db, "ae", search.CONTACT)
    assert people["anne"] in _found(db, "ar", search.CONTACT)


def test_choe_does_not_find_the_people_of_a_finnish_cleantech_company(db: Database) -> None:
    """Folded to "cho", "choe" found everyone at Hämäläinen Cleantech Oy (its run-together name holds
    "cleantechoy" and the name an ä): 42 wrong people in the 100,000-contact demo (umlaut51)."""
    with db.transaction() as s:
        oy = os_.create_organisation(s, name_en="Hämäläinen Cleantech Oy")
        cs.create_contact(s, given_name="Mikko", family_name="Nieminen", organisation_id=oy.id)
        choe = cs.create_contact(s, given_name="Ji-woo", family_name="Choe").id
    assert _found(db, "choe", search.CONTACT) == {choe}
    assert len(_found(db, "haemaelaeinen", search.CONTACT)) == 1  # its people, through its e-spelling
