"""An organisation booked at two items at once is a clash (field test 76: at the matchmaking fair's
B2B talks an enterprise was booked at tables 1 and 2 at 9:00, and ``petdesk clashes`` said nothing:
it checked people, and the enterprise's people were not in petdesk)."""

from __future__ import annotations

import datetime as dt

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.data import visit_clashes
from petdesk.models.enums import ItineraryKind, OrgKind
from petdesk.services import clashes as cl
from petdesk.services import visit_form
from petdesk.services import visits as vs
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

DAY = dt.date(2027, 3, 16)


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2027, 3, 16, hour, minute)


def _fair(db: Database) -> dict[str, str]:
    """Two tables at 9:00 both naming Danube Sludge Tech; other organisations once each at a time."""
    with db.transaction() as s:
        orgs = {
            key: m.Organisation(name_en=en, name_zh=zh, kind=kind)
            for key, en, zh, kind in (
                ("firm", "Danube Sludge Tech GmbH", "多瑙污泥技术公司", OrgKind.ENTERPRISE),
                ("nanjing", "Nanjing", "南京市", OrgKind.CITY_GOVERNMENT),
                ("suzhou", "Suzhou", "苏州市", OrgKind.CITY_GOVERNMENT),
                ("agency", "3iPET agency", "3iPET项目办", OrgKind.MINISTRY_AGENCY),
            )
        }
        s.add_all(orgs.values())
        s.flush()
        fair = vs.create_visit(
            s, title_en="3iPET matchmaking fair", title_zh="3iPET技术对接会", timezone="Asia/Shanghai",
            start_date=DAY, end_date=DAY, visiting_organisation_id=orgs["agency"].id,
        )  # fmt: skip
        ids = {key: o.id for key, o in orgs.items()} | {"visit": fair.id}

        def item(title: str, zh: str, start: dt.datetime, minutes: int, *names: str, **kw: object) -> str:
            return vs.add_item(
                s, fair.id, start=start, end=start + dt.timedelta(minutes=minutes), title_en=title,
                title_zh=zh, organisation_ids=[ids[n] for n in names], **kw,
            ).id  # fmt: skip

        ids["table1"] = item("B2B talk 1", "洽谈 1", _at(9), 30, "firm", "nanjing", "agency")
        ids["table2"] = item("B2B talk 2", "洽谈 2", _at(9), 30, "firm", "suzhou", "agency")
        item("B2B talk 3", "洽谈 3", _at(9, 30), 30, "firm", "nanjing")  # right after: no clash
        # a transfer naming the firm beside its talk is the journey, not a second booking
        item("Shuttle", "班车", _at(9, 30), 30, "firm", kind=ItineraryKind.TRANSFER)
    return ids


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_an_organisation_at_two_tables_at_once_is_one_clash(db: Database) -> None:
    ids = _fair(db)
    with db.reading() as s:
        found = [c for c in cl.find_clashes(s) if c.kind == cl.ORGANISATION]
        of_visit = [c for c in cl.find_clashes(s, visit_id=ids["visit"]) if c.kind == cl.ORGANISATION]
    # only the firm: the cities are at one table each, the visiting agency is the fair's own side
    assert [(c.organisation_id, set(c.item_ids)) for c in found] == [
        (ids["firm"], {ids["table1"], ids["table2"]})
    ]
    assert of_visit == found
    (clash,) = found
    assert clash.visit_ids == (ids["visit"],) and clash.people == ()
    en, zh = clash.describe("en"), clash.describe("zh_CN")
    assert en.startswith("Danube Sludge Tech GmbH is at two items at once: “B2B talk")
    assert "B2B talk 1" in en and "B2B talk 2" in en and "09:00" in en
    assert zh.startswith("多瑙污泥技术公司同一时间有两项安排：“洽谈") and "洽谈 2" in zh


def test_a_cancelled_item_or_visit_clashes_no_more(db: Database) -> None:
    ids = _fair(db)
    with db.transaction() as s:
        vs.delete_item(s, ids["table2"])
    with db.reading() as s:
        assert not [c for c in cl.find_clashes(s) if c.kind == cl.ORGANISATION]


@pytest.mark.parametrize(
    ("lang", "kind", "sentence"),
    [("en", "organisation", "Danube Sludge Tech GmbH is at two items at once"),
     ("zh_CN", "机构", "多瑙污泥技术公司同一时间有两项安排")],
)  # fmt: skip
@pytest.mark.usefixtures("tree_catalogue")
def test_clashes_command_says_it_in_each_language(
    db: Database, capsys, lang: str, kind: str, sentence: str
) -> None:  # type: ignore[no-untyped-def]
    ids = _fair(db)
    assert main(["--db", str(db.path), "--lang", lang, "clashes", "--visit", ids["visit"][:8]]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if sentence in line]
    assert len(lines) == 1 and lines[0].startswith(kind)


def test_the_window_and_the_dossier_show_it(db: Database) -> None:
    ids = _fair(db)
    with db.reading() as s:
        form = visit_form.read_visit_form(s, ids["visit"], "en")
        notes, count = visit_clashes(s, ids["visit"])
    assert any(c.kind == cl.ORGANISATION for c in form.clashes)  # the editor's clash list
    on_table1 = [n.text for n in notes if n.item_id == ids["table1"]]
    assert [(t.en, t.zh) for t in on_table1] == [
        ("Overlaps with “B2B talk 2” for Danube Sludge Tech GmbH", "与“洽谈 2”时间重叠（多瑙污泥技术公司）")
    ]
    assert count == 1
