"""Whether a training session is held online, and where a calendar finds it then.

A session keeps no "online" flag (no migration for it): the office writes the meeting's link in
its room or notes ("https://zoom.us/j/…", "腾讯会议 123 456 789") or starts its title with
"Online:" / "线上：". Field test trainfollow60: the training's ICS gave such a talk, given from
Berlin, the Chengdu hotel as its location.
"""

from __future__ import annotations

import re

#: A meeting link as typed into a room or the notes.
_LINK = re.compile(r"https?://\S+", re.IGNORECASE)

#: Words that make a room or a title's start say "online" (folded to lower case).
_ONLINE_WORDS = (
    "online",
    "线上",
    "在线",
    "zoom",
    "teams",
    "webex",
    "腾讯会议",
    "voov",
    "video call",
    "视频会议",
)

#: A calendar's location for an online session with no link, in both languages.
ONLINE_PLACE = ("Online", "线上")


def meeting_link(*texts: str) -> str:
    """The first web link in ``texts`` (room, notes), "" when none; a trailing full stop or bracket
    typed after it is not part of it."""
    for text in texts:
        if found := _LINK.search(text or ""):
            return found.group(0).rstrip(".,;)）】>")
    return ""


def _says_online(text: str, *, at_start: bool = False) -> bool:
    folded = (text or "").strip().casefold()
    if at_start:
        return folded.startswith(_ONLINE_WORDS)
    return any(word in folded for word in _ONLINE_WORDS)


def is_online(*, room_en: str, room_zh: str, title_en: str, title_zh: str, notes: str = "") -> bool:
    """True for a session held online: a link in its room or notes, a room naming a meeting
    service ("Zoom", "线上"), or a title starting with "Online" / "线上"."""
    return bool(
        meeting_link(room_en, room_zh, notes)
        or _says_online(room_en)
        or _says_online(room_zh)
        or _says_online(title_en, at_start=True)
        or _says_online(title_zh, at_start=True)
    )
