"""A real PostgreSQL server for the tests, on a free loopback port, in a temporary directory.

The server comes from the machine's PostgreSQL package (Debian's ``postgresql``, which ``make
postgres`` installs, as ``.ci/run`` does): ``initdb`` and ``postgres`` from
``/usr/lib/postgresql/<version>/bin`` (or ``pg_config --bindir``). PostgreSQL refuses to run as
root, so as root the server runs as the package's ``postgres`` user. Nothing is mocked.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg2


def bin_dir() -> Path | None:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/postgres"), key=lambda p: int(p.parent.parent.name))
    if found:
        return found[-1].parent
    pg_config = shutil.which("pg_config")
    if pg_config:
        out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, check=False).stdout.strip()
        if out and (Path(out) / "postgres").exists():
            return Path(out)
    return None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class PostgresServer:
    def __init__(self) -> None:
        self.port = free_port()
        self.dsn = f"postgresql://aiwyn:aiwyn@127.0.0.1:{self.port}/aiwyn"
        self.process: subprocess.Popen[bytes] | None = None

    def __enter__(self) -> PostgresServer:
        binaries = bin_dir()
        if binaries is None:
            raise RuntimeError("no PostgreSQL server installed: run `make postgres` (installs the postgresql package)")
        self.root = Path(tempfile.mkdtemp(prefix="aiwyn-pg-"))
        self.root.chmod(0o755)
        user = "postgres" if os.geteuid() == 0 else None
        if user:
            shutil.chown(self.root, user)
        data, log = self.root / "data", self.root / "log"
        run = {"user": user} if user else {}
        subprocess.run(
            [str(binaries / "initdb"), "-D", str(data), "-U", "aiwyn", "--auth=trust", "-E", "UTF8", "--no-sync"],
            check=True,
            capture_output=True,
            **run,  # type: ignore[arg-type]
        )
        with log.open("wb") as stream:
            self.process = subprocess.Popen(
                [
                    str(binaries / "postgres"),
                    "-D",
                    str(data),
                    "-p",
                    str(self.port),
                    "-k",
                    str(self.root),
                    "-c",
                    "listen_addresses=127.0.0.1",
                    "-c",
                    "fsync=off",
                    "-c",
                    "synchronous_commit=off",
                    "-c",
                    "full_page_writes=off",
                ],
                stdout=stream,
                stderr=subprocess.STDOUT,
                **run,  # type: ignore[arg-type]
            )
        deadline = time.monotonic() + 30
        while True:
            try:
                with contextlib.closing(psycopg2.connect(self.dsn.rsplit("/", 1)[0] + "/postgres")) as conn:
                    conn.autocommit = True
                    with conn.cursor() as cursor:
                        cursor.execute("create database aiwyn")
                break
            except psycopg2.OperationalError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("PostgreSQL did not start: " + log.read_text(errors="replace")[-2000:]) from None
                time.sleep(0.2)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process is not None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.root, ignore_errors=True)

    def query(self, sql: str) -> list[tuple[object, ...]]:
        with contextlib.closing(psycopg2.connect(self.dsn)) as conn, conn.cursor() as cursor:
            cursor.execute(sql)
            return list(cursor.fetchall())


@contextlib.contextmanager
def postgres() -> Iterator[PostgresServer]:
    """A running server for a test; the test fails, naming how to install one, where none is."""
    if bin_dir() is None:
        import pytest

        pytest.fail("no PostgreSQL server installed: run `make postgres`")
    with PostgresServer() as server:
        yield server
