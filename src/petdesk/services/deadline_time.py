"""A project's application deadline at a time of day in the funder's zone (0072_project_deadline_time).

A GEF call closes at 17:00 Washington time, 06:00 the next morning in Beijing: a date alone let the
office furthest east miss it. ``deadline_time`` ("HH:MM") and ``deadline_zone`` (IANA) are both
empty for a whole-day deadline, as before. A timed one is shown in the office's own zone (the
computer's, as the calendar's), the funder's time beside it: "18 Mar 2027 06:00 (17 Mar 17:00 New
York)". Without Qt or models, so the command line, the window and the PDFs share it.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from petdesk.language import N_
from petdesk.services.schedule_time import ScheduleError, viewer_timezone

_TIME = re.compile(r"^\s*(\d{1,2})[:：.](\d{2})\s*$")

#: The refusals, raised in English (logged, and the command line's words) and said in the reader's
#: language by ``messages.localize``, which knows them as templates of the core catalogue.
NO_TIME_OF_DAY = N_("the deadline time {text} is no time of day; write it as HH:MM, such as 17:00")
#: ``{reason}`` is schedule_time's "unknown time zone …" / "time zone … could be …", translated in turn.
ZONE_REFUSED = N_("the deadline's {reason}")
TIME_NEEDS_ZONE = N_(
    "a deadline time needs its time zone (the funder's: America/New_York for 17:00 Washington)"
)
TIME_NEEDS_DATE = N_("a deadline time needs the deadline's date")
#: The spring clock change: the wall clock skips from 02:00 to 03:00, so 02:30 is no moment at all.
#: Refused when typed (the command line, the editor); ``{later}`` is the same moment as the clock shows it.
TIME_SKIPPED = N_(
    "the deadline time {time} does not exist in {zone} on {date}: the clocks go forward that night; "
    "write the time the funder's clock shows, such as {later}"
)


class DeadlineTimeError(ScheduleError):
    """A deadline's time or zone cannot be stored; the message says why in plain words."""


def check_time(text: str | None) -> str:
    """``text`` as "HH:MM" (full-width colon and "9:30" accepted), "" for none; a DeadlineTimeError
    for anything else."""
    text = (text or "").strip()
    if not text:
        return ""
    match = _TIME.match(text)
    if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
        raise DeadlineTimeError(NO_TIME_OF_DAY.format(text=repr(text)))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def check_zone(name: str | None) -> str:
    """``name`` as an IANA zone name, "" for none; a DeadlineTimeError naming it otherwise. UTC by
    any of its names (Etc/UTC, this computer's when its clock is UTC) is stored as "UTC"."""
    name = (name or "").strip()
    if not name:
        return ""
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        from petdesk.services.schedule_time import _unknown_zone

        raise DeadlineTimeError(ZONE_REFUSED.format(reason=_unknown_zone(name))) from None
    return plain_zone(name)


def plain_zone(name: str) -> str:
    """ "UTC" for any of UTC's names ("Etc/UTC", "Zulu"…), ``name`` itself otherwise."""
    from petdesk.labels import UTC_NAMES

    return "UTC" if name in UTC_NAMES else name


def check_pair(deadline: dt.date | None, time: str, zone: str) -> tuple[str, str]:
    """The time and zone checked together: a time needs its zone and a date (else the moment is
    not known), a zone alone is kept (the funder's, for when the time is known)."""
    time, zone = check_time(time), check_zone(zone)
    if time and not zone:
        raise DeadlineTimeError(TIME_NEEDS_ZONE)
    if time and deadline is None:
        raise DeadlineTimeError(TIME_NEEDS_DATE)
    if clock_change(deadline, time, zone) == SKIPPED:
        later = _clock(_read(deadline, time, zone))  # type: ignore[arg-type]
        raise DeadlineTimeError(TIME_SKIPPED.format(time=time, zone=zone, date=deadline, later=later))
    return time, zone


#: What a clock change does to a deadline's wall time (:func:`clock_change`).
SKIPPED = "skipped"
TWICE = "twice"


def clock_change(deadline: dt.date | None, time: str, zone: str) -> str:
    """``SKIPPED`` when ``time`` on ``deadline`` never shows on the funder's clock (the spring change:
    02:30 on 14 Mar 2027 in New York), ``TWICE`` when it shows twice (the autumn change: 01:30 on
    7 Nov 2027), "" otherwise. Our rule: a skipped time is refused when typed and, come from an older
    file or another office, read as the moment the clock shows after the change (03:30); a doubled
    one is the earlier of the two, as the funder's office most likely closes at the first."""
    at = moment(deadline, time, zone)
    if at is None:
        return ""
    later = at.replace(fold=1)
    if at.utcoffset() == later.utcoffset():
        return ""
    try:
        wall = at.astimezone(dt.UTC).astimezone(at.tzinfo)
    except OverflowError:  # a moment beyond 9999-12-31 in UTC (``_on_clock``)
        return ""
    return SKIPPED if (wall.hour, wall.minute) != (at.hour, at.minute) else TWICE


