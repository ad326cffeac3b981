"""Translations beside the English: what applies, what falls back to English, and that every shipped language is
complete for every exercise, routine and phrase."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from hipdesk.content.builtin_routines import load_builtin_routines
from hipdesk.content.exercises import default_exercises_dir, load_library
from hipdesk.content.translations import (
    INVALID,
    MISSING,
    STALE,
    check_language,
    load_catalogue,
    translate_exercise,
    translate_exercises,
    translate_routines,
)
from hipdesk.domain import i18n
from hipdesk.domain.exercise import Dose, Phase, Region, RepPhase, Tempo, tempo_words
from hipdesk.domain.i18n import (
    SHIPPED,
    SOURCE_LANGUAGE,
    TRANSLATED,
    Catalogue,
    Language,
    Phrase,
    PluralPhrase,
    Translation,
    choose_language,
    number,
    plural_category,
)
from hipdesk.domain.library import Library
from hipdesk.paths import RESOURCES
from tests.conftest import REPO

DE = Language.DE


@pytest.fixture(scope="module")
def library() -> Library:
    return load_library(default_exercises_dir())


@pytest.fixture
def speaking() -> Iterator[None]:
    """Whatever a test installs is undone after it."""
    before = i18n.installed()
    yield
    i18n.install(before)


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def entry(field: str, source: str, text: str, *, array: bool = False) -> str:
    head = f"[[{field}]]" if array else f"[{field}]"
    return f'{head}\nsource = "{source}"\ntext = "{text}"\n\n'


# ---- choosing the language -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("preference", "desktop", "chosen"),
    [
        ("", ["C"], Language.EN),
        ("", [], Language.EN),
        ("", ["fr-FR", "fr", "en-GB"], Language.EN),
        ("en", ["de-DE"], Language.EN),  # the Settings override wins over the desktop
        ("xx", ["en-US"], Language.EN),  # a preference HipDesk cannot speak is passed over
    ],
)
def test_the_language_follows_settings_then_the_desktop(preference: str, desktop: list[str], chosen: Language) -> None:
    assert choose_language(preference, desktop) is chosen


def test_a_shipped_language_is_chosen_from_the_desktop_or_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "SHIPPED", (Language.EN, Language.DE))
    assert choose_language("", ["de-Latn-DE", "de-DE", "de"]) is Language.DE
    assert choose_language("", ["fr-CH", "de_CH.UTF-8"]) is Language.DE
    assert choose_language("de", ["en-US"]) is Language.DE
    assert choose_language("en", ["de-DE"]) is Language.EN


@pytest.mark.parametrize(
    ("count", "category"), [(0, "other"), (1, "one"), (1.0, "one"), (1.5, "other"), (2, "other"), (21, "other")]
)
def test_english_and_german_count_one_and_other(count: float, category: str) -> None:
    assert plural_category(Language.EN, count) == category
    assert plural_category(Language.DE, count) == category


def test_numbers_are_written_the_languages_way() -> None:
    assert number(1.5, Language.EN) == "1.5"
    assert number(1.5, Language.DE) == "1,5"
    assert number(2.0, Language.DE) == "2"


# ---- phrases -------------------------------------------------------------------------------------------------------


@pytest.fixture
def phrases(monkeypatch: pytest.MonkeyPatch) -> tuple[Phrase, PluralPhrase]:
    """Two phrases of the test's own, declared in a copy of the registry (the real one never sees them)."""
    monkeypatch.setattr(i18n, "_REGISTRY", dict(i18n._REGISTRY))
    return Phrase("cues.test_greeting", "Hello {name}"), PluralPhrase(
        "cues.test_steps", one="{n} step", other="{n} steps"
    )


def test_a_phrase_says_the_installed_translation_while_its_source_is_the_english(
    speaking: None, phrases: tuple[Phrase, PluralPhrase]
) -> None:
    GREETING = phrases[0]
    assert GREETING(name="Ada") == "Hello Ada"
    i18n.install(Catalogue(DE, {GREETING.key: Translation("Hello {name}", "Hallo {name}")}))
    assert GREETING(name="Ada") == "Hallo Ada"
    i18n.install(Catalogue(DE, {GREETING.key: Translation("Hi {name}", "Hallo {name}")}))
    assert GREETING(name="Ada") == "Hello Ada"  # translated from an English that changed since: English


def test_a_counted_phrase_takes_the_languages_form_and_number(
    speaking: None, phrases: tuple[Phrase, PluralPhrase]
) -> None:
    STEPS = phrases[1]
    assert [STEPS(1), STEPS(2), STEPS(1.5)] == ["1 step", "2 steps", "1.5 steps"]
    forms = Translation({"one": "{n} step", "other": "{n} steps"}, {"one": "{n} Schritt", "other": "{n} Schritte"})
    i18n.install(Catalogue(DE, {STEPS.key: forms}))
    assert [STEPS(1), STEPS(2), STEPS(1.5)] == ["1 Schritt", "2 Schritte", "1,5 Schritte"]


