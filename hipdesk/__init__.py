"""HipDesk: a hip-mobility trainer for people who sit at a desk.

The one place HipDesk's identity is written; packaging files are checked against it by a test.
"""

__version__ = "0.1.0"
APP_NAME = "HipDesk"
APP_ID = "org.hipdesk.HipDesk"
ORGANIZATION = "HipDesk"
