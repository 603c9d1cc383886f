"""One export in a fresh interpreter: ``python -m bench.export_child BASE_URL CONCURRENCY``.

Prints the records seen, the seconds taken and the peak RSS in MiB, as JSON.
"""

from __future__ import annotations

import asyncio
import json
import resource
import sys
import time

from aiwyn_client import AsyncAiwyn


async def export(base_url: str, concurrency: int) -> int:
    count = 0
    async with AsyncAiwyn(token="bench", base_url=base_url, timeout=60) as aiwyn:
        async for _ in aiwyn.clients.iter(page_size=1000, concurrency=concurrency):
            count += 1
    return count


if __name__ == "__main__":
    started = time.perf_counter()
    seen = asyncio.run(export(sys.argv[1], int(sys.argv[2])))
    elapsed = time.perf_counter() - started
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"records": seen, "seconds": elapsed, "peak_rss_mib": peak_mib}))
