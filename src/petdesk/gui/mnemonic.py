"""Alt letters (mnemonics) of form labels: "&Phone" in English, "电话(&P)" in Chinese, the Qt convention
for a script without Latin letters. A label's text is also what a name or a message may reuse, which
must not show the marks."""

from __future__ import annotations

import re

from petdesk.gui.qt import QLabel, QWidget

#: "(&P)" after a Chinese label, or "&" before a letter; "&&" is a written ampersand.
_MARK = re.compile(r"\(&(\w)\)|&(&|(?=\w))")


def without_mnemonic(text: str) -> str:
    """``text`` as read: "电话(&P)" → "电话", "&Phone" → "Phone", "R&&D" → "R&D"."""
    return _MARK.sub(lambda m: "&" if m.group(2) == "&" else "", text).strip()


def mnemonic_letter(text: str) -> str:
    """The upper-case letter Alt reaches in ``text``, or "" for none."""
    match = re.search(r"&(?!&)(\w)", text.replace("&&", ""))
    return match.group(1).upper() if match else ""


#: Set on a field whose accessible name was taken from its label here (so a later call may renew it).
_FROM_LABEL = "petdesk_name_from_label"


def name_buddies(root: QWidget) -> None:
    """Name each field after its label without the Alt letter: Qt reads a buddy's label with only the
    "&" taken out, so a screen reader said "电话(P)". A name given by the code is kept; call again
    after a label's text changes."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or "(&" not in label.text():
            continue
        if buddy.accessibleName() and not buddy.property(_FROM_LABEL):
            continue
        buddy.setAccessibleName(without_mnemonic(label.text()))
        buddy.setProperty(_FROM_LABEL, True)