def _read(deadline: dt.date, time: str, zone: str) -> dt.datetime:
    """The moment :func:`clock_change`'s rule reads, as the funder's clock shows it."""
    at = moment(deadline, time, zone)
    assert at is not None
    return at.astimezone(dt.UTC).astimezone(at.tzinfo)


def clock_note(deadline: dt.date | None, time: str, zone: str, locale: str) -> str:
    """The words beside a deadline a clock change touches, in ``locale``; "" for any other."""
    change = clock_change(deadline, time, zone)
    if not change or deadline is None:
        return ""
    place = zone_place(zone, locale)
    if change == TWICE:
        if _zh(locale):
            return f"{place}当晚时钟回拨，{time} 出现两次：按较早的一次"
        return f"{time} comes twice in {place} that night, as the clocks go back: the earlier one"
    later = _clock(_read(deadline, time, zone))
    if _zh(locale):
        return f"{place}当晚时钟拨快，没有 {time}：按 {later}"
    return f"{time} does not exist in {place} that night, as the clocks go forward: read as {later}"


def moment(deadline: dt.date | None, time: str, zone: str) -> dt.datetime | None:
    """The deadline as an aware moment in the funder's zone; None without a date, a time or a
    zone that can be read (a whole-day deadline)."""
    if deadline is None or not time or not zone:
        return None
    try:
        hour, minute = (int(x) for x in time.split(":"))
        return dt.datetime.combine(deadline, dt.time(hour, minute), ZoneInfo(zone))
    except (ValueError, ZoneInfoNotFoundError):
        return None


def office_zone() -> dt.tzinfo:
    """The office's own zone: this computer's (``PETDESK_TZ``, ``TZ``, the system's)."""
    return viewer_timezone()


def office_now() -> dt.datetime:
    """Now on the office's clock (naive wall time): what a timed deadline is compared with."""
    return dt.datetime.now(office_zone()).replace(tzinfo=None)


def now_text(today: dt.date) -> str:
    """The moment "today" stands for, as :func:`sort_text` writes moments: the office's clock now
    ("YYYY-MM-DD HH:MM") when ``today`` is the office's day, else the start of that day
    ("YYYY-MM-DD", before its times), so a day asked about counts its timed deadlines as to come."""
    now = office_now()
    return now.strftime("%Y-%m-%d %H:%M") if now.date() == today else today.isoformat()


def passed(here_text: str, today: dt.date, now: str | None = None) -> bool:
    """A deadline as :func:`sort_text` gives it has passed: a timed one once its moment is
    ``now`` or earlier (09:00 New York has passed at 22:00 the same day in Beijing), a whole day
    once ``today`` is after it. ``now`` defaults to :func:`now_text` of ``today``."""
    if len(here_text) > 10:
        return here_text <= (now if now is not None else now_text(today))
    return here_text < today.isoformat()


def here(deadline: dt.date | None, time: str, zone: str, tz: dt.tzinfo | None = None) -> dt.datetime | None:
    """The timed deadline on the office's clock (naive wall time in ``tz``), None for a whole day."""
    at = moment(deadline, time, zone)
    return None if at is None else _on_clock(at, tz or office_zone())


def _on_clock(at: dt.datetime, tz: dt.tzinfo) -> dt.datetime | None:
    """``at`` as naive wall time in ``tz``; None where that falls outside the dates Python holds
    (9999-12-31 23:00 Los Angeles is a day later in Kiritimati): the deadline then counts by its
    own date. Raised inside SQLite's function, the Projects list failed ("string or blob too big")."""
    try:
        return at.astimezone(tz).replace(tzinfo=None)
    except OverflowError:
        return None


def office_day(deadline: dt.date | None, time: str, zone: str, tz: dt.tzinfo | None = None) -> dt.date | None:
    """The day the deadline falls on in the office: the next day in Beijing for 17:00 Washington."""
    local = here(deadline, time, zone, tz)
    return local.date() if local is not None else deadline


def sort_text(deadline: dt.date | None, time: str, zone: str, tz: dt.tzinfo | None = None) -> str | None:
    """ "YYYY-MM-DD HH:MM" on the office's clock for a timed deadline, "YYYY-MM-DD" for a whole day
    (which sorts before that day's times): SQL compares it with dates as text."""
    local = here(deadline, time, zone, tz)
    if local is not None:
        return local.strftime("%Y-%m-%d %H:%M")
    return deadline.isoformat() if deadline else None


