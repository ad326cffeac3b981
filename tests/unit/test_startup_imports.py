"""The first paint must not wait for slow imports: the database layer and charts load after it."""

from __future__ import annotations

import subprocess
import sys

SLOW = ("sqlalchemy", "alembic", "pyqtgraph", "numpy")


def test_the_app_module_imports_nothing_slow() -> None:
    code = "import sys, hipdesk.app; print(' '.join(sorted(m for m in sys.modules if '.' not in m)))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert not set(SLOW) & set(loaded)


def test_the_app_module_leaves_qts_enum_namespace_for_later() -> None:
    """Building ``Qt`` (every enum of Qt's namespace at once) costs about 20 ms; the first paint does not need it."""
    code = "import hipdesk.app; from PySide6 import QtCore; print('Qt' in QtCore.__dict__)"
    built = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert built == "False"
