# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL
from .._iso8601 import parse_datetime
from .._model import Model
from ..types import UNSET, Unset

T = TypeVar("T", bound="Client")


@_attrs_define(repr=False)
class Client(Model):
    """A client as the list and search operations return it."""

    id: int | Unset = UNSET
    """ Client ID. """
    pms_ref: str | Unset = UNSET
    """ Practice management system reference. """
    client_ref: str | Unset = UNSET
    """ External client reference number. """
    name: str | Unset = UNSET
    """ Person or company name. """
    client_key: str | Unset = UNSET
    """ Padded, formatted client key. """
    active: bool | Unset = UNSET
    """ Whether the client is active. """
    partner_staff_id: int | Unset = UNSET
    """ Assigned partner's staff ID. """
    created_at: datetime.datetime | None | Unset = UNSET
    """ Creation time; the list's default sort key. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "pmsRef",
            "clientRef",
            "name",
            "clientKey",
            "active",
            "partnerStaffId",
            "createdAt",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("id", "id", False, ""),
        ("pms_ref", "pmsRef", False, ""),
        ("client_ref", "clientRef", False, ""),
        ("name", "name", False, ""),
        ("client_key", "clientKey", False, ""),
        ("active", "active", False, ""),
        ("partner_staff_id", "partnerStaffId", False, ""),
        ("created_at", "createdAt", False, ""),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        pms_ref = self.pms_ref

        client_ref = self.client_ref

        name = self.name

        client_key = self.client_key

        active = self.active

        partner_staff_id = self.partner_staff_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = NULL if self.created_at is None else self.created_at.isoformat()

        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if id is not UNSET:
            field_dict["id"] = id
        if pms_ref is not UNSET:
            field_dict["pmsRef"] = pms_ref
        if client_ref is not UNSET:
            field_dict["clientRef"] = client_ref
        if name is not UNSET:
            field_dict["name"] = name
        if client_key is not UNSET:
            field_dict["clientKey"] = client_key
        if active is not UNSET:
            field_dict["active"] = active
        if partner_staff_id is not UNSET:
            field_dict["partnerStaffId"] = partner_staff_id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is Client and len(src_dict) >= 8:
            try:
                client = cls.__new__(cls)
                client.id = src_dict["id"]
                client.pms_ref = src_dict["pmsRef"]
                client.client_ref = src_dict["clientRef"]
                client.name = src_dict["name"]
                client.client_key = src_dict["clientKey"]
                client.active = src_dict["active"]
                client.partner_staff_id = src_dict["partnerStaffId"]
                _created_at = src_dict["createdAt"]
                created_at: datetime.datetime | None | Unset
                if isinstance(_created_at, str):
                    try:
                        created_at = parse_datetime(_created_at)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        created_at = cast(datetime.datetime | None | Unset, _created_at)
                else:
                    created_at = _created_at
                client.created_at = created_at
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 8:
                    known = Client._known_keys
                    client.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return client

        get = src_dict.get
        id = get("id", UNSET)
        pms_ref = get("pmsRef", UNSET)
        client_ref = get("clientRef", UNSET)
        name = get("name", UNSET)
        client_key = get("clientKey", UNSET)
        active = get("active", UNSET)
        partner_staff_id = get("partnerStaffId", UNSET)
        _created_at = get("createdAt", UNSET)
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        client = cls(
            id,
            pms_ref,
            client_ref,
            name,
            client_key,
            active,
            partner_staff_id,
            created_at,
        )

        known = Client._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            client.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return client

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not Client:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 8:
                try:
                    client = new(cls)
                    client.id = src_dict["id"]
                    client.pms_ref = src_dict["pmsRef"]
                    client.client_ref = src_dict["clientRef"]
                    client.name = src_dict["name"]
                    client.client_key = src_dict["clientKey"]
                    client.active = src_dict["active"]
                    client.partner_staff_id = src_dict["partnerStaffId"]
                    _created_at = src_dict["createdAt"]
                    created_at: datetime.datetime | None | Unset
                    if isinstance(_created_at, str):
                        try:
                            created_at = parse_datetime(_created_at)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            created_at = cast(datetime.datetime | None | Unset, _created_at)
                    else:
                        created_at = _created_at
                    client.created_at = created_at
                except (KeyError, TypeError):
                    client = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 8:
                        known = Client._known_keys
                        client.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                client = cls.from_dict(src_dict)
            append(client)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        client = cls.__new__(cls)
        client.id = src_wire.id
        client.pms_ref = src_wire.pms_ref
        client.client_ref = src_wire.client_ref
        client.name = src_wire.name
        client.client_key = src_wire.client_key
        client.active = src_wire.active
        client.partner_staff_id = src_wire.partner_staff_id
        _created_at = src_wire.created_at
        created_at: datetime.datetime | None | Unset
        if isinstance(_created_at, str):
            try:
                created_at = parse_datetime(_created_at)
            except (TypeError, ValueError, AttributeError, KeyError):
                created_at = cast(datetime.datetime | None | Unset, _created_at)
        else:
            created_at = _created_at

        client.created_at = created_at
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                client.additional_properties = found
        return client

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            client = new(cls)
            client.id = src_wire.id
            client.pms_ref = src_wire.pms_ref
            client.client_ref = src_wire.client_ref
            client.name = src_wire.name
            client.client_key = src_wire.client_key
            client.active = src_wire.active
            client.partner_staff_id = src_wire.partner_staff_id
            _created_at = src_wire.created_at
            created_at: datetime.datetime | None | Unset
            if isinstance(_created_at, str):
                try:
                    created_at = parse_datetime(_created_at)
                except (TypeError, ValueError, AttributeError, KeyError):
                    created_at = cast(datetime.datetime | None | Unset, _created_at)
            else:
                created_at = _created_at

            client.created_at = created_at
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    client.additional_properties = found
            append(client)
        return decoded

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
