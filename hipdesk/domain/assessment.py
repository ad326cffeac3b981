"""The weekly mobility check: what each check measures, how a week compares, and what to work on.

Numbers come from the evidence notes (``shared/content/evidence.md``):

- typical ranges: seated internal rotation 30-40°, external rotation 40-60° (Wilson 2014; Kouyoumdjian 2012),
  figure-four knee height 12.4 ± 2.8 cm (Bagwell et al.), modified Thomas test thigh at or below level (Peeler 2008);
- minimal detectable change (MDC) with a phone inclinometer about 5-10° (Charlton 2015; Keogh 2019), Thomas test
  error about 7° (Peeler 2008), figure-four knee height about 3.7-4.0 cm (Bagwell et al.);
- side-to-side rule: a difference is flagged only when it exceeds both 10° (4 cm for the knee height) and the
  measurement's MDC, and only when it holds, on the same side, in two checks in a row (Ellison 1990 treats rotation
  within 10° as equal). Anything else is "within normal variation".

HipDesk reports and compares; it never diagnoses. Every sentence here is worded as an observation or a suggestion.

Every text a person reads is translatable: :func:`checks` and :func:`measures` give the definitions in the installed
language (``CHECKS`` holds the English, which the translations are checked against), and the findings are
:class:`~hipdesk.domain.i18n.Phrase` objects (the ``checks`` translation file).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from hipdesk.domain.exercise import Exercise, Side
from hipdesk.domain.i18n import Catalogue, Phrase, installed, number
from hipdesk.domain.routine import EXTRA_SETS_RANGE, Routine, RoutineItem

ANGLE_DIFFERENCE_DEG = 10.0  # Ellison 1990: rotation within 10° between sides counts as equal
THOMAS_KNEE_TYPICAL_DEG = 67.0  # a hanging knee bent less than about 67° suggests short two-joint flexors (Peeler)
KNEE_HEIGHT_DIFFERENCE_CM = 4.0  # figure-four knee height: sides about 2.0 ± 0.9 cm apart, MDC 3.7-4.0 cm
EXTRA_SETS_FOR_TIGHTER_SIDE = 1
MAX_EXTRA_SETS = EXTRA_SETS_RANGE[1]  # a suggestion never goes past what a routine may hold
FOLLOW_UP_ROUTINE_NAME = Phrase("checks.follow_up_name", "Weekly check follow-up")
_FOLLOW_UP_DESCRIPTION = Phrase("checks.follow_up_description", "Exercises suggested by a weekly mobility check.")
REMIND_AFTER_DAYS = 7
SUGGESTIONS_PER_FINDING = 2  # a follow-up routine stays short: the two most direct exercises per finding


def check_due(last_check: date | None, today: date, after_days: int = REMIND_AFTER_DAYS) -> bool:
    """True when no check was ever recorded, or a week (``after_days``) has passed since the last one."""
    return last_check is None or (today - last_check).days >= after_days


class Unit(StrEnum):
    """How a value is entered and stored. Choice units store the index of the choice (0 is the best)."""

    CM = "cm"
    DEGREES = "deg"
    PASS_FAIL = "pass/fail"
    EASY_LIMITED = "easy/limited"
    YES_NO = "yes/no"
    DEPTH = "depth"
    SIT = "sit"
    FEEL = "feel"
    CROSS = "cross"

    @property
    def is_number(self) -> bool:
        return self in (Unit.CM, Unit.DEGREES)

    @property
    def choices(self) -> tuple[str, ...]:
        """The labels of a choice unit, best first; empty for a number."""
        return tuple(choice() for choice in _CHOICES.get(self, ()))

    @property
    def symbol(self) -> str:
        return {Unit.CM: "cm", Unit.DEGREES: "°"}.get(self, "")

    def show(self, value: float) -> str:
        if self.is_number:
            return f"{number(value)}{'' if self is Unit.DEGREES else ' '}{self.symbol}"
        labels = self.choices
        index = round(value)
        return labels[index] if 0 <= index < len(labels) else number(value)


_CHOICES: dict[Unit, tuple[Phrase, ...]] = {
    unit: tuple(Phrase(f"checks.choices.{unit.name.lower()}.{index}", text) for index, text in enumerate(texts))
    for unit, texts in {
        Unit.PASS_FAIL: ("pass", "not yet"),
        Unit.EASY_LIMITED: ("easy", "limited"),
        Unit.YES_NO: ("yes", "no"),
        Unit.DEPTH: ("below level", "level", "above level"),
        Unit.SIT: ("comfortable", "with hands or a cushion", "not possible"),
        Unit.FEEL: ("free", "a bit stiff", "very stiff"),
        Unit.CROSS: ("the ankle rests on the thigh", "cannot cross the ankle"),
    }.items()
}


class Better(StrEnum):
    """Which direction of a number means more freedom of movement."""

    HIGHER = "higher"
    LOWER = "lower"


@dataclass(frozen=True)
class Measure:
    """One value a check records, e.g. seated internal rotation in degrees, per side.

    ``id`` is what the ``check_results.check_id`` column holds (the check's exercise id, plus ``.suffix`` when a
    check records more than one value), so :attr:`check_id` is read from it. ``alt_unit`` is a second way to record
    it (easy / limited without a phone).
    ``typical`` is the typical adult range for a number, or the best choice (0) for a choice unit.
    ``side_threshold`` is the side difference the rule starts from (10° or 4 cm); None for no side comparison.
    """

    id: str
    label: str
    unit: Unit
    per_side: bool
    how: str
    better: Better = Better.HIGHER
    typical_low: float | None = None
    typical_high: float | None = None
    mdc: float | None = None
    side_threshold: float | None = None
    alt_unit: Unit | None = None
    limited_note: str = ""  # said when a value is outside the typical range, as an observation
    suggestions: tuple[str, ...] = ()  # exercise ids that work on this measure when it is limited or uneven
    minimum: float = 0.0
    maximum: float = 180.0
    typical_label: str = ""  # the typical range in words, when plainer than the numbers
    choice_notes: tuple[str, ...] = ()  # for a choice: what each choice says, when it says more than limited_note

    @property
    def check_id(self) -> str:
        """The check (its exercise id) this value belongs to."""
        return self.id.partition(".")[0]

    @property
    def typical_text(self) -> str:
        if self.typical_label:
            return _TYPICAL(range=self.typical_label)
        if not self.unit.is_number:
            return _TYPICAL(range=self.unit.choices[0]) if self.unit.choices else ""
        low, high, unit = self.typical_low, self.typical_high, self.unit
        if low is not None and high is not None:
            return _TYPICAL(range=f"{number(low)}–{unit.show(high)}")
        if high is not None:
            return _TYPICAL_AT_MOST(value=unit.show(high))
        if low is not None:
            return _TYPICAL_AT_LEAST(value=unit.show(low))
        return ""

    @property
    def difference_threshold(self) -> float | None:
        """The side difference that must be exceeded: the larger of the fixed threshold and the MDC."""
        if self.side_threshold is None:
            return None
        return max(self.side_threshold, self.mdc or 0.0)


_TYPICAL = Phrase("checks.typical", "typical: {range}")
_TYPICAL_AT_MOST = Phrase("checks.typical_at_most", "typical: {value} or less")
_TYPICAL_AT_LEAST = Phrase("checks.typical_at_least", "typical: {value} or more")


@dataclass(frozen=True)
class CheckDefinition:
    """A check of the weekly routine: its exercise (figure and steps) and what it records."""

    id: str  # the check exercise's id
    title: str
    measures: tuple[Measure, ...]
    measuring: str  # how to measure, in a sentence or two


_SEATED_IR = Measure(
    id="check-seated-rotation.internal",
    label="Inward (internal) rotation",
    unit=Unit.DEGREES,
    per_side=True,
    how="Foot swings outward, thigh still; read the phone's angle.",
    typical_low=30,
    typical_high=40,
    mdc=8,
    side_threshold=ANGLE_DIFFERENCE_DEG,
    alt_unit=Unit.EASY_LIMITED,
    limited_note="less inward rotation than is typical",
    suggestions=("hip-90-90-switches", "seated-hip-rotations", "windshield-wipers"),
    maximum=90,
)
_SEATED_ER = Measure(
    id="check-seated-rotation.external",
    label="Outward (external) rotation",
    unit=Unit.DEGREES,
    per_side=True,
    how="Foot swings inward across the other leg; read the phone's angle.",
    typical_low=40,
    typical_high=60,
    mdc=8,
    side_threshold=ANGLE_DIFFERENCE_DEG,
    alt_unit=Unit.EASY_LIMITED,
    limited_note="less outward rotation than is typical",
    suggestions=("figure-four-stretch", "hip-90-90-stretch", "seated-hip-rotations"),
    maximum=90,
)

CHECKS: tuple[CheckDefinition, ...] = (
    CheckDefinition(
        id="check-forward-fold",
        title="Forward fold reach",
        measuring="With straight knees, can your fingertips reach past your shins? For a number, measure the gap "
        "from your fingertips to the floor (0 when you touch it).",
        measures=(
            Measure(
                id="check-forward-fold",
                label="Fingertips reach past the shins",
                unit=Unit.PASS_FAIL,
                per_side=False,
                how="Knees straight, one slow reach.",
                limited_note="the fingertips stayed above the shins",
                suggestions=("lying-hamstring-stretch", "forward-fold"),
            ),
            # The benchmark is the source's: past the shins (the measure above). The gap to the floor only tracks
            # change from week to week; touching the floor is not the aim, so it has no typical range.
            Measure(
                id="check-forward-fold.gap",
                label="Gap from fingertips to the floor",
                unit=Unit.CM,
                per_side=False,
                how="0 when you touch the floor; for tracking change, not a target.",
                better=Better.LOWER,
                mdc=4,
                suggestions=("lying-hamstring-stretch", "forward-fold"),
                maximum=100,
            ),
        ),
    ),
    CheckDefinition(
        id="check-figure-four",
        title="Figure-four knee height",
        measuring="Lying on your back in a figure four, let the knee fall and measure from the outside of the knee "
        "straight down to the floor, in centimetres, each side. If the ankle will not cross onto the other thigh, "
        "record that instead of a height.",
        measures=(
            Measure(
                id="check-figure-four",
                label="Knee height above the floor",
                unit=Unit.CM,
                per_side=True,
                how="Let the knee fall; don't push it.",
                better=Better.LOWER,
                typical_low=9.6,
                typical_high=15.2,
                mdc=4.0,
                side_threshold=KNEE_HEIGHT_DIFFERENCE_CM,
                limited_note="the knee stays higher than is typical",
                suggestions=("figure-four-stretch", "supine-piriformis-stretch", "butterfly-adductor-stretch"),
                maximum=60,
            ),
            Measure(
                id="check-figure-four.cross",
                label="Ankle crosses onto the other thigh",
                unit=Unit.CROSS,
                per_side=True,
                how="The outside of the ankle rests just above the other knee.",
                limited_note="the ankle could not cross onto the other thigh",
                suggestions=("knee-to-chest-glute-stretch", "seated-hip-rotations", "supine-piriformis-stretch"),
            ),
        ),
    ),
    CheckDefinition(
        id="check-seated-rotation",
        title="Seated hip rotation",
        measuring="Hold the phone lengthwise on the front of the shin with a level app (straight down reads 0°). "
        "Without a phone, rate each direction easy or limited.",
        measures=(_SEATED_IR, _SEATED_ER),
    ),
    CheckDefinition(
        id="check-thomas-test",
        title="Thomas-style hip flexor screen",
        measuring="With the phone on the hanging thigh, read the angle from level: above level counts as plus, "
        "below as minus. Then the knee: how far it bends, 90° being a right angle.",
        measures=(
            Measure(
                id="check-thomas-test",
                label="Hanging thigh from level",
                unit=Unit.DEGREES,
                per_side=True,
                how="+ above level, − below level; back flat on the table.",
                better=Better.LOWER,
                typical_high=0,
                typical_label="level or below (0° or less)",
                mdc=7,
                side_threshold=ANGLE_DIFFERENCE_DEG,
                limited_note="the hanging thigh stayed above level",
                suggestions=(
                    "half-kneeling-hip-flexor-stretch",
                    "tall-kneeling-hip-flexor-stretch",
                    "standing-quad-stretch",
                ),
                minimum=-45,
                maximum=60,
            ),
            Measure(
                id="check-thomas-test.knee",
                label="Knee bend of the hanging leg",
                unit=Unit.DEGREES,
                per_side=True,
                how="The angle between thigh and shin, 90° a right angle. With the phone along the shin (straight "
                "down reads 0°, the foot swung out reads plus): 90 − the shin's reading − the thigh's reading.",
                better=Better.HIGHER,
                typical_low=THOMAS_KNEE_TYPICAL_DEG,
                typical_label=f"about {THOMAS_KNEE_TYPICAL_DEG:g}° or more",
                mdc=7,
                side_threshold=ANGLE_DIFFERENCE_DEG,
                limited_note="the hanging knee bent less than is typical",
                suggestions=("standing-quad-stretch", "half-kneeling-hip-flexor-stretch"),
                maximum=150,
            ),
        ),
    ),
    CheckDefinition(
        id="check-deep-squat",
        title="Deep squat",
        measuring="Squat slowly as low as you can with heels down, hold the bottom and notice depth, heels, knees "
        "and back.",
        measures=(
            Measure(
                id="check-deep-squat",
                label="Depth (thighs compared with level)",
                unit=Unit.DEPTH,
                per_side=False,
                how="At the lowest point your heels stay down.",
                limited_note="the squat stayed above level",
                choice_notes=("", "the thighs reached level but not below", "the squat stayed above level"),
                suggestions=("tempo-squat", "wall-calf-stretch", "butterfly-adductor-stretch"),
            ),
            Measure(
                id="check-deep-squat.heels",
                label="Heels stayed down",
                unit=Unit.YES_NO,
                per_side=False,
                how="",
                limited_note="the heels lifted",
                suggestions=("wall-calf-stretch",),
            ),
            Measure(
                id="check-deep-squat.knees",
                label="Knees followed the toes",
                unit=Unit.YES_NO,
                per_side=False,
                how="",
                limited_note="the knees drifted inward",
                suggestions=("side-lying-clamshell", "lateral-band-walk"),
            ),
            Measure(
                id="check-deep-squat.back",
                label="Lower back stayed neutral",
                unit=Unit.YES_NO,
                per_side=False,
                how="",
                limited_note="the lower back rounded at the bottom",
                suggestions=("hip-hinge",),
            ),
        ),
    ),
    CheckDefinition(
        id="check-floor-sit",
        title="Sitting on the floor (90/90)",
        measuring="Sit in a 90/90 with each leg in front in turn and rate how easily you sit tall with your hands "
        "off the floor.",
        measures=(
            Measure(
                id="check-floor-sit",
                label="90/90 sit, this leg in front",
                unit=Unit.SIT,
                per_side=True,
                how="Both sit bones down, chest tall.",
                limited_note="sitting tall in the 90/90 needed help",
                suggestions=("hip-90-90-stretch", "hip-90-90-switches", "butterfly-adductor-stretch"),
            ),
        ),
    ),
    CheckDefinition(
        id="check-lunge-control",
        title="Lunge control",
        measuring="Lower into a lunge facing a mirror or a camera (side-on for the back) and watch the front knee, "
        "the pelvis and the lower back; answer for each front leg.",
        measures=(
            Measure(
                id="check-lunge-control.knee",
                label="Front knee stayed over the middle toes",
                unit=Unit.YES_NO,
                per_side=True,
                how="",
                limited_note="the front knee drifted inward",
                suggestions=("side-lying-clamshell", "lateral-band-walk", "split-squat"),
            ),
            Measure(
                id="check-lunge-control.pelvis",
                label="Pelvis stayed level",
                unit=Unit.YES_NO,
                per_side=True,
                how="",
                limited_note="the pelvis dropped or twisted",
                suggestions=("side-plank", "hip-airplanes-supported"),
            ),
            Measure(
                id="check-lunge-control.back",
                label="Lower back stayed still (no extra arch)",
                unit=Unit.YES_NO,
                per_side=True,
                how="Side-on: the lower back does not arch to make up the depth.",
                limited_note="the lower back arched to make up the depth",
                suggestions=("tall-kneeling-hip-flexor-stretch", "plank"),
            ),
        ),
    ),
    CheckDefinition(
        id="check-hip-feel",
        title="Hip feel scan",
        measuring="Move slowly through floor hip twists, 90/90 switches and hip circles, then rate how each hip feels.",
        measures=(
            Measure(
                id="check-hip-feel",
                label="How this hip feels",
                unit=Unit.FEEL,
                per_side=True,
                how="",
                limited_note="the hip felt stiff",
                suggestions=("quadruped-hip-circles", "windshield-wipers"),
            ),
        ),
    ),
)

MEASURES: dict[str, Measure] = {m.id: m for check in CHECKS for m in check.measures}

# ---- the definitions in the installed language ---------------------------------------------------------------------

_MEASURE_TEXTS = ("label", "how", "limited_note", "typical_label")


def _text_key(check: CheckDefinition, m: Measure | None, name: str) -> str:
    """``checks.<check id>.<field>`` for a check, ``checks.<check id>.<measure>.<field>`` for one of its measures
    (the measure's suffix after the dot, or 'value' for the check's main measure)."""
    if m is None:
        return f"checks.{check.id}.{name}"
    return f"checks.{check.id}.{m.id.partition('.')[2] or 'value'}.{name}"


_DEFINITION_TEXTS: dict[str, Phrase] = {}
for _check in CHECKS:
    for _name in ("title", "measuring"):
        _key = _text_key(_check, None, _name)
        _DEFINITION_TEXTS[_key] = Phrase(_key, getattr(_check, _name))
    for _m in _check.measures:
        for _name in _MEASURE_TEXTS:
            if getattr(_m, _name):
                _key = _text_key(_check, _m, _name)
                _DEFINITION_TEXTS[_key] = Phrase(_key, getattr(_m, _name))
        for _index, _note in enumerate(_m.choice_notes):
            if _note:
                _key = _text_key(_check, _m, f"choice_notes.{_index}")
                _DEFINITION_TEXTS[_key] = Phrase(_key, _note)

_translated: tuple[Catalogue, tuple[CheckDefinition, ...]] | None = None


def _say(check: CheckDefinition, m: Measure | None, name: str) -> str:
    english = getattr(m if m is not None else check, name)
    return _DEFINITION_TEXTS[_text_key(check, m, name)]() if english else english


def _notes(check: CheckDefinition, m: Measure) -> tuple[str, ...]:
    return tuple(
        _DEFINITION_TEXTS[_text_key(check, m, f"choice_notes.{index}")]() if note else note
        for index, note in enumerate(m.choice_notes)
    )


def checks() -> tuple[CheckDefinition, ...]:
    """The weekly check's definitions with their texts in the installed language (``CHECKS`` is the English)."""
    global _translated
    catalogue = installed()
    if _translated is None or _translated[0] is not catalogue:
        _translated = (
            catalogue,
            tuple(
                replace(
                    check,
                    title=_say(check, None, "title"),
                    measuring=_say(check, None, "measuring"),
                    measures=tuple(
                        replace(
                            m,
                            label=_say(check, m, "label"),
                            how=_say(check, m, "how"),
                            limited_note=_say(check, m, "limited_note"),
                            typical_label=_say(check, m, "typical_label"),
                            choice_notes=_notes(check, m),
                        )
                        for m in check.measures
                    ),
                )
                for check in CHECKS
            ),
        )
    return _translated[1]


