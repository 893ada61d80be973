"""Reading dossiers back with independent readers: poppler (pdffonts, pdftotext, pdfinfo) and pypdf."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pypdf


def _poppler(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:  # CI installs poppler-utils (.ci/run); a missing tool is a broken machine, not a skip
        raise AssertionError(f"{tool} not found: install Debian's poppler-utils")
    return path


@dataclass(frozen=True)
class FontRow:
    name: str
    type: str
    embedded: bool
    subset: bool
    unicode: bool


def pdffonts(pdf: Path) -> list[FontRow]:
    out = subprocess.run([_poppler("pdffonts"), str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        # name type [type...] encoding emb sub uni object-id generation
        parts = line.split()
        emb, sub, uni = parts[-5:-2]
        rows.append(FontRow(parts[0], " ".join(parts[1:-6]), emb == "yes", sub == "yes", uni == "yes"))
    return rows


def pdftotext_pages(pdf: Path) -> list[str]:
    out = subprocess.run(
        [_poppler("pdftotext"), "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    pages = out.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def pdfinfo_pages(pdf: Path) -> int:
    out = subprocess.run([_poppler("pdfinfo"), str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))  # type: ignore[union-attr]


def pypdf_pages(pdf: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(str(pdf)).pages]


def pypdf_fonts(pdf: Path) -> dict[str, dict]:
    """BaseFont name → font dictionary, for every font any page uses."""
    fonts: dict[str, dict] = {}
    for page in pypdf.PdfReader(str(pdf)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            fonts[str(font["/BaseFont"])] = font
    return fonts


def flat(text: str) -> str:
    """Text without any whitespace, so that words wrapped onto two lines still match."""
    return re.sub(r"\s+", "", text)


def pdf_words(pdf: Path) -> list[str]:
    """Every word as poppler reads it from the page (``pdftotext -bbox``): a word a line break cut
    in two comes back as two words."""
    out = subprocess.run(
        [_poppler("pdftotext"), "-bbox", "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [html.unescape(w) for w in re.findall(r"<word [^>]*>(.*?)</word>", out)]
