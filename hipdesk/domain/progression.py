"""What to do next time with a routine, from how the last sessions felt and the pain ratings around them.

The rules (evidence notes: pain-monitoring model, Silbernagel et al. 2007; progression order, seed 003):

- **step back** when, in the session just played, pain passed 5/10 or rose by more than 2 points over the rating
  given before it, or when a recent session's next-day rating was worse than before that session;
- **progress** when the last two sessions of the routine were both rated "too easy", every pain rating given
  around them stayed at or below 2/10, and the last session's next-day check (24 h later) is in and no worse than
  before it; a missing rating means "not yet", never "fine": the session just played needs a pain rating before or
  after it (the next day is compared with it) and its next-day rating, and the reason says which is missing;
- **hold** otherwise.

Progress one step per exercise, in the source's order: longer holds or more reps first (up to a cap), then a harder
variation that adds no load (supported to unsupported, through the library's ``harder`` links), then a variation that
adds load (a band or a weight). A static stretch first grows its weekly total, one more hold a session up to
``STRETCH_MAX_SETS`` (the gains follow the total, not the length of each hold), and only then longer holds; for
people 65 or over it is the other way round, holds first toward 30-60 s (ACSM's advice for older adults).
Stepping back undoes in the same spirit: shorter holds or fewer reps down to the exercise's own dose, then an
easier variation, then one set fewer. Nothing is applied here: a suggestion is shown with its reason and the person
decides.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum

from hipdesk.domain.exercise import HOLD_S_RANGE, REPS_RANGE, Dose, Equipment, Exercise, Phase
from hipdesk.domain.pain import RISE_LIMIT, STOP_ABOVE, next_day_baseline, next_day_worse
from hipdesk.domain.routine import Routine, RoutineItem

PROGRESS_PAIN_MAX = 2  # "ideally under 2/10": progress only while every rating stayed at or below this
STEP_BACK_ABOVE = STOP_ABOVE  # the pain rules' stop line: a rating that passes 5/10 ...
STEP_BACK_RISE = RISE_LIMIT  # ... or rises by more than 2 points over the session's starting rating
EASY_SESSIONS_TO_PROGRESS = 2
HOLD_STEP_FACTOR = 1.25  # a hold grows by about a quarter, in 5 s steps
HOLD_CAP_FACTOR = 2.0  # up to twice the exercise's own hold
HOLD_MAX_S = HOLD_S_RANGE[1]  # a suggestion never goes past what a routine may hold
REPS_STEP = 2
REPS_CAP_FACTOR = 1.5  # up to half as many reps again as the exercise's own dose
REPS_MAX = REPS_RANGE[1]
LOAD = (Equipment.BAND, Equipment.WEIGHT)
NOT_PROGRESSED = (Phase.CHECK, Phase.BREATHE, Phase.ROLL)  # rolling or breathing longer is not harder
STRETCH_MAX_SETS = 4  # ACSM: 2-4 repetitions of each stretch
OLDER_ADULT_HOLD_S = (30, 60)  # ACSM: holds of 30-60 s for older adults


class Feeling(StrEnum):
    EASY = "easy"
    RIGHT = "right"
    HARD = "hard"

    @property
    def label(self) -> str:
        return {Feeling.EASY: "too easy", Feeling.RIGHT: "about right", Feeling.HARD: "too hard"}[self]


@dataclass(frozen=True)
class SessionOutcome:
    """How one session of a routine went. ``pain_peak`` is the highest rating given during or after it."""

    feeling: Feeling | None = None
    pain_before: int | None = None
    pain_after: int | None = None
    pain_peak: int | None = None
    next_day: int | None = None

    @property
    def highest(self) -> int | None:
        ratings = [r for r in (self.pain_after, self.pain_peak) if r is not None]
        return max(ratings) if ratings else None

    @property
    def ratings(self) -> tuple[int, ...]:
        return tuple(r for r in (self.pain_before, self.pain_after, self.pain_peak, self.next_day) if r is not None)


class Direction(StrEnum):
    PROGRESS = "progress"
    HOLD = "hold"
    STEP_BACK = "step_back"

    @property
    def label(self) -> str:
        return {Direction.PROGRESS: "Move forward", Direction.HOLD: "Stay here", Direction.STEP_BACK: "Ease off"}[self]


@dataclass(frozen=True)
class Decision:
    direction: Direction
    reason: str


def _next_day_worse(outcome: SessionOutcome) -> bool:
    """The pain rules' next-day test, against the rating before the session (else the one after it)."""
    if outcome.next_day is None:
        return False
    return next_day_worse(outcome.next_day, next_day_baseline(outcome.pain_before, outcome.pain_after))


