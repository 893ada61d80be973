"""Field test 51 #9: the summary said "1 possible matches to check"."""

from __future__ import annotations

from petdesk.i18n import translator
from petdesk.services import importing


def _summary(possible: int, locale: str = "en") -> str:
    report = importing.ImportReport(possible=possible)
    return report.summary(translator(locale), written=False)


def test_one_possible_match_is_singular() -> None:
    assert "1 possible match to check (petdesk duplicates)" in _summary(1)
    assert "2 possible matches to check" in _summary(2)
    plain = importing.ImportReport(possible=1).summary(written=False)  # no catalogue: English
    assert "1 possible match to check" in plain
