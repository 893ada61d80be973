"""``petdesk organisation``: an organisation seen whole, added, changed, deleted and restored from the
command line through the window's services (change log, history, search index, same-name check),
refused in plain words in English and Chinese."""

from __future__ import annotations

import json
import socket

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.cli.organisation import EDITABLE
from petdesk.db import Database
from petdesk.lock_owner import lock_file
from petdesk.models.enums import OrgKind, PartnerRole
from petdesk.services import contacts, organisations, projects, technologies
from petdesk.services.organisation_card import organisation_card
from tests.helpers.terminal import type_at_terminal
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _live(db: Database) -> list[m.Organisation]:
    with db.reading() as s:
        rows = s.query(m.Organisation).filter(m.Organisation.deleted_at.is_(None)).all()
        s.expunge_all()
        return rows


ADD = ("organisation", "add", "--name-en", "Suzhou Clean Water Co.", "--name-zh", "苏州清水公司")


def test_add_show_edit_history_delete_restore(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, err = _run(
        db,
        capsys,
        *ADD,
        "--kind",
        "Enterprise",
        "--city",
        "Suzhou",
        "--country",
        "cn",
        "--tag",
        "water, 示范",
    )
    assert (code, err) == (0, "")
    [org] = _live(db)
    assert out == f"Organisation added: {org.id[:8]}\n"
    assert (org.kind, org.city_en, org.city_zh, org.country, org.tags) == (
        OrgKind.ENTERPRISE,
        "Suzhou",
        "苏州",  # the service names a known city in both languages, as the editor's save does
        "CN",
        ["water", "示范"],
    )
    # the search index knows it at once, as after the window's save
    code, out, _err = _run(db, capsys, "search", "Clean Water")
    assert code == 0 and org.id[:8] in out
    with db.transaction() as s:
        person = contacts.create_contact(s, family_name="Chen", given_name="Ping")
        contacts.add_affiliation(s, person.id, org.id, position_en="Director", position_zh="总经理")
        project = projects.create_project(s, title_en="Sludge pilot", lead_organisation_id=org.id)
        projects.add_partner(s, project.id, organisation_id=org.id, role=PartnerRole.PARTNER)
        technologies.create_technology(s, name_en="Sludge dryer", provider_organisation_id=org.id)
        person_id = person.id

    code, out, _err = _run(db, capsys, "organisation", "Clean", "Water")  # a part of its name
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Suzhou Clean Water Co. / 苏州清水公司"
    assert f"  id: {org.id}" in lines and "  kind: Enterprise" in lines
    assert "  city: Suzhou, China" in lines and "  tags: water, 示范" in lines
    assert f"  {person_id[:8]}  Ping Chen — Director" in lines, lines
    # led and partnered: one project, counted once
    assert [
        line for line in lines if line.split(":")[0].strip() in ("projects", "technologies", "visits")
    ] == ["  projects: 1", "  technologies: 1", "  visits: 0"]
    assert any(line.startswith("  last change: ") for line in lines)

    code, out, _err = _run(db, capsys, "organisation", "show", org.id[:6], "--json")
    document = json.loads(out)
    assert (document["id"], document["kind"], document["city_zh"], document["projects"]) == (
        org.id,
        "enterprise",
        "苏州",
        1,
    )
    assert document["people"][0]["position_zh"] == "总经理" and document["last_change"]["at"]

    code, out, err = _run(
        db,
        capsys,
        *("organisation", "edit", "苏州清水公司", "--set", "website=https://sz-water.example"),
        *("--set", "kind=ngo", "--set", "is_member_city=yes", "--add-tag", "pilot", "--remove-tag", "water"),
        *("--set", "technology_areas=water, wastewater", "--set", "address_zh=苏州工业园区星湖街 1 号"),
    )
    assert (code, out, err) == (0, f"Organisation changed: {org.id[:8]}\n", "")
    [changed] = _live(db)
    assert (changed.website, changed.kind, changed.is_member_city, changed.tags) == (
        "https://sz-water.example",
        OrgKind.NGO,
        True,
        ["示范", "pilot"],
    )
    assert changed.technology_areas == ["water", "wastewater"]
    lines = _run(db, capsys, "organisation", org.id[:8])[1].splitlines()
    assert "  address: 苏州工业园区星湖街 1 号" in lines and "  member city of the network: yes" in lines
    assert any(line.startswith("  technology areas: Water") for line in lines), lines
    code, out, _err = _run(db, capsys, "history", org.id[:8])
    assert code == 0 and "https://sz-water.example" in out and "created" in out

    # no terminal to ask at: nothing is deleted; "n" typed: neither
    code, out, err = _run(db, capsys, "organisation", "delete", org.id[:8])
    assert code == 1 and "Add --yes" in err and len(_live(db)) == 1
    type_at_terminal(monkeypatch, "n\n")
    code, out, _err = _run(db, capsys, "organisation", "delete", org.id[:8])
    assert code == 1 and out.endswith("Nothing was deleted.\n") and len(_live(db)) == 1
    assert "Delete the organisation Suzhou Clean Water Co. (" in out
    code, out, _err = _run(db, capsys, "organisation", "delete", org.id[:8], "--yes")
    assert code == 0 and _live(db) == []
    assert out.splitlines() == [
        "1 person works here. They stay in Contacts, but without this organisation while it is deleted; "
        "their positions come back when it is restored.",
        "1 project led by it keeps it as lead, marked as deleted.",
        "1 project keeps it among its partners.",
        "Deleted the organisation Suzhou Clean Water Co.; "
        f"`petdesk restore-record {org.id[:8]}` brings it back.",
    ]
    assert _run(db, capsys, "organisation", org.id[:8])[0] == 1  # gone from the live ones
    assert org.id[:8] not in _run(db, capsys, "search", "Clean Water")[1]  # and from the search
    code, out, _err = _run(db, capsys, "restore-record", org.id[:8])
    assert code == 0 and "Restored organisation" in out
    code, out, _err = _run(db, capsys, "organisation", org.id[:8])
    assert code == 0 and f"  {person_id[:8]}  Ping Chen — Director" in out.splitlines()
    assert org.id[:8] in _run(db, capsys, "search", "Clean Water")[1]


def test_refusals_in_plain_words(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(db, capsys, *ADD, "--kind", "company")
    assert (code, out) == (1, "")
    assert err.startswith("petdesk: error: unknown kind of organisation “company”; the kinds: ")
    assert "city_government (City government)" in err and "ngo (NGO)" in err
    code, _out, err = _run(db, capsys, "organisation", "add", "--kind", "ngo", "--country", "Germany")
    assert code == 1
    assert err == (
        "petdesk: error: Enter the organisation's name in English or Chinese.\n"
        "“Germany” is not a two-letter country code (e.g. CN, DE).\n"
    )
    assert _live(db) == []
    assert _run(db, capsys, *ADD, "--kind", "enterprise", "--city", "苏州")[0] == 0
    # the window's same-name question, answered by --anyway on the command line
    code, _out, err = _run(db, capsys, *ADD, "--kind", "enterprise", "--city", "Suzhou")
    [first] = _live(db)
    assert code == 1 and err == (
        "petdesk: error: An organisation of that name already exists in Suzhou: Suzhou Clean Water Co. "
        f"({first.id[:8]}). Nothing was added; add --anyway to add another.\n"
    )
    assert _run(db, capsys, *ADD, "--kind", "enterprise", "--city", "Suzhou", "--anyway")[0] == 0
    assert len(_live(db)) == 2
    code, _out, err = _run(db, capsys, "organisation", "edit", first.id[:8], "--set", "colour=red")
    assert code == 1 and "unknown field “colour”; the fields: name_en, name_zh," in err
    code, _out, err = _run(db, capsys, "organisation", "edit", first.id[:8])
    assert code == 1 and "Nothing to change" in err
    code, _out, err = _run(db, capsys, "organisation", "edit", "Suzhou Clean Water Co.", "--add-tag", "x")
    assert code == 1 and "several organisations are called “Suzhou Clean Water Co.”" in err
    with pytest.raises(SystemExit) as stopped:  # a usage error: argparse's own exit status 2
        _run(db, capsys, "organisation", "edit", first.id[:8], "--set", "website")
    assert stopped.value.code == 2 and "“website” is not FIELD=VALUE" in capsys.readouterr().err


def test_chinese_messages(db: Database, capsys: pytest.CaptureFixture[str], tree_catalogue: object) -> None:
    zh = ("--lang", "zh_CN")
    code, _out, err = _run(db, capsys, *zh, *ADD, "--kind", "company")
    assert code == 1 and err.startswith("petdesk：错误：未知的机构类型“company”；可用的类型：")
    assert "ngo（非政府组织）" in err
    code, out, _err = _run(db, capsys, *zh, *ADD, "--kind", "非政府组织", "--city", "苏州")
    [org] = _live(db)
    assert code == 0 and out == f"已添加机构：{org.id[:8]}\n" and org.kind == OrgKind.NGO
    code, _out, err = _run(db, capsys, *zh, *ADD, "--kind", "ngo", "--city", "苏州")
    assert code == 1 and "苏州已有同名机构：苏州清水公司" in err and "--anyway" in err
    code, out, _err = _run(db, capsys, *zh, "organisation", org.id[:8])
    lines = out.splitlines()
    assert lines[0] == "苏州清水公司 / Suzhou Clean Water Co." and "  类型: 非政府组织" in lines
    assert "  项目: 0" in lines and any(line.startswith("  最近更改: ") for line in lines)
    code, _out, err = _run(db, capsys, *zh, "organisation", "edit", org.id[:8], "--set", "colour=red")
    assert code == 1 and err.startswith("petdesk：错误：未知字段“colour”；可用的字段：")
    with db.transaction() as s:
        person = contacts.create_contact(s, family_name="Chen", given_name="Ping")
        contacts.add_affiliation(s, person.id, org.id)
    code, out, _err = _run(db, capsys, "organisation", "delete", org.id[:8], "--yes", *zh)
    assert code == 0 and out.splitlines() == [
        "此机构有 1 位在职人员。他们仍保留在联系人中，但在机构删除期间不再显示此机构；"
        "恢复机构后，他们的职位也会恢复。",
        f"已删除机构 苏州清水公司；`petdesk restore-record {org.id[:8]}` 可将其恢复。",
    ]


def test_changes_refused_beside_a_window_on_another_computer(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run(db, capsys, *ADD, "--kind", "enterprise")[0] == 0
    [org] = _live(db)
    lock_file(db.path).write_text("4242\npetdesk\nanke-pc\n3d1219c7\ncb9842e0\n", encoding="utf-8")
    for words in (
        (*ADD, "--kind", "ngo", "--anyway"),
        ("organisation", "edit", org.id[:8], "--add-tag", "x"),
    ):
        code, _out, err = _run(db, capsys, *words)
        assert code == 1 and "anke-pc" in err, words
    assert _run(db, capsys, "organisation", org.id[:8])[0] == 0  # reading is fine
    assert len(_live(db)) == 1 and _live(db)[0].tags == []
    lock_file(db.path).write_text(f"4242\npetdesk\n{socket.gethostname()}\n3d1219c7\ncb9842e0\n")
    assert _run(db, capsys, "organisation", "edit", org.id[:8], "--add-tag", "x")[0] == 0


def test_editable_fields_are_the_services(db: Database) -> None:
    assert tuple(f for f in organisations.FIELDS if f != "source") == EDITABLE
    with db.transaction() as s:
        org = organisations.create_organisation(s, name_en="Old Works")
        organisation_id = org.id
    with db.transaction() as s:
        organisations.update_organisation(s, organisation_id, notes="moved")
    with db.reading() as s:
        card = organisation_card(s, organisation_id)
    assert card.last_change is not None and card.projects == card.technologies == card.visits == 0
