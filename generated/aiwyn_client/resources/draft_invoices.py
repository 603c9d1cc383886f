# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.draft_invoices`` (``DraftInvoicesResource``, ``AsyncDraftInvoicesResource``): get. Generated: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import _api_response as _response
from .. import _resource_support as _rs
from .. import models as _models

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

_GET = _rs.Endpoint("api.billing.get_draft_invoice_by_id", _models.DraftInvoice, "getDraftInvoiceById")


class DraftInvoicesResource(_rs.SyncAPIResource):
    """``aiwyn.draft_invoices``: get."""

    with_raw_response: DraftInvoicesResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: DraftInvoicesResourceResponses[_response.Sync, _response.Streamed]

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.DraftInvoice:
        """Get draft invoice by ID. ``GET /gql/v1/draft_invoice/{id}`` (operationId ``getDraftInvoiceById``).

        One draft invoice with line items, amounts and tax, review status and review history.

        Args:
            id: Unique identifier of the draft invoice; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getDraftInvoiceById")
        return self._call(_GET, request_options, id)


class AsyncDraftInvoicesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.draft_invoices``: the methods of ``DraftInvoicesResource``, awaited."""

    with_raw_response: DraftInvoicesResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: DraftInvoicesResourceResponses[_response.Async, _response.Streamed]
    get = _rs.awaited(DraftInvoicesResource.get)


class DraftInvoicesResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.draft_invoices`` (and ``async_aiwyn.draft_invoices``)."""

    get = _response.wrapped(DraftInvoicesResource.get)
