# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.client import Client
    from ..models.total import Total


T = TypeVar("T", bound="ClientList")


@_attrs_define(repr=False)
class ClientList(Model):
    clients: list[Client] | Unset = UNSET
    total: Total | Unset = UNSET
    """ Hasura aggregate of every record matching the request. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "clients",
            "total",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("clients", "clients", False, "list:Client"),
        ("total", "total", False, "one:Total"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        clients: list[dict[str, Any]] | Unset = UNSET
        if self.clients is None:
            clients = NULL
        elif not isinstance(self.clients, Unset):
            clients = []
            for clients_item_data in self.clients:
                clients_item = NULL if clients_item_data is None else clients_item_data.to_dict()

                clients.append(clients_item)

        total: dict[str, Any] | Unset = UNSET
        if self.total is None:
            total = NULL
        elif not isinstance(self.total, Unset):
            total = self.total.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if clients is not UNSET:
            field_dict["clients"] = clients
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is ClientList and len(src_dict) >= 2:
            try:
                client_list = cls.__new__(cls)
                client_list.clients = (
                    null_value(__name__, "clients")
                    if (_clients := src_dict["clients"]) is None
                    else Client._list_from_dicts(_clients)
                )
                client_list.total = (
                    null_value(__name__, "total") if (_total := src_dict["total"]) is None else Total.from_dict(_total)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 2:
                    known = ClientList._known_keys
                    client_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return client_list

        get = src_dict.get
        _clients = get("clients", UNSET)
        clients: list[Client] | Unset = (
            UNSET
            if _clients is UNSET
            else null_value(__name__, "clients")
            if _clients is None
            else Client._list_from_dicts(_clients)
        )

        _total = get("total", UNSET)
        total: Total | Unset = (
            UNSET if _total is UNSET else null_value(__name__, "total") if _total is None else Total.from_dict(_total)
        )

        client_list = cls(
            clients,
            total,
        )

        known = ClientList._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            client_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return client_list

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not ClientList:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 2:
                try:
                    client_list = new(cls)
                    client_list.clients = (
                        null_value(__name__, "clients")
                        if (_clients := src_dict["clients"]) is None
                        else Client._list_from_dicts(_clients)
                    )
                    client_list.total = (
                        null_value(__name__, "total")
                        if (_total := src_dict["total"]) is None
                        else Total.from_dict(_total)
                    )
                except (KeyError, TypeError):
                    client_list = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 2:
                        known = ClientList._known_keys
                        client_list.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                client_list = cls.from_dict(src_dict)
            append(client_list)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        client_list = cls.__new__(cls)
        _clients = src_wire.clients
        clients: list[Client] | Unset = (
            UNSET
            if _clients is UNSET
            else null_value(__name__, "clients")
            if _clients is None
            else Client._list_from_wire(_clients)
        )

        client_list.clients = clients
        _total = src_wire.total
        total: Total | Unset = (
            UNSET if _total is UNSET else null_value(__name__, "total") if _total is None else Total._from_wire(_total)
        )

        client_list.total = total
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                client_list.additional_properties = found
        return client_list

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            client_list = new(cls)
            _clients = src_wire.clients
            clients: list[Client] | Unset = (
                UNSET
                if _clients is UNSET
                else null_value(__name__, "clients")
                if _clients is None
                else Client._list_from_wire(_clients)
            )

            client_list.clients = clients
            _total = src_wire.total
            total: Total | Unset = (
                UNSET
                if _total is UNSET
                else null_value(__name__, "total")
                if _total is None
                else Total._from_wire(_total)
            )

            client_list.total = total
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    client_list.additional_properties = found
            append(client_list)
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


# Models may refer to each other; importing them once the class above exists keeps cycles safe
# without an import statement on every from_dict / to_dict call.
if not TYPE_CHECKING:
    from ..models.client import Client
    from ..models.total import Total
