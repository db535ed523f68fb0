"""VoIP.ms DIDs: searches, orders, getDIDsInfo, setDIDInfo (whole-record replace), the narrow
setters, cancelDID and setSMS."""

from __future__ import annotations

import pytest

from voipms_testclient import VoipMs

DID = "7862285619"
ORDER = {"did": DID, "routing": "account:100000", "pop": "1", "dialtime": "60", "cnam": "0", "billing_type": "1"}


@pytest.fixture
def vms(client):
    return VoipMs(client.port)


@pytest.fixture
def owned(vms):
    vms.seed(mailboxes=[{"mailbox": "101"}])
    vms.order(DID)
    return vms


# -- search ---------------------------------------------------------------------------------------

def test_search_usa(vms):
    dids = vms.ok("searchDIDsUSA", type="starts", query="786228561")["dids"]
    assert [d["did"] for d in dids] == [f"786228561{i}" for i in range(10)]
    assert dids[0] == {"did": "7862285610", "ratecenter": "MIAMI", "state": "FL", "state_description": "FLORIDA",
                       "perminute_monthly": "0.99", "perminute_minute": "0.01", "perminute_setup": "0.50",
                       "flat_monthly": "4.95", "flat_minute": "0.00", "flat_setup": "1.00"}
    assert [d["did"] for d in vms.ok("searchDIDsUSA", type="ends", query="3023")["dids"]] == ["7863643023"]
    contains = vms.ok("searchDIDsUSA", type="contains", query="5550", state="NY")["dids"]
    assert len(contains) == 120 and {d["state"] for d in contains} == {"NY"}


def test_search_letters_map_to_keypad(vms):
    # J = 5 on the keypad
    assert [d["did"] for d in vms.ok("searchDIDsUSA", type="starts", query="212JJJ0100")["dids"]] == ["2125550100"]


@pytest.mark.parametrize("params,code", [
    ({"query": "786"}, "missing_type"),
    ({"type": "starts"}, "missing_query"),
    ({"type": "begins", "query": "786"}, "invalid_type"),
    ({"type": "starts", "query": "78-6"}, "invalid_query"),
    ({"type": "starts", "query": "786", "state": "ZZ"}, "invalid_state"),
    ({"type": "starts", "query": "999"}, "no_did"),
    ({"type": "starts", "query": "786", "state": "NY"}, "no_did"),
])
def test_search_usa_errors(vms, params, code):
    assert vms.call("searchDIDsUSA", **params) == {"status": code}


def test_search_can(vms):
    dids = vms.ok("searchDIDsCAN", type="contains", query="2381568")["dids"]
    assert dids == [{"did": "4502381568", "ratecenter": "Chomedey", "province": "QC", "province_description": "QUEBEC",
                     "perminute_monthly": "0.99", "perminute_minute": "0.0100", "perminute_setup": "0.50",
                     "flat_monthly": "4.95", "flat_minute": "0.00", "flat_setup": "1.00"}]
    assert vms.call("searchDIDsCAN", type="starts", query="1", province="XX") == {"status": "invalid_province"}
    assert vms.call("searchDIDsCAN", type="starts", query="786") == {"status": "no_did"}


def test_get_dids_usa_and_can(vms):
    dids = vms.ok("getDIDsUSA", state="FL", ratecenter="MIAMI")["dids"]
    assert len(dids) == 62
    first = next(d for d in dids if d["did"] == DID)
    assert first["has_port_out_pin"] == "1" and first["sms"] == "1"
    assert next(d for d in dids if d["did"] == "7862285871")["has_port_out_pin"] == "0"
    assert {d["ratecenter"] for d in vms.ok("getDIDsUSA", state="FL")["dids"]} == {"MIAMI", "APOPKA", "ARCADIA"}
    assert vms.ok("getDIDsUSA", state="FL", ratecenter="ARCADIA")["dids"][0]["sms"] == "0"
    assert vms.call("getDIDsUSA") == {"status": "missing_state"}
    assert vms.call("getDIDsUSA", state="XX") == {"status": "invalid_state"}
    assert vms.call("getDIDsUSA", state="FL", ratecenter="ALFORD") == {"status": "no_did"}
    assert vms.call("getDIDsUSA", state="AL") == {"status": "no_did"}
    can = vms.ok("getDIDsCAN", province="ON", ratecenter="Stoney Point")["dids"]
    assert can[0] == {"did": "2264836080", "ratecenter": "Stoney Point", "province": "ON",
                      "province_description": "ONTARIO", "perminute_monthly": "0.99", "perminute_minute": "0.0100",
                      "perminute_setup": "0.50", "flat_monthly": "4.95", "flat_minute": "0.00", "flat_setup": "1.00",
                      "sms": "1"}
    assert vms.call("getDIDsCAN") == {"status": "missing_province"}


