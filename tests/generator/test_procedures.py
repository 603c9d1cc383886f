"""RPC-style paths (``/item/get``, ``/accounts/balance/get``) name the resource by what comes before
the procedure and the method by the procedure, not a resource ``gets`` with methods named after
operationIds; REST paths keep their names."""

from __future__ import annotations

import re
from typing import Any

from generator.method_names import method_name
from generator.procedures import procedure_paths
from generator.spec import SpecIndex
from tests.support.descriptions import settings_for

OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"type": "object"}}}}}


def _spec(*paths: str) -> dict[str, Any]:
    def post(path: str) -> dict[str, Any]:
        name = "".join(w.title() for w in re.findall(r"[a-z]+", path))
        return {"post": {"operationId": name, "responses": OK}}

    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": {p: post(p) for p in paths}}


def _names(spec: dict[str, Any]) -> dict[str, tuple[str, str]]:
    settings = settings_for(None)
    return {op.path: method_name(settings, op) for op in SpecIndex(spec).operations}


RPC = _spec(
    "/item/get",
    "/item/remove",
    "/item/public_token/exchange",
    "/accounts/get",
    "/accounts/balance/get",
    "/transactions/get",
    "/transactions/sync",
    "/wallet/get",
    "/wallet/create",
    "/wallet/list",
    "/asset_report/get",
    "/asset_report/audit_copy/create",
)


def test_an_rpc_style_description_names_resources_before_the_procedure_and_methods_after_it() -> None:
    assert _names(RPC) == {
        "/item/get": ("items", "get"),
        "/item/remove": ("items", "remove"),
        "/item/public_token/exchange": ("item_public_tokens", "exchange"),  # its verb is used once
        "/accounts/get": ("accounts", "get"),
        "/accounts/balance/get": ("accounts_balances", "get"),
        "/transactions/get": ("transactions", "get"),
        "/transactions/sync": ("transactions", "sync"),
        "/wallet/get": ("wallets", "get"),
        "/wallet/create": ("wallets", "create"),
        "/wallet/list": ("wallets", "list"),
        "/asset_report/get": ("asset_reports", "get"),
        "/asset_report/audit_copy/create": ("asset_report_audit_copies", "create"),
    }


def test_a_verb_that_ends_paths_under_several_parents_is_a_procedure_in_a_rest_description() -> None:
    spec = _spec("/clients", "/clients/{id}", "/staff", "/jobs", "/jobs/{id}", "/a/check", "/b/check", "/c/check")
    assert procedure_paths(spec["paths"]) == {"/a/check", "/b/check", "/c/check"}
    assert _names(spec)["/b/check"] == ("bs", "check")


def test_rest_paths_are_not_procedures() -> None:
    spec = _spec("/clients", "/clients/{id}", "/records/schema", "/records/custom", "/clients/{id}/export", "/x/y")
    assert procedure_paths(spec["paths"]) == frozenset()
    names = _names(spec)
    assert names["/records/schema"] == ("records", "schema")  # one thing of the records, posted: not a procedure
    assert names["/clients/{id}/export"] == ("clients", "export")


def test_a_resource_whose_plural_is_a_keyword_is_named_as_openapi_python_client_names_keywords() -> None:
    assert _names(_spec("/i")) == {"/i": ("is_", "create")}
