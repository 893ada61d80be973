"""Amounts of money typed as text (the command line), read one way everywhere.

People type money the way their country writes it: 1,234.56 in Britain and China, 1.234,56 in
Germany, 1 234,56 in France, 1'234.56 in Switzerland. Removing every comma read "1.234,56" as
1.23456 (field test 37, §1), so an amount is read only when its form says which mark is the
decimal one, and refused, never guessed, when it does not.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from petdesk.arabic_amounts import latin_digits
from petdesk.language import N_
from petdesk.peso_signs import (
    IN_UNIDADES_DE_FOMENTO,
    M_DOLLAR_ONLY_IN_CHILE,
    in_chilean_thousands,
    in_unidades_de_fomento,
    rewritten_peso_marks,
    southern_cone_dollar,
)
from petdesk.south_asian_amounts import RUPEE_OF_COUNTRY, latin_urdu_amount

#: Marks that separate groups of three digits (a no-break and a narrow no-break space too).
_GROUP_MARKS = " '\u00a0\u202f"
#: Digits in groups of three, the same mark between each group (captured as "g").
_GROUPED = r"\d{{1,3}}(?:(?P<g>[{marks}])\d{{3}})(?:(?P=g)\d{{3}})*"

#: The forms read, each with its decimal mark: plain 1234 / 1234.56, comma decimals 1234,56,
#: groups with a decimal point (1,234.56, 1 234.56, 1'234.56), groups with a decimal comma
#: (1.234,56, 1 234,56). A decimal comma has one or two digits after it, as money does.
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\d+(?:\.\d+)?"), "."),
    (re.compile(r"\d+,\d{1,2}|0,\d+"), ","),  # no group starts with 0: "0,125" is a fraction
    (re.compile(_GROUPED.format(marks="," + _GROUP_MARKS) + r"(?:\.\d+)?"), "."),
    (re.compile(_GROUPED.format(marks="." + _GROUP_MARKS) + r"(?:,\d{1,2})?"), ","),
    # India's lakh and crore grouping: three digits, then twos (45,00,000 and 1,23,45,678.50).
    (re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"), "."),
)
#: "1.234": one thousand two hundred and thirty-four in Germany, one point two three four elsewhere.
_DOT_OR_GROUP = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # 0.125 is a fraction
#: "1,250": one thousand two hundred and fifty in Britain, one point two five where the comma is the
#: decimal mark (a German reader's box, field test 74): refused as two ways there.
_COMMA_OR_GROUP = re.compile(r"[1-9]\d{0,2},\d{3}")

#: The largest amount stored, the same as the window's amount boxes allow.
MAX_AMOUNT = 1e13

ACCEPTED_FORMS = "1234.56, 1,234.56, 1234,56, 1.234,56, 1 234,56, 12,34,567.89, 1.2万 or 2.5 crore"

#: A currency named around a Chinese amount ("人民币50万元", "RMB 3亿"): read as the amount alone.
_CURRENCY_WORDS = re.compile(
    r"^(?:人民币|RMB|CNY)?\s*(?P<amount>.*?)\s*(?:元|人民币|RMB|CNY)?$", re.IGNORECASE
)
#: A currency sign or ISO code before or after the amount, as Excel and banks write money:
#: "1.250.000,50 €", "€ 1.250.000,50", "EUR 1.250.000,50", "$1,200", "CHF 1'234.50".
#: The rand's "R" ("R 1 234 567,89", "R2,5 million") and the CFA franc's "FCFA" or "F CFA" ("1 500 000
#: FCFA") as South Africa and francophone Africa write them (field test 111). The Philippine peso's
#: "₱" and, where the sign is not at hand, "P" ("P12.5M", field test 126).
_MARKED = re.compile(
    r"^(?:(?P<before>R\$|US\$|COL\$|[€£$¥₩₹₺₮₸₱]|Rs\.?(?=[\s\d])|[RP](?=\s*\d)|F\s?CFA(?=[\s\d])"
    r"|TL(?=[\s\d])|[A-Za-z]{3}(?=[\s\d.,'-]))\s*)?"
    # "12 lakh Rs." as "Rs. 12 lakh" (leftovers59)
    r"(?P<amount>.*?)(?:\s*(?P<after>[€£$¥₩₹₺₮₸₱]|(?<=[\s\d.])(?:F\s?CFA|TL|zł|Kč|тенге|Rs\.?|[A-Za-z]{3})))?$"
)
#: The currencies a sign may stand for ($ is the dollar of many countries, ¥ the yuan and the yen).
_SIGNS = {
    "€": ("EUR",),
    "£": ("GBP",),
    "₩": ("KRW",),
    "₹": ("INR",),
    "Rs": ("INR",),  # "Rs. 12 lakh": the rupee as Indian offices write it
    "Rs.": ("INR",),
    "R": ("ZAR",),
    "FCFA": ("XOF", "XAF"),  # the West and the Central African franc
    "¥": ("CNY", "JPY"),
    "$": ("USD", "AUD", "CAD", "HKD", "NZD", "SGD", "TWD", "MXN", "COP"),  # Colombia's peso sign is $
    "R$": ("BRL",),  # the real, as Brazil writes it: "R$ 1.234.567,89" (field test 110)
    "US$": ("USD",),
    "COL$": ("COP",),
    # The Turkish lira as Turkey writes it: "₺1.234.567,89", "1.250.000 TL" (field test 114)
    "₺": ("TRY",),
    "TL": ("TRY",),
    "₮": ("MNT",),  # the tögrög: "₮12,500,000" (field test 119)
    # the złoty and the koruna after the amount: "1 234 567,89 zł", "12 500 000 Kč" (field test 124)
    "zł": ("PLN",),
    "Kč": ("CZK",),
    "₸": ("KZT",),  # the tenge: "₸ 12 500 000", "3 млрд ₸" (field test 121)
    "тенге": ("KZT",),
    # the Philippine peso: "₱12,500,000.00", and "P12.5M" as Manila types it without the sign; a "P"
    # is also Botswana's pula, so it names no currency alone (field test 126)
    "₱": ("PHP",),
    "P": ("PHP", "BWP"),
}
#: Currencies whose countries write a dot between groups of three and a comma before cents, and
#: that have no amounts with three decimals: "R$ 500.000" and "COP 45.000" can only be thousands.
#: Argentina's and Chile's pesos too: "$ 250.000" was refused, and "1,500" read as 1500 (field 123).
DOT_GROUP_CURRENCIES = frozenset({"IDR", "BRL", "COP", "TRY", "ARS", "CLP"})
#: A currency said in words after the amount: "45 millones de pesos", "2,5 milhões de reais".
_CURRENCY_AFTER = re.compile(
    r"(?P<amount>.*?\d.*?)\s+(?:de\s+)?(?P<word>pesos|reais|real|d[óo]lares)", re.IGNORECASE
)
_CURRENCY_AFTER_CODES = {
    "pesos": ("COP", "MXN", "ARS", "CLP", "UYU"),
    "reais": ("BRL",),
    "real": ("BRL",),
    "dólares": ("USD",),
    "dolares": ("USD",),
}
#: Currencies a box offers (any other ISO code may be typed): those petdesk reads by sign or word
#: beside an amount (€, ₹, Rs., Rp, 美元 …) and those of the offices' own countries; INR and IDR could
#: only be typed (field tests 107, 108).
READ_CURRENCIES = frozenset(
    {code for codes in _SIGNS.values() for code in codes}
    | {"IDR", "CNY", "HKD", "CHF", "SEK", "BRL", "COP", "THB", "VND", "MYR", "PHP", "ZAR", "KZT", "TRY"}
)
#: After the office's own: the yuan (the network's offices were in China first), the euro, the dollar.
_FIRST_CURRENCIES = ("CNY", "EUR", "USD")


def offered_currencies(own: str) -> list[str]:
    """The currencies a box offers, in order: ``own`` (the office country's currency, first), CNY, EUR,
    USD, then the rest alphabetically."""
    first = list(dict.fromkeys(c for c in (own.strip().upper(), *_FIRST_CURRENCIES) if c))
    return first + sorted(READ_CURRENCIES - set(first))


#: 万 is ten thousand and 亿 a hundred million: "1.2万" is 12,000, "3亿" 300,000,000.
_DECIMAL = re.compile(r"[-−]?\d+(?:\.\d+)?")
_CHINESE_UNITS = {"万": Decimal(10**4), "亿": Decimal(10**8)}
#: Millions and thousand millions in words, as German and English write budgets: "1,5 Mio. €",
#: "1,5 Mrd. €", "1.5 million", "1.5m", "2 bn" (field test 74 after "1.250.000,50 €").
_SCALE_WORDS = re.compile(
    r"(?P<number>.*?)\s*(?P<word>mln\.?|mld\.?|tys\.?|mio\.?|millionen|millions?|mn|m|mrd\.?|milliarden?|bn|billions?|billionen"
    r"|ribu|rb\.?|juta|jt\.?|miliar|milyar|triliun|milyon|bin|lakhs?|lacs?|crores?|cr\.?|arabs?|अरब"
    r"|mil millones|mil|mi|milh[õo]es|milh[ãa]o|millones|mill[óo]n|bi|bilh[õo]es|bilh[ãa]o"
    r"|trilh[õo]es|trilh[ãa]o"
    r"|bill[óo]n|billones|bili[ãa]o|bili[õo]es|мянган|мянга|сая|тэрбум|thousand"
    r"|тыс\.?|тысяч[аи]?|млн\.?|миллион(?:а|ов)?|млрд\.?|миллиард(?:а|ов)?|мың|мыңы)",
    re.IGNORECASE,
)
_SCALES = {"mio": 10**6, "million": 10**6, "millionen": 10**6, "millions": 10**6, "mn": 10**6, "m": 10**6}
_SCALES |= {"mrd": 10**9, "milliarde": 10**9, "milliarden": 10**9, "bn": 10**9}
#: Indonesian budgets: "750 juta", "Rp1,5 miliar", "Rp 2 triliun", "500 rb" (field test 108).
_SCALES |= {"ribu": 10**3, "rb": 10**3, "juta": 10**6, "jt": 10**6, "miliar": 10**9, "milyar": 10**9}
_SCALES |= {"triliun": 10**12}
#: Turkish: "2,5 milyon TL", "12 milyar TL", "USD 300 bin" (field test 114; "milyar" as above).
_SCALES |= {"bin": 10**3, "milyon": 10**6}
#: Arabic ألف as arabic_amounts writes it: "٢٠٠ ألف دولار" is "200 thousand USD" (field test 118)
_SCALES |= {"thousand": 10**3}
#: Polish and Czech: "2,5 mln zł", "PLN 3 mld", "CZK 3 mld.", "500 tys. zł" (field test 124). Czech
#: "2,5 mil. Kč" (a million) is not here: "mil" is a thousand beside R$ and US$, so it is read as a
#: million only in koruna (_CZECH_MIL).
_SCALES |= {"mln": 10**6, "mld": 10**9, "tys": 10**3}
#: Mongolian: "12.5 сая төгрөг", "MNT 3 тэрбум" (сая a million, тэрбум a thousand million; field test 119).
_SCALES |= {"мянга": 10**3, "мянган": 10**3, "сая": 10**6, "тэрбум": 10**9}  # мянган: "500 мянган төг."
#: Russian and Kazakh: "12,5 млн тенге", "3 млрд ₸", "KZT 250 тыс." (field test 121: refused).
_SCALES |= dict.fromkeys(("тыс", "тысяча", "тысячи", "тысяч", "мың", "мыңы"), 10**3)
_SCALES |= dict.fromkeys(("млн", "миллион", "миллиона", "миллионов"), 10**6)
_SCALES |= dict.fromkeys(("млрд", "миллиард", "миллиарда", "миллиардов"), 10**9)
#: Portuguese and Spanish: "US$ 250 mil", "R$ 2,5 milhões" ("2,5 mi"), "1,2 bilhão" (Brazil: a thousand
#: million, "bi"), "45 millones", "2 mil millones" (field test 110).
_SCALES |= {"mil": 10**3, "mi": 10**6, "mil millones": 10**9, "bi": 10**9}
#: Czech "mil." (milion): "5 mil. Kč", "2,5 mil Kč" are millions of koruna; in no other currency.
_CZECH_MIL = re.compile(r"(?P<number>.*\d)\s*mil\.?", re.IGNORECASE)
#: "2 mil.", "EUR 2,5 mil.", "2 mil. €": a number, "mil." and at most a code or sign, outside koruna.
_MIL_DOT = re.compile(
    r"(?:[A-Z]{3}|[€$£])?\s*[-−+]?\d[\d.,' ]*\s*mil\.(?:\s*(?:[A-Z]{3}|[€$£]))?", re.IGNORECASE
)
#: The dollar signs Brazil and Spanish-speaking America write ("US$ 250 mil"), beside which "mil" is a
#: thousand (an American's "$3 mil" is three million).
_LATIN_AMERICAN_SIGN = re.compile(r"R\$|US\$|COL\$")
_SCALES |= dict.fromkeys(("milhões", "milhoes", "milhão", "milhao", "millones", "millón", "millon"), 10**6)
_SCALES |= dict.fromkeys(("bilhões", "bilhoes", "bilhão", "bilhao"), 10**9)
_SCALES |= dict.fromkeys(("trilhões", "trilhoes", "trilhão", "trilhao"), 10**12)
#: Rupiah: "Rp 1.500.000.000", "Rp1,5 miliar", "IDR 750 juta", "1.500.000 rupiah". A dot there is
#: always between groups of three (rupiah have no cents in use), so "Rp 500.000" is 500,000 and
#: "Rp 1.500 juta" 1,500 million; a comma is the decimal mark. Read as IDR (field test 108).
_RUPIAH = re.compile(r"(?:Rp\.?|IDR)\s*(?P<a>[^A-Za-z\s].*?)|(?P<b>\d.*?)\s*(?:IDR|rupiah)", re.IGNORECASE)
#: Dots between groups of three, nothing else: "500.000", "1.500.000.000".
_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")
#: India's lakh (a hundred thousand) and crore (ten million): "Rs. 12 lakh", "INR 2.5 crore" (field 107).
_SCALES |= dict.fromkeys(("lakh", "lakhs", "lac", "lacs"), 10**5)
_SCALES |= dict.fromkeys(("crore", "crores", "cr"), 10**7)
#: And the arab, a hundred crore (a thousand million), as Urdu (ارب, written "arab" by
#: south_asian_amounts) and Hindi (अरब) write it: "۵ ارب روپے", "₹ 2 अरब" (money64: refused).
_SCALES |= dict.fromkeys(("arab", "arabs", "अरब"), 10**9)
#: "Billion" is a thousand million in English and a million million in German: refused, not guessed.
#: So is Spanish "billón" (a million million, but "billion" to anyone translating from English) and
#: Portugal's "bilião" (a million million, one letter from Brazil's "bilhão", a thousand million).
_TWO_BILLIONS: tuple[str, ...] = ("billion", "billions", "billionen", "billón", "billon", "billones")
_TWO_BILLIONS += ("bilião", "biliao", "biliões", "bilioes")
#: One mark and three digits before a word: "1.500 Mio." is 1500 Mio. in Germany, 1.5 elsewhere.
_MARK_OR_GROUP = re.compile(r"[1-9]\d{0,2}[.,]\d{3}")


#: Said of an amount in another currency than the one its amounts are kept in.
OTHER_CURRENCY = N_(
    "{text} is not in {currency}: change the currency first, or type the amount in {currency}"
)
#: Said of text that is not an amount, and of text that could be read two ways.
NOT_AN_AMOUNT = N_("{text} is not an amount: write it like {forms}")
TWO_WAYS = N_("{text} could be read two ways: write 1234 or 1.234,00 for a thousand and more")
#: Said of a number before a word for millions that reads two ways, and of "billion".
SCALED_TWO_WAYS = N_("{text} could be read two ways: write it like 1,5 Mio., 1.5 million or 1,5 Mrd.")


class AmountError(ValueError):
    """Text that is not an amount: ``template`` (marked for translation) with ``values`` filled in."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.template, self.values = template, values

    def text(self, locale: str) -> str:
        """The refusal in ``locale``'s language (the window's amount boxes show it)."""
        from petdesk.i18n import translator

        return translator(locale)(self.template).format(**self.values)

    def as_typed(self, typed: str) -> AmountError:
        """The same refusal naming the amount as the user typed it: "U$S abc", not the "US$ abc"
        it was read as (field test 123: the command line told Buenos Aires "US$")."""
        named: dict[str, str] = {k: typed.strip() for k in ("text", "amount") if k in self.values}
        return AmountError(self.template, **(self.values | named)) if named else self


def parse_amount(
    text: str,
    currency: str | None = None,
    *,
    decimal_comma: bool = False,
    rupiah: bool = False,
    dot_groups: bool = False,
    mil_thousand: bool = False,
) -> float | None:
    """The amount ``text`` writes; None for "", "none" or "-" (not known). A leading minus is kept
    so that the caller can say that an amount cannot be negative. Raises :class:`AmountError`
    for text that is not an amount, or that could be read two ways ("1.234").

    Given ``currency`` (the one the amount is kept in), a sign or code of it beside the amount
    ("1.250.000,50 €", as German Excel copies a cell) is read, and another currency's refused
    rather than taken as an amount of ``currency`` (field test 74); without, only the amount.
    ``decimal_comma``: the reader writes a comma for the decimal mark, so "1,250" reads two ways.
    ``rupiah``: the amount is in rupiah (so is one kept in IDR, or marked Rp or IDR), whose dots
    are always between groups of three: "Rp 1.500.000.000" is 1,500,000,000 (field test 108).
    ``dot_groups``: so are they in the amount's currency (``DOT_GROUP_CURRENCIES``, as an amount kept
    in BRL or COP is): "R$ 500.000" is 500,000, and "1,500" reads two ways (field test 110).
    ``mil_thousand``: the amount came with R$, US$ or COL$ (taken off by the caller), beside which "mil"
    is a thousand; without such a sign, and not in reais or pesos, "3 mil" is refused."""
    typed = text.strip()
    if typed.lower() in ("", "none", "-"):
        return None
    # An input method in full-width mode gives "１，２３４．５６" (field test 54, defect 2).
    folded = without_paise_mark(unicodedata.normalize("NFKC", typed))
    # "١٢٬٥٠٠٫٧٥" (Arabic-Indic digits, Arabic separators) and "۱۲٬۵۰۰" (Persian, Urdu): money64. Their
    # ٫ is a decimal mark wherever it is written: "١٫٢٥٠" is one and a quarter in rupiah too
    arabic_point = "٫" in folded
    folded = latin_digits(folded)
    kept_in = None if currency is None else currency.strip().upper()
    # "۲۵ لاکھ روپے" (Urdu): Pakistan's rupees, or the rupee the amount is kept in
    folded = latin_urdu_amount(folded, kept_in if kept_in and kept_in in RUPEE_OF_COUNTRY.values() else "PKR")
    if in_unidades_de_fomento(folded):  # Chile's UF: no money to keep as pesos or dollars
        raise AmountError(IN_UNIDADES_DE_FOMENTO, amount=typed)
    if in_chilean_thousands(folded):  # not rewritten by a caller that knows the office is in Chile
        raise AmountError(M_DOLLAR_ONLY_IN_CHILE, amount=typed)
    # "U$S 25.000": Uruguay's and Argentina's dollar, written with their dots between thousands
    dot_groups = dot_groups or southern_cone_dollar(folded)
    folded = rewritten_peso_marks(folded)  # "U$S 250.000", "MM$ 250" (field test 123)
    rupiah = rupiah or kept_in == "IDR"
    if marked_rupiah := _RUPIAH.fullmatch(folded):
        if kept_in not in (None, "", "IDR"):
            raise AmountError(OTHER_CURRENCY, text=typed, currency=kept_in)
        folded, rupiah = marked_rupiah.group("a") or marked_rupiah.group("b"), True
    elif kept_in is not None:
        # a sign after the number is continental Europe's way, whose dot groups: "12.500 €" (leftovers 58)
        marked = _MARKED.fullmatch(folded)
        sign_after = bool(marked and marked.group("after") in _SIGNS and not marked.group("before"))
        folded = _without_currency(folded, typed, kept_in)
        dot_groups = dot_groups or (sign_after and bool(_DOT_GROUPS.fullmatch(folded.strip())))
    if said := _CURRENCY_AFTER.fullmatch(folded):
        codes = _CURRENCY_AFTER_CODES[said.group("word").casefold()]
        if kept_in and kept_in not in codes:
            raise AmountError(OTHER_CURRENCY, text=typed, currency=kept_in)
        folded = said.group("amount")
    dot_groups = (dot_groups or rupiah or kept_in in DOT_GROUP_CURRENCIES) and not arabic_point
    rupiah = rupiah and not arabic_point
    named = _CURRENCY_WORDS.fullmatch(folded)
    amount = named.group("amount") if named else folded
    if kept_in == "CZK" and (czech := _CZECH_MIL.fullmatch(amount)):
        amount = f"{czech['number']} mln"  # "5 mil. Kč": a Czech million (money63: refused before)
    elif _MIL_DOT.fullmatch(amount):
        # "2 mil." outside koruna: a Czech million, a Spanish thousand or an English million, said so
        # (money64: it was refused as no amount at all, while "2 mil" was said to read two ways)
        raise AmountError(SCALED_TWO_WAYS, text=typed)
    if arabic_point and (point := re.fullmatch(r"([-−+]?)(\d+\.\d+)", amount.strip())):
        return (-1 if point[1] in ("-", "−") else 1) * float(point[2])  # "١٫٢٥٠": 1.25
    if unit := _CHINESE_UNITS.get(amount[-1:]):
        return _in_units(amount[:-1].rstrip(), unit, typed)
    if scaled := _SCALE_WORDS.fullmatch(amount):
        word = scaled.group("word")
        latin_american = dot_groups or mil_thousand or bool(_LATIN_AMERICAN_SIGN.search(typed))
        if word.casefold() == "mil" and not latin_american:
            # "mil" is a thousand in Portuguese and Spanish ("US$ 250 mil") but a million in English
            # shorthand ("$3 mil"): read only beside R$, US$ or COL$ or in reais or pesos, else refused
            raise AmountError(SCALED_TWO_WAYS, text=typed)
        return _in_words(scaled.group("number"), word, typed, rupiah=rupiah, dot_groups=dot_groups)
    if dot_groups and not rupiah and _COMMA_OR_GROUP.fullmatch(amount.lstrip("-−+")):
        raise AmountError(TWO_WAYS, text=typed)  # "R$ 1,500": one and a half in Brazil
    if dot_groups:
        return _rupiah_amount(amount, typed)
    if decimal_comma and _COMMA_OR_GROUP.fullmatch(amount.lstrip("-−+")):
        raise AmountError(TWO_WAYS, text=typed)
    return _plain_amount(amount, typed)


#: "/-" after a rupee amount, as India and Pakistan write a whole sum: "Rs. 1,00,00,000/-" (no paise).
_NO_PAISE = re.compile(r"(?<=\d)\s*/-\s*$")


def without_paise_mark(text: str) -> str:
    """``text`` without the "/-" that ends a whole rupee amount ("Rs. 12,00,000/-"); other text as it is."""
    return _NO_PAISE.sub("", text)


def currencies_said(text: str) -> tuple[str, ...]:
    """The currencies a word after the amount may mean: ("BRL",) for "2,5 milhões de reais", the
    pesos of several countries for "45 millones de pesos"; () when no such word ends ``text``."""
    said = _CURRENCY_AFTER.fullmatch(text.strip())
    return _CURRENCY_AFTER_CODES[said.group("word").casefold()] if said else ()


def _rupiah_amount(amount: str, typed: str) -> float:
    """A rupiah amount without a word: dots between groups ("1.500.000"), a comma before cents
    ("250.000.000,00"); "1,500,000" as English writes it is read too (three digits after each comma)."""
    sign, digits = ("-", amount[1:].lstrip()) if amount[:1] in "-−" else ("", amount.lstrip("+"))
    whole, comma, cents = digits.partition(",")
    if _DOT_GROUPS.fullmatch(whole) and (not comma or re.fullmatch(r"\d{1,2}", cents)):
        return float(f"{sign}{whole.replace('.', '')}.{cents or 0}")
    return _plain_amount(amount, typed)


def currency_marked(text: str) -> str:
    """The one currency a sign or ISO code beside an amount names: "INR" for "Rs. 12 lakh" or
    "₹ 45,00,000", "EUR" for "1.250.000,50 €", "IDR" for "Rp 1,5 miliar"; "" when it names none, or
    several ("$", "¥"). The command line takes it as the amount's currency when none was chosen
    ("Rs. 12 lakh" was refused there while "12 lakh" was read, field test 107)."""
    folded = unicodedata.normalize("NFKC", without_paise_mark((text or "").strip()))
    folded = rewritten_peso_marks(latin_urdu_amount(folded))
    if _RUPIAH.fullmatch(folded):
        return "IDR"
    marked = _MARKED.fullmatch(folded)
    before, after = (marked.group("before"), marked.group("after")) if marked else ("", "")
    if before and after and after.casefold() in _SCALES:
        after = ""  # "PLN 3 mld": the word after is the amount's thousand millions, no second code
    mark = before or after
    if not mark or (before and after):
        return ""
    if mark in _SIGNS:
        codes = _SIGNS[mark]
        return codes[0] if len(codes) == 1 else ""
    return mark.upper() if currency_problem(mark.upper()) is None else ""


#: Said of amounts of one command in two currencies ("--amount '€ 5' --approved 'Rs. 4 lakh'").
TWO_CURRENCIES = N_("{text} is not in {currency} as the other amounts are: type them in one currency")


def _without_currency(text: str, typed: str, currency: str) -> str:
    """``text`` without a currency sign or ISO code before or after it; raises :class:`AmountError`
    when it names another currency than ``currency`` (an ISO code, or "" when not chosen yet)."""
    marked = _MARKED.fullmatch(text)
    after = marked.group("after") if marked else None
    if marked and marked.group("before") and after and after.casefold() in _SCALES:
        # "US$ 250 mil": the word after is the amount's thousands, not a second currency code
        return f"{_without_currency(text[: marked.start('after')].rstrip(), typed, currency)} {after}"
    mark = marked and (marked.group("before") or after)
    if not currency or not marked or not mark or (marked.group("before") and after):
        return text
    if mark in ("Rs", "Rs."):
        # "Rs" is Pakistan's (Sri Lanka's, Nepal's ...) rupee as much as India's: a Karachi office's
        # "Rs. 12 lakh" in a PKR project is read, as the projects import reads it (field test 122)
        codes = tuple(RUPEE_OF_COUNTRY.values())
    elif mark.replace(" ", "") in _SIGNS:
        codes = _SIGNS[mark.replace(" ", "")]
    elif mark.upper() in ("RMB", "CNY"):
        return text  # read with 元 and 人民币 below, as before: "50万元" is also said of other money
    elif currency_problem(mark.upper()) is None:
        codes = (mark.upper(),)
    else:
        return text  # not a currency: refused as not an amount
    if currency not in codes:
        raise AmountError(OTHER_CURRENCY, text=typed, currency=currency)
    return marked.group("amount")


def _in_units(amount: str, unit: Decimal, typed: str) -> float:
    """``amount`` 万 or 亿, multiplied in decimal so that 1.2万 is 12000, not 12000.000000000002.
    Before 万 a point is always the decimal one: 1.234万 is 12,340."""
    if _DECIMAL.fullmatch(amount):
        return float(Decimal(amount.replace("−", "-")) * unit)
    return float(Decimal(repr(_plain_amount(amount, typed))) * unit)


def _in_words(number: str, word: str, typed: str, *, rupiah: bool = False, dot_groups: bool = False) -> float:
    """``number`` millions or thousand millions ("1,5" "Mio."): the one mark before such a word is
    the decimal one, whichever it is, unless three digits follow it (then it reads two ways). In
    rupiah a dot is between groups ("1.500 juta") and "M" is a thousand million in Indonesia
    ("Rp 1,5 M") but a million in English, so it is refused."""
    word = word.rstrip(".").casefold()
    digits = number.lstrip("-−+")
    if (rupiah or dot_groups) and _DOT_GROUPS.fullmatch(digits):
        number = number.replace(".", "")
    elif word in _TWO_BILLIONS or _MARK_OR_GROUP.fullmatch(digits) or (rupiah and word == "m"):
        raise AmountError(SCALED_TWO_WAYS, text=typed)
    if re.fullmatch(r"[-−+]?\d+,\d+", number):
        number = number.replace(",", ".")
    if not number:
        raise AmountError(NOT_AN_AMOUNT, text=typed, forms=ACCEPTED_FORMS)
    return _in_units(number.lstrip("+"), Decimal(_SCALES[word]), typed)


def _plain_amount(amount: str, typed: str) -> float:
    """The number ``amount`` writes (no unit, no currency); ``typed`` is named if it is refused."""
    sign, digits = ("-", amount[1:].lstrip()) if amount[:1] in "-−" else ("", amount.lstrip("+"))
    if _DOT_OR_GROUP.fullmatch(digits):
        raise AmountError(TWO_WAYS, text=typed)
    for form, decimal_mark in _FORMS:
        if form.fullmatch(digits):
            whole, _, cents = digits.rpartition(decimal_mark) if decimal_mark in digits else (digits, "", "")
            whole = re.sub(r"\D", "", whole)
            return float(f"{sign}{whole}.{cents or 0}")
    raise AmountError(NOT_AN_AMOUNT, text=typed, forms=ACCEPTED_FORMS)


#: Said of an amount the database or the window cannot hold as it is.
TOO_MANY_DIGITS = N_("{currency} amounts have at most {digits} digits after the point, not {value}")
TOO_LARGE = N_("an amount cannot be more than {most}, not {value}")
#: Said of a currency code that is not one of ISO 4217's.
NOT_A_CURRENCY = N_("{code} is not an ISO 4217 currency code like USD, EUR or CNY")
NOT_A_CURRENCY_CLOSE = N_("{code} is not an ISO 4217 currency code; did you mean {codes}?")


def currency_problem(code: str) -> str | None:
    """Why ``code`` is not a currency (an English sentence), or None for an ISO 4217 code babel
    knows. "XYZ" got a totals line of its own (field test 37, §2)."""
    from difflib import get_close_matches

    from babel.numbers import list_currencies

    known = list_currencies()
    if code in known:
        return None
    close = get_close_matches(code, sorted(known), n=4, cutoff=0.6)
    if close:
        return NOT_A_CURRENCY_CLOSE.format(code=code, codes=", ".join(close))
    return NOT_A_CURRENCY.format(code=code)


def money_problem(value: float, currency: str) -> str | None:
    """Why ``value`` cannot be stored as an amount of ``currency`` (an English sentence), or None.
    More digits than the currency has (2500000.005 CNY, 0.125 USD) would be shown rounded but added
    up as typed; more than the window's boxes hold (1e20) could not be shown or edited there."""
    from petdesk.i18n import currency_digits

    if value > MAX_AMOUNT:
        return TOO_LARGE.format(most=f"{MAX_AMOUNT:,.0f}", value=f"{value:,.2f}")
    digits = currency_digits(currency)
    if abs(value - round(value, digits)) > 10 ** -(digits + 3) + abs(value) * 1e-15:  # not float noise
        return TOO_MANY_DIGITS.format(currency=currency, digits=digits, value=repr(value))
    return None


def stored_money(value: float, currency: str) -> float:
    """``value`` rounded to ``currency``'s digits, so that float noise (0.30000000000000004) is not
    stored; call :func:`money_problem` first."""
    from petdesk.i18n import currency_digits

    return round(value, currency_digits(currency))
