"""The resource namespaces to render: ``aiwyn.<resource>.<method>(...)`` for every operation.

Names come from the path (the collection the operation acts on) and the operation's kind;
``generator/config.yaml`` overrides the odd ones. Signatures come from openapi-python-client's
own parsed models, read in process (Python names, annotations, defaults and API names), so a
method takes exactly what its body model takes, typed the same way; the generator never reads
its own output back.
"""

from __future__ import annotations

import ast
import copy
import importlib.util
import json
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, cast

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator import naming
from generator.fields import search_entities
from generator.settings import Settings
from generator.spec import PAGE_FIELDS, PAGE_SIZE_FIELDS, Operation, SpecIndex, operation_key

PATH_PREFIXES = re.compile(r"^(gql|api|v\d+)$")
ACTION_SEGMENTS = frozenset({"search"})
SHADOWED_BUILTINS = frozenset({"list", "dict", "type", "iter", "set", "id", "filter"})
DEFAULT_PAGE_SIZE = 50
OPTION_NAMES = frozenset({"extra_headers", "extra_query", "extra_body", "timeout", "max_retries"})
"""The per-call options of every resource method (``_options.RequestOptions``): a body field with
one of these names is taken as ``body_<name>``."""
_DEFINED = re.compile(r"^\s+(?:async\s+)?def\s+([A-Za-z]\w*)", re.MULTILINE)


def reserved_names(settings: Settings) -> frozenset[str]:
    """The public names ``Aiwyn`` / ``AsyncAiwyn`` already have, which no resource may take.

    Read from the client classes themselves: ours in overlays/<package>/_client.py (every public
    method, property and attribute of the classes there that extend the generated ``Client``)
    and the generic-request mixins of ``_generic.py``, and that ``Client``, from our override of
    its template (its public methods).
    """
    package = settings.overlays_dir / settings.package_name
    ours = ast.parse((package / "_client.py").read_text(encoding="utf-8"))
    # The mixins of the generic requests (aiwyn.get(path), aiwyn.paginate(path)) are the clients' too.
    ours.body += ast.parse((package / "_generic.py").read_text(encoding="utf-8")).body
    clients = {"Client", "SyncGeneric", "AsyncGeneric"}
    for cls in (node for node in ours.body if isinstance(node, ast.ClassDef)):
        if any(isinstance(base, ast.Name) and base.id in clients for base in cls.bases):
            clients.add(cls.name)
    names: set[str] = set()
    for cls in (node for node in ours.body if isinstance(node, ast.ClassDef) and node.name in clients):
        for node in cls.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                names.add(node.name)
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    template = settings.templates_dir / "client.py.jinja"
    if template.exists():
        names.update(_DEFINED.findall(template.read_text(encoding="utf-8")))
    return frozenset(n for n in names if not n.startswith("_"))


class ResourceError(Exception):
    """Two operations would get the same resource method; add an override in the config."""


@dataclass(frozen=True)
class Param:
    name: str
    """The name the generated function or model takes it by."""
    annotation: str
    default: str | None
    api_name: str
    arg: str | None = None
    """The resource method's argument, when ``name`` is taken by another parameter (``body_id``)."""
    doc: str = ""
    """What the description says of it, in one line: its description, range, values, default."""
    convert: tuple[str, str] | None = None
    """How the argument is converted before it is sent: (``as_enum`` or ``as_model``, the class);
    it then takes plain values (``"CREATE"``) or mappings (``{"type": ...}``) too."""

    @property
    def argument(self) -> str:
        return self.arg or self.name


def runtime_paging(settings: Settings) -> Any:
    """The runtime's ``Paging`` class, loaded from overlays/<package>/_paging.py by path."""
    path = settings.overlays_dir / settings.package_name / "_paging.py"
    name = f"_{settings.package_name}_overlay_paging"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, path)
        if spec is None or spec.loader is None:
            raise ResourceError(f"cannot load {path}")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name].Paging


@dataclass
class PagedMethod:
    """What the resources need to render an iterator: the runtime ``Paging`` and where things sit."""

    runtime: Any
    """The runtime's ``Paging`` (see ``runtime_paging``), rendered with its repr."""
    size_param: str
    page_param: str | None
    items_path: tuple[str, ...]
    total_path: tuple[str, ...] | None
    item_class: str
    key_attr: str | None = None
    """The Python attribute of the unique key on the item model."""

    @property
    def semantics(self) -> str | None:
        return cast(str | None, self.runtime.page_semantics)

    @property
    def key(self) -> str | None:
        return cast(str | None, self.runtime.key)


