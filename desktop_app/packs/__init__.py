"""Signed lesson packs (no widgets): make one, read what it holds, import it all or nothing, and
keep the list of trusted issuers. The layout on disk is described in importer.py."""

from .build import build_pack
from .errors import PackNeedsConfirmation, PackRefused
from .importer import ImportResult, import_pack, recover_imports
from .keys import generate_keys, load_private_key, read_public_key
from .manifest import FORMAT
from .reading import PackInfo, inspect_pack
from .safety import MAX_FILES, MAX_RATIO, MAX_UNPACKED, name_is_safe
from .trust import TrustedIssuers

__all__ = [
    "FORMAT",
    "MAX_FILES",
    "MAX_RATIO",
    "MAX_UNPACKED",
    "ImportResult",
    "PackInfo",
    "PackNeedsConfirmation",
    "PackRefused",
    "TrustedIssuers",
    "build_pack",
    "generate_keys",
    "import_pack",
    "inspect_pack",
    "load_private_key",
    "name_is_safe",
    "read_public_key",
    "recover_imports",
]
