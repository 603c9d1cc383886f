"""Retry schedule, Retry-After, idempotency from the spec, attempts on the final error."""

from __future__ import annotations

import email.utils
import uuid

import httpx
import pytest
from aiwyn_client import APIConnectionError, APITimeoutError, InternalServerError, _spec
from aiwyn_client._retry import RetryPolicy, RetryTransport
from aiwyn_client.api.client import get_clients
from aiwyn_client.api.event_subscriptions import create_event_subscription
from aiwyn_client.models import CreateEventSubscriptionRequest, ListRequest

from tests.support.fakes import FakeClock, ScriptedAPI, Sleeps, clients_page, no_sleep

NOW = 1_780_000_000  # a Unix time (2026)


def _sequence(*answers: httpx.Response | Exception) -> tuple[list[httpx.Request], ScriptedAPI]:
    seen: list[httpx.Request] = []
    queue = list(answers)

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    return seen, ScriptedAPI(handler)


def test_backoff_is_exponential_full_jitter_with_a_cap() -> None:
    policy = RetryPolicy(initial_delay=0.5, max_delay=3.0)
    assert [policy.backoff(n, lambda: 1.0) for n in (1, 2, 3, 4)] == [0.5, 1.0, 2.0, 3.0]
    assert policy.backoff(3, lambda: 0.25) == 0.5
    assert policy.backoff(1, lambda: 0.0) == 0.0


def test_retry_after_seconds_and_http_date_up_to_a_maximum() -> None:
    policy = RetryPolicy(max_retry_after=30)
    clock = FakeClock()
    answer = httpx.Response(429, headers={"Retry-After": "7"})
    assert policy.retry_after(answer, clock()) == 7
    date = email.utils.formatdate(clock.now + 12, usegmt=True)
    assert policy.retry_after(httpx.Response(503, headers={"Retry-After": date}), clock()) == pytest.approx(12, abs=1)
    assert policy.retry_after(httpx.Response(429, headers={"Retry-After": "3600"}), clock()) == 30
    assert policy.retry_after(httpx.Response(429, headers={"Retry-After": "soon"}), clock()) is None


def test_a_list_is_retried_on_503_then_succeeds_with_the_backoff_schedule() -> None:
    seen, api = _sequence(httpx.Response(503), httpx.Response(502), httpx.Response(200, json=clients_page(1)))
    sleeps = Sleeps()
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, sleeps)
        aiwyn._transport._rand = lambda: 1.0  # type: ignore[union-attr]
        page = get_clients.sync(client=aiwyn, body=ListRequest())
    assert page is not None and len(seen) == 3
    assert sleeps.delays == [0.5, 1.0]


def test_retry_after_is_honoured_on_429() -> None:
    seen, api = _sequence(httpx.Response(429, headers={"Retry-After": "4"}), httpx.Response(200, json=clients_page()))
    sleeps = Sleeps()
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, sleeps)
        get_clients.sync(client=aiwyn, body=ListRequest())
    assert sleeps.delays == [4.0]


def test_a_429_that_says_when_its_window_resets_is_sent_again_then() -> None:
    limited = httpx.Response(429, headers={"RateLimit-Reset": "6"})
    seen, api = _sequence(limited, httpx.Response(200, json=clients_page()))
    sleeps = Sleeps()
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, sleeps)
        get_clients.sync(client=aiwyn, body=ListRequest())
    assert (len(seen), sleeps.delays) == (2, [6.0])


def test_the_final_status_error_carries_the_attempts() -> None:
    seen, api = _sequence(*(httpx.Response(500, json={"error": "boom"}) for _ in range(3)))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(InternalServerError) as caught:
            get_clients.sync(client=aiwyn, body=ListRequest())
    assert caught.value.attempts == 3 and len(seen) == 3
    assert "after 3 attempts" in str(caught.value)


def test_max_retries_is_configurable_per_client_and_per_call() -> None:
    seen, api = _sequence(*(httpx.Response(503) for _ in range(10)))
    with api.sync_client(token="t", api_key=None, max_retries=0) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(InternalServerError):
            get_clients.sync(client=aiwyn, body=ListRequest())
        assert len(seen) == 1
        patient = aiwyn.with_options(max_retries=4)
        with pytest.raises(InternalServerError) as caught:
            get_clients.sync(client=patient, body=ListRequest())
    assert caught.value.attempts == 5 and len(seen) == 6


def test_connection_errors_and_timeouts_are_retried_for_idempotent_operations() -> None:
    seen, api = _sequence(httpx.ReadError("reset"), httpx.ReadTimeout("slow"), httpx.Response(200, json=clients_page()))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        assert get_clients.sync(client=aiwyn, body=ListRequest()) is not None
    assert len(seen) == 3


def test_a_timeout_after_the_retries_raises_api_timeout_error() -> None:
    seen, api = _sequence(*(httpx.ReadTimeout("slow") for _ in range(3)))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(APITimeoutError) as caught:
            get_clients.sync(client=aiwyn, body=ListRequest())
    assert caught.value.attempts == 3
    assert caught.value.operation == "get_clients"


SUBSCRIPTION = CreateEventSubscriptionRequest(url="https://hooks.example/x", entity_types=["client"], operations=[])


def test_a_non_idempotent_post_is_not_retried_once_the_request_was_sent() -> None:
    seen, api = _sequence(httpx.ReadError("connection reset after sending"))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(APIConnectionError) as caught:
            create_event_subscription.sync(client=aiwyn, body=SUBSCRIPTION)
    assert len(seen) == 1 and caught.value.attempts == 1


