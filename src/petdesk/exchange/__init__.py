"""The 3iPET exchange format: partner organisations, technologies, city needs and matches shared
with the 3iPET hub and with partners who do not run petdesk.

* :mod:`petdesk.exchange.jsonfile`: the versioned JSON file, checked against the JSON Schema
  shipped beside this module (``3ipet-exchange-1.0.schema.json``; a copy lives in ``docs/``).
* :mod:`petdesk.exchange.flat`: the same records as flat rows for CSV and XLSX.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

FORMAT = "3ipet-exchange"
VERSION = "1.1"  # 1.1: match notes (an optional field, so 1.0 files still read)
SCHEMA_FILE = "3ipet-exchange-1.0.schema.json"
KINDS = ("organisations", "technologies", "needs", "matches")


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of the current version, read from the package (works in wheels and bundles)."""
    text = resources.files("petdesk.exchange").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return dict(json.loads(text))


class ExchangeError(ValueError):
    """A file that cannot be imported or written, with one sentence for the user."""
