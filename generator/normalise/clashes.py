"""One clash of class names openapi-python-client reported, settled after a parse (``settle_clash``,
from ``build.settled_parse`` where ``families.settle_family`` did not settle it with its family).

Two inline models or enums that derive one class name (``duplicate models``, ``conflicting
enums``), a union whose member is titled like another class, or inline schemas of one operation
titled alike: openapi-python-client refuses the second and drops what holds it. Settled by moving
an inline schema into components under a name of its own, or titling a component after its key.
Only a parse tells which names clash, so this runs on the description the parse read, not in
``normalise``."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from openapi_python_client.strings import ClassName

from generator.load import pointer_parts, pointer_target
from generator.normalise.description import escape, pointer
from generator.normalise.hoisting import hoist

CLASH = re.compile(r'duplicate models with name "([^"]+)"|conflicting enums named (\S+) with')
COMPONENT_HEADER = re.compile(r"Unable to process schema /components/schemas/(.+?):?$")
UNION_ERROR = "Invalid property in union"
"""What openapi-python-client reports for a union whose member clashes: the clash's own error is
not passed on."""
ENDPOINT_HEADER = re.compile(r"WARNING parsing (\w+) (\S+) within")
"""openapi-python-client's header for a warning about one operation (``WARNING parsing GET /path
within tag.``): the method and the path; ``build`` reads its warnings with it too."""


def settle_clash(
    spec: dict[str, Any],
    changes: list[str],
    header: str,
    detail: str,
    same: Callable[[dict[str, Any]], bool],
    taken: frozenset[str],
) -> bool:
    """One clash of names openapi-python-client reported (two inline models or enums that derive
    the same class name: ``Attempted to generate duplicate models``, ``Found conflicting enums``),
    settled by moving an inline schema into components under a name of its own (``HolderStatus2``),
    so the class it makes is named after that. ``same`` tells the schema openapi-python-client
    refused (when it says) from the others; ``taken`` are the class names in use. False when no
    such schema is found (the operation or schema is then dropped as usual)."""
    header = " ".join(header.split())
    if UNION_ERROR in detail and ENDPOINT_HEADER.match(header):
        return _settle_operation_titles(spec, changes, header, taken)
    if UNION_ERROR in detail:
        return _settle_union_title(spec, changes, header, taken)
    match = CLASH.search(detail)
    if match is None:
        return False
    name = match.group(1) or match.group(2)
    component = COMPONENT_HEADER.search(header)
    if component is not None:
        root = ["components", "schemas", component.group(1)]
        found = [parts for parts, node in _inline_schemas(pointer_target(spec, pointer(root)), root) if same(node)]
        if not found:  # in a component it extends: `allOf: [{$ref: Base}]` makes Base's inline models again
            return _settle_unplaced_clash(spec, changes, name, same, taken)
        parts = found[0]
        new = hoist(spec, parts, "schemas", name, taken)
        titled = _title_after_key(spec, new, taken)
        changes.append(f"{pointer(parts)}: its class would be named {name} like another one: moved it to {new}{titled}")
        return True
    endpoint = ENDPOINT_HEADER.match(header)
    if endpoint is None:  # openapi-python-client named no place: find the schema it refused
        return _settle_unplaced_clash(spec, changes, name, same, taken)
    op = (spec.get("paths") or {}).get(endpoint.group(2), {}).get(endpoint.group(1).lower()) if endpoint else None
    if not isinstance(op, dict):
        return False
    base = "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", str(op.get("operationId"))))
    root = ["paths", endpoint.group(2), endpoint.group(1).lower()] if endpoint else []
    moved = []
    for parts, _ in _op_schemas(op, root):
        suffix = "Body" if "requestBody" in parts else f"Response{parts[parts.index('responses') + 1]}"
        moved.append(hoist(spec, parts, "schemas", f"{base}{suffix}", taken))
    if not moved:
        return False
    label = f"{endpoint.group(1).upper()} {endpoint.group(2)}" if endpoint else "?"
    changes.append(f"{label}: a class would be named {name} like another one: moved its schemas to {', '.join(moved)}")
    return True


UNPARSED_HEADER = re.compile(r"Unable to parse schema /components/schemas/(\S+)")


def _settle_union_title(spec: dict[str, Any], changes: list[str], header: str, taken: frozenset[str]) -> bool:
    """A nullable component titled like another (``PaymentAmountNullable`` titled
    ``PaymentAmount``): openapi-python-client names the union's object member by the title, which
    clashes, and reports only "Invalid property in union". It is titled after its key. A member
    of the union with a title of its own that names a class already made (two components
    ``anyOf: [{title: Location, ...}, null]``) is titled after the component's key instead."""
    match = UNPARSED_HEADER.search(header)
    schemas = (spec.get("components") or {}).get("schemas") or {}
    key = match.group(1) if match else None
    node = schemas.get(key) if key else None
    title = node.get("title") if isinstance(node, dict) else None
    if isinstance(node, dict) and key is not None and _settle_member_titles(node, key, changes, taken):
        return True
    if isinstance(node, dict) and key is not None and title == key:  # another took its name by a title
        return _retitle_taker(schemas, changes, str(ClassName(key, prefix="")))
    if not isinstance(node, dict) or not isinstance(title, str) or title == key:
        return False
    if str(ClassName(title, prefix="")) not in taken and title not in schemas:  # "Linked Supplier": LinkedSupplier
        return False
    node["title"] = key
    changes.append(f"#/components/schemas/{escape(str(key))}: titled {title} like another class: titled it {key}")
    return True


