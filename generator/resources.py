"""The resource namespaces to render: ``aiwyn.<resource>.<method>(...)`` for every operation.

Names come from the path (the collection the operation acts on) and the operation's kind;
``generator/config.yaml`` overrides the odd ones. Signatures come from openapi-python-client's
own parsed models, read in process (Python names, annotations, defaults and API names), so a
method takes exactly what its body model takes, typed the same way; the generator never reads
its own output back.
"""

from __future__ import annotations

import ast
import builtins
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, cast

from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties.const import ConstProperty
from openapi_python_client.strings import ClassName, PythonIdentifier

from generator import naming
from generator.fields import search_entities
from generator.method_names import ResourceError, method_names
from generator.normalise.media import BINARY, bytes_types
from generator.page_shapes import pages_by
from generator.paging import first_page, query_paging, records_have_ids
from generator.settings import Settings
from generator.spec import PAGE_FIELDS, PAGE_SIZE_FIELDS, Operation, SpecIndex

SHADOWED_BUILTINS = frozenset({"list", "dict", "type", "iter", "set", "id", "filter"})
DEFAULT_PAGE_SIZE = 50
ITERATOR_OPTIONS = frozenset({"page_size", "max_items", "start_page", "resume", "concurrency"})
"""The iterators' own arguments."""
OPTION_NAMES = frozenset({"extra_headers", "extra_query", "extra_body", "timeout", "max_retries", "request_options"})
"""The per-call options of every resource method (``_options.RequestOptions``, in
``**request_options``): a parameter or body field with one of these names is taken as
``path_<name>``, ``query_<name>`` or ``body_<name>``."""


def reserved_names(settings: Settings) -> frozenset[str]:
    """The public names ``Aiwyn`` / ``AsyncAiwyn`` already have, which no resource may take.

    The runtime declares them (``CLIENT_NAMES`` in overlays/<package>/_client_names.py) and the
    generator imports that module (``Settings.overlay_module``).
    """
    names: frozenset[str] = settings.overlay_module("_client_names").CLIENT_NAMES
    return names


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
    convert: tuple[str, str | None] | None = None
    """How the argument is converted before it is sent: (``as_enum``, ``as_enums``, ``as_model``
    or ``as_model_or_value``, the class as the resource module names it: ``_models.Thing``); it
    then takes plain values (``"CREATE"``) or mappings (``{"type": ...}``) too. (``as_one_of``, a
    tuple of the union's model classes): a mapping is the member it fits. (``as_file``, None): a
    body sent as bytes takes bytes, text and open files too."""
    header: bool = False
    """A header the description requires (a tenant, an app id, on every call): the method takes it
    as optional, and left out it comes from the client's ``default_headers`` (``_rs.header_argument``)."""

    @property
    def argument(self) -> str:
        return self.arg or self.name

    @property
    def shown(self) -> str:
        """The annotation as the reference shows it (``Mapping``, not ``collections.abc.Mapping``)."""
        return self.annotation.replace("collections.abc.", "").replace("typing.", "")


