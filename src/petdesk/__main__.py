import sys

from petdesk.cli import main

sys.exit(main())
