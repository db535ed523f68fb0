"""A stdlib client for the VoiceMeUp emulator tests (/voicemeup/api/v1.1/<format>/<request_type> and
the control API). A module of its own with a carrier-specific name, so it cannot clash with others."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from urllib.parse import urlencode

from emulator.voicemeup.seed import DEMO_AUTH_TOKEN, DEMO_USERNAME
from emulator_testclient import exchange

BASE = "/voicemeup/api/v1.1"
CREDS = {"username": DEMO_USERNAME, "auth_token": DEMO_AUTH_TOKEN}


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes

    @property
    def json(self):
        return json.loads(self.body)

    @property
    def details(self) -> dict:
        return self.json["response_details"]

    @property
    def codes(self) -> list:
        """The message codes, in order (single object or list)."""
        messages = self.details["response_messages"]
        if not messages:
            return []
        items = messages["message"]
        return [m["code"] for m in (items if isinstance(items, list) else [items])]

    @property
    def ok(self) -> bool:
        return self.details["response_status"] == "success"

    def records(self, container: str, item: str) -> list:
        value = self.json.get(container, "")
        if not value:
            return []
        value = value[item]
        return value if isinstance(value, list) else [value]


def multipart(fields: dict, files: dict | None = None) -> tuple[bytes, str]:
    boundary = "----vmu" + uuid.uuid4().hex
    chunks = []
    for name, value in fields.items():
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    for name, (filename, data, ctype) in (files or {}).items():
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; filename="{filename}"\r\n'
                      f"Content-Type: {ctype}\r\n\r\n".encode() + data + b"\r\n")
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


class VoiceMeUp:
    def __init__(self, port: int) -> None:
        self.port = port

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> Reply:
        return Reply(*exchange(self.port, method, path, body, headers, timeout=30))

    def raw(self, request_type: str, params, via: str = "get", fmt: str = "json", query=None, files=None) -> Reply:
        """``params`` as a query ("get"), a form body ("post") or multipart; ``params`` may be a dict or
        a list of pairs (PHP bracket keys)."""
        path = f"{BASE}/{fmt}/{request_type}"
        if query:
            path += "?" + urlencode(query)
        if via == "get":
            return self.request("GET", path + ("&" if "?" in path else "?") + urlencode(params))
        if via == "multipart":
            body, ctype = multipart(dict(params), files)
            return self.request("POST", path, body, {"Content-Type": ctype})
        return self.request("POST", path, urlencode(params).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def call(self, request_type: str, via: str = "get", fmt: str = "json", **params) -> Reply:
        """With the demo credentials; None values are left out."""
        full = {**CREDS, **{k: v for k, v in params.items() if v is not None}}
        reply = self.raw(request_type, full, via, fmt)
        assert reply.status == 200, reply.body
        return reply

    def ok(self, request_type: str, via: str = "get", **params) -> Reply:
        reply = self.call(request_type, via, **params)
        assert reply.ok, (request_type, reply.json)
        return reply

    def error(self, request_type: str, via: str = "get", **params) -> list:
        reply = self.call(request_type, via, **params)
        assert not reply.ok, (request_type, reply.json)
        return reply.codes

    # -- control API --------------------------------------------------------------------------
    def control(self, method: str, path: str, body=None) -> Reply:
        data = json.dumps(body).encode() if body is not None else None
        return self.request(method, "/_emulator" + path, data, {"Content-Type": "application/json"} if data else {})

    def seed(self, **payload) -> dict:
        reply = self.control("POST", "/seed", {"carrier": "voicemeup", **payload})
        assert reply.status == 200, reply.body
        return reply.json

    def state(self) -> dict:
        return self.control("GET", "/state?carrier=voicemeup", None).json

    def account(self, username: str = DEMO_USERNAME) -> dict:
        return self.state()["accounts"][username]

    def advance(self, seconds: float) -> None:
        assert self.control("POST", "/clock", {"advance": seconds}).status == 200
