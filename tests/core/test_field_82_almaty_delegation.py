"""Field test 82: Ms. Aigerim Nurlanovna, desk officer for Central Asia at the hub office in Ürümqi, hosts
a week's delegation of the Almaty akimat with two Kazakh and one Uzbek enterprise (waste-to-energy and
district heating).

Her partners send a Bitrix24 / 1C export in Windows-1251 with Russian headers, Android vCards in Cyrillic
(quoted-printable, the patronymic in N's middle place), Kazakh letters and Uzbek Latin with U+02BB, and
the embassy's passport list in capitals (``tests/data/import/field82/``, see SOURCES.md there). She
imports all three, finds people by Latin spellings, pairs the Cyrillic and passport rows, merges them,
builds the visit (an interpreter, a video call in Almaty time), prints the dossier in both languages,
the name cards and the registration list.

Defects found and fixed: the Russian headers were unknown, so every Bitrix24 row was skipped; the passport
list's "GIVEN NAMES" was dropped and its passport numbers, nationalities (KAZ, UZB) and expiry dates had no
field to go to; "zhumabekova", "otegulov", "yerzhan", "gayrat", "ozbekiston" and a patronymic
("nurlanovna", Нурлановна) found nobody; no Cyrillic row was ever paired with its passport row.
Checked and right: Cyrillic, Kazakh and Uzbek letters embedded in every PDF, no codes printed; Asia/Almaty
at UTC+05:00 (tzdata's 2024 change), Ürümqi in Beijing time.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.dossier import DossierOptions, build_visit_dossier, fonts
from petdesk.dossier.namecards import build_namecards
from petdesk.models.enums import ParticipantRole
from petdesk.services import contacts as cs
from petdesk.services import duplicates, importing, merge, registration_list, search
from petdesk.services import organisations as os_
from petdesk.services import visits as vs
from tests.core.contacts.io_helpers import DATA_DIR
from tests.core.dossier.pdfcheck import flat, pdffonts, pdftotext_pages

SAMPLES = DATA_DIR / "field82"
FILES = ("bitrix24_contacts_cp1251.csv", "android_cyrillic.vcf", "embassy_passport_list.xlsx")


def _find(db: Database, query: str) -> set[str]:
    with db.reading() as s:
        return {r.entity_id for r in search.search(s, query, kind=search.CONTACT)}


def test_aigerim_hosts_the_almaty_delegation(db: Database, tmp_path: Path) -> None:
    # 1. import: every row in is a record stored, patronymics as middle names
    with db.transaction() as s:
        reports = [importing.import_file(s, SAMPLES / name) for name in FILES]
    assert [sum(o.action == "added" for o in r.outcomes) for r in reports] == [4, 3, 6]
    with db.reading() as s:
        people = {c.family_name: c for c in s.scalars(select(m.Contact))}
        assert len(people) == 13
        assert {f: people[f].middle_name for f in ("Нурланова", "Жұмабекова", "Toʻxtayev")} == {
            "Нурланова": "Нурлановна",
            "Жұмабекова": "Қайратқызы",
            "Toʻxtayev": "Shavkatovich",
        }
        assert people["Өтеғұлов"].given_name == "Нұрлан"
        assert (people["Nurlanova"].passport_number, people["Nurlanova"].nationality) == ("N12345678", "KZ")
        ids = {f: c.id for f, c in people.items()}
    # 2. search by Latin spellings, the patronymic and Uzbek without its ʻ
    for query, family in (
        ("Nurlanova", "Нурланова"), ("Nurlanovna", "Нурланова"), ("Aigerim", "Нурланова"),
        ("Айгерим", "Нурланова"), ("zhumabekova", "Жұмабекова"), ("otegulov", "Өтеғұлов"),
        ("yerzhan", "Сейткали"), ("gayrat", "Toʻxtayev"), ("Aigerim", "Nurlanova"),
    ):  # fmt: skip
        assert ids[family] in _find(db, query), query
    # 3. the Cyrillic rows meet their passport rows; she merges the passport into the Cyrillic record
    with db.reading() as s:
        pairs = {frozenset(p.key) for p in duplicates.find_contact_duplicates(s)}
    expected = {("Нурланова", "Nurlanova"), ("Сейткали", "Seitkali"), ("Иванов", "Ivanov")}
    assert {frozenset((ids[a], ids[b])) for a, b in expected} <= pairs
    with db.transaction() as s:
        for cyrillic, passport in expected:
            merge.merge_contacts(s, ids[cyrillic], ids[passport])
    # 4. the visit: Ürümqi keeps Beijing time; a video call in Almaty time (UTC+05:00 since 2024)
    assert ZoneInfo("Asia/Almaty").utcoffset(dt.datetime(2027, 5, 12, 10)) == dt.timedelta(hours=5)
    with db.transaction() as s:
        hub = os_.create_organisation(
            s, name_en="Urumqi Environmental Cooperation Hub", name_zh="乌鲁木齐环境合作中心"
        )
        interpreter = cs.create_contact(
            s,
            family_name="Li",
            given_name="Na",
            family_name_zh="李",
            given_name_zh="娜",
            organisation_id=hub.id,
        )
        v = vs.create_visit(
            s, title_en="Almaty akimat delegation: waste-to-energy and district heating",
            title_zh="阿拉木图市政府代表团：垃圾焚烧发电与区域供热", start_date=dt.date(2027, 5, 10),
            end_date=dt.date(2027, 5, 14), timezone="Asia/Shanghai", host_organisation_id=hub.id,
        )  # fmt: skip
        guests = ["Нурланова", "Сейткали", "Иванов", "Жұмабекова", "Өтеғұлов", "Toʻxtayev"]
        for n, family in enumerate(guests):
            vs.add_participant(
                s, v.id, ids[family], ParticipantRole.HEAD if n == 0 else ParticipantRole.DELEGATE
            )
        vs.add_participant(s, v.id, interpreter.id, ParticipantRole.INTERPRETER)
        call = vs.add_item(
            s, v.id, title_en="Video call with the Almaty akimat", title_zh="与阿拉木图市政府视频会议",
            start=dt.datetime(2027, 5, 12, 10), end=dt.datetime(2027, 5, 12, 11), timezone="Asia/Almaty",
        )  # fmt: skip
        assert call.starts_at.astimezone(ZoneInfo("Asia/Shanghai")).hour == 13
        visit = v.id
    # 5. dossier both ways and name cards: every script embedded, nothing as codes
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
        for name in ("АйгеримНурланова", "ӘселЖұмабекова", "НұрланӨтеғұлов", "GʻayratToʻxtayev", "李娜"):
            assert name in text, (pdf.name, name)
    # 6. the registration list: the merged passports are there; three guests still lack one
    with db.reading() as s:
        found = registration_list.registration_list(s, visit)
        by_id = {g.contact_id: g for g in found.guests}
        assert by_id[ids["Нурланова"]].passport_number == "N12345678"
        assert by_id[ids["Нурланова"]].passport_expiry == dt.date(2031, 9, 1)
        assert sum(not g.passport_number for g in found.guests) == 3
    assert registration_list.write(found, tmp_path / "registration.xlsx") == len(guests)
