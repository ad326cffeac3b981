"""The weekly mobility check: guided steps, a summary and the reminder."""
