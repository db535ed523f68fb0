"""GET/PUT/POST /sms: SMS-capable DIDs (tier 1b), their config and its read-back mapping."""

from __future__ import annotations

import base64

import pytest

SMS_DID = "9195550200"  # tier 1b, RALEIGH
TF_SMS_DID = "8445550110"  # toll-free under tier 1b
VOICE_DID = "9195550100"  # tier 1


@pytest.fixture
def sms_dids(client):
    client.order(SMS_DID, "9195550201", tier="1b")
    client.order(TF_SMS_DID, tier="1b")
    client.order(VOICE_DID)
    return client


def _rows(client, **params):
    return {row["did"]: row for row in client.qb("GET", "/sms", params or None).json["data"]}


def test_list_only_tier_1b_with_default_config(sms_dids):
    body = sms_dids.qb("GET", "/sms").json
    assert (body["total"], body["total_pages"], body["current_page"]) == (3, 1, 1)
    assert body["data"] == [
        {"did": TF_SMS_DID, "sms_enabled": "off", "sms_mode": "SMS Disabled"},
        {"did": SMS_DID, "sms_enabled": "off", "sms_mode": "SMS Disabled"},
        {"did": "9195550201", "sms_enabled": "off", "sms_mode": "SMS Disabled"},
    ]


def test_list_empty(client):
    assert client.qb("GET", "/sms").json == {"total": 0, "total_pages": 0, "current_page": 1, "data": []}


def test_list_pattern_and_paging(sms_dids):
    assert list(_rows(sms_dids, did="919*")) == [SMS_DID, "9195550201"]
    assert list(_rows(sms_dids, did="844555011?")) == [TF_SMS_DID]
    assert list(_rows(sms_dids, did=SMS_DID)) == [SMS_DID]
    assert list(_rows(sms_dids, did="1" + SMS_DID)) == [SMS_DID]
    assert len(_rows(sms_dids, did="91")) == 3  # < 3 characters: ignored
    page = sms_dids.qb("GET", "/sms", {"per_page": 2, "page": 2}).json
    assert (page["total"], page["total_pages"], page["current_page"]) == (3, 2, 2)
    assert [r["did"] for r in page["data"]] == ["9195550201"]
    # per_page 1 is allowed on /sms (range project-defined 1-200)
    assert sms_dids.qb("GET", "/sms", {"per_page": 1}).json["total_pages"] == 3


@pytest.mark.parametrize("params,row", [
    ({"sms_mode": "email", "forward2email": "john@doe.com"},
     {"sms_enabled": "on", "sms_mode": "Email", "email2forward": "john@doe.com"}),
    ({"sms_mode": "xmpp", "xmpp_name": "john", "xmpp_password": "secret"},
     {"sms_enabled": "on", "sms_mode": "XMPP"}),
    ({"sms_mode": "both", "forward2email": "john@doe.com", "xmpp_name": "john", "xmpp_passwd": "secret"},
     {"sms_enabled": "on", "sms_mode": "Email and XMPP", "email2forward": "john@doe.com"}),
    ({"sms_mode": "url", "post2url": "https://example.com/sms"},
     {"sms_enabled": "on", "sms_mode": "Post SMS to URL", "post2url": "https://example.com/sms"}),
    ({"sms_mode": "none"}, {"sms_enabled": "off", "sms_mode": "SMS Disabled"}),
])
def test_update_modes_read_back(sms_dids, params, row):
    reply = sms_dids.qb("PUT", "/sms", {"did": int(SMS_DID), **params})
    assert reply.status == 200 and reply.body == b""
    assert _rows(sms_dids)[SMS_DID] == {"did": SMS_DID, **row}


def test_xmpp_credentials_stored_never_returned(sms_dids):
    sms_dids.qb("PUT", "/sms", {"did": SMS_DID, "sms_mode": "xmpp", "xmpp_name": "john", "xmpp_passwd": "pw"})
    stored = {d["did"]: d for d in sms_dids.state()["accounts"]["demo"]["dids"]}[SMS_DID]
    assert (stored["sms_mode"], stored["sms_xmpp_name"], stored["sms_xmpp_password"]) == ("xmpp", "john", "pw")
    assert "pw" not in sms_dids.qb("GET", "/sms").body.decode()


def test_mode_change_replaces_config(sms_dids):
    sms_dids.qb("PUT", "/sms", {"did": SMS_DID, "sms_mode": "email", "forward2email": "a@b.co"})
    sms_dids.qb("PUT", "/sms", {"did": SMS_DID, "sms_mode": "url", "post2url": "http://x.example/in"})
    assert _rows(sms_dids)[SMS_DID] == {"did": SMS_DID, "sms_enabled": "on", "sms_mode": "Post SMS to URL",
                                        "post2url": "http://x.example/in"}
    stored = {d["did"]: d for d in sms_dids.state()["accounts"]["demo"]["dids"]}[SMS_DID]
    assert stored["sms_email"] == ""


def test_toll_free_1b_can_be_configured(sms_dids):
    sms_dids.qb("PUT", "/sms", {"did": TF_SMS_DID, "sms_mode": "email", "forward2email": "a@b.co"})
    assert _rows(sms_dids)[TF_SMS_DID]["sms_mode"] == "Email"


