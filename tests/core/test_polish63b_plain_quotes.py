"""polish63b: the contacts import said "unknown kind 'Media'" and the money messages "the amount
'€ $5'" with Python's quotes; they quote as the other sentences do (“Media”), in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.cli.context import translator_for
from petdesk.db import Database
from petdesk.services import past_projects
from petdesk.services.past_projects import parse_money
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]


def _import(db: Database, capsys: pytest.CaptureFixture[str], book: Path, lang: str) -> str:
    assert main(["--db", str(db.path), "--lang", lang, "import-contacts", "--organisations", str(book)]) == 0
    said = capsys.readouterr()
    return said.out + said.err


def test_unknown_kind_and_country_quoted_in_both_languages(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], tree_catalogue: Path
) -> None:
    book = tmp_path / "partners.csv"
    book.write_text("Name,Type,Country\nDaily Planet,Media,Atlantis\n", encoding="utf-8")
    out = _import(db, capsys, book, "en")
    assert "unknown kind “Media”; stored as Enterprise if new" in out and "'Media'" not in out, out
    assert "unknown country “Atlantis”; left empty" in out and "'Atlantis'" not in out, out
    book.write_text("Name,Type,Country\nDaily Star,Media,Atlantis\n", encoding="utf-8")
    out = _import(db, capsys, book, "zh_CN")
    assert "未知的机构类型“Media”；" in out and "“Atlantis”" in out and "'" not in out, out


@pytest.mark.parametrize("locale", ["en", "zh_CN"])
def test_a_refused_amount_is_quoted_as_other_sentences(locale: str, tree_catalogue: Path) -> None:
    with pytest.raises(past_projects._AmountUnread) as refused:
        parse_money("€ $5", 1.0, "MXN", country="MX")
    said = translator_for(locale)(refused.value.reason).format(amount=str(refused.value))
    assert "“€ $5”" in said and "'" not in said, said
