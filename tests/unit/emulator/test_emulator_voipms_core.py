"""VoIP.ms: the endpoint, parameter passing, the auth pipeline, envelopes, test=1, the request log,
control hooks (inject, maintenance, rate limit), reset, general functions and lookups."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import pytest

from voipms_testclient import ENDPOINT, VoipMs

CREDS = {"api_username": "demo@example.com", "api_password": "demo-api-password"}


@pytest.fixture
def vms(client):
    return VoipMs(client.port)


# -- endpoint, envelope, content type ---------------------------------------------------------

def test_content_type_default_text_html_with_json_body(vms):
    reply = vms.raw({**CREDS, "method": "getIP"})
    assert reply.status == 200
    assert reply.headers["content-type"] == "text/html; charset=utf-8"
    assert json.loads(reply.body) == {"status": "success", "ip": "127.0.0.1"}


def test_content_type_json(vms):
    reply = vms.raw({**CREDS, "method": "getIP", "content_type": "json"})
    assert reply.headers["content-type"] == "application/json"


def test_errors_are_http_200(vms):
    reply = vms.raw({"method": "getIP"})
    assert (reply.status, reply.json) == (200, {"status": "missing_credentials"})


def test_unknown_path_is_404(vms):
    reply = vms.request("GET", "/voipms/api/v1/server.php")
    assert reply.status == 404 and reply.json == {"error": "Unknown path"}


# -- auth pipeline in the order of digest §6.1 ------------------------------------------------

@pytest.mark.parametrize("params,code", [
    ({}, "missing_method"),
    ({"method": ""}, "missing_method"),
    ({"method": "noSuchMethod"}, "invalid_method"),
    ({"method": "getip"}, "invalid_method"),  # case-sensitive
    ({"method": "noSuchMethod", "api_username": "x"}, "invalid_method"),  # method before credentials
    ({"method": "getBalance"}, "missing_credentials"),
    ({"method": "getBalance", "api_username": "demo@example.com"}, "missing_credentials"),
    ({"method": "getBalance", "api_username": "demo@example.com", "api_password": ""}, "missing_credentials"),
    ({"method": "getBalance", "api_username": "nobody@example.com", "api_password": "x"}, "invalid_credentials"),
    ({"method": "getBalance", "api_username": "demo@example.com", "api_password": "wrong"}, "invalid_credentials"),
])
def test_auth_codes(vms, params, code):
    assert vms.raw(params).json == {"status": code}


def test_api_not_enabled_before_ip(vms):
    vms.seed(accounts=[{"api_username": "demo@example.com", "api_enabled": False, "allowed_ips": []}])
    assert vms.call("getBalance") == {"status": "api_not_enabled"}
    assert vms.call("getIP") == {"status": "api_not_enabled"}


def test_ip_not_enabled_but_getip_exempt(vms):
    vms.seed(accounts=[{"api_username": "demo@example.com", "allowed_ips": ["192.0.2.1"]}])
    assert vms.call("getBalance") == {"status": "ip_not_enabled"}
    assert vms.call("getIP") == {"status": "success", "ip": "127.0.0.1"}


def test_invalid_credentials_before_api_not_enabled(vms):
    vms.seed(accounts=[{"api_username": "demo@example.com", "api_enabled": False}])
    reply = vms.raw({"method": "getBalance", "api_username": "demo@example.com", "api_password": "bad"})
    assert reply.json == {"status": "invalid_credentials"}


def test_second_account(vms):
    vms.seed(accounts=[{"api_username": "other@example.com", "api_password": "pw2", "main_account": "200000"}])
    reply = vms.raw({"method": "getBalance", "api_username": "other@example.com", "api_password": "pw2"})
    assert reply.json["status"] == "success"
    state = vms.state()
    assert state["accounts"]["other@example.com"]["main_account"] == "200000"


# -- parameter passing ----------------------------------------------------------------------------

def test_get_query(vms):
    assert vms.call("getServersInfo", via="get", server_pop="15")["servers"][0]["server_name"] == "Atlanta, GA"


def test_multipart(vms):
    assert vms.call("getServersInfo", via="multipart", server_pop="1")["servers"][0]["server_ip"] == "209.62.1.2"


def test_query_and_body_merged_body_wins(vms):
    reply = vms.raw({"server_pop": "1"}, query={**CREDS, "method": "getServersInfo", "server_pop": "15"})
    assert [s["server_pop"] for s in reply.json["servers"]] == ["1"]
    reply = vms.raw({"method": "getIP"}, query=CREDS)  # credentials in the query, method in the body
    assert reply.json["status"] == "success"


def test_multipart_file_parts_are_not_parameters(vms):
    boundary = "xyzBOUNDARY"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="method"\r\n\r\ngetIP\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="api_username"; filename="u.txt"\r\n\r\n'
            f'demo@example.com\r\n--{boundary}--\r\n').encode()
    reply = vms.request("POST", ENDPOINT + "?api_password=demo-api-password", body,
                        {"Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert reply.json == {"status": "missing_credentials"}


def test_array_parameter_is_invalid(vms):
    reply = vms.request("GET", ENDPOINT + "?method=getRateCentersUSA&api_username=demo@example.com"
                        "&api_password=demo-api-password&state[]=FL")
    assert reply.json == {"status": "invalid_state"}


# -- request log write flags and test=1 ----------------------------------------------------------

def test_write_flags(vms):
    mark = vms.last_seq()
    vms.call("getDIDsInfo")
    vms.call("searchDIDsUSA", type="starts", query="786")
    vms.call("e911Info", did="7862285619")
    vms.call("e911Validate", did="7862285619")
    vms.order("7862285619")
    vms.call("setDIDInfo", did="7862285619")  # an invalid write is still a write
    vms.call("e911Cancel", did="7862285619")
    vms.call("addLNPPort")
    vms.call("orderDID", did="7862285620", test="1")  # a dry run changes nothing
    vms.call("createSubAccount", test="1")  # no documented test parameter: a real write
    vms.call("getIP", via="get")
    flags = [(parse_qs(r["query"] + "&" + r["body"])["method"][-1], r["write"]) for r in vms.requests(mark)]
    assert flags == [("getDIDsInfo", False), ("searchDIDsUSA", False), ("e911Info", False), ("e911Validate", False),
                     ("orderDID", True), ("setDIDInfo", True), ("e911Cancel", True), ("addLNPPort", True),
                     ("orderDID", False), ("createSubAccount", True), ("getIP", False)]


def test_order_test_mode_changes_nothing(vms):
    before = vms.state()
    body = vms.call("orderDID", did="7862285619", routing="none:", pop="1", dialtime="60", cnam="0",
                    billing_type="1", test="true")
    assert body == {"status": "success"}
    assert vms.state() == before
    assert vms.call("getDIDsInfo") == {"status": "no_did"}


def test_test_mode_still_validates(vms):
    body = vms.call("orderDID", did="7862285619", routing="bogus", pop="1", dialtime="60", cnam="0",
                    billing_type="1", test="1")
    assert body == {"status": "invalid_routing_header"}


# -- control hooks ----------------------------------------------------------------------------

def test_inject_failure(vms):
    vms.seed(inject=[{"method": "getBalance", "status": "unavailable_info", "times": 2}])
    assert vms.call("getBalance") == {"status": "unavailable_info"}
    assert vms.call("getBalance") == {"status": "unavailable_info"}
    assert vms.call("getBalance")["status"] == "success"


def test_inject_with_message(vms):
    vms.seed(inject=[{"method": "getIP", "status": "no_provision", "message": "Address not found"}])
    assert vms.call("getIP") == {"status": "no_provision", "message": "Address not found"}


def test_maintenance_and_rate_limit(vms):
    vms.seed(settings={"maintenance": ["getBalance"]})
    assert vms.call("getBalance") == {"status": "method_maintenance"}
    assert vms.call("getIP")["status"] == "success"
    vms.seed(settings={"maintenance": [], "rate_limit": 2})
    assert vms.call("getIP")["status"] == "success"
    assert vms.call("getIP")["status"] == "success"
    assert vms.call("getIP") == {"status": "api_limit_exceeded"}
    vms.advance(61)
    assert vms.call("getIP")["status"] == "success"


def test_bad_seed_changes_nothing(vms):
    before = vms.state()
    reply = vms.control("POST", "/seed", {"carrier": "voipms", "accounts": [{"api_username": "demo@example.com",
                                                                             "balance": 1}],
                                          "dids": [{"did": "123"}]})
    assert reply.status == 400
    assert vms.state() == before
    assert vms.control("POST", "/seed", {"carrier": "voipms", "bogus": []}).status == 400


def test_reset_restores_seeded_state(vms):
    vms.order("7862285619")
    assert vms.control("POST", "/reset", {"carrier": "voipms"}).status == 200
    assert vms.call("getDIDsInfo") == {"status": "no_did"}
    assert "7862285619" in vms.state()["available"]


# -- general ----------------------------------------------------------------------------------------

def test_get_balance(vms):
    assert vms.ok("getBalance") == {"status": "success", "balance": {"current_balance": "100.000000"}}
    vms.order("7862285619", billing_type="2")  # flat: 1.00 setup + 4.95 monthly
    balance = vms.ok("getBalance", advanced="true")["balance"]
    assert balance["current_balance"] == "94.050000"
    assert balance["spent_total"] == "5.95000"
    assert set(balance) == {"current_balance", "spent_total", "calls_total", "time_total", "spent_today",
                            "calls_today", "time_today"}


def test_servers_info(vms):
    servers = vms.ok("getServersInfo")["servers"]
    assert servers[0] == {"server_name": "Houston, TX", "server_shortname": "Houston",
                          "server_hostname": "houston.voip.ms", "server_ip": "209.62.1.2", "server_country": "USA",
                          "server_pop": "1", "server_recommended": "Yes"}
    assert {"1", "3", "5", "15", "16", "65"} <= {s["server_pop"] for s in servers}
    assert vms.ok("getServersInfo", server_pop="999")["servers"] == []


@pytest.mark.parametrize("method,key,param,value", [
    ("getProtocols", "protocols", "protocol", "3"),
    ("getAuthTypes", "auth_types", "type", "2"),
    ("getDeviceTypes", "device_types", "device_type", "1"),
    ("getLockInternational", "lock_international", "lock_international", "1"),
    ("getRoutes", "routes", "route", "2"),
    ("getAllowedCodecs", "allowed_codecs", "codec", "ulaw"),
    ("getDTMFModes", "dtmf_modes", "dtmf_mode", "inband"),
    ("getNAT", "nat", "nat", "route"),
    ("getLanguages", "languages", "language", "en"),
    ("getLocales", "locales", "locale", "en-US"),
    ("getCountries", "countries", "country", "CA"),
    ("e911AddressTypes", "types", "type", "Apartment"),
])
def test_lookups(vms, method, key, param, value):
    rows = vms.ok(method)[key]
    assert value in [r["value"] for r in rows]
    one = vms.ok(method, **{param: value})[key]
    assert len(one) == 1 and one[0]["value"] == value and set(one[0]) == {"value", "description"}


def test_music_on_hold_and_did_countries(vms):
    assert "jazz" in [r["value"] for r in vms.ok("getMusicOnHold")["music_on_hold"]]
    assert vms.call("getDIDCountries") == {"status": "missing_type"}
    assert vms.call("getDIDCountries", type="BOGUS") == {"status": "invalid_type"}
    assert vms.ok("getDIDCountries", type="NATIONAL")["countries"] == [{"value": "205", "description": "SWEDEN (+46)"}]


def test_states_provinces_rate_centers(vms):
    states = vms.ok("getStates")["states"]
    assert {"state": "AL", "description": "ALABAMA"} in states and len(states) == 51
    assert {"province": "QC", "description": "QUEBEC"} in vms.ok("getProvinces")["provinces"]
    centers = vms.ok("getRateCentersUSA", state="FL")["ratecenters"]
    assert centers == [{"ratecenter": "ALFORD", "available": "no"}, {"ratecenter": "APOPKA", "available": "yes"},
                       {"ratecenter": "ARCADIA", "available": "yes"}, {"ratecenter": "MIAMI", "available": "yes"}]
    assert vms.call("getRateCentersUSA") == {"status": "missing_state"}
    assert vms.call("getRateCentersUSA", state="ZZ") == {"status": "invalid_state"}
    assert {"ratecenter": "Canmore", "available": "no"} in vms.ok("getRateCentersCAN", province="AB")["ratecenters"]
    assert vms.call("getRateCentersCAN") == {"status": "missing_province"}
    assert vms.call("getRateCentersCAN", province="FL") == {"status": "invalid_province"}


def test_lnp_list_status(vms):
    statuses = vms.ok("getLNPListStatus")["list_status"]
    assert statuses["pending_approval"] == "Pending Approval" and statuses["processing"] == "Processing"
    assert set(statuses) == {"pending_approval", "processing", "foc_received", "completed", "rejected", "cancelled"}


def test_seed_objects(vms):
    summary = vms.seed(
        subaccounts=[{"username": "Trunk", "auth_type": "2", "ip": "203.0.113.7", "password": "ignored"}],
        dids=[{"did": "7862285619", "routing": "account:100000_Trunk", "note": "seeded", "record_calls": "1"},
              {"did": "3125550199", "pop": "15"}],
        e911=[{"did": "7862285619", "status": "pending", "full_name": "A", "street_number": "1", "street_name": "Main",
               "city": "Miami", "state": "FL", "country": "US", "zip_code": "33101", "language": "EN",
               "email": "a@example.com"}],
        fax_numbers=[{"did": "2055550700", "location": "1196", "email": "f@example.com", "email_enabled": "1"},
                     {"did": "3125550700", "state": "IL", "city": "Chicago"}],
        email_to_fax=[{"email": "s@example.com", "from": "2055550700", "security_code": "abc"}])
    assert summary == {"ok": True, "subaccounts": ["99785"], "fax_numbers": ["923", "924"], "email_to_fax": ["1"]}
    sub = vms.ok("getSubAccounts")["accounts"][0]
    assert (sub["account"], sub["auth_type"], sub["ip"], sub["password"]) == ("100000_Trunk", "2", "203.0.113.7", "")
    seeded = vms.did_info("7862285619")
    assert (seeded["description"], seeded["routing"], seeded["note"], seeded["e911"]) == \
        ("MIAMI, FL", "account:100000_Trunk", "seeded", "0")
    assert vms.did_info("3125550199")["pop"] == "15"
    assert "7862285619" not in vms.state()["available"]
    assert vms.ok("e911Info", did="7862285619")["info"]["status"] == "1"
    assert vms.call("delSubAccount", id="99785") == {"status": "account_with_dids"}
    numbers = vms.ok("getFaxNumbersInfo")["numbers"]
    assert [(n["did"], n["email_enabled"], n["city"]) for n in numbers] == [
        ("2055550700", "1", "ALABASTER"), ("3125550700", "0", "CHICAGO")]
    assert vms.ok("getEmailToFax")["emailToFax"][0]["from"] == "2055550700"
    assert vms.ok("getFaxRateCentersUSA", state="AL")["ratecenters"][0]["available"] == "yes"
    state = vms.state()
    assert set(state) == {"accounts", "available", "fax_locations", "settings", "inject"}
    assert "2055550700" not in state["fax_locations"]["1196"]["stock"]
    demo = state["accounts"]["demo@example.com"]
    assert (demo["api_password"], demo["main_account"], demo["allowed_ips"]) == \
        ("demo-api-password", "100000", ["127.0.0.1", "::1"])


@pytest.mark.parametrize("payload", [
    {"dids": [{"did": "7862285619", "account": "nobody@example.com"}]},
    {"subaccounts": [{"username": "bad name"}]},
    {"e911": [{"did": "7862285619"}]},
    {"email_to_fax": [{"email": "s@example.com", "from": "2055550700"}]},
    {"settings": {"lnp_foc_delay": -1}},
    {"settings": {"nope": 1}},
    {"lnp_status": [{"portid": "1", "status": "completed"}]},
    {"inject": [{"method": "getIP"}]},
    {"stock": [{"did": "3125550100", "state": "ZZ", "ratecenter": "X"}]},
])
def test_seed_errors(vms, payload):
    assert vms.control("POST", "/seed", {"carrier": "voipms", **payload}).status == 400


@pytest.mark.parametrize("value,dry", [("1", True), ("true", True), ("True", True), ("yes", True), ("0", False),
                                       ("", False)])
def test_test_values(vms, value, dry):
    vms.call("orderDID", did="7862285619", routing="none:", pop="1", dialtime="60", cnam="0", billing_type="1",
             test=value)
    assert (vms.call("getDIDsInfo") == {"status": "no_did"}) is dry