def decide(outcomes: Sequence[SessionOutcome]) -> Decision:
    """The direction for next time from a routine's sessions, oldest first (the last one was just played)."""
    if not outcomes:
        return Decision(Direction.HOLD, "No session of this routine has been recorded yet.")
    latest = outcomes[-1]
    highest = latest.highest
    if highest is not None and highest > STEP_BACK_ABOVE:
        return Decision(
            Direction.STEP_BACK,
            f"Pain reached {highest}/10 this session, past {STEP_BACK_ABOVE}/10. Ease off next time, and if it "
            "keeps coming back, have it checked by a physiotherapist or doctor.",
        )
    if highest is not None and latest.pain_before is not None and highest - latest.pain_before > STEP_BACK_RISE:
        return Decision(
            Direction.STEP_BACK,
            f"Pain rose by {highest - latest.pain_before} points this session (from {latest.pain_before}/10 to "
            f"{highest}/10), more than {STEP_BACK_RISE}. Ease off next time.",
        )
    for outcome in reversed(outcomes[-EASY_SESSIONS_TO_PROGRESS:]):
        if _next_day_worse(outcome):
            return Decision(
                Direction.STEP_BACK,
                f"The day after a recent session your pain was worse ({outcome.next_day}/10). "
                "Ease off until the next day feels no worse than before.",
            )
    recent = outcomes[-EASY_SESSIONS_TO_PROGRESS:]
    if latest.feeling is None:
        return Decision(Direction.HOLD, "This session was not rated, so the routine stays as it is.")
    if latest.feeling is Feeling.HARD:
        return Decision(Direction.HOLD, "You rated it too hard: stay at this level until it feels easier.")
    if latest.feeling is Feeling.RIGHT:
        return Decision(
            Direction.HOLD,
            "You rated it about right: stay at this level. HipDesk suggests the next step after two easy sessions.",
        )
    if len(recent) < EASY_SESSIONS_TO_PROGRESS or any(o.feeling is not Feeling.EASY for o in recent):
        return Decision(
            Direction.HOLD,
            "Easy this time. One more easy session in a row and HipDesk will suggest the next step.",
        )
    worst = max((r for o in recent for r in o.ratings), default=0)
    if worst > PROGRESS_PAIN_MAX:
        return Decision(
            Direction.HOLD,
            f"The last two sessions felt easy, but pain reached {worst}/10. Moving forward waits until pain stays "
            f"at {PROGRESS_PAIN_MAX}/10 or below.",
        )
    if latest.pain_before is None and latest.pain_after is None and latest.pain_peak is None:
        return Decision(
            Direction.HOLD,
            "Not yet: the last two sessions felt easy, but this one has no pain rating. Rate your pain before or "
            "after the next session, so the day after can be compared with it; then HipDesk can suggest a step.",
        )
    if latest.next_day is None:
        return Decision(
            Direction.HOLD,
            "Not yet: the last two sessions felt easy. Moving forward waits for the next day: tomorrow HipDesk asks "
            "how your hips feel, and if they are no worse than before this session, it suggests the next step.",
        )
    return Decision(
        Direction.PROGRESS,
        f"The last two sessions felt easy, pain stayed at {PROGRESS_PAIN_MAX}/10 or below, and the next day was no "
        "worse: time for the next step.",
    )


# ---- changing a routine ------------------------------------------------------------------------------------------


class ChangeKind(StrEnum):
    LONGER = "longer"  # longer holds or more reps
    MORE_SETS = "more_sets"  # one more hold of a stretch each session: a bigger weekly total
    HARDER = "harder"  # a harder variation without load
    LOAD = "load"  # a variation that adds a band or a weight
    SHORTER = "shorter"
    EASIER = "easier"
    FEWER_SETS = "fewer_sets"


@dataclass(frozen=True)
class ItemChange:
    index: int
    before: RoutineItem
    after: RoutineItem
    kind: ChangeKind
    text: str


def _round5(seconds: float) -> int:
    return int(5 * round(seconds / 5))


