"""Money as offices in Mexico (and the other peso countries) write it (field test 116).

There the sign "$" is the peso's: "$12,500,000.00" in a Mexico City sheet is pesos, and was kept
as US dollars. Dollars are said: "US$", "USD", "dólares", "MDD" (millones de dólares). Budgets
are written in millions with "mdp" (millones de pesos) or "MDD", and "M.N." (moneda nacional)
marks the country's own money: "$12.5 mdp", "3 MDD", "$ 1,234,567 M.N."."""

from __future__ import annotations

import re

from petdesk.language import N_

#: Currencies whose own sign is "$" (the peso countries, and the dollars other than the US one).
DOLLAR_SIGN_CURRENCIES = frozenset(
    {"USD", "MXN", "COP", "ARS", "CLP", "UYU", "CUP", "DOP", "AUD", "CAD", "HKD", "NZD", "SGD", "TWD"}
)
#: The pesos: "mdp" and "M.N." there are the country's own money.
PESOS = frozenset({"MXN", "COP", "ARS", "CLP", "UYU", "CUP", "DOP"})

#: "12.5 mdp", "25 MDP", "3 MDD", "1.2 mmdp" (miles de millones: a thousand million).
_MILLIONS = re.compile(r"(?P<amount>.*?\d.*?)\s*(?P<word>mmdp|mdp|mmdd|mdd)\.?", re.IGNORECASE)
_SIZES = {"mdp": 1e6, "mdd": 1e6, "mmdp": 1e9, "mmdd": 1e9}
#: "$ 1,234,567 M.N.": moneda nacional. With its dots only: "1.5 mn" is an English million.
_NATIONAL = re.compile(r"(?P<amount>.*?\d.*?)\s*M\.\s?N\.?", re.IGNORECASE)
#: A sign or code before the amount that such a word makes redundant: "$12.5 mdp", "US$ 3 MDD".
_SIGN_BEFORE = re.compile(r"(?P<sign>US\$|USD|MXN|MN|\$)\s*(?P<rest>.*)", re.IGNORECASE)


def dollar_sign_currency(own: str) -> str:
    """The currency a bare "$" means at an office whose money is ``own``: its own where "$" is its
    sign (MXN in Mexico, COP in Colombia, AUD in Australia), else the US dollar."""
    return own if own in DOLLAR_SIGN_CURRENCIES else "USD"


def peso_words(text: str, own: str) -> tuple[str, str, float] | None:
    """(number, currency, factor) of an amount written with "mdp", "MDD" or "M.N.", or None when it
    has none of them: "$12.5 mdp" is ("12.5", "MXN", 1e6) at a Mexican office. ``own``: the
    currency the sheet is kept in (pesos "mdp" and "M.N." are, if it is a peso; else MXN, whose
    words these are). Raises ValueError when a sign names other money than the word ("US$ 3 mdp")."""
    peso = own if own in PESOS else "MXN"
    found = _MILLIONS.fullmatch(text.strip())
    if found:
        word = found["word"].casefold()
        currency, factor = ("USD" if word.endswith("dd") else peso), _SIZES[word]
    elif found := _NATIONAL.fullmatch(text.strip()):
        currency, factor = peso, 1.0
    else:
        return None
    number = found["amount"].strip()
    if sign := _SIGN_BEFORE.fullmatch(number):
        said = sign["sign"].upper()
        if (said in ("US$", "USD") and currency != "USD") or (said in ("MXN", "MN") and currency != peso):
            raise ValueError(text)
        number = sign["rest"].strip()
    return number, currency, factor


#: A header's bracketed word for its column's money: "Presupuesto (mdp)", "Monto (dólares)".
_HEADER_WORDS = {
    "pesos": ("peso", 1.0),
    "mn": ("peso", 1.0),
    "mdp": ("peso", 1e6),
    "mmdp": ("peso", 1e9),
    "dólares": ("USD", 1.0),
    "dolares": ("USD", 1.0),
    "usd": ("USD", 1.0),
    "mdd": ("USD", 1e6),
    "mmdd": ("USD", 1e9),
}


