"""The package as a user gets it: ``pip install ./generated`` into a fresh virtualenv outside the
repository, then the client used offline (a mock transport), and its metadata read."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

from generator.settings import Settings

USE = """
import httpx, aiwyn_client, importlib.metadata as metadata
from aiwyn_client import Aiwyn, NotFoundError, __version__
assert "site-packages" in aiwyn_client.__file__, aiwyn_client.__file__  # the installed copy

def handler(request):
    if request.url.path == "/v1/auth/token":
        data = {"token": "a.b.c", "expiresIn": 3600, "tokenType": "Bearer"}
        return httpx.Response(200, json={"data": data, "error": None, "meta": {"success": True}})
    if request.url.path == "/gql/v1/client/404":
        return httpx.Response(404, json={"error": "nope"}, headers={"x-request-id": "r9"})
    if request.url.path.startswith("/gql/v1/client/"):
        assert request.headers["x-firm"] == "f" and request.headers["user-agent"].startswith("aiwyn-client/")
        return httpx.Response(200, json={"id": 42, "name": "Acme"}, headers={"x-request-id": "r1"})
    return httpx.Response(200, json={"clients": [{"id": 1}, {"id": 2}], "total": {"aggregate": {"count": 2}}})

transport = httpx.MockTransport(handler)
with Aiwyn(api_key="k", base_url="https://x.test", transport=transport, default_headers={"X-Firm": "f"}) as aiwyn:
    assert repr(aiwyn.clients.get(42, timeout=5)) == "ClientDetail(id=42, name='Acme')"
    raw = aiwyn.with_raw_response.clients.get(42)
    assert (raw.status_code, raw.request_id, raw.parse().name) == (200, "r1", "Acme")
    assert [c.id for c in aiwyn.clients.iter()] == [1, 2]
    try:
        aiwyn.clients.get(404)
        raise AssertionError("no error")
    except NotFoundError as exc:
        assert exc.request_id == "r9"
meta = metadata.metadata("aiwyn-client")
assert meta["Version"] == __version__ and meta["License-Expression"] == "Apache-2.0"
assert meta["Requires-Python"] == ">=3.10" and "Typing :: Typed" in meta.get_all("Classifier")
page = meta["Description"] or meta.get_payload()  # the README an index shows
assert "Aiwyn(api_key=" in page and "make generate" not in page and "do not edit" not in page.lower()
assert "pip install aiwyn-client" in page and "60 seconds" in page
urls = dict(url.split(", ", 1) for url in meta.get_all("Project-URL"))
assert {"Documentation", "Repository", "Changelog"} <= set(urls) and urls["Documentation"] in page
dist = metadata.distribution("aiwyn-client")
licenses = [f for f in dist.files if f.name == "LICENSE" and "dist-info" in str(f)]
assert licenses and "Apache License" in licenses[0].read_text() and "Version 2.0" in licenses[0].read_text()
print("ok")
"""


@pytest.mark.slow
def test_pip_install_of_the_generated_package_works_in_a_fresh_virtualenv(settings: Settings, tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", str(settings.output_dir)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    used = subprocess.run(
        [str(python), "-c", textwrap.dedent(USE)], cwd=tmp_path, capture_output=True, text=True, check=False
    )
    assert used.returncode == 0 and used.stdout.strip() == "ok", used.stderr[-3000:]
    assert sys.prefix != str(env_dir)
    aiwyn = env_dir / "bin" / "aiwyn"
    without = subprocess.run([str(aiwyn), "--version"], capture_output=True, text=True, check=False)
    assert without.returncode == 2 and "pip install 'aiwyn-client[cli]'" in without.stderr
    extra = subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", f"{settings.output_dir}[cli]"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert extra.returncode == 0, extra.stderr[-3000:]
    listed = subprocess.run([str(aiwyn), "resources"], capture_output=True, text=True, check=False)
    assert listed.returncode == 0 and "clients" in listed.stdout, listed.stderr