def test_toll_free_searches(vms):
    everything = vms.ok("searchTollFreeUSA")["dids"]
    assert len(everything) == 74
    assert {"did": "8888355579", "monthly": "0.99", "minute_usa": "0.019", "minute_canada": "0.08",
            "minute_puertorico": "0.095", "minute_alaska": "0.17", "setup": "0"} in everything
    canus = vms.ok("searchTollFreeCanUS", type="starts", query="877453")["dids"]
    assert canus == [{"did": "8774530644", "monthly": "1.49", "minute": "0.0320", "setup": "0.00"}]
    assert vms.call("searchTollFreeUSA", type="starts") == {"status": "missing_query"}
    assert vms.call("searchTollFreeUSA", query="800") == {"status": "missing_type"}
    assert vms.call("searchTollFreeUSA", type="starts", query="999") == {"status": "no_did"}


# -- order -----------------------------------------------------------------------------------------

def test_order_did_then_read(owned):
    record = owned.did_info(DID)
    assert record["description"] == "MIAMI, FL" and record["routing"] == "account:100000"
    assert (record["pop"], record["dialtime"], record["cnam"], record["billing_type"]) == ("1", "60", "0", "1")
    assert (record["failover_busy"], record["e911"], record["sms_available"], record["sms_enabled"]) == \
        ("none:", "0", "1", "0")
    assert len(record) == 38 and all(isinstance(v, str) for v in record.values())
    assert DID not in [d["did"] for d in owned.ok("getDIDsUSA", state="FL")["dids"]]


@pytest.mark.parametrize("drop,code", [
    ("did", "missing_did"), ("routing", "missing_routing"), ("pop", "missing_serverpop"),
    ("dialtime", "missing_dialtime"), ("cnam", "missing_cnam"), ("billing_type", "missing_billingtype"),
])
def test_order_missing(vms, drop, code):
    params = {k: v for k, v in ORDER.items() if k != drop}
    assert vms.call("orderDID", **params) == {"status": code}


@pytest.mark.parametrize("change,code", [
    ({"did": "786228561"}, "invalid_did"),
    ({"did": "8888355579"}, "invalid_did"),  # toll-free through orderDID
    ({"did": "3055559999"}, "invalid_did"),  # not in stock
    ({"routing": "account"}, "invalid_routing_header"),
    ({"routing": "phone:123"}, "invalid_routing_header"),
    ({"routing": "account:100000_Nobody"}, "invalid_routing_header"),
    ({"routing": "sys:party"}, "invalid_routing_header"),
    ({"routing": "none:x"}, "invalid_routing_header"),
    ({"failover_busy": "bogus:1"}, "invalid_failover_header"),
    ({"voicemail": "abc"}, "invalid_mailbox"),
    ({"voicemail": "101"}, "invalid_mailbox"),  # no such mailbox (getVoicemails)
    ({"cnam": "true"}, "invalid_cnam"),  # documented "Boolean: 1/0"
    ({"pop": "2"}, "invalid_serverpop"),
    ({"dialtime": "0"}, "invalid_dialtime"),
    ({"dialtime": "sixty"}, "invalid_dialtime"),
    ({"cnam": "2"}, "invalid_cnam"),
    ({"callerid_prefix": "x" * 20}, "invalid_calleridprefix"),
    ({"note": "n" * 50}, "invalid_note"),
    ({"billing_type": "3"}, "invalid_billingtype"),
    ({"account": "100000_Nobody"}, "invalid_account"),
    ({"monthly": "abc"}, "invalid_monthly"),
])
def test_order_invalid(vms, change, code):
    assert vms.call("orderDID", **{**ORDER, **change}) == {"status": code}


