"""Prism, the mock server of the API description, started and stopped from Python.

The demo and the contract tests share this: Prism from the repo's node_modules (pinned in
package-lock.json), bound to loopback, on the requested port or a free one, and not
considered up until it answers HTTP.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType
from typing import Any

from generator.load import LoadError, load_document, unknown_property_types
from generator.settings import ROOT

HOST = "127.0.0.1"
DEFAULT_PORT = 4010
STARTUP_TIMEOUT_SECONDS = 60.0
STARTUP_SECONDS_PER_MEGABYTE = 60.0
"""Prism reads and dereferences the whole description before it answers: a 3 MB one (OpenAI's)
took more than a minute on a loaded 2-core machine, so the wait grows with the file."""


def startup_timeout(spec: Path) -> float:
    """How long Prism may take to answer for the first time: a minute, and a minute per megabyte
    of the description."""
    try:
        size = spec.stat().st_size
    except OSError:
        size = 0
    return STARTUP_TIMEOUT_SECONDS + STARTUP_SECONDS_PER_MEGABYTE * size / 1_000_000


class PrismError(Exception):
    """Prism is missing, did not start, or stopped answering; the message says why."""


def prism_executable(root: Path = ROOT) -> Path:
    path = root / "node_modules" / ".bin" / "prism"
    if not path.exists():
        raise PrismError(f"{path} not found: run `npm ci` (or `make setup`) to install Prism")
    return path


def port_is_free(port: int, host: str = HOST) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        try:
            sock.bind((host, port))
        except OSError:
            return False
        return True


def free_port(host: str = HOST) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def mock_command(spec: Path, port: int, host: str = HOST, *, dynamic: bool = False) -> list[str]:
    """Prism's command line; ``dynamic`` answers with data generated from the schemas instead of
    the description's examples (for descriptions whose examples are null or partial)."""
    return [
        str(prism_executable()),
        "mock",
        *(["--dynamic"] if dynamic else []),
        "--host",
        host,
        "--port",
        str(port),
        str(spec),
    ]


def _holds_foreign_reference(node: Any) -> bool:
    """Whether example data holds an object ``{"$ref": ...}`` that points outside the file."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and not ref.startswith("#"):
            return True
        return any(_holds_foreign_reference(v) for v in node.values())
    if isinstance(node, list):
        return any(_holds_foreign_reference(v) for v in node)
    return False


def _drop_examples_with_foreign_references(node: Any) -> int:
    """Take out of the description every example whose data holds a ``$ref`` to another file; the
    number taken out."""
    dropped = 0
    if isinstance(node, dict):
        if "example" in node and _holds_foreign_reference(node["example"]):
            del node["example"]
            dropped += 1
        examples = node.get("examples")
        if isinstance(examples, dict):
            for name in [n for n, e in examples.items() if _holds_foreign_reference(e)]:
                del examples[name]
                dropped += 1
        elif isinstance(examples, list) and any(_holds_foreign_reference(e) for e in examples):
            node["examples"] = [e for e in examples if not _holds_foreign_reference(e)]
            dropped += 1
        for key, value in node.items():
            if key not in ("example", "examples"):
                dropped += _drop_examples_with_foreign_references(value)
    elif isinstance(node, list):
        dropped += sum(_drop_examples_with_foreign_references(v) for v in node)
    return dropped


def served_description(spec: Path) -> dict[str, Any] | None:
    """The description Prism is to serve, when it cannot serve the file as published: Prism
    resolves every ``$ref``, even one that is example data, and stops when it cannot fetch one that
    points to the web (Square's custom attribute examples show a schema as
    ``{"$ref": "https://.../common.json#..."}``); such examples are left out (Prism answers those
    responses from their schemas). It also stops on a property whose ``$ref`` names nothing, which
    the generator reads as a value of any type (``load.unknown_property_types``): Prism is given
    the same. None when neither is there, and Prism reads the file itself."""
    try:
        document = load_document(spec, str(spec))
    except LoadError:
        return None  # Prism says what is wrong with it
    if not isinstance(document, dict):
        return None
    changed = _drop_examples_with_foreign_references(document) + unknown_property_types(document)
    return document if changed else None


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


class PrismServer:
    """A running Prism mock; use as a context manager, read ``base_url`` and ``log()``."""

    def __init__(self, spec: Path, port: int | None = None, host: str = HOST, *, dynamic: bool = False) -> None:
        self.spec, self.dynamic = spec, dynamic
        self.host = host
        self.port = port if port is not None and port_is_free(port, host) else free_port(host)
        self._log = tempfile.NamedTemporaryFile(prefix="prism-", suffix=".log", delete=False)  # noqa: SIM115
        self._process: subprocess.Popen[bytes] | None = None
        self._served: Path | None = None

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def log(self) -> str:
        return Path(self._log.name).read_text(encoding="utf-8", errors="replace")

    def start(self, *, echo: bool = False) -> PrismServer:
        """Start Prism in a session (process group) of its own, so ``stop`` ends every process it
        started; ``echo`` shows its log on this terminal instead of keeping it for ``log()``."""
        env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
        served = served_description(self.spec)
        if served is not None:
            with tempfile.NamedTemporaryFile("w", prefix="prism-", suffix=".json", delete=False) as copy:
                json.dump(served, copy)
            self._served = Path(copy.name)
        self._process = subprocess.Popen(  # noqa: S603 - fixed argv
            mock_command(self._served or self.spec, self.port, self.host, dynamic=self.dynamic),
            stdout=None if echo else self._log,
            stderr=None if echo else subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            env=env,
            start_new_session=True,
        )
        timeout = startup_timeout(self.spec)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                log = self.log()
                self._cleanup()
                raise PrismError(f"Prism exited with status {self._process.returncode} while starting:\n{log}")
            if self._answers():
                return self
            time.sleep(0.2)
        log = self.log()
        self.stop()
        raise PrismError(f"Prism did not answer on {self.base_url} within {timeout:.0f}s:\n{log}")

    def _answers(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base_url}/__health", timeout=1):  # noqa: S310 - loopback
                return True
        except urllib.error.HTTPError:
            return True  # any HTTP answer, even 404, means Prism is serving
        except OSError:
            return False

    def wait(self) -> int:
        """Serve until Prism exits or this process is interrupted (Ctrl-C, SIGTERM); then stop."""
        assert self._process is not None, "start() first"
        previous = signal.signal(signal.SIGTERM, _interrupt)
        try:
            return self._process.wait()
        except KeyboardInterrupt:
            return 0
        finally:
            signal.signal(signal.SIGTERM, previous)
            self.stop()

    def stop(self) -> None:
        """Stop Prism and everything it started (its whole process group)."""
        process = self._process
        if process is not None and process.poll() is None:
            self._signal_group(signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._signal_group(signal.SIGKILL)
                process.wait()
        if process is not None:
            self._signal_group(signal.SIGKILL)  # anything of its group still running
        self._cleanup()

    def _signal_group(self, sig: signal.Signals) -> None:
        assert self._process is not None
        with contextlib.suppress(ProcessLookupError, PermissionError):  # the group is gone already
            os.killpg(self._process.pid, sig)

    def _cleanup(self) -> None:
        self._log.close()
        Path(self._log.name).unlink(missing_ok=True)
        if self._served is not None:
            self._served.unlink(missing_ok=True)

    def __enter__(self) -> PrismServer:
        return self.start()

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()
