"""A stateful fake Aiwyn on a free loopback port: what Prism cannot show.

Prism answers every request from the description and keeps no state. Real servers keep records,
page while others insert, read ``page`` their own way, send nulls and new enum values, cut pages
short, fail a token exchange, revoke tokens and redirect. This server does each of those when a
test asks, over real HTTP, so the client's whole stack (auth flow, retries, origin guard,
decoding, pagination) is exercised as a user would run it.

Behaviour is set on the instance by the test: ``tables`` (the records), ``page_semantics``,
``on_request`` (change records mid-run), ``faults`` (scripted failures, consumed in order),
``echo_secrets``, ``record_results`` and the token settings. ``requests`` records what came in.
"""

from __future__ import annotations

import bisect
import contextlib
import copy
import json
import socket
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from tests.support.hasura import matches
from tests.support.loopback import LoopbackServer
from tests.support.tokens import make_jwt

API_KEY = "fake-key-THIS-MUST-NOT-LEAK-91c2"

# Entity tables: list path, search path (None without one), get path prefix, records key.
TABLES: dict[str, tuple[str, str | None, str, str]] = {
    "clients": ("/gql/v1/clients", "/gql/v1/clients/search", "/gql/v1/client/", "clients"),
    "contacts": ("/gql/v1/contacts", None, "/gql/v1/contact/", "contacts"),
    "staff": ("/gql/v1/staff", "/gql/v1/staff/search", "/gql/v1/staff/", "staff"),
    "draft_invoice_histories": (
        "/gql/v1/draft_invoice_histories",
        "/gql/v1/draft_invoice_histories/search",
        "/gql/v1/draft_invoice/",
        "draftInvoices",
    ),
    "invoices": ("/gql/v1/invoices", None, "/gql/v1/invoice/", "invoices"),
    "payments": ("/gql/v1/payments", None, "/gql/v1/payment/", "payments"),
    "projects": ("/gql/v1/projects", None, "/gql/v1/project/", "projects"),
    "wip": ("/gql/v1/wip", "/gql/v1/wips/search", "/gql/v1/wip/", "wip"),
    "engagements": ("/gql/v1/engagements", "/gql/v1/engagements/search", "/gql/v1/engagement/", "engagements"),
}


def _order_value(record: Mapping[str, Any], item: Mapping[str, Any]) -> tuple[list[str], Any, str]:
    path, node = [], item
    while isinstance(node, Mapping):
        ((key, node),) = node.items()
        path.append(key)
    value: Any = record
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    return path, value, str(node)


