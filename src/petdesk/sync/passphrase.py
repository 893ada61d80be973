"""How strong a shared passphrase is, and the minimum a new one must meet.

A rough estimate in the spirit of zxcvbn, without its word lists: the character pool times the
length, less for repeated and sequential characters, and nothing for a passphrase that is one of
the passwords people pick first. The passphrase protects packages carried on USB sticks and sent by
e-mail, where an attacker can try guesses offline, so the minimum is a long one."""

from __future__ import annotations

import itertools
import math
import string

#: Fewest characters a new passphrase may have.
MIN_LENGTH = 12
#: Least estimated strength, in bits, a new passphrase must reach.
MIN_BITS = 50

#: Passwords and words people choose first (lower case, without spaces and digits at the end).
_COMMON = {
    "password", "passphrase", "passwort", "motdepasse", "qwerty", "qwertyuiop", "azerty", "letmein",
    "welcome", "admin", "administrator", "iloveyou", "monkey", "dragon", "sunshine", "princess",
    "football", "baseball", "master", "shadow", "trustno", "secret", "changeme", "petdesk", "office",
    "beijing", "china", "zhongguo", "woaini", "abcdef", "abcdefgh", "abcdefghijkl", "asdfgh",
    "asdfghjkl", "zxcvbn", "zxcvbnm", "qazwsx", "1qaz2wsx", "aaaaaa",
}  # fmt: skip


def estimate_bits(passphrase: str) -> float:
    """Estimated guessing strength in bits (0 for a common password)."""
    core = passphrase.lower().replace(" ", "").rstrip(string.digits + string.punctuation)
    if not passphrase or core in _COMMON or not core:
        return 0.0
    unit = _repeated_unit(core)
    if unit != core:
        # "passwordpassword" is "password" twice: guessed as quickly as the word, plus its count.
        return estimate_bits(unit) + math.log2(len(core) // len(unit))
    pool = 0
    if any(c in string.ascii_lowercase for c in passphrase):
        pool += 26
    if any(c in string.ascii_uppercase for c in passphrase):
        pool += 26
    if any(c in string.digits for c in passphrase):
        pool += 10
    if any(c in string.punctuation or c == " " for c in passphrase):
        pool += 33
    if any(ord(c) > 127 for c in passphrase):
        pool += 100
    # Characters that repeat or continue a sequence ("aaaa", "1234", "abcd") add little.
    effective = 1.0
    for before, char in itertools.pairwise(passphrase):
        step = ord(char) - ord(before)
        effective += 0.25 if step in (-1, 0, 1) else 1.0
    return effective * math.log2(max(pool, 2))


def _repeated_unit(text: str) -> str:
    """The shortest piece ``text`` is made of, repeated at least twice; else ``text`` itself."""
    for size in range(1, len(text) // 2 + 1):
        if len(text) % size == 0 and text[:size] * (len(text) // size) == text:
            return text[:size]
    return text


def problem(passphrase: str, *, locale: str = "en") -> str | None:
    """Why ``passphrase`` is too weak for a new package, in ``locale``'s language, or None when it
    is strong enough. The one rule: the window checks with it before exporting too."""
    from petdesk.i18n import translator

    _ = translator(locale)
    if len(passphrase) < MIN_LENGTH:
        return _("the passphrase must have at least {count} characters (a few words work well)").format(
            count=MIN_LENGTH
        )
    if estimate_bits(passphrase) < MIN_BITS:
        return _("the passphrase is too easy to guess: use a few unrelated words or mix in other characters")
    return None


def label(passphrase: str) -> str:
    """ "weak", "fair" or "strong", for showing next to the passphrase field."""
    bits = estimate_bits(passphrase)
    if problem(passphrase) is not None:
        return "weak"
    return "strong" if bits >= 80 else "fair"
