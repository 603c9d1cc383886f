"""The description as both openapi-python-client and the SpecIndex read it: the published one,
with what openapi-python-client cannot take settled in the least surprising way.

Each change is recorded (``Normalised.changes``) and printed by ``generate``, so nothing is
settled silently; the description on disk is never rewritten. ``normalise`` runs the passes
below in this order (an earlier one leaves what a later one reads: references that can be
followed first, media types last); each module says what it settles and why.

* ``generator.swagger2``, ``generator.relink``: a Swagger 2.0 source says so first; a
  dereferenced description has its inline copies of component schemas referred to them again.
* ``operations``: a path item that is a ``$ref`` (``#/components/pathItems/...``) is a copy of
  what it names.
* ``versions``: an OpenAPI 3.2 description is read as 3.1; an operation of a method 3.1 has no
  key for is dropped, and a ``querystring`` parameter of a form is its fields.
* ``booleans``: a boolean schema (``true``, ``false``; 3.1) is the object it means (``{}``; a tuple's
  ``items: false`` is items of its kinds; a property or member that can hold nothing is left out).
* ``titles``: a ``title`` that is a sentence (a Go doc comment), not a name, is left out.
* ``ref_targets``: a property whose ``$ref`` named nothing is noted (read as any value).
* ``operations``: an operation without an ``operationId``, or with one an earlier operation has
  (spelt alike: ``getById``, ``get_by_id``), is named from its method and path
  (``getApiV1DepartmentsById``); security scopes that are not a list are read as ``[]``.
* ``parameters``: a path parameter written as another framework's template (``<id>``, ``:id``)
  is read as ``{id}`` where the operation declares it; a path parameter named so
  openapi-python-client cannot find it in the path (``{execution.workflow_id}``) is renamed; a
  format parameter glued to a word whose default is JSON (``/contacts{format}``) is written into
  the path as that default; a ``{name}`` of the path no parameter declares is declared.
* ``operations``: a response given as a ``$ref`` to a request body component is that
  component's copy; an operation documenting no 2xx takes its ``default`` response as the
  success, and one with neither is dropped (``dropped: ...``).
* ``ref_targets``: a ``$ref`` to a kind of component OpenAPI 3.0 and 3.1 do not define
  (``#/components/mediaTypes/x``) is replaced by a copy of its target; one to a schema component
  that is only a ``$ref`` leads to that ``$ref``'s target; one into a part of
  another element (``#/components/schemas/Thing/properties/kind``) has the part moved into
  components under a derived name (``hoisting``).
* ``ref_siblings``: a null allowed beside a ``$ref`` (``nullable: true``) is read as the
  reference or null; object keywords beside one (``required``) as an ``allOf`` of both.
* ``unions``: a component spelling out any JSON value as a union of itself is any value; an
  inline union member holding an inline model is moved into components, so it is built once.
* ``arrays``: several array members of one union are one array of their items.
* ``allof``: an ``allOf`` of scalars is one schema; properties beside an ``allOf`` of one
  reference are a second member; a union member of an ``allOf`` is left out
  (its fields arrive as undeclared keys), or is the schema where the others only describe it;
  an ``allOf`` of one array (a reference or inline) and its description is that array.
* ``unions``: inline members of one union that share a ``title`` are told apart (a repeat left
  out, a different one numbered: ``INVALID_STRING_MAX_LENGTH 2``).
* ``arrays``: an array without ``items`` takes items of any type.
* ``parameters``: an ``Accept``, ``Content-Type`` or ``Authorization`` header parameter is left out,
  as OpenAPI says to ignore it; a parameter described by ``content`` is a string (the text it is sent as); a
  path parameter's ``default`` and null are left out; parameters that would share a Python name keep the
  plainly spelt one; a header of a type openapi-python-client cannot send is a plain string.
* ``allof``: ``nullable`` beside ``allOf`` is dropped; a nullable object component as an
  ``allOf`` member is replaced there by a copy that is not nullable.
* ``unions``: the inline models of a nullable object component are moved into components; an
  ``anyOf`` or ``oneOf`` that only says which of an object's properties are required is left out.
* ``read_twice``: the inline models of a model openapi-python-client reads twice are moved into
  components under their class names.
* ``redeclarations``: a property an ``allOf`` member declares again, as a type that cannot be
  merged with an earlier member's, keeps the earlier declaration only.
* ``read_write``: a property required on one side only (``readOnly``: answers; ``writeOnly``:
  requests) is optional on the other; a component both sent and read is sent as a copy
  (``PetInput``) so its answers keep the property required.
* ``enums``: numbers and booleans listed by a string enum are strings; a ``const`` that is an
  object or an array is left out.
* ``defaults``: a ``default`` its schema refuses (or the one member of its ``oneOf`` does) is read
  as the value it spells, or left out.
* ``bounds``: an integer's bound written as a fraction (``minimum: -1.0``) is the integer it allows.
* ``media``: a JSON answer or body documented without a schema is read as any JSON value; an
  answer offered in JSON after ``text/plain`` or ``text/json`` is read as JSON; a 204 or 205
  answer's content is left out; an answer in no JSON type is downloaded as bytes; a GET's,
  HEAD's or DELETE's body that can hold nothing is left out; a request body is sent as JSON
  where it is offered so, else in a type openapi-python-client can send, else as bytes under
  its own type.
* ``enums``: an enum whose members another tool's key names (NSwag's ``x-enumNames``, AutoRest's
  ``x-ms-enum``) gets those names as ``x-enum-varnames``; a string enum whose values would give one
  member name (``Queued``, ``QUEUED``; ``GMT+0``, ``GMT0``) gets ``x-enum-varnames`` (``QUEUED_2``,
  ``QUEUED``).

After each parse ``build.settled_parse`` settles what only a parse shows: a clash of class
names, a family at a time (``families``) or alone (``clashes``), then the components it could
not build, taken out of the unions that name them (``unbuilt``). ``description`` holds the walks
and notes every pass shares; ``hoisting`` moves a part of the description into components."""

