"""The variant corpus, each variant built end to end into a package and used.

``tests/generator/variants/corpus.py`` derives every variant from our description. Each one is
generated (the build itself imports the package and runs mypy --strict on it) and then used
from a fresh interpreter: convention variants must offer exactly our resource methods and page
wherever their records and totals sit; server variants name their environments as documented;
the extra operations work against a scripted transport and against Prism.

These builds take a while, so they carry the ``variants`` mark: ``make test-variants`` runs them
in parallel, and CI runs that target after ``make test``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml

from generator import build
from generator.mock import PrismServer
from generator.settings import Settings
from generator.spec import load_spec
from tests.generator.variants.corpus import VARIANTS, Variant

pytestmark = pytest.mark.variants

SURFACE = """
import importlib, inspect, json
import aiwyn_client
from aiwyn_client._catalog import CATALOG
modules = [importlib.import_module(f"aiwyn_client.resources.{name}") for name in CATALOG]
classes = {
    name: {
        m: list(inspect.signature(f).parameters) if inspect.isfunction(f) else type(f).__name__
        for m, f in vars(cls).items()
        if not m.startswith("_")
    }
    for module in modules
    for name, cls in vars(module).items()
    if isinstance(cls, type) and cls.__module__ == module.__name__
}
print(json.dumps({"file": aiwyn_client.__file__, "classes": classes}))
"""

# The page the scripted server answers, for each page variant: records and total where it puts them.
PAGES = {
    "page_envelope": 'lambda rows, total: {"data": {"clients": rows, "total": {"aggregate": {"count": total}}}, '
    '"error": None, "meta": {"success": True}}',
    "page_array_first": 'lambda rows, total: {"warnings": [], "clients": rows, '
    '"total": {"aggregate": {"count": total}}}',
    "page_aggregate": 'lambda rows, total: {"clients": rows, "clients_aggregate": {"aggregate": {"count": total}}}',
    "page_count": 'lambda rows, total: {"clients": rows, "totalCount": total}',
}

PAGING = """
import json, httpx
import aiwyn_client
from aiwyn_client import Aiwyn
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
    assert listed == searched == list(range(1, 24)), (listed, searched)
print("ok")
"""

SERVERS = """
import aiwyn_client
from aiwyn_client import Aiwyn, ConfigurationError, _spec
assert (_spec.ENVIRONMENTS, _spec.DEFAULT_ENVIRONMENT) == ({environments!r}, {default!r}), _spec.ENVIRONMENTS
try:
    with Aiwyn(token="t") as aiwyn:
        assert aiwyn.base_url == _spec.ENVIRONMENTS[{default!r}], aiwyn.base_url
except ConfigurationError as exc:
    assert {default!r} is None and "base_url" in str(exc), exc
print("ok")
"""

CALLS = """
import asyncio, io, json, httpx
import aiwyn_client
from aiwyn_client import Aiwyn, AsyncAiwyn, InvalidArgumentError
import datetime
from aiwyn_client import QueryError
from aiwyn_client.models import ByEmail, ByPhone, SmsNotification, SmsNotificationKind
from aiwyn_client.types import File
from aiwyn_client.where import DepartmentFields as D
assert aiwyn_client.__file__.startswith({out!r}), aiwyn_client.__file__
seen = []

