"""``make bench``: decode, call overhead, export and regeneration, as ratios; writes bench/results.md."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import aiwyn_client._json as aiwyn_json
import httpx
import yaml
from aiwyn_client import Aiwyn, AsyncAiwyn

from bench.bodies import list_pages
from bench.references import pydantic_model, struct_decoder
from bench.timing import Ratio, compare, spread
from generator import build
from generator.mock import free_port
from generator.settings import Settings
from generator.spec import SpecIndex
from generator.stock import import_stock

RESULTS = Path(__file__).resolve().parent / "results.md"


@dataclass(frozen=True)
class Target:
    """One row of issue #27's table: what is measured, its bound (None: a reference, no bound),
    and the figure the issue was filed with."""

    label: str
    bound: tuple[str, float] | None
    filed: str

    def met(self, value: float) -> str:
        if self.bound is None:
            return "reference"
        sign, limit = self.bound
        return "met" if (value <= limit if sign == "≤" else value >= limit) else "**not met**"

    def __str__(self) -> str:
        return "(reference)" if self.bound is None else f"{self.bound[0]} {self.bound[1]}x"


TARGETS: dict[str, Target] = {
    "list_exact": Target(
        "decode through `<resource>.list()`, exact records, vs `httpx` + `json.loads`", ("≤", 0.55), "0.79x"
    ),
    "list_realistic": Target("the same, realistic records", ("≤", 0.65), "0.86x"),
    "struct_exact": Target("the floor: `msgspec.Struct` of the same shape vs `json.loads`, exact", None, "0.37x"),
    "struct_realistic": Target("the same, realistic", None, "0.31x"),
    "pydantic": Target("pydantic v2 `model_validate_json` vs `json.loads`, exact", None, "1.45x"),
    "stock": Target("stock openapi-python-client vs `json.loads`, exact", None, "2.45x"),
    "pure_exact": Target("decode without msgspec (PyPy path) vs `json.loads`, exact", ("≤", 1.3), "1.46x"),
    "pure_realistic": Target("the same, realistic", ("≤", 1.5), "1.72x"),
    "call_sync": Target("one small `list()` call vs a bare httpx POST + `json.loads`, sync", ("≤", 1.05), "1.14x"),
    "call_async": Target("the same, async", ("≤", 1.05), "1.15x"),
    "export_8": Target(
        "export, `AsyncAiwyn` iterator, `concurrency=8` vs sequential (50 ms a page), speed-up", ("≥", 7.2), "6.44x"
    ),
    "export_16": Target(
        "the same at 16, throughput vs bare `httpx.AsyncClient` with 16 in flight", ("≥", 0.97), "0.89x"
    ),
    "memory_exact": Target("bytes held by 100,000 records vs the same as dicts, exact", ("≤", 0.65), "0.72x"),
    "memory_realistic": Target("the same, realistic", ("≤", 0.75), "0.84x"),
}
"""Issue #27's table: every row is measured by a section below and reported at the top of the results."""
GOALS = {
    "startup": "import ≤ 1.3x `import httpx`; a second `Aiwyn()` ≤ 0.15x the first; `aiwyn --help` ≤ 1.5x a whole"
    ' `python -c "import httpx"`',
    "export_rss": "100k RSS within 25 MB of 10k",
    "regen": "< 20 s; < 30 s per 500 operations for a large description, checks included",
    "size": "≤ 60 generated resource lines per operation (ours and the largest public description); no module"
    " over 2,000 lines",
    "cli": "aiwyn export ≤ 1.2x the async iterator alone; aiwyn sync (DuckDB, PostgreSQL) ≤ 2x aiwyn export; "
    "RSS flat 10k to 100k (export and sync)",
}
"""The project's other goals, not in the issue's table."""
FIGURES: dict[str, Ratio] = {}
"""What the sections measured for ``TARGETS``, by key; the summary reads it."""


# ---------------------------------------------------------------------- decode
DecodeRows = list[tuple[str, dict[str, Ratio | str]]]
LIST_COLUMN = "through list(), vs httpx + json.loads"