@dataclass
class PagedMethod:
    """What the resources need to render an iterator: the runtime ``Paging`` and where things sit."""

    runtime: dict[str, Any]
    """The keyword arguments of the runtime's ``Paging`` (``_paging.Paging``) for this method."""
    size_param: str | None
    page_param: str | None
    items_path: tuple[str, ...]
    total_path: tuple[str, ...] | None
    item_class: str
    """The model class of the records, a union of classes (``A | B``) where they are of several
    kinds, or a plain type (``PLAIN_RECORDS``) where they declare no fields."""
    key_attr: str | None = None
    """The Python attribute of the unique key on the item model."""
    cursor_param: str | None = None
    """The method's argument that carries a cursor or the last id (cursor styles)."""
    next_path: tuple[str, ...] | None = None
    """Where the page keeps the next cursor or link (attributes)."""
    more_path: tuple[str, ...] | None = None
    """Where the page says whether more records follow (attributes)."""
    done_path: tuple[str, ...] | None = None
    """Where the page says the reverse, that the records are all given (attributes)."""
    holder_param: str | None = None
    """The method's argument whose object holds the paging fields (``options``); the size, page
    and cursor "params" are then those fields' API names in it, and the argument stays the user's."""
    next_header: str | None = None
    """The response header that carries the next cursor or page number (``X-Nomad-NextToken``)."""

    @property
    def style(self) -> str:
        return str(self.runtime.get("style") or "")

    @property
    def models(self) -> list[str]:
        """The model classes of the records (none where they are of a plain type)."""
        return [] if self.item_class in PLAIN_RECORDS else _union_members(self.item_class)

    @property
    def item_noun(self) -> str:
        """What the docstring calls a record: its class, or ``record`` where it is any JSON."""
        return "record" if self.item_class == "Any" else self.item_class

    @property
    def names(self) -> set[str]:
        """The method arguments the pager fills in (none of its own where a body object holds them:
        the pager adds its fields to what the caller gives)."""
        if self.holder_param is not None:
            return set()
        return {n for n in (self.size_param, self.page_param, self.cursor_param) if n}

    @property
    def numbered(self) -> bool:
        """Pages by number or offset (``start_page`` applies)."""
        return self.semantics is not None and not self.style

    @property
    def how(self) -> str:
        """How it pages, in a sentence for its docstring."""
        return {
            "cursor": f"follows the cursor {self._where_next} gives until {self._one} gives none.",
            "next_page": f"asks for the page number {self._where_next} names as the next until {self._one} names none.",
            "after_id": "asks for the records after the last one delivered while more follow.",
            "next_url": "follows the next-page link each page gives until a page gives none.",
            "link_header": "follows the ``Link`` header's next page until an answer has none."
            + (INFERRED_LINK if self.runtime.get("inferred") else ""),
        }.get(
            self.style,
            f"pages by keyset on ``{self.key}``, so records written meanwhile are neither repeated nor skipped."
            if self.semantics is None
            else "page after page until the total or a short page; records inserted meanwhile are not repeated.",
        )

    @property
    def _where_next(self) -> str:
        return f"each answer's ``{self.next_header}`` header" if self.next_header else "each page"

    @property
    def _one(self) -> str:
        return "an answer" if self.next_header else "a page"

    @property
    def semantics(self) -> str | None:
        return cast(str | None, self.runtime["page_semantics"])

    @property
    def key(self) -> str | None:
        return cast(str | None, self.runtime["key"])

    @property
    def arguments(self) -> str:
        """``Paging(...)``'s arguments as Python source."""
        return ", ".join(f"{name}={value!r}" for name, value in self.runtime.items())


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
    unpaged: str | None = None
    """Why a list that pages has no iterator, where its paging was found but cannot be followed."""
    iterator_taken: bool = False
    """Whether the iterator's usual name is another method's of the resource (``_settle_iterators``)."""

    @property
    def iterator(self) -> str:
        return f"iter_{self.name}" if self.iterator_taken else iterator_name(self.name)

    @property
    def summary(self) -> str:
        """The summary on one line: it opens the docstring, and a line break in it (Spotify's end
        with one) would split the first line and indent what follows."""
        return " ".join(str(self.op.summary or "").split())

    @property
    def description(self) -> str:
        return str(self.op.raw.get("description") or "").strip()

    @property
    def plain_body_params(self) -> list[Param]:
        """Body fields other than where/orderBy (which get builder-friendly types)."""
        return [p for p in self.body_params if p.name not in (self.where_param, self.order_param)]

    @property
    def filter_params(self) -> list[Param]:
        """What an iterator passes on unchanged: the body fields and query parameters the pager
        does not fill in."""
        filled = (self.paging.names if self.paging else set()) | ITERATOR_OPTIONS
        return [p for p in [*self.plain_body_params, *self.query_params] if p.argument not in filled]

    def body_field(self, python_name: str | None) -> str | None:
        """The API name of a body field, by its Python name."""
        return next((p.api_name for p in self.body_params if python_name in (p.name, p.argument)), None)

    @property
    def error_statuses(self) -> list[str]:
        """The error statuses the description documents for the operation."""
        return sorted(str(s) for s in self.op.raw.get("responses", {}) if str(s)[:1] in ("4", "5"))

    @property
    def example_arguments(self) -> str:
        """The required arguments with stand-in values, for a one-line example."""
        shown = [_sample(p.annotation) for p in self.path_params]
        shown += [f"{p.argument}={_sample(p.annotation)}" for p in self.plain_body_params if p.default is None]
        shown += [f"{p.argument}={_sample(p.annotation)}" for p in self.query_params if p.default is None]
        return ", ".join(shown)

    @property
    def union(self) -> bool:
        """The success is one of several types (``oneOf`` / ``anyOf``): checked against each."""
        return len(_union_members(self.returns)) > 1

    @property
    def runtime_class(self) -> str:
        """What ``returns`` is checked against at run time: ``builtins.list`` for ``list[...]``, and
        a tuple of those for a union."""
        members = [_runtime_member(m) for m in _union_members(self.returns)]
        return members[0] if len(members) == 1 else f"({', '.join(dict.fromkeys(members))},)"

    @property
    def model_names(self) -> set[str]:
        names = {self.body_class, self.where_class, self.order_item_class}
        names.update(self.paging.models if self.paging else ())
        return {n for n in names if n}


@dataclass
class Resource:
    name: str
    methods: list[Method] = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    """The model and enum classes its module imports."""
    imports: list[str] = field(default_factory=list)
    """Other import lines its annotations need (``import datetime``, ``from uuid import UUID``)."""
    names: dict[str, str] = field(default_factory=dict)
    """The runtime names its module uses, each as it is spelt there: itself, or ``_<name>`` where
    a model, an enum or one of its methods has that name."""

    @property
    def class_name(self) -> str:
        return "".join(part.title() for part in self.name.split("_")) + "Resource"

    @property
    def module(self) -> str:
        """Its module under ``resources/``: the attribute's name (``aiwyn.clients``: ``clients``)."""
        return self.name

    @property
    def runtime_imports(self) -> list[tuple[str, str]]:
        return [(name, module) for name, module in RUNTIME_NAMES.items() if name not in TYPE_ONLY_NAMES]

    @property
    def type_imports(self) -> list[tuple[str, str]]:
        return [(name, module) for name, module in RUNTIME_NAMES.items() if name in TYPE_ONLY_NAMES]

    @property
    def member_names(self) -> set[str]:
        """The names its classes define, which shadow module names in their annotations."""
        found = {"with_raw_response", "with_streaming_response"}
        for m in self.methods:
            found.update({m.name, m.iterator} if m.paging else {m.name})
            if m.batch:
                found.add(f"{m.name}_all")
        return found

    def annotation(self, text: str) -> str:
        """``text`` (an annotation or a default) as this module spells it: runtime names renamed
        where they clash, builtins its methods shadow spelt ``builtins.<name>``."""
        spelling = _Spelling(self.names, self.member_names, set(self.models))
        return ast.unparse(spelling.visit(ast.parse(text, mode="eval")))


