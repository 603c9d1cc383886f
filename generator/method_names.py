"""How each operation is named: ``aiwyn.<resource>.<method>``, read from the description's structure.

The resource is the collection a path acts on (``/customers/{id}`` -> ``customers``); the method
is the operation's kind (``list``, ``get``, ``create``, ...) or the action its path ends in
(``/invoices/{id}/void`` -> ``void``). ``generator/config.yaml`` overrides the odd ones. Where two
operations would get one name, the later is told apart by what its path says that the other's
does not (``method_names``); its operationId is the last resort.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from generator.page_shapes import squash
from generator.procedures import PATH_PREFIXES, segments
from generator.settings import Settings
from generator.spec import WORDS, Operation, config_entry

ACTION_SEGMENTS = frozenset({"search"})
VERB_SEGMENTS = frozenset({
    "activate", "approve", "archive", "assign", "associate", "calculate", "cancel", "capture", "charge", "check",
    "clone", "close", "complete", "confirm", "copy", "deactivate", "disable", "disassociate", "dissociate", "enable",
    "evaluate", "finalize", "generate", "lock", "merge", "move", "pause", "preview", "publish", "read", "refresh",
    "refund", "reject", "reopen", "resend", "resolve", "restore", "resume", "retry", "revoke", "send", "submit",
    "sync", "unarchive", "unassign", "unlock", "unpublish", "validate", "verify", "void", "scroll", "count",
    "suspend", "unsuspend", "silence", "unsilence", "anonymize", "rotate", "logout", "create",
    "remove", "remind", "destroy", "edit", "reset", "accept", "decline", "release", "add",
    "start", "stop", "restart", "terminate", "resubmit", "register", "unregister", "subscribe",
    "unsubscribe", "withdraw", "promote", "sign", "encrypt", "decrypt", "renew", "trigger", "execute", "invite",
    "reboot", "deploy", "rollback", "attach", "detach", "upgrade", "enroll", "unenroll", "lint", "ship", "run",
    "reactivate", "authorize", "uncancel", "commit", "install", "uninstall", "unsync", "transfer", "increment",
    "decrement", "reconcile", "unreconcile", "allocate", "deallocate", "reverse", "settle", "unvoid", "redeploy",
    "recalculate", "reindex", "apply", "unapply", "unapprove", "post", "unpost", "recover", "duplicate", "grant",
    "signal", "estimate", "snooze",
})  # fmt: skip
"""Path words that say what is done to the collection before them, not a collection of their own
(Paystack's ``/transaction/verify/{reference}``: ``transactions.verify``; Brevo's
``/dedicated_account/assign``: ``dedicated_accounts.assign``), where no record's id comes between."""
KIND_WORDS = frozenset({"delete", "update"})
"""Verbs that are also kinds' names: a verb after a collection only (Dropbox Sign's
``/template/delete/{id}``: ``templates.delete``), where the kinds' own rules do not read them."""
ALL_VERBS = VERB_SEGMENTS | KIND_WORDS | {"upsert"}
"""Words that say a thing is done, wherever in a phrase (``bulk_update``, ``code/upsert``)."""
SELF_SEGMENTS = frozenset({"me", "self", "current", "mine", "whoami"})
"""A last segment naming the caller's own record of the collection before it (``/users/me``):
``users.get_me()``, not a collection of its own."""
QUALIFIER_SEGMENTS = frozenset({
    "top", "global", "local", "published", "shared", "latest", "recent", "popular", "trending", "featured",
    "pinned", "archived", "deleted", "default", "all", "active",
})  # fmt: skip
"""A last segment that picks some of the collection before it (Twitch's ``/games/top``, Neon's
``/projects/shared``, Figma's ``/variables/local``): ``games.list_top()``, not a collection of tops."""
MASS_NOUNS = frozenset({
    "data", "metadata", "media", "information", "info", "feedback", "software", "equipment", "staff", "personnel",
})  # fmt: skip
"""Words with no plural of their own (Mux's ``/data/v1/dimensions`` names ``data``, not ``datas``),
beside the config's ``uncountable`` for an API's own (our ``staff``)."""
IRREGULAR = {"children": "child", "people": "person", "men": "man", "women": "woman", "criteria": "criterion"}
"""Plurals that do not end in ``s`` (``/reseller/children``: ``children``, not ``childrens``)."""


class ResourceError(Exception):
    """The build cannot name or build the resources: two operations would get the same resource
    method (add an override in the config), or openapi-python-client could not read the description."""


ENDING_IN_S = frozenset({
    "status", "nexus", "bonus", "basis", "analysis", "alias", "census", "virus", "campus", "corpus", "axis", "thesis",
})  # fmt: skip
"""Singular words that end in ``s`` (``/companies/{id}/nexus``: ``create_nexus``, not ``create_nexu``);
named as written, as a mass noun is (``/builds/status``: ``status``)."""


def singular(word: str) -> str:
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.rsplit("_", 1)[-1] in ENDING_IN_S:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes", "zzes")):  # inboxes, batches: not inboxe
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


def plural(word: str, uncountable: frozenset[str]) -> str:
    if word in uncountable or word in MASS_NOUNS or word.rsplit("_", 1)[-1] in ENDING_IN_S:
        return word
    irregular = next((many for many, one in IRREGULAR.items() if one == word), None)
    if irregular is not None:
        return irregular
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