#: Whose pesos a header's brackets say beside "pesos": "(pesos colombianos)", "(pesos, COP)".
_PESO_COUNTRIES = {
    "mexicanos": "MXN",
    "colombianos": "COP",
    "argentinos": "ARS",
    "chilenos": "CLP",
    "uruguayos": "UYU",
    "cubanos": "CUP",
    "dominicanos": "DOP",
} | {code.casefold(): code for code in PESOS}


class PesosOfWhichCountry(ValueError):
    """A header says "pesos" at an office whose money is no peso, and not whose: asked, not guessed
    (field test 116 took them as Mexico's)."""


def header_peso_words(header: str, own: str) -> tuple[float, str] | None:
    """(factor, currency) a column's header states in Spanish words in its brackets: "(mdp)" is
    millions of pesos, "(MDD)" millions of dollars, "(pesos)" and "(dólares)" units; None when it
    says none of them. Such a column's numbers were kept in the office's currency, unscaled.
    "(pesos)" is the office's own peso, or the one named beside it ("pesos colombianos", "COP");
    raises :class:`PesosOfWhichCountry` when neither tells ("mdp" and "M.N." stay Mexico's words)."""
    peso = own if own in PESOS else "MXN"
    for inside in re.findall(r"[(（]([^)）]*)[)）]", header.casefold()):
        words = [w for w in re.split(r"[^a-záéíóú.]+", inside.replace("m.n.", "mn")) if w]
        for word in words:
            if found := _HEADER_WORDS.get(word.rstrip(".")):
                currency, factor = found
                if word.rstrip(".") in ("mn", "usd") and len(words) > 1:
                    continue  # "USD mn" is an English million of dollars: the English rule reads it
                if word == "pesos":
                    named = [_PESO_COUNTRIES[w] for w in words if w in _PESO_COUNTRIES]
                    if not named and own not in PESOS:
                        raise PesosOfWhichCountry(header)
                    return factor, named[0] if named else own
                return factor, peso if currency == "peso" else currency
    return None


def typed_amount(text: str, currency: str, own: str, *, decimal_comma: bool = False) -> float | None:
    """:func:`_typed_amount`, its refusals naming the amount as typed ("U$S", not "US$")."""
    from petdesk.amounts import AmountError

    try:
        return _typed_amount(text, currency, own, decimal_comma=decimal_comma)
    except AmountError as exc:
        raise exc.as_typed(text) from None


def _typed_amount(text: str, currency: str, own: str, *, decimal_comma: bool = False) -> float | None:
    """An amount typed into a box kept in ``currency`` at an office whose money is ``own``: a bare
    "$" is ``own``'s where "$" is its sign, so "$5,000" in a project kept in US dollars at a Mexico
    City office is refused, not stored as dollars; "$12.5 mdp" and "3 MDD" are read (field test 116,
    the editor's amount box took "$" as any dollar and refused "mdp"). Else as
    :func:`petdesk.amounts.parse_amount` reads it; raises :class:`petdesk.amounts.AmountError`."""
    from petdesk.amounts import ACCEPTED_FORMS, NOT_AN_AMOUNT, OTHER_CURRENCY, AmountError, parse_amount

    typed = rewritten_peso_marks(text, own)  # "U$S 250.000", "MM$ 250", in Chile "M$ 250.000"
    if not own:
        return parse_amount(text, currency, decimal_comma=decimal_comma)
    try:
        words = peso_words(typed, own)
    except ValueError:
        raise AmountError(NOT_AN_AMOUNT, text=typed, forms=ACCEPTED_FORMS) from None
    # "$" before or after the number ("12,500 $", as Spanish writers put it) is the office's own
    bare = re.fullmatch(r"\$\s*(\d.*)|(\d.*?)\s*\$", typed)
    if words is None and bare is None:
        dots = own in DOTS_GROUP_ALL_AMOUNTS or southern_cone_dollar(text)
        return parse_amount(typed, currency, decimal_comma=decimal_comma, dot_groups=dots)
    number, meant, size = words or ((bare[1] or bare[2]) if bare else "", dollar_sign_currency(own), 1.0)
    if currency and meant != currency.strip().upper():
        raise AmountError(OTHER_CURRENCY, text=typed, currency=currency.strip().upper())
    value = parse_amount(number, decimal_comma=decimal_comma, dot_groups=own in DOTS_GROUP_ALL_AMOUNTS)
    return None if value is None else value * size


