# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.payments``: get, list.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from .._paging import Paging as _Paging
from ..api.payments import get_payment_by_id as _get_payment_by_id
from ..api.payments import get_payments as _get_payments
from ..models import Payment, PaymentList, PaymentMethod
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

__all__ = ["PaymentsResource", "AsyncPaymentsResource"]

_GET = _rs.Endpoint(_get_payment_by_id, Payment, "getPaymentById")
_LIST = _rs.Endpoint(_get_payments, PaymentList, "getPayments")
_LIST_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("payments",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="payments.iter",
)


class PaymentsResource(_rs.SyncAPIResource):
    """``aiwyn.payments``: get, list."""

    @_cached_property
    def with_raw_response(self) -> PaymentsResourceWithRawResponse:
        return PaymentsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> PaymentsResourceWithStreamingResponse:
        return PaymentsResourceWithStreamingResponse(self)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> Payment:
        """Get payment by ID.

        One payment.

        Args:
            id: Payment identifier; at least 1.

        ``GET /gql/v1/payment/{id}`` (operationId ``getPaymentById``).
        """
        _rs.check_integer("id", id, 1, None, "getPaymentById")

        return self._call(_GET, request_options, id)

    def list(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 0,
        client_id: int | Unset = UNSET,
        payment_method: PaymentMethod | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> PaymentList:
        """List payments.

        One page of payments (masked card data, processor references, confirmation dates,
        AR linkage, client data), optionally filtered by client, method and date range.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
            client_id: Filter by client ID.
            payment_method: How a payment was made; one of ``CREDIT_CARD``, ``DEBIT_CARD``, ``ACH``, ``BANK_TRANSFER``, ``CHECK``, ``WIRE``, ``PAYPAL``, ``APPLE_PAY``, ``GOOGLE_PAY``.
            start_date: Start of the payment date range.
            end_date: End of the payment date range.

        ``POST /gql/v1/payments`` (operationId ``getPayments``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getPayments")
        _rs.check_integer("page", page, 0, None, "getPayments")
        _rs.check_integer("client_id", client_id, None, None, "getPayments")

        return self._call(
            _LIST,
            request_options,
            body=_models.PaymentListRequest(
                **_rs.given(
                    page_size=page_size,
                    page=page,
                    client_id=client_id,
                    payment_method=_rs.as_enum(payment_method, _models.PaymentMethod, "payment_method", "getPayments"),
                    start_date=start_date,
                    end_date=end_date,
                )
            ),
        )

    def iter(
        self,
        *,
        client_id: int | Unset = UNSET,
        payment_method: PaymentMethod | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[PaymentList, Payment]:
        """Every Payment of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return Pager(
            lambda request: self.list(
                client_id=client_id,
                payment_method=payment_method,
                start_date=start_date,
                end_date=end_date,
                **_LIST_PAGES.arguments(request),
            ),
            plan,
        )


class AsyncPaymentsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.payments``: the methods of ``PaymentsResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncPaymentsResourceWithRawResponse:
        return AsyncPaymentsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncPaymentsResourceWithStreamingResponse:
        return AsyncPaymentsResourceWithStreamingResponse(self)

    get = _rs.awaited(PaymentsResource.get)

    list = _rs.awaited(PaymentsResource.list)

    def iter(
        self,
        *,
        client_id: int | Unset = UNSET,
        payment_method: PaymentMethod | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[PaymentList, Payment]:
        """``PaymentsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return AsyncPager(
            lambda request: _response.deferred(
                self.list(
                    client_id=client_id,
                    payment_method=payment_method,
                    start_date=start_date,
                    end_date=end_date,
                    **_LIST_PAGES.arguments(request),
                )
            ),
            plan,
            concurrency,
        )


class PaymentsResourceWithRawResponse:
    """``aiwyn.payments.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: PaymentsResource) -> None:
        self.get = _response.to_raw_response_wrapper(resource.get)
        self.list = _response.to_raw_response_wrapper(resource.list)


class PaymentsResourceWithStreamingResponse:
    """``aiwyn.payments.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: PaymentsResource) -> None:
        self.get = _response.to_streamed_response_wrapper(resource.get)
        self.list = _response.to_streamed_response_wrapper(resource.list)


class AsyncPaymentsResourceWithRawResponse:
    """``async_aiwyn.payments.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncPaymentsResource) -> None:
        self.get = _response.async_to_raw_response_wrapper(resource.get)
        self.list = _response.async_to_raw_response_wrapper(resource.list)


class AsyncPaymentsResourceWithStreamingResponse:
    """``async_aiwyn.payments.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncPaymentsResource) -> None:
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