RUNTIME_NAMES: dict[str, str] = {
    "Any": "typing",
    "Iterable": "collections.abc",
    "Mapping": "collections.abc",
    "Sequence": "collections.abc",
    "UNSET": "..types",
    "Unset": "..types",
    "File": "..types",
    "Pager": "..pagination",
    "AsyncPager": "..pagination",
    "ResumeToken": "..pagination",
    "Unpack": "typing_extensions",
    "RequestOptions": ".._options",
    "Expr": "..where",
    "OrderItem": "..where",
    "DownloadTarget": ".._downloads",
    "DownloadedFile": ".._downloads",
    "Progress": ".._downloads",
    "BatchReport": ".._batches",
    "Literal": "typing",
    "IO": "typing",
}
"""Every name a resource module's signatures use besides models, and where it comes from."""
TYPE_ONLY_NAMES = frozenset({"Unpack", "RequestOptions", "Expr", "OrderItem", "DownloadTarget", "Progress"})
TYPE_ONLY_NAMES |= {"DownloadedFile", "BatchReport", "Literal", "IO"}
"""Those only annotations use: imported for type checkers alone (the filter language loads late)."""


class _Spelling(ast.NodeTransformer):
    """An annotation from openapi-python-client's models, as one resource module spells it: a model
    or enum is ``_models.<Class>`` (so no model name is imported beside the runtime's); the
    typing names our widening adds come dotted (``collections.abc.Mapping``) and take the module's
    spelling; builtins the resource's methods shadow become ``builtins.<name>``."""

    DOTTED = {
        "collections.abc.Mapping": "Mapping", "collections.abc.Sequence": "Sequence", "typing.Any": "Any",
        "typing.IO": "IO",
    }  # fmt: skip

    def __init__(self, names: Mapping[str, str], members: set[str], models: set[str]) -> None:
        self.names, self.members, self.models = names, members, models

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        dotted = self.DOTTED.get(ast.unparse(node))
        if dotted is not None:
            return ast.copy_location(ast.Name(self.names.get(dotted, dotted), ast.Load()), node)
        return self.generic_visit(node)

    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in self.models:
            return ast.copy_location(ast.Attribute(ast.Name("_models", ast.Load()), node.id, ast.Load()), node)
        if node.id in self.names:
            return ast.copy_location(ast.Name(self.names[node.id], ast.Load()), node)
        if node.id in self.members and hasattr(builtins, node.id):
            return ast.copy_location(ast.Attribute(ast.Name("builtins", ast.Load()), node.id, ast.Load()), node)
        return node


# ---------------------------------------------------------------------- naming
def _sample(annotation: str) -> str:
    """A stand-in value of an annotation, for examples in the reference."""
    first = _union_members(annotation)[0]
    if first.startswith(("list[", "builtins.list[", "Sequence[", "collections.abc.Sequence[")):
        return "[...]"
    return {"int": "1", "float": "1.0", "str": '"..."', "bool": "True"}.get(first, "...")


def _runtime_member(annotation: str) -> str:
    """What one member of a union's annotation is checked against at run time."""
    if annotation.startswith(("list[", "builtins.list[")):
        return "builtins.list"
    if annotation == "None":
        return "type(None)"
    if annotation == "Any":  # any JSON value: nothing to check
        return "object"
    if annotation.startswith("Literal["):  # a const: the type of its value (``Literal['PONG!']``: str)
        node = ast.parse(annotation, mode="eval").body
        values = node.slice if isinstance(node, ast.Subscript) else None
        first = values.elts[0] if isinstance(values, ast.Tuple) else values
        return type(first.value).__name__ if isinstance(first, ast.Constant) else "object"
    return annotation


def _union_members(annotation: str) -> list[str]:
    """``A | list[B | C]`` -> ``["A", "list[B | C]"]``: the union's members at the top level."""
    members, depth, start = [], 0, 0
    for i, char in enumerate(annotation):
        depth += {"[": 1, "]": -1}.get(char, 0)
        if char == "|" and depth == 0:
            members.append(annotation[start:i].strip())
            start = i + 1
    return [*members, annotation[start:].strip()]


# ---------------------------------------------------------------------- model fields
def opc_config(settings: Settings, spec: dict[str, Any]) -> ConfigFile:
    """openapi-python-client's config for a description: ``generator/openapi-python-client.yaml``,
    and the request body types it is to send as it sends ``application/octet-stream`` (its
    ``content_type_overrides``; ``generator.normalise.media.bytes_types``), under their own names."""
    config = ConfigFile.load_from_path(settings.opc_config)
    overrides = {media_type: BINARY for media_type in bytes_types(spec)}
    if overrides:
        config.content_type_overrides = {**(config.content_type_overrides or {}), **overrides}
    return config


