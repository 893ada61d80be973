"""Giving memory back after a job that read every contact, in a process that lives on (the window).

A search for duplicates or an export of 100,000 contacts makes and drops millions of small objects.
What it leaves behind (the name caches it filled) keeps whole blocks of Python's allocator in use,
and glibc keeps freed pages: the window grew by some 100 MB per job and never shrank (field test 10).
"""

from __future__ import annotations

import linecache
import sys
from functools import _lru_cache_wrapper

from petdesk import bulkload
from petdesk.services import names

#: Modules whose memo caches fill with what a job read: names, their pinyin, vCard heads.
_CACHING_MODULES = ("petdesk.services.matching", "petdesk.services.names", "petdesk.services.exporting")


def _name_caches() -> list[_lru_cache_wrapper[object]]:
    """The memo caches of those modules loaded (not the character table, read once from disk)."""
    modules = [sys.modules[name] for name in _CACHING_MODULES if name in sys.modules]
    found = [
        value
        for module in modules
        for value in vars(module).values()
        if isinstance(value, _lru_cache_wrapper)
    ]
    return [cache for cache in found if cache is not names.char_readings]


def release_after_bulk_work() -> None:
    """Forget the name caches (they refill as names are read again) and the source lines read
    meanwhile, and hand freed memory back. Called in the worker thread at the end of the job: no
    cycle collection (see :func:`bulkload.return_freed_memory`); what the job dropped has no
    cycles and is already freed."""
    for cache in _name_caches():
        cache.cache_clear()
    forget_source_lines()
    bulkload.return_freed_memory()


def forget_source_lines() -> None:
    """Empty ``linecache``: PySide6's ``__feature__`` import hook reads the source of every module
    imported after it (``inspect.getsource``, to see whether the module uses PySide) and leaves
    its lines cached: 290,000 lines of 640 modules, 10 MB resident in the window at start-up, more
    after a job's first import (openpyxl). Tracebacks read them again when they need them."""
    linecache.clearcache()
