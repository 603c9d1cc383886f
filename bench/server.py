"""A loopback stand-in for the list endpoint: pages of client records after a fixed latency.

Run as ``python -m bench.server PORT RECORDS LATENCY``; it prints "ready" once listening and
serves until killed. Bodies are made once per page and cached, so the server's own cost stays
out of the client's measurements as far as possible.
"""

from __future__ import annotations

import json
import sys
import threading
import time
from functools import cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def _record(i: int) -> dict[str, object]:
    return {
        "id": i,
        "pmsRef": str(100000 + i),
        "clientRef": f"C-{i:07d}",
        "name": f"Client {i} Holdings LLC",
        "clientKey": f"{i:012d} f",
        "active": i % 5 != 0,
        "partnerStaffId": 40 + i % 17,
        "createdAt": f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T09:30:00+00:00",
    }


def serve(port: int, records: int, latency: float) -> None:
    @cache
    def page_body(start: int, size: int, total: int) -> bytes:
        rows = [_record(i + 1) for i in range(start, min(start + size, records))]
        return json.dumps({"clients": rows, "total": {"aggregate": {"count": total}}}).encode()

    def answer(body: dict[str, object]) -> bytes:
        """A page by number, or a keyset page of a search (``where: {id: {_gt: n}}``, ids ascending)."""
        size = int(str(body.get("pageSize", 50)))
        where = body.get("where")
        if where is None:
            return page_body(int(str(body.get("page", 0))) * size, size, records)
        parts = where.get("_and", [where]) if isinstance(where, dict) else []
        after = max((int(p["id"]["_gt"]) for p in parts if isinstance(p, dict) and "_gt" in p.get("id", {})), default=0)
        return page_body(after, size, records - after)

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:  # noqa: N802 - http.server's naming
            body = json.loads(self.rfile.read(int(self.headers.get("content-length", 0))) or b"{}")
            payload = answer(body)
            time.sleep(latency)
            self.send_response(200)
            self.send_header("content-type", "application/json")
            self.send_header("content-length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, format: str, *args: object) -> None:
            pass

    class Server(ThreadingHTTPServer):
        # socketserver's default backlog of 5 drops the SYNs of a concurrent client's new
        # connections beyond it, which then wait a whole second for the retry.
        request_queue_size = 128

    server = Server(("127.0.0.1", port), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("ready", flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    serve(int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3]))