def measures() -> dict[str, Measure]:
    """Every measure by id, in the installed language."""
    return {m.id: m for check in checks() for m in check.measures}


def measure(measure_id: str) -> Measure:
    return measures()[measure_id]


# ---- recorded values -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckValue:
    """One recorded value: a measure on one side (``Side.NONE`` when not per side), in ``unit``."""

    measure_id: str
    side: Side
    value: float
    unit: Unit
    note: str = ""


@dataclass(frozen=True)
class WeekResults:
    """Every value recorded for the week starting ``week_start`` (a Monday). Skipped checks have no value."""

    week_start: date
    values: tuple[CheckValue, ...]

    def get(self, measure_id: str, side: Side = Side.NONE) -> CheckValue | None:
        for value in self.values:
            if value.measure_id == measure_id and value.side is side:
                return value
        return None

    def sides(self, measure_id: str) -> tuple[CheckValue, CheckValue] | None:
        """Left and right of a per-side number, both in the same unit, or None."""
        left, right = self.get(measure_id, Side.LEFT), self.get(measure_id, Side.RIGHT)
        if left is None or right is None or left.unit is not right.unit:
            return None
        return left, right


# ---- comparisons -------------------------------------------------------------------------------------------------


class Standing(StrEnum):
    """A value against the typical range, from the point of view of freedom of movement."""

    TYPICAL = "typical"
    LIMITED = "limited"  # on the less free side of typical
    BEYOND = "beyond"  # on the freer side of typical
    UNKNOWN = "unknown"


