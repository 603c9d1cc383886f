# Copied from overlays/aiwyn_client/_resource_support.py: edit it there; `make generate` rewrites this file.
"""What the rendered resource modules (``resources/<name>.py``) share: the base classes that send
a method's request and answer in the call's mode, and the conversions of arguments."""

from __future__ import annotations

import functools
import io
import os
import time
from collections.abc import Awaitable, Callable, Coroutine, Mapping, Sequence
from contextlib import AsyncExitStack
from datetime import timedelta
from enum import Enum
from importlib import import_module
from operator import attrgetter
from types import MethodType, ModuleType
from typing import (
    TYPE_CHECKING,
    Any,
    ClassVar,
    Concatenate,
    Generic,
    ParamSpec,
    Protocol,
    TypeVar,
    cast,
    get_origin,
    get_type_hints,
    overload,
)

import attrs
import httpx

from . import _extensions
from ._api_response import (
    CALL_MODE,
    APIResponse,
    AsyncStreamedResponse,
    PageMode,
    Raw,
    Responses,
    Streamed,
    StreamedResponse,
    StreamMode,
    deferred,
)
from ._decode import strict_enums, union_members
from ._downloads import DownloadedFile, DownloadTarget, Progress, awrite_body, write_body
from ._exceptions import AiwynError, InvalidArgumentError
from ._options import options, with_options
from ._paging import Paging as Paging  # re-exported: each PageSpec declaration builds one
from ._responses import invalid, redirect_location
from ._spec import ENVIRONMENTS
from .pagination import AsyncPager, Pager, PageRequest, Plan, ResumeToken, plan_for
from .pagination._pages import MoreOf, count_at, flag_at, items_at, not_done
from .pagination.cursor import NextOf, last_id, next_in_body, next_in_header, next_in_link_header
from .types import UNSET, File, Unset

if TYPE_CHECKING:  # the filter language is imported by the first filter, not with the package
    from .where import Expr, OrderItem

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")
M = TypeVar("M")
M_co = TypeVar("M_co", covariant=True)


ACCEPT_JSON = "application/json"
"""What a call answered in JSON asks for, unless its answer is documented in other JSON types."""


class Endpoint(Generic[R]):
    """One operation as its resource methods call it: the generated endpoint module (which builds
    the request and checks the answer), what a success returns, and the operation's name.

    The module is named (``"api.client.get_clients"``) and imported by the first call, so loading
    a resource module loads no endpoint module."""

    __slots__ = ("_module", "_name", "returns", "operation", "accept", "redirect")

    @overload
    def __init__(
        self: Endpoint[R],
        module: str,
        returns: type[R],
        operation: str,
        *,
        accept: str | None = ACCEPT_JSON,
        redirect: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: Endpoint[None],
        module: str,
        returns: None,
        operation: str,
        *,
        accept: str | None = ACCEPT_JSON,
        redirect: bool = False,
    ) -> None: ...
    @overload
    def __init__(
        self: Endpoint[Any],
        module: str,
        returns: tuple[type[Any], ...],
        operation: str,
        *,
        accept: str | None = ACCEPT_JSON,
        redirect: bool = False,
    ) -> None: ...
    def __init__(
        self, module: str, returns: Any, operation: str, *, accept: str | None = ACCEPT_JSON, redirect: bool = False
    ) -> None:
        self._module: ModuleType | None = None
        self._name, self.returns, self.operation, self.accept = module, returns, operation, accept
        self.redirect = redirect

    @property
    def module(self) -> Any:
        """The generated endpoint module (``_get_kwargs``, ``_build_response``, ``sync_detailed``...)."""
        if self._module is None:
            self._module = import_module(f"{_PACKAGE}.{self._name}")
        return self._module

    def request(self, given: Mapping[str, Any], args: tuple[Any, ...], kwargs: dict[str, Any], /) -> dict[str, Any]:
        """The ``httpx`` request arguments, with the call's options (``**request_options``) in; a
        call answered in JSON asks for the JSON types its answer is documented in (``Accept``),
        where the operation also offers others or a server refuses a type it was not asked for."""
        try:
            request: dict[str, Any] = self.module._get_kwargs(*args, **kwargs)
        except (AttributeError, TypeError, ValueError) as exc:  # an argument its type's encoding cannot take
            raise InvalidArgumentError(
                f"{self.operation}: an argument is not of the type the description gives it "
                f"({type(exc).__name__}: {exc}){_hint(exc)}"
            ) from exc
        if self.accept is not None:
            headers = request.get("headers") or {}
            if not any(name.lower() == "accept" for name in headers):
                request["headers"] = {**headers, "Accept": self.accept}
        if self.redirect:
            request["extensions"] = {**(request.get("extensions") or {}), _extensions.REDIRECT_ANSWER: True}
        return with_options(request, options(given))

    def finish(self, client: Any, response: httpx.Response) -> R:
        """What a success returns (the typed errors raised by the module's ``_build_response``);
        for an operation whose answer is a redirect, the absolute URL it redirects to."""
        if self.redirect and response.is_redirect:
            return cast(R, redirect_location(client, response, self.operation))
        parsed = self.module._build_response(client=client, response=response).parsed
        if self.returns is None:
            return cast(R, None)
        if not response.is_success:  # an error decoded by a client that does not raise: expect says so
            return cast(R, expect(parsed, self.returns, self.operation))
        return cast(
            R, expect(parsed, self.returns, self.operation, lambda why: invalid(client, response, self.operation, why))
        )


