"""`python -m liaison ...`: see cli.py."""
import sys

from liaison.cli import main

sys.exit(main())
