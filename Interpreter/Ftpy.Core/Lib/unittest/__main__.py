"""Main entry point: `python -m unittest [options] [tests]` and `python -m unittest discover`."""

import sys

if sys.argv[0].endswith("__main__.py") or sys.argv[0] in ("-m", ""):
    executable = sys.executable.replace("\\", "/").rsplit("/", 1)[-1] if sys.executable else "python"
    sys.argv[0] = executable + " -m unittest"
    del executable

__unittest = True

from .main import main

main(module=None)
