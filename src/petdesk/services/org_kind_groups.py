"""Which organisations' kinds may be one body named twice, for the duplicate finder's pairings of a
name written only in Chinese with one written only in English (:mod:`org_organ_words` and
:mod:`org_two_languages` read the one rule here; round 62 found the second still asked for one kind).

* city government and ministry/agency are one group, a public body: a city's bureau is either
  (``org_kind_guess`` files 重庆市生态环境局 as a city government and 四川省生态环境厅 as a
  ministry/agency, and an office may file the same bureau the other way);
* university, fund, NGO and hub office are each a group of their own: someone chose them;
* enterprise, an empty kind and a kind this release does not know (a newer office's "city") say
  nothing: enterprise is what every new organisation starts as and what a name that says nothing is
  guessed as.
"""

from __future__ import annotations

from petdesk.enums import OrgKind  # not models.enums: the duplicates command loads no models

#: The group each kind that says something is in; enterprise is in none.
_KIND_GROUP: dict[str, str] = {
    OrgKind.CITY_GOVERNMENT: "public body",
    OrgKind.MINISTRY_AGENCY: "public body",
    OrgKind.UNIVERSITY: OrgKind.UNIVERSITY,
    OrgKind.FUND: OrgKind.FUND,
    OrgKind.NGO: OrgKind.NGO,
    OrgKind.HUB_OFFICE: OrgKind.HUB_OFFICE,
}


def kind_group(kind: str | None) -> str:
    """The group of a stored kind, "" for one that says nothing."""
    return _KIND_GROUP.get((kind or "").strip().casefold(), "")


def kinds_can_be_one_body(first: str | None, second: str | None) -> bool:
    """Whether two organisations of these kinds may be one body: one kind says nothing, or both are
    of one group (a ministry and a university are two bodies)."""
    a, b = kind_group(first), kind_group(second)
    return not (a and b) or a == b
