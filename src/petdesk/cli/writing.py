"""Which commands change the database, and the refusal of those while a window on another computer
has the file open.

Field test 70 left this over: one database file in a synced folder, Anke's window open on her
computer, Thomas running ``petdesk import-contacts`` on his. SQLite cannot share a file between two
computers through a sync client: each computer's writes made a "conflicted copy". A window on THIS
computer is fine (the window and the command share the file through SQLite), and so is any command
that only reads. Only the lock file tells: no Qt here (the command line's quick path), see
:mod:`petdesk.lock_owner`.

There is no ``--force``: several commands already have one with another meaning, and the way out
is the window's own (close petdesk there, or delete the lock file a crashed petdesk left).
"""

from __future__ import annotations

import argparse

from petdesk.cli.word_subcommands import subcommands

#: Every command, by its words (``sync import``), and whether it changes the database: True, False,
#: or the options that make it write (``check --repair``). Reading commands write other files (an
#: export, a backup, a dossier) but leave the database as it is. tests/core/test_cli_writing.py
#: checks that every registered command is here.
WRITES: dict[str, bool | tuple[str, ...]] = {
    "gui": False,  # the window takes the lock itself (gui/backups/lock.py)
    "demo": True,
    "stats": False,
    "office": True,
    "search": False,  # (brings its own index up to date: local data, as the window's reads do)
    "contact show": False,  # (the same; and ``petdesk contact WORDS`` without "show")
    "contact add": True,
    "contact edit": True,
    "contact delete": True,
    "reindex": True,
    "import-contacts": True,
    "export-contacts": False,  # (logs the file in export_log: local data, as search's own index)
    "exports": False,
    "mailing-list": False,  # (logs the file in export_log: local data)
    "export-archive": False,  # (a workbook of the year's records; logs the file in export_log: local data)
    "duplicates": False,
    "merge": True,
    "import-undo": True,
    "phones": False,
    "phones tidy": True,
    "tidy-names": ("apply", "undo"),  # the dry run only reads
    "visits": ("add_person",),
    "visit add": True,
    "visit edit": True,
    "training add": True,
    "training edit": True,
    "training-sessions add": True,
    "training-sessions edit": True,
    "training-sessions list": False,
    "training-sessions remove": True,
    "attendance mark": True,
    "training-participants add": True,
    "training-participants list": False,
    "training-participants remove": True,
    "replace-participant": True,
    "trainings": False,
    "replace-attendee": True,
    "training-lodging": True,
    "visit-legs add": True,
    "visit-legs edit": True,
    "visit-legs list": False,
    "visit-legs remove": True,
    "visit-lodging add": True,
    "visit-lodging edit": True,
    "visit-lodging list": False,
    "visit-lodging remove": True,
    "visit-vehicles add": True,
    "visit-vehicles edit": True,
    "visit-vehicles list": False,
    "visit-vehicles remove": True,
    "visit-vehicles riders": ("add_rider", "remove_rider"),  # the list alone only reads
    "zoom-attendance": True,  # (--dry-run writes nothing but is refused alike: one rule per command)
    "clashes": False,
    "calendar": ("import_file",),
    "reminders": False,
    "followups": False,
    "followups add": True,
    "followups edit": True,
    "followups done": True,
    "followups reopen": True,
    "followups delete": True,
    "followups restore": True,
    "followups postpone": True,
    "handover": ("to", "undo"),  # the list alone only reads (--out logs the file in export_log: local)
    "dossier visit": False,  # (its note of the print is skipped then: dossier/__init__.py)
    "dossier training": False,
    "dossier namecards": False,
    "dossier certificates": False,
    "dossier banquet": False,
    "dossier invitation": False,  # (logs the letter in export_log: local data)
    "sync export": True,  # records what each office was sent
    "sync import": True,
    "sync conflicts": False,
    "sync resolve": True,
    "sync journal": False,
    "sync offices": False,
    "sync retire": True,
    "sync unretire": True,
    "sync passphrase": True,
    "backup": False,
    # moves or deletes backup files, not the database; but a new folder is kept in its settings
    "backups": ("folder", "default_folder"),
    "restore": True,
    "check": ("repair",),
    "encrypt": True,
    "decrypt": True,
    "forget-office": True,
    "history": ("revert", "revert_to"),
    "deleted": False,
    "restore-record": True,
    "person export": False,
    "person erase": True,
    "person restrict": True,
    "person backups": False,
    "projects": False,
    # A word-or-subcommand group's subcommands are classified one by one: classified by the group's
    # word alone, `projects add`, `technologies set` … wrote beside another computer's window.
    "projects show": False,
    "projects add": True,
    "projects set": True,
    "projects stage": True,
    "projects delete": True,
    "projects partner add": True,
    "projects partner role": True,
    "projects partner remove": True,
    "projects milestone add": True,
    "projects milestone edit": True,
    "projects milestone done": True,
    "projects milestone reopen": True,
    "projects milestone remove": True,
    "project": False,
    "technologies": False,
    "technologies search": False,
    "technologies add": True,
    "technologies set": True,
    "needs": False,
    "needs search": False,
    "needs add": True,
    "needs set": True,
    "match": ("shortlist", "unshortlist"),
    "finance": False,
    "exchange export": False,
    "exchange import": True,
    "report market": False,
    "report match": False,
    "report matches": False,
    "report attendance": False,
    "report projects": False,
    "report partner": False,
    "report events": False,
    "report interpreting": False,
    "report year": False,
    "import-technologies": True,
    "import-needs": True,
    "import-visits": True,
    "import-trainings": True,
    "import-projects": True,
    "tags": False,
    "tags rename": True,
    "tags merge": True,
    "tags delete": True,
    "activities": False,
    "activities housekeeping": False,
    "activities add": True,
    "activities edit": True,
    "activities delete": True,
    "activities restore": True,
    "organisation show": False,
    "organisation add": True,
    "organisation edit": True,
    "organisation delete": True,
}


