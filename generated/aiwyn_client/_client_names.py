# Copied from overlays/aiwyn_client/_client_names.py: edit it there; `make generate` rewrites this file.
"""The public names ``Aiwyn`` and ``AsyncAiwyn`` have besides their resources.

Declared here, in a module that imports nothing, so the generator can import it (as
``overlays.<package>._client_names``, without the generated package) to keep every resource off
these names (``aiwyn.get`` is the generic request, so a resource named ``get`` is renamed). A
unit test checks that the set is exactly the clients' own public names: a method added to the
clients, to their generic-request mixins or to the generated ``Client`` is added here too.
"""

from __future__ import annotations

from typing import Final

CLIENT_NAMES: Final = frozenset(
    {
        # options and copies (BaseAiwyn)
        "auth",
        "base_url",
        "default_headers",
        "default_query",
        "max_retries",
        "raise_api_errors",
        "with_cookies",
        "with_headers",
        "with_options",
        "with_timeout",
        # answers other than the model
        "with_raw_response",
        "with_streaming_response",
        # any endpoint by its path (_generic)
        "request",
        "get",
        "post",
        "put",
        "patch",
        "delete",
        "paginate",
        # the generated Client's, and closing
        "raise_on_unexpected_status",
        "get_httpx_client",
        "set_httpx_client",
        "get_async_httpx_client",
        "set_async_httpx_client",
        "close",
        "aclose",
    }
)
