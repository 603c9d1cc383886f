"""Nothing lost, nothing untyped (issue #23): a body holding a value of a shape its schema cannot
hold raises ``ResponseValidationError``, and a body the description allows decodes into models
whose every value is of a type its annotation allows.

Property-based, over every operation of our description (``openapi/aiwyn.yaml`` through
``SpecIndex``): hypothesis draws valid bodies and bodies with one value of a wrong shape
somewhere inside (``tests/support/documents.py``), served by a scripted ``httpx.MockTransport`` to the
real resource methods, sync and async, on both decode paths (msgspec Structs and ``from_dict``).
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import inspect
import json
import logging
import types
import typing
import uuid
from collections.abc import Iterator
from typing import Any

import aiwyn_client._json as aiwyn_json
import attrs
import httpx
import pytest
from aiwyn_client import Aiwyn, AsyncAiwyn, ResponseValidationError, _decode, _spec, _wire
from aiwyn_client._catalog import CATALOG
from aiwyn_client._decode import MissingKeyError, union_members
from aiwyn_client.models import Record
from aiwyn_client.types import Unset
from hypothesis import HealthCheck, given, settings

from generator.settings import Settings
from generator.spec import SpecIndex
from tests.support.documents import Documents

INDEX = SpecIndex.from_settings(Settings.load())
DOCUMENTS = Documents(INDEX)
BASE = "https://aiwyn.test"
BY_ID = {op.operation_id: op for op in INDEX.operations}

# Required body arguments of the methods that take some, by name (path parameters go by type).
ARGUMENTS: dict[str, Any] = {
    "name": "Matter",
    "fields": [{"name": "stage", "type": "string"}],
    "url": "https://example.test/hook",
    "entity_types": ["client"],
    "operations": ["CREATE"],
    "records": [{"type": "client", "systemRef": {"id": "C-1"}}],
    "jwt_api_key": "key",
}
PATH_VALUES = {"int": 7, "str": "x"}


def _methods() -> Iterator[Any]:
    for resource, methods in CATALOG.items():
        for name, info in methods.items():
            operation = _spec.OPERATIONS[info.operation]
            if operation.returns_body and not info.binary:
                yield pytest.param(resource, name, info.operation, id=f"{resource}.{name}")


METHODS = list(_methods())


@pytest.fixture(params=["structs", "dicts"])
def decode_path(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Each test on both paths, with nothing learnt by the Structs before it."""
    monkeypatch.setattr(_wire, "_state", _wire.Learnt())
    if request.param == "structs":
        if aiwyn_json.decoder is None:
            pytest.skip("msgspec is not installed")
    else:
        monkeypatch.setattr(aiwyn_json, "decoder", None)
    return str(request.param)


class Served:
    """The body the scripted server answers with, set per example."""

    def __init__(self, status: int) -> None:
        self.status, self.body = status, b"{}"

    def __call__(self, request: httpx.Request) -> httpx.Response:
        return httpx.Response(self.status, content=self.body, headers={"content-type": "application/json"})


