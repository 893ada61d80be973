"""The import's refusals in Chinese: the window's import dialog and the command line pass them through
``messages.localize``, which used to leave every message that names its line ("line 4: …") in English,
and had no template for the commonest ones (a row wider than the header, no name column, no header)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.messages import localize
from petdesk.services import importing


def _refusal(path: Path, **options: object) -> str:
    with pytest.raises(importing.ImportFileError) as caught:
        table = importing.read_table(path, **options)  # type: ignore[arg-type]
        table.require_header()
        importing.check_mapping(importing.guess_mapping(table.headers, "contacts"), table.headers, "contacts")
        list(table.body())
    return str(caught.value)


def _has_english_words(text: str) -> bool:
    words = ("the ", "line ", "row ", "column", "header", "file", "found")
    return any(w in text for w in words)


@pytest.mark.parametrize(
    ("content", "english"),
    [
        ("Name,E-mail\nAnna,anna@example.org\nBen,ben@example.org,extra\n", "line 3: this row has 3 columns"),
        ("Organisation,City\nAcme,Bonn\n", "no column holds a person's name"),
        ("10,red\n20,blue\n", "looks like a header"),
        ('Name,E-mail\n"Anna,anna@example.org\n', "quoted value starts here"),
    ],
)
def test_an_import_refusal_reads_in_chinese_with_its_line(tmp_path: Path, content: str, english: str) -> None:
    path = tmp_path / "people.csv"
    path.write_text(content, encoding="utf-8")
    message = _refusal(path)
    assert english in message
    chinese = localize(message, "zh_CN")
    assert not _has_english_words(chinese), chinese
    if message.startswith("line "):
        assert chinese.startswith(f"第 {message.split()[1].rstrip(':')} 行："), chinese
    assert localize(message, "en") == message


def test_a_header_row_the_file_does_not_have_reads_in_chinese(tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,E-mail\nAnna,anna@example.org\n", encoding="utf-8")
    chinese = localize(_refusal(path, header_row=9), "zh_CN")
    assert chinese == "文件中没有第 9 行可作为表头", chinese


def test_exchange_files_and_unknown_ids_are_refused_in_chinese(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """``petdesk --lang zh_CN`` printed the refusal of a 3iPET file and of an unknown id in English."""
    from petdesk.cli import main

    db = ["--db", str(tmp_path / "office.sqlite"), "--lang", "zh_CN"]
    assert main([*db, "office"]) == 0  # (the commands below refuse a missing database)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "3ipet-exchange",\n "version": "1.0",,}', encoding="utf-8")
    assert main([*db, "exchange", "import", str(broken)]) != 0
    err = capsys.readouterr().err
    assert "broken.json 不是有效的 JSON（第 2 行" in err, err
    assert main([*db, "match", "zzzz"]) != 0
    err = capsys.readouterr().err
    assert "没有编号为 zzzz 的城市需求" in err, err
    assert main([*db, "trainings", "zz"]) != 0
    err = capsys.readouterr().err
    assert "请至少输入培训编号的前 4 个字符" in err, err
