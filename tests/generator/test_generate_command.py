"""``python -m generator generate``: any description, no traceback, and the warnings policy.

Every input that cannot be built ends in one line naming the file and the place, with a non-zero
exit; an operation openapi-python-client cannot build is dropped with a line (the build goes
on), and ``--strict`` fails on it instead.
"""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from generator import build, cli
from generator.settings import Settings
from generator.spec import SpecIndex

SPEC_ERRORS = [
    ("not-yaml.yaml", "openapi: 3.0.0\npaths: {\n", r"not-yaml.yaml: line \d+, column \d+: not YAML or JSON"),
    ("swagger.json", '{"swagger": "1.2", "paths": {}}', r"swagger.json: Swagger 1.2 is not supported"),
    (
        "dangling.yaml",
        """\
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /a:
            get:
              responses:
                '200':
                  description: ok
                  content: {application/json: {schema: {$ref: '#/components/schemas/Nope'}}}
        """,
        r"dangling.yaml: dangling \$ref '#/components/schemas/Nope' at "
        r"#/paths/~1a/get/responses/200/content/application~1json/schema",
    ),
]


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "text", "message"), SPEC_ERRORS)
def test_a_description_that_cannot_be_read_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, text: str, message: str
) -> None:
    spec = _write(tmp_path, name, text)
    status = cli.main(["generate", "--spec", str(spec), "--output", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert err.startswith("generate: ")
    assert re.search(message, err), err
    assert not (tmp_path / "out").exists()


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = cli.main(["generate", "--spec", str(tmp_path / "nope.yaml"), "--output", str(tmp_path / "out")])
    err = capsys.readouterr().err
    assert status == 1 and err.strip().endswith("nope.yaml: no such file") and err.count("\n") == 1, err


def test_an_unexpected_error_is_one_line_unless_debug(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(settings: Settings, notes: list[str] | None = None) -> Path:
        raise KeyError("boom")

    monkeypatch.setattr(build, "generate", broken)
    assert cli.main(["generate"]) == 1
    err = capsys.readouterr().err
    assert err == "generate: unexpected KeyError: 'boom' (run with --debug for the traceback)\n"
    with pytest.raises(KeyError):
        cli.main(["generate", "--debug"])


def test_output_that_is_not_a_generated_package_is_not_replaced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    precious = tmp_path / "home"
    precious.mkdir()
    (precious / "notes.txt").write_text("keep me", encoding="utf-8")
    assert cli.main(["generate", "--output", str(precious)]) == 1
    assert "is not a generated package" in capsys.readouterr().err
    assert (precious / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_settings_take_another_description(settings: Settings, tmp_path: Path) -> None:
    other = settings.with_options(spec=tmp_path / "x.yaml", output=tmp_path / "out", strict=True)
    assert other.spec_path == tmp_path / "x.yaml" and other.output_dir == tmp_path / "out"
    assert other.strict and not settings.strict
    assert other.operation_overrides == settings.operation_overrides


UNBUILDABLE = """\
openapi: 3.0.3
info: {title: Drops, version: 1.0.0}
servers: [{url: 'https://api.example.test'}]
paths:
  /things/{id}/{id}:
    get:
      operationId: getThing
      parameters: [{name: id, in: path, required: true, schema: {type: string}}]
      responses:
        '200': {description: ok, content: {application/json: {schema: {type: string}}}}
  /others:
    get:
      operationId: listOthers
      responses:
        '200':
          description: ok
          content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Other'}}}}
  /gone:
    delete:
      operationId: deleteGone
      responses:
        '404': {description: not there}
  /moved:
    get:
      operationId: getMoved
      responses:
        '301': {description: where it is now}
  /unanswered:
    get:
      operationId: getUnanswered
      responses: {}
  /fallback:
    get:
      operationId: getFallback
      responses:
        default: {description: the answer, content: {application/json: {schema: {type: integer}}}}
components:
  schemas:
    Other: {type: object, properties: {id: {type: integer}}}
"""


def test_an_operation_that_cannot_be_built_is_dropped_with_a_line(settings: Settings, tmp_path: Path) -> None:
    spec = _write(tmp_path, "drops.yaml", UNBUILDABLE)
    notes: list[str] = []
    out = tmp_path / "out"
    build.build_into(settings.with_options(spec=spec), out, verify=False, notes=notes)
    assert "dropped: GET /things/{id}/{id} (getThing): Incorrect path templating for /things/{id}/{id}" in "\n".join(
        notes
    )
    assert "dropped: GET /unanswered (getUnanswered): documents no success response (no 2xx or default; none)" in notes
    assert "GET /moved: documents only redirects (301); it returns the URL redirected to, unfollowed" in notes
    assert "DELETE /gone: documents only errors (404); its success is taken as any JSON" in notes
    assert "GET /fallback: documents no 2xx response; its default response is taken as the success" in notes
    # our config's overrides name nothing here: one short warning line, not a failure
    [unknown] = [n for n in notes if "resources.overrides" in n]
    assert unknown.startswith("warning: none of the 11 resources.overrides in generator/config.yaml names an ")
    assert unknown.endswith("drops.yaml: all are ignored")  # not every override listed
    resources = "".join(
        path.read_text(encoding="utf-8") for path in sorted((out / settings.package_name / "resources").glob("*.py"))
    )
    assert "list_others" in resources and "get_fallback" in resources.replace("fallback.get", "get_fallback")
    assert "get_thing" not in resources and "get_unanswered" not in resources and "unanswered" not in resources
    assert '"getMoved", accept=None, redirect=True' in resources  # its method returns the location
    assert "def delete(" in (out / settings.package_name / "resources" / "gones.py").read_text(encoding="utf-8")


def test_strict_fails_on_what_the_default_build_drops(settings: Settings, tmp_path: Path) -> None:
    spec = _write(tmp_path, "drops.yaml", UNBUILDABLE)
    strict = settings.with_options(spec=spec, strict=True)
    with pytest.raises(build.BuildError, match=r"(?s)--strict.*GET /things/\{id\}/\{id\} \(getThing\): Incorrect path"):
        build.build_into(strict, tmp_path / "out", verify=False)
    accepted = Settings(
        {**strict.raw, "accepted_warnings": [{"pattern": "Incorrect path templating", "reason": "a test"}],
         "resources": {"overrides": {}}},
    )  # fmt: skip
    notes = build.build_into(accepted, tmp_path / "accepted", verify=False)
    assert any("GET /things/{id}/{id} (getThing): accepted warning (a test)" in n for n in notes), notes
    assert not any("made no function" in n for n in notes), notes  # an accepted warning is not reported again


def test_strict_fails_on_overrides_that_name_no_operation(settings: Settings, tmp_path: Path) -> None:
    spec = _write(tmp_path, "drops.yaml", UNBUILDABLE)
    strict = settings.with_options(spec=spec, strict=True)
    accepting = Settings({**strict.raw, "accepted_warnings": [{"pattern": "path templating", "reason": "a test"}]})
    with pytest.raises(build.BuildError, match=r"resources.overrides that name no operation .* \(--strict\)"):
        build.build_into(accepting, tmp_path / "out", verify=False)


def test_regen_refuses_an_unreadable_description_before_replacing_ours(
    settings: Settings, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = settings.spec_path.read_bytes()
    swagger = _write(tmp_path, "swagger.yaml", "swagger: '1.2'\ninfo: {title: t, version: '1'}\npaths: {}\n")
    assert cli.main(["regen", "--spec", str(swagger), "--test-command", "false"]) == 1
    assert "Swagger 1.2 is not supported" in capsys.readouterr().err
    assert settings.spec_path.read_bytes() == before


def test_a_schema_that_cannot_be_built_is_dropped_with_those_that_use_it(settings: Settings, tmp_path: Path) -> None:
    spec = _write(
        tmp_path,
        "enum.yaml",
        """\
        openapi: 3.0.3
        info: {title: T, version: 1.0.0}
        paths:
          /a:
            get:
              operationId: getA
              responses:
                '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/Holder'}}}}
        components:
          schemas:
            Holder: {type: object, properties: {level: {$ref: '#/components/schemas/Level'}}}
            User: {type: object, properties: {h: {$ref: '#/components/schemas/Holder'}}}
            Level: {type: integer, enum: [1, 2.5]}
        """,
    )
    ours = Settings({**settings.with_options(spec=spec).raw, "resources": {"overrides": {}}})
    index = SpecIndex.from_settings(ours)
    lines = build.apply_warnings_policy(ours, index)
    assert "dropped: schema Level: Enum values must all be the same type: Got {<class 'float'>, <class 'int'>}" in lines
    assert (
        "dropped: schema Holder (and 1 that use it: User): Could not find reference in parsed models or enums" in lines
    )
    assert any(line.startswith("dropped: GET /a (getA): Cannot parse response") for line in lines)
    assert [op.label for op in index.operations] == []  # its success cannot be read: no resource method


def test_a_description_without_operations_or_schemas_still_builds(settings: Settings, tmp_path: Path) -> None:
    """Every operation dropped (or none described) leaves a package that parses, not one ruff refuses."""
    spec = _write(
        tmp_path,
        "empty.yaml",
        "openapi: 3.0.3\ninfo: {title: Empty, version: '1'}\nservers: [{url: 'https://api.example.com'}]\npaths: {}\n",
    )
    out = tmp_path / "out"
    notes = build.build_into(settings.with_options(spec=spec), out, verify=False)
    for module in ("resources/__init__.py", "models/__init__.py"):
        compile((out / settings.package_name / module).read_text(encoding="utf-8"), module, "exec")
    assert f"warning: {spec}: it declares no operations: the client has no methods" in notes, notes


def test_a_description_of_webhooks_only_says_its_client_has_no_methods(settings: Settings, tmp_path: Path) -> None:
    """The webhooks are calls the API makes; a client of them has nothing to call, and says why."""
    spec = _write(
        tmp_path,
        "hooks.yaml",
        """\
        openapi: 3.1.0
        info: {title: Hooks, version: '1'}
        webhooks:
          invoicePaid:
            post:
              requestBody: {content: {application/json: {schema: {type: object}}}}
              responses: {'200': {description: ok}}
        """,
    )
    notes = build.build_into(settings.with_options(spec=spec), tmp_path / "out", verify=False)
    assert any(
        "only webhooks (calls the API makes, not calls made to it): the client has no methods" in n for n in notes
    )
