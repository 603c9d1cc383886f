# Copied from overlays/aiwyn_client/auth/_store.py: edit it there; `make generate` rewrites this file.
"""Stored credentials, per profile: what ``aiwyn login`` saves and ``Aiwyn()`` uses when it is
given no credential (no argument, no environment variable).

A profile (``--profile``, ``AIWYN_PROFILE``, else ``default``) holds the credentials given at
login (``api_key``, ``token``, a scheme's own arguments) and, when given then, ``base_url`` or
``environment``. It is kept in the OS keyring through ``keyring`` when that is installed
(``aiwyn-client[keyring]``) and has a usable backend; otherwise in
``$AIWYN_CONFIG_DIR`` (default ``$XDG_CONFIG_HOME/aiwyn``, ``~/.config/aiwyn``)
``/credentials/<profile>.json``, created readable and writable by its owner only (0600, in a
0700 directory). ``AIWYN_CREDENTIAL_STORE=file`` or ``keyring`` chooses. Nothing here prints or
logs a value.
"""

from __future__ import annotations

import json
import os
import re
import stat
from pathlib import Path
from typing import Any

from .._exceptions import ConfigurationError

SERVICE = "aiwyn-client"
DEFAULT_PROFILE = "default"
SETTINGS = ("base_url", "environment")
"""What a profile may hold besides credentials."""


def profile_name(profile: str | None = None) -> str:
    name = profile or os.environ.get("AIWYN_PROFILE") or DEFAULT_PROFILE
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,63}", name):
        raise ConfigurationError(f"a profile name is letters, digits, '.', '_' and '-', not {name!r}")
    return name


def config_dir() -> Path:
    given = os.environ.get("AIWYN_CONFIG_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / "aiwyn"


def _keyring() -> Any:
    """The keyring module when it should be used, else None."""
    choice = os.environ.get("AIWYN_CREDENTIAL_STORE", "")
    if choice == "file":
        return None
    if choice not in ("", "keyring"):  # a misspelt choice must not put a key where it was not asked to go
        raise ConfigurationError(f"AIWYN_CREDENTIAL_STORE={choice}: set it to file or keyring, or unset it")
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        if choice == "keyring":
            raise ConfigurationError("AIWYN_CREDENTIAL_STORE=keyring: pip install 'aiwyn-client[keyring]'") from None
        return None
    if isinstance(keyring.get_keyring(), fail.Keyring):
        if choice == "keyring":
            raise ConfigurationError("AIWYN_CREDENTIAL_STORE=keyring, but the keyring has no usable backend")
        return None
    return keyring


def _file(profile: str) -> Path:
    return config_dir() / "credentials" / f"{profile}.json"


def where(profile: str | None = None) -> str:
    """Where the profile is kept, for messages (never its content)."""
    name = profile_name(profile)
    return f"the OS keyring ({SERVICE}/{name})" if _keyring() is not None else str(_file(name))


def save(values: dict[str, Any], profile: str | None = None) -> str:
    """Keep ``values`` as the profile's; returns where."""
    name = profile_name(profile)
    document = json.dumps(values)
    ring = _keyring()
    if ring is not None:
        ring.set_password(SERVICE, name, document)
        return where(name)
    path = _file(name)
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    os.chmod(path.parent, 0o700)
    temporary = path.with_name(f".{path.name}.tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
        os.fchmod(stream.fileno(), 0o600)
        stream.write(document)
    os.replace(temporary, path)
    return str(path)


def load(profile: str | None = None) -> dict[str, Any] | None:
    """The profile's values, or None when it was never saved."""
    name = profile_name(profile)
    ring = _keyring()
    if ring is not None:
        document = ring.get_password(SERVICE, name)
    else:
        path = _file(name)
        if not path.exists():
            return None
        mode = path.stat().st_mode
        if mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ConfigurationError(
                f"{path} can be read by other users (mode {stat.filemode(mode)}): "
                "chmod 600 it, or run aiwyn login again"
            )
        document = path.read_text(encoding="utf-8")
    if document is None:
        return None
    try:
        values = json.loads(document)
    except ValueError:
        raise ConfigurationError(f"the stored profile {name!r} is not readable: run aiwyn login again") from None
    return values if isinstance(values, dict) else None


def delete(profile: str | None = None) -> bool:
    """Forget the profile; False when there was nothing to forget."""
    name = profile_name(profile)
    ring = _keyring()
    if ring is not None:
        if ring.get_password(SERVICE, name) is None:
            return False
        ring.delete_password(SERVICE, name)
        return True
    path = _file(name)
    if not path.exists():
        return False
    path.unlink()
    return True