def test_order_accepts_routing_forms(vms):
    for did, routing in (("7862285600", "sys:echo"), ("7862285601", "vm:101"), ("7862285602", "none:"),
                         ("7862285603", "fwd:1026")):
        vms.ok("orderDID", **{**ORDER, "did": did, "routing": routing, "cnam": "1", "note": "n" * 49})
    assert vms.did_info("7862285600")["cnam"] == "1"


def test_order_did_in_use_and_funds(owned):
    assert owned.call("orderDID", **ORDER) == {"status": "did_in_use"}
    owned.seed(accounts=[{"api_username": "demo@example.com", "balance": 1.0}])
    assert owned.call("orderDID", **{**ORDER, "did": "7862285600"}) == {"status": "non_sufficient_funds"}
    assert owned.call("orderDID", **{**ORDER, "did": "7862285600", "test": "1"}) == {"status": "non_sufficient_funds"}


def test_order_toll_free(vms):
    params = {k: v for k, v in ORDER.items() if k != "billing_type"}
    vms.ok("orderTollFree", **{**params, "did": "8888355579"})
    record = vms.did_info("8888355579")
    assert (record["description"], record["billing_type"], record["sms_available"]) == ("TOLL FREE", "1", "0")
    assert vms.call("orderTollFree", **{**params, "did": "7862285600"}) == {"status": "invalid_did"}
    assert vms.call("orderTollFree", **{**params, "did": "8888355579"}) == {"status": "did_in_use"}


def test_order_reseller_fields(vms):
    vms.seed(subaccounts=[{"username": "Client1"}])
    vms.ok("orderDID", **{**ORDER, "account": "100000_Client1", "monthly": "3.50"})
    record = vms.did_info(DID)
    assert (record["reseller_account"], record["reseller_monthly"], record["reseller_setup"]) == \
        ("100000_Client1", "3.50000000", "0.00000000")


# -- getDIDsInfo -------------------------------------------------------------------------------------

def test_get_dids_info_empty_and_absent(owned):
    assert len(owned.ok("getDIDsInfo")["dids"]) == 1
    assert owned.call("getDIDsInfo", did="7862285600") == {"status": "invalid_did"}
    assert owned.call("getDIDsInfo", did="abc") == {"status": "invalid_did"}
    assert owned.call("getDIDsInfo", client="561115") == {"status": "invalid_client"}
    assert owned.call("getDIDsInfo", client="100000_Nobody") == {"status": "invalid_account"}


def test_get_dids_info_by_subaccount(owned):
    owned.seed(subaccounts=[{"username": "VoIP"}])
    assert owned.call("getDIDsInfo", client="100000_VoIP") == {"status": "no_did"}
    owned.ok("setDIDRouting", did=DID, routing="account:100000_VoIP")
    assert [d["did"] for d in owned.ok("getDIDsInfo", client="100000_VoIP")["dids"]] == [DID]


# -- setDIDInfo: whole-record replace ---------------------------------------------------------------

FULL = {"did": DID, "routing": "sys:echo", "failover_busy": "vm:101", "failover_unreachable": "fwd:1521",
        "failover_noanswer": "sys:hangup", "voicemail": "101", "pop": "15", "dialtime": "30", "cnam": "1",
        "callerid_prefix": "MIA", "record_calls": "1", "note": "front desk", "port_out_pin": "1234",
        "billing_type": "2", "transcribe": "1", "transcription_locale": "en-US", "transcription_email": "t@example.com"}


def test_set_did_info_full(owned):
    owned.ok("setDIDInfo", **FULL)
    record = owned.did_info(DID)
    for key, value in FULL.items():
        if key != "record_calls":
            assert record[key] == value, key
    assert "record_calls" not in record  # write-only
    assert owned.state()["accounts"]["demo@example.com"]["dids"][DID]["_record_calls"] == "1"