_PACKAGE = __name__.rpartition(".")[0]


def _hint(exc: Exception) -> str:
    """What the encoding that refused an argument takes, where its error says which it was."""
    text = str(exc)
    if "isoformat" in text:
        return "; dates take datetime.date or datetime.datetime"
    if "to_dict" in text:
        return "; objects take their model or a mapping"
    return ""


def _api_mapping(value: Any, name: str, label: str) -> dict[str, Any]:
    """An object the caller gave for the paging fields' holder (a model, a mapping, or nothing) as
    a JSON object by API names; anything else is refused as the plain method refuses it."""
    if value is None or isinstance(value, Unset):
        return {}
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return dict(to_dict())
    if isinstance(value, Mapping):
        return dict(value)
    raise InvalidArgumentError(f"{label}: {name} takes a model or a mapping, not {type(value).__name__}")


def _followed(mode: PageMode, request: dict[str, Any], base_url: str) -> dict[str, Any]:
    """A pager's request: traced where the pager waits for it to be written (``PageMode.trace``),
    and sent to the next-page link when there is one (the whole URL, query included). A link to
    one of the servers the description lists (its production host, say, while the client talks to a
    sandbox, a proxy or a mock) is followed on the client's own base URL; any other origin is left
    for the origin guard to refuse."""
    if mode.written is not None:
        extensions = request.get("extensions") or {}
        request = {**request, "extensions": {"trace": mode.trace, **extensions}}
    if mode.url is None:
        return request
    url = mode.url
    for server in ENVIRONMENTS.values():
        if url.startswith(server + "/") and not url.startswith(base_url + "/"):
            url = base_url + url[len(server) :]
            break
    if url.startswith("/") and not url.startswith("//"):
        # A link by its path alone. httpx puts a relative URL under the base URL's path; a link
        # that already starts with that path (``/v2/items`` on ``…/v2``) is the origin's path.
        base = httpx.URL(base_url)
        prefix = base.raw_path.decode("ascii").rstrip("/")
        if prefix and (url == prefix or url.startswith((prefix + "/", prefix + "?"))):
            url = str(base.join(url))
    return {**request, "url": url, "params": None}


class _APIResource:
    """``with_raw_response`` and ``with_streaming_response`` of a resource: its module's one
    ``Responses`` class in either mode, made on first use. Each resource class declares the two
    attributes' types; type checkers read those, and so do these properties, to find the class."""

    _is_async: ClassVar[bool] = False

    if not TYPE_CHECKING:

        @functools.cached_property
        def with_raw_response(self):
            return _responses_of(type(self))(self, Raw)

        @functools.cached_property
        def with_streaming_response(self):
            return _responses_of(type(self))(self, Streamed)


