"""The command's files: where an export can be written, what an upload can read (byte-order
marks, JSON arrays), every bad row reported before anything is sent, and Parquet written whole
or not at all."""

from __future__ import annotations

import codecs
import csv
import errno
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from aiwyn_client.cli import _context as cli_context
from aiwyn_client.cli._files import RecordWriter

from tests.cli.test_commands import aiwyn
from tests.support.fake_server import FakeAiwyn
from tests.support.stateful import clients


@pytest.fixture
def fake() -> Iterator[FakeAiwyn]:
    with FakeAiwyn() as server:
        server.add("clients", clients(120))
        yield server


def one_line(text: str) -> bool:
    return text.strip() != "" and "\n" not in text.strip() and "Traceback" not in text


def record_requests(fake: FakeAiwyn) -> list[str]:
    return [path for path in fake.paths() if path.startswith("/api/v1/records")]


# ---------------------------------------------------------------------- where an export goes
def test_an_export_into_a_missing_directory_makes_it(fake: FakeAiwyn, tmp_path: Path) -> None:
    output = tmp_path / "exports" / "2024" / "clients.jsonl"
    done = aiwyn(fake, "export", "clients", "-o", str(output), "--page-size", "50")
    assert done.exit_code == 0, done.output
    assert len(output.read_text().splitlines()) == 120


