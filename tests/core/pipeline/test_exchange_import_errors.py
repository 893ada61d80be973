"""Each refusal of ``petdesk exchange import`` a user can meet is one whole sentence in either
language, naming the file and the record: before, the Chinese kept English inside it (json's
"Expecting property name …", jsonschema's "42 is greater than the maximum of 9"), a JSON file of
another kind was refused for a missing "exported_at", and a match referring to a need that is nowhere
said "The file cannot be imported: the need of a match …" without the file or the match."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from petdesk.cli import main
from petdesk.db import Database, open_database
from tests.core.pipeline.test_exchange_match_notes import NOTE, _hub_match
from tests.helpers.tree_catalogue import tree_catalogue

__all__ = ["tree_catalogue"]  # the fixture: this tree's Chinese


def _edited(doc: dict[str, Any], case: str) -> dict[str, Any] | str | list[int]:
    doc = json.loads(json.dumps(doc))
    if case == "not_json":
        return '{"format": "3ipet-exchange", '
    if case == "wrong_format":
        return [1, 2]
    if case == "newer_major":
        doc["version"] = "2.0"
    elif case == "schema":
        doc["technologies"][0]["trl"] = 42
    elif case == "missing":
        doc["needs"] = []
    elif case == "twice":
        doc["technologies"].append(doc["technologies"][0])
    return doc


#: case -> (what the English says, what the Chinese says); both name the file, the record's parts too
SAID = {
    "not_json": (
        "{file} is not valid JSON: the text goes wrong at line 1, column 30",
        "{file} 不是有效的 JSON 文件：第 1 行第 30 列处的文字有误",
    ),
    "wrong_format": (
        '{file} is JSON, but not a 3iPET exchange file: it does not say "format": "3ipet-exchange"',
        "{file} 是 JSON 文件，但不是 3iPET 交换文件",
    ),
    "newer_major": ("{file} is a 3iPET exchange file of version 2.0", "{file} 是 2.0 版的 3iPET 交换文件"),
    "schema": (
        "{file} does not follow the 3iPET exchange schema at technologies/0/trl "
        '(technology {tech}, "Compact MBR / 紧凑型膜生物反应器"): '
        "the value 42 is above the highest allowed, 9",
        "{file} 不符合 3iPET 交换格式：技术 {tech}（“Compact MBR / 紧凑型膜生物反应器”）的 "
        "technologies/0/trl 处值 42 高于允许的最大值 9",
    ),
    "missing": (
        "{file}: the match {match} names {need} as its city need; "
        "that is neither in the file nor in this database",
        "{file}：技术对接 {match} 所指的城市需求 {need} 既不在该文件中，也不在本数据库中",
    ),
    "twice": ("{file} lists the technology {tech} twice", "{file} 中技术 {tech} 出现了两次"),
}


@pytest.fixture
def exported(tmp_path: Path, new_database_file: Callable[[Path], Path]) -> dict[str, Any]:
    hub = open_database(new_database_file(tmp_path / "hub.sqlite"))
    try:
        _hub_match(hub, NOTE)
        out = tmp_path / "hub.json"
        assert main(["--db", str(hub.path), "exchange", "export", "--out", str(out)]) == 0
        return dict(json.loads(out.read_text(encoding="utf-8")))
    finally:
        hub.close()


@pytest.fixture
def here(tmp_path: Path, new_database_file: Callable[[Path], Path]):  # type: ignore[no-untyped-def]
    db = open_database(new_database_file(tmp_path / "here.sqlite"))
    try:
        yield db
    finally:
        db.close()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("case", list(SAID))
def test_each_refusal_is_one_sentence_naming_the_file_and_the_record(  # type: ignore[no-untyped-def]
    exported: dict[str, Any], here: Database, tmp_path: Path, capsys, tree_catalogue, lang: str, case: str
) -> None:
    capsys.readouterr()
    content = _edited(exported, case)
    path = tmp_path / f"from_the_hub_{case}.json"
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    assert main(["--db", str(here.path), "--lang", lang, "exchange", "import", str(path)]) == 1
    err = capsys.readouterr().err.strip()
    parts = {
        "file": path.name,
        "tech": exported["technologies"][0]["id"],
        "match": exported["matches"][0]["id"],
        "need": exported["matches"][0]["need_id"],
    }
    english, chinese = SAID[case]
    assert (english if lang == "en" else chinese).format(**parts) in err, err
    if lang == "zh_CN":  # no English left inside, but the file, ids, names, places and the format's words
        left = re.sub(
            r"[0-9a-f-]{36}|\S+\.json|Compact MBR|3iPET|JSON|3ipet-exchange|format|petdesk|\w+/\d+/\w+",
            "",
            err,
        )
        assert not re.search(r"[A-Za-z]{3,}", left), err
