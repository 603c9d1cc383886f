from collections.abc import Mapping
from enum import Enum
from typing import ClassVar


class EventOperation(str, Enum):
    CREATE = "CREATE"
    DELETE = "DELETE"
    UPDATE = "UPDATE"

    __members_by_value__: ClassVar[Mapping[str, "EventOperation"]]

    def __str__(self) -> str:
        return str(self.value)


EventOperation.__members_by_value__ = {member.value: member for member in EventOperation}
