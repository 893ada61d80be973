"""Fast exports write the bytes the exports wrote before: on the demo file, and on cells made to
trip every shortcut (formula-like text, quotes, commas, line ends, control characters, white space
at the edges, XML's special characters, error codes, over-long text)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from petdesk import models as m
from petdesk.db import Database
from petdesk.models.enums import ChannelLabel, ContactChannel, OrgKind
from petdesk.services import exporting, vcard
from petdesk.textsafety import strip_control
from tests.core.contacts.io_helpers import add_contact

#: sha256 of each export of the demo file (200 contacts, seed 7, tests' anchor date) as the code
#: before the fast writers (main at cb92621) wrote it; for a workbook, of its sheet. These change
#: only when the export format changes on purpose or the demo generator writes other data.
#: Recomputed when the demo's row ids began to ascend (s6_demo), and when their count moved to the
#: first 32 bits (short ids stay unique): same exporter code, new demo ids.
#: (CSV and Excel carry each contact's id as stored: since ids became compact (petdesk.ids) the demo's
#: are 22 characters; with them written back in the canonical form the CSV is the earlier
#: 3887b0d1…. vCards write the canonical UUID, so theirs did not change.)
#: Recomputed when ids became version-8 UUIDs (round 14, petdesk.ids.COMPACT_VERSION): with each id's
#: version bits set back to 4, all four exports hash to the digests before (b2743801…, 11db0fcd…,
#: 49d4fc41…, 1ea18eaf…).
#: Recomputed when the demo began to store genders as codes ("m" for "male"): with each gender
#: written as the word, all four exports hash to the digests before (82195cfe…, b238dcda…,
#: 07b67876…, e1482295…).
#: Recomputed when cards began to carry the name order and an honorific that FN and N cannot
#: (X-PETDESK-NAME-ORDER, X-PETDESK-HONORIFIC-ZH): without those lines the cards hash to
#: da30865a… (4.0) and a572394a… (3.0).
#: Recomputed when the CSV and the workbook gained the address regions as their last two columns:
#: without them they hash to d9117a54… (CSV) and c3ec49b7… (workbook).
#: Recomputed when the labels came out (home e-mails and the messaging handles' labels in columns of
#: their own, thirteen after the others): before it they hashed to b73152ba… (CSV) and 1576f716…
#: (workbook).
#: Recomputed when a demo's ids became its office's own (demo.generator.office_salt; the tests' demo
#: is made at the office tests.helpers.fixtures.DEMO_OFFICE_ID): with the salt 0, all four exports
#: hash to the digests of the line before (the cards to b4f7b4b7… and 6646c807…).
#: Recomputed when the demo gave a few contacts a nickname (drawn apart from the rest of the data):
#: before it they hashed to dbd25f8c… (CSV), 0d6b2e97… (4.0), 7ba8ab4e… (3.0) and ec0379e6… (workbook).
#: Recomputed when GENDER lost its repeated identity text (``GENDER:M``, 3.0 ``X-GENDER:Male``;
#: field test 29): only the 200 gender lines differ; before it the cards hashed to 4e970390… (4.0)
#: and af4292c6… (3.0).
#: Recomputed when the CSV and the workbook gained the full name as their last column (field test 35,
#: D3): without it their rows are the same, and they hashed to f9cdbd0b… (CSV) and 48b987fb… (workbook).
#: Recomputed when the native name's columns got neutral headers ("Family name (Chinese/Japanese/
#: Korean)"): with the old headers the CSV hashes to 5b9a5232… as before (checked); the workbook was
#: 60101884….
#: Recomputed when the CSV and the workbook gained the name's language as their last column (fixes2):
#: without it they hash to 6d28fefd… (CSV) and 99c574c2… (workbook).
#: Recomputed when they gained a Korean name's Hanja as their last column (hanja51): without it the CSV
#: hashes to 5f045d0b… as before (checked); the workbook was c65528d6…. The vCards are unchanged.
BEFORE = {
    ("csv", "4.0"): "7a6bd3a5ec2fb6bf754f132211522de2e31519546a5575c169e55ac78544ea1b",
    ("vcf", "4.0"): "cbfd7d84ae636c034404c469a1447e5b0b15aae795f66d740c7cb29617481813",
    ("vcf", "3.0"): "4caffb869aa8f645c7ded17a536e160cfa7a9998d0f25c2c4c48d8c315bcde6d",
    ("xlsx", "4.0"): "d311be81a53eab39fb4179f405cdbb3faf9738f0d7775314df030f320af11ace",
}

TRICKY = [
    '=HYPERLINK("http://evil.example")',
    "+86 10 6532 1234",
    "+cmd|' /C calc'!A0",
    "-3",
    "-2+3",
    "@SUM(A1)",
    "\tleading tab",
    "a, b and c",
    'say "hi"',
    "line one\nline two\n=not a cell start",
    "bell\x07inside",
    "\x01=SUM(A1)",
    "carriage\r\nreturn",
    "  padded  ",
    "   ",
    "trailing ",
    "\u3000全角空格",
    "#N/A",
    "#DIV/0!",
    "<b>R&D</b> & <i>more</i>",
    "\u202ereversed",
    "x" * 40_000,
    "=",
    "",
]


def _sheet(data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("xl/worksheets/sheet1.xml")


def _tricky_contacts(db: Database) -> list[str]:
    """Contacts whose every exported field holds one of the tricky texts."""
    ids = []
    with db.transaction() as s:
        org = m.Organisation(name_en="R&D <Lab>, Inc.", name_zh="研发\x07实验室", kind=OrgKind.ENTERPRISE)
        s.add(org)
        s.flush()
        for i, text in enumerate(TRICKY):
            other = TRICKY[(i + 7) % len(TRICKY)]
            contact = add_contact(
                s,
                family_name=text[:100],
                given_name=other[:100],
                family_name_zh="张" if i % 2 else "",
                given_name_zh=other[:50],
                nickname=text[:100],
                notes=text,
                tags=[text[:50], other[:50]],
                languages=[other[:20]],
                websites=[text[:200]],
                addresses=[{"label": "work", "street": text[:200], "city": other[:100], "country": "CN"}],
                methods=[
                    (ContactChannel.EMAIL, ChannelLabel.WORK, text[:300]),
                    (ContactChannel.PHONE, ChannelLabel.MOBILE, other[:300]),
                    (ContactChannel.PHONE, ChannelLabel.MOBILE, text[:300]),
                    (ContactChannel.WECHAT, ChannelLabel.OTHER, other[:300]),
                ],
            )
            s.add(m.Affiliation(contact_id=contact.id, organisation_id=org.id, position_en=text[:200]))
            ids.append(contact.id)
    return ids


def _reference_csv(contacts: list[exporting.ContactView]) -> bytes:
    """CSV as written before: the csv module, cells cleaned and neutralised one by one."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([header for header, _ in exporting.COLUMNS])
    for contact in contacts:
        writer.writerow(
            [exporting.safe_cell(strip_control(text)) for text in exporting.contact_cells(contact)]
        )
    return out.getvalue().encode("utf-8-sig")


