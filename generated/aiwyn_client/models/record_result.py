# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from __future__ import annotations

from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._decode import NULL as _NULL
from .._fields import Field as _F
from .._fields import Plan as _Plan
from .._model import Model as _Model
from ..types import UNSET, Unset

if _TYPE_CHECKING:
    from ..models.record_error import RecordError
    from ..models.record_result_system_ref import RecordResultSystemRef


@_attrs_define(repr=False)
class RecordResult(_Model):
    status: str | Unset = UNSET
    """ `FAILED` is documented; success values such as `CREATED` and `UPDATED` are inferred. """
    error: None | RecordError | Unset = UNSET
    type_: str | Unset = UNSET
    system_ref: None | RecordResultSystemRef | Unset = UNSET
    id: int | Unset = UNSET
    """ Aiwyn ID of the written record. """
    additional_properties: dict[str, Any] = _attrs_field(init=False)
    """ Keys the description does not declare. Made on first use (aiwyn_client._model): most records have none. """
    _plan: ClassVar[_Plan] = _Plan(
        fields=(
            _F("status", "status", "scalar", False, type="str"),
            _F("error", "error", "model", False, ref="RecordError", nullable=True),
            _F("type_", "type", "scalar", False, type="str"),
            _F("system_ref", "systemRef", "model", False, ref="RecordResultSystemRef", nullable=True),
            _F("id", "id", "scalar", False, type="int"),
        ),
        extras="keep",
        wire=True,
    )
    """ How this model's records decode (aiwyn_client._fields): read by aiwyn_client._compile and aiwyn_client._wire. """

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        error: dict[str, Any] | None | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        elif isinstance(self.error, RecordError):
            error = _NULL if self.error is None else self.error.to_dict()

        else:
            error = self.error

        type_ = self.type_

        system_ref: dict[str, Any] | None | Unset
        if isinstance(self.system_ref, Unset):
            system_ref = UNSET
        elif isinstance(self.system_ref, RecordResultSystemRef):
            system_ref = _NULL if self.system_ref is None else self.system_ref.to_dict()

        else:
            system_ref = self.system_ref

        id = self.id

        _field_dict: dict[str, Any] = {}
        _field_dict.update(self.additional_properties)
        if status is not UNSET:
            _field_dict["status"] = status
        if error is not UNSET:
            _field_dict["error"] = error
        if type_ is not UNSET:
            _field_dict["type"] = type_
        if system_ref is not UNSET:
            _field_dict["systemRef"] = system_ref
        if id is not UNSET:
            _field_dict["id"] = id

        return _field_dict

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
if not _TYPE_CHECKING:
    from ..models.record_error import RecordError
    from ..models.record_result_system_ref import RecordResultSystemRef
