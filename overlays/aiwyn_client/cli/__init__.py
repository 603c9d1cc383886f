"""The ``aiwyn`` command: ``pip install 'aiwyn-client[cli]'`` (``[warehouse]`` adds ``aiwyn sync``).

This module imports nothing the core package lacks, so the console script can say which extra
is missing instead of failing on an import.
"""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> None:
    try:
        from ._app import app
    except ImportError as exc:
        missing = getattr(exc, "name", None) or str(exc)
        print(
            f"the aiwyn command needs {missing}, which the client alone does not install: "
            "pip install 'aiwyn-client[cli]'",
            file=sys.stderr,
        )
        raise SystemExit(2) from None
    app.main(args=argv, prog_name="aiwyn")