@functools.cache
def _responses_of(resource: type[_APIResource]) -> type[Responses[Any, Any]]:
    """The ``Responses`` class a resource class declares as its ``with_raw_response``."""
    return cast("type[Responses[Any, Any]]", get_origin(get_type_hints(resource)["with_raw_response"]))


class SyncAPIResource(_APIResource):
    """What every resource namespace holds: the client its methods call the endpoints with.

    A method sends the request its generated endpoint module builds through the client's httpx
    client, and decodes the answer with that module's ``_build_response``, which raises the typed
    errors. How it answers depends on the call mode (``_api_response.CALL_MODE``): the model,
    an ``APIResponse`` (``with_raw_response``), or the unread response (``with_streaming_response``).
    """

    def __init__(self, client: object) -> None:
        # Any: an operation with its own security is typed for AuthenticatedClient; Aiwyn
        # authenticates every request itself, whatever the endpoint's signature says.
        self._client: Any = client

    def _call(self, endpoint: Endpoint[R], given: Mapping[str, Any], /, *args: Any, **kwargs: Any) -> R:
        request = endpoint.request(given, args, kwargs)
        http = self._client.get_httpx_client()
        mode = CALL_MODE.get()
        if mode is None:
            return endpoint.finish(self._client, http.request(**request))
        if isinstance(mode, PageMode):
            response = http.request(**_followed(mode, request, self._client.base_url))
            mode.headers = response.headers
            return endpoint.finish(self._client, response)
        if isinstance(mode, StreamMode):
            response = mode.stack.enter_context(http.stream(**request))
            if not response.is_success:
                response.read()
                endpoint.finish(self._client, response)  # raises the typed error
            return cast(R, StreamedResponse(response, functools.partial(endpoint.finish, self._client)))
        started = time.perf_counter()
        response = http.request(**request)
        elapsed = timedelta(seconds=time.perf_counter() - started)
        return cast(R, APIResponse(response, endpoint.finish(self._client, response), elapsed))

    def _download(
        self,
        endpoint: Endpoint[Any],
        given: Mapping[str, Any],
        to: DownloadTarget,
        progress: Progress | None,
        /,
        *args: Any,
        **kwargs: Any,
    ) -> DownloadedFile:
        """The body streamed into ``to`` (see ``_downloads``); an error status raises as usual."""
        _plain_only(endpoint)
        with self._client.get_httpx_client().stream(**endpoint.request(given, args, kwargs)) as response:
            if not response.is_success:
                response.read()
                endpoint.finish(self._client, response)
            return write_body(response, to, progress, endpoint.operation)


class AsyncAPIResource(_APIResource):
    """``SyncAPIResource`` for ``AsyncAiwyn``; also answers in deferred mode for the async pager."""

    _is_async = True

    def __init__(self, client: object) -> None:
        self._client: Any = client

    async def _call(self, endpoint: Endpoint[R], given: Mapping[str, Any], /, *args: Any, **kwargs: Any) -> R:
        request = endpoint.request(given, args, kwargs)
        http = self._client.get_async_httpx_client()
        mode = CALL_MODE.get()
        if mode is None:
            return endpoint.finish(self._client, await http.request(**request))
        if isinstance(mode, PageMode):
            response = await http.request(**_followed(mode, request, self._client.base_url))
            mode.headers = response.headers
            if mode.deferred:
                return cast(R, functools.partial(endpoint.finish, self._client, response))
            return endpoint.finish(self._client, response)
        if isinstance(mode, StreamMode):
            stack = cast(AsyncExitStack, mode.stack)
            response = await stack.enter_async_context(http.stream(**request))
            if not response.is_success:
                await response.aread()
                endpoint.finish(self._client, response)
            return cast(R, AsyncStreamedResponse(response, functools.partial(endpoint.finish, self._client)))
        started = time.perf_counter()
        response = await http.request(**request)
        elapsed = timedelta(seconds=time.perf_counter() - started)
        return cast(R, APIResponse(response, endpoint.finish(self._client, response), elapsed))

    async def _download(
        self,
        endpoint: Endpoint[Any],
        given: Mapping[str, Any],
        to: DownloadTarget,
        progress: Progress | None,
        /,
        *args: Any,
        **kwargs: Any,
    ) -> DownloadedFile:
        _plain_only(endpoint)
        request = endpoint.request(given, args, kwargs)
        async with self._client.get_async_httpx_client().stream(**request) as response:
            if not response.is_success:
                await response.aread()
                endpoint.finish(self._client, response)
            return await awrite_body(response, to, progress, endpoint.operation)


