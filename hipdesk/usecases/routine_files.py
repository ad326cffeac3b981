"""Importing and exporting routine files.

An import reads and checks the file once (:meth:`RoutineFiles.read`), then stores it (:meth:`RoutineFiles.store`).
When a routine of that name already exists, the person chooses: import it as a copy under a free name, replace the
routine of that name (a user routine only: the file becomes its next version, and history keeps the earlier ones),
or cancel. A file with a problem writes nothing and says what and where.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path

from hipdesk.content.routine_file import check_routine, dumps, read_routine_file
from hipdesk.domain.exercise import Exercise
from hipdesk.domain.routine import Routine, carry_own_exercises, name_key
from hipdesk.domain.text import quoted
from hipdesk.domain.words import Words
from hipdesk.storage.routine_repository import DuplicateNameError, RoutineRepository
from hipdesk.usecases.files import write_text_atomically


class RoutineFilesWords(Words):
    """What HipDesk says when a routine file cannot be stored as it is."""


class NameChoice(StrEnum):
    """What to do with a routine file whose name is taken."""

    COPY = "copy"  # import under a free name ("Desk five (copy)")
    REPLACE = "replace"  # the file becomes the new version of the user routine with that name
    CANCEL = "cancel"


@dataclass(frozen=True)
class RoutineFile:
    """A routine file, read and checked once, ready to store."""

    path: Path
    routine: Routine  # as read; its id is empty until stored
    clash: Routine | None  # the routine that already has this name, if any
    copy_name: str  # the name "import as a copy" gives it

    @property
    def choices(self) -> tuple[NameChoice, ...]:
        """What the person may choose when the name is taken (a built-in routine cannot be replaced)."""
        if self.clash is None:
            return ()
        if self.clash.builtin:
            return (NameChoice.COPY, NameChoice.CANCEL)
        return (NameChoice.COPY, NameChoice.REPLACE, NameChoice.CANCEL)


class NameTakenError(ValueError):
    """The routine file's name is taken and no choice was given; ``file`` says by which routine."""

    def __init__(self, file: RoutineFile) -> None:
        assert file.clash is not None
        super().__init__(
            RoutineFilesWords.tr("a routine called {name} already exists").format(name=quoted(file.clash.name))
        )
        self.file = file


class RoutineFiles:
    """Reads, stores and writes routine files for the user's routines."""

    def __init__(
        self, routines: RoutineRepository, builtin_routines: Sequence[Routine], library: Mapping[str, Exercise]
    ) -> None:
        self._routines = routines
        self._builtin = tuple(builtin_routines)
        self._library = library

    def read(self, path: Path) -> RoutineFile:
        """Read and check the file (once). Raises RoutineFileError naming the file, the field and the reason;
        nothing is written."""
        routine = read_routine_file(Path(path), self._library)
        return RoutineFile(Path(path), routine, self._clash(routine.name), self._routines.free_name(routine.name))

    def store(self, file: RoutineFile, choice: NameChoice | None = None) -> Routine | None:
        """Store the routine read from a file; returns it as stored, or None when the person cancelled.

        Raises NameTakenError when its name is taken (also when another routine took it since :meth:`read`) and
        ``choice`` does not say what to do, and ValueError for a choice the file does not offer.
        """
        name = file.routine.name
        current = replace(file, clash=self._clash(name), copy_name=self._routines.free_name(name))
        if current.clash is not None and choice is None:
            raise NameTakenError(current)
        if choice is NameChoice.CANCEL:
            return None
        if current.clash is None:
            routine = file.routine
        elif choice not in current.choices:
            raise ValueError(f"{choice} is not possible for {current.clash.name!r}")
        elif choice is NameChoice.COPY:
            routine = replace(file.routine, name=current.copy_name)
        else:  # REPLACE: a new version of that routine; the sessions played from the old one keep it
            routine = replace(file.routine, id=current.clash.id, name=current.clash.name)
        try:
            return self._routines.save(replace(routine, builtin=False))
        except DuplicateNameError:  # taken between the check and the save: ask again
            raise NameTakenError(replace(current, clash=self._clash(routine.name))) from None

    def export(self, routine: Routine, path: Path) -> None:
        """Write ``routine`` to ``path`` as a routine file, all or nothing, with the user's normal file mode.

        Raises RoutineFileError when the routine would not read back (checked first: nothing is written), and
        FileWriteError when the file cannot be written.
        """
        routine = carry_own_exercises(routine, self._library)  # its custom exercises travel in the file
        check_routine(routine, self._library, label=Path(path).name)
        write_text_atomically(Path(path), dumps(routine))

    def _clash(self, name: str) -> Routine | None:
        key = name_key(name)
        builtin = next((r for r in self._builtin if name_key(r.name) == key), None)
        return builtin if builtin is not None else self._routines.find_by_name(name)
