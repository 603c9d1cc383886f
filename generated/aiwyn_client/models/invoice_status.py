from collections.abc import Mapping
from enum import Enum
from typing import ClassVar


class InvoiceStatus(str, Enum):
    CANCELLED = "CANCELLED"
    DRAFT = "DRAFT"
    OVERDUE = "OVERDUE"
    PAID = "PAID"
    PENDING = "PENDING"
    POSTED = "POSTED"

    __members_by_value__: ClassVar[Mapping[str, "InvoiceStatus"]]

    def __str__(self) -> str:
        return str(self.value)


InvoiceStatus.__members_by_value__ = {member.value: member for member in InvoiceStatus}