class awaited(Generic[P, R]):  # noqa: N801 - used like a decorator, as functools.cached_property is
    """An ``AsyncAiwyn`` resource method made from its ``Aiwyn`` twin, not rendered again.

    A plain method's body only checks and converts its arguments and returns ``self._call(...)``;
    on an ``AsyncAPIResource`` that call is a coroutine, so the same body serves both clients. This
    descriptor gives the async class a coroutine function with the sync method's signature,
    docstring and name, typed ``(...) -> Coroutine[..., R]`` for type checkers.
    """

    def __init__(self, method: Callable[Concatenate[Any, P], R]) -> None:
        @functools.wraps(method)
        async def call(resource: Any, /, *args: P.args, **kwargs: P.kwargs) -> R:
            return await cast("Awaitable[R]", method(resource, *args, **kwargs))

        self._function = call

    @overload
    def __get__(
        self, instance: None, owner: type | None = None
    ) -> Callable[Concatenate[Any, P], Coroutine[Any, Any, R]]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> Callable[P, Coroutine[Any, Any, R]]: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> Any:
        return self._function if instance is None else MethodType(self._function, instance)


def _plain_only(endpoint: Endpoint[Any]) -> None:
    if CALL_MODE.get() is not None:
        raise InvalidArgumentError(
            f"{endpoint.operation}: to= streams the download to a file itself; with_raw_response and "
            "with_streaming_response take the call without it"
        )


class _FromDict(Protocol[M_co]):
    def from_dict(self, src_dict: Mapping[str, Any], /) -> M_co: ...


_SCALARS = (str, int, float, bool)


@overload
def expect(result: object, cls: type[T], operation: str, invalid: Callable[[str], Exception] | None = None) -> T: ...
@overload
def expect(
    result: object, cls: tuple[type[Any], ...], operation: str, invalid: Callable[[str], Exception] | None = None
) -> object: ...
def expect(
    result: object,
    cls: type[T] | tuple[type[Any], ...],
    operation: str,
    invalid: Callable[[str], Exception] | None = None,
) -> object:
    """The call's success model (or one of them, for a ``oneOf``). An answer of another scalar
    type where the description has a scalar is kept as it came, as a model's fields are; one of
    another shape (an object where it has a string: Mailgun's IP lists) is a
    ``ResponseValidationError``. Nothing decoded at all means the client did not raise on errors."""
    if isinstance(result, cls):
        return result
    wanted = cls if isinstance(cls, tuple) else (cls,)
    if isinstance(result, _SCALARS) and all(c in _SCALARS for c in wanted if c is not type(None)):
        return result  # a nullable number answered 0 (Prefect's lateness: ``anyOf: [number, null]``)
    expected = " or ".join(c.__name__ for c in wanted)
    if invalid is not None and result is not None:  # ``invalid``: the error for the answer, redacted
        raise invalid(f"the answer of {operation} is a {type(result).__name__}, where the description has {expected}")
    raise AiwynError(
        f"{operation} returned {type(result).__name__}, not {expected}: resource methods need a client "
        "that raises errors (Aiwyn, AsyncAiwyn); for raw responses call the aiwyn_client.api functions"
    )