def test_a_non_idempotent_post_is_not_retried_on_503() -> None:
    seen, api = _sequence(httpx.Response(503))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        with pytest.raises(InternalServerError):
            create_event_subscription.sync(client=aiwyn, body=SUBSCRIPTION)
    assert len(seen) == 1


def test_a_non_idempotent_post_is_retried_when_the_connection_failed_before_sending() -> None:
    envelope = {"data": {"id": 1}, "error": None, "meta": {"success": True}}
    seen, api = _sequence(httpx.ConnectError("refused"), httpx.Response(201, json=envelope))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        created = create_event_subscription.sync(client=aiwyn, body=SUBSCRIPTION)
    assert created is not None and len(seen) == 2


def _takes_an_idempotency_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """The event subscription create as a description that declares an ``Idempotency-Key`` header
    on it would have it (Xero's, Stripe's, Adyen's creates)."""
    info = _spec.OPERATIONS["create_event_subscription"]._replace(idempotency_header="Idempotency-Key")
    monkeypatch.setitem(_spec.OPERATIONS, "create_event_subscription", info)


def test_a_post_that_takes_an_idempotency_key_gets_one_and_is_retried_with_the_same_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _takes_an_idempotency_key(monkeypatch)
    envelope = {"data": {"id": 1}, "error": None, "meta": {"success": True}}
    seen, api = _sequence(httpx.Response(503), httpx.Response(201, json=envelope), httpx.Response(201, json=envelope))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        no_sleep(aiwyn, Sleeps())
        create_event_subscription.sync(client=aiwyn, body=SUBSCRIPTION)  # 503, then sent again
        create_event_subscription.sync(client=aiwyn, body=SUBSCRIPTION)  # another call: another key
    keys = [request.headers["idempotency-key"] for request in seen]
    assert keys[0] == keys[1] != keys[2]
    assert all(uuid.UUID(key).version == 4 for key in keys)


def test_the_callers_own_idempotency_key_is_sent_as_given(monkeypatch: pytest.MonkeyPatch) -> None:
    _takes_an_idempotency_key(monkeypatch)
    envelope = {"data": {"id": 1}, "error": None, "meta": {"success": True}}
    seen, api = _sequence(httpx.Response(201, json=envelope))
    with api.sync_client(token="t", api_key=None) as aiwyn:
        aiwyn.event_subscriptions.create(
            url="https://hooks.example/x", entity_types=["client"], operations=["CREATE"],
            extra_headers={"Idempotency-Key": "order-1234"},
        )  # fmt: skip
    assert seen[0].headers["idempotency-key"] == "order-1234"


def test_async_transport_retries_with_an_awaited_sleep() -> None:
    import asyncio

    seen, api = _sequence(httpx.Response(503), httpx.Response(200, json=clients_page(5)))
    sleeps = Sleeps()

    async def main() -> None:
        async with api.async_client(token="t", api_key=None) as aiwyn:
            no_sleep(aiwyn, sleeps)
            page = await get_clients.asyncio(client=aiwyn, body=ListRequest())
            assert page is not None

    asyncio.run(main())
    assert len(seen) == 2 and len(sleeps.delays) == 1


def test_copies_share_the_pool_and_do_not_close_it() -> None:
    inner = httpx.MockTransport(lambda request: httpx.Response(200))
    transport = RetryTransport(inner)
    copy = transport.with_policy(RetryPolicy(max_retries=5))
    assert copy.transport is inner
    closed: list[bool] = []
    inner.close = lambda: closed.append(True)  # type: ignore[method-assign]
    copy.close()
    assert closed == []
    transport.close()
    assert closed == [True]


def test_negative_max_retries_is_refused() -> None:
    with pytest.raises(ValueError, match="max_retries"):
        RetryPolicy(max_retries=-1)


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after-ms": "1500"}, 1.5),
        ({"Retry-After": "4", "X-RateLimit-Reset": "20"}, 4.0),  # Retry-After first
        ({"RateLimit-Reset": "12"}, 12.0),  # seconds from now
        ({"X-RateLimit-Reset": str(NOW + 9)}, 9.0),  # a Unix time (GitHub's)
        ({"X-Rate-Limit-Reset": str((NOW + 5) * 1000)}, 5.0),  # a Unix time in milliseconds
        ({"RateLimit": "limit=100, remaining=0, reset=7"}, 7.0),  # the IETF draft, both spellings
        ({"RateLimit": '"default";r=0;t=3'}, 3.0),
        ({"X-RateLimit-Reset": "3600"}, 30.0),  # at most max_retry_after
        ({"X-RateLimit-Reset": "nan"}, None),  # no advice: the backoff decides
        ({"RateLimit-Remaining": "0"}, None),
    ],
)
def test_a_429_without_retry_after_waits_for_the_rate_limit_window_to_reset(
    headers: dict[str, str], expected: float | None
) -> None:
    advice = RetryPolicy(max_retry_after=30).retry_after(httpx.Response(429, headers=headers), NOW)
    assert advice == (pytest.approx(expected) if expected is not None else None)


def test_the_rate_limit_window_does_not_delay_other_failures() -> None:
    # a 503 carries the window's headers too, about a limit the failure has nothing to do with
    answer = httpx.Response(503, headers={"X-RateLimit-Reset": "25", "RateLimit": "reset=25"})
    assert RetryPolicy().retry_after(answer, NOW) is None
