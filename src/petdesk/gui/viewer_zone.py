"""The zone the window shows times in: the one chosen in Settings or the calendar's toolbar, else
this computer's. One place, so that the calendar, the editors' "your time" hints and the home page
agree (field test 14: the calendar said UTC and there was no setting to find)."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from petdesk.gui.qt import QSettings
from petdesk.services.calendar import viewer_timezone

#: QSettings key of the viewer's time zone (staff travel: the window follows them, not the system).
ZONE_KEY = "calendar/timezone"


def viewer_zone() -> ZoneInfo:
    """The chosen zone, else the system's (``services.calendar.viewer_timezone``)."""
    name = QSettings().value(ZONE_KEY)
    if isinstance(name, str) and name:
        try:
            return ZoneInfo(name)
        except (ValueError, ZoneInfoNotFoundError):
            pass
    return viewer_timezone()


def set_viewer_zone(name: str) -> bool:
    """Remember ``name`` (an IANA zone); False if it is no zone."""
    try:
        ZoneInfo(name)
    except (ValueError, ZoneInfoNotFoundError):
        return False
    QSettings().setValue(ZONE_KEY, name)
    return True
