"""Field test 59: one person's activities, from ``petdesk activities --contact`` and below it, and
every time printed with its zone (a travelling laptop's "16:00" alone does not say where)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import activities
from petdesk.services import contacts as contact_service
from petdesk.services import organisations as org_service
from petdesk.services.contact_lookup import resolve_contact
from petdesk.services.validation import ValidationError
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)

UTC = dt.UTC


@pytest.fixture
def people(db: Database) -> dict[str, str]:
    """Wang Hao (王浩) and Anna Becker at one organisation, a call with each; two Li Nas."""
    with db.transaction() as s:
        org = org_service.create_organisation(s, name_en="Qingdao Water Group").id
        wang = contact_service.create_contact(
            s, family_name="Wang", given_name="Hao", family_name_zh="王", given_name_zh="浩",
            name_order="family_first", organisation_id=org,
        ).id  # fmt: skip
        anna = contact_service.create_contact(
            s, family_name="Becker", given_name="Anna", organisation_id=org
        ).id
        li_1 = contact_service.create_contact(s, family_name="Li", given_name="Na", family_name_zh="李").id
        li_2 = contact_service.create_contact(s, family_name="Li", given_name="Na").id
        activities.add_activity(
            s, kind="call", subject="Call Wang", contact_id=wang,
            occurred_at=dt.datetime(2026, 12, 4, 8, tzinfo=UTC),
        )  # fmt: skip
        activities.add_activity(
            s, kind="meeting", subject="Meet Anna", contact_id=anna,
            occurred_at=dt.datetime(2026, 12, 3, 8, tzinfo=UTC),
        )  # fmt: skip
    return {"org": org, "wang": wang, "anna": anna, "li_1": li_1, "li_2": li_2}


def test_filter_by_person_below_the_cli(db: Database, people: dict[str, str]) -> None:
    with db.reading() as s:
        found = activities.find_activities(s, activities.ActivityFilter(contact_id=people["wang"]))
        assert [v.subject for v in found] == ["Call Wang"]
        # Both were filed under the organisation: its filter lists both.
        found = activities.find_activities(s, activities.ActivityFilter(organisation_id=people["org"]))
        assert [v.subject for v in found] == ["Call Wang", "Meet Anna"]
        assert [name for name, _id in activities.contacts_with_activities(s)] == ["Anna Becker", "Wang Hao"]


@pytest.mark.parametrize("text", ["Wang Hao", "hao wang", "王浩", "wanghao", "WANG Hao"])
def test_a_person_is_named_in_any_script(db: Database, people: dict[str, str], text: str) -> None:
    with db.reading() as s:
        assert resolve_contact(s, text) == people["wang"]
        assert resolve_contact(s, people["wang"][:8]) == people["wang"]


def test_a_name_of_several_or_none_is_refused_with_the_ids(db: Database, people: dict[str, str]) -> None:
    with db.reading() as s, pytest.raises(ValidationError) as many:
        resolve_contact(s, "Li Na")
    said = many.value.text("en")
    assert "Several contacts are called “Li Na”" in said
    assert people["li_1"][:8] in said and people["li_2"][:8] in said
    with db.reading() as s, pytest.raises(ValidationError) as none:
        resolve_contact(s, "Wang")  # a part of a name names nobody: the whole name is asked for
    assert "No contact is called “Wang”." in none.value.text("en")


@pytest.mark.usefixtures("tree_catalogue")
def test_cli_lists_one_persons_activities_with_the_zone(
    db: Database, people: dict[str, str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["--db", str(db.path), "--lang", "en"]
    assert main([*base, "activities", "--contact", "Wang Hao", "--tz", "Asia/Shanghai"]) == 0
    out = capsys.readouterr().out
    assert "4 Dec 2026, 16:00 Asia/Shanghai  Call  Call Wang" in out and "Meet Anna" not in out
    assert main([*base, "activities", "--contact", people["anna"][:6], "--tz", "Europe/Berlin"]) == 0
    out = capsys.readouterr().out
    assert "3 Dec 2026, 09:00 Europe/Berlin  Meeting  Meet Anna" in out and "Call Wang" not in out
    # Without --tz: the viewer's zone (the laptop's, here after a flight to Dubai), named all the same.
    monkeypatch.setenv("PETDESK_TZ", "Asia/Dubai")
    assert main([*base, "activities", "--contact", "王浩"]) == 0
    assert "4 Dec 2026, 12:00 Asia/Dubai  Call" in capsys.readouterr().out
    assert main([*base, "activities", "--contact", "Li Na"]) == 1
    assert "Several contacts are called" in capsys.readouterr().err
    assert main([*base, "--lang", "zh_CN", "activities", "--contact", "Nobody"]) == 1
    assert "没有名为“Nobody”的联系人" in capsys.readouterr().err
