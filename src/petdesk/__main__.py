import sys

from petdesk.launcher import main

if __name__ == "__main__":  # run as `python -m petdesk`, not when imported
    sys.exit(main())
