"""Field test 98: Ms. Gao Yan at the Wuhan hub office sends printed New Year cards (贺年卡) to her
partners, two thirds in China, the rest in Germany, France, Japan, Korea, Kazakhstan and Brazil. She
imports the partners' cards (Outlook vCards with postal addresses and the category 贺年卡), deletes
one contact, records that another left her organisation, and asks for a mail-merge workbook and a PDF
of A4 label sheets for the print shop, each address in the order of the recipient's country; she is
told who was left out and why, and the export log names both files.

Defects found (see the report of branch field98): petdesk had no way to write postal addresses for
post at all (export-contacts writes address cells for re-import, in no country's order, with
deleted, departed and address-less people alike and no word about them); the first label sheet cut
a long Chinese street with "…" and lost the room number (now wrapped, tests/core/test_mailing_list.py).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from petdesk.cli import main
from petdesk.db import Database
from petdesk.models import Contact
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "field98" / "gao_partners_outlook.vcf"


def _cli(db: Database, *argv: str) -> int:
    return main(["--db", str(db.path), *argv])


@pytest.mark.usefixtures("tree_catalogue")
def test_gao_prints_new_year_card_addresses(db: Database, tmp_path: Path, capsys) -> None:
    # 1. Her partners' cards from Outlook, the 贺年卡 category on those who get one.
    assert _cli(db, "import-contacts", str(SAMPLE)) == 0
    capsys.readouterr()
    with db.transaction() as s:
        people = {c.display_name("zh"): c for c in s.query(Contact)}
        assert len(people) == 11
        # 2. Petra Schmidt retired in the summer; Zhang Wei's record was a duplicate, deleted.
        (petra_job,) = people["Petra Schmidt"].affiliations
        petra_job.end_date = dt.date(2026, 7, 31)
        people["张伟"].deleted_at = dt.datetime(2026, 11, 2, tzinfo=dt.UTC)

    # 3. The mail-merge workbook of the 贺年卡 people, in Chinese as she works.
    book = tmp_path / "贺年卡地址.xlsx"
    assert _cli(db, "--lang", "zh_CN", "mailing-list", "贺年卡", "--out", str(book)) == 0
    out, err = capsys.readouterr()
    assert "已将 7 个地址写入" in out
    assert "1 人因已离开所在机构未列入：Petra Schmidt" in err
    assert "1 人因没有通信地址未列入：王芳" in err
    assert "张伟" not in err and "李雷" not in err  # deleted: left out unsaid; untagged: not chosen
    rows = list(load_workbook(book).active.iter_rows(values_only=True))
    assert rows[0][1:4] == ("姓名", "国家", "地址第 1 行")
    blocks = {row[1]: [c for c in row[3:] if c] for row in rows[1:]}
    assert set(blocks) == {
        "刘洋",
        "Jonas Becker",
        "Camille Dubois",
        "田中太郎",
        "김민준",
        "Асхат Нурланов",
        "João Silva",
    }
    assert blocks["刘洋"] == [
        "430022",
        "湖北省武汉市江汉区新华路218号1203室",
        "武汉市生态环境局",
        "国际合作处",
        "刘洋 收",
    ]
    assert blocks["Jonas Becker"] == [
        "Herrn Dr. Jonas Becker",
        "Umwelttechnik Becker GmbH",
        "Königstraße 12",
        "70173 Stuttgart",
        "GERMANY",
    ]
    assert blocks["田中太郎"][0] == "〒163-8001" and blocks["田中太郎"][-2:] == ["田中太郎 様", "JAPAN"]
    assert blocks["Асхат Нурланов"][-1] == "KAZAKHSTAN" and blocks["김민준"][-1] == "REPUBLIC OF KOREA"

    # 4. The label sheets: every script in an embedded face, every line whole.
    labels = tmp_path / "labels.pdf"
    assert _cli(db, "mailing-list", "贺年卡", "--out", str(labels)) == 0
    assert "7 address labels written" in capsys.readouterr().out
    assert all(f.embedded for f in pdffonts(labels))
    text = flat(pdftotext_pages(labels)[0])
    for piece in ("刘洋 收", "〒163-8001", "김민준 귀하", "Асхат Нурланов", "João Silva", "69002 LYON"):
        assert flat(piece) in text

    # 5. The export log says what left the office, in both languages.
    assert _cli(db, "exports") == 0
    log = capsys.readouterr().out
    assert "wrote 7 address labels to labels.pdf" in log
    assert "wrote a mailing list of 7 addresses to 贺年卡地址.xlsx" in log
    assert _cli(db, "--lang", "zh_CN", "exports") == 0
    assert "将含 7 个地址的邮寄名单写入 贺年卡地址.xlsx" in capsys.readouterr().out
