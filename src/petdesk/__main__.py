import sys

from petdesk.launcher import main

sys.exit(main())
