"""Subcommands of the visits feature (filled in by its issue)."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction) -> None:  # noqa: ARG001 - filled in later
    """Add this feature's subcommands."""
