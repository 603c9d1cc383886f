# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.projects``: get, list.

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
from ..api.projects import get_project_by_id as _get_project_by_id
from ..api.projects import get_projects_paginated as _get_projects_paginated
from ..models import Project, ProjectList
from ..pagination import AsyncPager, Pager, ResumeToken
from ..types import Unset

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._options import RequestOptions

__all__ = ["ProjectsResource", "AsyncProjectsResource"]

_GET = _rs.Endpoint(_get_project_by_id, Project, "getProjectById")
_LIST = _rs.Endpoint(_get_projects_paginated, ProjectList, "getProjectsPaginated")
_LIST_PAGES = _rs.PageSpec(
    _Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("projects",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="projects.iter",
)


class ProjectsResource(_rs.SyncAPIResource):
    """``aiwyn.projects``: get, list."""

    @_cached_property
    def with_raw_response(self) -> ProjectsResourceWithRawResponse:
        return ProjectsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> ProjectsResourceWithStreamingResponse:
        return ProjectsResourceWithStreamingResponse(self)

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> Project:
        """Get project by ID.

        One project with its team and milestones.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.

        ``GET /gql/v1/project/{id}`` (operationId ``getProjectById``).
        """
        _rs.check_integer("id", id, 1, None, "getProjectById")

        return self._call(_GET, request_options, id)

    def list(
        self, *, page_size: int | Unset = 50, page: int | Unset = 0, **request_options: Unpack[RequestOptions]
    ) -> ProjectList:
        """List projects.

        One page of projects (the `vw_job` view), most recently updated first.

        Inferred operation: its page in the API reference was not recovered.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.

        ``POST /gql/v1/projects`` (operationId ``getProjectsPaginated``).
        """
        _rs.check_integer("page_size", page_size, 1, 1000, "getProjectsPaginated")
        _rs.check_integer("page", page, 0, None, "getProjectsPaginated")

        return self._call(_LIST, request_options, body=_models.ListRequest(**_rs.given(page_size=page_size, page=page)))

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
    ) -> Pager[ProjectList, Project]:
        """Every Project of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return Pager(lambda request: self.list(**_LIST_PAGES.arguments(request)), plan)


class AsyncProjectsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.projects``: the methods of ``ProjectsResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncProjectsResourceWithRawResponse:
        return AsyncProjectsResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncProjectsResourceWithStreamingResponse:
        return AsyncProjectsResourceWithStreamingResponse(self)

    get = _rs.awaited(ProjectsResource.get)

    list = _rs.awaited(ProjectsResource.list)

    def iter(
        self,
        *,
        page_size: int | None = None,
        max_items: int | None = None,
        start_page: int = 0,
        resume: ResumeToken | None = None,
        concurrency: int = 1,
    ) -> AsyncPager[ProjectList, Project]:
        """``ProjectsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        plan = _LIST_PAGES.plan(page_size=page_size, max_items=max_items, start_page=start_page, resume=resume)
        return AsyncPager(
            lambda request: _response.deferred(self.list(**_LIST_PAGES.arguments(request))), plan, concurrency
        )


class ProjectsResourceWithRawResponse:
    """``aiwyn.projects.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.get = _response.to_raw_response_wrapper(resource.get)
        self.list = _response.to_raw_response_wrapper(resource.list)


class ProjectsResourceWithStreamingResponse:
    """``aiwyn.projects.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: ProjectsResource) -> None:
        self.get = _response.to_streamed_response_wrapper(resource.get)
        self.list = _response.to_streamed_response_wrapper(resource.list)


class AsyncProjectsResourceWithRawResponse:
    """``async_aiwyn.projects.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.get = _response.async_to_raw_response_wrapper(resource.get)
        self.list = _response.async_to_raw_response_wrapper(resource.list)


class AsyncProjectsResourceWithStreamingResponse:
    """``async_aiwyn.projects.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncProjectsResource) -> None:
        self.get = _response.async_to_streamed_response_wrapper(resource.get)
        self.list = _response.async_to_streamed_response_wrapper(resource.list)
