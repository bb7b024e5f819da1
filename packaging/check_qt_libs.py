"""Name the system libraries Qt's display plugin lacks here, and how to install them
(vdtracker/system_libs.py; `vdtracker` itself checks this, and the display, before Qt starts).

    python packaging/check_qt_libs.py [xcb|wayland]     # exit 0, or 4 and the install line
"""

from __future__ import annotations

import sys

from vdtracker.system_libs import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
