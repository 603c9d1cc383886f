"""Method names of real descriptions, read from their structure (``generator.method_names``).

The path-and-kind rule names most operations (``/customers/{id}``: ``customers.get``). Where it
gives two operations one name, the less nested path keeps it and the other is told apart by what
its path says that the other's does not, as the descriptions these cases come from (Stripe, Square,
Lago, PagerDuty, Box, DigitalOcean) write them; its operationId is the last resort, and every
such choice is a line in the build's output.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from generator.method_names import _fallback_name, method_names, plural, singular
from generator.resources import resources
from generator.spec import SpecIndex
from tests.support.descriptions import settings_for

RECORD = {"type": "object", "properties": {"id": {"type": "string"}}}
RECORDS = {"type": "array", "items": RECORD}
"""What a list answers."""
OVERRIDE = {"type": "object", "properties": {"id": {"type": "string"}, "start": {"type": "string"}}}
OVERRIDES = {"type": "object", "properties": {"overrides": {"type": "array", "items": OVERRIDE}}}


def _op(operation_id: str, path: str, schema: dict[str, Any] = RECORD) -> dict[str, Any]:
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": schema}}}}
    params = [
        {"name": name.strip("{}"), "in": "path", "required": True, "schema": {"type": "string"}}
        for name in path.split("/")
        if name.startswith("{")
    ]
    return {"operationId": operation_id, "parameters": params, "responses": ok}


def _description(operations: dict[str, str | tuple[str, dict[str, Any]]]) -> dict[str, Any]:
    """A description of ``{"METHOD /path": operationId}`` (or ``(operationId, answer schema)``)."""
    paths: dict[str, dict[str, Any]] = {}
    for label, given in operations.items():
        method, path = label.split(" ", 1)
        operation_id, schema = given if isinstance(given, tuple) else (given, RECORD)
        paths.setdefault(path, {})[method.lower()] = _op(operation_id, path, schema)
    return {"openapi": "3.0.3", "info": {"title": "t", "version": "1"}, "paths": paths}


def _named(operations: dict[str, str | tuple[str, dict[str, Any]]]) -> tuple[dict[str, str], list[str]]:
    """``{"METHOD /path": "resource.method"}`` for a description of ``operations``, and the notes."""
    index = SpecIndex(_description(operations))
    notes: list[str] = []
    named = method_names(settings_for(None), index.operations, notes)
    return {op.label: f"{resource}.{method}" for op, (resource, method) in named.items()}, notes


def test_a_post_on_a_record_whose_collection_creates_by_post_is_its_update() -> None:
    """Stripe and Lob update with ``POST /v1/customers/{customer}``; their records have no PUT or PATCH."""
    names, notes = _named({"POST /v1/customers": "PostCustomers", "POST /v1/customers/{customer}": "PostCustomersId"})
    assert names == {"POST /v1/customers": "customers.create", "POST /v1/customers/{customer}": "customers.update"}
    assert notes == []


def test_a_data_formats_suffix_names_nothing() -> None:
    """Twilio's ``/Accounts.json`` and ``/Accounts/{Sid}.json``, Discourse's ``/admin/backups.json``,
    Moneybird's ``/contacts{format}``: the suffix says how the answer is written, not what it holds.
    Read as part of the word, it named ``accounts_jsons.list`` and made the record's POST a create."""
    names, _ = _named(
        {
            "GET /2010-04-01/Accounts.json": ("ListAccount", RECORDS),
            "POST /2010-04-01/Accounts.json": "CreateAccount",
            "POST /2010-04-01/Accounts/{Sid}.json": "UpdateAccount",
            "GET /{administration_id}/contacts{format}": ("getContacts", RECORDS),
            "GET /{administration_id}/contacts/{id}{format}": "getContact",
        }
    )
    assert names == {
        "GET /2010-04-01/Accounts.json": "accounts.list",
        "POST /2010-04-01/Accounts.json": "accounts.create",
        "POST /2010-04-01/Accounts/{Sid}.json": "accounts.update",
        "GET /{administration_id}/contacts{format}": "contacts.list",
        "GET /{administration_id}/contacts/{id}{format}": "contacts.get",
    }


def test_a_put_to_a_verb_does_what_the_verb_says_unless_the_path_is_a_thing_read_too() -> None:
    """Recurly's ``PUT /subscriptions/{id}/cancel`` cancels (``update_cancel`` read as updating a
    cancel); DocuSign's envelope lock is read, made and updated: its PUT updates the lock."""
    names, _ = _named(
        {
            "PUT /subscriptions/{subscription_id}/cancel": "cancelSubscription",
            "GET /envelopes/{envelopeId}/lock": "getLock",
            "POST /envelopes/{envelopeId}/lock": "createLock",
            "PUT /envelopes/{envelopeId}/lock": "updateLock",
        }
    )
    assert names == {
        "PUT /subscriptions/{subscription_id}/cancel": "subscriptions.cancel",
        "GET /envelopes/{envelopeId}/lock": "envelopes.get_lock",
        "POST /envelopes/{envelopeId}/lock": "envelopes.lock",
        "PUT /envelopes/{envelopeId}/lock": "envelopes.update_lock",
    }


def test_a_post_on_a_record_under_the_singular_of_its_collection_is_its_update() -> None:
    """Mercury: ``/recipients`` lists and creates, ``/recipient/{id}`` reads and (by POST) edits."""
    names, _ = _named(
        {
            "POST /recipients": "createRecipient",
            "GET /recipient/{id}": "getRecipient",
            "POST /recipient/{id}": "editRecipient",
        }
    )
    assert names["POST /recipient/{id}"] == "recipients.update"


def test_a_word_that_picks_some_of_the_collection_before_it_names_a_method_of_it() -> None:
    """Twitch's ``/games/top``, Jira's ``/project/recent``, Figma's ``/variables/local``, Kratos'
    ``/sessions/whoami``: they were resources of their own (``tops.list``, ``whoamis.list``)."""
    names, _ = _named(
        {
            "GET /games/top": ("getTopGames", RECORDS),
            "GET /rest/api/3/project/recent": ("getRecent", RECORDS),
            "GET /files/{file_key}/variables/local": "getLocalVariables",
            "GET /sessions/whoami": "toSession",
        }
    )
    assert names == {
        "GET /games/top": "games.list_top",
        "GET /rest/api/3/project/recent": "projects.list_recent",
        "GET /files/{file_key}/variables/local": "variables.get_local",
        "GET /sessions/whoami": "sessions.get_whoami",
    }


def test_a_builtins_name_after_a_verb_needs_no_underscore() -> None:
    """Trello's ``/cards/{id}/list`` was ``cards.get_list_``: ``list`` alone is a builtin's name, not
    ``get_list``."""
    names, _ = _named({"GET /cards/{id}/list": "getCardList", "PUT /event_orchestrations/{id}/global": "putGlobal"})
    assert names == {
        "GET /cards/{id}/list": "cards.get_list",
        "PUT /event_orchestrations/{id}/global": "event_orchestrations.update_global",
    }