#: Commands that write a few rows through :attr:`Context.db`: the file's integrity check starts in a
#: thread before they import the models (``Context.check_early``), and their first transaction
#: waits for it. Not the commands that replace, convert or rewrite the whole file (``restore``, ``encrypt``,
#: ``sync import``): a check reading it meanwhile would only be in their way.
CHECKED_BESIDE = frozenset(
    {
        "activities add",
        "activities edit",
        "activities delete",
        "activities restore",
        "followups add",
        "followups edit",
        "followups done",
        "followups reopen",
        "followups delete",
        "followups restore",
        "followups postpone",
        "training-lodging",
        "visit-legs add",
        "visit-legs edit",
        "visit-legs remove",
        "visit-lodging add",
        "visit-lodging edit",
        "visit-lodging remove",
        "visit-vehicles add",
        "visit-vehicles edit",
        "visit-vehicles remove",
        "merge",
        "tags rename",
        "tags merge",
        "tags delete",
        "contact add",
        "contact edit",
        "contact delete",
        "organisation add",
        "organisation edit",
        "organisation delete",
        "replace-attendee",
        "replace-participant",
        "restore-record",
        "visit add",
        "visit edit",
        "training add",
        "training edit",
        "training-sessions add",
        "training-sessions edit",
        "training-sessions remove",
        "attendance mark",
        "training-participants add",
        "training-participants remove",
    }
)


def checks_beside(args: argparse.Namespace) -> bool:
    """Whether the command ``args`` were parsed for gets its integrity check beside its start."""
    return getattr(args, "command_words", "") in CHECKED_BESIDE


def name_commands(parser: argparse.ArgumentParser) -> list[str]:
    """Set each command's words (``sync import``) as its ``command_words`` default, for
    :func:`writes`; returns the words of every command that runs something (not the group ``sync``)."""
    found: list[str] = []

    def walk(p: argparse.ArgumentParser, prefix: str) -> None:
        for action in p._actions:
            if isinstance(action, argparse._SubParsersAction):
                named: set[int] = set()
                for name, sub in subcommands(action).items():
                    if id(sub) in named:  # an alias shares its command's parser
                        continue
                    named.add(id(sub))
                    sub.set_defaults(command_words=prefix + name)
                    if sub.get_default("handler") is not None:
                        found.append(prefix + name)
                    walk(sub, f"{prefix}{name} ")

    walk(parser, "")
    return found


def writes(args: argparse.Namespace) -> bool:
    """Whether the command ``args`` were parsed for changes the database; unknown commands do."""
    rule = WRITES.get(getattr(args, "command_words", ""), True)
    if isinstance(rule, tuple):
        return any(getattr(args, option, None) for option in rule)
    return rule
