"""Quickstart: list clients and read one draft invoice with the generated client.

Runs against the URL in AIWYN_BASE_URL (``make demo`` points it at a local Prism mock of the
bundled description) with the bearer token in AIWYN_TOKEN (any string works on the mock).
"""

from __future__ import annotations

import os
import sys

from aiwyn_client import AuthenticatedClient
from aiwyn_client.api.billing import get_draft_invoice_by_id
from aiwyn_client.api.client import get_clients
from aiwyn_client.models import ClientList, DraftInvoice, ListRequest
from aiwyn_client.types import Unset


def main() -> int:
    base_url = os.environ.get("AIWYN_BASE_URL", "http://127.0.0.1:4010")
    token = os.environ.get("AIWYN_TOKEN", "mock-token")

    with AuthenticatedClient(base_url=base_url, token=token, raise_on_unexpected_status=True) as client:
        page = get_clients.sync(client=client, body=ListRequest(page_size=5, page=0))
        if not isinstance(page, ClientList) or isinstance(page.clients, Unset):
            print(f"unexpected response to getClients: {page!r}", file=sys.stderr)
            return 1
        total = (
            "?"
            if isinstance(page.total, Unset) or isinstance(page.total.aggregate, Unset)
            else page.total.aggregate.count
        )
        print(f"clients on page 0 (total reported: {total}):")
        for c in page.clients:
            print(f"  #{c.id}  {c.name}  ref={c.client_ref}  active={c.active}")

        draft = get_draft_invoice_by_id.sync(56789, client=client)
        if not isinstance(draft, DraftInvoice):
            print(f"unexpected response to getDraftInvoiceById: {draft!r}", file=sys.stderr)
            return 1
        print(f"draft invoice {draft.draft_number} for {draft.client_name}:")
        print(f"  status={draft.status}  review={draft.review_status}  total={draft.total_amount} {draft.currency}")
        if not isinstance(draft.proposed_due_date, Unset):
            print(f"  proposed due {draft.proposed_due_date:%Y-%m-%d}, prepared {draft.prepared_date}")
        if not isinstance(draft.line_items, Unset):
            for item in draft.line_items:
                print(f"  - {item.description}: {item.quantity} x {item.unit_price} = {item.amount}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