def test_set_did_info_omitted_optionals_are_cleared(owned):
    owned.ok("setDIDInfo", **FULL)
    core = {k: FULL[k] for k in ("did", "routing", "pop", "dialtime", "cnam", "billing_type")}
    owned.ok("setDIDInfo", **{**core, "note": "kept"})
    record = owned.did_info(DID)
    assert record["note"] == "kept"
    assert (record["failover_busy"], record["failover_unreachable"], record["failover_noanswer"]) == \
        ("none:", "none:", "none:")
    assert (record["voicemail"], record["callerid_prefix"], record["port_out_pin"]) == ("", "", "")
    assert (record["transcribe"], record["transcription_locale"], record["transcription_email"]) == ("0", "", "")
    assert (record["routing"], record["pop"], record["billing_type"]) == ("sys:echo", "15", "2")
    assert owned.state()["accounts"]["demo@example.com"]["dids"][DID]["_record_calls"] == "0"


def test_set_did_info_keeps_sms_and_e911(owned):
    owned.ok("setSMS", did=DID, enable="1", email_enabled="1", email_address="a@example.com")
    owned.seed(e911=[{"did": DID, "full_name": "A", "street_number": "1", "street_name": "Main", "city": "Miami",
                      "state": "FL", "country": "US", "zip_code": "33101", "language": "EN", "email": "a@example.com"}])
    owned.ok("setDIDInfo", **{k: FULL[k] for k in ("did", "routing", "pop", "dialtime", "cnam", "billing_type")})
    record = owned.did_info(DID)
    assert (record["sms_enabled"], record["sms_email"], record["e911"]) == ("1", "a@example.com", "1")


@pytest.mark.parametrize("drop,code", [
    ("did", "missing_did"), ("routing", "missing_routing"), ("pop", "missing_serverpop"),
    ("dialtime", "missing_dialtime"), ("cnam", "missing_cnam"), ("billing_type", "missing_billingtype"),
])
def test_set_did_info_missing(owned, drop, code):
    assert owned.call("setDIDInfo", **{k: v for k, v in FULL.items() if k != drop}) == {"status": code}


@pytest.mark.parametrize("change,code", [
    ({"did": "7862285600"}, "invalid_did"),
    ({"record_calls": "maybe"}, "invalid_record_calls"),
    ({"record_calls": "true"}, "invalid_record_calls"),
    ({"cnam": "false"}, "invalid_cnam"),
    ({"cnam": "yes"}, "invalid_cnam"),
    ({"voicemail": "102"}, "invalid_mailbox"),
    ({"port_out_pin": "12"}, "invalid_pin"),
    ({"transcription_locale": "xx-XX"}, "invalid_transcription_locale"),
    ({"transcription_email": "nope"}, "invalid_transcription_email"),
    ({"transcription_locale": None}, "missing_transcription_locale"),
    ({"transcription_email": None}, "missing_transcription_email"),
    ({"pop": "999"}, "invalid_serverpop"),
])
def test_set_did_info_invalid(owned, change, code):
    assert owned.call("setDIDInfo", **{**FULL, **change}) == {"status": code}
    assert owned.did_info(DID)["routing"] == "account:100000"  # nothing applied


def test_port_out_pin_only_where_the_number_has_one(vms):
    """"only for selected US numbers with the lock icon": getDIDsUSA's has_port_out_pin."""
    vms.order("7862285871")                 # MIAMI, has_port_out_pin 0
    vms.order("7862285600")                 # MIAMI, has_port_out_pin 1
    core = {"routing": "none:", "pop": "1", "dialtime": "60", "cnam": "0", "billing_type": "1"}
    assert vms.call("setDIDInfo", did="7862285871", port_out_pin="1234", **core) == {"status": "invalid_pin"}
    assert vms.did_info("7862285871")["port_out_pin"] == ""
    vms.ok("setDIDInfo", did="7862285871", **core)                       # no PIN: fine
    vms.ok("setDIDInfo", did="7862285600", port_out_pin="1234", **core)
    assert vms.did_info("7862285600")["port_out_pin"] == "1234"
    vms.seed(dids=[{"did": "3125550100", "has_port_out_pin": "1"}, {"did": "3125550101"}])
    vms.ok("setDIDInfo", did="3125550100", port_out_pin="5678", **core)
    assert vms.call("setDIDInfo", did="3125550101", port_out_pin="5678", **core) == {"status": "invalid_pin"}