@dataclass
class Method:
    name: str
    op: Operation
    module: str
    function: str
    path_params: list[Param]
    body_class: str | None
    body_params: list[Param]
    returns: str
    where_param: str | None = None
    order_param: str | None = None
    where_class: str | None = None
    order_item_class: str | None = None
    paging: PagedMethod | None = None
    batch: bool = False
    query_params: list[Param] = field(default_factory=list)
    """Query and header parameters: keyword arguments passed to the generated function as they are."""
    returns_body: bool = True
    """False for an operation whose success has no body (204, 202 without content): it returns None."""
    checks: list[tuple[str, int | None, int | None]] = field(default_factory=list)
    """Integer arguments checked before sending: (name, documented minimum, maximum)."""
    fields_class: str | None = None
    """The ``where`` fields class of the entity a search returns: hand-written filters are checked against it."""
    directions: tuple[str, ...] | None = None
    """The orderBy directions the description allows."""

    @property
    def iterator(self) -> str:
        return iterator_name(self.name)

    @property
    def summary(self) -> str:
        return self.op.summary

    @property
    def description(self) -> str:
        return str(self.op.raw.get("description") or "").strip()

    @property
    def plain_body_params(self) -> list[Param]:
        """Body fields other than where/orderBy (which get builder-friendly types)."""
        return [p for p in self.body_params if p.name not in (self.where_param, self.order_param)]

    @property
    def filter_params(self) -> list[Param]:
        """What an iterator passes on unchanged: the body fields that are not paging or query."""
        return [p for p in self.plain_body_params if p.api_name not in (*PAGE_SIZE_FIELDS, *PAGE_FIELDS)]

    def body_field(self, python_name: str | None) -> str | None:
        """The API name of a body field, by its Python name."""
        return next((p.api_name for p in self.body_params if p.name == python_name), None)

    @property
    def error_statuses(self) -> list[str]:
        """The error statuses the description documents for the operation."""
        return sorted(str(s) for s in self.op.raw.get("responses", {}) if str(s)[:1] in ("4", "5"))

    @property
    def example_arguments(self) -> str:
        """The required arguments with stand-in values, for a one-line example."""
        shown = [_sample(p.annotation) for p in self.path_params]
        shown += [f"{p.argument}={_sample(p.annotation)}" for p in self.plain_body_params if p.default is None]
        shown += [f"{p.name}={_sample(p.annotation)}" for p in self.query_params if p.default is None]
        return ", ".join(shown)

    @property
    def union(self) -> bool:
        """The success is one of several types (``oneOf`` / ``anyOf``): checked against each."""
        return len(_union_members(self.returns)) > 1

    @property
    def runtime_class(self) -> str:
        """What ``returns`` is checked against at run time: ``builtins.list`` for ``list[...]``, and
        a tuple of those for a union."""
        members = [
            "builtins.list" if m.startswith(("list[", "builtins.list[")) else "type(None)" if m == "None" else m
            for m in _union_members(self.returns)
        ]
        return members[0] if len(members) == 1 else f"({', '.join(dict.fromkeys(members))},)"

    @property
    def model_names(self) -> set[str]:
        names = {self.body_class, self.where_class, self.order_item_class}
        names.add(self.paging.item_class if self.paging else None)
        return {n for n in names if n}


@dataclass
class Resource:
    name: str
    methods: list[Method] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        return "".join(part.title() for part in self.name.split("_")) + "Resource"


# ---------------------------------------------------------------------- naming
def _sample(annotation: str) -> str:
    """A stand-in value of an annotation, for examples in the reference."""
    first = _union_members(annotation)[0]
    if first.startswith(("list[", "builtins.list[", "Sequence[")):
        return "[...]"
    return {"int": "1", "float": "1.0", "str": '"..."', "bool": "True"}.get(first, "...")


def _union_members(annotation: str) -> list[str]:
    """``A | list[B | C]`` -> ``["A", "list[B | C]"]``: the union's members at the top level."""
    members, depth, start = [], 0, 0
    for i, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(annotation[start:i].strip())
            start = i + 1
    return [*members, annotation[start:].strip()]