from __future__ import annotations

import copy
from typing import Any

from generator.normalise.allof import (
    described_arrays,
    nullable_all_of,
    nullable_all_of_members,
    own_properties_beside_one_reference,
    scalar_all_of,
    union_all_of_members,
)
from generator.normalise.arrays import array_members, arrays_without_items
from generator.normalise.booleans import boolean_schemas
from generator.normalise.bounds import integer_bounds
from generator.normalise.clashes import settle_clash
from generator.normalise.defaults import defaults_outside_the_schema
from generator.normalise.description import Normalised
from generator.normalise.enums import enum_names, string_enums, structured_consts
from generator.normalise.families import settle_family
from generator.normalise.hoisting import hoist
from generator.normalise.media import (
    downloads,
    empty_bodies,
    is_json,
    json_media,
    no_content_answers,
    request_media,
    schemaless_json,
)
from generator.normalise.operations import (
    operation_id,
    operation_ids,
    path_item_references,
    responses_given_as_request_bodies,
    security_scopes,
    success_responses,
)
from generator.normalise.parameters import (
    content_parameters,
    format_parameters,
    header_parameters,
    ignored_headers,
    other_templates,
    path_parameter_defaults,
    path_parameter_names,
    same_python_names,
    stray_path_parameters,
    undeclared_path_parameters,
)
from generator.normalise.read_twice import models_read_twice
from generator.normalise.read_write import required_on_one_side
from generator.normalise.redeclarations import all_of_redeclarations
from generator.normalise.ref_siblings import reference_siblings
from generator.normalise.ref_targets import (
    hoist_deep_references,
    inline_foreign_components,
    schema_aliases,
    unresolved_property_types,
)
from generator.normalise.titles import sentence_titles
from generator.normalise.unbuilt import leave_out_unbuilt
from generator.normalise.unions import (
    any_json_unions,
    constraint_unions,
    hoist_union_members,
    nullable_component_models,
    repeated_member_titles,
)
from generator.normalise.versions import openapi_3_2
from generator.relink import relink
from generator.swagger2 import conversion_notes

__all__ = [
    "Normalised",
    "hoist",
    "is_json",
    "leave_out_unbuilt",
    "normalise",
    "operation_id",
    "settle_clash",
    "settle_family",
]


def normalise(spec: dict[str, Any]) -> Normalised:
    """A copy of ``spec`` with every pass run on it, in the order the module's docstring lists,
    and the notes they wrote; ``spec`` itself is left as it was."""
    result = Normalised(copy.deepcopy(spec), conversion_notes(spec))  # a Swagger 2.0 source says so first
    result.changes.extend(relink(result.spec))
    path_item_references(result)
    openapi_3_2(result)
    boolean_schemas(result)
    sentence_titles(result)
    unresolved_property_types(result)
    operation_ids(result)
    security_scopes(result)
    other_templates(result)
    path_parameter_names(result)
    format_parameters(result)
    stray_path_parameters(result)
    undeclared_path_parameters(result)
    responses_given_as_request_bodies(result)
    success_responses(result)
    inline_foreign_components(result)
    schema_aliases(result)
    hoist_deep_references(result)
    reference_siblings(result)
    constraint_unions(result)
    any_json_unions(result)
    hoist_union_members(result)
    array_members(result)
    scalar_all_of(result)
    own_properties_beside_one_reference(result)
    union_all_of_members(result)
    described_arrays(result)
    repeated_member_titles(result)
    arrays_without_items(result)
    content_parameters(result)
    ignored_headers(result)
    path_parameter_defaults(result)
    same_python_names(result)
    header_parameters(result)
    nullable_all_of(result)
    nullable_all_of_members(result)
    nullable_component_models(result)
    models_read_twice(result)
    all_of_redeclarations(result)
    required_on_one_side(result)
    string_enums(result)
    structured_consts(result)
    defaults_outside_the_schema(result)
    integer_bounds(result)
    schemaless_json(result)
    json_media(result)
    no_content_answers(result)
    downloads(result)
    empty_bodies(result)
    request_media(result)
    enum_names(result)
    return result
