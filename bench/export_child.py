"""One export in a fresh interpreter: ``python -m bench.export_child BASE_URL CONCURRENCY [bare]``.

Prints the records seen, the seconds the export took and the peak RSS in MiB, as JSON. The
clock starts after one small warm-up call, so process set-up paid once (the SSL context, lazy
imports in httpx's and anyio's first request) is not counted against either run.

``bare`` is the baseline the client is held to: the same pages fetched by plain
``httpx.AsyncClient`` posts, ``concurrency`` in flight, each parsed with ``json.loads``; no
typed models, retries, auth or exactly-once bookkeeping.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import resource
import sys
import time

import httpx
from aiwyn_client import AsyncAiwyn

PAGE_SIZE = 1000


async def export(base_url: str, concurrency: int) -> tuple[int, float]:
    count = 0
    async with AsyncAiwyn(token="bench", base_url=base_url, timeout=60) as aiwyn:
        await aiwyn.clients.list(page_size=1)
        started = time.perf_counter()
        async for _ in aiwyn.clients.iter(page_size=PAGE_SIZE, concurrency=concurrency):
            count += 1
        return count, time.perf_counter() - started


async def bare_export(base_url: str, concurrency: int) -> tuple[int, float]:
    headers = {"Authorization": "Bearer bench"}
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=base_url, timeout=60, limits=limits, headers=headers) as client:
        await client.post("/gql/v1/clients", json={"pageSize": 1, "page": 0})
        started = time.perf_counter()
        pages = itertools.count()
        counts: list[int] = []

        async def worker() -> None:
            while True:
                response = await client.post("/gql/v1/clients", json={"pageSize": PAGE_SIZE, "page": next(pages)})
                records = len(json.loads(response.content)["clients"])
                counts.append(records)
                if records < PAGE_SIZE:
                    return

        await asyncio.gather(*(worker() for _ in range(concurrency)))
        return sum(counts), time.perf_counter() - started


def peak_rss_mib() -> float:
    """This process's peak RSS. Linux's ``ru_maxrss`` survives ``exec``, so a child started by a
    large parent would report the parent's peak; ``VmHWM`` belongs to this program alone."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


if __name__ == "__main__":
    run = bare_export if sys.argv[3:] == ["bare"] else export
    seen, elapsed = asyncio.run(run(sys.argv[1], int(sys.argv[2])))
    peak_mib = peak_rss_mib()
    print(json.dumps({"records": seen, "seconds": elapsed, "peak_rss_mib": peak_mib}))