def test_flags_without_a_code_of_their_own_read_as_php_integers(owned):
    owned.ok("setDIDInfo", **{**FULL, "transcribe": "true"})
    assert owned.did_info(DID)["transcribe"] == "0"
    owned.ok("setDIDInfo", **{**FULL, "transcribe": "1"})
    assert owned.did_info(DID)["transcribe"] == "1"


def test_get_voicemails(vms):
    assert vms.call("getVoicemails") == {"status": "no_mailbox"}
    vms.seed(mailboxes=[{"mailbox": "1001", "name": "VoIP"}, {"mailbox": "101"}])
    boxes = vms.ok("getVoicemails")["voicemails"]
    assert [b["mailbox"] for b in boxes] == ["101", "1001"]
    assert boxes[1]["name"] == "VoIP" and boxes[1]["timezone"] == "America/Chicago" and len(boxes[1]) == 18
    assert [b["mailbox"] for b in vms.ok("getVoicemails", mailbox="101")["voicemails"]] == ["101"]
    assert vms.call("getVoicemails", mailbox="999") == {"status": "invalid_mailbox"}
    vms.order(DID, voicemail="1001")
    assert vms.did_info(DID)["voicemail"] == "1001"
    assert vms.call("setDIDVoicemail", did=DID, voicemail="999") == {"status": "invalid_mailbox"}


def test_set_did_info_toll_free_billing_type(vms):
    vms.ok("orderTollFree", **{**{k: v for k, v in ORDER.items() if k != "billing_type"}, "did": "8774530644"})
    params = {"did": "8774530644", "routing": "none:", "pop": "1", "dialtime": "60", "cnam": "0"}
    assert vms.call("setDIDInfo", **params, billing_type="2") == {"status": "no_change_billingtype"}
    vms.ok("setDIDInfo", **params, billing_type="1")  # unchanged: fine


def test_narrow_setters(owned):
    owned.ok("setDIDInfo", **FULL)
    owned.ok("setDIDRouting", did=DID, routing="none:")
    owned.ok("setDIDPOP", did=DID, pop="3")
    record = owned.did_info(DID)
    assert (record["routing"], record["pop"], record["note"], record["voicemail"]) == ("none:", "3", "front desk", "101")
    owned.ok("setDIDVoicemail", did=DID)
    assert owned.did_info(DID)["voicemail"] == ""
    assert owned.call("setDIDRouting", did=DID) == {"status": "missing_routing"}
    assert owned.call("setDIDRouting", did=DID, routing="xx:1") == {"status": "invalid_routing_header"}
    assert owned.call("setDIDPOP", did=DID) == {"status": "missing_serverpop"}
    assert owned.call("setDIDPOP", did="7862285600", pop="1") == {"status": "invalid_did"}


# -- cancelDID -------------------------------------------------------------------------------------

def test_cancel_did(owned):
    assert owned.call("cancelDID") == {"status": "missing_did"}
    assert owned.call("cancelDID", did="7862285600") == {"status": "invalid_did"}
    owned.ok("cancelDID", did=DID, test="1")
    assert owned.did_info(DID)["did"] == DID
    owned.ok("cancelDID", did=DID, cancelcomment="bye")
    assert owned.call("getDIDsInfo") == {"status": "no_did"}
    assert DID in [d["did"] for d in owned.ok("getDIDsUSA", state="FL", ratecenter="MIAMI")["dids"]]


# -- setSMS ------------------------------------------------------------------------------------------

