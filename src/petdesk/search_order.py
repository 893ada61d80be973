"""The orders the contacts and organisations lists sort in, as SQL on the search index.

Kept apart from ``services.search`` (which imports SQLAlchemy) so that the first rows painted
before the window imports it (``services.first_rows``) come in the same order as the list's.
"""

from __future__ import annotations

from petdesk.quoting import quoted


def org_column(expr: str, missing: str = "''") -> str:
    """SQL for ``expr`` on entry ``e``'s organisation's entry ``o``, ``missing`` without one."""
    return f"coalesce((SELECT {expr} FROM search_entry o WHERE o.id = e.org_id), {missing})"


#: A person entry's names, languages and kana readings when it has no Latin name (the index writes the
#: Chinese one in ``name_en`` too), as a JSON array for ``names.latin_stand_in_of_row``: English lists
#: show the pinyin in its place, the Chinese list's other-script column a Japanese name's Hepburn.
#: NULL for every other entry (ASCII: a Latin name only), so the contact is read only for those.
HAN_ONLY_PARTS = (
    "CASE WHEN e.kind = 'contact' AND e.name_en = e.name_zh AND e.name_zh GLOB '*[^ -~]*' "
    "THEN (SELECT json_array(c.family_name, "
    "c.given_name, c.family_name_zh, c.given_name_zh, c.native_name_language, c.languages, "
    "c.phonetic_family_name, c.phonetic_given_name) "
    "FROM contact c WHERE c.id = e.entity_id) END"
)


#: Columns the lists can sort by, and the SQL each one sorts on (per interface language).
SORTS: dict[str, tuple[str, str]] = {
    "name": ("e.sort_en", "e.sort_zh"),
    "organisation": (org_column("o.sort_en", "char(65535)"), org_column("o.sort_zh", "char(65535)")),
    "position": ("e.position_en", "e.position_zh"),
    "email": ("e.email", "e.email"),
    "phone": ("e.phone", "e.phone"),
    "city": ("e.city_en", "e.city_zh"),
    "country": ("e.country", "e.country"),
    "tags": ("e.tags", "e.tags"),
    "updated": ("e.updated_at", "e.updated_at"),
}

#: Sorts on indexed columns, in their column's order alone.
INDEXED_SORTS = {"name", "organisation", "updated"}


def order_by(sort: str, language: str, descending: bool) -> str:
    """The ORDER BY terms (on entry ``e``) of ``sort`` in ``language``."""
    try:
        en, zh = SORTS[sort]
    except KeyError:
        raise ValueError(f"cannot sort by {quoted(sort)}; choose one of {', '.join(SORTS)}") from None
    column = zh if language.startswith("zh") else en
    direction = "DESC" if descending else "ASC"
    if sort in INDEXED_SORTS:
        return f"{column} {direction}, e.id {direction}"
    # Empty values last in either direction, then the name, then the row for a stable order.
    tie = "e.sort_zh" if language.startswith("zh") else "e.sort_en"
    return f"({column} = '') ASC, {column} {direction}, {tie} {direction}, e.id {direction}"
