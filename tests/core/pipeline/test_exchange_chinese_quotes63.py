"""The Chinese refusals of a 3iPET exchange file quote with “…” and list with "、" (round 63): the
allowed values of a schema error kept JSON's straight quotes ("open", "matching"), the columns a
sheet cannot place Python's ('Foo', 'Bar'), the top level read "顶层 处", and four refusals (an
unknown kind for --what, a budget in UF or in pesos of no country, an unknown country) stayed in
English with Python's quotes inside the Chinese frame."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.messages import localize
from tests.core.pipeline.test_exchange_import_errors import exported, here
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["exported", "here", "tree_catalogue"]  # the fixtures


def _import(here: Database, tmp_path: Path, doc: dict[str, Any], lang: str, capsys) -> str:  # type: ignore[no-untyped-def]
    path = tmp_path / "from_the_hub.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    capsys.readouterr()
    assert main(["--db", str(here.path), "--lang", lang, "exchange", "import", str(path)]) == 1
    return str(capsys.readouterr().err.strip())


def test_allowed_values_of_a_schema_error_in_chinese_quotes(  # type: ignore[no-untyped-def]
    exported: dict[str, Any], here: Database, tmp_path: Path, capsys, tree_catalogue
) -> None:
    exported["matches"][0]["state"] = "done"
    zh = _import(here, tmp_path, exported, "zh_CN", capsys)
    assert "值“done”不在允许的取值之中：“suggested”、“introduced”、“meeting_held”" in zh, zh
    assert '"' not in zh, zh
    en = _import(here, tmp_path, exported, "en", capsys)
    assert 'the value "done" is not one of those allowed: "suggested", "introduced", "meeting_held"' in en, en


def test_the_top_level_is_one_word_in_chinese(  # type: ignore[no-untyped-def]
    exported: dict[str, Any], here: Database, tmp_path: Path, capsys, tree_catalogue
) -> None:
    del exported["exported_at"]
    zh = _import(here, tmp_path, exported, "zh_CN", capsys)
    assert "from_the_hub.json 不符合 3iPET 交换格式：顶层缺少字段“exported_at”" in zh, zh
    en = _import(here, tmp_path, exported, "en", capsys)
    assert 'at the top level: the field "exported_at" is missing' in en, en


def test_an_unknown_kind_to_export_in_chinese(here: Database, tmp_path: Path, capsys, tree_catalogue) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "out.json"
    assert (
        main(
            [
                "--db",
                str(here.path),
                "--lang",
                "zh_CN",
                "exchange",
                "export",
                "--out",
                str(out),
                "--what",
                "techs",
            ]
        )
        == 1
    )
    err = capsys.readouterr().err
    assert "未知的记录种类“techs”；可选：" in err and "'" not in err, err


#: A sheet's refusals as the import raises them (exchange.flat), and what the Chinese says.
SHEET = [
    (
        "F.xlsx has 2 columns petdesk cannot place: 'Foo', 'Bar'\npetdesk's fields: id, name_en",
        "F.xlsx 中有 2 列 petdesk 无法对应到字段：“Foo”、“Bar”",
    ),
    (
        "the budget '5 UF' is in UF (Chile's Unidad de Fomento): write it in pesos (CLP) or another "
        "currency, and the UF in the problem",
        "预算“5 UF”以 UF 计",
    ),
    (
        "the budget '15 millones de pesos' is in pesos of which country? Write the code: ARS, CLP …",
        "预算“15 millones de pesos”是哪个国家的比索？",
    ),
    (
        "'Atlantis' is not a country petdesk knows; write its code (DK) or its name",
        "“Atlantis”不是 petdesk 认识的国家",
    ),
]


@pytest.mark.parametrize(("english", "chinese"), SHEET)
def test_a_sheets_refusals_in_chinese(tree_catalogue, english: str, chinese: str) -> None:  # type: ignore[no-untyped-def]
    said = localize(f"F.xlsx, row 3: {english}", "zh_CN")
    assert chinese in said, said
    assert not re.search(r"'[^']*'", said), said
    assert localize(f"F.xlsx, row 3: {english}", "en") == f"F.xlsx, row 3: {english}"


def test_the_fields_a_newer_file_had_are_listed_with_the_chinese_mark(tree_catalogue) -> None:  # type: ignore[no-untyped-def]
    from petdesk.exchange.versions import ignored_fields_line
    from petdesk.i18n import translator

    fields = ["signature", "matches.rating"]
    assert "已忽略本版不认识的字段：signature、matches.rating" in ignored_fields_line(
        "F.json", "1.5", fields, translator("zh_CN")
    )
    assert ignored_fields_line("F.json", "1.5", fields, translator("en")).endswith(
        ": signature, matches.rating"
    )


@pytest.mark.parametrize(
    ("command", "name"), [(["exchange", "import"], "nope.json"), (["import-technologies"], "nope.csv")]
)
@pytest.mark.parametrize(("lang", "said"), [("en", "{file} does not exist"), ("zh_CN", "{file} 不存在")])
def test_a_file_that_is_not_there_is_named(  # type: ignore[no-untyped-def]
    here: Database,
    tmp_path: Path,
    capsys,
    tree_catalogue,
    command: list[str],
    name: str,
    lang: str,
    said: str,
) -> None:
    """Not "[Errno 2] No such file or directory: 'nope.csv'" (the sheet), nor "the folder is not
    there (was the USB stick pulled out?)" (the JSON file) for a name typed wrong."""
    path = tmp_path / name
    assert main(["--db", str(here.path), "--lang", lang, *command, str(path)]) == 1
    err = capsys.readouterr().err
    assert said.format(file=path if name.endswith(".json") else name) in err, err
    assert "Errno" not in err and "USB" not in err and "U 盘" not in err, err
