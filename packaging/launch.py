"""Entry point of the PyInstaller bundle."""

import sys

from hipdesk.__main__ import main

sys.exit(main())
