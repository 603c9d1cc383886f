"""The variant corpus, each variant built end to end into a package and used.

``tests/generator/variants/corpus.py`` derives every variant from our description. Each one is
generated (the build itself imports the package and runs mypy --strict on it) and then used
from a fresh interpreter: convention variants (ours as a publisher's tooling could reshape it
too: Redocly's bundle, dereferenced) must offer exactly our resource methods, say in the build's
notes what they settled, and page wherever their records and totals sit; server variants name
their environments as documented; the extra operations work against a scripted transport and
against Prism; the hostile names (keywords, builtins, and the names of our own templates and
runtime) build into models, endpoints and ``where`` fields that work.

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
from tests.generator.variants.corpus import KEYWORDS_AND_BUILTINS, TEMPLATE_NAMES, VARIANTS, Variant

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
    **dict.fromkeys(
        ("published_bundle", "openapi_31_dereferenced"),
        'lambda rows, total: {"clients": rows, "total": {"aggregate": {"count": total}}}',  # as ours
    ),
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
    if path == "/api/v1/invoices/7/portal":
        return httpx.Response(302, headers={{"location": "https://portal.example.test/i/7?sig=s3cr3t"}})
    if path == "/api/v1/invoices/8/portal":
        return httpx.Response(302)
    if path == "/api/v1/invoices/7/memo":
        return httpx.Response(204)
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
    if path == "/api/v1/suggestions":
        return httpx.Response(200, json={{"email": "s@x.test"}})
    if path == "/api/v1/reports/aging/csv":
        return httpx.Response(200, content=b"a,b;1,2;", headers={{"content-type": "text/csv"}})
    if path == "/api/v1/ping":
        return httpx.Response(200, json="PONG!")
    if path == "/api/v1/ledger":
        return httpx.Response(200, json=[{{"id": 1}}])
    if path == "/api/v1/charges":
        return httpx.Response(200, json={{"id": "ch_1"}})
    if path == "/api/v1/settings":
        vendor = "application/vnd.aiwyn+json; version=2"
        return httpx.Response(200, json={{"timezone": "UTC"}}, headers={{"content-type": vendor}})
    return httpx.Response(404, json={{}})

with Aiwyn(token="t", base_url="https://x.test", transport=httpx.MockTransport(handler)) as aiwyn:
    [row] = aiwyn.departments.list(limit=5, active=True, x_request_source="tests")
    # the description's backslashes and triple quotes, kept as written in the docstring
    doc = type(aiwyn.departments).list.__doc__
    assert "a share at " + chr(92) * 2 + "server" + chr(92) + "new" in doc and "quotes " + '"' * 3 in doc, doc
    sent = seen[-1]
    assert dict(sent.url.params) == {{"limit": "5", "active": "true"}}, sent.url
    assert sent.headers["x-request-source"] == "tests"
    assert (row.field_1099_amount, row.e_mail, row.class_) == (12.5, "t@x.test", "A"), row
    try:
        aiwyn.departments.list(limit=0)
        raise AssertionError("limit=0 was sent")
    except InvalidArgumentError:
        pass
    aiwyn.departments.list(changed_since=datetime.date(2024, 1, 2))
    assert seen[-1].url.params["changedSince"] == "2024-01-02", seen[-1].url
    try:  # a string where the description has a date: a typed error, not the encoder's AttributeError
        aiwyn.departments.list(changed_since="2024-01-02")
        raise AssertionError("a string was sent as a date")
    except InvalidArgumentError as exc:
        assert "listDepartments" in str(exc) or "departments" in str(exc).lower(), exc
        assert "dates take datetime.date or datetime.datetime" in str(exc), exc
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
    # an operation documenting only a redirect returns where it points, and nothing is sent there
    assert aiwyn.invoices.get_portal(7) == "https://portal.example.test/i/7?sig=s3cr3t"
    assert all(r.url.host == "x.test" for r in seen), [str(r.url) for r in seen]
    assert aiwyn.invoices.with_raw_response.get_portal(7).status_code == 302
    try:
        aiwyn.invoices.get_portal(8)
        raise AssertionError("a redirect without a Location was returned")
    except aiwyn_client.ResponseValidationError as exc:
        assert "302 redirect answering getInvoicePortal has no Location header" in str(exc), exc
    # a text/plain body: given as text (sent in UTF-8), bytes or an open file, sent as text/plain
    aiwyn.invoices.update_memo(7, body="Net 30, merci à vous")
    assert seen[-1].headers["content-type"] == "text/plain", seen[-1].headers
    assert seen[-1].content == "Net 30, merci à vous".encode(), seen[-1].content
    aiwyn.invoices.update_memo(7, body=io.BytesIO(b"from a file"))
    assert seen[-1].content == b"from a file"
    stored = aiwyn.attachments.create(file=File(payload=io.BytesIO(b"hello"), file_name="a.txt"), note="n")
    assert stored.id == "A1" and b"hello" in seen[-1].content
    assert seen[-1].headers["content-type"].startswith("multipart/form-data")
    boundary = seen[-1].headers["content-type"].split("boundary=")[1]  # httpx's own, not a fixed one
    assert len(boundary) > 16 and f"--{{boundary}}--".encode() in seen[-1].content, seen[-1].headers
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
    # an optional union body: left out, nothing is sent, and no Content-Type (some servers refuse
    # an empty body declared as JSON); given, it is sent whole
    assert aiwyn.suggestions.create().email == "s@x.test"
    assert (seen[-1].content, seen[-1].headers.get("content-type")) == (b"", None), seen[-1].headers
    aiwyn.suggestions.create(body=ByPhone(phone="1"))
    assert json.loads(seen[-1].content) == {{"phone": "1"}}
    assert seen[-1].headers["content-type"] == "application/json"
    csv = aiwyn.reports.download_csv("aging")
    assert csv.payload.read() == b"a,b;1,2;"
    # an answer documented in a vendor JSON type, by an example only: asked for in that type, and
    # returned as the JSON value it is
    assert aiwyn.settings.list() == {{"timezone": "UTC"}}
    assert seen[-1].headers["accept"] == "application/vnd.aiwyn+json; version=2", seen[-1].headers
    aiwyn.departments.list()
    assert seen[-1].headers["accept"] == "application/json", seen[-1].headers
    # query objects: in brackets where the description says deepObject (a nested one's keys too),
    # their keys at the top level where it says nothing (form, exploded: OpenAPI's default)
    [entry] = aiwyn.ledgers.list(filter_={{"status": "paid", "amount": {{"gte": 5}}}}, group={{"cloud": "aws"}},
                                 fields={{"currency": "GBP"}}, x_tenant_id="t1")
    assert seen[-1].headers["x-tenant-id"] == "t1"
    sent = dict(seen[-1].url.params)
    expected = {{"filter[status]": "paid", "filter[amount][gte]": "5", "group[cloud]": "aws", "currency": "GBP"}}
    assert sent == expected and entry.id == 1, sent
    # a union that may be an object (Stripe's created: a timestamp or {{gt, lt}}): in brackets too
    aiwyn.ledgers.list(created={{"gt": 5}}, x_tenant_id="t1")
    assert dict(seen[-1].url.params) == {{"created[gt]": "5"}}, seen[-1].url
    aiwyn.ledgers.list(created=7, x_tenant_id="t1")
    assert dict(seen[-1].url.params) == {{"created": "7"}}, seen[-1].url
    # a form body: objects never as Python reprs; in brackets where the encoding says deepObject
    # (lists of them indexed), another object's keys at the top level, a list of strings repeated
    from aiwyn_client.models import CreateChargeBodyItemsItem, CreateChargeBodyShipping
    charge = aiwyn.charges.create(
        amount=100, expand=["customer", "invoice"], metadata={{"order": "6735"}},
        items=[CreateChargeBodyItemsItem(price="p_1", quantity=2)],
        shipping=CreateChargeBodyShipping(city="Paris", lines=["1 rue", "2e"]),
    )
    from urllib.parse import parse_qsl
    form = parse_qsl(seen[-1].content.decode())
    assert form == [
        ("amount", "100"), ("expand", "customer"), ("expand", "invoice"), ("metadata[order]", "6735"),
        ("items[0][price]", "p_1"), ("items[0][quantity]", "2"), ("city", "Paris"), ("lines", "1 rue"),
        ("lines", "2e"),
    ], form
    assert charge.id == "ch_1" and seen[-1].headers["content-type"] == "application/x-www-form-urlencoded"
    # a header the description requires: left out, the client's default_headers give it (a tenant
    # set once), and with neither it is refused before sending
    aiwyn.with_options(default_headers={{"X-Tenant-Id": "t2"}}).ledgers.list()
    assert seen[-1].headers.get_list("x-tenant-id") == ["t2"], seen[-1].headers
    try:
        aiwyn.ledgers.list()
        raise AssertionError("sent without the tenant")
    except InvalidArgumentError as exc:
        assert "x_tenant_id is required (the X-Tenant-Id header)" in str(exc), exc
    try:  # a string where the description has an object: a typed error saying what it takes
        aiwyn.ledgers.list(filter_="paid", x_tenant_id="t1")
        raise AssertionError("a string was sent as an object")
    except InvalidArgumentError as exc:
        assert "filter_ takes ListLedgerEntriesFilter or a mapping, not str" in str(exc), exc
    # a const answer is returned as the value it is, typed as its type; a const parameter is sent
    assert aiwyn.pings.get(format_="json") == "PONG!" and seen[-1].url.params["format"] == "json"

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
    assert aiwyn.settings.list() == {{"timezone": "Europe/London", "fiscalYearStart": 4}}
    assert isinstance(aiwyn.ledgers.list(filter_={{"status": "paid"}}, group={{"cloud": "aws"}}, x_tenant_id="t"), list)

async def main():
    async with AsyncAiwyn(token="t", base_url={base_url!r}) as aiwyn:
        assert await aiwyn.departments.delete(3) is None
        assert (await aiwyn.jobs.export("J-1")).export_id is not None

asyncio.run(main())
print("ok")
"""


