"""Alt letters (mnemonics) of form labels: "&Phone" in English, "电话(&P)" in Chinese, the Qt convention
for a script without Latin letters. A label's text is also what a name or a message may reuse, which
must not show the marks."""

from __future__ import annotations

import re

#: "(&P)" after a Chinese label, or "&" before a letter; "&&" is a written ampersand.
_MARK = re.compile(r"\(&(\w)\)|&(&|(?=\w))")


def without_mnemonic(text: str) -> str:
    """``text`` as read: "电话(&P)" → "电话", "&Phone" → "Phone", "R&&D" → "R&D"."""
    return _MARK.sub(lambda m: "&" if m.group(2) == "&" else "", text).strip()


def mnemonic_letter(text: str) -> str:
    """The upper-case letter Alt reaches in ``text``, or "" for none."""
    match = re.search(r"&(?!&)(\w)", text.replace("&&", ""))
    return match.group(1).upper() if match else ""
