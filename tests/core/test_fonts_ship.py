"""The wheel and the bundle carry every font of ``resources/fonts`` with its licence: the package-data
patterns of ``pyproject.toml`` match each file (PyInstaller collects the installed package's data),
and every face the PDFs register is there (Petdesk Hangul for Korean since the korfont branch)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

from petdesk.dossier import fonts

ROOT = Path(__file__).resolve().parents[2]


def test_package_data_patterns_take_every_font_and_licence() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["petdesk.resources.fonts"]
    shipped = sorted(p.name for p in (ROOT / "resources" / "fonts").iterdir() if p.is_file())
    assert [name for name in shipped if not any(fnmatch.fnmatch(name, p) for p in patterns)] == []
    assert set(fonts.FONT_FILES.values()) <= set(shipped)
    assert "PetdeskHangul.ttf" in shipped and "LICENSE-PetdeskHangul.txt" in shipped