def test_set_sms_and_read_fields(owned):
    owned.ok("setSMS", did=DID, enable="1", email_enabled="1", email_address="john@example.com",
             sms_forward_enable="1", sms_forward="2264836086", url_callback_enable="1",
             url_callback="http://mysite.com/sms.php?to={TO}&from={FROM}&message={MESSAGE}", url_callback_retry="1",
             smpp_enabled="1", smpp_url="ssmpp://smpp.example.com:3550", smpp_user="u", smpp_pass="p")
    record = owned.did_info(DID)
    assert {k: record[k] for k in record if k.startswith(("sms_", "smpp_"))} == {
        "sms_available": "1", "sms_enabled": "1", "sms_email": "john@example.com", "sms_email_enabled": "1",
        "sms_forward": "2264836086", "sms_forward_enabled": "1",
        "sms_url_callback": "http://mysite.com/sms.php?to={TO}&from={FROM}&message={MESSAGE}",
        "sms_url_callback_enabled": "1", "sms_url_callback_retry": "1", "smpp_enabled": "1",
        "smpp_url": "ssmpp://smpp.example.com:3550", "smpp_user": "u", "smpp_pass": "p"}
    # replace: only enable sent -> everything else back to defaults
    owned.ok("setSMS", did=DID, enable="0")
    record = owned.did_info(DID)
    assert (record["sms_enabled"], record["sms_email"], record["sms_forward_enabled"], record["smpp_url"]) == \
        ("0", "", "0", "")


@pytest.mark.parametrize("params,code", [
    ({"enable": "1"}, "missing_did"),
    ({"did": DID}, "missing_enable"),
    ({"did": "7862285600", "enable": "1"}, "invalid_did"),
    ({"did": DID, "enable": "2"}, "invalid_sms"),
    ({"did": DID, "enable": "true"}, "invalid_sms"),
    ({"did": DID, "enable": "1", "email_enabled": "x"}, "invalid_email_enable"),
    ({"did": DID, "enable": "1", "email_enabled": "yes", "email_address": "a@example.com"}, "invalid_email_enable"),
    ({"did": DID, "enable": "1", "sms_forward_enable": "true", "sms_forward": "2264836086"}, "invalid_forward_enable"),
    ({"did": DID, "enable": "1", "url_callback_enable": "true", "url_callback": "https://x.example.com"},
     "invalid_callback_enable"),
    ({"did": DID, "enable": "1", "url_callback_retry": "false"}, "invalid_callback_retry"),
    ({"did": DID, "enable": "1", "email_enabled": "1"}, "invalid_email"),
    ({"did": DID, "enable": "1", "email_address": "bad"}, "invalid_email"),
    ({"did": DID, "enable": "1", "sms_forward_enable": "x"}, "invalid_forward_enable"),
    ({"did": DID, "enable": "1", "sms_forward": "123"}, "invalid_sms_forward"),
    ({"did": DID, "enable": "1", "sms_forward_enable": "1"}, "invalid_sms_forward"),
    ({"did": DID, "enable": "1", "sms_forward": DID}, "invalid_forwarding_did"),
    ({"did": DID, "enable": "1", "url_callback_enable": "x"}, "invalid_callback_enable"),
    ({"did": DID, "enable": "1", "url_callback": "ftp://x.com"}, "invalid_callback"),
    ({"did": DID, "enable": "1", "url_callback_enable": "1"}, "invalid_callback"),
    ({"did": DID, "enable": "1", "url_callback_retry": "x"}, "invalid_callback_retry"),
    ({"did": DID, "enable": "1", "smpp_url": "gopher://x"}, "invalid_smpp_url"),
    ({"did": DID, "enable": "1", "smpp_enabled": "1"}, "invalid_smpp_url"),
    ({"did": DID, "enable": "1", "smpp_user": "a b"}, "invalid_smpp_username"),
    ({"did": DID, "enable": "1", "smpp_pass": "p" * 65}, "invalid_smpp_password"),
])
def test_set_sms_errors(owned, params, code):
    assert owned.call("setSMS", **params) == {"status": code}


def test_set_sms_not_available(vms):
    vms.order("8635550100")  # ARCADIA: no SMS
    assert vms.did_info("8635550100")["sms_available"] == "0"
    assert vms.call("setSMS", did="8635550100", enable="1") == {"status": "invalid_sms"}