@pytest.mark.parametrize("suffix", [".jsonl", ".csv", ".parquet"])
def test_an_export_that_cannot_be_written_says_so_in_one_line_before_fetching(
    fake: FakeAiwyn, tmp_path: Path, suffix: str
) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("a file where the directory should be")
    for output in (blocker / f"clients{suffix}", blocker / "deeper" / f"clients{suffix}"):
        done = aiwyn(fake, "export", "clients", "-o", str(output))
        assert done.exit_code == 2, done.output
        assert one_line(done.stderr) and "Not a directory" in done.stderr and str(blocker) in done.stderr
    directory = tmp_path / "a-directory.jsonl"
    directory.mkdir()
    done = aiwyn(fake, "export", "clients", "-o", str(directory), "--format", "jsonl")
    assert done.exit_code == 2 and "is a directory" in done.stderr and "Traceback" not in done.stderr  # click's own
    assert fake.requests == []  # refused before the token exchange


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes to read-only directories")
def test_an_export_into_a_read_only_directory_says_so_in_one_line(fake: FakeAiwyn, tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        done = aiwyn(fake, "export", "clients", "-o", str(locked / "clients.jsonl"))
    finally:
        locked.chmod(0o700)
    assert done.exit_code == 2 and one_line(done.stderr) and "Permission denied" in done.stderr


def test_a_directory_without_write_permission_is_named_in_one_line(
    fake: FakeAiwyn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only directory does for a user who is not root (the test may run as root)."""

    def refused(dir: str, **options: object) -> None:  # noqa: A002 - tempfile's name
        raise PermissionError(errno.EACCES, "Permission denied", os.path.join(dir, "tmpa1b2c3"))

    monkeypatch.setattr(cli_context.tempfile, "TemporaryFile", refused)
    done = aiwyn(fake, "export", "clients", "-o", str(tmp_path / "clients.jsonl"))
    assert done.exit_code == 2 and one_line(done.stderr)
    assert f"{tmp_path}: Permission denied" in done.stderr and fake.requests == []


# ---------------------------------------------------------------------- what an upload reads
def _csv(path: Path, rows: list[list[str]], *, bom: bool = False) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig" if bom else "utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["type", "systemRef.id", "attributes.name"])
        writer.writerows(rows)
    return path


def _good(n: int) -> list[str]:
    return ["client", f"C-{n}", f"Name {n}"]


def test_a_csv_saved_by_excel_as_csv_utf8_is_read(fake: FakeAiwyn, tmp_path: Path) -> None:
    source = _csv(tmp_path / "excel.csv", [_good(n) for n in range(1, 6)], bom=True)
    assert source.read_bytes().startswith(codecs.BOM_UTF8)
    done = aiwyn(fake, "records", "upsert", str(source))
    assert done.exit_code == 0, done.output
    assert "5 records: 5 created" in done.stdout
    assert sorted(r["systemRef"]["id"] for r in fake.written) == [f"C-{n}" for n in range(1, 6)]


@pytest.mark.parametrize("name", ["records.jsonl", "records.json"])
def test_json_lines_and_json_arrays_with_a_byte_order_mark_are_read(fake: FakeAiwyn, tmp_path: Path, name: str) -> None:
    records = [{"type": "client", "systemRef": {"id": f"J-{n}"}, "attributes": {"name": "é"}} for n in range(3)]
    text = "\n".join(json.dumps(r) for r in records) if name.endswith("l") else json.dumps(records, indent=2)
    source = tmp_path / name
    source.write_bytes(codecs.BOM_UTF8 + text.encode())
    done = aiwyn(fake, "records", "upsert", str(source))
    assert done.exit_code == 0, done.output
    assert [r["systemRef"]["id"] for r in fake.written] == ["J-0", "J-1", "J-2"]
    assert fake.written[0]["attributes"]["name"] == "é"


def test_a_file_that_is_not_utf8_says_how_to_save_it(fake: FakeAiwyn, tmp_path: Path) -> None:
    source = tmp_path / "latin1.csv"
    source.write_bytes("type,systemRef.id,attributes.name\nclient,C-1,Ren\xe9e\n".encode("latin-1"))
    done = aiwyn(fake, "records", "upsert", str(source))
    assert done.exit_code == 2 and one_line(done.stderr) and "not UTF-8" in done.stderr
    assert "CSV UTF-8" in done.stderr and record_requests(fake) == []


# ---------------------------------------------------------------------- every bad row, before anything is sent
def _fifteen_hundred(tmp_path: Path) -> Path:
    rows = [_good(n) for n in range(1, 1501)]
    rows[1199] = ["", "C-1200", "no type"]  # data row 1200: line 1201
    rows[1349] = ["client", "", "no systemRef"]  # line 1351
    rows[1399] = [*_good(1400), "a surplus cell"]  # line 1401
    return _csv(tmp_path / "records.csv", rows)


def test_every_invalid_row_is_reported_with_its_line_and_nothing_is_sent(fake: FakeAiwyn, tmp_path: Path) -> None:
    source = _fifteen_hundred(tmp_path)
    done = aiwyn(fake, "records", "upsert", str(source))
    assert done.exit_code == 2, done.output
    lines = done.stderr.strip().splitlines()
    assert [line.split(":")[0] for line in lines[:3]] == [f"records.csv, line {n}" for n in (1201, 1351, 1401)]
    assert "has no type" in lines[0] and "has no systemRef" in lines[1] and "4 cells" in lines[2]
    assert "3 of 1500 records cannot be sent, so none was" in lines[3] and "--skip-invalid" in lines[3]
    assert record_requests(fake) == [] and fake.written == []
    assert not (tmp_path / "records.failed.jsonl").exists()


def test_skip_invalid_sends_the_valid_rows_and_writes_the_invalid_ones_with_their_lines(
    fake: FakeAiwyn, tmp_path: Path
) -> None:
    source = _fifteen_hundred(tmp_path)
    done = aiwyn(fake, "records", "upsert", str(source), "--skip-invalid", "--failed", str(tmp_path / "out/bad.jsonl"))
    assert done.exit_code == 3, done.output
    assert "1500 records: 1497 created, 3 invalid (not sent)" in done.stdout
    assert len(fake.written) == 1497 and {r["systemRef"]["id"] for r in fake.written}.isdisjoint({"C-1200", "C-1400"})
    failed = [json.loads(line) for line in (tmp_path / "out" / "bad.jsonl").read_text().splitlines()]
    assert [(f["line"], f["index"], f["error_code"]) for f in failed] == [
        (1201, 1199, "INVALID_INPUT"),
        (1351, 1349, "INVALID_INPUT"),
        (1401, 1399, "INVALID_INPUT"),
    ]
    assert "has no type" in failed[0]["error_message"] and failed[0]["record"]["systemRef"] == {"id": "C-1200"}


def test_server_failures_carry_their_line_too(fake: FakeAiwyn, tmp_path: Path) -> None:
    source = tmp_path / "records.jsonl"
    lines = [
        json.dumps({"type": "client", "systemRef": {"id": f"C-{n}"}, "attributes": {"fail": n == 3}}) for n in range(5)
    ]
    source.write_text("\n".join(["", *lines[:2], "not json", *lines[2:], "[1, 2]"]) + "\n")
    refused = aiwyn(fake, "records", "upsert", str(source))
    assert refused.exit_code == 2
    assert "records.jsonl, line 4: not JSON" in refused.stderr and "records.jsonl, line 8: is a list" in refused.stderr
    done = aiwyn(fake, "records", "upsert", str(source), "--skip-invalid")
    assert done.exit_code == 3 and "7 records: 4 created, 1 failed, 2 invalid (not sent)" in done.stdout
    failed = [json.loads(line) for line in (tmp_path / "records.failed.jsonl").read_text().splitlines()]
    assert [(f["line"], f["error_code"]) for f in failed] == [
        (4, "INVALID_INPUT"),
        (6, "INVALID"),
        (8, "INVALID_INPUT"),
    ]
    assert failed[0]["record"] == "not json" and failed[2]["record"] == [1, 2]


def test_json_array_items_are_reported_at_their_lines(fake: FakeAiwyn, tmp_path: Path) -> None:
    source = tmp_path / "records.json"
    good = {"type": "client", "systemRef": {"id": "A"}}
    source.write_text(json.dumps([good, {"type": "client"}, good, 5], indent=2))
    done = aiwyn(fake, "records", "upsert", str(source))
    assert done.exit_code == 2
    assert "records.json, line 8: has no systemRef" in done.stderr and "records.json, line 17: is a int" in done.stderr
    source.write_text('[\n  {"type": "client", "systemRef": {"id": "A"}},\n  {"type": oops}\n]')
    broken = aiwyn(fake, "records", "upsert", str(source))
    assert broken.exit_code == 2 and "records.json, line 3: not JSON" in broken.stderr


# ---------------------------------------------------------------------- Parquet: whole or nothing
def _leftovers(directory: Path) -> list[str]:
    return sorted(p.name for p in directory.iterdir())


def test_a_parquet_export_that_fails_leaves_nothing_and_keeps_the_previous_file(
    fake: FakeAiwyn, tmp_path: Path
) -> None:
    output = tmp_path / "clients.parquet"
    fake.fault("/gql/v1/clients", "status", status=400, page=2)
    failed = aiwyn(fake, "export", "clients", "-o", str(output), "--method", "list", "--page-size", "20")
    assert failed.exit_code == 1 and _leftovers(tmp_path) == []
    assert aiwyn(fake, "export", "clients", "-o", str(output), "--page-size", "20").exit_code == 0
    previous = output.read_bytes()
    fake.fault("/gql/v1/clients", "status", status=400, page=2)
    again = aiwyn(fake, "export", "clients", "-o", str(output), "--method", "list", "--page-size", "20")
    assert again.exit_code == 1 and output.read_bytes() == previous and _leftovers(tmp_path) == ["clients.parquet"]


def test_a_parquet_export_of_nothing_is_a_valid_empty_file(fake: FakeAiwyn, tmp_path: Path) -> None:
    import pyarrow.parquet as pq  # type: ignore[import-untyped]

    output = tmp_path / "none.parquet"
    done = aiwyn(fake, "export", "clients", "-o", str(output), "--where", "id > 100000")
    assert done.exit_code == 0 and pq.read_table(output).num_rows == 0
    umask = os.umask(0)
    os.umask(umask)
    assert output.stat().st_mode & 0o777 == 0o666 & ~umask  # not the temporary file's private mode


def test_resume_with_parquet_is_refused_before_anything_is_written(fake: FakeAiwyn, tmp_path: Path) -> None:
    output = tmp_path / "clients.parquet"
    output.write_bytes(b"an earlier export")
    done = aiwyn(fake, "export", "clients", "-o", str(output), "--resume")
    assert done.exit_code == 2 and one_line(done.stderr) and "--resume works for jsonl and csv" in done.stderr
    assert output.read_bytes() == b"an earlier export" and _leftovers(tmp_path) == ["clients.parquet"]
    assert fake.requests == []


def test_json_lines_are_compact_utf8_and_a_resumed_writer_appends(tmp_path: Path) -> None:
    output = tmp_path / "clients.jsonl"
    writer = RecordWriter(output, "jsonl", append=False)
    writer.write([{"id": 1, "name": "Zoë"}, {"id": 2, "tags": ["a"], "address": {"city": "Köln"}}])
    size = writer.flush()
    writer.close()
    resumed = RecordWriter(output, "jsonl", append=True)
    resumed.write([{"id": 3}])
    assert resumed.flush() == output.stat().st_size > size == len(output.read_bytes()) - len(b'{"id":3}\n')
    resumed.close()
    lines = '{"id":1,"name":"Zoë"}\n{"id":2,"tags":["a"],"address":{"city":"Köln"}}\n{"id":3}\n'
    assert output.read_text(encoding="utf-8") == lines


def test_csv_pages_share_the_header_also_when_a_resumed_writer_appends(tmp_path: Path) -> None:
    output = tmp_path / "clients.csv"
    writer = RecordWriter(output, "csv", append=False)
    writer.write([{"id": 1, "address": {"city": "Köln"}, "active": True}])
    assert writer.flush() == output.stat().st_size
    writer.close()
    resumed = RecordWriter(output, "csv", append=True)
    resumed.write([{"id": 2, "address": {"city": "Zoë"}, "active": False}])
    resumed.close()
    assert output.read_bytes() == "id,address.city,active\r\n1,Köln,true\r\n2,Zoë,false\r\n".encode()