def standing(m: Measure, value: CheckValue) -> Standing:
    """How a value compares with the typical range (a choice: 0 is typical, anything else limited)."""
    if not value.unit.is_number:
        return Standing.TYPICAL if round(value.value) == 0 else Standing.LIMITED
    low, high = m.typical_low, m.typical_high
    if low is None and high is None:
        return Standing.UNKNOWN
    too_low = low is not None and value.value < low
    too_high = high is not None and value.value > high
    if not (too_low or too_high):
        return Standing.TYPICAL
    limited = too_low if m.better is Better.HIGHER else too_high
    return Standing.LIMITED if limited else Standing.BEYOND


def tighter_side(m: Measure, left: float, right: float) -> Side:
    """The side with less movement; NONE when equal."""
    if left == right:
        return Side.NONE
    left_freer = left > right if m.better is Better.HIGHER else left < right
    return Side.RIGHT if left_freer else Side.LEFT


def exceeds_rule(m: Measure, left: float, right: float) -> bool:
    """One check's difference exceeds both the fixed threshold (10° / 4 cm) and the measure's MDC."""
    threshold = m.difference_threshold
    return threshold is not None and abs(left - right) > threshold


class SideVerdict(StrEnum):
    FLAGGED = "flagged"  # exceeded the rule in this check and the one before, on the same side
    WATCH = "watch"  # exceeded it this time only: flagged if it holds next time
    NORMAL = "normal"  # within normal variation