def handler(request):
    seen.append(request)
    path = request.url.path
    if path == "/api/v1/departments":
        rows = [{{"id": 1, "name": "Tax", "1099Amount": 12.5, "e-mail": "t@x.test", "class": "A"}}]
        return httpx.Response(200, json=rows)
    if path == "/api/v1/departments/3" and request.method == "DELETE":
        return httpx.Response(204)
    if path == "/api/v1/departments/3":
        return httpx.Response(200, json={{**json.loads(request.content), "createdAt": "2024-01-01T00:00:00Z"}})
    if path == "/api/v1/jobs/J-1/export":
        return httpx.Response(202, json={{"exportId": "E1", "state": "Queued"}})
    if path == "/api/v1/invoices/7/pdf":
        return httpx.Response(200, content=b"%PDF-1.7", headers={{"content-type": "application/pdf"}})
    if path == "/api/v1/attachments":
        return httpx.Response(201, json={{"id": "A1"}})
    if path == "/api/v1/notifications" and request.method == "GET":
        return httpx.Response(200, json=[{{"kind": "email", "address": "a@x.test"}}, {{"kind": "sms", "number": "1"}}])
    if path == "/api/v1/departments/search":
        body = json.loads(request.content)
        rows = [{{"id": i, "name": f"D{{i}}", "level": 1 + i % 3}} for i in range(1, 8)]
        where = body.get("where") or {{}}
        conditions = where.get("_and", [where])
        wanted = [c["level"]["_eq"] for c in conditions if "level" in c]
        after = max([c["id"]["_gt"] for c in conditions if "id" in c] or [0])
        chosen = [r for r in rows if r["level"] in wanted and r["id"] > after]
        return httpx.Response(200, json={{"departments": chosen[: body["pageSize"]], "total": len(chosen)}})
    if path == "/api/v1/departments/3/manager":
        return httpx.Response(202)
    if path == "/api/v1/notifications" and request.method == "POST":
        return httpx.Response(200, json=json.loads(request.content))
    if path == "/api/v1/contacts/findMatch":
        return httpx.Response(200, json={{"phone": "555"}})
    if path == "/api/v1/reports/aging/csv":
        return httpx.Response(200, content=b"a,b;1,2;", headers={{"content-type": "text/csv"}})
    return httpx.Response(404, json={{}})

with Aiwyn(token="t", base_url="https://x.test", transport=httpx.MockTransport(handler)) as aiwyn:
    [row] = aiwyn.departments.list(limit=5, active=True, x_request_source="tests")
    sent = seen[-1]
    assert dict(sent.url.params) == {{"limit": "5", "active": "true"}}, sent.url
    assert sent.headers["x-request-source"] == "tests"
    assert (row.field_1099_amount, row.e_mail, row.class_) == (12.5, "t@x.test", "A"), row
    try:
        aiwyn.departments.list(limit=0)
        raise AssertionError("limit=0 was sent")
    except InvalidArgumentError:
        pass
    replaced = aiwyn.departments.replace(3, name="Tax", body_id=3)
    assert seen[-1].method == "PUT" and json.loads(seen[-1].content) == {{"id": 3, "name": "Tax"}}
    assert replaced.name == "Tax"
    aiwyn.departments.update(3, name="Audit")
    assert seen[-1].method == "PATCH"
    assert aiwyn.departments.delete(3) is None
    export = aiwyn.jobs.export("J-1")
    assert export.export_id == "E1" and export.state.value == "Queued" and export.state.name == "QUEUED_2"
    pdf = aiwyn.invoices.download_pdf(7)
    assert pdf.payload.read() == b"%PDF-1.7"
    stored = aiwyn.attachments.create(file=File(payload=io.BytesIO(b"hello"), file_name="a.txt"), note="n")
    assert stored.id == "A1" and b"hello" in seen[-1].content
    assert seen[-1].headers["content-type"].startswith("multipart/form-data")
    kinds = [type(n).__name__ for n in aiwyn.notifications.list()]
    assert kinds == ["EmailNotification", "SmsNotification"], kinds
    # where on an integer enum sends integers; a string for it is refused before sending
    found = [d.id for d in aiwyn.departments.iter_search(where=D.level.eq(2), order_by=[D.id.asc()], page_size=2)]
    assert found == [1, 4, 7], found
    assert json.loads(seen[-1].content)["where"]["_and"][0] == {{"level": {{"_eq": 2}}}}, seen[-1].content
    try:
        aiwyn.departments.search(where=D.level.eq("2"))
        raise AssertionError("a string was sent for an integer enum")
    except QueryError:
        pass
    # allOf body: its fields as keyword arguments; a bare 202 returns None
    assert aiwyn.departments.update_manager(3, staff_id=9, since=datetime.date(2024, 5, 1)) is None
    assert json.loads(seen[-1].content) == {{"staffId": 9, "since": "2024-05-01"}}
    # oneOf (with a discriminator) and anyOf (without) bodies are taken whole, and come back typed
    sent = aiwyn.notifications.create(body=SmsNotification(kind=SmsNotificationKind.SMS, number="1"))
    assert isinstance(sent, SmsNotification) and sent.number == "1", sent
    match = aiwyn.contacts.find_match(body=ByEmail(email="a@x.test"))
    assert json.loads(seen[-1].content) == {{"email": "a@x.test"}}
    assert isinstance(match, ByPhone) and match.phone == "555", match
    csv = aiwyn.reports.download_csv("aging")
    assert csv.payload.read() == b"a,b;1,2;"

