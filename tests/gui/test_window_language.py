"""``petdesk --lang zh_CN`` opens the window in Chinese: every other command followed the global
``--lang``, the window only the settings, ``$PETDESK_LANG`` or the system (it opened in English)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


def _menus(tmp_path: Path, *options: str) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "LANG": "en_GB.UTF-8",
        "LC_ALL": "",
        "LANGUAGE": "",
    }
    env.pop("PETDESK_LANG", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "petdesk",
            "--db",
            str(tmp_path / "office.sqlite"),
            *options,
            "gui",
            "--smoke-test",
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return next(line for line in done.stdout.splitlines() if line.startswith("menus:"))


@pytest.mark.parametrize(("options", "first_menu"), [(("--lang", "zh_CN"), "文件(&F)"), ((), "&File")])
def test_the_window_speaks_the_global_lang(tmp_path: Path, options: tuple[str, ...], first_menu: str) -> None:
    assert _menus(tmp_path, *options).split(": ", 1)[1].startswith(first_menu)
