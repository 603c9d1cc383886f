"""Swagger 2.0 descriptions load as OpenAPI 3.0: converted by the pinned swagger2openapi first.

What 2.0 spells its own way must come out as the rest of the pipeline reads it (servers, security
schemes, request bodies, media types, array parameters, nullability, downloads), the conversion is
recorded in the document and printed with the normalisations, and a conversion that cannot be
made is one line naming the file and the cause; one slow test builds a client from a 2.0
description and checks what it sends. Needs Node and ``npm ci`` (as ``make setup`` does).
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest

from generator import build, coverage, query_arrays, stock, swagger2
from generator.load import LoadError, load_description
from generator.spec import SpecIndex
from tests.support.descriptions import settings_for

SWAGGER = """\
swagger: '2.0'
info: {title: Billing, version: '1.0'}
host: api.example.com
basePath: /v2
schemes: [https]
consumes: [application/json]
produces: [application/json]
securityDefinitions:
  apiKeyHeader: {type: apiKey, in: header, name: X-Api-Key}
  apiKeyQuery: {type: apiKey, in: query, name: api_key}
  basicAuth: {type: basic}
  machine:
    type: oauth2
    flow: application
    tokenUrl: https://auth.example.com/token
    scopes: {'invoices:read': read invoices}
  people:
    type: oauth2
    flow: accessCode
    authorizationUrl: https://auth.example.com/authorize
    tokenUrl: https://auth.example.com/token
    scopes: {'invoices:write': write invoices}
security:
  - apiKeyHeader: []
paths:
  /invoices:
    get:
      operationId: listInvoices
      parameters:
        - {name: status, in: query, type: array, items: {type: string}, collectionFormat: csv}
        - {name: tag, in: query, type: array, items: {type: string}, collectionFormat: multi}
        - {name: ids, in: query, type: array, items: {type: integer}, collectionFormat: pipes}
        - {name: words, in: query, type: array, items: {type: string}, collectionFormat: ssv}
      responses:
        '200': {description: ok, schema: {type: array, items: {$ref: '#/definitions/Invoice'}}}
    post:
      operationId: createInvoice
      parameters:
        - {name: invoice, in: body, required: true, schema: {$ref: '#/definitions/Invoice'}}
      responses:
        '201': {description: created, schema: {$ref: '#/definitions/Invoice'}}
  /invoices/{id}:
    parameters:
      - {name: id, in: path, required: true, type: integer}
    get:
      operationId: getInvoice
      produces: [application/json, application/xml]
      responses:
        '200': {description: ok, schema: {$ref: '#/definitions/Invoice'}}
    post:
      operationId: updateInvoiceForm
      consumes: [application/x-www-form-urlencoded]
      parameters:
        - {name: memo, in: formData, type: string}
      responses:
        '200': {description: ok, schema: {$ref: '#/definitions/Invoice'}}
  /invoices/{id}/attachments:
    parameters:
      - {name: id, in: path, required: true, type: integer}
    post:
      operationId: attachFile
      consumes: [multipart/form-data]
      parameters:
        - {name: file, in: formData, type: file, required: true}
        - {name: note, in: formData, type: string}
      responses:
        '204': {description: attached}
  /invoices/{id}/pdf:
    parameters:
      - {name: id, in: path, required: true, type: integer}
    get:
      operationId: getInvoicePdf
      produces: [application/pdf]
      security: []
      responses:
        '200': {description: the invoice, schema: {type: file}}
definitions:
  Invoice:
    type: object
    required: [id]
    properties:
      id: {type: integer}
      memo: {type: string, x-nullable: true}