def test_a_word_with_no_plural_and_a_verb_said_twice() -> None:
    """Mastodon's ``/api/v1/media`` and Lago's ``/plans/{code}/metadata/{key}`` named ``medias`` and
    ``metadatas`` (Mux's ``datas``); Apideck's ``/files/{id}/download`` ``files.download_download``."""
    download = {"200": {"description": "a file", "content": {"application/octet-stream": {}}}}
    names, _ = _named({"GET /api/v1/media/{id}": "getMedia", "DELETE /plans/{code}/metadata/{key}": "deleteKey"})
    assert names == {"GET /api/v1/media/{id}": "media.get", "DELETE /plans/{code}/metadata/{key}": "metadata.delete"}
    index = SpecIndex(
        {
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/files/{id}/download": {"get": {**_op("downloadFile", "/files/{id}/download"), "responses": download}}
            },
        }
    )
    named = method_names(settings_for(None), index.operations, [])
    assert [f"{resource}.{method}" for resource, method in named.values()] == ["files.download"]


def test_a_post_on_a_record_that_has_a_put_is_no_update_and_keeps_its_operation_id() -> None:
    """Box's ``POST /files/{file_id}`` restores a trashed file; ``PUT /files/{file_id}`` updates it."""
    names, notes = _named(
        {"POST /files": "createFile", "PUT /files/{file_id}": "updateFile", "POST /files/{file_id}": "restoreFile"}
    )
    assert names["PUT /files/{file_id}"] == "files.update"
    assert names["POST /files/{file_id}"] == "files.restore_file"
    assert notes == [
        "POST /files/{file_id}: files.create is taken by POST /files; named files.restore_file by its operationId"
    ]


def test_an_action_on_a_record_is_named_by_the_last_word_of_its_path() -> None:
    names, _ = _named({"POST /invoices/{id}/void": "PostInvoicesInvoiceVoid", "GET /invoices/{id}/lines": "lines"})
    assert names == {"POST /invoices/{id}/void": "invoices.void", "GET /invoices/{id}/lines": "invoices.get_lines"}


def test_the_less_nested_path_keeps_the_name_and_the_other_takes_its_parents_words() -> None:
    """Stripe's subscriptions, under a customer and on their own; its bank accounts, under the
    account, an account and a customer."""
    names, notes = _named(
        {
            "GET /v1/customers/{customer}/subscriptions/{id}": "GetCustomerSubscription",
            "GET /v1/subscriptions/{id}": "GetSubscription",
            "GET /v1/account/bank_accounts/{id}": "GetAccountBankAccount",
            "DELETE /v1/customers/{customer}/bank_accounts/{id}": "DeleteCustomerBankAccount",
            "DELETE /v1/account/bank_accounts/{id}": "DeleteAccountBankAccount",
        }
    )
    assert names == {
        "GET /v1/customers/{customer}/subscriptions/{id}": "subscriptions.get_customer_subscription",
        "GET /v1/subscriptions/{id}": "subscriptions.get",
        "GET /v1/account/bank_accounts/{id}": "bank_accounts.get",
        "DELETE /v1/customers/{customer}/bank_accounts/{id}": "bank_accounts.delete_customer_bank_account",
        "DELETE /v1/account/bank_accounts/{id}": "bank_accounts.delete",
    }
    assert (
        "GET /v1/customers/{customer}/subscriptions/{id}: subscriptions.get is taken by GET /v1/subscriptions/{id}; "
        "named subscriptions.get_customer_subscription by its path" in notes
    )


def test_a_collection_in_a_namespace_takes_the_namespace_before_its_noun() -> None:
    """Square's webhook subscriptions beside its subscriptions; an action takes its parent after ``for``."""
    names, _ = _named(
        {
            "GET /v2/subscriptions": "ListSubscriptions",
            "GET /v2/webhooks/subscriptions": "ListWebhookSubscriptions",
            "GET /plans/{code}/charges/{charge_code}/filters": "findAllPlanChargeFilters",
            "GET /subscriptions/{external_id}/charges/{charge_code}/filters": "findAllSubscriptionChargeFilters",
        }
    )
    assert names == {
        "GET /v2/subscriptions": "subscriptions.list",
        "GET /v2/webhooks/subscriptions": "subscriptions.list_webhook_subscriptions",
        "GET /plans/{code}/charges/{charge_code}/filters": "charges.get_filters",
        "GET /subscriptions/{external_id}/charges/{charge_code}/filters": "charges.get_filters_for_subscription",
    }


def test_a_list_ending_in_search_beside_the_collections_list_is_its_search() -> None:
    page = {
        "type": "object",
        "properties": {"data": {"type": "array", "items": RECORD}, "has_more": {"type": "boolean"}},
    }
    names, _ = _named({"GET /v1/charges": ("GetCharges", page), "GET /v1/charges/search": ("GetChargesSearch", page)})
    assert names == {"GET /v1/charges": "charges.list", "GET /v1/charges/search": "charges.search"}


def test_one_word_naming_two_http_methods_of_one_path_takes_the_verb_of_the_later() -> None:
    """Square's ``GET`` and ``POST /v2/bookings/custom-attribute-definitions`` (a word under several
    collections: a procedure's), and a camelCase phrase of one thing alike."""
    names, _ = _named(
        {
            "GET /bookings/customAttributeSchema": "GetSchema",
            "POST /bookings/customAttributeSchema": "CreateSchema",
        }
    )
    assert names == {
        "GET /bookings/customAttributeSchema": "bookings.custom_attribute_schema",
        "POST /bookings/customAttributeSchema": "bookings.create_custom_attribute_schema",
    }


def test_a_write_on_a_listed_collection_beside_the_same_write_on_each_record_acts_on_many() -> None:
    """Gotify's ``DELETE /message`` deletes every message and ``DELETE /message/{id}`` one; a caller
    expects ``delete(id)`` of the one, and a plain ``delete()`` that empties the collection is a trap.
    The record's write keeps the plain verb; the collection's says it acts on many (DigitalOcean's
    ``DELETE /v2/droplets?tag_name=``: ``delete_many``), or on every record where it takes nothing
    that could choose them (``delete_all``)."""
    names, notes = _named(
        {"GET /message": ("listMessages", RECORDS), "DELETE /message": "deleteMessages", "DELETE /message/{id}": "del"}
    )
    assert (names["DELETE /message"], names["DELETE /message/{id}"]) == ("messages.delete_all", "messages.delete")
    assert notes == [
        "DELETE /message: named messages.delete_all, a write on many; DELETE /message/{id} is messages.delete"
    ]
    droplets = _description(
        {"GET /v2/droplets": ("list", RECORDS), "DELETE /v2/droplets": "byTag", "DELETE /v2/droplets/{id}": "destroy"}
    )
    droplets["paths"]["/v2/droplets"]["delete"]["parameters"] = [
        {"name": "tag_name", "in": "query", "schema": {"type": "string"}}
    ]
    named = method_names(settings_for(None), SpecIndex(droplets).operations, [])
    assert sorted(f"{resource}.{method}" for resource, method in named.values()) == [
        "droplets.delete", "droplets.delete_many", "droplets.list",
    ]  # fmt: skip


