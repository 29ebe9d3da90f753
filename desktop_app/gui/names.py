"""The names of the screens (no Qt), for the command line: `screenshot SCREEN`."""

SCREENS = (
    "home",
    "library",
    "reader",
    "settings",
    "problems",
    "my_study",
    "picker",
    "quiz",
    "ladder",
    "board",
    "poster",
    "pin",
    "secretary",
    "kiosk_settings",
    "members",
    "plan",
    "report",
    "backup",
    "packs",
    "film",
)
