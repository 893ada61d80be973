"""An organisation's own phone and e-mail (0078): checked and stored as a contact's methods are."""

from __future__ import annotations

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import organisations as os_
from petdesk.services.validation import ValidationError


def test_the_phone_is_stored_in_international_form_and_the_domain_in_lower_case(db: Database) -> None:
    with db.transaction() as s:
        bonn = os_.create_organisation(
            s, name_en="Stadtwerke Bonn", country="DE", phone="0228 711 1", email=" Info@SWB-Bonn.DE "
        )
        # no country of its own: read as a number of the office's (China while none is set)
        bureau = os_.create_organisation(s, name_zh="昆明市生态环境局", phone="０８７１-６５１２ ３４５６")
        # not a valid number anywhere: kept as typed, never guessed
        odd = os_.create_organisation(s, name_en="Odd Ltd", country="DE", phone="12345")
        ids = bonn.id, bureau.id, odd.id
    with db.reading() as s:
        got = [(o.phone, o.email) for o in (s.get(m.Organisation, i) for i in ids) if o is not None]
    assert got == [("+49 228 7111", "Info@swb-bonn.de"), ("+86 871 6512 3456", ""), ("12345", "")]


def test_an_edit_reads_the_phone_with_the_organisations_country(db: Database) -> None:
    with db.transaction() as s:
        org_id = os_.create_organisation(s, name_en="Umweltbundesamt", country="DE").id
    with db.transaction() as s:
        os_.update_organisation(s, org_id, phone="(0)340 2103 0", email="buergerservice@UBA.de")
    with db.transaction() as s:
        org = os_.get_organisation(s, org_id)
        assert (org.phone, org.email) == ("+49 340 21030", "buergerservice@uba.de")
        os_.update_organisation(s, org_id, phone="", email="")
        assert (org.phone, org.email) == ("", "")


def test_a_wrong_phone_or_email_is_refused_in_plain_words(db: Database) -> None:
    with db.transaction() as s, pytest.raises(ValidationError) as refused:
        os_.create_organisation(s, name_en="Acme", phone="call Li", email="info-at-acme")
    assert refused.value.fields() == {"phone", "email"}
    text = refused.value.text("en")
    assert "“call Li” is not a phone number" in text and "“info-at-acme” is not an e-mail address" in text