def test_a_records_write_beside_an_unlisted_paths_takes_the_noun() -> None:
    """Where the path above is no listed collection (a settings object, say), nothing says its write
    acts on the records below: the less nested keeps the name, as everywhere."""
    names, _ = _named({"DELETE /v2/droplets": "droplets_destroy_byTag", "DELETE /v2/droplets/{id}": "droplets_destroy"})
    assert names == {"DELETE /v2/droplets": "droplets.delete", "DELETE /v2/droplets/{id}": "droplets.delete_droplet"}


def test_where_the_paths_say_nothing_more_the_operation_id_names_it() -> None:
    """Square's ``/v2/inventory/adjustment/{id}`` and ``/v2/inventory/adjustments/{id}`` differ by a letter."""
    names, notes = _named(
        {
            "GET /v2/inventory/adjustment/{id}": "DeprecatedRetrieveInventoryAdjustment",
            "GET /v2/inventory/adjustments/{id}": "RetrieveInventoryAdjustment",
        }
    )
    assert names["GET /v2/inventory/adjustments/{id}"] == "adjustments.retrieve_inventory_adjustment"
    assert notes[0].endswith("by its operationId")


def test_a_version_the_other_path_lacks_follows_the_name(tmp_path: Path) -> None:
    """PagerDuty describes its v3 schedule overrides beside the older ones: built, through the parse."""
    ok = {"200": {"description": "ok", "content": {"application/json": {"schema": OVERRIDES}}}}
    param = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}

    def listing(operation_id: str) -> dict[str, Any]:
        return {"get": {"operationId": operation_id, "parameters": [param], "responses": ok}}

    spec = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/schedules/{id}/overrides": listing("listScheduleOverrides"),
            "/v3/schedules/{id}/overrides": listing("listOverrides"),
        },
    }
    path = tmp_path / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    settings = settings_for(path)
    index = SpecIndex.from_settings(settings)
    found, _, _ = resources(settings, index)
    names = {m.op.path: f"{r.name}.{m.name}" for r in found for m in r.methods}
    assert names == {
        "/schedules/{id}/overrides": "schedules.list_overrides",
        "/v3/schedules/{id}/overrides": "schedules.list_overrides_v3",
    }
    assert (
        "GET /v3/schedules/{id}/overrides: schedules.list_overrides is taken by GET /schedules/{id}/overrides; "
        "named schedules.list_overrides_v3 by its path" in index.normalised
    )


def test_a_path_without_a_parameter_answering_one_object_is_got_not_listed() -> None:
    """Stripe's ``/v1/account`` answers the account: ``accounts.get()``, not ``accounts.list()``.
    So is Harvest's ``/users/me``, whose ``roles`` are an array of strings. One whose name says it
    lists stays a list, whatever its answer's schema (Slack documents ``/admin.teams.list`` as a
    bare ``{ok}``), and so does an answer holding an array of records (Stripe's ``/v1/balance``),
    an array named after the path (``/tags``: ``{tags: [...]}``) or one beside a paging field.
    A record with an ``id`` of its own is one, whatever arrays of records it holds (Kavita's
    ``GET /api/Chapter?chapterId=``: a chapter and its files)."""
    strings = {"type": "array", "items": {"type": "string"}}
    account = {"type": "object", "properties": {"id": {"type": "string"}, "email": {"type": "string"}}}
    me = {"type": "object", "properties": {"id": {"type": "integer"}, "roles": strings}}
    bare_ok = {"type": "object", "properties": {"ok": {"type": "boolean"}}}
    amounts = {"type": "array", "items": {"type": "object", "properties": {"amount": {"type": "integer"}}}}
    balance = {"type": "object", "properties": {"available": amounts}}
    tags = {"type": "object", "properties": {"tags": strings}}
    labels = {"type": "object", "properties": {"values": strings, "total": {"type": "integer"}}}
    chapter = {"type": "object", "properties": {"id": {"type": "integer"}, "files": amounts}}
    names, _ = _named(
        {
            "GET /api/Chapter": ("getChapter", chapter),
            "GET /v1/account": ("GetAccount", account),
            "GET /v2/users/me": ("retrieveTheCurrentUser", me),
            "GET /v1/teams": ("listTeams", bare_ok),
            "GET /v1/balance": ("GetBalance", balance),
            "GET /v1/tags": ("getTags", tags),
            "GET /v1/label": ("getAllLabels", labels),
        }
    )
    assert names == {
        "GET /api/Chapter": "chapters.get",
        "GET /v1/account": "accounts.get",
        "GET /v2/users/me": "users.get_me",
        "GET /v1/teams": "teams.list",
        "GET /v1/balance": "balances.list",
        "GET /v1/tags": "tags.list",
        "GET /v1/label": "labels.list",
    }


def test_put_and_patch_on_a_records_subresource_are_its_replace_and_update_too() -> None:
    """Kubernetes: PUT and PATCH on ``/apiservices/{name}`` and on ``/apiservices/{name}/status``.
    Both PUTs were named ``replace``, one method writing over the other in the package."""
    base = "/apis/apiregistration.k8s.io/v1/apiservices/{name}"
    names, _ = _named(
        {
            f"PUT {base}": "replaceAPIService",
            f"PATCH {base}": "patchAPIService",
            f"PUT {base}/status": "replaceAPIServiceStatus",
            f"PATCH {base}/status": "patchAPIServiceStatus",
        }
    )
    assert names == {
        f"PUT {base}": "apiservices.replace",
        f"PATCH {base}": "apiservices.update",
        f"PUT {base}/status": "apiservices.replace_status",
        f"PATCH {base}/status": "apiservices.update_status",
    }


def test_a_post_on_a_collection_under_a_record_creates_in_it() -> None:
    """Wise's ``/profiles/{id}/quotes``, Front's ``/conversations/{id}/comments``: a GET lists the
    collection and a POST creates in it (``create_quote``), also where the word is singular and the
    POST answers a record (bunq's ``payment``), or no GET lists it and the POST answers 201 (Fiken's
    journal entries); a POST on a word no GET lists is the action it names (``void``), and so is one
    answering nothing on a word that is no plural (Front's ``seen``, marked by ``markSeen``)."""
    quotes = {"type": "array", "items": RECORD}
    description = _description({
        "GET /profiles/{id}/quotes": ("listQuotes", quotes),
        "POST /profiles/{id}/quotes": "createQuote",
        "POST /invoices/{id}/void": "voidInvoice",
        "GET /messages/{id}/seen": ("listSeen", quotes),
        "POST /messages/{id}/seen": "markSeen",
        "GET /inboxes/{id}/boxes": ("listBoxes", quotes),
        "POST /inboxes/{id}/boxes": "addBox",
        "GET /monetary-account/{id}/payment": ("listPayments", quotes),
        "POST /monetary-account/{id}/payment": "createPayment",
        "POST /companies/{id}/journalEntries": "createJournalEntry",
    })  # fmt: skip
    description["paths"]["/messages/{id}/seen"]["post"]["responses"] = {"204": {"description": "marked seen"}}
    description["paths"]["/companies/{id}/journalEntries"]["post"]["responses"] = {"201": {"description": "made"}}
    named = method_names(settings_for(None), SpecIndex(description).operations, [])
    names = {op.label: f"{r}.{m}" for op, (r, m) in named.items()}
    assert names["POST /profiles/{id}/quotes"] == "profiles.create_quote"
    assert names["POST /invoices/{id}/void"] == "invoices.void"
    assert names["POST /messages/{id}/seen"] == "messages.mark_seen"
    assert names["POST /inboxes/{id}/boxes"] == "inboxes.create_box"
    assert names["POST /monetary-account/{id}/payment"] == "monetary_accounts.create_payment"  # bunq: singular
    assert names["POST /companies/{id}/journalEntries"] == "companies.create_journal_entry"  # Fiken: a 201


