"""Round 54's note (field test 93): a Vietnamese passport list's "Sở TN&MT Đà Nẵng" was not matched to
"Sở Tài nguyên và Môi trường thành phố Đà Nẵng", and its guests were added beside the known ones with
another organisation, in silence. The common abbreviations (TN&MT, UBND, ĐH, TP …) are written out to
compare the names, and a match is said on the row as a same acronym is, never merged."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from petdesk import models as m
from petdesk.db import Database
from petdesk.services import duplicates, importing, org_acronyms
from tests.core.contacts.io_helpers import DATA_DIR

DONRE = "Sở Tài nguyên và Môi trường thành phố Đà Nẵng"


@pytest.mark.parametrize(
    ("short", "long", "said"),
    [
        ("Sở TN&MT Đà Nẵng", DONRE, "TN&MT"),
        ("Sở TNMT Đà Nẵng", DONRE, "TNMT"),
        ("Bộ TN&MT", "Bộ Tài nguyên và Môi trường", "TN&MT"),
        ("UBND TP. Đà Nẵng", "Ủy ban nhân dân thành phố Đà Nẵng", "UBND TP"),
        ("UBND tỉnh Quảng Nam", "Uỷ ban Nhân dân tỉnh Quảng Nam", "UBND"),  # ủy / uỷ, either case
        ("Trường ĐH Bách khoa - ĐH Đà Nẵng", "Trường Đại học Bách khoa - Đại học Đà Nẵng", "ĐH"),
        ("Sở TN&MT Quảng Nam", DONRE, ""),  # another province's department
        ("Sở KH&CN Đà Nẵng", DONRE, ""),  # another department
        ("Sở Tài nguyên và Môi trường Đà Nẵng", DONRE, ""),  # no abbreviation: the name finder's
    ],
)
def test_vietnamese_abbreviations_written_out(short: str, long: str, said: str) -> None:
    assert org_acronyms.same_abbreviated(short, long) == said
    assert org_acronyms.same_abbreviated(long, short) == said


def test_the_passport_list_says_which_known_department_it_may_mean(db: Database) -> None:
    with db.transaction() as s:
        importing.import_file(s, DATA_DIR / "field93" / "google.csv")
    with db.transaction() as s:
        report = importing.import_file(s, DATA_DIR / "field93" / "passports.xlsx")
    said = {str(item.name): [str(w) for w in item.warnings] for item in report.added + report.updated}
    suggestion = (
        f"organisation “Sở TN&MT Đà Nẵng” may be “{DONRE}” (same acronym TN&MT); added as a new one, "
        "check it with petdesk duplicates"
    )
    assert suggestion in said["Trần Văn Đức"], said  # the row that adds it; the next joins it
    university = "Trường Đại học Bách khoa - Đại học Đà Nẵng"
    assert any(f"may be “{university}” (same acronym ĐH)" in w for w in said["Phạm Thị Ngọc Ánh"]), said
    assert not any("may be" in w for w in said["Đặng Quốc Việt"])  # his company is unknown here
    with db.reading() as s:  # said, not merged: the passport list's name is kept as it wrote it
        ids = {o.name_en: o.id for o in s.scalars(select(m.Organisation))}
        assert {DONRE, "Sở TN&MT Đà Nẵng"} <= set(ids)
        # and petdesk duplicates, which the row sends the reader to, shows the pair
        pairs = duplicates.duplicates_of(s, "organisation", ids[DONRE])
    assert [(p.reasons, {p.first_id, p.second_id}) for p in pairs] == [
        (["same acronym TN&MT"], {ids[DONRE], ids["Sở TN&MT Đà Nẵng"]})
    ]
