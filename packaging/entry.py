"""The bundle's entry point: the `vdtracker` console script's main (vdtracker.cli:main)."""

import sys

from vdtracker.cli import main

sys.exit(main())
