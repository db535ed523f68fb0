"""VoiceMeUp emulator core: routes, the request pipeline (request type, auth, rate limit, global
parameters), the JSON and XML envelope, parameter passing, the rate limit and lockout, seeding,
message codes and the request log's write flag."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from emulator.voicemeup import codes, ratelimit
from emulator.voicemeup.carrier import DOCUMENTED, REQUEST_TYPES
from emulator.voicemeup.errors import ApiError
from emulator.voicemeup.model import Account
from voicemeup_testclient import BASE, CREDS, VoiceMeUp

TOKEN = CREDS["auth_token"]


@pytest.fixture
def vmu(client):
    return VoiceMeUp(client.port)


def did_one(vmu, **params):
    return vmu.ok("get_dids", **params).records("dids", "did")


# -- routes -----------------------------------------------------------------------------------------

def test_json_route_and_content_type(vmu):
    reply = vmu.call("get_dids", phone_number="5145550100")
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/json")
    assert reply.json["response_details"] == {"response_status": "success", "response_messages": ""}


def test_xml_route_renders_the_same_tree(vmu):
    reply = vmu.call("get_dids", fmt="xml", phone_number="5145550100")
    assert reply.headers["content-type"].startswith("text/xml")
    assert reply.body.startswith(b'<?xml version="1.0" encoding="utf-8"?>')
    root = ET.fromstring(reply.body)
    assert root.tag == "response"
    assert root.findtext("response_details/response_status") == "success"
    did = root.find("dids/did")
    assert did.findtext("phone_number") == "5145550100"
    assert did.findtext("peer_to_rings") == "40001"


@pytest.mark.parametrize("path", [
    f"{BASE}/yaml/get_dids", f"{BASE}/JSON/get_dids", "/voicemeup/api/v1.0/json/get_dids",
    "/voicemeup/xml_engine/xml_engine.php", f"{BASE}/json/get_dids/extra",
])
def test_unknown_path_or_format_is_404(vmu, path):
    reply = vmu.request("GET", path + "?username=demo-vmu&auth_token=" + TOKEN)
    assert reply.status == 404 and reply.json == {"error": "Unknown path"}


def test_trailing_slash_accepted(vmu):
    reply = vmu.request("GET", f"{BASE}/json/get_dids/?username=demo-vmu&auth_token={TOKEN}")
    assert reply.status == 200 and reply.json["response_details"]["response_status"] == "success"


def test_other_http_methods_are_405(vmu):
    assert vmu.request("PUT", f"{BASE}/json/get_dids").status == 405


# -- request type, before auth --------------------------------------------------------------------------

def test_97_documented_request_types():
    assert len(DOCUMENTED) == 97 and len(set(DOCUMENTED)) == 97
    assert set(REQUEST_TYPES) <= set(DOCUMENTED)


@pytest.mark.parametrize("request_type,code", [
    ("", "request_type_required"),
    ("get_everything", "request_type_invalid"),
    ("GET_DIDS", "request_type_invalid"),
    ("get_calls", "request_type_not_implemented"),
    ("process_payment", "request_type_invalid"),
])
def test_request_type_checked_before_auth(vmu, request_type, code):
    reply = vmu.raw(request_type, {})
    assert reply.status == 200
    assert reply.codes == [code]
    assert reply.details["response_status"] == "error"


def test_not_implemented_text_verbatim(vmu):
    message = vmu.raw("get_calls", CREDS).details["response_messages"]["message"]
    assert message == {"code": "request_type_not_implemented", "_content": "Request type is not implemented."}


def test_get_request_types_lists_the_emulated_ones(vmu):
    names = [r["request_type"] for r in vmu.ok("get_request_types").records("request_types", "request_type")]
    assert names == list(REQUEST_TYPES)


# -- auth (digest §6.2 step 2) --------------------------------------------------------------------------

@pytest.mark.parametrize("params,expected", [
    ({}, ["authentication_token_required", "username_required"]),
    ({"username": "demo-vmu"}, ["authentication_token_required"]),
    ({"auth_token": TOKEN}, ["username_required"]),
    ({"client_user_id": "123", "auth_token": TOKEN}, ["username_invalid"]),
    ({"client_user_id": "123456789", "auth_token": TOKEN}, ["username_invalid"]),
    ({"client_user_id": "12a456", "auth_token": TOKEN}, ["username_invalid"]),
    ({"username": "demo vmu", "auth_token": TOKEN}, ["username_invalid"]),
    ({"username": "nobody", "auth_token": TOKEN}, ["authentication_failed"]),
    ({"client_user_id": "654321", "auth_token": TOKEN}, ["authentication_failed"]),
    ({"username": "demo-vmu", "auth_token": "f" * 32}, ["authentication_failed"]),
    ({"username": "demo-vmu", "auth_token": TOKEN.upper()}, ["authentication_failed"]),
    ({"username": "demo-vmu", "auth_token": TOKEN[:-1]}, ["authentication_failed"]),
])
def test_auth_codes(vmu, params, expected):
    reply = vmu.raw("get_dids", params)
    assert reply.status == 200 and reply.codes == expected
    assert "dids" not in reply.json


def test_authentication_failed_text_verbatim(vmu):
    message = vmu.raw("get_dids", {"username": "demo-vmu", "auth_token": "0" * 32}).details["response_messages"]
    assert message["message"]["_content"] == "Authentication failed. Please verify 'client_account_id' and 'auth_token'."


def test_client_user_id_authenticates(vmu):
    reply = vmu.raw("get_dids", {"client_user_id": "123456", "auth_token": TOKEN, "phone_number": "5145550100"})
    assert reply.records("dids", "did")[0]["phone_number"] == "5145550100"


def test_auth_in_post_body(vmu):
    reply = vmu.raw("get_dids", {**CREDS, "phone_number": "5145550100"}, via="post")
    assert reply.details["response_status"] == "success"


def test_global_params_all_reported(vmu):
    assert vmu.call("get_dids", language="de", currency="GBP").codes == ["language_invalid", "currency_invalid"]
    assert vmu.call("get_dids", language="fr", currency="USD").ok


# -- envelope --------------------------------------------------------------------------------------

def test_single_record_is_an_object_several_a_list_none_empty_string(vmu):
    one = vmu.ok("get_dids", phone_number="5145550100").json["dids"]
    assert isinstance(one["did"], dict)
    many = vmu.ok("get_dids").json["dids"]
    assert isinstance(many["did"], list) and len(many["did"]) == 5
    none = vmu.ok("get_dids", phone_number="9999999999").json
    assert none["dids"] == ""


def test_all_scalars_are_strings(vmu):
    for record in vmu.ok("get_dids").records("dids", "did"):
        assert all(isinstance(value, str) for value in record.values()), record


def test_several_errors_are_a_list_single_error_an_object(vmu):
    reply = vmu.call("get_dids", npa="51", nxx="5")
    messages = reply.details["response_messages"]["message"]
    assert messages == [{"code": "npa_invalid", "_content": "NPA is invalid."},
                        {"code": "nxx_invalid", "_content": "NXX is invalid."}]
    single = vmu.call("get_dids", npa="51").details["response_messages"]["message"]
    assert single == {"code": "npa_invalid", "_content": "NPA is invalid."}


def test_xml_errors_carry_code_attributes(vmu):
    reply = vmu.call("get_dids", fmt="xml", npa="51", nxx="5")
    root = ET.fromstring(reply.body)
    assert root.findtext("response_details/response_status") == "error"
    messages = root.findall("response_details/response_messages/message")
    assert [(m.get("code"), m.text) for m in messages] == [
        ("npa_invalid", "NPA is invalid."), ("nxx_invalid", "NXX is invalid.")]
    assert root.find("dids") is None


def test_xml_escapes_text(vmu):
    vmu.ok("update_did", via="post", phone_number="5145550100", usage_type="default", preserve_missing_data="1",
           friendly_name="R&D <lab>")
    root = ET.fromstring(vmu.call("get_dids", fmt="xml", phone_number="5145550100").body)
    assert root.findtext("dids/did/friendly_name") == "R&D <lab>"
    assert root.find("dids/did/forward_number").text is None  # empty element


def test_xml_empty_container(vmu):
    root = ET.fromstring(vmu.call("get_dids", fmt="xml", phone_number="9999999999").body)
    assert root.find("dids") is not None and len(root.find("dids")) == 0


# -- parameters --------------------------------------------------------------------------------------

def test_body_wins_over_query(vmu):
    reply = vmu.raw("get_dids", {**CREDS, "phone_number": "4165550111"}, via="post",
                    query={"phone_number": "5145550100"})
    assert [r["phone_number"] for r in reply.records("dids", "did")] == ["4165550111"]


def test_query_params_count_on_post(vmu):
    reply = vmu.raw("get_dids", {"phone_number": "4165550111"}, via="post", query=CREDS)
    assert reply.records("dids", "did")[0]["phone_number"] == "4165550111"


def test_php_bracket_arrays_and_csv(vmu):
    pairs = list(CREDS.items()) + [("phone_number", "5145550100"), ("usage_type", "default"),
                                   ("client_peer_ids[]", "40002"), ("client_peer_ids[]", "40001"),
                                   ("options[0]", "enable_peer"), ("options[1]", "enable_sms")]
    reply = vmu.raw("update_did", pairs, via="post")
    did = reply.records("dids", "did")[0]
    assert did["peer_to_rings"] == "40002,40001"
    assert did["options"] == "enable_peer,enable_sms"


def test_multipart_body(vmu):
    reply = vmu.raw("get_dids", {**CREDS, "phone_number": "5145550100"}, via="multipart",
                    files={"attachments": ("a.pdf", b"%PDF", "application/pdf")})
    assert reply.records("dids", "did")[0]["phone_number"] == "5145550100"


def test_params_object():
    from emulator.voicemeup.wire import Params

    params = Params({"a": "1", "l": "x, y,,z"}, {"a": "2", "e": "", "arr": ["p", "q,r"], "d": {"0": "s"}})
    assert params.get("a") == "2" and params.get("missing") == ""
    assert params.present("e") and not params.has("e")
    assert params.get_list("l") == ["x", "y", "z"]
    assert params.get_list("arr") == ["p", "q", "r"] and params.get("arr") == "p,q,r"
    assert params.get_list("d") == ["s"]


# -- rate limit and lockout --------------------------------------------------------------------------

def test_soft_limit_notice_then_hard_limit_then_lockout(vmu):
    vmu.seed(settings={"rate_limit_soft": 2, "rate_limit_hard": 4})
    assert vmu.call("get_dids", phone_number="5145550100").codes == []
    assert vmu.call("get_dids", phone_number="5145550100").codes == []
    third = vmu.call("get_dids", phone_number="5145550100")
    assert third.ok and third.codes == ["requests_soft_limit_reached"]
    assert third.records("dids", "did")  # served anyway
    message = third.details["response_messages"]["message"]
    assert message["_content"] == "The limit of requests has been reached. Further requests may be denied"
    assert vmu.call("get_dids").codes == ["requests_soft_limit_reached"]
    fifth = vmu.call("get_dids")
    assert not fifth.ok and fifth.codes == ["requests_hard_limit_exceeded"]
    assert "dids" not in fifth.json
    assert fifth.details["response_messages"]["message"]["_content"] == \
        "The limit of requests allowed has been exceeded. Request is denied."


def test_lockout_lasts_3600s_and_each_request_extends_it(vmu):
    vmu.seed(settings={"rate_limit_soft": 1, "rate_limit_hard": 1})
    vmu.call("get_dids")
    assert vmu.call("get_dids").codes == ["requests_hard_limit_exceeded"]   # lockout starts at t0
    vmu.advance(3000)
    assert vmu.call("get_dids").codes == ["requests_hard_limit_exceeded"]   # extended to t0+6600
    vmu.advance(3000)
    assert vmu.call("get_dids").codes == ["requests_hard_limit_exceeded"]   # t0+6000 < end: extended again
    vmu.advance(3601)
    assert vmu.call("get_dids", phone_number="5145550100").ok


def test_lockout_refuses_every_request_type_and_writes(vmu):
    vmu.seed(lockout={"account": "demo-vmu", "seconds": 100})
    assert vmu.call("update_did", via="post", phone_number="5145550100", usage_type="default",
                    friendly_name="Changed").codes == ["requests_hard_limit_exceeded"]
    vmu.advance(101)  # not enough: the refused request extended the lockout by the full lockout_seconds
    assert vmu.call("get_dids").codes == ["requests_hard_limit_exceeded"]
    vmu.advance(3601)
    assert vmu.ok("get_dids", phone_number="5145550100").records("dids", "did")[0]["friendly_name"] == "Main line"


def test_window_slides(vmu):
    vmu.seed(settings={"rate_limit_soft": 1, "rate_limit_hard": 10, "rate_limit_window": 60})
    assert vmu.call("get_dids").codes == []
    assert vmu.call("get_dids").codes == ["requests_soft_limit_reached"]
    vmu.advance(61)
    assert vmu.call("get_dids").codes == []


def test_auth_failures_do_not_count(vmu):
    vmu.seed(settings={"rate_limit_soft": 1, "rate_limit_hard": 1})
    for _attempt in range(3):
        assert vmu.raw("get_dids", {"username": "demo-vmu", "auth_token": "0" * 32}).codes == ["authentication_failed"]
    assert vmu.call("get_dids").codes == []


def test_rate_limit_buckets():
    settings = dict(ratelimit.DEFAULTS, rate_limit_soft=1, rate_limit_hard=2)
    account = Account("a", "1234", "0" * 32)
    assert ratelimit.admit(account, "queue_sms", 0.0, settings) == []     # own bucket: 600/1200
    assert ratelimit.admit(account, "get_dids", 0.0, settings) == []
    assert ratelimit.admit(account, "update_did", 1.0, settings) == ["requests_soft_limit_reached"]
    assert ratelimit.limits(settings, "queue_fax") == (600, 1200)
    with pytest.raises(ApiError) as err:
        ratelimit.admit(account, "get_peers", 2.0, settings)
    assert err.value.codes == ["requests_hard_limit_exceeded"]
    with pytest.raises(ApiError):   # the lockout covers every bucket
        ratelimit.admit(account, "queue_sms", 3.0, settings)
    assert account.locked_until == 3.0 + 3600


def test_no_limit_when_zero():
    settings = dict(ratelimit.DEFAULTS, rate_limit_soft=0, rate_limit_hard=0)
    account = Account("a", "1234", "0" * 32)
    assert all(ratelimit.admit(account, "get_dids", float(i), settings) == [] for i in range(50))


# -- seeding and state ---------------------------------------------------------------------------------

def test_seed_rejects_unknown_keys_and_settings(vmu):
    assert vmu.control("POST", "/seed", {"carrier": "voicemeup", "bogus": []}).status == 400
    assert vmu.control("POST", "/seed", {"carrier": "voicemeup", "settings": {"nope": 1}}).status == 400
    assert vmu.control("POST", "/seed", {"carrier": "voicemeup", "settings": {"rate_limit_soft": -1}}).status == 400
    assert vmu.control("POST", "/seed", {"carrier": "voicemeup", "settings": {"list_deleted_dids": 1}}).status == 400


def test_seed_new_account(vmu):
    token = "a" * 32
    summary = vmu.seed(accounts=[{"username": "other", "client_user_id": "7777", "auth_token": token}])
    assert summary["accounts"] == ["other"]
    reply = vmu.raw("get_dids", {"client_user_id": "7777", "auth_token": token})
    assert reply.ok and reply.json["dids"] == ""   # an account of its own
    bad = vmu.control("POST", "/seed", {"carrier": "voicemeup", "accounts": [
        {"username": "x", "client_user_id": "123456", "auth_token": token}]})
    assert bad.status == 400 and "taken" in bad.json["error"]


def test_state_dump_and_reset(vmu, client):
    state = vmu.state()
    demo = state["accounts"]["demo-vmu"]
    assert demo["client_user_id"] == "123456" and demo["auth_token"] == TOKEN
    assert len(demo["dids"]) == 5 and len(demo["inventory"]) > 300
    assert set(demo["peers"]) == {"40001", "40002"} and set(demo["proxies"]) == {"1"}
    vmu.ok("delete_did", via="post", phone_number="5145550100")
    assert client.control("POST", "/reset", {"carrier": "voicemeup"}).status == 200
    assert did_one(vmu, phone_number="5145550100")[0]["status"] == "enabled"


# -- request log ---------------------------------------------------------------------------------------

def _last_log(client):
    return client.control("GET", "/requests", query={"carrier": "voicemeup"}).json["requests"][-1]


def test_write_flag(vmu, client):
    vmu.call("get_dids")
    assert _last_log(client)["write"] is False
    vmu.call("get_dids", via="post")
    assert _last_log(client)["write"] is True
    vmu.call("update_did", via="get", phone_number="5145550100")   # a GET write is still a write
    assert _last_log(client)["write"] is True
    vmu.call("order_new_dids", via="get")
    assert _last_log(client)["write"] is True


def test_fault_rules_aim_by_request_type_and_count_per_username(vmu, client):
    rule = {"carrier": "voicemeup", "function": "update_did", "kind": "status", "status": 503, "times": 1}
    assert client.control("POST", "/faults", rule).status == 200
    assert vmu.call("get_dids").status == 200
    assert vmu.raw("update_did", CREDS, via="post").status == 503
    assert client.control("POST", "/faults", {"carrier": "voicemeup", "kind": "lockout", "limit": 1,
                                              "window": 60}).status == 200
    assert vmu.call("get_dids").status == 200
    assert vmu.raw("get_dids", CREDS).status == 429
    other = vmu.raw("get_dids", {"username": "someone", "auth_token": TOKEN})
    assert other.status == 200 and other.codes == ["authentication_failed"]


# -- message codes ------------------------------------------------------------------------------------

def test_codes_verbatim_and_per_request_type():
    assert codes.message("phone_number_not_found") == "Phone Number Not Foudn."
    assert codes.message("socket_error") == "A socket error occured."
    assert codes.message("client_extension_id_invalid") == "Client account ID is invalid."
    assert codes.message("type_invalid", "update_peer") == "The peer protocol is invalid."
    assert codes.message("type_invalid", "order_new_dids") == 'Type must be either "local" or "international".'
    assert codes.message("type_invalid", "update_did") == "Type is invalid."
    assert codes.message("call_hash_invalid", "get_recordings") == "Call hash is invalid."
    assert codes.message("call_hash_invalid", "get_calls") == "Call Hash is invalid."
    assert codes.message("t38_support_invalid", "order_new_dids") == 'Preference must be either "optional" or "required".'
    assert codes.message("t38_support_invalid", "get_dids") == "T38 support is invalid."
    assert codes.message("currency_invalid") == "Currency is invalid."


DIGEST = Path("/work/shared/providers/voicemeup.md")


@pytest.mark.skipif(not DIGEST.exists(), reason="the provider digest is not on this machine")
def test_every_code_of_the_digest_table_is_verbatim():
    """Digest §2.4 lists every code of the seed with its text: each is known with exactly that text."""
    section = DIGEST.read_text().split("### 2.4", 1)[1].split("### 2.5", 1)[0]
    rows = re.findall(r"^\|(?:[^|`]*\|)? `([a-z0-9_-]+)` \| (.+?) \| L\d+ \|$", section, re.M)
    assert len(rows) >= 160
    seed_codes = {code for codes_ in codes.SEED_SECTIONS.values() for code in codes_}
    for code, text in rows:
        text = re.sub(r" \*\(.*\)\*$", "", text)
        assert code in seed_codes, code
        assert text in [c[code] for c in codes.SEED_SECTIONS.values() if code in c], (code, text)
    assert not set(codes.SYNTHESIZED) & set(codes.SEED_SECTIONS["Global"])


def test_humanize():
    assert codes.message("client_sms_profile_id_invalid") == "Client SMS profile ID is invalid."
    assert codes.message("notify_callback_triggers_required") == "Notify callback triggers are required."
    assert codes.message("sms_callback_url_invalid") == "SMS callback URL is invalid."


def test_unknown_code_is_a_bug():
    with pytest.raises(KeyError):
        ApiError("no_such_code")
    with pytest.raises(KeyError):
        codes.message("no_such_code")


def test_api_error_many_dedupes_in_order():
    error = ApiError.many(["npa_invalid", "nxx_invalid", "npa_invalid"])
    assert error.codes == ["npa_invalid", "nxx_invalid"] and error.code == "npa_invalid"


def test_json_is_compact_utf8(vmu):
    vmu.ok("update_did", via="post", phone_number="5145550100", usage_type="default", preserve_missing_data="1",
           friendly_name="Ligne église")
    reply = vmu.call("get_dids", phone_number="5145550100")
    assert "Ligne église".encode() in reply.body
    assert json.loads(reply.body)["dids"]["did"]["friendly_name"] == "Ligne église"
