"""Progression suggestions after a session."""
