"""Làng Mới: with no subcommand, the window; with one, the same work from the command line (langmoi_cli.py).

Kept to these lines: Python compiles the script it is given at every start (main.py as it was, 830 lines: ~50 M
instructions, ~5 ms, callgrind), while an imported module's bytecode is cached."""

import sys

from langmoi_cli import build_parser, main, utf8_console, window_arguments

__all__ = ["build_parser", "main", "utf8_console", "window_arguments"]

if __name__ == "__main__":
    sys.exit(main())
