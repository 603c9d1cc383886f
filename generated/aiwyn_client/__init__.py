# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/package_init.py.jinja: edit those; `make generate` rewrites this file.

"""A client library for accessing Aiwyn API"""

from typing import TYPE_CHECKING, Any

from ._exceptions import *  # noqa: F403 - the public errors, listed once in _exceptions.__all__
from ._exceptions import __all__ as _public_errors
from ._version import __version__

if TYPE_CHECKING:
    from ._api_response import APIResponse, AsyncStreamedResponse, StreamedResponse
    from ._batches import BatchReport, RecordOutcome
    from ._client import Aiwyn, AsyncAiwyn
    from ._client_options import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
    from ._downloads import DownloadedFile
    from ._options import NOT_GIVEN, NotGiven
    from .client import AuthenticatedClient, Client

_LAZY = {
    "APIResponse": "._api_response",
    "AsyncStreamedResponse": "._api_response",
    "StreamedResponse": "._api_response",
    "BatchReport": "._batches",
    "RecordOutcome": "._batches",
    "Aiwyn": "._client",
    "AsyncAiwyn": "._client",
    "DEFAULT_MAX_RETRIES": "._client_options",
    "DEFAULT_TIMEOUT": "._client_options",
    "DownloadedFile": "._downloads",
    "NOT_GIVEN": "._options",
    "NotGiven": "._options",
    "AuthenticatedClient": ".client",
    "Client": ".client",
}
"""The public names whose modules load when first used: ``import aiwyn_client`` (for its errors or
its version, or from the ``aiwyn`` command before it parses its arguments) loads no client, auth,
attrs or model; ``from aiwyn_client import Aiwyn`` loads what a client needs."""

if not TYPE_CHECKING:  # type checkers read the imports above; a typo stays an error for them

    def __getattr__(name: str) -> Any:
        module = _LAZY.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from importlib import import_module

        value = getattr(import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


__all__ = (
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIResponse",
    "Aiwyn",
    "AsyncAiwyn",
    "AsyncStreamedResponse",
    "AuthenticatedClient",
    "BatchReport",
    "Client",
    "DownloadedFile",
    "NotGiven",
    "RecordOutcome",
    "StreamedResponse",
    "__version__",
    *_public_errors,
)
