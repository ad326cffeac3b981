"""What a user asks HipDesk to do, written once and without Qt.

A use case takes plain arguments and repositories, does the work through the storage and domain layers, and returns
a result or raises a known error that the view turns into a message. Views call these; they hold no SQL and no rules.
"""
