"""``petdesk import-projects --help`` named the Chinese, English and Indonesian headers alone while
the importer read a dozen more languages: the help names the languages in one sentence, stays short,
and ``--headers`` lists every word of each column, in English or Chinese, without a file."""

from __future__ import annotations

import contextlib

import pytest

from petdesk.cli import main
from petdesk.services.past_projects import HEADERS
from petdesk.services.project_headers import HEADER_FIELDS
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _said(capsys: pytest.CaptureFixture[str], *words: str) -> str:
    with pytest.raises(SystemExit) as ended:
        main(list(words))
    assert ended.value.code == 0
    return capsys.readouterr().out


def test_the_help_names_the_languages_and_stays_short(capsys: pytest.CaptureFixture[str]) -> None:
    out = _said(capsys, "--lang", "en", "import-projects", "--help")
    text = " ".join(out.split())
    for language in ("Japanese", "Portuguese", "Turkish", "Mongolian", "Thai", "Russian", "Kazakh", "Czech"):
        assert language in text
    assert "--headers" in text
    assert len(out.splitlines()) <= 33  # 31 lines before


def test_headers_lists_every_word_of_every_column(capsys: pytest.CaptureFixture[str]) -> None:
    assert set(HEADER_FIELDS) == set(HEADERS)  # a column added is named in the list too
    out = _said(capsys, "--lang", "en", "import-projects", "--headers")
    listed = " ".join(out.split())
    for field, words in HEADERS.items():
        assert f"{HEADER_FIELDS[field]}:" in listed
        for word in words:
            assert f" {word}," in listed or f" {word} " in f"{listed} ", word


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_headers_in_chinese(capsys: pytest.CaptureFixture[str]) -> None:
    with contextlib.suppress(SystemExit):
        main(["--lang", "zh_CN", "import-projects", "--headers"])
    out = capsys.readouterr().out
    assert "项目名称: 项目名称" in out and "批复金额: 批复金额" in out and "tahun" in out
