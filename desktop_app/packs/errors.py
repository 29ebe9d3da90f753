"""Why a pack is refused, in words the secretary can act on (English source texts of context
"Packs", translated by Qt). The technical detail goes to the log, never into the message."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from .reading import PackInfo

CONTEXT = "Packs"

# -- reading a pack -----------------------------------------------------------------------------
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Packs", "Cannot open the pack file (%1). Please check that the USB stick is still plugged in, then try again"
)
NOT_A_ZIP = QT_TRANSLATE_NOOP(
    "Packs",
    "This file is not a lesson pack. Please check that you chose the right file (it ends with .zip), or ask for the pack again",
)
EMPTY = QT_TRANSLATE_NOOP("Packs", "There are no lessons in this pack. Please ask the sender for the right pack")
MALFORMED = QT_TRANSLATE_NOOP(
    "Packs",
    "This pack is damaged or incomplete: its list of files cannot be read. Please copy it again, or ask the sender for a new one",
)
NEWER = QT_TRANSLATE_NOOP(
    "Packs",
    "This pack was made by a newer version of the program. Please update the program first, then import the pack again",
)
BAD_SIGNATURE = QT_TRANSLATE_NOOP(
    "Packs",
    "The signature of this pack does not match: it may have been changed after it was made. Do not use it; ask the sender for a new one",
)
DAMAGED_FILE = QT_TRANSLATE_NOOP(
    "Packs",
    "The file “%1” in this pack is damaged or was changed. Please copy the pack again, or ask the sender for a new one",
)
UNSAFE_NAME = QT_TRANSLATE_NOOP(
    "Packs",
    "The pack holds a file name that is not allowed (“%1”): it could put files outside the lesson folder. Do not use this pack; ask the sender for a new one",
)
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "Packs",
    "The pack holds “%1”, which is a link or a special file, not an ordinary file. Do not use this pack; ask the sender for a new one",
)
NOT_LISTED = QT_TRANSLATE_NOOP(
    "Packs",
    "The pack holds “%1”, which is not on its list of files. Do not use this pack; ask the sender for a new one",
)
UNREADABLE_ENTRY = QT_TRANSLATE_NOOP(
    "Packs",
    "The file “%1” in this pack cannot be read (it is locked with a password or packed in an unknown way). Please ask the sender to make the pack with this program",
)
TOO_MANY_FILES = QT_TRANSLATE_NOOP(
    "Packs", "This pack has too many files: %1, at most %2. Please ask the sender to split it into smaller packs"
)
TOO_BIG = QT_TRANSLATE_NOOP(
    "Packs",
    "This pack is too big when unpacked: %1 MB, at most %2 MB. Please ask the sender to split it into smaller packs",
)
BOMB = QT_TRANSLATE_NOOP(
    "Packs",
    "The file “%1” in this pack unpacks to far more than it should. Do not use this pack; ask the sender for a new one",
)

# -- importing ----------------------------------------------------------------------------------
NOT_SIGNED = QT_TRANSLATE_NOOP(
    "Packs",
    "This pack is not signed, so nobody can tell who made it. Import it only if you know where it comes from",
)
UNKNOWN_ISSUER = QT_TRANSLATE_NOOP(
    "Packs",
    "This pack is signed by “%1”, who is not on the list of trusted senders. Import it only if you know this sender; you can then add them to the list",
)
BROKEN_LESSONS = QT_TRANSLATE_NOOP(
    "Packs",
    "Some lessons in this pack have mistakes, so nothing was imported: %1. Please tell the sender, so that they can correct the lessons and send the pack again",
)
BUSY = QT_TRANSLATE_NOOP(
    "Packs", "Another pack is being imported right now. Please wait until it has finished, then try again"
)
NO_ROOM = QT_TRANSLATE_NOOP(
    "Packs",
    "The lessons could not be put in place (the disk may be full, or a lesson is open). Nothing was changed. Please close the lessons, free some space on the disk, then try again",
)

# -- making a pack and keys ---------------------------------------------------------------------
BUILD_BROKEN = QT_TRANSLATE_NOOP(
    "Packs",
    "Some lessons have mistakes, so no pack was made: %1. Please correct them first (“desktop-app lessons check” shows where), then make the pack again",
)
BUILD_NO_LESSONS = QT_TRANSLATE_NOOP(
    "Packs", "There are no lessons in “%1”. Please choose the folder that holds the course folders"
)
BUILD_BAD_NAME = QT_TRANSLATE_NOOP(
    "Packs",
    "The file name “%1” cannot go into a pack (no “..”, “\\”, “:”, “*”, “?”, quotes or “|”, and it must stay inside the lesson folder). Please rename the file and the line of the lesson that names it",
)
BUILD_TOO_BIG = QT_TRANSLATE_NOOP(
    "Packs",
    "These lessons are too many or too big for one pack (%1 files, %2 MB). Please put fewer lessons in each pack",
)
BUILD_PRIVATE_KEY = QT_TRANSLATE_NOOP(
    "Packs",
    "The file “%1” holds the private signing key, which must never go into a pack. Please take it out of the lesson folder",
)
BUILD_CANNOT_READ = QT_TRANSLATE_NOOP(
    "Packs", "Cannot read the file “%1” (%2). Please check that it is still there and can be opened"
)
BUILD_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Packs",
    "Cannot write the pack “%1”: the disk may be full, or this place cannot be written to. Please free some space or choose another place",
)
KEY_BAD = QT_TRANSLATE_NOOP(
    "Packs",
    "This key file cannot be used: %1. Please choose a key file made with “desktop-app pack keygen”",
)
KEY_EXISTS = QT_TRANSLATE_NOOP(
    "Packs",
    "There is already a key file at “%1”. Please choose another name: a key that is overwritten cannot be brought back",
)
KEY_IS_PRIVATE = QT_TRANSLATE_NOOP(
    "Packs",
    "“%1” is the private key, which stays with the sender. Please use the public key file, whose name ends with .pub",
)
KEY_NO_ISSUER = QT_TRANSLATE_NOOP("Packs", "Please give the name of the sender, e.g. “某某县委宣传部”")
KEY_CANNOT_WRITE = QT_TRANSLATE_NOOP(
    "Packs", "Cannot write the key file “%1” (%2). Please choose a folder you can write to"
)


class PackRefused(Exception):
    """A pack (or a key) that is not used; nothing was changed. text is the English source of the
    message (context "Packs"), args_ fill its %1, %2 ..."""

    def __init__(self, text: str, *args: object):
        super().__init__(text, *args)
        self.text = text
        self.args_ = tuple(str(arg) for arg in args)

    def message(self) -> str:
        """The message in the program's language (plain Chinese), arguments filled in."""
        return translate(CONTEXT, self.text, *self.args_)

    def __str__(self) -> str:
        return self.message()


class PackNeedsConfirmation(PackRefused):
    """A good pack that is not signed, or signed by an issuer not on the trusted list: imported only
    when the secretary confirms (import_pack(..., allow_untrusted=True)). info says who made it."""

    def __init__(self, info: PackInfo):
        if info.signed:
            super().__init__(UNKNOWN_ISSUER, info.issuer)
        else:
            super().__init__(NOT_SIGNED)
        self.info = info