def decode(settings: Settings, index: SpecIndex, rounds: int, records: int) -> dict[str, DecodeRows]:
    """Every list operation's page, exact and realistic (bench/bodies.py), decoded to typed models
    the way the endpoints decode it (``from_json``): on the runtime dependencies alone, with
    msgspec, by the reference decoders (bench/references.py) and by the stock templates' models;
    each a ratio to ``json.loads`` of the same bytes. And the whole call: ``<resource>.list()``
    on an ``httpx.MockTransport`` answering with the page, vs a bare ``httpx.Client`` POST of the
    same request and ``json.loads`` of its body."""
    models = importlib.import_module("aiwyn_client.models")
    tables: dict[str, DecodeRows] = {"exact": [], "realistic": []}
    with tempfile.TemporaryDirectory(prefix="aiwyn-stock-") as tmp:
        stock = import_stock(settings, Path(tmp))
        for page in list_pages(settings, index, records):
            ours, theirs = getattr(models, page.model), getattr(stock, page.model)
            structs = struct_decoder(index, page.schema, page.model)
            validated = pydantic_model(index, page.schema, page.model)
            for kind, body in (("exact", page.exact), ("realistic", page.realistic)):
                candidates: dict[str, Callable[[], object]] = {"typed": functools.partial(_pure, ours, body)}
                if aiwyn_json.decoder is not None:
                    candidates["typed, msgspec"] = functools.partial(ours.from_json, body)
                    candidates["the same, nested read"] = functools.partial(_read_nested, ours, body)
                candidates["msgspec.Struct"] = functools.partial(structs.decode, body)
                candidates["pydantic"] = functools.partial(validated.model_validate_json, body)
                stock_error = _fails(functools.partial(_stock, theirs, body))
                if not stock_error:
                    candidates["stock templates"] = functools.partial(_stock, theirs, body)
                # Pages decoded back to back, as an export does: 3 per timing, best of 3 a round.
                ratios: dict[str, Ratio | str] = {}
                ratios.update(compare(functools.partial(json.loads, body), candidates, rounds, repeat=3))
                if stock_error:
                    ratios["stock templates"] = f"raises {stock_error}"
                with _calls(page.method, body) as (bare, call):
                    ratios[LIST_COLUMN] = compare(bare, {"list()": call}, rounds, repeat=3)["list()"]
                tables[kind].append((f"{page.operation} ({page.model})", ratios))
    return tables


@contextlib.contextmanager
def _calls(method: tuple[str, str], body: bytes) -> Iterator[tuple[Callable[[], object], Callable[[], object]]]:
    """A bare httpx POST + ``json.loads``, and ``aiwyn.<resource>.<method>()``, both answered
    ``body`` by a mock transport; the bare call sends the request ``Aiwyn`` sends."""
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(handler)
    with Aiwyn(token="bench", base_url="https://bench.test", transport=transport) as aiwyn:
        call = getattr(getattr(aiwyn, method[0]), method[1])
        call()
        request = sent[-1]
        with httpx.Client(transport=transport) as client:

            def bare() -> object:
                return json.loads(
                    client.post(request.url, content=request.content, headers={"authorization": "Bearer bench"}).content
                )

            yield bare, call


def _pure(model: Any, body: bytes) -> object:
    """The runtime-dependencies-only path: no msgspec, so no Structs either."""
    decoder, aiwyn_json.decoder = aiwyn_json.decoder, None
    try:
        return model.from_json(body)
    finally:
        aiwyn_json.decoder = decoder


def _read_nested(model: Any, body: bytes) -> object:
    """``from_json`` and then every record nested in the page's records read, to the bottom: what
    a page costs when everything in it is used, since nested records are made when first read
    (aiwyn_client._deferred)."""
    page = model.from_json(body)
    _read_all(page)
    return page


