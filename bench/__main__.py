"""``make bench``: decode, call overhead, export and regeneration, as ratios; writes bench/results.md."""

from __future__ import annotations

import argparse
import datetime
import functools
import importlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path
from typing import Any

import aiwyn_client._json as aiwyn_json
import httpx
from aiwyn_client import Aiwyn

from bench.timing import Ratio, compare
from generator import build
from generator.mock import free_port
from generator.naming import model_class
from generator.samples import list_page
from generator.settings import Settings
from generator.spec import SpecIndex
from generator.stock import import_stock

RESULTS = Path(__file__).resolve().parent / "results.md"
TARGETS = {
    "decode": "≤ 1.5x json.loads (runtime deps), ≤ 1.1x with the fast extra (msgspec)",
    "overhead": "≤ 1.15x a bare httpx call",
    "export": "concurrency=8 ≥ 6x faster; 100k RSS within 25 MB of 10k",
    "regen": "< 20 s",
    "cli": "aiwyn export ≤ 1.2x the async iterator alone; aiwyn sync ≤ 2x aiwyn export; RSS flat 10k to 100k",
}


# ---------------------------------------------------------------------- decode
def decode(settings: Settings, index: SpecIndex, rounds: int, records: int) -> list[tuple[str, dict[str, Ratio]]]:
    models = importlib.import_module("aiwyn_client.models")
    with tempfile.TemporaryDirectory(prefix="aiwyn-stock-") as tmp:
        stock = import_stock(settings, Path(tmp))
        rows = []
        for op in index.operations:
            if op.kind != "list" or not op.raw.get("requestBody"):
                continue
            schema = index.json_body_schema(op.raw["responses"][op.success_status])
            name = model_class(settings, schema["$ref"].rsplit("/", 1)[1])
            body = json.dumps(list_page(index, schema, records)).encode()
            ours, theirs = getattr(models, name), getattr(stock, name)
            decoder = aiwyn_json.decoder

            def with_json(ours: Any = ours, body: bytes = body, decoder: Any = decoder) -> object:
                aiwyn_json.decoder = None  # the runtime-dependencies-only path
                try:
                    return ours.from_dict(aiwyn_json.loads(body))
                finally:
                    aiwyn_json.decoder = decoder

            def with_msgspec(ours: Any = ours, body: bytes = body) -> object:
                return ours.from_dict(aiwyn_json.loads(body))

            def stock_templates(theirs: Any = theirs, body: bytes = body) -> object:
                return theirs.from_dict(json.loads(body))

            candidates: dict[str, Callable[[], object]] = {"typed": with_json}
            if decoder is not None:
                candidates["typed, msgspec"] = with_msgspec
            candidates["stock templates"] = stock_templates
            rows.append(
                (
                    f"{op.operation_id} ({name})",
                    # Pages decoded back to back, as an export does: 5 per timing, best of 3 a round.
                    compare(functools.partial(json.loads, body), candidates, rounds, repeat=5),
                )
            )
        return rows


# ---------------------------------------------------------------------- call overhead
def overhead(rounds: int) -> Ratio:
    page = {
        "clients": [{"id": i, "name": f"Client {i}", "active": True} for i in range(5)],
        "total": {"aggregate": {"count": 5}},
    }
    content = json.dumps(page).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    bare = httpx.Client(base_url="https://bench.test", transport=httpx.MockTransport(handler))
    aiwyn = Aiwyn(token="bench", base_url="https://bench.test", transport=httpx.MockTransport(handler))
    headers = {"Authorization": "Bearer bench"}

    def bare_call() -> object:
        return json.loads(bare.post("/gql/v1/clients", json={"pageSize": 5, "page": 0}, headers=headers).content)

    result = compare(bare_call, {"Aiwyn": lambda: aiwyn.clients.list(page_size=5, page=0)}, rounds, repeat=200)
    return result["Aiwyn"]