#: Offices whose sheets and boxes write every amount with dots between thousands, dollars too:
#: "U$S 250.000" in Buenos Aires, "USD 450.000" in Santiago (field test 123).
DOTS_GROUP_ALL_AMOUNTS = frozenset({"ARS", "CLP"})
#: Argentina's way to write the US dollar: "U$S 250.000" (also "U$D", "u$s").
_ARGENTINE_DOLLAR = re.compile(r"U\s?\$\s?[SD](?![A-Za-z])", re.IGNORECASE)
#: Chile's millions of pesos, the sign before the number: "MM$ 250".
_CHILEAN_MILLIONS = re.compile(r"MM\$\s*(?P<number>\d.*)")
#: Chile's thousands of pesos ("miles de pesos"), the sign before the number: "M$ 250.000".
_CHILEAN_THOUSANDS = re.compile(r"M\$\s*(?P<number>\d.*)")
#: Said of "M$ 250.000" at an office outside Chile: elsewhere M$ is no sign anyone agrees on.
M_DOLLAR_ONLY_IN_CHILE = N_(
    "{amount}: M$ is Chile's sign for thousands of pesos (miles de pesos), read only at an office in"
    " Chile; write the whole amount with its currency, e.g. CLP 250.000.000"
)
#: Chile's Unidad de Fomento, before or after the number: "UF 12.500", "12.500 UF".
_UNIDAD_DE_FOMENTO = re.compile(r"UF\.?\s*\d.*|.*\d\s*UF\.?", re.IGNORECASE)
#: Said of an amount in UF: an index unit whose peso value changes daily, not money petdesk converts.
IN_UNIDADES_DE_FOMENTO = N_(
    "{amount} is in UF (Chile's Unidad de Fomento, whose value in pesos changes every day): type the"
    " amount in pesos (CLP) or another currency, and keep the UF in the description"
)


def rewritten_peso_marks(text: str, own: str = "") -> str:
    """``text`` with the Southern Cone's marks of money as the readers know them (field test 123):
    "U$S 250.000" is "US$ 250.000", "MM$ 250" (Chilean millions of pesos) "$ 250 millones", and at
    an office whose money (``own``) is the Chilean peso "M$ 250.000" (thousands) "$ 250.000 mil".
    Other text is returned as it is."""
    written = _ARGENTINE_DOLLAR.sub("US$", text.strip())
    if millions := _CHILEAN_MILLIONS.fullmatch(written):
        return f"$ {millions['number'].strip()} millones"
    if own == "CLP" and (thousands := _CHILEAN_THOUSANDS.fullmatch(written)):
        return f"$ {thousands['number'].strip()} mil"
    return written


def southern_cone_dollar(text: str) -> bool:
    """Whether ``text`` writes the US dollar as Uruguay and Argentina do ("U$S 25.000"): there dots
    group thousands and a comma comes before cents, so "U$S 25.000" is twenty-five thousand dollars
    (it was refused as two ways wherever the sheet or office was not Argentine or Chilean)."""
    return bool(_ARGENTINE_DOLLAR.search(text))


def in_chilean_thousands(text: str) -> bool:
    """Whether ``text`` is an amount in Chile's thousands of pesos ("M$ 250.000")."""
    return bool(_CHILEAN_THOUSANDS.fullmatch(text.strip()))


def in_unidades_de_fomento(text: str) -> bool:
    """Whether ``text`` is an amount in Chile's UF ("UF 12.500"), which is refused, not taken as pesos
    or dollars."""
    return bool(_UNIDAD_DE_FOMENTO.fullmatch(text.strip()))