def singular(word: str) -> str:
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(word: str, uncountable: frozenset[str]) -> str:
    if word in uncountable:
        return word
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def action(op: Operation) -> tuple[str, str] | None:
    """``(collection, action)`` of a path that ends in an action: a word after a record's id
    (``/jobs/{id}/export``), or a camelCase verb phrase after a collection (``/pet/findByStatus``)."""
    parts = [p for p in op.path.split("/") if p]
    if not parts or parts[-1].startswith("{") or PATH_PREFIXES.match(parts[-1]) or parts[-1] in ACTION_SEGMENTS:
        return None
    word = str(PythonIdentifier(parts[-1], prefix="action_"))
    if len(parts) >= 3 and parts[-2].startswith("{") and not parts[-3].startswith("{"):
        return parts[-3], word
    verb_phrase = re.search(r"[a-z][A-Z]", parts[-1]) is not None  # findByStatus: a verb, not a collection
    if verb_phrase and len(parts) >= 2 and not parts[-2].startswith("{") and not PATH_PREFIXES.match(parts[-2]):
        return parts[-2], word
    return None


def default_resource(op: Operation, uncountable: frozenset[str]) -> str:
    found = action(op)
    if found:  # the action belongs to the collection it acts on
        word = str(PythonIdentifier(found[0], prefix="resource_"))
        return plural(singular(word), uncountable) if word not in uncountable else word
    literal = [p for p in op.path.split("/") if p and not p.startswith("{") and not PATH_PREFIXES.match(p)]
    literal = [p for p in literal if p not in ACTION_SEGMENTS] or ["root"]
    word = str(PythonIdentifier(literal[-1], prefix="resource_"))
    return plural(singular(word), uncountable) if word not in uncountable else word


def default_method(op: Operation) -> str:
    found = action(op)
    if found:
        word = found[1]
        if not op.path.rstrip("/").split("/")[-2].startswith("{"):
            return word  # a verb phrase already says what it does (find_by_status)
        prefix = {
            "get": "download_" if op.binary else "get_",
            "put": "update_",
            "patch": "update_",
            "delete": "delete_",
        }
        return prefix.get(op.method, "") + word
    if op.binary and op.method == "get":
        return "download"
    if op.batch_field:
        return {"post": "upsert" if op.idempotent else "create", "put": "update", "delete": "delete"}.get(
            op.method, op.method
        )
    return {"list": "list", "search": "search", "get": "get"}.get(op.kind, op.kind)


# ---------------------------------------------------------------------- model fields
def parsed_description(settings: Settings, index: SpecIndex) -> GeneratorData:
    """openapi-python-client's own reading of the description (its models, names, types, defaults).

    The same version and config as the build, in process: the one source of truth for the Python
    side of every body field, so a method takes exactly what its body model takes.
    """
    config = Config.from_sources(
        ConfigFile.load_from_path(settings.opc_config),
        MetaType(settings.opc_meta),
        settings.spec_path,
        "utf-8",
        False,
        None,
    )
    data = GeneratorData.from_dict(copy.deepcopy(index.spec), config=config)
    if isinstance(data, GeneratorError):
        raise ResourceError(
            f"openapi-python-client could not read {settings.spec_path.name}: {data.header} {data.detail}"
        )
    return data


