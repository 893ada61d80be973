"""Why a file given to a command cannot be read, in plain words: one sentence for every import (the
3iPET exchange, the sheets, contacts, calendars, Zoom reports).

A name typed wrong in a folder that is there is "nope.csv does not exist", not the disk's words for
a folder gone ("the folder is not there (was the USB stick pulled out?)"), which the import of
visits, calendars and Zoom reports said for it (polish63); a folder that is really gone keeps them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from petdesk.language import N_

NOT_THERE = N_("{file} does not exist")
#: ``petdesk.messages.localize`` puts a system's ``reason`` ("No such file or directory") in plain words.
CANNOT_READ = N_("cannot read {file}: {reason}")


def _same(text: str) -> str:
    return text


def unreadable(file: str, exc: BaseException, _: Callable[[str], str] = _same) -> str:
    """Why ``file`` (as the user named it) cannot be read, through the translator ``_`` (English,
    for a message localised later, when none): a missing file in a folder that is there by its
    name, not the system's "[Errno 2] No such file or directory: 'x.csv'"."""
    if isinstance(exc, FileNotFoundError) and (not exc.filename or Path(exc.filename).parent.is_dir()):
        return _(NOT_THERE).format(file=file)
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    if locale := str(getattr(_, "locale", "")):
        # translated here, the sentence is never matched again by messages.localize, which put the
        # system's words plainly for English only ("无法读取 F：No such file or directory", polish63b)
        from petdesk.faults import os_problem_of_text

        reason = os_problem_of_text(reason, locale) or reason
    return _(CANNOT_READ).format(file=file, reason=reason)
