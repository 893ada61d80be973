"""Text table cells for a terminal, where a Chinese character takes two columns."""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    """Terminal columns: Chinese characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def cell(text: str, columns: int) -> str:
    """``text`` in exactly ``columns`` terminal columns: padded, or cut with "…"."""
    out, used = "", 0
    for ch in text:
        w = width(ch)
        if used + w > columns:
            out = out[:-1] + "…" if out else ""
            used = width(out)
            break
        out += ch
        used += w
    return out + " " * (columns - used)


def pad(text: str, columns: int, align: str = "<") -> str:
    """``text`` padded to ``columns`` terminal columns (``"<"`` left, ``">"`` right), never cut: the
    f-string ``{text:<14}`` counts a Chinese character as one column and the next column slips."""
    space = " " * max(0, columns - width(text))
    return space + text if align == ">" else text + space


def bracketed(text: str) -> str:
    """``[text]`` after a list line's title, or ``【text】`` around Chinese text, which takes full-width
    brackets as the window's does (field test 92: "[成都]", "[镇江东星节能技术有限公司]")."""
    if any("\u3400" <= ch <= "\u9fff" for ch in text):
        return f"【{text}】"
    return f"[{text}]"
