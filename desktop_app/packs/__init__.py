"""Signed lesson packs (no widgets): make one, read what it holds, import it all or nothing, and
keep the list of trusted issuers. The layout on disk is described in importer.py."""

import importlib

# name -> the module that holds it; loaded when first used (PEP 562), so that reading the lesson
# folders at start does not load the signing library and the pack builder (issue 14)
_WHERE = {
    "build_pack": "build",
    "PackNeedsConfirmation": "errors",
    "PackRefused": "errors",
    "ImportResult": "importer",
    "import_pack": "importer",
    "recover_imports": "importer",
    "generate_keys": "keys",
    "load_private_key": "keys",
    "read_public_key": "keys",
    "FORMAT": "manifest",
    "PackInfo": "reading",
    "inspect_pack": "reading",
    "MAX_FILES": "safety",
    "MAX_RATIO": "safety",
    "MAX_UNPACKED": "safety",
    "name_is_safe": "safety",
    "TrustedIssuers": "trust",
}


def __getattr__(name: str):
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f".{module}", __name__), name)


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
