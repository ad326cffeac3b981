"""Reading and validating HipDesk's built-in content files (the exercise library, routines)."""

from hipdesk.content.exercises import ContentError, default_exercises_dir, load_library

__all__ = ["ContentError", "default_exercises_dir", "load_library"]
