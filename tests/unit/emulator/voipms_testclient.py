"""A stdlib client for the VoIP.ms emulator tests (/voipms/api/v1/rest.php and the control API).
A module of its own with a carrier-specific name, so it cannot clash with other helpers."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from urllib.parse import urlencode

from emulator.voipms.seed import DEMO_PASSWORD, DEMO_USERNAME
from emulator_testclient import exchange

ENDPOINT = "/voipms/api/v1/rest.php"


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes

    @property
    def json(self):
        return json.loads(self.body)


def multipart(fields: dict) -> tuple[bytes, str]:
    boundary = "----voipms" + uuid.uuid4().hex
    chunks = []
    for name, value in fields.items():
        chunks.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode())
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


class VoipMs:
    def __init__(self, port: int) -> None:
        self.port = port

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> Reply:
        return Reply(*exchange(self.port, method, path, body, headers, timeout=10))

    def raw(self, params: dict, via: str = "post", query: dict | None = None) -> Reply:
        """Send ``params`` as a form body ("post"), a query string ("get") or multipart."""
        path = ENDPOINT + ("?" + urlencode(query) if query else "")
        if via == "get":
            sep = "&" if "?" in path else "?"
            return self.request("GET", path + sep + urlencode(params))
        if via == "multipart":
            body, ctype = multipart(params)
            return self.request("POST", path, body, {"Content-Type": ctype})
        return self.request("POST", path, urlencode(params).encode(),
                            {"Content-Type": "application/x-www-form-urlencoded"})

    def call(self, method: str, via: str = "post", **params) -> dict:
        """Call a function with the demo credentials; returns the JSON body (always HTTP 200)."""
        full = {"api_username": DEMO_USERNAME, "api_password": DEMO_PASSWORD, "method": method,
                "content_type": "json", **params}
        reply = self.raw({k: v for k, v in full.items() if v is not None}, via)
        assert reply.status == 200, reply.body
        return reply.json

    def ok(self, method: str, **params) -> dict:
        body = self.call(method, **params)
        assert body["status"] == "success", (method, body)
        return body

    # -- control API --------------------------------------------------------------------------
    def control(self, method: str, path: str, body=None, query: dict | None = None) -> Reply:
        full = "/_emulator" + path + ("?" + urlencode(query) if query else "")
        data = json.dumps(body).encode() if body is not None else None
        return self.request(method, full, data, {"Content-Type": "application/json"} if data else {})

    def seed(self, **payload) -> dict:
        reply = self.control("POST", "/seed", {"carrier": "voipms", **payload})
        assert reply.status == 200, reply.body
        return reply.json

    def state(self) -> dict:
        return self.control("GET", "/state", query={"carrier": "voipms"}).json

    def advance(self, seconds: float) -> None:
        assert self.control("POST", "/clock", {"advance": seconds}).status == 200

    def requests(self, since: int | None = None) -> list:
        query = {"carrier": "voipms"}
        if since is not None:
            query["since"] = since
        return self.control("GET", "/requests", query=query).json["requests"]

    def last_seq(self) -> int:
        return self.control("GET", "/requests").json["last_seq"]

    # -- shortcuts ------------------------------------------------------------------------------
    def order(self, did: str, **extra) -> dict:
        params = {"did": did, "routing": "account:100000", "pop": "1", "dialtime": "60", "cnam": "0",
                  "billing_type": "1", **extra}
        return self.ok("orderDID", **params)

    def did_info(self, did: str) -> dict:
        return self.ok("getDIDsInfo", did=did)["dids"][0]
