# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/errors.py.jinja: edit those; `make generate` rewrites this file.
"""Every error the client raises. Catch ``AiwynError`` for all of them.

``APIStatusError`` and its subclasses (one per status family) carry the status, method, URL,
request id, the parsed error body and the raw text; ``APIConnectionError`` and
``APITimeoutError`` mean no answer; ``ResponseValidationError`` means an answer that does not fit
the spec. ``UnexpectedStatus`` is what the bare generated clients raise for undocumented statuses.
"""

from ._exceptions import *  # noqa: F403 - the public errors, listed once in _exceptions.__all__
from ._exceptions import __all__ as _public_errors


class UnexpectedStatus(Exception):
    """Raised by api functions when the response status an undocumented status and Client.raise_on_unexpected_status is True"""

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content

        super().__init__(
            f"Unexpected status code: {status_code}\n\nResponse content:\n{content.decode(errors='ignore')}"
        )


__all__ = [*_public_errors, "UnexpectedStatus"]
