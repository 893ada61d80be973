"""The import's refusals in Chinese: the window's import dialog and the command line pass them through
``messages.localize``, which used to leave every message that names its line ("line 4: …") in English,
and had no template for the commonest ones (a row wider than the header, no name column, no header)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.messages import localize
from petdesk.services import importing
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese catalogue


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
    assert "broken.json 不是有效的 JSON 文件：第 2 行第 19 列" in err, err  # exchpolish62: one whole sentence
    assert main([*db, "match", "zzzz"]) != 0
    err = capsys.readouterr().err
    assert "没有编号为 zzzz 的城市需求" in err, err
    assert main([*db, "trainings", "zz"]) != 0
    err = capsys.readouterr().err
    assert "请至少输入培训编号的前 4 个字符" in err, err


#: Files the programs people use leave behind, each refused with its own reason (field test 12,
#: defect 7): (file name, bytes, extra command-line words, the Chinese the reason must read as).
REFUSED_FILES = [
    ("bureau.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), [], "这是旧版 Excel 工作簿"),
    ("really_a_pdf.csv", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", [], "这是 PDF"),
    ("empty.csv", b"", [], "empty.csv 是空文件"),
    ("header_only.csv", b"Name,E-mail\r\n", [], "只有列名，下面没有数据行"),
    ("quote.csv", b'Name,E-mail\nAnna,anna@example.org\n"Ben,ben@example.org\n', [], "第 3 行："),
    ("wide.csv", b"Name,E-mail\nAnna,anna@example.org\nBen,ben@example.org,x,y\n", [], "第 3 行："),
    ("cut.csv", "姓名,邮箱,电话\n张伟,zw@example.cn,138\n李娜,ln@".encode("gbk"), [], "第 3 行："),
    ("rare.csv", "姓名,电话\n王𫖯,13800000000\n".encode("gb18030"), ["--encoding", "gbk"], "gbk"),
    (
        "cut.vcf",
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ben\r\n",
        [],
        "第 5 行：",
    ),
    ("nul.csv", b"Name,E-mail\nAnna,a\x00b\n", [], "NUL"),
]


def _english_left(text: str) -> list[str]:
    """Runs of two or more English words (a file name or a code such as END:VCARD is one word)."""
    import re

    return re.findall(r"[A-Za-z]{2,}(?:[ ,]+[A-Za-z]{2,})+", text)


@pytest.mark.parametrize(("name", "content", "extra", "chinese"), REFUSED_FILES)
def test_the_chinese_command_line_gives_a_file_refusal_in_chinese(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes,
    extra: list[str],
    chinese: str,
) -> None:
    """``petdesk：错误：empty.csv：empty.csv is empty；未导入任何内容``: the reason was English
    inside a Chinese line; it now reads as the window gives it (``messages.localize``)."""
    from petdesk.cli import main

    path = tmp_path / name
    path.write_bytes(content)
    db = ["--db", str(tmp_path / "office.sqlite"), "--lang", "zh_CN"]
    assert main([*db, "import-contacts", *extra, str(path)]) != 0
    err = capsys.readouterr().err.strip()
    assert chinese in err and err.endswith("未导入任何内容"), err
    reason = err.split(f"{path}：", 1)[1]
    assert not _english_left(reason), err


@pytest.mark.parametrize(
    "english",
    [
        "line 38: the file ends inside the vCard that starts on line 38 "
        "(no END:VCARD: the file is truncated)",
        "line 7: the file ends in the middle of this line, inside the vCard that starts on line 5: "
        "the file is truncated",
        "line 9: a new BEGIN:VCARD starts before the card from line 5 has ended (missing END:VCARD)",
        "line 4: END:VCARD without a matching BEGIN:VCARD",
        "line 1: FN is outside any BEGIN:VCARD … END:VCARD block (not a vCard file?)",
        "line 2: unsupported vCard version '5.0'",
        "line 3: a value starting on this line is longer than 1,000,000 characters: "
        "this is not a contact list",
        "line 3: 'hello' is not a vCard property (no ':')",
        "line 3: 'X_Y' is not a valid vCard property name",
        "line 3: unknown CHARSET 'x-klingon'",
        "line 3: the quoted-printable value of N is not valid utf-8 text",
        "line 2: bytes b'\\x988\\xf57' are not valid gbk text",
        "unknown encoding 'x-klingon'",
        "mapping 'Name' should look like 'Header=field'",
    ],
)
def test_every_vcard_and_encoding_refusal_has_a_chinese_template(english: str) -> None:
    chinese = localize(english, "zh_CN")
    assert chinese != english and not _english_left(chinese.replace("vCard", "")), chinese


def test_the_window_and_the_command_line_give_the_same_chinese_refusal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from petdesk.cli import main

    path = tmp_path / "cut.vcf"
    path.write_bytes(REFUSED_FILES[7][1])
    with pytest.raises(importing.ImportFileError) as caught:
        importing.load_file(path)
    window = localize(str(caught.value), "zh_CN")  # what the import dialog shows
    assert main(["--db", str(tmp_path / "o.sqlite"), "--lang", "zh_CN", "import-contacts", str(path)]) != 0
    assert f"{path}：{window}；未导入任何内容" in capsys.readouterr().err


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese, quoted “…”
def test_a_date_warning_names_the_field_in_the_users_language(tmp_path: Path) -> None:
    """``birthday“2023-02-30”不是日期`` put the field key inside the Chinese sentence."""
    from petdesk.i18n import translator
    from petdesk.services.duplicates import translate_reason

    path = tmp_path / "people.csv"
    path.write_text("姓名,生日\n坏人三,2023-02-30\n", encoding="utf-8")
    records = importing.load_file(path).records
    warnings = [translate_reason(w, translator("zh_CN")) for r in records for w in r.warnings]
    assert warnings == ["生日“2023-02-30”不是日期；未导入"], warnings
    english = [translate_reason(w, translator("en")) for r in records for w in r.warnings]
    assert english == ["Birthday “2023-02-30” is not a date; left out"], english


def test_the_plan_and_the_report_count_rows_with_warnings(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """Neither summary line counted them (field test 12, defect 5): a dry run's warnings scroll away."""
    from petdesk.cli import main

    path = tmp_path / "people.csv"
    path.write_text("姓名,生日\n好人甲,1980-01-02\n坏人三,2023-02-30\n", encoding="utf-8")
    db = ["--db", str(tmp_path / "office.sqlite")]
    assert main([*db, "--lang", "zh_CN", "import-contacts", "--dry-run", str(path)]) == 0
    assert "新增 2 条，更新 0 条，跳过 0 条；1 行有警告" in capsys.readouterr().out
    assert main([*db, "--lang", "en", "import-contacts", str(path)]) == 0
    assert "2 added, 0 updated, 0 skipped; rows with warnings: 1" in capsys.readouterr().out


def test_a_refused_file_among_several_with_a_map_is_said(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Review 50: --map for several files read every file's kind first, outside the refusal's
    handling: an old .xls among them was "an unexpected error" (even without --map)."""
    from petdesk.cli import main

    good = tmp_path / "form.csv"
    good.write_text("姓名,邮箱,备注列\n张伟,zw@example.cn,x\n", encoding="utf-8")
    old = tmp_path / "bureau.xls"
    old.write_bytes(REFUSED_FILES[0][1])
    db = ["--db", str(tmp_path / "office.sqlite"), "--lang", "zh_CN"]
    assert main([*db, "import-contacts", "--map", "备注列=notes", str(good), str(old)]) != 0
    err = capsys.readouterr().err
    assert "这是旧版 Excel 工作簿" in err and "意外" not in err
