from collections.abc import Mapping
from enum import Enum
from typing import ClassVar


class OrderDirection(str, Enum):
    ASC = "asc"
    DESC = "desc"

    __members_by_value__: ClassVar[Mapping[str, "OrderDirection"]]

    def __str__(self) -> str:
        return str(self.value)


OrderDirection.__members_by_value__ = {member.value: member for member in OrderDirection}
