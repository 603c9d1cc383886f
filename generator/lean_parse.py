"""openapi-python-client's parse without its costliest copy: the same result, in a fraction of the time.

``Endpoint.sort_parameters`` (openapi-python-client 0.29) deep-copies the whole endpoint, with every
body and response property and the parsed schemas they hold, to sort one list and rewrite one
string; for a description of a few hundred operations that copy is most of the parse (which a
build runs several times: ``generator.build.settled_parse``, the resources, the generator's own
run). Here it copies only the path parameters' list it sorts, and does the rest as it does:
nothing else of the endpoint is changed, and the endpoint it was given is discarded by its caller.

Importing ``generator`` applies it, in this process and in the one that generates
(``python -m generator.opc``), as ``generator.reserved`` applies the reserved names.
"""

from __future__ import annotations

import contextlib
import dataclasses
import re
from typing import Any

from openapi_python_client.parser.errors import ParseError
from openapi_python_client.parser.openapi import _PATH_PARAM_REGEX, Endpoint
from openapi_python_client.schema.untrusted_string import UntrustedString


def sort_parameters(*, endpoint: Endpoint) -> Endpoint | ParseError:
    """``Endpoint.sort_parameters`` as openapi-python-client has it, copying only what it changes."""
    endpoint = dataclasses.replace(endpoint, path_parameters=list(endpoint.path_parameters))
    parameters_from_path = re.findall(_PATH_PARAM_REGEX, endpoint.path.get_untrusted_value())
    with contextlib.suppress(ValueError):  # the difference is reported below, as openapi-python-client does
        endpoint.path_parameters.sort(key=lambda param: parameters_from_path.index(param.name))
    if parameters_from_path != [param.name for param in endpoint.path_parameters]:
        return ParseError(
            detail=f"Incorrect path templating for {endpoint.path.get_untrusted_value()} (Path parameters do not "
            "match with path)",
        )
    for parameter in endpoint.path_parameters:
        endpoint.path = UntrustedString(
            endpoint.path.get_untrusted_value().replace(
                f"{{{parameter.name.get_untrusted_value()}}}", f"{{{parameter.python_name}}}"
            )
        )
    return endpoint


ORIGINAL_SORT_PARAMETERS = Endpoint.sort_parameters
"""openapi-python-client's own, which the tests compare with."""


def apply() -> None:
    lean: Any = staticmethod(sort_parameters)
    Endpoint.sort_parameters = lean  # type: ignore[method-assign]
