"""A dossier reprinted after a rename names the organisation as it was at the event, with its
name now after it (field test 102, defect 4): the 2017 visit to 深圳市人居环境委员会, reprinted in
2019, said 深圳市生态环境局, a name it got in 2018."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.dossier.data import gather_visit
from petdesk.services import contacts, organisations, visits
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue

OLD_EN, OLD_ZH = "Shenzhen Human Settlements and Environment Commission", "深圳市人居环境委员会"
NEW_EN, NEW_ZH = "Shenzhen Municipal Bureau of Ecology and Environment", "深圳市生态环境局"


def _visit(db: Database, org_id: str, person_id: str, day: dt.date) -> str:
    with db.transaction() as s:
        visit = visits.create_visit(
            s, title_en="Sponge city study", start_date=day, end_date=day, host_organisation_id=org_id
        )
        visits.add_participant(s, visit.id, person_id, role="host")
        return visit.id


def test_the_2017_visit_names_the_commission_and_the_later_one_the_bureau(
    db: Database, tree_catalogue
) -> None:
    with db.transaction() as s:
        org_id = organisations.create_organisation(
            s, name_en=OLD_EN, name_zh=OLD_ZH, kind="city_government"
        ).id
        lin = contacts.create_contact(s, family_name="Lin", given_name="Xiaoping", organisation_id=org_id).id
    in_2017 = _visit(db, org_id, lin, dt.date(2017, 6, 12))
    with db.transaction() as s:
        organisations.update_organisation(s, org_id, name_en=NEW_EN, name_zh=NEW_ZH)
    after = _visit(db, org_id, lin, dt.date.today() + dt.timedelta(days=30))
    with db.reading() as s:
        then, now = gather_visit(s, in_2017), gather_visit(s, after)
    assert then.host is not None and now.host is not None
    assert then.host.name.en == f"{OLD_EN} (now: {NEW_EN})"
    assert then.host.name.zh == f"{OLD_ZH}（现名：{NEW_ZH}）"
    person = then.participants[0].person
    assert person.organisation is not None and person.organisation.name == then.host.name
    assert (now.host.name.en, now.host.name.zh) == (NEW_EN, NEW_ZH)


def test_a_name_corrected_in_case_only_is_no_former_name(db: Database) -> None:
    """Typing 'shenzhen …' in capitals later is a correction (the other names keep no former name for
    it): the 2017 dossier printed 'shenzhen … (now: Shenzhen …)' (review54c)."""
    with db.transaction() as s:
        org_id = organisations.create_organisation(s, name_en=OLD_EN.lower(), kind="city_government").id
        lin = contacts.create_contact(s, family_name="Lin", given_name="Xiaoping", organisation_id=org_id).id
    in_2017 = _visit(db, org_id, lin, dt.date(2017, 6, 12))
    with db.transaction() as s:
        organisations.update_organisation(s, org_id, name_en=OLD_EN)
        assert organisations.get_organisation(s, org_id).aliases == []
    with db.reading() as s:
        then = gather_visit(s, in_2017)
    assert then.host is not None and then.host.name.en == OLD_EN