class ModelReader:
    """The body models' fields, from openapi-python-client's parsed models (never the generated files)."""

    def __init__(self, data: GeneratorData) -> None:
        self.by_class = {str(model.class_info.name): model for model in data.models}
        self.endpoints = {
            (endpoint.method.lower(), _shape(endpoint.path.get_untrusted_value())): endpoint
            for collection in data.endpoint_collections_by_tag.values()
            for endpoint in collection.endpoints
        }
        self.enums = {str(enum.class_info.name): enum.value_type.__name__ for enum in data.enums}
        """Enum classes, with the type of their values (``str`` or ``int``)."""
        self.classes = set(self.by_class) | set(self.enums)
        """Every class in ``models`` (models and enums)."""
        self.needed: set[str] = set()
        """Import lines (besides models) that the signatures' annotations need."""
        self.models: set[str] = set()
        """Model classes the signatures' annotations name."""

    def fields(self, class_name: str) -> list[Param]:
        model = self.by_class[class_name]
        params = []
        for prop in [*(model.required_properties or ()), *(model.optional_properties or ())]:
            annotation = prop.get_type_string().as_unembedded_code()
            if prop.default is not None:
                default: str | None = prop.default.python_code.as_unembedded_code()
            else:
                default = None if prop.required else "UNSET"
            widened, convert = self.widen(_qualify(annotation))
            params.append(Param(prop.python_name, widened, default, prop.name.get_untrusted_value(), convert=convert))
            lazy: set[str] = prop.get_lazy_imports(prefix=".") or set()
            for line in (*prop.get_imports(prefix="."), *lazy):
                if not line.startswith(("from .types ", "from typing ", "from .models.")):
                    self.needed.add(line)
            self.models.update(self.classes_in(annotation))
        return params

    def endpoint(self, op: Operation) -> Any:
        """openapi-python-client's parsed endpoint of ``op`` (its parameters and responses)."""
        found = self.endpoints.get((op.method, _shape(op.path)))
        if found is None:
            raise ResourceError(
                f"openapi-python-client made no function for {op.label} ({op.operation_id}); "
                "see its warnings above, and fix the description or accept the warning in generator/config.yaml"
            )
        return found

    def parameter(self, prop: Any, *, keyword: bool) -> Param:
        annotation = prop.get_type_string().as_unembedded_code()
        default = prop.default.python_code.as_unembedded_code() if prop.default is not None else None
        if keyword and default is None and not prop.required:
            default = "UNSET"
        self.models.update(self.classes_in(annotation))
        widened, convert = self.widen(_qualify(annotation))
        return Param(prop.python_name, widened, default, prop.name.get_untrusted_value(), convert=convert)

    def widen(self, annotation: str) -> tuple[str, tuple[str, str] | None]:
        """An annotation naming one enum or model class, widened to take plain values too, and
        how to convert them: ``list[EventOperation]`` -> ``Sequence[EventOperation | str]``,
        ``list[Record]`` -> ``Sequence[Record | Mapping[str, Any]]`` (as ``upsert_all`` takes)."""
        named = set(self.classes_in(annotation))
        if len(named) != 1:
            return annotation, None
        (cls,) = named
        if cls in self.enums:
            plain, convert = f"{cls} | {self.enums[cls]}", ("as_enum", cls)
        else:
            plain, convert = f"{cls} | Mapping[str, Any]", ("as_model", cls)
        widened = re.sub(rf"(?:builtins\.)?list\[{cls}\]", f"Sequence[{plain}]", annotation)
        widened = re.sub(rf"(?<![\w.\[]){cls}(?![\w|\]])", plain, widened)
        return (widened, convert) if widened != annotation else (annotation, None)

    def classes_in(self, annotation: str) -> list[str]:
        """Model and enum classes an annotation names, in order."""
        names = [n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)]
        return [n for n in names if n in self.classes]


class _Builtins(ast.NodeTransformer):
    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in SHADOWED_BUILTINS:
            return ast.copy_location(ast.Attribute(ast.Name("builtins", ast.Load()), node.id, ast.Load()), node)
        return node


