"""Answers typed at a real terminal: a pseudo-terminal as ``sys.stdin``, for the command line's
questions (:mod:`petdesk.cli.confirm` refuses to read an answer from a pipe or a file)."""

from __future__ import annotations

import os
import sys
import weakref

import pytest


def type_at_terminal(monkeypatch: pytest.MonkeyPatch, typed: str) -> None:
    """Make ``sys.stdin`` a terminal on which ``typed`` (lines ending in "\\n"; "\\x04" is Ctrl+D)
    has been typed already. A question asked with nothing typed would wait for ever: type a line."""
    typist, reader = os.openpty()
    os.write(typist, typed.encode("utf-8"))
    stdin = open(reader, encoding="utf-8", closefd=True)  # noqa: SIM115 - lives as long as the test's stdin
    weakref.finalize(stdin, os.close, typist)
    monkeypatch.setattr(sys, "stdin", stdin)
