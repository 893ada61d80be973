"""The moment a person sent an online sign-up form (Google Forms "Timestamp", Microsoft Forms
"Completion time"/"完成时间", 问卷星 "提交答卷时间"), kept on their training registration.

A registration has a date (``TrainingParticipant.registered_on``) but no time of day, so the date
goes there (the earliest the person sent, as a form answered twice still holds the first place) and
the whole moment, to the minute, goes into the contact's notes as one line per training ("Registered
2027-02-20 09:15 via the form: …"): first come, first served needs the minute. Before, the column
was dropped and the registration dated the day of the import (field test fieldtraining60)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from petdesk.batches import in_batches
from petdesk.language import N_

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.services.importing import Table

#: Headers of the column, folded as ``importing._fold_header`` folds them (Microsoft Forms' start
#: time is not the moment it was sent).
HEADERS = ("timestamp", "时间戳", "提交时间", "提交答卷时间", "completion time", "完成时间")

#: The ways the forms write the moment: Google (US: month first), Microsoft (two-digit year),
#: 问卷星 (year first), and a spreadsheet's own date cells as text.
_FORMATS = (
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
    "%m/%d/%y %H:%M:%S",
    "%m/%d/%y %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%dT%H:%M:%S",
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%Y/%m/%d %I:%M:%S %p",
)
#: A cell of the date alone (a form exported to a sheet and tidied by hand).
_DAY_FORMATS = ("%m/%d/%Y", "%Y/%m/%d", "%Y-%m-%d")
#: The first two numbers of a slashed date that does not start with its year ("13/02/2027 …").
_SLASHED = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/\d{2,4}\b")
#: A zone Google adds in some locales ("2027/02/20 9:15:32 AM GMT+8"): the time is the form's own.
_ZONE = re.compile(r"\s+(?:GMT|UTC)[+-]?\d*(?::\d\d)?$", re.IGNORECASE)
#: The notes line (in the import's language); the training's title after the colon.
NOTE = N_("Registered {moment} via the form: {training}")
#: The notes line for a time no form was sent at (a blank cell exported as "0001-01-01 00:00:00"):
#: kept as written, the registration not dated by it (window63: it was dated 1 January of year 1).
IMPOSSIBLE_NOTE = N_(
    "Registered via the form: {training} (the form's time {moment} is not a possible date, "
    "so the registration date was not taken from it)"
)
#: The earliest year a form's time can be.
FIRST_YEAR = 1900


def now() -> dt.datetime:
    """This computer's time (tests of forms sent in 2027 set it then)."""
    return dt.datetime.now()


def possible(moment: dt.datetime, at: dt.datetime | None = None) -> bool:
    """Whether a form can have been sent at ``moment``: from 1900 until a day after ``at`` (now; the
    form's clock may run in a zone a day ahead of ours)."""
    return moment.year >= FIRST_YEAR and moment <= (at or now()) + dt.timedelta(days=1)


def day_first(texts: Iterable[str]) -> bool:
    """Whether a column's slashed dates put the day first: a sheet in the British, Indian or most
    other locales writes "13/02/2027", Google's US one "2/13/2027". Told by a first number above
    12 in some cell and none in the second place; month first when nothing tells (review 62: a day
    first sheet's "05/02/2027" was read as 2 May)."""
    firsts, seconds = set(), set()
    for text in texts:
        if found := _SLASHED.match(text):
            firsts.add(int(found.group(1)))
            seconds.add(int(found.group(2)))
    return max(firsts, default=0) > 12 and max(seconds, default=0) <= 12


def _day_first_format(fmt: str) -> str:
    return fmt.replace("%m/%d/", "%d/%m/")


def parse_moment(text: str, *, day_first: bool = False) -> tuple[dt.datetime, str] | None:
    """The moment a form's cell says and how the notes write it ("2027-02-20 09:15", the date alone
    where the cell has no time), or None where it is no moment we read. ``day_first``: slashed
    dates are day/month/year (see :func:`day_first`)."""
    cleaned = _ZONE.sub("", " ".join(text.split()))
    cleaned = re.sub(r"\.\d+$", "", cleaned)  # a spreadsheet's fractions of a second
    ways: tuple[tuple[tuple[str, ...], str], ...] = ((_FORMATS, "%Y-%m-%d %H:%M"), (_DAY_FORMATS, "%Y-%m-%d"))
    if day_first:
        ways = tuple((tuple(map(_day_first_format, formats)), written) for formats, written in ways)
    for formats, written in ways:
        for fmt in formats:
            try:
                moment = dt.datetime.strptime(cleaned, fmt)
            except ValueError:
                continue
            return moment, moment.strftime(written)
    return None


def column_of(table: Table) -> int | None:
    """The index of the table's timestamp column, or None."""
    from petdesk.services.importing import question_column

    return question_column(table.headers, HEADERS)


def answers_in(table: Table) -> dict[int, str]:
    """Each line's timestamp as written (not read yet: an unreadable one is still kept, as text)."""
    column = column_of(table)
    if column is None:
        return {}
    out: dict[int, str] = {}
    for line, cells in table.body():
        text = cells[column].strip() if column < len(cells) else ""
        if text:
            out[line] = text
    return out


def fill_from_file(
    session: Session, training_id: str, answers: dict[int, str], people: dict[int, str], locale: str = "en"
) -> int:
    """Date the registrations of the people a form registered (``people``: line → contact) by when
    they sent it, and add the moment to their notes; returns how many were read."""
    from sqlalchemy import select

    from petdesk.i18n import translator
    from petdesk.models import Contact, TrainingParticipant
    from petdesk.services.trainings import get_training

    training = get_training(session, training_id)
    title = training.title_zh or training.title_en if locale.startswith("zh") else training.title_en
    title = title or training.title_zh
    _ = translator(locale)
    done = 0
    days_first = day_first(answers.values())  # one order for the whole column, as the form wrote it
    # The training's registrations and the file's people, each in one query for the whole file
    # (review 62: one participant query a line, 50 for a sheet of 50)
    registered: dict[str, TrainingParticipant] = {}
    for p in session.scalars(select(TrainingParticipant).filter_by(training_id=training_id, deleted_at=None)):
        registered.setdefault(p.contact_id, p)
    wanted = sorted({people[line] for line in answers if line in people})
    contacts = {  # in pieces SQLite can bind (a sheet of 40,000 sign-ups would pass its limit)
        c.id: c
        for part in in_batches(wanted)
        for c in session.scalars(select(Contact).where(Contact.id.in_(part)))
    }
    for line, text in answers.items():
        contact_id = people.get(line)
        if contact_id is None:
            continue
        read = parse_moment(text, day_first=days_first)
        impossible = read is not None and not possible(read[0])
        participant = registered.get(contact_id)
        if participant is not None and read is not None and not impossible:
            day = read[0].date()
            # (today: the date the registration took when this import made it)
            if participant.registered_on in (None, dt.date.today()) or day < participant.registered_on:
                participant.registered_on = day
        written = read[1] if read is not None else text  # unread: kept as the form wrote it
        note = _(IMPOSSIBLE_NOTE if impossible else NOTE).format(
            moment=text if impossible else written, training=title
        )
        contact = contacts.get(contact_id)
        if contact is not None and note not in contact.notes.splitlines():
            contact.notes = f"{contact.notes.rstrip()}\n{note}" if contact.notes.strip() else note
        done += 1
    return done
