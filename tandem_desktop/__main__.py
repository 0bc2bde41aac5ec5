"""`python -m tandem_desktop` starts the app or runs a subcommand."""

import sys

from tandem_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