def given(**arguments: Any) -> dict[str, Any]:
    """The arguments a method was given (not ``UNSET``): what its body model is built from, so
    that the body sends those, an explicit None as null, and leaves the others out."""
    return {name: value for name, value in arguments.items() if not isinstance(value, Unset)}


def header_argument(resource: Any, value: Any, header: str, name: str, operation: str, given: Mapping[str, Any]) -> Any:
    """A header the description requires: as given, else the call's ``extra_headers`` one, else
    the client's ``default_headers`` one (names matched without regard to case, as HTTP reads
    them); refused before sending when none gives it."""
    if not isinstance(value, Unset):
        return value
    wanted = header.lower()
    extra = given.get("extra_headers") or {}
    sources = (extra.items() if isinstance(extra, Mapping) else (), resource._client.default_headers.items())
    found = next((v for source in sources for k, v in source if k.lower() == wanted), None)
    if found is None:
        raise InvalidArgumentError(
            f"{operation}: {name} is required (the {header} header): pass {name}=..., or set it once in the "
            f"client's default_headers"
        )
    return found


def _record_json(record: Any) -> Any:
    """A record as its JSON: a model's ``to_dict()``; a record declaring no fields (any JSON,
    SugarCRM's; a scalar, Airflow's tags) is its JSON already."""
    to_dict = getattr(record, "to_dict", None)
    return to_dict() if callable(to_dict) else record


def as_enum(value: Any, enum: type[Enum], name: str, operation: str) -> Any:
    """An enum argument as its class: members pass, plain values (``"CREATE"``) are converted,
    in a sequence too; anything else is refused before sending, naming the values it takes."""
    if value is None or isinstance(value, (Unset, enum)):
        return value
    if isinstance(value, (list, tuple)):
        return [as_enum(item, enum, name, operation) for item in value]
    try:
        return enum(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in enum)
        raise InvalidArgumentError(f"{operation}: {name} takes one of {allowed}, not {value!r}") from None


def as_file(value: Any, name: str, operation: str) -> Any:
    """A body sent as bytes (``text/plain``, ``image/png``, ``application/octet-stream``) given as
    a ``File``, as ``bytes``, as text (sent in UTF-8) or as an open binary file; anything else is
    refused before sending."""
    if value is None or isinstance(value, (Unset, File)):
        return value
    if isinstance(value, str):
        value = value.encode("utf-8")
    if isinstance(value, (bytes, bytearray, memoryview)):
        return File(payload=io.BytesIO(bytes(value)))
    if callable(getattr(value, "read", None)):
        return File(payload=value, file_name=_base_name(getattr(value, "name", None)))
    raise InvalidArgumentError(
        f"{operation}: {name} takes bytes, text, an open binary file or a File, not {type(value).__name__}"
    )


def _base_name(name: object) -> str | None:
    return os.path.basename(name) if isinstance(name, str) else None


def as_enums(value: Any, enum: Any, name: str, operation: str) -> Any:
    """A list-of-enum argument given one value (``type_="TIME_ENTRY"``, which a type checker takes
    for a sequence of letters, or a member) as a list of that one; a list as ``as_enum`` takes it."""
    if value is None or isinstance(value, (Unset, list, tuple)):
        return as_enum(value, enum, name, operation)
    return [as_enum(value, enum, name, operation)]


def as_model_or_value(value: Any, model: Any, name: str, operation: str) -> Any:
    """An argument that is a model or a plain value (Stripe's ``created``: a timestamp, or
    ``{gt, lt}``): mappings become the model (``as_model``), other values pass as they are."""
    if isinstance(value, Mapping) or (isinstance(value, (list, tuple)) and any(isinstance(i, Mapping) for i in value)):
        return as_model(value, model, name, operation)
    return value


