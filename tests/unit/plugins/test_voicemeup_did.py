"""VoiceMeUp did adapter: the mapping onto get_dids / update_did, against a scripted transport."""

from urllib.parse import parse_qs

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    CarrierError, UnsupportedError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.engine import Converger
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import E911_FLAG

from scripted_carrier import Wire
from test_voicemeup_client import client_with, ok

NUMBER = "+15145550100"
# A registering peer is named by its peer_username, a static one by its friendly_name (as sip_trunk names them).
PEERS = {"peer": [{"client_peer_id": "40001", "friendly_name": "Office PBX", "peer_username": "demo-pbx-01",
                   "host_type": "dynamic", "status": "enabled"},
                  {"client_peer_id": "40002", "friendly_name": "Data center trunk", "peer_username": "demo-dc-trunk",
                   "host_type": "static", "status": "enabled"}]}


def row(**fields):
    return dict({"client_did_id": "87289", "phone_number": "5145550100", "friendly_name": "Main line",
                 "type": "local", "usage_type": "default", "status": "enabled", "sms_support": "1",
                 "peer_to_rings": "40001", "options": "enable_peer,enable_sms", "forward_number": "",
                 "callerid_name_rewrite": "", "callerid_number_rewrite": "", "comments": "",
                 "client_sms_profile_id": "7"}, **fields)


def dids(*rows):
    return ok(dids={"did": list(rows)} if len(rows) != 1 else {"did": rows[0]})


def params(request):
    text = request.content.decode() if request.method == "POST" else request.url.query.decode()
    return {k: v[0] for k, v in parse_qs(text, keep_blank_values=True).items()}


def desired_of(adapter, **options):
    """The user's options as the engine hands them over: normalised, prepared, validated."""
    desired = DID.desired_from_params(dict(options, number=options.get("number", NUMBER)))
    return Converger(DID).prepare(adapter, desired, "present")


def test_read_maps_the_row_onto_the_neutral_record():
    wire = Wire(dids(row(callerid_number_rewrite="5145550199", forward_number="6135550123",
                         options="enable_peer,enable_forwarding")), ok(peers=PEERS))
    record = client_with(wire).resource("did").read(NUMBER)
    assert record == {"number": NUMBER, "status": "active", "type": "local", "trunk": "demo-pbx-01",
                      "forward_to": "+16135550123", "caller_id_number": "+15145550199", "enabled": True,
                      "sms_available": True, "provider": "voicemeup", "description": "Main line",
                      "caller_id_name": "", "comments": ""}
    assert params(wire.requests[0])["phone_number"] == "5145550100"


def test_a_value_whose_option_is_off_does_not_count():
    wire = Wire(dids(row(forward_number="6135550123", options="enable_sms")))
    record = client_with(wire).resource("did").read(NUMBER)
    assert record["trunk"] == "" and record["forward_to"] == ""
    assert len(wire.requests) == 1          # no peers to name: get_peers is not asked


def test_a_deleted_number_is_absent():
    wire = Wire(dids(row(status="deleted")), ok(dids=""))
    adapter = client_with(wire).resource("did")
    assert adapter.read(NUMBER) is None and adapter.read("+15145550101") is None


def test_the_trunk_is_reported_as_the_user_spells_it():
    wire = Wire(dids(row(peer_to_rings="40001,40002")), ok(peers=PEERS))
    adapter = client_with(wire).resource("did")
    desired_of(adapter, trunk="Office PBX, demo-dc-trunk")
    assert adapter.read(NUMBER)["trunk"] == "Office PBX,demo-dc-trunk"


def test_an_update_preserves_what_it_does_not_change_and_sends_whole_lists():
    wire = Wire(dids(row()), ok(peers=PEERS),
                dids(row(forward_number="6135550123", options="enable_peer,enable_sms,enable_forwarding")))
    adapter = client_with(wire).resource("did")
    current = adapter.read(NUMBER)
    desired = desired_of(adapter, forward_to="613-555-0123", description="Main line")
    after = adapter.update(NUMBER, {"forward_to": desired["forward_to"]}, current, desired)
    sent = params(wire.requests[2])
    assert wire.requests[2].url.path.endswith("/update_did")
    assert sent == {"username": "demo-vmu", "auth_token": sent["auth_token"], "phone_number": "5145550100",
                    "preserve_missing_data": "1", "usage_type": "default", "forward_number": "6135550123",
                    "options": "enable_peer,enable_sms,enable_forwarding"}
    # The answer carries the record: no re-read.
    assert after["forward_to"] == "+16135550123" and len(wire.requests) == 3


