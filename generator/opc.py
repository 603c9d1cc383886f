"""``python -m generator.opc``: openapi-python-client's command line, with our reserved names
(``generator.reserved``) added to its own."""

from openapi_python_client.cli import app

import generator  # noqa: F401 - applies generator.reserved

app()
