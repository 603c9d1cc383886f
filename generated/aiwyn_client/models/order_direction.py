# Generated from openapi/aiwyn.yaml by openapi-python-client 0.29.1 with overlays/templates/model.py.jinja: edit those; `make generate` rewrites this file.
from collections.abc import Mapping as _Mapping
from enum import Enum as _Enum
from typing import ClassVar as _ClassVar


class OrderDirection(str, _Enum):
    ASC = "asc"
    DESC = "desc"

    __members_by_value__: _ClassVar[_Mapping[str, "OrderDirection"]]

    def __str__(self) -> str:
        return str(self.value)

    @property
    def is_known(self) -> bool:
        """False for a value the server sent that the description does not list (kept as it came)."""
        return type(self).__members_by_value__.get(self.value) is self


OrderDirection.__members_by_value__ = {_member.value: _member for _member in OrderDirection}
