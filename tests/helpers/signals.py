"""A child process that is sent Ctrl+C must be able to receive it."""

from __future__ import annotations

import signal


def default_sigint() -> None:
    """``preexec_fn`` for a child that a test interrupts: a program started with SIGINT ignored
    keeps ignoring it (as a shell's background job or a CI runner may start the test run), and
    Python then installs no KeyboardInterrupt; the child gets Ctrl+C as a user's terminal gives it."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
