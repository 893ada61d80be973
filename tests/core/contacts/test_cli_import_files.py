"""import-contacts with several files or a folder, all or nothing; export --vcard-version (issue 13)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from tests.core.contacts.io_helpers import DATA_DIR, data_dump
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def test_several_files_and_a_folder_in_one_import(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    for name in ("outlook_cp1252.csv", "thunderbird.csv"):
        shutil.copy(DATA_DIR / name, folder / name)
    code = main(
        [
            "--db",
            str(db.path),
            "import-contacts",
            str(DATA_DIR / "iphone_crcrlf.vcf"),
            str(folder),
            "--dry-run",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    assert "outlook_cp1252.csv: encoding cp1252" in out and "Jörg" in out  # the encoding with a sample
    assert "5 added, 0 updated, 0 skipped" in out and "(3 files)" in out
    assert (
        main(["--db", str(db.path), "import-contacts", str(folder), str(DATA_DIR / "iphone_crcrlf.vcf")]) == 0
    )
    capsys.readouterr()
    # One bad file among good ones: nothing at all is imported.
    before = data_dump(db)
    bad = tmp_path / "bad.vcf"
    bad.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:X\r\n")
    code = main(["--db", str(db.path), "import-contacts", str(DATA_DIR / "google_contacts.csv"), str(bad)])
    err = capsys.readouterr().err
    assert code == 1 and "bad.vcf" in err and "nothing was imported" in err
    assert data_dump(db) == before


def test_export_vcard_3(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db.path), "import-contacts", str(DATA_DIR / "docomo_v21_sjis.vcf")]) == 0
    out = tmp_path / "three.vcf"
    assert main(["--db", str(db.path), "export-contacts", "--out", str(out), "--vcard-version", "3.0"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "VERSION:3.0" in text and "ALTID" not in text and "N;LANGUAGE=ja:山田;太郎;;;" in text


def test_a_big_file_lists_its_first_possible_matches_and_counts_the_rest(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """130 namesakes at 130 organisations: 129 possible matches, of which the first 100 are listed
    as the rows are imported, the rest counted; --verbose lists every row."""
    people = tmp_path / "namesakes.csv"
    rows = [f"Zhang,Wei,Org {i},wz{i}@example.org" for i in range(130)]
    people.write_text("family_name,given_name,organisation,email\n" + "\n".join(rows) + "\n")
    assert main(["--db", str(db.path), "import-contacts", str(people), "--on-match", "add"]) == 0
    out = capsys.readouterr().out
    listed = [line for line in out.splitlines() if "namesakes.csv line" in line]
    assert len(listed) == 100 and "line 3:" in listed[0]  # (line 2 is the first of them)
    assert "possible matches not listed here: 29 (--verbose lists every row)" in out
    assert "130 added" in out and "129 possible matches" in out
    assert main(["--db", str(db.path), "import-contacts", str(people), "--dry-run", "--verbose"]) == 0
    assert sum("namesakes.csv line" in line for line in capsys.readouterr().out.splitlines()) == 130


@pytest.mark.parametrize(
    ("source", "saved_as"),
    [
        ("contacts_outlook.csv", "contacts.xlsx"),
        ("iphone_v30.vcf", "contacts.csv"),
        ("book.xlsx", "book.csv"),
    ],
)
def test_a_file_with_the_wrong_extension_is_read_by_what_it_holds(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], source: str, saved_as: str
) -> None:
    """A CSV named .xlsx was "a damaged Excel file"; a workbook or vCard file named .csv was "not
    valid in any encoding" or "columns do not match"."""
    renamed = tmp_path / saved_as
    if source == "book.xlsx":  # petdesk's own Excel export, renamed
        book = tmp_path / "source.xlsx"
        shutil.copyfile(DATA_DIR / "contacts_outlook.csv", tmp_path / "in.csv")
        assert main(["--db", str(db.path), "import-contacts", str(tmp_path / "in.csv")]) == 0
        assert main(["--db", str(db.path), "export-contacts", "--out", str(book), "--format", "xlsx"]) == 0
        shutil.copyfile(book, renamed)
        target = tmp_path / "other.sqlite"
    else:
        shutil.copyfile(DATA_DIR / source, renamed)
        target = db.path
    capsys.readouterr()
    assert main(["--db", str(target), "import-contacts", str(renamed)]) == 0, capsys.readouterr().err
    assert "added" in capsys.readouterr().out


