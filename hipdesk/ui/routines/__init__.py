"""The Routines tab: built-in and user routines, the routine editor, import and export."""
