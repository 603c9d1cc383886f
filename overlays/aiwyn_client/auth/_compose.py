"""Several auth flows as one: the schemes an operation's security requirement names, or any
``httpx.Auth`` of the caller's with the client's redaction.

``SchemesAuth`` picks, for each request, the first alternative of its operation's requirement
(the ``security`` of the ``OperationInfo`` the request carries, else the description's, given to
it when it is made) whose schemes all have credentials,
and runs those schemes' flows in turn on the one request: two API keys go together, a token
fetch of one scheme is yielded like any request of the flow, a 401 lets each flow refresh and
the request is replayed once. ``security: []`` sends nothing; where nothing declares a
requirement, every credential given is sent. When no alternative can be met, the first
credential given is sent and the server decides (a 401 is ``AuthenticationError``).

``ForeignAuth`` wraps an ``httpx.Auth`` the caller passed (``Aiwyn(auth=...)``): whatever headers
or query parameters it sets on a request are remembered as secrets, so errors, logs and reprs
scrub them as they scrub ours.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import AsyncGenerator, Generator, Mapping, Sequence

import httpx

from .. import _extensions
from .._redact import REDACTED, Secrets


class SecretsUnion(Secrets):
    """The secrets of several auth objects, read live (their tokens change)."""

    def __init__(self, parts: Sequence[Secrets]) -> None:
        super().__init__()
        self._parts = tuple(parts)

    @property
    def values(self) -> tuple[str, ...]:
        found = {v for part in self._parts for v in part.values} | set(super().values)
        return tuple(sorted(found, key=len, reverse=True))


def _secrets(auth: httpx.Auth) -> Secrets:
    found = getattr(auth, "secrets", None)
    return found if isinstance(found, Secrets) else Secrets()


def _drive_sync(flows: Sequence[httpx.Auth], request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
    """Run each flow on ``request`` in turn; their own requests (token fetches) pass through."""
    running = []
    for auth in flows:
        flow = auth.sync_auth_flow(request)
        try:
            out = next(flow)
            while out is not request:
                got = yield out
                if auth.requires_response_body:
                    got.read()
                out = flow.send(got)
        except StopIteration:
            continue
        running.append((auth, flow))
    response = yield request
    replaying = []
    for auth, flow in running:
        if auth.requires_response_body:
            response.read()
        try:
            out = flow.send(response)
            while out is not request:
                got = yield out
                if auth.requires_response_body:
                    got.read()
                out = flow.send(got)
        except StopIteration:
            continue
        replaying.append(flow)
    if replaying:
        response = yield request  # once, whatever each flow would do next
    for flow in replaying:
        flow.close()


async def _drive_async(
    flows: Sequence[httpx.Auth], request: httpx.Request
) -> AsyncGenerator[httpx.Request, httpx.Response]:
    running = []
    for auth in flows:
        flow = auth.async_auth_flow(request)
        try:
            out = await flow.__anext__()
            while out is not request:
                got = yield out
                if auth.requires_response_body:
                    await got.aread()
                out = await flow.asend(got)
        except StopAsyncIteration:
            continue
        running.append((auth, flow))
    response = yield request
    replaying = []
    for auth, flow in running:
        if auth.requires_response_body:
            await response.aread()
        try:
            out = await flow.asend(response)
            while out is not request:
                got = yield out
                if auth.requires_response_body:
                    await got.aread()
                out = await flow.asend(got)
        except StopAsyncIteration:
            continue
        replaying.append(flow)
    if replaying:
        response = yield request
    for flow in replaying:
        await flow.aclose()


class SchemesAuth(httpx.Auth):
    """The description's security schemes, each with the credentials given for it (by name)."""

    def __init__(
        self, schemes: Mapping[str, httpx.Auth], *, security: tuple[tuple[str, ...], ...] | None = None
    ) -> None:
        """``security``: the description's requirement (alternatives, each the schemes sent
        together), for requests whose operation declares none of its own; None sends every scheme."""
        if not schemes:
            raise ValueError("no scheme has credentials")
        self.schemes = dict(schemes)
        self.security = security
        self.secrets: Secrets = SecretsUnion([_secrets(a) for a in self.schemes.values()])
        self.requires_request_body = any(a.requires_request_body for a in self.schemes.values())
        self._chosen: dict[object, list[httpx.Auth]] = {}
        """``chosen`` by operation: the requirements and the schemes given do not change."""

    @property
    def exchanges(self) -> int:
        """Tokens fetched by every scheme so far."""
        return sum(int(getattr(a, "exchanges", 0)) for a in self.schemes.values())

    def chosen(self, request: httpx.Request) -> list[httpx.Auth]:
        """The flows to run for ``request``: its operation's requirement, met by the first
        alternative whose schemes all have credentials."""
        info = request.extensions.get(_extensions.OPERATION_INFO)
        key = request.extensions.get(_extensions.OPERATION)
        known = self._chosen.get(key)
        if known is None:
            known = self._chosen[key] = self._choose(getattr(info, "security", None))
        return known

    def _choose(self, own: tuple[tuple[str, ...], ...] | None) -> list[httpx.Auth]:
        alternatives = own if own is not None else self.security
        if alternatives is None:
            return list(self.schemes.values())
        if not alternatives:
            return []  # security: [] sends nothing
        for names in alternatives:
            if all(name in self.schemes for name in names):
                return [self.schemes[name] for name in names]
        return [next(iter(self.schemes.values()))]

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flows = self.chosen(request)
        if len(flows) == 1 and not flows[0].requires_response_body:
            return flows[0].sync_auth_flow(request)  # one flow needs no driving: httpx runs it as it is
        return _drive_sync(flows, request)

    def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flows = self.chosen(request)
        if len(flows) == 1 and not flows[0].requires_response_body:
            return flows[0].async_auth_flow(request)
        return _drive_async(flows, request)

    def __repr__(self) -> str:
        return f"SchemesAuth({', '.join(f'{n}={a!r}' for n, a in self.schemes.items())})"


