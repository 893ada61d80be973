"""``petdesk restore``: the backup against the database, printed before the restore replaces it
(field test 112: an older backup went over newer work, and nothing said what would be lost)."""

from __future__ import annotations

import sys
from pathlib import Path

from petdesk.cli.confirm import confirmed
from petdesk.cli.context import CliError, Context, warn
from petdesk.cli.labels import count_name
from petdesk.i18n import format_datetime
from petdesk.services import backups
from petdesk.services.restore_compare import Comparison, Held, compare
from petdesk.services.stats import COUNTED


def show_comparison(ctx: Context, source: Path, passphrase: str | None) -> Comparison | None:
    """Print what the backup and the database hold, and warn when the restore would lose records;
    None (and nothing printed) when the backup cannot be read: the restore then says why."""
    _ = ctx.translator()
    try:
        found = compare(ctx.path, source, passphrase=passphrase)
    except backups.BackupError:
        return None
    if not found.current:
        # a new computer: nothing to lose; or a file that cannot be read (a forgotten passphrase):
        # the restore itself says what to do with it
        return found
    names = {table: name for name, table in COUNTED}
    print(_("What the backup holds, and what the database holds now:"))
    for kind in backups.COUNTED_TABLES:
        if kind not in found.backup and kind not in found.current:
            continue
        print(
            _("  {kind}: backup {backup}; now {now}").format(
                kind=count_name(names.get(kind, kind), _),
                backup=_held(found.backup.get(kind), ctx),
                now=_held(found.current.get(kind), ctx),
            )
        )
    folder = backups.folder_for(ctx.path)
    if found.current_would_be_lost:
        kinds = _(", ").join(
            count_name(names.get(k, k), _) for k in dict.fromkeys(found.more_here + found.newer_here)
        )
        warn(
            _(
                "the database holds more or newer records than the backup ({kinds}): they would be lost "
                "from it by the restore; a copy of the database as it is now is made first, in the folder "
                "below.\n  {folder}"
            ).format(kinds=kinds, folder=folder),
            _,
        )
    else:
        # the folder on a line of its own: a "." after a path reads as part of it (shots58)
        below = _("A copy of the database as it is now is made first, in the folder below.\n  {folder}")
        print(below.format(folder=folder))
    return found


def agreed_to_lose(ctx: Context, found: Comparison | None, yes: bool) -> bool:
    """Whether the restore may go on when the database holds more or newer records than the backup
    (they were only warned of, and the restore went ahead: phones58): asked at a terminal, default no;
    ``--yes`` does not ask; without a terminal nobody can agree, so a :class:`CliError` says to add --yes."""
    if yes or found is None or not found.current_would_be_lost:
        return True
    _ = ctx.translator()
    if sys.stdin is None or not sys.stdin.isatty():
        raise CliError(
            _(
                "Nothing was restored: the database holds more or newer records than the backup, and "
                "there is no terminal to ask whether to lose them. Add --yes to restore anyway."
            )
        )
    if confirmed(_("Restore anyway? [y/N] "), _):
        return True
    print(_("Nothing changed."))
    return False


def _held(held: Held | None, ctx: Context) -> str:
    _ = ctx.translator()
    if held is None or held.newest is None:
        return _("{n}, never changed").format(n=_.number(held.count if held else 0))
    when = format_datetime(held.newest.astimezone(), ctx.locale)
    return _("{n}, newest change {when}").format(n=_.number(held.count), when=when)
