"""Postal codes of an organisation's address (0071_organisation_postal_code), without Qt.

Chinese post reads the postcode first on the envelope, German post before the town: a label needs
it as a field of its own, not buried in the address text. Two things live here: what a postcode of
a country looks like (to refuse "20003" for Shanghai in plain words), and finding a postcode in
address text written before the field existed, only where the text says so beyond doubt.
"""

from __future__ import annotations

import re
import sqlite3

from petdesk.i18n import N_
from petdesk.services.matching import half_width_latin

#: Countries whose postcodes are a fixed number of digits, with that number; others are left free.
DIGITS = {"CN": 6, "DE": 5}
MAX_LENGTH = 20
_TEMP = "temp.petdesk_postcode_moves"

#: "（邮编：200030）" or "邮编 200030" at the end of a Chinese address.
_CN_LABELLED_END = re.compile(r"[\s,，;；、]*[（(]?\s*(?:邮编|邮政编码)\s*[：:]?\s*(\d{6})\s*[）)]?[\s。.]*$")
#: "邮编：200030 上海市…" at the start.
_CN_LABELLED_START = re.compile(r"^\s*[（(]?\s*(?:邮编|邮政编码)\s*[：:]?\s*(\d{6})\s*[）)]?[\s,，;；、]*")
#: "200030 上海市…" or "200030, Shanghai …": six digits then a space or a comma, nothing attached.
_CN_BARE_START = re.compile(r"^\s*(\d{6})(?:\s+|\s*[,，;；、]\s*)(?=\S)")
#: A German town line: "53113 Bonn" (a "D-" in front is an old form post no longer wants).
_DE_TOWN = re.compile(r"^(?:D\s*-\s*)?(\d{5})\s+(\D.*)$")
_FIVE_DIGITS = re.compile(r"(?<!\d)\d{5}(?!\d)")
_GERMANY = frozenset({"germany", "deutschland", "德国", "de"})


def tidy(code: str | None) -> str | None:
    """The stored form: full-width digits made ASCII, spaces trimmed, a German "D-" dropped;
    None for nothing."""
    text = half_width_latin(code or "").strip()
    if re.fullmatch(r"D\s*-\s*\d{5}", text):
        text = re.sub(r"^D\s*-\s*", "", text)
    return text or None


def problem(code: str | None, country: str) -> str | None:
    """Why ``code`` cannot be a postcode of ``country`` (a sentence to translate), or None."""
    text = tidy(code)
    if text is None:
        return None
    if len(text) > MAX_LENGTH:
        return N_("A postal code has at most {limit} characters.")
    digits = DIGITS.get((country or "").strip().upper())
    if digits and not re.fullmatch(rf"\d{{{digits}}}", text):
        return (
            N_("A postal code in China has 6 digits (e.g. 200030).")
            if digits == 6
            else N_("A postal code in Germany has 5 digits (e.g. 53113).")
        )
    return None


def _chinese(text: str) -> tuple[str, str] | None:
    found = [
        (match.group(1), text[: match.start()] + text[match.end() :])
        for pattern in (_CN_LABELLED_END, _CN_LABELLED_START, _CN_BARE_START)
        if (match := pattern.search(text))
    ]
    if len(found) != 1:  # none, or a postcode at both ends: not for a program to choose
        return None
    code, rest = found[0]
    rest = rest.strip().strip(",，;；、").strip()
    return (code, rest) if rest else None


def _german(text: str, city: str) -> tuple[str, str] | None:
    if len(_FIVE_DIGITS.findall(text)) != 1:  # a house number of five digits, two codes …
        return None
    parts = [p.strip() for p in re.split(r"[,\n]", text)]
    country = []
    if len(parts) > 1 and parts[-1].casefold() in _GERMANY:
        country = parts[-1:]
        parts = parts[:-1]
    match = _DE_TOWN.match(parts[-1]) if len(parts) > 1 else None
    if match is None:
        return None
    code, town = match.groups()
    if city and not town.casefold().startswith(city.strip().casefold()):
        return None  # "53113 Bonn" for an organisation in Cologne: leave it to a person
    return code, ", ".join([*parts[:-1], town.strip(), *country])


