"""A folder nobody may write, for tests of a write-protected stick: a read-only bind mount as
root (whom file modes do not stop), else a folder without write bits."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def read_only(source: Path) -> Iterator[Path]:
    """``source`` (a folder already filled) seen read-only: the place to use, given while inside."""
    if os.geteuid() != 0:
        source.chmod(0o555)
        try:
            yield source
        finally:
            source.chmod(0o755)
        return
    mounted = source.with_name(source.name + "-read-only")
    mounted.mkdir()
    if subprocess.run(["mount", "--bind", str(source), str(mounted)], capture_output=True).returncode:
        pytest.skip("no read-only place can be made here (root without mount)")
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(mounted)], capture_output=True).returncode:
            pytest.skip("no read-only place can be made here (root without mount)")
        yield mounted
    finally:
        # lazy: a mount still held by an open file is never left behind
        subprocess.run(["umount", "--lazy", str(mounted)], check=True)
