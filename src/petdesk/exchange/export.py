"""Writing a 3iPET exchange file, for ``petdesk exchange export`` and File › Export Exchange File… alike:
the file name's suffix says the format (.json, or flat .xlsx / .csv), contact persons only when asked,
the export log told of a file that carries them, and the one result sentence both say."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from petdesk.exchange import KINDS, VERSION

if TYPE_CHECKING:
    from petdesk.db import Database

SUFFIXES = (".json", ".xlsx", ".csv")


class Translate(Protocol):
    """A core translator (``petdesk.i18n.translator``) or the command line's English."""

    def __call__(self, text: str) -> str: ...

    def ngettext(self, singular: str, plural: str, n: int) -> str: ...

    def number(self, n: int) -> str: ...


@dataclass(frozen=True)
class Exported:
    #: Records written per kind of the document ("organisations", …, "contacts"), in the file's order.
    counts: dict[str, int]
    files: list[Path]
    #: The JSON file's version, and how many match notes with text were left out to write it (an
    #: older version has no place for them: see ``petdesk.exchange.versions``).
    version: str = VERSION
    notes_left_out: int = 0


def export(
    db: Database,
    out: Path,
    *,
    what: Iterable[str] = KINDS,
    consented_only: bool = False,
    with_contacts: bool = False,
    delimiter: str = ",",
    version: str = VERSION,
    report: Callable[[int, int], None] | None = None,
) -> Exported:
    """Build the document from the database and write it to ``out``; ``report(done, total)`` hears of
    each of the three steps (read, write, log). A wrong suffix is a ValueError, a wrong kind or
    version an ``ExchangeError``, a file that cannot be written an OSError. ``version`` is the
    file's, for a hub whose petdesk reads only an older one: a sheet carries no version, but has
    only that version's columns (1.0: no match notes column)."""
    from petdesk.exchange import flat, jsonfile, versions

    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValueError(f"{out.name}: choose a .json, .xlsx or .csv file name")
    tell = report or (lambda _done, _total: None)
    tell(0, 3)
    with db.reading() as s:
        doc = jsonfile.build(s, what=list(what), consented_only=consented_only, with_contacts=with_contacts)
        channels = flat.organisation_channels(s, doc) if suffix != ".json" else {}
    tell(1, 3)
    # A sheet carries no version, but a 1.0 reader's columns are 1.0's: petdesk's flat reader refuses
    # a column it cannot place, and a hub's own scripts expect the 1.0 sheet (no notes column).
    doc, left_out = versions.for_version(doc, version)
    if suffix == ".json":
        jsonfile.write(doc, out)
        files, carrying = [out], out
    else:
        files = flat.write_flat(doc, out, delimiter=delimiter, channels=channels)
        carrying = flat.file_of(out, "contacts")
    tell(2, 3)
    jsonfile.log_contacts(db, doc, carrying)
    tell(3, 3)
    counts = {k: len(doc[k]) for k in (*KINDS, "contacts") if k in doc}
    return Exported(counts, files, doc["version"], left_out)


def count_text(kind: str, n: int, _: Translate) -> str:
    """ "1 organisation", "3 needs" of an exchange document's kind (its key, as the English lines name
    them): "{n} {name}" with the plural name said "Exported 1 organisations"."""
    forms: dict[str, Callable[[], str]] = {
        "organisations": lambda: _.ngettext("{n} organisation", "{n} organisations", n),
        "technologies": lambda: _.ngettext("{n} technology", "{n} technologies", n),
        "needs": lambda: _.ngettext("{n} need", "{n} needs", n),
        "matches": lambda: _.ngettext("{n} match", "{n} matches", n),
        "contacts": lambda: _.ngettext("{n} contact", "{n} contacts", n),
    }
    return (forms[kind]() if kind in forms else _("{n} {name}").format(n="{n}", name=kind)).format(
        n=_.number(n)
    )


def result_sentence(exported: Exported, _: Translate) -> str:
    """ "Exported 3 organisations, 2 technologies to F.json": the command line's line and the window's."""
    counts = _(", ").join(count_text(k, n, _) for k, n in exported.counts.items())
    sentence = _("Exported {counts} to {files}").format(
        counts=counts, files=", ".join(str(f) for f in exported.files)
    )
    if exported.notes_left_out:
        from petdesk.exchange.versions import notes_left_out_line

        sentence += "\n" + notes_left_out_line(exported.notes_left_out, exported.version, _)
    return sentence
