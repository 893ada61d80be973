"""A file mixing rows the import adds, updates (fields, contact methods, jobs), finds up to date and
skips, for the preview's tests: the window's and the services'."""

from __future__ import annotations

from pathlib import Path

HEADER = "Name,Email,Mobile,Company,Position\n"
KNOWN = (
    "Anna Berger,anna@example.org,+49 30 1111 0001,Umweltamt Berlin,Engineer\n"
    "Bruno Cortes,bruno@example.org,+49 30 1111 0002,Umweltamt Berlin,Engineer\n"
    "Clara Dietz,clara@example.org,+49 30 1111 0003,Umweltamt Berlin,Engineer\n"
    "Dario Esposito,dario@example.org,+49 30 1111 0004,Umweltamt Berlin,Engineer\n"
    "Eva Fischer,eva@example.org,+49 30 1111 0005,Umweltamt Berlin,Engineer\n"
    "Felix Graf,felix@example.org,+49 30 1111 0006,Stadtwerke Köln,Engineer\n"
    "Gina Hahn,gina@example.org,+49 30 1111 0007,Umweltamt Berlin,Engineer\n"
)
#: Row by row what the import does with it, and why.
MIXED = {
    "Anna Berger,anna@example.org,+49 30 1111 0001,Umweltamt Berlin,Engineer": "skipped",  # unchanged
    "Bruno Cortes,bruno@example.org,+49 30 1111 0002,Umweltamt Berlin,Director": "updated",  # position
    "Clara Dietz,clara@example.org,+49 171 2222 0003,Umweltamt Berlin,Engineer": "updated",  # a phone
    "Dario Esposito,dario.e@example.net,+49 30 1111 0004,Umweltamt Berlin,Engineer": "updated",  # e-mail
    "Eva Fischer,eva@example.org,+49 30 1111 0005,Stadtwerke Köln,Engineer": "updated",  # known org
    "Felix Graf,felix@example.org,+49 30 1111 0006,Wasserverband Ruhr,Engineer": "updated",  # new org
    "Hanna Ilić,hanna@example.org,+49 30 1111 0008,Umweltamt Berlin,Chemist": "added",
    ",,,Umweltamt Berlin,Intern": "skipped",  # no name, nothing to match
    # The same person twice: the second row finds what the first wrote.
    "Gina Hahn,gina@example.org,+49 30 1111 0007,Umweltamt Berlin,Director": "updated",
    "Gina Hahn,gina@example.org,+49 30 1111 0007,Umweltamt Berlin,Director ": "skipped",
    # A person added above, then a row about her with a second phone, then one with nothing new.
    "Hanna Ilić,hanna@example.org,+49 171 2222 0008,Umweltamt Berlin,Chemist": "updated",
    "Hanna Ilić,hanna@example.org,,Umweltamt Berlin,Chemist": "skipped",
    # A new organisation named by a row above: joining it again is nothing new.
    "Felix Graf,felix@example.org,,Wasserverband Ruhr,Engineer": "skipped",
}


def write_files(folder: Path) -> tuple[Path, Path]:
    """The people known before (import it first), and the mixed file of rows about them."""
    known, mixed = folder / "known.csv", folder / "mixed.csv"
    known.write_text(HEADER + KNOWN, encoding="utf-8")
    mixed.write_text(HEADER + "\n".join(MIXED) + "\n", encoding="utf-8")
    return known, mixed
