"""Swagger 2.0 descriptions, converted to OpenAPI 3.0 as the first step of loading.

Many APIs still publish Swagger 2.0 (Swashbuckle, older tooling), and the pipeline takes whatever a
real description looks like. Rather than teach every later step two dialects, a 2.0 document is
converted once, by the established converter ``swagger2openapi`` (pinned in ``package.json``, run
from ``node_modules/.bin``, never fetched at run time), and everything after ``load`` sees OpenAPI
3.0: ``host``/``basePath``/``schemes`` become ``servers``, ``securityDefinitions`` security
schemes, ``in: body``/``formData`` request bodies in the ``consumes`` media types, ``produces``
response content, ``collectionFormat`` a ``style``/``explode``, ``x-nullable`` ``nullable``,
``type: file`` a binary string.

It runs with ``--patch``, so the small errors publishers make (a path parameter not marked
required, a response without a description) are fixed rather than refused. With ``--patch`` the
converter only counts its fixes, so a second run without it names the first error it would have
refused, and that is listed in the result's provenance (it never names the others).

The converted document says so: ``x-aiwyn-provenance`` at its top names the source dialect, the
tool and its version and what was patched, and ``generate`` prints it with the normalisations
(``conversion_notes``).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import Any

from generator.settings import ROOT

CONVERTER = "swagger2openapi"
OPTIONS = ("--patch",)
PROVENANCE = "x-aiwyn-provenance"
TIMEOUT_SECONDS = 300


class ConversionError(Exception):
    """Node or the converter is missing, or the converter refused the document: one line saying why."""


def is_swagger2(document: Any) -> bool:
    """Whether ``document`` is a Swagger 2.0 description (``swagger: "2.0"``, or ``2.0`` unquoted)."""
    return isinstance(document, dict) and str(document.get("swagger")) == "2.0"


def converter_path(root: Path | None = None) -> Path:
    """The pinned converter, installed by ``npm ci`` under the repository's ``node_modules``."""
    return (root or ROOT) / "node_modules" / ".bin" / CONVERTER


def converter_version(root: Path | None = None) -> str:
    """The installed converter's version, from its package.json (what ``--version`` would print,
    without starting Node)."""
    manifest = (root or ROOT) / "node_modules" / CONVERTER / "package.json"
    try:
        return str(json.loads(manifest.read_text(encoding="utf-8"))["version"])
    except (OSError, ValueError, KeyError, TypeError):
        return "unknown version"


def convert(document: dict[str, Any], root: Path | None = None) -> dict[str, Any]:
    """The OpenAPI 3.0 form of the Swagger 2.0 ``document``, with its conversion recorded under
    ``x-aiwyn-provenance``; ``ConversionError`` (one line) when it cannot be made. ``root`` is the
    repository whose ``node_modules`` has the converter (default: this one)."""
    tool = converter_path(root)
    if not tool.exists():
        raise ConversionError(f"{CONVERTER} is not installed ({tool} is missing): run `npm ci` (or `make setup`)")
    if shutil.which("node") is None:
        raise ConversionError(f"converting it with {CONVERTER} needs Node.js, and `node` is not on PATH")
    document, inherited, copied = _prepared(document)
    with tempfile.TemporaryDirectory(prefix="aiwyn-swagger2-") as tmp:
        source = Path(tmp) / "swagger.json"  # as the loader read it: JSON's types, whatever the file was
        try:
            source.write_text(json.dumps(document, allow_nan=False), encoding="utf-8")
        except ValueError as exc:  # a recursive YAML alias, or .inf / .nan, which JSON cannot hold
            raise ConversionError(f"the document cannot be handed over as JSON ({exc})") from exc
        converted = _run(tool, source, Path(tmp) / "openapi.json", OPTIONS)
        patched = _first_fix(tool, source, Path(tmp) / "unpatched.json")
    converted[PROVENANCE] = {
        "converted_from": f"Swagger {document.get('swagger')}",
        "converter": f"{CONVERTER} {converter_version(root)}",
        "options": " ".join(OPTIONS),
        "patched": patched,
    }
    if inherited:
        converted[PROVENANCE]["inherited_media_types"] = inherited
    if copied:
        converted[PROVENANCE]["copied_shared_responses"] = copied
    return converted


MEDIA_LISTS = ("produces", "consumes")


def _prepared(document: dict[str, Any]) -> tuple[dict[str, Any], list[str], list[str]]:
    """``document`` as the converter is to read it (a copy, where an operation is changed), the
    operations whose empty media lists take the document's (``_inherited``), and those given copies
    of their shared responses (``_own_responses``): one copy and one walk of the operations."""
    shared = document.get("responses")
    if not any(document.get(key) for key in MEDIA_LISTS) and not isinstance(shared, dict):
        return document, [], []  # nothing to inherit, no shared response to copy
    copied = json.loads(json.dumps(document))
    inherited: list[str] = []
    own: list[str] = []
    for path, item in (copied.get("paths") or {}).items():
        for method, op in item.items() if isinstance(item, dict) else ():
            if not isinstance(op, dict):
                continue
            if _inherited(op, document):
                inherited.append(f"{method.upper()} {path}")
            if isinstance(shared, dict) and _own_responses(op, document, shared):
                own.append(f"{method.upper()} {path}")
    return (copied if inherited or own else document), inherited, own


