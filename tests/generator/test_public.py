"""Public descriptions of other APIs, built as they are published, and called against Prism.

The pipeline was fitted to our own description; these show it holds for descriptions it never
saw: each builds into a package that imports and passes mypy --strict (``build_into`` checks
both), whose resource methods send what Prism validates and decode what it answers.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from generator import build
from generator.mock import PrismServer
from generator.settings import Settings
from tests.support.descriptions import settings_for

PUBLIC = Path(__file__).parent / "public"

PETSTORE_CALLS = """
import aiwyn_client
from aiwyn_client import Aiwyn, AuthenticationError
from aiwyn_client.models import FindPetsByStatusStatus, Pet, User
assert aiwyn_client.__file__.startswith({out!r})
with Aiwyn(token="t", base_url={base_url!r}) as store:
    pet = store.pets.get(10)
    assert isinstance(pet, Pet) and pet.name, pet
    found = store.pets.find_by_status(status=FindPetsByStatusStatus.AVAILABLE)
    assert isinstance(found, list) and all(isinstance(p, Pet) for p in found), found
    added = store.pets.create(name="doggie", photo_urls=["https://x.test/a.png"])
    assert isinstance(added, Pet)
    assert store.pets.delete(10) is None
    user = store.users.get("theUser")
    assert isinstance(user, User)
    store.users.create_with_list(body=[User(username="a"), User(username="b")])
    try:
        store.inventories.list()  # needs an api_key header, which a bearer token is not
    except AuthenticationError as exc:
        assert exc.status_code == 401
print("ok")
"""


TICTACTOE_CALLS = """
import aiwyn_client
from aiwyn_client import Aiwyn, ConfigurationError, InvalidArgumentError
from aiwyn_client.models import Mark, Status
assert aiwyn_client.__file__.startswith({out!r})
try:
    Aiwyn(token="t")  # the description lists no servers: the client asks for base_url
    raise AssertionError("no error")
except ConfigurationError as exc:
    assert "base_url" in str(exc)
with Aiwyn(token="t", base_url={base_url!r}) as game:
    assert isinstance(game.boards.list(), Status)
    assert isinstance(game.boards.get(1, 1), Mark)
    assert isinstance(game.boards.update(1, 1, body=Mark.X), Status)
    try:
        game.boards.get(4, 1)  # rows are 1 to 3, as documented
        raise AssertionError("row 4 was sent")
    except InvalidArgumentError:
        pass
print("ok")
"""


ADYEN_CALLS = """
import aiwyn_client
from aiwyn_client import Aiwyn, AsyncAiwyn, AuthenticationError
from aiwyn_client import _spec
from aiwyn_client.models import BusinessLine, BusinessLineInfoService, BusinessLines, LegalEntity, OnboardingThemes
assert aiwyn_client.__file__.startswith({out!r})
assert _spec.DEFAULT_ENVIRONMENT == "sandbox"  # kyc-test.adyen.com: a test host, never production
# The description's security is an X-API-Key header: api_key= is sent there, as it is.
with Aiwyn(api_key="k", base_url={base_url!r}) as adyen:
    entity = adyen.legal_entities.get("LE1")
    assert isinstance(entity, LegalEntity), entity
    line = adyen.business_lines.create(
        industry_code="4531", legal_entity_id="LE1", service=BusinessLineInfoService.PAYMENTPROCESSING
    )
    assert isinstance(line, BusinessLine), line
    assert isinstance(adyen.legal_entities.list_business_lines("LE1"), BusinessLines)
    assert isinstance(adyen.themes.list(), OnboardingThemes)
    assert adyen.business_lines.delete("BL1") is None
    assert adyen.legal_entities.request_periodic_review("LE1") is None
with Aiwyn(token="t", base_url={base_url!r}) as adyen:
    try:
        adyen.legal_entities.get("LE1")  # a bearer token is not what this API takes
        raise AssertionError("no error")
    except AuthenticationError as exc:
        assert exc.status_code == 401

async def main():
    async with AsyncAiwyn(api_key="k", base_url={base_url!r}) as adyen:
        assert isinstance(await adyen.legal_entities.get("LE1"), LegalEntity)
        assert await adyen.transfer_instruments.delete("TI1") is None

import asyncio
asyncio.run(main())
print("ok")
"""


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "calls"),
    [("petstore", PETSTORE_CALLS), ("tictactoe", TICTACTOE_CALLS), ("adyen_legal_entity", ADYEN_CALLS)],
)
def test_a_public_description_builds_and_its_operations_work(
    settings: Settings, tmp_path: Path, name: str, calls: str
) -> None:
    [spec] = PUBLIC.joinpath(name).glob("openapi.*")
    assert (PUBLIC / name / "LICENSE").exists()
    out = tmp_path / "generated"
    build.build_into(settings_for(spec), out)
    with PrismServer(spec) as prism:
        script = textwrap.dedent(calls).format(out=str(out), base_url=prism.base_url)
        env = {**os.environ, "PYTHONPATH": str(out)}
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=False)
        assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr[-4000:] + prism.log()[-3000:]
