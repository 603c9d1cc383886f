"""The README's "Filtering and paging" examples, runnable end to end against the Prism mock.

AIWYN_BASE_URL=http://127.0.0.1:4010 python examples/filtering_and_paging.py   # with `make mock` running
"""

from __future__ import annotations

import asyncio
import datetime
import os

from aiwyn_client import Aiwyn, AiwynError, AsyncAiwyn
from aiwyn_client.where import ClientFields as C
from aiwyn_client.where import DraftInvoiceHistoryFields as H
from aiwyn_client.where import and_, or_

BASE_URL = os.environ.get("AIWYN_BASE_URL", "http://127.0.0.1:4010")


def filters() -> None:
    # Typed fields per entity; operators by type; values checked; the JSON the API documents.
    where = and_(
        or_(H.client_id.in_([1001, 1002]), H.job_id.in_([2001, 2002])),
        H.active.eq(True),
        H.created_at.gte(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc)),
        H.draft_invoice.approved_at.is_null(False),  # a relation: dotted access
    )
    print("where:", where.to_dict())
    try:
        C.active.gt(1)  # type: ignore[attr-defined]  # booleans have no gt: raises before anything is sent
    except AiwynError as exc:
        print("refused:", exc)


def paging(aiwyn: Aiwyn) -> None:
    # One page, typed:
    page = aiwyn.clients.list(page_size=100, page=0)
    print("first page:", len(page.clients or []), "clients")
    # Every client, page after page, each exactly once; stops at the total or a short page.
    pager = aiwyn.clients.iter(page_size=1000, max_items=5000)
    for client in pager:
        print("client:", client.id, client.name)
    print("total reported:", pager.total)
    # A search: where + orderBy, paged by keyset on id where the search has no page field.
    for history in aiwyn.draft_invoice_histories.iter_search(
        where=H.active.eq(True), order_by=[H.created_at.desc()], page_size=500
    ):
        print("history:", history.client_id, history.invoice_id)


def resuming(aiwyn: Aiwyn) -> None:
    # A page that fails (after retries) raises; the iterator's resume_token continues without repeats.
    pager = aiwyn.clients.iter(page_size=500)
    try:
        for _ in pager:
            pass
    except AiwynError:
        pager = aiwyn.clients.iter(page_size=500, resume=pager.resume_token)
        for _ in pager:
            pass
    print("delivered:", pager.resume_token.delivered)


async def exporting() -> None:
    # Async: up to 8 pages fetched ahead once the total is known; items still arrive in order.
    async with AsyncAiwyn(api_key="my-api-key", base_url=BASE_URL) as aiwyn:
        count = 0
        async for _ in aiwyn.clients.iter(page_size=1000, concurrency=8):
            count += 1
        print("exported:", count)


def main() -> None:
    filters()
    with Aiwyn(api_key="my-api-key", base_url=BASE_URL) as aiwyn:
        paging(aiwyn)
        resuming(aiwyn)
    asyncio.run(exporting())


if __name__ == "__main__":
    main()
