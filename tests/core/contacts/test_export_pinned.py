"""Exports of a generated set of contacts that uses every exported field are pinned to the bytes the
writers gave before the exports were made faster (s6, main at 55f2d88): names in every script and
order, phonetic names, every channel and label, addresses, related names, other handles, a photo,
dates, several affiliations and the tricky cells of ``test_export_fast``."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel, NameOrder, OrgKind
from petdesk.services import exporting
from tests.core.contacts.io_helpers import add_contact
from tests.core.contacts.test_export_fast import TRICKY

#: sha256 per (format, vCard version, Chinese name first); for a workbook, of its sheet.
#: The cards were re-pinned when they began to carry the name order and an honorific that FN and N
#: cannot (X-PETDESK-NAME-ORDER, X-PETDESK-HONORIFIC-EN/-ZH): without those lines they hash to the
#: digests before (4e410929…, 54a73f70…, f49957a0…, bb88cf13…). The CSV and the workbook were re-pinned
#: when they gained the work and home address regions as their last two columns: without those
#: columns they are the bytes before (d9a29e9c…, 6aee0615…). They were re-pinned again when the labels
#: came out (the e-mails, phones and faxes of other labels in columns of their own, the messaging
#: handles' labels, QQ and other handles, thirteen columns after those): before it they hashed to
#: f41a0eee… and d5a8d45b…; the values are the same, but a cell of its own guards "-2+3" (a fax
#: that shared a cell before). The cards were re-pinned when GENDER lost its repeated identity text
#: (``GENDER:M``, 3.0 ``X-GENDER:Male``, RFC 6350 6.2.7) and FN gained the middle name (field test
#: 29): before it they hashed to 54c76328…, bb90d703…, c1748e44… and de3f220c….
#: The CSV and the workbook were re-pinned when they gained the full name as their last column (field
#: test 35, D3): without it their rows are the same, and they hashed to d091f296… and 36865341….
#: The 4.0 cards were re-pinned when a Korean name gained its romanisation as the phonetic N
#: (``N;ALTID=2;PHONETIC=script;SCRIPT=Latn;LANGUAGE=ko:Kim;Minjun;;;``, field test 51): without that
#: line they hash to e70fc6f0… and cdaf7b5a…. The CSV and the workbook were re-pinned when the native
#: name's columns got neutral headers ("Family name (Chinese/Japanese/Korean)"): with the old headers
#: "Chinese family name"/"Chinese given name" the CSV hashes to 9f8d7b83… as before (checked), the
#: workbook to c6db1428…. The CSV and the workbook were re-pinned when they gained the name's
#: language ("ja", "ko") as their last column (fixes2: a Han-only Japanese name came back Chinese):
#: without it they are the bytes before (c0c0166d…, ea5c1ff7…).
#: All were re-pinned when 김민준 got his Hanja (金敏俊) and the exports began to write it (hanja51): the
#: cards as one more FN (``FN;ALTID=1;LANGUAGE=ko-Hani``, 3.0 ``X-PETDESK-ALT-FN``), the CSV and the
#: workbook as their last column. Without that line (or column) the cards and the CSV are the bytes
#: before (checked: 6eefb465…, 4fde03bf…, 69cc219a…, 32546fc3…, c91c6a4f…); the workbook was 3f18f3c4….
#: All were re-pinned when FN and the full-name column gained the name suffix ("… III", field test
#: 126); without it they are the bytes before (bd0ff884…, b7c78ba4…, 452404d1…, 4a40c2fb…, 709ca022…,
#: f01cc88e…).
#: All were re-pinned when the exports began to come out in the contacts list's order (the search
#: index's filing keys, fieldbits62) instead of the stored columns' raw order: with the raw order put
#: back they are the bytes before (checked: a128f93b…, baac62ac…, 193d7c4d…, 1467f25b…, e41f383b…,
#: 98ae0cd2…).
PINNED = {
    ("csv", "4.0", True): "149d6e74bbe6ac58f0833e3b05a423eb002a37d31d3e27ea3ba3381e912da4c6",
    ("xlsx", "4.0", True): "5bd09b2dc9632c1a44f09664da9ff1ea5b8982a6c734c0c9db670aadfb3e1278",
    ("vcf", "4.0", True): "c0d4c92b6acd233290288cb4ffa8544e382bf341a45bba36e42859d45237a754",
    ("vcf", "3.0", True): "d7287ea1fa9627edd4f46fbe1e608053f1fe19da2b22255f59f4a5ab7803027d",
    ("vcf", "4.0", False): "2cdba7dd2cf6b96a3fed29db74c8595ee699444b99ffc04a7e7c2161195464af",
    ("vcf", "3.0", False): "efaea1c9ac0453215689c35b0d7fe97984e0c24de9c96d44935f66b4b0fe95a2",
}

_AT = dt.datetime(2026, 11, 2, 8, 30, 5, tzinfo=dt.UTC)
_NAMES = [
    # family, given, order, family_zh, given_zh, native language, phonetic family, phonetic given
    ("Zhang", "Wei", NameOrder.FAMILY_FIRST, "张", "伟", "", "", ""),
    ("Shan", "Tianfang", NameOrder.FAMILY_FIRST, "单", "田芳", "", "", ""),
    ("", "", NameOrder.FAMILY_FIRST, "欧阳", "娜娜", "", "", ""),
    ("Müller", "Anna", NameOrder.GIVEN_FIRST, "", "", "", "", ""),
    ("Yamada", "Taro", NameOrder.GIVEN_FIRST, "山田", "太郎", "ja", "やまだ", "たろう"),
    ("Kim", "Minjun", NameOrder.GIVEN_FIRST, "김", "민준", "ko", "", ""),
    ("Li", "Lei", NameOrder.FAMILY_FIRST, "李", "雷", "", "Lǐ", "Léi"),
    ("", "", NameOrder.FAMILY_FIRST, "", "", "", "", ""),
    ("O'Neil; Jr", "Mary, Ann", NameOrder.GIVEN_FIRST, "", "", "", "", ""),
]
_METHODS = [
    (channel, label)
    for channel in ContactChannel
    for label in ChannelLabel
    if not (channel == ContactChannel.EMAIL and label == ChannelLabel.MOBILE)
]


def _pinned_set(db: Database) -> None:
    """Contacts with fixed ids and times, so that the export's bytes do not change from run to run."""
    with db.transaction() as s:
        orgs = [
            m.Organisation(
                id=f"00000000-0000-4000-8000-00000000000{i}", name_en=en, name_zh=zh, kind=OrgKind.ENTERPRISE
            )
            for i, (en, zh) in enumerate(
                [
                    (
                        "Beijing Environmental Protection Industry Association, Testing Department",
                        "北京市环境保护产业协会",
                    ),
                    ("R&D <Lab>, Inc.", "研发\x07实验室"),
                    ("", "只有中文名的机构"),
                ]
            )
        ]
        s.add_all(orgs)
        s.flush()
        people = [
            *_NAMES,
            *(
                (t[:100], TRICKY[(i + 3) % len(TRICKY)][:100], NameOrder.GIVEN_FIRST, "", t[:50], "", "", "")
                for i, t in enumerate(TRICKY)
            ),
        ]
        for i, (family, given, order, family_zh, given_zh, native, ph_family, ph_given) in enumerate(people):
            text = TRICKY[i % len(TRICKY)]
            methods = [
                (channel, label, f"{channel.value}-{label.value}-{i}@x.example" if j % 5 else text[:300])
                for j, (channel, label) in enumerate(_METHODS[i % 4 :: 2])
            ]
            contact = add_contact(
                s,
                id=f"10000000-0000-4000-8000-{i:012d}",
                family_name=family,
                given_name=given,
                name_order=order,
                family_name_zh=family_zh,
                given_name_zh=given_zh,
                native_name_language=native,
                name_hanja="金敏俊" if given_zh == "민준" else "",
                phonetic_family_name=ph_family,
                phonetic_given_name=ph_given,
                honorific_en=("Dr.", "", "Ms.")[i % 3],
                honorific_zh=("博士", "", "女士")[i % 3],
                middle_name="J." if i % 4 == 1 else "",
                name_suffix="III" if i % 5 == 2 else "",
                nickname=("", "Bobby", "小李")[i % 3],
                gender=("male", "female", "", "diverse")[i % 4],
                languages=[["zh", "en"], [], ["en", "de", "fr"]][i % 3],
                tags=[["3iPET", "decision maker"], [], [text[:50], "a,b;c"]][i % 3],
                notes=text if i % 2 else "Line one\nline two; with, punctuation \\ and more",
                dietary_needs=("", "vegetarian, no pork")[i % 2],
                accessibility_needs=("", "wheelchair")[i % 3 == 1],
                emergency_contact=("", "Kim (son), +27 82930 6216")[i % 2],
                birthday=("", "1980-04-03", "--04-03")[i % 3],
                anniversary=("", "2001-09-10")[i % 2],
                websites=[[], ["https://example.org/a,b"], ["https://x.example", "http://y.example"]][i % 3],
                addresses=[
                    [],
                    [
                        {
                            "label": "work",
                            "street": "1 Road; Unit 2",
                            "city": "北京",
                            "postcode": "100000",
                            "country": "CN",
                        }
                    ],
                    [
                        {"label": "home", "street": "", "city": "", "country": "DE"},
                        {
                            "label": "home",
                            "street": "Hauptstr. 1",
                            "city": "Köln",
                            "region": "NRW",
                            "language": "de",
                        },
                        {"label": "other", "po_box": "PO 7", "extended": "c/o A", "city": "Paris"},
                        {"label": "work", "street": text[:200], "city": "Cape Town"},
                    ],
                ][i % 3],
                related_names=[[], [{"type": "spouse", "name": "Li Na"}], [{"type": "", "name": "A, B"}]][
                    i % 3
                ],
                other_handles=[[], [{"service": "signal", "handle": "+49 1"}], [{"handle": "x"}]][i % 3],
                photo="data:image/png;base64,iVBORw0KGgo=" if i % 4 == 3 else "",
                methods=methods,
                updated_at=_AT + dt.timedelta(days=i, seconds=i * 37),
                created_at=_AT,
            )
            for k in range(i % 3):
                s.add(
                    m.Affiliation(
                        id=f"20000000-0000-4000-8000-{i:06d}{k:06d}",
                        contact_id=contact.id,
                        organisation_id=orgs[(i + k) % 3].id,
                        position_en=("Chief Engineer", text[:200], "")[(i + k) % 3],
                        position_zh=("总工程师", "", "主任")[(i + k) % 3],
                        department_en=("Testing Department", "", "R&D; Section 2")[(i + k) % 3],
                        department_zh=("检测部", "研发部", "")[(i + k) % 3],
                        start_date=dt.date(2020 + k, 1, 1) if (i + k) % 2 else None,
                        end_date=dt.date(2024, 1, 1) if k == 1 and i % 2 else None,
                        is_primary=k == 0 and i % 3 == 2,
                    )
                )


def _digest(db: Database, tmp_path: Path, fmt: str, version: str, chinese_first: bool) -> str:
    with db.reading() as s:
        if fmt == "vcf" and not chinese_first:
            data = exporting.vcard_text(exporting.select_contacts(s), chinese_first=False, version=version)
            return hashlib.sha256(data.encode("utf-8")).hexdigest()
        path = tmp_path / f"pinned.{fmt}"
        exporting.export_contacts(s, path, fmt, vcard_version=version)  # type: ignore[arg-type]
    data = path.read_bytes()
    if fmt == "xlsx":
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            data = z.read("xl/worksheets/sheet1.xml")
    return hashlib.sha256(data).hexdigest()


@pytest.mark.parametrize(("fmt", "version", "chinese_first"), list(PINNED))
def test_exports_of_every_field_are_the_pinned_bytes(
    db: Database, tmp_path: Path, fmt: str, version: str, chinese_first: bool
) -> None:
    _pinned_set(db)
    assert _digest(db, tmp_path, fmt, version, chinese_first) == PINNED[(fmt, version, chinese_first)]
