"""The generator pipeline: classification, warnings policy, determinism, drift, fetch, coverage."""

from __future__ import annotations

import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator import build, check, coverage, fetch, provenance
from generator.mock import free_port
from generator.settings import AcceptedWarning, Settings
from generator.spec import SpecIndex


# ---------------------------------------------------------------------- SpecIndex
@pytest.mark.parametrize(
    ("operation_id", "kind"),
    [
        ("getClients", "list"),
        ("getDraftInvoiceHistoriesPaginated", "list"),
        ("filterClientsDynamic", "search"),
        ("filterStaffDynamic", "search"),
        ("filterWipsDynamic", "search"),
        ("getClientById", "get"),
        ("getDraftInvoiceById", "get"),
        ("createOrUpdateRecords", "create"),
        ("updateRecords", "update"),
        ("deactivateEventSubscription", "delete"),
    ],
)
def test_operations_are_classified_by_shape(spec_index: SpecIndex, operation_id: str, kind: str) -> None:
    op = next(o for o in spec_index.operations if o.operation_id == operation_id)
    assert op.kind == kind


def test_idempotency_comes_from_the_spec(spec_index: SpecIndex) -> None:
    by_id = {op.operation_id: op for op in spec_index.operations}
    assert by_id["createOrUpdateRecords"].idempotent
    assert by_id["getClients"].idempotent
    assert by_id["getClientById"].idempotent
    assert not by_id["createEventSubscription"].idempotent
    assert not by_id["createCustomRecordType"].idempotent


def test_every_list_and_search_is_marked_idempotent(spec_index: SpecIndex) -> None:
    for op in spec_index.operations:
        if op.kind in ("list", "search"):
            assert op.idempotent, op.operation_id


def test_a_batch_write_needing_a_path_argument_has_no_batch_helper() -> None:
    body = {"type": "object", "required": ["ids"], "properties": {"ids": {"type": "array", "maxItems": 10}}}
    write = {
        "operationId": "deactivate",
        "requestBody": {"content": {"application/json": {"schema": body}}},
        "responses": {"200": {"description": "ok"}},
    }
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/certificates/deactivate": {"post": write},
            "/projects/{project_id}/certificates/deactivate": {
                "post": {**write, "operationId": "deactivateProjectCertificates"},
                "parameters": [{"name": "project_id", "in": "path", "required": True, "schema": {"type": "string"}}],
            },
        },
    }
    by_id = {op.operation_id: op for op in SpecIndex(spec).operations}
    assert (by_id["deactivate"].batch_field, by_id["deactivate"].batch_max) == ("ids", 10)
    assert by_id["deactivateProjectCertificates"].batch_field is None  # its *_all would have no project_id


# ---------------------------------------------------------------------- warnings
def test_accepted_warnings_need_a_matching_pattern() -> None:
    accepted = AcceptedWarning(pattern=r"text/csv", reason="CSV export is downloaded raw")
    assert accepted.accepts("Unsupported content type text/csv")
    assert not accepted.accepts("WARNING parsing POST /b")


# ---------------------------------------------------------------------- determinism and drift
@pytest.mark.slow
def test_builds_are_identical_path_free_and_committed(settings: Settings, tmp_path: Path) -> None:
    first, second = tmp_path / "a", tmp_path / "b"
    build.build_into(settings, first)
    build.build_into(settings, second)
    assert check.tree_diff(first, second) == []
    assert check.tree_diff(first, settings.output_dir) == []
    for path in first.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert str(settings.root) not in text, path
            assert str(tmp_path) not in text, path


def test_drift_is_reported_as_a_short_diff(settings: Settings, tmp_path: Path) -> None:
    committed = tmp_path / "committed"
    shutil.copytree(settings.output_dir, committed, ignore=shutil.ignore_patterns("__pycache__"))
    (committed / "aiwyn_client" / "client.py").write_text("edited by hand\n", encoding="utf-8")
    (committed / "stray.py").write_text("x = 1\n", encoding="utf-8")
    diff = check.tree_diff(settings.output_dir, committed)
    assert "not produced by the generator: stray.py" in diff
    assert any(line.startswith("--- generated/aiwyn_client/client.py") for line in diff)
    assert "more lines" in check.summarise(diff * 20)


def test_overlays_cannot_overwrite_generated_files(settings: Settings, tmp_path: Path) -> None:
    overlay_root = tmp_path / "overlays"
    (overlay_root / settings.package_name).mkdir(parents=True)
    (overlay_root / settings.package_name / "client.py").write_text("# clash\n", encoding="utf-8")
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "client.py").write_text("# generated\n", encoding="utf-8")
    patched = Settings({**settings.raw, "overlays": str(overlay_root)}, root=settings.root)
    with pytest.raises(build.BuildError, match="would overwrite"):
        build._copy_overlays(patched, package)