"""


def _write(tmp_path: Path, text: str, name: str = "swagger.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return load_description(_write(tmp_path_factory.mktemp("swagger"), SWAGGER))


def _operation(spec: dict[str, Any], path: str, method: str) -> dict[str, Any]:
    op: dict[str, Any] = spec["paths"][path][method]
    return op


def test_a_swagger_2_description_loads_as_openapi_3(converted: dict[str, Any]) -> None:
    assert converted["openapi"].startswith("3.0")
    assert "swagger" not in converted and "definitions" not in converted
    assert converted["servers"] == [{"url": "https://api.example.com/v2"}]  # host, basePath and schemes


def test_host_base_path_and_scheme_name_the_environment(converted: dict[str, Any]) -> None:
    assert list(SpecIndex(converted).environments().values()) == ["https://api.example.com/v2"]


def test_security_definitions_become_the_schemes_our_auth_layer_builds(converted: dict[str, Any]) -> None:
    schemes = {scheme["name"]: scheme for scheme in SpecIndex(converted).security_schemes()}
    assert schemes["apiKeyHeader"].items() >= {"kind": "apiKey", "location": "header", "param": "X-Api-Key"}.items()
    assert schemes["apiKeyQuery"].items() >= {"kind": "apiKey", "location": "query", "param": "api_key"}.items()
    assert schemes["basicAuth"]["kind"] == "basic"
    machine = schemes["machine"]  # flow: application is OAuth 2.0 client credentials
    assert (machine["kind"], machine["token_url"], machine["scopes"]) == (
        "oauth2",
        "https://auth.example.com/token",
        ("invoices:read",),
    )
    people = schemes["people"]  # flow: accessCode is the authorization code flow (`aiwyn login`)
    assert (people["authorization_url"], people["user_token_url"]) == (
        "https://auth.example.com/authorize",
        "https://auth.example.com/token",
    )
    index = SpecIndex(converted)
    pdf = next(op for op in index.operations if op.operation_id == "getInvoicePdf")
    assert index.security() == (("apiKeyHeader",),) and index.security(pdf) == ()


def test_body_and_form_parameters_become_request_bodies(converted: dict[str, Any]) -> None:
    index = SpecIndex(converted)
    create = next(op for op in index.operations if op.operation_id == "createInvoice")
    assert index.json_body_schema(create.raw["requestBody"]) == {"$ref": "#/components/schemas/Invoice"}
    form = _operation(converted, "/invoices/{id}", "post")["requestBody"]["content"]
    assert form["application/x-www-form-urlencoded"]["schema"]["properties"]["memo"] == {"type": "string"}
    upload = _operation(converted, "/invoices/{id}/attachments", "post")["requestBody"]["content"]
    schema = upload["multipart/form-data"]["schema"]
    assert schema["properties"]["file"] == {"type": "string", "format": "binary"}  # type: file, sent as bytes
    assert schema["required"] == ["file"]


def test_produces_gives_the_response_media_types(converted: dict[str, Any]) -> None:
    content = _operation(converted, "/invoices/{id}", "get")["responses"]["200"]["content"]
    assert list(content) == ["application/json", "application/xml"]


def test_a_file_response_is_a_download(converted: dict[str, Any]) -> None:
    pdf = next(op for op in SpecIndex(converted).operations if op.operation_id == "getInvoicePdf")
    assert pdf.binary and pdf.returns_body


@pytest.mark.parametrize(
    ("name", "style", "explode"),
    [
        ("status", "form", False),  # csv
        ("tag", "form", True),  # multi
        ("ids", "pipeDelimited", False),  # pipes
        ("words", "spaceDelimited", False),  # ssv
    ],
)
def test_collection_formats_become_styles(converted: dict[str, Any], name: str, style: str, explode: bool) -> None:
    param = next(p for p in _operation(converted, "/invoices", "get")["parameters"] if p["name"] == name)
    written = param.get("style", "form")  # OpenAPI 3's defaults: form, exploded only when form
    assert (written, param.get("explode", written == "form")) == (style, explode)
    assert param["schema"]["type"] == "array"


def test_x_nullable_becomes_nullable(converted: dict[str, Any]) -> None:
    memo = converted["components"]["schemas"]["Invoice"]["properties"]["memo"]
    assert memo == {"type": "string", "nullable": True}


def test_the_conversion_is_recorded_and_printed_with_the_normalisations(converted: dict[str, Any]) -> None:
    record = converted[swagger2.PROVENANCE]
    assert record["converted_from"] == "Swagger 2.0"
    assert record["converter"] == f"swagger2openapi {swagger2.converter_version()}"
    assert record["options"] == "--patch" and record["patched"] == []
    index = SpecIndex(converted)
    assert index.normalised[0] == (
        f"converted from Swagger 2.0 to OpenAPI {converted['openapi']} by swagger2openapi "
        f"{swagger2.converter_version()} (--patch)"
    )
    assert "## Conversion" in coverage.render(index) and index.normalised[0] in coverage.render(index)


def test_an_openapi_description_has_no_conversion_notes() -> None:
    assert swagger2.conversion_notes({"openapi": "3.1.0", "paths": {}}) == []


def test_what_the_converter_patched_is_listed(tmp_path: Path) -> None:
    spec = load_description(
        _write(
            tmp_path,
            """\
            swagger: '2.0'
            info: {title: t, version: '1'}
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - {name: id, in: path, type: string}
                  responses:
                    '200': {description: ok, schema: {type: object}}
            """,
        )
    )
    assert spec["paths"]["/things/{id}"]["get"]["parameters"][0]["required"] is True  # fixed, not refused
    assert spec[swagger2.PROVENANCE]["patched"] == [
        "path parameters must be required:true [id in get:/things/{id}] (the first error it fixed; it names no others)"
    ]
    assert "swagger2openapi patched path parameters must be required:true" in SpecIndex(spec).normalised[1]


def test_an_empty_produces_takes_the_documents_own(tmp_path: Path) -> None:
    """DocuSign's operations all say ``produces: []``: read literally, no media type, and every answer
    was a download of bytes. An empty list takes the document's ``produces`` (and ``consumes``), said so."""
    spec = load_description(
        _write(
            tmp_path,
            """\
            swagger: '2.0'
            info: {title: t, version: '1'}
            produces: [application/json]
            consumes: [application/json]
            paths:
              /things:
                get:
                  operationId: listThings
                  produces: []
                  responses:
                    '200': {description: ok, schema: {type: object, properties: {id: {type: string}}}}
            """,
        )
    )
    assert list(spec["paths"]["/things"]["get"]["responses"]["200"]["content"]) == ["application/json"]
    index = SpecIndex(spec)
    assert not index.operations[0].binary
    assert any("1 operation(s) listing empty produces/consumes take the document's" in n for n in index.normalised)


