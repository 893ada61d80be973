"""Field test 99: Mr. Liu Qiang at the Hefei hub office sends visa invitation letters (邀请函) for a
delegation of eight from Karlsruhe (the city, its utility, two enterprises, the university) six weeks
ahead: one letter in Chinese with a table of the guests for the visa office, and an English courtesy
copy, both from the visit's dates and cities, the passport list the city sent
(``tests/data/import/field99/``, see SOURCES.md there) and the office's letterhead.

Defects found and fixed: the city's German Excel list lost every family name ("Name" beside
"Vorname" was read as a display name and dropped with a warning) and every passport number,
nationality and expiry ("Reisepassnummer", "Staatsangehörigkeit" with "deutsch", "Gültig bis" were
unknown); petdesk had no invitation letter and the office no address, contact person or phone (on
the command line nor in Settings › Office). In the first letters: a Chinese line began with 。, a
long table lost its column heads on page 2, an English-only purpose was printed in the Chinese
letter, the consulate was named after the passport's country, a passport expiring within six months
was not mentioned.

Not fixed: the letter reads the saved visit (a date changed in the open editor and not saved is not
in it, as for the registration list); the dates of entry and exit are the visit's, not the arrival
and departure of the logistics tab's flights.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.invitation import MissingData, build_invitation
from petdesk.services import contacts as cs
from petdesk.services import export_log
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.karlsruhe_visit import karlsruhe_visit
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture, imported to be used here (this tree's Chinese catalogue)


def run(db: Database, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    capsys.readouterr()
    code = main(["--db", str(db.path), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_liu_qiang_sends_the_karlsruhe_invitations(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit_id, people = karlsruhe_visit(db, letterhead=False)
    # 1. the office's letterhead, as `petdesk office` sets it
    code, out, _err = run(
        db, capsys, "office", "--address", "Room 1203, 800 Wangjiang West Road, Hefei 230088, China",
        "--address-zh", "安徽省合肥市望江西路800号1203室", "--contact", "Liu Qiang", "--contact-zh", "刘强",
        "--phone", "+86 551 6553 1200",
    )  # fmt: skip
    assert code == 0 and "刘强" in out and "+86 551 6553 1200" in out
    # 2. Miriam Lang has no passport number yet: the letter is refused, naming her and what is missing
    letter = tmp_path / "邀请函.pdf"
    code, _out, err = run(db, capsys, "dossier", "invitation", visit_id[:6], "--out", str(letter))
    assert code == 1 and not letter.exists()
    assert "Miriam Lang: passport number" in err
    # 3. the seven others' own letters go out meanwhile; hers is refused
    code, out, _err = run(db, capsys, "dossier", "invitation", visit_id, "--person", people["Schäfer"],
                          "--out", str(tmp_path / "schaefer.pdf"))  # fmt: skip
    assert code == 0 and "1 guest" in out
    code, _out, err = run(db, capsys, "dossier", "invitation", visit_id, "--person", people["Lang"],
                          "--out", str(tmp_path / "lang.pdf"))  # fmt: skip
    assert code == 1 and "passport number" in err
    # 4. her passport number arrives: the letter of all eight in Chinese, then the English copy
    #    Andreas Keller's passport runs out in May: said, as the visa office would refuse it
    with db.transaction() as s:
        cs.update_contact(s, people["Lang"], passport_number="C3KT7W2M5", passport_expiry="2032-03-01")
        cs.update_contact(s, people["Keller"], passport_expiry="2027-05-01")
    code, out, err = run(db, capsys, "dossier", "invitation", visit_id, "--out", str(letter))
    assert code == 0 and "8 guests" in out
    assert "The passport of Andreas Keller expires on 1 May 2027" in err and "Lang" not in err
    english = tmp_path / "invitation.pdf"
    code, out, _err = run(
        db, capsys, "dossier", "invitation", visit_id, "--lang", "en", "--out", str(english)
    )
    assert code == 0
    zh = flat("".join(pdftotext_pages(letter)))
    for text in ("邀请函", "2027年1月18日", "2027年1月24日", "合肥、芜湖、上海", "污水处理", "合肥中心办公室",
                 "望江西路800号", "刘强", "+865516553120", "C01X00T47", "C3KT7W2M5", "1972-04-18", "瑞士",
                 "越南", "Bürgermeisterin", "客人派出单位承担", "盖章"):  # fmt: skip
        assert flat(text) in zh, text
    en = flat("".join(pdftotext_pages(english)))
    for text in ("Invitation Letter", "18 Jan 2027", "Hefei, Wuhu, Shanghai", "Hefei Hub Office", "Liu Qiang",
                 "Germany", "Switzerland", "Female", "C3KT7W2M5", "KatrinSchäfer", "(seal)"):  # fmt: skip
        assert flat(text) in en, text
    for pdf in (letter, english):
        assert all(row.embedded for row in pdffonts(pdf)), pdf
    # 5. the export log says who sent whose passport data where
    with db.reading() as s:
        logged = [(line.kind, line.file_name, line.count) for line in export_log.lines(s)]
    assert ("invitation", "invitation.pdf", 8) in logged and ("invitation", "schaefer.pdf", 1) in logged
    assert ("invitation", "lang.pdf", 1) not in logged  # refused: nothing left


def test_a_draft_marks_every_gap_and_a_chinese_letter_needs_the_office_in_chinese(
    db: Database, tmp_path: Path
) -> None:
    visit_id, _people = karlsruhe_visit(db, letterhead=False)
    with pytest.raises(MissingData) as refused:
        build_invitation(db, visit_id, tmp_path / "x.pdf", lang="zh_CN")
    assert dict(refused.value.refused)["office"] == ["address", "contact", "phone"]
    path, _letter = build_invitation(db, visit_id, tmp_path / "draft.pdf", lang="zh_CN", gaps=True)
    text = flat("".join(pdftotext_pages(path)))
    assert text.count(flat("缺：")) == 4  # three of the letterhead, Miriam Lang's passport number
    path, _letter = build_invitation(db, visit_id, tmp_path / "draft-en.pdf", lang="en", gaps=True)
    assert flat("missing: Passport No.") in flat("".join(pdftotext_pages(path)))


@pytest.mark.usefixtures("tree_catalogue")
def test_a_chinese_command_line_says_what_is_missing_in_chinese(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit_id, _people = karlsruhe_visit(db)
    code, _out, err = run(db, capsys, "--lang", "zh_CN", "dossier", "invitation", visit_id, "--out",
                          str(tmp_path / "x.pdf"))  # fmt: skip
    assert code == 1
    assert "未生成邀请函：缺少资料（Miriam Lang：护照号码）" in err
    code, out, err = run(db, capsys, "--lang", "zh_CN", "dossier", "invitation", visit_id, "--gaps", "--out",
                         str(tmp_path / "x.pdf"))  # fmt: skip
    assert code == 0 and "8 位客人" in out and "这是草稿" in err
    code, out, _err = run(db, capsys, "--lang", "zh_CN", "exports")
    assert "x.pdf" in out and "邀请函" in out


@pytest.mark.usefixtures("tree_catalogue")
def test_a_delegate_marked_do_not_contact_is_left_out_of_the_letter_and_said(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The letter's guests are the registration list's, which leaves out a person marked "do not
    contact" (field96 and field99 were written side by side): the letter dropped the delegate
    unsaid, and asked for her own letter the command line said she was no delegate of the visit."""
    from petdesk.services import do_not_contact

    visit_id, people = karlsruhe_visit(db)
    with db.transaction() as s:
        cs.update_contact(s, people["Lang"], passport_number="C3KT7W2M5", passport_expiry="2032-03-01")
        do_not_contact.set_mark(s, people["Schäfer"])
    code, out, err = run(db, capsys, "dossier", "invitation", visit_id, "--out", str(tmp_path / "all.pdf"))
    assert code == 0 and "7 guests" in out
    assert "1 guest left out who asked not to be contacted: Katrin Schäfer" in err
    assert "Schäfer" not in "".join(pdftotext_pages(tmp_path / "all.pdf"))
    code, _out, err = run(db, capsys, "dossier", "invitation", visit_id, "--person", people["Schäfer"],
                          "--out", str(tmp_path / "schaefer.pdf"))  # fmt: skip
    assert code == 1 and "Katrin Schäfer is marked 'do not contact'" in err
    assert "is not the head or a delegate" not in err
    from petdesk.services.invitation import gather, warnings

    with db.reading() as s:
        said = warnings(s, gather(s, visit_id), "zh_CN")
    assert said[0] == "1 位客人因已标记“请勿联系”未列入邀请函：Katrin Schäfer"


@pytest.mark.usefixtures("tree_catalogue")
def test_why_a_letter_cannot_be_made_is_said_in_chinese(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The letter's own refusals (no head or delegates; a person not invited) reached the Chinese
    window and command line in English: the messages' catalogue did not know them."""
    import datetime as dt

    from petdesk.messages import plain_error
    from petdesk.services import visits as vs
    from petdesk.services.invitation import InvitationError

    visit_id, _people = karlsruhe_visit(db)
    code, _out, err = run(db, capsys, "--lang", "zh_CN", "dossier", "invitation", visit_id, "--person",
                          "ffffffff", "--out", str(tmp_path / "x.pdf"))  # fmt: skip
    assert code == 1 and "ffffffff 不是该访问的团长或代表团成员" in err and "is not" not in err
    with db.transaction() as s:
        day = dt.date(2027, 3, 1)
        empty = vs.create_visit(s, title_en="Site visit", start_date=day, end_date=day).id
    with pytest.raises(InvitationError) as refused:
        build_invitation(db, empty, tmp_path / "y.pdf")
    assert plain_error(refused.value, "zh_CN") == "该访问没有可邀请的团长或代表团成员"

