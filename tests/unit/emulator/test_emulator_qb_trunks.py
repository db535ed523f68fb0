"""POST/GET/PUT/DELETE /siptrunk and DID <-> trunk routing symmetry."""

from __future__ import annotations

import pytest

FAILOVER = {"failover_ip_address": "192.0.2.99", "failover_num": 3, "failover_time": 5}


def _trunks(client, **params) -> dict:
    return {t["trunk"]: t for t in client.qb("GET", "/siptrunk", params).json["data"]}


def _stored(client, name) -> dict:
    return {t["trunk"]: t for t in client.state()["accounts"]["demo"]["trunks"]}[name]


def test_seeded_trunk(client):
    body = client.qb("GET", "/siptrunk").json
    assert body == {"total": 1, "total_pages": 1, "current_page": 1, "data": [
        {"trunk": "demotrunk", "type": "static", "status": "on", "ip_address": "192.0.2.10",
         "routed_dids": [], "inter_call": "off"}]}


def test_create_static(client):
    reply = client.qb("POST", "/siptrunk", {"trunk": "Office1", "password": "Secret123", "ip_address": "192.0.2.50"})
    assert reply.status == 200 and reply.body == b""
    assert _trunks(client)["Office1"] == {
        "trunk": "Office1", "type": "static", "status": "on", "ip_address": "192.0.2.50", "routed_dids": [],
        "inter_call": "off"}
    assert _stored(client, "Office1")["password"] == "Secret123"


def test_create_generates_password_deterministically(client):
    client.qb("POST", "/siptrunk", {"trunk": "auto1", "ip_address": "192.0.2.50"})
    first = _stored(client, "auto1")["password"]
    assert len(first) >= 4 and first.isalnum()
    client.control("POST", "/reset", {})
    client.qb("POST", "/siptrunk", {"trunk": "auto1", "ip_address": "192.0.2.50"})
    assert _stored(client, "auto1")["password"] == first


def test_create_dynamic_host_overrides_ip(client):
    client.qb("POST", "/siptrunk", {"trunk": "dyn", "ip_address": "192.0.2.50", "dynamic_host": "pbx.example.com"})
    assert _trunks(client)["dyn"]["ip_address"] == ""
    assert _stored(client, "dyn")["dynamic_host"] == "pbx.example.com"


def test_create_registration_needs_account_flag(client):
    reply = client.qb("POST", "/siptrunk", {"trunk": "reg1"})
    assert reply.json == {"error": "Parameter ip_address is required"}
    client.seed(accounts=[{"login": "demo", "password": "demo-password",
                           "security_key": client.qb_headers()["Security-Key"],
                           "allow_registration_trunks": True}])
    assert client.qb("POST", "/siptrunk", {"trunk": "reg1"}).status == 200
    assert _trunks(client)["reg1"]["type"] == "registration"
    # ip_address is for static trunks only
    assert client.qb("PUT", "/siptrunk", {"trunk": "reg1", "ip_address": "192.0.2.1"}).json == {
        "error": "Invalid value for parameter ip_address"}


@pytest.mark.parametrize("params,error", [
    ({}, "Parameter trunk is required"),
    ({"trunk": "has space", "ip_address": "192.0.2.1"}, "Invalid value for parameter trunk"),
    ({"trunk": "a" * 16, "ip_address": "192.0.2.1"}, "Invalid value for parameter trunk"),
    ({"trunk": "demotrunk", "ip_address": "192.0.2.1"}, "SIP trunk demotrunk already exists"),
    ({"trunk": "t1", "ip_address": "192.0.2.1", "password": "abc"}, "Invalid value for parameter password"),
    ({"trunk": "t1", "ip_address": "192.0.2.1", "password": "bad-pass"}, "Invalid value for parameter password"),
    ({"trunk": "t1", "ip_address": "999.1.1.1"}, "Invalid value for parameter ip_address"),
    ({"trunk": "t1", "dynamic_host": "bad host!"}, "Invalid value for parameter dynamic_host"),
    ({"trunk": "t1", "ip_address": "192.0.2.1", "inter_call": "maybe"}, "Invalid value for parameter inter_call"),
    ({"trunk": "t1", "ip_address": "192.0.2.1", "inter_call": "on", "inter_limit": 0}, "Invalid value for parameter inter_limit"),
    ({"trunk": "t1", "ip_address": "192.0.2.1", "failover": {"failover_num": 1}}, "Parameter failover_ip_address is required"),
    ({"trunk": "t1", "ip_address": "192.0.2.1", "did": 9195550100}, "DID 9195550100 not found"),
])
def test_create_validation(client, params, error):
    reply = client.qb("POST", "/siptrunk", params)
    assert reply.status == 206 and reply.json == {"error": error}
    assert list(_trunks(client)) == ["demotrunk"]


