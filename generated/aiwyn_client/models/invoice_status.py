from enum import Enum


class InvoiceStatus(str, Enum):
    CANCELLED = "CANCELLED"
    DRAFT = "DRAFT"
    OVERDUE = "OVERDUE"
    PAID = "PAID"
    PENDING = "PENDING"
    POSTED = "POSTED"

    def __str__(self) -> str:
        return str(self.value)
