"""Conventions are read from structure; our x-aiwyn-* marks and config entries only override.

Variants of our own description (every mark removed, other operationId conventions; see
``tests/generator/variants/corpus.py``) must give the same resource methods, iterators and retry
behaviour, without a code edit. Read in process here; built into packages by test_variants.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.method_names import ResourceError, default_resource
from generator.resources import resources
from generator.settings import Settings
from generator.spec import SpecIndex, load_spec
from tests.generator.variants.corpus import controller_ids, page_variant, strip_marks


def _surface(settings: Settings, spec: dict[str, Any], tmp_path: Path) -> dict[str, Any]:
    """Every resource method with what a user sees of it: its name, iterator and retry safety."""
    path = tmp_path / "variant.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    variant = Settings({**settings.raw, "spec": str(path)}, root=settings.root)
    index = SpecIndex.from_settings(variant)
    found, _, _ = resources(variant, index)
    return {
        (m.op.method, m.op.path): (
            r.name,
            m.name,
            m.paging.semantics if m.paging else "-",
            m.paging.key if m.paging else "-",
            m.op.idempotent,
            m.op.kind,
            [p.name for p in m.plain_body_params],
        )
        for r in found
        for m in r.methods
    }


@pytest.fixture(scope="module")
def ours(settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return _surface(settings, load_spec(settings.spec_path), tmp_path_factory.mktemp("ours"))


def test_without_any_mark_the_client_is_the_same(settings: Settings, ours: dict[str, Any], tmp_path: Path) -> None:
    unmarked = strip_marks(load_spec(settings.spec_path))
    assert "x-aiwyn-idempotent" not in yaml.safe_dump(unmarked)
    assert _surface(settings, unmarked, tmp_path) == ours


def test_other_operation_id_conventions_give_the_same_methods(
    settings: Settings, ours: dict[str, Any], tmp_path: Path
) -> None:
    assert _surface(settings, controller_ids(load_spec(settings.spec_path)), tmp_path) == ours


def test_lists_and_searches_are_retry_safe_by_shape(settings: Settings, tmp_path: Path) -> None:
    index = SpecIndex(strip_marks(load_spec(settings.spec_path)))
    for op in index.operations:
        if op.kind in ("list", "search"):
            assert op.idempotent, op.label
        if op.method == "post" and op.kind not in ("list", "search"):
            assert not op.idempotent, op.label  # only the config says the records upsert is safe


def test_a_config_entry_for_no_operation_fails_only_a_strict_build(settings: Settings) -> None:
    overrides = {**settings.operation_overrides, "GET /no/such/path": {"method": "x"}, "noSuchId": {}}
    broken = Settings({**settings.raw, "resources": {**settings.raw["resources"], "overrides": overrides}})
    with pytest.raises(ResourceError, match="'GET /no/such/path', 'noSuchId'.*name no operation"):
        resources(broken.with_options(strict=True), SpecIndex.from_settings(broken))
    found, _, _ = resources(broken, SpecIndex.from_settings(broken))  # otherwise listed by the build, ignored
    assert found


# ---------------------------------------------------------------------- servers
@pytest.mark.parametrize(
    ("servers", "environments", "default"),
    [
        ([], {}, None),
        (  # the docs' mock listed first is never the default
            [{"url": "https://mock.example.com/"}, {"url": "https://api.example.com"}],
            {"docs_mock": "https://mock.example.com", "production": "https://api.example.com"},
            "production",
        ),
        (  # URL variables take their defaults; an enum's other values are environments too
            [
                {
                    "url": "https://{env}.example.com",
                    "variables": {"env": {"default": "sandbox", "enum": ["sandbox", "prod"]}},
                }
            ],
            {"sandbox": "https://sandbox.example.com", "production": "https://prod.example.com"},
            "production",
        ),
        (
            [
                {
                    "url": "https://{region}.example.com",
                    "description": "Live",
                    "variables": {"region": {"default": "us", "enum": ["us", "eu"]}},
                }
            ],
            {"production": "https://us.example.com", "production_eu": "https://eu.example.com"},
            "production",
        ),
        ([{"url": "/v1"}, {"url": "https://{undefined}.example.com"}], {}, None),  # never a relative or templated URL
        (
            [{"url": "https://x.test/_mock/bundle", "description": "Mock server"}],
            {"docs_mock": "https://x.test/_mock/bundle"},
            None,
        ),
        (  # several without descriptions: named from their hosts
            [{"url": "https://uat.example.com"}, {"url": "https://demo.example.com"}],
            {"staging": "https://uat.example.com", "sandbox": "https://demo.example.com"},
            "sandbox",
        ),
        (  # a test host is a sandbox, never production (Adyen's kyc-test.adyen.com)
            [{"url": "https://kyc-test.example.com/lem/v4"}],
            {"sandbox": "https://kyc-test.example.com/lem/v4"},
            "sandbox",
        ),
    ],
)
def test_servers_are_named_and_the_default_is_never_a_mock(
    servers: list[dict[str, Any]], environments: dict[str, str], default: str | None
) -> None:
    index = SpecIndex({"openapi": "3.1.0", "paths": {}, "servers": servers})
    assert index.environments() == environments
    assert index.default_environment() == default


def test_without_a_default_server_the_client_says_how_to_pass_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    from aiwyn_client import Aiwyn, ConfigurationError, _spec

    monkeypatch.setattr(_spec, "DEFAULT_ENVIRONMENT", None)
    monkeypatch.delenv("AIWYN_BASE_URL", raising=False)
    monkeypatch.delenv("AIWYN_ENVIRONMENT", raising=False)
    with pytest.raises(ConfigurationError, match=r"no default server: .* pass base_url='https://\.\.\.'"):
        Aiwyn(token="t")
    assert Aiwyn(token="t", environment="staging").base_url.startswith("https://staging.")


# ---------------------------------------------------------------------- pages by shape
@pytest.mark.parametrize("how", ["envelope", "array-first", "aggregate", "count"])
def test_records_and_total_are_found_wherever_they_sit(
    settings: Settings, ours: dict[str, Any], tmp_path: Path, how: str
) -> None:
    from generator.fields import fields_classes

    variant = page_variant(load_spec(settings.spec_path), how)
    surface = _surface(settings, variant, tmp_path)
    assert surface == ours  # clients.list stays a list, iter_search stays a keyset iterator
    index = SpecIndex(variant)
    shape = index.page_shape(next(op for op in index.operations if op.path == "/gql/v1/clients/search"))
    assert shape is not None and shape.items_path[-1] == "clients" and shape.total_path is not None
    assert "ClientFields" in [c.name for c in fields_classes(index)]


# ---------------------------------------------------------------------- what cannot be classified
def test_what_the_client_would_lack_is_a_line_and_fails_a_strict_build_unless_accepted(
    settings: Settings, tmp_path: Path
) -> None:
    spec = load_spec(settings.spec_path)
    # A search whose records are inline (no schema name: no Fields class, no iterator), and a
    # list whose response reports no total (no iterator can know where it ends).
    search = spec["paths"]["/gql/v1/wips/search"]["post"]["responses"]["200"]["content"]["application/json"]
    search["schema"] = {"type": "object", "properties": {"wip": {"type": "array", "items": {"type": "object"}}}}
    search.pop("example", None)
    path = tmp_path / "gaps.yaml"
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    variant = Settings({**settings.raw, "spec": str(path)}, root=settings.root)
    index = SpecIndex.from_settings(variant)
    found, _, _ = resources(variant, index)  # the default build goes on, and says so
    assert any(m.name == "search" and m.paging is None for r in found if r.name == "wip" for m in r.methods)
    assert any(n.startswith("POST /gql/v1/wips/search: pages but has no iterator") for n in index.normalised)
    strict = Settings({**variant.raw, "strict": True}, root=settings.root)
    with pytest.raises(ResourceError, match=r"(?s)POST /gql/v1/wips/search: pages but has no iterator.*accepted_gaps"):
        resources(strict, SpecIndex.from_settings(strict))
    accepted = Settings({**strict.raw, "accepted_gaps": {"POST /gql/v1/wips/search": "inline records"}})
    found, _, _ = resources(accepted, SpecIndex.from_settings(accepted))
    assert any(m.name == "search" and m.paging is None for r in found if r.name == "wip" for m in r.methods)


def test_an_accepted_warning_matches_whatever_its_line_breaks() -> None:
    from generator.settings import AcceptedWarning

    accepted = AcceptedWarning(r"Unsupported content type application/xml", "XML bodies are sent as JSON")
    assert accepted.accepts("WARNING parsing POST /pet.\nUnsupported content type\n  application/xml")


def test_an_api_key_goes_where_the_required_scheme_says(spec_index: SpecIndex) -> None:
    schemes = {
        "Basic": {"type": "http", "scheme": "basic"},
        "Other": {"type": "apiKey", "in": "query", "name": "key"},
        "Header": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
    }
    spec = {"openapi": "3.1.0", "paths": {}, "components": {"securitySchemes": schemes}}
    assert SpecIndex({**spec, "security": [{"Basic": []}, {"Header": []}]}).api_key_scheme() == {
        "in": "header",
        "name": "X-API-Key",
    }
    assert SpecIndex(spec).api_key_scheme() == {"in": "query", "name": "key"}  # none required: the first
    assert SpecIndex({"openapi": "3.1.0", "paths": {}}).api_key_scheme() is None
    assert spec_index.api_key_scheme() is None  # ours exchanges the key for tokens instead


@pytest.mark.parametrize(
    ("path", "resource"), [("/a", "as_"), ("/i/{id}", "is_"), ("/billing_groups", "billing_groups")]
)
def test_a_resource_named_by_its_plural_is_never_a_keyword(path: str, resource: str) -> None:
    op = SpecIndex(
        {
            "openapi": "3.0.3",
            "info": {"title": "Case", "version": "1"},
            "paths": {path: {"get": {"operationId": "get", "responses": {"204": {"description": "none"}}}}},
        }
    ).operations[0]
    assert default_resource(op, frozenset()) == resource


def test_a_declared_idempotency_key_header_is_found_wherever_it_is_declared() -> None:
    key = {"name": "Idempotency-Key", "in": "header", "schema": {"type": "string"}}
    answer = {"200": {"description": "ok"}}
    index = SpecIndex(
        {
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/invoices": {"post": {"operationId": "createInvoice", "parameters": [key], "responses": answer}},
                "/payments": {
                    "parameters": [{"$ref": "#/components/parameters/idempotencyKey"}],  # Xero's, on the path
                    "put": {"operationId": "createPayment", "responses": answer},
                },
                "/notes": {"post": {"operationId": "createNote", "responses": answer}},
                "/orders": {  # a vendor's name for one, marked; and a name that says so, unmarked
                    "post": {
                        "operationId": "createOrder",
                        "parameters": [
                            {**key, "name": "Idempotency-Tracking", "x-aiwyn-idempotency-key": False},
                            {**key, "name": "PayPal-Request-Id", "x-aiwyn-idempotency-key": True},
                        ],
                        "responses": answer,
                    }
                },
            },
            "components": {"parameters": {"idempotencyKey": {**key, "name": "X-Idempotency-Key"}}},
        }
    )
    assert {op.operation_id: index.idempotency_header(op) for op in index.operations} == {
        "createInvoice": "Idempotency-Key",
        "createPayment": "X-Idempotency-Key",
        "createNote": None,
        "createOrder": "PayPal-Request-Id",
    }
