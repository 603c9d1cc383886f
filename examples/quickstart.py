"""Quickstart: list clients and read one draft invoice with the ``Aiwyn`` client.

``make demo`` runs this against a local Prism mock of the bundled description: it sets
AIWYN_BASE_URL to the mock. The API key is exchanged for a JWT on the first call (any key works
on the mock); against the sandbox, set AIWYN_API_KEY to yours and unset AIWYN_BASE_URL.
"""

from __future__ import annotations

import os

from aiwyn_client import Aiwyn, AiwynError
from aiwyn_client.api.billing import get_draft_invoice_by_id
from aiwyn_client.api.client import get_clients
from aiwyn_client.models import ClientList, DraftInvoice, ListRequest
from aiwyn_client.types import UNSET, Unset


def main() -> int:
    api_key = os.environ.get("AIWYN_API_KEY", "demo-api-key")
    try:
        with Aiwyn(api_key=api_key) as aiwyn:
            print(f"connected: {aiwyn!r}")
            # Aiwyn raises on errors, so the result is the success model; the generated
            # signature still lists the error model, hence the isinstance narrowing.
            page = get_clients.sync(client=aiwyn, body=ListRequest(page_size=5, page=0))
            assert isinstance(page, ClientList)
            aggregate = UNSET if isinstance(page.total, Unset) else page.total.aggregate
            total = "?" if isinstance(aggregate, Unset) else aggregate.count
            print(f"clients on page 0 (total reported: {total}):")
            for c in [] if isinstance(page.clients, Unset) else page.clients:
                print(f"  #{c.id}  {c.name}  ref={c.client_ref}  active={c.active}")

            draft = get_draft_invoice_by_id.sync(56789, client=aiwyn)
            assert isinstance(draft, DraftInvoice)
            print(f"draft invoice {draft.draft_number} for {draft.client_name}:")
            print(f"  status={draft.status}  review={draft.review_status}  total={draft.total_amount} {draft.currency}")
            if not isinstance(draft.proposed_due_date, Unset):
                print(f"  proposed due {draft.proposed_due_date:%Y-%m-%d}, prepared {draft.prepared_date}")
            for item in [] if isinstance(draft.line_items, Unset) else draft.line_items:
                print(f"  - {item.description}: {item.quantity} x {item.unit_price} = {item.amount}")
    except AiwynError as exc:
        print(f"the API call failed: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