def parsed_description(settings: Settings, index: SpecIndex) -> GeneratorData:
    """openapi-python-client's own reading of the description (its models, names, types, defaults).

    The same version and config as the build, in process: the one source of truth for the Python
    side of every body field, so a method takes exactly what its body model takes. A build asks
    for it after settling its warnings and again for the resources: the last parse is kept, and
    given again while the description and settings are the same (a parse takes seconds).
    """
    text = json.dumps(index.spec)
    key = (str(settings.opc_config), settings.opc_meta, str(settings.spec_path), text)
    if _LAST_PARSE and _LAST_PARSE[0][0] == key:
        return _LAST_PARSE[0][1]
    config = Config.from_sources(
        opc_config(settings, index.spec),
        MetaType(settings.opc_meta),
        settings.spec_path,
        "utf-8",
        False,
        None,
    )
    try:
        data = GeneratorData.from_dict(json.loads(text), config=config)  # a copy: the parse changes what it reads
    except Exception as exc:  # its own failure, not a warning: said as a build error, not a traceback
        raise ResourceError(
            f"openapi-python-client stopped reading {settings.spec_path.name}: {type(exc).__name__}: {exc}"
        ) from exc
    if isinstance(data, GeneratorError):
        raise ResourceError(
            f"openapi-python-client could not read {settings.spec_path.name}: {data.header} {data.detail}"
        )
    _LAST_PARSE[:] = [(key, data)]
    return data


_LAST_PARSE: list[tuple[tuple[str, ...], GeneratorData]] = []
"""The last ``parsed_description``: (what it was parsed from, the parse)."""


class ModelReader:
    """The body models' fields, from openapi-python-client's parsed models (never the generated files)."""

    def __init__(self, settings: Settings, data: GeneratorData) -> None:
        self.settings = settings
        self.by_class = {str(model.class_info.name): model for model in data.models}
        endpoints = [
            endpoint for collection in data.endpoint_collections_by_tag.values() for endpoint in collection.endpoints
        ]
        self.endpoints = {(endpoint.method.lower(), str(endpoint.name)): endpoint for endpoint in endpoints}
        """By method and operationId as a Python name (every operation has one once normalised, no
        two spelt alike; ``naming.endpoint_function``): paths alike but for their parameters' names (Miro's
        ``/boards/{board_id}/items``, ``/boards/{board_id_PlatformTags}/items``) are two operations."""
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
            # a body field left out is not sent: the description's default is the server's to apply
            # (sent, it overwrote what an update left alone); a required one is asked for, unless
            # its default is the one value it may take (sevDesk's ``objectName: Contact``)
            if prop.required and prop.default is not None and _only_value(prop):
                default: str | None = prop.default.python_code.as_unembedded_code()
            else:
                default = None if prop.required else "UNSET"
            widened, convert = self.widen(_qualify(annotation))
            params.append(Param(prop.python_name, widened, default, prop.name.get_untrusted_value(), convert=convert))
            self._imports_of(prop)
            self.models.update(self.classes_in(annotation))
        return params

    def find(self, op: Operation) -> Any | None:
        """openapi-python-client's parsed endpoint of ``op``, or None where it made none."""
        return self.endpoints.get((op.method, naming.endpoint_function(self.settings, op)))

    def endpoint(self, op: Operation) -> Any:
        """openapi-python-client's parsed endpoint of ``op`` (its parameters and responses)."""
        found = self.find(op)
        if found is None:
            raise ResourceError(
                f"openapi-python-client made no function for {op.label} ({op.operation_id}); "
                "see its warnings above, and fix the description or accept the warning in generator/config.yaml"
            )
        return found

    def _imports_of(self, prop: Any) -> None:
        """The import lines a property's annotation needs (``import datetime``, ``from uuid import UUID``)."""
        lazy: set[str] = prop.get_lazy_imports(prefix=".") or set()
        for line in (*prop.get_imports(prefix="."), *lazy):
            if not line.startswith(("from .types ", "from typing ", "from .models.")):
                self.needed.add(line)

    def parameter(self, prop: Any, *, keyword: bool) -> Param:
        self._imports_of(prop)
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
            return self._widen_one_of(annotation)
        (cls,) = named
        others = [m for m in _union_members(annotation) if m not in (cls, "None", "Unset") and cls not in m]
        if cls in self.enums and others:  # OpenAI's model: any string, or one it lists: taken as it is
            return annotation, None
        if cls in self.enums:
            plain, convert = f"{cls} | {self.enums[cls]}", ("as_enum", f"_models.{cls}")
            if re.search(rf"(?:builtins\.)?list\[{cls}\]", annotation):  # one value given is a list of one
                convert = ("as_enums", f"_models.{cls}")
        else:
            plain, convert = f"{cls} | collections.abc.Mapping[str, typing.Any]", ("as_model", f"_models.{cls}")
            if others:  # a timestamp or {gt, lt} (Stripe's created): plain values pass as they are
                convert = ("as_model_or_value", f"_models.{cls}")
        widened = re.sub(rf"(?:builtins\.)?list\[{cls}\]", f"collections.abc.Sequence[{plain}]", annotation)
        widened = re.sub(rf"(?<![\w.\[]){cls}(?![\w|\]])", plain, widened)
        return (widened, convert) if widened != annotation else (annotation, None)

    def _widen_one_of(self, annotation: str) -> tuple[str, tuple[str, str] | None]:
        """A union of models alone (Gusto's token body: a refresh or a system access request)
        takes a mapping too, made the member it fits (``_rs.as_one_of``)."""
        members = [m for m in _union_members(annotation) if m not in ("None", "Unset")]
        if len(members) < 2 or any(m not in self.classes or m in self.enums for m in members):
            return annotation, None
        models = ", ".join(f"_models.{m}" for m in members)
        return f"{annotation} | collections.abc.Mapping[str, typing.Any]", ("as_one_of", f"({models})")

    def classes_in(self, annotation: str) -> list[str]:
        """Model and enum classes an annotation names, in order."""
        names = [n.id for n in ast.walk(ast.parse(annotation, mode="eval")) if isinstance(n, ast.Name)]
        return [n for n in names if n in self.classes]


