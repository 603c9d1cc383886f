# Copied from overlays/aiwyn_client/cli/__main__.py: edit it there; `make generate` rewrites this file.
"""``python -m aiwyn_client.cli``: the ``aiwyn`` command."""

from . import main

main()