def _read_all(value: Any) -> None:
    if type(value) is list:
        if value and _nested_attrs(type(value[0])):  # a list of flat records has nothing to read
            for item in value:
                _read_all(item)
        return
    for attr in _nested_attrs(type(value)):
        if (nested := getattr(value, attr)) is not None:
            _read_all(nested)


_NESTED: dict[type, tuple[str, ...]] = {}


def _nested_attrs(model: type) -> tuple[str, ...]:
    """The attributes of ``model``'s fields holding records (none for a type that is no model)."""
    found = _NESTED.get(model)
    if found is None:
        plan = getattr(model, "_plan", None)
        fields = plan.fields if plan is not None else ()
        found = _NESTED[model] = tuple(field.attr for field in fields if field.record_ref)
    return found


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
ASYNC_BATCH = 50
"""Calls per ``run_until_complete``, so the event loop's own start and stop stay out of the ratio."""


def overhead(rounds: int) -> dict[str, Ratio]:
    """``aiwyn.clients.list()`` vs a bare httpx POST of the same JSON + ``json.loads``, on one mock
    transport answering a 5-record page, sync (``Aiwyn``, ``httpx.Client``) and async
    (``AsyncAiwyn``, ``httpx.AsyncClient``, in batches of ``ASYNC_BATCH`` calls on one loop)."""
    page = {
        "clients": [{"id": i, "name": f"Client {i}", "active": True} for i in range(5)],
        "total": {"aggregate": {"count": 5}},
    }
    content = json.dumps(page).encode()

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=content, headers={"content-type": "application/json"})

    url, headers, body = "https://bench.test", {"Authorization": "Bearer bench"}, {"pageSize": 5, "page": 0}
    bare = httpx.Client(base_url=url, transport=httpx.MockTransport(handler))
    aiwyn = Aiwyn(token="bench", base_url=url, transport=httpx.MockTransport(handler))

    def bare_call() -> object:
        return json.loads(bare.post("/gql/v1/clients", json=body, headers=headers).content)

    result = compare(bare_call, {"sync": lambda: aiwyn.clients.list(page_size=5, page=0)}, rounds, 200)
    bare.close()
    aiwyn.close()

    loop = asyncio.new_event_loop()
    abare = httpx.AsyncClient(base_url=url, transport=httpx.MockTransport(handler))
    aaiwyn = AsyncAiwyn(token="bench", base_url=url, transport=httpx.MockTransport(handler))

    async def bare_calls() -> None:
        for _ in range(ASYNC_BATCH):
            json.loads((await abare.post("/gql/v1/clients", json=body, headers=headers)).content)

    async def our_calls() -> None:
        for _ in range(ASYNC_BATCH):
            await aaiwyn.clients.list(page_size=5, page=0)

    try:
        timed = compare(
            lambda: loop.run_until_complete(bare_calls()),
            {"async": lambda: loop.run_until_complete(our_calls())},
            rounds,
            200 // ASYNC_BATCH,
        )
        result["async"] = timed["async"]
        loop.run_until_complete(abare.aclose())
        loop.run_until_complete(aaiwyn.aclose())
    finally:
        loop.close()
    return result


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


def export(records: int, latency: float, repeats: int = 5) -> dict[str, Any]:
    """Sequential vs concurrency=8, and concurrency=16 vs bare httpx at 16 (its throughput as a
    fraction of bare httpx's), on a warmed server, as the median of per-round ratios over
    ``repeats`` interleaved rounds; and peak RSS."""
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
                results["sequential_s"] = statistics.median(run["seconds"] for run in sequential)
                results["concurrent_s"] = statistics.median(run["seconds"] for run in concurrent)
                results["speedup"] = spread(
                    [s["seconds"] / c["seconds"] for s, c in zip(sequential, concurrent, strict=True)]
                )
                results["wide_vs_bare"] = spread([b["seconds"] / w["seconds"] for b, w in zip(bare, wide, strict=True)])
                results["rss_full_mib"] = max(run["peak_rss_mib"] for run in concurrent)
            else:
                results["rss_tenth_mib"] = max(_export(url, 8)["peak_rss_mib"] for _ in range(2))
        finally:
            server.kill()
            server.wait()
    results["rss_growth_mib"] = results["rss_full_mib"] - results["rss_tenth_mib"]
    return results


