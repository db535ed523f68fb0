"""VoIP.ms driver: decisions made before anything is bought or written (port-out PIN, mailbox,
music on hold, fixed lists, reserved addresses), write-only fields carried by the read-merge-write,
one error map naming our options, and both forms of api_url. Against a mock HTTP transport."""


import pytest

from ansible_collections.voip.carrier.plugins.module_utils import models
from ansible_collections.voip.carrier.plugins.module_utils.errors import CarrierError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.client import CODE_TEXT

from scripted_carrier import Wire, voipms_client as client_with

SUCCESS = {"status": "success"}


def desired(model, **values):
    return model.desired_from_params(values)


# ---- 1. a port-out PIN is decided before the order ------------------------------------------------

SEARCH_ROW = {"did": "7862285871", "ratecenter": "MIAMI", "state": "FL"}


def offer(did, pin):
    return {"status": "success", "dids": [dict(SEARCH_ROW, did=did, has_port_out_pin=pin, sms="1")]}


def test_pin_on_a_number_without_one_fails_before_the_order():
    wire = Wire({"status": "success", "dids": [SEARCH_ROW]}, offer("7862285871", "0"))
    adapter = client_with(wire).resource("did")
    wanted = desired(models.DID, number="7862285871", port_out_pin="1234")
    with pytest.raises(ValidationError) as info:
        adapter.validate_create(wanted)
    assert info.value.field == "port_out_pin" and "has_port_out_pin" in info.value.message
    assert wire.methods == ["searchDIDsUSA", "getDIDsUSA"]          # reads only: nothing ordered
    assert wire.params(0)["query"] == "7862285871" and wire.params(1)["state"] == "FL"


def test_pin_on_a_number_with_one_passes_and_is_set_after_the_order():
    row = {"did": "7862285600", "routing": "none:", "pop": "1", "dialtime": "60", "cnam": "0", "billing_type": "1",
           "description": "MIAMI, FL", "port_out_pin": ""}
    wire = Wire({"status": "success", "dids": [dict(SEARCH_ROW, did="7862285600")]}, offer("7862285600", "1"),
                {"status": "success", "servers": [{"server_pop": "1", "server_recommended": "Yes"}]}, SUCCESS,
                {"status": "success", "dids": [row]}, SUCCESS, {"status": "success", "dids": [row]})
    adapter = client_with(wire).resource("did")
    wanted = desired(models.DID, number="7862285600", port_out_pin="1234", record_calls=True)
    adapter.validate_create(wanted)
    adapter.create(wanted)
    assert wire.methods == ["searchDIDsUSA", "getDIDsUSA", "getServersInfo", "orderDID", "getDIDsInfo", "setDIDInfo",
                            "getDIDsInfo"]
    assert "port_out_pin" not in wire.params(3) and "record_calls" not in wire.params(3)
    assert wire.params(5)["port_out_pin"] == "1234" and wire.params(5)["record_calls"] == "1"


def test_pin_on_a_number_not_on_offer_in_the_us_fails():
    wire = Wire({"status": "no_did"})
    with pytest.raises(ValidationError, match="port_out_pin: voipms offers port-out PINs only on selected US"):
        client_with(wire).resource("did").validate_create(desired(models.DID, number="4165550100",
                                                                  port_out_pin="1234"))
    assert wire.methods == ["searchDIDsUSA"]


def test_pin_on_a_toll_free_number_fails_without_any_request():
    wire = Wire()
    adapter = client_with(wire).resource("did")
    with pytest.raises(ValidationError, match="port_out_pin: .*never on toll-free"):
        adapter.validate(desired(models.DID, number="8005550100", port_out_pin="1234"), "present")
    assert wire.requests == []