def ordered(rows: list[dict[str, Any]], order_by: list[Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    """Sort as Postgres under Hasura: ``asc`` puts nulls last, ``desc`` first, unless told."""
    result = list(rows)
    for item in reversed(order_by or []):
        direction = _order_value({}, item)[2]
        nulls_first = direction == "desc" or direction.endswith("nulls_first")
        descending = direction.startswith("desc")
        present = [r for r in result if _order_value(r, item)[1] is not None]
        absent = [r for r in result if _order_value(r, item)[1] is None]
        present.sort(key=lambda r, i=item: _order_value(r, i)[1], reverse=descending)  # type: ignore[misc]
        result = absent + present if nulls_first else present + absent
    return result


# ---------------------------------------------------------------------- faults
@dataclass
class Fault:
    """One scripted misbehaviour: for the next request whose path starts with ``path``."""

    path: str
    action: str
    """status, drop, garbage, redirect, short, missing_array, deep, echo; cut (the body ends
    before its Content-Length), stall (half the body, then ``delay`` seconds of silence)."""
    status: int = 503
    headers: dict[str, str] = field(default_factory=dict)
    location: str = ""
    keep: int = 0
    """For ``short``: how many records the page keeps."""
    times: int = 1
    page: int | None = None
    """Only for requests whose body asks for this ``page``."""
    delay: float = 1.0
    """For ``stall``: how long the body stops before the connection closes."""


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: Any
    query: str = ""


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: clients that hang up (cancelled prefetches, dropped connections) are expected."""


class FakeAiwyn(LoopbackServer):
    def __init__(self) -> None:
        self.tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        self.page_semantics = "index"
        self.report_total = True
        self.on_request: Callable[[FakeAiwyn, str, Any], None] | None = None
        self.faults: list[Fault] = []
        self.fault_source: Callable[[str, Any], Fault | None] | None = None
        """Asked for a fault when no scripted one applies (a soak's random misbehaviour)."""
        self.sorted_by_id = False
        """A promise that every table stays sorted by ``id`` (the test keeps it): pages ordered by
        ``id`` alone, with no ``where`` or a keyset ``id > v``, are then cut out by bisection
        instead of filtering and sorting every record, which a 300,000-record soak needs."""
        self.echo_secrets = False
        self.ignore_where = False
        """A server that ignores ``where`` (so a keyset condition never moves)."""
        self.record_results = "ok"
        """ok, reordered, missing (no result for every third record), anonymous (no identity)."""
        self.written: list[dict[str, Any]] = []
        self.record_types: dict[str, list[dict[str, Any]]] = {}
        """Field definitions (name, type) by record type, as ``GET /api/v1/records/schema/{type}`` answers them."""
        self.token_lifetime = 3600.0
        self.authorize: Callable[[Seen], bool] | None = None
        """In place of checking the exchange's JWTs: whether a request is authorised (other schemes)."""
        self.clock_offset = 0.0
        """Seconds the server's clock is ahead of the client's (negative: behind); its JWTs carry it."""
        self.tokens: dict[str, float] = {}
        self.revoked: set[str] = set()
        self.exchanges = 0
        self.requests: list[Seen] = []
        self.lock = threading.RLock()

    # -- lifecycle (LoopbackServer's)
    server_class = _Server

    def handler(self) -> type[BaseHTTPRequestHandler]:
        return _handler_for(self)

    # -- helpers for tests
    def add(self, table: str, records: list[dict[str, Any]]) -> None:
        with self.lock:
            self.tables[table].extend(copy.deepcopy(records))

    def fault(self, path: str, action: str, **options: Any) -> None:
        self.faults.append(Fault(path, action, **options))

    def revoke_all(self) -> None:
        with self.lock:
            self.revoked.update(self.tokens)

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    def bodies(self, path: str) -> Iterator[Any]:
        return (r.body for r in self.requests if r.path == path)

    # -- answering
    def _take_fault(self, path: str, body: Any) -> Fault | None:
        page = body.get("page", 0) if isinstance(body, dict) else None
        with self.lock:
            for fault in self.faults:
                if path.startswith(fault.path) and fault.page in (None, page):
                    fault.times -= 1
                    if fault.times <= 0:
                        self.faults.remove(fault)
                    return fault
        return self.fault_source(path, body) if self.fault_source is not None else None

    def answer(self, method: str, path: str, headers: Mapping[str, str], body: Any) -> tuple[int, dict[str, str], Any]:
        if path == "/v1/auth/token":
            return self._exchange(body)
        token = headers.get("authorization", "").removeprefix("Bearer ")
        with self.lock:
            expiry = self.tokens.get(token)
            valid = expiry is not None and expiry > time.time() + self.clock_offset and token not in self.revoked
        if self.authorize is not None:
            valid = True  # checked by the handler, which sees the query too
        if not valid:
            return 401, {}, self._error("UNAUTHORIZED", "token expired, revoked or unknown", headers, body)
        if self.on_request is not None:
            self.on_request(self, path, body)
        if path.startswith("/api/v1/records") and method in ("POST", "PUT", "DELETE"):
            return self._records(method, body)
        if path.startswith("/api/v1/records/schema/") and method == "GET":
            name = path.rsplit("/", 1)[1]
            if name not in self.record_types:
                return 404, {}, self._error("NOT_FOUND", f"no record type {name}", headers, body)
            data = {"name": name, "fields": self.record_types[name]}
            return 200, {}, {"data": data, "error": None, "meta": {"success": True}}
        for table, (list_path, search_path, get_prefix, key) in TABLES.items():
            if method == "POST" and path in (list_path, search_path):
                return 200, {}, self._page(table, key, body, search=path == search_path)
            if method == "GET" and path.startswith(get_prefix):
                wanted = path[len(get_prefix) :]
                with self.lock:
                    found = next((r for r in self.tables[table] if str(r.get("id")) == wanted), None)
                if found is None:
                    return 404, {}, self._error("NOT_FOUND", f"no {table} {wanted}", headers, body)
                return 200, {}, found
        return 404, {}, self._error("NOT_FOUND", f"no route {method} {path}", headers, body)

    def _error(self, code: str, message: str, headers: Mapping[str, str], body: Any) -> dict[str, Any]:
        if self.echo_secrets:  # some servers echo the request back in their errors
            message += f" (you sent {headers.get('authorization', '')} with {json.dumps(body)})"
        return {"error": code, "message": message, "code": code}

    def _exchange(self, body: Any) -> tuple[int, dict[str, str], Any]:
        with self.lock:
            self.exchanges += 1
            n = self.exchanges
        key = body.get("jwtApiKey") if isinstance(body, dict) else None
        if key != API_KEY:
            message = f"invalid API key {key}" if self.echo_secrets else "invalid API key"
            return 401, {}, {"data": None, "error": {"code": "INVALID_KEY", "message": message}, "meta": {}}
        now = time.time() + self.clock_offset
        token = make_jwt(now + self.token_lifetime, n=n, iat=now)
        with self.lock:
            self.tokens[token] = now + self.token_lifetime
        data = {"token": token, "expiresIn": self.token_lifetime, "tokenType": "Bearer"}
        return 200, {}, {"data": data, "error": None, "meta": {"success": True}}

    def _page(self, table: str, key: str, body: Any, *, search: bool) -> dict[str, Any]:
        body = body if isinstance(body, dict) else {}
        size = int(body.get("pageSize") or body.get("limit") or 50)
        page = int(body.get("page") or 0)
        with self.lock:
            where = body.get("where") if search and not self.ignore_where else None
            order = body.get("orderBy") if search else [{"id": "asc"}]
            after = _keyset_after(where) if self.sorted_by_id and order == [{"id": "asc"}] else None
            if after is not None:
                rows = self.tables[table]
                rows = rows[bisect.bisect_right(rows, after[0], key=lambda r: r["id"]) :]
            else:
                rows = [r for r in self.tables[table] if matches(r, where)]
                rows = ordered(rows, order)
            start = page * size if self.page_semantics == "index" else page
            chosen = copy.deepcopy(rows[start : start + size])
        result: dict[str, Any] = {key: chosen}
        if self.report_total:
            result["total"] = {"aggregate": {"count": len(rows)}}
        return result

    def _records(self, method: str, body: Any) -> tuple[int, dict[str, str], Any]:
        records = body.get("records", []) if isinstance(body, dict) else []
        results = []
        for i, record in enumerate(records):
            failed = bool((record.get("attributes") or {}).get("fail"))
            status = "FAILED" if failed else {"POST": "CREATED", "PUT": "UPDATED", "DELETE": "DELETED"}[method]
            result: dict[str, Any] = {"id": 1000 + len(self.written) + i, "status": status}
            if self.record_results != "anonymous":
                result.update(type=record.get("type"), systemRef=record.get("systemRef"))
            result["error"] = {"code": "INVALID", "message": "attributes.fail is set"} if failed else None
            if self.record_results == "missing" and i % 3 == 2:
                continue
            results.append(result)
        if self.record_results == "reordered":
            results.reverse()
        with self.lock:
            self.written.extend(r for r in records if not (r.get("attributes") or {}).get("fail"))
        summary = {"total": len(records)}
        return 200, {}, {"data": {"records": results, "summary": summary}, "error": None, "meta": {"success": True}}


def _keyset_after(where: Mapping[str, Any] | None) -> tuple[Any] | None:
    """``(v,)`` for no condition (v: below every id) or exactly ``{"id": {"_gt": v}}``; else None."""
    if not where:
        return (float("-inf"),)
    cond = where.get("id") if len(where) == 1 else None
    if isinstance(cond, Mapping) and list(cond) == ["_gt"]:
        return (cond["_gt"],)
    return None


def _handler_for(fake: FakeAiwyn) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
            """Quiet: the test output is for the client's messages."""

        def _serve(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            raw = self.rfile.read(length) if length else b""
            try:
                body = json.loads(raw) if raw else None
            except ValueError:
                body = raw.decode(errors="replace")
            path, _, query = self.path.partition("?")
            headers = {k.lower(): v for k, v in self.headers.items()}
            seen = Seen(self.command, path, headers, body, query)
            with fake.lock:
                fake.requests.append(seen)
            if fake.authorize is not None and path != "/v1/auth/token" and not fake.authorize(seen):
                self._send(401, {}, json.dumps(fake._error("UNAUTHORIZED", "not authorised", headers, body)).encode())
                return
            fault = fake._take_fault(path, body)
            if fault is not None and self._misbehave(fault, headers, body):
                return
            status, extra, payload = fake.answer(self.command, path, headers, body)
            if fault is not None and fault.action in ("short", "missing_array") and isinstance(payload, dict):
                for key, value in list(payload.items()):
                    if isinstance(value, list):
                        if fault.action == "short":
                            payload[key] = value[: fault.keep]
                        else:
                            del payload[key]
            content = json.dumps(payload).encode()
            if fault is not None and fault.action in ("cut", "stall"):
                self._break(fault, status, extra, content)
                return
            self._send(status, extra, content)

        def _break(self, fault: Fault, status: int, headers: Mapping[str, str], content: bytes) -> None:
            """Half the body under the full Content-Length, then (after ``delay`` for a stall) a
            closed connection: the client must read it within the attempt and retry."""
            self._head(status, headers, content)
            self.wfile.write(content[: len(content) // 2])
            self.wfile.flush()
            if fault.action == "stall":
                time.sleep(fault.delay)
            self.close_connection = True
            with contextlib.suppress(OSError):  # the client may have hung up first
                self.connection.shutdown(socket.SHUT_RDWR)

        def _misbehave(self, fault: Fault, headers: Mapping[str, str], body: Any) -> bool:
            """Answer in place of the server for faults that replace the answer; False to go on."""
            if fault.action == "drop":
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_RDWR)
                return True
            if fault.action == "status":
                payload = fake._error("FAULT", "scripted failure", headers, body)
                self._send(fault.status, fault.headers, json.dumps(payload).encode())
                return True
            if fault.action == "garbage":
                self._send(200, {}, b'{"clients": [{"id": 1,')
                return True
            if fault.action == "deep":
                self._send(200, {}, b"[" * 100_000 + b"]" * 100_000)
                return True
            if fault.action == "redirect":
                self._send(fault.status, {"location": fault.location, **fault.headers}, b"")
                return True
            return False

        def _head(self, status: int, headers: Mapping[str, str], content: bytes) -> None:
            """The status line and headers of a JSON answer of ``content``'s length."""
            self.send_response(status)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(content)))
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()

        def _send(self, status: int, headers: Mapping[str, str], content: bytes) -> None:
            self._head(status, headers, content)
            self.wfile.write(content)

        do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve

    return Handler
