"""A cell naming a couple, "Mr. and Mrs. John Smith" (names60): the person stored is John Smith,
with no honorific guessed (the cell gives two), and the wording is kept in the notes so that
nothing of the file is lost. One rule for every path that reads a whole name: the sheet and vCard
imports, Outlook's and Google's First Name, the editor's given-name box."""

from __future__ import annotations

from petdesk.services.honorifics import couple_of_name
from petdesk.services.matching import has_cjk
from petdesk.services.names_by_script import language_of

#: The notes line's beginning, stored in the language of the person's name (as the import's
#: "left out" lines are) and shown in the reader's (``importing.notes_for_reader``).
WRITTEN_AS_EN = "Written as: "
WRITTEN_AS_ZH = "原写法："


def notes_in_chinese(family_name_zh: str, given_name_zh: str, language: str = "") -> bool:
    """Whether a person's "Written as" line is stored in Chinese: they have a name in characters and
    it is Chinese (``language`` "" or zh; when not given, the script's: kana say Japanese). One rule
    for the import's own notes labels (names63), the editor and ``tidy-names``: names60 wrote English
    beside 张伟, and polish63 found 原写法 beside a Japanese couple's 佐々木."""
    name = family_name_zh + given_name_zh
    if not has_cjk(name):
        return False
    language = language or language_of(name)
    return not language or language.startswith("zh")


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
    return rest, with_written_as(notes, written, chinese=chinese)


def couple_off_whole_name(name: str, notes: str, *, chinese: bool = False) -> tuple[str, str]:
    """(name, notes) with a couple's titles taken off a whole name before it is split, the cell kept
    in the notes as written: "Mr. and Mrs. ZHANG Wei" is then split as "ZHANG Wei" is, family name
    first (names61: split at its last word it stored "Wei" as the family name). As they were for a
    name with no couple's titles, or with nothing after them."""
    couple, rest = couple_of_name(name)
    if not couple or not rest:
        return name, notes
    return rest, with_written_as(notes, " ".join(name.split()), chinese=chinese)


def with_written_as(notes: str, written: str, *, chinese: bool) -> str:
    """The notes with the "Written as" line added once (an import read again adds none)."""
    line = written_as_line(written, chinese=chinese)
    return notes if line in notes.splitlines() else f"{notes}\n{line}".strip("\n")
