"""Names a description must not give to a model, enum, property or parameter: openapi-python-client's
own list (keywords and builtins) plus the names generated code needs that its own code uses unaliased.

openapi-python-client renames a reserved name with a trailing ``_`` (``class`` -> ``class_``,
``self`` -> ``self_``). Our templates keep every other name of their own out of a description's
way (underscore-prefixed locals and import aliases, which no Python name it gives can be), but
two kinds of name cannot be moved:

- what openapi-python-client's own code writes in generated modules: annotations and statements
  such as ``str | Unset = UNSET``, ``dict[str, Any]``, ``cast(...)``, ``File(payload=BytesIO(...))``;
  a model or property (a name that two properties clash on keeps its case) of that name would
  shadow it;
- ``ClassVar``, which attrs recognises by that name only (in a model's class variables);
- the members every model has (``to_dict``, ``from_dict``, ``additional_properties``, ...), which a
  property of the same name would replace.

An endpoint function's own arguments are ``client`` and ``body``: openapi-python-client renames a
parameter called ``client`` (or ``url``) to ``client_query`` (its location appended), and
``body`` is given the same treatment here (``body_query``).

A parameter named in brackets (JSON:API's ``filter[name]``, ``page[size]``) is named as the words
it holds (``filter_name``, ``page_size``): openapi-python-client drops the brackets and runs the
words together (``filtername``). An empty pair (``ids[]``, a list's marker) names nothing and is
dropped as before.

Importing ``generator`` adds these to openapi-python-client's rules, in this process and in the one
that generates (``python -m generator.opc``), so every name computed on either side (models,
endpoints, resources, ``where`` fields) follows the same rule.
"""

from __future__ import annotations

import re
from typing import Any

from openapi_python_client import strings
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.schema.untrusted_string import UntrustedString

PARAMETER_NAMES = frozenset({"body"})  # beside openapi-python-client's own "client" and "url"

STOCK_NAMES = frozenset({"Any", "BytesIO", "File", "FileTypes", "Literal", "UNSET", "UUID", "Unset", "cast"})
ATTRS_NAMES = frozenset({"ClassVar"})  # attrs tells a class variable from a field by this name in the annotation
MODEL_MEMBERS = frozenset(
    {
        "additional_keys",
        "additional_properties",
        "fields_set",
        "from_dict",
        "from_json",
        "to_dict",
        "to_json",
        "to_multipart",
    }
)
RESERVED = STOCK_NAMES | ATTRS_NAMES | MODEL_MEMBERS


def apply() -> None:
    strings.RESERVED_WORDS.update(RESERVED)  # the set fix_reserved_words reads, shared by every caller
    check = Endpoint._check_parameters_for_conflicts
    if getattr(check, "aiwyn_reserved", False):
        return

    def check_parameters(self: Endpoint, **kwargs: Any) -> Any:
        if kwargs.get("previously_modified_params") is None:  # the first pass: before any other renaming
            for location, prop in self.iter_all_parameters():
                bracketed = re.sub(r"\[([^\[\]]+)\]", r"_\1", prop.name.get_untrusted_value())
                if bracketed != prop.name.get_untrusted_value():
                    prop.set_python_name(new_name=UntrustedString(bracketed), config=kwargs["config"])
                if prop.python_name in PARAMETER_NAMES:
                    prop.set_python_name(
                        new_name=UntrustedString(f"{prop.python_name}_{location}"), config=kwargs["config"]
                    )
        return check(self, **kwargs)

    check_parameters.aiwyn_reserved = True  # type: ignore[attr-defined]
    Endpoint._check_parameters_for_conflicts = check_parameters  # type: ignore[method-assign]
