"""Comparing exported files."""

from __future__ import annotations

import zipfile
from pathlib import Path


def exported_content(path: Path) -> dict[str, bytes]:
    """A file's bytes; for an XLSX, each part's but the document properties: the zip stamps every
    part, and openpyxl the properties, with the second it was written (the two exports may fall in
    different seconds)."""
    if path.suffix != ".xlsx":
        return {"": path.read_bytes()}
    with zipfile.ZipFile(path) as book:
        return {name: book.read(name) for name in book.namelist() if name != "docProps/core.xml"}
