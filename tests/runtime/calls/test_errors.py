"""Every error class, envelope failures, unparseable bodies, raw access."""

from __future__ import annotations

import asyncio

import aiwyn_client.errors as errors
import httpx
import pytest
from aiwyn_client.api.billing import get_draft_invoice_by_id
from aiwyn_client.api.client import get_clients
from aiwyn_client.api.records import create_or_update_records
from aiwyn_client.models import GqlError, ListRequest, RecordBatchEnvelope, RecordBatchRequest

from tests.support.fakes import ScriptedAPI, Sleeps, no_sleep


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (503, errors.InternalServerError),
        (418, errors.APIStatusError),
    ],
)
def test_each_status_family_raises_its_class_with_the_details(status: int, cls: type[errors.APIStatusError]) -> None:
    body = {"error": "nope", "code": "E42", "message": "details here"}
    api = ScriptedAPI(lambda request: httpx.Response(status, json=body, headers={"x-request-id": "req-123"}))
    with api.sync_client(token="t", api_key=None, max_retries=0) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(cls) as caught:
            get_draft_invoice_by_id.sync(56789, client=aiwyn)
    error = caught.value
    assert type(error) is cls
    assert isinstance(error, errors.AiwynError)
    assert (error.status_code, error.method, error.request_id) == (status, "GET", "req-123")
    assert error.url == "https://aiwyn.test/gql/v1/draft_invoice/56789"
    assert error.operation == "getDraftInvoiceById"
    assert '"code": "E42"' in error.text or '"code":"E42"' in error.text
    if status in (400, 401, 403, 404, 422, 429, 500):  # documented: the body is parsed into its schema
        assert isinstance(error.body, GqlError) and error.body.code == "E42"
    assert f"{status}" in str(error) and "GET https://aiwyn.test/gql/v1/draft_invoice/56789" in str(error)


def test_an_invalid_json_body_raises_response_validation_error_with_the_raw_text() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(200, text="<html>gateway</html>"))
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(errors.ResponseValidationError) as caught:
        get_clients.sync(client=aiwyn, body=ListRequest())
    assert caught.value.text == "<html>gateway</html>"
    assert "getClients" in str(caught.value)


def test_a_body_that_does_not_fit_its_schema_raises_instead_of_returning_none() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(200, json={"clients": "not a list of clients"}))
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(errors.ResponseValidationError):
        get_clients.sync(client=aiwyn, body=ListRequest())


def test_an_undocumented_success_status_is_not_a_silent_none() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(204))
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(errors.ResponseValidationError, match="204"):
        get_clients.sync(client=aiwyn, body=ListRequest())


def test_an_undocumented_success_status_is_read_as_the_documented_success() -> None:
    """Servers answer 201 where descriptions say 200; with an error model as the ``default`` answer,
    the body was read as that error and the call failed."""
    api = ScriptedAPI(lambda request: httpx.Response(201, json={"clients": [{"id": 4, "name": "A"}]}))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        page = get_clients.sync(client=aiwyn, body=ListRequest())
    assert page is not None and [c.id for c in page.clients or []] == [4]


def test_a_documented_body_that_is_null_says_so() -> None:
    """Prism answers ``null`` where a description's example is null (HubSpot's): not a body."""
    api = ScriptedAPI(lambda request: httpx.Response(200, content=b"null"))
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(errors.ResponseValidationError) as caught:
        get_clients.sync(client=aiwyn, body=ListRequest())
    assert "the 200 response of getClients is null, where the description has one" in str(caught.value)


BATCH = RecordBatchRequest.from_dict({"records": [{"type": "client", "attributes": {"name": "A"}}]})


@pytest.mark.parametrize("data", [None, {"summary": {"failed": 1}, "records": []}])
def test_an_envelope_reporting_failure_on_a_200_raises_with_the_envelope(data: object) -> None:
    envelope = {"data": data, "error": {"code": "QUOTA", "message": "quota exceeded"}, "meta": {"success": False}}
    api = ScriptedAPI(lambda request: httpx.Response(200, json=envelope))
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(errors.APIStatusError) as caught:
        create_or_update_records.sync(client=aiwyn, body=BATCH)
    assert isinstance(caught.value.body, RecordBatchEnvelope)  # a null `data` decodes too, as None
    assert caught.value.body.to_dict()["error"] == envelope["error"]
    assert caught.value.status_code == 200
    assert "QUOTA quota exceeded" in str(caught.value)


