"""``petdesk FILE``: what a file handed over by the desktop means (field test 22, defect 4).

The desktop entry runs ``petdesk %f`` for "Open with petdesk" and for a file dropped on the
launcher. A sync package opens the window on this office's database with the import dialog showing
the package (``petdesk gui --import FILE``); any other file is taken as a database to open
(``petdesk --db FILE gui``), which the window refuses plainly when it is another program's file.
Only a file that exists counts: a mistyped command still gets argparse's "invalid choice".
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from petdesk.cli.parser_language import GLOBAL_WITH_VALUE

#: The name ending of sync packages (the export dialog and ``sync export`` suggest it).
PACKAGE_SUFFIX = ".petdesk-sync"
#: How every sync package file starts (``sync.package.MAGIC``, not imported: it loads cryptography).
PACKAGE_MAGIC = b"\x89PETDESK-SYNC\r\n\x1a\n"


def is_sync_package(path: Path) -> bool:
    """By its name, else by its first bytes (a package renamed or saved without the ending)."""
    if path.name.lower().endswith(PACKAGE_SUFFIX):
        return True
    try:
        with path.open("rb") as file:
            return file.read(len(PACKAGE_MAGIC)) == PACKAGE_MAGIC
    except OSError:
        return False


def _command_position(words: Sequence[str]) -> int | None:
    """Where the command (the first word that is not a global option or its value) stands."""
    index = 0
    while index < len(words):
        word = words[index]
        if word == "--":
            return index + 1 if index + 1 < len(words) else None
        if not word.startswith("-") or word == "-":
            return index
        name, has_value, _value = word.partition("=")
        takes_value = any(len(name) > 2 and option.startswith(name) for option in GLOBAL_WITH_VALUE)
        index += 2 if takes_value and not has_value else 1
    return None


def file_as_command(words: Sequence[str], commands: Sequence[str]) -> list[str]:
    """``words`` with a file in the command's place turned into the command it means; other
    command lines unchanged."""
    words = list(words)
    position = _command_position(words)
    if position is None or words[position] in commands:
        return words
    path = Path(words[position]).expanduser()
    if not path.is_file():
        return words
    before, after = [w for w in words[:position] if w != "--"], words[position + 1 :]
    if is_sync_package(path):
        return [*before, "gui", "--import", str(path), *after]
    return [*before, "--db", str(path), "gui", *after]