async def main():
    async with AsyncAiwyn(token="t", base_url="https://x.test", transport=httpx.MockTransport(handler)) as aiwyn:
        assert await aiwyn.departments.delete(3) is None
        assert (await aiwyn.jobs.export("J-1")).export_id == "E1"

asyncio.run(main())
print("ok")
"""

PRISM_CALLS = """
import asyncio, datetime, io
import aiwyn_client
from aiwyn_client import Aiwyn, AsyncAiwyn
from aiwyn_client.models import ByEmail, Department, EmailNotification, SmsNotification, SmsNotificationKind
from aiwyn_client.types import File
from aiwyn_client.where import DepartmentFields as D
with Aiwyn(token="t", base_url={base_url!r}) as aiwyn:
    assert isinstance(aiwyn.departments.list(limit=5, active=True, x_request_source="tests"), list)
    assert isinstance(aiwyn.departments.replace(3, name="Tax", body_id=3), Department)
    assert isinstance(aiwyn.departments.update(3, name="Audit"), Department)
    assert aiwyn.departments.delete(3) is None
    assert aiwyn.departments.update_manager(3, staff_id=9, since=datetime.date(2024, 5, 1)) is None
    assert aiwyn.departments.search(where=D.level.eq(2), page_size=5).departments is not None
    assert aiwyn.jobs.export("J-1").export_id is not None
    assert isinstance(aiwyn.invoices.download_pdf(7), File)
    assert isinstance(aiwyn.reports.download_csv("aging"), File)
    assert aiwyn.attachments.create(file=File(payload=io.BytesIO(b"hi"), file_name="a.txt"), note="n") is not None
    assert isinstance(aiwyn.notifications.list(), list)
    sent = aiwyn.notifications.create(body=SmsNotification(kind=SmsNotificationKind.SMS, number="1"))
    assert isinstance(sent, (EmailNotification, SmsNotification)), sent
    assert aiwyn.contacts.find_match(body=ByEmail(email="a@x.test")) is not None

async def main():
    async with AsyncAiwyn(token="t", base_url={base_url!r}) as aiwyn:
        assert await aiwyn.departments.delete(3) is None
        assert (await aiwyn.jobs.export("J-1")).export_id is not None

asyncio.run(main())
print("ok")
"""


def _run(out: Path, script: str) -> str:
    env = {**os.environ, "PYTHONPATH": str(out)}
    result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr[-4000:]
    return result.stdout


@pytest.fixture(scope="module")
def our_surface(settings: Settings) -> dict[str, object]:
    surface = json.loads(_run(settings.output_dir, SURFACE))
    assert surface.pop("file").startswith(str(settings.output_dir))
    return surface


@pytest.mark.parametrize("variant", VARIANTS, ids=[v.name for v in VARIANTS])
def test_every_variant_builds_into_a_working_package(
    settings: Settings, our_surface: dict[str, object], tmp_path: Path, variant: Variant
) -> None:
    spec_path = tmp_path / f"{variant.name}.yaml"
    spec_path.write_text(yaml.safe_dump(variant.make(load_spec(settings.spec_path)), sort_keys=False), "utf-8")
    out = tmp_path / "generated"
    notes = build.build_into(Settings({**settings.raw, "spec": str(spec_path)}, root=settings.root), out)
    surface = json.loads(_run(out, SURFACE))
    assert surface.pop("file").startswith(str(out))  # the variant's package, not generated/
    if variant.kind == "conventions":
        assert surface == our_surface
        if variant.name in PAGES:
            assert _run(out, textwrap.dedent(PAGING).format(page=PAGES[variant.name])).strip() == "ok"
    elif variant.kind == "servers":
        script = SERVERS.format(environments=variant.environments, default=variant.default)
        assert _run(out, textwrap.dedent(script)).strip() == "ok"
    else:
        assert any("has no operationId" in n for n in notes) and any("differ only in case" in n for n in notes)
        assert any("downloaded as bytes" in n for n in notes)
        assert _run(out, textwrap.dedent(CALLS).format(out=str(out))).strip() == "ok"
        with PrismServer(spec_path) as prism:
            script = textwrap.dedent(PRISM_CALLS).format(base_url=prism.base_url)
            env = {**os.environ, "PYTHONPATH": str(out)}
            result = subprocess.run(
                [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False
            )
            assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-4000:] + prism.log()[-3000:]