def _settle_operation_titles(spec: dict[str, Any], changes: list[str], header: str, taken: frozenset[str]) -> bool:
    """Inline schemas of one operation that share a ``title`` make classes of one name, and
    openapi-python-client refuses the second ("Invalid property in union") and drops the
    operation (Stripe's ``GET /v1/invoices``: ``created`` and ``due_date`` are each ``anyOf:
    [{title: range_query_specs, ...}, integer]``). Where they are the same schema it is moved into
    components once and each place refers to it; where they differ their titles are left out, so
    each is named after its place."""
    match = ENDPOINT_HEADER.match(header)
    method, path = (match.group(1).lower(), match.group(2)) if match else ("", "")
    op = ((spec.get("paths") or {}).get(path) or {}).get(method)
    if not isinstance(op, dict):
        return False
    titled: dict[str, list[tuple[list[str], dict[str, Any]]]] = {}
    for parts, node in _inline_schemas(op, ["paths", path, method]):
        if isinstance(node.get("title"), str):
            titled.setdefault(str(ClassName(node["title"], prefix="")), []).append((parts, node))
    settled = False
    for name, places in titled.items():
        if len(places) < 2:
            continue
        first, title = places[0][1], places[0][1]["title"]
        if all(node == first for _, node in places):
            new = hoist(spec, places[0][0], "schemas", name, taken)
            for parts, _ in places[1:]:
                parent = pointer_target(spec, pointer(parts[:-1]))
                parent[int(parts[-1]) if isinstance(parent, list) else parts[-1]] = {"$ref": new}
            label = f"{method.upper()} {path}"
            retitled = _title_after_key(spec, new, taken)
            changes.append(f"{label}: {len(places)} inline schemas titled {title!r} are one: moved to {new}{retitled}")
        else:
            for _, node in places:
                del node["title"]
            changes.append(
                f"{method.upper()} {path}: {len(places)} inline schemas titled {title!r} differ: titles left out, "
                "so each is named after its place"
            )
        settled = True
    return settled


def _settle_member_titles(node: dict[str, Any], key: str, changes: list[str], taken: frozenset[str]) -> bool:
    """openapi-python-client names an inline member of a union after the member's ``title``, so two
    unions whose members share a title make two classes of one name, and the second union is
    refused. Each such member of ``node`` (component ``key``) is titled ``key`` (the one titled
    member) or ``key`` and its title (several): names no other class has."""
    members = [m for m in [*(node.get("anyOf") or ()), *(node.get("oneOf") or ())] if isinstance(m, dict)]
    titled = [
        m for m in members if "$ref" not in m and isinstance(m.get("title"), str) and m["title"] != node.get("title")
    ]
    settled = False
    for member in titled:
        if ClassName(member["title"], prefix="") not in taken:
            continue
        new = key if len(titled) == 1 else f"{key} {member['title']}"
        if ClassName(new, prefix="") in taken:
            continue
        changes.append(
            f"#/components/schemas/{escape(key)}: a member titled {member['title']!r} would make a class named like "
            f"another one: titled it {new!r}"
        )
        member["title"] = new
        settled = True
    return settled


