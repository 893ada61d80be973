"""Field test 96: Ms. Sun Mei, data-protection contact of the Shanghai hub office, handles three GDPR
requests from European partners in a month, through the command line.

1. Dr. Katrin Vogel (Hamburg) asks for a copy of everything held about her: it must hold her
   training registration and the follow-up about her (they were dropped) and the files that carried
   her data (the export log was not in it), readable as a PDF.
2. Mr. Jonas Becker corrects his title and asks not to be contacted for events: he stays in the past
   visit, but no contact export, registration list or name-card run writes him, at either office.
3. Ms. Anna Schulz asks to be erased: gone here and, after the next package, at Hamburg, with no
   trace in search, the export log or the history.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

from petdesk.cli import main
from petdesk.db import Database
from petdesk.dossier.namecards import build_namecards
from petdesk.services import contacts as cs
from petdesk.services import export_log, exporting, follow_ups, privacy, registration_list, search, trainings
from petdesk.services import visits as visit_service
from tests.core.sync.helpers import make_office, send


def _people(db: Database) -> dict[str, str]:
    """The three partners, all in a past visit and a coming training; Katrin with an activity and a
    follow-up about her."""
    with db.transaction() as s:
        ids = {
            name: cs.create_contact(s, family_name=family, given_name=given, honorific_en=title).id
            for name, family, given, title in (
                ("katrin", "Vogel", "Katrin", "Dr."),
                ("jonas", "Becker", "Jonas", "Herr"),
                ("anna", "Schulz", "Anna", "Ms."),
            )
        }
        ids["lena"] = cs.create_contact(s, family_name="Krause", given_name="Lena").id
        visit = visit_service.create_visit(
            s,
            title_en="Hamburg water delegation",
            start_date=dt.date(2026, 9, 1),
            end_date=dt.date(2026, 9, 3),
        )
        training = trainings.create_training(
            s, title_en="Sludge treatment", start_date=dt.date(2027, 3, 1), end_date=dt.date(2027, 3, 2)
        )
        for cid in ids.values():
            visit_service.add_participant(s, visit.id, cid)
            trainings.register(s, training.id, cid)
        follow_ups.add(s, kind="contact", record_id=ids["katrin"], title_en="Send the IFAT brochure")
        ids["visit"], ids["training"] = visit.id, training.id
    return ids


def test_three_gdpr_requests(tmp_path: Path) -> None:
    shanghai = make_office(tmp_path / "dbs", "Shanghai")
    hamburg = make_office(tmp_path / "dbs", "Hamburg")
    packages = tmp_path / "packages"
    packages.mkdir()
    db = ["--db", str(shanghai.path)]
    ids = _people(shanghai)
    assert main([*db, "activities", "add", "--contact", ids["katrin"], "--subject", "IFAT booth talk"]) == 0
    everyone = tmp_path / "partners.vcf"
    assert main([*db, "export-contacts", "--out", str(everyone)]) == 0
    send(shanghai, hamburg, packages)

    # (1) Katrin's copy: complete, and readable
    copy = tmp_path / "vogel.json"
    assert main([*db, "person", "export", ids["katrin"], "--out", str(copy)]) == 0
    data = json.loads(copy.read_text(encoding="utf-8"))
    assert data["person"]["family_name"] == "Vogel"
    assert len(data["visit_participant"]) == 1
    assert len(data["training_participant"]) == 1  # was 0: overwritten by the substitutes' rows
    assert [f["description_en"] for f in data["follow_up"]] == ["Send the IFAT brochure"]  # was []
    assert [a["subject"] for a in data["activity"]] == ["IFAT booth talk"]
    # was not in the copy; the sync package to Hamburg carried her too (listed since round 55)
    assert [f["file_name"] for f in data["export_log"]] == ["partners.vcf", "pkg-0.petdesk-sync"]
    # Shanghai had not heard from Hamburg: a package of everything, to any office, said so
    assert [(p["file_name"], p["office"], p["imported"]) for p in data["sync_packages"]] == [
        ("pkg-0.petdesk-sync", "", None)
    ]
    assert data["history"]
    pdf = tmp_path / "vogel.pdf"
    assert main([*db, "person", "export", ids["katrin"], "--out", str(pdf)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    text = "\n".join(t for t, _h in privacy.pdf_lines(data))
    assert "exported 4 contacts to partners.vcf" in text

    # (2) Jonas: his title corrected, then "do not contact" (a restriction, not an erasure)
    assert main([*db, "contact", "edit", ids["jonas"], "--set", "honorific_en=Mr."]) == 0
    assert main([*db, "person", "restrict", ids["jonas"]]) == 0
    outputs = {}
    for name, extra in (("all.csv", []), ("visit.vcf", ["--visit", ids["visit"]]), ("q.xlsx", ["Becker"])):
        outputs[name] = tmp_path / name
        assert main([*db, "export-contacts", *extra, "--out", str(outputs[name])]) == 0
    training_csv = tmp_path / "training.csv"
    assert main([*db, "export-contacts", "--training", ids["training"], "--out", str(training_csv)]) == 0
    for path in (outputs["all.csv"], outputs["visit.vcf"], training_csv):
        written = path.read_text(encoding="utf-8-sig")
        assert "Becker" not in written and "Krause" in written, path.name
    with shanghai.reading() as s:
        assert "Becker" not in {
            g.name_latin for g in registration_list.registration_list(s, ids["visit"]).guests
        }
        assert cs.get_contact(s, ids["jonas"]).honorific_en == "Mr."
        # he stays in the past visit
        assert ids["jonas"] in {p.contact_id for p in visit_service.get_visit(s, ids["visit"]).participants}
    build_namecards(shanghai, ids["visit"], tmp_path / "cards.pdf")
    with shanghai.reading() as s:
        assert "cards.pdf" not in {line.file_name for line in export_log.lines(s, contact_id=ids["jonas"])}
    send(shanghai, hamburg, packages)
    with hamburg.transaction() as s:
        assert exporting.export_contacts(s, tmp_path / "hamburg.csv", "csv") == 3
    assert "Becker" not in (tmp_path / "hamburg.csv").read_text(encoding="utf-8-sig")

    # (3) Anna: erased here, and at Hamburg after the next package
    assert main([*db, "person", "erase", ids["anna"], "--yes"]) == 0
    send(shanghai, hamburg, packages)
    for office in (shanghai, hamburg):
        with office.transaction() as s:
            search.refresh_search_index(s)
            assert search.search(s, "Schulz") == [], office.path.name
            assert export_log.lines(s, contact_id=ids["anna"]) == []
        con = sqlite3.connect(office.path)
        try:
            assert con.execute("SELECT count(*) FROM contact WHERE id = ?", (ids["anna"],)).fetchone() == (0,)
            assert con.execute(
                "SELECT count(*) FROM sync_change WHERE row_id = ?", (ids["anna"],)
            ).fetchone() == (0,)
            assert con.execute(
                "SELECT count(*) FROM export_log_contact WHERE contact_id = ?", (ids["anna"],)
            ).fetchone() == (0,)
        finally:
            con.close()
    shanghai.close()
    hamburg.close()
