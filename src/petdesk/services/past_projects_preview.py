"""The rows of an ``import-projects`` preview as a table shows them (File › Import Past Projects…): one
per project to add, then one per row skipped, each with what the sheet said that was not read or was
taken some way, in the reader's language. The rows with something to check come first; sheet order
otherwise."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from petdesk.language import N_, is_chinese
from petdesk.services.past_projects import (
    ENDED_ON,
    LAPSED_CLOSED,
    LAPSED_UNAPPROVED,
    YEARS_RULE,
    PastProjects,
    ProjectPlan,
    sayer,
    title_halves,
)

#: The stage cell of a row that is not imported.
SKIPPED = N_("skipped")
#: Sentences that only say how the years rule (said once above the rows) dated a project: notes,
#: not warnings. Listed with the warnings, they made "Only the rows with warnings" count rows with
#: nothing to check (window63).
NOTES = frozenset({ENDED_ON, LAPSED_UNAPPROVED, LAPSED_CLOSED})


@dataclass(frozen=True)
class PreviewRow:
    """A row of the sheet as the preview lists it; the texts in the reader's language, the amount and
    deadline also as values to sort by."""

    row: int
    #: the project's name in the reader's language where the sheet gives both ("" for a skipped row)
    name: str
    #: the name as the sheet gives it (both languages, when it does)
    title: str
    funder: str
    partners: str
    stage: str
    #: the status as the sheet types it ("" for none, or a skipped row)
    status: str
    amount: float | None
    amount_text: str
    deadline: dt.date | None
    deadline_text: str
    #: what was not read, or read some way to check, each a sentence; a skipped row's reason
    warnings: tuple[str, ...] = ()
    skipped: bool = False
    #: how the row was read with nothing to check ("taken as closed at the end of 2021"; see NOTES)
    notes: tuple[str, ...] = ()


def preview_rows(result: PastProjects, locale: str) -> list[PreviewRow]:
    """``result``'s rows for the preview table in ``locale``: those with warnings first."""
    from petdesk.i18n import translator

    _ = translator(locale)
    said = sayer(locale, in_row=True)  # the table shows the row: no "row 4:"
    rows = [_planned_row(plan, result, locale) for plan in result.planned]
    rows += [
        PreviewRow(
            row=s.row,
            name="",
            title="",
            funder="",
            partners="",
            stage=_(SKIPPED),
            status="",
            amount=None,
            amount_text="",
            deadline=None,
            deadline_text="",
            warnings=(said(s.reason, s.values),),
            skipped=True,
        )
        for s in result.skipped
    ]
    return sorted(rows, key=lambda r: (not r.warnings, r.row))


def years_rule(result: PastProjects, locale: str) -> str:
    """How the years of a project were decided, in ``locale``, when a row's stage or end was taken
    from its dates ("" otherwise): the report prints it once above the rows."""
    from petdesk.i18n import translator

    if any(n.sentence in NOTES for p in result.planned for n in p.notes):
        return translator(locale)(YEARS_RULE)
    return ""


def _planned_row(plan: ProjectPlan, result: PastProjects, locale: str) -> PreviewRow:
    from petdesk.i18n import format_money, translator
    from petdesk.services import deadline_time
    from petdesk.vocab import label

    _ = translator(locale)
    said = sayer(locale, in_row=True)  # the table shows the row: no "row 4:"
    new = _("(new)")
    gap = "" if new.startswith("（") else " "  # "亚洲开发银行（新）": no space before a Chinese bracket
    en, zh = title_halves(plan.title)
    name = (zh or en) if is_chinese(locale) else (en or zh)
    funder = f"{plan.funder}{gap}{new}" if plan.funder and plan.funder_id is None else plan.funder
    partners = "、".join(
        f"{p.name}{gap}{new}" if p.organisation_id is None else p.name for p in plan.partners
    )
    amount = "" if plan.amount is None else format_money(plan.amount, plan.currency, locale)
    if plan.approved is not None:
        approved = _("approved {amount}").format(amount=format_money(plan.approved, plan.currency, locale))
        amount = f"{amount} ({approved})" if amount else approved
    warnings = [said(n.sentence, n.values) for n in plan.notes if n.sentence not in NOTES]
    notes = tuple(said(n.sentence, n.values) for n in plan.notes if n.sentence in NOTES)
    if plan.status and result.statuses.get(plan.status, plan.stage) is None:
        # the status the sheet types is no stage petdesk knows: the report said it once, above the rows
        warnings.insert(0, f"{plan.status} → {_('not known: kept at the first stage, idea')}")
    return PreviewRow(
        row=plan.row,
        name=name,
        title=plan.title,
        funder=funder,
        partners=partners,
        stage=label(plan.stage, locale),
        status=plan.status,
        amount=plan.amount,
        amount_text=amount,
        deadline=plan.deadline,
        deadline_text=deadline_time.describe(plan.deadline, plan.deadline_time, plan.deadline_zone, locale),
        warnings=tuple(warnings),
        notes=notes,
    )