def test_resource_words_keep_their_plurals_and_builtins_are_plain_words() -> None:
    """A builtin's name (``/bin/{bin}``) makes ``bins``, not ``bin_s``; a plural is kept as written
    (``children``, not ``childrens``; Stripe's ``persons`` beside its ``people``); ``/search`` alone
    is ``search``, and ``/users/me`` the caller's own user."""
    names, _ = _named({
        "GET /bin/{bin}": "resolveBin",
        "GET /reseller/children": ("listChildren", {"type": "array", "items": RECORD}),
        "GET /v1/account/persons/{person}": "GetPerson",
        "GET /v1/account/people/{person}": "GetPeople",
        "GET /search": ("search", {"type": "array", "items": RECORD}),
        "GET /users/me": "getMe",
        "GET /me": "whoAmI",
    })  # fmt: skip
    assert names == {
        "GET /bin/{bin}": "bins.get",
        "GET /reseller/children": "children.list",
        "GET /v1/account/persons/{person}": "persons.get",
        "GET /v1/account/people/{person}": "people.get",
        "GET /search": "search.list",
        "GET /users/me": "users.get_me",
        "GET /me": "me.get",
    }


def test_a_verb_after_a_collection_is_what_is_done_to_it() -> None:
    """Paystack's ``/transaction/verify/{reference}`` verifies a transaction; HubSpot's
    ``/crm/v3/objects/companies/merge`` merges companies: the verb is the method of the collection
    before it, not a collection of its own (``verifies``, ``merges``)."""
    names, _ = _named({
        "GET /transaction/verify/{reference}": "transaction_verify",
        "POST /crm/v3/objects/companies/merge": "merge",
        "POST /subaccounts/pause": "pauseSubaccount",
    })  # fmt: skip
    assert names == {
        "GET /transaction/verify/{reference}": "transactions.verify",
        "POST /crm/v3/objects/companies/merge": "companies.merge",
        "POST /subaccounts/pause": "subaccounts.pause",
    }


def test_a_page_under_a_parents_id_is_a_list_by_that_parent() -> None:
    """Marqeta's ``/cards/user/{token}?count=&start_index=`` answers a page of a user's cards, not
    a user: ``cards.list_by_user(token)``. A path ending in an id whose answer has an ``id`` is
    that record, whatever arrays it holds."""
    page = {"type": "object", "properties": {"count": {"type": "integer"}, "data": {"type": "array", "items": RECORD}}}
    group = {"type": "object", "properties": {"id": {"type": "string"}, "members": {"type": "array", "items": RECORD}}}
    description = _description(
        {"GET /cards/user/{token}": ("listCardsByUser", page), "GET /groups/{id}": ("getGroup", group)}
    )
    for name in ("count", "start_index"):
        description["paths"]["/cards/user/{token}"]["get"]["parameters"].append(
            {"name": name, "in": "query", "schema": {"type": "integer"}}
        )
    index = SpecIndex(description)
    named = method_names(settings_for(None), index.operations, [])
    assert {op.label: f"{r}.{m}" for op, (r, m) in named.items()} == {
        "GET /cards/user/{token}": "cards.list_by_user",
        "GET /groups/{id}": "groups.get",
    }


def test_a_post_to_a_records_actions_is_that_action() -> None:
    """Hetzner's ``POST /servers/{id}/actions/poweroff`` powers a server off: ``servers.power_off(id)``,
    not ``poweroffs.create``; Gitea's ``GET /orgs/{org}/actions/runs`` lists CI runs, no action."""
    names, _ = _named({
        "POST /servers/{id}/actions/poweroff": "power_off_server",
        "POST /collections/{name}/points/count": "count_points",
    })  # fmt: skip
    assert names == {
        "POST /servers/{id}/actions/poweroff": "servers.power_off",
        "POST /collections/{name}/points/count": "points.count",
    }


def test_a_version_written_as_a_number_names_nothing() -> None:
    """Jira's ``/rest/api/3/...`` and Sentry's ``/api/0/...``: the number versions the API, as ``v2``
    does. Read as a word, it named ``resource_3s.project_category`` and ``rest_3s.project``."""
    names, _ = _named(
        {
            "GET /rest/api/3/project": ("getAllProjects", RECORDS),
            "GET /rest/api/3/projectCategory": ("getAllProjectCategories", RECORDS),
            "GET /api/0/organizations/{org}/teams": ("listTeams", RECORDS),
            "GET /v2.1/accounts/{id}": "getAccount",
        }
    )
    assert names == {
        "GET /rest/api/3/project": "projects.list",
        "GET /rest/api/3/projectCategory": "project_categories.list",
        "GET /api/0/organizations/{org}/teams": "organizations.list_teams",
        "GET /v2.1/accounts/{id}": "accounts.get",
    }


def test_a_search_under_a_collection_is_its_search_whatever_it_answers() -> None:
    """SendGrid's ``POST /v3/marketing/contacts/search`` and Plaid's ``/institutions/search`` were
    ``create``, Square's ``POST /v2/orders/search`` ``list``: a search creates nothing. ``/search``
    alone (Spotify's) has no collection to search and lists."""
    names, _ = _named(
        {
            "POST /v3/marketing/contacts/search": "searchContacts",
            "POST /api/v1/Invoices/Search": ("Invoices_Search", RECORDS),
            "GET /search": ("search", RECORDS),
        }
    )
    assert names == {
        "POST /v3/marketing/contacts/search": "contacts.search",
        "POST /api/v1/Invoices/Search": "invoices.search",
        "GET /search": "search.list",
    }


def test_a_phrase_before_a_parameter_says_how_the_collection_is_read() -> None:
    """ASP.NET's attribute routes (``/Invoices/GetByNumber/{number}``), Square's
    ``/bank-accounts/by-v1-id/{id}``, Coinbase's ``/accounts/by-name/{name}``: not collections of
    ``get_by_numbers`` or ``by_names``. PascalCase words read as lower-case ones do: ``/Staff/Me``
    is the caller's own staff record."""
    names, _ = _named(
        {
            "GET /api/v1/Invoices/GetByNumber/{number}": "Invoices_GetByNumber",
            "GET /api/v1/WipEntries/ByProject/{projectId}": "Wip_ByProject",
            "GET /v2/bank-accounts/by-v1-id/{v1_id}": "GetBankAccountByV1Id",
            "GET /api/v1/Staff/Me": "Staff_Me",
        }
    )
    assert names == {
        "GET /api/v1/Invoices/GetByNumber/{number}": "invoices.get_by_number",
        "GET /api/v1/WipEntries/ByProject/{projectId}": "wip_entries.get_by_project",
        "GET /v2/bank-accounts/by-v1-id/{v1_id}": "bank_accounts.get_by_v1_id",
        "GET /api/v1/Staff/Me": "staff.get_me",
    }


