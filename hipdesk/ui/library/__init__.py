"""The Library tab: every exercise as searchable, filterable cards with a detail pane."""