@dataclass(frozen=True)
class SideComparison:
    measure_id: str
    left: float
    right: float
    difference: float
    tighter: Side
    verdict: SideVerdict
    message: str

    @property
    def flagged(self) -> bool:
        return self.verdict is SideVerdict.FLAGGED


def compare_sides(m: Measure, current: WeekResults, previous: WeekResults | None) -> SideComparison | None:
    """Left against right for a per-side number, by the rule; None when the pair is missing or not a number.

    ``previous`` is the check just before this one (the latest earlier week with any value recorded): "two checks
    in a row" means that check and this one, so a check that skipped this measure breaks the run.
    """
    if m.difference_threshold is None:
        return None
    pair = current.sides(m.id)
    if pair is None or not pair[0].unit.is_number:
        return None
    left, right = pair[0].value, pair[1].value
    difference = abs(left - right)
    unit = pair[0].unit
    tighter = tighter_side(m, left, right)
    shown = unit.show(round(difference, 1))
    threshold = m.difference_threshold
    assert threshold is not None
    usual = unit.show(round(threshold, 1))
    if not exceeds_rule(m, left, right):
        return SideComparison(
            m.id, left, right, difference, tighter, SideVerdict.NORMAL, _SIDES_NORMAL(difference=shown, usual=usual)
        )
    before = previous.sides(m.id) if previous is not None else None
    held = (
        before is not None
        and before[0].unit is unit
        and exceeds_rule(m, before[0].value, before[1].value)
        and tighter_side(m, before[0].value, before[1].value) is tighter
    )
    if held:
        return SideComparison(
            m.id,
            left,
            right,
            difference,
            tighter,
            SideVerdict.FLAGGED,
            _SIDES_FLAGGED[tighter](difference=shown, usual=usual),
        )
    return SideComparison(
        m.id,
        left,
        right,
        difference,
        tighter,
        SideVerdict.WATCH,
        _SIDES_WATCH(difference=shown, usual=usual),
    )