def test_pin_on_a_held_canadian_number_fails_before_any_write():
    row = {"did": "4165550100", "description": "Toronto, ON", "routing": "none:", "pop": "1", "dialtime": "60",
           "cnam": "0", "billing_type": "1"}
    wire = Wire({"status": "success", "dids": [row]})
    adapter = client_with(wire).resource("did")
    current = adapter.read("+14165550100")
    with pytest.raises(ValidationError, match="port_out_pin: .* and \\+14165550100 is not one"):
        adapter.validate_update({"port_out_pin": "1234"}, current)
    assert wire.methods == ["getDIDsInfo"]


# ---- 2. write-only fields travel with every update ------------------------------------------------

DID_ROW = {"did": "7862285600", "routing": "sys:echo", "pop": "1", "dialtime": "45", "cnam": "0", "billing_type": "2",
           "note": "keep", "description": "MIAMI, FL"}


def test_declared_record_calls_goes_with_an_update_another_field_triggers():
    wire = Wire({"status": "success", "dids": [DID_ROW]}, SUCCESS, {"status": "success", "dids": [DID_ROW]})
    adapter = client_with(wire).resource("did")
    current = adapter.read("+17862285600")
    adapter.update("+17862285600", {"cnam": True}, current,
                   desired(models.DID, number="+17862285600", cnam=True, record_calls=True))
    sent = wire.params(1)
    assert sent["method"] == "setDIDInfo" and sent["cnam"] == "1" and sent["record_calls"] == "1"


def test_undeclared_record_calls_is_not_sent():
    wire = Wire({"status": "success", "dids": [DID_ROW]}, SUCCESS, {"status": "success", "dids": [DID_ROW]})
    adapter = client_with(wire).resource("did")
    current = adapter.read("+17862285600")
    adapter.update("+17862285600", {"cnam": True}, current, desired(models.DID, number="+17862285600", cnam=True))
    assert "record_calls" not in wire.params(1)


SUB_ROW = {"id": "99785", "account": "100000_pbx1", "username": "pbx1", "protocol": "1", "auth_type": "2",
           "ip": "203.0.113.7", "device_type": "1", "lock_international": "1", "international_route": "1",
           "music_on_hold": "default", "allowed_codecs": "ulaw", "dtmf_mode": "auto", "nat": "yes"}


@pytest.mark.parametrize("allow, sent", [(True, "1"), (False, "0"), (None, None)])
def test_declared_allow225_goes_with_every_set_sub_account(allow, sent):
    wire = Wire({"status": "success", "accounts": [SUB_ROW]}, SUCCESS, {"status": "success", "accounts": [SUB_ROW]})
    adapter = client_with(wire).resource("sip_trunk")
    current = adapter.read("pbx1")
    adapter.update("pbx1", {"description": "x"}, current,
                   desired(models.SIP_TRUNK, name="pbx1", description="x", allow225=allow))
    assert wire.params(1)["method"] == "setSubAccount" and wire.params(1).get("allow225") == sent


def test_write_only_declarations():
    client = client_with(Wire())
    assert client.resource("did").is_write_only("record_calls") and not client.resource("did").is_write_only("cnam")
    assert client.resource("sip_trunk").is_write_only("allow225")
    assert not client.resource("sip_trunk").is_write_only("password")


# ---- 3. bad values fail before any request --------------------------------------------------------