def test_a_new_trunk_replaces_the_peers_and_clearing_it_drops_enable_peer():
    wire = Wire(dids(row()), ok(peers=PEERS), dids(row(peer_to_rings="40002")),
                dids(row(peer_to_rings="", options="enable_sms")))
    adapter = client_with(wire).resource("did")
    current = adapter.read(NUMBER)
    adapter.validate_update({"trunk": "demo-dc-trunk"}, current)
    adapter.update(NUMBER, {"trunk": "demo-dc-trunk"}, current, {})
    assert params(wire.requests[2])["client_peer_ids"] == "40002" and "options" not in params(wire.requests[2])
    adapter.update(NUMBER, {"trunk": ""}, current, {})
    sent = params(wire.requests[3])
    assert sent["client_peer_ids"] == "" and sent["options"] == "enable_sms"


def test_a_trunk_no_peer_has_fails_naming_trunk_before_any_write():
    wire = Wire(ok(peers=PEERS))
    adapter = client_with(wire).resource("did")
    with pytest.raises(ValidationError) as info:
        adapter.validate_create(desired_of(adapter, trunk="nope"))
    assert info.value.field == "trunk" and "sip_trunk" in info.value.message
    assert [r.method for r in wire.requests] == ["GET"]


def test_scalars_status_and_caller_id():
    wire = Wire(dids(row()), ok(peers=PEERS), dids(row(status="disabled")))
    adapter = client_with(wire).resource("did")
    current = adapter.read(NUMBER)
    changes = {"enabled": False, "caller_id_name": "ACME", "caller_id_number": "+15145550199", "comments": "note",
               "description": ""}
    after = adapter.update(NUMBER, changes, current, {})
    sent = params(wire.requests[2])
    assert sent["status"] == "disabled" and sent["callerid_name_rewrite"] == "ACME"
    assert sent["callerid_number_rewrite"] == "5145550199" and sent["comments"] == "note"
    assert sent["friendly_name"] == "" and "options" not in sent
    assert after["enabled"] is False and after["status"] == "disabled"


def test_create_activates_then_applies_the_settings():
    fresh = row(friendly_name="", peer_to_rings="", options="", client_sms_profile_id="")
    wire = Wire(ok(peers=PEERS), dids(fresh), dids(fresh), dids(row(friendly_name="Sales")))
    adapter = client_with(wire).resource("did")
    desired = desired_of(adapter, description="Sales", trunk="demo-pbx-01")
    adapter.validate_create(desired)
    record = adapter.create(desired)
    calls = [r.url.path.rsplit("/", 1)[1] for r in wire.requests]
    assert calls == ["get_peers", "activate_new_did", "get_dids", "update_did"]
    assert params(wire.requests[1]) == {"username": "demo-vmu", "auth_token": params(wire.requests[1])["auth_token"],
                                        "phone_number": "5145550100"}
    sent = params(wire.requests[3])
    assert sent["friendly_name"] == "Sales" and sent["client_peer_ids"] == "40001" and sent["options"] == "enable_peer"
    assert record["description"] == "Sales"


def test_settings_that_fail_after_the_activation_say_the_number_is_held():
    fresh = row(friendly_name="", peer_to_rings="", options="")
    wire = Wire(dids(fresh), dids(fresh), {"response_details": {"response_status": "error", "response_messages": {
        "message": {"code": "callerid_name_invalid", "_content": "Caller ID name is invalid."}}}})
    adapter = client_with(wire).resource("did")
    with pytest.raises(CarrierError) as info:
        adapter.create(desired_of(adapter, caller_id_name="ACME"))
    assert info.value.details["changed"] and "was activated" in info.value.message


def test_check_mode_create_looks_the_number_up_in_the_offer():
    offer = ok(new_dids={"new_did": {"did_id": "1", "phone_number": "5145550200", "type": "local", "npa": "514",
                                     "nxx": "555", "district": "Montreal", "sms_support": "1"}})
    wire = Wire(offer, offer)
    adapter = client_with(wire).resource("did")
    adapter.check_create(desired_of(adapter, number="+15145550200"))
    assert params(wire.requests[0])["npa"] == "514" and params(wire.requests[0])["nxx"] == "555"
    with pytest.raises(ValidationError) as info:
        adapter.check_create(desired_of(adapter, number="+15145550201"))
    assert info.value.field == "number" and "available_did_info" in info.value.message


