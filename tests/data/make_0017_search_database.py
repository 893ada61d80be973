"""How ``petdesk_0017_search.sqlite.gz`` and ``petdesk_0017_search.json`` were made (kept for the record).

Run once against the code of schema 0017_venue (commit cb8b005), the last schema with the old
search index (sort keys copied into ``search_gram`` with two indexes over them):
    git archive cb8b005 | tar -x -C /tmp/old && \\
    PYTHONPATH=/tmp/old/src python tests/data/make_0017_search_database.py OUT.sqlite OUT.json
then ``sqlite3 OUT.sqlite VACUUM`` and ``gzip -9``. The JSON holds what that code's search found for
:data:`QUERIES`; migration 0019_compact must convert the file so that search finds the same records
(``tests/core/test_migration_compact.py``).
"""

from __future__ import annotations

import json
import subprocess
import sys

#: Typed queries: Latin, short keys, Chinese, pinyin with and without tones, e-mail, phone prefixes.
QUERIES = [
    "",
    "z",
    "zh",
    "wa",
    "ya",
    "an",
    "zhang",
    "zhangchen",
    "zhāng",
    "zhang c",
    "yang yan",
    "karlsson",
    "anna",
    "张",
    "杨",
    "张晨",
    "杨燕倩",
    "北京",
    "生态",
    "天津",
    "ecological",
    "group",
    "@163",
    "jade-river",
    "yyang70@",
    "138",
    "+86 186",
    "1862",
    "86 10",
    "yy",
    "wl",
]
KINDS = ("contact", "organisation", None)
LANGUAGES = ("en", "zh_CN")


def expected(session) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """Query -> the ids of the first pages (200) search returns, per kind and language, and every
    matching id (sorted), per kind."""
    from petdesk.services import search

    out: dict[str, list[str]] = {}
    for query in QUERIES:
        for kind in KINDS:
            for language in LANGUAGES:
                rows = search.search(session, query, kind=kind, language=language, limit=200)
                out[f"page|{query}|{kind}|{language}"] = [r.entity_id for r in rows]
            out[f"all|{query}|{kind}"] = sorted(search.matching_ids(session, query, kind=kind))
    return out


def main(db_out: str, json_out: str) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "petdesk",
            "--db",
            db_out,
            "demo",
            "--contacts",
            "120",
            "--seed",
            "7",
            "--anchor",
            "2026-12-01",
        ],
        check=True,
    )
    from petdesk.db import open_database

    db = open_database(db_out)
    try:
        with db.reading() as session:
            result = expected(session)
    finally:
        db.close()
    with open(json_out, "w", encoding="utf-8") as fh:
        json.dump(result, fh, ensure_ascii=False, sort_keys=True, separators=(",\n", ":"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