# ---------------------------------------------------------------------- start-up
IMPORT = "import time; started = time.perf_counter(); import {module}; print(time.perf_counter() - started)"
CLIENTS = (
    "import time; from aiwyn_client import Aiwyn; times = []\n"
    "for _ in range(2):\n"
    "    started = time.perf_counter(); Aiwyn(token='t', base_url='https://bench.test')\n"
    "    times.append(time.perf_counter() - started)\n"
    "print(*times)"
)


def _child(code: str) -> list[float]:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return [float(x) for x in out.stdout.split()]


def _whole(command: list[str]) -> float:
    """Seconds for a whole process, from start to exit."""
    started = time.perf_counter()
    subprocess.run(command, capture_output=True, check=True)
    return time.perf_counter() - started


def startup(rounds: int) -> dict[str, Any]:
    """``import aiwyn_client`` vs ``import httpx``, a second ``Aiwyn()`` vs the first, and the
    whole ``aiwyn --help`` process vs a whole ``python -c "import httpx"``, each in fresh
    interpreters, interleaved; medians of the per-round ratios."""
    imports, clients, helps, clients_import, httpx_s, ours_s = [], [], [], [], [], []
    script = Path(sys.executable).with_name("aiwyn")
    aiwyn_help = [str(script), "--help"] if script.exists() else [sys.executable, "-m", "aiwyn_client.cli", "--help"]
    for _ in range(rounds):
        (base,) = _child(IMPORT.format(module="httpx"))
        (ours,) = _child(IMPORT.format(module="aiwyn_client"))
        (client,) = _child(IMPORT.format(module="aiwyn_client; aiwyn_client.Aiwyn"))
        clients_import.append(client / base)
        first, second = _child(CLIENTS)
        helps.append(_whole(aiwyn_help) / _whole([sys.executable, "-c", "import httpx"]))
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
        "client_import": statistics.median(clients_import),
        "help": statistics.median(helps),
        "help_range": (min(helps), max(helps)),
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
    from tests.support.postgres_server import PostgresServer  # the machine's server (make postgres), as the tests use

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


def resource_lines(package_dir: Path) -> tuple[float, int]:
    """Lines of the rendered resource modules (``resources/*.py``) per operation, and the longest
    module of the whole package."""
    resources = sorted((package_dir / "resources").glob("*.py"))
    lines = sum(len(path.read_text(encoding="utf-8").splitlines()) for path in resources)
    catalog = (package_dir / "_catalog.py").read_text(encoding="utf-8")
    operations = catalog.count("MethodInfo(") - 1  # the class statement
    longest = max(len(path.read_text(encoding="utf-8").splitlines()) for path in package_dir.rglob("*.py"))
    return lines / operations, longest


@dataclass(frozen=True)
class AtScale:
    """The largest description of the public corpus built as the corpus test builds it."""

    name: str
    operations: int
    seconds: float
    """The whole build, checks included (import, mypy --strict)."""
    stock_seconds: float
    """openapi-python-client alone on the same (normalised) description: the baseline."""
    lines_per_operation: float


