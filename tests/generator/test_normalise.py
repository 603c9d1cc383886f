"""Normalisation: shapes openapi-python-client warns about and drops, settled so the operation builds.

Each case is a small description written here; the check is openapi-python-client's own parse
(the one the build runs) reporting no warning once the description is normalised, and a note
saying what was done. One test builds them all into a package that imports and passes mypy.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator import build
from generator import spec as spec_module
from generator.load import loads
from generator.method_names import ResourceError
from generator.normalise import Normalised, normalise
from generator.resources import parsed_description
from generator.settings import Settings
from generator.spec import SpecIndex
from tests.support.descriptions import SENDING, run_against_build, settings_for

MODEL = {"type": "object", "properties": {"id": {"type": "integer"}}}
OK = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/M"}}}}}


def _spec(paths: dict[str, Any], schemas: dict[str, Any] | None = None, version: str = "3.0.3") -> dict[str, Any]:
    return {
        "openapi": version,
        "info": {"title": "Case", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.test"}],
        "paths": paths,
        "components": {
            "schemas": {"M": {"type": "object", "properties": {"id": {"type": "integer"}}}, **(schemas or {})}
        },
    }


def _with_path_items(spec: dict[str, Any], items: dict[str, Any]) -> dict[str, Any]:
    spec["components"]["pathItems"] = items
    return spec


def _with_oauth2(spec: dict[str, Any]) -> dict[str, Any]:
    flows = {"clientCredentials": {"tokenUrl": "https://auth.example.test/token", "scopes": {}}}
    spec["components"]["securitySchemes"] = {"oauth2": {"type": "oauth2", "flows": flows}}
    return spec


def _get(operation_id: str, **more: Any) -> dict[str, Any]:
    return {"get": {"operationId": operation_id, "responses": more.pop("responses", OK), **more}}


def _post(operation_id: str, **more: Any) -> dict[str, Any]:
    return {"post": {"operationId": operation_id, "responses": more.pop("responses", OK), **more}}


def _json_body(schema: dict[str, Any]) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


THING = {
    "type": "object",
    "properties": {
        "id": {"type": "integer"},
        "kind": {"type": "string", "enum": ["a", "b"]},
        "meta": {"type": "object", "properties": {"note": {"type": "string"}}},
    },
}
THING_REF = "#/components/schemas/Thing"
URL = {"type": "string", "format": "uri"}
VARIANT = {
    "oneOf": [
        {"type": "object", "properties": {"a": {"type": "string"}}},
        {"type": "object", "properties": {"b": {"type": "integer"}}},
    ]
}

PERCENT_ENCODED_REF = "#/paths/~1things~1%7Bid%7D~1copy/post/requestBody/content/application~1json/schema"
"""A pointer into a path with a template, its braces percent-encoded as a URI fragment has them
(freee's accounting API refers to its upsert bodies so)."""


def _object_with(**properties: Any) -> dict[str, Any]:
    return {"type": "object", "properties": properties}


def _json_response(schema: dict[str, Any]) -> dict[str, Any]:
    return {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}


ATTACHMENT = "#/components/schemas/Attachment"
NULLABLE_STRING = {"type": "string", "nullable": True}
TOO_LONG = {"type": "string", "enum": ["TOO_LONG"]}
PERMISSIONS = {"type": "object", "properties": {"assign_roles": {"type": "boolean"}}}
ZONE = {"type": "string", "nullable": True, "enum": ["GMT+0", "GMT0", "GMT-0", "Etc/GMT+0", None]}
RANGE = {
    "anyOf": [
        {"title": "range_query_specs", "type": "object", "properties": {"gt": {"type": "integer"}}},
        {"type": "integer"},
    ]
}
ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
TEXT = {"type": "string"}
CSV_RESPONSE = {"200": {"$ref": "#/components/responses/invoice_csv"}}
NULLABLE_OWNER = {"allOf": [{"$ref": "#/components/schemas/M"}, {"type": "object", "nullable": True}]}

TAGS_REF = "#/components/schemas/Tags"
READ_TWICE = "which an allOf of one $ref makes openapi-python-client read twice"


def _issue(title: str, field: str) -> dict[str, Any]:
    """One member of an error's details, as PayPal writes them: titled after the issue, a fixed description."""
    return {
        "title": title,
        "properties": {
            "issue": {"type": "string", "enum": [title]},
            "description": {"type": "string", "enum": [f"{field} is {title.lower()}"]},
        },
    }


CASES: dict[str, tuple[dict[str, Any], str]] = {
    "ref_into_properties": (
        _spec(
            {
                "/meta": _get(
                    "getMeta", responses=_json_response({"$ref": "#/components/schemas/Thing/properties/meta"})
                ),
                "/kind": _get(
                    "getByKind",
                    parameters=[
                        {
                            "name": "kind",
                            "in": "query",
                            "schema": {"$ref": "#/components/schemas/Thing/properties/kind"},
                        }
                    ],
                ),
            },
            {"Thing": THING},
        ),
        "$ref #/components/schemas/Thing/properties/kind points into a part of another element: moved it to "
        "#/components/schemas/ThingKind",
    ),
    "ref_into_one_of": (
        _spec(
            {"/v": _get("getVariant", responses=_json_response({"$ref": "#/components/schemas/V/oneOf/0"}))},
            {"V": VARIANT},
        ),
        "$ref #/components/schemas/V/oneOf/0 points into a part of another element: moved it to "
        "#/components/schemas/VOneOf0",
    ),
    "ref_into_a_percent_encoded_path": (
        _spec(
            {
                "/things/{id}/copy": _post(
                    "copyThing",
                    parameters=[{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    requestBody={"content": {"application/json": {"schema": THING}}},
                ),
                "/things/copies": _post(
                    "copyThings",
                    requestBody={"content": {"application/json": {"schema": {"$ref": PERCENT_ENCODED_REF}}}},
                ),
            },
        ),
        f"$ref {PERCENT_ENCODED_REF} points into a part of another element: moved it to "
        "#/components/schemas/ThingsIdCopyPostRequestBodyApplicationJson",
    ),
    "ref_to_a_content_map": (
        {
            **_spec(
                {
                    "/m": _get(
                        "getM",
                        responses={"200": {"description": "ok", "content": {"$ref": "#/components/mediaTypes/m"}}},
                    )
                }
            ),
            "components": {
                "schemas": {"M": MODEL},
                "mediaTypes": {"m": {"application/json": {"schema": {"$ref": "#/components/schemas/M"}}}},
            },
        },
        "$ref #/components/mediaTypes/m: not a kind of component OpenAPI 3.0 and 3.1 define; replaced by a copy of it",
    ),
    "all_of_scalars": (
        _spec(
            {"/b": _get("getBank", responses=_json_response({"$ref": "#/components/schemas/Bank"}))},
            {
                "Bank": {
                    "type": "object",
                    "properties": {
                        "id": {"$ref": "#/components/schemas/BankId"},
                        "color": {"allOf": [{"$ref": "#/components/schemas/Color"}, {"description": "ink"}]},
                    },
                },
                "BankId": {
                    "allOf": [{"$ref": "#/components/schemas/Text"}, {"description": "bank_...", "type": "string"}]
                },
                "Text": {"type": "string", "pattern": "^[a-z_]+$"},
                "Color": {"type": "string", "enum": ["bw", "color"]},
            },
        ),
        "#/components/schemas/BankId: an allOf of scalars is read as one schema",
    ),
    "all_of_a_union": (
        _spec(
            {"/c": _get("getCreative", responses=_json_response({"$ref": "#/components/schemas/Creative"}))},
            {
                "Creative": {
                    "allOf": [
                        {"$ref": "#/components/schemas/M"},
                        {"$ref": "#/components/schemas/Kind"},
                        {"type": "object", "properties": {"name": {"type": "string"}}},
                    ]
                },
                "Kind": {
                    "oneOf": [
                        {"type": "object", "properties": {"letter": {"type": "string"}}},
                        {"type": "object", "properties": {"postcard": {"type": "string"}}},
                    ]
                },
            },
        ),
        "#/components/schemas/Creative: allOf member #/components/schemas/Kind is a union, which no one class's "
        "fields can be: left out (its fields are kept as undeclared keys)",
    ),
    "all_of_a_described_union": (  # OpenAI's RunObject.tool_choice: the union, nullable and described
        _spec(
            {"/runs": _get("getRun", responses=_json_response({"$ref": "#/components/schemas/Run"}))},
            {
                "Run": {
                    "type": "object",
                    "properties": {
                        "tool_choice": {
                            "allOf": [
                                {"$ref": "#/components/schemas/ToolChoice"},
                                {"nullable": True, "description": "which tool"},
                                {"x-example-key": "auto"},
                            ]
                        }
                    },
                },
                "ToolChoice": {
                    "oneOf": [
                        {"type": "string", "enum": ["none", "auto"]},
                        {"type": "object", "properties": {"function": {"type": "string"}}},
                    ]
                },
            },
        ),
        "#/components/schemas/Run/properties/tool_choice: allOf of the union #/components/schemas/ToolChoice and "
        "its description is read as the union (a null still decodes as None)",
    ),
    "default_outside_its_schema": (  # OpenAI's TranscriptionInclude
        _spec(
            {"/include": _get("getInclude", responses=_json_response({"$ref": "#/components/schemas/Include"}))},
            {"Include": {"type": "string", "enum": ["logprobs"], "default": []}},
        ),
        "#/components/schemas/Include: default [] is not a value of its schema: left out",
    ),
    "date_time_default_that_is_no_date": (  # Okta's PolicyCommon.created: readOnly, default "Assigned"
        _spec(
            {"/policies": _get("getPolicy", responses=_json_response({"$ref": "#/components/schemas/Policy"}))},
            {
                "Policy": {
                    "type": "object",
                    "properties": {"created": {"type": "string", "format": "date-time", "default": "Assigned"}},
                }
            },
        ),
        '#/components/schemas/Policy/properties/created: default "Assigned" is not a value of its schema: left out',
    ),
    "array_without_items": (
        _spec(
            {
                "/analytics": _get(
                    "getAnalytics",
                    parameters=[{"name": "ids", "in": "query", "schema": {"type": "array"}}],
                    responses=_json_response({"type": "object", "properties": {"uploads": {"type": "array"}}}),
                )
            }
        ),
        "#/paths//analytics/get/parameters/0/schema: an array without items takes items of any type",
    ),
    "union_member_extending_a_component": (
        _spec(
            {
                "/e": _post(
                    "edit",
                    requestBody={
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Editable"}}},
                    },
                )
            },
            {  # Editable is read before Props, whose own allOf is then not processed yet
                "Editable": {
                    "oneOf": [
                        {
                            "title": "words",
                            "allOf": [{"required": ["message"]}, {"$ref": "#/components/schemas/Props"}],
                        },
                        {"title": "image", "allOf": [{"required": ["image"]}, {"$ref": "#/components/schemas/Props"}]},
                    ]
                },
                "Props": {
                    "allOf": [
                        {"$ref": "#/components/schemas/M"},
                        {"type": "object", "properties": {"message": {"type": "string"}, "image": {"type": "string"}}},
                    ]
                },
            },
        ),
        "#/components/schemas/Editable/oneOf/0: a union member holding an inline model is moved to "
        "#/components/schemas/Words, so it is built once",
    ),
    "header_date_time": (
        _spec(
            {
                "/h": _get(
                    "getSince",
                    parameters=[
                        {"name": "X-Since", "in": "header", "schema": {"type": "string", "format": "date-time"}},
                        {"name": "X-Tags", "in": "header", "schema": {"type": "array", "items": {"type": "string"}}},
                    ],
                )
            }
        ),
        "GET /h: header X-Since (string date-time) is sent as a plain string",
    ),
    "header_union": (  # SumUp's If-Modified-Since: a string, one of two date forms
        _spec(
            {
                "/h": _get(
                    "getSince",
                    parameters=[
                        {
                            "name": "If-Modified-Since",
                            "in": "header",
                            "schema": {
                                "type": "string",
                                "oneOf": [
                                    {"type": "string", "format": "httpdate"},
                                    {"type": "string", "format": "date-time"},
                                ],
                            },
                        }
                    ],
                )
            }
        ),
        "GET /h: header If-Modified-Since (string) is sent as a plain string",
    ),
    "image_body": (
        _spec(
            {
                "/photo": _post(
                    "uploadPhoto",
                    requestBody={"content": {"image/jpeg": {"schema": {"type": "string", "format": "binary"}}}},
                )
            }
        ),
        "POST /photo: the body (image/jpeg) is sent as bytes (image/jpeg)",
    ),
    "wildcard_object_body": (  # Moneybird's 111 bodies: an object offered as application/*
        _spec(
            {
                "/contacts": _post(
                    "createContact",
                    requestBody={
                        "content": {
                            "application/*": {
                                "schema": {"type": "object", "properties": {"company_name": {"type": "string"}}}
                            }
                        }
                    },
                )
            }
        ),
        "POST /contacts: the body (application/*) holds structured data: sent as application/json",
    ),
    "get_body_that_holds_nothing": (  # Stripe's reads: an empty form with its Content-Type on every GET
        _spec(
            {
                "/v1/customers": _get(
                    "GetCustomers",
                    requestBody={
                        "content": {
                            "application/x-www-form-urlencoded": {
                                "schema": {"type": "object", "properties": {}, "additionalProperties": False}
                            }
                        }
                    },
                )
            }
        ),
        "GET /v1/customers: its request body can hold nothing: left out",
    ),
    "any_json_union": (  # Vercel's EdgeConfigItemValue: any JSON value spelt out as a union of itself
        _spec(
            {
                "/items/{key}": _get(
                    "getItem",
                    parameters=[{"name": "key", "in": "path", "required": True, "schema": {"type": "string"}}],
                    responses=_json_response({"$ref": "#/components/schemas/Item"}),
                )
            },
            {
                "Item": {"type": "object", "properties": {"value": {"$ref": "#/components/schemas/JSONValue"}}},
                "JSONValue": {
                    "nullable": True,
                    "oneOf": [
                        {"type": "string"},
                        {"type": "number"},
                        {"type": "boolean"},
                        {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/JSONValue"}},
                        {"type": "array", "items": {"$ref": "#/components/schemas/JSONValue"}},
                    ],
                },
            },
        ),  # fmt: skip
        "#/components/schemas/JSONValue: a union of any JSON value and itself: read as any value",
    ),
    "json_declared_as_bytes": (  # Vercel's GET /v8/artifacts/{hash}
        _spec({"/blob": _get("getBlob", responses=_json_response({"type": "string", "format": "binary"}))}),
        "GET /blob 200: application/json is downloaded as bytes",
    ),
    "alias_of_a_titled_schema": (  # Hetzner's change_algorithm_request: {$ref: load_balancer_algorithm}
        _spec(
            {
                "/a": _post(
                    "changeAlgorithm",
                    requestBody={
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/change_request"}}}
                    },
                )
            },
            {
                "algorithm": {"title": "Algorithm", "type": "object", "properties": {"type": {"type": "string"}}},
                "change_request": {"$ref": "#/components/schemas/algorithm"},
                "holder": {"type": "object", "properties": {"algorithm": {"$ref": "#/components/schemas/algorithm"}}},
            },
        ),  # fmt: skip
        "#/components/schemas/change_request: only a reference to #/components/schemas/algorithm: references to it "
        "lead there",
    ),
    "keys_alike_but_for_an_underscore": (  # BigCommerce's metaCollection_Full and metaCollectionFull
        _spec(
            {
                "/p": _get(
                    "getP",
                    responses=_json_response(
                        {
                            "type": "object",
                            "properties": {
                                "one": {"$ref": "#/components/schemas/metaCollection_Full"},
                                "two": {"$ref": "#/components/schemas/metaCollectionFull"},
                            },
                        }
                    ),
                )
            },
            {
                "metaCollection_Full": {
                    "title": "metaCollection_Full",
                    "type": "object",
                    "properties": {"total": {"type": "integer"}},
                },
                "metaCollectionFull": {
                    "title": "metaCollectionFull",
                    "type": "object",
                    "properties": {"count": {"type": "integer"}},
                },
            },
        ),  # fmt: skip
        "#/components/schemas/metaCollectionFull: its class would be named MetaCollectionFull like another one: "
        "titled it MetaCollectionFull2",
    ),
    "wildcard_body": (
        _spec({"/blob": _post("putBlob", requestBody={"content": {"*/*": {"schema": {"type": "string"}}}})}),
        "POST /blob: the body (*/*) is sent as bytes (in the type of the file given, within */*)",
    ),
    "octet_stream_byte_body": (
        _spec(
            {
                "/raw": _post(
                    "uploadRaw",
                    requestBody={
                        "content": {"application/octet-stream": {"schema": {"type": "string", "format": "byte"}}}
                    },
                )
            }
        ),
        "POST /raw: the application/octet-stream body is sent as bytes (format: binary)",
    ),
    "octet_stream_object_body": (  # Formance's log import: the whole build failed mypy
        _spec(
            {
                "/logs/import": _post(
                    "importLogs",
                    requestBody={
                        "content": {"application/octet-stream": {"schema": {"$ref": "#/components/schemas/Up"}}}
                    },
                )
            },
            {
                "Up": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
        ),
        "POST /logs/import: the application/octet-stream body is described as Up: sent as bytes",
    ),
    "grpc_gateway_stream": (  # OpenFGA's streamed list objects: every call failed on the second line
        _spec(
            {
                "/stores/{id}/streamed": _post(
                    "streamed",
                    parameters=[ID],
                    responses={
                        "200": {
                            "description": "A successful response.(streaming responses)",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "title": "Stream result of Found",
                                        "type": "object",
                                        "properties": {"result": {"type": "object", "properties": {"object": TEXT}}},
                                    }
                                }
                            },
                        }
                    },
                )
            }
        ),
        "POST /stores/{id}/streamed 200: a stream of JSON documents, one a line (grpc-gateway's streaming "
        "responses): downloaded as bytes",
    ),
    "duplicate_inline_model": (
        _spec(
            {
                "/p": _post(
                    "p",
                    requestBody={
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"meta": {"type": "object", "properties": {"q": {"type": "string"}}}},
                                }
                            }
                        }
                    },
                ),
            },
            {
                "PBody": {
                    "type": "object",
                    "properties": {"meta": {"type": "object", "properties": {"z": {"type": "integer"}}}},
                }
            },
        ),
        "POST /p: a class would be named PBodyMeta like another one: moved its schemas to #/components/schemas/PBody2",
    ),
    "conflicting_enums": (
        _spec(
            {"/h": _get("getHolder", responses=_json_response({"$ref": "#/components/schemas/Holder"}))},
            {
                "Holder": {"type": "object", "properties": {"status": {"type": "string", "enum": ["up", "down"]}}},
                "HolderStatus": {"type": "string", "enum": ["x", "y"]},
            },
        ),
        "#/components/schemas/Holder/properties/status: its class would be named HolderStatus like another one: "
        "moved it to #/components/schemas/HolderStatus2",
    ),
    "map_named_like_a_component": (  # Kubernetes' Device.capacity beside DeviceCapacity (resourceslices)
        _spec(
            {"/d": _get("getDevice", responses=_json_response({"$ref": "#/components/schemas/Device"}))},
            {
                "Device": {
                    "type": "object",
                    "properties": {
                        "capacity": {
                            "type": "object",
                            "additionalProperties": {"$ref": "#/components/schemas/DeviceCapacity"},
                        }
                    },
                },
                "DeviceCapacity": {"type": "object", "properties": {"value": {"type": "string"}}},
            },
        ),
        "#/components/schemas/Device/properties/capacity: its class would be named DeviceCapacity like another "
        "one: moved it to #/components/schemas/DeviceCapacity2",
    ),
    "components_sharing_a_title": (
        _spec(
            {"/t": _get("getTitled", responses=_json_response({"$ref": "#/components/schemas/Pair"}))},
            {
                "Pair": {
                    "type": "object",
                    "properties": {
                        "one": {"$ref": "#/components/schemas/A"},
                        "two": {"$ref": "#/components/schemas/B"},
                    },
                },
                "A": {"title": "Same", "type": "object", "properties": {"a": {"type": "string"}}},
                "B": {"title": "Same", "type": "object", "properties": {"b": {"type": "string"}}},
            },
        ),
        "#/components/schemas/B: its class would be named Same like another one: titled it B",
    ),
    "titled_with_another_components_name": (
        _spec(
            {"/o": _get("getOriginators", responses=_json_response({"$ref": "#/components/schemas/Pair"}))},
            {
                "Pair": {
                    "type": "object",
                    "properties": {
                        "detailed": {"$ref": "#/components/schemas/DetailedOriginator"},
                        "plain": {"$ref": "#/components/schemas/Originator"},
                        "currency": {"$ref": "#/components/schemas/AnyCurrency"},
                        "usd": {"$ref": "#/components/schemas/ISOCurrencyCode"},
                    },
                },
                "DetailedOriginator": {
                    "title": "Originator",
                    "type": "object",
                    "properties": {"b": {"type": "string"}},
                },
                "Originator": {"title": "Originator", "type": "object", "properties": {"a": {"type": "string"}}},
                "AnyCurrency": {"title": "ISOCurrencyCode", "type": "string", "enum": ["USD", "EUR"]},
                "ISOCurrencyCode": {"title": "ISOCurrencyCode", "type": "string", "enum": ["USD"]},
            },
        ),
        "#/components/schemas/DetailedOriginator: titled Originator, the name of another class: titled it "
        "DetailedOriginator",
    ),
    "titled_in_words_like_another_components_name": (
        _spec(
            {"/w": _get("getWallet", responses=_json_response({"$ref": "#/components/schemas/Wallet"}))},
            {
                "Wallet": {
                    "type": "object",
                    "properties": {
                        "wallet_currency": {"$ref": "#/components/schemas/WalletISOCurrencyCode"},
                        "currency": {"$ref": "#/components/schemas/ISOCurrencyCode"},
                    },
                },
                "WalletISOCurrencyCode": {"title": "ISO Currency Code", "type": "string", "enum": ["GBP", "EUR"]},
                "ISOCurrencyCode": {"title": "ISOCurrencyCode", "type": "string", "enum": ["USD"]},
            },
        ),
        "#/components/schemas/WalletISOCurrencyCode: titled ISO Currency Code, the name of another class: titled it "
        "WalletISOCurrencyCode",
    ),
    "described_scalar_all_of": (
        _spec(
            {
                "/s": _post(
                    "createSession",
                    requestBody={
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SessionUser"}}}
                    },
                )
            },  # fmt: skip
            {
                "SessionUser": {
                    "type": "object",
                    "properties": {
                        "user_id": {
                            "allOf": [
                                {"$ref": "#/components/schemas/UserId"},
                                {"type": "string", "description": "the user made by /user/create"},
                            ]
                        },
                        "scope": {
                            "allOf": [{"$ref": "#/components/schemas/Scope"}, {"description": "what it covers"}],
                            "deprecated": True,
                        },
                    },
                },
                "UserId": {"type": "string", "description": "a user's id"},
                "Scope": {"type": "string", "enum": ["ME_TO_ME", "EXTERNAL"]},
            },
        ),
        "#/components/schemas/SessionUser/properties/user_id: an allOf of scalars is read as one schema",
    ),
    "nullable_named_rightly_and_titled_by_another": (
        _spec(
            {"/i": _get("getInsights", responses=_json_response({"$ref": "#/components/schemas/Insights"}))},
            {
                "Insights": {
                    "type": "object",
                    "properties": {
                        "versions": {"$ref": "#/components/schemas/PrismVersions"},
                        "old_versions": {"$ref": "#/components/schemas/PrismVersionsDeprecated"},
                    },
                },
                "PrismVersionsDeprecated": {
                    "title": "PrismVersions",
                    "type": "object",
                    "nullable": True,
                    "properties": {"detect": {"type": "string"}},
                },
                "PrismVersions": {
                    "title": "PrismVersions",
                    "type": "object",
                    "nullable": True,
                    "properties": {"detect": {"type": "string"}, "extend": {"type": "string"}},
                },
            },
        ),
        "#/components/schemas/PrismVersionsDeprecated: titled PrismVersions, the name of another class: titled it "
        "PrismVersionsDeprecated",
    ),
    "nullable_titled_like_another": (
        _spec(
            {"/r": _get("getRefund", responses=_json_response({"$ref": "#/components/schemas/Refund"}))},
            {
                "Refund": {
                    "type": "object",
                    "properties": {
                        "amount": {"$ref": "#/components/schemas/PaymentAmount"},
                        "refunded": {"$ref": "#/components/schemas/PaymentAmountNullable"},
                    },
                },
                "PaymentAmount": {
                    "title": "PaymentAmount",
                    "type": "object",
                    "properties": {"value": {"type": "number"}},
                },
                "PaymentAmountNullable": {
                    "title": "PaymentAmount",
                    "nullable": True,
                    "type": "object",
                    "properties": {"value": {"type": "number"}},
                },
            },
        ),
        "#/components/schemas/PaymentAmountNullable: titled PaymentAmount like another class: titled it "
        "PaymentAmountNullable",
    ),
    "nullable_titled_in_words_like_another": (  # Apideck's DeprecatedLinkedSupplier, titled "Linked Supplier"
        _spec(
            {"/p": _get("getPayment", responses=_json_response({"$ref": "#/components/schemas/Payment"}))},
            {
                "Payment": {
                    "type": "object",
                    "properties": {
                        "payee": {"$ref": "#/components/schemas/LinkedSupplier"},
                        "supplier": {"$ref": "#/components/schemas/DeprecatedLinkedSupplier"},
                    },
                },
                "LinkedSupplier": {
                    "title": "LinkedSupplier",
                    "type": "object",
                    "nullable": True,
                    "properties": {"id": {"type": "string"}},
                },
                "DeprecatedLinkedSupplier": {
                    "title": "Linked Supplier",
                    "type": "object",
                    "nullable": True,
                    "properties": {"id": {"type": "string"}},
                },
            },
        ),
        "#/components/schemas/DeprecatedLinkedSupplier: titled Linked Supplier like another class: titled it "
        "DeprecatedLinkedSupplier",
    ),
    "nullable_object_as_all_of_member": (
        _spec(
            {"/f": _get("getField", responses=_json_response({"$ref": "#/components/schemas/EmployerField"}))},
            {
                "EmployerField": {
                    "description": "the employer",
                    "allOf": [{"$ref": "#/components/schemas/Field"}, {"type": "object"}],
                },
                "Field": {"type": "object", "nullable": True, "properties": {"value": {"type": "string"}}},
            },
        ),
        "#/components/schemas/Field: nullable, and a member of allOf (which cannot extend a null): allOf members "
        "take #/components/schemas/FieldObject, the same not nullable",
    ),
    "numbers_in_a_string_enum": (
        _spec(
            {"/v": _get("getVersion", responses=_json_response({"$ref": "#/components/schemas/Versioned"}))},
            {
                "Versioned": {"type": "object", "properties": {"version": {"$ref": "#/components/schemas/Version"}}},
                "Version": {"type": "string", "enum": [4.1, 4, "3_lite"]},
            },
        ),
        "#/components/schemas/Version: a string enum lists numbers (4.1, 4): read as strings",
    ),
    "booleans_in_a_string_enum": (
        _spec(
            {"/a": _get("getAsset", responses=_json_response({"$ref": "#/components/schemas/Asset"}))},
            {
                "Asset": {
                    "type": "object",
                    "properties": {"retirement": {"type": "string", "nullable": True, "enum": [True, False]}},
                },
            },
        ),
        "#/components/schemas/Asset/properties/retirement: a string enum lists booleans (true, false): read as strings",
    ),
    "nullable_all_of": (
        _spec(
            {"/n": _get("getAddress", responses=_json_response({"$ref": "#/components/schemas/Located"}))},
            {
                "Located": {"type": "object", "properties": {"address": {"$ref": "#/components/schemas/AddressMaybe"}}},
                "AddressMaybe": {
                    "nullable": True,
                    "allOf": [{"$ref": "#/components/schemas/Address"}, {"type": "object"}],
                },
                "Address": {"title": "Address", "type": "object", "properties": {"city": {"type": "string"}}},
            },
        ),
        "#/components/schemas/AddressMaybe: nullable allOf is read as the allOf (a null still decodes as None)",
    ),
    "array_members_of_one_union": (
        _spec(
            {
                "/embed": _post(
                    "createEmbedding",
                    requestBody={
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EmbedRequest"}}}
                    },
                )
            },
            {
                "EmbedRequest": {
                    "type": "object",
                    "properties": {
                        "input": {
                            "oneOf": [
                                {"type": "string", "title": "string"},
                                {"type": "array", "title": "array", "items": {"type": "string"}},
                                {"type": "array", "title": "array", "items": {"type": "integer"}},
                            ]
                        },
                        "moderate": {
                            "oneOf": [
                                {"type": "string"},
                                {"type": "array", "items": {"type": "string"}},
                                {"type": "array", "items": {"type": "object", "properties": {"url": URL}}},
                            ]
                        },
                    },
                }
            },
        ),
        "#/components/schemas/EmbedRequest/properties/input: 2 array members of one union: read as one array of "
        "their items",
    ),
    "redeclared_nullable_over_an_enum": (  # Asana's AttachmentResponse.parent
        _spec(
            {"/attachments": _get("getAttachment", responses=_json_response({"$ref": ATTACHMENT}))},
            {
                "Attachment": {
                    "allOf": [
                        {"$ref": "#/components/schemas/M"},
                        {
                            "type": "object",
                            "properties": {
                                "parent": {
                                    "allOf": [
                                        {"$ref": "#/components/schemas/Task"},
                                        {"type": "object", "properties": {"kind": NULLABLE_STRING}},
                                    ]
                                }
                            },
                        },
                    ]
                },
                "Task": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["task", "milestone"]}}},
            },
        ),
        "#/components/schemas/Attachment/allOf/1/properties/parent/allOf/1: declares kind again as a type "
        "openapi-python-client cannot merge with an earlier member's: the earlier declaration is kept",
    ),
    "redeclared_array_of_a_union": (  # PayPal's error responses: allOf: [error_400, invoices.create-400]
        _spec(
            {
                "/errors": _get(
                    "getErrors",
                    responses=_json_response(
                        {"allOf": [{"$ref": "#/components/schemas/Error"}, {"$ref": "#/components/schemas/Narrowed"}]}
                    ),
                )
            },
            {
                "Error": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "details": {"type": "array", "items": {"$ref": "#/components/schemas/Detail"}},
                    },
                },
                "Detail": {"type": "object", "properties": {"issue": {"type": "string"}}},
                "Narrowed": {
                    "properties": {
                        "details": {
                            "type": "array",
                            "items": {"anyOf": [{"title": "TOO_LONG", "properties": {"issue": TOO_LONG}}]},
                        }
                    }
                },
            },
        ),
        "#/paths//errors/get/responses/200/content/application/json/schema/allOf/1 (#/components/schemas/Narrowed, "
        "copied): declares details again as a type openapi-python-client cannot merge with an earlier member's: the "
        "earlier declaration is kept",
    ),
    "redeclared_as_null": (  # Lago's EventCreated: the event, whose customer id is always null when created
        _spec(
            {"/events": _get("createEvent", responses=_json_response({"$ref": "#/components/schemas/Created"}))},
            {
                "Event": {
                    "type": "object",
                    "properties": {"customer_id": {"type": ["string", "null"], "format": "uuid"}},
                },
                "Created": {
                    "type": "object",
                    "properties": {
                        "event": {
                            "allOf": [
                                {"$ref": "#/components/schemas/Event"},
                                {"type": "object", "properties": {"customer_id": {"type": "null"}}},
                            ]
                        }
                    },
                },
            },
            version="3.1.0",
        ),
        "#/components/schemas/Created/properties/event/allOf/1: declares customer_id again as a type "
        "openapi-python-client cannot merge with an earlier member's: the earlier declaration is kept",
    ),
    "property_of_a_type_named_nowhere": (  # Square's CatalogModifierOverride: its toggle enum is not in the file
        _spec(
            {"/overrides": _get("getOverride", responses=_json_response({"$ref": "#/components/schemas/Override"}))},
            {
                "Override": {
                    "type": "object",
                    "properties": {
                        "name": {"type": "string"},
                        "on_by_default": {"$ref": "#/components/schemas/ToggleType", "nullable": True},
                    },
                }
            },
        ),
        "warning: #/components/schemas/Override/properties/on_by_default: $ref '#/components/schemas/ToggleType' "
        "names nothing in the description: read as a value of any type",
    ),
    "security_scopes_not_a_list": (  # Square's POST /oauth2/revoke: security: [{oauth2: null}]
        _with_oauth2(
            _spec({"/revoke": {"post": {"operationId": "revoke", "responses": OK, "security": [{"oauth2": None}]}}})
        ),
        "POST /revoke: security oauth2: null is read as no scopes ([])",
    ),
    "undeclared_path_parameter": (  # Square's PUT /v2/vendors/{vendor_id}: its GET declares the parameter
        _spec(
            {
                "/vendors/{vendor_id}": {
                    "get": {
                        "operationId": "getVendor",
                        "parameters": [
                            {"name": "vendor_id", "in": "path", "required": True, "schema": {"type": "string"}}
                        ],
                        "responses": OK,
                    },
                    "put": {"operationId": "updateVendor", "parameters": [], "responses": OK},
                }
            }
        ),
        "PUT /vendors/{vendor_id}: declares no path parameter vendor_id: declared as its path's other operations "
        "declare it",
    ),
    "other_framework_templates": (  # Zuora Collections' <account_id> and :account_id: 12 operations reached no record
        _spec(
            {
                "/history/<account_id>": _get(
                    "getHistory", parameters=[{"name": "account_id", "in": "path", "required": True, "schema": TEXT}]
                ),
                "/execute/:account_id/<unknown>": {
                    "put": {
                        "operationId": "execute",
                        "parameters": [{"name": "account_id", "in": "path", "required": True, "schema": TEXT}],
                        "responses": OK,
                    }
                },
            }
        ),
        "path /execute/:account_id/<unknown>: a parameter written as another framework's template: read as "
        "/execute/{account_id}/<unknown>",
    ),
    "stray_path_parameter": (  # Recurly's PUT /invoices/{invoice_id}/apply_credit_balance declares site_id too
        _spec(
            {
                "/invoices/{invoice_id}/apply": {
                    "put": {
                        "operationId": "applyCredit",
                        "parameters": [
                            {"name": "site_id", "in": "path", "required": True, "schema": {"type": "string"}},
                            {"name": "invoice_id", "in": "path", "schema": {"type": "string"}},
                        ],
                        "responses": OK,
                    },
                }
            }
        ),
        "PUT /invoices/{invoice_id}/apply: path parameter site_id is not in the path: left out",
    ),
    "response_given_as_a_request_body": (  # PagerDuty's cache variable data updates
        {
            **_spec(
                {
                    "/cache/{id}": {
                        "put": {
                            "operationId": "putCache",
                            "parameters": [
                                {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                            ],
                            "responses": {"200": {"$ref": "#/components/requestBodies/CacheData"}},
                        }
                    }
                }
            ),
            "components": {
                "schemas": {"M": {"type": "object", "properties": {"id": {"type": "integer"}}}},
                "requestBodies": {
                    "CacheData": {
                        "required": True,
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/M"}}},
                    }
                },
            },
        },
        "PUT /cache/{id} 200: a response given as the request body #/components/requestBodies/CacheData: read as one",
    ),
    "redeclared_outside_an_inherited_enum": (  # PagerDuty's AcknowledgeLogEntry over LogEntry's type enum
        _spec(
            {"/entries": _get("getEntry", responses=_json_response({"$ref": "#/components/schemas/Acknowledge"}))},
            {
                "Reference": {"type": "object", "properties": {"type": {"type": "string"}}},
                "LogEntry": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Reference"},
                        {
                            "type": "object",
                            "properties": {"type": {"type": "string", "enum": ["acknowledge_log_entry"]}},
                        },
                    ]
                },
                "Acknowledge": {
                    "allOf": [
                        {"$ref": "#/components/schemas/LogEntry"},
                        {
                            "type": "object",
                            "properties": {"type": {"type": "string", "enum": ["acknowledgement_log_entry"]}},
                        },
                    ]
                },
            },
        ),
        "#/components/schemas/Acknowledge/allOf/1: declares type again as a type openapi-python-client cannot "
        "merge with an earlier member's: the earlier declaration is kept",
    ),
    "redeclared_as_a_const_over_a_union_of_consts": (  # Xero webhooks' CreditNoteWebhookEvent.eventCategory
        _spec(
            {"/events": _get("getEvent", responses=_json_response({"$ref": "#/components/schemas/NoteEvent"}))},
            {
                "Event": {
                    "type": "object",
                    "properties": {"category": {"type": "string", "oneOf": [{"const": "CONTACT"}, {"const": "NOTE"}]}},
                },
                "NoteEvent": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Event"},
                        {"type": "object", "properties": {"category": {"const": "NOTE"}}},
                    ]
                },
            },
        ),
        "#/components/schemas/NoteEvent/allOf/1: declares category again as a type openapi-python-client cannot "
        "merge with an earlier member's: the earlier declaration is kept",
    ),
    "number_redeclared_as_an_integer_enum": (  # Figma's errors: status a number, narrowed to enum [404]
        _spec(
            {"/errors": _get("getError", responses=_json_response({"$ref": "#/components/schemas/NotFound"}))},
            {
                "Error": {"type": "object", "properties": {"status": {"type": "number"}}},
                "NotFound": {
                    "allOf": [
                        {"$ref": "#/components/schemas/Error"},
                        {"type": "object", "properties": {"status": {"type": "number", "enum": [404]}}},
                    ]
                },
            },
        ),
        "#/components/schemas/NotFound/allOf/1: declares status again as a type openapi-python-client cannot "
        "merge with an earlier member's: the earlier declaration is kept",
    ),
    "all_of_one_reference_to_an_inline_model": (  # Asana's ProjectTemplateResponse: allOf: [ProjectTemplateBase]
        _spec(
            {"/roles": _get("getRole", responses=_json_response({"$ref": "#/components/schemas/RoleResponse"}))},
            {
                "RoleResponse": {"allOf": [{"$ref": "#/components/schemas/RoleBase"}]},
                "RoleBase": {
                    "allOf": [
                        {"$ref": "#/components/schemas/M"},
                        {"type": "object", "properties": {"permissions": PERMISSIONS}},
                    ]
                },
            },
        ),
        f"#/components/schemas/RoleBase/allOf/1/properties/permissions: an inline model of RoleBase, {READ_TWICE}: "
        "moved it to #/components/schemas/RoleBasePermissions, so it is made once",
    ),
    "all_of_one_reference_to_an_inline_all_of": (  # Asana's ProjectTemplateBase.owner, made again
        _spec(
            {"/templates": _get("getTemplate", responses=_json_response({"$ref": "#/components/schemas/Template"}))},
            {
                "Template": {"allOf": [{"$ref": "#/components/schemas/TemplateBase"}]},
                "TemplateBase": {
                    "allOf": [
                        {"$ref": "#/components/schemas/M"},
                        {"type": "object", "properties": {"owner": NULLABLE_OWNER}},
                    ]
                },
            },
        ),
        f"#/components/schemas/TemplateBase/allOf/1/properties/owner: an inline model of TemplateBase, {READ_TWICE}: "
        "moved it to #/components/schemas/TemplateBaseOwner, so it is made once",
    ),
    "enum_values_making_one_member_name": (  # Stripe's report run timezones
        _spec(
            {"/runs": _get("getRun", responses=_json_response({"$ref": "#/components/schemas/Run"}))},
            {
                "Run": {"type": "object", "properties": {"timezone": {"$ref": "#/components/schemas/Zone"}}},
                "Zone": ZONE,
            },
        ),
        "#/components/schemas/Zone: enum values make one member name; members named GMT_0, GMT0, GMT_0_2, ETC_GMT_0",
    ),
    "path_parameter_named_with_a_dot": (  # Temporal's grpc-gateway paths: 42 operations
        _spec(
            {
                "/namespaces/{namespace}/workflows/{execution.workflow_id}": _get(
                    "DescribeWorkflowExecution",
                    parameters=[
                        {**ID, "name": "namespace"},
                        {**ID, "name": "execution.workflow_id"},
                        {"name": "execution.workflowId", "in": "query", "schema": TEXT},
                    ],
                )
            }
        ),
        "path parameter {execution.workflow_id}: a name openapi-python-client cannot read: named execution_workflow_id",
    ),
    "object_default_on_a_union": (  # Airbyte's connector configurations: 20 models dropped
        _spec(
            {
                "/sources/{id}": _get(
                    "getSource", parameters=[ID], responses=_json_response({"$ref": "#/components/schemas/Tiktok"})
                )
            },
            {
                "Tiktok": {
                    "type": "object",
                    "properties": {
                        "credentials": {
                            "type": "object",
                            "default": {},
                            "oneOf": [
                                {"type": "object", "title": "OAuth", "properties": {"access_token": TEXT}},
                                {"type": "object", "title": "Sandbox", "properties": {"advertiser_id": TEXT}},
                            ],
                        }
                    },
                }
            },
        ),
        "#/components/schemas/Tiktok/properties/credentials: default {} is an object: left out",
    ),
    "object_default_beside_all_of": (  # OpenMeter's billing profiles: a schema and 4 operations dropped
        _spec(
            {
                "/profiles/{id}": _get(
                    "getProfile", parameters=[ID], responses=_json_response({"$ref": "#/components/schemas/Profile"})
                )
            },
            {
                "Profile": {
                    "type": "object",
                    "properties": {
                        "alignment": {"allOf": [{"$ref": "#/components/schemas/Align"}], "default": {"type": "sub"}}
                    },
                },
                "Align": {"type": "object", "properties": {"type": TEXT}},
            },
        ),
        '#/components/schemas/Profile/properties/alignment: default {"type": "sub"} is an object: left out',
    ),
    "alias_named_as_its_target": (  # MoySklad's 348 `Demand: {$ref: demand}`: 1011 of 1141 operations dropped
        _spec(
            {"/entity/demand": _get("getDemands", responses=_json_response({"$ref": "#/components/schemas/Demand"}))},
            {
                "Demand": {"$ref": "#/components/schemas/demand"},
                "demand": {
                    "type": "object",
                    "properties": {"id": TEXT, "agent": {"$ref": "#/components/schemas/Agent"}},
                },
                "Agent": {"$ref": "#/components/schemas/agent"},
                "agent": {"type": "object", "properties": {"name": TEXT}},
            },
        ),
        "#/components/schemas/Demand: only a reference to #/components/schemas/demand: references to it lead there",
    ),
    "union_of_required_keys": (  # Clerk's SAML connections, "at least one of domain, domains": 21 operations Any
        _spec(
            {
                "/saml_connections": _get(
                    "getSamlConnection", responses=_json_response({"$ref": "#/components/schemas/Saml"})
                )
            },
            {
                "Saml": {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": TEXT, "domain": TEXT, "domains": {"type": "array", "items": TEXT}},
                    "anyOf": [{"required": ["domain"]}, {"required": ["domains"]}],
                }
            },
        ),
        "#/components/schemas/Saml: anyOf only says which properties are given (domain / domains): left out",
    ),
    "json_or_multipart_with_files": (  # Dropbox Sign's uploads: JSON cannot carry the files
        _spec(
            {
                "/signature_request/send": _post(
                    "sendSignatureRequest",
                    requestBody={
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/Send"}},
                            "multipart/form-data": {"schema": {"$ref": "#/components/schemas/Send"}},
                        }
                    },
                )
            },
            {
                "Send": {
                    "type": "object",
                    "properties": {
                        "title": TEXT,
                        "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                        "file_urls": {"type": "array", "items": TEXT},
                    },
                }
            },
        ),
        "POST /signature_request/send: the body is sent as multipart/form-data, not application/json",
    ),
    "all_of_narrowing_an_envelopes_records": (  # BambooHR's pages: records lost their type, or the build failed
        _spec(
            {
                "/timezones": _get(
                    "listTimezones",
                    responses=_json_response(
                        {
                            "allOf": [
                                {"$ref": "#/components/schemas/Paged"},
                                {
                                    "type": "object",
                                    "properties": {
                                        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Zone"}}
                                    },
                                },
                            ]
                        }
                    ),
                )
            },
            {
                "Paged": {
                    "type": "object",
                    "properties": {"data": {"type": "array", "items": {}}, "total": {"type": "integer"}},
                },
                "Zone": {"type": "object", "properties": {"id": TEXT, "name": TEXT}},
            },
        ),
        "#/paths//timezones/get/responses/200/content/application/json/schema/allOf/0 (#/components/schemas/Paged, "
        "copied): data is narrowed by a later member to records: the later is kept",
    ),
    "an_object_of_no_properties_narrowed_by_a_later_member": (  # Personio's lists: every call failed
        _spec(
            {
                "/employees": _get(
                    "listEmployees",
                    responses=_json_response(
                        {
                            "allOf": [
                                {"$ref": "#/components/schemas/Response"},
                                {
                                    "type": "object",
                                    "properties": {
                                        "data": {"type": "array", "items": {"$ref": "#/components/schemas/Zone"}}
                                    },
                                },
                            ]
                        }
                    ),
                )
            },
            {
                "Response": {
                    "type": "object",
                    "properties": {"success": {"type": "boolean"}, "data": {"type": "object"}},
                },
                "Zone": {"type": "object", "properties": {"id": TEXT, "name": TEXT}},
            },
        ),
        "#/paths//employees/get/responses/200/content/application/json/schema/allOf/0 (#/components/schemas/"
        "Response, copied): data is an object of no properties, narrowed by a later member: the later is kept",
    ),
    "one_title_twice_in_an_operation": (  # Stripe's GET /v1/invoices: created and due_date
        _spec(
            {
                "/invoices": _get(
                    "getInvoices",
                    parameters=[
                        {"name": name, "in": "query", "style": "deepObject", "explode": True, "schema": RANGE}
                        for name in ("created", "due_date")
                    ],
                )
            }
        ),
        "GET /invoices: 2 inline schemas titled 'range_query_specs' are one: moved to "
        "#/components/schemas/RangeQuerySpecs",
    ),
    "download_by_a_response_reference": (  # DigitalOcean's invoice CSV: as published, a str the resource took for bytes
        {
            **_spec({"/invoices/{id}/csv": _get("getInvoiceCsv", parameters=[ID], responses=CSV_RESPONSE)}),
            "components": {
                "schemas": {},
                "responses": {"invoice_csv": {"description": "csv", "content": {"text/csv": {"schema": TEXT}}}},
            },
        },
        "GET /invoices/{id}/csv 200: text/csv is downloaded as bytes",
    ),
    "bytes_declared_as_base64_text": (  # Clockify's receipt: application/octet-stream, {type: string, format: byte}
        _spec(
            {
                "/receipts/{id}": _get(
                    "getReceipt",
                    parameters=[ID],
                    responses={
                        "200": {
                            "description": "the receipt",
                            "content": {"application/octet-stream": {"schema": {"type": "string", "format": "byte"}}},
                        }
                    },
                )
            }
        ),
        "GET /receipts/{id} 200: application/octet-stream is downloaded as bytes",
    ),
    "parameter_described_by_content": (  # Apideck's file upload: its metadata as a JSON header
        _spec(
            {
                "/files": _post(
                    "uploadFile",
                    parameters=[
                        {
                            "name": "x-metadata",
                            "in": "header",
                            "required": True,
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/M"}}},
                        }
                    ],
                )
            }
        ),
        "POST /files: parameter x-metadata is described by content (application/json): sent as the JSON text given",
    ),
    "enum_of_objects": (  # Docker's ContainerConfig.ExposedPorts: a map whose values are enum: [{}]
        _spec(
            {"/containers": _get("getContainer", responses=_json_response({"$ref": "#/components/schemas/Config"}))},
            {
                "Config": {
                    "type": "object",
                    "properties": {
                        "ExposedPorts": {
                            "type": "object",
                            "additionalProperties": {"type": "object", "enum": [{}], "default": {}},
                        }
                    },
                }
            },
        ),
        "#/components/schemas/Config/properties/ExposedPorts/additionalProperties: an enum of objects or arrays is "
        "left out (read as its type)",
    ),
    "const_that_is_an_object": (  # Mailchimp's ping answer
        _spec(
            {"/ping": _get("ping", responses=_json_response({"$ref": "#/components/schemas/Pong"}))},
            {"Pong": {"description": "Static JSON payload with PING: PONG!", "const": {"PING": "PONG!"}}},
        ),
        "#/components/schemas/Pong: a const that is an object is left out (read as any object)",
    ),
    "nullable_component_holding_an_inline_model": (  # DocuSign Navigator's Affordance
        _spec(
            {
                "/agreements/{id}": _get(
                    "getAgreement",
                    parameters=[ID],
                    responses=_json_response({"$ref": "#/components/schemas/Agreement"}),
                )
            },
            {
                "Agreement": {"type": "object", "properties": {"action": {"$ref": "#/components/schemas/Affordance"}}},
                "Affordance": {
                    "type": "object",
                    "nullable": True,
                    "properties": {
                        "method": {"type": "string"},
                        "headers": {"type": "object", "additionalProperties": {"type": "string"}},
                    },
                },
            },
        ),
        "#/components/schemas/Affordance/properties/headers: an inline model of Affordance, a nullable object: "
        "moved it to #/components/schemas/AffordanceHeaders, so the object's class is written",
    ),
    "enum_narrowed_leaving_out_the_default": (  # Front's EditDraft.mode: [shared] over [private, shared]
        _spec(
            {
                "/drafts/{id}": _get(
                    "getDraft", parameters=[ID], responses=_json_response({"$ref": "#/components/schemas/EditDraft"})
                )
            },
            {
                "CreateDraft": {
                    "type": "object",
                    "properties": {"mode": {"type": "string", "enum": ["private", "shared"], "default": "private"}},
                },
                "EditDraft": {
                    "allOf": [
                        {"$ref": "#/components/schemas/CreateDraft"},
                        {"type": "object", "properties": {"mode": {"type": "string", "enum": ["shared"]}}},
                    ]
                },
            },
        ),
        "#/components/schemas/EditDraft/allOf/1: declares mode again as a type openapi-python-client cannot merge "
        "with an earlier member's: the earlier declaration is kept",
    ),
    "path_parameter_with_a_default": (  # Front's `article_id: {default: kba_123}`, before one without
        _spec(
            {
                "/articles/{article_id}/attachments/{attachment_id}": _get(
                    "getAttachment",
                    parameters=[
                        {
                            "name": "article_id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "default": "kba_123"},
                        },
                        {"name": "attachment_id", "in": "path", "required": True, "schema": {"type": "string"}},
                    ],
                )
            }
        ),
        "GET /articles/{article_id}/attachments/{attachment_id}: path parameter article_id has a default: left out",
    ),
    "component_names_differing_in_case": (  # DocuSign's passwordRules and PasswordRules: one class name
        _spec(
            {
                "/a": _get("getA", responses=_json_response({"$ref": "#/components/schemas/passwordRules"})),
                "/b": _get("getB", responses=_json_response({"$ref": "#/components/schemas/PasswordRules"})),
            },
            {
                "passwordRules": {"type": "object", "properties": {"x": {"type": "string"}}},
                "PasswordRules": {"type": "object", "properties": {"y": {"type": "integer"}}},
            },
        ),
        "#/components/schemas/PasswordRules: its class would be named PasswordRules like another one: titled it "
        "PasswordRules2",
    ),
    "shared_body_in_json_and_xml": (  # DocuSign, as swagger2openapi converts it: bodies by $ref
        {
            **_spec({"/brands": _post("postBrands", requestBody={"$ref": "#/components/requestBodies/brandsRequest"})}),
            "components": {
                "schemas": {"M": MODEL},
                "requestBodies": {
                    "brandsRequest": {
                        "content": {
                            "application/json": {"schema": {"$ref": "#/components/schemas/M"}},
                            "application/xml": {"schema": {"$ref": "#/components/schemas/M"}},
                        }
                    }
                },
            },
        },
        "components/requestBodies/brandsRequest: the body is sent as application/json, not application/xml",
    ),
    "parameters_sharing_a_python_name": (  # Twilio's StartTime, StartTime< and StartTime>: all start_time
        _spec(
            {
                "/calls": _get(
                    "listCalls",
                    parameters=[
                        {"name": "StartTime<", "in": "query", "schema": {"type": "string"}},
                        {"name": "StartTime", "in": "query", "schema": {"type": "string"}},
                        {"name": "StartTime>", "in": "query", "schema": {"type": "string"}},
                    ],
                )
            }
        ),
        "GET /calls: StartTime<, StartTime> give another parameter's Python name: left out (extra_query sends them)",
    ),
    "a_deprecated_spelling_sharing_a_python_name": (  # Clerk's frontendApi, deprecated for frontend_api
        _spec(
            {
                "/public/interstitial": _get(
                    "getInterstitial",
                    parameters=[
                        {"name": "frontendApi", "in": "query", "deprecated": True, "schema": TEXT},
                        {"name": "frontend_api", "in": "query", "schema": TEXT},
                    ],
                )
            }
        ),
        "GET /public/interstitial: frontendApi give another parameter's Python name: left out (extra_query sends them)",
    ),
    "json_answer_without_a_schema": (  # the OpenAPI Initiative's api-with-examples: examples only
        _spec(
            {
                "/versions": _get(
                    "listVersions",
                    responses={
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"examples": {"v": {"value": {"versions": []}}}}},
                        }
                    },
                )
            }
        ),
        "GET /versions 200: application/json has no schema: read as any JSON value",
    ),
    "all_of_a_described_array": (  # DigitalOcean's firewall_rule_target.tags
        _spec(
            {"/rules": _get("getRule", responses=_json_response({"$ref": "#/components/schemas/Rule"}))},
            {
                "Rule": {
                    "type": "object",
                    "properties": {
                        "tags": {
                            "allOf": [{"$ref": TAGS_REF}, {"description": "tags it applies to", "example": ["web"]}]
                        }
                    },
                },
                "Tags": {"type": "array", "items": {"type": "string"}, "nullable": True},
            },
        ),
        f"#/components/schemas/Rule/properties/tags: allOf of the array {TAGS_REF} and its description is read as "
        "the array (a null still decodes as None)",
    ),
    "all_of_one_reference_to_a_model_with_a_nullable_inline_model": (  # DigitalOcean's kubernetes_node_pool_update
        _spec(
            {
                "/pools": _get("getPool", responses=_json_response({"$ref": "#/components/schemas/Pool"})),
                "/pools/update": _post(
                    "updatePool", responses=_json_response({"$ref": "#/components/schemas/PoolUpdate"})
                ),
            },
            {
                "Pool": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "labels": {"type": "object", "nullable": True}},
                },
                "PoolUpdate": {
                    "type": "object",
                    "allOf": [{"$ref": "#/components/schemas/Pool"}],
                    "required": ["name"],
                },
            },
        ),
        f"#/components/schemas/Pool/properties/labels: an inline model of Pool, {READ_TWICE}: moved it to "
        "#/components/schemas/PoolLabels, so it is made once",
    ),
    "union_members_sharing_a_title": (  # PayPal's error details: a member per issue, titled after the issue
        _spec(
            {"/errors": _get("getError", responses=_json_response({"$ref": "#/components/schemas/Error"}))},
            {
                "Error": {
                    "type": "object",
                    "properties": {
                        "details": {
                            "type": "array",
                            "items": {
                                "anyOf": [_issue("TOO_LONG", "Name"), _issue("TOO_LONG", "Line"), _issue("OK", "Id")]
                            },
                        }
                    },
                }
            },
        ),
        "#/components/schemas/Error/properties/details/items/anyOf: 1 members titled as an earlier one are numbered: "
        "'TOO_LONG 2'",
    ),
    "path_item_reference": (  # OpenAPI 3.1's components/pathItems: the path's operations were left out unsaid
        _with_path_items(
            _spec({"/contacts": {"$ref": "#/components/pathItems/Contacts"}}, version="3.1.0"),
            {"Contacts": _get("listContacts")},
        ),
        "/contacts: its path item is the one #/components/pathItems/Contacts names, copied in",
    ),
    "default_beside_a_one_member_one_of": (  # Meilisearch's log mode: the schema and its operation dropped
        _spec(
            {"/logs": _post("getLogs", requestBody=_json_body({"$ref": "#/components/schemas/GetLogs"}))},
            {
                "LogMode": {"type": "string", "enum": ["human", "json", "profile"]},
                "GetLogs": {
                    "type": "object",
                    "properties": {"mode": {"oneOf": [{"$ref": "#/components/schemas/LogMode"}], "default": "Human"}},
                },
            },
            version="3.1.0",
        ),
        '#/components/schemas/GetLogs/properties/mode: default "Human" is read as "human"',
    ),
    "integer_bounds_written_as_fractions": (  # FastAPI's ge=-1 (Airflow), Go's uint64 (Nomad): the build failed
        _spec(
            {"/pools": _post("postPool", requestBody=_json_body({"$ref": "#/components/schemas/Pool"}))},
            {
                "Pool": {
                    "type": "object",
                    "properties": {
                        "slots": {"type": "integer", "minimum": -1.0},
                        "index": {"type": "integer", "minimum": 0, "maximum": 1.8446744073709552e19},
                    },
                }
            },
            version="3.1.0",
        ),
        "integer bounds written as fractions are read as integers "
        "(#/components/schemas/Pool/properties/slots: minimum -1.0 is -1, and 1 more)",
    ),
    "a_property_named_like_an_example_is_a_schema": (  # Svix's exampleIndex: skipped as an example, the build failed
        _spec(
            {"/send": _post("sendExample", requestBody=_json_body({"$ref": "#/components/schemas/ExampleIn"}))},
            {"ExampleIn": {"type": "object", "properties": {"exampleIndex": {"type": "integer", "minimum": 0.0}}}},
        ),
        "integer bounds written as fractions are read as integers "
        "(#/components/schemas/ExampleIn/properties/exampleIndex: minimum 0.0 is 0)",
    ),
    "nullable_path_parameter": (  # FastAPI's map_index: int | None (Airflow): "not allowed in path"
        _spec(
            {
                "/runs/{map_index}": _get(
                    "getRun", parameters=[{**ID, "name": "map_index", "schema": {"type": "integer", "nullable": True}}]
                )
            }
        ),
        "GET /runs/{map_index}: path parameter map_index may be null: a path holds a value, so it is not",
    ),
    "boolean_schemas": (  # utoipa's tuple (Meilisearch's index swaps): the whole description was refused
        _spec(
            {"/swaps": _post("swapIndexes", requestBody=_json_body({"$ref": "#/components/schemas/Swap"}))},
            {
                "Swap": {
                    "type": "object",
                    "properties": {
                        "indexes": {"type": "array", "items": False, "prefixItems": [TEXT, TEXT]},
                        "anything": True,
                        "nothing": False,
                    },
                }
            },
            version="3.1.0",
        ),
        "boolean schemas are read as the objects they mean (#/components/schemas/Swap/properties, and 1 more)",
    ),
    "titles_that_are_sentences": (  # Argo's Go doc comments: "File name too long"
        _spec(
            {"/sources": _get("listSources", responses=_json_response({"$ref": "#/components/schemas/Source"}))},
            {
                "Source": {
                    "type": "object",
                    "title": "CalendarEventSource describes a time based dependency. One of the fields "
                    "(schedule, interval, or recurrence) must be passed.\nSchedule takes precedence over interval",
                    "properties": {"schedule": TEXT},
                }
            },
        ),
        "titles that are sentences, not names, are left out: their classes are named after their keys or places "
        "(#/components/schemas/Source)",
    ),
    "titles_in_markdown": (  # Temporal's "See `Payload`" named a class SeePayload
        _spec(
            {"/payloads": _get("getPayloads", responses=_json_response({"$ref": "#/components/schemas/V1Payloads"}))},
            {"V1Payloads": {"type": "object", "title": "See `Payload`", "properties": {"data": TEXT}}},
        ),
        "titles that are sentences, not names, are left out: their classes are named after their keys or places "
        "(#/components/schemas/V1Payloads)",
    ),
    "default_only": (
        _spec({"/d": _get("getDefault", responses={"default": OK["200"]})}),
        "GET /d: documents no 2xx response; its default response is taken as the success",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_dropped_shape_is_normalised_and_builds_without_warnings(
    settings: Settings, tmp_path: Path, case: str
) -> None:
    spec, note = CASES[case]
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    ours = settings_for(path)
    index = SpecIndex.from_settings(ours)
    lines = build.apply_warnings_policy(ours, index)
    assert note in index.normalised, index.normalised
    assert lines == [], lines  # no warning and nothing dropped
    assert not index.dropped


@pytest.mark.parametrize(
    "case",
    [
        "ref_into_properties",
        "ref_into_one_of",
        "all_of_scalars",
        "all_of_a_union",
        "all_of_a_described_union",
        "default_outside_its_schema",
        "date_time_default_that_is_no_date",
        "enum_of_objects",
        "array_without_items",
        "union_member_extending_a_component",
        "header_date_time",
        "nullable_all_of",
        "nullable_object_as_all_of_member",
        "numbers_in_a_string_enum",
        "described_scalar_all_of",
        "booleans_in_a_string_enum",
        "redeclared_nullable_over_an_enum",
        "redeclared_array_of_a_union",
        "redeclared_as_null",
        "undeclared_path_parameter",
        "stray_path_parameter",
        "response_given_as_a_request_body",
        "redeclared_outside_an_inherited_enum",
        "redeclared_as_a_const_over_a_union_of_consts",
        "all_of_one_reference_to_an_inline_model",
        "all_of_one_reference_to_an_inline_all_of",
        "one_title_twice_in_an_operation",
        "all_of_a_described_array",
        "all_of_one_reference_to_a_model_with_a_nullable_inline_model",
        "any_json_union",
        "union_members_sharing_a_title",
        "object_default_beside_all_of",
    ],
)
def test_openapi_python_client_drops_the_shape_as_published(
    settings: Settings, monkeypatch: pytest.MonkeyPatch, case: str
) -> None:
    monkeypatch.setattr(spec_module, "normalise", lambda spec: Normalised(copy.deepcopy(spec)))
    index = SpecIndex(copy.deepcopy(CASES[case][0]))
    assert [w for w in build.generator_warnings(settings, index) if w.dropped], case


def test_openapi_python_client_cannot_read_a_content_map_by_reference_as_published(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spec_module, "normalise", lambda spec: Normalised(copy.deepcopy(spec)))
    index = SpecIndex(copy.deepcopy(CASES["ref_to_a_content_map"][0]))
    with pytest.raises(ResourceError, match="content"):
        build.generator_warnings(settings, index)


def test_every_case_builds_into_a_package(settings: Settings, tmp_path: Path) -> None:
    merged = _spec({})
    for spec, _ in CASES.values():
        merged["paths"].update(spec["paths"])
        for kind, components in spec["components"].items():
            merged["components"].setdefault(kind, {}).update(components)
    path = tmp_path / "all.yaml"
    path.write_text(json.dumps(merged), encoding="utf-8")
    notes: list[str] = []
    build.build_into(settings_for(path), tmp_path / "out", notes=notes)  # imports, reaches all, mypy
    expected = {note for _, note in CASES.values()}  # a property typed nowhere is read, with its warning
    assert not [n for n in notes if n.startswith(("dropped: ", "warning: ")) and n not in expected], notes


def test_unquoted_yaml_builds(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "dates.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            openapi: 3.0.3
            info: {title: Dates, version: 1.0.0}
            paths:
              /things:
                get:
                  operationId: listThings
                  responses:
                    200:
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Thing'}
            components:
              schemas:
                Thing:
                  type: object
                  properties:
                    day: {type: string, format: date, example: 2024-01-01}
                    state: {type: string, enum: [on, off]}
            """
        ),
        encoding="utf-8",
    )
    ours = settings_for(path)
    index = SpecIndex.from_settings(ours)
    assert build.apply_warnings_policy(ours, index) == []
    assert loads(json.dumps(index.spec))["components"]["schemas"]["Thing"]["properties"]["state"]["enum"] == [
        "on",
        "off",
    ]


def test_a_yaml_description_with_emoji_builds_with_them(settings: Settings, tmp_path: Path) -> None:
    """Intercom writes emoji in its descriptions. openapi-python-client reads what we hand it with
    a YAML loader unless its file is named ``.json``, and a YAML loader takes JSON's escaped
    ``\\ud83c\\udf89`` for two lone surrogates, which no module can be written with."""
    path = tmp_path / "party.yaml"
    path.write_text(
        textwrap.dedent(
            """\
            openapi: 3.0.3
            info: {title: Party, version: 1.0.0}
            servers: [{url: "https://api.example.test"}]
            paths:
              /parties:
                get:
                  operationId: listParties
                  summary: List parties 🎉
                  description: Every party, with its 🧾 receipts.
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema: {type: array, items: {type: object, properties: {name: {type: string}}}}
            """
        ),
        encoding="utf-8",
    )
    out = tmp_path / "out"
    build.build_into(settings_for(path), out)
    endpoint = next(out.rglob("list_parties.py")).read_text(encoding="utf-8")
    assert "List parties 🎉" in endpoint and "🧾 receipts" in endpoint


DECODE_N = """
import json, sys
from aiwyn_client.models import N
first = {"meta": {"q": "x"}, "other": None, "legacy": {"q": "y"}, "kind": "BANK", "id": 7}
for document in (first, {**first, "meta": None, "other": {"q": "z"}, "legacy": None, "extra": 1}):
    for decoded in (N.from_dict(document), N.from_json(json.dumps(document))):
        back = decoded.to_dict()
        back.pop("extra", None)
        assert back == {k: v for k, v in document.items() if k != "extra"}, (back, document)
        assert decoded.id == 7 and decoded.kind.value == "BANK", decoded
        assert (decoded.meta is None) == (document["meta"] is None)
made = N(meta=None, other=None, legacy=None, id=1)
assert made.kind.value == "CARD" and made.id == 1, made
try:
    N.from_dict({**first, "meta": 5})
except TypeError:
    pass
else:
    raise AssertionError("a scalar where a nullable object is declared decoded")
"""


def test_required_nullable_objects_and_required_properties_with_defaults_build_and_decode(
    settings: Settings, tmp_path: Path
) -> None:
    """A required property whose schema is a nullable object, in each of the three spellings
    (``type: [object, 'null']``, ``anyOf`` with ``null``, 3.0's ``nullable: true``), passes mypy
    --strict on both decode paths; and a required property with a default (attrs puts it after
    the required ones without) lands in its own field when ``from_dict`` builds positionally."""
    obj = {"type": "object", "properties": {"q": {"type": "string"}}}
    kind = {"type": "string", "enum": ["CARD", "BANK"], "default": "CARD"}
    required = ["meta", "kind", "other", "legacy", "id"]
    for version, nullable in (("3.1.0", {"type": ["object", "null"], **obj}), ("3.0.3", {**obj, "nullable": True})):
        other = {"anyOf": [{"$ref": "#/components/schemas/O"}, {"type": "null"}]} if version == "3.1.0" else nullable
        properties = {"meta": nullable, "kind": kind, "other": other, "legacy": nullable, "id": {"type": "integer"}}
        spec = _spec(
            {"/n": _get("getNullable", responses=_json_response({"$ref": "#/components/schemas/N"}))},
            {"N": {"type": "object", "required": required, "properties": properties}, "O": obj},
            version=version,
        )
        path = tmp_path / f"nullable-{version}.json"
        path.write_text(json.dumps(spec), encoding="utf-8")
        out = tmp_path / f"out-{version}"
        build.build_into(settings_for(path), out)  # mypy --strict included
        env = {**os.environ, "PYTHONPATH": str(out)}
        subprocess.run([sys.executable, "-c", DECODE_N], env=env, cwd=out, check=True)


# A component openapi-python-client cannot build (an allOf that redefines an enum), named by a union
# (``Tool``, discriminated), as a union member beside null, and deeper inside a member (an array of it):
# openapi-python-client leaves the component out but keeps it in the unions, so the models and resource
# methods would name a class that is never written (OpenAI's description, as published). Beside it, two
# unions whose object members carry the same title, which openapi-python-client names the class after,
# and a union whose object member holds an inline model, which openapi-python-client builds twice; and a
# string beside a string enum (the model template's cast of a string to that union is redundant to mypy).
LOCATION = {"type": "object", "title": "Approximate location", "properties": {"city": {"type": "string"}}}
UNBUILT_IN_UNIONS = _spec(
    {
        "/tools": _post(
            "createTools",
            requestBody={"content": {"application/json": {"schema": {"$ref": "#/components/schemas/ToolsRequest"}}}},
            responses=_json_response({"$ref": "#/components/schemas/Tool"}),
        )
    },
    {
        "ToolsRequest": {
            "type": "object",
            "properties": {
                "tools": {"type": "array", "items": {"$ref": "#/components/schemas/Tool"}},
                "only": {"anyOf": [{"$ref": "#/components/schemas/Broken"}, {"type": "null"}]},
                "listed": {
                    "oneOf": [{"type": "array", "items": {"$ref": "#/components/schemas/Broken"}}, {"type": "string"}]
                },
                "near": {"$ref": "#/components/schemas/Location"},
                "beta_near": {"$ref": "#/components/schemas/BetaLocation"},
                "truncation": {"$ref": "#/components/schemas/Truncation"},
                "model": {"anyOf": [{"type": "string"}, {"type": "string", "enum": ["sora-2", "sora-2-pro"]}]},
            },
            "required": ["model"],
        },
        "Truncation": {
            "oneOf": [
                {"type": "string", "enum": ["auto", "disabled"]},
                {
                    "type": "object",
                    "title": "Retention ratio truncation",
                    "properties": {"limits": {"type": "object", "properties": {"tokens": {"type": "integer"}}}},
                },
            ]
        },
        "Tool": {
            "discriminator": {
                "propertyName": "type",
                "mapping": {"function": "#/components/schemas/FunctionTool", "broken": "#/components/schemas/Broken"},
            },
            "oneOf": [{"$ref": "#/components/schemas/FunctionTool"}, {"$ref": "#/components/schemas/Broken"}],
        },
        "FunctionTool": {
            "type": "object",
            "properties": {"type": {"type": "string", "enum": ["function"]}, "name": {"type": "string"}},
        },
        "Base": {"type": "object", "properties": {"kind": {"type": "string", "enum": ["a", "b"]}}},
        "Broken": {  # the enums clash one allOf down in a component, where normalise does not settle them
            "allOf": [{"$ref": "#/components/schemas/Base"}, {"$ref": "#/components/schemas/KindC"}]
        },
        "KindC": {"allOf": [{"type": "object", "properties": {"kind": {"type": "string", "enum": ["c"]}}}]},
        "Location": {"anyOf": [LOCATION, {"type": "null"}]},
        "BetaLocation": {"anyOf": [copy.deepcopy(LOCATION), {"type": "null"}]},
    },
    version="3.1.0",
)


def test_unions_leave_out_what_openapi_python_client_cannot_build(settings: Settings, tmp_path: Path) -> None:
    path = tmp_path / "unions.json"
    path.write_text(json.dumps(UNBUILT_IN_UNIONS), encoding="utf-8")
    ours = settings_for(path)
    index = SpecIndex.from_settings(ours)
    lines = build.apply_warnings_policy(ours, index)

    assert lines == ["dropped: schema Broken: can't redefine an enum property with incompatible lists of values"]
    assert not index.dropped  # the operation stays, and so does every union that named Broken
    schemas = index.spec["components"]["schemas"]
    assert schemas["Tool"]["oneOf"] == [{"$ref": "#/components/schemas/FunctionTool"}]
    assert schemas["Tool"]["discriminator"]["mapping"] == {"function": "#/components/schemas/FunctionTool"}
    properties = schemas["ToolsRequest"]["properties"]
    free_form = {"type": "object", "additionalProperties": True}
    assert properties["only"]["anyOf"] == [free_form, {"type": "null"}]  # beside null only: a dict
    assert properties["listed"]["oneOf"][0]["items"] == free_form
    assert (
        "#/components/schemas/Broken is not built (see its line), so the unions that name it leave it out or take "
        "a dict in its place: #/components/schemas/Tool, #/components/schemas/ToolsRequest/properties/listed, "
        "#/components/schemas/ToolsRequest/properties/only"
    ) in index.normalised
    assert schemas["Truncation"]["oneOf"][1] == {"$ref": "#/components/schemas/RetentionRatioTruncation"}
    assert (
        "#/components/schemas/Truncation/oneOf/1: a union member holding an inline model is moved to "
        "#/components/schemas/RetentionRatioTruncation, so it is built once"
    ) in index.normalised
    assert schemas["BetaLocation"]["anyOf"][0]["title"] == "BetaLocation"
    assert (
        "#/components/schemas/BetaLocation: a member titled 'Approximate location' would make a class named like "
        "another one: titled it 'BetaLocation'"
    ) in index.normalised


def test_unions_that_name_what_openapi_python_client_cannot_build_build(
    settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "unions.json"
    path.write_text(json.dumps(UNBUILT_IN_UNIONS), encoding="utf-8")
    with monkeypatch.context() as as_published:
        as_published.setattr(build, "leave_out_unbuilt", lambda *args: False)
        with pytest.raises(build.BuildError, match="Undefined name `Broken`"):
            build.build_into(settings_for(path), tmp_path / "published")
    build.build_into(settings_for(path), tmp_path / "out")  # imports, reaches all, mypy --strict
    signature = (tmp_path / "out" / "aiwyn_client" / "resources" / "tools.py").read_text(encoding="utf-8")
    assert "Broken" not in signature


def test_a_percent_encoded_reference_is_moved_once() -> None:
    """The pointer's ``%7Bid%7D`` is the path's ``{id}``: the reference is rewritten with the part it
    points into, so the part is moved once (it was moved again each round, under new names)."""
    spec, _ = CASES["ref_into_a_percent_encoded_path"]
    index = SpecIndex(copy.deepcopy(spec))
    moved = [n for n in index.normalised if "points into a part" in n]
    body = index.spec["paths"]["/things/copies"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    assert len(moved) == 1, moved
    assert body == {"$ref": "#/components/schemas/ThingsIdCopyPostRequestBodyApplicationJson"}


def test_an_all_of_of_scalars_keeps_its_constraints_and_its_enum_class() -> None:
    spec = copy.deepcopy(CASES["all_of_scalars"][0])  # a `null` member (Lob's) is no schema: passed over
    spec["components"]["schemas"]["Bank"]["properties"]["note"] = {
        "allOf": [{"$ref": "#/components/schemas/Text"}, None]
    }
    index = SpecIndex(spec)
    schemas = index.spec["components"]["schemas"]
    assert schemas["BankId"] == {"type": "string", "pattern": "^[a-z_]+$", "description": "bank_..."}
    assert schemas["Bank"]["properties"]["color"] == {
        "allOf": [{"$ref": "#/components/schemas/Color"}],
        "description": "ink",
    }
    assert schemas["Bank"]["properties"]["note"] == {"type": "string", "pattern": "^[a-z_]+$"}


def test_an_all_of_of_a_union_and_its_description_is_the_union() -> None:
    index = SpecIndex(copy.deepcopy(CASES["all_of_a_described_union"][0]))
    run = index.spec["components"]["schemas"]["Run"]["properties"]["tool_choice"]
    assert run == {"allOf": [{"$ref": "#/components/schemas/ToolChoice"}], "description": "which tool"}


def test_an_all_of_of_an_array_and_its_description_is_the_array() -> None:
    index = SpecIndex(copy.deepcopy(CASES["all_of_a_described_array"][0]))
    tags = index.spec["components"]["schemas"]["Rule"]["properties"]["tags"]
    assert tags == {"allOf": [{"$ref": TAGS_REF}], "description": "tags it applies to", "example": ["web"]}


def test_an_all_of_of_an_inline_array_and_its_description_is_the_array() -> None:
    """Box's ``tags``: no warning from openapi-python-client, but a model, which read every
    file's and folder's tags as an object; the array itself is read."""
    array = {"type": "array", "items": TEXT, "description": "tags"}
    spec = _spec({"/things": _get("getThings")}, {"Item": _object_with(tags={"allOf": [array, {"nullable": False}]})})
    result = normalise(spec)
    assert result.spec["components"]["schemas"]["Item"]["properties"]["tags"] == array
    assert "#/components/schemas/Item/properties/tags: allOf of an array and its description is read as the array" in (
        result.changes
    )


def test_properties_beside_an_all_of_of_one_reference_are_kept(tmp_path: Path) -> None:
    """Okta's request condition: openapi-python-client reads ``allOf: [{$ref}]`` as the reference
    and drops the properties beside it, so ``create()`` could not send ``approvalSequenceId``."""
    creatable = {
        "type": "object",
        "allOf": [{"$ref": "#/components/schemas/M"}],
        "properties": {"approvalSequenceId": TEXT},
        "required": ["approvalSequenceId"],
    }
    body = {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Creatable"}}}}
    spec = _spec({"/conditions": _post("createCondition", requestBody=body)}, {"Creatable": creatable})
    result = normalise(spec)
    members = result.spec["components"]["schemas"]["Creatable"]["allOf"]
    assert members[1] == {
        "type": "object",
        "properties": {"approvalSequenceId": TEXT},
        "required": ["approvalSequenceId"],
    }
    script = (
        SENDING
        + """
client.conditions.create(approval_sequence_id="s1", id=3)
assert sent == [{"approvalSequenceId": "s1", "id": 3}], sent
"""
    )
    run_against_build(spec, script, tmp_path)


def test_json_is_read_first_beside_a_type_sent_as_bytes() -> None:
    """Docker's archive: its 404 lists ``application/x-tar`` (its produces) with the error model,
    and JSON; x-tar bodies are sent as bytes (content_type_overrides), so openapi-python-client
    read the error as bytes into a model, which failed mypy and the build."""
    error = {"$ref": "#/components/schemas/M"}
    responses = {
        "200": {"description": "ok"},
        "404": {"description": "no such", "content": {"application/x-tar": {"schema": error}, "application/json": {}}},
    }
    tar = {"content": {"application/x-tar": {"schema": {"type": "string", "format": "binary"}}}}
    spec = _spec(
        {
            "/archive": {
                **_get("getArchive", responses=responses),
                "put": {"operationId": "putArchive", "requestBody": tar, "responses": OK},
            }
        }
    )
    found = normalise(spec).spec["paths"]["/archive"]["get"]["responses"]["404"]["content"]
    assert list(found)[0] == "application/json"


def test_a_bare_json_string_beside_bytes_is_a_download() -> None:
    """OpenAI's video content lists ``video/mp4`` and ``image/webp`` bytes, and a JSON ``string``:
    openapi-python-client read the video as JSON. A string with a format, or beside a type that is
    not bytes (the Petstore's login: XML and JSON strings), is still read as it is."""
    binary = {"schema": {"type": "string", "format": "binary"}}
    video = {"200": {"description": "ok", "content": {"video/mp4": binary, "application/json": {"schema": TEXT}}}}
    login = {
        "200": {
            "description": "ok",
            "content": {"application/xml": {"schema": TEXT}, "application/json": {"schema": TEXT}},
        }
    }
    spec = normalise(
        _spec({"/video": _get("getVideo", responses=video), "/login": _get("login", responses=login)})
    ).spec
    assert list(spec["paths"]["/video"]["get"]["responses"]["200"]["content"]) == ["application/octet-stream"]
    assert "application/json" in spec["paths"]["/login"]["get"]["responses"]["200"]["content"]


def test_a_model_read_twice_keeps_its_class_names(settings: Settings) -> None:
    """Moving the inline models out changes no class: the same as a description without the
    composition that made openapi-python-client read the model twice."""
    spec = CASES["all_of_one_reference_to_a_model_with_a_nullable_inline_model"][0]
    alone = copy.deepcopy(spec)
    del alone["components"]["schemas"]["PoolUpdate"], alone["paths"]["/pools/update"]

    def classes(description: dict[str, Any]) -> set[str]:
        data = parsed_description(settings, SpecIndex(copy.deepcopy(description)))
        return {str(c.class_info.name) for c in [*data.models, *data.enums]}

    assert classes(spec) == classes(alone) == {"M", "Pool", "PoolLabelsType0"}


def test_union_members_written_twice_are_one_and_those_sharing_a_title_are_numbered() -> None:
    spec = copy.deepcopy(CASES["union_members_sharing_a_title"][0])
    details = spec["components"]["schemas"]["Error"]["properties"]["details"]["items"]
    details["anyOf"].append(copy.deepcopy(details["anyOf"][0]))  # the first again, as PayPal's search errors do
    index = SpecIndex(spec)
    members = index.spec["components"]["schemas"]["Error"]["properties"]["details"]["items"]["anyOf"]
    assert [m["title"] for m in members] == ["TOO_LONG", "TOO_LONG 2", "OK"]
    assert (
        "#/components/schemas/Error/properties/details/items/anyOf: 1 written again as an earlier member: left out"
        in (index.normalised)
    )


def test_a_default_spelt_as_a_string_is_read_as_its_value_and_a_null_default_is_kept() -> None:
    schemas = {
        "Flag": {"type": "boolean", "default": "false"},  # Xero's HasAttachments
        "Count": {"type": "integer", "default": "10"},
        "Word": {"type": "integer", "default": "ten"},
        "Text": {"type": "string", "default": "10"},
        "Maybe": {"type": "object", "default": None},
    }
    spec = SpecIndex(_spec({}, copy.deepcopy(schemas))).spec["components"]["schemas"]
    assert {name: spec[name].get("default", "left out") for name in schemas} == {
        "Flag": False,
        "Count": 10,
        "Word": "left out",
        "Text": "10",
        "Maybe": None,
    }


def test_a_redeclaration_openapi_python_client_merges_is_left_as_published() -> None:
    task = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["task"]}, "due": {"type": "string"}}}
    narrowing = {  # an enum over a plain string, a format over a string, two nullables: all merge
        "type": "object",
        "properties": {
            "kind": {"type": "string", "description": "narrower"},
            "due": {"type": "string", "format": "date"},
        },
    }
    spec = _spec(
        {"/t": _get("getT", responses=_json_response({"$ref": "#/components/schemas/Dated"}))},
        {"Task": task, "Dated": {"allOf": [{"$ref": "#/components/schemas/Task"}, narrowing]}},
    )
    normalised = normalise(copy.deepcopy(spec))
    assert not [c for c in normalised.changes if "again" in c]
    assert normalised.spec["components"]["schemas"]["Dated"] == spec["components"]["schemas"]["Dated"]


def test_openapi_python_client_stops_on_enum_values_making_one_member_name_as_published(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(spec_module, "normalise", lambda spec: Normalised(copy.deepcopy(spec)))
    index = SpecIndex(copy.deepcopy(CASES["enum_values_making_one_member_name"][0]))
    with pytest.raises(ResourceError, match="openapi-python-client stopped reading .*: ValueError: Duplicate key GMT0"):
        build.generator_warnings(settings, index)


def test_a_path_parameter_renamed_still_sends_its_value_in_its_place(tmp_path: Path) -> None:
    """Only the name changes: ``{execution.workflow_id}`` is filled with the value as before."""
    script = """
import httpx
from aiwyn_client import Aiwyn
seen = []
def handler(request):
    seen.append(request.url.path)
    return httpx.Response(200, json={"id": 1})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    client.workflows.get("billing", "wf-7")
assert seen == ["/namespaces/billing/workflows/wf-7"], seen
"""
    run_against_build(CASES["path_parameter_named_with_a_dot"][0], script, tmp_path)


FORMAT = {
    "name": "format",
    "in": "path",
    "required": True,
    "description": "The format in which the response is given, can be empty to use the default format",
    "schema": {"type": "string", "pattern": "^(.(json|xml))?$", "default": ".json"},
}


def test_a_format_parameter_with_a_json_default_is_written_into_the_path(tmp_path: Path) -> None:
    """Moneybird's 211 paths end in ``{format}`` (``.json`` or ``.xml``, default ``.json``): every
    call asked for ``format_``, which only picks how the answer is written, and the client reads
    JSON. The path is written with the default, and the argument is gone."""
    spec = _spec(
        {
            "/contacts{format}": {
                "parameters": [{"$ref": "#/components/parameters/format"}],
                **_get(
                    "getContacts",
                    responses=_json_response({"type": "array", "items": {"$ref": "#/components/schemas/M"}}),
                ),
            },
            "/contacts/{id}{format}": _get(
                "getContact", parameters=[{**ID, "name": "id"}, {"$ref": "#/components/parameters/format"}]
            ),
        }
    )
    spec["components"]["parameters"] = {"format": FORMAT}
    normalised = normalise(copy.deepcopy(spec))
    assert sorted(normalised.spec["paths"]) == ["/contacts.json", "/contacts/{id}.json"]
    assert "/contacts{format}: its format parameter's default, JSON, is written into the path: /contacts.json" in (
        normalised.changes
    )
    script = """
import inspect
import httpx
from aiwyn_client import Aiwyn
seen = []
def handler(request):
    seen.append(request.url.path)
    return httpx.Response(200, json=[] if request.url.path == "/contacts.json" else {"id": 7})
with Aiwyn(base_url="https://api.example.test", transport=httpx.MockTransport(handler)) as client:
    assert "format_" not in inspect.signature(client.contacts.get).parameters
    client.contacts.list()
    client.contacts.get("7")
assert seen == ["/contacts.json", "/contacts/7.json"], seen
"""
    run_against_build(spec, script, tmp_path)
