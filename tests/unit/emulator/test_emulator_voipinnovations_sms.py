"""VoIP Innovations emulator, SMS settings: ConfigSMSDestination, ConfigSMS (deprecated) and AuditSMS
(seed L527-546, L635-645; digest 3H, 4.2 SMSDID, Q20, Q21, Q37), with plain SOAP strings."""

from __future__ import annotations

import pytest

from emulator.voipinnovations.seed import OTHER_LOGIN, OTHER_SECRET
from voipinnovations_testclient import ENVELOPE, MOUNT, TNS, VoipInnovations

OWNED = ["2125550100", "2125550101", "2135550150", "2145550120", "3055550140", "3125550110", "8885550130"]
EMAIL_ON, POST_ON, CAPABLE_OFF, NOT_CAPABLE = "2125550100", "2125550101", "3055550140", "2145550120"


@pytest.fixture
def vi(client):
    return VoipInnovations(client.port)


def audit(vi, tn) -> dict:
    [row] = vi.ok("AuditSMS", {"tn": tn}).items("SMSDID")
    return row


def stored(vi, tn) -> dict:
    return vi.state()["accounts"]["demo-vi"]["dids"][tn].get("_sms_config")


def destination(vi, tn, destination_type, dest=None, token=None):
    return vi.call("ConfigSMSDestination", {"tn": tn, "destinationType": destination_type, "destination": dest,
                                            "authToken": token})


def marks(vi) -> list:
    return [entry["soap"] for entry in vi.log()]


# -- AuditSMS ---------------------------------------------------------------------------------------

def test_audit_sms_with_a_blank_tn_lists_every_did_of_the_account(vi):
    for params in ({}, {"tn": ""}, {"tn": "  "}):
        rows = vi.ok("AuditSMS", params).items("SMSDID")
        assert [row["TN"] for row in rows] == OWNED
    by_tn = {row["TN"]: row for row in rows}
    assert by_tn[EMAIL_ON] == {"TN": EMAIL_ON, "Enabled": "true", "Forward": "sms@example.com",
                               "DestinationType": "EMAIL", "Destination": "sms@example.com", "DLR": "false"}
    assert by_tn[POST_ON] == {"TN": POST_ON, "Enabled": "true", "Forward": "", "DestinationType": "POST",
                              "Destination": "https://hooks.example.com/vi-sms", "DLR": "true"}
    assert by_tn[CAPABLE_OFF]["Enabled"] == "false" and by_tn[CAPABLE_OFF]["DestinationType"] == "NONE"
    assert by_tn[NOT_CAPABLE]["Enabled"] == "false"


def test_audit_sms_never_echoes_the_auth_token(vi):
    reply = vi.ok("AuditSMS", {"tn": POST_ON})
    assert b"vi-demo-hook-token" not in reply.body and b"authToken" not in reply.body


def test_audit_sms_of_one_did_and_of_numbers_not_owned(vi):
    assert audit(vi, EMAIL_ON)["Destination"] == "sms@example.com"
    for tn in ("2125550199", "9995550100", "212555010", "+12125550100"):   # another company's, unknown, malformed
        assert vi.code("AuditSMS", {"tn": tn}) == 101
    assert vi.ok("AuditSMS", login=OTHER_LOGIN, secret=OTHER_SECRET).items("SMSDID")[0]["TN"] == "2125550199"


def test_audit_sms_of_an_account_without_dids_is_an_empty_list(vi):
    vi.seed(accounts=[{"login": "empty", "secret": "s"}])
    assert vi.ok("AuditSMS", login="empty", secret="s").items("SMSDID") == []


def test_sms_operations_need_the_credentials(vi):
    for op in ("AuditSMS", "ConfigSMS", "ConfigSMSDestination"):
        params = {"tn": EMAIL_ON, "enable": True} if op == "ConfigSMS" else {"tn": EMAIL_ON}
        assert vi.code(op, params, secret="wrong") == 902


# -- ConfigSMSDestination ---------------------------------------------------------------------------

