"""Fault kinds for failure semantics: answers lost after a write (malformed/wrong_shape/drop with
after_effect), dropped connections, Retry-After variants, the per-account lockout, and what the
request log says about a faulted request."""

from __future__ import annotations

import http.client
import socket
import time
from email.utils import parsedate_to_datetime

import pytest
from voipms_testclient import VoipMs

from emulator.faults import FaultQueue

NUMBER = 9195550100  # in the QuestBlue pool at start
# 2023-11-14 22:13:20 UTC: a fixed wall clock, so Retry-After dates and lockout ends are exact
WALL = 1_700_000_000.0


class FakeWall:
    """A wall clock the test moves by hand (lockouts use real time, not the emulator clock)."""

    def __init__(self) -> None:
        self.now = WALL

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def wall(server, monkeypatch) -> FakeWall:
    fake = FakeWall()
    monkeypatch.setattr(server.emulator.faults, "wall_clock", fake)
    return fake


@pytest.fixture
def vms(client) -> VoipMs:
    return VoipMs(client.port)


def _fault(client, **rule) -> int:
    reply = client.control("POST", "/faults", {"carrier": "questblue", **rule})
    assert reply.status == 200, reply.body
    return reply.json["id"]


def _log(client) -> list[dict]:
    return client.control("GET", "/requests").json["requests"]


def _order(client, **kw):
    return client.qb("POST", "/did", {"tier": "1", "did": NUMBER}, **kw)


# -- request log: fault kind and whether the carrier processed the request ------------------------

def test_log_says_applied_and_which_rule(client):
    fid = _fault(client, kind="status", status=503, method="POST", path="/did")
    assert _order(client).status == 503
    client.qb("GET", "/did")
    refused, read = _log(client)
    # write keeps its meaning (the request is a write); applied false says nothing changed
    assert refused["write"] is True and refused["applied"] is False
    assert refused["fault"] == "status" and refused["fault_id"] == fid
    assert read["applied"] is True and read["fault"] is None and read["fault_id"] is None


# -- malformed ------------------------------------------------------------------------------------

def test_malformed_default_changes_nothing(client):
    _fault(client, kind="malformed", method="POST", path="/did")
    reply = _order(client)
    assert reply.status == 200
    with pytest.raises(ValueError):
        reply.json
    assert client.owned() == {}
    entry = _log(client)[0]
    assert entry["fault"] == "malformed" and entry["write"] is True and entry["applied"] is False


def test_malformed_after_effect_applies_then_garbles(client):
    _fault(client, kind="malformed", method="POST", path="/did", after_effect=True)
    reply = _order(client)
    assert reply.status == 200 and reply.headers["content-type"] == "application/json"
    with pytest.raises(ValueError):
        reply.json
    assert list(client.owned()) == [str(NUMBER)]
    entry = _log(client)[0]
    assert entry["fault"] == "malformed" and entry["write"] is True and entry["applied"] is True


# -- wrong_shape ----------------------------------------------------------------------------------

def test_wrong_shape_default_is_empty_list(client):
    _fault(client, kind="wrong_shape", path="/did")
    reply = client.qb("GET", "/did")
    assert reply.status == 200 and reply.json == []
    assert client.qb("GET", "/did").json["data"] == []  # used up: the real answer again


@pytest.mark.parametrize("body", ["OK", [{"x": 1}], None, {"data": "nope"}, 0])
def test_wrong_shape_sends_any_json_value(client, body):
    _fault(client, kind="wrong_shape", path="/did", body=body)
    reply = client.qb("GET", "/did")
    assert reply.status == 200 and reply.headers["content-type"] == "application/json"
    assert reply.json == body


def test_wrong_shape_without_effect_changes_nothing(client):
    _fault(client, kind="wrong_shape", method="POST", path="/did", body="OK")
    assert _order(client).json == "OK"
    assert client.owned() == {}
    assert _log(client)[0]["applied"] is False


