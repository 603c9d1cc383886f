# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.draft_invoices``: get.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from ..api.billing import get_draft_invoice_by_id as _get_draft_invoice_by_id
from ..models import DraftInvoice

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

__all__ = ["DraftInvoicesResource", "AsyncDraftInvoicesResource"]

_GET = _rs.Endpoint(_get_draft_invoice_by_id, DraftInvoice, "getDraftInvoiceById")


class DraftInvoicesResource(_rs.SyncAPIResource):
    """``aiwyn.draft_invoices``: get."""

    @_cached_property
    def with_raw_response(self) -> DraftInvoicesResourceWithRawResponse:
        return DraftInvoicesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> DraftInvoicesResourceWithStreamingResponse:
        return DraftInvoicesResourceWithStreamingResponse(self)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> DraftInvoice:
        """Get draft invoice by ID.

        One draft invoice with line items, amounts and tax, review status and review history.

        Args:
            id: Unique identifier of the draft invoice; at least 1.

        ``GET /gql/v1/draft_invoice/{id}`` (operationId ``getDraftInvoiceById``).
        """
        _rs.check_integer("id", id, 1, None, "getDraftInvoiceById")

        return self._call(_GET, request_options, id)


class AsyncDraftInvoicesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.draft_invoices``: the methods of ``DraftInvoicesResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncDraftInvoicesResourceWithRawResponse:
        return AsyncDraftInvoicesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncDraftInvoicesResourceWithStreamingResponse:
        return AsyncDraftInvoicesResourceWithStreamingResponse(self)

    get = _rs.awaited(DraftInvoicesResource.get)


class DraftInvoicesResourceWithRawResponse:
    """``aiwyn.draft_invoices.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: DraftInvoicesResource) -> None:
        self.get = _response.to_raw_response_wrapper(resource.get)


class DraftInvoicesResourceWithStreamingResponse:
    """``aiwyn.draft_invoices.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: DraftInvoicesResource) -> None:
        self.get = _response.to_streamed_response_wrapper(resource.get)


class AsyncDraftInvoicesResourceWithRawResponse:
    """``async_aiwyn.draft_invoices.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncDraftInvoicesResource) -> None:
        self.get = _response.async_to_raw_response_wrapper(resource.get)


class AsyncDraftInvoicesResourceWithStreamingResponse:
    """``async_aiwyn.draft_invoices.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncDraftInvoicesResource) -> None:
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
