"""The main window's size is kept per screen size, and falls back to the screen-fitted default."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import petdesk
from petdesk.gui.screen_fit import FRAME_HEIGHT, FRAME_WIDTH

PROBE = Path(__file__).parents[1] / "helpers" / "window_size_probe.py"


def open_on(screen: str, settings: Path, resize_to: str | None = None) -> tuple[int, int]:
    """The window's size when opened on a screen of size ``screen`` (in its own process)."""
    source = str(Path(petdesk.__file__).parents[1])  # this checkout's src, not the installed one
    env = {**os.environ, "PYTHONPATH": source}
    args = [sys.executable, str(PROBE), screen, str(settings), *([resize_to] if resize_to else [])]
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120, check=True)
    width, height = done.stdout.split()[-1].split("x")
    return int(width), int(height)


def test_a_size_from_a_larger_screen_does_not_shrink_the_window(tmp_path: Path) -> None:
    """Field test 19: after 1850×1000 on 1920×1080, it opened at 767×423 on 1280×720, saved that,
    and opened at 767×423 on 1366×768 too."""
    assert open_on("1920x1080", tmp_path, resize_to="1850x1000") == (1200, 760)
    assert open_on("1280x720", tmp_path) == (1200, 720 - FRAME_HEIGHT)  # the fitted default
    assert open_on("1366x768", tmp_path) == (1200, 768 - FRAME_HEIGHT)
    assert open_on("1920x1080", tmp_path) == (1850, 1000)  # the big screen's size was kept
    assert 1200 + FRAME_WIDTH <= 1280


def test_a_size_chosen_on_a_screen_comes_back_on_that_screen(tmp_path: Path) -> None:
    open_on("1280x720", tmp_path, resize_to="900x600")
    open_on("1920x1080", tmp_path, resize_to="1600x900")
    assert open_on("1280x720", tmp_path) == (900, 600)
    assert open_on("1920x1080", tmp_path) == (1600, 900)
