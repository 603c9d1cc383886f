from enum import Enum


class DraftInvoiceReviewStatus(str, Enum):
    APPROVED = "APPROVED"
    IN_REVIEW = "IN_REVIEW"
    NOT_STARTED = "NOT_STARTED"
    PENDING_APPROVAL = "PENDING_APPROVAL"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)