def _inherited(op: dict[str, Any], document: dict[str, Any]) -> bool:
    """Leave out the operation's empty ``produces`` or ``consumes``, so that it takes the
    document's own; whether it had one. DocuSign's operations all say ``produces: []``, which read
    literally offers no media type, and the converter then gave every answer ``*/*``: 130 of its
    135 GETs became downloads of bytes instead of models."""
    emptied = [key for key in MEDIA_LISTS if op.get(key) == [] and document.get(key)]
    for key in emptied:
        del op[key]
    return bool(emptied)


def _own_responses(op: dict[str, Any], document: dict[str, Any], shared: dict[str, Any]) -> bool:
    """Copy the shared responses (``$ref: '#/responses/string'``) of an operation that has a
    ``produces`` of its own into it; whether any were. The converter gives a shared response the
    document's media types: Gitea's ``GET /user/gpg_key_token`` produces ``text/plain`` and answers
    its shared ``string`` response, which became JSON, so the client asked for JSON (406) and
    failed to read the text."""
    responses = op.get("responses")
    if not op.get("produces") or op["produces"] == document.get("produces") or not isinstance(responses, dict):
        return False
    found = False
    for status, response in list(responses.items()):
        ref = response.get("$ref") if isinstance(response, dict) else None
        name = ref.removeprefix("#/responses/") if isinstance(ref, str) and ref.startswith("#/responses/") else None
        if name is not None and isinstance(shared.get(name), dict):
            responses[status] = json.loads(json.dumps(shared[name]))
            found = True
    return found


def _run(tool: Path, source: Path, target: Path, options: tuple[str, ...]) -> dict[str, Any]:
    command = [str(tool), *options, "--outfile", str(target), str(source)]
    env = {**os.environ, "NO_COLOR": "1", "FORCE_COLOR": "0"}
    try:
        proc = subprocess.run(  # noqa: S603 - fixed argv
            command, capture_output=True, text=True, check=False, env=env, timeout=TIMEOUT_SECONDS
        )
    except OSError as exc:
        raise ConversionError(f"{CONVERTER} could not be started ({exc.strerror or exc})") from exc
    except subprocess.TimeoutExpired as exc:
        raise ConversionError(f"{CONVERTER} did not finish within {TIMEOUT_SECONDS} s") from exc
    if proc.returncode != 0 or not target.exists():
        raise ConversionError(f"{CONVERTER} refused it: {_reason(proc.stderr or proc.stdout)}")
    try:
        result = json.loads(target.read_text(encoding="utf-8"))
    except ValueError as exc:
        raise ConversionError(f"{CONVERTER} wrote no JSON ({exc})") from exc
    if not isinstance(result, dict) or not str(result.get("openapi", "")).startswith("3."):
        raise ConversionError(f"{CONVERTER} wrote no OpenAPI 3 document")
    return result


PATCHABLE = "(Patchable) "
"""How swagger2openapi begins the message of an error ``--patch`` fixes."""


def _first_fix(tool: Path, source: Path, target: Path) -> list[str]:
    """What ``--patch`` fixed, as far as the converter says: run without it, it stops at the first
    error it would have fixed and names it; it never lists the others (with ``--patch`` it only
    counts them), so a second fix, if any, is not named."""
    try:
        _run(tool, source, target, ())
    except ConversionError as exc:
        message = str(exc)
        if PATCHABLE in message:
            return [f"{message.split(PATCHABLE, 1)[1]} (the first error it fixed; it names no others)"]
        return [f"(not named: without --patch it stops on {message.split(': ', 1)[-1]})"]
    return []


def _reason(output: str) -> str:
    """The converter's message, on one line: the first line of what it printed that says something
    (it prints the error object, whose first line is ``S2OError: <message>`` or the like)."""
    lines = [line.strip() for line in output.splitlines() if line.strip()]
    text = next((line for line in lines if not line.startswith(("at ", "{", "}"))), "no reason given")
    return text if len(text) <= 300 else text[:297] + "..."


def conversion_notes(spec: dict[str, Any]) -> list[str]:
    """What the description's conversion record says, as lines ``generate`` prints with the
    normalisations and ``docs/coverage.md`` shows: empty for a description that was not converted."""
    record = spec.get(PROVENANCE)
    if not isinstance(record, dict) or "converted_from" not in record:
        return []
    options = f" ({record['options']})" if record.get("options") else ""
    converted = f"converted from {record['converted_from']} to OpenAPI {spec.get('openapi')}"
    notes = [f"{converted} by {record.get('converter')}{options}"]
    notes.extend(f"{CONVERTER} patched {line}" for line in record.get("patched") or ())
    copied = record.get("copied_shared_responses") or ()
    if copied:
        notes.append(
            f"{len(copied)} operation(s) with media types of their own answer shared responses, copied in to "
            f"take them: {', '.join(copied[:3])}{', ...' if len(copied) > 3 else ''}"
        )
    inherited = record.get("inherited_media_types") or ()
    if inherited:
        notes.append(
            f"{len(inherited)} operation(s) listing empty produces/consumes take the document's "
            f"(an empty list offers no media type): {', '.join(inherited[:3])}{', ...' if len(inherited) > 3 else ''}"
        )
    return notes
