"""GridCommand 网格指挥室 — start the desktop app.

    python main.py --demo            a freshly generated demo township
    python main.py --db PATH         a given SQLite file
    python main.py --database-url URL
"""

import multiprocessing
import sys

from ui.app import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # the built app's helper processes (a backup's chain walk) start here too
    sys.exit(main())
