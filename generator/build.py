"""Generate the package: openapi-python-client with our templates, then overlays, then ruff.

The build always happens in a fresh temporary directory and is only copied over ``generated/``
once every step succeeded, so a failed run never leaves a half-written package behind. The
same function feeds ``check``, which compares the fresh tree with the committed one.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from openapi_python_client.schema import openapi_schema_pydantic as oai

from generator import provenance
from generator.method_names import ResourceError
from generator.normalise import leave_out_unbuilt, settle_clash, settle_family
from generator.normalise.clashes import ENDPOINT_HEADER
from generator.render import render_overlays
from generator.resources import opc_config, parsed_description
from generator.settings import Settings
from generator.spec import SpecError, SpecIndex, operation_key
from generator.typecheck import typecheck

LINE_PREFIXES = ("dropped: ", "warning: ")
"""Lines ``generate`` prints as they are (the rest are notes)."""


class BuildError(Exception):
    """A generation step failed; the message says which and why."""


def _run(args: list[str], cwd: Path, step: str) -> str:
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, check=False)
    output = proc.stdout + proc.stderr
    if proc.returncode != 0:
        raise BuildError(f"{step} failed (exit {proc.returncode}):\n{output.strip()}")
    return output


def _check_opc_version(settings: Settings) -> None:
    installed = metadata.version("openapi-python-client")
    if installed != settings.opc_version:
        raise BuildError(
            f"openapi-python-client {installed} is installed, generator/config.yaml pins "
            f"{settings.opc_version}; run `make setup`"
        )


@dataclass(frozen=True)
class GeneratorWarning:
    """One warning of openapi-python-client, read from its own parse of the description."""

    text: str
    """Its header and detail on one line: what ``accepted_warnings`` patterns are matched against."""
    subject: str
    """``METHOD /path (operationId)`` for an operation, else ``schema``."""
    reason: str
    dropped: str | None = None
    """The label (``METHOD /path``) of the operation it leaves without a function, if it does."""
    removed: tuple[str, ...] = ()
    """The schemas it leaves without a model, if it does (the first, then those that use it)."""


MAX_SETTLE_ROUNDS = 200
"""A safety net only: every round that runs settled something. A parse reports one clash per
model, so settled one at a time a family of inline models titled alike took a round per member
(Stripe 2020-08-27 took 78); settled a family at a time (``normalise.families``) it takes one, and
Stripe two parses in all."""


def settled_parse(settings: Settings, index: SpecIndex) -> Any:
    """Parse the description as openapi-python-client will, settling what a parse shows, and
    parse again until nothing is left to settle; returns the last parse (a parse of a large
    description takes seconds, so each round settles all it can).

    First each clash of derived class names it reports: with every other inline model that
    derives a name of its own model's family, and of the other families of its component or
    operation (``normalise.settle_family``), else alone, by moving one inline schema into components
    or titling it after its key (``normalise.settle_clash``); once none is left, the
    components it could not build are taken out of the unions that name them
    (``normalise.leave_out_unbuilt``), which it does not do itself. Both are noted. A round that
    leaves the description as an earlier one left it ends the settling (MoySklad's aliases were
    retitled back and forth for 200 rounds)."""
    seen: set[str] = set()
    data = None
    for _ in range(MAX_SETTLE_ROUNDS):
        state = hashlib.sha256(json.dumps(index.spec, sort_keys=True, default=str).encode()).hexdigest()
        if data is not None and state in seen:  # a settling undone by a later one: round again settles nothing
            index.normalised.append("settling the class names went round in circles: the last parse is built")
            return data
        seen.add(state)
        data = parsed_description(settings, index)
        taken = frozenset(str(c.class_info.name) for c in [*data.models, *data.enums])
        errors = [*(e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors), *data.errors]
        settled = False
        for error in errors:
            dump = _dump(error.data)

            def same(node: dict[str, Any], dump: Any = dump) -> bool:
                if dump is None or node.get("title") != dump.get("title"):  # costs nothing, unlike the dump
                    return False
                return bool(_dump(_schema_or_none(node)) == dump)

            header, detail = str(error.header), str(error.detail or "")
            settled = (
                settle_family(index.spec, index.normalised, header, detail, same, taken)
                or settle_clash(index.spec, index.normalised, header, detail, same, taken)
                or settled
            )
        if not settled:
            unbuilt = frozenset(name for w in generator_warnings(settings, index, data) for name in w.removed)
            settled = leave_out_unbuilt(index.spec, index.normalised, unbuilt)
        if not settled:
            return data
    return data


def _schema_or_none(node: dict[str, Any]) -> Any:
    try:
        return oai.Schema.model_validate(node)
    except ValueError:
        return None


def _dump(data: Any) -> Any:
    if data is None or not hasattr(data, "model_dump"):
        return None
    return data.model_dump(mode="json", by_alias=True, exclude_unset=True)


def generator_warnings(settings: Settings, index: SpecIndex, data: Any = None) -> list[GeneratorWarning]:
    """What openapi-python-client warns about this description (it skips what it warns about: an
    operation, a response, a schema), from the same parse the build runs (``data``, if given)."""
    data = data if data is not None else parsed_description(settings, index)
    built = {(e.method.lower(), e.path.get_untrusted_value()): e for c in data.endpoint_collections_by_tag.values()
             for e in c.endpoints}  # fmt: skip
    ids = {op.label: op.operation_id for op in index.operations}
    success = {op.label: op.success_status for op in index.operations}
    found: list[GeneratorWarning] = []
    seen: set[str] = set()
    errors = [e for c in data.endpoint_collections_by_tag.values() for e in c.parse_errors]
    for error in [*errors, *data.errors]:
        header = " ".join(str(error.header or "").split())
        detail = re.sub(r" <[^<>]* object at 0x[0-9a-f]+>", "", " ".join(str(error.detail or "").split()))
        text = f"{header} {detail}".strip()
        if text in seen:
            continue
        seen.add(text)
        match = ENDPOINT_HEADER.match(header)
        if match is None:
            found.append(_schema_warning(text, header, detail))
            continue
        method, path = match.group(1).lower(), match.group(2)
        label = operation_key(method, path)
        subject = f"{label} ({ids.get(label, '?')})"
        endpoint = built.get((method, path))
        readable = endpoint is not None and _has_response(endpoint, success.get(label))
        dropped = label if not readable else None  # no function, or one whose success cannot be read
        found.append(GeneratorWarning(text, subject, detail or "openapi-python-client could not read it", dropped))
    return found


def _has_response(endpoint: Any, status: str | None) -> bool:
    if status == "default":
        return endpoint.responses.default is not None
    return any(str(r.status_code.pattern) == status for r in endpoint.responses.patterns)


REMOVAL = "Failure to process schema has resulted in the removal of:"
SCHEMA_HEADER = re.compile(r"schema (/components/schemas/\S+?):?$")


def _schema_warning(text: str, header: str, detail: str) -> GeneratorWarning:
    """A warning about a schema: which schemas lose their model (openapi-python-client lists the
    one it refused, then every one that uses it), and why."""
    reason, _, removal = detail.partition(REMOVAL)
    removed = [p.rsplit("/", 1)[-1] for p in removal.split() if p.startswith("/components/schemas/")]
    named = SCHEMA_HEADER.search(header)
    if not removed and named is not None and detail:
        removed = [named.group(1).rsplit("/", 1)[-1]]
    reason = re.sub(r"^Unable to parse this part of your OpenAPI document: :? ?", "", reason.strip()) or header
    if not removed:
        return GeneratorWarning(text, "schema", reason)
    users = f" (and {len(removed) - 1} that use it: {', '.join(removed[1:])})" if len(removed) > 1 else ""
    return GeneratorWarning(text, f"schema {removed[0]}{users}", reason, removed=tuple(removed))


def apply_warnings_policy(settings: Settings, index: SpecIndex) -> list[str]:
    """Settle openapi-python-client's warnings before it runs; returns the lines to print.

    An operation it cannot build is left out of the client (``dropped: METHOD /path (id): why``)
    and the build goes on; a warning about one response or schema is printed (``warning: ...``).
    With ``strict`` any warning that ``accepted_warnings`` does not accept fails the build.
    """
    lines: list[str] = []
    open_warnings: list[GeneratorWarning] = []
    data = settled_parse(settings, index)
    for warning in generator_warnings(settings, index, data):
        if warning.dropped is not None:
            index.drop(warning.dropped, warning.reason)
        accepted = next((a for a in settings.accepted_warnings if a.accepts(warning.text)), None)
        if accepted is not None:
            lines.append(f"{warning.subject}: accepted warning ({accepted.reason}): {warning.reason}")
        else:
            open_warnings.append(warning)
    if open_warnings and settings.strict:
        listing = "\n".join(f"- {w.subject}: {w.reason}" for w in open_warnings)
        raise BuildError(
            f"openapi-python-client warned ({len(open_warnings)}; --strict fails on any warning: fix the "
            f"description, or accept the warning with a reason under accepted_warnings in generator/config.yaml):"
            f"\n{listing}"
        )
    for warning in open_warnings:
        kind = "dropped" if warning.dropped is not None or warning.removed else "warning"
        lines.append(f"{kind}: {warning.subject}: {warning.reason}")
    return lines


PROJECT_FILES = ("LICENSE",)
"""Files of the repository the package ships as they are (``license-files`` in its pyproject)."""


def _copy_overlays(settings: Settings, package_dir: Path) -> dict[Path, str]:
    """Copy the plain modules of overlays/<package>/ (templates are rendered, not copied)."""
    source = settings.overlays_dir / settings.package_name
    copied: dict[Path, str] = {}
    if not source.is_dir():
        return copied
    for path in sorted(source.rglob("*")):
        if "__pycache__" in path.parts or path.is_dir() or path.suffix == ".jinja":
            continue
        target = package_dir / path.relative_to(source)
        if target.exists():
            raise BuildError(f"overlay {path.relative_to(source)} would overwrite a generated file of the same name")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        copied[target.relative_to(package_dir.parent)] = provenance.copied(provenance.shown(settings, path))
    return copied


def opc_command(spec: Path, config: Path, out_dir: Path, meta: str, templates: Path | None = None) -> list[str]:
    """The openapi-python-client command line (with our reserved names, ``generator.reserved``);
    ``templates`` adds our overrides."""
    overrides = ["--custom-template-path", str(templates)] if templates is not None else []
    return [
        sys.executable,
        "-m",
        "generator.opc",
        "generate",
        "--path",
        str(spec),
        "--config",
        str(config),
        *overrides,
        "--meta",
        meta,
        "--output-path",
        str(out_dir),
    ]


def _nothing_to_call(index: SpecIndex) -> str:
    """Why a description gives no operation: it has none (only webhooks, which the API calls), or
    every one it has was dropped (the lines before say why)."""
    dropped = len(index.dropped) + sum(line.startswith("dropped: ") for line in index.normalised)
    if dropped:
        return f"every operation is dropped ({dropped}; the lines above say why)"
    if index.spec.get("webhooks"):
        return "it declares no operations, only webhooks (calls the API makes, not calls made to it)"
    return "it declares no operations"


def build_into(settings: Settings, out_dir: Path, *, verify: bool = True, notes: list[str] | None = None) -> list[str]:
    """Generate the complete package tree into ``out_dir`` (which must not exist yet); returns
    what was settled on the way: normalisations (see ``generator.normalise``), operations dropped
    and warnings (``dropped: ...``, ``warning: ...``, see ``apply_warnings_policy``). ``notes``, if
    given, is that list, filled as the build goes (so a failed build can still show it).

    With ``verify`` the tree is then checked as a user would meet it (see ``verify_package``).
    """
    _check_opc_version(settings)
    shown = provenance.shown(settings, settings.spec_path)
    try:
        index = SpecIndex.from_settings(settings)
    except SpecError as exc:
        message = str(exc)  # reading errors name the file already; the index's name the operation
        raise BuildError(message if message.startswith(shown) else f"{shown}: {message}") from exc
    notes = [] if notes is None else notes  # filled as the build goes, so a failed build still shows them
    notes.extend(index.normalised)
    if not index.operations:  # a package of models only still builds, and says it has no methods
        notes.append(f"warning: {shown}: {_nothing_to_call(index)}: the client has no methods")
    index.normalised = notes  # the resources step adds its own
    try:
        notes.extend(apply_warnings_policy(settings, index))
    except ResourceError as exc:  # openapi-python-client cannot read the description at all
        raise BuildError(str(exc)) from exc
    unknown = index.unknown_overrides()
    if unknown:
        listed = ", ".join(map(repr, unknown))
        if settings.strict:
            raise BuildError(
                f"generator/config.yaml has resources.overrides that name no operation of {shown} (--strict): "
                f"{listed}; key an override by operationId or by 'METHOD /path', or remove it"
            )
        if len(unknown) == len(index.overrides):  # another API's description, built with our config
            notes.append(
                f"warning: none of the {len(unknown)} resources.overrides in generator/config.yaml names an "
                f"operation of {shown}: all are ignored"
            )
        else:
            notes.append(f"warning: resources.overrides that name no operation of {shown} are ignored: {listed}")
    with tempfile.TemporaryDirectory(prefix="aiwyn-description-") as tmp:
        # What openapi-python-client reads: the normalised description, as JSON in a file named so,
        # which it then reads as JSON; a YAML loader would take JSON's "\ud83d\ude00" (Intercom's
        # emoji) for two lone surrogates, and no module holding them can be written.
        description = Path(tmp) / f"{settings.spec_path.stem}.json"
        description.write_text(json.dumps(index.spec), encoding="utf-8")
        config = Path(tmp) / "openapi-python-client.json"  # the one parsed_description reads too
        config.write_text(opc_config(settings, index.spec).model_dump_json(exclude_none=True), encoding="utf-8")
        _run(
            opc_command(description, config, out_dir, settings.opc_meta, settings.templates_dir),
            cwd=settings.root,
            step="openapi-python-client",
        )
    package_dir = out_dir / settings.package_name
    for name in PROJECT_FILES:  # beside pyproject.toml, so the sdist and the wheel carry them
        shutil.copyfile(settings.root / name, out_dir / name)
    sources = _copy_overlays(settings, package_dir)
    try:
        written = render_overlays(settings, index, package_dir)
    except ValueError as exc:
        raise BuildError(str(exc)) from exc
    spec = provenance.shown(settings, settings.spec_path)
    for target, template in written.items():
        sources[target.relative_to(out_dir)] = provenance.rendered(provenance.shown(settings, template), spec)
    provenance.stamp(settings, out_dir, sources)
    ruff = [sys.executable, "-m", "ruff"]
    # Fixed, then checked for what no fix settles, in one run; then formatted (formatting is lint-neutral).
    _run([*ruff, "check", "--no-cache", "--fix", "--quiet", "."], cwd=out_dir, step="ruff check")
    _run([*ruff, "format", "--no-cache", "."], cwd=out_dir, step="ruff format")  # its errors name the file
    if verify:
        verify_package(settings, out_dir)
    return notes


IMPORT_CHECK = """
import importlib, pathlib, sys, warnings
warnings.filterwarnings("error", message="invalid escape sequence")  # an error in a newer Python
for source in sorted(pathlib.Path(sys.argv[1]).rglob("*.py")):  # every module, imported or not
    compile(source.read_bytes(), str(source), "exec")