def test_create_inter_call_and_limit(client):
    client.qb("POST", "/siptrunk", {"trunk": "intl", "ip_address": "192.0.2.1", "inter_call": "on", "inter_limit": "50",
                                    "failover": FAILOVER})
    assert _trunks(client)["intl"]["inter_call"] == "on"
    stored = _stored(client, "intl")
    assert stored["inter_limit"] == 50 and stored["failover"] == FAILOVER
    # inter_limit is ignored (even if out of range) unless inter_call is on
    assert client.qb("POST", "/siptrunk", {"trunk": "dom", "ip_address": "192.0.2.1", "inter_limit": 5000}).status == 200
    assert _stored(client, "dom")["inter_limit"] is None


def test_inter_call_needs_account_flag(client):
    client.seed(accounts=[{"login": "demo", "password": "demo-password",
                           "security_key": client.qb_headers()["Security-Key"], "allow_inter_call": False}])
    reply = client.qb("POST", "/siptrunk", {"trunk": "intl", "ip_address": "192.0.2.1", "inter_call": "on"})
    assert reply.json == {"error": "International calls are not enabled for this account"}


def test_create_with_did_routes_it(client):
    client.order("9195550100")
    assert client.qb("POST", "/siptrunk", {"trunk": "t2", "ip_address": "192.0.2.2", "did": "9195550100"}).status == 200
    assert _trunks(client)["t2"]["routed_dids"] == ["9195550100"]
    assert client.owned()["9195550100"]["route2trunk"] == "t2"


def test_create_with_did_routed_elsewhere(client):
    client.order("9195550100", route2trunk="demotrunk")
    reply = client.qb("POST", "/siptrunk", {"trunk": "t2", "ip_address": "192.0.2.2", "did": 9195550100})
    assert reply.json == {"error": "DID 9195550100 is routed to SIP trunk demotrunk"}
    assert "t2" not in _trunks(client)


def test_list_filter_and_paging(client):
    for i in range(12):
        client.qb("POST", "/siptrunk", {"trunk": f"t{i:02d}", "ip_address": "192.0.2.1"})
    assert list(_trunks(client, trunk="t05")) == ["t05"]
    assert _trunks(client, trunk="ghost") == {}
    body = client.qb("GET", "/siptrunk", {"per_page": 5, "page": 3}).json
    assert (body["total"], body["total_pages"], body["current_page"]) == (13, 3, 3)
    # sorted by name: demotrunk, t00..t11 -> page 3 holds t09..t11
    assert [t["trunk"] for t in body["data"]] == ["t09", "t10", "t11"]


def test_update(client):
    reply = client.qb("PUT", "/siptrunk", {"trunk": "demotrunk", "password": "NewPass9", "status": "off",
                                           "ip_address": "192.0.2.77", "inter_call": "on", "inter_limit": 1000,
                                           "failover": FAILOVER})
    assert reply.status == 200 and reply.body == b""
    row = _trunks(client)["demotrunk"]
    assert (row["status"], row["ip_address"], row["inter_call"]) == ("off", "192.0.2.77", "on")
    stored = _stored(client, "demotrunk")
    assert stored["password"] == "NewPass9" and stored["inter_limit"] == 1000 and stored["failover"] == FAILOVER
    client.qb("PUT", "/siptrunk", {"trunk": "demotrunk", "failover": "", "status": "on"})
    assert _stored(client, "demotrunk")["failover"] is None
    assert _trunks(client)["demotrunk"]["status"] == "on"


def test_update_dynamic_host_then_back_to_ip(client):
    client.qb("PUT", "/siptrunk", {"trunk": "demotrunk", "dynamic_host": "pbx.example.com"})
    assert _trunks(client)["demotrunk"]["ip_address"] == ""
    client.qb("PUT", "/siptrunk", {"trunk": "demotrunk", "ip_address": "192.0.2.11"})
    assert _trunks(client)["demotrunk"]["ip_address"] == "192.0.2.11"
    assert _stored(client, "demotrunk")["dynamic_host"] == ""