def test_wrong_shape_after_effect_applies(client):
    _fault(client, kind="wrong_shape", method="POST", path="/did", body=[{"x": 1}], after_effect=True)
    assert _order(client).json == [{"x": 1}]
    assert list(client.owned()) == [str(NUMBER)]
    entry = _log(client)[0]
    assert entry["fault"] == "wrong_shape" and entry["applied"] is True and entry["status"] == 200


def test_wrong_shape_listed_with_its_body(client):
    _fault(client, kind="wrong_shape", body={"a": [1]})
    listed = client.control("GET", "/faults").json["faults"][0]
    assert listed["body"] == {"a": [1]}
    assert "limit" not in listed and "retry_after_date" not in listed


# -- drop -----------------------------------------------------------------------------------------

def _raw_exchange(port: int, request: bytes) -> bytes:
    """Send one raw request and read until the server closes; returns every byte it sent."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(request)
        received = b""
        while True:
            chunk = sock.recv(4096)
            if not chunk:
                return received
            received += chunk


def test_drop_closes_without_a_status_line_and_server_keeps_serving(client, capsys):
    _fault(client, kind="drop", path="/did/states")
    auth = client.qb_headers()
    head = "".join(f"{k}: {v}\r\n" for k, v in auth.items())
    request = f"GET /questblue/did/states HTTP/1.1\r\nHost: x\r\n{head}\r\n".encode()
    assert _raw_exchange(client.port, request) == b""
    # a deliberate close, not a handler that crashed on the missing answer
    assert "Traceback" not in capsys.readouterr().err
    # the next request, on a new connection, is served as usual
    assert client.qb("GET", "/did/states").status == 200
    entry = _log(client)[0]
    assert entry["fault"] == "drop" and entry["status"] is None and entry["applied"] is False


def test_drop_is_a_remote_disconnect_for_clients(client):
    _fault(client, kind="drop", times=2)
    with pytest.raises(http.client.RemoteDisconnected):
        client.qb("GET", "/did")
    httpx = pytest.importorskip("httpx")
    with pytest.raises(httpx.RemoteProtocolError):
        httpx.get(f"http://127.0.0.1:{client.port}/questblue/did", headers=client.qb_headers(), timeout=5)
    assert client.qb("GET", "/did").status == 200


def test_drop_after_a_delay(client):
    _fault(client, kind="drop", delay=0.3)
    started = time.monotonic()
    with pytest.raises(http.client.RemoteDisconnected):
        client.qb("GET", "/did")
    assert time.monotonic() - started >= 0.3


def test_drop_on_a_kept_alive_connection(client):
    """A dropped answer in the middle of a keep-alive connection closes that connection."""
    conn = http.client.HTTPConnection("127.0.0.1", client.port, timeout=5)
    try:
        conn.request("GET", "/questblue/did/states", headers=client.qb_headers())
        first = conn.getresponse()
        assert first.status == 200
        first.read()
        _fault(client, kind="drop")
        conn.request("GET", "/questblue/did/states", headers=client.qb_headers())
        with pytest.raises(http.client.RemoteDisconnected):
            conn.getresponse()
    finally:
        conn.close()


def test_drop_without_effect_changes_nothing(client):
    _fault(client, kind="drop", method="POST", path="/did")
    with pytest.raises(http.client.RemoteDisconnected):
        _order(client)
    assert client.owned() == {}


def test_drop_after_effect_applies(client):
    _fault(client, kind="drop", method="POST", path="/did", after_effect=True)
    with pytest.raises(http.client.RemoteDisconnected):
        _order(client)
    assert list(client.owned()) == [str(NUMBER)]
    entry = _log(client)[0]
    assert entry["fault"] == "drop" and entry["write"] is True and entry["applied"] is True
    assert entry["status"] is None


def test_drop_after_effect_by_voipms_function(client, vms):
    """The ``function`` selector keeps working with the new kinds."""
    client.control("POST", "/faults", {"carrier": "voipms", "function": "orderDID", "kind": "drop",
                                       "after_effect": True})
    vms.ok("getBalance")  # another function: untouched
    with pytest.raises(http.client.RemoteDisconnected):
        vms.order("7862285619")
    assert vms.did_info("7862285619")["did"] == "7862285619"


# -- rate_limit variants --------------------------------------------------------------------------

def test_rate_limit_retry_after_date_uses_the_wall_clock(client, wall):
    _fault(client, kind="rate_limit", retry_after=120, retry_after_date=True, times=2)
    reply = client.qb("GET", "/did")
    assert reply.status == 429
    # RFC 9110 IMF-fixdate, now + retry_after
    assert reply.headers["retry-after"] == "Tue, 14 Nov 2023 22:15:20 GMT"
    assert parsedate_to_datetime(reply.headers["retry-after"]).timestamp() == WALL + 120
    # the emulator's carrier clock does not move it
    assert client.control("POST", "/clock", {"advance": 86400}).status == 200
    assert client.qb("GET", "/did").headers["retry-after"] == "Tue, 14 Nov 2023 22:15:20 GMT"


def test_rate_limit_without_retry_after(client):
    _fault(client, kind="rate_limit", retry_after=None)
    reply = client.qb("GET", "/did")
    assert reply.status == 429 and "retry-after" not in reply.headers
    assert reply.json == {"error": "Too many requests"}
    assert client.control("GET", "/faults").json["faults"] == []


def test_rate_limit_listed_with_null_retry_after(client):
    _fault(client, kind="rate_limit", retry_after=None)
    listed = client.control("GET", "/faults").json["faults"][0]
    assert listed["retry_after"] is None and listed["retry_after_date"] is False


# -- lockout --------------------------------------------------------------------------------------

def test_lockout_after_limit_then_every_request_extends_it(client, wall):
    fid = _fault(client, kind="lockout", limit=2, window=60, lockout=100)
    assert client.qb("GET", "/did").status == 200
    wall.now += 10
    assert client.qb("GET", "/did").status == 200
    wall.now += 10
    third = client.qb("GET", "/did")
    assert third.status == 429 and third.headers["retry-after"] == "100"
    assert third.json == {"error": "Locked out: too many requests"}
    wall.now += 60
    # during the lockout: refused, and the lockout restarts from this request
    during = _order(client)
    assert during.status == 429 and during.headers["retry-after"] == "100"
    listed = client.control("GET", "/faults").json["faults"][0]
    assert listed["id"] == fid and listed["refused"] == 2  # the third request and the order
    (account,) = listed["accounts"]
    assert account["carrier"] == "questblue" and account["account"] == "demo" and account["locked"] is True
    assert account["locked_until"] == WALL + 80 + 100 and account["remaining"] == 100
    wall.now += 99
    assert client.qb("GET", "/did").status == 429  # 99 s after the last refused request
    wall.now += 101
    assert client.qb("GET", "/did").status == 200  # passed: counting starts afresh
    assert client.qb("GET", "/did").status == 200
    owned = client.control("GET", "/state", query={"carrier": "questblue"}).json
    assert owned["accounts"]["demo"]["dids"] in ({}, [])  # the refused order changed nothing
    entries = [e for e in _log(client) if e["fault"] == "lockout"]
    assert entries and all(e["status"] == 429 and e["applied"] is False and e["fault_id"] == fid for e in entries)
    assert any(e["method"] == "POST" and e["write"] is True for e in entries)


def test_lockout_observable_end(client, wall):
    _fault(client, kind="lockout", limit=0, window=1, lockout=30)
    assert client.qb("GET", "/did").status == 429
    wall.now += 5
    account = client.control("GET", "/faults").json["faults"][0]["accounts"][0]
    assert account["locked_until"] == WALL + 30 and account["remaining"] == 25 and account["refused"] == 1


def test_lockout_counts_within_the_window_only(client, wall):
    _fault(client, kind="lockout", limit=1, window=10, lockout=50)
    assert client.qb("GET", "/did").status == 200
    wall.now += 11
    assert client.qb("GET", "/did").status == 200
    wall.now += 5
    assert client.qb("GET", "/did").status == 429


def test_lockout_default_length_is_an_hour(client, wall):
    _fault(client, kind="lockout", limit=0, window=60)
    assert client.qb("GET", "/did").headers["retry-after"] == "3600"
    assert client.control("GET", "/faults").json["faults"][0]["lockout"] == 3600


def test_lockout_is_per_account(client, wall):
    client.seed(accounts=[{"login": "other", "password": "pw", "security_key": "k"}])
    _fault(client, kind="lockout", limit=1, window=60)
    assert client.qb("GET", "/did").status == 200
    assert client.qb("GET", "/did").status == 429
    other = client.qb_headers(login="other", password="pw", key="k")
    assert client.qb("GET", "/did", headers=other).status == 200


def test_lockout_on_the_voipms_mount_per_api_username(client, vms, wall):
    client.control("POST", "/faults", {"carrier": "voipms", "kind": "lockout", "limit": 1, "window": 60})
    vms.ok("getBalance")
    assert vms.raw({"api_username": "demo@example.com", "api_password": "x", "method": "getBalance"}).status == 429
    # another (unknown) username is another account: the carrier answers it
    reply = vms.raw({"api_username": "someone@example.com", "api_password": "x", "method": "getBalance"})
    assert reply.status == 200 and reply.json["status"] == "invalid_credentials"
    assert client.qb("GET", "/did").status == 200  # the rule names voipms only


def test_lockout_refusal_spares_queued_faults(client, wall):
    _fault(client, kind="lockout", limit=1, window=60, lockout=1)
    _fault(client, kind="status", status=503, path="/did/states")
    assert client.qb("GET", "/did").status == 200
    assert client.qb("GET", "/did/states").status == 429
    wall.now += 2
    assert client.qb("GET", "/did/states").status == 503  # the queued rule was still there


def test_lockout_ends_on_delete_and_reset(client, wall):
    _fault(client, kind="lockout", limit=0, window=60)
    assert client.qb("GET", "/did").status == 429
    assert client.control("DELETE", "/faults").status == 200
    assert client.qb("GET", "/did").status == 200
    _fault(client, kind="lockout", limit=0, window=60)
    assert client.qb("GET", "/did").status == 429
    assert client.control("POST", "/reset", {"carrier": "questblue"}).status == 200
    assert client.qb("GET", "/did").status == 200


def test_lockout_without_account_counts_per_mount():
    """A request without an account (or a carrier that exposes none) counts per carrier mount."""
    queue = FaultQueue()
    queue.wall_clock = lambda: WALL
    queue.add({"kind": "lockout", "limit": 1, "window": 60}, {"questblue", "voipms"})
    assert queue.lockout("questblue", "GET", "/did", None, None) is None
    assert queue.lockout("questblue", "GET", "/did", None, None)[1] == 3600
    assert queue.lockout("voipms", "GET", "/x", None, None) is None  # another mount
    assert queue.lockout("questblue", "GET", "/did", None, "demo") is None  # an account of its own


# -- validation -----------------------------------------------------------------------------------

@pytest.mark.parametrize("rule", [
    {"kind": "lockout", "window": 60},                       # limit missing
    {"kind": "lockout", "limit": 1},                         # window missing
    {"kind": "lockout", "limit": -1, "window": 60},
    {"kind": "lockout", "limit": 1, "window": 0},
    {"kind": "lockout", "limit": 1, "window": 60, "lockout": 0},
    {"kind": "lockout", "limit": "3", "window": 60},
    {"kind": "lockout", "limit": 1, "window": 60, "after_effect": True},
    {"kind": "status", "after_effect": True},
    {"kind": "rate_limit", "after_effect": True},
    {"kind": "status", "limit": 3},
    {"kind": "status", "body": []},
    {"kind": "drop", "retry_after_date": True},
    {"kind": "rate_limit", "retry_after_date": "yes"},
    {"kind": "rate_limit", "retry_after": None, "retry_after_date": True},
    {"kind": "drop", "after_effect": "yes"},
])
def test_bad_rules_are_refused(client, rule):
    reply = client.control("POST", "/faults", rule)
    assert reply.status == 400, rule
    assert client.control("GET", "/faults").json["faults"] == []