def _shape(path: str) -> str:
    """A path with its parameters blanked: openapi-python-client renames them (``{jobId}`` → ``{job_id}``)."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _qualify(annotation: str) -> str:
    """The annotation, with builtins that resource method names shadow spelt ``builtins.x``."""
    return ast.unparse(_Builtins().visit(ast.parse(annotation, mode="eval")))


# ---------------------------------------------------------------------- assembly
def _paging(settings: Settings, index: SpecIndex, op: Operation, reader_params: list[Param]) -> PagedMethod | None:
    if op.kind not in ("list", "search"):
        return None
    body = index.properties(index.json_body_schema(op.raw.get("requestBody")))
    size_name = next((n for n in ("limit", "pageSize") if n in body), None)
    if size_name is None:
        return None
    size = index.resolve(body[size_name])
    page_name = next((n for n in PAGE_FIELDS if n in body), None)
    shape = index.page_shape(op)
    if shape is None or shape.item_schema is None:
        return None
    item_schema_name = shape.item_schema
    item_props: Mapping[str, Any] = index.properties({"$ref": f"#/components/schemas/{item_schema_name}"})
    key = "id" if "id" in item_props else None
    # A search that filters and sorts pages by keyset whenever its records have a unique key:
    # inserts during the run then neither repeat nor skip records (page numbers would shift).
    keyset = key is not None and "where" in body and "orderBy" in body
    semantics = None
    if page_name and not keyset:
        semantics = index.resolve(body[page_name]).get("x-aiwyn-page-semantics", "index")
    if semantics is None and key is None:
        return None  # neither a page field nor a unique key: no safe way to page
    by_api = {p.api_name: p.name for p in reader_params}
    item_class = naming.model_class(settings, item_schema_name)
    maximum = int(size.get("maximum", 1000))
    runtime = runtime_paging(settings)(
        size_min=int(size.get("minimum", 1)),
        size_max=maximum,
        size_default=int(size.get("default", min(DEFAULT_PAGE_SIZE, maximum))),
        page_semantics=semantics,
        key=key,
    )
    return PagedMethod(
        runtime=runtime,
        size_param=by_api[size_name],
        page_param=by_api[page_name] if page_name else None,
        items_path=_attributes(shape.items_path),
        total_path=_attributes(shape.total_path) if shape.total_path else None,
        item_class=item_class,
        key_attr=str(PythonIdentifier(key, prefix="")) if key else None,
    )


def _attributes(path: tuple[str, ...]) -> tuple[str, ...]:
    """API keys as the model attributes that hold them (openapi-python-client's naming)."""
    return tuple(str(PythonIdentifier(key, prefix="")) for key in path)


def iterator_name(method: str) -> str:
    """``iter`` for a list, ``iter_<method>`` for the others (``iter_search``)."""
    return "iter" if method == "list" else f"iter_{method}"


def override_of(settings: Settings, op: Operation) -> dict[str, Any]:
    overrides = settings.operation_overrides
    return overrides.get(op.operation_id) or overrides.get(operation_key(op.method, op.path)) or {}


def method_name(settings: Settings, op: Operation) -> tuple[str, str]:
    """``(resource, method)`` of an operation: the config's override, else the path-and-kind rule."""
    config = settings.raw.get("resources") or {}
    override = override_of(settings, op)
    uncountable = frozenset(config.get("uncountable") or ())
    return override.get("resource") or default_resource(op, uncountable), override.get("method") or default_method(op)


def resources(settings: Settings, index: SpecIndex) -> tuple[list[Resource], list[str], list[str]]:
    """The resources to render, the models they use, and the other imports their signatures need."""
    unknown = index.unknown_overrides()
    if unknown and settings.strict:  # else the build lists them (generator.build) and they are ignored
        raise ResourceError(
            f"generator/config.yaml has resources.overrides for {', '.join(map(repr, unknown))}, which name no "
            "operation of the description: key an override by operationId or by 'METHOD /path', or remove it"
        )
    reader = ModelReader(parsed_description(settings, index))
    reserved = reserved_names(settings)
    notes = index.normalised  # what generate prints: how the description was read
    by_name: dict[str, Resource] = {}
    taken: dict[tuple[str, str], Operation] = {}
    for op in index.operations:
        if reader.endpoints.get((op.method, _shape(op.path))) is None:  # openapi-python-client dropped it
            index.drop(op.label, "openapi-python-client made no function for it")
            notes.append(f"dropped: {op.label} ({op.operation_id}): openapi-python-client made no function for it")
            continue
        resource, method = method_name(settings, op)
        other = taken.get((resource, method))
        if other is not None and {other.method, op.method} == {"put", "patch"} and other.path == op.path:
            # PUT and PATCH on one path: PUT replaces the whole record, PATCH updates some fields.
            put = other if other.method == "put" else op
            if put is other:
                moved = next(m for m in by_name[resource].methods if m.op is other)
                moved.name = "replace"
                taken[(resource, "replace")] = other
            else:
                method = "replace"
            other = taken.get((resource, method)) if put is op else None
        if other is not None and not override_of(settings, op).get("method"):
            # The path-and-kind rule gives both one name: the later one is named by its operationId.
            fallback = str(PythonIdentifier(op.operation_id, prefix="op_"))
            if (resource, fallback) not in taken:
                notes.append(f"{op.label}: {resource}.{method} is taken by {other.label}; named {resource}.{fallback}")
                method, other = fallback, None
        if other is not None:
            raise ResourceError(
                f"{op.label} ({op.operation_id}) and {other.label} ({other.operation_id}) both map to "
                f"{resource}.{method}; name one under resources.overrides in generator/config.yaml "
                f"(key {op.label!r}: {{method: ...}})"
            )
        if resource in reserved or resource.startswith("_"):
            raise ResourceError(
                f"{op.operation_id} would become the resource {resource!r}, which the client already uses; "
                "rename it under resources.overrides in generator/config.yaml"
            )
        taken[(resource, method)] = op
        by_name.setdefault(resource, Resource(resource)).methods.append(_method(settings, index, reader, op, method))
    found = sorted(by_name.values(), key=lambda r: r.name)
    _refuse_gaps(settings, index, [m for r in found for m in r.methods])
    models = set(reader.models).union(*(m.model_names for r in found for m in r.methods))
    return found, sorted(models), sorted(reader.needed)


def _method(settings: Settings, index: SpecIndex, reader: ModelReader, op: Operation, name: str) -> Method:
    endpoint = reader.endpoint(op)
    path_params = [reader.parameter(p, keyword=False) for p in endpoint.path_parameters]
    query_params = [
        reader.parameter(p, keyword=True) for p in [*endpoint.query_parameters, *endpoint.header_parameters]
    ]
    checks: list[tuple[str, int | None, int | None]] = []
    schemas = {str(p.get("name")): index.resolve(p.get("schema", {})) for p in index.parameters(op)}
    for param in (*path_params, *query_params):
        schema = schemas.get(param.api_name, {})
        if schema.get("type") == "integer" and "enum" not in schema:
            checks.append((param.argument, schema.get("minimum"), schema.get("maximum")))
    # The body as openapi-python-client models it (JSON, form or multipart; a $ref or inline).
    body = next(
        (
            b
            for b in endpoint.bodies
            if str(getattr(b.prop, "class_info", "") and b.prop.class_info.name) in reader.by_class
        ),
        None,
    )
    body_class = str(body.prop.class_info.name) if body is not None else None
    body_params = reader.fields(body_class) if body_class else []
    if body is None and endpoint.bodies:  # a body that is not an object (an array, a string): taken whole
        whole = reader.parameter(endpoint.bodies[0].prop, keyword=True)
        query_params.append(Param("body", whole.annotation, whole.default, "body"))
    clashing = sorted(p.name for p in (*path_params, *query_params) if p.name in OPTION_NAMES)
    if clashing:
        raise ResourceError(
            f"{op.label}: parameter {', '.join(clashing)} has the name of a per-call option every resource "
            f"method takes ({', '.join(sorted(OPTION_NAMES))}); rename it in the description"
        )
    taken = {p.name for p in (*path_params, *query_params)} | OPTION_NAMES
    body_params = [
        Param(p.name, p.annotation, p.default, p.api_name, f"body_{p.name}") if p.name in taken else p
        for p in body_params
    ]
    success = next(
        (r for r in endpoint.responses.patterns if str(r.status_code.pattern) == op.success_status),
        endpoint.responses.default,  # an operation documenting no 2xx: its default is the success
    )
    returns = _qualify(success.prop.get_type_string().as_unembedded_code())
    returns_body = returns != "Any"
    returns = returns if returns_body else "None"
    reader.models.update(reader.classes_in(returns))
    by_api = {p.api_name: p.name for p in body_params}
    annotations = {p.name: p.annotation for p in body_params}
    where_param, order_param = by_api.get("where"), by_api.get("orderBy")
    module = naming.endpoint_module(settings, op)
    body_props = index.properties(index.json_body_schema(op.raw.get("requestBody")))
    for param in body_params:
        schema = index.resolve(body_props.get(param.api_name, {}))
        kinds = schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]
        if "integer" in kinds and "null" not in kinds and "enum" not in schema:
            checks.append((param.argument, schema.get("minimum"), schema.get("maximum")))
    page = index.page_items(op) if where_param else None
    fields_class = f"{ClassName(page[1], prefix='')}Fields" if page and page[1] else None
    parameter_schemas = {str(p.get("name")): p for p in index.parameters(op)}
    path_params = [_documented(index, p, parameter_schemas.get(p.api_name)) for p in path_params]
    query_params = [_documented(index, p, parameter_schemas.get(p.api_name)) for p in query_params]
    body_params = [_documented(index, p, {"schema": body_props.get(p.api_name)}) for p in body_params]
    return Method(
        name=name,
        op=op,
        module=module.split(".", 1)[1].rsplit(".", 1)[0],
        function=module.rsplit(".", 1)[1],
        path_params=path_params,
        query_params=query_params,
        returns_body=returns_body,
        body_class=body_class,
        body_params=body_params,
        returns=returns,
        where_param=where_param,
        order_param=order_param,
        where_class=reader.classes_in(annotations[where_param])[0] if where_param else None,
        order_item_class=reader.classes_in(annotations[order_param])[0] if order_param else None,
        paging=_paging(settings, index, op, body_params),
        batch=bool(op.batch_field),
        checks=checks,
        fields_class=fields_class,
        directions=_directions(index, body_props.get("orderBy")) if order_param else None,
    )


