"""The window gives each big block its own mapping, so a job's big buffers go back to the system
when freed instead of leaving holes in the heap (glibc only)."""

from __future__ import annotations

import ctypes
import ctypes.util
import subprocess
import sys
from pathlib import Path

import pytest

from petdesk import bulkload


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _mapped_blocks() -> int:
    """How many blocks glibc gave their own mapping (``mallinfo2().hblks``)."""
    info = ctypes.CDLL(ctypes.util.find_library("c")).mallinfo2
    info.restype = _MallInfo2
    return int(info().hblks)


def _mapped_after_fixing_the_size() -> tuple[int, int]:
    """In this process: the blocks glibc mapped before and after asking for one past the size,
    once an 8 MB block was freed (which makes glibc raise the size by itself)."""
    bulkload.keep_large_blocks_apart()
    freed = ctypes.create_string_buffer(8 << 20)
    del freed
    before = _mapped_blocks()
    block = ctypes.create_string_buffer(bulkload.LARGE_BLOCK_BYTES * 2)
    after = _mapped_blocks()
    del block
    return before, after


def test_a_block_past_the_size_is_mapped_even_after_a_bigger_one_was_freed() -> None:
    libc = ctypes.util.find_library("c")
    if not libc or not hasattr(ctypes.CDLL(libc), "mallinfo2"):
        pytest.skip("glibc 2.33 or later only")
    # In a fresh interpreter: inside the test run, other tests' threads allocate and free at once,
    # and the count of mapped blocks is the whole process's.
    code = "from tests.core.test_large_blocks import _mapped_after_fixing_the_size as f; print(*f())"
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    before, after = map(int, out.stdout.split())
    assert after == before + 1
