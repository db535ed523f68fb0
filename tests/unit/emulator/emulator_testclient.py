"""A tiny stdlib HTTP client for the emulator's own tests (no third-party dependency)."""

from __future__ import annotations

import base64
import http.client
import json
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from emulator.questblue.seed import DEMO_LOGIN, DEMO_PASSWORD, DEMO_SECURITY_KEY

#: tests/, the directory that holds the ``emulator`` package
TESTS_DIR = Path(__file__).resolve().parents[2]


def exchange(port: int, method: str, path: str, body: bytes | None = None, headers: dict | None = None,
             timeout: float = 30.0) -> tuple[int, dict, bytes]:
    """One HTTP request to the emulator on ``port``: (status, headers with lower-case names, body).
    The carriers' test clients wrap it in a reply class of their own."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes

    @property
    def json(self):
        return json.loads(self.body)

    @property
    def error(self):
        return self.json["error"]


class Client:
    def __init__(self, port: int) -> None:
        self.port = port

    def request(self, method: str, path: str, *, query=None, body=None, json_body=None, form=None,
                headers=None, timeout: float = 10.0) -> Reply:
        if query:
            path += ("&" if "?" in path else "?") + (query if isinstance(query, str) else urlencode(query))
        hdrs = dict(headers or {})
        if json_body is not None:
            body = json.dumps(json_body).encode()
            hdrs.setdefault("Content-Type", "application/json")
        elif form is not None:
            body = (form if isinstance(form, str) else urlencode(form)).encode()
            hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
        if isinstance(body, str):
            body = body.encode()
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=hdrs)
            resp = conn.getresponse()
            return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read())
        finally:
            conn.close()

    # -- QuestBlue with the demo credentials -------------------------------------------------
    @staticmethod
    def qb_headers(login=DEMO_LOGIN, password=DEMO_PASSWORD, key=DEMO_SECURITY_KEY) -> dict:
        headers = {"Authorization": "Basic " + base64.b64encode(f"{login}:{password}".encode()).decode()}
        if key is not None:
            headers["Security-Key"] = key
        return headers

    def qb(self, method: str, path: str, params=None, *, via="json", headers=None, **kw) -> Reply:
        """Call /questblue<path>; ``params`` go as a JSON body (default), "query" or "form"."""
        hdrs = {**self.qb_headers(), **(headers or {})}
        if params is not None:
            kw[{"json": "json_body", "query": "query", "form": "form"}[via]] = params
        return self.request(method, "/questblue" + path, headers=hdrs, **kw)

    # -- control API -------------------------------------------------------------------------
    def control(self, method: str, path: str, body=None, query=None) -> Reply:
        return self.request(method, "/_emulator" + path, json_body=body, query=query)

    def seed(self, **payload) -> Reply:
        reply = self.control("POST", "/seed", {"carrier": "questblue", **payload})
        assert reply.status == 200, reply.body
        return reply

    def state(self) -> dict:
        return self.control("GET", "/state", query={"carrier": "questblue"}).json

    def owned(self) -> dict:
        """did -> GET /did row, through the API (all pages)."""
        rows = self.qb("GET", "/did", {"per_page": 200}).json["data"]
        return {row["did"]: row for row in rows}

    def order(self, *dids, tier="1", **extra) -> Reply:
        reply = self.qb("POST", "/did", {"tier": tier, "did": list(dids), **extra})
        assert reply.status == 200 and reply.body == b"", reply.body
        return reply