def test_a_singular_word_ending_in_s_keeps_it() -> None:
    """AvaTax's ``/companies/{id}/nexus`` made ``create_nexu``; ``skus`` and ``apis`` are plurals."""
    assert [singular(word) for word in ("nexus", "flag_status", "skus", "apis", "analysis")] == [
        "nexus",
        "flag_status",
        "sku",
        "api",
        "analysis",
    ]
    assert plural("status", frozenset()) == "status"


def test_an_odata_key_reads_as_a_segment_of_its_own() -> None:
    """Business Central's ``/companies({company_id})/customers({customer_id})``: read as one word,
    the customer's GET was ``customerscustomer_ids.list``, and 323 of 324 names alike."""
    names, _ = _named(
        {
            "GET /companies({company_id})/customers": (
                "listCustomers",
                {"type": "object", "properties": {"value": RECORDS}},
            ),
            "GET /companies({company_id})/customers({customer_id})": "getCustomer",
            "DELETE /companies({company_id})/customers({customer_id})": "deleteCustomer",
        }
    )
    assert names == {
        "GET /companies({company_id})/customers": "companies.list_customers",
        "GET /companies({company_id})/customers({customer_id})": "customers.get",
        "DELETE /companies({company_id})/customers({customer_id})": "customers.delete",
    }


def test_procedures_called_by_dotted_names_are_a_namespace_and_a_procedure() -> None:
    """Slack's ``/chat.postMessage`` and Unkey's ``/v2/keys.createKey``: read as one word, Slack's
    174 names were ``chat_post_messages.create`` and alike, Unkey's ``keys_create_keys.create``. A
    few dotted segments are no such thing (Kubernetes' ``events.k8s.io``, a ``.json`` suffix)."""
    names, _ = _named(
        {
            "POST /chat.postMessage": "chat_postMessage",
            "GET /conversations.list": (
                "conversations_list",
                {"type": "object", "properties": {"channels": {"type": "array", "items": RECORD}}},
            ),
            "POST /admin.users.session.reset": "admin_users_session_reset",
            "POST /v2/keys.createKey": "keys.createKey",
        }
    )
    assert names == {
        "POST /chat.postMessage": "chat.post_message",
        "GET /conversations.list": "conversations.list",
        "POST /admin.users.session.reset": "admin_users_session.reset",
        "POST /v2/keys.createKey": "keys.create_key",
    }
    names, _ = _named({"GET /apis/events.k8s.io/v1/events": "listEvents", "GET /admin/backups.json": "getBackups"})
    assert names == {"GET /apis/events.k8s.io/v1/events": "events.list", "GET /admin/backups.json": "backups.get"}


def test_a_verb_or_a_verb_phrase_after_a_collection_is_what_is_done_to_it() -> None:
    """Dropbox Sign's ``POST /template/delete/{id}`` was ``deletes.create``, its
    ``/signature_request/create_embedded`` ``create_embeddeds.create``; Paystack's
    ``/charge/submit_otp`` ``submit_otps.create``. A GET of a collection that happens to be named
    ``delete`` (Sentry's replay deletion jobs) still lists it."""
    names, _ = _named(
        {
            "POST /template/delete/{template_id}": "templateDelete",
            "POST /signature_request/remind/{signature_request_id}": "signatureRequestRemind",
            "POST /signature_request/create_embedded": "signatureRequestCreateEmbedded",
            "DELETE /team/destroy": "teamDestroy",
            "POST /charge/submit_otp": "submitOtp",
            "POST /firewalls/{id}/actions/remove_from_resources": "removeFromResources",
            "GET /replays/jobs/delete/": ("listDeletionJobs", RECORDS),
        }
    )
    assert names == {
        "POST /template/delete/{template_id}": "templates.delete",
        "POST /signature_request/remind/{signature_request_id}": "signature_requests.remind",
        "POST /signature_request/create_embedded": "signature_requests.create_embedded",
        "DELETE /team/destroy": "teams.destroy",
        "POST /charge/submit_otp": "charges.submit_otp",
        "POST /firewalls/{id}/actions/remove_from_resources": "firewalls.remove_from_resources",
        "GET /replays/jobs/delete/": "deletes.list",
    }


def test_a_word_naming_the_parameter_after_it_is_a_lookup_by_that_key() -> None:
    """WorkOS's ``/organizations/external_id/{external_id}`` was ``external_ids.get``, Marqeta's
    ``/cards/barcode/{barcode}`` ``barcodes.get``."""
    names, _ = _named(
        {
            "GET /organizations/external_id/{external_id}": "getOrganizationByExternalId",
            "GET /cards/barcode/{barcode}": "getCardByBarcode",
            "GET /decision/bin/{bin}": "resolveBin",
        }
    )
    assert names == {
        "GET /organizations/external_id/{external_id}": "organizations.get_by_external_id",
        "GET /cards/barcode/{barcode}": "cards.get_by_barcode",
        "GET /decision/bin/{bin}": "decisions.get_by_bin",
    }


def test_words_that_differ_only_in_case_name_one_resource() -> None:
    """Reckon One lists ``/{bookId}/creditnotes`` and reads ``/{bookId}/creditNotes/{id}``: one
    collection was two resources, ``creditnotes.list`` beside ``credit_notes.get``."""
    names, _ = _named(
        {
            "GET /{bookId}/creditnotes": ("listCreditNotes", RECORDS),
            "POST /{bookId}/creditNotes": "createCreditNote",
            "GET /{bookId}/creditNotes/{creditNoteId}": "getCreditNote",
        }
    )
    assert set(names.values()) == {"credit_notes.list", "credit_notes.create", "credit_notes.get"}


def test_a_record_under_its_own_collection_keeps_its_name_before_a_path_under_another() -> None:
    """Clerk's ``PUT /beta_features/domain`` (an instance setting) took ``domains.update`` from
    ``PATCH /domains/{domain_id}``, as nested as it and earlier in the description."""
    names, _ = _named(
        {"PUT /beta_features/domain": "updateInstanceDomain", "PATCH /domains/{domain_id}": "updateDomain"}
    )
    assert names == {
        "PUT /beta_features/domain": "domains.update_beta_feature_domain",
        "PATCH /domains/{domain_id}": "domains.update",
    }


def test_a_procedure_on_a_collection_s_own_path_is_that_collection_s() -> None:
    """MoySklad's ``POST /entity/customerorder/delete`` (many at once) beside ``GET
    /entity/customerorder``: ``entity_customerorders.delete`` was a resource apart from
    ``customerorders``, 294 of its operations alike."""
    names, _ = _named(
        {
            **{f"GET /entity/{kind}": (f"get_{kind}s", RECORDS) for kind in ("customerorder", "demand", "invoiceout")},
            **{f"GET /entity/{kind}/{{id}}": f"get_{kind}" for kind in ("customerorder", "demand", "invoiceout")},
            **{f"POST /entity/{kind}/delete": f"delete_{kind}s" for kind in ("customerorder", "demand", "invoiceout")},
        }
    )
    assert names["POST /entity/customerorder/delete"] == "customerorders.delete"
    assert names["POST /entity/demand/delete"] == "demands.delete"


