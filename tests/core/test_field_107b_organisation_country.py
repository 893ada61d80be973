"""New organisations of an Indian office's partner list get their country (field test 107, second half).

Before: the list has no "Country" column and its six organisations were made with none. Now a +91
number or a six-digit PIN code (at an office in India) names India, said on the row; signs that
disagree leave the country empty."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ContactChannel
from petdesk.office_country import COUNTRY_SETTING
from petdesk.services import importing
from petdesk.services.country_signs import country_from_signs

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field107"
PHONE = ContactChannel.PHONE


def test_the_partner_list_s_organisations_are_in_india(db: Database) -> None:
    with db.transaction() as s:
        s.add(m.Setting(key=COUNTRY_SETTING, value="IN"))
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
    with db.reading() as s:
        countries = {o.name_en: o.country for o in s.scalars(select(m.Organisation))}
    assert len(countries) == 6 and set(countries.values()) == {"IN"}
    said = [str(w) for o in report.outcomes for w in o.warnings]
    assert "country of the new organisation taken from the phone number and PIN code: India" in said


def test_signs_that_disagree_give_no_country() -> None:
    assert country_from_signs([(PHONE, "", "+91-98200 54321")], ["400076"], "IN") == (
        "IN",
        ["phone", "PIN code"],
    )
    assert country_from_signs([(PHONE, "", "+49 228 123456")], ["400076"], "IN") == ("", [])
    assert country_from_signs([(PHONE, "", "98765 43210")], [], "IN") == ("", [])  # no sign
    assert country_from_signs([], ["200030"], "CN") == ("", [])  # a Chinese postcode is no PIN
