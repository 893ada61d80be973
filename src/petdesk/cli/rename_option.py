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


def unsure_note(changes: list[tuple[str, str]], _: Translate, organisation: str) -> str:
    """What the command says when the rule took a change in doubt as a correction: how to keep the
    old name after all. Running the edit again with --renamed changes nothing by then (the name is
    already the new one), so the old name is added as another name, as a rename keeps it."""
    import shlex

    names = "; ".join(f"{old} → {new}" for old, new in changes)
    kept = " ".join(f"--add-alias {shlex.quote(old)}" for old, _new in changes)
    return _(
        "{names}: taken as a correction (--renamed says a new name); if it is one, keep the old name "
        "among the other names with: petdesk organisation edit {organisation} {options}"
    ).format(names=names, organisation=organisation, options=kept)
