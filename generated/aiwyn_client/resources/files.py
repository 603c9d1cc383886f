# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.files``: download.

Generated from the API description; do not edit. Each method takes the fields of its body model
and the operation's parameters, and returns the success model (errors raise); the per-call options
are ``RequestOptions``. ``with_raw_response`` / ``with_streaming_response`` wrap the same methods.
"""

from __future__ import annotations

from functools import cached_property as _cached_property
from typing import TYPE_CHECKING
from typing import overload as _overload

from .. import _api_response as _response
from .. import _resource_support as _rs
from ..api.file import download_file as _download_file
from ..types import File

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._downloads import DownloadedFile, DownloadTarget, Progress
    from .._options import RequestOptions

__all__ = ["FilesResource", "AsyncFilesResource"]

_DOWNLOAD = _rs.Endpoint(_download_file, File, "downloadFile", json=False)


class FilesResource(_rs.SyncAPIResource):
    """``aiwyn.files``: download."""

    @_cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        return FilesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> FilesResourceWithStreamingResponse:
        return FilesResourceWithStreamingResponse(self)

    @_overload
    def download(
        self, id: str, *, to: None = None, progress: None = None, **request_options: Unpack[RequestOptions]
    ) -> File: ...
    @_overload
    def download(
        self,
        id: str,
        *,
        to: DownloadTarget,
        progress: Progress | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> DownloadedFile: ...
    def download(
        self,
        id: str,
        *,
        to: DownloadTarget | None = None,
        progress: Progress | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> File | DownloadedFile:
        """Download a file.

        The bytes of a file attached to a record or document.

        Inferred operation: its page in the API reference was not recovered.

        Held in memory as a ``File`` (name and type from the headers); with ``to=`` (a path, a directory or an open binary file) streamed there in chunks, calling ``progress(bytes_so_far, total_or_None)``, and described by the returned ``DownloadedFile``.

        Args:
            id: File identifier.

        ``GET /api/v1/files/{id}`` (operationId ``downloadFile``).
        """

        if to is not None:
            return self._download(_DOWNLOAD, request_options, to, progress, id)
        return self._call(_DOWNLOAD, request_options, id)


class AsyncFilesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.files``: the methods of ``FilesResource``, awaited."""

    @_cached_property
    def with_raw_response(self) -> AsyncFilesResourceWithRawResponse:
        return AsyncFilesResourceWithRawResponse(self)

    @_cached_property
    def with_streaming_response(self) -> AsyncFilesResourceWithStreamingResponse:
        return AsyncFilesResourceWithStreamingResponse(self)

    @_overload
    async def download(
        self, id: str, *, to: None = None, progress: None = None, **request_options: Unpack[RequestOptions]
    ) -> File: ...
    @_overload
    async def download(
        self,
        id: str,
        *,
        to: DownloadTarget,
        progress: Progress | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> DownloadedFile: ...
    async def download(
        self,
        id: str,
        *,
        to: DownloadTarget | None = None,
        progress: Progress | None = None,
        **request_options: Unpack[RequestOptions],
    ) -> File | DownloadedFile:
        """``FilesResource.download``, awaited (``GET /api/v1/files/{id}``, operationId ``downloadFile``)."""

        if to is not None:
            return await self._download(_DOWNLOAD, request_options, to, progress, id)
        return await self._call(_DOWNLOAD, request_options, id)


class FilesResourceWithRawResponse:
    """``aiwyn.files.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: FilesResource) -> None:
        self.download = _response.to_raw_response_wrapper(resource.download)


class FilesResourceWithStreamingResponse:
    """``aiwyn.files.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: FilesResource) -> None:
        self.download = _response.to_streamed_response_wrapper(resource.download)


class AsyncFilesResourceWithRawResponse:
    """``async_aiwyn.files.with_raw_response``: each method answers with the HTTP response (``.parse()`` gives the model)."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.download = _response.async_to_raw_response_wrapper(resource.download)


class AsyncFilesResourceWithStreamingResponse:
    """``async_aiwyn.files.with_streaming_response``: each method gives a context manager over the unread response."""

    def __init__(self, resource: AsyncFilesResource) -> None:
        self.download = _response.async_to_streamed_response_wrapper(resource.download)