def _reference_xlsx(contacts: list[exporting.ContactView]) -> bytes:
    """The sheet as openpyxl's write-only mode writes it, a cell object for every "=" text."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Contacts")
    for index, (header, _) in enumerate(exporting.COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = max(10, min(40, len(header) + 4))
    sheet.freeze_panes = "B2"
    header_cells = []
    for header, _ in exporting.COLUMNS:
        cell = WriteOnlyCell(sheet, value=header)
        cell.font = Font(bold=True)
        header_cells.append(cell)
    sheet.append(header_cells)
    for contact in contacts:
        row: list[object] = []
        for text in (strip_control(t) for t in exporting.contact_cells(contact)):
            if text[:1] == "=":
                cell = WriteOnlyCell(sheet, value=text)
                cell.data_type = "s"
                row.append(cell)
            else:
                row.append(text)
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return _sheet(out.getvalue())


def _reference_vcards(contacts: list[exporting.ContactView], version: str) -> str:
    """vCards as written before: a ``VCard`` of ``Property`` objects per contact, serialised."""
    text = []
    for contact in contacts:
        card = exporting.contact_to_vcard(contact, version=version)
        card.properties.insert(0, vcard.Property(name="PRODID", value="-//petdesk//petdesk//EN"))
        text.append(vcard.serialize([card]))
    return "".join(text)


def test_demo_exports_are_the_bytes_written_before(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as s:
        for (fmt, version), digest in BEFORE.items():
            path = tmp_path / f"all-{version}.{fmt}"
            exporting.export_contacts(s, path, fmt, vcard_version=version)  # type: ignore[arg-type]
            data = _sheet(path.read_bytes()) if fmt == "xlsx" else path.read_bytes()
            assert hashlib.sha256(data).hexdigest() == digest, (fmt, version)


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_fast_writers_match_the_reference_writers(demo_db: Database, version: str) -> None:
    """Demo contacts and tricky ones: the fast CSV, XLSX and vCard writers give what the plain
    per-cell (csv module, openpyxl cells) and per-property (``VCard``) writers give."""
    tricky = _tricky_contacts(demo_db)
    with demo_db.reading() as s:
        contacts = exporting.select_contacts(s)
        assert set(tricky) <= {c.id for c in contacts}
        if version == "4.0":
            warnings: list[str] = []
            assert exporting.csv_bytes(contacts, on_warning=warnings.append) == _reference_csv(contacts)
            assert warnings and "control characters" in warnings[0]
            assert _sheet(exporting.xlsx_bytes(contacts)) == _reference_xlsx(contacts)
        assert exporting.vcard_text(contacts, version=version) == _reference_vcards(contacts, version)


def test_formula_cells_are_neutralised_and_plain_numbers_kept(db: Database) -> None:
    _tricky_contacts(db)
    with db.reading() as s:
        text = exporting.csv_bytes(exporting.select_contacts(s)).decode("utf-8-sig")
    cells = {cell for row in csv.reader(io.StringIO(text)) for cell in row}
    assert '\'=HYPERLINK("http://evil.example")' in cells and "'@SUM(A1)" in cells
    assert "'=SUM(A1)" in cells  # a control character in front hid it from a first look
    assert "'-2+3" in cells and "'+cmd|' /C calc'!A0" in cells
    assert "+86 10 6532 1234" in cells and "-3" in cells
    assert not any(c.startswith(("=", "@", "+c")) for c in cells)


def test_exports_of_many_contacts_stream_in_the_same_order(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The three ordered reads of an export of all (contacts, methods, affiliations) stay in step
    across fetches, with names that sort together and contacts without methods between them."""
    with db.transaction() as s:
        org = m.Organisation(name_en="Org", kind=OrgKind.ENTERPRISE)
        s.add(org)
        s.flush()
        for i in range(60):
            methods = [(ContactChannel.EMAIL, ChannelLabel.WORK, f"p{i}@example.org")] if i % 3 else []
            family = "Same" if i % 2 else f"N{i % 7}"
            contact = add_contact(s, family_name=family, given_name="A", methods=methods)
            if i % 4 == 0:
                s.add(m.Affiliation(contact_id=contact.id, organisation_id=org.id, position_en=f"P{i}"))
            if i % 10 == 0:
                contact.deleted_at = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)
    monkeypatch.setattr(exporting, "_CHUNK", 7)  # many fetches, boundaries inside runs of a name
    with db.reading() as s:
        by_ids = exporting.load_contacts(s, [c.id for c in exporting.select_contacts(s)])
        every = exporting.select_contacts(s)
    assert len(every) == 54
    assert [(c.id, c.methods, c.affiliations) for c in every] == [
        (c.id, c.methods, c.affiliations) for c in by_ids
    ]
    assert sum(len(c.methods) for c in every) == 36 and sum(len(c.affiliations) for c in every) == 12


