"""The VoIP.ms error envelope: ``{"status": "<code>"}`` (digest §2). Codes are emitted verbatim."""

from __future__ import annotations


class ApiError(Exception):
    """A function failed with a status code of the seed's table (digest §2.1)."""

    def __init__(self, code: str, message: str | None = None) -> None:
        super().__init__(code)
        self.code = code
        # Only no_provision / no_provision_update carry a description (digest §2, [interpretation]).
        self.message = message

    def payload(self) -> dict:
        body = {"status": self.code}
        if self.message is not None:
            body["message"] = self.message
        return body
