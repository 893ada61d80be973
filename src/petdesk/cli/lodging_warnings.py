"""After ``visit-lodging add/edit``: a warning for each person the stay gives a room at a second
hotel for the same nights (review 61: said nowhere but the visit editor's clash list). A warning,
not a refusal: a change of hotel mid-stay is real, and its nights only touch (out on the 12th, in
on the 12th), which is no overlap."""

from __future__ import annotations

from petdesk.cli.context import Context, warn


def warn_same_nights(ctx: Context, stay_id: str) -> None:
    """One "petdesk: warning: …" line per person and other hotel; the exit status stays."""
    from petdesk.services.rooming import same_nights_elsewhere

    with ctx.db.reading() as s:  # a read: nothing to commit
        gaps = same_nights_elsewhere(s, stay_id)
    _ = ctx.translator()
    for gap in gaps:
        warn(gap.describe(ctx.locale), _)
