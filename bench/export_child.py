"""One export in a fresh interpreter: ``python -m bench.export_child BASE_URL CONCURRENCY``.

Prints the records seen, the seconds the export took and the peak RSS in MiB, as JSON. The
clock starts after one small warm-up call, so process set-up paid once (the SSL context, lazy
imports in httpx's and anyio's first request) is not counted against either run.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time

from aiwyn_client import AsyncAiwyn


async def export(base_url: str, concurrency: int) -> tuple[int, float]:
    count = 0
    async with AsyncAiwyn(token="bench", base_url=base_url, timeout=60) as aiwyn:
        await aiwyn.clients.list(page_size=1)
        started = time.perf_counter()
        async for _ in aiwyn.clients.iter(page_size=1000, concurrency=concurrency):
            count += 1
        return count, time.perf_counter() - started


if __name__ == "__main__":
    seen, elapsed = asyncio.run(export(sys.argv[1], int(sys.argv[2])))
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"records": seen, "seconds": elapsed, "peak_rss_mib": peak_mib}))
