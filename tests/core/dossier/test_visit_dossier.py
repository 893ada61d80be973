"""Visit dossiers read back with poppler and pypdf: fonts embedded, both scripts, footer, dates, layouts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk.db import Database, open_database
from petdesk.dossier import (
    DossierOptions,
    Layout,
    NotFoundError,
    Paper,
    build_visit_dossier,
    fonts,
)
from petdesk.dossier.data import gather_visit
from petdesk.i18n import format_date_long_weekday
from petdesk.models import Contact
from tests.core.dossier.pdfcheck import (
    flat,
    pdffonts,
    pdfinfo_pages,
    pdftotext_pages,
    pypdf_fonts,
    pypdf_pages,
)
from tests.core.dossier.sample_data import START, SampleIds, make_visit
from tests.helpers.fixtures import module_database

GENERATED = dt.datetime(2026, 11, 20, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory, empty_template: Path) -> tuple[Database, SampleIds]:
    db = module_database(tmp_path_factory, empty_template, "dossier")
    ids = make_visit(db, meetings=5, participants=12)
    yield db, ids
    db.close()


@pytest.fixture(scope="module", params=[Layout.PARALLEL, Layout.SEQUENTIAL])
def dossier(request: pytest.FixtureRequest, sample, tmp_path_factory) -> Path:
    db, ids = sample
    out = tmp_path_factory.mktemp("out") / f"visit-{request.param}.pdf"
    build_visit_dossier(db, ids.visit_id, out, DossierOptions(layout=request.param, generated_at=GENERATED))
    return out


def test_every_font_is_embedded_subset_truetype(dossier: Path) -> None:
    rows = pdffonts(dossier)
    names = {r.name.split("+", 1)[-1] for r in rows}
    # Symbola draws the ⚠ of the clashes the sample's programme has (field test 21, defect 3)
    assert names == {"NotoSans-Regular", "NotoSans-Bold", "DroidSansFallback", "Symbola"}
    for row in rows:
        assert row.embedded and row.subset and row.unicode, row
        assert row.type == "TrueType", row
    # the same seen by pypdf: every font has its TrueType program inside the file
    for name, font in pypdf_fonts(dossier).items():
        assert "Helvetica" not in name and "STSong" not in name
        assert "/FontFile2" in font["/FontDescriptor"], name


def test_people_and_titles_appear_in_both_scripts(dossier: Path, sample) -> None:
    db, ids = sample
    with db.reading() as session:
        data = gather_visit(session, ids.visit_id)
    for text in (" ".join(pdftotext_pages(dossier)), " ".join(pypdf_pages(dossier))):
        squashed = flat(text)
        for title in (data.title.en, data.title.zh):
            assert flat(title) in squashed
        assert data.participants, "the sample has people"
        for p in data.participants:
            person = p.person
            assert flat(person.name_latin) in squashed, person.name_latin
            if person.name_zh:
                assert person.name_zh in squashed, person.name_zh
            assert flat(person.position.en) in squashed and person.position.zh in squashed
            assert flat(person.organisation.name.en) in squashed and person.organisation.name.zh in squashed


def test_page_count_and_page_x_of_y_footer(dossier: Path) -> None:
    total = pdfinfo_pages(dossier)
    poppler = pdftotext_pages(dossier)
    pypdf = pypdf_pages(dossier)
    assert len(poppler) == len(pypdf) == total > 5
    assert "Page 1 of" not in poppler[0] and "第 1 页" not in poppler[0], "no page number on the cover"
    for number, (a, b) in enumerate(zip(poppler, pypdf, strict=True), start=1):
        for text in (a, b):
            assert flat("Restricted — contains personal data") in flat(text)
            assert flat("内部资料——含个人信息") in flat(text)
            if number > 1:
                assert f"Page {number} of {total}" in text
                assert flat(f"第 {number} 页，共 {total} 页") in flat(text)


def test_dates_are_formatted_for_each_language(dossier: Path) -> None:
    text = "\n".join(pdftotext_pages(dossier))
    assert "Sunday, 29 November 2026" in text
    assert "2026年11月29日 星期日" in text
    # the library's own formatter says the same
    assert format_date_long_weekday(START, "zh_CN") == "2026年11月29日 星期日"
    # the print date in both languages in the footer, beside the data's ("Data as of", field test 21)
    assert "Printed 20 Nov 2026 09:30" in text and "打印于 2026年11月20日 09:30" in text


def test_times_are_in_the_place_local_zone(dossier: Path) -> None:
    text = "\n".join(pdftotext_pages(dossier))
    assert "09:00–10:30" in text  # the first meeting, 09:00 in Beijing (01:00 UTC)
    assert "21:40–07:30" not in text and "21:40–00:30" in text  # the flight, in Munich's time
    # the zone by its name, with its offset, in both languages, not as "Asia/Shanghai": China's as
    # its readers say (北京时间, not babel's 中国标准时间)
    assert "Beijing time (UTC+08:00)" in text and flat("北京时间（UTC+08:00）") in flat(text)
    assert "Asia/Shanghai" not in text


def test_layouts_differ_as_promised(sample, tmp_path: Path) -> None:
    db, ids = sample
    pages = {}
    for layout in Layout:
        out = tmp_path / f"{layout}.pdf"
        build_visit_dossier(
            db, ids.visit_id, out, DossierOptions(layout=layout, sections=frozenset({"programme"}))
        )
        pages[layout] = pdftotext_pages(out)
    # parallel: English and Chinese headings on the same page; sequential: English first, Chinese after
    first = pages[Layout.PARALLEL][0]
    assert "Programme" in first and "日程安排" in first
    seq = "\f".join(pages[Layout.SEQUENTIAL])
    assert seq.index("Programme") < seq.index("日程安排")


def test_sections_and_paper_are_chosen(sample, tmp_path: Path) -> None:
    import pypdf

    db, ids = sample
    out = tmp_path / "letter.pdf"
    build_visit_dossier(
        db, ids.visit_id, out, DossierOptions(paper=Paper.LETTER, sections=frozenset({"cover", "contacts"}))
    )
    reader = pypdf.PdfReader(str(out))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    text = "\n".join(pdftotext_pages(out))
    assert "Contact sheet" in text and "通讯录" in text
    assert "Briefing" not in text and "日程安排" not in text
    assert "@example.org" in text  # e-mails on the contact sheet


def test_one_briefing_page_per_meeting(sample, tmp_path: Path) -> None:
    db, ids = sample
    out = tmp_path / "briefings.pdf"
    build_visit_dossier(db, ids.visit_id, out, DossierOptions(sections=frozenset({"briefings"})))
    pages = pdftotext_pages(out)
    starts = [n for n, text in enumerate(pages) if "Briefing " in text and "/5:" in text.split("\n", 3)[-1]]
    titles = [line for text in pages for line in text.splitlines() if line.startswith("Briefing ")]
    assert len({t.split(":")[0] for t in titles}) == 5, titles
    assert starts, pages[:1]
    text = "\n".join(pages)
    for heading in (
        "Host organisation",
        "接待单位",
        "People attending",
        "出席人员",
        "Previous interactions",
        "以往往来",
        "Technologies and projects of interest",
        "关注的技术与项目",
        "Open follow-ups",
        "待办后续行动",
    ):
        assert heading in text, heading
    # activity log entries and projects reach the briefing, currencies formatted per language
    assert "cooperation" in text
    assert "€1,350,000.00" in text or "CN¥1,250,000.00" in text
    assert "125万元" in text  # yuan counted in 万 in Chinese (field test 63)


def test_a_character_no_font_has_prints_visibly_with_a_warning(sample, tmp_path: Path) -> None:
    db, ids = sample
    with db.transaction() as session:
        person = session.get(Contact, ids.people[0])
        old = person.given_name
        person.given_name = "Ana\U00013000"  # an Egyptian hieroglyph: in no shipped font
    out = tmp_path / "tofu.pdf"
    try:
        with fonts.collect_warnings() as warnings:
            build_visit_dossier(db, ids.visit_id, out)
        assert "Ana[U+13000]" in flat("\n".join(pdftotext_pages(out)))
        assert any("U+13000" in w and "Ana" in w for w in warnings)
    finally:
        with db.transaction() as session:
            session.get(Contact, ids.people[0]).given_name = old


def test_unknown_and_prefixed_ids(sample, tmp_path: Path) -> None:
    db, ids = sample
    with pytest.raises(NotFoundError):
        build_visit_dossier(db, "no-such-visit", tmp_path / "x.pdf")
    path = build_visit_dossier(
        db, ids.visit_id[:8], tmp_path / "prefix.pdf", DossierOptions(sections=frozenset({"cover"}))
    )
    assert pdfinfo_pages(path) == 1


def test_dossier_of_deleted_rows_leaves_them_out(sample, tmp_path: Path) -> None:
    db, ids = sample
    with db.transaction() as session:
        person = session.scalars(select(Contact).where(Contact.id == ids.people[1])).one()
        person.soft_delete()
        name = person.name_latin
    try:
        out = build_visit_dossier(
            db, ids.visit_id, tmp_path / "d.pdf", DossierOptions(sections=frozenset({"participants"}))
        )
        assert name not in "\n".join(pdftotext_pages(out))
    finally:
        with db.transaction() as session:
            session.get(Contact, ids.people[1]).deleted_at = None


def test_pages_render_with_poppler(dossier: Path, tmp_path: Path) -> None:
    import shutil
    import subprocess

    subprocess.run(
        [shutil.which("pdftoppm") or "pdftoppm", "-r", "20", "-png", str(dossier), str(tmp_path / "p")],
        check=True,
        capture_output=True,
    )
    assert len(list(tmp_path.glob("p-*.png"))) == pdfinfo_pages(dossier)


def test_a_host_organisations_postal_code_is_under_its_address(
    tmp_path: Path, new_database_file: Callable[[Path], Path]
) -> None:
    """0071 moved the postcode out of the address text: the briefing's host profile printed the
    address without it (the partner overview prints it under the address)."""
    from petdesk.models import ItineraryOrganisation, Organisation

    db = open_database(new_database_file(tmp_path / "postcode.sqlite"))
    try:
        ids = make_visit(db, meetings=1, participants=2)
        with db.transaction() as s:
            org = s.get(Organisation, s.scalars(select(ItineraryOrganisation.organisation_id)).first())
            org.address_en, org.address_zh = "Hauptstr. 5, Stuttgart", "斯图加特主街5号"
            org.postal_code = "70173"
        out = tmp_path / "briefings.pdf"
        build_visit_dossier(db, ids.visit_id, out, DossierOptions(sections=frozenset({"briefings"})))
    finally:
        db.close()
    text = flat("\n".join(pdftotext_pages(out)))
    assert flat("Hauptstr. 5, Stuttgart") in text
    assert flat("Postal code: 70173") in text and "邮政编码：70173" in text