@pytest.mark.parametrize("values, message", [
    ({"codecs": ["ulaw", "opus"]}, "codecs: opus: not a voipms codec"),
    ({"dtmf_mode": "loud"}, "dtmf_mode: 'loud' is not a voipms dtmf_mode"),
    ({"nat": "maybe"}, "nat: 'maybe' is not a voipms nat"),
    ({"music_on_hold": "easy listening"}, "music_on_hold: 'easy listening' is not a voipms music-on-hold class"),
    ({"caller_id_number": "12"}, "caller_id_number:"),
    ({"caller_id_number": "+442071234567"}, "caller_id_number:"),
    ({"auth_type": "ip", "ip_address": "10.1.2.3"}, "ip_address: 10.1.2.3 is a private or reserved address"),
    ({"auth_type": "ip", "ip_address": "192.168.0.10"}, "ip_address: 192.168.0.10 is a private or reserved"),
    ({"auth_type": "ip", "ip_address": "127.0.0.1"}, "ip_address: 127.0.0.1 is a private or reserved"),
    ({"auth_type": "ip", "ip_address": "169.254.1.1"}, "ip_address: 169.254.1.1 is a private or reserved"),
    ({"auth_type": "ip", "ip_address": "100.64.3.3"}, "ip_address: 100.64.3.3 is a private or reserved"),
    ({"auth_type": "ip", "ip_address": "224.0.0.5"}, "ip_address: 224.0.0.5 is a private or reserved"),
    ({"auth_type": "ip", "ip_address": "fd00::1"}, "ip_address: fd00::1 is a private or reserved"),
])
def test_trunk_bad_values_fail_without_any_request(values, message):
    wire = Wire()
    adapter = client_with(wire).resource("sip_trunk")
    with pytest.raises(ValidationError) as info:
        wanted = adapter.prepare(desired(models.SIP_TRUNK, name="pbx1", **values), "present")
        adapter.validate(wanted, "present")
    assert message in info.value.message
    assert wire.requests == []


def test_trunk_good_values_pass_and_caller_id_is_stored_as_ten_digits():
    adapter = client_with(Wire()).resource("sip_trunk")
    wanted = adapter.prepare(desired(models.SIP_TRUNK, name="pbx1", auth_type="ip", ip_address="203.0.113.7",
                                     codecs=["G729", "ulaw"], dtmf_mode="rfc2833", nat="route",
                                     caller_id_number="+1 (305) 555-0100"), "present")
    adapter.validate(wanted, "present")
    assert wanted["caller_id_number"] == "3055550100" and wanted["codecs"] == ["g729", "ulaw"]


def test_music_on_hold_is_read_before_it_is_written():
    wire = Wire({"status": "success", "music_on_hold": []},
                {"status": "success", "music_on_hold": [{"value": "jazz", "description": "Easy Listening"}]})
    adapter = client_with(wire).resource("sip_trunk")
    with pytest.raises(ValidationError, match="music_on_hold: 'metal' is not a music-on-hold class of this voipms"):
        adapter.validate_update({"music_on_hold": "metal"}, {})
    adapter.validate_create(desired(models.SIP_TRUNK, name="pbx1", auth_type="ip", ip_address="203.0.113.7",
                                    music_on_hold="jazz"))
    assert wire.methods == ["getMusicOnHold", "getMusicOnHold"]
    assert wire.params(0)["music_on_hold"] == "metal"


def test_voicemail_form_then_existence():
    wire = Wire({"status": "invalid_mailbox"}, {"status": "success", "voicemails": [{"mailbox": "101"}]})
    adapter = client_with(wire).resource("did")
    with pytest.raises(ValidationError, match="voicemail: 'box 1' is not a voipms mailbox number"):
        adapter.validate(desired(models.DID, number="7862285600", voicemail="box 1"), "present")
    assert wire.requests == []
    with pytest.raises(ValidationError, match="voicemail: there is no mailbox 102 in this voipms account"):
        adapter.validate_update({"voicemail": "102"}, {"number": "+17862285600"})
    adapter.validate_create(desired(models.DID, number="7862285600", voicemail="101"))
    adapter.validate_update({"voicemail": ""}, {"number": "+17862285600"})     # clearing needs no look-up
    assert wire.methods == ["getVoicemails", "getVoicemails"]


# ---- 4. one error map, naming our options ---------------------------------------------------------