_SIDES_NORMAL = Phrase(
    "checks.sides_normal", "Left and right: {difference} apart, within normal variation (up to {usual})."
)
_SIDES_FLAGGED = {
    Side.LEFT: Phrase(
        "checks.sides_flagged_left",
        "The left side has had less movement in two checks in a row ({difference} apart this week, more than the "
        "{usual} of normal variation). Extra rounds on the left side can help even it out.",
    ),
    Side.RIGHT: Phrase(
        "checks.sides_flagged_right",
        "The right side has had less movement in two checks in a row ({difference} apart this week, more than the "
        "{usual} of normal variation). Extra rounds on the right side can help even it out.",
    ),
}
_SIDES_WATCH = Phrase(
    "checks.sides_watch",
    "{difference} apart this week, more than the {usual} of normal variation. One check can mislead: HipDesk points "
    "it out if the same side is behind again at the next check.",
)


@dataclass(frozen=True)
class WeekChange:
    measure_id: str
    side: Side
    before: float
    now: float
    beyond_error: bool  # the change exceeds the measure's MDC

    @property
    def message(self) -> str:
        unit = MEASURES[self.measure_id].unit
        delta = self.now - self.before
        before, now = unit.show(self.before), unit.show(self.now)
        if not self.beyond_error:
            change = _CHANGE_WITHIN_ERROR(before=before, now=now)
        else:
            sign = "+" if delta > 0 else "−"
            change = _CHANGE(before=before, now=now, delta=f"{sign}{unit.show(abs(round(delta, 1)))}")
        side = _CHANGE_ON_SIDE.get(self.side)
        return side(change=change) if side is not None else change


