"""The pages the decode benchmark reads, made from the spec for every list operation.

``exact`` pages carry just the declared fields, with nulls only where the description allows
them. ``realistic`` pages are what a real server sends on top of that: every record has one to
three keys the description does not declare (the same few names across records, as a server's
newer fields are), about one value in ten is null whatever the description says, and some
strings are long and not ASCII. Both are deterministic for a seed.
"""

from __future__ import annotations

import copy
import json
import random
from collections.abc import Iterator, MutableMapping
from dataclasses import dataclass
from typing import Any

from generator.method_names import method_name
from generator.naming import model_class
from generator.samples import list_page
from generator.settings import Settings
from generator.spec import SpecIndex

UNDECLARED: dict[str, Any] = {
    "externalId": "ext-0001-7f3a",
    "syncedAt": "2024-03-01T12:30:00+00:00",
    "tags": ["priority", "q3"],
    "customFields": {"region": "EMEA", "tier": 2},
    "isArchived": False,
    "sourceSystem": "legacy-pms",
}
LONG_TEXT = "Société Générale Zürich – Ærøskøbing ✓ 会计事务所 "
NULL_RATE = 0.1


@dataclass(frozen=True)
class Page:
    operation: str
    model: str
    """The page's model class name in aiwyn_client.models."""
    exact: bytes
    realistic: bytes
    schema: Any
    """The response's schema in the description (the reference decoders are built from it)."""
    method: tuple[str, str]
    """The resource method that sends the operation: ``aiwyn.<resource>.<method>()``."""


def list_pages(settings: Settings, index: SpecIndex, records: int, seed: int = 7) -> Iterator[Page]:
    """One page of ``records`` records for every list operation, exact and realistic."""
    for op in index.operations:
        shape = index.page_shape(op)
        if op.kind != "list" or not op.raw.get("requestBody") or shape is None:
            continue
        schema = index.json_body_schema(op.raw["responses"][op.success_status])
        name = model_class(settings, schema["$ref"].rsplit("/", 1)[1])
        page = list_page(index, schema, records, seed)
        texts = _free_text(index, shape.item_schema)
        rough = _bytes(realistic(page, shape.items_path, texts, seed))
        yield Page(op.operation_id, name, _bytes(page), rough, schema, method_name(settings, op))


def _free_text(index: SpecIndex, item_schema: str | None) -> frozenset[str]:
    """The record fields that are free text (strings with no format or enum): the ones a real
    server fills with long and non-ASCII values."""
    if item_schema is None:
        return frozenset()
    fields = index.properties({"$ref": f"#/components/schemas/{item_schema}"})
    return frozenset(
        name
        for name, prop in fields.items()
        if (schema := index.resolve(index.non_null(prop))).get("type") == "string"
        and not ({"format", "enum"} & set(schema))
    )


def realistic(
    page: dict[str, Any], items_path: tuple[str, ...], texts: frozenset[str] = frozenset(), seed: int = 7
) -> dict[str, Any]:
    """A copy of ``page`` whose records carry undeclared keys, nulls, and long unicode strings
    in the free-text fields ``texts``."""
    rnd = random.Random(seed)  # noqa: S311 - sample data, reproducible by seed
    page = copy.deepcopy(page)
    holder: Any = page
    for key in items_path:
        holder = holder[key]
    for record in holder:
        _roughen(record, texts, rnd)
    return page


def _roughen(record: MutableMapping[str, Any], texts: frozenset[str], rnd: random.Random) -> None:
    for key, value in list(record.items()):
        if rnd.random() < NULL_RATE:
            record[key] = None
        elif key in texts and isinstance(value, str) and rnd.random() < 0.2:
            record[key] = value + " " + LONG_TEXT * rnd.randint(1, 4)
    for key in rnd.sample(sorted(UNDECLARED), rnd.randint(1, 3)):
        record[key] = copy.deepcopy(UNDECLARED[key])


def _bytes(document: Any) -> bytes:
    return json.dumps(document, ensure_ascii=False).encode()
