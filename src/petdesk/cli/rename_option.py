"""``organisation edit --renamed`` / ``--correction``: whether a changed name is a new name (the
old one kept among the other names) or a correction of it, as the window asks when in doubt.

Without either, the rule sync uses decides (:func:`petdesk.name_words.name_change`): a slip of a
letter or two ("Shenzen" → "Shenzhen", 生太 → 生态) is a correction, more is a rename.
"""

from __future__ import annotations

import argparse

from petdesk.cli.context import Translate


def add_rename_option(parser: argparse.ArgumentParser, _: Translate) -> None:
    """``--renamed`` and ``--correction``, one or the other; ``args.renamed`` is True, False or None."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument(
        "--renamed",
        dest="renamed",
        action="store_const",
        const=True,
        default=None,
        help=_(
            "a changed name is a new name: keep the old one among the other names (without "
            "--renamed or --correction, a change of a letter or two is taken as a correction, "
            "as sync takes it)"
        ),
    )
    group.add_argument(
        "--correction",
        dest="renamed",
        action="store_const",
        const=False,
        help=_("a changed name corrects the old one, which is not kept as a former name"),
    )


def unsure_note(changes: list[tuple[str, str]], _: Translate) -> str:
    """What the command says when the rule took a change in doubt as a correction."""
    names = "; ".join(f"{old} → {new}" for old, new in changes)
    return _("{names}: taken as a correction; if it is a new name, run the edit again with --renamed").format(
        names=names
    )
