"""A Mekong delegation's lists (field test 104): a Cambodian ministry's Excel sheet and an Android vCard.

The sheet's "ឈ្មោះ (Name in Khmer)" and "Name (Latin)" columns were not recognised, so all four rows were
skipped for want of a name; mapped by hand, សុខ ចាន់ណា (Sok Channa) was split given name first, Mr Channa.
"""

from __future__ import annotations

from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import NameOrder
from petdesk.services import importing, search
from tests.core.contacts.io_helpers import DATA_DIR

SAMPLES = DATA_DIR / "field104"
HEADERS = ["No.", "ឈ្មោះ (Name in Khmer)", "Name (Latin)", "Sex", "Position", "Institution", "Email", "Mobile"]


def test_the_ministrys_name_columns_are_recognised() -> None:
    mapping = importing.guess_mapping(HEADERS)
    assert (mapping[1], mapping[2]) == ("name_native", "name_latin")
    assert importing.guess_mapping(["အမည် (Name)", "Name (Burmese)", "Khmer name"]) == {
        0: "full_name",
        1: "name_native",
        2: "name_native",
    }


def test_a_bracket_in_the_same_script_only_qualifies_the_header() -> None:
    assert importing.guess_mapping(["Mobile (Viber)", "Numéro de téléphone (WhatsApp)"]) == {
        0: "mobile",
        1: "phone",
    }
    assert importing.guess_mapping(["Column (A)", "Notes (internal)"]) == {}


def _people(db: Database) -> dict[str, tuple[str, str, str, str, NameOrder]]:
    with db.reading() as s:
        return {
            next(method.value for method in c.methods if "@" in method.value): (
                c.family_name,
                c.given_name,
                c.phonetic_family_name,
                c.phonetic_given_name,
                c.name_order,
            )
            for c in s.scalars(select(m.Contact).where(m.Contact.deleted_at.is_(None)))
        }


def test_khmer_names_family_first_burmese_and_lao_kept(db: Database) -> None:
    with db.transaction() as s:
        sheet = importing.import_file(s, SAMPLES / "cambodia_moe_delegates.xlsx")
        phone = importing.import_file(s, SAMPLES / "android_v21_mekong.vcf")
    assert (len(sheet.added), len(sheet.skipped), len(phone.added)) == (4, 0, 3)
    family_first, given_first = NameOrder.FAMILY_FIRST, NameOrder.GIVEN_FIRST
    assert _people(db) == {
        "sok.channa@moe.gov.kh": ("សុខ", "ចាន់ណា", "Sok", "Channa", family_first),
        "sreypov.heng@moe.gov.kh": ("ហេង", "ស្រីពៅ", "Heng", "Sreypov", family_first),
        "sophea.keo@ppwsa.com.kh": ("កែវ", "សោភា", "Keo", "Sophea", family_first),
        "chantrea.ieng@moe.gov.kh": ("អៀង", "ចន្ទ្រា", "Ieng", "Chantrea", family_first),
        "aungkyawmin@ycdc.gov.mm": ("", "အောင်ကျော်မင်း", "", "Aung Kyaw Min", given_first),
        "sansanmyint@ycdc.gov.mm": ("", "ဒေါ်စန်းစန်းမြင့်", "", "Daw San San Myint", given_first),
        "somphone.k@nuol.edu.la": ("ແກ້ວມະນີ", "ສົມພອນ", "Keomany", "Somphone", given_first),
    }
    # found by the Latin spelling as the delegates say it (the reading; "keomany" is in no e-mail address)
    # and by their own script
    with db.reading() as s:
        family_of = {c.id: c.family_name for c in s.scalars(select(m.Contact))}
        for query, family in (("sok channa", "សុខ"), ("sreypov", "ហេង"), ("keomany", "ແກ້ວມະນີ"),
                              ("ចាន់ណា", "សុខ"), ("အောင်ကျော်မင်း", "")):  # fmt: skip
            found = {family_of[r.entity_id] for r in search.search(s, query, kind=search.CONTACT)}
            assert found == {family}, query