def _documented(index: SpecIndex, param: Param, source: Mapping[str, Any] | None) -> Param:
    """``param`` with its one-line doc, from its parameter object or body property schema."""
    if not source:
        return param
    schema = index.resolve(index.non_null(source.get("schema") or {}))
    schema = schema if isinstance(schema, Mapping) else {}
    items = index.resolve(schema.get("items") or {}) if schema.get("type") == "array" else {}
    described = str(source.get("description") or schema.get("description") or "").strip()
    parts = [" ".join(described.split())] if described else []
    low, high = schema.get("minimum"), schema.get("maximum")
    if low is not None and high is not None:
        parts.append(f"{low} to {high}")
    elif low is not None:
        parts.append(f"at least {low}")
    elif high is not None:
        parts.append(f"at most {high}")
    values = schema.get("enum") or (items.get("enum") if isinstance(items, Mapping) else None)
    if values:
        parts.append("one of " + ", ".join(f"``{v}``" for v in values if v is not None))
    if "default" in schema and schema["default"] is not None:
        parts.append(f"default ``{json.dumps(schema['default'])}``")
    doc = "; ".join(p.rstrip(".") for p in parts if p)
    return replace(param, doc=doc + "." if doc else "")


def _gaps(index: SpecIndex, methods: list[Method]) -> dict[str, str]:
    """What the build could not make of an operation a user would expect it for, by label."""
    gaps: dict[str, str] = {}
    entities = {f"{ClassName(name, prefix='')}Fields" for name in search_entities(index)}
    for method in methods:
        op = method.op
        body = index.properties(index.json_body_schema(op.raw.get("requestBody")))
        query = {str(p.get("name")) for p in index.parameters(op) if p.get("in") == "query"}
        # A body page size is the API's list convention; a query `limit` alone cannot continue
        # (nothing says where the next page starts), so only with a page or offset beside it.
        paged_query = any(n in query for n in PAGE_SIZE_FIELDS) and bool(query & {*PAGE_FIELDS, "offset", "cursor"})
        pageable = op.kind == "search" or any(n in body for n in PAGE_SIZE_FIELDS) or paged_query
        if pageable and method.paging is None:
            gaps[op.label] = (
                "pages (a page-size field) but has no iterator: its response has no records array of objects "
                "with an id and a page field, or no total"
            )
        elif op.kind == "search" and method.fields_class not in entities:
            gaps[op.label] = "takes `where` but has no Fields class: its records are not a named schema"
    return gaps


def _refuse_gaps(settings: Settings, index: SpecIndex, methods: list[Method]) -> None:
    accepted = settings.accepted_gaps
    open_gaps = {label: why for label, why in _gaps(index, methods).items() if label not in accepted}
    for label in accepted:
        index.normalised.append(f"{label}: accepted without an iterator or Fields class ({accepted[label]})")
    if open_gaps:
        listing = "\n".join(f"- {label}: {why}" for label, why in sorted(open_gaps.items()))
        raise ResourceError(
            f"the client would lack what these operations promise:\n{listing}\n"
            "fix the description, or accept each in generator/config.yaml under accepted_gaps, "
            'e.g.  accepted_gaps: {"POST /x/search": "why it cannot page"}'
        )


def _directions(index: SpecIndex, order_by: Any) -> tuple[str, ...] | None:
    """The directions an ``orderBy`` item may take: the enum of its items' values, if it has one."""
    items = index.resolve(index.resolve(order_by or {}).get("items") or {})
    values = index.resolve(items.get("additionalProperties") or {}) if isinstance(items, Mapping) else {}
    enum = values.get("enum") if isinstance(values, Mapping) else None
    return tuple(str(v) for v in enum) if enum else None
