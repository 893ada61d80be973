"""Writes parse_money_golden.json: what parse_money and header_unit return today for a corpus of amount
cells, so that a refactoring of them can be checked to change nothing (parsemoney59).

The corpus: every call the money tests made to parse_money (recorded once, kept in the file as
``calls``), and every distinct cell of those calls and of the amount columns of the sample sheets under
tests/data/import, read at each office (country, its currency) the tests use. Run from the checkout:
``PYTHONPATH=src python tests/data/money_golden/make_golden.py [recorded-calls.jsonl ...]``; without
files it keeps the file's own corpus and records the results anew (only after a deliberate change)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
GOLDEN = HERE / "parse_money_golden.json"
SAMPLES = HERE.parent / "import"

#: (country, the office's currency, the row's CFA franc) of the offices the money tests use, and none.
OFFICES: list[list[str]] = [
    ["", "CNY", ""],
    ["CN", "CNY", ""],
    ["MX", "MXN", ""],
    ["CL", "CLP", ""],
    ["AR", "ARS", ""],
    ["BR", "BRL", ""],
    ["CO", "COP", ""],
    ["EG", "EGP", ""],
    ["PH", "PHP", ""],
    ["BW", "BWP", ""],
    ["US", "USD", ""],
    ["DE", "EUR", ""],
    ["PL", "PLN", ""],
    ["CZ", "CZK", ""],
    ["TR", "TRY", ""],
    ["KZ", "KZT", ""],
    ["MN", "MNT", ""],
    ["JP", "JPY", ""],
    ["ZA", "ZAR", ""],
    ["SN", "XOF", "XOF"],
    ["CM", "XAF", "XAF"],
    ["IR", "IRR", ""],
    ["IN", "INR", ""],
    ["PK", "PKR", ""],
    ["BD", "BDT", ""],
    ["KE", "KES", ""],
    ["ET", "ETB", ""],
    ["ID", "IDR", ""],
    ["MY", "MYR", ""],
    ["TH", "THB", ""],
    ["VN", "CNY", ""],
    ["SA", "SAR", ""],
]


def sample_columns() -> tuple[list[Any], list[str]]:
    """The amount cells and the amount headers of every projects sheet among the sample files."""
    from petdesk.services.past_projects import column_map, header_index
    from petdesk.services.past_visits import PROJECTS, read_rows

    cells: list[Any] = []
    headers: list[str] = []
    for path in sorted(SAMPLES.rglob("*")):
        if path.suffix.lower() not in (".csv", ".xlsx"):
            continue
        try:
            _, rows = read_rows(path, None, PROJECTS, header_at=header_index)
        except Exception:  # a contacts file or another sheet: not a projects sheet
            continue
        at = header_index(rows)
        if at is None:
            continue
        columns = column_map(rows[at])
        for what in ("amount", "approved"):
            if (i := columns.get(what)) is None:
                continue
            headers.append(str(rows[at][i] or ""))
            cells += [row[i] for row in rows[at + 1 :] if i < len(row)]
    return cells, headers


def outcome(call: dict[str, Any]) -> Any:
    """parse_money's answer to ``call``: [amount, currency, notes], or what it refused and why."""
    from petdesk.services import past_projects

    args = dict(call)
    try:
        amount, currency, notes = past_projects.parse_money(args.pop("value"), **args)
    except past_projects._AmountUnread as exc:  # the refusal the import reports
        return {"refused": exc.reason, "amount": str(exc), "values": exc.values}
    except Exception as exc:  # recorded as it is, so that a change shows
        return {"error": type(exc).__name__, "message": str(exc)}
    return [amount, currency, [[n.sentence, {k: str(v) for k, v in n.values.items()}] for n in notes]]


def header_outcome(header: str, currency: str) -> Any:
    from petdesk.services import past_projects

    try:
        return list(past_projects.header_unit(header, currency))
    except Exception as exc:
        return {"error": type(exc).__name__, "message": str(exc)}


def corpus_calls(corpus: dict[str, Any]) -> list[dict[str, Any]]:
    """Every call of the corpus: the recorded ones, then each cell at each office."""
    calls = [dict(c) for c in corpus["calls"]]
    for value in corpus["cells"]:
        for country, currency, franc in corpus["offices"]:
            calls.append({"value": value, "currency": currency, "country": country, "cfa_franc": franc})
    return calls


def header_calls(corpus: dict[str, Any]) -> list[tuple[str, str]]:
    currencies = sorted({currency for _, currency, _ in corpus["offices"]})
    return [(h, c) for h in corpus["headers"] for c in currencies]


def main(recorded: list[str]) -> None:
    if recorded:
        seen: dict[str, dict[str, Any]] = {}
        for name in recorded:
            for line in Path(name).read_text(encoding="utf-8").splitlines():
                call = json.loads(line)
                if isinstance(call["value"], dict):
                    continue  # a value JSON cannot hold as it is (none so far)
                seen.setdefault(json.dumps(call, sort_keys=True, ensure_ascii=False), call)
        calls = [seen[k] for k in sorted(seen)]
        cells, headers = sample_columns()
        cells += [c["value"] for c in calls]
        distinct = {json.dumps(c, ensure_ascii=False): c for c in cells if isinstance(c, str | int | float)}
        heads = {h for h in headers + [c.get("header", "") for c in calls] if h}
        corpus = {
            "calls": calls,
            "cells": [distinct[k] for k in sorted(distinct)],
            "offices": OFFICES,
            "headers": sorted(heads),
        }
    else:
        corpus = json.loads(GOLDEN.read_text(encoding="utf-8"))["corpus"]
    golden = {
        "corpus": corpus,
        "results": [outcome(c) for c in corpus_calls(corpus)],
        "header_results": [header_outcome(h, c) for h, c in header_calls(corpus)],
    }
    GOLDEN.write_text(json.dumps(golden, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