def hold_cap_s(exercise: Exercise, *, older_adult: bool = False) -> int:
    assert exercise.dose.hold_s is not None
    cap = min(HOLD_MAX_S, _round5(exercise.dose.hold_s * HOLD_CAP_FACTOR))
    if older_adult and exercise.phase is Phase.STRETCH:
        return max(cap, OLDER_ADULT_HOLD_S[1])
    return cap


def reps_cap(exercise: Exercise) -> int:
    assert exercise.dose.reps is not None
    return min(REPS_MAX, max(exercise.dose.reps + REPS_STEP, round(exercise.dose.reps * REPS_CAP_FACTOR)))


def _longer(dose: Dose, exercise: Exercise, *, older_adult: bool = False) -> tuple[Dose, str] | None:
    """One step longer (holds) or more (reps), or None at the cap. Only for the exercise's own kind of dose.

    For an older adult a stretch shorter than 30 s goes straight to 30 s."""
    if dose.hold_s is not None and exercise.dose.hold_s is not None:
        cap = hold_cap_s(exercise, older_adult=older_adult)
        if dose.hold_s >= cap:
            return None
        hold = min(cap, max(dose.hold_s + 5, _round5(dose.hold_s * HOLD_STEP_FACTOR)))
        if older_adult and exercise.phase is Phase.STRETCH:
            hold = max(hold, OLDER_ADULT_HOLD_S[0])
        return replace(dose, hold_s=hold), f"Longer holds: {dose.hold_s} s → {hold} s"
    if dose.reps is not None and exercise.dose.reps is not None:
        cap = reps_cap(exercise)
        if dose.reps >= cap:
            return None
        reps = min(cap, dose.reps + REPS_STEP)
        return replace(dose, reps=reps), f"More reps: {dose.reps} → {reps}"
    return None


def _shorter(dose: Dose, exercise: Exercise) -> tuple[Dose, str] | None:
    """One step back toward the exercise's own dose, or None when already at or below it."""
    if dose.hold_s is not None and exercise.dose.hold_s is not None and dose.hold_s > exercise.dose.hold_s:
        hold = max(exercise.dose.hold_s, min(dose.hold_s - 5, _round5(dose.hold_s / HOLD_STEP_FACTOR)))
        return replace(dose, hold_s=hold), f"Shorter holds: {dose.hold_s} s → {hold} s"
    if dose.reps is not None and exercise.dose.reps is not None and dose.reps > exercise.dose.reps:
        reps = max(exercise.dose.reps, dose.reps - REPS_STEP)
        return replace(dose, reps=reps), f"Fewer reps: {dose.reps} → {reps}"
    return None


def _adds_load(current: Exercise, other: Exercise) -> bool:
    return any(e in LOAD and e not in current.equipment for e in other.equipment)


def _swapped(item: RoutineItem, exercise: Exercise) -> RoutineItem:
    """The item with another exercise at its own dose; extra rounds stay when it is still done per side."""
    extra_left = item.extra_sets_left if exercise.per_side else 0
    extra_right = item.extra_sets_right if exercise.per_side else 0
    return replace(item, exercise_id=exercise.id, dose=None, extra_sets_left=extra_left, extra_sets_right=extra_right)


def _more_sets(dose: Dose, exercise: Exercise) -> tuple[Dose, str] | None:
    """One more hold of a stretch each session (its weekly total grows), or None at ``STRETCH_MAX_SETS``."""
    if dose.hold_s is None or dose.sets >= STRETCH_MAX_SETS:
        return None
    each = " each side" if exercise.per_side else ""
    text = f"More stretch each week: {dose.sets} → {dose.sets + 1} holds{each}"
    return replace(dose, sets=dose.sets + 1), text