def regeneration_at_scale(settings: Settings) -> AtScale:
    corpus = yaml.safe_load((PUBLIC / "corpus.yaml").read_text(encoding="utf-8"))["descriptions"]
    entry = max(corpus, key=lambda e: int(e["operations"]))
    raw = {**settings.raw, "spec": str(PUBLIC / entry["file"]), "resources": {"uncountable": [], "overrides": {}}}
    theirs = Settings(raw, root=settings.root)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        build.build_into(theirs, Path(tmp) / "ours")
        ours = time.perf_counter() - started
        lines = resource_lines(Path(tmp) / "ours" / settings.package_name)[0]
        description = Path(tmp) / "normalised.json"
        description.write_text(json.dumps(SpecIndex.from_settings(theirs).spec), encoding="utf-8")
        started = time.perf_counter()
        command = build.opc_command(description, settings.opc_config, Path(tmp) / "stock", settings.opc_meta)
        subprocess.run(command, capture_output=True, check=False)  # its warnings are the build's concern
        stock = time.perf_counter() - started
    return AtScale(str(entry["name"]), int(entry["operations"]), ours, stock, lines)


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
DECODE_FIGURES = {
    ("exact", LIST_COLUMN): "list_exact",
    ("realistic", LIST_COLUMN): "list_realistic",
    ("exact", "msgspec.Struct"): "struct_exact",
    ("realistic", "msgspec.Struct"): "struct_realistic",
    ("exact", "pydantic"): "pydantic",
    ("exact", "stock templates"): "stock",
    ("exact", "typed"): "pure_exact",
    ("realistic", "typed"): "pure_realistic",
}
"""Which column of which decode table is which row of issue #27's table."""


def over_operations(ratios: list[Ratio]) -> Ratio:
    """The median over the operations of their medians; the spread is that of the operations'
    medians (each operation's own spread is in its table)."""
    medians = sorted(r.median for r in ratios)
    baseline = statistics.median(r.baseline_seconds for r in ratios)
    return Ratio(statistics.median(medians), medians[0], medians[-1], baseline)


def _decode_table(kind: str, rows: DecodeRows, records: int) -> list[str]:
    columns = list(dict.fromkeys(c for _, r in rows for c in r))
    targets = [TARGETS[DECODE_FIGURES[kind, c]] for c in columns if (kind, c) in DECODE_FIGURES]
    lines = [
        f"## Decode, {DECODE_HEADINGS[kind]}",
        "",
        f"{records}-record pages to typed models, vs `json.loads` of the same bytes; the last column is the whole",
        "`list()` call on a mock transport vs a bare `httpx.Client` POST + `json.loads`. CPU time.",
        "Records nested in the page's records are made when first read: *the same, nested read* is",
        "*typed, msgspec* with every one of them read, to the bottom.",
        "",
        "Targets: " + "; ".join(f"{t.label} {t}" for t in targets if t.bound) + ".",
        "",
        "| operation | " + " | ".join(columns) + " |",
        "|---|" + "---|" * len(columns),
    ]
    lines += [f"| {name} | " + " | ".join(str(r.get(c, "–")) for c in columns) + " |" for name, r in rows]
    summary = {}
    for column in columns:
        ratios = [ratio for _, r in rows if isinstance(ratio := r.get(column), Ratio)]
        if len(ratios) == len(rows):
            summary[column] = f"{over_operations(ratios).median:.2f}x"
            if (kind, column) in DECODE_FIGURES:
                FIGURES[DECODE_FIGURES[kind, column]] = over_operations(ratios)
        else:
            summary[column] = "–"
            if (kind, column) in DECODE_FIGURES and ratios:  # the stock models raise on some pages
                FIGURES[DECODE_FIGURES[kind, column]] = over_operations(ratios)
    lines += ["", "Median over the operations: " + ", ".join(f"{c} {v}" for c, v in summary.items()) + ".", ""]
    return lines


def decode_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    lines: list[str] = []
    for kind, rows in decode(settings, index, args.decode_rounds, args.records).items():
        lines += _decode_table(kind, rows, args.records)
    return lines


def overhead_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    calls = overhead(args.rounds)
    FIGURES["call_sync"], FIGURES["call_async"] = calls["sync"], calls["async"]
    return [
        "## Call overhead: `aiwyn.clients.list()` vs a bare `httpx` post + `json.loads`",
        "",
        f"Target: {TARGETS['call_sync']} sync and async. Both on an `httpx.MockTransport`, 5-record page, logging off,"
        " CPU time;",
        "`Aiwyn` adds request model, auth flow, retry transport, origin guard, response checks and typed decoding.",
        "",
        f"- `Aiwyn` vs `httpx.Client`: **{calls['sync']}** (bare call {calls['sync'].baseline_seconds * 1e6:.0f} µs)",
        f"- `AsyncAiwyn` vs `httpx.AsyncClient`: **{calls['async']}** (bare call"
        f" {calls['async'].baseline_seconds / ASYNC_BATCH * 1e6:.0f} µs)",
        "",
    ]


