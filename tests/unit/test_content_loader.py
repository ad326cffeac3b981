"""The exercise library files: the real library loads and makes sense, and broken files are reported clearly."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

import pytest

from hipdesk.content import ContentError, default_exercises_dir, load_library
from hipdesk.content.exercises import ID_PATTERN
from hipdesk.domain.exercise import Effort, Exercise, Phase, Position, Precaution, RepPattern, Tempo
from hipdesk.domain.library import Library
from hipdesk.paths import RESOURCES

REPO = Path(__file__).resolve().parents[2]
EXERCISE_IDS_DOC = REPO / "docs" / "exercise-ids.md"


def listed_ids() -> dict[str, Phase]:
    """Every id in docs/exercise-ids.md with the phase of its table row."""
    listed: dict[str, Phase] = {}
    for line in EXERCISE_IDS_DOC.read_text(encoding="utf-8").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) != 2 or cells[0] not in {phase.value for phase in Phase}:
            continue
        for exercise_id in cells[1].split(","):
            listed[exercise_id.strip()] = Phase(cells[0])
    return listed


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


def all_exercises() -> list[Exercise]:
    return list(load_library(default_exercises_dir()).values())


# -- the real library -------------------------------------------------------------------------------------------


def test_default_folder_is_the_shipped_resources() -> None:
    assert default_exercises_dir() == RESOURCES / "exercises"
    assert default_exercises_dir().is_dir()


def test_real_library_loads(library: Library) -> None:
    assert len(library) > 0


def test_every_id_is_unique_and_equals_its_file_name(library: Library) -> None:
    stems = sorted(path.stem for path in default_exercises_dir().glob("*.toml"))
    assert sorted(library) == stems
    assert len(set(stems)) == len(stems)
    for exercise_id, exercise in library.items():
        assert exercise.id == exercise_id
        assert ID_PATTERN.fullmatch(exercise_id)


def test_every_file_is_listed_in_the_id_doc_with_its_phase(library: Library) -> None:
    listed = listed_ids()
    for exercise in library.values():
        assert exercise.id in listed, f"{exercise.id} is not in docs/exercise-ids.md"
        assert exercise.phase is listed[exercise.id], f"{exercise.id}: phase differs from docs/exercise-ids.md"


def test_catalog_complete() -> None:
    """Every id in docs/exercise-ids.md has its file (passes once the whole library is written)."""
    missing = sorted(i for i in listed_ids() if not (default_exercises_dir() / f"{i}.toml").is_file())
    assert not missing, f"ids without a file: {missing}"


def test_id_doc_lists_each_id_once() -> None:
    text = EXERCISE_IDS_DOC.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| ") and not line.startswith("| phase")]
    ids = [i.strip() for row in rows for i in row.strip().strip("|").split("|")[1].split(",")]
    assert len(ids) == len(set(ids)) == len(listed_ids())


def test_every_link_resolves_and_never_points_at_itself(library: Library) -> None:
    for exercise in library.values():
        for linked in (*exercise.easier, *exercise.harder):
            assert linked in library, f"{exercise.id} links to unknown {linked}"
            assert linked != exercise.id


def test_every_alternative_resolves_and_works_a_shared_region(library: Library) -> None:
    for exercise in library.values():
        for linked in exercise.alternatives:
            assert linked in library and linked != exercise.id
            assert set(library[linked].targets) & set(exercise.targets), f"{exercise.id} -> {linked}"


# What the posterior-approach, anterior-approach and other precautions cover at least (the clinical review's list);
# the files may tag more where a movement clearly involves it.
_MUST_TAG = {
    Precaution.HIP_FLEXION_PAST_90: (
        "supine-piriformis-stretch",
        "knee-to-chest-glute-stretch",
        "figure-four-stretch",
        "hip-90-90-stretch",
        "hip-90-90-switches",
        "check-thomas-test",
        "tempo-squat",
        "check-deep-squat",
    ),
    Precaution.INTERNAL_ROTATION_IN_FLEXION: (
        "reverse-clamshell",
        "windshield-wipers",
        "seated-hip-rotations",
        "check-seated-rotation",
        "hip-90-90-stretch",
        "hip-90-90-switches",
    ),
    Precaution.ADDUCTION_PAST_MIDLINE: ("supine-piriformis-stretch", "windshield-wipers"),
    Precaution.EXTENSION_WITH_EXTERNAL_ROTATION: (
        "tall-kneeling-hip-flexor-stretch",
        "half-kneeling-hip-flexor-stretch",
        "wall-hip-flexor-stretch",
    ),
    Precaution.KNEELING: ("tall-kneeling-hip-flexor-stretch", "half-kneeling-hip-flexor-stretch"),
    Precaution.PLANK: ("plank", "side-plank"),
    Precaution.LOADED_SPINAL_FLEXION: ("forward-fold", "check-forward-fold"),
    Precaution.LOADED_SPINAL_TWIST: ("half-kneeling-band-rotation", "windshield-wipers"),
}


@pytest.mark.parametrize("precaution", list(_MUST_TAG), ids=str)
def test_the_reviewed_exercises_carry_their_precautions(library: Library, precaution: Precaution) -> None:
    missing = [i for i in _MUST_TAG[precaution] if precaution not in library[i].precautions]
    assert not missing, f"{precaution.value} missing from {missing}"


def test_everything_done_lying_on_the_back_says_so(library: Library) -> None:
    for exercise in library.values():
        if exercise.position is Position.ON_BACK:
            assert Precaution.LYING_ON_BACK in exercise.precautions, exercise.id
        kneels = exercise.position in (Position.KNEELING, Position.HALF_KNEELING, Position.ALL_FOURS)
        if kneels and exercise.phase is not Phase.CHECK:
            assert Precaution.KNEELING in exercise.precautions, exercise.id


def test_links_do_not_contradict_each_other(library: Library) -> None:
    for exercise in library.values():
        for harder in exercise.harder:
            assert exercise.id not in library[harder].harder, f"{exercise.id} and {harder} are each harder"
        for easier in exercise.easier:
            assert exercise.id not in library[easier].easier, f"{exercise.id} and {easier} are each easier"


def _total_s(exercise: Exercise) -> float:
    sides = 2 if exercise.per_side else 1
    dose = exercise.dose
    ways = exercise.rep_pattern.ways  # a circle done each way: the dose's reps go round both ways
    return dose.sets * dose.work_s_per_set * ways * sides + (dose.sets - 1) * dose.rest_s * sides


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda e: e.id)
def test_dose_is_in_a_sane_range(exercise: Exercise) -> None:
    dose = exercise.dose
    assert 1 <= dose.sets <= 10
    assert 0 <= dose.rest_s <= 300
    if dose.hold_s is not None:
        assert 5 <= dose.hold_s <= 300
        assert dose.tempo == Tempo()
    else:
        assert dose.reps is not None and 1 <= dose.reps <= 50
        assert 0 < dose.tempo.rep_s <= 20
    assert _total_s(exercise) <= 10 * 60, f"{exercise.id} takes more than ten minutes"
    assert exercise.dose_source.strip()
    assert exercise.dose_why.strip()


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda e: e.id)
def test_dose_suits_the_phase(exercise: Exercise) -> None:
    dose = exercise.dose
    work_s = dose.sets * dose.work_s_per_set
    match exercise.phase:
        case Phase.STRETCH:
            # static stretches are holds of at least 20 s (seed 002: 30 s holds; evidence.md: ACSM 10-30 s and up)
            assert dose.hold_s is not None and dose.hold_s >= 20
        case Phase.CHECK:
            # a check is a short hold to look and measure, not a workout
            assert dose.hold_s is not None and dose.hold_s <= 90 and dose.sets <= 3
        case Phase.BREATHE:
            assert work_s >= 60
        case Phase.ROLL:
            assert work_s >= 20
        case Phase.MOBILIZE:
            reps = (dose.reps or 0) * exercise.rep_pattern.ways
            assert reps >= 5 or (dose.hold_s is not None and dose.hold_s >= 20)
        case Phase.ACTIVATE | Phase.STRENGTHEN:
            assert dose.hold_s is not None or (dose.reps is not None and 3 <= dose.reps <= 30)
        case Phase.STABILITY:
            assert dose.hold_s is None or 10 <= dose.hold_s <= 120


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda e: e.id)
def test_teaching_text_meets_the_handout_bar(exercise: Exercise) -> None:
    assert 4 <= len(exercise.steps) <= 7
    assert 2 <= len(exercise.cues) <= 4
    assert 2 <= len(exercise.mistakes) <= 4
    assert 1 <= len(exercise.safety) <= 3
    assert exercise.summary.strip() and exercise.name.strip()
    assert exercise.targets
    assert 1 <= exercise.difficulty <= 3


@pytest.mark.parametrize("exercise", all_exercises(), ids=lambda e: e.id)
def test_desk_friendly_means_off_the_floor(exercise: Exercise) -> None:
    if exercise.desk_friendly:
        assert exercise.position in {Position.STANDING, Position.CHAIR}


@pytest.mark.parametrize(
    ("exercise_id", "alias"),
    [
        ("quadruped-hip-circles", "cars"),
        ("hip-90-90-switches", "90/90"),
        ("pelvic-clocks", "saucer rotations"),
        ("windshield-wipers", "windshield wipers"),
        ("windshield-wipers", "floor hip twists"),
        ("check-figure-four", "faber"),
        ("check-thomas-test", "thomas test"),
        ("diaphragmatic-breathing", "belly breathing"),
    ],
)
def test_people_find_drills_by_their_common_names(library: Library, exercise_id: str, alias: str) -> None:
    assert alias in library[exercise_id].search_text()


def test_checks_say_how_to_measure_and_record(library: Library) -> None:
    checks = [e for e in library.values() if e.phase is Phase.CHECK]
    assert checks
    for check in checks:
        text = " ".join(check.steps).casefold()
        assert "record" in text, f"{check.id} does not say what to record"
    measures = {
        "check-seated-rotation": "inclinometer",
        "check-figure-four": "centimetres",
        "check-thomas-test": "level",
        "check-forward-fold": "centimetres",
    }
    for exercise_id, word in measures.items():
        if exercise_id in library:
            assert word in " ".join(library[exercise_id].steps).casefold()


def test_one_sided_drills_are_dosed_per_side(library: Library) -> None:
    for exercise_id in ("leg-swings-front-back", "seated-hip-rotations", "hip-airplanes", "check-figure-four"):
        if exercise_id in library:
            assert library[exercise_id].per_side
    for exercise_id in ("hip-90-90-switches", "pelvic-clocks", "diaphragmatic-breathing"):
        if exercise_id in library:
            assert not library[exercise_id].per_side


# -- broken files -----------------------------------------------------------------------------------------------


def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(value)


def _valid(exercise_id: str = "sample-drill") -> dict[str, object]:
    return {
        "id": exercise_id,
        "name": "Sample drill",
        "aliases": ["sample"],
        "phase": "mobilize",
        "summary": "A drill used by the tests.",
        "targets": ["deep_rotators"],
        "equipment": [],
        "position": "chair",
        "desk_friendly": True,
        "difficulty": 1,
        "per_side": True,
        "effort": "none",
        "sources": ["000"],
        "steps": ["Sit.", "Turn.", "Return.", "Repeat."],
        "cues": ["Tall.", "Slow."],
        "mistakes": ["Rushing: slow down.", "Slumping: sit tall."],
        "safety": ["Stop if it hurts."],
        "precautions": [],
        "easier": [],
        "harder": [],
        "dose": {"sets": 2, "reps": 8, "rest_s": 15, "why": "Eight slow turns.", "source": "Seed 000."},
    }


def _write(folder: Path, data: Mapping[str, object], name: str | None = None) -> Path:
    lines = [f"{key} = {_toml_value(value)}" for key, value in data.items() if key != "dose"]
    if "dose" in data:
        dose = data["dose"]
        assert isinstance(dose, Mapping)
        lines += ["", "[dose]", *(f"{key} = {_toml_value(value)}" for key, value in dose.items())]
    path = folder / f"{name or data['id']}.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _problems(folder: Path) -> list[str]:
    with pytest.raises(ContentError) as caught:
        load_library(folder)
    error = caught.value
    assert error.problems
    for problem in error.problems:
        assert problem in str(error)
    return error.problems


def _assert_reported(problems: list[str], path: Path, field: str, *words: str) -> str:
    """Exactly one problem names this file and this field (and says the given words)."""
    matches = [p for p in problems if p.split(": ")[0].endswith(path.name) and p.split(": ")[1] == field]
    assert len(matches) == 1, f"expected one problem for {path.name} {field}, got {problems}"
    for word in words:
        assert word in matches[0], matches[0]
    return matches[0]


def test_a_valid_file_builds_the_exercise(tmp_path: Path) -> None:
    data = _valid()
    data["dose"] = {"sets": 1, "reps": 6, "why": "Six slow turns.", "source": "Seed 000."}
    _write(tmp_path, data)
    exercise = load_library(tmp_path)["sample-drill"]
    assert exercise.phase is Phase.MOBILIZE
    assert exercise.position is Position.CHAIR
    assert exercise.dose.reps == 6 and exercise.dose.rest_s == 0
    assert exercise.dose.tempo == Tempo(2, 0, 1)
    assert exercise.dose_source == "Seed 000."
    assert exercise.dose_why == "Six slow turns."
    assert exercise.steps == ("Sit.", "Turn.", "Return.", "Repeat.")
    assert exercise.equipment == () and exercise.sources == ("000",)


def test_a_partial_tempo_keeps_the_other_defaults(tmp_path: Path) -> None:
    data = _valid()
    data["dose"] = {"sets": 1, "reps": 6, "tempo": {"down_s": 3}, "why": "A test dose.", "source": "Seed 000."}
    _write(tmp_path, data)
    assert load_library(tmp_path)["sample-drill"].dose.tempo == Tempo(3, 0, 1)


def test_precautions_and_alternatives_are_read(tmp_path: Path) -> None:
    other = _valid("other-drill")
    _write(tmp_path, other)
    data = _valid()
    data["precautions"] = ["kneeling", "lying_on_back"]
    data["alternatives"] = ["other-drill"]
    _write(tmp_path, data)
    exercise = load_library(tmp_path)["sample-drill"]
    assert exercise.precautions == (Precaution.KNEELING, Precaution.LYING_ON_BACK)
    assert exercise.alternatives == ("other-drill",)


def test_precautions_are_required_even_when_empty(tmp_path: Path) -> None:
    data = _valid()
    del data["precautions"]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "precautions", "required")


def test_an_unknown_precaution_is_reported_with_the_choices(tmp_path: Path) -> None:
    data = _valid()
    data["precautions"] = ["kneeling", "cartwheels"]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "precautions[1]", "cartwheels", "lying_on_back")


def test_an_alternative_must_exist_and_not_repeat_a_variation(tmp_path: Path) -> None:
    _write(tmp_path, _valid("other-drill"))
    data = _valid()
    data["easier"] = ["other-drill"]
    data["alternatives"] = ["other-drill", "no-such-drill"]
    path = _write(tmp_path, data)
    problems = _problems(tmp_path)
    _assert_reported(problems, path, "alternatives[1]", "no exercise")
    _assert_reported(problems, path, "alternatives", "already listed")


@pytest.mark.parametrize("why", ["Seed 002 says 30 s.", "See evidence.md.", "As the seeds say.", "From catalog.md."])
def test_the_why_people_read_names_no_source_file(tmp_path: Path, why: str) -> None:
    data = _valid()
    data["dose"] = {"sets": 1, "reps": 6, "why": why, "source": "Seed 000."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "dose.why", "plain words")


def test_invalid_toml_names_the_file_and_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.toml"
    path.write_text('id = "broken"\nname = \n', encoding="utf-8")
    problem = _assert_reported(_problems(tmp_path), path, "<file>", "not valid TOML")
    assert "line 2" in problem


def test_a_file_that_is_not_utf8_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "latin.toml"
    path.write_bytes('id = "latin"\nname = "Caf\xe9"\n'.encode("latin-1"))
    problem = _assert_reported(_problems(tmp_path), path, "<file>", "not UTF-8")
    assert "line 2" in problem


def test_missing_field(tmp_path: Path) -> None:
    data = _valid()
    del data["steps"]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "steps", "required")


def test_missing_dose_field(tmp_path: Path) -> None:
    data = _valid()
    data["dose"] = {"reps": 8, "why": "A test dose.", "source": "Seed 000."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "dose.sets", "required")


@pytest.mark.parametrize(
    ("key", "value", "words"),
    [
        ("difficulty", "2", "whole number"),
        ("difficulty", True, "whole number"),
        ("desk_friendly", 1, "true or false"),
        ("name", 3, "string"),
        ("steps", "Sit and turn.", "list"),
    ],
)
def test_wrong_type(tmp_path: Path, key: str, value: object, words: str) -> None:
    data = _valid()
    data[key] = value
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, key, words)


def test_wrong_type_inside_a_list(tmp_path: Path) -> None:
    data = _valid()
    data["cues"] = ["Tall.", 7]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "cues[1]", "string")


@pytest.mark.parametrize("key", ["steps", "cues", "mistakes", "safety", "targets"])
def test_required_lists_must_not_be_empty(tmp_path: Path, key: str) -> None:
    data = _valid()
    data[key] = []
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, key, "at least one")


def test_blank_text_in_a_list(tmp_path: Path) -> None:
    data = _valid()
    data["safety"] = ["  "]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "safety[0]", "empty")


def test_unknown_key(tmp_path: Path) -> None:
    data = _valid()
    data["colour"] = "red"
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "colour", "unknown key")


def test_unknown_key_in_the_dose(tmp_path: Path) -> None:
    data = _valid()
    data["dose"] = {"sets": 2, "reps": 8, "weight_kg": 5, "why": "A test dose.", "source": "Seed 000."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "dose.weight_kg", "unknown key")


@pytest.mark.parametrize(
    ("key", "value", "field"),
    [
        ("phase", "warmup", "phase"),
        ("position", "upside_down", "position"),
        ("targets", ["hips"], "targets[0]"),
        ("equipment", ["kettlebell"], "equipment[0]"),
    ],
)
def test_unknown_enum_value(tmp_path: Path, key: str, value: object, field: str) -> None:
    data = _valid()
    data[key] = value
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, field, "unknown value")


def test_equipment_none_is_written_as_an_empty_list(tmp_path: Path) -> None:
    data = _valid()
    data["equipment"] = ["none"]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "equipment", "[]")


def test_both_hold_and_reps(tmp_path: Path) -> None:
    data = _valid()
    data["dose"] = {"sets": 2, "reps": 8, "hold_s": 30, "why": "A test dose.", "source": "Seed 000."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "dose.hold_s", "not both")


def test_neither_hold_nor_reps(tmp_path: Path) -> None:
    data = _valid()
    data["dose"] = {"sets": 2, "why": "A test dose.", "source": "Seed 000."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "dose.reps", "either")


def test_absurd_hold_of_ten_hours(tmp_path: Path) -> None:
    data = _valid()
    data["dose"] = {"sets": 1, "hold_s": 36_000, "why": "A test dose.", "source": "Seed 002."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "dose.hold_s", "between 5 and 300", "36000")


@pytest.mark.parametrize(
    ("dose", "field"),
    [
        ({"sets": 0, "reps": 8}, "dose.sets"),
        ({"sets": 11, "reps": 8}, "dose.sets"),
        ({"sets": 1, "reps": 51}, "dose.reps"),
        ({"sets": 1, "hold_s": 4}, "dose.hold_s"),
        ({"sets": 2, "reps": 8, "rest_s": 301}, "dose.rest_s"),
        ({"sets": 2, "reps": 8, "tempo": {"down_s": 11, "hold_s": 0, "up_s": 1}}, "dose.tempo.down_s"),
        ({"sets": 2, "reps": 8, "tempo": {"down_s": 2, "hold_s": -1, "up_s": 1}}, "dose.tempo.hold_s"),
    ],
)
def test_dose_out_of_range(tmp_path: Path, dose: dict[str, object], field: str) -> None:
    data = _valid()
    data["dose"] = {**dose, "why": "A test dose.", "source": "Seed 000."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, field, "between")


def test_difficulty_out_of_range(tmp_path: Path) -> None:
    data = _valid()
    data["difficulty"] = 4
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "difficulty", "between 1 and 3", "got 4")


def test_tempo_only_with_reps(tmp_path: Path) -> None:
    data = _valid()
    data["dose"] = {"sets": 2, "hold_s": 30, "tempo": {"down_s": 2}, "why": "A test dose.", "source": "Seed 002."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "dose.tempo", "only allowed with reps")


def test_dangling_easier_link(tmp_path: Path) -> None:
    data = _valid()
    data["easier"] = ["no-such-drill"]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "easier[0]", "no-such-drill")


def test_link_to_itself(tmp_path: Path) -> None:
    data = _valid()
    data["harder"] = ["sample-drill"]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "harder[0]", "itself")


def test_links_resolve_across_files(tmp_path: Path) -> None:
    easy = _valid("easy-drill")
    easy["harder"] = ["hard-drill"]
    hard = _valid("hard-drill")
    hard["easier"] = ["easy-drill"]
    _write(tmp_path, easy)
    _write(tmp_path, hard)
    library = load_library(tmp_path)
    assert library["easy-drill"].harder == ("hard-drill",)
    assert library["hard-drill"].easier == ("easy-drill",)


def test_id_must_equal_the_file_name(tmp_path: Path) -> None:
    path = _write(tmp_path, _valid("sample-drill"), name="other-name")
    _assert_reported(_problems(tmp_path), path, "id", "file name", "other-name")


def test_id_must_be_a_slug(tmp_path: Path) -> None:
    path = _write(tmp_path, _valid("Sample_Drill"))
    _assert_reported(_problems(tmp_path), path, "id", "hyphens")


def test_sources_name_seed_articles(tmp_path: Path) -> None:
    data = _valid()
    data["sources"] = ["a blog"]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "sources", "three-digit")


def test_every_problem_in_every_file_is_collected(tmp_path: Path) -> None:
    _write(tmp_path, _valid("good-drill"))
    first = _valid("first-drill")
    first["difficulty"] = 9
    first["phase"] = "warmup"
    first_path = _write(tmp_path, first)
    second_path = tmp_path / "second-drill.toml"
    second_path.write_text("id = [", encoding="utf-8")
    problems = _problems(tmp_path)
    assert len(problems) == 3
    _assert_reported(problems, first_path, "difficulty")
    _assert_reported(problems, first_path, "phase")
    _assert_reported(problems, second_path, "<file>")


def test_other_files_in_the_folder_are_ignored(tmp_path: Path) -> None:
    _write(tmp_path, _valid())
    (tmp_path / "README.md").write_text("notes", encoding="utf-8")
    assert list(load_library(tmp_path)) == ["sample-drill"]


def test_a_missing_folder_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match=re.escape("not a folder")):
        load_library(tmp_path / "nowhere")


def test_a_reps_exercise_names_its_effort(tmp_path: Path) -> None:
    data = _valid()
    del data["effort"]
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "effort", "required with reps", "lift, up, turn, none")


def test_a_hold_needs_no_effort(tmp_path: Path) -> None:
    data = _valid()
    del data["effort"]
    data["dose"] = {"sets": 2, "hold_s": 30, "why": "A test dose.", "source": "Seed 002."}
    _write(tmp_path, data)
    assert load_library(tmp_path)["sample-drill"].effort is Effort.NONE


def test_the_effort_and_pattern_are_read(tmp_path: Path) -> None:
    data = _valid()
    data.update(effort="lift", per_side=False, rep_pattern="alternate_sides")
    _write(tmp_path, data)
    exercise = load_library(tmp_path)["sample-drill"]
    assert (exercise.effort, exercise.rep_pattern) == (Effort.LIFT, RepPattern.ALTERNATE_SIDES)


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"effort": "push"}, "effort", "unknown value 'push'"),
        ({"rep_pattern": "sideways"}, "rep_pattern", "unknown value 'sideways'"),
        ({"rep_pattern": "alternate_sides"}, "rep_pattern", "per_side = false"),
    ],
)
def test_a_wrong_effort_or_pattern_is_reported(
    tmp_path: Path, changes: dict[str, object], field: str, words: str
) -> None:
    data = _valid()
    data.update(changes)
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, field, words)


def test_a_pattern_of_reps_only_goes_with_reps(tmp_path: Path) -> None:
    data = _valid()
    data["rep_pattern"] = "each_way"
    data["dose"] = {"sets": 2, "hold_s": 30, "why": "A test dose.", "source": "Seed 002."}
    path = _write(tmp_path, data)
    _assert_reported(_problems(tmp_path), path, "rep_pattern", "only goes with reps")