def as_model(value: Any, model: Any, name: str, operation: str) -> Any:
    """A model argument as its class: instances pass, mappings go through ``from_dict`` (in a
    sequence too), so ``records.upsert(records=[{...}])`` takes what ``upsert_all`` takes."""
    if value is None or isinstance(value, (Unset, model)):
        return value
    if isinstance(value, (list, tuple)):
        return [as_model(item, model, name, operation) for item in value]
    if not isinstance(value, Mapping):
        raise InvalidArgumentError(
            f"{operation}: {name} takes {model.__name__} or a mapping, not {type(value).__name__}"
        )
    try:
        made = model.from_dict(value)
    except (KeyError, TypeError, ValueError) as exc:
        raise InvalidArgumentError(
            f"{operation}: {name} does not fit {model.__name__}: {type(exc).__name__}: {exc}"
        ) from exc
    return _with_required_defaults(made, value)


def as_one_of(value: Any, models: tuple[Any, ...], name: str, operation: str) -> Any:
    """An argument that is one of several models (Gusto's token body: a refresh or a system
    access request): instances pass; a mapping is the first member it fits, read as an answer's
    union is (every required key there, every enum value listed)."""
    if value is None or isinstance(value, (Unset, *models)):
        return value
    if not isinstance(value, Mapping):
        names = " or ".join(m.__name__ for m in models)
        raise InvalidArgumentError(f"{operation}: {name} takes {names} or a mapping, not {type(value).__name__}")
    for model in models:
        try:
            with strict_enums(), union_members():
                made = model.from_dict(value)
        except (KeyError, TypeError, ValueError):
            continue
        return _with_required_defaults(made, value)
    names = ", ".join(m.__name__ for m in models)
    raise InvalidArgumentError(f"{operation}: {name} fits none of {names}: each needs keys or values it lacks")


def _with_required_defaults(made: Any, given: Mapping[str, Any]) -> Any:
    """``made`` (decoded from the caller's mapping) with each required field the mapping leaves out
    set to its documented default, as the constructor would: decoding reads a missing key as
    None, and sevDesk's ``contact[objectName]`` (required, default ``Contact``) was then not sent."""
    for attr, key, default in _required_defaults(type(made)):
        if key not in given:
            setattr(made, attr, default)
    return made


_REQUIRED_DEFAULTS: dict[type, tuple[tuple[str, str, Any], ...]] = {}


def _required_defaults(model: type) -> tuple[tuple[str, str, Any], ...]:
    """The required fields of ``model`` with a documented default: (attribute, API name, default);
    most models have none, so a mapping given for one costs a look-up once the first is read."""
    known = _REQUIRED_DEFAULTS.get(model)
    if known is None:
        plan = getattr(model, "_plan", None)
        defaults = {f.name: f.default for f in attrs.fields(model)}
        known = tuple(
            (field.attr, field.key, defaults[field.attr])
            for field in (plan.fields if plan is not None else ())
            if field.required and _plain_default(defaults.get(field.attr, attrs.NOTHING))
        )
        _REQUIRED_DEFAULTS[model] = known
    return known


def _plain_default(default: Any) -> bool:
    return default is not attrs.NOTHING and not hasattr(default, "factory")  # attrs.Factory: made per instance


def check_integer(name: str, value: object, minimum: int | None, maximum: int | None, operation: str) -> None:
    """An integer argument within its documented range, checked before anything is sent."""
    if isinstance(value, Unset):
        return
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or (minimum is not None and value < minimum)
        or (maximum is not None and value > maximum)
    ):
        bounds = [
            f"at least {minimum}" if minimum is not None else "",
            f"at most {maximum}" if maximum is not None else "",
        ]
        limit = " and ".join(b for b in bounds if b)
        raise InvalidArgumentError(
            f"{operation}: {name} must be an integer{' ' + limit if limit else ''} (as documented), not {value!r}"
        )


def where_json(where: Expr | Mapping[str, Any] | None, fields: Any = None) -> dict[str, Any] | None:
    """The ``where`` JSON; anything not built with the typed fields is checked against ``fields``."""
    if where is None:
        return None
    from .where._expr import Expr, check_where

    if isinstance(where, Expr):
        return where.to_dict()
    to_dict = getattr(where, "to_dict", None)
    document: dict[str, Any] = to_dict() if callable(to_dict) else Expr.raw(where).to_dict()
    if fields is not None:
        check_where(document, fields)
    return document


