"""Pure domain objects and rules: standard library only, no Qt, no database."""
