"""Organisations made from a contact file's company column take the country the row gives (field test
87, orgcountry53): a form's "Pays", a "Country" or "国家" column, a vCard's work address. Names in
English, French, Chinese, a passport's three-letter code. A known organisation is never changed; one of
another country is another organisation (round 54), said on the row. Invented people and organisations."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from petdesk import i18n
from petdesk import models as m
from petdesk.db import Database
from petdesk.services import importing
from petdesk.services.duplicates import translate_reason
from tests.helpers.tree_catalogue import tree_catalogue  # noqa: F401 (a fixture)


def _countries(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {
            name: country
            for name, country in s.execute(select(m.Organisation.name_en, m.Organisation.country))
        }


def _import(db: Database, path: Path) -> importing.ImportReport:
    with db.transaction() as s:
        return importing.import_file(s, path)


def test_a_french_form_gives_each_new_organisation_its_country(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "Inscription (réponses).csv"
    path.write_text(
        "Horodateur,Adresse e-mail,Nom complet,Pays,Organisation\n"
        "15/03/2027 10:12:45,koffi@example.ci,Koffi N’Guessan,Côte d'Ivoire,Ministère de l'Environnement\n"
        "17/03/2027 17:30:00,rosine@example.bj,Rosine Hounkpatin,Bénin,Mairie de Cotonou\n"
        "18/03/2027 08:05:10,oumar@example.sn,Oumar da Silva,SEN,Ville de Saint-Louis\n"
        "18/03/2027 09:00:00,awa@example.ci,Awa Traoré,CIV,District Autonome d'Abidjan\n"
        "18/03/2027 09:30:00,paul@example.cm,Paul Essomba,Cameroun,Communauté urbaine de Douala\n"
        "18/03/2027 10:00:00,anon@example.org,Jeanne Kaboré,Atlantide,Association Atlantide\n",
        encoding="utf-8",
    )
    report = _import(db, path)
    assert len(report.added) == 6
    assert _countries(db) == {
        "Ministère de l'Environnement": "CI",  # an ASCII apostrophe, CLDR writes ’
        "Mairie de Cotonou": "BJ",
        "Ville de Saint-Louis": "SN",
        "District Autonome d'Abidjan": "CI",
        "Communauté urbaine de Douala": "CM",
        "Association Atlantide": "",  # no country: left empty, as for a person
    }


def test_chinese_and_english_columns_and_a_vcard_address(db: Database, tmp_path: Path) -> None:
    table = tmp_path / "名单.csv"
    table.write_text(
        "姓名,单位,国家,电子邮件\n"
        "阿卜杜拉·迪亚洛,塞内加尔环境部,塞内加尔,abdoulaye@example.sn\n"
        "玛丽·库利巴利,科特迪瓦环境部,科特迪瓦,marie@example.ci\n",
        encoding="utf-8",
    )
    english = tmp_path / "contacts.csv"
    english.write_text(
        "First Name,Last Name,Company,Country,E-mail Address\n"
        "Moussa,Fall,Dakar Waste Agency,Senegal,moussa@example.sn\n",
        encoding="utf-8",
    )
    card = tmp_path / "contacts.vcf"
    card.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Fatou Ndiaye\r\nN:Ndiaye;Fatou;;;\r\n"
        b"EMAIL;TYPE=INTERNET:fatou@example.sn\r\nORG:Thies City Council\r\n"
        b"ADR;TYPE=HOME:;;1 Rue de Paris;Lyon;;69001;France\r\n"
        b"ADR;TYPE=WORK:;;Place de France;Thies;;;Senegal\r\nEND:VCARD\r\n"
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Luc Martin\r\nN:Martin;Luc;;;\r\n"
        b"EMAIL;TYPE=INTERNET:luc@example.org\r\nORG:Waste Without Borders\r\n"
        b"ADR;TYPE=HOME:;;2 Rue Neuve;Lyon;;69002;France\r\nEND:VCARD\r\n"
    )
    for path in (table, english, card):
        _import(db, path)
    with db.reading() as s:
        by_zh = {
            name: country
            for name, country in s.execute(select(m.Organisation.name_zh, m.Organisation.country))
        }
    assert by_zh["塞内加尔环境部"] == "SN" and by_zh["科特迪瓦环境部"] == "CI"
    countries = _countries(db)
    assert countries["Dakar Waste Agency"] == "SN"
    assert countries["Thies City Council"] == "SN"  # the work address's, not the home's
    assert countries["Waste Without Borders"] == ""  # where a person lives is not where they work


def test_a_known_organisation_of_another_country_is_another_one(db: Database, tmp_path: Path) -> None:
    """Round 54: the name and the row's country find a known organisation; one of another country is
    not it (orgcountry53 joined it and said so), a new one is added in the row's country and the
    row says why. One with no country on file is still the one."""
    with db.transaction() as s:
        s.add_all(
            [
                m.Organisation(name_en="Mairie de Dakar", country="SN"),
                m.Organisation(name_en="Green Cities Network", country=""),
            ]
        )
    path = tmp_path / "form.csv"
    path.write_text(
        "Nom complet,Adresse e-mail,Pays,Organisation\n"
        "Aïssatou Diop,aissatou@example.sn,Sénégal,Mairie de Dakar\n"
        "Yao Kouassi,yao@example.ci,Côte d’Ivoire,Mairie de Dakar\n"
        "Ibrahima Sow,ibrahima@example.sn,Sénégal,Green Cities Network\n",
        encoding="utf-8",
    )
    said = (
        "organisation “Mairie de Dakar” on file is in Senegal, not Côte d’Ivoire as the row says; "
        "added a new one in Côte d’Ivoire"
    )
    with db.reading() as s:  # the window's preview says it before the import
        plan = importing.plan_import(s, importing.load_file(path), "contacts", check=True)
    assert [[str(w) for w in item.record.warnings] for item in plan.items] == [[], [said], []]
    report = _import(db, path)
    assert [[str(w) for w in r.warnings] for r in report.added] == [[], [said], []]
    with db.reading() as s:
        rows = sorted(s.execute(select(m.Organisation.name_en, m.Organisation.country)).all())
    assert rows == [("Green Cities Network", ""), ("Mairie de Dakar", "CI"), ("Mairie de Dakar", "SN")]


@pytest.mark.usefixtures("tree_catalogue")  # this tree's Chinese catalogue
def test_the_note_in_chinese(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        s.add(m.Organisation(name_en="Mairie de Dakar", country="SN"))
    path = tmp_path / "form.csv"
    path.write_text("Nom complet,Pays,Organisation\nYao Kouassi,CIV,Mairie de Dakar\n", encoding="utf-8")
    (added,) = _import(db, path).added
    (note,) = added.warnings
    zh = translate_reason(note, i18n.translator("zh_CN"))
    said = "已有的机构“Mairie de Dakar”位于塞内加尔，不是该行所写的科特迪瓦；已另建一个位于科特迪瓦的机构"
    assert zh == said, zh


def test_a_number_without_its_country_code_is_kept_as_written(db: Database, tmp_path: Path) -> None:
    """D7: "77 555 66 77" on a Senegalese row is not made "+221 …" behind the user's back: petdesk holds
    no table of countries' calling codes to say "probably +221" with, so the number stays as typed."""
    path = tmp_path / "form.csv"
    path.write_text(
        "Nom complet,Pays,Organisation,Téléphone\nMame Diarra Sy,Sénégal,Mairie de Rufisque,77 555 66 77\n",
        encoding="utf-8",
    )
    (added,) = _import(db, path).added
    assert not added.warnings
    with db.reading() as s:
        phones = list(s.scalars(select(m.ContactMethod.value).where(m.ContactMethod.channel == "phone")))
    assert phones == ["77 555 66 77"]
    assert _countries(db) == {"Mairie de Rufisque": "SN"}
