"""What the tests' HTTP servers share: a ``ThreadingHTTPServer`` on 127.0.0.1 and a free port,
served from a daemon thread for as long as the ``with`` block lasts."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar

_S = TypeVar("_S", bound="LoopbackServer")


class LoopbackServer:
    """A server of the tests: a subclass says how requests are handled (``handler``) and, if it
    needs another server class, which (``server_class``)."""

    server_class: type[ThreadingHTTPServer] = ThreadingHTTPServer
    _server: ThreadingHTTPServer | None = None

    def handler(self) -> type[BaseHTTPRequestHandler]:
        raise NotImplementedError

    def __enter__(self: _S) -> _S:
        server = self.server_class(("127.0.0.1", 0), self.handler())
        server.daemon_threads = True
        self._server = server
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    @property
    def url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"