def test_an_action_on_a_record_of_two_ids_is_the_collections_and_a_collection_under_it_keeps_its_own() -> None:
    """Argo's ``PUT /workflows/{namespace}/{name}/stop`` was ``stops.update``; Gitea's ``POST
    /repos/{owner}/{repo}/transfer`` ``transfers.create``. A word of one thing whose path takes no
    GET is something done to the record; a collection under it (Gitea's issues) keeps its own."""
    names, _ = _named(
        {
            "GET /workflows/{namespace}/{name}": "getWorkflow",
            "PUT /workflows/{namespace}/{name}/stop": "stopWorkflow",
            "PUT /workflows/{namespace}/{name}/terminate": "terminateWorkflow",
            "POST /repos/{owner}/{repo}/transfer": "repoTransfer",
            "GET /repos/{owner}/{repo}/issues": ("listIssues", RECORDS),
            "POST /repos/{owner}/{repo}/issues": "createIssue",
            "GET /repos/{owner}/{repo}/issues/{index}": "getIssue",
            "PATCH /time_entries/{id}/stop": "stopTimeEntry",
        }
    )
    assert names == {
        "GET /workflows/{namespace}/{name}": "workflows.get",
        "PUT /workflows/{namespace}/{name}/stop": "workflows.stop",
        "PUT /workflows/{namespace}/{name}/terminate": "workflows.terminate",
        "POST /repos/{owner}/{repo}/transfer": "repos.transfer",
        "GET /repos/{owner}/{repo}/issues": "issues.list",
        "POST /repos/{owner}/{repo}/issues": "issues.create",
        "GET /repos/{owner}/{repo}/issues/{index}": "issues.get",
        "PATCH /time_entries/{id}/stop": "time_entries.stop",
    }


def test_a_post_to_a_plural_under_a_record_creates_one_unless_the_plural_is_a_verbs() -> None:
    """Meilisearch's ``POST /indexes/{uid}/documents`` (a 202) was ``indexes.documents``, read as a
    getter; Checkout's ``POST /payments/{id}/captures`` ``payments.captures``. A verb phrase keeps
    its words (Chargebee's ``set_account_credits``)."""
    names, _ = _named(
        {
            "POST /indexes/{uid}/documents": "addDocuments",
            "POST /payments/{id}/captures": "capturePayment",
            "POST /customers/{id}/set_account_credits": "setAccountCredits",
        }
    )
    assert names == {
        "POST /indexes/{uid}/documents": "indexes.create_document",
        "POST /payments/{id}/captures": "payments.capture",
        "POST /customers/{id}/set_account_credits": "customers.set_account_credits",
    }


def test_a_head_or_options_is_named_by_its_method() -> None:
    """Harbor's ``HEAD /projects`` (is a name taken) was ``projects.other``, Weaviate's ``HEAD
    /objects/{className}/{id}`` ``objects.other``: the kind every method but the usual five had."""
    names, _ = _named(
        {
            "GET /objects/{className}/{id}": "getObject",
            "HEAD /objects/{className}/{id}": "objectExists",
            "HEAD /containers/{id}/archive": "archiveInfo",
            "OPTIONS /nodes/{name}/proxy/{path}": "proxyOptions",
        }
    )
    assert names == {
        "GET /objects/{className}/{id}": "objects.get",
        "HEAD /objects/{className}/{id}": "objects.head",
        "HEAD /containers/{id}/archive": "containers.head_archive",
        "OPTIONS /nodes/{name}/proxy/{path}": "proxies.options",
    }


def test_one_record_in_an_envelopes_data_is_got_whatever_arrays_sit_beside_it() -> None:
    """Yapily's ``GET /identity`` answers ``{meta, data: Identity, links, forwardedData: [...]}``:
    it was ``identities.list``, its forwarded request data taken for the page."""
    identity = {"type": "object", "properties": {"id": {"type": "string"}, "fullName": {"type": "string"}}}
    forwarded = {"type": "array", "items": {"type": "object", "properties": {"url": {"type": "string"}}}}
    answer = {
        "type": "object",
        "properties": {"meta": {"type": "object"}, "data": identity, "forwardedData": forwarded},
    }
    names, _ = _named({"GET /identity": ("getIdentity", answer)})
    assert names == {"GET /identity": "identities.get"}


def test_words_run_together_in_a_path_are_parted_as_the_operation_id_spells_them() -> None:
    """ShipStation's ``POST /orders/markasshipped`` (``MarkAnOrderAsShipped``) was
    ``markasshippeds.create``, and 24 more like it; Hetzner's ``poweroff`` reads ``power_off``. A
    segment the operationId does not spell from its first word stays one word (``metadata`` of
    ``GetMetaData``)."""
    names, _ = _named(
        {
            "GET /orders": ("ListOrders", {"type": "array", "items": RECORD}),
            "POST /orders/markasshipped": "MarkAnOrderAsShipped",
            "POST /orders/createorder": "Create/updateOrder",
            "POST /shipments/voidlabel": "VoidLabel",
            "GET /carriers/getcarrier": "GetCarrier",
            "POST /servers/{id}/actions/poweroff": "power_off_server",
            "GET /things/{id}/metadata": "GetMetaData",
        }
    )
    assert names == {
        "GET /orders": "orders.list",
        "POST /orders/markasshipped": "orders.mark_as_shipped",
        "POST /orders/createorder": "orders.create_order",
        "POST /shipments/voidlabel": "shipments.void_label",
        "GET /carriers/getcarrier": "carriers.get_carrier",
        "POST /servers/{id}/actions/poweroff": "servers.power_off",
        "GET /things/{id}/metadata": "things.get_metadata",
    }


def test_a_camel_case_plural_led_by_a_noun_that_a_get_lists_is_a_collection() -> None:
    """Kill Bill's ``/1.0/kb/paymentMethods`` is a collection, not the phrase ``payment_methods``
    done to ``kb``; ``findByStatus`` is what is done to pets, and ``scheduleActions``, which no GET
    lists, may be a phrase too (Adyen's ``POST /terminals/scheduleActions``)."""
    names, _ = _named(
        {
            "GET /1.0/kb/paymentMethods": ("getPaymentMethods", RECORDS),
            "POST /1.0/kb/paymentMethods": "createPaymentMethod",
            "GET /pet/findByStatus": ("findPetsByStatus", RECORDS),
            "POST /terminals/scheduleActions": "scheduleActions",
        }
    )
    assert names == {
        "GET /1.0/kb/paymentMethods": "payment_methods.list",
        "POST /1.0/kb/paymentMethods": "payment_methods.create",
        "GET /pet/findByStatus": "pets.find_by_status",
        "POST /terminals/scheduleActions": "terminals.schedule_actions",
    }


