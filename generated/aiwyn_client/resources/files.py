# Rendered from overlays/aiwyn_client/resources/__resource__.py.jinja with openapi/aiwyn.yaml: edit those; `make generate` rewrites this file.
"""``aiwyn.files`` (``FilesResource``, ``AsyncFilesResource``): download. Generated: do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING
from typing import overload as _overload

from .. import _api_response as _response
from .. import _resource_support as _rs
from ..types import File

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from .._downloads import DownloadedFile, DownloadTarget, Progress
    from .._options import RequestOptions

_DOWNLOAD = _rs.Endpoint("api.file.download_file", File, "downloadFile", accept=None)


class FilesResource(_rs.SyncAPIResource):
    """``aiwyn.files``: download."""

    with_raw_response: FilesResourceResponses[_response.Sync, _response.Raw]
    with_streaming_response: FilesResourceResponses[_response.Sync, _response.Streamed]

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
        """Download a file. ``GET /api/v1/files/{id}`` (operationId ``downloadFile``).

        The bytes of a file attached to a record or document.
        Inferred operation: its page in the API reference was not recovered.
        Held in memory as a ``File`` (name and type from the headers); with ``to=`` (a path, a directory or an open binary file) streamed there in chunks, calling ``progress(bytes_so_far, total_or_None)``, and described by the returned ``DownloadedFile``.

        Args:
            id: File identifier.
        """
        if to is not None:
            return self._download(_DOWNLOAD, request_options, to, progress, id)
        return self._call(_DOWNLOAD, request_options, id)


class AsyncFilesResource(_rs.AsyncAPIResource):
    """``async_aiwyn.files``: the methods of ``FilesResource``, awaited."""

    with_raw_response: FilesResourceResponses[_response.Async, _response.Raw]
    with_streaming_response: FilesResourceResponses[_response.Async, _response.Streamed]

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


class FilesResourceResponses(_response.Responses[_response.F, _response.M]):
    """``with_raw_response`` and ``with_streaming_response`` of ``aiwyn.files`` (and ``async_aiwyn.files``)."""

    download = _response.wrapped(FilesResource.download)
