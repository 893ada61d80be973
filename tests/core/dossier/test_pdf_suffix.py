"""Every PDF command and dialog completes a file name the same way (dossier.with_pdf_suffix)."""

from __future__ import annotations

from pathlib import Path

import pytest

from petdesk.dossier import with_pdf_suffix


@pytest.mark.parametrize(
    ("given", "written"),
    [
        ("out/report", "out/report.pdf"),
        ("out/Report.PDF", "out/Report.PDF"),  # a capital suffix is kept, not doubled
        ("out/visit.2027", "out/visit.2027.pdf"),  # a dot in the name is not a suffix to replace
        ("名片", "名片.pdf"),
    ],
)
def test_a_name_without_pdf_gets_it(given: str, written: str) -> None:
    assert with_pdf_suffix(Path(given)) == Path(written)
