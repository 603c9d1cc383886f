# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable as _Iterable
from collections.abc import Mapping as _Mapping
from typing import Any, ClassVar
from typing import TypeVar as _TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import wrong_shape as _wrong_shape
from .._model import Model as _Model

_T = _TypeVar("_T", bound="RecordSystemRef")


@_attrs_define(repr=False)
class RecordSystemRef(_Model):
    """External reference that matches an existing record.

    Example:
        {'system': 'erp', 'id': 'C-1001'}

    """

    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset({})

    def to_dict(self) -> dict[str, Any]:

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)

        return _field_dict

    @classmethod
    def from_dict(_cls: type[_T], _src_dict: _Mapping[str, Any]) -> _T:
        if not isinstance(_src_dict, _Mapping):  # nothing below would read it
            _wrong_shape(__name__, "", _src_dict, "an object")
        _instance = _cls()

        _known = _cls._known_keys
        if not _known.issuperset(_src_dict):  # otherwise the empty dict the constructor made stays
            _instance.additional_properties = {_k: _v for _k, _v in _src_dict.items() if _k not in _known}
        return _instance

    @classmethod
    def _list_from_dicts(_cls: type[_T], _items: _Iterable[_Mapping[str, Any]]) -> list[_T]:
        """``[cls.from_dict(item) for item in items]``."""
        return [_cls.from_dict(_item) for _item in _items]

    @classmethod
    def _from_wire(_cls: type[_T], _src_wire: Any) -> _T:
        """This model has no Struct (aiwyn_client._wire), so its records arrive as dicts."""
        return _cls.from_dict(_src_wire)

    @classmethod
    def _list_from_wire(_cls: type[_T], _items: list[Any]) -> list[_T]:
        """This model has no Struct (aiwyn_client._wire), so its items arrive as dicts."""
        return _cls._list_from_dicts(_items)

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


_Self = RecordSystemRef  # the class, for its methods: a property of the same name would be a local there
