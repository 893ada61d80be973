"""Large print (``--large-print``, the dialog's "Large print"): larger text and line spacing for
senior delegation members, in both languages, fonts still embedded; name cards too."""

from __future__ import annotations

import re
import statistics
import subprocess
from pathlib import Path

import pytest

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.layout import LARGE_PRINT
from tests.core.dossier.pdfcheck import pdffonts, pdfinfo_pages, pdftotext_pages
from tests.core.dossier.sample_data import SampleIds, make_training, make_visit
from tests.helpers.fixtures import module_database


@pytest.fixture(scope="module")
def sample(
    tmp_path_factory: pytest.TempPathFactory, empty_template: Path
) -> tuple[Database, SampleIds, SampleIds]:
    db = module_database(tmp_path_factory, empty_template, "large")
    visit = make_visit(db, meetings=4, participants=10)
    training = make_training(db, sessions=8, participants=10)
    yield db, visit, training
    db.close()


def word_heights(pdf: Path) -> list[float]:
    """The height of every word poppler finds (``pdftotext -bbox``): the text's size on the page."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    boxes = re.findall(r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">', out.stdout)
    return [float(bottom) - float(top) for top, bottom in boxes]


def _dossier(db: Database, kind: str, ident: str, out: Path, *options: str) -> Path:
    assert main(["--db", str(db.path), "dossier", kind, ident, "--out", str(out), *options]) == 0
    return out


#: PDFs of the module's sample already printed, by their command line: the same large-print visit
#: and training are read by two tests each, and printing one costs about a second.
_PRINTED: dict[tuple[str, ...], Path] = {}


def _printed(db: Database, kind: str, ident: str, out: Path, *options: str) -> Path:
    """``_dossier`` printed once per module for the same command (the sample's records unchanged)."""
    key = (str(db.path), kind, ident, *options)
    if key not in _PRINTED:
        _PRINTED[key] = _dossier(db, kind, ident, out, *options)
    return _PRINTED[key]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("kind", ["visit", "training"])
def test_large_print_has_larger_text_on_more_pages(sample, tmp_path: Path, kind: str, lang: str) -> None:
    db, visit, training = sample
    ident = visit.visit_id if kind == "visit" else training.training_id
    normal = _printed(db, kind, ident, tmp_path / "normal.pdf", "--lang", lang)
    large = _printed(db, kind, ident, tmp_path / "large.pdf", "--lang", lang, "--large-print")
    # the body text (the most common size) grows about as much as the print scale says
    grown = statistics.median(word_heights(large)) / statistics.median(word_heights(normal))
    assert grown == pytest.approx(LARGE_PRINT, rel=0.12)
    assert pdfinfo_pages(large) > pdfinfo_pages(normal)
    assert all(row.embedded for row in pdffonts(large)), "Chinese and Latin fonts still embedded"


def test_the_cover_keeps_its_facts_on_the_first_page(sample, tmp_path: Path) -> None:
    db, visit, _training = sample
    large = _dossier(db, "visit", visit.visit_id, tmp_path / "large.pdf", "--large-print")
    cover, contents = pdftotext_pages(large)[:2]
    assert (
        "Delegation" in cover
        and "Contents" in contents
        and "Delegation\n" not in contents.split("Contents")[0]
    )


def test_namecards_in_large_print(sample, tmp_path: Path) -> None:
    db, visit, _training = sample
    normal = _dossier(db, "namecards", visit.visit_id, tmp_path / "normal.pdf")
    large = _dossier(db, "namecards", visit.visit_id, tmp_path / "large.pdf", "--large-print")
    assert pdfinfo_pages(large) == pdfinfo_pages(normal)  # one sheet a person either way
    assert all(row.embedded for row in pdffonts(large))
    # the small lines (position, organisation) and the name in the other script grow
    assert sorted(word_heights(large))[5] > 1.3 * sorted(word_heights(normal))[5]


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_large_print_keeps_amounts_and_the_no_heading_whole(sample, tmp_path: Path, lang: str) -> None:
    """The narrow "No." column printed "序 / 号" one character a line, and a project's amount broke
    before its cents ("CN¥1,250,000. / 00"): in both first languages, both stay on one line."""
    db, visit, training = sample
    pages = pdftotext_pages(
        _printed(db, "visit", visit.visit_id, tmp_path / "v.pdf", "--lang", lang, "--large-print")
    )
    pages += pdftotext_pages(
        _printed(db, "training", training.training_id, tmp_path / "t.pdf", "--lang", lang, "--large-print")
    )
    lines = [line.strip() for page in pages for line in page.splitlines()]
    amounts = [line for line in lines if re.search(r"\d,\d{3}", line)]
    assert amounts and all(re.search(r"\d{1,3}(,\d{3})+\.\d\d", line) for line in amounts), amounts
    assert not any(re.fullmatch(r"\d{1,3}(,\d{3})+\.?|\.?00", line) for line in lines)
    assert "序" not in lines and "号" not in lines
    assert sum("序号" in line for line in lines) >= 3  # the delegation list, the participant lists


def heights_of(pdf: Path, word: str) -> list[float]:
    """The heights of every occurrence of ``word`` on the pages."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True)
    box = r'<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
    pattern = box + re.escape(word) + "</word>"
    return [float(bottom) - float(top) for top, bottom in re.findall(pattern, out.stdout)]


def test_protocol_line_header_and_footer_grow_too(sample, tmp_path: Path) -> None:
    """Field test 33, defect 2: the item's "Host: … · Interpreter: …" line, the running header and
    the "Printed …" footer kept their normal size in large print."""
    from petdesk.services import logistics as ls
    from petdesk.services import visits as vs

    db, visit, _training = sample
    with db.transaction() as s:
        item = vs.itinerary(s, visit.visit_id)[0]
        ls.set_item_protocol(s, item.id, host_contact_id=visit.people[0], dress_code="business")
    normal = _dossier(db, "visit", visit.visit_id, tmp_path / "normal.pdf")
    large = _dossier(db, "visit", visit.visit_id, tmp_path / "large.pdf", "--large-print")
    for word in ("Host:", "Printed"):  # the protocol line; the footer
        small, big = min(heights_of(normal, word)), min(heights_of(large, word))
        assert big > 1.25 * small, word
    header = "Munich"  # the running header names the office
    assert min(heights_of(large, header)) > 1.25 * min(heights_of(normal, header))


def test_large_print_gives_the_room_of_short_columns_to_those_that_wrap() -> None:
    """Field test 33, defect 8: empty Phone and E-mail columns kept their share while names ran
    to 14 lines."""
    from petdesk.dossier.layout import relieve_widths

    widths = relieve_widths([40, 60, 60, 40], natural=[150, 20, 20, 40])
    assert sum(widths) == pytest.approx(200)
    assert widths[0] == pytest.approx(120) and widths[1:] == pytest.approx([20, 20, 40])
    # nobody needs room: nothing moves
    assert relieve_widths([50, 50], natural=[30, 30]) == [50, 50]


def test_a_wide_parallel_table_stacks_its_languages_in_large_print() -> None:
    """Two Chinese characters a line in the half-page technology table (field test 33, defect 8)."""
    from petdesk.dossier.labels import Bi
    from petdesk.dossier.layout import BiTable, Col, Row, print_scale

    cols = [Col(Bi(f"C{n}", f"列{n}"), 1) for n in range(4)]
    table = BiTable(cols, [Row([Bi("a", "甲")] * 4)])
    with print_scale(False):
        assert [lang for _i, lang in table._layout(("en", "zh"))] == ["en"] * 4 + ["zh"] * 4
    with print_scale(True):
        assert [lang for _i, lang in table._layout(("en", "zh"))] == ["both"] * 4
        narrow = BiTable(cols[:2], [Row([Bi("a", "甲")] * 2)])
        assert [lang for _i, lang in narrow._layout(("en", "zh"))] == ["en", "en", "zh", "zh"]


def test_a_stacked_two_line_cell_shows_both_languages() -> None:
    from petdesk.dossier.labels import Bi
    from petdesk.dossier.pipeline import _two_lines

    cell = _two_lines(Bi("Suggested", "推荐"), Bi("21 Nov 2026", "2026年11月21日"), bold=False)
    texts = [text for text, _fmt in cell("both") if text != "\n"]
    assert texts == ["Suggested", "21 Nov 2026", "推荐", "2026年11月21日"]
    assert [text for text, _fmt in cell("zh") if text != "\n"] == ["推荐", "2026年11月21日"]
