"""The one yes/no question of the command line, asked before a command does what it cannot undo.

Eight commands wrote the prompt out each (import-undo, tags, backups --delete, restore
--replace-encrypted, forget-office, erase-person, sync retire, match --unshortlist): English words
only, and each took a missing terminal for a quiet "no" that did not say how to go ahead.
"""

from __future__ import annotations

import sys
import unicodedata

from petdesk.cli.context import CliError, Translate
from petdesk.textsafety import terminal_safe

#: Answers that say yes; everything else (Enter too) is no.
YES = frozenset({"y", "yes", "是", "是的"})
#: Answers that say no: listed to document them, any answer outside :data:`YES` is one.
NO = frozenset({"n", "no", "否", "不"})


def confirmed(question: str, _: Translate) -> bool:
    """Ask ``question`` (already in the message language, ending in "[y/N] ") at the terminal.

    True for a yes in English or Chinese; False for a no, Enter or Ctrl+C (a new line, no
    traceback). Without a terminal (stdin piped or closed, or Ctrl+D) nobody can answer: raise a
    :class:`CliError` that names ``--yes``, rather than take "y" from a pipe or a file for consent."""
    if sys.stdin is None or not sys.stdin.isatty():
        raise _no_terminal(_)
    try:
        # The prompt bypasses the command's safe stdout: at a terminal input() writes it to the file
        # itself, and names from other offices' packages (a tag, a person) must not steer it.
        answer = input(terminal_safe(question))
    except EOFError:
        print()
        raise _no_terminal(_) from None
    except KeyboardInterrupt:
        print()
        return False
    # NFKC: a Chinese input method in full-width mode types "ｙ" or "ｙｅｓ"
    return unicodedata.normalize("NFKC", answer).strip().lower() in YES


def _no_terminal(_: Translate) -> CliError:
    return CliError(
        _("There is no terminal to answer the question: nothing was done. Add --yes to do it without asking.")
    )
