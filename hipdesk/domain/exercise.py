"""What an exercise is: its classification, its default dose and the words that teach it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

from hipdesk.domain.i18n import Phrase, PluralPhrase, number

# What an exercise id and a dose may be. The exercise files, the routine file format (and its JSON Schema), the dose
# editor and the progression rules all keep to these, so a dose one of them writes the others read back.
ID_PATTERN = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
HOLD_S_RANGE = (5, 300)
REPS_RANGE = (1, 50)
SETS_RANGE = (1, 10)
REST_S_RANGE = (0, 300)
TEMPO_PART_RANGE = (0.0, 10.0)  # seconds for each part of a repetition


class Phase(StrEnum):
    """Where an exercise sits in a session; roll -> stretch -> strengthen is the source's order."""

    ROLL = "roll"
    BREATHE = "breathe"
    MOBILIZE = "mobilize"
    STRETCH = "stretch"
    ACTIVATE = "activate"
    STRENGTHEN = "strengthen"
    STABILITY = "stability"
    CHECK = "check"

    @property
    def label(self) -> str:
        return _PHASE_LABELS[self]()

    @property
    def order(self) -> int:
        """Rank in the recommended session order (checks and breathing come first)."""
        return _PHASE_ORDER[self]


_PHASE_ORDER = {
    Phase.CHECK: 0,
    Phase.BREATHE: 1,
    Phase.ROLL: 2,
    Phase.MOBILIZE: 3,
    Phase.STRETCH: 4,
    Phase.ACTIVATE: 5,
    Phase.STRENGTHEN: 6,
    Phase.STABILITY: 6,
}
_PHASE_LABELS = {phase: Phrase(f"terms.phase.{phase.value}", phase.value.capitalize()) for phase in Phase}


class Region(StrEnum):
    HIP_FLEXORS = "hip_flexors"
    GLUTE_MAX = "glute_max"
    GLUTE_MED = "glute_med"
    DEEP_ROTATORS = "deep_rotators"
    ADDUCTORS = "adductors"
    HAMSTRINGS = "hamstrings"
    QUADS = "quads"
    TFL_ITB = "tfl_itb"
    LOWER_BACK = "lower_back"
    CORE = "core"
    CALVES = "calves"
    SHIN_ANKLE = "shin_ankle"
    FOOT = "foot"

    @property
    def label(self) -> str:
        """The body part's name in the installed language; details follow in brackets: 'Hip flexors (...)'."""
        return _REGION_LABELS[self]()

    @property
    def english_label(self) -> str:
        """The name in English, which search also matches whatever the language."""
        return _REGION_LABELS[self].english

    @property
    def short_label(self) -> str:
        """The name without its details, for a chart: 'Hip flexors', 'Deep rotators'."""
        short = _REGION_SHORT_LABELS.get(self)
        return short() if short is not None else self.label.split(" (")[0]


_REGION_LABELS = {
    region: Phrase(f"terms.region.{region.value}", english)
    for region, english in {
        Region.HIP_FLEXORS: "Hip flexors (iliopsoas, rectus femoris)",
        Region.GLUTE_MAX: "Glute max",
        Region.GLUTE_MED: "Glute med / min",
        Region.DEEP_ROTATORS: "Deep rotators and piriformis",
        Region.ADDUCTORS: "Adductors",
        Region.HAMSTRINGS: "Hamstrings",
        Region.QUADS: "Quads",
        Region.TFL_ITB: "TFL / ITB",
        Region.LOWER_BACK: "Lower back",
        Region.CORE: "Core",
        Region.CALVES: "Calves",
        Region.SHIN_ANKLE: "Shin and ankle",
        Region.FOOT: "Foot",
    }.items()
}
_REGION_SHORT_LABELS = {Region.DEEP_ROTATORS: Phrase("terms.region_short.deep_rotators", "Deep rotators")}


class Equipment(StrEnum):
    NONE = "none"
    BAND = "band"
    FOAM_ROLLER = "foam_roller"
    YOGA_BLOCK = "yoga_block"
    WALL = "wall"
    CHAIR = "chair"
    WEIGHT = "weight"

    @property
    def label(self) -> str:
        return _EQUIPMENT_LABELS[self]()


_EQUIPMENT_LABELS = {e: Phrase(f"terms.equipment.{e.value}", e.value.replace("_", " ").capitalize()) for e in Equipment}


class Position(StrEnum):
    STANDING = "standing"
    CHAIR = "chair"
    FLOOR_SITTING = "floor_sitting"
    KNEELING = "kneeling"
    HALF_KNEELING = "half_kneeling"
    ALL_FOURS = "all_fours"
    ON_BACK = "on_back"
    ON_FRONT = "on_front"
    ON_SIDE = "on_side"

    @property
    def label(self) -> str:
        return _POSITION_LABELS[self]()


