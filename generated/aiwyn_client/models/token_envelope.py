# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL, null_value
from .._model import Model
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_error import ApiError
    from ..models.meta import Meta
    from ..models.token import Token


T = TypeVar("T", bound="TokenEnvelope")


@_attrs_define(repr=False)
class TokenEnvelope(Model):
    data: Token | Unset = UNSET
    error: ApiError | None | Unset = UNSET
    """ Null on success (listed first, so mocks generate successful envelopes). """
    meta: Meta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _known_keys: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "error",
            "meta",
        }
    )
    _wire_fields: ClassVar[tuple[tuple[str, str, bool, str], ...]] = (
        ("data", "data", False, "one:Token"),
        ("error", "error", False, "one:ApiError"),
        ("meta", "meta", False, "one:Meta"),
    )
    """ How aiwyn_client._wire builds this model's msgspec Struct: attribute, JSON key, required, and whether its values are records (list:Model, one:Model). """

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] | Unset = UNSET
        if self.data is None:
            data = NULL
        elif not isinstance(self.data, Unset):
            data = self.data.to_dict()

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, ApiError):
            error = NULL if self.error is None else self.error.to_dict()

        else:
            error = self.error

        meta: dict[str, Any] | Unset = UNSET
        if self.meta is None:
            meta = NULL
        elif not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        if data is not UNSET:
            field_dict["data"] = data
        if error is not UNSET:
            field_dict["error"] = error
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if cls is TokenEnvelope and len(src_dict) >= 3:
            try:
                token_envelope = cls.__new__(cls)
                token_envelope.data = (
                    null_value(__name__, "data") if (_data := src_dict["data"]) is None else Token.from_dict(_data)
                )
                _error = src_dict["error"]
                error: ApiError | None | Unset
                if isinstance(_error, dict):
                    try:
                        error = ApiError.from_dict(_error)
                    except (TypeError, ValueError, AttributeError, KeyError):
                        error = cast(ApiError | None | Unset, _error)
                else:
                    error = _error
                token_envelope.error = error
                token_envelope.meta = (
                    null_value(__name__, "meta") if (_meta := src_dict["meta"]) is None else Meta.from_dict(_meta)
                )
            except (KeyError, TypeError):
                pass  # a field missing, or a value that does not decode: the path below decides
            else:
                if len(src_dict) > 3:
                    known = TokenEnvelope._known_keys
                    token_envelope.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
                return token_envelope

        get = src_dict.get
        _data = get("data", UNSET)
        data: Token | Unset = (
            UNSET if _data is UNSET else null_value(__name__, "data") if _data is None else Token.from_dict(_data)
        )

        _error = get("error", UNSET)
        if isinstance(_error, dict):
            try:
                error = ApiError.from_dict(_error)
            except (TypeError, ValueError, AttributeError, KeyError):
                error = cast(ApiError | None | Unset, _error)
        else:
            error = _error

        _meta = get("meta", UNSET)
        meta: Meta | Unset = (
            UNSET if _meta is UNSET else null_value(__name__, "meta") if _meta is None else Meta.from_dict(_meta)
        )

        token_envelope = cls(
            data,
            error,
            meta,
        )

        known = TokenEnvelope._known_keys
        if not known.issuperset(src_dict):  # otherwise the empty dict the constructor made stays
            token_envelope.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
        return token_envelope

    @classmethod
    def _list_from_dicts(cls: type[T], items: Iterable[Mapping[str, Any]]) -> list[T]:
        """``[cls.from_dict(item) for item in items]``, with the fast path in line: no call per item."""
        if cls is not TokenEnvelope:
            return [cls.from_dict(item) for item in items]
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_dict in items:
            if len(src_dict) >= 3:
                try:
                    token_envelope = new(cls)
                    token_envelope.data = (
                        null_value(__name__, "data") if (_data := src_dict["data"]) is None else Token.from_dict(_data)
                    )
                    _error = src_dict["error"]
                    error: ApiError | None | Unset
                    if isinstance(_error, dict):
                        try:
                            error = ApiError.from_dict(_error)
                        except (TypeError, ValueError, AttributeError, KeyError):
                            error = cast(ApiError | None | Unset, _error)
                    else:
                        error = _error
                    token_envelope.error = error
                    token_envelope.meta = (
                        null_value(__name__, "meta") if (_meta := src_dict["meta"]) is None else Meta.from_dict(_meta)
                    )
                except (KeyError, TypeError):
                    token_envelope = cls.from_dict(src_dict)
                else:
                    if len(src_dict) > 3:
                        known = TokenEnvelope._known_keys
                        token_envelope.additional_properties = {k: v for k, v in src_dict.items() if k not in known}
            else:
                token_envelope = cls.from_dict(src_dict)
            append(token_envelope)
        return decoded

    @classmethod
    def _from_wire(cls: type[T], src_wire: Any) -> T:
        """The model from its msgspec Struct (aiwyn_client._wire), with from_dict's semantics."""
        if type(src_wire) is dict:  # a model with no Struct (aiwyn_client._wire): it came as a dict
            return cls.from_dict(src_wire)
        extra = src_wire.aiwyn_extra_
        token_envelope = cls.__new__(cls)
        _data = src_wire.data
        data: Token | Unset = (
            UNSET if _data is UNSET else null_value(__name__, "data") if _data is None else Token._from_wire(_data)
        )

        token_envelope.data = data
        _error = src_wire.error
        error: ApiError | None | Unset = _error if _error is None or _error is UNSET else ApiError._from_wire(_error)
        token_envelope.error = error
        _meta = src_wire.meta
        meta: Meta | Unset = (
            UNSET if _meta is UNSET else null_value(__name__, "meta") if _meta is None else Meta._from_wire(_meta)
        )

        token_envelope.meta = meta
        if extra is not None:  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
            found = extra(src_wire)
            if found:
                token_envelope.additional_properties = found
        return token_envelope

    @classmethod
    def _list_from_wire(cls: type[T], items: list[Any]) -> list[T]:
        """``[cls._from_wire(item) for item in items]``, in line: no call per item."""
        if not items or type(items[0]) is dict:  # an item model with no Struct: its records came as dicts
            return cls._list_from_dicts(items)
        extra = items[0].aiwyn_extra_  # one Struct type for every item
        decoded: list[T] = []
        append, new = decoded.append, cls.__new__
        for src_wire in items:
            token_envelope = new(cls)
            _data = src_wire.data
            data: Token | Unset = (
                UNSET if _data is UNSET else null_value(__name__, "data") if _data is None else Token._from_wire(_data)
            )

            token_envelope.data = data
            _error = src_wire.error
            error: ApiError | None | Unset = (
                _error if _error is None or _error is UNSET else ApiError._from_wire(_error)
            )
            token_envelope.error = error
            _meta = src_wire.meta
            meta: Meta | Unset = (
                UNSET if _meta is UNSET else null_value(__name__, "meta") if _meta is None else Meta._from_wire(_meta)
            )

            token_envelope.meta = meta
            if (
                extra is not None
            ):  # keys the description does not declare, which this Struct learnt (aiwyn_client._wire)
                found = extra(src_wire)
                if found:
                    token_envelope.additional_properties = found
            append(token_envelope)
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
    from ..models.api_error import ApiError
    from ..models.meta import Meta
    from ..models.token import Token