def test_delete_and_its_memory():
    wire = Wire(ok(dids={"did": [row(), row(phone_number="5145550101")]}), ok(peers=PEERS), ok())
    client = client_with(wire)
    adapter = client.resource("did")
    assert [record["number"] for record in adapter.list()] == [NUMBER, "+15145550101"]
    current = {"number": NUMBER}
    adapter.delete(NUMBER, current)
    assert wire.requests[-1].url.path.endswith("/delete_did") and params(wire.requests[-1])["phone_number"] == "5145550100"
    assert adapter.read(NUMBER) is None and len(wire.requests) == 3


@pytest.mark.parametrize("option, value", [("cnam", True), ("port_out_pin", "1234"), ("pop", "1"),
                                           ("billing_type", "flat"), ("tier", "1"), ("routing", "sys:hangup")])
def test_options_voicemeup_does_not_have_fail_before_any_request(option, value):
    wire = Wire()
    adapter = client_with(wire).resource("did")
    with pytest.raises(UnsupportedError) as info:
        desired_of(adapter, **{option: value})
    assert info.value.field == option and "voicemeup" in info.value.message and wire.requests == []


@pytest.mark.parametrize("options, field", [({"description": "x"}, "description"),
                                            ({"description": "x" * 33}, "description"),
                                            ({"caller_id_name": "AB"}, "caller_id_name"),
                                            ({"trunk": "a,b,c,d,e,f"}, "trunk"),
                                            ({"trunk": "a,,b"}, "trunk"),
                                            ({"number": "+442071838750"}, "number"),
                                            ({"forward_to": NUMBER}, "forward_to")])
def test_bad_values_fail_before_any_request(options, field):
    wire = Wire()
    adapter = client_with(wire).resource("did")
    with pytest.raises(ValidationError) as info:
        desired_of(adapter, **options)
    assert info.value.field == field and wire.requests == []


def test_search_by_area_code_or_rate_centre():
    offer = ok(new_dids={"new_did": [{"did_id": "1", "phone_number": "5145550200", "type": "local",
                                      "district": "Montreal", "sms_support": "1"},
                                     {"did_id": "2", "phone_number": "5145550201", "type": "local",
                                      "district": "Montreal", "sms_support": "0"}]})
    wire = Wire(offer, offer)
    adapter = client_with(wire).resource("did")
    found = adapter.search({"type": "local", "npa": "514", "rate_center": None, "region": None})
    assert found[0] == {"number": "+15145550200", "type": "local", "state": None, "rate_center": "Montreal",
                        "sms": True}
    adapter.search({"type": "local", "rate_center": "Montreal"})
    assert params(wire.requests[1])["district"] == "Montreal" and "npa" not in params(wire.requests[1])
    with pytest.raises(ValidationError) as info:
        adapter.search({"type": "local", "region": "QC"})
    assert info.value.field == "region" and len(wire.requests) == 2


def test_toll_free_search_filters_the_prefix():
    offer = ok(new_dids={"new_did": [{"phone_number": "8335550200", "type": "tollfree"},
                                     {"phone_number": "8445550300", "type": "tollfree"}]})
    wire = Wire(offer)
    found = client_with(wire).resource("did").search({"type": "toll_free", "npa": "844"})
    assert [entry["number"] for entry in found] == ["+18445550300"] and found[0]["type"] == "toll_free"
    assert params(wire.requests[0])["type"] == "tollfree"


def test_the_snapshot_is_one_get_dids_and_the_e911_pages():
    wire = Wire(ok(dids={"did": [row(), row(phone_number="5145550101", peer_to_rings="", options=""),
                                 row(phone_number="5145550102", status="deleted")]}),
                ok(peers=PEERS),
                ok(e911_endpoints={"e911_endpoint": {"phone_number": "5145550101", "client_endpoint_id": "9"}}))
    client = client_with(wire)
    records = list(client.snapshot_numbers(frozenset((E911_FLAG,))))
    assert [(r["number"], r["e911"]) for r in records] == [("+15145550100", False), ("+15145550101", True)]
    adapter = client.resource("did")
    assert adapter.from_snapshot(dict(records[0]))["trunk"] == "demo-pbx-01"
    assert len(wire.requests) == 3
