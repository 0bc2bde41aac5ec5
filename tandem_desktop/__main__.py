"""`python -m tandem_desktop` starts the app or runs a subcommand."""

import multiprocessing
import sys

from tandem_desktop.cli import main

if __name__ == "__main__":
    # A frozen app starts its sync process from its own executable: let it be one.
    multiprocessing.freeze_support()
    sys.exit(main())
