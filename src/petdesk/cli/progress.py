"""Progress of long whole-database commands on standard error: a line per tenth of the work."""

from __future__ import annotations

import sys
from collections.abc import Callable

from petdesk.cli import interrupts
from petdesk.cli.context import ENGLISH, Translate

#: Below this many items a command is quick and says nothing about its progress.
MIN_TOTAL = 1000


def stderr_progress(
    label: str, _: Translate = ENGLISH, *, min_total: int | None = None, counts: bool = True
) -> Callable[[int, int], None]:
    """A ``(done, total)`` callback printing ``label: 40% (40,000 / 100,000)`` each time another tenth
    is done (standard output stays the command's result, for scripts); without ``counts``, only
    ``label: 40%`` (for work measured in percent). The line's words through ``_`` (``label`` comes
    translated)."""
    shown = [-1]

    def report(done: int, total: int) -> None:
        interrupts.check()  # a Ctrl+C swallowed where it landed still stops the work
        if total < (MIN_TOTAL if min_total is None else min_total):
            return
        tenth = min(10, done * 10 // total) if total else 10
        if tenth > shown[0]:
            shown[0] = tenth
            line = _("{label}: {percent}% ({done} / {total})") if counts else _("{label}: {percent}%")
            text = line.format(label=label, percent=tenth * 10, done=f"{done:,}", total=f"{total:,}")
            print(text, file=sys.stderr, flush=True)

    return report


def stderr_steps(label: str, _: Translate = ENGLISH) -> Callable[[str, int, int], None]:
    """A ``(step, done, total)`` callback for work in steps: a line as each step starts
    (``demo: indexes…``), then each tenth of a counted one (``demo: contacts 40% (400,000 / 1,000,000)``).
    The steps are English names marked for the catalogue (``N_``): they and the line's words are
    translated through ``_`` (``label`` comes translated)."""
    step_shown = [""]
    tenth_shown = [0]

    def report(step: str, done: int, total: int) -> None:
        interrupts.check()
        if step != step_shown[0]:
            step_shown[0], tenth_shown[0] = step, 0
            print(_("{label}: {step}…").format(label=label, step=_(step)), file=sys.stderr, flush=True)
        tenth = min(10, done * 10 // total) if total else 0
        if tenth > tenth_shown[0]:
            tenth_shown[0] = tenth
            line = _("{label}: {step} {percent}% ({done} / {total})")
            text = line.format(
                label=label, step=_(step), percent=tenth * 10, done=f"{done:,}", total=f"{total:,}"
            )
            print(text, file=sys.stderr, flush=True)

    return report


def stderr_is_terminal() -> bool:
    """Whether a person watches standard error: the steps of a check or an upgrade are told then
    (a script reading stderr keeps the lines it had)."""
    return sys.stderr is not None and sys.stderr.isatty()


def stderr_upgrade(_: Translate = ENGLISH, *, codes: bool = False) -> Callable[[str, int, int, str], None]:
    """An upgrade's ``(step, done, total, detail)`` report (petdesk.db.UpgradeWatch): the backup in
    tenths (``upgrade, making a backup: 40%``), then a line as each migration starts
    (``upgrade: upgrading the schema 2/3``, with ``0037_catalogue_search`` after it when ``codes``:
    ``--verbose``, for IT). Field test 30: 3 min 41 s silent."""
    label = _("upgrade")
    counted: dict[str, Callable[[int, int], None]] = {}

    def report(step: str, done: int, total: int, detail: str) -> None:
        if detail and done == total:  # the backup is written: where it is
            text = _("{label}: the backup is at {path}").format(label=label, path=detail)
        elif detail:  # a migration: which one, of how many
            line = _("{label}: {step} {done}/{total}")
            text = line.format(label=label, step=_(step), done=done + 1, total=total)
            text += f" {detail}" if codes else ""
        elif total:  # a step in percent
            if step not in counted:
                step_label = _("{label}, {step}").format(label=label, step=_(step))
                counted[step] = stderr_progress(step_label, _, min_total=0, counts=False)
            counted[step](done, total)
            return
        else:
            text = _("{label}: {step}…").format(label=label, step=_(step))
        print(text, file=sys.stderr, flush=True)

    return report