_CHANGE = Phrase("checks.change", "{before} → {now} ({delta})")
_CHANGE_WITHIN_ERROR = Phrase("checks.change_within_error", "{before} → {now}, within measuring error")
_CHANGE_ON_SIDE = {
    Side.LEFT: Phrase("checks.change_left", "left {change}"),
    Side.RIGHT: Phrase("checks.change_right", "right {change}"),
}


def week_changes(m: Measure, current: WeekResults, previous: WeekResults | None) -> list[WeekChange]:
    """Changes of a number since the previous check, per side."""
    if previous is None or not m.unit.is_number:
        return []
    changes = []
    for side in (Side.LEFT, Side.RIGHT) if m.per_side else (Side.NONE,):
        now, before = current.get(m.id, side), previous.get(m.id, side)
        if now is None or before is None or now.unit is not before.unit or not now.unit.is_number:
            continue
        error = m.mdc or 0.0
        changes.append(WeekChange(m.id, side, before.value, now.value, abs(now.value - before.value) > error))
    return changes


# ---- a week's summary ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureSummary:
    measure: Measure
    values: tuple[CheckValue, ...]  # as recorded (one, or left and right)
    standings: tuple[tuple[Side, Standing], ...]
    sides: SideComparison | None
    changes: tuple[WeekChange, ...]

    @property
    def limited_sides(self) -> tuple[Side, ...]:
        return tuple(side for side, s in self.standings if s is Standing.LIMITED)

    @property
    def observation(self) -> str:
        """One plain sentence about the typical range, never a diagnosis."""
        limited = self.limited_sides
        if not limited:
            return _WITHIN_TYPICAL() if self.standings else ""
        notes = self._choice_notes()
        if notes:
            return " ".join(notes)
        phrase = _OBSERVED
        if self.measure.per_side and len(limited) == 1:
            phrase = _OBSERVED_ON_SIDE[limited[0]]
        elif self.measure.per_side:
            phrase = _OBSERVED_BOTH_SIDES
        return _sentence(phrase(note=self.measure.limited_note))

    def _choice_notes(self) -> list[str]:
        """For a choice that names its own note (a squat to level is not one above it): the note of each limited
        value, with its side."""
        m = self.measure
        if not m.choice_notes:
            return []
        notes: list[str] = []
        for value in self.values:
            index = round(value.value)
            if value.unit is not m.unit or not 0 < index < len(m.choice_notes):
                continue
            phrase = _OBSERVED_ON_SIDE.get(value.side, _OBSERVED)
            notes.append(_sentence(phrase(note=m.choice_notes[index])))
        return notes


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


