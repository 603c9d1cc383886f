from enum import Enum


class DraftInvoiceStatus(str, Enum):
    APPROVED = "APPROVED"
    CONVERTED = "CONVERTED"
    DRAFT = "DRAFT"
    REJECTED = "REJECTED"
    UNDER_REVIEW = "UNDER_REVIEW"

    def __str__(self) -> str:
        return str(self.value)
