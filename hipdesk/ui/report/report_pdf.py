"""The physiotherapist's report as a PDF, with Qt's own PDF writer: tables in a QTextDocument, charts drawn with
QPainter into images the document holds, printed page by page to a QPdfWriter.

Paper is white whatever the screen's theme, so the report has its own print colours (``PRINT``), chosen to stay
apart in greyscale too. Every word that came from the store (routine names, notes) is escaped: it prints as text.
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from hipdesk import APP_NAME, __version__
from hipdesk.domain.durations import format_minutes
from hipdesk.domain.words import Words, number, wording
from hipdesk.usecases.report import PhysioReport, ReportCheck


@dataclass(frozen=True)
class PrintColours:
    ink: str = "#1f2328"
    muted: str = "#656d76"
    grid: str = "#d8dee4"
    minutes: str = "#2f6f9f"
    goal: str = "#b35900"
    pain_before: str = "#8250df"
    pain_after: str = "#1a7f37"
    next_day: str = "#cf222e"
    left: str = "#0969da"
    right: str = "#bf8700"
    flagged: str = "#cf222e"
    watch: str = "#9a6700"


PRINT = PrintColours()
CHART_W, CHART_H = 1800, 600  # pixels of a chart image; the page shows it 17 cm wide
DPI = 300
IMAGE_W = 680  # how wide a chart is laid out in the document (its text width on A4 is about this)


class ReportWords(Words):
    """The physiotherapist's report, in the interface's language."""


def _day(d: date) -> str:
    return wording().format_date(d, ReportWords.tr("d MMM", "Qt date pattern: 16 Nov"))


def _period(report: PhysioReport) -> str:
    pattern = ReportWords.tr("d MMM yyyy", "Qt date pattern: 16 Nov 2026")
    first, last = (wording().format_date(d, pattern) for d in (report.first, report.last))
    return f"{first} – {last}"


def _rating(value: float | None) -> str:
    return "–" if value is None else number(value, 1)


def _p(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _h2(text: str) -> str:
    return f"<h2>{html.escape(text)}</h2>"


def _value(value: float) -> str:
    return number(value, 0 if float(value).is_integer() else 1)


# ---- charts ------------------------------------------------------------------------------------------------------


class _Chart:
    """A plot area with a y axis, light grid lines and week labels underneath, on a white image."""

    def __init__(self, title: str, labels: Sequence[str], y_max: float, y_step: float, unit: str = "") -> None:
        self.image = QImage(CHART_W, CHART_H, QImage.Format.Format_ARGB32)
        self.image.fill(QColor("white"))
        self.painter = QPainter(self.image)
        self.painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.labels = labels
        self.y_max = max(y_max, y_step)
        self.area = QRectF(130, 80, CHART_W - 170, CHART_H - 170)
        font = QFont()
        font.setPixelSize(30)
        self.painter.setFont(font)
        self.painter.setPen(QColor(PRINT.ink))
        title_font = QFont(font)
        title_font.setPixelSize(34)
        title_font.setBold(True)
        self.painter.setFont(title_font)
        self.painter.drawText(QRectF(0, 10, CHART_W, 50), Qt.AlignmentFlag.AlignLeft, title)
        self.painter.setFont(font)
        value = 0.0
        while value <= self.y_max + 1e-9:
            y = self.y(value)
            self.painter.setPen(QPen(QColor(PRINT.grid), 2))
            self.painter.drawLine(QPointF(self.area.left(), y), QPointF(self.area.right(), y))
            self.painter.setPen(QColor(PRINT.muted))
            text = f"{value:g}{unit}"
            self.painter.drawText(
                QRectF(0, y - 20, 115, 40), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text
            )
            value += y_step
        every = max(1, math.ceil(len(labels) / 12))  # at most about twelve labels under the axis
        for index, label in enumerate(labels):
            if index % every:
                continue
            x = self.x(index)
            self.painter.drawText(
                QRectF(x - 90, self.area.bottom() + 12, 180, 40), Qt.AlignmentFlag.AlignHCenter, label
            )

    def slot(self) -> float:
        return self.area.width() / max(1, len(self.labels))

    def x(self, index: int) -> float:
        return self.area.left() + self.slot() * (index + 0.5)

    def y(self, value: float) -> float:
        return self.area.bottom() - self.area.height() * min(value, self.y_max) / self.y_max

    def legend(self, entries: Sequence[tuple[str, str]]) -> None:
        x = self.area.left()
        y = CHART_H - 52
        for text, colour in entries:
            self.painter.setPen(Qt.PenStyle.NoPen)
            self.painter.setBrush(QColor(colour))
            self.painter.drawRect(QRectF(x, y + 8, 28, 28))
            self.painter.setPen(QColor(PRINT.ink))
            width = self.painter.fontMetrics().horizontalAdvance(text)
            self.painter.drawText(QRectF(x + 38, y, width + 10, 44), Qt.AlignmentFlag.AlignVCenter, text)
            x += 38 + width + 50

    def line(self, values: Sequence[float | None], colour: str, dashed: bool = False) -> None:
        pen = QPen(QColor(colour), 6)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        self.painter.setPen(pen)
        path = QPainterPath()
        started = False
        for index, value in enumerate(values):
            if value is None:
                started = False
                continue
            point = QPointF(self.x(index), self.y(value))
            if started:
                path.lineTo(point)
            else:
                path.moveTo(point)
                started = True
        self.painter.setBrush(Qt.BrushStyle.NoBrush)
        self.painter.drawPath(path)
        self.painter.setBrush(QColor(colour))
        self.painter.setPen(Qt.PenStyle.NoPen)
        for index, value in enumerate(values):
            if value is not None:
                self.painter.drawEllipse(QPointF(self.x(index), self.y(value)), 9, 9)

    def finish(self) -> QImage:
        self.painter.end()
        return self.image


def _nice_step(top: float) -> float:
    for step in (1, 2, 5, 10, 15, 20, 30, 50, 60, 100, 120, 200, 300, 600):
        if top / step <= 6:
            return float(step)
    return float(math.ceil(top / 6))


def minutes_chart(report: PhysioReport) -> QImage:
    values = [w.minutes for w in report.weeks]
    top = max([*values, report.goal_min]) * 1.1
    step = _nice_step(top)
    chart = _Chart(
        ReportWords.tr("Minutes per week against the goal"), [_day(w.start) for w in report.weeks], top, step
    )
    painter = chart.painter
    width = chart.slot() * 0.62
    for index, week in enumerate(report.weeks):
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(PRINT.minutes))
        top_y = chart.y(week.minutes)
        painter.drawRect(QRectF(chart.x(index) - width / 2, top_y, width, chart.area.bottom() - top_y))
    goal = QPen(QColor(PRINT.goal), 5)
    goal.setStyle(Qt.PenStyle.DashLine)
    painter.setPen(goal)
    y = chart.y(report.goal_min)
    painter.drawLine(QPointF(chart.area.left(), y), QPointF(chart.area.right(), y))
    goal_words = ReportWords.tr("goal, {minutes} a week").format(minutes=format_minutes(report.goal_min))
    chart.legend([(ReportWords.tr("minutes done"), PRINT.minutes), (goal_words, PRINT.goal)])
    return chart.finish()


def pain_chart(report: PhysioReport) -> QImage:
    chart = _Chart(ReportWords.tr("Pain per week (average rating, 0–10)"), [_day(w.start) for w in report.weeks], 10, 2)
    chart.line([w.pain_before for w in report.weeks], PRINT.pain_before)
    chart.line([w.pain_after for w in report.weeks], PRINT.pain_after)
    chart.line([w.next_day for w in report.weeks], PRINT.next_day, dashed=True)
    chart.legend(
        [
            (ReportWords.tr("before"), PRINT.pain_before),
            (ReportWords.tr("after"), PRINT.pain_after),
            (ReportWords.tr("next day"), PRINT.next_day),
        ]
    )
    return chart.finish()


def check_chart(report: PhysioReport, measure_id: str) -> QImage:
    rows = [c for c in report.checks if c.measure_id == measure_id]
    weeks = [w.start for w in report.weeks]
    by_week = {c.week_start: c for c in rows}
    top = max(max(c.left, c.right) for c in rows) * 1.15
    unit = rows[0].unit
    title = ReportWords.tr("{measure}: left and right").format(measure=rows[0].label)
    chart = _Chart(title, [_day(d) for d in weeks], top, _nice_step(top), unit)
    chart.line([by_week[d].left if d in by_week else None for d in weeks], PRINT.left)
    chart.line([by_week[d].right if d in by_week else None for d in weeks], PRINT.right, dashed=True)
    chart.legend([(ReportWords.tr("left"), PRINT.left), (ReportWords.tr("right"), PRINT.right)])
    return chart.finish()


# ---- the document ------------------------------------------------------------------------------------------------


def _table(header: Sequence[str], rows: Sequence[Sequence[str]], widths: Sequence[int] = ()) -> str:
    head = "".join(
        f'<th align="left"{f" width={widths[i]}%" if i < len(widths) else ""}>{html.escape(h)}</th>'
        for i, h in enumerate(header)
    )
    body = "".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in rows
    )  # cells are escaped by the callers (some carry HipDesk's own colour markup)
    return f'<table width="100%" cellspacing="0" cellpadding="4" border="0" class="t"><tr>{head}</tr>{body}</table>'


def _verdict(check: ReportCheck) -> str:
    colour = {"flagged": PRINT.flagged, "watch": PRINT.watch}.get(check.verdict.value, PRINT.ink)
    return f'<span style="color:{colour}">{html.escape(check.verdict_words)}</span>'


def report_html(report: PhysioReport) -> str:
    e = html.escape
    heading = ReportWords.tr("{app}: hip-mobility report").format(app=APP_NAME)
    written = ReportWords.tr(
        "{period} · written by {app} {version} · HipDesk is not medical advice; these are the person's own records."
    ).format(period=_period(report), app=APP_NAME, version=__version__)
    sessions = ReportWords.tr("%n session(s): {complete} done in full, {cut_short} cut short.", "", report.sessions)
    weeks = ReportWords.tr("{minutes} in %n week(s);", "", len(report.weeks))
    goal = ReportWords.tr("the goal of {goal} a week was met in %n week(s).", "", report.weeks_at_goal)
    summary = " ".join(
        [
            sessions.format(complete=report.complete, cut_short=report.cut_short),
            weeks.format(minutes=format_minutes(report.minutes)),
            goal.format(goal=format_minutes(report.goal_min)),
        ]
    )
    parts = [
        f"<h1>{e(heading)}</h1>",
        f'<p class="muted">{e(written)}</p>',
        _h2(ReportWords.tr("Summary")),
        f"<p>{e(summary)}</p>",
        f'<p><img src="chart:minutes" width="{IMAGE_W}"></p>',
    ]
    week_rows = [
        [
            e(_day(w.start)),
            e(format_minutes(w.minutes)),
            "✓" if w.minutes >= report.goal_min else "",
            str(w.sessions),
            str(w.cut_short),
            _rating(w.pain_before),
            _rating(w.pain_after),
            _rating(w.next_day),
            e(f"{number(w.left_min)} / {number(w.right_min)}"),
        ]
        for w in report.weeks
    ]
    parts.append(
        _table(
            [
                ReportWords.tr("Week of"),
                ReportWords.tr("Minutes"),
                ReportWords.tr("Goal"),
                ReportWords.tr("Sessions"),
                ReportWords.tr("Cut short"),
                ReportWords.tr("Pain before"),
                ReportWords.tr("Pain after"),
                ReportWords.tr("Next day"),
                ReportWords.tr("Left / right min"),
            ],
            week_rows,
        )
    )
    pain = e(ReportWords.tr("Pain"))
    parts += [f'<h2 style="page-break-before: always">{pain}</h2>', f'<p><img src="chart:pain" width="{IMAGE_W}"></p>']
    ratings = ReportWords.tr(
        "Ratings from 0 (none) to 10 (worst), averaged per week: before a session, after it, and "
        "the next morning. HipDesk asks to stop above 5, or when pain rises more than 2 points in a session."
    )
    parts.append(f'<p class="muted">{e(ratings)}</p>')
    checks = e(ReportWords.tr("Weekly checks: left against right"))
    parts.append(f'<h2 style="page-break-before: always">{checks}</h2>')
    if report.checks:
        for measure_id in dict.fromkeys(c.measure_id for c in report.checks):
            parts.append(f'<p><img src="chart:check:{e(measure_id)}" width="{IMAGE_W}"></p>')
        parts.append(
            _table(
                [
                    ReportWords.tr("Week of"),
                    ReportWords.tr("Measure"),
                    ReportWords.tr("Left"),
                    ReportWords.tr("Right"),
                    ReportWords.tr("Difference"),
                    ReportWords.tr("Verdict"),
                ],
                [
                    [
                        e(_day(c.week_start)),
                        e(c.label),
                        e(f"{_value(c.left)}{c.unit}"),
                        e(f"{_value(c.right)}{c.unit}"),
                        e(
                            f"{number(c.difference, 1)}{c.unit}"
                            + (
                                ReportWords.tr(", {side} tighter").format(side=c.tighter)
                                if c.verdict.value != "normal"
                                else ""
                            )
                        ),
                        _verdict(c),
                    ]
                    for c in report.checks
                ],
            )
        )
    else:
        parts.append(_p(ReportWords.tr("No weekly check with both sides in this period.")))
    parts.append(_h2(ReportWords.tr("Progression")))
    if report.progression:
        parts.append(
            _table(
                [ReportWords.tr("Day"), ReportWords.tr("Routine"), ReportWords.tr("Change")],
                [[e(_day(p.day)), e(p.routine_name), e(p.change)] for p in report.progression],
                (14, 26, 60),
            )
        )
    else:
        parts.append(_p(ReportWords.tr("No routine was changed in this period.")))
    parts.append(_h2(ReportWords.tr("The current routine")))
    if report.routine_lines:
        played = ReportWords.tr("{routine} (played last in this period)").format(routine=report.routine_name)
        parts.append(f"<p>{e(played)}</p>")
        parts.append(
            _table(
                [ReportWords.tr("Exercise"), ReportWords.tr("Sides"), ReportWords.tr("Dose")],
                [[e(r.exercise), e(r.sides), e(r.dose)] for r in report.routine_lines],
                (40, 20, 40),
            )
        )
    else:
        parts.append(_p(ReportWords.tr("No routine was played in this period.")))
    if report.notes:
        parts.append(_h2(ReportWords.tr("Notes")))
        parts.append(
            _table(
                [ReportWords.tr("Day"), ReportWords.tr("Routine"), ReportWords.tr("Felt"), ReportWords.tr("Note")],
                [
                    [e(_day(n.day)), e(n.routine_name), e(n.feeling or ""), e(n.notes).replace("\n", "<br>")]
                    for n in report.notes
                ],
                (12, 22, 10, 56),
            )
        )
    return "".join(parts)


STYLE = f"""
body {{ color: {PRINT.ink}; font-size: 10pt; }}
h1 {{ font-size: 17pt; margin-bottom: 2px; }}
h2 {{ font-size: 13pt; margin-top: 16px; margin-bottom: 4px; }}
.muted {{ color: {PRINT.muted}; font-size: 9pt; }}
table.t th {{ background-color: #eef1f4; font-size: 9pt; }}
table.t td {{ border-bottom: 1px solid {PRINT.grid}; font-size: 9pt; }}
"""


def report_document(report: PhysioReport) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultStyleSheet(STYLE)
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:minutes"), minutes_chart(report))
    document.addResource(QTextDocument.ResourceType.ImageResource, QUrl("chart:pain"), pain_chart(report))
    for measure_id in dict.fromkeys(c.measure_id for c in report.checks):
        document.addResource(
            QTextDocument.ResourceType.ImageResource, QUrl(f"chart:check:{measure_id}"), check_chart(report, measure_id)
        )
    document.setHtml(report_html(report))
    return document


def write_report_pdf(report: PhysioReport, path: Path) -> int:
    """Write the report to ``path`` as an A4 PDF; returns its page count. Raises OSError when it cannot be written."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(16, 14, 16, 14))
    )
    writer.setTitle(ReportWords.tr("{app} report, {period}").format(app=APP_NAME, period=_period(report)))
    writer.setCreator(f"{APP_NAME} {__version__}")
    document = report_document(report)
    document.print_(writer)
    pages = document.pageCount()
    del writer  # finishes the file
    if not path.is_file() or path.stat().st_size == 0:
        raise OSError(f"could not write {path}")
    return pages
