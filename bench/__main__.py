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
import yaml
from aiwyn_client import Aiwyn

from bench.bodies import list_pages
from bench.timing import Ratio, compare
from generator import build
from generator.mock import free_port
from generator.settings import Settings
from generator.spec import SpecIndex
from generator.stock import import_stock

RESULTS = Path(__file__).resolve().parent / "results.md"
TARGETS = {
    "exact": "≤ 1.35x json.loads on the runtime dependencies alone, ≤ 0.6x with msgspec",
    "realistic": "≤ 1.6x json.loads on the runtime dependencies alone, ≤ 0.75x with msgspec",
    "overhead": "≤ 1.15x a bare httpx call",
    "export": "concurrency=8 ≥ 7x faster than sequential; concurrency=16 ≥ 0.95x bare httpx's throughput at 16; "
    "100k RSS within 25 MB of 10k",
    "startup": "import ≤ 1.5x `import httpx`; a second `Aiwyn()` ≤ 0.15x the first",
    "memory": "≤ 0.7x the bytes of the same records as dicts",
    "regen": "< 20 s; < 30 s per 500 operations for a large description, checks included",
    "cli": "aiwyn export ≤ 1.2x the async iterator alone; aiwyn sync (DuckDB, PostgreSQL) ≤ 2x aiwyn export; "
    "RSS flat 10k to 100k (export and sync)",
}


# ---------------------------------------------------------------------- decode
DecodeRows = list[tuple[str, dict[str, Ratio | str]]]


def decode(settings: Settings, index: SpecIndex, rounds: int, records: int) -> dict[str, DecodeRows]:
    """Every list operation's page, exact and realistic (bench/bodies.py), decoded to typed models
    the way the endpoints decode it (``from_json``): on the runtime dependencies alone, with
    msgspec, and by the stock templates' models; each a ratio to ``json.loads`` of the same bytes."""
    models = importlib.import_module("aiwyn_client.models")
    tables: dict[str, DecodeRows] = {"exact": [], "realistic": []}
    with tempfile.TemporaryDirectory(prefix="aiwyn-stock-") as tmp:
        stock = import_stock(settings, Path(tmp))
        for page in list_pages(settings, index, records):
            ours, theirs = getattr(models, page.model), getattr(stock, page.model)
            for kind, body in (("exact", page.exact), ("realistic", page.realistic)):
                candidates: dict[str, Callable[[], object]] = {"typed": functools.partial(_pure, ours, body)}
                if aiwyn_json.decoder is not None:
                    candidates["typed, msgspec"] = functools.partial(ours.from_json, body)
                stock_error = _fails(functools.partial(_stock, theirs, body))
                if not stock_error:
                    candidates["stock templates"] = functools.partial(_stock, theirs, body)
                # Pages decoded back to back, as an export does: 5 per timing, best of 3 a round.
                ratios: dict[str, Ratio | str] = {}
                ratios.update(compare(functools.partial(json.loads, body), candidates, rounds, repeat=5))
                if stock_error:
                    ratios["stock templates"] = f"raises {stock_error}"
                tables[kind].append((f"{page.operation} ({page.model})", ratios))
    return tables


def _pure(model: Any, body: bytes) -> object:
    """The runtime-dependencies-only path: no msgspec, so no Structs either."""
    decoder, aiwyn_json.decoder = aiwyn_json.decoder, None
    try:
        return model.from_json(body)
    finally:
        aiwyn_json.decoder = decoder


def _fails(decode: Callable[[], object]) -> str:
    """The exception a decoder raises on a page (the stock models' on nulls), or ''."""
    try:
        decode()
    except Exception as exc:  # noqa: BLE001 - reported in the table
        return type(exc).__name__
    return ""


