"""A cell naming a couple, "Mr. and Mrs. John Smith" (names60): the person stored is John Smith,
with no honorific guessed (the cell gives two), and the wording is kept in the notes so that
nothing of the file is lost. One rule for every path that reads a whole name: the sheet and vCard
imports, Outlook's and Google's First Name, the editor's given-name box."""

from __future__ import annotations

from petdesk.services.honorifics import couple_of_name
from petdesk.services.matching import has_cjk

#: The notes line's beginning, stored in the language of the person's name (as the import's
#: "left out" lines are) and shown in the reader's (``importing.notes_for_reader``).
WRITTEN_AS_EN = "Written as: "
WRITTEN_AS_ZH = "原写法："


def notes_in_chinese(family_name_zh: str, given_name_zh: str) -> bool:
    """Whether a person's "Written as" line is stored in Chinese: they have a name in Chinese script.
    One rule for the import, the editor and ``tidy-names`` (names60 wrote English beside 张伟)."""
    return has_cjk(family_name_zh + given_name_zh)


def written_as_line(written: str, *, chinese: bool) -> str:
    """ "Written as: Mr. and Mrs. John Smith" (原写法：… beside a Chinese name)."""
    return f"{WRITTEN_AS_ZH if chinese else WRITTEN_AS_EN}{written}"


def line_for_reader(line: str, *, chinese: bool) -> str:
    """A "Written as" line in the reader's language; any other line as it is."""
    for prefix in (WRITTEN_AS_EN, WRITTEN_AS_ZH):
        if line.startswith(prefix):
            return written_as_line(line.removeprefix(prefix), chinese=chinese)
    return line


def couple_off_given_name(given: str, family: str, notes: str, *, chinese: bool = False) -> tuple[str, str]:
    """(given name, notes) with a couple's titles taken off the given name ("Mr. and Mrs. John" +
    "Smith" -> "John", and the notes gain "Written as: Mr. and Mrs. John Smith"); as they were when
    the given name starts with no couple's titles. The line is added once (an import read again)."""
    couple, rest = couple_of_name(given)
    if not couple:
        return given, notes
    written = " ".join(part for part in (given.strip(), family.strip()) if part)
    line = written_as_line(written, chinese=chinese)
    if line not in notes.splitlines():
        notes = f"{notes}\n{line}".strip("\n")
    return rest, notes
