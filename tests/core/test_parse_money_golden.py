"""parse_money and header_unit answer every cell of the golden corpus as they did before parsemoney59
refactored them into one table of converters and one of office signs: same amount, currency and
notes, or the same refusal sentence (tests/data/money_golden/make_golden.py wrote the file). money64 added
twelve cells (ارب, अरब, arab, Arabic separators, "mil.") at the end of the corpus: 384 answers, of which
the 190 that the code before answered otherwise were checked one by one; no earlier answer changed."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

MAKER = Path(__file__).resolve().parents[1] / "data" / "money_golden" / "make_golden.py"


def _maker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_golden", MAKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def maker() -> ModuleType:
    return _maker()


@pytest.fixture(scope="module")
def golden(maker: ModuleType) -> dict:
    return json.loads(maker.GOLDEN.read_text(encoding="utf-8"))


def test_parse_money_answers_every_cell_as_recorded(maker: ModuleType, golden: dict) -> None:
    calls = maker.corpus_calls(golden["corpus"])
    assert len(calls) == len(golden["results"]) > 7000
    # through JSON, as recorded: a tuple and a list of notes compare alike
    got = json.loads(json.dumps([maker.outcome(c) for c in calls], ensure_ascii=False))
    changed = [(c, g, w) for c, g, w in zip(calls, got, golden["results"], strict=True) if g != w]
    # each changed answer named by its cell and office, so that a deliberate change can be checked
    lines = "\n".join(
        f"{c['value']!r} at {c['country'] or '-'} {c['currency']}: recorded {w}, now {g}"
        for c, g, w in changed
    )
    assert not changed, f"{len(changed)} cells read otherwise:\n{lines}"


def test_header_unit_answers_every_header_as_recorded(maker: ModuleType, golden: dict) -> None:
    calls = maker.header_calls(golden["corpus"])
    got = json.loads(json.dumps([maker.header_outcome(h, c) for h, c in calls], ensure_ascii=False))
    assert got == golden["header_results"]
