"""A package that arrives twice, once as a mail program's renamed copy ("… (1).petdesk-sync",
"….petdesk-sync.txt"), is refused as imported before with when and from which file it was taken,
so the user knows the copy is the same package (field test 91, defect 1: "imported before" alone
left him looking for a package he thought he had not imported)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import open_database
from petdesk.models import Contact
from petdesk.sync import service
from tests.core.sync.helpers import PASSPHRASE, export, make_office
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _berlin_package_taken_as_txt(tmp_path: Path) -> tuple[Path, Path]:
    """Xi'an's database path and Berlin's package, imported at Xi'an from its ".txt" copy."""
    berlin, xian = make_office(tmp_path / "dbs", "Berlin"), make_office(tmp_path / "dbs", "Xi'an Hub")
    with berlin.transaction() as session:
        session.add(Contact(family_name="Weber", given_name="Anna"))
    package = tmp_path / "berlin-week-1.petdesk-sync"
    export(berlin, package)
    renamed = tmp_path / "berlin-week-1.petdesk-sync.txt"  # what Outlook made of it
    shutil.copyfile(package, renamed)
    first = service.import_package(xian, renamed, PASSPHRASE)
    assert first.applied and not first.already_imported
    berlin.close()
    xian.close()
    return xian.path, package


@pytest.mark.parametrize("dry_run", [True, False])
def test_a_second_copy_says_when_and_from_which_file_it_was_imported(tmp_path: Path, dry_run: bool) -> None:
    xian_path, package = _berlin_package_taken_as_txt(tmp_path)
    copy = tmp_path / "berlin-week-1 (1).petdesk-sync"
    shutil.copyfile(package, copy)
    xian = open_database(xian_path)
    again = service.import_package(xian, copy, PASSPHRASE, dry_run=dry_run)
    xian.close()
    assert again.already_imported and not again.applied
    assert again.imported_before_file == "berlin-week-1.petdesk-sync.txt"
    assert again.imported_before_at is not None


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
@pytest.mark.parametrize(
    ("locale", "words"),
    [("en", "imported before, on "), ("zh_CN", "从文件 berlin-week-1.petdesk-sync.txt 导入过")],
)
def test_the_command_line_names_the_file_it_was_imported_from(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], locale: str, words: str
) -> None:
    xian_path, package = _berlin_package_taken_as_txt(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text(PASSPHRASE + "\n", encoding="utf-8")
    capsys.readouterr()
    args = ["--db", str(xian_path), "--lang", locale, "sync", "import", str(package), "--passphrase-file"]
    assert main([*args, str(secret)]) == 0
    said = capsys.readouterr().out
    assert words in said and "berlin-week-1.petdesk-sync.txt" in said, said
