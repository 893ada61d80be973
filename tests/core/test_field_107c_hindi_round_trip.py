"""ICLEI South Asia in New Delhi (field test 107, third part): a Hindi name beside the English one
goes out and comes back as it was.

Before: a vCard said the Hindi name was Chinese (LANGUAGE=zh-Hans) and the import made मीना कुमारी the
person's name, her English name and honorific lost ("女士" became the English one); a CSV or Excel
file came back without the language "hi" and its "Full name" (the Hindi name) was reported as a
display name that differs; saving the person in the editor set the language to "" (Chinese)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import contacts, exporting, importing

SAMPLES = Path(__file__).parents[1] / "data" / "import" / "field107"
COLUMNS = ("family_name", "given_name", "family_name_zh", "given_name_zh", "native_name_language")


def _names(db: Database) -> dict[str, tuple[str, ...]]:
    """Each live contact's names, language and honorifics, by family name."""
    with db.reading() as s:
        people = s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        fields = (*COLUMNS, "honorific_en", "honorific_zh")
        return {c.family_name: tuple(getattr(c, k) or "" for k in fields) for c in people}


@pytest.mark.parametrize(("fmt", "version"), [("vcf", "4.0"), ("vcf", "3.0"), ("csv", ""), ("xlsx", "")])
def test_export_and_import_keep_the_hindi_name_and_its_language(
    db: Database,
    db_path: Path,
    tmp_path: Path,
    fmt: str,
    version: str,
    new_database_file: Callable[[Path], Path],
) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
    before = _names(db)
    assert before["Kumari"] == ("Kumari", "Meena", "मीना कुमारी", "", "hi", "Smt.", "女士")
    out = tmp_path / f"out.{fmt}"
    with db.reading() as s:
        exporting.export_contacts(s, out, fmt, vcard_version=version or "4.0")  # type: ignore[arg-type]
    if fmt == "csv":  # the English name is the full name, as lists write it first
        assert "Meena Kumari" in out.read_text(encoding="utf-8-sig")
    from petdesk.db import open_database

    other = open_database(new_database_file(tmp_path / "other.sqlite"))
    try:
        with other.transaction() as s:
            report = importing.import_file(s, out)
        assert not report.dropped
        assert _names(other) == before
    finally:
        other.close()


def test_saving_the_person_keeps_the_name_language(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
    with db.transaction() as s:
        meena = s.scalars(select(m.Contact).where(m.Contact.family_name == "Kumari")).one()
        contacts.update_contact(s, meena.id, dietary_needs="vegetarian")
    with db.reading() as s:
        meena = s.scalars(select(m.Contact).where(m.Contact.family_name == "Kumari")).one()
        assert (meena.family_name_zh, meena.native_name_language) == ("मीना कुमारी", "hi")


def test_a_chinese_dossier_puts_the_english_name_before_the_chinese_honorific(
    db: Database, tmp_path: Path
) -> None:
    """Before: "मीना कुमारी女士（Meena Kumari）", the honorific glued to the Devanagari; the name cards
    printed "आर. के. शर्मा 博士"."""
    import datetime as dt

    from petdesk.dossier import DossierOptions, build_visit_dossier
    from petdesk.dossier.namecards import build_namecards
    from petdesk.services import visits
    from tests.core.dossier.pdfcheck import pdftotext_pages

    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
        visit = visits.create_visit(
            s, title_en="ICLEI South Asia in Shanghai", title_zh="南亚代表团访问上海",
            start_date=dt.date(2027, 5, 10), end_date=dt.date(2027, 5, 11), timezone="Asia/Shanghai",
        )  # fmt: skip
        for c in s.scalars(select(m.Contact).where(m.Contact.family_name.in_(("Kumari", "Sharma")))):
            visits.add_participant(s, visit.id, c.id)
        visit_id = visit.id
    dossier = build_visit_dossier(db, visit_id, tmp_path / "d.pdf", DossierOptions(first_lang="zh_CN"))
    text = " ".join("".join(pdftotext_pages(dossier)).split())
    assert "Meena Kumari 女士（मीना कुमारी）" in text
    assert "R. K. Sharma 博士（आर. के. शर्मा）" in text
    assert "कुमारी女士" not in text and "शर्मा博士" not in text
    cards = "".join(pdftotext_pages(build_namecards(db, visit_id, tmp_path / "cards.pdf")))
    assert "आर. के. शर्मा\n" in cards and "博士" not in cards


def test_the_import_report_names_a_person_by_the_english_name_first(db: Database) -> None:
    """Before: "मीना कुमारी (Meena Kumari)" on the row's line, the Devanagari first even in English
    (the window's preview and the command's lines name the row alike)."""
    with db.transaction() as s:
        report = importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
    named = {o.line: o.name for o in report.outcomes}
    assert named[5] == "Meena Kumari (मीना कुमारी)"
    assert named[2] == "R. K. Sharma (आर. के. शर्मा)"
    # no English name: a Latin reading is made, the Hindi kept beside it (names57), named alike
    assert named[8] == "Amit Patel (अमित पटेल)"


def _run(db: Database, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    from petdesk.cli import main

    assert main(["--db", str(db.path), *argv]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize(("lang", "label"), [("en", "Name (Hindi):"), ("zh_CN", "姓名（印地语）：")])
def test_the_hindi_name_is_labelled_hindi_in_the_contact_and_its_history(
    db: Database, capsys: pytest.CaptureFixture[str], lang: str, label: str
) -> None:
    """Before: "Family name (Chinese): मीना कुमारी" (姓：…), in `petdesk contact` and its history."""
    with db.transaction() as s:
        importing.import_file(s, SAMPLES / "iclei_sa_partners.csv")
        meena = s.scalars(select(m.Contact).where(m.Contact.family_name == "Kumari")).one()
        contacts.update_contact(s, meena.id, family_name_zh="मीना कुमारी देवी")
        meena_id = meena.id
    shown = _run(db, capsys, "--lang", lang, "contact", meena_id)
    assert f"{label} " in shown and "मीना कुमारी देवी" in shown
    assert "(Chinese)" not in shown.split("Honorific")[0]
    history = _run(db, capsys, "--lang", lang, "history", meena_id)
    assert f"{label}मीना कुमारी → मीना कुमारी देवी" in history.replace(": ", ":")


def test_korean_and_chinese_names_are_labelled_by_their_language() -> None:
    from petdesk.sync.labels import name_field_label

    assert name_field_label("family_name_zh", "en", language="ko") == "Family name (Korean)"
    assert name_field_label("given_name_zh", "zh_CN", values=("さくら",)) == "名（日语）"
    assert name_field_label("family_name_zh", "en", values=("张",)) == "Family name (Chinese)"
    assert name_field_label("family_name_zh", "zh_CN") == "姓"