def order_json(
    order_by: Sequence[OrderItem | Mapping[str, Any]] | None,
    fields: Any = None,
    directions: Sequence[str] | None = None,
) -> list[dict[str, Any]] | None:
    """The ``orderBy`` JSON; hand-written items are checked against ``fields`` and ``directions``."""
    if order_by is None:
        return None
    from .where._expr import OrderItem, check_order

    if isinstance(order_by, (OrderItem, Mapping)):
        order_by = [order_by]
    result, raw = [], []
    for item in order_by:
        if isinstance(item, OrderItem):
            result.append(item.to_dict())
            continue
        to_dict = getattr(item, "to_dict", None)
        document = to_dict() if callable(to_dict) else dict(item) if isinstance(item, Mapping) else item
        raw.append(document)
        result.append(document)
    if raw and (fields is not None or directions is not None):
        check_order(raw, fields, directions)
    return result


def where_model(where: Expr | Mapping[str, Any] | None, model: _FromDict[M], fields: Any = None) -> M | Unset:
    document = where_json(where, fields)
    return UNSET if document is None else model.from_dict(document)


def order_models(
    order_by: Sequence[OrderItem | Mapping[str, Any]] | None,
    model: _FromDict[M],
    fields: Any = None,
    directions: Sequence[str] | None = None,
) -> list[M] | Unset:
    documents = order_json(order_by, fields, directions)
    return UNSET if documents is None else [model.from_dict(d) for d in documents]


def fields_class(name: str | None) -> Any:
    """The ``where`` fields class of an entity, by name, importing the filter language on first use."""
    if name is None:
        return None
    from .where import fields

    return getattr(fields, name)


