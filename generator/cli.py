"""``python -m generator <command>``: the pipeline's entry point (the Makefile calls these)."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from generator import build, check, coverage, diff, fetch, mock, provenance, regen, typecheck
from generator.settings import Settings
from generator.spec import SpecError, SpecIndex

QUICKSTART = "examples/quickstart.py"


def _fetch(settings: Settings, args: argparse.Namespace) -> int:
    url = args.url or settings.fetch_url
    size = fetch.fetch(url, settings.spec_path)
    print(f"fetched {size} bytes from {url} into {settings.spec_path.relative_to(settings.root)}")
    return 0


def _generate(settings: Settings, args: argparse.Namespace) -> int:
    settings = settings.with_options(spec=args.spec, output=args.output, strict=args.strict or None)
    notes: list[str] = []
    try:
        target = build.generate(settings, notes)
    finally:
        for note in notes:  # what was settled (and dropped) is shown even when the build then fails
            print(note if note.startswith(build.LINE_PREFIXES) else f"note: {note}")
    shown = provenance.shown(settings, target)
    print(f"generated {shown}/ from {provenance.shown(settings, settings.spec_path)}")
    return 0


def _check(settings: Settings, args: argparse.Namespace) -> int:
    diff = check.check(settings)
    if diff:
        print("generated/ differs from what the generator makes; run `make generate` and commit:")
        print(check.summarise(diff))
        return 1
    print("generated/ is up to date")
    return 0


def _typecheck(settings: Settings, args: argparse.Namespace) -> int:
    status, report = typecheck.typecheck(settings)
    if report:
        print(report)
    if status == 0:
        print(f"mypy --strict: no issues in overlays/{settings.package_name}/ or generated/")
    return status


def _coverage(settings: Settings, args: argparse.Namespace) -> int:
    destination = settings.root / "docs" / "coverage.md"
    coverage.write(SpecIndex.from_settings(settings), destination)
    print(f"wrote {destination.relative_to(settings.root)}")
    return 0


def _diff(settings: Settings, args: argparse.Namespace) -> int:
    changes = diff.diff_files(args.old, args.new)
    print(diff.to_json(changes) if args.format == "json" else diff.to_markdown(changes))
    return 1 if args.fail_on_breaking and any(c.breaking for c in changes) else 0


def _regen(settings: Settings, args: argparse.Namespace) -> int:
    outcome = regen.regen(settings, spec=args.spec, url=args.url, old=args.old, test_command=args.test_command)
    report = outcome.report_dir.relative_to(settings.root)
    if outcome.new_version is None:
        print(f"no changes to the API description; version stays {outcome.old_version} (report: {report}/)")
    else:
        print(f"{outcome.old_version} -> {outcome.new_version}; CHANGELOG.md updated (report: {report}/)")
    return 0


def _mock(settings: Settings, args: argparse.Namespace) -> int:
    server = mock.PrismServer(settings.spec_path, port=args.port).start(echo=True)
    taken = f" (port {args.port} is taken)" if server.port != args.port else ""
    print(
        f"Prism mock of {settings.spec_path.relative_to(settings.root)} at {server.base_url}{taken}\n"
        f"  use it with: Aiwyn(api_key='any', base_url='{server.base_url}')\n"
        f"           or: export AIWYN_BASE_URL={server.base_url}\n"
        "  (environment='docs_mock' is the public mock of the API's docs, not this one); Ctrl-C stops it",
        flush=True,
    )
    return server.wait()


DEMO_COMMANDS = (
    ("resources",),
    ("clients", "list", "--max-items", "3", "--format", "table"),
    ("clients", "get", "1", "--format", "json"),
    ("clients", "search", "--where", 'name ilike "%acme%" and active = true', "--max-items", "2", "--format", "jsonl"),
)
"""What ``make demo`` shows of the ``aiwyn`` command after the quickstart."""


def _demo(settings: Settings, args: argparse.Namespace) -> int:
    with mock.PrismServer(settings.spec_path, port=mock.DEFAULT_PORT) as server:
        if server.port != mock.DEFAULT_PORT:
            print(f"port {mock.DEFAULT_PORT} is taken; Prism listens on {server.port} instead")
        print(f"Prism mock running at {server.base_url}")
        env = {**os.environ, "AIWYN_BASE_URL": server.base_url}
        status = subprocess.call([sys.executable, str(settings.root / QUICKSTART)], env=env)  # noqa: S603
        if status != 0:
            print(f"{QUICKSTART} failed (exit {status}); Prism's log:\n{server.log()}", file=sys.stderr)
            return status
        aiwyn = str(Path(sys.executable).with_name("aiwyn"))
        env["AIWYN_TOKEN"] = "demo-token"  # noqa: S105 - the mock takes any bearer token
        for command in DEMO_COMMANDS:  # the command line, against the same mock
            print(f"\n$ aiwyn {' '.join(command)}", flush=True)
            status = subprocess.call([aiwyn, *command], env=env)  # noqa: S603 - fixed argv
            if status != 0:
                shown = " ".join(command)
                print(f"aiwyn {shown} failed (exit {status}); Prism's log:\n{server.log()}", file=sys.stderr)
                return status
    return status


COMMANDS: dict[str, tuple[str, Callable[[Settings, argparse.Namespace], int]]] = {
    "fetch": ("download the published description into openapi/aiwyn.yaml", _fetch),
    "generate": ("regenerate generated/ from the spec", _generate),
    "check": ("fail if generated/ differs from a fresh generation", _check),
    "typecheck": ("mypy --strict on the package, errors reported at overlays/ where they come from", _typecheck),
    "coverage": ("write docs/coverage.md from the spec's provenance marks", _coverage),
    "diff": ("list the changes between two descriptions, breaking or not", _diff),
    "regen": ("new spec -> generate -> test -> version bump and changelog", _regen),
    "mock": ("serve the spec with Prism in the foreground", _mock),
    "demo": ("run examples/quickstart.py against a Prism mock", _demo),
}


def parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")
    root = argparse.ArgumentParser(prog="python -m generator", description=__doc__, parents=[common])
    commands = root.add_subparsers(dest="command", required=True)
    for name, (help_text, _) in COMMANDS.items():
        sub = commands.add_parser(name, help=help_text, description=help_text, parents=[common])
        if name == "generate":
            sub.add_argument("--spec", type=Path, help="build this description (YAML or JSON), not the configured one")
            sub.add_argument("--output", type=Path, help="write the package here instead of generated/")
            sub.add_argument(
                "--strict",
                action="store_true",
                help="fail on any generator warning (unless accepted_warnings accepts it) and on config "
                "entries that name no operation, instead of dropping the operation with a line",
            )
        if name == "fetch":
            sub.add_argument("--url", help="download from this URL instead of the configured one")
        if name == "mock":
            sub.add_argument("--port", type=int, default=mock.DEFAULT_PORT)
        if name == "diff":
            sub.add_argument("old", type=Path)
            sub.add_argument("new", type=Path)
            sub.add_argument("--format", choices=("md", "json"), default="md")
            sub.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
        if name == "regen":
            source = sub.add_mutually_exclusive_group()
            source.add_argument("--spec", type=Path, help="take this description instead of fetching one")
            source.add_argument("--url", help="fetch from this URL instead of the configured one")
            sub.add_argument("--old", type=Path, help="diff against this description instead of the committed one")
            sub.add_argument("--test-command", default=regen.DEFAULT_TEST_COMMAND, help="what must pass to version")
    return root


EXPECTED_ERRORS = (build.BuildError, fetch.FetchError, mock.PrismError, regen.RegenError, SpecError)
"""Errors whose message says what went wrong and where: shown as they are, without a traceback."""


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        settings = Settings.load()
        return COMMANDS[args.command][1](settings, args)
    except EXPECTED_ERRORS as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{args.command}: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - one line, never a traceback, unless --debug
        if args.debug:
            raise
        message = " ".join(str(exc).split()) or "(no message)"
        print(
            f"{args.command}: unexpected {type(exc).__name__}: {message} (run with --debug for the traceback)",
            file=sys.stderr,
        )
        return 1
