"""What a method sends of its body fields, and what it takes for them.

A field the caller leaves out is not sent, whatever default the description gives it. The
description's default is what the server assumes when the field is absent; sending it is no help
on a create and overwrites data on an update: Pipedrive's ``products.update(1, name=...)`` also
sent ``active_flag: true`` and ``tax: 0``, and Mercury's required fields with placeholder defaults
(``"<recipient_id>"``) were optional, and sent. A required field is asked for, unless its default
is the one value it may take. A field of several types takes a value of each."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.descriptions import SENDING, described, run_against_build

TEXT = {"type": "string"}
PRODUCT = {
    "type": "object",
    "required": ["name", "recipient_id", "kind"],
    "properties": {
        "name": {"type": "string"},
        "recipient_id": {"type": "string", "default": "<recipient_id>"},
        "kind": {"type": "string", "enum": ["product"], "default": "product"},
        "active_flag": {"type": "boolean", "default": True},
        "tax": {"type": "number", "default": 0},
    },
}


def _writing(method: str, path: str, operation_id: str, body: dict[str, Any], **parts: Any) -> dict[str, Any]:
    """A description of one operation sending a JSON ``body``, its path parameter a string."""
    name = path.split("{", 1)[1].split("}", 1)[0]
    operation = {
        "operationId": operation_id,
        "parameters": [{"name": name, "in": "path", "required": True, "schema": {"type": "string"}}],
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {}}}}},
    }
    return described({"paths": {path: {method: operation}}, **parts})


DESCRIPTION = _writing("patch", "/products/{id}", "updateProduct", PRODUCT)

SCRIPT = (
    SENDING
    + """
import inspect
update = client.products.update
parameters = inspect.signature(update).parameters
assert parameters["recipient_id"].default is inspect.Parameter.empty, parameters  # required: asked for
assert "default ``true``" in update.__doc__, update.__doc__  # the server's default, documented
update("1", name="Lamp", recipient_id="r-1")
assert sent == [{"name": "Lamp", "recipient_id": "r-1", "kind": "product"}], sent
print("ok")
"""
)


def test_an_update_sends_only_the_fields_given(tmp_path: Path) -> None:
    run_against_build(DESCRIPTION, SCRIPT, tmp_path, verify=True)


ID = {"type": "object", "required": ["assignee_id"], "properties": {"assignee_id": {"type": ["string", "integer"]}}}
IDS = _writing("post", "/tasks/{id}/assignment", "assignTask", ID, openapi="3.1.0")

IDS_SCRIPT = (
    SENDING
    + """
client.tasks.assignment("t1", assignee_id="458026356994737217")
client.tasks.assignment("t1", assignee_id=458026356994737217)
assert sent == [{"assignee_id": "458026356994737217"}, {"assignee_id": 458026356994737217}], sent
print("ok")
"""
)


def test_a_field_that_is_a_string_or_an_integer_takes_either(tmp_path: Path) -> None:
    """Moneybird's ids are ``type: [string, integer]``: a string id was refused as "must be an
    integer (as documented)", the check made for integer fields."""
    run_against_build(IDS, IDS_SCRIPT, tmp_path)


QUERY = {
    "type": "object",
    "properties": {"fields": {"type": "array", "items": {"type": "string"}}, "orderBy": TEXT, "where": TEXT},
}
ORDERED = _writing("post", "/datasets/{name}/data", "queryDataset", QUERY)

ORDERED_SCRIPT = (
    SENDING
    + """
client.datasets.data("employees", fields=["lastName"], order_by="lastName asc", where="status = 'active'")
assert sent == [{"fields": ["lastName"], "orderBy": "lastName asc", "where": "status = 'active'"}], sent
print("ok")
"""
)


def test_an_order_by_or_where_of_text_is_a_field_like_any_other(tmp_path: Path) -> None:
    """BambooHR's dataset query takes ``orderBy: "lastName asc"``: the build took any ``orderBy`` or
    ``where`` for the search convention's models, and stopped on one that names none."""
    run_against_build(ORDERED, ORDERED_SCRIPT, tmp_path, verify=True)


DOCUMENT = {
    "type": "object",
    "required": ["name", "content"],
    "properties": {"name": TEXT, "content": {"type": "string", "format": "binary"}, "meta": {}},
}
DOCUMENTS = _writing("post", "/folders/{id}/documents", "createDocument", DOCUMENT)

DOCUMENTS_SCRIPT = (
    SENDING
    + """
import datetime, io
from aiwyn_client import InvalidArgumentError
from aiwyn_client.types import File
content = File(payload=io.BytesIO(b"hello"), file_name="a.txt")
client.folders.create_document("f1", name="a.txt", content=content)
client.folders.create_document("f1", name="a.txt", content=content)  # the same file again: the same bytes
assert sent == [{"name": "a.txt", "content": "aGVsbG8="}] * 2, sent
try:
    client.folders.create_document("f1", name="a.txt", content=content, meta={"at": datetime.date(2026, 1, 2)})
except InvalidArgumentError as error:
    assert "the body is not JSON" in str(error) and "date" in str(error), error
else:
    raise AssertionError("a date in a free-form field was sent")
print("ok")
"""
)


def test_a_file_in_a_json_body_is_sent_in_base64_and_a_value_json_cannot_hold_is_refused(tmp_path: Path) -> None:
    """A ``format: binary`` field in a body offered only as JSON made every call fail with a bare
    ``TypeError`` from the JSON encoder. JSON carries bytes as base64 text, as ``format: byte``
    says and as .NET and Java servers read a byte array. A value of a free-form field that JSON
    cannot hold is an ``InvalidArgumentError`` naming it, before anything is sent."""
    run_against_build(DOCUMENTS, DOCUMENTS_SCRIPT, tmp_path)


UPLOAD = {
    "type": "object",
    "required": ["file"],
    "properties": {
        "file": {"type": "string", "format": "binary", "description": "The file to upload."},
        "pages": {"type": "integer", "minimum": 1, "maximum": 50, "description": "How many pages it has."},
    },
}
UPLOADS = described(
    {
        "paths": {
            "/files": {
                "post": {
                    "operationId": "uploadFile",
                    "requestBody": {"content": {"multipart/form-data": {"schema": UPLOAD}}},
                    "responses": {"204": {"description": "stored"}},
                }
            }
        }
    }
)

UPLOADS_SCRIPT = (
    SENDING
    + """
from aiwyn_client import InvalidArgumentError
create = client.files.create
assert "file: The file to upload." in create.__doc__ and "pages: How many pages it has; 1 to 50." in create.__doc__
try:
    create(file=b"%PDF", pages=0)
except InvalidArgumentError as error:
    assert "pages must be an integer at least 1" in str(error), error
else:
    raise AssertionError("pages=0 was sent")
print("ok")
"""
)


def test_a_forms_fields_are_documented_and_checked_as_a_json_bodys_are(tmp_path: Path) -> None:
    """Checkout's file upload and Zoho People's form posts said ``(undocumented)`` for every field,
    and sent integers outside their documented bounds: only a JSON body's schema was read."""
    run_against_build(UPLOADS, UPLOADS_SCRIPT, tmp_path)