def test_two_phrases_cannot_share_a_key(phrases: tuple[Phrase, PluralPhrase]) -> None:
    with pytest.raises(ValueError, match="share the key"):
        Phrase("cues.test_greeting", "Goodbye")
    with pytest.raises(ValueError, match="file name"):
        Phrase("greeting", "Hello")


def test_the_domain_declares_its_phrases_under_the_translation_files() -> None:
    declared = i18n.source_phrases()
    assert {key.split(".")[0] for key in declared} == {
        "checks",
        "cues",
        "notices",
        "terms",
    }
    assert declared["terms.phase.stretch"].english == "Stretch"
    assert declared["checks.check-seated-rotation.internal.label"].english == "Inward (internal) rotation"


def _catalogue_file(tmp_path: Path, text: str) -> Path:
    return write(tmp_path / "texts" / "de" / "cues.toml", text)


def test_the_phrase_catalogue_is_checked_against_the_english(tmp_path: Path) -> None:
    _catalogue_file(
        tmp_path,
        entry("halfway", "Halfway", "Halbzeit")
        + entry("switch_sides", "Switch side", "Seite wechseln")  # stale: the English says "Switch sides"
        + entry("get_ready", "Get ready. First: {exercise}", "Mach dich bereit. Zuerst: {übung}")  # wrong field
        + entry("no_such_cue", "Nothing", "Nichts")
        + '[reps]\nsource = { one = "{n} rep", other = "{n} reps" }\ntext = { one = "{n} Wiederholung" }\n',
    )
    catalogue, problems = load_catalogue(tmp_path / "texts", DE)
    by_field = {(p.field, p.kind) for p in problems}
    assert ("switch_sides", STALE) in by_field
    assert ("get_ready", INVALID) in by_field
    assert ("no_such_cue", INVALID) in by_field
    assert ("reps", MISSING) in by_field  # the 'other' form is not there yet
    assert ("session_complete", MISSING) in by_field
    assert set(catalogue.entries) == {"cues.halfway"}
    assert all(p.path.endswith(".toml") for p in problems)


# ---- exercises and routines -----------------------------------------------------------------------------------------


def test_an_exercise_takes_every_translated_field_and_keeps_its_english_names(library: Library, tmp_path: Path) -> None:
    bridge = library["glute-bridge"]
    text = entry("name", bridge.name, "Beckenheben") + entry("summary", bridge.summary, "Zusammenfassung")
    text += "".join(entry("aliases", a, f"Alias {i}", array=True) for i, a in enumerate(reversed(bridge.aliases)))
    for field in ("steps", "cues", "mistakes", "safety"):
        text += "".join(entry(field, t, f"{field} {i}", array=True) for i, t in enumerate(getattr(bridge, field)))
    text += entry("dose.why", bridge.dose_why, "Darum")
    translated, problems = translate_exercise(bridge, write(tmp_path / "glute-bridge.toml", text), DE)
    assert problems == []
    assert translated.name == "Beckenheben" and translated.summary == "Zusammenfassung"
    assert translated.dose_why == "Darum"
    assert translated.steps == tuple(f"steps {i}" for i in range(len(bridge.steps)))
    # a list is matched by source, so its order in the file does not matter: the English order stays
    assert translated.aliases == tuple(f"Alias {i}" for i in reversed(range(len(bridge.aliases))))
    assert translated.english_name == "Glute bridge" and translated.english_aliases == bridge.aliases
    assert "glute bridge" in translated.search_text() and "beckenheben" in translated.search_text()
    assert translated.names == ("Beckenheben", "Glute bridge")


def test_a_changed_english_text_falls_back_to_english_and_is_reported(library: Library, tmp_path: Path) -> None:
    bridge = library["glute-bridge"]
    text = entry("name", "Glute bridges", "Beckenheben")  # translated when the English read "Glute bridges"
    text += entry("summary", bridge.summary, "Zusammenfassung")
    text += entry("steps", "A step the English no longer has.", "Ein alter Schritt.", array=True)
    text += entry("steps", bridge.steps[0], "Erster Schritt.", array=True)
    translated, problems = translate_exercise(bridge, write(tmp_path / "glute-bridge.toml", text), DE)
    assert translated.name == "Glute bridge" and translated.summary == "Zusammenfassung"
    assert translated.steps == ("Erster Schritt.", *bridge.steps[1:])
    kinds = {(p.field, p.kind) for p in problems}
    assert {("name", STALE), ("steps", STALE), ("steps[1]", MISSING), ("dose.why", MISSING)} <= kinds
    assert ("cues[0]", MISSING) in kinds
    stale_name = next(p for p in problems if p.field == "name")
    assert "'Glute bridges'" in str(stale_name) and "'Glute bridge'" in str(stale_name)


