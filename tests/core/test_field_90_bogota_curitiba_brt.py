"""Field test 90: Ms. Valentina Ríos, Spanish- and Portuguese-speaking programme officer at the Shenzhen
hub office, hosts a delegation from Bogotá, Medellín and Curitiba on bus rapid transit and e-buses.

Her files (``tests/data/import/field90/``, invented people, CC0, see SOURCES.md there): a Spanish
Outlook-style CSV in Windows-1252 ("Nombre, Apellidos, Organización, Puesto, Correo electrónico,
Móvil"), a Brazilian contacts CSV with Portuguese headers ("Nome, Sobrenome, Apelido"), a vCard shared
from WhatsApp and one from Gmail of a woman already in the Outlook list. She imports them, finds people
by either family name and without accents, checks duplicates, builds the visit with an interpreter and
prints the dossier in both languages, the name cards and the registration list.

Defects found and fixed: the Portuguese headers were unknown, so every Brazilian row was skipped;
"Maria Jose Garcia" (Gmail) was never paired with "María José García Márquez" (Outlook), not even
by ``duplicates --of``; the WhatsApp card's "Celular" number was stored as a work phone and its label
reported dropped; a mistyped file name was refused with "the folder is not there (was the USB stick
pulled out?)"; "de la Torre" filed under L, not T as Spanish lists have it ("la" after "de" is a
particle now, and ``0067_central_asian_spellings`` re-files the records on file: particles53). Checked
and right: both family names kept together ("García Márquez", "Gonçalves da Costa Júnior", "Araújo
Filho"), the others filed by the first family name, search by either family name with or without
accents, whole names on the name cards, Latin accents and Chinese embedded in every PDF.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, fonts
from petdesk.dossier.data import gather_visit
from petdesk.dossier.namecards import build_namecards
from petdesk.models.enums import ChannelLabel, ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import duplicates, importing, registration_list, search
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

SAMPLES = DATA_DIR / "field90"
JOAO = "João Pedro Gonçalves da Costa Júnior"
FILES = ("outlook_es_cp1252.csv", "google_contacts_pt_br.csv", "whatsapp_andres.vcf", "gmail_maria_jose.vcf")


def _find(db: Database, query: str) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}


def test_valentina_hosts_the_bogota_medellin_curitiba_delegation(db: Database, tmp_path: Path) -> None:
    # 1. import: every row in is a record stored, both family names kept as the family name
    with db.transaction() as s:
        reports = [importing.import_file(s, SAMPLES / name) for name in FILES]
    assert [sum(o.action == "added" for o in r.outcomes) for r in reports] == [4, 3, 1, 1]
    with db.reading() as s:
        people = {f"{c.given_name} {c.family_name}": c for c in s.scalars(select(m.Contact))}
        assert len(people) == 9
        assert "María José García Márquez" in people
        assert "Juan Carlos de la Torre Peña" in people
        assert "João Pedro Gonçalves da Costa Júnior" in people
        assert "Luiz Fernando Araújo Filho" in people
        assert "Conceição Ribeiro Neto" in people
        assert people[JOAO].nickname == "Joãozinho"
        whatsapp = people["Andrés Felipe García"].methods
        assert [(p.value, p.label) for p in whatsapp] == [("+57 300 1234568", ChannelLabel.MOBILE)]
        ids = {name: c.id for name, c in people.items()}
    # 2. search by either family name, without accents, by the given name
    for query, name in (
        ("garcia", "María José García Márquez"), ("marquez", "María José García Márquez"),
        ("goncalves", JOAO), ("joao", JOAO), ("costa", JOAO), ("torre", "Juan Carlos de la Torre Peña"),
        ("pena", "Juan Carlos de la Torre Peña"), ("munoz", "Ana Lucía Muñoz Ibáñez"),
        ("ibanez", "Ana Lucía Muñoz Ibáñez"), ("araujo filho", "Luiz Fernando Araújo Filho"),
    ):  # fmt: skip
        assert ids[name] in _find(db, query), query
    # 3. duplicates: the Gmail card with one family name and no accents is the Outlook row's woman
    gmail, outlook = ids["Maria Jose Garcia"], ids["María José García Márquez"]
    with db.reading() as s:
        pairs = {frozenset(p.key) for p in duplicates.find_contact_duplicates(s)}
        assert frozenset((gmail, outlook)) in pairs
        assert outlook in {p.second_id for p in duplicates.duplicates_of(s, "contact", gmail)}
        # Andrés Felipe García shares a family name only: no pair
        assert not any(ids["Andrés Felipe García"] in pair for pair in pairs)
    # 4. the visit: the people filed by their first family name, "de la Torre" under T
    with db.transaction() as s:
        hub = os_.create_organisation(s, name_en="Shenzhen Hub Office", name_zh="深圳中心办公室")
        interpreter = cs.create_contact(
            s, family_name="Chen", given_name="Lucía", family_name_zh="陈", given_name_zh="露",
            organisation_id=hub.id,
        )  # fmt: skip
        v = vs.create_visit(
            s, title_en="Bogotá, Medellín and Curitiba delegation: BRT and e-buses",
            title_zh="波哥大、麦德林和库里蒂巴代表团：快速公交与电动公交", start_date=dt.date(2027, 3, 31),
            end_date=dt.date(2027, 4, 3), timezone="Asia/Shanghai", host_organisation_id=hub.id,
        )  # fmt: skip
        guests = [
            "María José García Márquez", "Juan Carlos de la Torre Peña", "Ana Lucía Muñoz Ibáñez",
            "Santiago Ocampo Londoño", "João Pedro Gonçalves da Costa Júnior", "Luiz Fernando Araújo Filho",
            "Conceição Ribeiro Neto",
        ]  # fmt: skip
        for n, name in enumerate(guests):
            vs.add_participant(
                s, v.id, ids[name], ParticipantRole.HEAD if n == 0 else ParticipantRole.DELEGATE
            )
        vs.add_participant(s, v.id, interpreter.id, ParticipantRole.INTERPRETER)
        visit = v.id
        order = [p.contact.family_name for p in vs.in_list_order(v.participants, "en")]
    # Spanish lists file "de la Torre" under T, after Ribeiro: "de" and "la" set aside
    assert order == [
        "García Márquez", "Araújo Filho", "Gonçalves da Costa Júnior", "Muñoz Ibáñez", "Ocampo Londoño",
        "Ribeiro Neto", "de la Torre Peña", "Chen",
    ]  # fmt: skip
    with db.reading() as s:
        assert [p.person.family_name for p in gather_visit(s, visit).participants][-3:-1] == [
            "Ribeiro Neto",
            "de la Torre Peña",
        ]  # the dossier's order
        for lang in ("en", "zh"):  # both contact lists: among the T names, after Ribeiro and Ocampo
            listed = [r.entity_id for r in search.search(s, "", kind=search.CONTACT, language=lang)]
            torre = listed.index(ids["Juan Carlos de la Torre Peña"])
            assert torre > listed.index(ids["Santiago Ocampo Londoño"]), lang
            assert torre > listed.index(ids["Conceição Ribeiro Neto"]), lang
    # 5. dossier both ways and name cards: accents, ñ, ç and Chinese embedded, whole names printed
    with fonts.collect_warnings() as warnings:
        pdfs = [
            build_visit_dossier(db, visit, tmp_path / f"d_{lang}.pdf", DossierOptions(first_lang=lang))
            for lang in ("en", "zh_CN")
        ]
        pdfs.append(build_namecards(db, visit, tmp_path / "cards.pdf"))
    assert warnings == []
    for pdf in pdfs:
        assert all(r.embedded and r.unicode for r in pdffonts(pdf)), pdf.name
        text = flat("".join(pdftotext_pages(pdf)))
        assert "[U+" not in text
        for name in ("MaríaJoséGarcíaMárquez", "JoãoPedroGonçalvesdaCostaJúnior", "AnaLucíaMuñozIbáñez"):
            assert name in text, (pdf.name, name)
    # 6. the registration list: everyone of the delegation, none with a passport yet
    with db.reading() as s:
        found = registration_list.registration_list(s, visit)
        assert {g.contact_id for g in found.guests} >= {ids[name] for name in guests}
    assert registration_list.write(found, tmp_path / "registration.xlsx") == len(found.guests)
