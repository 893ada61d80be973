"""The yearly events report counts an event in the year it starts in (a visit over New Year was in
both years' reports) and gives each person once per kind, cancelled events left out (field test 89)."""

from __future__ import annotations

import datetime as dt

from petdesk.db import Database
from petdesk.enums import ParticipantRole
from petdesk.services import visits as vs
from petdesk.services.year_events import VISIT, year_events
from petdesk.services.year_events_report import totals_table
from tests.core.visits.data import person


def _year(year: int) -> tuple[dt.date, dt.date]:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def test_a_visit_over_new_year_is_in_one_years_report_and_people_count_once(db: Database) -> None:
    with db.transaction() as s:
        ana, ben, eva = (person(s, n, "Lopez", f"王{n}").id for n in ("Ana", "Ben", "Eva"))
        dates = [
            (dt.date(2025, 12, 30), dt.date(2026, 1, 3), "done"),  # over New Year
            (dt.date(2026, 3, 1), dt.date(2026, 3, 2), "done"),  # Ana again
            (dt.date(2026, 5, 1), dt.date(2026, 5, 2), "cancelled"),  # Eva's visit never took place
        ]
        ids = []
        for n, (start, end, status) in enumerate(dates):
            v = vs.create_visit(s, title_en=f"Delegation {n}", start_date=start, end_date=end)
            v.status = status
            ids.append(v.id)
        vs.add_participant(s, ids[0], ana, ParticipantRole.HEAD)
        vs.add_participant(s, ids[0], ben)
        vs.add_participant(s, ids[1], ana, ParticipantRole.HEAD)
        vs.add_participant(s, ids[2], eva)
    with db.reading() as s:
        in_2025, in_2026 = (year_events(s, date_from=a, date_to=b) for a, b in (_year(2025), _year(2026)))
        listed_2026 = [v.id for v in vs.list_visits(s, date_from=_year(2026)[0], date_to=_year(2026)[1])]
    assert [r.id for r in in_2025.rows] == [ids[0]]
    assert [r.id for r in in_2026.rows] == ids[1:]
    assert ids[0] in listed_2026, "the list still shows what overlaps the year"
    heads, (visits, _trainings) = totals_table(in_2026, "en")
    row = dict(zip(heads, visits, strict=True))
    assert (row["Events"], row["Cancelled"], row["People"], row["People once"]) == (2, 1, 2, 1)

    with db.transaction() as s:  # Ana twice in one year: once in the "once" figure
        v = vs.create_visit(
            s, title_en="Delegation 3", start_date=dt.date(2026, 7, 1), end_date=dt.date(2026, 7, 2)
        )
        vs.add_participant(s, v.id, ana, ParticipantRole.HEAD)
        vs.add_participant(s, v.id, ben)
    with db.reading() as s:
        found = year_events(s, date_from=_year(2026)[0], date_to=_year(2026)[1])
    assert found.once[VISIT] == (2, 2)  # Ana and Ben, both delegation members
    assert sum(r.people for r in found.rows) == 4