class PageSpec:
    """How one resource method pages, rendered once per iterator: the runtime ``Paging``, where
    a page keeps its records, its total and its next cursor or link, and which of the method's
    arguments carry the page size, the page or cursor, and the filter and sort of a search. The
    iterators hand it their arguments; it sets up the strategy and turns each ``PageRequest``
    into the method's keyword arguments."""

    __slots__ = (
        "paging", "items", "total", "key_attr", "size_arg", "page_arg", "cursor_arg", "where_arg", "order_arg",
        "fields", "directions", "next", "more_of", "holder", "next_header", "label",
    )  # fmt: skip

    def __init__(
        self,
        paging: Paging,
        *,
        items: tuple[str, ...],
        total: tuple[str, ...] | None = None,
        key_attr: str | None = None,
        size_arg: str | None = None,
        page_arg: str | None = None,
        cursor_arg: str | None = None,
        where_arg: str | None = None,
        order_arg: str | None = None,
        fields: str | None = None,
        directions: tuple[str, ...] | None = None,
        next: tuple[str, ...] | None = None,
        more: tuple[str, ...] | None = None,
        done: tuple[str, ...] | None = None,
        holder: str | None = None,
        next_header: str | None = None,
        label: str,
    ) -> None:
        self.paging, self.items, self.total, self.key_attr = paging, items, total, key_attr
        self.size_arg, self.page_arg, self.cursor_arg = size_arg, page_arg, cursor_arg
        self.where_arg, self.order_arg, self.fields, self.directions = where_arg, order_arg, fields, directions
        self.next, self.holder, self.next_header, self.label = next, holder, next_header, label
        self.more_of: MoreOf | None = None
        """Whether a page says more records follow: by its ``more`` flag (``has_more``), or the
        reverse of its ``done`` one (Svix's)."""
        if more is not None:
            self.more_of = functools.partial(flag_at, path=more)
        elif done is not None:
            self.more_of = functools.partial(not_done, path=done)

    def arguments(self, request: PageRequest, given: Mapping[str, Any]) -> dict[str, Any]:
        """The method's keyword arguments for one page (a followed link replaces the whole URL),
        over the iterator's own (``given``). Where a body object holds the paging fields
        (``holder``: Plaid's ``options``), they are set in a copy of the one the caller gave, by
        their API names."""
        arguments: dict[str, Any] = {self.size_arg: request.size} if self.size_arg is not None else {}
        if self.page_arg is not None and request.page is not None:
            arguments[self.page_arg] = request.page
        if self.cursor_arg is not None and request.cursor is not None:
            arguments[self.cursor_arg] = self._cursor_value(request.cursor)
        if self.holder is not None:
            arguments = {self.holder: {**_api_mapping(given.get(self.holder), self.holder, self.label), **arguments}}
        if self.where_arg is not None:
            from .where import Expr

            arguments[self.where_arg] = None if request.where is None else Expr(request.where)  # built by the pager
        if self.order_arg is not None:
            arguments[self.order_arg] = request.order_by
        return arguments

    def _cursor_value(self, cursor: str) -> str | int:
        """The cursor as the request sends it: a page number the body gave (kept as text, as every
        cursor is) as a number; so too a number where the cursor parameter takes one."""
        if self.paging.style == "next_page":
            return int(cursor)
        numeric = self.paging.numeric_cursor and cursor.isascii() and cursor.isdigit()
        return int(cursor) if numeric else cursor

    def plan(
        self,
        *,
        page_size: int | None,
        max_items: int | None,
        start_page: int = 0,
        resume: ResumeToken | None,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
    ) -> Plan[Any, Any]:
        fields = fields_class(self.fields)
        items, total = self.items, self.total
        return plan_for(
            self.paging,
            lambda page: items_at(page, items),
            None if total is None else lambda page: count_at(page, total),
            _record_json,
            page_size=page_size,
            max_items=max_items,
            start_page=start_page,
            where=where_json(where, fields) if self.where_arg else None,
            order_by=order_json(order_by, fields, self.directions) if self.order_arg else None,
            resume=resume,
            id_of=attrgetter(self.key_attr) if self.key_attr else None,
            next_of=self._next_of(),
            more_of=self.more_of,
            label=self.label,
        )

    def pager(
        self,
        method: Callable[..., Any],
        given: Mapping[str, Any],
        page_size: int | None,
        max_items: int | None,
        resume: ResumeToken | None,
        start_page: int = 0,
        /,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
    ) -> Pager[Any, Any]:
        """An iterator's pager: ``method`` (the plain method) called for each page with the
        iterator's own arguments (``given``, by name) and the page's."""
        plan = self.plan(
            page_size=page_size,
            max_items=max_items,
            start_page=start_page,
            resume=resume,
            where=where,
            order_by=order_by,
        )
        return Pager(lambda request: method(**{**given, **self.arguments(request, given)}), plan)

    def async_pager(
        self,
        method: Callable[..., Awaitable[Any]],
        given: Mapping[str, Any],
        concurrency: int,
        page_size: int | None,
        max_items: int | None,
        resume: ResumeToken | None,
        start_page: int = 0,
        /,
        *,
        where: Expr | Mapping[str, Any] | None = None,
        order_by: Sequence[OrderItem | Mapping[str, Any]] | None = None,
    ) -> AsyncPager[Any, Any]:
        """``pager`` for ``async for``: up to ``concurrency`` pages requested ahead."""
        plan = self.plan(
            page_size=page_size,
            max_items=max_items,
            start_page=start_page,
            resume=resume,
            where=where,
            order_by=order_by,
        )
        return AsyncPager(
            lambda request: deferred(method(**{**given, **self.arguments(request, given)})), plan, concurrency
        )

    def _next_of(self) -> NextOf | None:
        style = self.paging.style
        if style == "link_header":
            return next_in_link_header
        if self.next_header is not None:
            return next_in_header(self.next_header, self.more_of)
        if style == "after_id" and self.key_attr is not None:
            return last_id(self.key_attr, self.more_of)
        return next_in_body(self.next, self.more_of) if self.next else None