def _call(client: Aiwyn | AsyncAiwyn, resource: str, name: str) -> Any:
    method = getattr(getattr(client, resource), name)
    positional, keywords = [], {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.default is not parameter.empty or parameter.kind is parameter.VAR_KEYWORD:
            continue
        if parameter.kind is parameter.KEYWORD_ONLY:
            keywords[parameter.name] = ARGUMENTS[parameter.name]
        else:
            positional.append(PATH_VALUES[str(parameter.annotation)])
    return method(*positional, **keywords)


# ---------------------------------------------------------------------- what a decoded value holds
def _scalar(value: Any) -> bool:
    return isinstance(value, (str, int, float, bool, datetime.date, uuid.UUID))


def holds(value: Any, hint: Any) -> bool:
    """Whether ``value`` is of a type ``hint`` allows, by shape: a null is always allowed (it
    decodes as None where the description allows none) and so is a scalar of another scalar type
    where the hint is a scalar type (kept as it came)."""
    if value is None or hint is Any:
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        return any(holds(value, arg) for arg in args)
    if hint is Unset:
        return isinstance(value, Unset)
    if origin in (list, typing.Sequence):
        return type(value) is list and all(holds(item, args[0]) for item in value)
    if origin is dict:
        return type(value) is dict and all(holds(item, args[1]) for item in value.values())
    if isinstance(hint, type) and attrs.has(hint):
        return isinstance(value, hint) and conforms(value)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return isinstance(value, hint)
    if hint in (str, int, float, bool, datetime.date, datetime.datetime, uuid.UUID) or origin is typing.Literal:
        return _scalar(value)
    return True


def conforms(model: Any) -> bool:
    hints = typing.get_type_hints(type(model), vars(inspect.getmodule(type(model))))
    for field in attrs.fields(type(model)):
        value = getattr(model, field.name)
        if not holds(value, hints[field.name]):
            raise AssertionError(f"{type(model).__name__}.{field.name} = {value!r} is not a {hints[field.name]}")
    return True


# ---------------------------------------------------------------------- the property
def _schema_and_fixed(operation: str) -> tuple[Any, dict[str, Any], int]:
    info = _spec.OPERATIONS[operation]
    op = BY_ID[info.operation_id]
    schema = INDEX.json_body_schema(op.raw["responses"][op.success_status])
    status = int(op.success_status) if op.success_status.isdigit() else 200
    # An envelope that reports failure raises APIStatusError, by design: these bodies succeed.
    fixed = {"error": None, "meta": {"success": True}} if info.envelope else {}
    return schema, fixed, status


@pytest.mark.parametrize(("resource", "name", "operation"), METHODS)
def test_valid_bodies_decode_and_wrong_shapes_raise_response_validation_error(
    resource: str, name: str, operation: str, decode_path: str
) -> None:
    schema, fixed, status = _schema_and_fixed(operation)
    invalid = DOCUMENTS.invalid(schema, fixed=fixed)
    assert invalid is not None, f"{operation}: nothing in its body can be of a wrong shape"
    served = Served(status)
    transport = httpx.MockTransport(served)
    options: dict[str, Any] = {"token": "t", "base_url": BASE, "max_retries": 0}
    sync = Aiwyn(http_client=httpx.Client(transport=transport), **options)
    loop = asyncio.new_event_loop()
    asynchronous = AsyncAiwyn(http_client=httpx.AsyncClient(transport=transport), **options)

    def both() -> list[Any]:
        return [_call(sync, resource, name), loop.run_until_complete(_call(asynchronous, resource, name))]

    @settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
    @given(DOCUMENTS.valid(schema).map(lambda d: {**d, **fixed} if isinstance(d, dict) else d), invalid)
    def check(valid: Any, wrong: Any) -> None:
        served.body = json.dumps(valid).encode()
        for decoded in both():
            assert decoded is not None and (not attrs.has(type(decoded)) or conforms(decoded))
        served.body = json.dumps(wrong).encode()
        with pytest.raises(ResponseValidationError, match="does not match its documented schema"):
            _call(sync, resource, name)
        with pytest.raises(ResponseValidationError, match="does not match its documented schema"):
            loop.run_until_complete(_call(asynchronous, resource, name))

    try:
        check()
    finally:
        sync.close()
        loop.run_until_complete(asynchronous.aclose())
        loop.close()


def test_every_operation_with_a_json_body_is_covered() -> None:
    covered = {param.values[2] for param in METHODS}
    expected = {key for key, info in _spec.OPERATIONS.items() if info.returns_body and BY_ID[info.operation_id]}
    binary = {info.operation for methods in CATALOG.values() for info in methods.values() if info.binary}
    assert covered == expected - binary


# ---------------------------------------------------------------------- the issue's examples
@pytest.mark.parametrize(
    ("resource", "body"),
    [
        ("clients", {"id": {"": None}, "name": "Acme"}),
        ("clients", {"id": 7, "name": [1, 2]}),
        ("contacts", {"id": 7, "communicationPreferences": -15434}),
        ("contacts", {"id": 7, "communicationPreferences": [{"email": True}]}),
        ("contacts", {"id": 7, "address": {"street": {"line": 1}}}),
    ],
)
def test_the_issue_s_bodies_raise_on_both_paths_sync_and_async(resource: str, body: Any, decode_path: str) -> None:
    served = Served(200)
    served.body = json.dumps(body).encode()
    transport = httpx.MockTransport(served)
    sync = Aiwyn(token="t", base_url=BASE, http_client=httpx.Client(transport=transport))
    with sync as aiwyn, pytest.raises(ResponseValidationError, match="where the description has"):
        getattr(aiwyn, resource).get(7)

    async def main() -> None:
        async with AsyncAiwyn(token="t", base_url=BASE, http_client=httpx.AsyncClient(transport=transport)) as aiwyn:
            with pytest.raises(ResponseValidationError, match="where the description has"):
                await getattr(aiwyn, resource).get(7)

    asyncio.run(main())


def test_a_scalar_of_another_scalar_type_is_kept_as_it_came(decode_path: str) -> None:
    served = Served(200)
    served.body = json.dumps({"id": "7", "name": 12, "active": "yes", "createdAt": "not a date"}).encode()
    with Aiwyn(token="t", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(served))) as aiwyn:
        client = aiwyn.clients.get(7)
    kept: tuple[Any, ...] = (client.id, client.name, client.active, client.created_at)
    assert kept == ("7", 12, "yes", "not a date")


def test_a_required_key_left_out_is_none_and_noted_on_both_paths(
    decode_path: str, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Servers leave out keys their descriptions require (Intercom's admins come without
    ``job_title``): the record decodes, the field None and noted absent (``fields_set``), and the
    first such record of a model is logged, as a null where the description allows none is. The
    rest of the answer is not lost for one key."""
    caplog.set_level(logging.DEBUG, logger="aiwyn_client")
    monkeypatch.setattr(_decode, "_reported", set())  # logged once a process: once a test here
    for decoded in (Record.from_dict({"attributes": {}}), Record.from_json(b'{"attributes": {}}')):
        assert decoded.type_ is None and decoded.attributes is not None
        assert "type_" not in decoded.fields_set and "attributes" in decoded.fields_set
    assert "record: the server left out 'type', which the description requires" in caplog.text


def test_inside_a_union_a_member_missing_a_required_key_is_not_that_member() -> None:
    """A union tells its members apart by their required keys, in both its passes: inside one a
    key left out raises ``MissingKeyError`` (a ``KeyError`` naming the key and the model)."""
    with union_members(), pytest.raises(MissingKeyError, match="record: the required key 'type' is missing"):
        Record.from_dict({"attributes": {}})


def test_a_null_record_in_a_list_is_kept_as_none(decode_path: str) -> None:
    """Keycloak's and LaunchDarkly's example lists hold a null record, and Xero's answers do
    (``Addresses: [null, {...}]``): the record is None, as a null field is, and the rest decode."""
    from aiwyn_client.models import ClientList

    for decode in (lambda: ClientList.from_json(b'{"clients": [{"id": 1}, null]}'),
                   lambda: ClientList.from_dict({"clients": [{"id": 1}, None]})):  # fmt: skip
        clients = decode().clients
        assert clients is not None and clients[0].id == 1 and clients[1] is None