_PLAIN_HEADERS = frozenset(
    {"host", "accept", "accept-encoding", "connection", "content-length", "content-type", "user-agent"}
)
_CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie"})


def _learn(secrets: Secrets, before: httpx.Request | None, request: httpx.Request) -> None:
    """Remember what an auth flow put on ``request``: new or changed headers (and the credential
    after a scheme word, and a basic pair's password) and query parameters."""
    old_headers = dict(before.headers) if before is not None else {}
    for name, value in request.headers.items():
        lower = name.lower()
        if old_headers.get(name) == value or lower in _PLAIN_HEADERS:
            continue
        if before is None and lower not in _CREDENTIAL_HEADERS:
            continue  # a request of the flow's own (a token fetch): only its credential headers
        secrets.add(value)
        scheme, _, credential = value.partition(" ")
        if credential:
            secrets.add(credential)
            if scheme.lower() == "basic":
                try:
                    pair = base64.b64decode(credential, validate=True).decode()
                except (binascii.Error, UnicodeDecodeError):
                    continue
                secrets.add(pair)
                secrets.add(pair.partition(":")[2])
    if before is None:
        return
    old_query = dict(before.url.params.multi_items())
    for name, value in request.url.params.multi_items():
        if old_query.get(name) != value:
            secrets.add(value)


class NoCredentials(httpx.Auth):
    """Requests sent as they are: for an API whose description asks for no credential."""

    def __init__(self) -> None:
        self.secrets = Secrets()

    def __repr__(self) -> str:
        return "NoCredentials()"


class ForeignAuth(httpx.Auth):
    """Any ``httpx.Auth``, run as it is, with what it sends remembered as secrets."""

    def __init__(self, auth: httpx.Auth) -> None:
        self.wrapped = auth
        self.secrets: Secrets = SecretsUnion([_secrets(auth)])
        self._learnt = self.secrets
        self.requires_request_body = auth.requires_request_body
        self.requires_response_body = auth.requires_response_body

    def _snapshot(self, request: httpx.Request) -> httpx.Request:
        return httpx.Request(request.method, request.url, headers=request.headers)

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        flow = self.wrapped.sync_auth_flow(request)
        before = self._snapshot(request)
        try:
            out = next(flow)
            while True:
                _learn(self._learnt, before if out is request else None, out)
                response = yield out
                before = self._snapshot(request)
                out = flow.send(response)
        except StopIteration:
            return

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        flow = self.wrapped.async_auth_flow(request)
        before = self._snapshot(request)
        try:
            out = await flow.__anext__()
            while True:
                _learn(self._learnt, before if out is request else None, out)
                response = yield out
                before = self._snapshot(request)
                out = await flow.asend(response)
        except StopAsyncIteration:
            return

    def __repr__(self) -> str:
        return f"ForeignAuth({type(self.wrapped).__name__}, secrets={REDACTED!r})"
