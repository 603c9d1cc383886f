"""The README's "Using the client" examples, runnable end to end against the Prism mock.

    AIWYN_BASE_URL=http://127.0.0.1:4010 python examples/using_the_client.py   # with `make mock` running

The contract tests run this file against their own Prism, so the README cannot drift from it.
"""

from __future__ import annotations

import os

import aiwyn_client.errors as errors
from aiwyn_client import Aiwyn
from aiwyn_client.api.billing import get_draft_invoice_by_id
from aiwyn_client.api.client import get_clients
from aiwyn_client.models import ClientList, ListRequest

BASE_URL = os.environ.get("AIWYN_BASE_URL", "http://127.0.0.1:4010")


def construct() -> Aiwyn:
    # An API key is exchanged for a JWT on first use and refreshed before it expires; or pass
    # token="<jwt>" to use a bearer token as it is. Without arguments, AIWYN_API_KEY / AIWYN_TOKEN
    # and AIWYN_ENVIRONMENT ("sandbox", "staging", or "docs_mock": the public mock of the docs, not a
    # local Prism) or AIWYN_BASE_URL are read.
    return Aiwyn(api_key="my-api-key", base_url=BASE_URL, timeout=30, max_retries=3)


def call(aiwyn: Aiwyn) -> None:
    # Resource methods take the body's fields and return the success model (errors raise).
    page = aiwyn.clients.list(page_size=50, page=0)
    draft = aiwyn.draft_invoices.get(56789)
    print("clients:", [c.name for c in page.clients or []], "draft:", draft.draft_number)
    # The generated functions take the client too; their signatures also list error models.
    assert isinstance(get_clients.sync(client=aiwyn, body=ListRequest()), ClientList)


def handle_errors(aiwyn: Aiwyn) -> None:
    # Bad arguments fail before anything is sent; errors the server reports are raised, one class
    # per status family. All are AiwynError, and each says what and where.
    try:
        aiwyn.clients.list(page_size=5000)  # over the documented maximum of 1000
    except errors.InvalidArgumentError as exc:
        print("refused:", exc)
    try:  # the generated function sends what it is given; the mock rejects it
        get_clients.sync(client=aiwyn, body=ListRequest(page_size=5000))
    except errors.UnprocessableEntityError as exc:
        print("rejected:", exc.status_code, exc.method, exc.url, "after", exc.attempts, "attempt(s)")
    except errors.RateLimitError as exc:
        print("slow down, retry after", exc.retry_after)
    except errors.AiwynError as exc:
        print("failed:", exc)


def options(aiwyn: Aiwyn) -> None:
    # Copies with other settings share the connection pool and the token cache.
    patient = aiwyn.with_options(timeout=120, max_retries=5)
    get_draft_invoice_by_id.sync(56789, client=patient)
    # The HTTP response of a call: status, headers, request id, elapsed; .parse() gives the model.
    raw = aiwyn.with_raw_response.draft_invoices.get(56789)
    print("raw:", raw.status_code, raw.headers.get("content-type"), raw.request_id, raw.parse().id)
    # Per call: extra headers, query parameters and body fields, a timeout, a retry budget.
    aiwyn.draft_invoices.get(56789, extra_headers={"X-Trace": "abc"}, timeout=5, max_retries=0)


def batches(aiwyn: Aiwyn) -> None:
    # Any number of records, sent in batches of the documented maximum (100); one report back.
    records = [{"type": "client", "systemRef": {"id": f"C-{i}"}, "attributes": {"name": f"C {i}"}} for i in range(250)]
    report = aiwyn.records.upsert_all(records)
    print("batches:", report.batches, "outcomes:", len(report), "failed:", len(report.failed))
    for outcome in report.failed[:3]:
        print("  failed:", outcome.index, outcome.error_code, outcome.error_message)


def main() -> None:
    with construct() as aiwyn:
        call(aiwyn)
        handle_errors(aiwyn)
        options(aiwyn)
        batches(aiwyn)


if __name__ == "__main__":
    main()