@pytest.mark.parametrize("via", ["query", "form"])
def test_update_via_query_and_form(sms_dids, via):
    reply = sms_dids.qb("PUT", "/sms", {"did": SMS_DID, "sms_mode": "URL", "post2url": "https://e.example/"}, via=via)
    assert reply.status == 200
    assert _rows(sms_dids)[SMS_DID]["sms_mode"] == "Post SMS to URL"


@pytest.mark.parametrize("params,message", [
    ({"sms_mode": "email"}, "Parameter did is required"),
    ({"did": SMS_DID}, "Parameter sms_mode is required"),
    ({"did": SMS_DID, "sms_mode": "fax"}, "Invalid value for parameter sms_mode"),
    ({"did": SMS_DID, "sms_mode": "email"}, "Parameter forward2email is required"),
    ({"did": SMS_DID, "sms_mode": "email", "forward2email": "not-an-email"}, "Invalid value for parameter forward2email"),
    ({"did": SMS_DID, "sms_mode": "both", "forward2email": "a@b.co", "xmpp_password": "x"},
     "Parameter xmpp_name is required"),
    ({"did": SMS_DID, "sms_mode": "xmpp", "xmpp_name": "john"}, "Parameter xmpp_password is required"),
    ({"did": SMS_DID, "sms_mode": "url"}, "Parameter post2url is required"),
    ({"did": SMS_DID, "sms_mode": "url", "post2url": "ftp://x"}, "Invalid value for parameter post2url"),
    ({"did": "9195550299", "sms_mode": "none"}, "DID 9195550299 not found"),
    ({"did": VOICE_DID, "sms_mode": "none"}, f"DID {VOICE_DID} is not SMS enabled"),
])
def test_update_validation(sms_dids, params, message):
    reply = sms_dids.qb("PUT", "/sms", params)
    # [ext] OpenAPI 2.2.1: PUT /sms answers errors with 400 (digest §2.5).
    assert reply.status == 400 and reply.json == {"error": message}
    assert _rows(sms_dids)[SMS_DID]["sms_mode"] == "SMS Disabled"


def test_update_error_status_mode_seed(sms_dids):
    sms_dids.seed(settings={"status_mode": "seed"})
    reply = sms_dids.qb("PUT", "/sms", {"did": VOICE_DID, "sms_mode": "none"})
    assert reply.status == 200 and "error" in reply.json


def test_seed_owned_with_sms(client):
    client.seed(owned=[{"did": "9195550202", "tier": "1b", "sms": {"sms_mode": "both",
                        "forward2email": "x@y.co", "xmpp_name": "n", "xmpp_password": "p"}}])
    assert _rows(client)["9195550202"]["sms_mode"] == "Email and XMPP"
    bad = client.control("POST", "/seed", {"carrier": "questblue",
                                           "owned": [{"did": "9195550100", "sms": {"sms_mode": "url"}}]})
    assert bad.status == 400


# -- send ------------------------------------------------------------------------------------------

def _enable(client, did=SMS_DID):
    client.qb("PUT", "/sms", {"did": did, "sms_mode": "url", "post2url": "https://e.example/"})


def test_send_sms_and_mms_logged(sms_dids):
    _enable(sms_dids)
    assert sms_dids.qb("POST", "/sms", {"did": SMS_DID, "did_to": 9845551234, "msg": "hi"}).status == 200
    mms = {"did": SMS_DID, "did_to": "9845551234", "msg": "pic",
           "file": base64.b64encode(b"\x89PNG....").decode(), "fname": base64.b64encode(b"a.png").decode()}
    assert sms_dids.qb("POST", "/sms", mms).status == 200
    log = sms_dids.state()["accounts"]["demo"]["sms_log"]
    assert [(e["did_to"], e["msg"], e.get("fname")) for e in log] == [("9845551234", "hi", None),
                                                                      ("9845551234", "pic", "a.png")]


@pytest.mark.parametrize("params,message", [
    ({"did_to": "9845551234", "msg": "x"}, "Parameter did is required"),
    ({"did": SMS_DID, "msg": "x"}, "Parameter did_to is required"),
    ({"did": SMS_DID, "did_to": "0845551234", "msg": "x"}, "Invalid value for parameter did_to"),
    ({"did": SMS_DID, "did_to": "9845551234"}, "Parameter msg is required"),
    ({"did": SMS_DID, "did_to": "9845551234", "msg": "x", "file": "@@@", "fname": "a.png"},
     "Invalid value for parameter file"),
    ({"did": SMS_DID, "did_to": "9845551234", "msg": "x", "file": "QUJD"}, "Parameter fname is required"),
    ({"did": SMS_DID, "did_to": "9845551234", "msg": "x", "file": "QUJD", "fname": "run.exe"},
     "File type of run.exe is not permitted"),
    ({"did": "9195550201", "did_to": "9845551234", "msg": "x"}, "DID 9195550201 is not SMS enabled"),
    ({"did": VOICE_DID, "did_to": "9845551234", "msg": "x"}, f"DID {VOICE_DID} is not SMS enabled"),
])
def test_send_validation(sms_dids, params, message):
    _enable(sms_dids)
    reply = sms_dids.qb("POST", "/sms", params)
    assert reply.status == 206 and reply.json == {"error": message}
    assert sms_dids.state()["accounts"]["demo"]["sms_log"] == []
