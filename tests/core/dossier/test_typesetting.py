"""Typesetting read back from the PDF: bookmarks, contents page, kept headings, line breaks, metadata.

Demo dossiers cover every layout, paper size and first language at least once (the full product
of the options takes minutes on a shared machine; each option alone is what can go wrong).
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import select

from petdesk.db import Database, open_database
from petdesk.dossier import (
    DossierOptions,
    Layout,
    Paper,
    build_training_dossier,
    build_visit_dossier,
    fonts,
)
from petdesk.dossier.data import gather_training, gather_visit
from petdesk.dossier.labels import label
from petdesk.dossier.text import NO_START
from petdesk.models import Training, Visit
from tests.core.dossier.pdfcheck import _poppler, flat, pdffonts, pdftotext_pages
from tests.core.dossier.sample_data import SampleIds, make_visit

#: (layout, paper, first language): every value of every option at least once.
VISIT_CASES = [(Layout.PARALLEL, Paper.A4, "en"), (Layout.SEQUENTIAL, Paper.LETTER, "zh")]
TRAINING_CASES = [(Layout.PARALLEL, Paper.LETTER, "zh")]

HEADINGS = [
    "Programme",
    "Meeting briefings",
    "Participant profiles",
    "Contact sheet",
    "When and where",
    "Host organisation",
    "People attending",
    "Previous interactions",
    "Technologies and projects of interest",
    "Open follow-ups",
    "Purpose",
    "Expected outcomes",
    "Trainers",
    "Participant list",
]


@pytest.fixture
def sample(tmp_path: Path, new_database_file: Callable[[Path], Path]):
    db = open_database(new_database_file(tmp_path / "visit.sqlite"))
    ids: SampleIds = make_visit(db, meetings=3, participants=6)
    yield db, ids
    db.close()


def outline(pdf: Path) -> list[tuple[str, int]]:
    """(title, 1-based page) of every outline entry, depth first."""
    reader = pypdf.PdfReader(str(pdf))
    found: list[tuple[str, int]] = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                found.append((str(item.title), reader.get_destination_page_number(item) + 1))

    walk(reader.outline)
    return found


def layout_text(pdf: Path, page: int) -> str:
    return subprocess.run(
        [_poppler("pdftotext"), "-layout", "-enc", "UTF-8", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout


def body_lines(page: str) -> list[str]:
    """The page's lines without the running header and the footer."""
    lines = [line.strip() for line in page.splitlines() if line.strip()]
    skip = ("Restricted — contains", "内部资料", "Page ", "Beijing Representation Office")
    return [line for line in lines if not line.startswith(skip)]


def check_bookmarks_and_contents(pdf: Path) -> None:
    entries = outline(pdf)
    pages = pdftotext_pages(pdf)
    assert len(entries) >= 4
    assert len({page for _, page in entries}) > 2, "bookmarks point at different pages"
    for n, (title, page) in enumerate(entries):
        first = title.split(" · ")[0]
        if n + 1 < len(entries) and flat(first) not in flat(pages[page - 1]):
            # a group's entry (no heading of its own) opens where its first member starts
            assert entries[n + 1][1] == page, f"{title!r} is not on page {page}"
            continue
        assert flat(first)[:20] in flat(pages[page - 1]), f"{title!r} is not on page {page}"
    contents = layout_text(pdf, 2)
    assert "Contents" in contents and "目录" in contents
    for title, page in entries:
        if title.startswith(("Contents", "目录")):
            continue
        first = title.split(" · ")[0][:25]
        line = next(line for line in contents.splitlines() if first in line)
        assert line.rstrip().endswith(f" {page}"), f"contents says {line.strip()!r}, outline says {page}"


def check_headings_kept(pdf: Path) -> None:
    names = {h for en in HEADINGS for h in (label(en).en, label(en).zh)}
    for n, page in enumerate(pdftotext_pages(pdf), start=1):
        lines = body_lines(page)
        if lines:
            assert lines[-1] not in names, f"heading {lines[-1]!r} is the last line of page {n}"


def check_line_breaks(pdf: Path, names: list[str]) -> None:
    closing = NO_START - set("-–—.%°")
    lines = [line.strip() for page in pdftotext_pages(pdf) for line in page.splitlines() if line.strip()]
    for before, after in itertools.pairwise(lines):
        assert after[0] not in closing, f"line starts with closing punctuation: {before!r} / {after!r}"
        assert not (re.search(r"\d$", before) and re.match(r"[年月日号]", after)), (before, after)
        for name in names:
            for i in range(1, len(name)):
                head, tail = name[:i].rstrip(), name[i:].lstrip()
                if head and tail and before.endswith(head) and after.startswith(tail):
                    raise AssertionError(f"name {name!r} split: {before!r} / {after!r}")


def test_demo_dossiers_typeset_right(demo_db: Database, tmp_path: Path) -> None:
    typeset_and_check(demo_db, tmp_path, VISIT_CASES, TRAINING_CASES)


@pytest.mark.slow
@pytest.mark.skipif(not os.environ.get("PETDESK_SLOW"), reason="set PETDESK_SLOW=1 for every combination")
def test_demo_dossiers_typeset_right_in_every_combination(demo_db: Database, tmp_path: Path) -> None:
    """The long form: visit and training, 2 layouts × 2 paper sizes × 2 first languages (16 PDFs)."""
    every = list(itertools.product(Layout, Paper, ("en", "zh")))
    typeset_and_check(demo_db, tmp_path, every, every)


