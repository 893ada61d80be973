"""Countries whose people put the given name first, though their papers put the family name first.

Passports and registration lists of francophone Africa (and of France itself) write "DIOP Aminata",
"KONÉ Moussa": family name in capitals, then the given names. Read as written, the dossier and name
cards printed "Diop Aminata" where usage is "Aminata Diop" (field test 111). East Asian names ("WANG
Li") are family name first in usage too, so a country is needed to tell: the person's nationality,
else the country they work in, else their organisation's."""

from __future__ import annotations

from petdesk import hangul
from petdesk.services.matching import PINYIN_SYLLABLES, fold_latin

#: Given name first in usage (ISO 3166 codes): West and Central Africa (French-speaking first), the
#: rest of Africa but Madagascar (Malagasy names keep their own order), the Maghreb, and French-speaking
#: Europe and Haiti, whose lists write the family name first in capitals.
GIVEN_FIRST_COUNTRIES = frozenset(
    {
        # UEMOA and other francophone West Africa
        "SN", "CI", "ML", "BF", "NE", "GN", "TG", "BJ", "MR", "GW",
        # CEMAC and other francophone Central and East Africa
        "CM", "GA", "TD", "CF", "CG", "CD", "GQ", "BI", "RW", "DJ", "KM",
        # anglophone and lusophone Africa
        "GH", "NG", "SL", "LR", "GM", "CV", "KE", "TZ", "UG", "ET", "ZM", "ZW", "MW", "MZ", "AO",
        "BW", "NA", "LS", "SZ", "ZA", "SS", "SD", "ER", "SO", "ST", "SC", "MU",
        # the Maghreb
        "MA", "DZ", "TN", "LY", "EG",
        # French-speaking Europe and the Caribbean
        "FR", "BE", "CH", "LU", "MC", "HT",
    }
)  # fmt: skip


#: West Africa (ECOWAS and Mauritania), whose Fula, Wolof and Soninke family names include two-letter
#: ones that also spell a pinyin syllable: "BA Fatou" of Senegal is Fatou Ba, not a Chinese name.
WEST_AFRICA = frozenset(
    {"SN", "CI", "ML", "BF", "NE", "GN", "TG", "BJ", "MR", "GW", "GH", "NG", "SL", "LR", "GM", "CV"}
)
#: Two-letter West African family names that spell a pinyin syllable (Ba, Bâ, Ka): the ones
#: :func:`east_asian_spelling` would otherwise keep family first. "LI", "NG", "WU" are not here.
_WEST_AFRICAN_SHORT_FAMILY_NAMES = frozenset({"ba", "bâ", "ka"})


def given_first_in(country: str) -> bool:
    return country.upper() in GIVEN_FIRST_COUNTRIES


def east_asian_spelling(family: str, given: str) -> bool:
    """Whether every word of the name spells a Chinese syllable or a Korean name ("WANG Li", "KIM Min
    Jun"): such a name keeps its family-first order wherever the person works."""
    words = given.replace("-", " ").split()
    surname = fold_latin(family) in PINYIN_SYLLABLES or hangul.is_customary_surname(family)
    # pinyin only, of one or two syllables ("Li", "Xiaoming", "Min Jun"): romanised Korean syllables
    # are so many that "Aminata" spells some
    return surname and bool(words) and all(_one_or_two_syllables(fold_latin(w)) for w in words)


def west_african_short_family_name(family: str, country: str) -> bool:
    """Whether a two-letter family name is a West African one where the row's country is West African
    ("BA Fatou" of Senegal): given first there, though "ba" and "fa-tou" spell pinyin."""
    return country.upper() in WEST_AFRICA and family.casefold() in _WEST_AFRICAN_SHORT_FAMILY_NAMES


def _one_or_two_syllables(word: str) -> bool:
    return word in PINYIN_SYLLABLES or any(
        word[:i] in PINYIN_SYLLABLES and word[i:] in PINYIN_SYLLABLES for i in range(1, len(word))
    )


def deciding_country(nationality: str, work_country: str, organisation_country: str) -> str:
    """The country that decides the name's order: the nationality, else where the person works, else
    their organisation's country; "" when none is known."""
    return nationality or work_country or organisation_country
