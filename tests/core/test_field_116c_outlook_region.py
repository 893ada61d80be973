"""Field test 116, follow-up: Mexican Outlook (es-MX) heads a work address's state "Estado o
provincia de trabajo" (es-ES: "Provincia o estado de trabajo"); the column was dropped, and
"Jalisco" was lost from every address. German Outlook's "Bundesland geschäftlich" likewise."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing


@pytest.mark.parametrize(
    ("street", "city", "state", "country"),
    [
        (
            "Calle del trabajo",
            "Ciudad de trabajo",
            "Estado o provincia de trabajo",
            "País o región del trabajo",
        ),
        ("Business Street", "Business City", "Business State", "Business Country/Region"),
        ("Straße geschäftlich", "Ort geschäftlich", "Bundesland geschäftlich", "Land/Region geschäftlich"),
    ],
)
def test_the_work_addresss_state_is_kept_as_its_region(
    db: Database, tmp_path: Path, street: str, city: str, state: str, country: str
) -> None:
    path = tmp_path / "contactos.csv"
    path.write_text(
        f'"Nombre","Apellidos","{street}","{city}","{state}","{country}"\n'
        '"Lucía","Hernández","Av. Hidalgo 400","Guadalajara","Jalisco","México"\n',
        encoding="utf-8-sig",
    )
    with db.transaction() as s:
        importing.import_file(s, path)
    with db.reading() as s:
        contact = s.scalars(select(m.Contact)).one()
        assert [(a.get("city"), a.get("region")) for a in contact.addresses] == [("Guadalajara", "Jalisco")]
