# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.projects`` (``ProjectsResource``, ``AsyncProjectsResource``): get, list. Generated: do not edit."""

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

_GET = _rs.Endpoint("api.projects.get_project_by_id", _models.Project, "getProjectById")
_LIST = _rs.Endpoint("api.projects.get_projects_paginated", _models.ProjectList, "getProjectsPaginated")
_LIST_PAGES = _rs.PageSpec(
    _rs.Paging(size_min=1, size_max=1000, size_default=50, page_semantics="index", key="id"),
    items=("projects",),
    total=("total", "aggregate", "count"),
    key_attr="id",
    size_arg="page_size",
    page_arg="page",
    label="projects.iter",
)


class ProjectsResource(_rs.SyncAPIResource):
    """``aiwyn.projects``: get, list."""

    with_raw_response: ProjectsResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: ProjectsResourceResponses[_response.Sync, _response.Streamed]

    def get(self, id: int, **request_options: Unpack[RequestOptions]) -> _models.Project:
        """Get project by ID. ``GET /gql/v1/project/{id}`` (operationId ``getProjectById``).

        One project with its team and milestones.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            id: Unique identifier of the record; at least 1.
        """
        _rs.check_integer("id", id, 1, None, "getProjectById")
        return self._call(_GET, request_options, id)

    def list(
        self, *, page_size: int | Unset = UNSET, page: int | Unset = UNSET, **request_options: Unpack[RequestOptions]
    ) -> _models.ProjectList:
        """List projects. ``POST /gql/v1/projects`` (operationId ``getProjectsPaginated``).

        One page of projects (the `vw_job` view), most recently updated first.
        Inferred operation: its page in the API reference was not recovered.

        Args:
            page_size: Maximum number of records to return; 1 to 1000; default ``50``.
            page: 0-based page number; at least 0; default ``0``.
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
    ) -> Pager[_models.ProjectList, _models.Project]:
        """Every Project of ``list`` (``for``), or every page (``.pages()``): page after page until the total or a short page; records inserted meanwhile are not repeated. ``resume=`` takes a ``resume_token``."""
        return _LIST_PAGES.pager(self.list, {}, page_size, max_items, resume, start_page)


class AsyncProjectsResource(_rs.AsyncAPIResource):
    """``async_aiwyn.projects``: the methods of ``ProjectsResource``, awaited."""

    with_raw_response: ProjectsResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: ProjectsResourceResponses[_response.Async, _response.Streamed]
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
    ) -> AsyncPager[_models.ProjectList, _models.Project]:
        """``ProjectsResource.iter`` for ``async for``; up to ``concurrency`` pages are fetched ahead while one is read."""
        return _LIST_PAGES.async_pager(self.list, {}, concurrency, page_size, max_items, resume, start_page)


class ProjectsResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.projects`` (and ``async_aiwyn.projects``)."""

    get = _response.wrapped(ProjectsResource.get)
    list = _response.wrapped(ProjectsResource.list)
