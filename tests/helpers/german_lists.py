"""The files of field test 6 (a German participant list and a German Outlook CSV), written here."""

from __future__ import annotations

from pathlib import Path

#: Nr., Anrede, Vorname, Nachname, Funktion, Organisation, E-Mail, Telefon (a number, as Excel keeps it).
PARTICIPANTS: list[tuple[object, ...] | None] = [
    (1, "Herr", "Jürgen", "Müller", "Abteilungsleiter Wasserwirtschaft", "Ministerium für Umwelt NRW",
     "juergen.mueller@umwelt.nrw.de", 4921145661234),
    (2, "Frau", "Dr. Käthe", "Schröder", "Referentin Kreislaufwirtschaft", "Ministerium für Umwelt NRW",
     "k.schroeder@umwelt.nrw.de", 4921145661235),
    (3, "Herr", "Björn", "Weiß", "Geschäftsführer", "Stadtwerke Düsseldorf AG", "bjoern.weiss@swd-ag.de",
     491711234567),
    (4, "Frau", "Ökan", "Yılmaz", "Dolmetscherin (Chinesisch)", "Dolmetscherbüro Köln",
     "yilmaz@dolmetsch-koeln.de", 4922199887766),
    (5, "Herr", "Hans-Peter", "Groß", "Bürgermeister", "Stadt Mülheim an der Ruhr",
     "hp.gross@muelheim-ruhr.de", 4920845501),
    (6, "Frau", "Anneliese", "Bäcker", "Leiterin Umweltamt", "Stadt Mülheim an der Ruhr",
     "a.baecker@muelheim-ruhr.de", 4920845502),
    None,  # an empty row in the middle
    (7, "Herr", "Günther", "Öztürk", "Projektleiter", "GIZ", "guenther.oeztuerk@giz.de", 4961967990),
    (8, "Frau", "Marie-Luise", "Strauß", "Pressereferentin", "Ministerium für Umwelt NRW",
     "ml.strauss@umwelt.nrw.de", 4921145661240),
    (9, "Herr", "Prof. Dr. Ulrich", "von Hößlin", "Institutsleiter", "RWTH Aachen",
     "hoesslin@isa.rwth-aachen.de", 492418025200),
    (10, "Frau", "Sünje", "Jäger", "Ingenieurin", "Emschergenossenschaft", "suenje.jaeger@eglv.de",
     492011042000),
    (11, "Herr", "Zhang", "Wei", "Dolmetscher", "Dolmetscherbüro Köln", "zhang.wei@dolmetsch-koeln.de",
     4915112345678),
    (12, "Herr", "Lutz", "Fröhlich", "Fahrer / Sicherheit", "Ministerium für Umwelt NRW", "", 4917600011122),
]  # fmt: skip

HEADERS = ["Nr.", "Anrede", "Vorname", "Nachname", "Funktion", "Organisation", "E-Mail", "Telefon"]


def participant_list(path: Path) -> Path:
    """Teilnehmerliste_NRW.xlsx: a merged title row and a date row above the header, umlauts, phone
    numbers stored as numbers, an empty row in the middle."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "Teilnehmer"
    ws["A1"] = "Teilnehmerliste – Delegation Umweltamt Nordrhein-Westfalen nach Chengdu/Chongqing"
    ws.merge_cells("A1:H1")
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Stand: 01.12.2026"
    ws.merge_cells("A2:H2")
    ws.append(HEADERS)
    for row in PARTICIPANTS:
        ws.append([] if row is None else list(row))
    wb.save(path)
    return path


def outlook_csv(path: Path) -> Path:
    """kontakte_outlook.csv as Excel on Windows saves it: cp1252, semicolons, CRLF."""
    text = (
        "Anrede;Vorname;Nachname;Funktion;Firma;E-Mail-Adresse;Telefon geschäftlich;Mobiltelefon\r\n"
        "Herr;Jürgen;Müller;Abteilungsleiter Wasserwirtschaft;Ministerium für Umwelt NRW;"
        "juergen.mueller@umwelt.nrw.de;+49 211 4566-1234;\r\n"
        "Frau;Käthe;Schröder;Referentin;Ministerium für Umwelt NRW;k.schroeder@umwelt.nrw.de;"
        "0211 45661235;\r\n"
        "Herr;René;Lefèvre;Berater für Abwasser – Technik;Ingénieurs Conseils SàRL;r.lefevre@ic-sarl.fr;;"
        "+33 6 12 34 56 78\r\n"
        "Frau;Renée;Ångström;Beraterin;Städtische Werke Köln;r.angstrom@stwk.de;0221 178-0;0151 23456789\r\n"
    )
    path.write_bytes(text.encode("cp1252"))
    return path
