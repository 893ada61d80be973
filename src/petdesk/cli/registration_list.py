"""``petdesk visits ID --registration-list [--out FILE]``: the delegation's names, nationalities and
passports for hotel and police registration (``services.registration_list``), with a warning for
each passport expiring within six months of the visit's end."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from petdesk.cli.columns import cell
from petdesk.cli.context import CliError, Context, output_locale
from petdesk.csv_separators import separator
from petdesk.language import interface_language


def show(args: argparse.Namespace, ctx: Context, visit_id: str) -> int:
    from petdesk.i18n import format_date, translator
    from petdesk.services import registration_list as rl

    locale = output_locale(args)
    _ = translator(locale)
    with ctx.db.reading() as s:
        found = rl.registration_list(s, visit_id)
    for warning in rl.warnings(found, locale):
        print(_("Warning: {text}").format(text=warning), file=sys.stderr)
    if args.out is not None:
        out = Path(args.out)
        if out.suffix.lower() not in rl.SUFFIXES:
            raise CliError(_("{name}: choose a .csv or .xlsx file name").format(name=out.name))
        n = rl.write(found, out, locale, delimiter=separator(args.delimiter), logged_in=ctx.db)
        print(
            _.ngettext("{n} guest written to {path}.", "{n} guests written to {path}.", n).format(
                n=n, path=out
            )
        )
        return 0
    lang = interface_language(locale)
    for row in rl.table(found, lang):
        name, name_zh, nationality, number, expiry, born = row
        expiry_text = format_date(expiry, locale) if expiry else ""  # type: ignore[arg-type]
        born_text = format_date(born, locale) if born else ""  # type: ignore[arg-type]
        print(
            "  "
            + " ".join(
                (
                    cell(str(name), 24),
                    cell(str(name_zh), 10),
                    cell(str(nationality), 14),
                    cell(str(number), 12),
                )
            )
            + f" {cell(expiry_text, 12)} {born_text}".rstrip()
        )
    print(
        _.ngettext("Registration list: {n} guest", "Registration list: {n} guests", len(found.guests)).format(
            n=len(found.guests)
        )
    )
    return 0
