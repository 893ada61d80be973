"""A readable summary of the characters no dossier font has, for the window: how many per script
and the first texts (the dialog named 3 of 93 problems in English, field test 51)."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence

from petdesk.dossier.fonts import GlyphWarning, readable
from petdesk.language import N_

#: How many texts the summary quotes; the rest are counted.
EXAMPLES = 3

#: Scripts by the first word of a character's Unicode name ("HANGUL SYLLABLE GIM").
_SCRIPTS = {
    "HANGUL": N_("Hangul (Korean)"),
    "HIRAGANA": N_("Japanese kana"),
    "KATAKANA": N_("Japanese kana"),
    "CJK": N_("Chinese characters"),
    "ARABIC": N_("Arabic"),
    "THAI": N_("Thai"),
    "DEVANAGARI": N_("Devanagari"),
    "HEBREW": N_("Hebrew"),
}


def script_of(char: str) -> str:
    """The English name of the script of ``char`` as the summary counts it (N_ marked)."""
    first = unicodedata.name(char, "").split(" ", 1)[0]
    return _SCRIPTS.get(first, N_("other characters"))


def summarise(found: Sequence[str], locale: str = "en") -> str:
    """Lines for the user from what :func:`fonts.collect_warnings` found: the count per script,
    then the first texts, then how many more."""
    from petdesk.i18n import format_integer, translator

    _ = translator(locale)
    warnings = [w for w in found if isinstance(w, GlyphWarning)]
    scripts = Counter(script_of(w.char) for w in warnings)
    counts = [
        _("{n} × {script}").format(n=format_integer(n, locale), script=_(script))
        for script, n in scripts.most_common()
    ]
    texts = list(dict.fromkeys(readable(w.text) for w in warnings))
    lines = [
        _("Some characters are in none of the fonts and print as [U+…] codes: {counts}.").format(
            counts=", ".join(counts)
        )
    ]
    lines += [f"• {text}" for text in texts[:EXAMPLES]]
    if len(texts) > EXAMPLES:
        lines.append(
            _.ngettext("… and {n} more text", "… and {n} more texts", len(texts) - EXAMPLES).format(
                n=format_integer(len(texts) - EXAMPLES, locale)
            )
        )
    return "\n".join(lines)