def test_a_shared_response_takes_the_media_types_of_the_operation_that_answers_it(tmp_path: Path) -> None:
    """Gitea's ``GET /user/gpg_key_token`` produces ``text/plain`` and answers its shared ``string``
    response, which the converter gave the document's JSON: the client asked for JSON (a 406) and
    could not read the text. The shared response is copied into such an operation, said so."""
    spec = load_description(
        _write(
            tmp_path,
            """\
            swagger: '2.0'
            info: {title: t, version: '1'}
            produces: [application/json]
            paths:
              /token:
                get:
                  operationId: getToken
                  produces: [text/plain]
                  responses:
                    '200': {$ref: '#/responses/string'}
              /name:
                get:
                  operationId: getName
                  responses:
                    '200': {$ref: '#/responses/string'}
            responses:
              string: {description: a string, schema: {type: string}}
            """,
        )
    )
    assert list(spec["paths"]["/token"]["get"]["responses"]["200"]["content"]) == ["text/plain"]
    assert spec["paths"]["/name"]["get"]["responses"]["200"] == {"$ref": "#/components/responses/string"}
    notes = SpecIndex(spec).normalised
    assert any("1 operation(s) with media types of their own answer shared responses" in n for n in notes), notes


def test_a_json_swagger_description_converts_too(tmp_path: Path) -> None:
    path = _write(tmp_path, '{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}', "s.json")
    assert load_description(path)["openapi"].startswith("3.0")


def test_a_dangling_ref_is_named_where_the_publisher_wrote_it(tmp_path: Path) -> None:
    text = SWAGGER.replace(
        "schema: {$ref: '#/definitions/Invoice'}}\n      responses:\n        '201'",
        "schema: {$ref: '#/definitions/Gone'}}\n      responses:\n        '201'",
    )
    with pytest.raises(
        LoadError, match=r"^billing.yaml: dangling \$ref '#/definitions/Gone' at #/paths/~1invoices/post/"
    ):
        load_description(_write(tmp_path, text), "billing.yaml")


def test_a_document_json_cannot_hold_is_one_line(tmp_path: Path) -> None:
    text = "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths: {}\nx-limit: .inf\n"
    with pytest.raises(LoadError, match=r"^s.yaml: .*cannot be handed over as JSON \(Out of range float values"):
        load_description(_write(tmp_path, text), "s.yaml")


def _fake_converter(root: Path, script: str) -> None:
    tool = root / "node_modules" / ".bin" / "swagger2openapi"
    tool.parent.mkdir(parents=True)
    tool.write_text("#!/bin/sh\n" + script, encoding="utf-8")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)


def test_a_converter_that_refuses_is_one_line_naming_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    refusing = "echo 'S2OError: Unsupported thing at #/paths' >&2\necho '    at convert (index.js:1)' >&2\nexit 1\n"
    _fake_converter(tmp_path, refusing)
    monkeypatch.setattr(swagger2, "ROOT", tmp_path)
    with pytest.raises(LoadError) as caught:
        load_description(_write(tmp_path, SWAGGER), "billing.yaml")
    assert str(caught.value) == (
        "billing.yaml: Swagger 2.0 not converted to OpenAPI 3: swagger2openapi refused it: "
        "S2OError: Unsupported thing at #/paths"
    )


def test_a_missing_converter_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(swagger2, "ROOT", tmp_path)  # no node_modules there
    with pytest.raises(LoadError, match=r"^billing.yaml: .*swagger2openapi is not installed .*run `npm ci`") as caught:
        load_description(_write(tmp_path, SWAGGER), "billing.yaml")
    assert "\n" not in str(caught.value)


def test_missing_node_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    with pytest.raises(LoadError, match=r"^billing.yaml: .*needs Node.js, and `node` is not on PATH$"):
        load_description(_write(tmp_path, SWAGGER), "billing.yaml")


