import sys

from petdesk.launcher import main

if __name__ == "__main__":  # not when a spawned worker process imports the main module again
    sys.exit(main())
