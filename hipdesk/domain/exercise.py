"""What an exercise is: its classification, its default dose and the words that teach it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum

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
        return self.value.capitalize()

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
        return _REGION_LABELS[self]


_REGION_LABELS = {
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
}


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
        return self.value.replace("_", " ").capitalize()


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
        return self.value.replace("_", " ").capitalize()


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
        return _PRECAUTION_LABELS[self][0]

    @property
    def description(self) -> str:
        """What the exercise does that this precaution is about, in a sentence."""
        return _PRECAUTION_LABELS[self][1]


_PRECAUTION_LABELS: dict[Precaution, tuple[str, str]] = {
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


class Side(StrEnum):
    """Which side a step works. NONE for exercises that are not done one side at a time."""

    NONE = "none"
    LEFT = "left"
    RIGHT = "right"

    @property
    def other(self) -> Side:
        return {Side.LEFT: Side.RIGHT, Side.RIGHT: Side.LEFT}.get(self, Side.NONE)


@dataclass(frozen=True)
class Tempo:
    """Seconds for each part of one repetition (the source's cue: 2 s lowering, 1 s rising)."""

    down_s: float = 2.0
    hold_s: float = 0.0
    up_s: float = 1.0

    @property
    def rep_s(self) -> float:
        return self.down_s + self.hold_s + self.up_s


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

    def summary(self, per_side: bool = False) -> str:
        """A short human dose, e.g. '3 × 30 s each side' or '2 × 10 reps (2-0-1)'."""
        sets = f"{self.sets} × " if self.sets > 1 else ""
        if self.hold_s is not None:
            amount = f"{self.hold_s} s"
        else:
            t = self.tempo
            amount = f"{self.reps} reps"
            if t.down_s or t.up_s:
                amount += f" ({_num(t.down_s)}-{_num(t.hold_s)}-{_num(t.up_s)})"
        return f"{sets}{amount}{' each side' if per_side else ''}"


def _num(x: float) -> str:
    return f"{x:g}"


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
    dose_source: str
    equipment: tuple[Equipment, ...] = ()
    aliases: tuple[str, ...] = ()
    easier: tuple[str, ...] = ()
    harder: tuple[str, ...] = ()
    alternatives: tuple[str, ...] = ()  # same aim, a different position or movement (not easier or harder)
    precautions: tuple[Precaution, ...] = ()
    sources: tuple[str, ...] = ()

    @property
    def needs_equipment(self) -> bool:
        return any(e is not Equipment.NONE for e in self.equipment)

    def search_text(self) -> str:
        """Lower-case text that search matches against: name, aliases and target names."""
        parts = [self.name, *self.aliases, *(r.label for r in self.targets), *(r.value for r in self.targets)]
        return " ".join(parts).casefold()
