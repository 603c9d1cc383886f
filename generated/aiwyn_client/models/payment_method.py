from enum import Enum


class PaymentMethod(str, Enum):
    ACH = "ACH"
    APPLE_PAY = "APPLE_PAY"
    BANK_TRANSFER = "BANK_TRANSFER"
    CHECK = "CHECK"
    CREDIT_CARD = "CREDIT_CARD"
    DEBIT_CARD = "DEBIT_CARD"
    GOOGLE_PAY = "GOOGLE_PAY"
    PAYPAL = "PAYPAL"
    WIRE = "WIRE"

    def __str__(self) -> str:
        return str(self.value)
