"""São Paulo office (field test 110, third part): a Brazilian address on one line (``petdesk contact
show``, the window's contact pane) read "Rua Marquês de Itu, 70, 01223-000, São Paulo, SP, Brazil":
the CEP before the city, which is not how Brazil writes it ("São Paulo - SP, 01223-000"). A Colombian
one reads "city, department, postcode", on the line and on the envelope."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.address_line import one_line
from petdesk.db import Database
from petdesk.services import importing
from petdesk.services import mailing_list as ml

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field110"

ANA = {"street": "Rua Marquês de Itu, 70", "city": "São Paulo", "region": "SP", "postcode": "01223-000"}
GABO = {"street": "Calle 5 # 4-22", "city": "Aracataca", "region": "Magdalena", "postcode": "478001"}


@pytest.mark.parametrize(
    ("address", "locale", "line"),
    [
        ({**ANA, "country": "BR"}, "en", "Rua Marquês de Itu, 70, São Paulo - SP, 01223-000, Brazil"),
        ({**ANA, "country": "BR"}, "zh_CN", "Rua Marquês de Itu, 70, São Paulo - SP, 01223-000, 巴西"),
        (
            {**ANA, "region": "", "country": "BR"},
            "en",
            "Rua Marquês de Itu, 70, São Paulo, 01223-000, Brazil",
        ),
        ({**GABO, "country": "CO"}, "en", "Calle 5 # 4-22, Aracataca, Magdalena, 478001, Colombia"),
        ({**GABO, "country": "Colômbia"}, "en", "Calle 5 # 4-22, Aracataca, Magdalena, 478001, Colômbia"),
        # other countries as before: the postcode before the town
        (
            {"street": "Am Hof 1", "city": "Bonn", "postcode": "53113", "country": "DE"},
            "en",
            "Am Hof 1, 53113, Bonn, Germany",
        ),
        ({"formatted": "Rua X, 1\nSão Paulo"}, "en", "Rua X, 1\nSão Paulo"),
    ],
)
def test_one_line_in_the_countrys_order(address: dict[str, str], locale: str, line: str) -> None:
    assert one_line(address, locale) == line


def test_contact_show_prints_the_brazilian_address_as_brazil_writes_it(db: Database, capsys) -> None:  # type: ignore[no-untyped-def]
    from petdesk.cli import main

    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "excel_ptbr_contatos.csv")
    with db.reading() as s:
        ana = s.scalars(select(m.Contact).where(m.Contact.given_name == "Ana Beatriz")).one().id
    assert main(["--db", str(db.path), "--lang", "en", "contact", "show", ana]) == 0
    out = capsys.readouterr().out
    assert (
        "Rua Marquês de Itu, 70, São Paulo - SP, 01223-000, Brasil" in out
    )  # the country as the file wrote it


def test_a_colombian_envelope_has_city_department_and_postcode_on_one_line() -> None:
    gabo = m.Contact(family_name="García Márquez", given_name="Gabriel", honorific_en="")
    assert ml.address_block(gabo, None, {**GABO, "country": "CO"}, home="BR") == [
        "Gabriel García Márquez",
        "Calle 5 # 4-22",
        "Aracataca, Magdalena, 478001",
        "COLOMBIA",
    ]