def test_broken_translation_files_are_reported_not_applied(library: Library, tmp_path: Path) -> None:
    bridge = library["glute-bridge"]
    folder = tmp_path / "exercises"
    write(folder / "de" / "glute-bridge.toml", 'name = "Beckenheben"\ncolour = "red"\n')
    write(folder / "de" / "no-such-exercise.toml", entry("name", "Nothing", "Nichts"))
    write(folder / "de" / "hip-hinge.toml", "[name\n")
    exercises, problems = translate_exercises([bridge, library["hip-hinge"]], folder, DE)
    assert exercises[0].name == "Glute bridge"
    reasons = [str(p) for p in problems if p.kind == INVALID]
    assert any("glute-bridge.toml: name: must be a table" in r for r in reasons)
    assert any("glute-bridge.toml: colour: unknown field" in r for r in reasons)
    assert any("no-such-exercise.toml: <file>: there is no exercise 'no-such-exercise'" in r for r in reasons)
    assert any("hip-hinge.toml: <file>: is not valid TOML" in r for r in reasons)


def test_a_built_in_routine_takes_its_translated_name_and_description(library: Library, tmp_path: Path) -> None:
    routines = load_builtin_routines(library)
    desk = next(r for r in routines if r.id == "desk-five")
    write(
        tmp_path / "de" / "desk-five.toml",
        entry("name", desk.name, "Schreibtisch-Fünf") + entry("description", "An older text.", "Ein alter Text."),
    )
    translated, problems = translate_routines([desk], tmp_path, DE)
    assert translated[0].name == "Schreibtisch-Fünf" and translated[0].description == desk.description
    assert [(p.field, p.kind) for p in problems] == [("description", STALE)]


def test_english_needs_no_translation(library: Library) -> None:
    exercises, problems = translate_exercises(library.exercises(), default_exercises_dir(), SOURCE_LANGUAGE)
    assert problems == [] and exercises == library.exercises()


# ---- the shipped translations ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", [lang for lang in SHIPPED if lang is not SOURCE_LANGUAGE])
def test_every_shipped_language_translates_every_text_from_the_current_english(language: Language) -> None:
    """Every exercise, routine, check, cue and notice; a source that no longer matches the English fails too."""
    problems = check_language(language, RESOURCES)
    assert not problems, f"{len(problems)} gaps in the {language.native_name} translation:\n" + "\n".join(
        map(str, problems)
    )


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_translation_file_can_be_read(language: Language) -> None:
    """A language still being translated may lag behind the English (missing and stale texts show in English), but
    none of its files or entries may be broken."""
    problems = [p for p in check_language(language, RESOURCES) if p.kind == INVALID]
    assert not problems, "\n".join(map(str, problems))


def test_domain_terms_follow_the_installed_language(speaking: None) -> None:
    i18n.install(
        Catalogue(
            DE,
            {
                "terms.phase.stretch": Translation("Stretch", "Dehnen"),
                "terms.region.adductors": Translation("Adductors", "Adduktoren"),
                "terms.rep.lift": Translation("lift", "heben"),
                "terms.rep.lower": Translation("lower", "senken"),
                "terms.dose.reps": Translation(
                    {"one": "{n} rep", "other": "{n} reps"}, {"one": "{n} Wdh.", "other": "{n} Wdh."}
                ),
                "terms.dose.each_side": Translation("{dose} each side", "{dose} pro Seite"),
            },
        )
    )
    assert Phase.STRETCH.label == "Dehnen" and Region.ADDUCTORS.label == "Adduktoren"
    assert Region.ADDUCTORS.english_label == "Adductors"
    assert RepPhase.LIFT.label == "HEBEN"
    assert Dose(sets=2, reps=10, tempo=Tempo(2.5, 0, 1)).summary(per_side=True) == "2 × 10 Wdh. (2,5-0-1) pro Seite"
    from hipdesk.domain.exercise import Effort

    assert tempo_words(Tempo(2, 1, 1), Effort.LIFT) == "heben 1 s, hold 1 s, senken 2 s"


@pytest.mark.parametrize("language", [lang for lang in SHIPPED if lang is not SOURCE_LANGUAGE])
def test_the_desktop_entry_and_the_metainfo_speak_every_shipped_language(language: Language) -> None:
    """The applications menu and software centres show HipDesk in the desktop's language."""
    root = REPO / "packaging"
    desktop = next(root.glob("*.desktop")).read_text(encoding="utf-8")
    for key in ("GenericName", "Comment", "Keywords"):
        assert f"\n{key}[{language.value}]=" in desktop
    assert desktop.count(f"\nName[{language.value}]=") == 2  # both actions (the app's name stays HipDesk)
    metainfo = next(root.glob("*.metainfo.xml")).read_text(encoding="utf-8")
    for tag in ("summary", "p", "li", "caption"):
        assert f'<{tag} xml:lang="{language.value}">' in metainfo


def test_an_entry_waiting_for_its_text_is_reported_once(library: Library, tmp_path: Path) -> None:
    bridge = library["glute-bridge"]
    path = write(tmp_path / "glute-bridge.toml", entry("cues", bridge.cues[0], "", array=True))
    _, problems = translate_exercise(bridge, path, DE)
    about_first_cue = [p for p in problems if bridge.cues[0] in p.reason]
    assert [(p.field, p.kind) for p in about_first_cue] == [("cues[0]", MISSING)]
