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
    sources: tuple[str, ...] = ()

    @property
    def needs_equipment(self) -> bool:
        return any(e is not Equipment.NONE for e in self.equipment)

    def search_text(self) -> str:
        """Lower-case text that search matches against: name, aliases and target names."""
        parts = [self.name, *self.aliases, *(r.label for r in self.targets), *(r.value for r in self.targets)]
        return " ".join(parts).casefold()
