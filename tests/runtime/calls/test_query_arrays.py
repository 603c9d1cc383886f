"""Query arrays the description sends as one value (``?status=a,b``) are joined on the way out.

The endpoint functions hand httpx a list, which it sends as the key repeated; an operation whose
``OperationInfo.joined_query`` names an array (``style: form`` with ``explode: false``, Swagger
2.0's ``collectionFormat: csv``; ``pipeDelimited``; ``spaceDelimited``) has it joined by the
client's httpx client, for the generated functions and the resource methods alike.
"""

from __future__ import annotations

import httpx
from aiwyn_client import Aiwyn
from aiwyn_client._extensions import OPERATION
from aiwyn_client._http import joined_query
from aiwyn_client._spec import OperationInfo

BASE = "http://api.test"
THINGS = OperationInfo(
    "listThings",
    "GET",
    "/things",
    "things",
    "list",
    idempotent=True,
    envelope=False,
    batch_field=None,
    batch_max=None,
    joined_query=(("ids", "|"), ("status", ","), ("words", " ")),
)


def test_each_named_array_is_one_value_joined_by_its_separator() -> None:
    url = httpx.URL(BASE + "/things", params={"status": ["a", "b"], "ids": [1, 2], "words": ["x", "y"]})
    joined = joined_query(url, THINGS.joined_query)
    assert joined.params.multi_items() == [("status", "a,b"), ("ids", "1|2"), ("words", "x y")]


def test_other_arrays_and_single_values_are_left_as_they_are() -> None:
    url = httpx.URL(BASE + "/things", params={"status": ["a"], "tag": ["x", "y"]})
    assert joined_query(url, THINGS.joined_query) == url  # one value needs no joining; tag repeats


def test_the_client_joins_them_for_the_operation_that_says_so() -> None:
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json=[])

    with Aiwyn(token="t", base_url=BASE, http_client=httpx.Client(transport=httpx.MockTransport(answer))) as aiwyn:
        client = aiwyn.get_httpx_client()
        client._aiwyn_operations = {"things": THINGS}  # type: ignore[attr-defined]
        query = {"status": ["a", "b"], "tag": ["x", "y"]}
        client.get("/things", params=query, extensions={OPERATION: "things"})
        client.get("/other", params=query)  # no operation: sent as given
    assert sent[0].url.params.multi_items() == [("status", "a,b"), ("tag", "x"), ("tag", "y")]
    assert sent[1].url.params.multi_items() == [("status", "a"), ("status", "b"), ("tag", "x"), ("tag", "y")]
