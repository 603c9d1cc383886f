# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.contacts`` (``ContactsResource``, ``AsyncContactsResource``): get, list. Generated: do not edit."""

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

_GET = _rs.Endpoint("api.contact.get_contact_by_id", _models.Contact, "getContactById")
_LIST = _rs.Endpoint("api.contact.get_contacts", _models.ContactList, "getContacts")
_LIST_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("contacts",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="contacts.iter",
)


class ContactsResource(_rs.SyncAPIResource):
    """``aiwyn.contacts``: get, list."""

    with_raw_response: ContactsResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: ContactsResourceResponses[_response.Sync, _response.Streamed]

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.Contact:
        """Get contact by ID. ``GET /gql/v1/contact/{id}`` (operationId ``getContactById``).

        One contact with its client link, address and communication preferences.

        Args:
            id: Unique identifier of the record; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getContactById")
        return self._call(_GET, request_options, id)

    def list(
        self, *, page_size: int | Unset = UNSET, page: int | Unset = UNSET, **request_options: Unpack[RequestOptions]
    ) -> _models.ContactList:
        """List contacts. ``POST /gql/v1/contacts`` (operationId ``getContacts``).

        One page of contacts, ordered by last name then first name.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getContacts")
        _rs.check_integer("page", page, 0, None, "getContacts")
        return self._call(_LIST, request_options, body=_models.ListRequest(**_rs.given(page_size=page_size, page=page)))

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[_models.ContactList, _models.Contact]:
        """Every Contact of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        return _LIST_PAGES.pager(self.list, {}, page_size, max_items, resume, start_page)


class AsyncContactsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.contacts``: the methods of ``ContactsResource``, awaited."""

    with_raw_response: ContactsResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: ContactsResourceResponses[_response.Async, _response.Streamed]
    get = _rs.awaited(ContactsResource.get)
    list = _rs.awaited(ContactsResource.list)

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[_models.ContactList, _models.Contact]:
        """``ContactsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        return _LIST_PAGES.async_pager(self.list, {}, concurrency, page_size, max_items, resume, start_page)


class ContactsResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.contacts`` (and ``async_aiwyn.contacts``)."""

    get = _response.wrapped(ContactsResource.get)
    list = _response.wrapped(ContactsResource.list)