class _Builtins(ast.NodeTransformer):
    def visit_Name(self, node: ast.Name) -> ast.AST:
        if node.id in SHADOWED_BUILTINS:
            return ast.copy_location(ast.Attribute(ast.Name("builtins", ast.Load()), node.id, ast.Load()), node)
        return node


def _bytes_taken_plainly(param: Param) -> Param:
    """A body sent as bytes (a ``File``) taken as ``bytes``, text or an open binary file too
    (``_rs.as_file``): ``body="Hello"`` for a ``text/plain`` body, ``body=open(path, "rb")``."""
    if not re.search(r"(?<![\w.])File(?![\w])", param.annotation):
        return param
    widened = re.sub(r"(?<![\w.])File(?![\w])", "File | bytes | str | typing.IO[bytes]", param.annotation)
    return replace(param, annotation=widened, convert=("as_file", None))


def _qualify(annotation: str) -> str:
    """The annotation, with builtins that resource method names shadow spelt ``builtins.x``."""
    return ast.unparse(_Builtins().visit(ast.parse(annotation, mode="eval")))


# ---------------------------------------------------------------------- assembly
def _paging(
    settings: Settings, index: SpecIndex, reader: ModelReader, op: Operation, method: Method
) -> PagedMethod | None:
    """How ``method`` pages: the Aiwyn convention (a page size in the body), else what its query
    parameters (a POST's body fields too) and answers say (``generator.paging``); None when it
    does not page."""
    if op.method != "get" and op.kind not in ("list", "search"):
        return None  # a write answering a page (Paperless's note POST): an iterator would send it again per page
    found = query_paging(index, op) if op.method in ("get", "post") else None
    if op.method == "get" or found is None or found.style == "page":
        # a page number in a body is the Aiwyn convention's (its semantics are marked on the field);
        # a cursor or an offset a body names is followed as a query's is
        body_paged = _body_paging(settings, index, reader, op, method)
        if body_paged is not None or found is None:
            return body_paged
    by_api = {p.api_name: p.argument for p in [*method.plain_body_params, *method.query_params]}
    holder = by_api.get(found.holder) if found.holder else None
    if holder is not None:  # the fields of one body object, set by the pager under their API names
        by_api = {name: name for name in (found.size, found.page, found.cursor) if name}
    item_class = _item_class(reader, method.returns, _attributes(found.shape.items_path))
    if item_class is None or any(name not in by_api for name in (found.size, found.page, found.cursor) if name):
        return None
    key = "id" if records_have_ids(index, op, found.shape) else None  # inline and allOf records too
    size = found.size_schema or {}
    runtime: dict[str, Any] = {
        **_size_range(size, max(int(size.get("default", 0) or 0), 1000)),
        "page_semantics": {"page": "index", "offset": "offset"}.get(found.style),
        "key": key,
    }
    if found.first_page:
        runtime["first_page"] = found.first_page
    if found.style == "page" and found.size is None:
        runtime["sized"] = False  # Xero's and Discourse's pages: the server's size, learnt from the first page
    if found.style not in ("page", "offset"):
        runtime["style"] = found.style
    if found.inferred:
        runtime["inferred"] = True
    if found.numeric_cursor:
        runtime["numeric_cursor"] = True
    return PagedMethod(
        runtime=runtime,
        size_param=by_api[found.size] if found.size else None,
        page_param=by_api[found.page] if found.page else None,
        items_path=_attributes(found.shape.items_path),
        total_path=_attributes(found.shape.total_path) if found.shape.total_path else None,
        item_class=item_class,
        key_attr="id" if key else None,
        cursor_param=by_api[found.cursor] if found.cursor else None,
        next_path=_attributes(found.next_path) if found.next_path else None,
        more_path=_attributes(found.more_path) if found.more_path else None,
        done_path=_attributes(found.done_path) if found.done_path else None,
        holder_param=holder,
        next_header=found.next_header,
    )


INFERRED_LINK = (
    " The description declares no such header: it is inferred from a cursor parameter that no answer"
    " carries, so a page without the header stops the run with ``PaginationError``."
)
"""What an iterator's docstring adds where its ``Link`` header is inferred (``QueryPaging.inferred``)."""