# ---------------------------------------------------------------------- fetch
@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path]]:
    """A loopback HTTP server over tmp_path/site; yields its base URL and the folder."""
    site = tmp_path / "site"
    site.mkdir()

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, directory=str(site), **kwargs)  # type: ignore[arg-type]

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", site
    finally:
        server.shutdown()
        server.server_close()


def test_fetch_replaces_the_spec_on_success(served: tuple[str, Path], tmp_path: Path) -> None:
    base, site = served
    (site / "bundle.yaml").write_text("openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n", encoding="utf-8")
    target = tmp_path / "aiwyn.yaml"
    target.write_text("old\n", encoding="utf-8")
    assert fetch.fetch(f"{base}/bundle.yaml", target) > 0
    assert target.read_text(encoding="utf-8").startswith("openapi: 3.1.0")


def test_fetch_keeps_a_swagger_2_description_as_published(served: tuple[str, Path], tmp_path: Path) -> None:
    """Loading converts it (generator.swagger2); the file keeps what the publisher wrote."""
    base, site = served
    published = '{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {}}'
    (site / "swagger.json").write_text(published, encoding="utf-8")
    target = tmp_path / "aiwyn.yaml"
    assert fetch.fetch(f"{base}/swagger.json", target) == len(published)
    assert target.read_text(encoding="utf-8") == published


def test_fetch_without_network_leaves_the_spec_untouched(tmp_path: Path) -> None:
    target = tmp_path / "aiwyn.yaml"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(fetch.FetchError, match="left unchanged") as caught:
        fetch.fetch(f"http://127.0.0.1:{free_port()}/bundle.yaml", target)
    assert "\n" not in str(caught.value)
    assert target.read_text(encoding="utf-8") == "old\n"


def test_fetch_rejects_a_document_that_is_not_openapi(served: tuple[str, Path], tmp_path: Path) -> None:
    base, site = served
    (site / "page.html").write_text("<html>login</html>", encoding="utf-8")
    target = tmp_path / "aiwyn.yaml"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(fetch.FetchError):
        fetch.fetch(f"{base}/page.html", target)
    assert target.read_text(encoding="utf-8") == "old\n"


# ---------------------------------------------------------------------- coverage
def test_coverage_report_is_up_to_date(settings: Settings, spec_index: SpecIndex) -> None:
    committed = (settings.root / "docs" / "coverage.md").read_text(encoding="utf-8")
    assert committed == coverage.render(spec_index), "run `make coverage` and commit docs/coverage.md"


def test_coverage_names_every_operation_and_the_unrecovered_tags(spec_index: SpecIndex) -> None:
    report = coverage.render(spec_index)
    for op in spec_index.operations:
        assert f"`{op.operation_id}` | `{op.label}`" in report
    assert "## Department\n\nNot recovered" in report
    assert "## Last Mile\n\nNot recovered" in report


def test_every_generated_file_names_its_source(settings: Settings) -> None:
    """A traceback into generated/ leads to the file to edit: the first line names it, and it exists."""
    for path in sorted(settings.output_dir.rglob("*")):
        if not path.is_file() or path.name in ("py.typed",) or "__pycache__" in path.parts:
            continue
        if path.relative_to(settings.output_dir) in provenance.USERS_PAGES:  # shown to users as they are
            continue
        first = path.read_text(encoding="utf-8").split("\n", 1)[0]
        assert "`make generate` rewrites this file" in first, path
        named = [word.strip(":,;()") for word in first.split() if "/" in word and not word.startswith("`")]
        for source in named:
            if source.startswith(("overlays/", "openapi/")) and not source.endswith("/"):
                assert (settings.root / source).exists(), f"{path} names {source}, which does not exist"
        assert any(s.startswith(("overlays/", "openapi/")) for s in named), path


@pytest.mark.slow
def test_generate_refuses_a_package_that_does_not_import_or_reach_every_operation(
    settings: Settings, tmp_path: Path
) -> None:
    package = settings.package_name
    broken = tmp_path / "broken"
    shutil.copytree(settings.output_dir, broken, ignore=shutil.ignore_patterns("__pycache__"))
    resources = broken / package / "resources" / "clients.py"
    original = resources.read_text(encoding="utf-8")
    resources.write_text(original + "\nimport no_such_module_anywhere\n", encoding="utf-8")
    with pytest.raises(build.BuildError, match="does not import: ModuleNotFoundError: No module named 'no_such"):
        build.verify_package(settings, broken)
    spec = broken / package / "_spec.py"
    resources.write_text(original, encoding="utf-8")
    ghost = (
        '"ghost": OperationInfo("ghostOp", "GET", "/ghost", "x", "get", idempotent=True, envelope=False, '
        "batch_field=None, batch_max=None),"
    )
    opening = "OPERATIONS: Final[dict[str, OperationInfo]] = {"
    spec.write_text(spec.read_text(encoding="utf-8").replace(opening, opening + ghost), encoding="utf-8")
    with pytest.raises(build.BuildError, match=r"no resource method reaches: GET /ghost \(ghostOp\)"):
        build.verify_package(settings, broken)