def test_a_put_of_a_verb_or_a_verb_led_phrase_on_a_record_does_it() -> None:
    """Kill Bill's ``PUT /payments/{id}/authorize`` and ``/invoices/{id}/commitInvoice``, Keycloak's
    ``PUT /users/{id}/reset-password``: what the words say is done, not a thing updated; a verb's
    name another operation took is then the update of that thing (DocuSign's retry queue)."""
    names, _ = _named(
        {
            "PUT /payments/{id}/authorize": "authorizePayment",
            "PUT /invoices/{id}/commitInvoice": "commitInvoice",
            "PUT /users/{id}/reset-password": "resetPassword",
            "PUT /users/{id}/avatar": "putAvatar",
            "POST /envelopes/retry_queue": "retryQueue",
            "PUT /envelopes/{id}/retry_queue": "retryOne",
        }
    )
    assert names == {
        "PUT /payments/{id}/authorize": "payments.authorize",
        "PUT /invoices/{id}/commitInvoice": "invoices.commit_invoice",
        "PUT /users/{id}/reset-password": "users.reset_password",
        "PUT /users/{id}/avatar": "users.update_avatar",
        "POST /envelopes/retry_queue": "envelopes.retry_queue",
        "PUT /envelopes/{id}/retry_queue": "envelopes.update_retry_queue",
    }


def test_a_write_on_a_word_that_says_nothing_done_keeps_its_http_verb() -> None:
    """Radarr's ``DELETE /queue/bulk`` (``bulk`` ends three paths, a procedure's word) was a bare
    ``queues.bulk()`` that deleted; a verb's word or phrase (``bulk-update``) says it already."""
    names, _ = _named(
        {
            "DELETE /queue/bulk": "deleteQueueBulk",
            "DELETE /tag/bulk": "deleteTagBulk",
            "DELETE /indexer/bulk": "deleteIndexerBulk",
            "PUT /vendors/bulk-update": "bulkUpdateVendors",
        }
    )
    assert names["DELETE /queue/bulk"] == "queues.delete_bulk"
    assert names["PUT /vendors/bulk-update"] == "vendors.bulk_update"


def test_a_put_that_answers_created_on_a_collection_creates_and_a_post_on_its_record_updates() -> None:
    """Vikunja creates by ``PUT /projects`` (201) and updates by ``POST /projects/{id}``: named by
    the HTTP method alone, ``projects.update()`` created and ``projects.create(id)`` updated.
    ``DELETE /test/all`` empties every table: ``tests.delete_all``, not ``alls.delete``."""
    described = _description(
        {
            "PUT /projects": "putProjects",
            "GET /projects/{id}": "getProject",
            "POST /projects/{id}": "postProject",
            "PUT /projects/{id}/duplicate": "duplicateProject",
            "DELETE /test/all": "truncate",
        }
    )
    described["paths"]["/projects"]["put"]["responses"] = {"201": {"description": "created"}}
    index = SpecIndex(described)
    named = method_names(settings_for(None), index.operations, [])
    assert {op.label: f"{resource}.{method}" for op, (resource, method) in named.items()} == {
        "PUT /projects": "projects.create",
        "GET /projects/{id}": "projects.get",
        "POST /projects/{id}": "projects.update",
        "PUT /projects/{id}/duplicate": "projects.duplicate",
        "DELETE /test/all": "tests.delete_all",
    }


def test_a_post_of_a_phrase_holding_a_verb_after_a_collection_is_done_to_it() -> None:
    """Paperless's ``POST /documents/bulk_edit/``, Mailchimp Transactional's ``/inbound/add-domain``,
    Square's ``/catalog/batch-delete``: what is done to the collection, not a collection of
    ``bulk_edits`` created; a path that is read (``GET``) too keeps its own resource."""
    names, _ = _named(
        {
            "GET /documents": ("listDocuments", RECORDS),
            "POST /documents/bulk_edit": "bulkEdit",
            "POST /inbound/add-domain": "addDomain",
            "POST /catalog/batch-delete": "batchDelete",
        }
    )
    assert names == {
        "GET /documents": "documents.list",
        "POST /documents/bulk_edit": "documents.bulk_edit",
        "POST /inbound/add-domain": "inbounds.add_domain",
        "POST /catalog/batch-delete": "catalogs.batch_delete",
    }


def test_a_singular_thing_read_beside_its_plurals_records_is_the_current_one() -> None:
    """Stripe's ``/v1/account`` (the caller's own account) beside ``/v1/accounts/{account}``: one
    resource, where the singleton took ``get()`` and ``delete()`` and the records
    ``get_accounts_account(account)``. The records keep the plain names, as ``get(id)`` is expected
    to take an id; the singleton's are ``*_current``."""
    names, _ = _named(
        {
            "GET /v1/account": "GetAccount",
            "DELETE /v1/account": "DeleteAccount",
            "GET /v1/accounts": ("GetAccounts", RECORDS),
            "POST /v1/accounts": "PostAccounts",
            "GET /v1/accounts/{account}": "GetAccountsAccount",
            "DELETE /v1/accounts/{account}": "DeleteAccountsAccount",
        }
    )
    assert names == {
        "GET /v1/account": "accounts.get_current",
        "DELETE /v1/account": "accounts.delete_current",
        "GET /v1/accounts": "accounts.list",
        "POST /v1/accounts": "accounts.create",
        "GET /v1/accounts/{account}": "accounts.get",
        "DELETE /v1/accounts/{account}": "accounts.delete",
    }


def test_a_post_on_a_record_that_neither_creates_nor_updates_it_does_what_its_summary_starts_with() -> None:
    """Woodpecker's ``POST /crons/{cron}`` ("Start a cron job now") beside its PATCH, Box's ``POST
    /files/{file_id}`` ("Restore file"): ``crons.start``, ``files.restore``, not ``create``."""
    index = SpecIndex(
        _description(
            {"PATCH /crons/{cron}": "patchCron", "POST /crons/{cron}": "postCronsByCron", "GET /crons/{cron}": "g"}
        )
    )
    post = next(op for op in index.operations if op.method == "post")
    named = method_names(settings_for(None), [replace(post, summary="Start a cron job now")], [])
    assert list(named.values()) == [("crons", "start")]


def test_a_word_the_operation_id_pairs_with_its_collection_is_done_to_that_collection() -> None:
    """Headscale's ``POST /apikey/expire`` (``ExpireApiKey``) and ``/node/{id}/rename/{newName}``
    (``RenameNode``), Intercom's ``POST /visitors/convert`` (``convertVisitor``): what is done to
    the collection, where the verb is in no list; not ``expires.create``."""
    names, _ = _named(
        {
            "POST /keys/expire": "HeadscaleService_ExpireKey",
            "POST /keys/{id}/rename/{newName}": "RenameKey",
            "POST /visitors/convert": "convertVisitor",
        }
    )
    assert names["POST /keys/expire"] == "keys.expire"
    assert names["POST /keys/{id}/rename/{newName}"] == "keys.rename"
    assert names["POST /visitors/convert"] == "visitors.convert"


def test_a_post_naming_one_thing_of_a_collection_is_done_to_that_collection() -> None:
    """Prefect's ``POST /flow_runs/lateness`` and ``/flow_runs/history`` (reports on the flow
    runs), Clockify's ``/reports/summary``: no ``latenesses`` collection is created in; the
    singular of the collection itself still makes one (Keycloak's ``/executions/execution``)."""
    names, _ = _named(
        {
            "POST /flow_runs/lateness": "average_flow_run_lateness",
            "POST /flow_runs/history": "flow_run_history",
            "POST /reports/summary": "summaryReport",
            "POST /flows/{alias}/executions/execution": "addExecution",
        }
    )
    assert names == {
        "POST /flow_runs/lateness": "flow_runs.lateness",
        "POST /flow_runs/history": "flow_runs.history",
        "POST /reports/summary": "reports.summary",
        "POST /flows/{alias}/executions/execution": "executions.create",
    }


