"""Traditional and Simplified Chinese characters as one: the key search and duplicates compare by.

Partners in Taiwan, Hong Kong and Macau write 張偉 and 臺北市環境保護局; a Chinese input method types
张伟 and 台北市环境保护局. Search keys and name keys hold every Han character in its Simplified form
(:func:`simplified`), so either finds the other; the names themselves are stored and shown as entered.

Character by character, from OpenCC's tables (``opencc-python-reimplemented``, Apache-2.0): its
``TSCharacters`` (Traditional -> Simplified, the first choice where there are several: 乾 -> 干) after
``TWVariantsRev`` and ``HKVariantsRev`` (Taiwan's and Hong Kong's forms -> OpenCC's Traditional:
啟 -> 啓 -> 启). Phrases are not needed for names, and one ``str.translate`` keeps the index build fast.
The tables are read on first use, never on import (the command line's quick path, issue 18).

Seven characters are Traditional and also Simplified in their own right (OpenCC lists each among its
own targets: 乾 -> 干 乾, and 剋 夥 徵 於 薹 麽). Search keys still fold them: 乾燥 in a Taiwanese
technology sheet is 干燥, and a mainland reader must find it; the cost is that a name with 乾 or 於 (a
surname of its own, not 于) also matches 干 or 于 in search. Changing those keys needs every index and
catalogue key written again. A person's name is read by :func:`simplified_name`, which keeps them:
乾隆 is Qianlong, 王乾坤 Wang Qiankun (not "Gan"), and 乾明 is no duplicate of 干明.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from petdesk.package_data import PackageDataError

#: The converter's data files, inside its package ``opencc`` (the PyInstaller spec ships them).
DATA_PACKAGE = "opencc"
_TABLES = ("dictionary/TWVariantsRev.txt", "dictionary/HKVariantsRev.txt")
_CHARACTERS = "dictionary/TSCharacters.txt"


def _single_chars(name: str) -> dict[str, str]:
    """One table's entries of one character: character -> its first conversion."""
    try:
        text = resources.files(DATA_PACKAGE).joinpath(name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError) as exc:
        # a bundle or install without the tables: said as such, not as a missing folder on a USB
        # stick (faults' sentence for FileNotFoundError), which a field test got (field test 60)
        missing = f"{DATA_PACKAGE}/{name}"
        message = f"petdesk is installed without {missing}; reinstall it"
        raise PackageDataError(message, missing=missing) from exc
    table: dict[str, str] = {}
    for line in text.splitlines():
        source, _, targets = line.partition("\t")
        target = targets.split(" ")[0] if targets else ""
        if len(source) == 1 and len(target) == 1 and source != target:
            table.setdefault(source, target)
    return table


@lru_cache(maxsize=1)
def table() -> dict[int, str]:
    """Code point -> Simplified character, for ``str.translate``."""
    characters = _single_chars(_CHARACTERS)
    merged: dict[str, str] = {}
    for name in _TABLES:
        for variant, standard in _single_chars(name).items():
            merged.setdefault(variant, characters.get(standard, standard))
    merged.update(characters)  # a character of both kinds is converted as Traditional
    return {ord(k): v for k, v in merged.items() if k != v}


def simplified(text: str) -> str:
    """``text`` with its Traditional characters written Simplified (張偉 -> 张伟); the rest unchanged."""
    if text.isascii():
        return text
    return text.translate(table())


#: Characters Traditional and Simplified at once (see above): a name keeps them as written.
OWN_SIMPLIFIED = "乾剋夥徵於薹麽"


@lru_cache(maxsize=1)
def _name_table() -> dict[int, str]:
    return {code: simple for code, simple in table().items() if chr(code) not in OWN_SIMPLIFIED}


def simplified_name(text: str) -> str:
    """A personal name in Simplified characters (張乾 -> 张乾): as :func:`simplified`, but a character
    that is Simplified in its own right stays, since in a name it is not the 'dry' 乾 of 乾燥 (干燥)."""
    if text.isascii():
        return text
    return text.translate(_name_table())


@lru_cache(maxsize=1)
def _written_forms() -> dict[str, tuple[str, ...]]:
    """Simplified character -> itself and every character written for it (张 -> 张, 張)."""
    forms: dict[str, list[str]] = {}
    for code, simple in table().items():
        forms.setdefault(simple, [simple]).append(chr(code))
    return {k: tuple(v) for k, v in forms.items()}


def spellings(text: str, limit: int = 64) -> list[str] | None:
    """Every way of writing ``text`` that :func:`simplified` makes it, Traditional, Simplified or
    mixed (张伟 -> 张伟, 张偉, 張伟, 張偉), to compare names stored as entered in plain SQL; None
    when there are more than ``limit``."""
    simple = simplified(text)
    if simple.isascii():
        return [simple]
    forms = _written_forms()
    found = [""]
    for ch in simple:
        choices = forms.get(ch, (ch,))
        if len(found) * len(choices) > limit:
            return None
        found = [f + c for f in found for c in choices]
    return found


def written_forms(text: str, limit: int = 64) -> list[str]:
    """:func:`spellings` of ``text``, or when there are too many, ``text`` as given and Simplified."""
    found = spellings(text, limit)
    return found if found is not None else list(dict.fromkeys((text, simplified(text))))
