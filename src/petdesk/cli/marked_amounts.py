"""Amounts typed with their currency on the command line: ``projects add --amount "Rs. 12 lakh"``.

"12 lakh" was read and "Rs. 12 lakh" refused as not an amount, and with no ``--currency`` a project
added from an Indian office was kept in US dollars (field test 107). A sign or code beside an amount
now says its currency when none is chosen, and is refused when it says another; with neither, a new
project is in the office country's currency, as the window's editor starts it.

A bare "$" is the office's own money where that is its sign (pesos in Mexico City, as the projects
import reads it), and "mdp" / "MDD" / "M.N." are millions of pesos, of dollars, and pesos: "$12.5 mdp"
was refused as no amount (field test 116). The office is known only with the database, so such an
amount keeps a mark here that :func:`settle_currency` turns into a currency.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from petdesk.cli.context import CliError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from petdesk.amounts import AmountError
    from petdesk.cli.context import Translate

#: Marks of an amount whose currency the office's decides: "$" its dollar sign's, "mdp" its peso;
#: "M$", Chile's thousands of pesos, read only at an office in Chile (field test 123).
OWN_DOLLAR_SIGN, OWN_PESO, CHILEAN_THOUSANDS = "$", "$peso", "M$"

#: The options of ``projects add|set`` that are amounts of the project's currency.
AMOUNT_FIELDS = ("amount", "amount_approved", "cofinancing")


class MarkedAmount(float):
    """An amount read from the command line with what was typed and the currency its sign names."""

    text: str = ""
    #: The currency a sign or ISO code beside the amount names ("" for none, or "$": several).
    currency: str = ""
    #: The refusal of an amount read with dots between thousands ("$ 250.000"): only an office that
    #: writes amounts so (Buenos Aires, Santiago) takes it; any other says it reads two ways.
    two_ways: AmountError | None = None


def read(text: str) -> MarkedAmount | None:
    """The amount ``text`` writes, with the currency its sign names; None for "" / "none"; raises
    :class:`petdesk.amounts.AmountError` for text that is no amount. "250.000", which reads two ways,
    is read as thousands and refused later unless the office writes dots so (field test 123)."""
    from petdesk.amounts import TWO_WAYS, AmountError

    try:
        return _read(text, dot_groups=False)
    except AmountError as exc:
        if exc.template != TWO_WAYS:
            raise
        amount = _read(text, dot_groups=True)
        if amount is not None:
            amount.two_ways = exc
        return amount


def _read(typed: str, *, dot_groups: bool) -> MarkedAmount | None:
    from petdesk.amounts import AmountError

    try:
        return _read_rewritten(typed, dot_groups=dot_groups)
    except AmountError as exc:  # said with what was typed ("U$S"), not as it was read ("US$")
        raise exc.as_typed(typed) from None


def _read_rewritten(typed: str, *, dot_groups: bool) -> MarkedAmount | None:
    from petdesk.amounts import currency_marked, parse_amount
    from petdesk.peso_signs import (
        in_chilean_thousands,
        peso_words,
        rewritten_peso_marks,
        southern_cone_dollar,
    )

    if in_chilean_thousands(typed):  # "M$ 250.000": whether the office is in Chile, settle_currency says
        thousands = parse_amount(typed.strip()[2:], dot_groups=True)
        chilean = MarkedAmount(0.0 if thousands is None else thousands * 1000)
        chilean.text, chilean.currency = typed.strip(), CHILEAN_THOUSANDS
        return chilean
    text = rewritten_peso_marks(typed)  # "U$S 250.000", "MM$ 250" (field test 123)
    dot_groups = dot_groups or southern_cone_dollar(typed)  # "U$S 25.000": dots group there
    code = currency_marked(text)
    try:
        said = peso_words(text, "MXN")  # "$12.5 mdp", "3 MDD", "$ 1,234,567 M.N."
    except ValueError:  # "US$ 3 mdp": the sign and the word name two currencies
        said = None
        code = ""
    bare = re.fullmatch(r"\$\s*(\d.*)", text.strip())
    if said is not None:
        number, in_currency, size = said
        millions = parse_amount(number, dot_groups=dot_groups)
        value = None if millions is None else millions * size
        code = "USD" if in_currency == "USD" else OWN_PESO
    elif bare and not code:
        value, code = parse_amount(bare[1], dot_groups=dot_groups), OWN_DOLLAR_SIGN
    else:
        value = parse_amount(text, code or None, dot_groups=dot_groups)
    if value is None:
        return None
    amount = MarkedAmount(value)
    amount.text, amount.currency = typed.strip(), code
    return amount


def settle_currency(
    session: Session, values: dict[str, Any], _: Translate, *, adding: bool, stored: str = ""
) -> None:
    """Set ``values["currency"]`` from the amounts' signs when none was given (a new project without
    either: the office country's currency); raise :class:`CliError` when a sign says another currency
    than the one given, or the project's (``stored``, when changing one), or the other amounts'."""
    from petdesk.amounts import OTHER_CURRENCY, TWO_CURRENCIES
    from petdesk.peso_signs import DOTS_GROUP_ALL_AMOUNTS, M_DOLLAR_ONLY_IN_CHILE, PESOS, dollar_sign_currency
    from petdesk.services.past_projects import home_currency

    for key in AMOUNT_FIELDS:
        amount = values.get(key)
        if isinstance(amount, MarkedAmount) and amount.currency == CHILEAN_THOUSANDS:
            if home_currency(session) != "CLP":
                raise CliError(_(M_DOLLAR_ONLY_IN_CHILE).format(amount=amount.text))
            amount.currency = "CLP"
    for key in AMOUNT_FIELDS:
        amount = values.get(key)
        refusal = amount.two_ways if isinstance(amount, MarkedAmount) else None
        if refusal is not None and home_currency(session) not in DOTS_GROUP_ALL_AMOUNTS:
            raise CliError(_(refusal.template).format(**refusal.values))
    for key in AMOUNT_FIELDS:
        amount = values.get(key)
        if isinstance(amount, MarkedAmount) and amount.currency in (OWN_DOLLAR_SIGN, OWN_PESO):
            own = home_currency(session)
            peso = own if own in PESOS else "MXN"
            amount.currency = dollar_sign_currency(own) if amount.currency == OWN_DOLLAR_SIGN else peso
    marked = [v for k in AMOUNT_FIELDS if isinstance(v := values.get(k), MarkedAmount) and v.currency]
    given = str(values.get("currency") or "").strip().upper()
    kept = given or (marked[0].currency if adding and marked else stored.upper())
    for amount in marked:
        if amount.currency != kept:
            template = TWO_CURRENCIES if not given and adding else OTHER_CURRENCY
            raise CliError(_(template).format(text=amount.text, currency=kept))
    if adding and not given and kept:
        values["currency"] = kept  # none: the service gives the office's, as the window's editor
    for key in AMOUNT_FIELDS:
        if isinstance(values.get(key), MarkedAmount):
            values[key] = float(values[key])