def test_the_words_every_path_starts_with_do_not_decide_which_collection_is_its_own() -> None:
    """OpenMeter's paths all start ``/openmeter/``: its defaults' ``/openmeter/defaults/tax-codes``
    took ``tax_codes.get()`` and the record's lookup became ``get_tax_code``."""
    names, _ = _named(
        {
            "GET /openmeter/defaults/tax-codes": "getDefaultTaxCodes",
            "GET /openmeter/tax-codes": ("listTaxCodes", {"type": "array", "items": RECORD}),
            "GET /openmeter/tax-codes/{taxCodeId}": "getTaxCode",
        }
    )
    assert names["GET /openmeter/tax-codes/{taxCodeId}"] == "tax_codes.get"


def test_active_picks_from_the_collection_and_a_fallback_name_leaves_the_route_out() -> None:
    """Kimai's ``/timesheets/active``: ``timesheets.list_active``, not ``actives.list``. Radarr's
    operationIds spell the route (``GetApiV3ConfigIndexerById``); where one names a method, the
    route after its verb is left out."""
    names, _ = _named(
        {"GET /timesheets": ("listTimesheets", RECORDS), "GET /timesheets/active": ("activeTimesheets", RECORDS)}
    )
    assert names["GET /timesheets/active"] == "timesheets.list_active"
    index = SpecIndex(_description({"GET /api/v3/config/indexer/{id}": "GetApiV3ConfigIndexerById", "GET /x": "x"}))
    op, other = index.operations
    assert _fallback_name(op, other, "indexers", frozenset()) == "get_config_indexer_by_id"


def test_a_verb_phrase_after_a_record_and_before_the_other_id_is_done_to_the_record() -> None:
    """DocuSign's ``POST /form_groups/{formGroupId}/unassign_form/{formId}`` removes a form from a
    form group: ``form_groups.unassign_form``, not a made-up collection's ``unassign_forms.create``."""
    names, _ = _named(
        {
            "POST /v2/form_groups/{formGroupId}/unassign_form/{formId}": "FormGroups_RemoveFormGroupForm",
            "POST /v2/form_groups/{formGroupId}/grant_office_access/{officeId}": "FormGroups_GrantOfficeAccess",
        }
    )
    assert names == {
        "POST /v2/form_groups/{formGroupId}/unassign_form/{formId}": "form_groups.unassign_form",
        "POST /v2/form_groups/{formGroupId}/grant_office_access/{officeId}": "form_groups.grant_office_access",
    }


def test_a_post_on_a_records_one_thing_takes_the_verb_its_operation_id_starts_with() -> None:
    """Lago's ``POST /plans/{code}/metadata``, ``replacePlanMetadata``, overwrites all of it: it was
    ``plans.metadata``, a name that reads. Gitea's ``UploadUserAvatar`` was ``users.avatar``. An
    operationId that starts with no verb leaves the word."""
    names, _ = _named(
        {
            "POST /plans/{code}/metadata": "replacePlanMetadata",
            "POST /users/{name}/avatar": "UploadUserAvatar",
            "POST /messages/{id}/seen": "messageSeen",
        }
    )
    assert names == {
        "POST /plans/{code}/metadata": "plans.replace_metadata",
        "POST /users/{name}/avatar": "users.upload_avatar",
        "POST /messages/{id}/seen": "messages.seen",
    }


def test_a_dash_stands_for_a_record() -> None:
    """Halo's ``/users/-`` is the caller's own user, and ``/plugins/-/install-from-uri`` installs a
    plugin: both were methods of a resource called ``resources``."""
    names, _ = _named(
        {
            "GET /v1alpha1/users/{name}": "getUser",
            "GET /v1alpha1/users/-": "GetCurrentUserDetail",
            "PUT /v1alpha1/users/-": "UpdateCurrentUser",
            "POST /v1alpha1/plugins/-/install-from-uri": "InstallPluginFromUri",
        }
    )
    assert names == {
        "GET /v1alpha1/users/{name}": "users.get",
        "GET /v1alpha1/users/-": "users.get_current",
        "PUT /v1alpha1/users/-": "users.update_current",
        "POST /v1alpha1/plugins/-/install-from-uri": "plugins.install_from_uri",
    }


def test_a_path_under_removed_records_gives_the_plain_names_to_the_live_one() -> None:
    """Alfresco's ``renditions.get`` read a trashed node's rendition (``/deleted-nodes/...``) while
    ``renditions.delete`` deleted a live node's: the plain names go to the live node's path."""
    names, _ = _named(
        {
            "GET /deleted-nodes/{nodeId}/renditions/{renditionId}": "getArchivedNodeRendition",
            "GET /nodes/{nodeId}/renditions/{renditionId}": "getRendition",
            "DELETE /nodes/{nodeId}/renditions/{renditionId}": "deleteRendition",
        }
    )
    assert names == {
        "GET /deleted-nodes/{nodeId}/renditions/{renditionId}": "renditions.get_deleted_node_rendition",
        "GET /nodes/{nodeId}/renditions/{renditionId}": "renditions.get",
        "DELETE /nodes/{nodeId}/renditions/{renditionId}": "renditions.delete",
    }


def test_what_the_newer_rules_leave_alone() -> None:
    """A GET of a verb's word between two ids reads a record (Bitbucket's ``/commit/{commit}``);
    an answer said to be a "List of" lists whatever its schema (Mastodon's filters); a list beside
    warnings has no id of its own (Xero's journals); an HTTP method leading an operationId names
    nothing done (Mastodon's ``postAccountBlock``: ``accounts.block``); snoozing is a verb."""
    filters = {"type": "object", "properties": {"id": {"type": "string"}, "phrase": {"type": "string"}}}
    journals = {"type": "object", "properties": {"Warnings": RECORDS, "Journals": RECORDS}}
    names, _ = _named(
        {
            "GET /repositories/{workspace}/{repo_slug}/commit/{commit}": "getCommit",
            "GET /api/v1/filters": ("getFilters", filters),
            "GET /Journals": ("getJournals", journals),
            "POST /api/v1/accounts/{id}/block": "postAccountBlock",
            "POST /incidents/{id}/snooze": "createIncidentSnooze",
        }
    )
    description = _description({"GET /api/v1/filters": ("getFilters", filters)})
    description["paths"]["/api/v1/filters"]["get"]["responses"]["200"]["description"] = "List of [V1::Filter]"
    listed = method_names(settings_for(None), SpecIndex(description).operations, [])
    assert [f"{r}.{m}" for r, m in listed.values()] == ["filters.list"]
    assert names == {
        "GET /repositories/{workspace}/{repo_slug}/commit/{commit}": "commits.get",
        "GET /api/v1/filters": "filters.get",
        "GET /Journals": "journals.list",
        "POST /api/v1/accounts/{id}/block": "accounts.block",
        "POST /incidents/{id}/snooze": "incidents.snooze",
    }
