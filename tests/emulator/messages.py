"""The request and response objects passed between the HTTP layer, the core and the carriers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Callable, Optional
from email.message import Message


@dataclass
class Request:
    """One HTTP request as received, with ``path`` made relative to the carrier mount."""

    method: str
    path: str
    query: str
    headers: Message
    body: bytes
    client_ip: str
    full_path: str = ""

    def header(self, name: str, default: str | None = None) -> str | None:
        # email.message.Message lookups are case-insensitive, as HTTP header names are.
        return self.headers.get(name, default)

    @property
    def content_type(self) -> str:
        value = self.header("Content-Type") or ""
        return value.split(";", 1)[0].strip().lower()

    def body_text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass
class Response:
    status: int
    body: bytes = b""
    headers: dict = field(default_factory=dict)
    #: called by the HTTP layer once the response is sent (used by the shutdown call)
    after_send: Optional[Callable[[], None]] = None
    #: extra keys for this request's log entry (VoIP Innovations: ``soap``, its envelope verdict)
    log: Optional[dict] = None

    @classmethod
    def json(cls, status: int, payload, headers: dict | None = None) -> "Response":
        hdrs = {"Content-Type": "application/json"}
        hdrs.update(headers or {})
        return cls(status, json.dumps(payload).encode("utf-8"), hdrs)

    @classmethod
    def empty(cls, status: int = 200) -> "Response":
        # Content-Type is still sent: the carriers are JSON APIs, and clients decide by body length.
        return cls(status, b"", {"Content-Type": "application/json"})
