"""QuestBlue authentication order, messages, status codes, status_mode and unknown calls."""

from __future__ import annotations

import hashlib

from emulator_testclient import Client

from emulator.questblue.seed import DEMO_SECURITY_KEY


def test_demo_security_key_is_md5_of_private_key_and_id():
    assert DEMO_SECURITY_KEY == hashlib.md5(b"demo-private-key1001").hexdigest()


def test_valid_credentials(client):
    reply = client.qb("GET", "/account/getbalance")
    assert reply.status == 200
    assert reply.json == {"data": {"balance": "100.00", "allowed_credit": "0.00"}}


def test_missing_basic_auth(client):
    reply = client.request("GET", "/questblue/account/getbalance", headers={"Security-Key": DEMO_SECURITY_KEY})
    assert reply.status == 401
    assert reply.json == {"error": "Authentication failed"}


def test_wrong_password_and_unknown_login(client):
    for login, password in (("demo", "wrong"), ("nobody", "demo-password")):
        reply = client.request("GET", "/questblue/did", headers=Client.qb_headers(login, password))
        assert reply.status == 401 and reply.json == {"error": "Authentication failed"}


def test_garbled_basic_header(client):
    headers = {"Authorization": "Basic !!!notbase64", "Security-Key": DEMO_SECURITY_KEY}
    assert client.request("GET", "/questblue/did", headers=headers).json == {"error": "Authentication failed"}


def test_security_key_missing_or_wrong(client):
    for key in (None, "0" * 32, DEMO_SECURITY_KEY.upper()):  # compared verbatim: case matters
        reply = client.request("GET", "/questblue/did", headers=Client.qb_headers(key=key))
        assert reply.status == 401 and reply.json == {"error": "Invalid Security-Key"}


def test_ip_not_allowed_comes_first(client):
    client.seed(accounts=[{"login": "far", "password": "pw", "security_key": "k",
                           "allowed_ips": ["203.0.113.9"]}])
    # right credentials, wrong source IP
    reply = client.request("GET", "/questblue/did", headers=Client.qb_headers("far", "pw", "k"))
    assert reply.status == 403
    assert reply.json == {"error": "Access denied for IP 127.0.0.1"}
    # IP is checked before the password and the key
    reply = client.request("GET", "/questblue/did", headers=Client.qb_headers("far", "bad", None))
    assert reply.status == 403


def test_password_checked_before_key(client):
    reply = client.request("GET", "/questblue/did", headers=Client.qb_headers("demo", "bad", "bad"))
    assert reply.json == {"error": "Authentication failed"}


def test_auth_before_routing(client):
    reply = client.request("GET", "/questblue/nonexistent")
    assert reply.status == 401


def test_seeded_account_has_its_own_inventory(client):
    client.seed(accounts=[{"login": "acme", "password": "pw", "security_key": "k2"}],
                trunks=[{"trunk": "acmetrunk", "ip_address": "192.0.2.30", "account": "acme"}],
                owned=[{"did": "9195550150", "account": "acme", "note": "acme"}])
    acme = Client.qb_headers("acme", "pw", "k2")
    rows = client.request("GET", "/questblue/did", headers=acme).json["data"]
    assert [r["did"] for r in rows] == ["9195550150"]
    assert client.owned() == {}  # demo sees none of it
    # trunk names are unique system-wide
    reply = client.qb("POST", "/siptrunk", {"trunk": "acmetrunk", "ip_address": "192.0.2.1"})
    assert reply.json == {"error": "SIP trunk acmetrunk already exists"}
    # and demo cannot touch acme's number
    assert client.qb("DELETE", "/did", {"did": "9195550150"}).json == {"error": "DID 9195550150 not found"}


def test_unknown_path_and_method(client):
    reply = client.qb("GET", "/nonexistent")
    assert reply.status == 404 and reply.json == {"error": "Unknown API method"}
    reply = client.qb("PATCH", "/did", {"did": "9195550100"})
    assert reply.status == 405 and reply.json == {"error": "Unknown API method"}
    reply = client.qb("DELETE", "/did/states")
    assert reply.status == 405


def test_trailing_slash_is_tolerated(client):
    assert client.qb("GET", "/did/states/").json["total"] == 60


def test_status_mode_seed_makes_everything_200(client):
    client.seed(settings={"status_mode": "seed"})
    reply = client.qb("PUT", "/did", {"did": "9195550100"})
    assert reply.status == 200 and reply.json == {"error": "DID 9195550100 not found"}
    reply = client.request("GET", "/questblue/did", headers=Client.qb_headers(password="bad"))
    assert reply.status == 200 and reply.json == {"error": "Authentication failed"}
    reply = client.qb("POST", "/did", {"tier": "1", "did": [9195550100, 1]})
    assert reply.status == 200 and reply.json == {"warning": ["DID 1 is not available"]}
    # reset restores the default mode
    client.control("POST", "/reset", {"carrier": "questblue"})
    assert client.qb("PUT", "/did", {"did": "9195550100"}).status == 206
    assert client.control("POST", "/seed", {"carrier": "questblue", "settings": {"status_mode": "x"}}).status == 400


def test_ipv6_loopback_is_allowed():
    import socket

    from emulator import EmulatorServer

    try:
        srv = EmulatorServer("::1", 0).start()
    except OSError:  # no IPv6 on this host
        return
    try:
        import http.client

        conn = http.client.HTTPConnection("::1", srv.port, timeout=5)
        conn.request("GET", "/questblue/did/states", headers=Client.qb_headers())
        resp = conn.getresponse()
        assert resp.status == 200
        conn.close()
    except socket.error:
        return
    finally:
        srv.stop()
        srv.join(5)