package = importlib.import_module(sys.argv[1])
spec = importlib.import_module(sys.argv[1] + "._spec")
catalog = importlib.import_module(sys.argv[1] + "._catalog")
endpoint = importlib.import_module(sys.argv[1] + "._resource_support").Endpoint
for resource in catalog.CATALOG:
    module = importlib.import_module(sys.argv[1] + ".resources." + resource)
    for value in vars(module).values():
        if isinstance(value, endpoint):
            value.module  # its endpoint module, imported by the first call
missing = []
for name, info in spec.OPERATIONS.items():
    module = f"{sys.argv[1]}.api."
    found = [m for m in sys.modules if m.endswith("." + name) and m.startswith(module)]
    if not found:
        missing.append(f"{info.method} {info.path} ({info.operation_id})")
if missing:
    print("no resource method reaches: " + ", ".join(missing))
    sys.exit(3)
"""


def verify_package(settings: Settings, out_dir: Path) -> None:
    """The built package compiles (with no escape a newer Python refuses) and imports in a fresh
    interpreter, every operation is reachable through a resource method (their endpoint modules
    are imported by the resources), and it passes mypy --strict. One message per failure, naming
    what to fix."""
    env = {**os.environ, "PYTHONPATH": str(out_dir)}
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        importing = subprocess.Popen(
            [sys.executable, "-c", IMPORT_CHECK, settings.package_name],
            cwd=out_dir, env=env, stdout=stdout, stderr=stderr, text=True,
        )  # fmt: skip
        try:
            status, report = typecheck(settings, out_dir)  # meanwhile, on the other core: neither needs the other
        finally:
            importing.wait()
        stdout.seek(0)
        stderr.seek(0)
        proc = subprocess.CompletedProcess(importing.args, importing.returncode, stdout.read(), stderr.read())
    if proc.returncode == 3:
        raise BuildError(f"the generated package is incomplete: {proc.stdout.strip()}")
    if proc.returncode != 0:
        last = (proc.stderr.strip().splitlines() or ["(no output)"])[-1]
        raise BuildError(
            f"the generated package does not import: {last}\n(the file named in the traceback says where to "
            f"edit; full traceback:)\n{proc.stderr.strip()[-4000:]}"
        )
    if status != 0:
        raise BuildError(f"the generated package fails mypy --strict:\n{report}")


@contextmanager
def fresh_build(settings: Settings, *, verify: bool = True, notes: list[str] | None = None) -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="aiwyn-generate-") as tmp:
        out_dir = Path(tmp) / "generated"
        build_into(settings, out_dir, verify=verify, notes=notes)
        yield out_dir


def generate(settings: Settings, notes: list[str] | None = None) -> Path:
    target = settings.output_dir
    if target.exists() and (
        not target.is_dir() or (any(target.iterdir()) and not (target / "pyproject.toml").exists())
    ):
        raise BuildError(
            f"{provenance.shown(settings, target)} exists and is not a generated package: it would be replaced; "
            "give --output a new or empty directory"
        )
    with fresh_build(settings, notes=notes) as fresh:
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(fresh, target)
    return target
