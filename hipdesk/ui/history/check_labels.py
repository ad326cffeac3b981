"""How the History tab names and scales a stored mobility check value, from the weekly check's measures."""

from __future__ import annotations

from dataclasses import dataclass

from hipdesk.domain.assessment import Better, Unit, checks, measures
from hipdesk.domain.i18n import mid_sentence
from hipdesk.domain.words import number
from hipdesk.ui.history.labels import HistoryWords

UNIT_AXIS = {"cm": "cm", "deg": "degrees", "°": "degrees"}  # the axis key (see charts.MIN_CHECK_SPAN)
UNIT_SUFFIX = {"cm": " cm", "deg": "°", "°": "°"}


def axis_label(axis: str) -> str:
    """A check chart's y axis in words ("degrees"; "cm" as it is)."""
    return HistoryWords.tr("degrees") if axis == "degrees" else axis


@dataclass(frozen=True)
class CheckLook:
    title: str
    note: str  # which way is better and the typical range, in words
    axis: str  # the y axis label
    choices: tuple[str, ...]  # labels of a choice scale (stored as 0, 1, ...; 0 the best); empty for numbers
    typical: tuple[float | None, float | None]  # the typical range of a number

    def show(self, value: float, unit: str) -> str:
        if self.choices:
            index = round(value)
            return self.choices[index] if 0 <= index < len(self.choices) else f"{value:g}"
        return (
            f"{number(value, 0 if float(value).is_integer() else 1)}{UNIT_SUFFIX.get(unit, ' ' + unit if unit else '')}"
        )


def check_look(check_id: str, unit: str) -> CheckLook:
    measure = measures().get(check_id)
    choices = Unit(unit).choices if unit in {u.value for u in Unit} else ()
    if measure is None:
        words = check_id.removeprefix("check-").replace("-", " ").replace(".", ": ")
        return CheckLook(words[:1].upper() + words[1:], "", UNIT_AXIS.get(unit, unit), choices, (None, None))
    definition = next((c for c in checks() if c.id == measure.check_id), None)
    title = measure.label
    if definition is not None:
        single = len(definition.measures) == 1
        title = definition.title if single else f"{definition.title}: {mid_sentence(measure.label)}"
    notes = []
    if choices:
        notes.append(HistoryWords.tr("best: {choice}").format(choice=choices[0]))
    else:
        better = measure.better is Better.LOWER
        notes.append(HistoryWords.tr("lower is better") if better else HistoryWords.tr("higher is better"))
        if measure.typical_text and unit == measure.unit.value:
            notes.append(measure.typical_text)
    typical = (measure.typical_low, measure.typical_high) if unit == measure.unit.value else (None, None)
    return CheckLook(title, " · ".join(notes), UNIT_AXIS.get(unit, "" if choices else unit), choices, typical)
