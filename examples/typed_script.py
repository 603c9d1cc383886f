# pyright: strict
"""A typed report: clients, pages and totals, invoices and their line items, written as the README
shows and checked by mypy ``--strict`` and pyright ``strict`` (tests/contract/test_typed_script.py).

Response fields are ``X | None`` where the description does not require them (None when the
answer left them out; ``fields_set`` says which were there), so a script needs only the None
checks its data needs and no sentinel to narrow. ``make demo``'s mock serves it: AIWYN_BASE_URL.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from aiwyn_client import Aiwyn, AiwynError
from aiwyn_client.models import Client, ClientList, Invoice, LineItem


@dataclass(frozen=True)
class InvoiceLine:
    invoice: str
    description: str
    quantity: float
    amount: float


def total_of(page: ClientList) -> int | None:
    """The total the page reports, if it reports one."""
    if page.total is None or page.total.aggregate is None:
        return None
    return page.total.aggregate.count


def describe(client: Client) -> str:
    name = client.name or "(no name)"
    since = f" since {client.created_at:%Y-%m-%d}" if client.created_at is not None else ""
    return f"#{client.id} {name}{since}"


def lines_of(invoice: Invoice) -> list[InvoiceLine]:
    number = invoice.invoice_number or f"invoice {invoice.id}"
    items: Iterable[LineItem] = invoice.line_items or []
    return [InvoiceLine(number, item.description or "", item.quantity or 0.0, item.amount or 0.0) for item in items]


def outstanding(invoices: Iterable[Invoice]) -> float:
    return sum(invoice.outstanding_amount or 0.0 for invoice in invoices)


def rows(clients: list[Client]) -> list[dict[str, object]]:
    """The clients as rows for pandas (``pandas.DataFrame(rows(...))``): Python names, dates as
    ``datetime`` instead of ISO strings."""
    return [client.to_dict(names="python", dates="native") for client in clients]


def report(aiwyn: Aiwyn) -> None:
    page = aiwyn.clients.list(page_size=5, page=0)
    clients = page.clients or []
    total = total_of(page)
    print(f"clients: {len(clients)} of {total if total is not None else '?'}")
    for client in clients:
        print(" ", describe(client))
    reported = [client for client in clients if "name" in client.fields_set]
    print(f"with a name in the answer: {len(reported)}")

    seen: list[int] = [client.id for client in aiwyn.clients.iter(page_size=2, max_items=4) if client.id is not None]
    print(f"iterated: {len(seen)}")

    invoices = aiwyn.invoices.list(page_size=3).invoices or []
    lines = [line for invoice in invoices for line in lines_of(invoice)]
    statuses = Counter(invoice.status or "unknown" for invoice in invoices)
    print(f"invoices: {len(invoices)} lines: {len(lines)} outstanding: {outstanding(invoices):.2f}")
    print(f"statuses: {dict(statuses)}")

    one = aiwyn.invoices.get(45678)
    for line in lines_of(one):
        print(f"  {line.invoice}: {line.description} {line.quantity:g} = {line.amount:.2f}")
    if one.issue_date is not None and one.due_date is not None:
        print(f"  due {one.due_date - one.issue_date} after issue")
    created = [row["created_at"] for row in rows(clients)]
    print(f"rows: {len(created)}, dates as {sorted({type(value).__name__ for value in created})}")


def main() -> int:
    try:
        with Aiwyn(api_key=os.environ.get("AIWYN_API_KEY", "demo-api-key")) as aiwyn:
            report(aiwyn)
    except AiwynError as exc:
        print(f"the API call failed: {exc}")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
