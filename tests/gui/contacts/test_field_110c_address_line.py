"""The contact pane gives a Brazilian address as Brazil writes it, "São Paulo - SP, 01223-000", not
"01223-000, São Paulo, SP" (field test 110, third part)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from petdesk.db import Database
from petdesk.gui.contacts.detail import ContactDetailView
from petdesk.services import contacts as cs


def test_the_pane_gives_city_state_and_cep_in_brazils_order(qtbot: QtBot, db: Database) -> None:
    with db.transaction() as s:
        ana = cs.create_contact(
            s,
            family_name="dos Santos Oliveira",
            given_name="Ana Beatriz",
            addresses=[
                {
                    "label": "work",
                    "street": "Rua Marquês de Itu, 70",
                    "city": "São Paulo",
                    "region": "SP",
                    "postcode": "01223-000",
                    "country": "BR",
                }
            ],
        ).id
    pane = ContactDetailView(db, "en")
    qtbot.addWidget(pane)
    pane.show_entity(ana)
    qtbot.waitUntil(lambda: "Rua Marquês" in pane.info.text(), timeout=5000)
    assert "Rua Marquês de Itu, 70, São Paulo - SP, 01223-000, Brazil" in pane.info.text()
