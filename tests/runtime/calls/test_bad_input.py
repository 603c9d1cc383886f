"""Bad input is a typed error before the wire, naming the argument and what is allowed."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from aiwyn_client import (
    Aiwyn,
    AiwynError,
    ConfigurationError,
    InvalidArgumentError,
    QueryError,
    UnknownFieldError,
    UnsupportedOperatorError,
)

from tests.support.fake_server import API_KEY, FakeAiwyn
from tests.support.stateful import async_client, sync_client


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"page_size": 0}, "page_size must be an integer at least 1 and at most 1000"),
        ({"page_size": 1001}, "at most 1000"),
        ({"page_size": "10"}, "not '10'"),
        ({"page_size": True}, "not True"),
        ({"page": -1}, "page must be an integer at least 0"),
    ],
)
def test_list_arguments_out_of_range(fake: FakeAiwyn, options: dict[str, Any], message: str) -> None:
    with sync_client(fake) as aiwyn:
        with pytest.raises(InvalidArgumentError, match=message):
            aiwyn.clients.list(**options)
        with pytest.raises(InvalidArgumentError, match=message):
            aiwyn.clients.search(**options)
    assert fake.requests == []


def test_a_path_id_below_its_minimum(fake: FakeAiwyn) -> None:
    with sync_client(fake) as aiwyn, pytest.raises(InvalidArgumentError, match="getClientById: id must be"):
        aiwyn.clients.get(0)

    async def main() -> None:
        async with async_client(fake) as aiwyn:
            await aiwyn.draft_invoices.get(-5)

    with pytest.raises(InvalidArgumentError, match="at least 1"):
        asyncio.run(main())
    assert fake.requests == []


@pytest.mark.parametrize(
    ("where", "error", "message"),
    [
        ({"nmae": {"_eq": "Acme"}}, UnknownFieldError, r"where.nmae: Client has no field 'nmae'; fields: .*name"),
        ({"active": {"_gt": True}}, UnsupportedOperatorError, r"where.active._gt: .*boolean field; operators: _eq"),
        ({"id": {"_eq": "seven"}}, QueryError, r"where.id._eq: Client.id takes a number"),
        ({"createdAt": {"_gte": "yesterday"}}, QueryError, r"ISO 8601"),
        ({"_or": [{"name": {"_ilike": "%a%"}}, {"clientRef": {"_in": "41664"}}]}, QueryError, r"_or\[1\].clientRef"),
        ({"name": "Acme"}, QueryError, r"where.name: an expression must be a non-empty object"),
        ({"name": {"_like": 5}}, QueryError, "takes a string"),
    ],
)
def test_raw_where_is_checked_against_the_entity(
    fake: FakeAiwyn, where: Any, error: type[Exception], message: str
) -> None:
    with sync_client(fake) as aiwyn:
        with pytest.raises(error, match=message):
            aiwyn.clients.search(where=where)
        with pytest.raises(error, match=message):
            list(aiwyn.clients.iter_search(where=where))
    assert fake.requests == []


def test_raw_where_through_a_relation(fake: FakeAiwyn) -> None:
    with sync_client(fake) as aiwyn:
        with pytest.raises(UnknownFieldError, match=r"where.client.nmae"):
            aiwyn.draft_invoice_histories.search(where={"client": {"nmae": {"_eq": "x"}}})
        fine = {"client": {"name": {"_eq": "x"}}, "active": {"_eq": True}}
        assert aiwyn.draft_invoice_histories.search(where=fine).draft_invoices == []
    assert [r.path for r in fake.requests][-1] == "/gql/v1/draft_invoice_histories/search"


@pytest.mark.parametrize(
    ("order_by", "message"),
    [
        ([{"name": "up"}], r"orderBy\[0\].name: direction 'up' is not allowed; directions: asc, desc"),
        ([{"nmae": "asc"}], r"orderBy\[0\].nmae: Client has no field"),
        ([{"name": "asc", "id": "desc"}], "names one field"),
        (["name"], "names one field"),
    ],
)
def test_raw_order_by_is_checked(fake: FakeAiwyn, order_by: Any, message: str) -> None:
    with sync_client(fake) as aiwyn, pytest.raises(QueryError, match=message):
        aiwyn.clients.search(order_by=order_by)
    assert fake.requests == []


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_retries": -1}, "max_retries must be an integer 0 or more"),
        ({"max_retries": "3"}, "max_retries"),
        ({"timeout": "30"}, "timeout must be a number"),
        ({"timeout": -1}, "timeout must be a number"),
        ({"base_url": "not a url"}, "base_url must be an absolute http"),
        ({"base_url": "ftp://files.example.com"}, "base_url must be an absolute http"),
        ({"base_url": "https://api.example.com?key=1"}, "without a query"),
    ],
)
def test_construction_refuses_bad_settings(options: dict[str, Any], message: str) -> None:
    options.setdefault("base_url", "https://api.example.com")
    with pytest.raises(ConfigurationError, match=message):
        Aiwyn(api_key=API_KEY, **options)


def test_iterator_options(fake: FakeAiwyn) -> None:
    with sync_client(fake) as aiwyn:
        for options in ({"page_size": 0}, {"max_items": -1}, {"start_page": -2}, {"resume": "page 3"}):
            with pytest.raises(InvalidArgumentError):
                aiwyn.clients.iter(**options)
    with pytest.raises(InvalidArgumentError, match="concurrency"):
        async_client(fake).clients.iter(concurrency=0)
    assert fake.requests == []
    assert issubclass(InvalidArgumentError, AiwynError)
