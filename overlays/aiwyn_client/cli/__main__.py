"""``python -m aiwyn_client.cli``: the ``aiwyn`` command."""

from . import main

main()