_POSITION_LABELS = {p: Phrase(f"terms.position.{p.value}", p.value.replace("_", " ").capitalize()) for p in Position}


class Precaution(StrEnum):
    """A movement or position some bodies should avoid or modify. Each exercise file lists the ones it involves;
    :mod:`hipdesk.domain.health` says which conditions they matter for."""

    HIP_FLEXION_PAST_90 = "hip_flexion_past_90"
    ADDUCTION_PAST_MIDLINE = "adduction_past_midline"
    INTERNAL_ROTATION_IN_FLEXION = "internal_rotation_in_flexion"
    EXTENSION_WITH_EXTERNAL_ROTATION = "extension_with_external_rotation"
    HIP_JOINT_MOBILIZATION = "hip_joint_mobilization"
    KNEELING = "kneeling"
    DEEP_KNEE_BEND = "deep_knee_bend"
    KNEE_TWIST = "knee_twist"
    LYING_ON_BACK = "lying_on_back"
    LYING_ON_FRONT = "lying_on_front"
    PLANK = "plank"
    DEEP_END_RANGE_STRETCH = "deep_end_range_stretch"
    LOADED_SPINAL_FLEXION = "loaded_spinal_flexion"
    LOADED_SPINAL_TWIST = "loaded_spinal_twist"

    @property
    def label(self) -> str:
        """A short name for a card or a list."""
        return _PRECAUTION_LABELS[self][0]()

    @property
    def description(self) -> str:
        """What the exercise does that this precaution is about, in a sentence."""
        return _PRECAUTION_LABELS[self][1]()


_PRECAUTION_ENGLISH: dict[Precaution, tuple[str, str]] = {
    Precaution.HIP_FLEXION_PAST_90: ("Deep hip bend", "The hip bends past a right angle (thigh closer to the chest)."),
    Precaution.ADDUCTION_PAST_MIDLINE: ("Leg across the midline", "The thigh crosses the middle of the body."),
    Precaution.INTERNAL_ROTATION_IN_FLEXION: (
        "Inward turn with the hip bent",
        "The thigh turns inward while the hip is bent.",
    ),
    Precaution.EXTENSION_WITH_EXTERNAL_ROTATION: (
        "Hip stretched back",
        "The thigh is taken back behind the body, often turned out, stretching the front of the hip joint.",
    ),
    Precaution.HIP_JOINT_MOBILIZATION: ("Band pulls on the joint", "A band draws on the hip joint itself."),
    Precaution.KNEELING: ("Kneeling", "Body weight rests on a knee on the floor."),
    Precaution.DEEP_KNEE_BEND: ("Deep knee bend", "A knee bends deeply, under body weight or pulled into the bend."),
    Precaution.KNEE_TWIST: ("Twist at a bent knee", "A bent knee is turned and pressed toward the floor."),
    Precaution.LYING_ON_BACK: ("Lying on the back", "Done lying flat on the back."),
    Precaution.LYING_ON_FRONT: ("Lying face down", "Done lying on the front, on the floor or on a roller."),
    Precaution.PLANK: ("Plank hold", "A plank: the stomach wall holds the body up against gravity."),
    Precaution.DEEP_END_RANGE_STRETCH: (
        "Deep stretch",
        "A stretch held near the end of the joint's range.",
    ),
    Precaution.LOADED_SPINAL_FLEXION: (
        "Spine rounded under load",
        "The spine bends forward while it carries the body's weight.",
    ),
    Precaution.LOADED_SPINAL_TWIST: ("Spine twisted", "The spine twists, with the legs' or a band's pull on it."),
}
_PRECAUTION_LABELS = {
    p: (Phrase(f"terms.precaution.{p.value}.label", label), Phrase(f"terms.precaution.{p.value}.description", about))
    for p, (label, about) in _PRECAUTION_ENGLISH.items()
}


