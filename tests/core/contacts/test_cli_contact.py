"""``petdesk contact``: a contact seen whole, added, changed and deleted from the command line through
the window editor's save (its checks, its duplicate question, the change log that ``history`` reads)
and the window's soft delete (which ``restore-record`` undoes); refusals in both languages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db.path), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def _org(db: Database, name_en: str, name_zh: str) -> str:
    with db.transaction() as s:
        org = m.Organisation(name_en=name_en, name_zh=name_zh, kind=OrgKind.ENTERPRISE)
        s.add(org)
        s.flush()
        return org.id


def _add_anna(db: Database, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = _run(
        db,
        capsys,
        *("contact", "add", "--family-name", "Schmidt", "--given-name", "Anna"),
        *("--organisation", "宜兴朝阳公司", "--position", "Engineer"),
        *("--email", "anna@example.de", "--phone", "+49 30 1234567", "--tag", "water", "--tag", "Leipzig"),
    )
    assert (code, err) == (0, ""), err
    contact_id = out.removeprefix("Contact added: ").removesuffix("\n")
    assert len(contact_id) == 22, out
    return contact_id


def test_add_show_edit_history_delete_restore(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    org = _org(db, "Yixing Sunrise Ltd.", "宜兴朝阳公司")
    contact_id = _add_anna(db, capsys)
    with db.reading() as s:
        contact = s.get(m.Contact, contact_id)
        assert contact is not None
        assert (contact.family_name, contact.given_name, contact.tags) == (
            "Schmidt",
            "Anna",
            ["water", "Leipzig"],
        )
        assert sorted(x.value for x in contact.methods) == ["+49 30 1234567", "anna@example.de"]
        [job] = contact.affiliations
        assert (job.organisation_id, job.position_en) == (org, "Engineer")

    # shown whole, by a unique beginning of its id or by words that find only them (an e-mail)
    code, out, _err = _run(db, capsys, "contact", contact_id[:6])
    assert code == 0
    assert out.startswith("Anna Schmidt\n")
    assert "Yixing Sunrise Ltd. · Engineer" in out
    assert "E-mail (Work):" in out and "anna@example.de" in out
    assert "Leipzig" in out and contact_id in out
    code, out, _err = _run(db, capsys, "contact", "show", "anna@example.de", "--json")
    document = json.loads(out)
    assert (document["id"], document["family_name"], document["tags"]) == (
        contact_id,
        "Schmidt",
        ["water", "Leipzig"],
    )
    assert document["affiliations"][0]["organisation_zh"] == "宜兴朝阳公司"
    assert {(x["channel"], x["value"]) for x in document["methods"]} == {
        ("email", "anna@example.de"),
        ("phone", "+49 30 1234567"),
    }

    code, out, err = _run(
        db,
        capsys,
        *("contact", "edit", "Anna Schmidt", "--set", "honorific-en=Dr.", "--set", "given_name_zh=安娜"),
        *("--add-email", "a2@example.de", "--remove-phone", "+493012 34567", "--remove-tag", "WATER"),
        *("--add-tag", "水"),
    )
    assert (code, out, err) == (0, f"Changed contact {contact_id[:8]}.\n", "")
    with db.reading() as s:
        contact = s.get(m.Contact, contact_id)
        assert contact is not None
        assert (contact.honorific_en, contact.given_name_zh, contact.tags) == (
            "Dr.",
            "安娜",
            ["Leipzig", "水"],
        )
        assert sorted(x.value for x in contact.methods if x.deleted_at is None) == [
            "a2@example.de",
            "anna@example.de",
        ]

    code, out, _err = _run(db, capsys, "history", contact_id)
    assert code == 0
    assert "Honorific (English): (empty) → Dr." in out
    assert "Tags: water, Leipzig → Leipzig, 水" in out

    code, out, err = _run(db, capsys, "contact", "delete", contact_id[:8], "--yes")
    assert code == 0, err
    assert f"petdesk restore-record {contact_id}" in out
    with db.reading() as s:
        deleted = s.get(m.Contact, contact_id)
        assert deleted is not None and deleted.deleted_at is not None
    code, _out, err = _run(db, capsys, "contact", contact_id[:8])
    assert code == 1 and f"`petdesk restore-record {contact_id}` brings it back" in err

    code, out, err = _run(db, capsys, "restore-record", contact_id)
    assert (code, err) == (0, "")
    code, out, _err = _run(db, capsys, "contact", contact_id)
    assert code == 0 and "Dr." in out


def test_delete_asks_and_without_a_terminal_does_nothing(
    db: Database, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    contact_id = _add_anna_plain(db, capsys)
    monkeypatch.setattr("sys.stdin", open(Path(__file__), encoding="utf-8"))  # noqa: SIM115 (not a terminal)
    code, _out, err = _run(db, capsys, "contact", "delete", contact_id)
    assert code == 1 and "--yes" in err
    with db.reading() as s:
        contact = s.get(m.Contact, contact_id)
        assert contact is not None and contact.deleted_at is None


def test_a_likely_duplicate_is_asked_about_and_added_with_save_anyway(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _org(db, "Yixing Sunrise Ltd.", "宜兴朝阳公司")
    first = _add_anna(db, capsys)
    again = (
        "contact",
        "add",
        "--family-name",
        "Schmidt",
        "--given-name",
        "Anna",
        "--email",
        "ANNA@example.de",
    )
    code, out, err = _run(db, capsys, *again)
    assert (code, out) == (1, "")
    assert "may be the same person" in err and first[:8] in err and "--save-anyway" in err
    with db.reading() as s:
        assert s.query(m.Contact).count() == 1
    code, out, err = _run(db, capsys, *again, "--save-anyway")
    assert code == 0 and out.startswith("Contact added: "), err
    with db.reading() as s:
        assert s.query(m.Contact).count() == 2


def test_bad_input_is_refused_in_plain_words(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(db, capsys, "contact", "add", "--family-name", "Li", "--email", "li@")
    assert (code, out) == (1, "")
    assert "Not saved:" in err and "“li@” is not an e-mail address" in err
    code, _out, err = _run(
        db, capsys, "contact", "add", "--family-name", "Li", "--organisation", "Nowhere Inc"
    )
    assert code == 1 and "Nowhere Inc" in err
    with db.reading() as s:
        assert s.query(m.Contact).count() == 0
    contact_id = _add_anna_plain(db, capsys)
    for argv, words in (
        (("--set", "shoe_size=44"), "No field shoe_size to set"),
        ((), "Nothing to change"),
        (("--remove-tag", "never"), "They have no tag never."),
        (("--remove-email", "nobody@example.org"), "no e-mail address nobody@example.org"),
    ):
        code, out, err = _run(db, capsys, "contact", "edit", contact_id, *argv)
        assert (code, out) == (1, ""), argv
        assert words in err, err
    with pytest.raises(SystemExit) as usage:  # a wrong command line, as argparse says it (exit 2)
        main(["--db", str(db.path), "contact", "edit", contact_id, "--set", "given_name"])
    assert usage.value.code == 2 and "FIELD=VALUE" in capsys.readouterr().err


def _add_anna_plain(db: Database, capsys: pytest.CaptureFixture[str]) -> str:
    code, out, err = _run(db, capsys, "contact", "add", "--family-name", "Schmidt", "--given-name", "Anna")
    assert code == 0, err
    return out.removeprefix("Contact added: ").removesuffix("\n")


@pytest.mark.usefixtures("tree_catalogue")
def test_chinese_messages(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(
        db, capsys, "--lang", "zh_CN", "contact", "add", "--family-name-zh", "王", "--given-name-zh", "浩"
    )
    assert code == 0, err
    assert out.startswith("已添加联系人：")  # as "已添加机构：ID" (organisation add)
    contact_id = out.removeprefix("已添加联系人：").removesuffix("\n")
    code, out, _err = _run(db, capsys, "--lang", "zh_CN", "contact", "王浩")
    assert code == 0
    assert out.startswith("王浩\n") and "编号：" in out
    code, out, err = _run(
        db, capsys, "--lang", "zh_CN", "contact", "edit", contact_id, "--add-email", "wang@"
    )
    assert code == 1
    assert "未保存：" in err and "不是电子邮件地址" in err
    code, out, err = _run(db, capsys, "--lang", "zh_CN", "contact", "edit", contact_id, "--remove-tag", "水")
    assert code == 1 and "此联系人没有标签 水。" in err
    code, out, err = _run(db, capsys, "--lang", "zh_CN", "contact", "delete", contact_id, "--yes")
    assert code == 0 and out.startswith("已删除联系人 王浩（")


def test_changes_are_refused_while_a_window_elsewhere_holds_the_file(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    """``contact add|edit|delete`` write, ``contact ID`` reads; and the subcommands of the other
    groups whose first word may be free (``technologies add``, ``projects stage``) were let past the
    refusal as their reading group until ``name_commands`` walked them."""
    from petdesk.lock_owner import lock_file

    contact_id = _add_anna_plain(db, capsys)
    lock_file(db.path).write_text("4242\npetdesk\nanke-pc\n3d1219c7\ncb9842e0\n", encoding="utf-8")
    for argv in (
        ("contact", "add", "--family-name", "Krüger"),
        ("contact", "edit", contact_id, "--add-tag", "x"),
        ("contact", "delete", contact_id, "--yes"),
        ("technologies", "add", "--name-en", "Sludge dryer"),
        ("needs", "add", "--title-en", "Clean river"),
    ):
        code, _out, err = _run(db, capsys, "--lang", "en", *argv)
        assert code == 1 and "anke-pc" in err, argv
    with db.reading() as s:
        assert s.query(m.Contact).count() == 1 and s.query(m.Technology).count() == 0
    code, out, _err = _run(db, capsys, "contact", contact_id)
    assert code == 0 and out.startswith("Anna Schmidt\n")


def test_global_options_after_the_words(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """``petdesk contact ID --db F --lang zh_CN``, as people type: the global options are added to the
    parsers of word-or-subcommand groups too (their choices list no word)."""
    contact_id = _add_anna_plain(db, capsys)
    assert main(["contact", contact_id, "--json", "--db", str(db.path)]) == 0
    assert json.loads(capsys.readouterr().out)["id"] == contact_id
    assert main(["contact", "edit", contact_id, "--add-tag", "x", "--db", str(db.path), "--lang", "en"]) == 0
    assert capsys.readouterr().out == f"Changed contact {contact_id[:8]}.\n"


def test_words_many_people_match_are_refused_with_their_ids(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _add_anna_plain(db, capsys)
    code, out, err = _run(db, capsys, "contact", "add", "--family-name", "Schmidt", "--given-name", "Bernd")
    assert code == 0, err
    code, out, err = _run(db, capsys, "contact", "Schmidt")
    assert (code, out) == (1, "")
    assert "Several contacts match “Schmidt”" in err and f"{first[:8]} Anna Schmidt" in err
    code, out, err = _run(db, capsys, "contact")  # the group alone: its help, as argparse's usage errors
    assert (code, out) == (2, "") and "{ID,show,add,edit,delete}" in err


@pytest.mark.usefixtures("tree_catalogue")
def test_show_tells_the_name_order(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    """How the Latin name is written, and whether someone chose it, as the editor's box (not shown before)."""
    _org(db, "Yixing Sunrise Ltd.", "宜兴朝阳公司")
    contact_id = _add_anna(db, capsys)
    code, out, _err = _run(db, capsys, "contact", contact_id[:8])
    assert code == 0 and "Written as: Given name first (by the rule for the name)" in " ".join(out.split())
    code, _out, err = _run(db, capsys, "contact", "edit", contact_id[:8], "--name-order", "family-first")
    assert (code, err) == (0, "")
    code, out, _err = _run(db, capsys, "--lang", "zh_CN", "contact", contact_id[:8])
    assert "书写顺序： 姓在前（手动选择）" in " ".join(out.split())  # the labels padded
    code, out, _err = _run(db, capsys, "contact", contact_id[:8], "--json")
    document = json.loads(out)
    assert (document["name_order"], document["name_order_chosen"]) == ("family_first", True)
