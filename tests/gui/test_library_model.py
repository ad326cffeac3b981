"""The Library tab's item models: the exercise list and its search and filter proxy."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from PySide6.QtCore import Qt

from hipdesk.domain.exercise import Dose, Equipment, Exercise, Phase, Position, Region
from hipdesk.domain.library import Library
from hipdesk.ui.library.exercise_filter_model import ExerciseFilter, ExerciseFilterModel
from hipdesk.ui.library.exercise_model import ExerciseListModel, ExerciseRole


def make_exercise(exercise_id: str, **overrides: Any) -> Exercise:
    values: dict[str, Any] = {
        "id": exercise_id,
        "name": exercise_id.replace("-", " ").capitalize(),
        "phase": Phase.STRETCH,
        "summary": "A test exercise.",
        "targets": (Region.HAMSTRINGS,),
        "position": Position.STANDING,
        "dose": Dose(sets=2, hold_s=30),
        "per_side": True,
        "difficulty": 1,
        "desk_friendly": False,
        "steps": ("Do it.",),
        "cues": ("Breathe.",),
        "mistakes": ("Rushing.",),
        "safety": ("Stop if it hurts.",),
        "dose_source": "test",
    }
    values.update(overrides)
    return Exercise(**values)


SMALL = (
    make_exercise(
        "hip-90-90-stretch",
        name="90/90 hip stretch",
        aliases=("seated 90/90",),
        targets=(Region.DEEP_ROTATORS, Region.GLUTE_MAX),
        position=Position.FLOOR_SITTING,
        difficulty=2,
    ),
    make_exercise(
        "lateral-band-walk",
        name="Lateral band walk",
        phase=Phase.STRENGTHEN,
        targets=(Region.GLUTE_MED,),
        equipment=(Equipment.BAND,),
        desk_friendly=True,
        dose=Dose(sets=2, reps=10),
        difficulty=2,
    ),
    make_exercise(
        "banded-glute-bridge",
        name="Banded glute bridge",
        phase=Phase.ACTIVATE,
        targets=(Region.GLUTE_MAX,),
        equipment=(Equipment.BAND,),
        position=Position.ON_BACK,
        dose=Dose(sets=2, reps=12),
        per_side=False,
    ),
    make_exercise(
        "standing-quad-stretch",
        name="Standing quad stretch",
        targets=(Region.QUADS, Region.HIP_FLEXORS),
        equipment=(Equipment.NONE,),
        desk_friendly=True,
    ),
    make_exercise(
        "wall-calf-stretch",
        name="Wall calf stretch",
        targets=(Region.CALVES,),
        equipment=(Equipment.WALL,),
        desk_friendly=True,
        difficulty=1,
    ),
    make_exercise(
        "roll-quads",
        name="Foam roll quads",
        phase=Phase.ROLL,
        targets=(Region.QUADS,),
        equipment=(Equipment.FOAM_ROLLER,),
        position=Position.ON_FRONT,
        difficulty=3,
    ),
)


def shown_ids(proxy: ExerciseFilterModel) -> list[str]:
    return [proxy.index(row, 0).data(ExerciseRole.ID) for row in range(proxy.rowCount())]


@pytest.fixture
def model(qapp: Any) -> ExerciseListModel:
    return ExerciseListModel(Library(SMALL).exercises(), favourites={"wall-calf-stretch"})


@pytest.fixture
def proxy(model: ExerciseListModel) -> ExerciseFilterModel:
    p = ExerciseFilterModel()
    p.setSourceModel(model)
    return p


def test_the_list_model_passes_qtmodeltester_on_the_real_library(qtmodeltester: Any, library: Library) -> None:
    model = ExerciseListModel(library.exercises(), favourites={"glute-bridge"})
    qtmodeltester.check(model)
    assert model.rowCount() == len(library) >= 45


def test_the_filter_model_passes_qtmodeltester_while_it_filters(qtmodeltester: Any, library: Library) -> None:
    model = ExerciseListModel(library.exercises())
    proxy = ExerciseFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)
    proxy.update_filter(query="stretch", desk_friendly=True)
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()


def test_rows_follow_the_library_display_order_and_carry_their_roles(model: ExerciseListModel) -> None:
    exercises = Library(SMALL).exercises()
    assert [model.index(r, 0).data(ExerciseRole.ID) for r in range(model.rowCount())] == [e.id for e in exercises]
    row = model.row_of("lateral-band-walk")
    index = model.index(row, 0)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "Lateral band walk"
    assert index.data(ExerciseRole.EXERCISE) is exercises[row]
    assert Phase(index.data(ExerciseRole.PHASE)) is Phase.STRENGTHEN
    assert index.data(ExerciseRole.DOSE_SUMMARY) == "2 × 10 reps (2-0-1) each side"
    assert index.data(ExerciseRole.PER_SIDE) is True
    assert index.data(ExerciseRole.SEARCH_TEXT) == exercises[row].search_text()
    assert "Lateral band walk" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert model.row_of("no-such-exercise") == -1


def test_a_favourite_is_set_through_the_model_and_announced(model: ExerciseListModel, qtbot: Any) -> None:
    index = model.index(model.row_of("roll-quads"), 0)
    assert index.data(ExerciseRole.FAVOURITE) is False
    with qtbot.waitSignal(model.favourite_changed) as changed, qtbot.waitSignal(model.dataChanged):
        assert model.setData(index, True, ExerciseRole.FAVOURITE)
    assert changed.args == ["roll-quads", True]
    assert index.data(ExerciseRole.FAVOURITE) is True
    assert not model.set_favourite("roll-quads", True)  # no change, no signal
    assert model.toggle_favourite("roll-quads") is False
    assert model.favourites() == {"wall-calf-stretch"}


def test_search_matches_name_alias_and_target_in_any_case(proxy: ExerciseFilterModel) -> None:
    proxy.set_query("90/90")
    assert shown_ids(proxy) == ["hip-90-90-stretch"]
    proxy.set_query("SEATED")  # an alias
    assert shown_ids(proxy) == ["hip-90-90-stretch"]
    proxy.set_query("quads")  # a target, and a name
    assert set(shown_ids(proxy)) == {"standing-quad-stretch", "roll-quads"}
    proxy.set_query("hip flexors")  # a target label, two words
    assert shown_ids(proxy) == ["standing-quad-stretch"]
    proxy.set_query("stretch calf")  # words in any order
    assert shown_ids(proxy) == ["wall-calf-stretch"]


def test_typing_letter_by_letter_gives_the_same_rows_as_a_fresh_search(proxy: ExerciseFilterModel) -> None:
    for query in ("s", "st", "str", "stre", "stretch", "stretch ", "stretch w", "stretch", "str", ""):
        proxy.set_query(query)
        fresh = ExerciseFilterModel()
        fresh.setSourceModel(proxy.exercise_source())
        fresh.set_query(query)
        assert shown_ids(proxy) == shown_ids(fresh), query


def test_filters_combine_with_search_and_with_each_other(proxy: ExerciseFilterModel) -> None:
    proxy.update_filter(equipment=frozenset({Equipment.BAND}))
    assert set(shown_ids(proxy)) == {"lateral-band-walk", "banded-glute-bridge"}
    proxy.update_filter(desk_friendly=True)
    assert shown_ids(proxy) == ["lateral-band-walk"]
    proxy.update_filter(query="walk")
    assert shown_ids(proxy) == ["lateral-band-walk"]
    proxy.update_filter(query="bridge")
    assert shown_ids(proxy) == []
    proxy.set_exercise_filter(ExerciseFilter(phases=frozenset({Phase.STRETCH}), difficulties=frozenset({1})))
    assert set(shown_ids(proxy)) == {"standing-quad-stretch", "wall-calf-stretch"}
    proxy.update_filter(positions=frozenset({Position.STANDING}), targets=frozenset({Region.CALVES}))
    assert shown_ids(proxy) == ["wall-calf-stretch"]


def test_no_equipment_means_nothing_to_fetch(proxy: ExerciseFilterModel) -> None:
    proxy.update_filter(equipment=frozenset({Equipment.NONE}))
    assert set(shown_ids(proxy)) == {"hip-90-90-stretch", "standing-quad-stretch"}


def test_choices_within_one_facet_are_alternatives(proxy: ExerciseFilterModel) -> None:
    proxy.update_filter(phases=frozenset({Phase.ROLL, Phase.ACTIVATE}))
    assert set(shown_ids(proxy)) == {"roll-quads", "banded-glute-bridge"}


def test_the_real_library_filters_like_a_plain_loop(library: Library) -> None:
    model = ExerciseListModel(library.exercises())
    proxy = ExerciseFilterModel()
    proxy.setSourceModel(model)
    f = ExerciseFilter(query="hip", equipment=frozenset({Equipment.BAND}))
    proxy.set_exercise_filter(f)
    expected = [e.id for e in library.exercises() if f.facets_accept(e) and "hip" in e.search_text()]
    assert shown_ids(proxy) == expected


def test_count_and_reset(proxy: ExerciseFilterModel, qtbot: Any) -> None:
    assert proxy.count_text() == "6 of 6"
    with qtbot.waitSignal(proxy.filter_changed):
        proxy.update_filter(query="stretch", desk_friendly=True)
    assert proxy.count_text() == "2 of 6"
    assert not proxy.exercise_filter().is_default
    with qtbot.waitSignal(proxy.filter_changed):
        proxy.reset_filter()
    assert proxy.exercise_filter().is_default
    assert proxy.count_text() == "6 of 6"


def test_favourites_only_follows_stars_as_they_change(
    proxy: ExerciseFilterModel, model: ExerciseListModel, qtbot: Any
) -> None:
    proxy.update_filter(favourites_only=True)
    assert shown_ids(proxy) == ["wall-calf-stretch"]
    with qtbot.waitSignal(proxy.filter_changed):
        model.set_favourite("roll-quads", True)
    assert set(shown_ids(proxy)) == {"wall-calf-stretch", "roll-quads"}
    proxy.update_filter(query="roll")
    assert shown_ids(proxy) == ["roll-quads"]
    model.set_favourite("roll-quads", False)
    assert shown_ids(proxy) == []


def test_a_reset_source_is_filtered_afresh(proxy: ExerciseFilterModel, model: ExerciseListModel) -> None:
    proxy.update_filter(query="stretch")
    assert proxy.rowCount() == 3
    extra = make_exercise("figure-four-stretch", name="Figure-four stretch")
    model.set_exercises(Library((*SMALL, extra)).exercises())
    assert "figure-four-stretch" in shown_ids(proxy)
    assert proxy.count_text() == "4 of 7"
    model.set_exercises([dataclasses.replace(SMALL[0])])
    assert shown_ids(proxy) == ["hip-90-90-stretch"]


def test_the_filter_model_only_filters_exercise_models(qapp: Any) -> None:
    from PySide6.QtCore import QStringListModel

    with pytest.raises(TypeError):
        ExerciseFilterModel().setSourceModel(QStringListModel())


def test_the_best_match_prefers_the_name_over_aliases_and_targets(proxy: ExerciseFilterModel) -> None:
    assert proxy.best_match_row() == 0
    proxy.set_query("quad")  # "Foam roll quads" comes first in order; "Standing quad stretch" only holds the word
    assert shown_ids(proxy)[proxy.best_match_row()] in {"roll-quads", "standing-quad-stretch"}
    proxy.set_query("standing quad")
    assert shown_ids(proxy)[proxy.best_match_row()] == "standing-quad-stretch"
    proxy.set_query("stretch")  # no name starts with it: the first name holding it
    assert shown_ids(proxy)[proxy.best_match_row()] == "hip-90-90-stretch"
    proxy.set_query("wall calf stretch")
    assert shown_ids(proxy)[proxy.best_match_row()] == "wall-calf-stretch"
    proxy.set_query("nothing like this")
    assert proxy.best_match_row() == -1
