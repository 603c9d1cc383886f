"""A loopback HTTP/1.1 server written on raw sockets, for what an HTTP server library will not do.

``tests/support/fake_server.py`` keeps state and answers as Aiwyn does; this one breaks bodies on the
wire: a ``Content-Length`` larger than what is sent before the connection closes, a body that
stalls part-way, a ``Content-Encoding: gzip`` body that is not gzip. Each request takes the next
``Answer`` of ``script`` (``default`` once it is empty); ``requests`` records what came in and
``open_connections`` how many connections are open now.
"""

from __future__ import annotations

import gzip
import socket
import threading
from dataclasses import dataclass, field


@dataclass
class Answer:
    body: bytes = b'{"id": 7, "name": "Client 00007", "active": true}'
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "application/json"})
    cut: int | None = None
    """Send only this many bytes of the body (the ``Content-Length`` says all of it), then close."""
    stall: float = 0.0
    """Before closing after ``cut`` bytes, wait this long (a body that stops arriving)."""
    gzip: bool = False
    """Send the body gzip-compressed (``Content-Encoding: gzip``)."""
    corrupt: bool = False
    """With ``gzip``: bytes that are not gzip at all."""
    times: int = 1


def short(times: int = 1) -> Answer:
    """A body cut short: 10 bytes of it, then the connection closes."""
    return Answer(cut=10, times=times)


def stalled(seconds: float = 2.0, times: int = 1) -> Answer:
    """A body that stops after 10 bytes and stays silent for ``seconds``."""
    return Answer(cut=10, stall=seconds, times=times)


def corrupt_gzip(times: int = 1) -> Answer:
    return Answer(gzip=True, corrupt=True, times=times)


BREAKS = {"short": short, "stalled": stalled, "corrupt_gzip": corrupt_gzip}


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]


class RawServer:
    def __init__(self) -> None:
        self.script: list[Answer] = []
        self.default = Answer()
        self.requests: list[Seen] = []
        self.open_connections = 0
        self.accepted = 0
        self.lock = threading.Lock()
        self._stop = threading.Event()
        self._socket: socket.socket | None = None

    def __enter__(self) -> RawServer:
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", 0))
        listener.listen(64)
        listener.settimeout(0.05)
        self._socket = listener
        threading.Thread(target=self._accept, daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if self._socket is not None:
            self._socket.close()

    @property
    def url(self) -> str:
        assert self._socket is not None
        host, port = self._socket.getsockname()[:2]
        return f"http://{host}:{port}"

    def answer(self, *answers: Answer) -> None:
        with self.lock:
            self.script.extend(answers)

    def paths(self) -> list[str]:
        return [seen.path for seen in self.requests]

    # -- serving
    def _accept(self) -> None:
        assert self._socket is not None
        while not self._stop.is_set():
            try:
                connection, _ = self._socket.accept()
            except (TimeoutError, OSError):
                continue
            with self.lock:
                self.accepted += 1
                self.open_connections += 1
            threading.Thread(target=self._serve, args=(connection,), daemon=True).start()

    def _next(self) -> Answer:
        with self.lock:
            if not self.script:
                return self.default
            answer = self.script[0]
            answer.times -= 1
            if answer.times <= 0:
                self.script.pop(0)
            return answer

    def _serve(self, connection: socket.socket) -> None:
        connection.settimeout(0.2)
        buffer = b""
        try:
            while not self._stop.is_set():
                request, buffer = self._read_request(connection, buffer)
                if request is None:
                    return
                with self.lock:
                    self.requests.append(request)
                if not self._send(connection, self._next()):
                    return
        finally:
            with self.lock:
                self.open_connections -= 1
            connection.close()

    def _read_request(self, connection: socket.socket, buffer: bytes) -> tuple[Seen | None, bytes]:
        while b"\r\n\r\n" not in buffer:
            chunk = self._recv(connection)
            if not chunk:
                return None, buffer
            buffer += chunk
        head, buffer = buffer.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        method, target, _ = lines[0].split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, v in (line.split(":", 1) for line in lines[1:] if ":" in line)}
        length = int(headers.get("content-length") or 0)
        while len(buffer) < length:
            chunk = self._recv(connection)
            if not chunk:
                return None, buffer
            buffer += chunk
        buffer = buffer[length:]
        return Seen(method, target.split("?", 1)[0], headers), buffer

    def _recv(self, connection: socket.socket) -> bytes:
        while not self._stop.is_set():
            try:
                return connection.recv(65536)
            except TimeoutError:
                continue
            except OSError:
                return b""
        return b""

    def _send(self, connection: socket.socket, answer: Answer) -> bool:
        """Send one answer; False when the connection is to close after it."""
        body, headers = answer.body, dict(answer.headers)
        if answer.gzip:
            body = b"this is not gzip at all, though the header says so" if answer.corrupt else gzip.compress(body)
            headers["content-encoding"] = "gzip"
        head = [f"HTTP/1.1 {answer.status} X", f"content-length: {len(body)}"]
        head += [f"{name}: {value}" for name, value in headers.items()]
        sent = body if answer.cut is None else body[: answer.cut]
        try:
            connection.sendall(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + sent)
        except OSError:
            return False
        if answer.cut is None:
            return True
        self._stop.wait(answer.stall)
        return False
