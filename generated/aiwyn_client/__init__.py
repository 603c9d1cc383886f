# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/package_init.py.jinja: edit those; `make generate` rewrites this file.

"""A client library for accessing Aiwyn API"""

from ._api_response import APIResponse, AsyncStreamedResponse, StreamedResponse
from ._batches import BatchReport, RecordOutcome
from ._client import Aiwyn, AsyncAiwyn
from ._downloads import DownloadedFile
from ._exceptions import *  # noqa: F403 - the public errors, listed once in _exceptions.__all__
from ._exceptions import __all__ as _public_errors
from ._options import NOT_GIVEN, NotGiven
from ._version import __version__
from .client import AuthenticatedClient, Client

__all__ = (
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
