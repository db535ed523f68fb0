"""VoIP Innovations sms_config driver: the SMSDID -> record mapping (one function, the snapshot's too),
destination_type derived from the destination, the refusals before any request, and the module run
against the in-process emulator (AuditSMS, ConfigSMSDestination with the token, ConfigSMS to disable,
idempotence, check mode); a scripted wire for answers the emulator never gives."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError
from ansible_collections.voip.carrier.plugins.module_utils.models import SMS_CONFIG
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import VoipInnovationsClient
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.sms import (
    VoipInnovationsSms, account_settings, sms_settings)

from fault_harness import run_module
from scripted_carrier import UNLIMITED, Wire, _scripted

EMAIL_ON, POST_ON, CAPABLE_OFF, NOT_CAPABLE = "+12125550100", "+12125550101", "+13055550140", "+12145550120"
TOKEN = "hook-token-0123"
TNS = "{http://tempuri.org/}"
SOAP_ENV = "{http://schemas.xmlsoap.org/soap/envelope/}"


@pytest.fixture
def vi(control):
    from emulator.voipinnovations.seed import DEMO_LOGIN, DEMO_SECRET  # pylint: disable=import-outside-toplevel
    creds = {"provider": "voipinnovations", "api_url": "%s/voipinnovations" % control.base_url,
             "api_username": DEMO_LOGIN, "api_password": DEMO_SECRET}
    return control, creds


def wire_calls(control, since):
    """[(operation, {element: text})] of the SOAP requests since ``since`` (login and secret left out)."""
    calls = []
    for entry in control.requests("voipinnovations", since):
        element = ET.fromstring(entry["body"]).find(SOAP_ENV + "Body")[0]
        params = {child.tag.replace(TNS, ""): child.text or "" for child in element}
        calls.append((element.tag.replace(TNS, ""), {k: v for k, v in params.items() if k not in ("login", "secret")}))
        assert entry["soap"]["fault"] is None and entry["soap"]["unknown_elements"] == [], entry["soap"]
    return calls


def run(vi, check=False, **params):
    control, creds = vi
    since = control.last_seq()
    args = dict(creds, **params)
    if check:
        args["_ansible_check_mode"] = True
    kind, result = run_module("sms_config", args)
    return kind, result, wire_calls(control, since)


def stored(vi, e164):
    return vi[0].state("voipinnovations")["accounts"]["demo-vi"]["dids"][e164[2:]].get("_sms_config")


# ---- the mapping --------------------------------------------------------------------------------

@pytest.mark.parametrize("row, settings", [
    ({"TN": "2125550100", "Enabled": False, "DestinationType": "EMAIL", "Destination": "a@example.com"},
     {"enabled": False}),
    ({"Enabled": True, "DestinationType": "EMAIL", "Destination": "a@example.com", "Forward": "a@example.com"},
     {"enabled": True, "destination_type": "email", "email": "a@example.com", "url": "", "forward_to": ""}),
    ({"Enabled": True, "DestinationType": "FORWARD", "Destination": "6465550111"},
     {"enabled": True, "destination_type": "forward", "email": "", "url": "", "forward_to": "+16465550111"}),
    ({"Enabled": "true", "DestinationType": "GET", "Destination": "https://h.example.com/"},
     {"enabled": True, "destination_type": "get", "email": "", "url": "https://h.example.com/", "forward_to": ""}),
    ({"Enabled": True, "DestinationType": "SIP", "Destination": None},
     {"enabled": True, "destination_type": "sip", "email": "", "url": "", "forward_to": ""}),
    ({"Enabled": True, "DestinationType": None, "Forward": "6465550111"},      # Forward only (ConfigSMS)
     {"enabled": True, "destination_type": "forward", "email": "", "url": "", "forward_to": "+16465550111"}),
    ({"Enabled": True, "Forward": "x@example.com"},
     {"enabled": True, "destination_type": "email", "email": "x@example.com", "url": "", "forward_to": ""}),
    ({"Enabled": True}, {"enabled": True, "destination_type": "none", "email": "", "url": "", "forward_to": ""}),
])
def test_one_function_maps_an_smsdid_row(row, settings):
    assert sms_settings(row) == settings


@pytest.mark.parametrize("desired, derived", [
    ({"email": "a@example.com"}, "email"),
    ({"forward_to": "+16465550111"}, "forward"),
    ({"url": "https://h.example.com/"}, "post"),
    ({"url": "https://h.example.com/", "destination_type": "get"}, "get"),
    ({"email": ""}, None),
    ({}, None),
])
def test_destination_type_is_derived_from_the_destination(desired, derived):
    adapter = VoipInnovationsSms(VoipInnovationsClient({"api_username": "u", "api_password": "p"}))
    prepared = adapter.prepare(dict(desired, number=EMAIL_ON), "present")
    assert prepared.get("destination_type") == derived


@pytest.mark.parametrize("desired, current, target", [
    ({"destination_type": "post", "url": "https://h.example.com/"}, None, ("post", "https://h.example.com/")),
    ({"destination_type": "forward", "forward_to": "+16465550111"}, None, ("forward", "6465550111")),
    ({}, None, ("none", "")),
    ({"destination_type": "sip"}, {"destination_type": "email", "email": "a@example.com"}, ("sip", "")),
    ({"auth_token": "t"}, {"destination_type": "post", "url": "https://h.example.com/"}, ("post", "https://h.example.com/")),
    # clearing the current destination leaves SMS on, delivered nowhere
    ({"email": ""}, {"destination_type": "email", "email": "a@example.com"}, ("none", "")),
    ({"email": ""}, {"destination_type": "post", "url": "https://h.example.com/"}, ("post", "https://h.example.com/")),
])
def test_the_setting_a_write_sends(desired, current, target):
    assert VoipInnovationsSms.target(desired, current) == target


def test_auth_token_is_a_secret_write_only_field():
    field = SMS_CONFIG.fields["auth_token"]
    assert field.secret and field.write_only and VoipInnovationsSms.is_write_only("auth_token")
    assert not VoipInnovationsSms.is_write_only("url")


# ---- refusals before any request ----------------------------------------------------------------

@pytest.mark.parametrize("params, field, words", [
    ({"email": "a@example.com", "url": "https://h.example.com/"}, "url", "one destination"),
    ({"forward_to": "+16465550111", "email": "a@example.com"}, "forward_to", "one destination"),
    ({"auth_token": TOKEN}, "auth_token", "post or get only"),
    ({"auth_token": TOKEN, "email": "a@example.com"}, "auth_token", "post or get only"),
    ({"auth_token": TOKEN, "destination_type": "sip"}, "auth_token", "post or get only"),
    ({"destination_type": "post"}, "destination_type", "post needs url"),
    ({"destination_type": "email"}, "destination_type", "email needs email"),
    ({"destination_type": "forward", "url": "https://h.example.com/"}, "destination_type", "forward needs forward_to"),
    ({"destination_type": "sip", "email": "a@example.com"}, "email", "takes no email, forward_to or url"),
    ({"destination_type": "none", "url": "https://h.example.com/"}, "url", "takes no email"),
    ({"forward_to": CAPABLE_OFF, "number": CAPABLE_OFF}, "forward_to", "the number itself"),
    ({"forward_to": "+442071234567"}, "forward_to", "not a North American number"),
    ({"xmpp_name": "x@xmpp.example.com", "xmpp_password": "p"}, "xmpp_name", "does not support this sms_config option"),
    ({"profile": "Sales"}, "profile", "does not support"),
])
def test_bad_combinations_fail_before_any_request_in_check_mode_too(vi, params, field, words):
    for check in (False, True):
        kind, result, calls = run(vi, check=check, **dict({"number": CAPABLE_OFF}, **params))
        assert kind == "fail" and result["field"] == field and words in result["msg"], result
        assert calls == []
        assert TOKEN not in str(result)


# ---- the module against the emulator -------------------------------------------------------------

def test_create_with_post_and_token_check_mode_idempotence(vi):
    params = {"number": CAPABLE_OFF, "url": "https://hooks.example.com/in", "auth_token": TOKEN}
    kind, result, calls = run(vi, check=True, **params)
    assert kind == "exit" and result["changed"] is True and calls == [("AuditSMS", {"tn": "3055550140"})]
    assert stored(vi, CAPABLE_OFF) is None

    kind, result, calls = run(vi, **params)
    assert result["changed"] is True
    assert calls == [("AuditSMS", {"tn": "3055550140"}),
                     ("ConfigSMSDestination", {"tn": "3055550140", "destinationType": "POST",
                                               "destination": "https://hooks.example.com/in", "authToken": TOKEN})]
    assert result["sms_config"] == {"number": CAPABLE_OFF, "enabled": True, "destination_type": "post", "email": "",
                                    "url": "https://hooks.example.com/in", "forward_to": "",
                                    "auth_token": "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER", "provider": "voipinnovations"}
    assert stored(vi, CAPABLE_OFF)["authToken"] == TOKEN

    kind, result, calls = run(vi, **params)
    assert result["changed"] is False and result["not_compared"] == ["auth_token"]
    assert calls == [("AuditSMS", {"tn": "3055550140"})]

    # update_write_only: always sends the token again with the setting as it is
    rotated = {**params, "auth_token": "rotated-token", "update_write_only": "always"}
    kind, result, calls = run(vi, **rotated)
    assert result["changed"] is True and [call[0] for call in calls] == ["AuditSMS", "ConfigSMSDestination"]
    assert calls[1][1]["authToken"] == "rotated-token" and stored(vi, CAPABLE_OFF)["authToken"] == "rotated-token"


def test_update_moves_the_one_destination_and_clearing_it_leaves_type_none(vi):
    kind, result, calls = run(vi, number=POST_ON, forward_to="646-555-0111")
    assert result["changed"] is True
    assert calls[1] == ("ConfigSMSDestination", {"tn": "2125550101", "destinationType": "FORWARD",
                                                 "destination": "6465550111"})
    assert result["sms_config"]["url"] == "" and result["sms_config"]["forward_to"] == "+16465550111"
    assert stored(vi, POST_ON)["authToken"] == ""           # ConfigSMSDestination replaced it
    kind, result, calls = run(vi, number=POST_ON, forward_to="")
    assert result["changed"] is True and calls[1] == ("ConfigSMSDestination", {"tn": "2125550101",
                                                                               "destinationType": "NONE"})
    assert result["sms_config"]["destination_type"] == "none"
    kind, result, calls = run(vi, number=POST_ON, destination_type="sip")
    assert result["changed"] is True and calls[1][1]["destinationType"] == "SIP"
    kind, result, calls = run(vi, number=POST_ON, destination_type="sip")
    assert result["changed"] is False and len(calls) == 1


def test_present_without_destination_enables_with_type_none_and_keeps_an_existing_one(vi):
    kind, result, calls = run(vi, number=CAPABLE_OFF)
    assert result["changed"] is True and calls[1] == ("ConfigSMSDestination", {"tn": "3055550140",
                                                                               "destinationType": "NONE"})
    kind, result, calls = run(vi, number=EMAIL_ON)
    assert result["changed"] is False and result["sms_config"]["email"] == "sms@example.com"


def test_absent_disables_with_config_sms_then_is_unchanged(vi):
    kind, result, calls = run(vi, number=EMAIL_ON, state="absent")
    assert result["changed"] is True
    assert calls == [("AuditSMS", {"tn": "2125550100"}), ("ConfigSMS", {"tn": "2125550100", "enable": "false"})]
    assert stored(vi, EMAIL_ON)["Enabled"] is False
    kind, result, calls = run(vi, number=EMAIL_ON, state="absent")
    assert result["changed"] is False and len(calls) == 1
    # a number this account does not hold has nothing to switch off
    kind, result, calls = run(vi, number="+12125550199", state="absent")
    assert kind == "exit" and result["changed"] is False


def test_numbers_not_owned_or_not_sms_capable(vi):
    kind, result, calls = run(vi, number="+12125550199", email="a@example.com")
    assert kind == "fail" and result["field"] == "number" and "is not a number of this voipinnovations account" in \
        result["msg"]
    assert [call[0] for call in calls] == ["AuditSMS"]
    kind, result, calls = run(vi, number=NOT_CAPABLE, email="a@example.com")
    assert kind == "fail" and result["carrier_code"] == 950 and "number: cannot carry SMS" in result["msg"]
    # the refusal is re-read once (it could be a race), never sent again
    assert [call[0] for call in calls] == ["AuditSMS", "ConfigSMSDestination", "AuditSMS"]


def test_account_settings_is_one_audit_of_every_number(vi):
    control, creds = vi
    client = VoipInnovationsClient(dict(creds, rate_limit=UNLIMITED))
    since = control.last_seq()
    settings = account_settings(client)
    assert wire_calls(control, since) == [("AuditSMS", {"tn": ""})]
    assert settings[EMAIL_ON]["email"] == "sms@example.com" and settings[POST_ON]["destination_type"] == "post"
    assert settings[CAPABLE_OFF] == {"enabled": False} and len(settings) == 7


# ---- answers the emulator never gives -----------------------------------------------------------

def envelope(operation, body):
    return ('<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">'
            '<soap:Body><{0}Response xmlns="http://tempuri.org/"><{0}Result><responseCode>100</responseCode>'
            '<responseMessage>Success</responseMessage>{1}</{0}Result></{0}Response></soap:Body></soap:Envelope>'
            .format(operation, body))


def scripted_adapter(wire):
    client = _scripted(VoipInnovationsClient({"api_username": "u", "api_password": "p", "rate_limit": UNLIMITED,
                                              "api_url": "http://vi.test/Services/APIService.asmx"}), wire)
    adapter = client.resource("sms_config")
    adapter.prepare({"number": EMAIL_ON}, "present")
    return adapter


def test_an_audit_without_the_number_is_an_error_never_absent():
    adapter = scripted_adapter(Wire(envelope("AuditSMS", "<SMSDID><SMSDID><TN>2125550101</TN><Enabled>true</Enabled>"
                                                         "<DLR>false</DLR></SMSDID></SMSDID>")))
    with pytest.raises(TransportError) as raised:
        adapter.read(EMAIL_ON)
    assert "no SMSDID 2125550100" in raised.value.message and not raised.value.maybe_applied


def test_a_write_without_an_echo_returns_the_setting_as_sent():
    wire = Wire(envelope("ConfigSMSDestination", ""))
    record = scripted_adapter(wire).create({"number": EMAIL_ON, "destination_type": "forward",
                                            "forward_to": "+16465550111"})
    assert record == {"number": EMAIL_ON, "enabled": True, "destination_type": "forward", "email": "", "url": "",
                      "forward_to": "+16465550111", "provider": "voipinnovations"}


def test_forward_to_empty_switches_forwarding_off_at_every_carrier():
    """The module documents forward_to: "" as "switches it off"; the model refused it as no phone number."""
    assert SMS_CONFIG.desired_from_params({"number": "2125550100", "forward_to": ""}) == {
        "number": "+12125550100", "forward_to": ""}
