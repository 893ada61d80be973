"""``petdesk mailing-list [QUERY] --out FILE``: the postal addresses of the chosen contacts for a print
shop (a CSV or workbook for Word's mail merge, or a PDF of A4 label sheets), each block in the order
the recipient's country writes it; who was left out is named (field test 98)."""

from __future__ import annotations

import argparse
import sys

from petdesk.cli.context import CliError, Context, Translate, cannot_write, output_locale
from petdesk.cli.out_option import file_path
from petdesk.cli.separator_option import add_delimiter_option
from petdesk.csv_separators import separator

SUFFIXES = (".csv", ".xlsx", ".pdf")


def register(sub: argparse._SubParsersAction, _: Translate) -> None:
    """Add this feature's subcommand."""
    p = sub.add_parser(
        "mailing-list",
        help=_("postal addresses for cards and letters: a mail-merge list or a PDF of address labels"),
        description=_(
            "Write the postal address of each contact (all, or those QUERY finds, such as a tag) as "
            "address lines in the order of the recipient's country, the country in English for mail "
            "abroad: a .csv or .xlsx file for mail merge, or a .pdf of A4 label sheets (3 × 8). "
            "Deleted contacts are left out; people who left their organisation and people without a "
            "postal address are left out and named."
        )
        # a sentence of its own: Ms. Gao asked why a partner got no card when --help did not say it
        + " "
        + _('People marked "do not contact" (petdesk person restrict) are left out and named too.'),
    )
    p.add_argument("query", nargs="?", metavar="QUERY", help=_("search text choosing the contacts"))
    p.add_argument(
        "--out", type=file_path(_), required=True, metavar="FILE", help=_("F.csv, F.xlsx or F.pdf (labels)")
    )
    p.add_argument(
        "--home",
        metavar="CODE",
        help=_(
            "the country the post leaves from, whose addresses need no country line (default: the "
            "office's country, see petdesk office --country; CN when not set)"
        ),
    )
    p.add_argument("--lang", choices=("en", "zh_CN"), help=_("the language of the headers and messages"))
    add_delimiter_option(p, _)
    p.set_defaults(handler=cmd_mailing_list)


def cmd_mailing_list(args: argparse.Namespace, ctx: Context) -> int:
    from petdesk.services import mailing_list as ml

    locale = output_locale(args)
    _ = ctx.translator(locale)
    out = args.out
    if out.suffix.lower() not in SUFFIXES:
        raise CliError(_("{file}: choose a .csv, .xlsx or .pdf file name").format(file=out.name))
    with ctx.db.reading() as s:
        found = ml.mailing_list(
            s, query=args.query, home=args.home.strip().upper() if args.home else None, language=locale
        )
    for sentence in ml.left_out_sentences(found, locale):
        print(sentence, file=sys.stderr)
    if not found.recipients:
        raise CliError(_("Nothing to write: none of these contacts has a postal address."))
    try:
        if out.suffix.lower() == ".pdf":
            from petdesk.dossier.address_labels import write_labels

            write_labels(found.recipients, out, logged_in=ctx.db)
            n = len(found.recipients)
            print(
                _.ngettext(
                    "{n} address label written to {path}.", "{n} address labels written to {path}.", n
                ).format(n=n, path=out)
            )
            return 0
        n = ml.write(found, out, locale, delimiter=separator(args.delimiter), logged_in=ctx.db)
    except OSError as exc:
        raise cannot_write(out, exc, locale, _) from exc
    print(
        _.ngettext("{n} address written to {path}.", "{n} addresses written to {path}.", n).format(
            n=n, path=out
        )
    )
    return 0
