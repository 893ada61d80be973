"""The yearly reports' one choice of writer by the file name's suffix (``services.report_file``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.services import report_file, year_events_report, year_summary_report


def test_each_suffix_goes_to_its_writer_in_the_readers_language(tmp_path: Path) -> None:
    calls: list[tuple[str, str, str]] = []

    def writer(kind: str):  # type: ignore[no-untyped-def]
        return lambda report, path, lang, **kw: calls.append((kind, path.name, lang, *kw.values()))

    for name in ("a.PDF", "b.xlsx", "c.csv"):
        report_file.write_by_suffix(
            "r",
            tmp_path / name,
            "zh_CN",
            delimiter=";",
            pdf=writer("pdf"),
            xlsx=writer("xlsx"),
            csv=writer("csv"),
        )
    assert calls == [("pdf", "a.PDF", "zh"), ("xlsx", "b.xlsx", "zh"), ("csv", "c.csv", "zh", ";")]


@pytest.mark.parametrize("module", [year_events_report, year_summary_report])
def test_another_suffix_is_refused_in_plain_words_and_nothing_written(module, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "report.txt"
    with pytest.raises(ValueError, match=r"report\.txt: choose a \.pdf, \.xlsx or \.csv file name"):
        module.write(None, out, "en")
    assert not out.exists()
    assert module.SUFFIXES == (".pdf", ".xlsx", ".csv")
