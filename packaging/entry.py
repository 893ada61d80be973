"""Entry point of the frozen executables (both run the same command line; no command opens the window)."""

import sys

from petdesk.launcher import main

sys.exit(main())
