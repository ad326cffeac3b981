"""The next-day pain check: a slim bar on the main window, the day after a session with pain ratings."""