# Models, endpoint functions and where fields of the hostile_names variant, used: every property
# round-trips on every decoding path, every endpoint sends and decodes what it should whatever its
# parameters are called, and fields named like the Fields classes' own attributes filter.
HOSTILE = """
import asyncio, inspect, json, httpx
import aiwyn_client
from aiwyn_client.client import AuthenticatedClient
from aiwyn_client.api.plan import (
    create_plan, delete_plan, get_any, get_client_by_class, get_plan, list_plans, replace_plan, search_plans,
)
from aiwyn_client.models import Any_, Client, Enum, Expr, Model, ModelExtraHeaders, Plan, PlanList, PlanSearch
from aiwyn_client.models import Response, Status
from aiwyn_client.where import PlanFields as P
from aiwyn_client import QueryError
from aiwyn_client.types import UNSET
assert aiwyn_client.__file__.startswith({out!r}), aiwyn_client.__file__

sample = {{name: f"v-{{name}}" for name in {names!r} if name != "response"}}
sample.update({{
    "id": 7, "plan": "p", "Plan": 3, "status": "None", "Enum": "class",
    "datetime": "2024-01-02T03:04:05+00:00", "date": "2024-01-02",
    "items": [{{"d": "d", "new": "n", "append": "a", "extra": "e", "cls": "c", "self": "s", "expr": "x"}}],
    "list": ["a", "b"], "dict": {{"k": "v"}},
    "File": {{"payload": "p", "file_name": "f", "mime_type": "m", "file": "x"}},
    "Resource": {{"resource": "r", "options": "o", "get": "g", "client": "c"}},
    "Any": {{"any": "a", "Any": 1}},
    "Model": {{"timeout": 1.5, "max_retries": 2, "extra_headers": {{"a": "b"}}, "extra_query": "q",
               "extra_body": "b", "options": "o", "status": "class", "model": "m"}},
    "Response": {{"status_code": 200, "content": "c", "headers": {{"h": "v"}}, "parsed": "p", "response": "r",
                  "Unset": {{"unset": "u", "value": "v"}}, "T": {{"t": "t", "T": 1}}, "Mapping": {{"mapping": "m"}}}},
    "Client": 4, "options": True, "timeout": 2.5, "IntEnum": 2, "Pager": {{"pager": "p", "plan": "x", "total": "t"}},
}})

# every hostile property round-trips, on the dict path, the Struct path and the list paths
plan = Plan.from_dict(sample)
assert plan.to_dict() == sample, plan.to_dict()
assert Plan.from_json(json.dumps(sample)).to_dict() == sample
assert [p.to_dict() for p in Plan._list_from_dicts([sample, sample])] == [sample, sample]
extra = {{**sample, "undeclared": 1}}
assert Plan.from_dict(extra).to_dict() == extra and Plan.from_json(json.dumps(extra)).to_dict() == extra
assert Plan.from_dict(extra).additional_properties == {{"undeclared": 1}}
partial = {{k: v for k, v in sample.items() if k not in ("from", "Any", "datetime")}}
assert Plan.from_dict(partial).to_dict() == partial
assert Plan.from_dict({{**sample, "Any": None}}).any_ is None
assert (plan.class_, plan.cls, plan.src_dict) == ("v-class", "v-cls", "v-src_dict"), plan
assert (plan.items[0].d, plan.items[0].cls, plan.items[0].self_) == ("d", "c", "s"), plan.items
assert plan.status is Status.NONE and plan.enum is Enum.CLASS and plan.enum.is_known, (plan.status, plan.enum)
assert (plan.to_dict_, plan.additional_properties_) == ("v-to_dict", "v-additional_properties"), plan
assert (plan.plan, plan.Plan, plan.Unset_, plan.UNSET_) == ("p", 3, "v-Unset", "v-UNSET"), plan
assert plan.int_enum == 2 and plan.pager.plan == "x", (plan.int_enum, plan.pager)
assert isinstance(plan.any_, Any_) and isinstance(plan.response, Response) and plan.response.t.T == 1
assert Plan.from_dict({{**sample, "status": "ON_HOLD"}}).status.value == "ON_HOLD"

# the endpoint functions, whatever their parameters are called
seen = []

def handler(request):
    seen.append(request)
    path = request.url.path
    if path == "/hostile/v1/plans" and request.method == "GET":
        return httpx.Response(200, json=[sample, extra])
    if path == "/hostile/v1/plans":
        return httpx.Response(201, json=json.loads(request.content))
    if path == "/hostile/v1/plans/3" and request.method == "GET":
        return httpx.Response(200, json=sample)
    if path == "/hostile/v1/plans/3" and request.method == "PUT":
        return httpx.Response(200, json=sample["Response"])
    if path == "/hostile/v1/plans/3":
        return httpx.Response(204)
    if path == "/hostile/v1/plans/search":
        return httpx.Response(200, json={{"plans": [sample, sample], "total": {{"aggregate": {{"count": 2}}}}}})
    if request.url.raw_path == b"/hostile/v1/clients/a%2Fb":
        return httpx.Response(200, json={{"id": 1, "name": "Acme"}})
    if path == "/hostile/v1/any":
        return httpx.Response(200, json=[sample["Any"], {{"any": "b"}}])
    return httpx.Response(404, json={{}})

transport = {{"transport": httpx.MockTransport(handler)}}
client = AuthenticatedClient(base_url="https://x.test", token="t", httpx_args=transport)
names = [n for n in inspect.signature(list_plans.sync).parameters if n not in ("client", "status")]
hostile = {{"headers", "params", "kwargs", "response", "body_query", "quote", "errors", "httpx", "loads", "cls"}}
assert hostile <= set(names), names
values = {{n: f"v-{{n}}" for n in names}}
plans = list_plans.sync(client=client, status=Status.TRUE, **values)
sent = dict(seen[-1].url.params)
assert sent["status"] == "True" and sent["headers"] == "v-headers" and sent["class"] == "v-class_", sent
assert sorted(sent.values()) == sorted([*values.values(), "True"]), sent
assert [p.to_dict() for p in plans] == [sample, extra]
got = get_plan.sync(3, client=client, x_self="me")
assert seen[-1].headers["x-self"] == "me" and got.to_dict() == sample
made = create_plan.sync(client=client, body=plan, body_query="b")
assert json.loads(seen[-1].content) == sample and made.to_dict() == sample
assert dict(seen[-1].url.params) == {{"body": "b"}}, seen[-1].url
headers = ModelExtraHeaders.from_dict({{"a": "b"}})
body = Model(timeout=1.5, max_retries=2, extra_headers=headers, options="o", status=Status.CLASS)
answer = replace_plan.sync(3, client=client, body=body, status=Status.NONE)
sent = json.loads(seen[-1].content)
assert sent == {{"timeout": 1.5, "max_retries": 2, "extra_headers": {{"a": "b"}}, "options": "o", "status": "class"}}
assert dict(seen[-1].url.params) == {{"status": "None"}} and isinstance(answer, Response) and answer.response == "r"
assert delete_plan.sync_detailed(3, client=client).status_code == 204
found = search_plans.sync(client=client, body=PlanSearch(page_size=2))
assert isinstance(found, PlanList) and [p.to_dict() for p in found.plans] == [sample, sample]
assert isinstance(get_client_by_class.sync("a/b", client=client), Client)
assert [(a.any_, a.Any_) for a in get_any.sync(client=client, t="x")] == [("a", 1), ("b", None)]
assert dict(seen[-1].url.params) == {{"T": "x"}}

async def main():
    async with AuthenticatedClient(base_url="https://x.test", token="t", httpx_args=transport) as aclient:
        assert (await get_plan.asyncio(3, client=aclient)).to_dict() == sample

asyncio.run(main())

# the resource methods, whatever the description names things: runtime names a model also has,
# parameters named like the per-call options, a renamed body field that keeps its enum
from aiwyn_client import Aiwyn
with Aiwyn(token="t", base_url="https://x.test", transport=httpx.MockTransport(handler)) as aiwyn:
    assert aiwyn.plans.get(3, x_self="me", timeout=5).to_dict() == sample
    # query parameters named like the per-call options: taken as query_<name>, and checked so
    aiwyn.plans.list(status="True", query_timeout=30, query_max_retries=2, timeout=5)
    assert seen[-1].url.params["timeout"] == "30" and seen[-1].url.params["max_retries"] == "2", seen[-1].url
    raw = aiwyn.plans.with_raw_response.get(3, x_self="me")
    assert raw.status_code == 200 and raw.parse().to_dict() == sample
    answer = aiwyn.plans.update(3, body_timeout=1.5, body_status="class", status="None", options="o")
    assert isinstance(answer, Response) and json.loads(seen[-1].content)["status"] == "class"
    assert dict(seen[-1].url.params) == {{"status": "None"}}
    assert [p.to_dict() for p in aiwyn.plans.search(page_size=2, where=P.class_.eq("c")).plans] == [sample, sample]
    assert len(list(aiwyn.plans.iter_search(page_size=2, max_items=2))) == 2
    assert aiwyn.plans.delete(3) is None

# where fields named like the Fields classes' own attributes
assert P.entity.eq("e").to_dict() == {{"entity": {{"_eq": "e"}}}}
assert P.path.eq("p").to_dict() == {{"path": {{"_eq": "p"}}}}
assert P.response.t.T.gt(1).to_dict() == {{"Response": {{"T": {{"T": {{"_gt": 1}}}}}}}}, P.response.t.T.gt(1).to_dict()
assert P.class_.eq("c").to_dict() == {{"class": {{"_eq": "c"}}}}
try:
    P.misspelt
    raise AssertionError("no error")
except QueryError as exc:
    assert "Plan" in str(exc), exc
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
    for said in variant.notes:
        assert any(said in note for note in notes), (said, notes)
    if variant.kind == "conventions":
        assert surface == our_surface
        if variant.name in PAGES:
            assert _run(out, textwrap.dedent(PAGING).format(page=PAGES[variant.name])).strip() == "ok"
    elif variant.kind == "servers":
        script = SERVERS.format(environments=variant.environments, default=variant.default)
        assert _run(out, textwrap.dedent(script)).strip() == "ok"
    elif variant.kind == "names":
        assert _run(out, _hostile_script(out)).strip() == "ok"
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


def _hostile_script(out: Path) -> str:
    return textwrap.dedent(HOSTILE).format(out=str(out), names=[*KEYWORDS_AND_BUILTINS, *TEMPLATE_NAMES])