def test_meta_success_false_alone_is_a_failure() -> None:
    envelope = {"data": {}, "error": None, "meta": {"success": False, "message": "not today"}}
    api = ScriptedAPI(lambda request: httpx.Response(200, json=envelope))
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(errors.APIStatusError, match="not today"):
        create_or_update_records.sync(client=aiwyn, body=BATCH)


def test_a_successful_envelope_is_returned_typed() -> None:
    envelope = {"data": {"summary": {"failed": 0}, "records": []}, "error": None, "meta": {"success": True}}
    api = ScriptedAPI(lambda request: httpx.Response(200, json=envelope))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        result = create_or_update_records.sync(client=aiwyn, body=BATCH)
    assert isinstance(result, RecordBatchEnvelope)


def test_raw_access_returns_error_responses_instead_of_raising() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(404, json={"error": "missing"}, headers={"x-request-id": "r1"}))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        response = get_draft_invoice_by_id.sync_detailed(1, client=aiwyn.with_options(raise_api_errors=False))
    assert response.status_code == 404
    assert response.headers["x-request-id"] == "r1"
    assert b"missing" in response.content
    assert isinstance(response.parsed, GqlError)


def test_detailed_functions_give_status_headers_and_bytes_on_success() -> None:
    api = ScriptedAPI(lambda request: httpx.Response(200, json={"id": 7}, headers={"etag": "v1"}))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        response = get_draft_invoice_by_id.sync_detailed(7, client=aiwyn)
    assert (response.status_code, response.headers["etag"], response.content) == (200, "v1", b'{"id":7}')


@pytest.mark.parametrize("path", ["http://[::1", "/departments/\x00"])
def test_a_url_httpx_cannot_build_is_an_invalid_argument_not_an_httpx_error(path: str) -> None:
    api = ScriptedAPI(lambda request: httpx.Response(200, json={}))
    with api.sync_client(token="t", api_key=None) as aiwyn, pytest.raises(errors.InvalidArgumentError, match="URL"):
        aiwyn.get(path)

    async def main() -> None:
        async with api.async_client(token="t", api_key=None) as aiwyn:
            with pytest.raises(errors.InvalidArgumentError, match="URL"):
                await aiwyn.get(path)

    asyncio.run(main())
    assert api.requests == []


# ---------------------------------------------------------------------- what the server says was wrong
VIOLATIONS = (
    '[{"location": ["request", "body", "pageSize"], "severity": "Error", "code": "maximum",'
    ' "message": "must be <= 1000"}]'
)


def test_a_problem_header_is_read_into_the_message_before_the_body() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        body = {"error": {"code": "string", "message": "string"}}
        return httpx.Response(422, json=body, headers={"sl-violations": VIOLATIONS})

    api = ScriptedAPI(answer)
    with (
        api.sync_client(token="string", api_key=None) as aiwyn,
        pytest.raises(errors.UnprocessableEntityError) as caught,
    ):
        get_clients.sync(client=aiwyn, body=ListRequest(page_size=5000))
    message = str(caught.value)
    assert "request.body.pageSize: must be <= 1000" in message
    assert '"message":"string"' in message.replace(" ", "")  # a 6-character token masks nothing


def test_a_secret_shorter_than_eight_characters_masks_nothing_and_a_longer_one_everything() -> None:
    from aiwyn_client._redact import Secrets

    secrets = Secrets("string", "a-real-api-key-123")
    secrets.add("short")
    assert secrets.scrub("a string, a-real-api-key-123, short") == "a string, ***, short"


def test_a_problem_header_holding_a_secret_is_scrubbed_too() -> None:
    from aiwyn_client._redact import Secrets

    request = httpx.Request("GET", "https://api.example/x")
    response = httpx.Response(
        400, text="bad", headers={"x-error-message": "key a-real-api-key-123 refused"}, request=request
    )
    response.read()
    scrubbed = Secrets("a-real-api-key-123").response(response)
    assert scrubbed.headers["x-error-message"] == "key *** refused"
    assert errors.APIStatusError("x", response=scrubbed).text == "bad"
