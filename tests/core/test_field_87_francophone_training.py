"""Field test 87: Mr. Koffi N'Guessan, programme assistant at the Guangzhou hub office, organises a
training on urban solid waste for officials from Côte d'Ivoire, Senegal, Cameroon and Benin. His files,
written as the programs write them (invented people, CC0): a French Outlook export (semicolon,
Windows-1252, every field quoted, CRLF, day-first dates, "Téléphone mobile"), a Google Forms export in
French (UTF-8 without BOM: "Horodateur", "Nom complet", "Régime alimentaire", a typographic apostrophe
in "N’Guessan"), a Gmail vCard 3.0 export, and an Excel passport list (NOM / PRÉNOMS in capitals, an
MRZ-like column). He registers everyone for the training, finds people whichever apostrophe or accent
he types, prints the sign-in sheet, the certificates and the bilingual dossier."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.services import search
from petdesk.services import trainings as ts
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

OUTLOOK = [
    ["Prénom", "Nom", "Société", "Fonction", "Adresse de messagerie", "Téléphone mobile", "Anniversaire"],
    ["Koffi", "N'Guessan", "Ministère de l'Environnement", "Chargé de programme", "koffi.nguessan@example.ci",
     "+225 07 07 12 34 56", "15/03/1987"],
    ["Aïssatou", "Diop", "Mairie de Dakar", "Directrice de la propreté", "aissatou.diop@example.sn",
     "+221 77 123 45 67", "02/11/1979"],
    ["Jean-François", "de Souza", "Agence béninoise de l'environnement", "Ingénieur", "jf.desouza@example.bj",
     "+229 97 12 34 56", "30/01/1980"],
    ["Cœur", "Mbarga Nkoulou", "Communauté urbaine de Yaoundé", "Responsable déchets",
     "coeur.mbarga@example.cm", "+237 6 77 12 34 56", "25/12/1990"],
]  # fmt: skip
FORMS = [
    ["Horodateur", "Adresse e-mail", "Nom complet", "Pays", "Organisation", "Numéro de téléphone (WhatsApp)",
     "Régime alimentaire"],
    ["15/03/2027 10:12:45", "koffi.nguessan@example.ci", "Koffi N’Guessan", "Côte d'Ivoire",
     "Ministère de l'Environnement", "+225 07 07 12 34 56", "Halal"],
    ["17/03/2027 17:30:00", "r.hounkpatin@example.bj", "Rosine Hounkpatin", "Bénin", "Mairie de Cotonou",
     "+229 66 11 22 33", "Végétarien"],
    ["18/03/2027 08:05:10", "oumar.dasilva@example.sn", "Oumar da Silva", "Sénégal", "Ville de Saint-Louis",
     "+221 70 987 65 43", "Aucun"],
]  # fmt: skip
VCARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Adjoa Ahou Koné\r\nN:Koné;Adjoa Ahou;;;\r\n"
    "EMAIL;TYPE=INTERNET:adjoa.kone@example.ci\r\nTEL;TYPE=CELL:+225 05 44 33 22 11\r\n"
    "ORG:District Autonome d'Abidjan\r\nEND:VCARD\r\n"
)
PASSPORTS = [
    ["NOM", "PRÉNOMS", "N° PASSEPORT", "DATE DE NAISSANCE", "MRZ"],
    ["N'GUESSAN", "KOFFI", "20CI12345", dt.datetime(1987, 3, 15), "NGUESSAN<<KOFFI"],
    ["DIOP", "AÏSSATOU", "A01234567", dt.datetime(1979, 11, 2), "DIOP<<AISSATOU"],
]


def _files(folder: Path) -> dict[str, Path]:
    outlook = folder / "contacts_outlook.csv"
    with open(outlook, "w", encoding="cp1252", newline="") as f:  # Outlook FR: ";", all quoted, CRLF
        csv.writer(f, delimiter=";", quoting=csv.QUOTE_ALL, lineterminator="\r\n").writerows(OUTLOOK)
    forms = folder / "Inscription (réponses).csv"
    with open(forms, "w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(FORMS)
    vcf = folder / "contacts.vcf"
    vcf.write_bytes(VCARDS.encode("utf-8"))
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    for row in PASSPORTS:
        ws.append(row)
    passports = folder / "passeports.xlsx"
    wb.save(passports)
    return {"outlook": outlook, "forms": forms, "vcf": vcf, "passports": passports}


def _person(db: Database, email: str) -> m.Contact:
    with db.reading() as s:
        method = s.scalars(select(m.ContactMethod).where(m.ContactMethod.value == email)).one()
        contact = s.get(m.Contact, method.contact_id)
        assert contact is not None
        s.expunge_all()
        return contact


def _phones(db: Database, email: str) -> set[str]:
    contact_id = _person(db, email).id
    with db.reading() as s:
        rows = s.scalars(
            select(m.ContactMethod.value).where(
                m.ContactMethod.contact_id == contact_id, m.ContactMethod.channel == "phone"
            )
        )
        return set(rows)


def test_francophone_training_from_four_files_to_the_dossier(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    at = ["--db", str(db.path), "--lang", "en"]
    files = _files(tmp_path)
    with db.transaction() as s:
        tid = ts.create_training(
            s,
            title_en="Urban solid waste management for West and Central African cities",
            title_zh="西非和中非城市固体废物管理培训",
            city_en="Guangzhou",
            city_zh="广州",
            start_date=dt.date(2027, 4, 12),
            end_date=dt.date(2027, 4, 13),
        ).id
        for day in (12, 13):
            ts.add_session(
                s,
                tid,
                title_en=f"Day {day - 11}",
                title_zh=f"第{day - 11}天",
                start=dt.datetime(2027, 4, day, 9),
                end=dt.datetime(2027, 4, day, 17),
            )
    # 1. the French headers are recognised: nothing of a person's is dropped
    for name in ("outlook", "forms"):
        assert main([*at, "import-contacts", "--show-mapping", str(files[name])]) == 0
    mapping = capsys.readouterr().out
    assert "Téléphone mobile             -> mobile" in mapping, mapping
    assert "Régime alimentaire           -> dietary_needs" in mapping
    assert "-> phone" in mapping.split("Numéro de téléphone (WhatsApp)")[1].splitlines()[0]
    # 2. rows in = rows stored: 4 + 3 (Koffi again by e-mail) + 1, all registered for the training
    args = [*at, "import-contacts", "--training", tid[:8]]
    assert main([*args, str(files["outlook"]), str(files["forms"]), str(files["vcf"])]) == 0
    out = capsys.readouterr().out
    assert "7 added, 1 updated" in out and "7 people registered for the training" in out, out
    assert "Téléphone mobile" not in out and "Régime alimentaire" not in out  # nothing dropped
    # 3. the passport list (names in capitals) finds the people it names instead of adding them again
    assert main([*at, "import-contacts", str(files["passports"])]) == 0
    out = capsys.readouterr().out
    assert "0 added" in out and "PRÉNOMS" not in out, out
    # 4. accents, apostrophes, day-first dates and each country's numbers kept as written
    koffi = _person(db, "koffi.nguessan@example.ci")
    assert (koffi.given_name, koffi.family_name, koffi.birthday) == ("Koffi", "N'Guessan", "1987-03-15")
    assert koffi.dietary_needs == "Halal"
    assert _phones(db, "koffi.nguessan@example.ci") == {"+225 07 07 12 34 56"}
    coeur = _person(db, "coeur.mbarga@example.cm")
    assert (coeur.given_name, coeur.family_name, coeur.birthday) == ("Cœur", "Mbarga Nkoulou", "1990-12-25")
    assert _phones(db, "aissatou.diop@example.sn") == {"+221 77 123 45 67"}
    assert _person(db, "r.hounkpatin@example.bj").dietary_needs == "Végétarien"
    oumar = _person(db, "oumar.dasilva@example.sn")  # the form's whole name: "da" is the family name's
    assert (oumar.given_name, oumar.family_name) == ("Oumar", "da Silva")
    # the organisations the form added have the country its "Pays" names; the one the Outlook file added
    # before (no country column there) has the country its row's +225 number names, as a new
    # organisation gets since field test 107 (said in the report); the form leaves it as it is
    with db.reading() as s:
        rows = s.execute(select(m.Organisation.name_en, m.Organisation.country))
        countries = {name: country for name, country in rows}
    assert countries["Mairie de Cotonou"] == "BJ" and countries["Ville de Saint-Louis"] == "SN"
    assert countries["Ministère de l'Environnement"] == "CI"
    # 5. found whichever way he types the name, and by the number as each country writes it
    for query, email in (
        ("N'Guessan", "koffi.nguessan@example.ci"),
        ("N’Guessan", "koffi.nguessan@example.ci"),
        ("NGuessan", "koffi.nguessan@example.ci"),
        ("aissatou", "aissatou.diop@example.sn"),
        ("Aïssatou", "aissatou.diop@example.sn"),
        ("coeur", "coeur.mbarga@example.cm"),
        ("Jean-Francois", "jf.desouza@example.bj"),
        ("kone", "adjoa.kone@example.ci"),
        ("07 07 12 34 56", "koffi.nguessan@example.ci"),
        ("77 123 45 67", "aissatou.diop@example.sn"),
    ):
        with db.reading() as s:
            found = [r.entity_id for r in search.search(s, query, kind=search.CONTACT)]
        assert found == [_person(db, email).id], query
    # 6. the sign-in sheet files de Souza under S and the compound family name under M
    with db.reading() as s:
        sheet = ts.sign_in_sheet(s, tid)
    # (Oumar da Silva is left out: "da" is no filing particle yet, which needs a re-index migration)
    order = [r.name_latin for r in sheet.attendees if r.name_latin != "Oumar da Silva"]
    assert order == [
        "Aïssatou Diop",
        "Rosine Hounkpatin",
        "Adjoa Ahou Koné",
        "Cœur Mbarga Nkoulou",
        "Koffi N'Guessan",
        "Jean-François de Souza",
    ], order
    # 7. certificates and the bilingual dossier, English first and Chinese first, fonts embedded
    certificates = tmp_path / "certificates.pdf"
    assert main([*at, "dossier", "certificates", "--all", tid[:8], "--out", str(certificates)]) == 0
    capsys.readouterr()
    text = flat("".join(pdftotext_pages(certificates)))
    # no attendance is marked here, so --all prints certificates of participation (参加证书); those of
    # completion (结业证书) need the attendance rule's share of sessions (trainfollow60)
    assert "KoffiN'Guessan" in text and "CœurMbargaNkoulou" in text and "参加证书" in text
    assert "结业证书" not in text
    for language in ("en", "zh_CN"):
        pdf = tmp_path / f"dossier_{language}.pdf"
        assert main([*at, "dossier", "training", tid[:8], "--lang", language, "--out", str(pdf)]) == 0
        capsys.readouterr()
        assert all(font.embedded for font in pdffonts(pdf))
        text = flat("".join(pdftotext_pages(pdf)))
        assert "Jean-FrançoisdeSouza" in text and "Aïssatou" in text and "[U+" not in text
        assert "参加人员名单" in text and "Participantlist" in text
