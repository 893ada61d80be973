"""quotes63: the contacts import warned "'x' is not a phone number" and "display name 'Wang' differs
…" with straight quotes while its other sentences (and petdesk.quoting.quoted) write “x”. A scan of the
messages of the services (the imports among them) and the command line keeps a placeholder from
being put between straight quotes again."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: The packages whose messages speak of a value typed in an imported file or on the command line.
PACKAGES = ("services", "cli")

#: A placeholder between straight single quotes: '{value}', '{name!s}', '{amount:>8}'.
STRAIGHT_QUOTED_PLACEHOLDER = re.compile(r"'\{[\w.]*(?:![rsa])?(?::[^}]*)?\}'")


def _import_messages_quoted_straight() -> list[tuple[str, int, str]]:
    """The messages marked for translation (what pybabel extracts) that quote a placeholder so."""
    from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file

    keywords = dict(DEFAULT_KEYWORDS, N_=None, ngettext=(1, 2))
    found = []
    paths = sorted(p for package in PACKAGES for p in (ROOT / "src" / "petdesk" / package).rglob("*.py"))
    for path in paths:
        if "'{" not in path.read_text(encoding="utf-8"):
            continue  # most modules quote no placeholder at all: not extracted
        module = str(path.relative_to(ROOT))
        for lineno, message, _comments, _context in extract_from_file("python", str(path), keywords=keywords):
            texts = message if isinstance(message, tuple) else (message,)
            found += [(module, lineno, t) for t in texts if t and STRAIGHT_QUOTED_PLACEHOLDER.search(t)]
    return found


def test_quotes63_the_scan_reads_the_import_messages() -> None:
    assert STRAIGHT_QUOTED_PLACEHOLDER.search("'{value}' is not a phone number; left out")
    assert not STRAIGHT_QUOTED_PLACEHOLDER.search("“{value}” is not a phone number; left out")


def test_quotes63_no_import_or_cli_message_quotes_a_value_with_straight_quotes() -> None:
    assert _import_messages_quoted_straight() == []