PLAIN_RECORDS = ("Any", "str", "int", "float", "bool")
"""The records of a page whose items declare no fields: any JSON (SugarCRM's, Meilisearch's
documents), or scalars (Airflow's tags)."""


def _item_class(reader: ModelReader, returns: str, path: tuple[str, ...]) -> str | None:
    """The model class of the records at ``path`` (attributes) in a success of type ``returns``,
    or their plain type (``PLAIN_RECORDS``)."""
    annotation = returns
    for attribute in path:
        classes = [c for c in reader.classes_in(annotation) if c in reader.by_class]
        model = reader.by_class.get(classes[0]) if classes else None
        if model is None:
            return None
        prop = next(
            (
                p
                for p in [*(model.required_properties or ()), *(model.optional_properties or ())]
                if p.python_name == attribute
            ),
            None,
        )
        if prop is None:
            return None
        annotation = prop.get_type_string().as_unembedded_code()
    listed = annotation.replace("builtins.", "")
    if not listed.startswith("list[") and not path:
        return None
    classes = [c for c in reader.classes_in(annotation) if c in reader.by_class]
    if len(classes) == 1:
        return classes[0]
    present = [m for m in _union_members(listed) if m not in ("Unset", "None")]
    items = present[0][5:-1] if len(present) == 1 and present[0].startswith("list[") else listed
    if not classes and items in PLAIN_RECORDS:
        return items
    if classes and sorted(_union_members(items)) == sorted(classes):  # records of several kinds (anyOf)
        return " | ".join(classes)
    return None


def _body_paging(
    settings: Settings, index: SpecIndex, reader: ModelReader, op: Operation, method: Method
) -> PagedMethod | None:
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
    by_api = {p.api_name: p.argument for p in method.body_params}
    item_class = naming.model_class(settings, item_schema_name)
    runtime = {
        **_size_range(size, 1000),
        "page_semantics": semantics,
        "key": key,
    }
    first = first_page(index.resolve(body[page_name])) if page_name and semantics == "index" else 0
    if first:  # BambooHR's datasets: `page` at least 1
        runtime["first_page"] = first
    return PagedMethod(
        runtime=runtime,
        size_param=by_api[size_name],
        page_param=by_api[page_name] if page_name else None,
        items_path=_attributes(shape.items_path),
        total_path=_attributes(shape.total_path) if shape.total_path else None,
        item_class=item_class,
        key_attr=str(PythonIdentifier(key, prefix="")) if key else None,
    )


def _only_value(prop: Any) -> bool:
    """Whether a property may hold one value only: a ``const``, or an enum of one."""
    values = getattr(prop, "values", None)
    return isinstance(prop, ConstProperty) or (isinstance(values, Mapping) and len(values) == 1)


def _size_range(size: Mapping[str, Any], fallback_maximum: int) -> dict[str, int]:
    """The page sizes an iterator may ask for, from the size parameter's schema: at least 1 (a
    page of none pages nothing), and a default inside the range, else ours (Okta's ``limit``
    defaults to -1, "all", which no page size can be)."""
    minimum = max(int(size.get("minimum", 1)), 1)
    maximum = int(size.get("maximum", fallback_maximum))
    default = size.get("default")
    if not (isinstance(default, int) and not isinstance(default, bool) and minimum <= default <= maximum):
        default = min(DEFAULT_PAGE_SIZE, maximum)
    return {"size_min": minimum, "size_max": maximum, "size_default": int(default)}


FIELD_PREFIX = "field_"
"""openapi-python-client's ``field_prefix``, which ``generator/openapi-python-client.yaml`` keeps:
what a key that is no identifier, or starts with ``_``, is named after (``_embedded`` ->
``field_embedded``)."""


def _attributes(path: tuple[str, ...]) -> tuple[str, ...]:
    """API keys as the model attributes that hold them (openapi-python-client's naming)."""
    return tuple(str(PythonIdentifier(key, prefix=FIELD_PREFIX)) for key in path)


def iterator_name(method: str) -> str:
    """``iter`` for a list, ``iter_<what>`` for ``list_<what>``, ``iter_<method>`` for the others
    (``iter_search``)."""
    if method.startswith("list_"):
        return "iter_" + method.removeprefix("list_")
    return "iter" if method == "list" else f"iter_{method}"


def resources(settings: Settings, index: SpecIndex) -> tuple[list[Resource], list[str], list[str]]:
    """The resources to render, the models they use, and the other imports their signatures need."""
    unknown = index.unknown_overrides()
    if unknown and settings.strict:  # else the build lists them (generator.build) and they are ignored
        raise ResourceError(
            f"generator/config.yaml has resources.overrides for {', '.join(map(repr, unknown))}, which name no "
            "operation of the description: key an override by operationId or by 'METHOD /path', or remove it"
        )
    reader = ModelReader(settings, parsed_description(settings, index))
    reserved = reserved_names(settings)
    notes = index.normalised  # what generate prints: how the description was read
    built = []
    for op in index.operations:
        if reader.find(op) is None:  # openapi-python-client dropped it
            index.drop(op.label, "openapi-python-client made no function for it")
            notes.append(f"dropped: {op.label} ({op.operation_id}): openapi-python-client made no function for it")
            continue
        built.append(op)
    by_name: dict[str, Resource] = {}
    for op, (resource, method) in method_names(settings, built, notes).items():
        if resource in reserved or resource.startswith("_"):
            raise ResourceError(
                f"{op.operation_id} would become the resource {resource!r}, which the client already uses; "
                "rename it under resources.overrides in generator/config.yaml"
            )
        by_name.setdefault(resource, Resource(resource)).methods.append(_method(settings, index, reader, op, method))
    found = sorted(by_name.values(), key=lambda r: r.name)
    for namespace in found:
        _settle_iterators(namespace, notes)
    _refuse_gaps(settings, index, [m for r in found for m in r.methods])
    models = set(reader.models).union(*(m.model_names for r in found for m in r.methods))
    for namespace in found:
        _settle_names(namespace, reader)
    return found, sorted(models), sorted(reader.needed)