def test_import_report_in_chinese(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = tmp_path / "people.csv"
    people.write_text(
        "Name,Email\nWang Wei,wang.wei@example.org\nZhang San,zs@example.cn\n", encoding="utf-8"
    )
    zh = ["--lang", "zh_CN", "--db", str(db.path), "import-contacts"]
    assert main([*zh, "--show-mapping", str(people)]) == 0
    mapping = capsys.readouterr().out
    assert mapping.startswith(f"{people} 的各列（编码 utf-8）：") and "\n字段： " in mapping
    assert main([*zh, str(people)]) == 0
    assert capsys.readouterr().out == "新增 2 条，更新 0 条，跳过 0 条（people.csv）\n"
    assert main([*zh, "--dry-run", str(people)]) == 0
    said = capsys.readouterr().out
    rows = [line for line in said.splitlines() if line.startswith("people.csv 行 ")]
    assert len(rows) == 2 and all("  跳过     " in row for row in rows), rows
    # One translated sentence: no space glued after the full-width colon.
    assert said.endswith("试运行，未做任何更改：新增 0 条，更新 0 条，跳过 2 条（people.csv）\n"), said
    # English: the row-by-row lines scripts read, unchanged
    assert main(["--lang", "en", "--db", str(db.path), "import-contacts", "--dry-run", str(people)]) == 0
    out = capsys.readouterr().out
    assert "people.csv line     2  skipped  Wang Wei: " in out
    assert out.endswith("Dry run, nothing changed: 0 added, 0 updated, 2 skipped (people.csv)\n")


def test_column_names_without_rows_are_refused_as_an_empty_file_is(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 12: the command line said "0 added" for a CSV of column names only, where the
    window says there is nothing to import; it is now refused with the exit status of an empty file."""
    header_only, empty = tmp_path / "header_only.csv", tmp_path / "empty.csv"
    header_only.write_text("Name,E-mail,Phone\n", encoding="utf-8")
    empty.write_bytes(b"")
    db = ["--db", str(tmp_path / "office.sqlite")]
    status_empty = main([*db, "import-contacts", str(empty)])
    capsys.readouterr()
    status = main([*db, "import-contacts", str(header_only)])
    said = capsys.readouterr()
    assert status == status_empty != 0
    assert "added" not in said.out
    assert "has column names but no rows of data below them; nothing was imported" in said.err, said.err


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_a_mistyped_file_name_is_said_so_not_a_pulled_out_usb_stick(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Field test 90: "mj_gmail.vcf" typed in the folder above the file was refused with "the folder is
    not there (was the USB stick pulled out?)", though the folder was there and no stick in use."""
    (tmp_path / "in").mkdir()
    missing = tmp_path / "mj_gmail.vcf"
    for lang, said in (
        ("en", f"mj_gmail.vcf: there is no such file in {tmp_path.resolve()}; check its name"),
        ("zh_CN", f"mj_gmail.vcf：{tmp_path.resolve()} 中没有这个文件，请检查文件名"),
    ):
        assert main(["--db", str(db.path), "--lang", lang, "import-contacts", str(missing)]) != 0
        err = capsys.readouterr().err
        assert said in err and "USB" not in err, err


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_a_file_in_a_folder_that_is_gone_is_named_once(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """polish63b: "F: cannot read F: the folder is not there …" named the path twice; one sentence
    now, the other imports' (petdesk.unreadable_file), with the system's words plain in Chinese too."""
    missing = tmp_path / "stick" / "contacts.csv"
    for lang, said in (
        ("en", f"cannot read {missing}: the folder is not there (was the USB stick pulled out?)"),
        ("zh_CN", f"无法读取 {missing}：文件夹不存在（U 盘是否已拔出？）"),
    ):
        assert main(["--db", str(db.path), "--lang", lang, "import-contacts", str(missing)]) != 0
        err = capsys.readouterr().err
        assert said in err and err.count(str(missing)) == 1 and "No such file" not in err, err
