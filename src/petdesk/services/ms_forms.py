"""Microsoft Forms' own columns in its Excel export (field test 111).

Every export of a form's answers begins with the columns Forms adds itself: its answer number "ID",
"Start time", "Completion time", "Email", "Name" (and "Last modified time" in newer exports), in the
language of the form owner's Microsoft 365. Its "ID" is the answer's number (1, 2, 3 …), never a
petdesk id; its "Email" says "anonymous" when the form was open to anyone and collected no
addresses."""

from __future__ import annotations

from collections.abc import Sequence

#: Forms' "Start time" and "Completion time" headers (folded: lower case, no spaces), by language.
_START = frozenset({"starttime", "heurededébut", "startzeit", "开始时间", "開始時間", "horadeinicio"})
_END = frozenset(
    {"completiontime", "heuredefin", "fertigstellungszeit", "完成时间", "完成時間", "horadefinalización"}
)

#: What Forms writes in its "Email" column for an answer of someone who was not signed in.
ANONYMOUS = frozenset({"anonymous", "anonyme", "anonym", "匿名", "anónimo"})


def is_forms_export(folded_headers: Sequence[str]) -> bool:
    """Whether a header row (folded) is a Microsoft Forms export: "ID" first, then Forms' start and
    completion times."""
    return (
        len(folded_headers) >= 3
        and folded_headers[0] == "id"
        and folded_headers[1] in _START
        and folded_headers[2] in _END
    )


def is_anonymous(value: str) -> bool:
    """Whether an e-mail cell is the placeholder of an answer given without signing in."""
    return value.strip().casefold() in ANONYMOUS
