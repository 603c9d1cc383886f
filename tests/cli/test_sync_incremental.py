"""``aiwyn_client.dlt`` on an entity with an update time: the second run asks for what changed."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from aiwyn_client.dlt import run_sync
from aiwyn_client.where import ClientFields
from aiwyn_client.where._expr import DateTimeField

from tests.support.fake_server import API_KEY, FakeAiwyn


def test_an_entity_with_an_update_time_loads_only_what_changed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Our description has no update time; a description that has one gives its Fields this field.
    updated_at = DateTimeField("Client", ("updatedAt",), "updated_at")
    monkeypatch.setattr(ClientFields, "updated_at", updated_at, raising=False)
    monkeypatch.setenv("RUNTIME__LOG_LEVEL", "WARNING")
    database, pipelines = tmp_path / "aiwyn.duckdb", str(tmp_path / "dlt")
    with FakeAiwyn() as fake:
        fake.add(
            "clients",
            [
                {"id": i, "name": f"C{i}", "active": True, "updatedAt": f"2024-01-{1 + i % 28:02d}T00:00:00Z"}
                for i in range(1, 201)
            ],
        )
        options = {"api_key": API_KEY, "base_url": fake.url}
        first = run_sync(options, ["clients"], duckdb_file=str(database), pipelines_dir=pipelines)
        assert first == {"clients": 200}
        with fake.lock:
            for record in fake.tables["clients"][:3]:
                record.update(name=record["name"] + " (renamed)", updatedAt="2024-03-01T00:00:00Z")
        fake.requests.clear()
        second = run_sync(options, ["clients"], duckdb_file=str(database), pipelines_dir=pipelines)
        asked = [r.body for r in fake.requests if r.path == "/gql/v1/clients/search"]
    assert second == {"clients": 3}
    assert "updatedAt" in str(asked[0]["where"]) and "_gte" in str(asked[0]["where"])
    with duckdb.connect(str(database), read_only=True) as connection:
        assert connection.sql("select count(*) from aiwyn_data.clients").fetchall() == [(200,)]
        query = "select id from aiwyn_data.clients where name like '%(renamed)' order by id"
        renamed = connection.sql(query).fetchall()
    assert renamed == [(1,), (2,), (3,)]
