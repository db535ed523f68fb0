"""POST/GET/PUT/DELETE /did: ordering, listing, paging, pattern search, updates, release."""

from __future__ import annotations

import pytest

FAILOVER = {"failover_ip_address": "192.0.2.99", "failover_num": 3, "failover_time": 5}
E911 = {"e911_name": "Acme", "e911_city": "Raleigh", "e911_state": "NC", "e911_zip": "27601",
        "e911_address": "1 Main St"}


# -- order --------------------------------------------------------------------------------------

def test_order_single_int(client):
    reply = client.qb("POST", "/did", {"tier": "1", "did": 9195550100})
    assert reply.status == 200 and reply.body == b""
    assert client.owned()["9195550100"] == {
        "did": "9195550100", "status": "active", "tier": "1", "type": "local", "note": "",
        "route2trunk": "", "lidb": "", "cnam": "", "e911": "", "failover": ""}


def test_order_toll_free_type(client):
    client.order("8445550110", tier="1b")
    row = client.owned()["8445550110"]
    assert row["type"] == "tf" and row["tier"] == "1b"


def test_order_array_all_good(client):
    client.order(9195550100, "9195550101", "+19195550102")
    assert sorted(client.owned()) == ["9195550100", "9195550101", "9195550102"]


def test_order_array_partial_gives_warnings(client):
    client.order("9195550105")
    reply = client.qb("POST", "/did", {"tier": "1", "did": [9195550100, 9195550105, 5551234567, "junk", 9195550200]})
    assert reply.status == 202
    assert reply.json == {"warning": [
        "DID 9195550105 is not available",  # already owned
        "DID 5551234567 is not available",  # not in the pool
        "DID junk is not available",
        "DID 9195550200 is not available",  # in the pool, but under tier 1b
    ]}
    assert sorted(client.owned()) == ["9195550100", "9195550105"]


def test_order_array_all_failing_is_an_error(client):
    reply = client.qb("POST", "/did", {"tier": "1", "did": [5551234567]})
    assert reply.status == 206 and reply.json == {"error": "DID Ordering Error"}


def test_order_single_failures(client):
    client.order("9195550100")
    for did, tier in ((9195550100, "1"), (5551234567, "1"), (9195550200, "1")):
        reply = client.qb("POST", "/did", {"tier": tier, "did": did})
        assert reply.status == 206 and reply.json == {"error": "DID Ordering Error"}


def test_order_validation(client):
    assert client.qb("POST", "/did", {"did": 9195550100}).json == {"error": "Parameter tier is required"}
    assert client.qb("POST", "/did", {"tier": "1"}).json == {"error": "Parameter did is required"}
    assert client.qb("POST", "/did", {"tier": "1", "did": []}).json == {"error": "Parameter did is required"}
    assert client.qb("POST", "/did", {"tier": "3", "did": 9195550100}).json == {"error": "Invalid value for parameter tier"}
    assert client.qb("POST", "/did", {"tier": "1", "did": "91955"}).json == {"error": "Invalid value for parameter did"}
    assert client.owned() == {}


def test_order_with_route2trunk(client):
    client.order("9195550100", "9195550101", route2trunk="demotrunk")
    assert {r["route2trunk"] for r in client.owned().values()} == {"demotrunk"}
    trunk = client.qb("GET", "/siptrunk", {"trunk": "demotrunk"}).json["data"][0]
    assert trunk["routed_dids"] == ["9195550100", "9195550101"]


def test_order_with_missing_trunk_buys_nothing(client):
    reply = client.qb("POST", "/did", {"tier": "1", "did": 9195550100, "route2trunk": "ghost"})
    assert reply.status == 206 and reply.json == {"error": "SIP trunk ghost not found"}
    assert client.owned() == {}


