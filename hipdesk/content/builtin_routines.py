"""The built-in routines shipped in ``resources/routines/<id>.json``, in the routine file format.

They are read with the same strict reader as an imported file, against the real exercise library, and are
read-only: a person duplicates one to change it. Each file's ``source`` says where its exercises and doses come from.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from hipdesk.content.exercises import ContentError
from hipdesk.content.routine_file import RoutineFileError, decode_bytes, loads
from hipdesk.domain.exercise import Exercise
from hipdesk.domain.i18n import SOURCE_LANGUAGE, Language
from hipdesk.domain.routine import Routine

DESK_FIVE_ID = "desk-five"  # the everyday five minutes: what reminders start unless the person chose another

# The order people see them in: the everyday routine first, the weekly check last.
BUILTIN_ORDER = (
    DESK_FIVE_ID,
    "roll-stretch-strengthen",
    "lower-body-static-stretch",
    "glute-wake-up",
    "physical-therapy-starter",
    "beginner",
    "back-relief",
    "weekly-mobility-check",
)


def default_routines_dir() -> Path:
    from hipdesk.paths import RESOURCES

    return RESOURCES / "routines"


def load_builtin_routines(
    library: Mapping[str, Exercise], directory: Path | None = None, language: Language = SOURCE_LANGUAGE
) -> tuple[Routine, ...]:
    """Every built-in routine, checked against ``library``; their ids are the file names. Names and descriptions
    are in ``language`` (from ``directory/<language>/<id>.toml``; the English where a translation does not fit).

    Raises :class:`ContentError` listing every broken file.
    """
    directory = directory or default_routines_dir()
    files = sorted(directory.glob("*.json"))
    order = {key: index for index, key in enumerate(BUILTIN_ORDER)}
    files.sort(key=lambda p: (order.get(p.stem, len(order)), p.stem))
    problems: list[str] = []
    routines: list[Routine] = []
    names: list[str] = []
    for path in files:
        try:
            text = decode_bytes(path.read_bytes(), path.name)
            routine = loads(
                text, library=library, existing_names=names, routine_id=path.stem, builtin=True, label=path.name
            )
        except RoutineFileError as exc:
            problems.append(str(exc))
            continue
        except OSError as exc:
            problems.append(f"{path.name}: cannot be read ({exc.strerror or exc})")
            continue
        routines.append(routine)
        names.append(routine.name)
    if problems:
        raise ContentError(problems)
    if language is not SOURCE_LANGUAGE:
        from hipdesk.content.translations import log_problems, translate_routines

        translated, gaps = translate_routines(routines, directory, language)
        log_problems(gaps, "routines")
        return translated
    return tuple(routines)
