"""Tokens as the API issues them, for servers and transports the tests script."""

from __future__ import annotations

import base64
import json
from typing import Any


def make_jwt(exp: float, **claims: Any) -> str:
    """An unsigned JWT expiring at ``exp``; its signature part is text no output may show."""

    def part(data: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part({'exp': int(exp), **claims})}.sig-THIS-MUST-NOT-LEAK"
