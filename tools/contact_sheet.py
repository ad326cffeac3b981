"""Draw every exercise's start and end pose with its name into one PNG (``make figures``).

python tools/contact_sheet.py docs/figures.png [--only id,id] [--cell 200] [--columns 5] [--side right]
    [--frames 0,0.5,1,0.5r]   (fractions to draw; a trailing r is on the way back, see [[return]])
"""

from __future__ import annotations

import argparse
import os
import sys
import tomllib
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QApplication

from hipdesk.domain.exercise import Side
from hipdesk.figure.poses import POSES_DIR, PoseFileError, get_pose, neutral_pose
from hipdesk.figure.scene import build_scene
from hipdesk.ui.figure.painter import LIGHT, paint_scene

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "resources" / "exercises"
IDS_DOC = ROOT / "docs" / "exercise-ids.md"


def exercise_ids() -> list[str]:
    """Ids in the order of docs/exercise-ids.md, then any pose or content file it does not list."""
    ids: list[str] = []
    for line in IDS_DOC.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("|")]
        if len(cells) >= 4 and cells[1] not in ("phase", "---", ""):
            ids += [i.strip() for i in cells[2].split(",") if i.strip()]
    extra = {p.stem for p in POSES_DIR.glob("*.toml")} | {p.stem for p in EXERCISES.glob("*.toml")}
    return ids + sorted(extra - set(ids))


def exercise_name(exercise_id: str, fallback: str) -> str:
    path = EXERCISES / f"{exercise_id}.toml"
    try:
        name = tomllib.loads(path.read_text(encoding="utf-8")).get("name")
    except (OSError, tomllib.TOMLDecodeError):
        return fallback
    return name if isinstance(name, str) else fallback


def _frame_label(fraction: float, back: bool) -> str:
    if fraction == 0.0:
        return "start"
    if fraction == 1.0:
        return "end"
    return f"{fraction:g}" + (" back" if back else "")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--only", default="", help="comma-separated exercise ids")
    parser.add_argument("--cell", type=int, default=190, help="size of one pose picture in pixels")
    parser.add_argument("--columns", type=int, default=5)
    parser.add_argument("--side", choices=["left", "right"], default="left")
    parser.add_argument("--frames", default="0,1", help="fractions to draw, e.g. 0,0.5,1,0.5r")
    args = parser.parse_args(argv)
    frames = [(float(f.rstrip("r")), f.endswith("r")) for f in args.frames.split(",") if f]

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ids = [i for i in args.only.split(",") if i] or exercise_ids()
    side = Side(args.side)
    cell, cols = args.cell, min(args.columns, len(ids))
    label_h = 26
    block_w, block_h = len(frames) * (cell + 8) + 8, cell + label_h + 14
    rows = (len(ids) + cols - 1) // cols
    image = QImage(cols * block_w, rows * block_h, QImage.Format.Format_RGB32)
    image.fill(QColor("#fbfaf7"))
    painter = QPainter(image)
    font = QFont()
    font.setPixelSize(max(11, cell // 13))
    painter.setFont(font)
    missing = []
    for n, exercise_id in enumerate(ids):
        x, y = (n % cols) * block_w, (n // cols) * block_h
        try:
            spec = get_pose(exercise_id, side)
            problem = ""
        except PoseFileError as e:
            spec, problem = neutral_pose(exercise_id), str(e)
        if not (POSES_DIR / f"{exercise_id}.toml").exists():
            missing.append(exercise_id)
            problem = "no pose file"
        painter.setPen(QPen(QColor("#9b2c2c") if problem else QColor("#2b2f36")))
        title = exercise_name(exercise_id, spec.name) + (f"  ({problem})" if problem else "")
        painter.drawText(
            QRectF(x + 8, y + 4, block_w - 16, label_h),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            title,
        )
        for k, (f, back) in enumerate(frames):
            rect = QRectF(x + 8 + k * (cell + 8), y + label_h + 4, cell, cell)
            painter.fillRect(rect, QColor("#ffffff"))
            paint_scene(painter, build_scene(spec, f, back), rect, LIGHT)
            painter.setPen(QPen(QColor("#8a8f98")))
            painter.drawText(QPointF(rect.x() + 4, rect.bottom() - 4), _frame_label(f, back))
    painter.end()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(args.output)):
        print(f"could not write {args.output}", file=sys.stderr)
        return 1
    print(f"wrote {args.output}: {len(ids)} exercises" + (f", {len(missing)} without a pose file" if missing else ""))
    del app
    return 0


if __name__ == "__main__":
    sys.exit(main())
