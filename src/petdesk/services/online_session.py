"""Whether a training session is held online, and where a calendar finds it then.

A session says it in ``TrainingSession.online`` (0080: True online, False in person). When it says
nothing (None, every session from before), it is read from the text as before: the office writes the
meeting's link in its room or notes ("https://zoom.us/j/…", "腾讯会议 123 456 789") or starts its
title with "Online:" / "线上：". Field test trainfollow60: the training's ICS gave such a talk, given
from Berlin, the Chengdu hotel as its location.
"""

from __future__ import annotations

import re
from typing import Protocol

#: A meeting link as typed into a room or the notes.
_LINK = re.compile(r"https?://\S+", re.IGNORECASE)

#: Words that make a room or a title's start say "online": Latin ones as whole words ("Steamship
#: Hall" holds "teams", "Zoomorphic Gallery" "zoom"), Chinese ones anywhere.
_ONLINE_LATIN = re.compile(r"\b(?:online|zoom|teams|webex|voov|video call)\b", re.IGNORECASE)
_ONLINE_CHINESE = ("线上", "在线", "腾讯会议", "视频会议")

#: Hosts of meeting links: a link in the notes makes a session online only when it is one of these
#: (notes also link slides, maps and sign-up forms); any link in the room does.
_MEETING_HOSTS = re.compile(
    r"https?://(?:[\w-]+\.)*(?:zoom\.us|zoom\.com\.cn|teams\.microsoft\.com|teams\.live\.com|webex\.com|"
    r"meeting\.tencent\.com|voovmeeting\.com|meet\.google\.com|dingtalk\.com|feishu\.cn)\b",
    re.IGNORECASE,
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


def session_link(room_en: str, room_zh: str, notes: str) -> str:
    """Where an online session is joined: a link in its room, else a meeting service's link in its
    notes (not a link to slides there), else ""."""
    if link := meeting_link(room_en, room_zh):
        return link
    found = _MEETING_HOSTS.search(notes or "")
    return meeting_link(notes[found.start() :]) if found else ""


def _says_online(text: str, *, at_start: bool = False) -> bool:
    text = (text or "").strip()
    if at_start:
        found = _ONLINE_LATIN.match(text)
        return bool(found) or text.startswith(_ONLINE_CHINESE)
    return bool(_ONLINE_LATIN.search(text)) or any(word in text for word in _ONLINE_CHINESE)


def is_online(
    *, room_en: str, room_zh: str, title_en: str, title_zh: str, notes: str = "", said: bool | None = None
) -> bool:
    """True for a session held online. ``said``: the session's own setting (0080), which decides
    when given; when None, a link in its room or a meeting service's link in its notes, a room naming
    a meeting service ("Zoom", "线上"), or a title starting with "Online" / "线上"."""
    if said is not None:
        return said
    return bool(
        meeting_link(room_en, room_zh)
        or _MEETING_HOSTS.search(notes or "")
        or _says_online(room_en)
        or _says_online(room_zh)
        or _says_online(title_en, at_start=True)
        or _says_online(title_zh, at_start=True)
    )


class _SessionText(Protocol):
    room_en: str
    room_zh: str
    title_en: str
    title_zh: str
    notes: str
    online: bool | None


def held_online(s: _SessionText) -> bool:
    """:func:`is_online` of a training session row: its own setting, else its text."""
    return is_online(
        room_en=s.room_en, room_zh=s.room_zh, title_en=s.title_en, title_zh=s.title_zh, notes=s.notes,
        said=s.online,
    )  # fmt: skip
