# Copied from overlays/aiwyn_client/_logging.py: edit it there; `make generate` rewrites this file.
"""The ``aiwyn_client`` logger, switched on without code by ``AIWYN_LOG=debug|info``.

Log lines carry method, path, status, elapsed time, attempt and operation; never headers,
query strings, bodies, tokens or keys.
"""

from __future__ import annotations

import logging
import os

logger = logging.getLogger("aiwyn_client")
logger.addHandler(logging.NullHandler())  # quiet unless asked: Python's last-resort stderr handler stays out
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING}
_configured = False


def configure_from_env() -> None:
    """Attach a stderr handler at the level AIWYN_LOG names (once; a no-op when unset)."""
    global _configured
    level = _LEVELS.get(os.environ.get("AIWYN_LOG", "").strip().lower())
    if level is None or _configured:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(level)
    _configured = True