_WITHIN_TYPICAL = Phrase("checks.within_typical", "Within the typical range.")
_OBSERVED = Phrase("checks.observed", "{note}.")
_OBSERVED_ON_SIDE = {
    Side.LEFT: Phrase("checks.observed_left", "{note} on the left."),
    Side.RIGHT: Phrase("checks.observed_right", "{note} on the right."),
}
_OBSERVED_BOTH_SIDES = Phrase("checks.observed_both", "{note} on both sides.")


@dataclass(frozen=True)
class Suggestion:
    """An exercise that works on what the check found, with extra rounds on a tighter side."""

    exercise_id: str
    because: str
    extra_sets_left: int = 0
    extra_sets_right: int = 0


@dataclass(frozen=True)
class CheckSummary:
    week_start: date
    measures: tuple[MeasureSummary, ...]
    suggestions: tuple[Suggestion, ...] = field(default=())

    @property
    def flags(self) -> tuple[SideComparison, ...]:
        return tuple(s.sides for s in self.measures if s.sides is not None and s.sides.flagged)


def previous_with(measure_id: str, side_pair: bool, history: Sequence[WeekResults], before: date) -> WeekResults | None:
    """The latest week before ``before`` that recorded this measure (both sides when ``side_pair``)."""
    for week in sorted(history, key=lambda w: w.week_start, reverse=True):
        if week.week_start >= before:
            continue
        if side_pair and week.sides(measure_id) is not None:
            return week
        if not side_pair and any(v.measure_id == measure_id for v in week.values):
            return week
    return None