def _stock(model: Any, body: bytes) -> object:
    return model.from_dict(json.loads(body))


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
def _export(base_url: str, concurrency: int, bare: bool = False) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "bench.export_child", base_url, str(concurrency), *(["bare"] if bare else [])],
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
    """Sequential vs concurrency=8, and concurrency=16 vs bare httpx at 16 (its throughput as a
    fraction of bare httpx's), on a warmed server (median of ``repeats``); and peak RSS."""
    results: dict[str, Any] = {}
    for total in (records, records // 10):
        server, url = _with_server(total, latency)
        try:
            warm = _export(url, 8)  # the server builds each page body once; keep that out of the timings
            assert warm["records"] == total, warm
            if total == records:
                sequential, concurrent, wide, bare = [], [], [], []
                for _ in range(repeats):  # interleaved, so drift hits every kind of run alike
                    sequential.append(_export(url, 1))
                    concurrent.append(_export(url, 8))
                    wide.append(_export(url, 16))
                    bare.append(_export(url, 16, bare=True))
                assert all(run["records"] == total for run in sequential + concurrent + wide + bare)
                results["wide_s"] = statistics.median(run["seconds"] for run in wide)
                results["bare_s"] = statistics.median(run["seconds"] for run in bare)
                results["wide_vs_bare"] = results["bare_s"] / results["wide_s"]
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
    results["sync_rss_growth_mib"] = results["sync_rss_full_mib"] - results["sync_rss_tenth_mib"]
    return results


# ---------------------------------------------------------------------- start-up
IMPORT = "import time; started = time.perf_counter(); import {module}; print(time.perf_counter() - started)"
CLIENTS = (
    "import time, aiwyn_client; times = []\n"
    "for _ in range(2):\n"
    "    started = time.perf_counter(); aiwyn_client.Aiwyn(token='t', base_url='https://bench.test')\n"
    "    times.append(time.perf_counter() - started)\n"
    "print(*times)"
)


def _child(code: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split()]


def startup(rounds: int) -> dict[str, Any]:
    """``import aiwyn_client`` vs ``import httpx``, and a second ``Aiwyn()`` vs the first, each in
    fresh interpreters, interleaved; medians of the per-round ratios."""
    imports, clients, httpx_s, ours_s = [], [], [], []
    for _ in range(rounds):
        (base,) = _child(IMPORT.format(module="httpx"))
        (ours,) = _child(IMPORT.format(module="aiwyn_client"))
        first, second = _child(CLIENTS)
        imports.append(ours / base)
        clients.append(second / first)
        httpx_s.append(base)
        ours_s.append(ours)
    return {
        "import": statistics.median(imports),
        "import_range": (min(imports), max(imports)),
        "httpx_ms": statistics.median(httpx_s) * 1000,
        "ours_ms": statistics.median(ours_s) * 1000,
        "second": statistics.median(clients),
    }


# ---------------------------------------------------------------------- memory held
def memory(settings: Settings, index: SpecIndex, records: int) -> list[tuple[str, float, float]]:
    """Bytes held by ``10 * records`` typed records vs the same as dicts, per list operation,
    for exact and realistic pages (bench/memory_child.py)."""
    rows = []
    for page in list_pages(settings, index, records):
        ratios = []
        for body in (page.exact, page.realistic):
            held = {}
            for kind in ("typed", "dicts"):
                out = subprocess.run(
                    [sys.executable, "-m", "bench.memory_child", page.model, kind],
                    input=body,
                    capture_output=True,
                    check=True,
                    cwd=Path(__file__).resolve().parent.parent,
                )
                held[kind] = int(out.stdout)
            ratios.append(held["typed"] / held["dicts"])
        rows.append((f"{page.operation} ({page.model})", ratios[0], ratios[1]))
    return rows


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
    from tests.postgres_server import PostgresServer  # the machine's server (make postgres), as the tests use

    aiwyn = str(Path(sys.executable).with_name("aiwyn"))
    root = Path(__file__).resolve().parent.parent
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="aiwyn-bench-cli-") as tmp, PostgresServer() as pg:
        work = Path(tmp)
        for total in (records, records // 10):
            server, url = _with_server(total, latency)
            env = {**os.environ, "AIWYN_BASE_URL": url, "AIWYN_TOKEN": "bench", "AIWYN_API_KEY": ""}
            env.update(DLT_DATA_DIR=str(work / "dlt"), RUNTIME__LOG_LEVEL="WARNING")
            env.update(DESTINATION__POSTGRES__CREDENTIALS=pg.dsn)
            try:
                iterate = [sys.executable, "-m", "bench.export_child", url, "8"]
                export_list = [aiwyn, "export", "clients", "-o", str(work / "list.jsonl"), "--method", "list"]
                export_list += ["--concurrency", "8", "--page-size", "1000"]
                export_search = [aiwyn, "export", "clients", "-o", str(work / "search.jsonl"), "--page-size", "1000"]
                sync = [aiwyn, "sync", "clients", "--duckdb-file", str(work / "bench.duckdb"), "--full-refresh"]
                sync_pg = [aiwyn, "sync", "clients", "--destination", "postgres", "--full-refresh"]
                sync_pg += ["--state-dir", str(work / "pg-state")]
                _process(iterate, env, root)  # warm the server's page cache
                if total == records:
                    names = ("iterate", "export", "search", "sync", "sync_pg")
                    runs: dict[str, list[float]] = {name: [] for name in names}
                    rss_pg: list[float] = []
                    for _ in range(repeats):  # interleaved, so drift hits every command alike
                        runs["iterate"].append(_process(iterate, env, root)[0])
                        runs["export"].append(_process(export_list, env, work)[0])
                        runs["search"].append(_process(export_search, env, work)[0])
                        runs["sync"].append(_process(sync, env, work)[0])
                        seconds, rss = _process(sync_pg, env, work)
                        runs["sync_pg"].append(seconds)
                        rss_pg.append(rss)
                    median = {name: statistics.median(times) for name, times in runs.items()}
                    results.update({f"{name}_s": value for name, value in median.items()})
                    results["export_vs_iterate"] = median["export"] / median["iterate"]
                    results["sync_vs_export"] = median["sync"] / median["search"]
                    results["sync_pg_vs_export"] = median["sync_pg"] / median["search"]
                    results["sync_rss_full_mib"] = max(rss_pg)
                    results["rss_full_mib"] = max(_process(export_list, env, work)[1] for _ in range(2))
                else:
                    results["rss_tenth_mib"] = max(_process(export_list, env, work)[1] for _ in range(2))
                    results["sync_rss_tenth_mib"] = max(_process(sync_pg, env, work)[1] for _ in range(2))
            finally:
                server.kill()
                server.wait()
    results["rss_growth_mib"] = results["rss_full_mib"] - results["rss_tenth_mib"]
    results["sync_rss_growth_mib"] = results["sync_rss_full_mib"] - results["sync_rss_tenth_mib"]
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


PUBLIC = Path(__file__).resolve().parent.parent / "tests" / "generator" / "public"
"""The public corpus (tests/generator/public/corpus.yaml): real descriptions, as published."""


def regeneration_at_scale(settings: Settings) -> tuple[str, int, float, float]:
    """The largest description of the public corpus: its name, operations, seconds for the whole
    build (checks included: import, mypy --strict), and for openapi-python-client alone on the
    same (normalised) description, the baseline."""
    corpus = yaml.safe_load((PUBLIC / "corpus.yaml").read_text(encoding="utf-8"))["descriptions"]
    entry = max(corpus, key=lambda e: int(e["operations"]))
    raw = {**settings.raw, "spec": str(PUBLIC / entry["file"]), "resources": {"uncountable": [], "overrides": {}}}
    theirs = Settings(raw, root=settings.root)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build.build_into(theirs, Path(tmp) / "ours")
        ours = time.perf_counter() - started
        description = Path(tmp) / "normalised.json"
        description.write_text(json.dumps(SpecIndex.from_settings(theirs).spec), encoding="utf-8")
        started = time.perf_counter()
        command = build.opc_command(description, settings.opc_config, Path(tmp) / "stock", settings.opc_meta)
        subprocess.run(command, capture_output=True, check=False)  # its warnings are the build's concern
        stock = time.perf_counter() - started
    return str(entry["name"]), int(entry["operations"]), ours, stock


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


DECODE_HEADINGS = {
    "exact": "records exactly as declared",
    "realistic": "records with 1–3 undeclared keys, ~10% nulls and long unicode strings (bench/bodies.py)",
}


def _decode_table(kind: str, rows: DecodeRows, records: int) -> list[str]:
    columns = list(dict.fromkeys(c for _, r in rows for c in r))
    lines = [
        f"## Decode, {DECODE_HEADINGS[kind]}",
        "",
        f"{records}-record pages to typed models, vs `json.loads` of the same bytes.",
        "",
        f"Target: {TARGETS[kind]}.",
        "",
        "| operation | " + " | ".join(columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    lines += [f"| {name} | " + " | ".join(str(r.get(c, "–")) for c in columns) + " |" for name, r in rows]
    summary = {}
    for column in columns:
        medians = sorted(ratio.median for _, r in rows if isinstance(ratio := r.get(column), Ratio))
        summary[column] = f"{medians[len(medians) // 2]:.2f}x" if len(medians) == len(rows) else "–"
    lines += ["", "Median over the operations: " + ", ".join(f"{c} {v}" for c, v in summary.items()) + ".", ""]
    return lines


def decode_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    lines: list[str] = []
    for kind, rows in decode(settings, index, args.rounds, args.records).items():
        lines += _decode_table(kind, rows, args.records)
    return lines


def overhead_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    call = overhead(args.rounds)
    return [
        "## Call overhead: `aiwyn.clients.list()` vs a bare `httpx.Client` post + `json.loads`",
        "",
        f"Target: {TARGETS['overhead']}. Both on an `httpx.MockTransport`, 5-record page, logging off;",
        "`Aiwyn` adds request model, auth flow, retry transport, response checks and typed decoding.",
        "",
        f"- Aiwyn: **{call}** (bare call {call.baseline_seconds * 1e6:.0f} µs)",
        "",
    ]


def export_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    exported = export(args.export_records, args.latency)
    return [
        f"## Export: {args.export_records:,} records through `AsyncAiwyn` iterators",
        "",
        f"Target: {TARGETS['export']}. Loopback server, {args.latency * 1000:.0f} ms per page, 1000 per page.",
        "",
        f"- sequential {exported['sequential_s']:.2f} s, concurrency=8 {exported['concurrent_s']:.2f} s: "
        f"**{exported['speedup']:.1f}x faster** (runs: " + ", ".join(f"{x:.1f}x" for x in exported["speedups"]) + ")",
        f"- concurrency=16 {exported['wide_s']:.2f} s vs bare `httpx.AsyncClient` posts + `json.loads` at 16"
        f" {exported['bare_s']:.2f} s: **{exported['wide_vs_bare']:.2f}x bare httpx's throughput**",
        f"- peak RSS {exported['rss_full_mib']:.1f} MiB for {args.export_records:,} records vs "
        f"{exported['rss_tenth_mib']:.1f} MiB for {args.export_records // 10:,}: "
        f"**{exported['rss_growth_mib']:+.1f} MiB**",
        "",
    ]


def startup_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    started = startup(args.rounds)
    low, high = started["import_range"]
    return [
        "## Start-up",
        "",
        f"Target: {TARGETS['startup']}. Fresh interpreters, {args.rounds} interleaved rounds, median ratio.",
        "",
        f"- `import aiwyn_client` {started['ours_ms']:.0f} ms vs `import httpx` {started['httpx_ms']:.0f} ms:"
        f" **{started['import']:.2f}x** (range {low:.2f}-{high:.2f}). httpx imports its own command line"
        " (click, rich) when they are installed, as they are here.",
        f"- a second `Aiwyn()` in one process vs the first (one shared TLS context): **{started['second']:.3f}x**",
        "",
    ]


def memory_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    records = args.export_records // 10
    rows = memory(settings, index, records)
    lines = [
        f"## Memory held: {records * 10:,} decoded records vs the same as dicts",
        "",
        f"Target: {TARGETS['memory']}. Bytes still allocated with the records kept and their pages dropped"
        " (tracemalloc, fresh interpreters).",
        "",
        "| operation | exact | realistic |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {exact:.2f}x | {rough:.2f}x |" for name, exact, rough in rows]
    exact = statistics.median(r[1] for r in rows)
    rough = statistics.median(r[2] for r in rows)
    return [*lines, "", f"Median over the operations: exact **{exact:.2f}x**, realistic **{rough:.2f}x**.", ""]


def command_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    cli = command_line(args.export_records, args.latency)
    return [
        f"## The `aiwyn` command: {args.export_records:,} records",
        "",
        f"Target: {TARGETS['cli']}. Whole processes, wall time, median of 3 interleaved runs, same server.",
        "",
        f"- `aiwyn export clients -o x.jsonl --method list --concurrency 8`: {cli['export_s']:.2f} s vs the"
        f" async iterator alone at concurrency 8 (`bench.export_child`) {cli['iterate_s']:.2f} s:"
        f" **{cli['export_vs_iterate']:.2f}x**",
        f"- `aiwyn sync clients` into DuckDB: {cli['sync_s']:.2f} s vs `aiwyn export clients` through the same search"
        f" {cli['search_s']:.2f} s: **{cli['sync_vs_export']:.2f}x**",
        f"- `aiwyn sync clients --destination postgres` (a local PostgreSQL server): {cli['sync_pg_s']:.2f} s vs the"
        f" same export: **{cli['sync_pg_vs_export']:.2f}x**; its peak RSS {cli['sync_rss_full_mib']:.1f} MiB for"
        f" {args.export_records:,} records vs {cli['sync_rss_tenth_mib']:.1f} MiB for {args.export_records // 10:,}:"
        f" **{cli['sync_rss_growth_mib']:+.1f} MiB**",
        f"- export peak RSS {cli['rss_full_mib']:.1f} MiB for {args.export_records:,} records vs"
        f" {cli['rss_tenth_mib']:.1f} MiB for {args.export_records // 10:,}: **{cli['rss_growth_mib']:+.1f} MiB**",
        "",
    ]


def regeneration_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    ours, stock = regeneration(settings)
    name, operations, large, large_stock = regeneration_at_scale(settings)
    return [
        "## Regeneration",
        "",
        f"Target: {TARGETS['regen']}.",
        "",
        f"- the generate step: **{ours:.1f} s**, {ours / stock:.1f}x openapi-python-client alone ({stock:.1f} s)",
        f"- the largest public description ({name}, {operations} operations), checks included: {large:.1f} s,"
        f" **{large * 500 / operations:.1f} s per 500 operations**, {large / large_stock:.1f}x openapi-python-client"
        f" alone on it ({large_stock:.1f} s)",
        "",
    ]


Section = Callable[[argparse.Namespace, Settings, SpecIndex], list[str]]
SECTIONS: dict[str, Section] = {
    "decode": decode_section,
    "startup": startup_section,
    "memory": memory_section,
    "overhead": overhead_section,
    "export": export_section,
    "command": command_section,
    "regeneration": regeneration_section,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--rounds", type=int, default=21)
    parser.add_argument("--records", type=int, default=1000, help="records per decoded page")
    parser.add_argument("--export-records", type=int, default=100_000)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per page on the export server")
    parser.add_argument(
        "--only", action="append", choices=list(SECTIONS), help="run this section only and print it (repeatable)"
    )
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
    for name, section in SECTIONS.items():
        if args.only and name not in args.only:
            continue
        print(f"{name} …", flush=True)
        lines += section(args, settings, index)

    report = "\n".join(lines)
    if not args.only:  # a partial run does not replace the full report
        RESULTS.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
