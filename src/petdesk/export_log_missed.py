"""Who hears of a file written but missing from the export log (``services.export_log``): the
database was locked by another program, or nothing may change it. A module of its own, without
imports: the command line registers its teller on its quick path."""

from __future__ import annotations

from collections.abc import Callable

#: Called with the file's name (no folder): the command line and the window say so beside "done".
MISSED: list[Callable[[str], None]] = []
