"""File sizes as petdesk writes them, in the window and on the command line alike."""

from __future__ import annotations


def file_size(n: int) -> str:
    """Decimal units, one decimal in megabytes ("2.6 MB", "84 kB"): the window showed binary
    units ("2.43 MiB") where the command line said "2.6 MB" for the same file (field test 8,
    defect 7)."""
    return f"{n / 1e6:.1f} MB" if n >= 1e5 else f"{n / 1e3:.0f} kB"