@pytest.mark.parametrize("version", ["4.0", "3.0"])
def test_vcard_export_of_all_writes_the_cards_of_the_contacts(
    demo_db: Database, tmp_path: Path, version: str
) -> None:
    """The vCard export of all (cards from one read, method lines and REV written by SQLite) gives
    what the writer of contact objects gives: tricky cells (escapes, line ends in a URI, values
    long enough to fold), every channel and label, a deleted method, a contact without methods, a
    time before the year 1000 (REV written by Python), photos and addresses among the demo's."""
    from sqlalchemy import text

    from petdesk.stored_times import stored_time

    _tricky_contacts(demo_db)
    with demo_db.transaction() as s:
        every_method = [
            (channel, label, f"{channel.value}, {label.value}; \\ 张{'长' * 30}")
            for channel in ContactChannel
            for label in ChannelLabel
        ]
        many = add_contact(s, family_name="Every", given_name="Channel", methods=every_method)
        s.add(
            m.ContactMethod(
                contact_id=many.id,
                channel=ContactChannel.PHONE,
                label=ChannelLabel.WORK,
                value="deleted",
                normalized="",
                position=0,
                deleted_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
            )
        )
        old = add_contact(s, family_name="Old", given_name="Times")
        s.flush()
        moment = stored_time(dt.datetime(999, 5, 6, 7, 8, 9, tzinfo=dt.UTC))
        s.execute(text("UPDATE contact SET updated_at = :t WHERE id = :id"), {"t": moment, "id": old.id})
    out = tmp_path / "all.vcf"
    with demo_db.reading() as s:
        exporting.export_contacts(s, out, "vcf", vcard_version=version)
        expected = exporting.vcard_text(exporting.select_contacts(s), version=version)
    assert "REV:9990506T070809Z" in expected  # as strftime writes a year of three digits
    assert "X-WECHAT:wechat\\, other\\; \\\\ 张" in expected and "\r\n " in expected  # escaped, folded
    assert out.read_bytes() == expected.encode("utf-8")


