"""How large a package may be to go by e-mail, and what to say when it is larger (field test 34,
defect 2: a first package of 42.7 MB was written without a word, while the window said it could go
by e-mail).

The limit is a local setting (``setting`` table, never exchanged): 25 MB, what the common mail
services accept, unless an office sets its own."""

from __future__ import annotations

from collections.abc import Callable

from petdesk.db import Database
from petdesk.sizes import file_size
from petdesk.sync.mail_size import fits, message_size

#: The local setting holding the limit in (decimal) megabytes.
SETTING = "sync.mail_limit_mb"
DEFAULT_MB = 25.0


def limit_mb(db: Database) -> float:
    """The e-mail attachment limit this installation uses, in MB."""
    conn = db.raw()
    try:
        row = conn.execute("SELECT value FROM setting WHERE key = ?", (SETTING,)).fetchone()
    finally:
        conn.close()
    try:
        value = float(row[0]) if row else DEFAULT_MB
    except ValueError:
        return DEFAULT_MB
    return value if value > 0 else DEFAULT_MB


def set_limit_mb(db: Database, mb: float) -> None:
    """Keep ``mb`` as this installation's limit (a positive number)."""
    if mb <= 0:
        raise ValueError("the e-mail limit must be more than 0 MB")
    conn = db.raw()
    try:
        with conn:
            conn.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (SETTING, f"{mb:g}"),
            )
    finally:
        conn.close()


def too_large_advice(size: int, limit: float, *, incremental: bool, _: Callable[[str], str]) -> str | None:
    """What to do with a package of ``size`` bytes whose e-mail is larger than ``limit`` MB (encoded,
    a third larger: :mod:`petdesk.sync.mail_size`), in the user's language; None when it fits.
    Narrowing by date is not offered: what another office lacks is not a matter of dates (edits it
    never acknowledged may be older), so only --to is safe."""
    if fits(size, limit):
        return None
    text = _(
        "the package is {size}, {mail} as an e-mail (attachments are encoded, a third larger), more than "
        "an e-mail may usually be ({limit} MB): carry it on a USB stick or a shared drive"
    ).format(size=file_size(size), mail=file_size(message_size(size, limit)), limit=f"{limit:g}")
    if not incremental:
        text += _(
            "; for an office that has already sent you a package, import it first: then an export for "
            "that office holds only what it lacks, usually far smaller"
        )
    return text