def typeset_and_check(demo_db: Database, tmp_path: Path, visit_cases: list, training_cases: list) -> None:
    with demo_db.reading() as session:
        visit = max(
            session.scalars(select(Visit).where(Visit.deleted_at.is_(None))).all(),
            key=lambda v: (len(v.participants), len(v.items)),
        ).id
        training = session.scalars(select(Training.id).where(Training.deleted_at.is_(None))).first()
        vdata = gather_visit(session, visit)
        tdata = gather_training(session, training)
    names = [n for p in vdata.participants for n in (p.person.formal_name("en"), p.person.formal_name("zh"))]
    names += [n for p in tdata.participants for n in (p.person.formal_name("en"), p.person.formal_name("zh"))]
    names += [m.value for p in vdata.participants for m in p.person.methods if m.value[:1] in "+0123456789"]
    names = [n.replace("\u00a0", " ") for n in names if len(n) > 2]
    for kind, cases, build, ident in (
        ("v", visit_cases, build_visit_dossier, visit),
        ("t", training_cases, build_training_dossier, training),
    ):
        for layout, paper, lang in cases:
            out = build(
                demo_db,
                ident,
                tmp_path / f"{kind}-{layout}-{paper}-{lang}.pdf",
                DossierOptions(layout=layout, paper=paper, first_lang=lang),
            )
            check_bookmarks_and_contents(out)
            check_headings_kept(out)
            check_line_breaks(out, names)
            reader = pypdf.PdfReader(str(out))
            office = (vdata.office.en, vdata.office.zh)
            assert reader.metadata is not None
            assert reader.metadata.author == " / ".join(office if lang == "en" else office[::-1])
            root = reader.trailer["/Root"]
            assert root["/Lang"] == ("zh-CN" if lang == "zh" else "en")


def test_metadata_and_first_language(sample, tmp_path: Path) -> None:
    db, ids = sample
    with db.reading() as session:
        data = gather_visit(session, ids.visit_id)
    out = build_visit_dossier(db, ids.visit_id, tmp_path / "zh.pdf", DossierOptions(first_lang="zh_CN"))
    reader = pypdf.PdfReader(str(out))
    meta = reader.metadata
    assert meta is not None
    assert meta.title == f"{data.title.zh} / {data.title.en}"
    assert meta.author == f"{data.office.zh} / {data.office.en}"
    assert meta.subject == "接待资料手册 / Visit dossier"
    assert data.title.en in (meta.get("/Keywords") or "")
    root = reader.trailer["/Root"]
    assert root["/Lang"] == "zh-CN"
    # opens with the bookmarks panel, and viewers show the title instead of the file name
    assert root["/PageMode"] == "/UseOutlines"
    assert root["/ViewerPreferences"]["/DisplayDocTitle"].value is True
    assert "/MarkInfo" not in root  # reportlab writes no structure tree; the file does not pretend
    # Chinese first: the cover's Chinese title comes before the English one
    cover = flat(pdftotext_pages(out)[0])
    assert cover.index(flat(data.title.zh)) < cover.index(flat(data.title.en))
    english = build_visit_dossier(db, ids.visit_id, tmp_path / "en.pdf", DossierOptions(first_lang="en"))
    assert pypdf.PdfReader(str(english)).trailer["/Root"]["/Lang"] == "en"


def test_characters_outside_the_fonts_never_stop_the_dossier(sample, tmp_path: Path) -> None:
    db, ids = sample
    with db.transaction() as session:
        session.get(Visit, ids.visit_id).title_en = "→ ✈ 😀 𠮷 Arrival \U0002a6d6"
    with fonts.collect_warnings() as warnings:
        out = build_visit_dossier(db, ids.visit_id, tmp_path / "glyphs.pdf")
    text = "\n".join(pdftotext_pages(out))
    assert "→ ✈ 😀 𠮷 Arrival" in text  # the Extension B character is a real glyph, text copies right
    assert "[U+2A6D6]" in text  # a character no shipped face has prints visibly
    assert any("U+2A6D6" in w and "Arrival" in w for w in warnings)
    assert not any("U+20BB7" in w for w in warnings)
    embedded = {row.name.split("+")[-1]: row for row in pdffonts(out)}
    assert {"Symbola", "PetdeskRareHan"} <= set(embedded)
    assert all(row.embedded and row.subset for row in embedded.values())


def test_web_mail_and_phone_links_are_clickable(sample, tmp_path: Path) -> None:
    db, ids = sample
    out = build_visit_dossier(db, ids.visit_id, tmp_path / "links.pdf", DossierOptions(sections=None))
    uris = set()
    internal = 0
    for page in pypdf.PdfReader(str(out)).pages:
        for annot in page.get("/Annots") or []:
            annot = annot.get_object()
            action = annot.get("/A")
            if action is not None and "/URI" in action:
                uris.add(str(action["/URI"]))
            elif "/Dest" in annot or (action is not None and "/D" in action):
                internal += 1
    assert any(u.startswith("mailto:") and "@" in u for u in uris)
    assert any(u.startswith("tel:+") for u in uris)
    assert internal >= 4, "the contents page links to its sections"
