"""Japanese era dates ("令和9年4月1日", "R9.4.1", "令和元年5月1日") as Western ones.

Japanese offices and their programs write official dates in the era (和暦); the projects import
refused them as no date (field test 115). Each era's first year is year 1 (元年)."""

from __future__ import annotations

import re
import unicodedata

#: Era names and letters with the Western year before their year 1 (令和1 = 2019).
_ERAS = {"令和": 2018, "R": 2018, "平成": 1988, "H": 1988, "昭和": 1925, "S": 1925}
_ERA_DATE = re.compile(
    r"(?P<era>令和|平成|昭和|[RHS])\s*(?P<year>元|\d{1,2})\s*(?:年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})\s*日"
    r"|[./\-](?P<m2>\d{1,2})[./\-](?P<d2>\d{1,2}))",
    re.IGNORECASE,
)


def western_date(text: str) -> str | None:
    """"2027-04-01" for "令和9年4月1日" or "R9.4.1"; None when ``text`` is no era date."""
    found = _ERA_DATE.fullmatch(unicodedata.normalize("NFKC", (text or "").strip()))
    if not found:
        return None
    year = 1 if found["year"] == "元" else int(found["year"])
    month, day = int(found["m1"] or found["m2"]), int(found["d1"] or found["d2"])
    return f"{_ERAS[found['era'].upper()] + year:04d}-{month:02d}-{day:02d}"