def _settle_unplaced_clash(
    spec: dict[str, Any], changes: list[str], name: str, same: Callable[[dict[str, Any]], bool], taken: frozenset[str]
) -> bool:
    """A component whose class takes its name from a ``title`` (its own, or one an ``allOf``
    member passes on: ``AddressDataNullable`` is ``allOf: [AddressData, ...]``) is named after its
    key instead; an inline schema is moved into components under a name of its own."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    refused = [(str(key), node) for key, node in schemas.items() if isinstance(node, dict) and same(node)]
    for key, node in refused:
        if node.get("title") != key:
            # keys that differ in case only (DocuSign's `passwordRules`, `PasswordRules`) name one
            # class: the refused one is numbered
            title = key if str(ClassName(key, prefix="")) != name else _numbered(name, schemas, taken)
            node["title"] = title
            changes.append(f"#/components/schemas/{escape(key)}: its class would be named {name} like another "
                           f"one: titled it {title}")  # fmt: skip
            return True
    if _retitle_taker(schemas, changes, name):  # the refused one is named rightly: another took its name
        return True
    for key, node in refused:  # titled after keys alike but for case or `_` (BigCommerce's metaCollection_Full)
        if str(ClassName(key, prefix="")) == name:
            node["title"] = _numbered(name, schemas, taken)
            changes.append(f"#/components/schemas/{escape(key)}: its class would be named {name} like another "
                           f"one: titled it {node['title']}")  # fmt: skip
            return True
    for key, node in schemas.items():
        root = ["components", "schemas", str(key)]
        found = [parts for parts, inline in _inline_schemas(node, root) if same(inline)]
        if found:
            new = hoist(spec, found[0], "schemas", name, taken)
            titled = _title_after_key(spec, new, taken)
            changes.append(
                f"{pointer(found[0])}: its class would be named {name} like another one: moved it to {new}{titled}"
            )
            return True
    return False


def _numbered(name: str, schemas: dict[str, Any], taken: frozenset[str]) -> str:
    """``name`` numbered from 2 (``PasswordRules2``), the first that no class or component has."""
    n = 2
    while f"{name}{n}" in taken or f"{name}{n}" in schemas:
        n += 1
    return f"{name}{n}"


def _title_after_key(spec: dict[str, Any], new: str, taken: frozenset[str]) -> str:
    """A schema moved into components keeps its ``title``, which names its class there. Where
    that name is taken already (by a class of the last parse, or another component's), the next
    parse would refuse it and the one after would title it after its key: titled so now, a round
    sooner (Stripe moves hundreds of inline schemas titled alike). Returns what to add to the note."""
    schemas = spec["components"]["schemas"]
    key = pointer_parts(new)[-1]
    node = schemas[key]
    title = node.get("title")
    if not isinstance(title, str) or ClassName(title, prefix="") == ClassName(key, prefix=""):
        return ""
    name = ClassName(title, prefix="")
    if name not in taken and not any(_class_of(k, v) == name for k, v in schemas.items() if k != key):
        return ""
    node["title"] = key
    return f", titled {key} (its title {title!r} names another class)"


def _class_of(key: str, node: Any) -> str:
    """The class name openapi-python-client gives a component: its title's, else its key's."""
    title = node.get("title") if isinstance(node, dict) else None
    return str(ClassName(title if isinstance(title, str) and title else key, prefix=""))


def _retitle_taker(schemas: dict[str, Any], changes: list[str], name: str) -> bool:
    """Another component took the class name ``name`` by its title (``PrismVersionsDeprecated``
    titled ``PrismVersions``): it is titled after its key. Titles are compared as the class names
    openapi-python-client derives (``ISO Currency Code`` makes ``ISOCurrencyCode`` too)."""
    for key, node in schemas.items():
        title = node.get("title") if isinstance(node, dict) else None
        taker = isinstance(node, dict) and isinstance(title, str) and title != key  # titled after its key: no change
        if taker and ClassName(str(title), prefix="") == name and key != name:
            node["title"] = key
            changes.append(f"#/components/schemas/{escape(key)}: titled {title}, the name of another class: "
                           f"titled it {key}")  # fmt: skip
            return True
    return False


def _inline_schemas(node: Any, parts: list[str]) -> Iterator[tuple[list[str], dict[str, Any]]]:
    """Inline object (maps too), ``allOf`` and enum schemas below ``node`` (not ``node`` itself),
    outermost first: the ones openapi-python-client makes a class of."""
    stack: list[tuple[list[str], Any]] = [(parts, node)]
    while stack:
        at, current = stack.pop(0)
        if isinstance(current, dict):
            if at != parts and "$ref" not in current and _makes_a_class(current):
                yield at, current
            stack.extend(
                ([*at, str(k)], v) for k, v in current.items() if k not in ("example", "default", "enum", "const")
            )
        elif isinstance(current, list):
            stack.extend(([*at, str(i)], v) for i, v in enumerate(current))


def _makes_a_class(schema: dict[str, Any]) -> bool:
    """Whether openapi-python-client makes a class of an inline schema: an object with properties,
    or a map of one (Kubernetes' ``capacity: {type: object, additionalProperties: {$ref: ...}}``),
    an enum or an ``allOf``."""
    return bool({"properties", "enum", "allOf"} & set(schema)) or (
        schema.get("type") == "object" and isinstance(schema.get("additionalProperties"), dict)
    )


def _op_schemas(op: dict[str, Any], root: list[str]) -> Iterator[tuple[list[str], dict[str, Any]]]:
    """The inline schemas an operation's request body and responses make classes of."""
    places: list[tuple[list[str], Any]] = [([*root, "requestBody"], op.get("requestBody"))]
    places += [([*root, "responses", str(c)], r) for c, r in (op.get("responses") or {}).items()]
    for at, container in places:
        content = container.get("content") if isinstance(container, dict) else None
        for media, body in (content or {}).items():
            schema = body.get("schema") if isinstance(body, dict) else None
            if isinstance(schema, dict) and "$ref" not in schema and _makes_a_class(schema):  # an allOf too
                yield [*at, "content", media, "schema"], schema