@pytest.mark.parametrize("destination_type, dest, shown", [
    ("EMAIL", "ops@example.com", "ops@example.com"),
    ("EMAIL", " a@example.com ; b@example.org ", "a@example.com;b@example.org"),
    ("FORWARD", "6465550111", "6465550111"),
    ("POST", "https://hooks.example.com/in", "https://hooks.example.com/in"),
    ("GET", "http://hooks.example.com/in?x=1", "http://hooks.example.com/in?x=1"),
    ("SIP", None, ""),
    ("SIP", "sip:sms@pbx.example.com", "sip:sms@pbx.example.com"),
    ("PROGTELCO", None, ""),
    ("NONE", "ignored@example.com", ""),
    ("email", "ops@example.com", "ops@example.com"),      # the type in any case, stored upper-case
])
def test_config_sms_destination_enables_sms_with_one_destination(vi, destination_type, dest, shown):
    reply = destination(vi, CAPABLE_OFF, destination_type, dest)
    assert reply.code == 100
    [row] = reply.items("SMSDID")
    assert (row["Enabled"], row["DestinationType"], row["Destination"]) == ("true", destination_type.upper(), shown)
    assert row["Forward"] == (shown if destination_type.upper() in ("EMAIL", "FORWARD") else "")
    assert audit(vi, CAPABLE_OFF) == row


def test_config_sms_destination_in_the_doc_order_without_destination(vi):
    # seed L640-644: tn, destinationType, authToken (no destination element at all)
    body = ENVELOPE.format(body=f'<ConfigSMSDestination xmlns="{TNS}"><login>demo-vi</login><secret>vi-demo-secret-2026'
                                f'</secret><tn>{CAPABLE_OFF}</tn><destinationType>SIP</destinationType>'
                                f'<authToken>t</authToken></ConfigSMSDestination>')
    reply = vi.post(body, MOUNT, action=f'"{TNS}ConfigSMSDestination"')
    assert reply.status == 200 and reply.code == 100
    assert stored(vi, CAPABLE_OFF)["DestinationType"] == "SIP" and stored(vi, CAPABLE_OFF)["authToken"] == ""
    assert marks(vi)[-1]["fault"] is None and marks(vi)[-1]["unknown_elements"] == []


def test_auth_token_is_kept_for_post_and_get_only_and_replaced_by_each_call(vi):
    destination(vi, CAPABLE_OFF, "POST", "https://hooks.example.com/in", "tok-1")
    assert stored(vi, CAPABLE_OFF)["authToken"] == "tok-1"
    destination(vi, CAPABLE_OFF, "GET", "https://hooks.example.com/in")
    assert stored(vi, CAPABLE_OFF)["authToken"] == ""
    destination(vi, CAPABLE_OFF, "EMAIL", "a@example.com", "tok-2")
    assert stored(vi, CAPABLE_OFF)["authToken"] == ""


@pytest.mark.parametrize("destination_type, dest, code", [
    ("", "a@example.com", 951),
    ("SMS", "a@example.com", 951),
    ("EMAIL", None, 952),
    ("EMAIL", "not-an-address", 952),
    ("EMAIL", "a@example.com, b@example.com", 952),
    ("POST", None, 952),
    ("GET", "ftp://hooks.example.com/", 952),
    ("FORWARD", None, 944),
    ("FORWARD", "+16465550111", 944),
    ("FORWARD", CAPABLE_OFF, 944),                      # the DID itself
])
def test_config_sms_destination_refuses_a_bad_type_or_destination(vi, destination_type, dest, code):
    assert destination(vi, CAPABLE_OFF, destination_type, dest).code == code
    assert stored(vi, CAPABLE_OFF) is None


def test_config_sms_destination_on_numbers_not_owned_or_not_sms_capable(vi):
    reply = destination(vi, NOT_CAPABLE, "EMAIL", "a@example.com")
    assert (reply.code, reply.message) == (950, "SMS is not available for the specified DID")
    assert destination(vi, "2125550199", "EMAIL", "a@example.com").code == 101
    assert destination(vi, "21255501", "EMAIL", "a@example.com").code == 101
    assert [entry["write"] for entry in vi.log()] == [True, True, True]


# -- ConfigSMS (deprecated) -------------------------------------------------------------------------

def config(vi, tn, enable, forward=None):
    return vi.call("ConfigSMS", {"tn": tn, "enable": enable, "forwardEmail": forward})