def action(op: Operation, collections: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """``(collection, action)`` of a path that ends in an action: a word after a record's id
    (``/jobs/{id}/export``), a verb after a collection (``/transaction/verify/{reference}``:
    ``VERB_SEGMENTS``), a list of a collection by its parent (Marqeta's ``/cards/user/{token}``:
    ``cards.list_by_user``), a word a POST sends to a record's ``actions`` (Hetzner's
    ``/servers/{id}/actions/poweroff``: ``servers.power_off``), a procedure of an RPC-style path
    (``/accounts/balance/get``: the collection is ``accounts_balance``, see
    ``generator.procedures``), a camelCase verb phrase after a collection (``/pet/findByStatus``),
    or a fragment that tells operations on one path apart (``/folders/{id}#add_shared_link``).
    ``collections`` are the paths a GET lists: a camelCase plural led by a noun there is one."""
    path, _, fragment = op.naming_path.partition("#")
    parts = [p for p in path.split("/") if p]
    if fragment and parts:
        collection = next((p for p in reversed(parts) if not p.startswith("{") and not PATH_PREFIXES.match(p)), "root")
        return collection, str(PythonIdentifier(fragment, prefix="action_"))
    found = (
        _phrase_before_parameter(op, parts)
        or _listed_by_parent(op, parts)
        or _records_action(op, parts)
        or _verb_after_collection(op, parts)
    )
    if found:
        return found
    if not parts or parts[-1].startswith("{") or PATH_PREFIXES.match(parts[-1]) or parts[-1].lower() in ACTION_SEGMENTS:
        return None
    word = str(PythonIdentifier(parts[-1], prefix="action_"))
    before = _before_parameters(op, parts)
    if before is not None:  # /jobs/{id}/export; a record of two ids too: Argo's /workflows/{namespace}/{name}/stop
        return before, word
    if op.procedure:  # /accounts/balance/get: what comes before the procedure (after any id) names it
        named = segments(path)[:-1]
        start = max((i + 1 for i, p in enumerate(named) if p.startswith("{")), default=0)
        # a builtin's name is a method's name as it is (``wallets.list``, as ``clients.list``)
        plain = parts[-1] if word == parts[-1] + "_" and not keyword.iskeyword(parts[-1]) else word
        return "_".join(named[start:]), plain
    verb_phrase = _camel_phrase(parts[-1], op.naming_path in collections) or _verb_led(parts[-1])
    own = parts[-1].lower() in SELF_SEGMENTS  # /users/me: the caller's own user
    if (
        (verb_phrase or own or _qualifies(op, parts))
        and len(parts) >= 2
        and not parts[-2].startswith("{")
        and not PATH_PREFIXES.match(parts[-2])
    ):
        return parts[-2], word
    return None


def _before_parameters(op: Operation, parts: list[str]) -> str | None:
    """The word before the parameter that precedes a path's last word (``jobs`` in
    ``/jobs/{id}/export``), or None. Before several parameters (a record named by two ids) only
    where the last word is something done, not read, to the record (Argo's ``PUT
    /workflows/{namespace}/{name}/stop``): a word of one thing whose path takes no GET. A
    collection under such a record, or a thing read there, keeps a resource of its own (Gitea's
    ``/repos/{owner}/{repo}/issues``: ``issues.list``, beside ``issues.get``)."""
    i = len(parts) - 2
    while i >= 0 and parts[i].startswith("{"):
        i -= 1
    if i == len(parts) - 2 or i < 0 or PATH_PREFIXES.match(parts[i]):
        return None
    several = i < len(parts) - 3
    if several and (op.readable or singular(parts[-1]) != parts[-1]):
        return None
    return parts[i]


def _camel_phrase(word: str, listed: bool) -> bool:
    """Whether a camelCase word is a phrase of what is done (``findByStatus``, ``uploadImage``), not
    a collection of its own: one a GET lists, led by a noun and ending in a plural, is a collection
    (Kill Bill's ``/1.0/kb/paymentMethods``, Twilio's ``CredentialLists``, Okta's ``linkedObjects``);
    unlisted, it may be a phrase all the same (Adyen's ``POST /terminals/scheduleActions``)."""
    if re.search(r"[a-z][A-Z]", word) is None:
        return False
    words = re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", word)
    lead, last = words[0].lower(), words[-1].lower()
    return not listed or lead in VERB_SEGMENTS | PHRASE_LEADS | KIND_WORDS or singular(last) == last


def _verb_led(word: str) -> bool:
    """Whether a snake_case word is a verb phrase (Dropbox Sign's ``create_embedded``, Paystack's
    ``submit_otp``, Hetzner's ``remove_from_resources``), not a collection."""
    lead = word.split("_", 1)[0].lower() if "_" in word else ""
    return lead in VERB_SEGMENTS | PHRASE_LEADS | KIND_WORDS | {"set"}  # Chargebee's set_account_credits


def _qualifies(op: Operation, parts: list[str]) -> bool:
    """Whether a GET's last word picks some of the collection before it (``/games/top``): not after
    the caller's own (``/articles/me/published``), nor after a separator (Gitea's ``/-/latest``)."""
    return (
        op.method in ("get", "delete")  # Vikunja's DELETE /test/all: test.delete_all, not alls.delete
        and len(parts) >= 2
        and parts[-1].lower() in QUALIFIER_SEGMENTS
        and parts[-2].lower() not in SELF_SEGMENTS
        and re.search("[A-Za-z]", parts[-2]) is not None
    )


PHRASE_LEADS = frozenset({"get", "find", "list", "search", "lookup", "fetch", "query", "count", "export", "by"})
"""The first words of a phrase that says how a collection is read (``GetByNumber``, ``ByProject``)."""


def _phrase_before_parameter(op: Operation, parts: list[str]) -> tuple[str, str] | None:
    """ASP.NET's attribute routes: a GET's phrase led by a verb or by ``By`` between a collection
    and a parameter says how the collection is read, not a collection of its own (``/Invoices/GetByNumber/
    {number}``: ``("Invoices", "get_by_number")``; ``/WipEntries/ByProject/{projectId}``:
    ``("WipEntries", "list_by_project")``, or ``get_by_project`` where it answers no list); so does
    a word that names the parameter after it (``/organizations/external_id/{external_id}``:
    ``get_by_external_id``)."""
    if op.method != "get" or len(parts) < 3 or not parts[-1].startswith("{") or any(p[:1] == "{" for p in parts[-3:-1]):
        return None
    if PATH_PREFIXES.match(parts[-3]):
        return None
    words = WORDS.findall(parts[-2])
    phrase = str(PythonIdentifier(parts[-2], prefix="action_"))
    key = squash(parts[-2]) == squash(parts[-1].strip("{}"))  # WorkOS's /organizations/external_id/{external_id}
    if key or (len(words) >= 2 and words[0].lower() == "by"):
        verb = ("list_" if op.kind == "list" else "get_") + ("by_" if key else "")
        return parts[-3], verb + phrase.removesuffix("_")  # get_by_type, not get_by_type_ (a builtin's)
    return (parts[-3], phrase) if len(words) >= 2 and words[0].lower() in PHRASE_LEADS else None


def _listed_by_parent(op: Operation, parts: list[str]) -> tuple[str, str] | None:
    """Marqeta's ``/cards/user/{token}``, a list of cards by user: ``("cards", "list_by_user")``."""
    if len(parts) < 3 or op.kind != "list" or not parts[-1].startswith("{"):
        return None
    collection, parent = parts[-3], parts[-2]
    if parent != singular(parent) or parent.lower() in ACTION_SEGMENTS | VERB_SEGMENTS or parent.startswith("{"):
        return None
    if collection.startswith("{") or PATH_PREFIXES.match(collection):
        return None
    return collection, "list_by_" + str(PythonIdentifier(parent, prefix="action_"))


def _records_action(op: Operation, parts: list[str]) -> tuple[str, str] | None:
    """Hetzner's ``POST /servers/{id}/actions/poweroff``: ``("servers", "poweroff")``; a plural
    there is a collection (Trello's ``actions/comments``), and a GET lists (Gitea's CI ``actions``)."""
    if len(parts) < 4 or op.method != "post" or parts[-2] != "actions" or parts[-1].startswith("{"):
        return None
    if (singular(parts[-1]) != parts[-1] and not _verb_led(parts[-1])) or not parts[-3].startswith("{"):
        return None
    if parts[-4].startswith("{"):
        return None
    return parts[-4], str(PythonIdentifier(parts[-1], prefix="action_"))


def _verb_after_collection(op: Operation, parts: list[str]) -> tuple[str, str] | None:
    """Paystack's ``/transaction/verify/{reference}``: ``("transaction", "verify")``; never on an
    RPC-style path, whose last word is its procedure (``generator.procedures``)."""
    at = max((i for i, p in enumerate(parts) if not p.startswith("{")), default=-1)
    verbs = VERB_SEGMENTS | KIND_WORDS if op.method == "post" else VERB_SEGMENTS  # a GET of /jobs/delete lists
    if at < 1 or op.procedure:
        return None
    collection = next((p for p in reversed(parts[:at]) if not p.startswith("{")), "")
    if _done_to_by_operation_id(op, parts[at], collection):  # Headscale's /node/{id}/rename/{newName}, RenameNode
        return collection, str(PythonIdentifier(parts[at], prefix="action_"))
    if not (parts[at].lower() in verbs or _verb_phrase_posted(op, parts[at]) or _one_thing_posted(op, parts, at)):
        return None
    before = parts[at - 1]
    if (
        before.startswith("{")
        and at < len(parts) - 1
        and op.method != "get"
        and collection
        and not PATH_PREFIXES.match(collection)
    ):
        before = collection  # DocuSign's /form_groups/{id}/unassign_form/{formId}: done to the form group
    if before.startswith("{") or PATH_PREFIXES.match(before):
        return None
    word = str(PythonIdentifier(parts[at], prefix="action_"))
    return before, word[:-1] if word == f"{parts[at]}_" and not keyword.iskeyword(parts[at]) else word


def _one_thing_posted(op: Operation, parts: list[str], at: int) -> bool:
    """Whether a POST names one thing of the collection before it, on a path nothing reads
    (Prefect's ``POST /flow_runs/lateness`` and ``/flow_runs/history``: a report on the flow runs,
    not a ``latenesses`` collection created in): a singular word after a plural one."""
    word, before = parts[at].lower(), parts[at - 1].lower()
    return (
        op.method == "post"
        and not op.readable
        and at == len(parts) - 1
        and singular(word) == word != plural(word, frozenset())
        and singular(before) not in (before, word)  # Keycloak's /executions/execution makes one
        and op.success_status != "201"
        and not CREATING.match(op.operation_id)  # Aiwyn's createCustomRecordType: POST /records/custom
    )


CREATING = re.compile(r"(?i:create)(?![a-z])")
"""An operationId that says the operation makes something: ``createCustomRecordType``."""


def _done_to_by_operation_id(op: Operation, word: str, collection: str) -> bool:
    """Whether a write's operationId is its path's last word and the collection before it, and
    nothing else (``ExpireApiKey`` for ``POST /apikey/expire``, ``RenameNode``, ``ShutdownSystem``,
    a service's prefix aside): the word is what is done to the collection, not a collection."""
    if op.method == "get" or not collection or PATH_PREFIXES.match(collection):
        return False
    said = squash(op.operation_id.rpartition("_")[2])
    done = squash(word)
    return any(said == done + squash(form) for form in {collection, singular(collection)}) and said != squash(
        collection
    )


def _verb_phrase_posted(op: Operation, word: str) -> bool:
    """Whether a POST's last word is a phrase holding a verb, on a path nothing reads (Paperless's
    ``POST /documents/bulk_edit/``, ``/processed_mail/bulk_delete/``): done to the collection before it."""
    words = _words(word)
    return op.method == "post" and not op.readable and len(words) > 1 and bool(words & ALL_VERBS)


NOUN_VERBS = (ALL_VERBS | {"upload", "replace", "set", "change", "import", "save", "mark", "toggle"}) - {"post"}
"""Verbs an operationId may start with to say what a POST does to a record's one thing; not an
HTTP method's name, which generators put there (Mastodon's ``postAccountBlock``)."""


def _verb_of_operation_id(op: Operation, word: str) -> str:
    """``<verb>_`` where a POST on a record's one thing (``/plans/{code}/metadata``) has an operationId
    that starts with a verb and names the thing (Lago's ``replacePlanMetadata``: ``replace_metadata``,
    Gitea's ``UploadUserAvatar``: ``upload_avatar``); else "", and the bare word names it."""
    named = op.operation_id.rpartition("_")[2]
    words = WORDS.findall(named)
    lead = words[0].lower() if words else ""
    return f"{lead}_" if lead in NOUN_VERBS and squash(word) in squash(named) and squash(word) != lead else ""


def _words(word: str) -> set[str]:
    """The words of a path's word, as its Python name parts them (``bulk_edit``, ``addDomain``)."""
    return set(str(PythonIdentifier(word, prefix="w")).lower().split("_"))


def default_resource(op: Operation, uncountable: frozenset[str], collections: frozenset[str] = frozenset()) -> str:
    found = action(op, collections)
    if found and op.dotted and op.procedure:  # a namespace (Slack's chat, dnd), named as the API names it
        return resource_name(found[0], uncountable | {str(PythonIdentifier(found[0], prefix="resource_"))})
    if found:  # the action belongs to the collection it acts on
        raw = found[0]
    else:
        literal = [p for p in op.naming_path.split("/") if p and not p.startswith("{") and not PATH_PREFIXES.match(p)]
        named = [p for p in literal if p.lower() not in ACTION_SEGMENTS] or literal or ["root"]  # /search alone: search
        raw = named[-1]
    return resource_name(raw, uncountable)


def resource_name(raw: str, uncountable: frozenset[str]) -> str:
    """The resource a path's word names (``bank-accounts`` -> ``bank_accounts``, ``invoice`` ->
    ``invoices``): the one rule ``default_resource`` and ``told_apart`` read words by."""
    word = str(PythonIdentifier(raw, prefix="resource_"))
    if word.endswith("_") and not raw.endswith("_"):  # a builtin's name (/bin, /next) pluralised is none
        word = word[:-1]
    one = singular(word)
    if one in uncountable:
        name = one  # the config's uncountable nouns (``wip``: /wips/search is wip)
    elif word in uncountable or raw.lower() in ACTION_SEGMENTS or raw.lower() in SELF_SEGMENTS or one != word:
        name = word  # a plural stays as written: Stripe's persons beside its people
    else:
        name = plural(word, uncountable)
    return f"{name}_" if keyword.iskeyword(name) else name  # `/a` makes `as`, `/i` `is`: a module's name


REMOVED = re.compile(r"deleted|trash|archived|removed")
"""The first word of a path under removed records (``/deleted-nodes``, ``/trashcan``)."""


def default_method(op: Operation, collections: frozenset[str] = frozenset()) -> str:
    """The method's name from its path and kind; ``collections`` are the paths a GET lists. A POST
    under a record creates in a collection (``create_<noun>``) where a GET lists the same path and
    the word is a plural, or the POST answers 201 or a body (Wise's ``/profiles/{id}/quotes``:
    ``create_quote``; bunq's ``/monetary-account/{id}/payment``: ``create_payment``), or where the
    word is a plural (Fiken's journal entries, Meilisearch's ``/indexes/{uid}/documents``), unless
    the plural is a verb's and no GET lists it (Checkout's ``/payments/{id}/captures``:
    ``capture``); any other POST does what its word says (``/invoices/{id}/void``: ``void``;
    Front's ``/messages/{id}/seen``, a 204: ``seen``)."""
    found = action(op, collections)
    if op.method in ("head", "options", "trace"):  # named by the method: Harbor's HEAD /projects checks a name
        return f"{op.method}_{found[1]}" if found else op.method
    if found and "#" in op.naming_path:
        return found[1]  # the fragment already says what it does (add_shared_link)
    if found:
        word = found[1]
        parts = op.naming_path.rstrip("/").split("/")
        if parts[-1].lower() in SELF_SEGMENTS:  # /users/me: users.get_me, users.update_me
            return {"get": "get_", "put": "update_", "patch": "update_", "delete": "delete_"}.get(op.method, "") + word
        if _qualifies(op, parts):  # games.list_top, variables.get_local
            kind = "download_" if op.binary else "list_" if op.kind == "list" else "get_"
            return str(PythonIdentifier(("delete_" if op.method == "delete" else kind) + parts[-1], prefix="op_"))
        said = _verb_led(word) or _camel_phrase(parts[-1], False) or bool(_words(word) & ALL_VERBS)
        if op.method in ("put", "patch", "delete") and not said:  # Radarr's DELETE /queue/bulk: never a bare bulk()
            return f"{HTTP_VERBS[op.method]}_{word.removesuffix('_')}"
        if not parts[-2].startswith("{"):
            return word  # a verb phrase already says what it does (find_by_status)
        plural, created = singular(word) != word, op.success_status == "201"
        listed = op.naming_path in collections and (plural or created or op.returns_body)
        if op.method == "post" and (listed or (plural and not _verb_led(word))):  # a collection under the record
            one = singular(word)  # Checkout's /payments/{id}/captures captures: a verb's plural, not listed
            return one if plural and not listed and one.lower() in VERB_SEGMENTS else f"create_{one}"
        if op.method in ("put", "patch") and (word.lower() in VERB_SEGMENTS or _verb_led(word)):
            return word  # a PUT to /users/{id}/suspend suspends; to /invoices/{id}/commitInvoice commits it
        prefix = {
            "get": "download_" if op.binary else "list_" if op.kind == "list" else "get_",
            "put": "update_",
            "patch": "update_",
            "delete": "delete_",
        }
        verb = prefix.get(op.method, "") or (
            _verb_of_operation_id(op, word) if op.method == "post" and not said else ""
        )
        if verb and (word == verb[:-1] or word.startswith(verb)):  # /download: download, not download_download
            return word
        return verb + (word[:-1] if verb and word.endswith("_") else word)  # get_list, not get_list_ (a builtin's)
    if op.binary and op.method == "get":
        return "download"
    if op.batch_field:
        return {"post": "upsert" if op.idempotent else "create", "put": "update", "delete": "delete"}.get(
            op.method, op.method
        )
    words = [p for p in segments(op.naming_path) if not p.startswith("{")]
    if len(words) >= 2 and words[-1].lower() in ACTION_SEGMENTS and op.kind in ("list", "create"):
        return words[-1].lower()  # POST /invoices/search searches invoices, whatever it answers; /search alone lists
    return {"list": "list", "search": "search", "get": "get"}.get(op.kind, op.kind)


def override_of(settings: Settings, op: Operation) -> dict[str, Any]:
    return config_entry(settings.operation_overrides, op.operation_id, op.method, op.path) or {}


def method_name(settings: Settings, op: Operation, collections: frozenset[str] = frozenset()) -> tuple[str, str]:
    """``(resource, method)`` of an operation: the config's override, else the path-and-kind rule
    (``collections``: the paths a GET lists)."""
    config = settings.raw.get("resources") or {}
    override = override_of(settings, op)
    uncountable = frozenset(config.get("uncountable") or ())
    resource = override.get("resource") or default_resource(op, uncountable, collections)
    return resource, override.get("method") or default_method(op, collections)


def method_names(
    settings: Settings, operations: Sequence[Operation], notes: list[str]
) -> dict[Operation, tuple[str, str]]:
    """``(resource, method)`` of each operation, in the description's order: the config's override,
    else the path-and-kind rule (``method_name``), a POST on a record being an update where
    ``updates_record`` says so. Where two operations would get one name, the less nested path
    keeps it (``/subscriptions/{id}`` before ``/customers/{customer}/subscriptions/{id}``) and the
    other is told apart by its path (``told_apart``), else by its operationId; a line in ``notes``
    says how. Where nothing tells them apart the build stops and asks for an override."""
    named: dict[Operation, tuple[str, str]] = {}
    taken: dict[tuple[str, str], Operation] = {}
    neighbours = Neighbours.of(operations)
    collections = frozenset(op.naming_path for op in operations if op.method == "get" and op.kind == "list")
    first = {op: method_name(settings, op, collections) for op in operations}
    spelling = _one_spelling(resource for resource, _ in first.values())
    uncountable = frozenset((settings.raw.get("resources") or {}).get("uncountable") or ())

    shared = _shared_start([segments(op.naming_path) for op in operations])

    def order(op: Operation) -> tuple[int, bool, bool]:
        """Less nested paths first; of two as nested, one under its resource's own collection
        (Clerk's ``/domains/{id}`` before ``/beta_features/domain``, which took ``domains.update``),
        read after the words every path starts with (OpenMeter's ``/openmeter/...``); then one not
        under removed records (Alfresco's ``/nodes/{id}/renditions/{id}`` before
        ``/deleted-nodes/{id}/renditions/{id}``: ``renditions.get`` read a trashed node's rendition
        and ``renditions.delete`` deleted a live one's)."""
        words = [p for p in segments(op.naming_path)[shared:] if not p.startswith("{")]
        own = bool(words) and resource_name(words[0], uncountable) == first[op][0]
        return len(segments(op.naming_path)), not own, bool(words) and REMOVED.match(squash(words[0])) is not None

    collection_of: dict[str, str] = {}  # the resource of each collection's path, by its own word
    for op in sorted(operations, key=order):  # stable: the description's order next
        resource, method = first[op]
        path = op.naming_path.rstrip("/")
        if not override_of(settings, op).get("resource"):
            resource = spelling.get(resource.replace("_", ""), resource)
            if op.procedure:  # MoySklad's /entity/customerorder/delete: the collection's
                resource = collection_of.get(path.rpartition("/")[0], resource)
        listed = not op.procedure or op.kind == "list"  # a list is a collection, whatever its last word
        if listed and resource == resource_name(path.rpartition("/")[2], uncountable):
            collection_of.setdefault(path, resource)
        overridden = bool(override_of(settings, op).get("method"))
        if not overridden:
            method = neighbours.settle(op, method)
        other = taken.get((resource, method))
        if other is not None and {other.method, op.method} == {"put", "patch"} and other.naming_path == op.naming_path:
            # PUT and PATCH on one path: PUT replaces the whole record, PATCH updates some fields
            # (update_status, replace_status on a record's /status: Kubernetes').
            put = other if other.method == "put" else op
            replace = "replace" + method.removeprefix("update") if method.startswith("update") else f"replace_{method}"
            if put is other and (resource, replace) not in taken:
                named[other] = (resource, replace)
                taken[(resource, replace)] = other
                other = None
            elif put is op:
                method = replace
                other = taken.get((resource, method))
        if other is not None and not overridden and _bulk_beside(op, other, method, collections):
            bulk = _bulk(other, method)  # the record's write keeps the plain verb: delete(id), not delete()
            if (resource, bulk) not in taken and not override_of(settings, other).get("method"):
                notes.append(
                    f"{other.label}: named {resource}.{bulk}, a write on many; {op.label} is {resource}.{method}"
                )
                del taken[(resource, method)]
                named[other], taken[(resource, bulk)] = (resource, bulk), other
                other = None
        if other is not None and not overridden:
            told = told_apart(op, other, resource, method)
            update = f"update_{method}" if op.method in ("put", "patch") and not method.startswith("update") else None
            if told is not None and (resource, told) not in taken:
                fallback, by = told, "its path"
            elif update is not None and (resource, update) not in taken:
                fallback, by = update, "its HTTP method"  # DocuSign's PUT .../{envelopeId}/retry_queue
            else:
                fallback, by = _fallback_name(op, other, resource, frozenset(taken)), "its operationId"
            if (resource, fallback) not in taken:
                notes.append(
                    f"{op.label}: {resource}.{method} is taken by {other.label}; named {resource}.{fallback} by {by}"
                )
                method, other = fallback, None
        if other is not None:
            raise ResourceError(
                f"{op.label} ({op.operation_id}) and {other.label} ({other.operation_id}) both map to "
                f"{resource}.{method}; name one under resources.overrides in generator/config.yaml "
                f"(key {op.label!r}: {{method: ...}})"
            )
        taken[(resource, method)] = op
        named[op] = (resource, method)
    return {op: named[op] for op in operations}


@dataclass(frozen=True)
class Neighbours:
    """What the other operations of a description say of one operation's name: the writes by
    method and path, the paths with records below them, the PUTs that create, and the singular
    things beside their plurals' records."""

    writes: frozenset[tuple[str, str]]
    put_creates: frozenset[Operation]
    singletons: frozenset[Operation]

    @classmethod
    def of(cls, operations: Sequence[Operation]) -> Neighbours:
        writes = {(op.method, op.naming_path) for op in operations}
        records = {op.naming_path.rstrip("/").rpartition("/")[0] for op in operations if _on_record_path(op)}
        put_creates = {op for op in operations if _puts_new(op, writes) and op.naming_path.rstrip("/") in records}
        writes |= {("post", op.naming_path) for op in put_creates}  # it creates, as a POST does
        return cls(frozenset(writes), frozenset(put_creates), frozenset(_singletons(operations, records)))

    def settle(self, op: Operation, method: str) -> str:
        """``method`` (the path-and-kind rule's) as the neighbours read it."""
        if method == "create" and updates_record(op, self.writes):
            method = "update"
        if method == "update" and op in self.put_creates:
            method = "create"
        if method == "create" and _on_record_path(op) and (said := _summary_verb(op)):
            method = said  # Woodpecker's POST /crons/{cron}, "Start a cron job now": crons.start
        if op in self.singletons and method in KIND_VERBS:
            method = f"{method}_current"  # Stripe's GET /v1/account beside /v1/accounts/{account}
        if method in VERB_SEGMENTS and _a_thing_there(op, self.writes) and op not in self.put_creates:
            method = f"update_{method}"  # DocuSign's lock, Docker's archive: a PUT updates what the GET reads
        return method


def _bulk_beside(op: Operation, other: Operation, method: str, collections: frozenset[str]) -> bool:
    """Whether ``op`` writes one record (``DELETE /message/{id}``) where ``other``, which took its
    name, does the same write on the listed collection above it (``DELETE /message``)."""
    parent, _, last = op.naming_path.rstrip("/").rpartition("/")
    return (
        method in BULK_VERBS
        and op.method == other.method
        and last.startswith("{")
        and parent == other.naming_path.rstrip("/")
        and other.naming_path in collections
    )


BULK_VERBS = frozenset({"update", "replace", "delete"})
"""What a write on a collection is called where its records take the same write one by one."""


def _bulk(op: Operation, method: str) -> str:
    """The name of a write on a whole collection beside the same write on each record (Gotify's
    ``DELETE /message``, "delete all messages", beside ``DELETE /message/{id}``; NetBox's bulk
    ``PUT``, ``PATCH`` and ``DELETE /circuits/``): the record's keeps the plain verb, as a caller
    expects of ``delete(id)``, and this one says it acts on many (``delete_many``), or on every
    record where it takes nothing that could choose them (``delete_all``)."""
    choosing = op.raw.get("requestBody") or any(
        not isinstance(p, Mapping) or p.get("in") != "path" for p in op.raw.get("parameters") or ()
    )
    return f"{method}_many" if choosing or op.method != "delete" else "delete_all"


def _shared_start(paths: list[list[str]]) -> int:
    """How many literal segments every path starts with (a description whose paths all begin
    ``/openmeter/``), short of any path's last."""
    if len(paths) < 2:
        return 0
    count = 0
    for column in zip(*(p[:-1] for p in paths), strict=False):
        if len(set(column)) != 1 or column[0].startswith("{"):
            break
        count += 1
    return count


def _one_spelling(resources: Iterable[str]) -> dict[str, str]:
    """Resources whose words differ only in case (Reckon One's ``/creditnotes`` beside
    ``/creditNotes/{id}``: ``creditnotes`` and ``credit_notes``), each to the spelling with the
    most words, so one collection is one resource."""
    best: dict[str, str] = {}
    for resource in resources:
        key = resource.replace("_", "")
        if key not in best or resource.count("_") > best[key].count("_"):
            best[key] = resource
    return {key.replace("_", ""): resource for key, resource in best.items()}


def _puts_new(op: Operation, writes: set[tuple[str, str]]) -> bool:
    """Whether a PUT on a collection's path makes a record of it: it answers 201 Created, and no
    POST on the path does so (Vikunja's ``PUT /projects``, whose records are updated by ``POST
    /projects/{id}``); the caller checks that records sit below the path."""
    on_record = _on_record_path(op)
    return (
        op.method == "put" and op.success_status == "201" and not on_record and ("post", op.naming_path) not in writes
    )


def _singletons(operations: Sequence[Operation], records: set[str]) -> set[Operation]:
    """The operations of a path naming one thing by a singular word where the plural of that word
    beside it holds records of their own (Stripe's ``/v1/account``, the caller's own, beside
    ``/v1/accounts/{account}``; Gitea's ``/user`` beside ``/users/{username}``): both name one
    resource, and the records keep the plain names, as ``get(id)`` is expected to take an id, where
    the singleton took ``get()`` and ``delete()`` and the records ``get_accounts_account``."""
    found = set()
    for op in operations:
        parent, _, word = op.naming_path.rstrip("/").rpartition("/")
        if not op.readable or not word or word.startswith("{") or singular(word) != word:
            continue  # unread, a singular path may just create one (Brevo's POST /smtp/email sends one)
        many = plural(word, frozenset())
        if many != word and f"{parent}/{many}" in records:
            found.add(op)
    return found


def _summary_verb(op: Operation) -> str | None:
    """The verb a summary starts with (``VERB_SEGMENTS``): what a POST on a record that neither
    creates nor updates it does, where its path says nothing more ("Restart a pipeline")."""
    first = re.match(r"[A-Za-z]+", op.summary.strip())
    word = first[0].lower() if first else ""
    return word if word in VERB_SEGMENTS and word not in KIND_WORDS | {"create"} else None


def _on_record_path(op: Operation) -> bool:
    """Whether the operation's path ends in a parameter: one record's (``/projects/{id}``)."""
    return op.naming_path.rstrip("/").rpartition("/")[2].startswith("{")


def updates_record(op: Operation, writes: Set[tuple[str, str]]) -> bool:
    """A POST on a record (``/customers/{customer}``, or Mercury's ``/recipient/{id}`` beside
    ``/recipients``) whose collection creates with a POST and which
    has no PUT or PATCH updates that record: Stripe and Lob update so. Where the record has a PUT or
    a PATCH, its POST does something else (Box's ``POST /files/{file_id}`` restores a trashed file)
    and keeps the name its path or operationId gives."""
    parent, _, last = op.naming_path.rstrip("/").rpartition("/")
    head, _, word = parent.rpartition("/")
    collections = {parent, f"{head}/{plural(word, frozenset())}"}  # Mercury's /recipient/{id} of /recipients
    return (
        op.method == "post"
        and last.startswith("{")
        and any(("post", path) in writes for path in collections)
        and not {("put", op.naming_path), ("patch", op.naming_path)} & writes
    )


KIND_VERBS = frozenset({"list", "search", "get", "create", "update", "replace", "delete", "download", "upsert"})
"""Method names that say only what an operation does: told apart, they take the noun they act on."""
RECORD_VERBS = frozenset({"get", "update", "replace", "delete", "download"})
"""What a record's own operation may be told apart by (a POST on a record that is no update is not
its creation: it keeps its operationId)."""
HTTP_VERBS = {"get": "get", "post": "create", "put": "update", "patch": "update", "delete": "delete"}
VERSION = re.compile(r"^v\d+$")


def _a_thing_there(op: Operation, writes: Set[tuple[str, str]]) -> bool:
    """Whether a PUT or PATCH to a verb's path updates a thing of that name: the path is read
    (``GET``) or made (``POST``) too (DocuSign's envelope lock, Docker's container archive), where
    alone (Discourse's ``PUT /users/{id}/suspend``) it does what the verb says."""
    return op.method in ("put", "patch") and bool({("get", op.naming_path), ("post", op.naming_path)} & writes)


def told_apart(op: Operation, other: Operation, resource: str, method: str) -> str | None:
    """The name of ``op``, whose ``method`` ``other`` took, from what its path says that the other's
    does not; None when nothing does.

    - one path, two HTTP methods that a path's word names alike (Square's
      ``GET`` and ``POST /v2/bookings/custom-attribute-definitions``, Box's metadata templates):
      the HTTP method's verb leads (``create_custom_attribute_definitions``);
    - a list ending in ``/search`` beside the collection's own list (Stripe's
      ``GET /v1/charges/search``, Square's ``POST /v2/customers/search``): ``search``;
    - a collection of one name under other parents or namespaces (Stripe's
      ``/v1/customers/{customer}/bank_accounts/{id}`` beside ``/v1/account/bank_accounts/{id}``,
      Square's ``/v2/webhooks/subscriptions`` beside ``/v2/subscriptions``): the parents' words the
      other lacks, singular, before the noun (``get_customer_bank_account``,
      ``list_webhook_subscriptions``), or after ``for`` where the method names an action
      (``list_filters_for_subscription``);
    - a record's operation beside its collection's of one verb (DigitalOcean's
      ``DELETE /v2/droplets/{droplet_id}`` beside ``DELETE /v2/droplets``, which deletes by tag):
      the noun after the verb (``delete_droplet``);
    - a version the other lacks (PagerDuty's ``/v3/schedules/{id}/overrides``): after (``_v3``).
    """
    if op.naming_path == other.naming_path:
        # a word of the path names both; a kind's verb (list, create) says nothing more
        verb = HTTP_VERBS.get(op.method)
        return f"{verb}_{method}" if verb and method not in KIND_VERBS and not method.startswith(f"{verb}_") else None
    parent, _, last = op.naming_path.rstrip("/").rpartition("/")
    if parent == other.naming_path.rstrip("/") and last.startswith("{") and method in RECORD_VERBS:
        return f"{method}_{singular(resource)}"  # the record's own, beside the collection's (bulk) one
    mine = [p for p in op.naming_path.partition("#")[0].split("/") if p]
    theirs = set(other.naming_path.partition("#")[0].split("/"))
    base = mine[-1].lower() if mine and mine[-1].lower() in ACTION_SEGMENTS and method in ("list", "create") else method
    last_word = next((p for p in reversed(mine) if not p.startswith("{")), "")
    words = [p for p in segments(op.naming_path) if not p.startswith("{") and p != last_word and p not in theirs]
    qualifiers = [
        singular(str(PythonIdentifier(w, prefix="x_"))) for w in words if resource_name(w, frozenset()) != resource
    ]
    versions = [p for p in mine if VERSION.match(p) and p not in theirs]
    name = base
    if qualifiers:
        noun = resource if base in ("list", "search") else singular(resource)
        between = "_".join(qualifiers)
        name = f"{base}_{between}_{noun}" if base in KIND_VERBS else f"{base}_for_{between}"
    if versions:
        name = "_".join([name, *versions])
    return str(PythonIdentifier(name, prefix="op_")) if name != method else None


ROUTE = re.compile(r"^(api|rest|gql|v\d+)$")
"""Words of an operationId that route a request rather than name what it does (Radarr's
``GetApiV3ConfigDownloadclientById``: ``get_config_downloadclient_by_id``)."""


def _fallback_name(op: Operation, other: Operation, resource: str, taken: frozenset[tuple[str, str]]) -> str:
    """The name of a method whose path-and-kind name another operation took, where its path does
    not tell it apart (``told_apart``): its operationId; when that names a method already taken,
    followed by the words of its path the other's lacks, else by a number."""
    verb, *rest = str(PythonIdentifier(op.operation_id, prefix="op_")).split("_")
    while len(rest) > 1 and ROUTE.match(rest[0]):
        rest.pop(0)  # the route after the verb: get_api_v3_config_... (a version further on tells apart)
    fallback = "_".join([verb, *rest])
    if (resource, fallback) not in taken:
        return fallback
    theirs = set(other.naming_path.split("/"))
    words = [part for part in op.naming_path.split("/") if part and not part.startswith("{") and part not in theirs]
    candidate = str(PythonIdentifier("_".join([fallback, *words]), prefix="op_")) if words else fallback
    unique, n = candidate, 2
    while (resource, unique) in taken:
        unique, n = f"{candidate}_{n}", n + 1
    return unique