@pytest.mark.parametrize("did", [9195550100, [9195550100, 9195550101]])
def test_order_with_inactive_trunk_buys_nothing(client, did):
    # "The trunk must be active" (seed L518): refused like a missing trunk, nothing bought.
    client.qb("PUT", "/siptrunk", {"trunk": "demotrunk", "status": "off"})
    reply = client.qb("POST", "/did", {"tier": "1", "did": did, "route2trunk": "demotrunk"})
    assert reply.status == 206 and reply.json == {"error": "SIP trunk demotrunk is not active"}
    assert client.owned() == {}
    assert {"9195550100", "9195550101"} <= {p["did"] for p in client.state()["available"]}


def test_order_with_empty_route2trunk(client):
    client.order("9195550100", route2trunk="")
    assert client.owned()["9195550100"]["route2trunk"] == ""


@pytest.mark.parametrize("mode,status,body", [
    ("success", 200, b""),
    ("warning", 202, b'{"warning": ["Warning Message"]}'),
    ("error", 206, b'{"error": "Error Message"}'),
])
def test_testmode_forces_outcome_without_change(client, mode, status, body):
    for method, params in (("POST", {"tier": "1", "did": 9195550100}),
                           ("PUT", {"did": 9195550100, "note": "x"}),
                           ("DELETE", {"did": 9195550100}),
                           ("POST", {"trunk": "tm1", "ip_address": "192.0.2.1"})):
        path = "/siptrunk" if "trunk" in params else "/did"
        reply = client.qb(method, path, {**params, "testmode": mode})
        assert (reply.status, reply.body) == (status, body)
    assert client.owned() == {}
    assert [t["trunk"] for t in client.qb("GET", "/siptrunk").json["data"]] == ["demotrunk"]


def test_testmode_invalid_value_and_ignored_on_reads(client):
    reply = client.qb("POST", "/did", {"tier": "1", "did": 9195550100, "testmode": "sucess"})
    assert reply.json == {"error": "Invalid value for parameter testmode"}
    assert client.owned() == {}
    assert client.qb("GET", "/did", {"testmode": "error"}).status == 200


# -- list, paging, pattern ---------------------------------------------------------------------

def _order_block(client, first: int, count: int, tier="1"):
    client.order(*[first + i for i in range(count)], tier=tier)


def test_list_empty(client):
    assert client.qb("GET", "/did").json == {"total": 0, "total_pages": 0, "current_page": 1, "data": []}


def test_list_pagination(client):
    _order_block(client, 9195550100, 60)
    first = client.qb("GET", "/did").json
    assert (first["total"], first["total_pages"], first["current_page"], len(first["data"])) == (60, 3, 1, 25)
    third = client.qb("GET", "/did", {"page": 3}).json
    assert third["current_page"] == 3 and [r["did"] for r in third["data"]] == [str(9195550150 + i) for i in range(10)]
    beyond = client.qb("GET", "/did", {"page": 9}).json
    assert beyond["data"] == [] and beyond["total"] == 60 and beyond["current_page"] == 9
    # collect all pages the way a client loops: no duplicates, no gaps, sorted
    seen, page = [], 1
    while True:
        body = client.qb("GET", "/did", {"per_page": 7, "page": page}).json
        seen += [r["did"] for r in body["data"]]
        if body["current_page"] >= body["total_pages"]:
            break
        page += 1
    assert seen == [str(9195550100 + i) for i in range(60)]


def test_list_per_page_is_clamped(client):
    _order_block(client, 9195550100, 100)
    _order_block(client, 9195550300, 40)
    _order_block(client, 9845550100, 40)
    _order_block(client, 9845550200, 40)
    assert client.qb("GET", "/did", {"per_page": 1}).json["total_pages"] == 44  # clamped to 5
    big = client.qb("GET", "/did", {"per_page": 500}).json  # clamped to 200
    assert big["total"] == 220 and len(big["data"]) == 200 and big["total_pages"] == 2
    assert client.qb("GET", "/did", {"per_page": "ten"}).json == {"error": "Invalid value for parameter per_page"}
    assert client.qb("GET", "/did", {"page": 0}).json["current_page"] == 1


