"""``python -m helpers``: the command line (see ``helpers.cli``)."""

import sys

from helpers.cli.main import main

if __name__ == "__main__":  # guarded: the pool's fork server imports the main module
    sys.exit(main())