@pytest.mark.parametrize("code, method, start", [
    ("invalid_musiconhold", "setSubAccount", "voipms API error invalid_musiconhold: music_on_hold: "),
    ("invalid_state", "e911Validate", "voipms API error invalid_state: region: the state or province"),
    ("missing_state", "addLNPPort", "voipms API error missing_state: region: is required"),
    ("invalid_email", "setEmailToFax", "voipms API error invalid_email: login: "),
    ("invalid_email", "setSMS", "voipms API error invalid_email: email: "),
    ("invalid_type", "e911Provision", "voipms API error invalid_type: unit_type: "),
    ("invalid_pin", "setDIDInfo", "voipms API error invalid_pin: port_out_pin: "),
    ("reserved_ip", "createSubAccount", "voipms API error reserved_ip: ip_address: "),
    ("invalid_mailbox", "orderDID", "voipms API error invalid_mailbox: voicemail: "),
    ("invalid_record_calls", "setDIDInfo", "voipms API error invalid_record_calls: record_calls: "),
    ("something_new", "getIP", "voipms API error something_new: something new (getIP)"),
])
def test_carrier_codes_name_the_option(code, method, start):
    with pytest.raises(CarrierError) as info:
        client_with(Wire({"status": code})).call(method, write=True)
    assert info.value.message.startswith(start) and info.value.message.endswith("(%s)" % method)
    assert info.value.code == code


def test_region_codes_never_name_the_state_option():
    for code in ("invalid_state", "missing_state", "invalid_province", "missing_province"):
        option, _text = CODE_TEXT[code]
        assert option == "region"


def test_every_mapped_option_is_a_module_option():
    options = set()
    for model in (models.DID, models.SIP_TRUNK, models.SMS_CONFIG, models.E911, models.FAX_USER, models.LNP_REQUEST):
        options.update(model.fields)
    options.update(("type", "npa", "failover_busy, failover_unreachable or failover_noanswer"))  # search; failovers
    for code, (option, text) in CODE_TEXT.items():
        for name in (option.values() if isinstance(option, dict) else [option]):
            assert name is None or name in options, (code, name)
        assert text


def test_no_provision_message_keeps_the_carriers_description():
    wire = Wire({"status": "no_provision", "message": "Address not found"})
    with pytest.raises(CarrierError, match="no_provision: Address not found \\(e911Provision\\)"):
        client_with(wire).call("e911Provision", write=True)


# ---- 5. flags travel as 1/0 --------------------------------------------------------------------------

def test_adapters_send_flags_as_one_or_zero():
    wire = Wire({"status": "success", "dids": [DID_ROW]}, SUCCESS, {"status": "success", "dids": [DID_ROW]})
    adapter = client_with(wire).resource("did")
    current = adapter.read("+17862285600")
    adapter.update("+17862285600", {"cnam": True, "record_calls": False}, current, {})
    sent = wire.params(1)
    assert (sent["cnam"], sent["record_calls"]) == ("1", "0")


# ---- 6. api_url: base URL or full endpoint; a 404 names api_url ----------------------------------

@pytest.mark.parametrize("api_url", ["https://vm.test", "https://vm.test/", "https://vm.test/api/v1/rest.php",
                                     "https://vm.test/api/v1/rest.php/"])
def test_api_url_as_base_or_full_endpoint(api_url):
    wire = Wire({"status": "success", "ip": "127.0.0.1"})
    client_with(wire, api_url=api_url).call("getIP")
    assert str(wire.requests[0].url) == "https://vm.test/api/v1/rest.php"


def test_api_url_under_a_path_prefix():
    wire = Wire({"status": "success", "ip": "127.0.0.1"})
    client_with(wire, api_url="http://127.0.0.1:8765/voipms/api/v1/rest.php").call("getIP")
    assert str(wire.requests[0].url) == "http://127.0.0.1:8765/voipms/api/v1/rest.php"


def test_http_404_names_api_url_and_what_it_should_be():
    wire = Wire({"error": "Unknown path"}, status_code=404)
    with pytest.raises(CarrierError) as info:
        client_with(wire, api_url="https://vm.test/voipms/api").call("getDIDsInfo")
    message = info.value.message
    assert "api_url: https://vm.test/voipms/api/api/v1/rest.php answered HTTP 404" in message
    assert "https://voip.ms/api/v1/rest.php" in message and info.value.http_status == 404