@pytest.mark.parametrize(
    ("fmt", "column", "unknown"),
    [("vcf", "channel", "pager"), ("csv", "channel", "pager"), ("xlsx", "channel", "pager"),
     ("vcf", "label", "beeper")],
)  # fmt: skip
def test_export_of_all_refuses_a_method_it_cannot_write(
    db: Database, tmp_path: Path, fmt: str, column: str, unknown: str
) -> None:
    """A method of a kind petdesk does not know (a damaged or foreign file) stops the export with
    its contact named, as reading contact objects does, rather than leaving the method out (a
    long one too: its card's lines come folded another way)."""
    from sqlalchemy import text

    with db.transaction() as s:
        long_value = "+86 10 1" + " 2" * (60 if column == "label" else 0)
        odd = add_contact(
            s,
            family_name="Odd",
            methods=[
                (ContactChannel.EMAIL, ChannelLabel.WORK, "odd@x.example"),
                (ContactChannel.PHONE, ChannelLabel.WORK, long_value),
            ],
        )
        add_contact(
            s, family_name="Plain", methods=[(ContactChannel.EMAIL, ChannelLabel.WORK, "p@x.example")]
        )
        s.flush()
        s.execute(
            text(f"UPDATE contact_method SET {column} = :odd WHERE contact_id = :id AND channel = 'phone'"),
            {"odd": unknown, "id": odd.id},
        )
        odd_id = odd.id
    out = tmp_path / f"all.{fmt}"
    with db.reading() as s, pytest.raises(ValueError, match=f"contact {odd_id} .*“{unknown}”"):
        exporting.export_contacts(s, out, fmt)
    assert not out.exists()


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.lists(st.text(alphabet=',"\r\n=+-@\t 1a,\x00\x07Ω', max_size=6), min_size=2, max_size=5),
        max_size=6,
    )
)
def test_csv_rows_are_written_as_the_csv_module_writes_them(rows: list[list[str]]) -> None:
    """Rows made of the characters that decide quoting, neutralising and cleaning: the fast writer
    (one quoted cell by slicing, the others by the csv module) gives the csv module's lines. (Rows
    of one cell are left out: an export's rows have 48, and the csv module quotes a lone empty
    cell, which the writer never did.)"""
    out = io.StringIO(newline="")
    assert exporting._write_csv_cells(out, [list(row) for row in rows]) == len(rows)
    expected = io.StringIO(newline="")
    writer = csv.writer(expected, lineterminator="\r\n")
    writer.writerow([header for header, _ in exporting.COLUMNS])
    for row in rows:
        writer.writerow([exporting.safe_cell(strip_control(text)) for text in row])
    assert out.getvalue() == expected.getvalue()


def test_two_mobiles_in_one_cell_are_numbers_not_formulas(db: Database) -> None:
    """Two mobile numbers share a cell ("+86 …; +86 …") and got the formula guard's apostrophe."""
    with db.transaction() as s:
        add_contact(
            s,
            family_name="Two",
            given_name="Phones",
            methods=[
                (ContactChannel.PHONE, ChannelLabel.MOBILE, "+86 139 1111 2222"),
                (ContactChannel.PHONE, ChannelLabel.MOBILE, "+86 138 3333 4444"),
            ],
        )
        sly = add_contact(s, family_name="Sly", given_name="Cell")
        sly.notes = "+86; =HYPERLINK(1)"
    with db.reading() as s:
        text = exporting.csv_bytes(exporting.select_contacts(s)).decode("utf-8-sig")
    cells = {cell for row in csv.reader(io.StringIO(text)) for cell in row}
    assert "+86 139 1111 2222; +86 138 3333 4444" in cells
    assert "'+86; =HYPERLINK(1)" in cells and exporting.safe_cell("+86; =HYPERLINK(1)").startswith("'")
