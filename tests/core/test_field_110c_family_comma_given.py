"""São Paulo office (field test 110, third part): a "Family, Given" cell of a Western name, "Smith,
John", showed "Smith John" (only Iberian names had been read given name first). Such a cell is a
list's sorting form: the name shows given name first unless it is an East Asian one, written family
name first anyway."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import importing
from petdesk.services.importing import _split_latin_name
from petdesk.services.names import latin_name


@pytest.mark.parametrize(
    ("cell", "shown", "order"),
    [
        ("Smith, John", "John Smith", NameOrder.GIVEN_FIRST),
        ("O'Brien, Mary Kate", "Mary Kate O'Brien", NameOrder.GIVEN_FIRST),
        ("Lee, John", "John Lee", NameOrder.GIVEN_FIRST),  # a Korean surname, an English given name
        ("García Márquez, Gabriel", "Gabriel García Márquez", NameOrder.GIVEN_FIRST),
        ("dos Santos Oliveira, Ana Beatriz", "Ana Beatriz dos Santos Oliveira", NameOrder.GIVEN_FIRST),
        ("Zhang, Wei", "Zhang Wei", NameOrder.FAMILY_FIRST),
        ("Wang, Xiaoming", "Wang Xiaoming", NameOrder.FAMILY_FIRST),
        ("Chan, Tai Man", "Chan Tai Man", NameOrder.FAMILY_FIRST),
        ("Kim, Min-jun", "Kim Min-jun", NameOrder.FAMILY_FIRST),
        ("Park, Ji Hoon", "Park Ji Hoon", NameOrder.FAMILY_FIRST),
        ("Nguyễn, Văn An", "Nguyễn Văn An", NameOrder.FAMILY_FIRST),
        ("John Smith, PhD", "John Smith PhD", NameOrder.FAMILY_FIRST),  # a degree: as before
    ],
)
def test_a_family_comma_given_cell_shows_given_first_unless_east_asian(
    cell: str, shown: str, order: NameOrder
) -> None:
    family, given, found = _split_latin_name(cell)
    assert (latin_name(family, given, found), found) == (shown, order)


def test_a_list_of_family_comma_given_names(db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sheet = tmp_path / "participants.csv"
    sheet.write_text(
        "Name,Organisation,E-mail\n"
        '"Smith, John",C40 Cities,jsmith@c40.test\n'
        '"Zhang, Wei",Beijing Municipal Ecology Bureau,zhangwei@bj.test\n'
        '"Kim, Min-jun",Seoul Institute,mjkim@si.test\n',
        encoding="utf-8",
    )
    with db.transaction() as s:
        importing.import_file(s, sheet)
    with db.reading() as s:
        shown = {c.family_name: c.display_name("en") for c in s.scalars(select(m.Contact))}
    assert shown == {"Smith": "John Smith", "Zhang": "Zhang Wei", "Kim": "Kim Min-jun"}
