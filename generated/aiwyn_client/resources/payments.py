# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.payments`` (``PaymentsResource``, ``AsyncPaymentsResource``): get, list. Generated: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

_GET = _rs.Endpoint("api.payments.get_payment_by_id", _models.Payment, "getPaymentById")
_LIST = _rs.Endpoint("api.payments.get_payments", _models.PaymentList, "getPayments")
_LIST_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("payments",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="payments.iter",
)


class PaymentsResource(_rs.SyncAPIResource):
    """``aiwyn.payments``: get, list."""

    with_raw_response: PaymentsResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: PaymentsResourceResponses[_response.Sync, _response.Streamed]

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.Payment:
        """Get payment by ID. ``GET /gql/v1/payment/{id}`` (operationId ``getPaymentById``).

        One payment.

        Args:
            id: Payment identifier; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getPaymentById")
        return self._call(_GET, request_options, id)

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        page: int | Unset = UNSET,
        client_id: int | Unset = UNSET,
        payment_method: _models.PaymentMethod | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        **request_options: Unpack[RequestOptions],
    ) -> _models.PaymentList:
        """List payments. ``POST /gql/v1/payments`` (operationId ``getPayments``).

        One page of payments (masked card data, processor references, confirmation dates,
        AR linkage, client data), optionally filtered by client, method and date range.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
            client_id: Filter by client ID.
            payment_method: How a payment was made; one of ``CREDIT_CARD``, ``DEBIT_CARD``, ``ACH``, ``BANK_TRANSFER``, ``CHECK``, ``WIRE``, ``PAYPAL``, ``APPLE_PAY``, ``GOOGLE_PAY``.
            start_date: Start of the payment date range.
            end_date: End of the payment date range.
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
        payment_method: _models.PaymentMethod | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[_models.PaymentList, _models.Payment]:
        """Every Payment of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        return _LIST_PAGES.pager(
            self.list,
            {"client_id": client_id, "payment_method": payment_method, "start_date": start_date, "end_date": end_date},
            page_size,
            max_items,
            resume,
            start_page,
        )


class AsyncPaymentsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.payments``: the methods of ``PaymentsResource``, awaited."""

    with_raw_response: PaymentsResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: PaymentsResourceResponses[_response.Async, _response.Streamed]
    get = _rs.awaited(PaymentsResource.get)
    list = _rs.awaited(PaymentsResource.list)

    def iter(
        self,
        *,
        client_id: int | Unset = UNSET,
        payment_method: _models.PaymentMethod | str | Unset = UNSET,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[_models.PaymentList, _models.Payment]:
        """``PaymentsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        return _LIST_PAGES.async_pager(
            self.list,
            {"client_id": client_id, "payment_method": payment_method, "start_date": start_date, "end_date": end_date},
            concurrency,
            page_size,
            max_items,
            resume,
            start_page,
        )


class PaymentsResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.payments`` (and ``async_aiwyn.payments``)."""

    get = _response.wrapped(PaymentsResource.get)
    list = _response.wrapped(PaymentsResource.list)
