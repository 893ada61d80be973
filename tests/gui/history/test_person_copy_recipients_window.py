"""The window's Personal Data (PDF)… names the offices sync packages carried the person to, as the
command line's copy does (field test 96: the "recipients")."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from petdesk.gui.history import export_person_pdf
from petdesk.gui.main_window import MainWindow
from petdesk.models import Contact
from tests.core.sync.helpers import make_office, send

pytestmark = [pytest.mark.qt_log_ignore("This plugin does not support")]


def test_personal_data_pdf_names_the_offices_that_received_the_person(qtbot: QtBot, tmp_path: Path) -> None:
    beijing, bonn, nairobi = (make_office(tmp_path / "dbs", n) for n in ("Beijing", "Bonn", "Nairobi"))
    packages = tmp_path / "packages"
    packages.mkdir()
    try:
        send(bonn, beijing, packages, full=True)
        send(nairobi, beijing, packages, full=True)
        with beijing.transaction() as session:
            person = Contact(family_name="Wang", given_name="Fang")
            session.add(person)
            session.flush()
            wang = person.id
        send(beijing, bonn, packages)
        send(beijing, nairobi, packages)
        send(bonn, beijing, packages)  # Bonn acknowledges the package it imported

        window = MainWindow(beijing, locale="en")
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("contacts")
        page.select_id(wang)
        assert page.detail.findChild(object, "personal_data") is not None  # the button this calls
        out = tmp_path / "person.pdf"
        assert export_person_pdf(page.detail, wang, str(out)) == str(out)
        window.close()

        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True).stdout
        flat = " ".join(text.split())
        assert "Offices sent this data in sync packages / 通过同步数据包收到这些数据的办公室 (2)" in flat
        assert "pkg-2.petdesk-sync to Bonn; Bonn has confirmed it holds what the package carried" in flat
        assert "pkg-3.petdesk-sync to Nairobi; no confirmation yet that Nairobi imported it" in flat
    finally:
        for db in (beijing, bonn, nairobi):
            db.close()