def test_config_sms_disable_keeps_the_destination_for_a_later_enable(vi):
    assert config(vi, POST_ON, False).code == 100
    row = audit(vi, POST_ON)
    assert (row["Enabled"], row["DestinationType"], row["Destination"]) == (
        "false", "POST", "https://hooks.example.com/vi-sms")    # a POST is no forward: kept
    assert config(vi, POST_ON, True).code == 100
    assert audit(vi, POST_ON)["Enabled"] == "true" and stored(vi, POST_ON)["authToken"] == "vi-demo-hook-token"


@pytest.mark.parametrize("forward", [None, ""])
def test_config_sms_with_no_forward_email_removes_the_forward(vi, forward):
    # seed L528; digest Q37: a client that only enables must send the forward it keeps
    assert config(vi, EMAIL_ON, True, forward).code == 100
    row = audit(vi, EMAIL_ON)
    assert (row["Enabled"], row["DestinationType"], row["Destination"], row["Forward"]) == ("true", "NONE", "", "")


def test_config_sms_forward_email_sets_email_or_a_10_digit_forward(vi):
    config(vi, CAPABLE_OFF, True, "a@example.com;b@example.com")
    row = audit(vi, CAPABLE_OFF)
    assert (row["DestinationType"], row["Forward"]) == ("EMAIL", "a@example.com;b@example.com")
    config(vi, CAPABLE_OFF, True, "6465550111")
    row = audit(vi, CAPABLE_OFF)
    assert (row["Enabled"], row["DestinationType"], row["Destination"], row["Forward"]) == (
        "true", "FORWARD", "6465550111", "6465550111")
    config(vi, POST_ON, True, "ops@example.com")
    assert stored(vi, POST_ON)["authToken"] == ""                # no longer a POST


def test_config_sms_refusals(vi):
    assert config(vi, NOT_CAPABLE, True).code == 950
    assert config(vi, NOT_CAPABLE, False, "a@example.com").code == 950
    assert config(vi, NOT_CAPABLE, False).code == 100             # nothing to switch off
    assert config(vi, "2125550199", False).code == 101
    assert config(vi, CAPABLE_OFF, True, "not-an-address").code == 952
    assert config(vi, CAPABLE_OFF, True, "12345").code == 944
    assert stored(vi, CAPABLE_OFF) is None


def test_config_sms_enable_is_required_by_the_schema(vi):
    reply = vi.post(ENVELOPE.format(body=f'<ConfigSMS xmlns="{TNS}"><login>demo-vi</login><secret>x</secret>'
                                         f'<tn>{EMAIL_ON}</tn></ConfigSMS>'), MOUNT)
    assert reply.status == 500 and marks(vi)[-1]["fault"] == "schema"


# -- seed and release -------------------------------------------------------------------------------

def test_seed_sms_settings(vi):
    vi.seed(dids=[{"tn": "3125550199", "sms": True}],
            sms=[{"tn": "3125550199", "Enabled": True, "DestinationType": "GET", "Destination": "https://x.example.com/",
                  "authToken": "t", "DLR": True}])
    row = audit(vi, "3125550199")
    assert (row["DestinationType"], row["DLR"]) == ("GET", "true")
    for bad in ({"tn": NOT_CAPABLE, "Enabled": True}, {"tn": "2125550199"}, {"tn": CAPABLE_OFF, "DestinationType": "X"},
                {"tn": CAPABLE_OFF, "Enabled": "yes"}):
        reply = vi.control("POST", "/seed", {"carrier": "voipinnovations", "sms": [bad]})
        assert reply.status == 400, bad


def test_a_released_number_loses_its_sms_settings(vi):
    vi.seed(dids=[{"tn": "3125550199", "sms": True}], sms=[{"tn": "3125550199", "Enabled": True}])
    vi.ok("releaseDID", {"didParams": [{"tn": "3125550199", "epg": 0}]})
    vi.ok("assignDID", {"didParams": [{"tn": "3125550199", "epg": 13550}]})
    assert audit(vi, "3125550199")["Enabled"] == "false"


def test_sms_reads_and_writes_in_the_request_log(vi):
    vi.ok("AuditSMS", {"tn": EMAIL_ON})
    destination(vi, CAPABLE_OFF, "SIP")
    config(vi, CAPABLE_OFF, False)
    assert [(e["soap"]["operation"], e["write"], e["soap"]["response_code"]) for e in vi.log()] == [
        ("AuditSMS", False, 100), ("ConfigSMSDestination", True, 100), ("ConfigSMS", True, 100)]
