"""What ``petdesk visit add|edit`` and ``petdesk training add|edit`` share: a date typed on the command
line, the title and dates options, and a refusal of the editor's checks said as one sentence."""

from __future__ import annotations

import argparse
import datetime as dt

from petdesk.cli.context import CliError, Context, Translate
from petdesk.cli.parser_language import argparse_text
from petdesk.language import N_
from petdesk.textsafety import terminal_safe


def typed_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(
            argparse_text(N_("“{text}” is not a date like 2026-11-29")).format(text=terminal_safe(text))
        ) from None


def title_and_dates(p: argparse.ArgumentParser, _: Translate, *, adding: bool) -> None:
    """``--title``, ``--title-zh``, ``--start`` and ``--end``: required to add, optional to edit."""
    p.add_argument("--title", dest="title_en", required=adding, metavar="TEXT", help=_("title in English"))
    p.add_argument("--title-zh", dest="title_zh", metavar="TEXT", help=_("title in Chinese"))
    p.add_argument(
        "--start",
        dest="start_date",
        type=typed_date,
        required=adding,
        metavar="DATE",
        help=_("first day (YYYY-MM-DD)"),
    )
    p.add_argument(
        "--end",
        dest="end_date",
        type=typed_date,
        required=adding,
        metavar="DATE",
        help=_("last day (YYYY-MM-DD)"),
    )


def refused(exc: Exception, ctx: Context) -> CliError:
    """The service's refusal (a ``ScheduleError``) in the reader's language: nothing was saved."""
    from petdesk.messages import localize_error

    _ = ctx.translator()
    return CliError(_("Not saved: {problems}").format(problems=localize_error(exc, ctx.locale)))