def test_list_pattern_filter(client):
    client.order(9195550100, 9195550101, 9195550110, 9845550100)
    client.order(8445550100, 8555550100)

    def dids(pattern):
        return [r["did"] for r in client.qb("GET", "/did", {"did": pattern}).json["data"]]

    assert dids("919*") == ["9195550100", "9195550101", "9195550110"]
    assert dids("844*") == ["8445550100"]
    assert dids("*0100") == ["8445550100", "8555550100", "9195550100", "9845550100"]
    assert dids("91955501?0") == ["9195550100", "9195550110"]
    assert dids("9195550101") == ["9195550101"]  # no wildcard: exact
    assert dids(9195550101) == ["9195550101"]  # int accepted
    assert dids("19195550101") == ["9195550101"]
    assert dids("919") == []  # exact, and no 3-digit number exists
    assert len(dids("91")) == 6  # shorter than 3: ignored
    assert len(dids("*")) == 6


def test_list_total_counts_filtered_rows(client):
    client.order(9195550100, 9195550101, 9845550100)
    body = client.qb("GET", "/did", {"did": "984*", "per_page": 5}).json
    assert (body["total"], body["total_pages"]) == (1, 1)


# -- update ------------------------------------------------------------------------------------

@pytest.fixture
def owned(client):
    client.order("9195550100")
    return "9195550100"


def _put(client, **params):
    return client.qb("PUT", "/did", {"did": "9195550100", **params})


def test_update_all_fields_and_read_back(client, owned):
    reply = _put(client, note="Front desk", pin=12345, route2trunk="demotrunk", forw2did=9195551234,
                 failover=FAILOVER, lidb="AcmeCorp", cnam="yes", e911=E911)
    assert reply.status == 200 and reply.body == b""
    assert client.owned()[owned] == {
        "did": owned, "status": "active", "tier": "1", "type": "local", "note": "Front desk",
        "route2trunk": "demotrunk", "lidb": "AcmeCorp", "cnam": "yes", "e911": "yes",
        "failover": {"failover_ip_address": "192.0.2.99", "failover_num": 3, "failover_time": 5}}
    stored = client.state()["accounts"]["demo"]["dids"][0]
    assert stored["pin"] == "12345" and stored["forw2did"] == "9195551234"
    assert stored["e911"] == E911  # no unit fields: they were not both given


def test_update_only_touches_sent_fields(client, owned):
    _put(client, note="keep", lidb="abcd")
    _put(client, cnam="no")
    row = client.owned()[owned]
    assert (row["note"], row["lidb"], row["cnam"]) == ("keep", "abcd", "no")


def test_update_clears(client, owned):
    _put(client, note="x", route2trunk="demotrunk", failover=FAILOVER, e911=E911, lidb="abcd", pin="1234")
    assert _put(client, note="", route2trunk="", failover="", e911="no", lidb="", pin="").status == 200
    row = client.owned()[owned]
    assert (row["note"], row["route2trunk"], row["failover"], row["e911"], row["lidb"]) == ("", "", "", "", "")
    _put(client, e911=E911)
    _put(client, e911="")
    assert client.owned()[owned]["e911"] == ""
    assert client.state()["accounts"]["demo"]["dids"][0]["pin"] == ""


def test_update_null_means_not_sent(client, owned):
    _put(client, note="keep")
    assert _put(client, note=None, e911=None, failover=None).status == 200
    assert client.owned()[owned]["note"] == "keep"


def test_update_e911_units_need_both(client, owned):
    _put(client, e911={**E911, "e911_unittype": "STE", "e911_unitnumber": "4"})
    assert client.state()["accounts"]["demo"]["dids"][0]["e911"]["e911_unitnumber"] == "4"
    _put(client, e911={**E911, "e911_unittype": "STE"})
    assert "e911_unittype" not in client.state()["accounts"]["demo"]["dids"][0]["e911"]


