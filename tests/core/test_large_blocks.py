"""The window gives each big block its own mapping, so a job's big buffers go back to the system
when freed instead of leaving holes in the heap (glibc only)."""

from __future__ import annotations

import ctypes
import ctypes.util

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


def test_a_block_past_the_size_is_mapped_even_after_a_bigger_one_was_freed() -> None:
    libc = ctypes.util.find_library("c")
    if not libc or not hasattr(ctypes.CDLL(libc), "mallinfo2"):
        pytest.skip("glibc 2.33 or later only")
    bulkload.keep_large_blocks_apart()
    # Freeing a mapped 8 MB block is what makes glibc raise the size by itself.
    freed = ctypes.create_string_buffer(8 << 20)
    del freed
    before = _mapped_blocks()

    block = ctypes.create_string_buffer(bulkload.LARGE_BLOCK_BYTES * 2)

    assert _mapped_blocks() == before + 1
    del block
