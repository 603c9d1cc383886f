"""Quickstart: list clients and read one draft invoice with the ``Aiwyn`` client.

``make demo`` runs this against a local Prism mock of the bundled description: it sets
AIWYN_BASE_URL to the mock. The API key is exchanged for a JWT on the first call (any key works
on the mock); against the sandbox, set AIWYN_API_KEY to yours and unset AIWYN_BASE_URL.
"""

from __future__ import annotations

import os

from aiwyn_client import Aiwyn, AiwynError


def main() -> int:
    api_key = os.environ.get("AIWYN_API_KEY", "demo-api-key")
    try:
        with Aiwyn(api_key=api_key) as aiwyn:
            print(f"connected: {aiwyn!r}")
            page = aiwyn.clients.list(page_size=5, page=0)  # a ClientList: errors raise
            aggregate = page.total.aggregate if page.total else None
            total = "?" if aggregate is None else aggregate.count
            print(f"clients on page 0 (total reported: {total}):")
            for c in page.clients or []:
                print(f"  #{c.id}  {c.name}  ref={c.client_ref}  active={c.active}")

            draft = aiwyn.draft_invoices.get(56789)  # a DraftInvoice
            print(f"draft invoice {draft.draft_number} for {draft.client_name}:")
            print(f"  status={draft.status}  review={draft.review_status}  total={draft.total_amount} {draft.currency}")
            if draft.proposed_due_date is not None:
                print(f"  proposed due {draft.proposed_due_date:%Y-%m-%d}, prepared {draft.prepared_date}")
            for item in draft.line_items or []:
                print(f"  - {item.description}: {item.quantity} x {item.unit_price} = {item.amount}")
    except AiwynError as exc:
        print(f"the API call failed: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