class Side(StrEnum):
    """Which side a step works. NONE for exercises that are not done one side at a time."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}.get(self, Side.NONE)


class RepPhase(StrEnum):
    """A part of one repetition, named by the word the player shows and says for it.

    Each exercise's :class:`Effort` picks one pair of words (lift and lower, down and up, turn and return, out
    and back). The first word of a pair moves the figure from its start pose toward its end pose; the second
    brings it home; ``HOLD`` is the pause at the end pose in between.
    """

    LIFT = "lift"
    LOWER = "lower"
    DOWN = "down"
    UP = "up"
    TURN = "turn"
    RETURN = "return"
    OUT = "out"
    BACK = "back"
    HOLD = "hold"

    @property
    def word(self) -> str:
        """The word the voice says and the detail pane writes for it: 'lift', 'lower', 'hold'."""
        return _REP_WORDS[self]()

    @property
    def label(self) -> str:
        """The word in capitals, as the player shows it: 'LIFT'."""
        return self.word.upper()

    @property
    def outward(self) -> bool:
        """True for the half that leaves the start pose (the figure's fraction rises from 0 to 1)."""
        return self in _OUTWARD


_OUTWARD = frozenset({RepPhase.LIFT, RepPhase.DOWN, RepPhase.TURN, RepPhase.OUT})
_REP_WORDS = {phase: Phrase(f"terms.rep.{phase.value}", phase.value) for phase in RepPhase}


class Effort(StrEnum):
    """Which half of a repetition works against the load (the lift, the concentric phase); the other half gives way
    to it slowly (the lowering, eccentric phase), as the source's tempo cue asks: 2 s lowering, 1 s lifting.

    ``LIFT``: from rest, lift, pause, lower (bridges, clamshells). ``UP``: from standing tall, go down, pause, come
    up (squats, lunges); also a drill that lowers into a position and lifts out of it. ``TURN``: turn against a
    band, pause, return. ``NONE``: a drill with no load to work against, out and back at an even pace.
    """

    LIFT = "lift"
    UP = "up"
    TURN = "turn"
    NONE = "none"

    @property
    def halves(self) -> tuple[RepPhase, RepPhase]:
        """The two moving parts of a repetition in the order they happen."""
        return _HALVES[self]

    @property
    def lowering(self) -> RepPhase | None:
        """The half that gives way to the load (it takes the tempo's ``down_s``); None when nothing is lifted."""
        return _LOWERING[self]


_HALVES = {
    Effort.LIFT: (RepPhase.LIFT, RepPhase.LOWER),
    Effort.UP: (RepPhase.DOWN, RepPhase.UP),
    Effort.TURN: (RepPhase.TURN, RepPhase.RETURN),
    Effort.NONE: (RepPhase.OUT, RepPhase.BACK),
}
_LOWERING = {Effort.LIFT: RepPhase.LOWER, Effort.UP: RepPhase.DOWN, Effort.TURN: RepPhase.RETURN, Effort.NONE: None}


class RepPattern(StrEnum):
    """How repetitions follow one another.

    ``SAME``: every repetition alike. ``ALTERNATE_SIDES``: a two-sided drill goes to one side, then the other
    (each side is one repetition). ``EACH_WAY``: a circle; the dose's repetitions go one way, then as many go the
    other way, so the count is per direction.
    """

    SAME = "same"
    ALTERNATE_SIDES = "alternate_sides"
    EACH_WAY = "each_way"

    @property
    def ways(self) -> int:
        """How many times the dose's repetitions are done (twice for a circle done each way)."""
        return 2 if self is RepPattern.EACH_WAY else 1


@dataclass(frozen=True)
class Tempo:
    """Seconds for each part of one repetition (the source's cue: 2 s lowering, 1 s rising).

    ``down_s`` is the lowering half, ``up_s`` the lifting half and ``hold_s`` the pause between them; which comes
    first is the exercise's :class:`Effort` (see :meth:`parts`).
    """

    down_s: float = 2.0
    hold_s: float = 0.0
    up_s: float = 1.0

    @property
    def rep_s(self) -> float:
        return self.down_s + self.hold_s + self.up_s

    def parts(self, effort: Effort) -> tuple[tuple[RepPhase, float], tuple[RepPhase, float], tuple[RepPhase, float]]:
        """One repetition in time order, each part with its seconds: the first half, the pause, the second half.

        The lowering half takes ``down_s`` and the lifting half ``up_s``; a drill with nothing to lift goes out in
        ``down_s`` and back in ``up_s`` (its tempo is normally even).
        """
        first, second = effort.halves
        lowering = effort.lowering if effort.lowering is not None else first
        first_s, second_s = (self.down_s, self.up_s) if first is lowering else (self.up_s, self.down_s)
        return (first, first_s), (RepPhase.HOLD, self.hold_s), (second, second_s)


@dataclass(frozen=True)
class Dose:
    """How much of an exercise: either a timed hold or a number of reps at a tempo, per side.

    Exactly one of ``hold_s`` and ``reps`` is set. ``rest_s`` is the rest between sets.
    """

    sets: int = 1
    hold_s: int | None = None
    reps: int | None = None
    tempo: Tempo = field(default_factory=Tempo)
    rest_s: int = 0

    def __post_init__(self) -> None:
        if (self.hold_s is None) == (self.reps is None):
            raise ValueError("a dose has either hold_s or reps, not both and not neither")

    @property
    def is_hold(self) -> bool:
        return self.hold_s is not None

    @property
    def work_s_per_set(self) -> float:
        """Seconds of work in one set on one side."""
        if self.hold_s is not None:
            return float(self.hold_s)
        assert self.reps is not None
        return self.reps * self.tempo.rep_s

    def summary(self, per_side: bool = False, each_way: bool = False) -> str:
        """A short human dose, e.g. '3 × 30 s each side', '2 × 10 reps (2-0-1)' or '2 × 3 reps each way'."""
        sets = f"{self.sets} × " if self.sets > 1 else ""
        if self.hold_s is not None:
            amount = f"{self.hold_s} s"
        else:
            t = self.tempo
            amount = DOSE_REPS(self.reps or 0)
            if each_way:
                amount = DOSE_EACH_WAY(amount=amount)
            if t.down_s or t.up_s:
                amount += f" ({number(t.down_s)}-{number(t.hold_s)}-{number(t.up_s)})"
        text = f"{sets}{amount}"
        return DOSE_EACH_SIDE(dose=text) if per_side else text


DOSE_REPS = PluralPhrase("terms.dose.reps", one="{n} rep", other="{n} reps")
DOSE_EACH_WAY = Phrase("terms.dose.each_way", "{amount} each way")
DOSE_EACH_SIDE = Phrase("terms.dose.each_side", "{dose} each side")


def tempo_words(tempo: Tempo, effort: Effort) -> str:
    """One repetition in the order it happens, e.g. 'lift 1 s, hold 1 s, lower 2 s' (parts of 0 s left out)."""
    return ", ".join(f"{phase.word} {number(seconds)} s" for phase, seconds in tempo.parts(effort) if seconds > 0)


@dataclass(frozen=True)
class Exercise:
    """One entry of the library. ``id`` is a stable slug: history rows point at it, so it is never reused."""

    id: str
    name: str
    phase: Phase
    summary: str
    targets: tuple[Region, ...]
    position: Position
    dose: Dose
    per_side: bool
    difficulty: int
    desk_friendly: bool
    steps: tuple[str, ...]
    cues: tuple[str, ...]
    mistakes: tuple[str, ...]
    safety: tuple[str, ...]
    dose_source: str  # where the dose comes from, for contributors (names the source material)
    dose_why: str = ""  # why this dose, in plain words, for the person doing it
    equipment: tuple[Equipment, ...] = ()
    aliases: tuple[str, ...] = ()
    # Shown in another language: the English name and aliases it was translated from, which search matches too.
    english_name: str = ""
    english_aliases: tuple[str, ...] = ()
    easier: tuple[str, ...] = ()
    harder: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()  # same aim, a different position or movement (not easier or harder)
    precautions: tuple[Precaution, ...] = ()
    sources: tuple[str, ...] = ()
    effort: Effort = Effort.NONE  # which half of a repetition lifts (see Effort)
    rep_pattern: RepPattern = RepPattern.SAME
    # An exercise a routine file brought ("From your routines"): the routine's name; "" for HipDesk's own.
    from_routine: str = ""
    # The pose its figure shows: "" for its own (every built-in exercise has one; one from a routine then has none),
    # or a built-in exercise's id.
    figure: str = ""

    @property
    def custom(self) -> bool:
        return bool(self.from_routine)

    @property
    def pose_id(self) -> str:
        """Whose pose file draws this exercise; "" for one from a routine that chose no figure (it shows none, since
        any stock pose would show a movement the exercise may not be)."""
        if self.figure:
            return self.figure
        return "" if self.custom else self.id

    def dose_summary(self, dose: Dose | None = None, *, each_side: bool | None = None) -> str:
        """``dose`` (the exercise's own by default) in words, with 'each way' for a circle done both ways and
        'each side' for a per-side exercise (``each_side=False`` leaves it out where the sides show elsewhere)."""
        dose = dose or self.dose
        per_side = self.per_side if each_side is None else each_side
        return dose.summary(per_side=per_side, each_way=self.rep_pattern is RepPattern.EACH_WAY)

    @property
    def needs_equipment(self) -> bool:
        return any(e is not Equipment.NONE for e in self.equipment)

    @property
    def names(self) -> tuple[str, ...]:
        """Its name, and the English one when it is shown in another language."""
        return (self.name, self.english_name) if self.english_name else (self.name,)

    @property
    def all_aliases(self) -> tuple[str, ...]:
        """Its aliases, and the English ones when it is shown in another language."""
        return self.aliases + self.english_aliases

    def search_text(self) -> str:
        """Lower-case text that search matches against: names, aliases and target names, in the language shown and
        in English."""
        targets = [*(r.label for r in self.targets), *(r.english_label for r in self.targets)]
        parts = [*self.names, *self.all_aliases, *dict.fromkeys(targets), *(r.value for r in self.targets)]
        return " ".join(parts).casefold()
