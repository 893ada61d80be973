"""Entry point of the frozen executables (both run the same command line; no command opens the window)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # A process spawned to share a long export (petdesk.services.parallel_chunks) runs this
    # executable again: PyInstaller's freeze_support turns it into that worker here.
    multiprocessing.freeze_support()

    from petdesk.launcher import main

    sys.exit(main())
