"""The variant corpus: our own description changed in one way each, as a published one may differ.

Each variant is built from ``openapi/aiwyn.yaml`` by a function here, so the corpus follows the
description instead of going stale beside it. ``python -m tests.generator.variants.corpus DIR``
writes them all as YAML (to try one by hand: ``SPEC=DIR/no_marks.yaml make regen``);
``tests/generator/test_variants.py`` builds each into a package and checks it.

Kinds of variant:
- ``conventions``: only conventions change, so the client must have the same resource methods,
  iterators and retry behaviour as ours;
- ``servers``: other server lists, so the environments and the default change as documented;
- ``operations``: operations ours lacks, added from ``extra_operations.yaml``, each of which
  must become a working method.
"""

from __future__ import annotations

import copy
import sys
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator.load import load_document
from generator.spec import HTTP_METHODS, load_spec

Spec = dict[str, Any]
EXTRA_OPERATIONS = Path(__file__).with_name("extra_operations.yaml")


@dataclass(frozen=True)
class Variant:
    name: str
    kind: str
    make: Callable[[Spec], Spec]
    why: str
    environments: dict[str, str] | None = None
    default: str | None = None


def strip_marks(node: Any) -> Any:
    """Every ``x-aiwyn-*`` extension removed, at any depth."""
    if isinstance(node, dict):
        return {k: strip_marks(v) for k, v in node.items() if not str(k).startswith("x-aiwyn-")}
    if isinstance(node, list):
        return [strip_marks(v) for v in node]
    return node


def controller_ids(spec: Spec) -> Spec:
    """NestJS-style operationIds: ``ClientController_post1234``, unrelated to our names."""
    renamed = copy.deepcopy(spec)
    for path, item in renamed["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                tag = (item[method].get("tags") or ["Default"])[0].title().replace(" ", "")
                item[method]["operationId"] = f"{tag}Controller_{method}{zlib.crc32(path.encode()) % 10_000}"
    return renamed


def page_variant(spec: Spec, how: str) -> Spec:
    """The client list and search answering with the records and total placed another way."""
    variant = copy.deepcopy(spec)
    schemas = variant["components"]["schemas"]
    page = schemas["ClientList"]
    if how == "envelope":
        schemas["ClientListEnvelope"] = {
            "type": "object",
            "properties": {
                "data": {"$ref": "#/components/schemas/ClientList"},
                "error": {"type": ["object", "null"]},
                "meta": {"type": "object", "properties": {"success": {"type": "boolean"}}},
            },
        }
        for path in ("/gql/v1/clients", "/gql/v1/clients/search"):
            media = variant["paths"][path]["post"]["responses"]["200"]["content"]["application/json"]
            media["schema"] = {"$ref": "#/components/schemas/ClientListEnvelope"}
            media.pop("example", None)
    elif how == "array-first":
        page["properties"] = {"warnings": {"type": "array", "items": {"type": "string"}}, **page["properties"]}
    elif how == "aggregate":
        page["properties"]["clients_aggregate"] = page["properties"].pop("total")
    elif how == "count":
        page["properties"]["totalCount"] = {"type": "integer"}
        del page["properties"]["total"]
    else:
        raise ValueError(f"no page variant {how!r}")
    return variant


def with_servers(servers: list[dict[str, Any]]) -> Callable[[Spec], Spec]:
    def make(spec: Spec) -> Spec:
        variant = copy.deepcopy(spec)
        if servers:
            variant["servers"] = servers
        else:
            variant.pop("servers", None)
        return variant

    return make


def extra_operations(spec: Spec) -> Spec:
    """Ours, plus the hand-written operations of ``extra_operations.yaml``."""
    variant = copy.deepcopy(spec)
    extra = load_document(EXTRA_OPERATIONS)
    variant["paths"].update(extra["paths"])
    variant["components"]["schemas"].update(extra["components"]["schemas"])
    return variant


VARIANTS: tuple[Variant, ...] = (
    Variant("no_marks", "conventions", strip_marks, "every x-aiwyn-* extension removed"),
    Variant("controller_ids", "conventions", controller_ids, "NestJS-style operationIds"),
    *(
        Variant(
            f"page_{how.replace('-', '_')}", "conventions", lambda s, how=how: page_variant(s, how), f"pages: {how}"
        )
        for how in ("envelope", "array-first", "aggregate", "count")
    ),
    Variant(
        "no_servers",
        "servers",
        with_servers([]),
        "no servers at all: base_url is asked for",
        environments={},
        default=None,
    ),
    Variant(
        "server_variables",
        "servers",
        with_servers(
            [
                {"url": "https://mock.example.test/aiwyn"},
                {
                    "url": "https://{environment}.example.test",
                    "variables": {"environment": {"default": "sandbox", "enum": ["sandbox", "api", "staging"]}},
                },
            ]
        ),
        "the docs' mock first, then one URL with an environment variable",
        environments={
            "docs_mock": "https://mock.example.test/aiwyn",
            "sandbox": "https://sandbox.example.test",
            "production": "https://api.example.test",
            "staging": "https://staging.example.test",
        },
        default="production",
    ),
    Variant("extra_operations", "operations", extra_operations, "operations a published description uses"),
)


def build(name: str, spec: Spec) -> Spec:
    return next(v for v in VARIANTS if v.name == name).make(spec)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python -m tests.generator.variants.corpus OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    ours = load_spec(Path("openapi/aiwyn.yaml"))
    for variant in VARIANTS:
        target = out / f"{variant.name}.yaml"
        target.write_text(yaml.safe_dump(variant.make(ours), sort_keys=False), encoding="utf-8")
        print(f"{target}: {variant.why}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