def export_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    exported = export(args.export_records, args.latency)
    FIGURES["export_8"], FIGURES["export_16"] = exported["speedup"], exported["wide_vs_bare"]
    return [
        f"## Export: {args.export_records:,} records through `AsyncAiwyn` iterators",
        "",
        f"Targets: concurrency=8 {TARGETS['export_8']} sequential's speed; concurrency=16 {TARGETS['export_16']} bare"
        f" httpx's throughput at 16; {GOALS['export_rss']}. Loopback server, {args.latency * 1000:.0f} ms per page,"
        " 1000 per page; wall time of whole exports in fresh interpreters, ratios per interleaved round.",
        "",
        f"- sequential {exported['sequential_s']:.2f} s, concurrency=8 {exported['concurrent_s']:.2f} s: "
        f"**{exported['speedup']} faster**",
        f"- concurrency=16 {exported['wide_s']:.2f} s vs bare `httpx.AsyncClient` posts + `json.loads` at 16"
        f" {exported['bare_s']:.2f} s: **{exported['wide_vs_bare']} bare httpx's throughput**",
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
        f"Target: {GOALS['startup']}. Fresh interpreters, {args.rounds} interleaved rounds, median ratio.",
        "",
        f"- `import aiwyn_client` {started['ours_ms']:.0f} ms vs `import httpx` {started['httpx_ms']:.0f} ms:"
        f" **{started['import']:.2f}x** (range {low:.2f}-{high:.2f}). httpx imports its own command line"
        " (click, rich) when they are installed, as they are here.",
        f"- `import aiwyn_client; aiwyn_client.Aiwyn` (what a first call loads: the client, its auth, attrs) vs"
        f" `import httpx`: **{started['client_import']:.2f}x**",
        f"- a second `Aiwyn()` in one process vs the first (one shared TLS context): **{started['second']:.3f}x**",
        f'- `aiwyn --help` vs `python -c "import httpx"`, whole processes: **{started["help"]:.2f}x**'
        f" (range {started['help_range'][0]:.2f}-{started['help_range'][1]:.2f})",
        "",
    ]


def memory_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    records = args.export_records // 10
    rows = memory(settings, index, records)
    lines = [
        f"## Memory held: {records * 10:,} decoded records vs the same as dicts",
        "",
        f"Targets: exact {TARGETS['memory_exact']}, realistic {TARGETS['memory_realistic']} the bytes of the same"
        " records as dicts. Bytes still allocated with the records kept and their pages dropped"
        " (tracemalloc, fresh interpreters).",
        "",
        "| operation | exact | realistic |",
        "|---|---|---|",
    ]
    lines += [f"| {name} | {exact:.2f}x | {rough:.2f}x |" for name, exact, rough in rows]
    exact = statistics.median(r[1] for r in rows)
    rough = statistics.median(r[2] for r in rows)
    for key, held in (("memory_exact", sorted(r[1] for r in rows)), ("memory_realistic", sorted(r[2] for r in rows))):
        FIGURES[key] = Ratio(statistics.median(held), held[0], held[-1], 0.0)  # tracemalloc counts exactly
    return [*lines, "", f"Median over the operations: exact **{exact:.2f}x**, realistic **{rough:.2f}x**.", ""]