@pytest.mark.parametrize("params,error", [
    ({"note": "sixteen chars!!!"}, "Invalid value for parameter note"),
    ({"pin": "12a4"}, "Invalid value for parameter pin"),
    ({"pin": 123}, "Invalid value for parameter pin"),
    ({"lidb": "abc"}, "Invalid value for parameter lidb"),
    ({"lidb": "a" * 16}, "Invalid value for parameter lidb"),
    ({"lidb": "Acme Corp"}, "Invalid value for parameter lidb"),
    ({"cnam": "maybe"}, "Invalid value for parameter cnam"),
    ({"forw2did": "12345"}, "Invalid value for parameter forw2did"),
    ({"forw2did": "0195551234"}, "Invalid value for parameter forw2did"),
    ({"route2trunk": "ghost"}, "SIP trunk ghost not found"),
    ({"failover": "yes"}, "Invalid value for parameter failover"),
    ({"failover": {"failover_num": 3, "failover_time": 5}}, "Parameter failover_ip_address is required"),
    ({"failover": {**FAILOVER, "failover_num": 101}}, "Invalid value for parameter failover_num"),
    ({"failover": {**FAILOVER, "failover_num": 0}}, "Invalid value for parameter failover_num"),
    ({"failover": {**FAILOVER, "failover_time": 4}}, "Invalid value for parameter failover_time"),
    ({"failover": {**FAILOVER, "failover_ip_address": "not-an-ip"}}, "Invalid value for parameter failover_ip_address"),
    ({"e911": "yes"}, "Invalid value for parameter e911"),
    ({"e911": {k: v for k, v in E911.items() if k != "e911_city"}}, "Parameter e911_city is required"),
    ({"e911": {**E911, "e911_name": ""}}, "Parameter e911_name is required"),
])
def test_update_validation(client, owned, params, error):
    # a valid change rides along with the bad one and must not be applied: no half updates
    reply = _put(client, **{"lidb": "valid1", **params})
    assert reply.status == 206 and reply.json == {"error": error}
    assert client.owned()[owned]["lidb"] == ""


def test_update_route_to_inactive_trunk(client, owned):
    client.qb("PUT", "/siptrunk", {"trunk": "demotrunk", "status": "off"})
    assert _put(client, route2trunk="demotrunk").json == {"error": "SIP trunk demotrunk is not active"}


def test_update_requires_owned_did(client):
    assert client.qb("PUT", "/did", {"note": "x"}).json == {"error": "Parameter did is required"}
    reply = client.qb("PUT", "/did", {"did": 9195550100, "note": "x"})
    assert reply.status == 206 and reply.json == {"error": "DID 9195550100 not found"}


def test_update_lenient_values(client, owned):
    assert _put(client, cnam="YES", lidb="ABCD1234", pin="0042", failover={
        "failover_ip_address": "192.0.2.1", "failover_num": "100", "failover_time": "30"}).status == 200
    row = client.owned()[owned]
    assert row["cnam"] == "yes" and row["lidb"] == "ABCD1234"
    assert row["failover"] == {"failover_ip_address": "192.0.2.1", "failover_num": 100, "failover_time": 30}
    assert _put(client, cnam=False).status == 200 and client.owned()[owned]["cnam"] == "no"


def test_update_ignores_unknown_params(client, owned):
    assert _put(client, note="x", dlda="yes", whatever=[1, 2]).status == 200
    assert client.owned()[owned]["note"] == "x"


# -- delete ------------------------------------------------------------------------------------

def test_delete(client, owned):
    reply = client.qb("DELETE", "/did", {"did": owned})
    assert reply.status == 200 and reply.body == b""
    assert client.owned() == {}
    pool = {p["did"]: p for p in client.state()["available"]}
    assert pool[owned] == {"did": owned, "tier": "1", "type": "local", "state": "NC",
                           "ratecenter": "RALEIGH", "zip": "27601"}
    # it can be ordered again
    client.order(owned)


def test_delete_errors(client):
    assert client.qb("DELETE", "/did", {}).json == {"error": "Parameter did is required"}
    reply = client.qb("DELETE", "/did", {"did": "9195550100"})
    assert reply.status == 206 and reply.json == {"error": "DID 9195550100 not found"}