def _settle_iterators(resource: Resource, notes: list[str]) -> None:
    """Iterators named apart from the resource's other methods and iterators: Hetzner's
    ``certificates.actions`` and ``certificates.list_actions`` would both page as ``iter_actions``;
    the later is ``iter_list_actions`` (a line says so)."""
    taken = {m.name for m in resource.methods}
    for m in resource.methods:
        if m.paging is None:
            continue
        if m.iterator in taken:
            usual = m.iterator
            m.iterator_taken = True
            if m.iterator in taken:
                raise ResourceError(
                    f"{m.op.label}: its iterator {resource.name}.{usual} is another method's name; "
                    "name one under resources.overrides in generator/config.yaml"
                )
            notes.append(
                f"{m.op.label}: {resource.name}.{usual} is taken; its iterator is {resource.name}.{m.iterator}"
            )
        taken.add(m.iterator)


def _settle_names(resource: Resource, reader: ModelReader) -> None:
    """What a resource's module imports, and how it spells the runtime's names there."""
    used: set[str] = set()
    for m in resource.methods:
        used |= m.model_names
        for text in (m.returns, *(p.annotation for p in (*m.path_params, *m.body_params, *m.query_params))):
            used.update(reader.classes_in(text))
    resource.models = sorted(used)
    resource.imports = sorted(f"from .{line[5:]}" if line.startswith("from .") else line for line in reader.needed)
    taken = reader.classes | resource.member_names
    resource.names = {name: f"_{name}" if name in taken else name for name in RUNTIME_NAMES}


def _method(settings: Settings, index: SpecIndex, reader: ModelReader, op: Operation, name: str) -> Method:
    endpoint = reader.endpoint(op)
    path_params = [reader.parameter(p, keyword=False) for p in endpoint.path_parameters]
    query_params = [
        *(reader.parameter(p, keyword=True) for p in endpoint.query_parameters),
        *(_from_default_headers(reader.parameter(p, keyword=True)) for p in endpoint.header_parameters),
    ]
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
        query_params.append(
            _bytes_taken_plainly(Param("body", whole.annotation, whole.default, "body", convert=whole.convert))
        )
    # A parameter named like a per-call option (or the options themselves) is taken as
    # path_<name> / query_<name>, a body field named like either as body_<name>.
    path_params = [replace(p, arg=f"path_{p.name}") if p.name in OPTION_NAMES else p for p in path_params]
    query_params = [replace(p, arg=f"query_{p.name}") if p.name in OPTION_NAMES else p for p in query_params]
    taken = {p.argument for p in (*path_params, *query_params)} | OPTION_NAMES
    body_params = [replace(p, arg=f"body_{p.name}") if p.name in taken else p for p in body_params]
    checks: list[tuple[str, int | None, int | None]] = []  # by the argument's name, once renamed
    schemas = {str(p.get("name")): index.resolve(p.get("schema", {})) for p in index.parameters(op)}
    for param in (*path_params, *query_params):
        schema = schemas.get(param.api_name, {})
        if schema.get("type") == "integer" and "enum" not in schema:
            checks.append((param.argument, schema.get("minimum"), schema.get("maximum")))
    success = next(
        (r for r in endpoint.responses.patterns if str(r.status_code.pattern) == op.success_status),
        endpoint.responses.default,  # an operation documenting no 2xx: its default is the success
    )
    returns = _qualify(success.prop.get_type_string().as_unembedded_code())
    if returns.startswith("Literal["):  # a const answer (Mailchimp's ping: "PONG!"): returned as its type
        returns = _runtime_member(returns)
    returns_body = returns != "Any" or (op.returns_body and not op.binary)  # Any: a JSON answer of no schema
    returns = returns if returns_body else "None"
    if returns_body and op.bodiless_statuses and not returns.endswith("| None"):
        returns = f"{returns} | None"  # answered with a status documented without a body
    reader.models.update(reader.classes_in(returns))
    by_api = {p.api_name: p.name for p in body_params}
    annotations = {p.name: p.annotation for p in body_params}
    where_param, order_param = (  # the search convention's, where they take models (BambooHR's orderBy is text)
        field if field and reader.classes_in(annotations[field]) else None
        for field in (by_api.get("where"), by_api.get("orderBy"))
    )
    module = naming.endpoint_module(settings, op)
    body_props = index.properties(index.body_schema(op.raw.get("requestBody")))  # a form's fields too
    for param in body_params:
        schema = index.resolve(body_props.get(param.api_name, {}))
        kinds = schema.get("type") if isinstance(schema.get("type"), list) else [schema.get("type")]
        if set(kinds) == {"integer"} and "enum" not in schema:  # not Moneybird's ids, a string or an integer
            checks.append((param.argument, schema.get("minimum"), schema.get("maximum")))
    page = index.page_items(op) if where_param else None
    fields_class = f"{ClassName(page[1], prefix='')}Fields" if page and page[1] else None
    parameter_schemas = {str(p.get("name")): p for p in index.parameters(op)}
    path_params = [_documented(index, p, parameter_schemas.get(p.api_name)) for p in path_params]
    query_params = [_documented(index, p, parameter_schemas.get(p.api_name)) for p in query_params]
    body_params = [_documented(index, p, {"schema": body_props.get(p.api_name)}) for p in body_params]
    method = Method(
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
        batch=bool(op.batch_field),
        checks=checks,
        fields_class=fields_class,
        directions=_directions(index, body_props.get("orderBy")) if order_param else None,
    )
    method.paging = _paging(settings, index, reader, op, method)
    cursor = method.paging.cursor_param if method.paging else None
    required = {p.argument for p in (*method.query_params, *method.plain_body_params) if p.default is None}
    if cursor in required:  # the first page has no cursor to give, and the method takes none without one
        method.paging = None
        method.unpaged = (
            f"pages but has no iterator: its cursor {cursor!r} is required, and the first page has none to give "
            "(its plain method pages by hand, from the first cursor the API documents)"
        )
    return method