def test_other_swagger_versions_are_refused(tmp_path: Path) -> None:
    old = _write(tmp_path, "swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n")
    with pytest.raises(
        LoadError, match=r"swagger.yaml: Swagger 1.2 is not supported \(Swagger 2.0, OpenAPI 3.0, 3.1 and 3.2 only\)"
    ):
        load_description(old)


def test_node_is_found_for_the_tests() -> None:
    assert swagger2.converter_path().exists(), "run `npm ci` (make setup): the converter is pinned in package.json"
    assert os.access(swagger2.converter_path(), os.X_OK)


def test_query_arrays_sent_as_one_value_are_listed_with_their_separator(converted: dict[str, Any]) -> None:
    index = SpecIndex(converted)
    listing = next(op for op in index.operations if op.operation_id == "listInvoices")
    assert query_arrays.joined_query(index, listing) == (("ids", "|"), ("status", ","), ("words", " "))  # not tag


USE = """
import io, json, httpx
from aiwyn_client import Aiwyn
from aiwyn_client.types import File

sent = []

def answer(request):
    sent.append(request)
    if request.url.path.endswith("/pdf"):
        return httpx.Response(200, content=b"%PDF-1", headers={"content-type": "application/pdf"})
    if request.url.path.endswith("/attachments"):
        return httpx.Response(204)
    if request.method == "GET":
        return httpx.Response(200, json=[{"id": 1, "memo": None}])
    return httpx.Response(201 if request.url.path == "/v2/invoices" else 200, json={"id": 1, "memo": "m"})

own = httpx.Client(transport=httpx.MockTransport(answer))
with Aiwyn(api_key_header="k", base_url="https://api.example.com/v2", http_client=own) as aiwyn:
    records = aiwyn.invoices.list(status=["open", "paid"], tag=["a", "b"], ids=[1, 2], words=["x", "y"])
    aiwyn.invoices.create(id=1, memo="m")
    aiwyn.invoices.update(1, memo="n")  # a POST on the record, beside a create and no PUT or PATCH
    aiwyn.invoices.create_attachment(1, file=File(payload=io.BytesIO(b"scanned"), file_name="receipt.txt"))
    pdf = aiwyn.invoices.download_pdf(1)
print(json.dumps({
    "memo": records[0].memo,
    "pdf": pdf.payload.read().decode(),
    "sent": [
        {"url": str(r.url), "type": r.headers.get("content-type", ""), "body": r.content.decode(errors="replace"),
         "key": r.headers.get("x-api-key")}
        for r in sent
    ],
}))
"""


@pytest.mark.slow
def test_a_swagger_2_description_builds_a_client_that_sends_what_it_says(tmp_path: Path) -> None:
    """Built end to end (generated, imported, mypy --strict): csv, pipes and ssv arrays joined and
    multi repeated, a body parameter sent as JSON, formData as a form and with a file as multipart,
    a file response downloaded, the API key sent where the security requirement asks for it."""
    out = tmp_path / "generated"
    build.build_into(settings_for(_write(tmp_path, SWAGGER)), out)
    env = {**os.environ, "PYTHONPATH": str(out)}
    proc = subprocess.run([sys.executable, "-c", USE], env=env, capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr[-3000:]
    report = json.loads(proc.stdout)
    listing, create, form, upload, pdf = report["sent"]
    assert listing["url"] == "https://api.example.com/v2/invoices?status=open%2Cpaid&tag=a&tag=b&ids=1%7C2&words=x+y"
    assert report["memo"] is None  # x-nullable: null is a value
    assert (create["type"], json.loads(create["body"])) == ("application/json", {"id": 1, "memo": "m"})
    assert (form["type"], form["body"]) == ("application/x-www-form-urlencoded", "memo=n")
    assert upload["type"].startswith("multipart/form-data") and 'filename="receipt.txt"' in upload["body"]
    assert "scanned" in upload["body"]
    assert report["pdf"] == "%PDF-1" and pdf["url"].endswith("/v2/invoices/1/pdf")
    assert [r["key"] for r in report["sent"]] == ["k", "k", "k", "k", None]  # the download says security: []


def test_the_stock_build_is_given_the_converted_description(tmp_path: Path) -> None:
    """openapi-python-client's stock build (bench, the differential tests) reads the file itself."""
    swagger = _write(tmp_path, SWAGGER)
    readable = stock._readable(swagger, tmp_path)
    assert readable != swagger and json.loads(readable.read_text(encoding="utf-8"))["openapi"].startswith("3.0")
    openapi = _write(tmp_path, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", "openapi.yaml")
    assert stock._readable(openapi, tmp_path) == openapi