@pytest.mark.parametrize("params,error", [
    ({"status": "paused"}, "Invalid value for parameter status"),
    ({"password": "x!"}, "Invalid value for parameter password"),
    ({"ip_address": "nope"}, "Invalid value for parameter ip_address"),
    ({"inter_call": "on", "inter_limit": 1001}, "Invalid value for parameter inter_limit"),
    ({"failover": {**FAILOVER, "failover_time": 1}}, "Invalid value for parameter failover_time"),
])
def test_update_validation(client, params, error):
    reply = client.qb("PUT", "/siptrunk", {"trunk": "demotrunk", "status": "off", **params})
    assert reply.status == 206 and reply.json == {"error": error}
    assert _trunks(client)["demotrunk"]["status"] == "on"


def test_update_and_delete_unknown_trunk(client):
    assert client.qb("PUT", "/siptrunk", {"trunk": "ghost"}).json == {"error": "SIP trunk ghost not found"}
    assert client.qb("DELETE", "/siptrunk", {"trunk": "ghost"}).json == {"error": "SIP trunk ghost not found"}
    assert client.qb("DELETE", "/siptrunk", {}).json == {"error": "Parameter trunk is required"}


def test_delete_plain(client):
    client.qb("POST", "/siptrunk", {"trunk": "t1", "ip_address": "192.0.2.1"})
    reply = client.qb("DELETE", "/siptrunk", {"trunk": "t1"})
    assert reply.status == 200 and reply.body == b""
    assert "t1" not in _trunks(client)
    # the name is free again
    assert client.qb("POST", "/siptrunk", {"trunk": "t1", "ip_address": "192.0.2.1"}).status == 200


def test_delete_with_routed_dids_unroutes_and_warns(client):
    client.order("9195550100", "9195550101", route2trunk="demotrunk")
    reply = client.qb("DELETE", "/siptrunk", {"trunk": "demotrunk"})
    assert reply.status == 202
    assert reply.json == {"warning": ["DID 9195550100 unrouted from SIP trunk demotrunk",
                                      "DID 9195550101 unrouted from SIP trunk demotrunk"]}
    assert {r["route2trunk"] for r in client.owned().values()} == {""}
    assert _trunks(client) == {}


def test_routing_symmetry(client):
    client.qb("POST", "/siptrunk", {"trunk": "t2", "ip_address": "192.0.2.2"})
    client.order("9195550100", "9195550101")
    client.qb("PUT", "/did", {"did": "9195550100", "route2trunk": "demotrunk"})
    client.qb("PUT", "/did", {"did": "9195550101", "route2trunk": "demotrunk"})
    assert _trunks(client)["demotrunk"]["routed_dids"] == ["9195550100", "9195550101"]
    # moving a DID moves it between trunks' lists
    client.qb("PUT", "/did", {"did": "9195550101", "route2trunk": "t2"})
    trunks = _trunks(client)
    assert trunks["demotrunk"]["routed_dids"] == ["9195550100"] and trunks["t2"]["routed_dids"] == ["9195550101"]
    # unrouting and releasing both drop it from routed_dids
    client.qb("PUT", "/did", {"did": "9195550100", "route2trunk": ""})
    client.qb("DELETE", "/did", {"did": "9195550101"})
    trunks = _trunks(client)
    assert trunks["demotrunk"]["routed_dids"] == [] and trunks["t2"]["routed_dids"] == []


def test_disabled_trunk_keeps_routes_but_takes_no_new_ones(client):
    client.order("9195550100", "9195550101", route2trunk="demotrunk")
    client.qb("PUT", "/siptrunk", {"trunk": "demotrunk", "status": "off"})
    assert _trunks(client)["demotrunk"]["routed_dids"] == ["9195550100", "9195550101"]
    client.qb("PUT", "/did", {"did": "9195550101", "route2trunk": ""})
    assert client.qb("PUT", "/did", {"did": "9195550101", "route2trunk": "demotrunk"}).json == {
        "error": "SIP trunk demotrunk is not active"}