def command_section(args: argparse.Namespace, settings: Settings, index: SpecIndex) -> list[str]:
    cli = command_line(args.export_records, args.latency)
    return [
        f"## The `aiwyn` command: {args.export_records:,} records",
        "",
        f"Target: {GOALS['cli']}. Whole processes, wall time, median of 3 interleaved runs, same server.",
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
    per_operation, longest = resource_lines(settings.output_dir / settings.package_name)
    large = regeneration_at_scale(settings)
    return [
        "## Regeneration",
        "",
        f"Target: {GOALS['regen']}; {GOALS['size']}.",
        "",
        f"- the generate step: **{ours:.1f} s**, {ours / stock:.1f}x openapi-python-client alone ({stock:.1f} s)",
        f"- resource modules: **{per_operation:.1f} lines per operation** (ours),"
        f" **{large.lines_per_operation:.1f}** ({large.name}); the longest generated module: **{longest:,} lines**",
        f"- the largest public description ({large.name}, {large.operations} operations), checks included:"
        f" {large.seconds:.1f} s, **{large.seconds * 500 / large.operations:.1f} s per 500 operations**,"
        f" {large.seconds / large.stock_seconds:.1f}x openapi-python-client alone on it ({large.stock_seconds:.1f} s)",
        "",
    ]


def summary() -> list[str]:
    """Issue #27's table: each row's figure from this run, its target, and whether it is met."""
    lines = [
        "## Issue #27: every row against its target",
        "",
        "Medians of interleaved rounds (CPU time for decode and calls, wall time for exports); in brackets the",
        "interquartile range of the rounds, or for a median over the nine paged list operations (decode, memory)",
        "the range of the operations' medians.",
        "",
        "| figure | when filed | this run | target | |",
        "|---|---|---|---|---|",
    ]
    for key, target in TARGETS.items():
        figure = FIGURES.get(key)
        if figure is None:
            lines.append(f"| {target.label} | {target.filed} | not run | {target} | |")
        else:
            lines.append(f"| {target.label} | {target.filed} | {figure} | {target} | {target.met(figure.median)} |")
    return [*lines, ""]


HEADINGS = {
    "decode": "## Decode",
    "startup": "## Start-up",
    "memory": "## Memory held",
    "overhead": "## Call overhead",
    "export": "## Export",
    "command": "## The `aiwyn` command",
    "regeneration": "## Regeneration",
}
"""How each section's part of the report begins (``kept`` finds them in the last report by it)."""


def kept(report: str, names: list[str]) -> list[str]:
    """The parts of an earlier report made by the sections ``names``, marked as earlier figures."""
    date = next((line.removeprefix("- date: ") for line in report.splitlines() if line.startswith("- date: ")), "?")
    parts: list[str] = []
    for block in report.split("\n## ")[1:]:
        block = "## " + block
        if any(block.startswith(HEADINGS[name]) for name in names):
            heading, _, rest = block.partition("\n")
            parts += [f"{heading} (from the run of {date}; not run this time)", *rest.rstrip("\n").split("\n"), ""]
    return parts


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
    parser.add_argument("--rounds", type=int, default=21, help="interleaved rounds of the call and start-up timings")
    parser.add_argument("--decode-rounds", type=int, default=7, help="interleaved rounds of each page's decode timings")
    parser.add_argument("--records", type=int, default=1000, help="records per decoded page")
    parser.add_argument("--export-records", type=int, default=100_000)
    parser.add_argument("--latency", type=float, default=0.05, help="seconds per page on the export server")
    parser.add_argument(
        "--only", action="append", choices=list(SECTIONS), help="run this section only and print it (repeatable)"
    )
    parser.add_argument(
        "--write",
        action="store_true",
        help="with --only: write bench/results.md too, keeping the sections not run from the last one",
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
    sections: list[str] = []
    for name, section in SECTIONS.items():
        if args.only and name not in args.only:
            continue
        print(f"{name} …", flush=True)
        started = time.perf_counter()
        sections += section(args, settings, index)
        print(f"{name}: {time.perf_counter() - started:.0f} s", flush=True)

    if args.only and args.write and RESULTS.exists():
        sections += kept(RESULTS.read_text(encoding="utf-8"), [n for n in SECTIONS if n not in args.only])
    report = "\n".join(lines + summary() + sections)
    if not args.only or args.write:  # a partial run replaces the report only when asked to
        RESULTS.write_text(report, encoding="utf-8")
    print(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