def _from_default_headers(param: Param) -> Param:
    """A required header, taken as optional: the client's ``default_headers`` give it where the
    call does not (Xero's ``xero-tenant-id`` and Apideck's consumer and app ids are on every
    operation); one neither gives is refused before sending."""
    if param.default is not None or param.convert is not None:
        return param
    return replace(param, annotation=f"{param.annotation} | Unset", default="UNSET", header=True)


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
    if param.header:
        parts.append("the client's ``default_headers`` give it when left out")
    if source.get("readOnly") is True or schema.get("readOnly") is True:
        parts.append("read-only: the server sets it, and a request need not give it")
    doc = "; ".join(p.rstrip(".") for p in parts if p)
    return replace(param, doc=doc + "." if doc else "")


def _gaps(index: SpecIndex, methods: list[Method]) -> dict[str, str]:
    """What the build could not make of an operation a user would expect it for, by label."""
    gaps: dict[str, str] = {}
    entities = {f"{ClassName(name, prefix='')}Fields" for name in search_entities(index)}
    for method in methods:
        op = method.op
        if method.paging is None and (method.unpaged or _looks_paged(index, op)):
            gaps[op.label] = method.unpaged or (
                "pages but has no iterator: no records array of objects with a page field, an offset, a cursor "
                "or a next link the client could follow (its plain method pages by hand)"
            )
        elif op.kind == "search" and method.fields_class not in entities:
            gaps[op.label] = "takes `where` but has no Fields class: its records are not a named schema"
    return gaps


def _looks_paged(index: SpecIndex, op: Operation) -> bool:
    """A search, a page size in the body, or a page size beside a page, offset or cursor: among
    the query parameters, or in an object of the body (Plaid's ``options: {count, offset}``,
    which the runtime cannot set); never a write of a record, which pages nothing whatever it
    takes (Xero's ``POST /Invoices/{id}`` with ``page`` and ``pageSize``: ``_paging``)."""
    if op.kind == "search":
        return True
    if op.method in ("put", "patch", "delete") or (op.method == "post" and op.path.rstrip("/").endswith("}")):
        return False
    body = index.properties(index.json_body_schema(op.raw.get("requestBody")))
    if any(n in body for n in PAGE_SIZE_FIELDS):
        return True
    query = [str(p.get("name")) for p in index.parameters(op) if p.get("in") == "query"]
    return any(pages_by(names) for names in (query, *(index.properties(prop) for prop in body.values())))


def _refuse_gaps(settings: Settings, index: SpecIndex, methods: list[Method]) -> None:
    """A gap is a line in the build's output; a strict build (or none accepted) fails on it."""
    accepted = settings.accepted_gaps
    open_gaps = {label: why for label, why in _gaps(index, methods).items() if label not in accepted}
    for label in accepted:
        index.normalised.append(f"{label}: accepted without an iterator or Fields class ({accepted[label]})")
    if open_gaps and settings.strict:
        listing = "\n".join(f"- {label}: {why}" for label, why in sorted(open_gaps.items()))
        raise ResourceError(
            f"the client would lack what these operations promise:\n{listing}\n"
            "fix the description, or accept each in generator/config.yaml under accepted_gaps, "
            'e.g.  accepted_gaps: {"POST /x/search": "why it cannot page"}'
        )
    index.normalised.extend(f"{label}: {why}" for label, why in sorted(open_gaps.items()))


def _directions(index: SpecIndex, order_by: Any) -> tuple[str, ...] | None:
    """The directions an ``orderBy`` item may take: the enum of its items' values, if it has one."""
    items = index.resolve(index.resolve(order_by or {}).get("items") or {})
    values = index.resolve(items.get("additionalProperties") or {}) if isinstance(items, Mapping) else {}
    enum = values.get("enum") if isinstance(values, Mapping) else None
    return tuple(str(v) for v in enum) if enum else None
