"""Field projfollow60, ``report projects --out F.csv``: the deadline was a bare "2027-03-31 09:00" (whose
clock?), the lead organisation was missing from the Partners column, and KRW 800,000,000 was written
"800000000.00" (the won and the yen have no cents: babel's currency digits)."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

from openpyxl import load_workbook

from petdesk import models as m
from petdesk.cli import main
from petdesk.db import Database
from petdesk.models.enums import OrgKind
from petdesk.services import projects as project_service


def _fill(db: Database) -> None:
    with db.transaction() as s:
        lead = m.Organisation(name_en="Incheon Metropolitan City", kind=OrgKind.CITY_GOVERNMENT, country="KR")
        s.add(lead)
        s.flush()
        project_service.create_project(
            s,
            title_en="Smart water",
            amount=800_000_000,
            amount_approved=750_000_000,
            currency="KRW",
            lead_organisation_id=lead.id,
            deadline=dt.date(2027, 3, 31),
            deadline_time="09:00",
            deadline_zone="Asia/Shanghai",
        )
        project_service.create_project(s, title_en="Biogas", amount=1_852_000, currency="JPY")
        project_service.create_project(s, title_en="Heat pumps", amount=0.1, currency="EUR")


def test_the_csv_carries_the_offset_the_lead_and_the_currencys_digits(db: Database, tmp_path: Path) -> None:
    _fill(db)
    out = tmp_path / "p.csv"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = {r["Project"]: r for r in csv.DictReader(fh)}
    water = rows["Smart water"]
    # the moment on the office's clock with its offset (UTC here): 09:00 in Shanghai
    written = dt.datetime.fromisoformat(water["Application deadline"])
    assert written.tzinfo is not None and water["Application deadline"][-6] in "+-"
    assert written == dt.datetime(2027, 3, 31, 1, 0, tzinfo=dt.UTC)
    assert water["Partners"].startswith("Incheon Metropolitan City (Lead")
    assert (water["Requested"], water["Approved"]) == ("800000000", "750000000")
    assert rows["Biogas"]["Requested"] == "1852000"
    assert rows["Heat pumps"]["Requested"] == "0.10"  # two decimals where the currency has them


def test_the_workbook_shows_no_cents_for_the_won(db: Database, tmp_path: Path) -> None:
    _fill(db)
    out = tmp_path / "p.xlsx"
    assert main(["--db", str(db.path), "report", "projects", "--out", str(out), "--lang", "en"]) == 0
    sheet = load_workbook(out)["projects"]
    header = [c.value for c in sheet[1]]
    formats = {
        cells["Currency"].value: cells["Requested"].number_format
        for cells in (dict(zip(header, row, strict=True)) for row in sheet.iter_rows(min_row=2))
    }
    assert formats == {"KRW": "#,##0", "JPY": "#,##0", "EUR": "#,##0.00"}