def split_postcode(country: str, text: str, city: str = "") -> tuple[str, str] | None:
    """(postcode, the text without it) when ``text`` begins or ends with a postcode of ``country``
    beyond doubt: in China "邮编：200030" at either end or six digits and a space first, in Germany
    five digits before the town (``city`` when known) as the last part. None otherwise."""
    if not text.strip():
        return None
    code = (country or "").strip().upper()
    if code == "CN":
        return _chinese(text)
    if code == "DE":
        return _german(text, city)
    return None


def _other_codes(country: str, text: str) -> set[str]:
    """Every number of a postcode's length in ``text``: one other than the code found is a doubt."""
    digits = DIGITS[country]
    return {run for run in re.findall(r"(?<!\d)\d+(?!\d)", text) if len(run) == digits}


def _moves(rows: list[tuple[str, str, str, str, str]]) -> dict[str, list[tuple[str, str | None, str]]]:
    """Per field, (id, old, new) of the organisations whose address texts give one postcode beyond
    doubt: a code found in both texts must be the same one."""
    moves: dict[str, list[tuple[str, str | None, str]]] = {
        "address_en": [],
        "address_zh": [],
        "postal_code": [],
    }
    for org_id, country, city, address_en, address_zh in rows:
        found = {
            field: split
            for field, text in (("address_en", address_en or ""), ("address_zh", address_zh or ""))
            if (split := split_postcode(country, text, city or "")) is not None
        }
        codes = {code for code, _rest in found.values()}
        if len(codes) != 1 or _other_codes(country, f"{address_en}\n{address_zh}") != codes:
            continue
        for field, (_code, rest) in found.items():
            moves[field].append((org_id, address_en if field == "address_en" else address_zh, rest))
        moves["postal_code"].append((org_id, None, codes.pop()))
    return moves


def move_stored_postcodes(conn: sqlite3.Connection) -> int:
    """Move postcodes out of Chinese and German organisations' address texts into ``postal_code``,
    in the caller's transaction, as edits of this office (``tagging._capture_for_sync``: field
    versions and a history line, so they travel); returns how many organisations changed."""
    from petdesk.services import tagging
    from petdesk.stored_times import stored_time, utcnow

    rows = conn.execute(
        "SELECT id, country, city_en, address_en, address_zh FROM organisation "
        "WHERE country IN ('CN', 'DE') AND postal_code IS NULL AND (address_en != '' OR address_zh != '')"
    ).fetchall()
    moves = _moves(rows)
    if not moves["postal_code"]:
        return 0
    tagging._install_functions(conn)  # petdesk_new_id() for the history lines
    now = stored_time(utcnow())
    conn.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_TEMP[5:]} (id TEXT PRIMARY KEY, old TEXT, new TEXT)")
    queued = conn.execute("SELECT coalesce(max(seq), 0) FROM search_dirty").fetchone()[0]
    for field, changes in moves.items():
        if not changes:
            continue
        conn.execute(f"DELETE FROM {_TEMP}")
        conn.executemany(f"INSERT INTO {_TEMP} (id, old, new) VALUES (?, ?, ?)", changes)
        conn.execute(
            f"UPDATE organisation SET {field} = r.new, updated_at = ? "
            f"FROM {_TEMP} r WHERE organisation.id = r.id",
            [now],
        )
        tagging._capture_for_sync(conn, "organisation", now, field=field, temp=_TEMP)
    # The update trigger queued each organisation for the search index, whose text holds neither
    # the address nor the postcode: unqueued again (as ``honorific_tidy`` does).
    conn.execute("DELETE FROM search_dirty WHERE seq > ?", [queued])
    conn.execute(f"DROP TABLE {_TEMP}")
    return len(moves["postal_code"])