def summarize(current: WeekResults, history: Sequence[WeekResults], library: Mapping[str, Exercise]) -> CheckSummary:
    """Compare a week with the typical ranges, with the other side and with the checks before it.

    ``history`` may include ``current``; only earlier weeks are used for "two in a row" and changes. Changes
    compare with the last check that measured the value; "two in a row" looks only at the check just before.
    """
    earlier = [w for w in history if w.week_start < current.week_start and w.values]
    last_check = max(earlier, key=lambda w: w.week_start) if earlier else None
    summaries: list[MeasureSummary] = []
    for check in checks():
        for m in check.measures:
            values = tuple(v for v in current.values if v.measure_id == m.id)
            if not values:
                continue
            previous = previous_with(m.id, m.per_side, history, current.week_start)
            summaries.append(
                MeasureSummary(
                    measure=m,
                    values=values,
                    standings=tuple((v.side, standing(m, v)) for v in values),
                    sides=compare_sides(m, current, last_check) if m.per_side else None,
                    changes=tuple(week_changes(m, current, previous)),
                )
            )
    return CheckSummary(current.week_start, tuple(summaries), suggest(summaries, library))


def suggest(summaries: Iterable[MeasureSummary], library: Mapping[str, Exercise]) -> tuple[Suggestion, ...]:
    """Exercises for each limited or flagged measure, in check order, without repeats.

    A flagged side difference adds extra rounds on the tighter side (for exercises done one side at a time).
    """
    found: dict[str, Suggestion] = {}
    for summary in summaries:
        m = summary.measure
        flagged = summary.sides is not None and summary.sides.flagged
        if not summary.limited_sides and not flagged:
            continue
        tighter = summary.sides.tighter if flagged and summary.sides is not None else Side.NONE
        because = m.limited_note
        if flagged:
            moved_less = _MOVED_LESS[tighter]()
            because = _BECAUSE_BOTH(note=m.limited_note, side=moved_less) if summary.limited_sides else moved_less
        available = [e for e in m.suggestions if e in library][:SUGGESTIONS_PER_FINDING]
        for exercise_id in available:
            exercise = library[exercise_id]
            left = EXTRA_SETS_FOR_TIGHTER_SIDE if tighter is Side.LEFT and exercise.per_side else 0
            right = EXTRA_SETS_FOR_TIGHTER_SIDE if tighter is Side.RIGHT and exercise.per_side else 0
            earlier = found.get(exercise_id)
            if earlier is not None:
                found[exercise_id] = replace(
                    earlier,
                    extra_sets_left=max(earlier.extra_sets_left, left),
                    extra_sets_right=max(earlier.extra_sets_right, right),
                )
                continue
            found[exercise_id] = Suggestion(exercise_id, because, left, right)
    return tuple(found.values())


_MOVED_LESS = {
    Side.LEFT: Phrase("checks.moved_less_left", "the left side moved less"),
    Side.RIGHT: Phrase("checks.moved_less_right", "the right side moved less"),
}
_BECAUSE_BOTH = Phrase("checks.because_both", "{note}; {side}")


def add_suggestions(routine: Routine, suggestions: Iterable[Suggestion]) -> Routine:
    """The routine with the suggested exercises added (or their extra rounds raised if already there)."""
    items = list(routine.items)
    for s in suggestions:
        for index, item in enumerate(items):
            if item.exercise_id == s.exercise_id:
                items[index] = replace(
                    item,
                    extra_sets_left=min(MAX_EXTRA_SETS, max(item.extra_sets_left, s.extra_sets_left)),
                    extra_sets_right=min(MAX_EXTRA_SETS, max(item.extra_sets_right, s.extra_sets_right)),
                )
                break
        else:
            items.append(
                RoutineItem(s.exercise_id, extra_sets_left=s.extra_sets_left, extra_sets_right=s.extra_sets_right)
            )
    return replace(routine, items=tuple(items))


def follow_up_routine(suggestions: Iterable[Suggestion]) -> Routine:
    """A new routine holding the suggestions, for "Add to a routine" when no routine is chosen."""
    return add_suggestions(
        Routine(
            id="",
            name=FOLLOW_UP_ROUTINE_NAME(),
            description=_FOLLOW_UP_DESCRIPTION(),
            items=(),
            source="HipDesk weekly check: limited or uneven results point to these exercises.",
        ),
        suggestions,
    )