@lru_cache(maxsize=4096)
def _sql_here(deadline: str | None, time: str | None, zone: str | None, office: str) -> str | None:
    if not deadline:
        return None
    try:
        day = dt.date.fromisoformat(deadline[:10])
    except ValueError:
        return deadline
    return sort_text(day, time or "", zone or "", ZoneInfo(office) if office else None)


def sql_here(deadline: str | None, time: str | None, zone: str | None) -> str | None:
    """:func:`sort_text` as the SQLite function ``petdesk_deadline_here`` (``db``)."""
    return _sql_here(deadline, time, zone, str(office_zone()))


def _zh(locale: str) -> bool:
    return locale.startswith("zh")


def _clock(value: dt.datetime) -> str:
    return value.strftime("%H:%M")


def zone_place(zone: str, locale: str) -> str:
    """The zone's city in ``locale`` ("New York" / "纽约"), a fixed zone's offset ("UTC−04:00" for
    Etc/GMT+4, whose sign the tz database inverts; an imported "17:00-04:00": ``deadline_cell``),
    "UTC" for UTC by any of its names (it read "UTC+00:00"), else the zone's name."""
    from petdesk import labels

    if zone in labels.UTC_NAMES:
        return "UTC"
    if zone.startswith("Etc/GMT"):
        offset = ZoneInfo(zone).utcoffset(dt.datetime(2000, 1, 1)) or dt.timedelta()
        return labels.offset_text(int(offset.total_seconds()) // 60)
    return labels.zone_city(zone, "zh_CN" if _zh(locale) else "en") or zone


def describe(deadline: dt.date | None, time: str, zone: str, locale: str, tz: dt.tzinfo | None = None) -> str:
    """The deadline as the office reads it: "18 Mar 2027 06:00 (17 Mar 17:00 New York)" /
    "2027年3月18日 06:00（3月17日 17:00 纽约）"; the date alone for a whole-day deadline; "" for none.
    The funder's day is left out where it is the office's ("17 Mar 2027 17:00 (17:00 Brussels)")."""
    from petdesk.i18n import format_date

    if deadline is None:
        return ""
    at = moment(deadline, time, zone)
    if at is None:
        return format_date(deadline, locale)
    words = _describe(deadline, time, zone, locale, at, tz)
    if note := clock_note(deadline, time, zone, locale):
        words += f"（{note}）" if _zh(locale) else f" ({note})"
    return words


def _describe(
    deadline: dt.date, time: str, zone: str, locale: str, at: dt.datetime, tz: dt.tzinfo | None
) -> str:
    from petdesk.i18n import format_date

    wall = _on_clock(at, tz or office_zone())
    local = at if wall is None else at.astimezone(tz or office_zone())  # the funder's, at the edge
    if local.utcoffset() == at.utcoffset():
        return f"{format_date(deadline, locale)} {time}" + (
            f"（{zone_place(zone, locale)}）" if _zh(locale) else f" ({zone_place(zone, locale)})"
        )
    theirs = _clock(at if clock_change(deadline, time, zone) != SKIPPED else _read(deadline, time, zone))
    if local.date() != at.date():
        theirs = f"{format_date(at.date(), locale, 'M月d日' if _zh(locale) else 'd MMM')} {theirs}"
    mine = f"{format_date(local.date(), locale)} {_clock(local)}"
    place = zone_place(zone, locale)
    return f"{mine}（{theirs} {place}）" if _zh(locale) else f"{mine} ({theirs} {place})"


def funder_zone(country: str | None) -> str:
    """The zone a funder in ``country`` (ISO code) is in, when the country keeps one clock; ""
    for a country of several (the United States) or none known."""
    if not country:
        return ""
    from petdesk.services.venue_zone import country_zone

    return country_zone(country) or ""


def list_cell(value: object, locale: str) -> str:
    """A Projects list cell (``project_dates.deadline_cell_sql``) as :func:`describe` words it: a
    date, "YYYY-MM-DD", or the office's moment with the funder's date, time and zone."""
    from petdesk.i18n import format_date

    if value is None or value == "":
        return ""
    if isinstance(value, dt.date):
        return format_date(value, locale)
    text = str(value)
    parts = text.split("|")
    try:
        if len(parts) == 4:
            return describe(dt.date.fromisoformat(parts[1]), parts[2], parts[3], locale)
        return format_date(dt.date.fromisoformat(text[:10]), locale)
    except ValueError:
        return text
