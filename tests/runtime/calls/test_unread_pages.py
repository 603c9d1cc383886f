"""A list the description gives no paging, answered with a next page in a ``Link`` header (Sentry's
lists do this): the call reads one page, and a warning says so, once per operation, naming how to
declare the paging (tests/generator/test_undeclared_link_paging.py)."""

from __future__ import annotations

import logging
from typing import Any

import httpx
import pytest
from aiwyn_client import _unread_pages

from tests.support.fakes import ScriptedAPI

NEXT = '<https://api.example.test/api/v1/event-subscriptions?cursor=2>; rel="next"'
SUBSCRIPTIONS = {"data": [], "error": None, "meta": {"success": True}}
CLIENTS = {"clients": [], "total": {"aggregate": {"count": 0}}}


@pytest.fixture(autouse=True)
def _fresh() -> None:
    _unread_pages._warned.clear()


def _api(link: str | None) -> ScriptedAPI:
    def handler(request: httpx.Request) -> httpx.Response:
        body: Any = CLIENTS if request.url.path.startswith("/gql/") else SUBSCRIPTIONS
        return httpx.Response(200, json=body, headers={"link": link} if link else {})

    return ScriptedAPI(handler)


def _warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]


def test_a_list_without_an_iterator_answered_with_a_next_page_warns_once(caplog: pytest.LogCaptureFixture) -> None:
    with _api(NEXT).sync_client() as aiwyn, caplog.at_level(logging.WARNING, "aiwyn_client"):
        aiwyn.event_subscriptions.list()
        aiwyn.event_subscriptions.list()
    [warning] = _warnings(caplog)
    assert warning.startswith("listEventSubscriptions: the answer links a next page")
    assert "x-aiwyn-link-header: true" in warning and "link_header: true" in warning


@pytest.mark.parametrize(
    "link", [None, '<https://api.example.test/x?cursor=0>; rel="prev", <https://api.example.test/x>; rel="first"']
)
def test_no_next_page_no_warning(caplog: pytest.LogCaptureFixture, link: str | None) -> None:
    with _api(link).sync_client() as aiwyn, caplog.at_level(logging.WARNING, "aiwyn_client"):
        aiwyn.event_subscriptions.list()
    assert _warnings(caplog) == []


def test_a_list_with_an_iterator_is_not_warned_about(caplog: pytest.LogCaptureFixture) -> None:
    """``clients.list()`` reads one page by choice: ``clients.iter()`` reads them all."""
    with _api(NEXT).sync_client() as aiwyn, caplog.at_level(logging.WARNING, "aiwyn_client"):
        aiwyn.clients.list()
    assert _warnings(caplog) == []
