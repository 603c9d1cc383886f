"""Description variants built end to end: the package imports, and its iterators page by shape."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator import build
from generator.settings import Settings
from generator.spec import load_spec
from tests.generator.test_conventions import _page_variant

# The page the fake server answers, for each variant: records and total where the variant puts them.
PAGES = {
    "envelope": 'lambda rows, total: {"data": {"clients": rows, "total": {"aggregate": {"count": total}}}, '
    '"error": None, "meta": {"success": True}}',
    "aggregate": 'lambda rows, total: {"clients": rows, "clients_aggregate": {"aggregate": {"count": total}}}',
}

SCRIPT = """
import json, httpx
import aiwyn_client
from aiwyn_client import Aiwyn
assert aiwyn_client.__file__.startswith({out!r}), aiwyn_client.__file__  # the variant, not generated/
page = {page}
rows = [{{"id": i, "name": f"C{{i}}"}} for i in range(1, 24)]

def handler(request):
    body = json.loads(request.content)
    size, number = body["pageSize"], body.get("page", 0)
    after = 0
    for part in (body.get("where") or {{}}).get("_and", [body.get("where") or {{}}]):
        after = part.get("id", {{}}).get("_gt", after)
    chosen = [r for r in rows if r["id"] > after]
    chunk = chosen[:size] if "where" in body else rows[number * size:(number + 1) * size]
    return httpx.Response(200, json=page(chunk, len(chosen) if "where" in body else len(rows)))

with Aiwyn(token="t", base_url="https://x.test", transport=httpx.MockTransport(handler)) as aiwyn:
    listed = [c.id for c in aiwyn.clients.iter(page_size=10)]
    searched = [c.id for c in aiwyn.clients.iter_search(page_size=10)]
    print(listed == searched == list(range(1, 24)), aiwyn.clients.iter(page_size=10).pages().__next__() is not None)
"""


@pytest.mark.parametrize("how", sorted(PAGES))
def test_a_variant_builds_and_pages(settings: Settings, tmp_path: Path, how: str) -> None:
    spec = tmp_path / "variant.yaml"
    spec.write_text(yaml.safe_dump(_page_variant(load_spec(settings.spec_path), how), sort_keys=False), "utf-8")
    variant = Settings({**settings.raw, "spec": str(spec)}, root=settings.root)
    out = tmp_path / "generated"
    build.build_into(variant, out)
    env = {**os.environ, "PYTHONPATH": str(out)}
    script = textwrap.dedent(SCRIPT).format(page=PAGES[how], out=str(out))
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.split() == ["True", "True"], result.stdout + result.stderr[-2000:]
