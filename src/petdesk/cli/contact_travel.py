"""``contact add`` and ``contact edit``'s travel and name-order options: ``--passport``,
``--passport-expiry``, ``--nationality`` and ``--name-order`` (field test 60: a delegation's
registration list and visa letters need them, and only the window could set them).

They are the editor's own fields, checked by its save (``contact_form.save_contact_form``): a
nationality is a country code or name, an expiry a whole date. A name order given is one chosen,
as the editor's order box marks it, so that no guess from the name replaces it later.
"""

from __future__ import annotations

import argparse
from typing import Any

from petdesk.cli.context import Translate

#: ``--name-order`` as typed -> as stored (``enums.NameOrder``).
NAME_ORDERS = {"family-first": "family_first", "given-first": "given_first"}


def add_options(p: argparse.ArgumentParser, _: Translate) -> None:
    """The four options, on ``contact add`` and on ``contact edit`` ('' empties a field there)."""
    group = p.add_argument_group(_("travel documents and the name's order"))
    group.add_argument("--passport", dest="passport_number", metavar="NUMBER", help=_("passport number"))
    group.add_argument("--passport-expiry", metavar="DATE", help=_("the passport's expiry date (YYYY-MM-DD)"))
    group.add_argument(
        "--nationality",
        metavar="CC",
        help=_("the passport's country: a two-letter code (DE, CN) or its name"),
    )
    group.add_argument(
        "--name-order",
        choices=tuple(NAME_ORDERS),
        help=_(
            "how the Latin name is written: family name first (Zhang Wei) or given name first (Wei Zhang)"
        ),
    )


def travel_values(args: argparse.Namespace) -> dict[str, Any]:
    """The editor's values for the options given (none: an empty dict)."""
    values: dict[str, Any] = {
        key: getattr(args, key).strip()
        for key in ("passport_number", "passport_expiry", "nationality")
        if getattr(args, key) is not None
    }
    if args.name_order is not None:
        values |= {"name_order": NAME_ORDERS[args.name_order], "name_order_chosen": True}
    return values