# ---------------------------------------------------------------------- export
def _export(base_url: str, concurrency: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.export_child", base_url, str(concurrency)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def _with_server(records: int, latency: float) -> tuple[subprocess.Popen[str], str]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.server", str(port), str(records), str(latency)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert server.stdout is not None and server.stdout.readline().strip() == "ready"
    return server, f"http://127.0.0.1:{port}"


def export(records: int, latency: float, repeats: int = 3) -> dict[str, Any]:
    """Sequential vs concurrency=8 on a warmed server (median of ``repeats``), and peak RSS."""
    results: dict[str, Any] = {}
    for total in (records, records // 10):
        server, url = _with_server(total, latency)
        try:
            warm = _export(url, 8)  # the server builds each page body once; keep that out of the timings
            assert warm["records"] == total, warm
            if total == records:
                sequential = [_export(url, 1) for _ in range(repeats)]
                concurrent = [_export(url, 8) for _ in range(repeats)]
                assert all(run["records"] == total for run in sequential + concurrent)
                results["sequential_s"] = statistics.median(run["seconds"] for run in sequential)
                results["concurrent_s"] = statistics.median(run["seconds"] for run in concurrent)
                results["speedup"] = results["sequential_s"] / results["concurrent_s"]
                results["speedups"] = sorted(
                    a["seconds"] / b["seconds"] for a, b in zip(sequential, concurrent, strict=True)
                )
                results["rss_full_mib"] = max(run["peak_rss_mib"] for run in concurrent)
            else:
                results["rss_tenth_mib"] = max(_export(url, 8)["peak_rss_mib"] for _ in range(repeats))
        finally:
            server.kill()
            server.wait()
    results["rss_growth_mib"] = results["rss_full_mib"] - results["rss_tenth_mib"]
    return results


# ---------------------------------------------------------------------- the aiwyn command
PEAK_RSS = (
    "import resource, subprocess, sys, time; started = time.perf_counter(); "
    "subprocess.run(sys.argv[1:], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
    "print(time.perf_counter() - started, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)"
)


def _process(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and peak RSS (MiB) of one process, measured from a fresh parent."""
    out = subprocess.run(
        [sys.executable, "-c", PEAK_RSS, *command], env=env, cwd=cwd, capture_output=True, text=True, check=True
    )
    seconds, rss = out.stdout.split()
    return float(seconds), float(rss)


def command_line(records: int, latency: float, repeats: int = 3) -> dict[str, Any]:
    """``aiwyn export`` to jsonl vs the async iterator alone, ``aiwyn sync`` into DuckDB vs the
    export (both through the search, by keyset), and the export's peak RSS at a tenth the records."""
    aiwyn = str(Path(sys.executable).with_name("aiwyn"))
    root = Path(__file__).resolve().parent.parent
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="aiwyn-bench-cli-") as tmp:
        work = Path(tmp)
        for total in (records, records // 10):
            server, url = _with_server(total, latency)
            env = {**os.environ, "AIWYN_BASE_URL": url, "AIWYN_TOKEN": "bench", "AIWYN_API_KEY": ""}
            env.update(DLT_DATA_DIR=str(work / "dlt"), RUNTIME__LOG_LEVEL="WARNING")
            try:
                iterate = [sys.executable, "-m", "bench.export_child", url, "8"]
                export_list = [aiwyn, "export", "clients", "-o", str(work / "list.jsonl"), "--method", "list"]
                export_list += ["--concurrency", "8", "--page-size", "1000"]
                export_search = [aiwyn, "export", "clients", "-o", str(work / "search.jsonl"), "--page-size", "1000"]
                sync = [aiwyn, "sync", "clients", "--duckdb-file", str(work / "bench.duckdb"), "--full-refresh"]
                _process(iterate, env, root)  # warm the server's page cache
                if total == records:
                    runs: dict[str, list[float]] = {name: [] for name in ("iterate", "export", "search", "sync")}
                    for _ in range(repeats):  # interleaved, so drift hits every command alike
                        runs["iterate"].append(_process(iterate, env, root)[0])
                        runs["export"].append(_process(export_list, env, work)[0])
                        runs["search"].append(_process(export_search, env, work)[0])
                        runs["sync"].append(_process(sync, env, work)[0])
                    median = {name: statistics.median(times) for name, times in runs.items()}
                    results.update({f"{name}_s": value for name, value in median.items()})
                    results["export_vs_iterate"] = median["export"] / median["iterate"]
                    results["sync_vs_export"] = median["sync"] / median["search"]
                    results["rss_full_mib"] = max(_process(export_list, env, work)[1] for _ in range(2))
                else:
                    results["rss_tenth_mib"] = max(_process(export_list, env, work)[1] for _ in range(2))
            finally:
                server.kill()
                server.wait()
    results["rss_growth_mib"] = results["rss_full_mib"] - results["rss_tenth_mib"]
    return results


# ---------------------------------------------------------------------- regeneration
def regeneration(settings: Settings) -> tuple[float, float]:
    """Seconds for the whole generate step, and for openapi-python-client alone (the baseline)."""
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build.build_into(settings, Path(tmp) / "ours")
        ours = time.perf_counter() - started
        started = time.perf_counter()
        import_stock(settings, Path(tmp))
        stock = time.perf_counter() - started
    return ours, stock


# ---------------------------------------------------------------------- report
def environment() -> list[str]:
    versions = {name: metadata.version(name) for name in ("httpx", "attrs", "openapi-python-client")}
    versions["msgspec"] = metadata.version("msgspec") if aiwyn_json.decoder is not None else "not installed"
    return [
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        "- " + ", ".join(f"{k} {v}" for k, v in versions.items()),
        f"- date: {datetime.date.today().isoformat()}",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--records", type=int, default=1000, help="records per decoded page")
    parser.add_argument("--export-records", type=int, default=100_000)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per page on the export server")
    args = parser.parse_args(argv)
    settings = Settings.load()
    index = SpecIndex.from_settings(settings)

    lines = [
        "# Benchmarks",
        "",
        "Made by `make bench`; every figure is a ratio against a baseline measured in the",
        "same run: the median of interleaved rounds, with the interquartile range in brackets.",
        "",
    ]
    lines += environment() + [""]

    print("decode …", flush=True)
    rows = decode(settings, index, args.rounds, args.records)
    columns = list(rows[0][1])
    lines += [
        f"## Decode: {args.records}-record list responses to typed models, vs `json.loads` of the same bytes",
        "",
        f"Target: {TARGETS['decode']}.",
        "",
        "| operation | " + " | ".join(columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    lines += [f"| {name} | " + " | ".join(str(r[c]) for c in columns) + " |" for name, r in rows]
    summary = {c: sorted(r[c].median for _, r in rows)[len(rows) // 2] for c in columns}
    lines += ["", "Median over the operations: " + ", ".join(f"{c} {v:.2f}x" for c, v in summary.items()) + ".", ""]

    print("call overhead …", flush=True)
    call = overhead(args.rounds)
    lines += [
        "## Call overhead: `aiwyn.clients.list()` vs a bare `httpx.Client` post + `json.loads`",
        "",
        f"Target: {TARGETS['overhead']}. Both on an `httpx.MockTransport`, 5-record page, logging off;",
        "`Aiwyn` adds request model, auth flow, retry transport, response checks and typed decoding.",
        "",
        f"- Aiwyn: **{call}** (bare call {call.baseline_seconds * 1e6:.0f} µs)",
        "",
    ]

    print("export …", flush=True)
    exported = export(args.export_records, args.latency)
    lines += [
        f"## Export: {args.export_records:,} records through `AsyncAiwyn` iterators",
        "",
        f"Target: {TARGETS['export']}. Loopback server, {args.latency * 1000:.0f} ms per page, 1000 per page.",
        "",
        f"- sequential {exported['sequential_s']:.2f} s, concurrency=8 {exported['concurrent_s']:.2f} s: "
        f"**{exported['speedup']:.1f}x faster** (runs: " + ", ".join(f"{x:.1f}x" for x in exported["speedups"]) + ")",
        f"- peak RSS {exported['rss_full_mib']:.1f} MiB for {args.export_records:,} records vs "
        f"{exported['rss_tenth_mib']:.1f} MiB for {args.export_records // 10:,}: "
        f"**{exported['rss_growth_mib']:+.1f} MiB**",
        "",
    ]

    print("the aiwyn command …", flush=True)
    cli = command_line(args.export_records, args.latency)
    lines += [
        f"## The `aiwyn` command: {args.export_records:,} records",
        "",
        f"Target: {TARGETS['cli']}. Whole processes, wall time, median of 3 interleaved runs, same server.",
        "",
        f"- `aiwyn export clients -o x.jsonl --method list --concurrency 8`: {cli['export_s']:.2f} s vs the"
        f" async iterator alone at concurrency 8 (`bench.export_child`) {cli['iterate_s']:.2f} s:"
        f" **{cli['export_vs_iterate']:.2f}x**",
        f"- `aiwyn sync clients` into DuckDB: {cli['sync_s']:.2f} s vs `aiwyn export clients` through the same search"
        f" {cli['search_s']:.2f} s: **{cli['sync_vs_export']:.2f}x**",
        f"- export peak RSS {cli['rss_full_mib']:.1f} MiB for {args.export_records:,} records vs"
        f" {cli['rss_tenth_mib']:.1f} MiB for {args.export_records // 10:,}: **{cli['rss_growth_mib']:+.1f} MiB**",
        "",
    ]

    print("regeneration …", flush=True)
    ours, stock = regeneration(settings)
    lines += [
        "## Regeneration",
        "",
        f"Target: {TARGETS['regen']}.",
        "",
        f"- the generate step: **{ours:.1f} s**, {ours / stock:.1f}x openapi-python-client alone ({stock:.1f} s)",
        "",
    ]

    report = "\n".join(lines)
    RESULTS.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
