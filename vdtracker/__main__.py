"""`python -m vdtracker`: the same as the `vdtracker` command."""

import sys

from .cli import main

sys.exit(main())