def progress_item(
    index: int, item: RoutineItem, library: Mapping[str, Exercise], *, older_adult: bool = False
) -> ItemChange | None:
    """One step forward for one item: longer (a stretch: its weekly total, then its holds), then harder without
    load, then with load. None at the top. ``older_adult``: 65 or over, a stretch's holds grow first, to 30-60 s."""
    exercise = library.get(item.exercise_id)
    if exercise is None or exercise.phase in NOT_PROGRESSED:
        return None
    dose = item.dose_for(exercise)
    if exercise.phase is Phase.STRETCH and dose.hold_s is not None:
        longer_holds = (ChangeKind.LONGER, _longer(dose, exercise, older_adult=older_adult))
        more_sets = (ChangeKind.MORE_SETS, _more_sets(dose, exercise))
        for kind, step in (longer_holds, more_sets) if older_adult else (more_sets, longer_holds):
            if step is not None:
                new, text = step
                return ItemChange(index, item, replace(item, dose=new), kind, f"{exercise.name}: {text}")
    longer = _longer(dose, exercise)
    if exercise.phase is not Phase.STRETCH and longer is not None:
        new, text = longer
        return ItemChange(index, item, replace(item, dose=new), ChangeKind.LONGER, f"{exercise.name}: {text}")
    harder = [library[h] for h in exercise.harder if h in library and library[h].phase is not Phase.CHECK]
    for adds_load in (False, True):
        for other in harder:
            if _adds_load(exercise, other) is adds_load:
                kind = ChangeKind.LOAD if adds_load else ChangeKind.HARDER
                what = "adds load" if adds_load else "harder variation"
                return ItemChange(index, item, _swapped(item, other), kind, f"{exercise.name} → {other.name} ({what})")
    return None


def step_back_item(index: int, item: RoutineItem, library: Mapping[str, Exercise]) -> ItemChange | None:
    """One step back for one item: shorter (down to its own dose), then easier, then one set fewer."""
    exercise = library.get(item.exercise_id)
    if exercise is None or exercise.phase in NOT_PROGRESSED:
        return None
    dose = item.dose_for(exercise)
    shorter = _shorter(dose, exercise)
    if shorter is not None:
        new, text = shorter
        return ItemChange(index, item, replace(item, dose=new), ChangeKind.SHORTER, f"{exercise.name}: {text}")
    easier = [library[e] for e in exercise.easier if e in library and library[e].phase is not Phase.CHECK]
    easier.sort(key=lambda other: not _adds_load(other, exercise))  # first drop a band or weight, if any
    if easier:
        other = easier[0]
        return ItemChange(
            index, item, _swapped(item, other), ChangeKind.EASIER, f"{exercise.name} → {other.name} (easier variation)"
        )
    if dose.sets > 1:
        return ItemChange(
            index,
            item,
            replace(item, dose=replace(dose, sets=dose.sets - 1)),
            ChangeKind.FEWER_SETS,
            f"{exercise.name}: {dose.sets} sets → {dose.sets - 1}",
        )
    return None


@dataclass(frozen=True)
class ProgressionSuggestion:
    """A suggestion for a routine's next session: the direction, why, and the changes (empty when holding)."""

    routine: Routine
    decision: Decision
    changes: tuple[ItemChange, ...] = ()

    @property
    def direction(self) -> Direction:
        return self.decision.direction

    @property
    def reason(self) -> str:
        return self.decision.reason

    @property
    def has_changes(self) -> bool:
        return bool(self.changes)

    def applied(self) -> Routine:
        """The routine with every change made (the caller saves it as a new version)."""
        items = list(self.routine.items)
        for change in self.changes:
            items[change.index] = change.after
        return replace(self.routine, items=tuple(items))


def suggest_next(
    routine: Routine,
    outcomes: Sequence[SessionOutcome],
    library: Mapping[str, Exercise],
    *,
    older_adult: bool = False,
) -> ProgressionSuggestion:
    """The suggestion for ``routine`` after its sessions ``outcomes`` (oldest first). ``older_adult``: the person
    is 65 or over (their stretches progress by hold length first)."""
    decision = decide(outcomes)
    if decision.direction is Direction.HOLD:
        return ProgressionSuggestion(routine, decision)

    def step(index: int, item: RoutineItem) -> ItemChange | None:
        if decision.direction is Direction.PROGRESS:
            return progress_item(index, item, library, older_adult=older_adult)
        return step_back_item(index, item, library)

    changes = tuple(c for i, item in enumerate(routine.items) if (c := step(i, item)) is not None)
    if not changes:
        text = (
            "every exercise is at the top of its track here; keep it up, or try a harder routine"
            if decision.direction is Direction.PROGRESS
            else "every exercise is already at its gentlest; rest until the pain settles"
        )
        return ProgressionSuggestion(routine, Decision(Direction.HOLD, f"{decision.reason} But {text}."))
    return ProgressionSuggestion(routine, decision, changes)
