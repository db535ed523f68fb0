"""VoiceMeUp emulator DIDs: get_dids filters and record, update_did rules and preserve_missing_data,
delete_did, get_new_dids, activate_new_did, order_new_dids and the dids/inventory seed keys."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET

import pytest

from emulator.voicemeup.dids import DID_DEFAULTS, NEW_DID_FIELDS, patterns_of
from voicemeup_testclient import VoiceMeUp

MAIN = "5145550100"       # enabled, peer 40001, enable_peer, sms_support
TORONTO = "4165550111"    # forwarding to 6135550123
NY = "2125550123"         # disabled
TOLL_FREE = "8335550100"  # peers 40001,40002
DELETED = "3125550150"    # status deleted


@pytest.fixture
def vmu(client):
    return VoiceMeUp(client.port)


def dids(vmu, **params) -> list:
    return vmu.ok("get_dids", **params).records("dids", "did")


def did(vmu, number: str) -> dict:
    rows = [r for r in dids(vmu, phone_number=number) if r["status"] != "deleted"]
    assert len(rows) == 1, rows
    return rows[0]


def update(vmu, number: str = MAIN, **params):
    return vmu.call("update_did", via="post", **{"phone_number": number, "usage_type": "default", **params})


def new_dids(vmu, **params) -> list:
    return vmu.ok("get_new_dids", **params).records("new_dids", "new_did")


# -- get_dids -------------------------------------------------------------------------------------

def test_unfiltered_lists_every_row_including_deleted(vmu):
    rows = dids(vmu)
    assert [r["phone_number"] for r in rows] == [MAIN, TORONTO, NY, TOLL_FREE, DELETED]
    assert [r["status"] for r in rows] == ["enabled", "enabled", "disabled", "enabled", "deleted"]


def test_deleted_rows_hidden_by_setting(vmu):
    vmu.seed(settings={"list_deleted_dids": False})
    assert DELETED not in [r["phone_number"] for r in dids(vmu)]
    assert [r["phone_number"] for r in dids(vmu, status="deleted")] == [DELETED]


def test_record_fields(vmu):
    record = did(vmu, MAIN)
    assert list(record) == list(DID_DEFAULTS)
    assert record["client_did_id"] == "87289"
    assert (record["npa"], record["nxx"], record["ratecenter_id"], record["district"], record["country_id"]) == \
        ("514", "555", "100101", "Montreal", "38")
    assert record["peer_to_rings"] == "40001" and record["options"] == "enable_peer"
    assert "client_peer_ids" not in record


@pytest.mark.parametrize("params,expected", [
    ({"phone_number": TORONTO}, [TORONTO]),
    ({"client_did_id": "87290"}, [TORONTO]),
    ({"client_did_id": "087290"}, [TORONTO]),
    ({"npa": "833"}, [TOLL_FREE]),
    ({"type": "tollfree"}, [TOLL_FREE]),
    ({"status": "disabled"}, [NY]),
    ({"status": "enabled", "options": "enable_peer"}, [MAIN, TOLL_FREE]),
    ({"client_peer_id": "40002"}, [TOLL_FREE]),
    ({"client_peer_id": "40001"}, [MAIN, TOLL_FREE]),
    ({"options": "enable_peer,enable_forwarding"}, []),
    ({"options": "enable_forwarding"}, [TORONTO]),
    ({"sms_support": "1"}, [MAIN, TOLL_FREE]),
    ({"ratecenter_id": "100201"}, [TORONTO]),
    ({"state_id": "135"}, [NY]),
    ({"district": "Montreal"}, [MAIN]),
    ({"usage_type": "default", "country_id": "38"}, [MAIN, TORONTO]),
    ({"phone_number": "9999999999"}, []),
    ({"client_did_id": "1"}, []),
    ({"enable_voicemail": "0", "status": "disabled"}, [NY]),
    ({"enable_voicemail": "1"}, []),
    ({"options": "enable_queue"}, []),    # a get_dids-only option is a valid filter
])
def test_filters(vmu, params, expected):
    assert [r["phone_number"] for r in dids(vmu, **params)] == expected


@pytest.mark.parametrize("params,code", [
    ({"phone_number": "514555010"}, "phone_number_invalid"),
    ({"phone_number": "514-555-0100"}, "phone_number_invalid"),
    ({"client_did_id": "abc"}, "client_did_id_invalid"),
    ({"npa": "51"}, "npa_invalid"),
    ({"options": "enable_everything"}, "options_invalid"),
    ({"status": "enabled,disabled"}, "status_invalid"),   # a single value (digest §5 #49)
    ({"status": "active"}, "status_invalid"),
    ({"type": "mobile"}, "type_invalid"),
    ({"sms_support": "yes"}, "sms_support_invalid"),
    ({"client_peer_id": "x"}, "client_peer_id_invalid"),
])
def test_filter_errors(vmu, params, code):
    assert vmu.call("get_dids", **params).codes == [code]


# -- update_did: rules -----------------------------------------------------------------------------------

def test_usage_type_required(vmu):
    codes = vmu.call("update_did", via="post", phone_number=MAIN, friendly_name="x y").codes
    assert codes == ["usage_type_required"]
    assert did(vmu, MAIN)["friendly_name"] == "Main line"


@pytest.mark.parametrize("params,codes", [
    ({"phone_number": None}, ["required_parameter_not_found"]),
    ({"phone_number": "5145550999"}, ["phone_number_invalid"]),
    ({"phone_number": "51455501"}, ["phone_number_invalid"]),
    ({"phone_number": DELETED}, ["phone_number_invalid"]),
    ({"phone_number": None, "client_did_id": "99999"}, ["client_did_id_invalid"]),
    ({"phone_number": None, "client_did_id": "87293"}, ["client_did_id_invalid"]),   # the deleted row
    ({"client_did_id": "87290"}, ["phone_number_invalid"]),                           # not the same DID
    ({"usage_type": "mobile"}, ["usage_type_invalid"]),
    ({"friendly_name": "x"}, ["friendly_name_invalid"]),
    ({"friendly_name": "x" * 33}, ["friendly_name_invalid"]),
    ({"forward_number": "123"}, ["forward_number_invalid"]),
    ({"forward_timeout": "3"}, ["forward_timeout_invalid"]),
    ({"peer_timeout": "60"}, ["peer_timeout_invalid"]),
    ({"send_dtmf": "12#"}, ["send_dtmf_invalid"]),
    ({"voice_language": "de"}, ["voice_language_invalid"]),
    ({"peer_contact_mode": "random"}, ["peer_contact_mode_invalid"]),
    ({"client_peer_ids": "40001,99999"}, ["client_peer_id_invalid"]),
    ({"client_peer_ids": "40001,abc"}, ["client_peer_id_invalid"]),
    ({"client_peer_ids": "1,2,3,4,5,6"}, ["peers_to_ring_limit_reached"]),
    ({"client_fax_profile_id": "123"}, ["client_fax_profile_id_invalid"]),
    ({"client_sms_profile_id": "123"}, ["client_sms_profile_id_invalid"]),
    ({"client_channel_id": "77"}, ["client_channel_id_invalid"]),
    ({"bridge_uri": "not a uri"}, ["bridge_uri_invalid"]),
    ({"dnis_rewrite": "12345"}, ["dnis_rewrite_invalid"]),
    ({"callerid_name_rewrite": "ab"}, ["callerid_name_rewrite_invalid"]),
    ({"callerid_number_rewrite": "+1-514"}, ["callerid_number_rewrite_invalid"]),
    ({"sms_notify_email": "nope"}, ["email_invalid"]),
    ({"recording_notify_recipient_email": "a@example.com,nope"}, ["email_invalid"]),
    ({"sms_callback_url": "ftp://x"}, ["sms_callback_url_invalid"]),
    ({"sms_autoreply_message": "x" * 161}, ["sms_autoreply_message_invalid"]),
    ({"notify_callback_triggers": "on_create,on_fire"}, ["notify_callback_triggers_invalid"]),
    ({"simultaneous_calls_limit": "256"}, ["simultaneous_calls_limit_invalid"]),
    ({"exclude_e911_list": "2"}, ["exclude_e911_list_invalid"]),
    ({"options": "enable_peer,enable_queue"}, ["options_invalid"]),   # get_dids-only value
    ({"status": "deleted"}, ["status_invalid"]),
    ({"type": "mobile"}, ["type_invalid"]),
    ({"ondemand_recording": "yes"}, ["ondemand_recording_invalid"]),
    ({"preserve_missing_data": "maybe"}, ["preserve_missing_data_invalid"]),
    ({"serialized_metadata": "a:1:{broken"}, ["serialized_metadata_invalid"]),
])
def test_update_errors(vmu, params, codes):
    assert update(vmu, **params).codes == codes
    assert did(vmu, MAIN)["friendly_name"] == "Main line"


def test_every_error_reported_in_parameter_order(vmu):
    codes = update(vmu, friendly_name="x", forward_timeout="3", client_peer_ids="1,2,3,4,5,6",
                   usage_type="mobile", options="bad", status="gone").codes
    assert codes == ["friendly_name_invalid", "forward_timeout_invalid", "peers_to_ring_limit_reached",
                     "usage_type_invalid", "options_invalid", "status_invalid"]


def test_type_is_validated_not_written(vmu):
    assert update(vmu, type="tollfree", preserve_missing_data="1").ok
    assert did(vmu, MAIN)["type"] == "local"


def test_forward_number_used_by_did(vmu):
    reply = update(vmu, forward_number=TORONTO)
    assert reply.codes == ["forward_number_used_by_did"]
    assert reply.details["response_messages"]["message"]["_content"] == "Forward number already in use."
    assert update(vmu, forward_number=DELETED).ok   # a released number is no DID any more


@pytest.mark.parametrize("options,extra,code", [
    ("enable_forwarding", {}, "forward_number_required"),
    ("enable_peer", {}, "peer_required"),
    ("announce_caller", {}, "announce_media_file_id_required"),
    ("announce_caller", {"announce_media_file_id": "0"}, "announce_media_file_id_required"),
    ("enable_sms_email_notify", {}, "sms_notify_email_required"),
    ("enable_sms_forwarding", {}, "sms_forward_number_required"),
    ("enable_sms_callback", {}, "sms_callback_url_required"),
    ("enable_sms_autoreply", {}, "sms_autoreply_message_required"),
    ("enable_notify_callback", {"notify_callback_url": "https://hooks.example.com/x"},
     "notify_callback_triggers_required"),
    ("enable_notify_callback", {"notify_callback_triggers": "on_ring"}, "notify_callback_url_required"),
])
def test_option_dependent_fields(vmu, options, extra, code):
    assert update(vmu, options=options, **extra).codes == [code]


@pytest.mark.parametrize("options,extra", [
    ("enable_forwarding", {"forward_number": "6135550000"}),
    ("enable_peer", {"client_peer_ids": "40002"}),
    ("announce_caller", {"announce_media_file_id": "12"}),
    ("enable_sms,enable_sms_email_notify", {"sms_notify_email": "sms@example.com"}),
    ("enable_sms_forwarding", {"sms_forward_number": "15145550000"}),
    ("enable_sms_callback,enable_sms_callback_retry", {"sms_callback_url": "https://hooks.example.com/sms"}),
    ("enable_sms_autoreply", {"sms_autoreply_message": "Back soon"}),
    ("enable_notify_callback", {"notify_callback_triggers": "on_ring,on_hangup",
                                "notify_callback_url": "https://hooks.example.com/x"}),
])
def test_option_dependent_fields_given(vmu, options, extra):
    reply = update(vmu, options=options, **extra)
    assert reply.ok, reply.json
    assert set(reply.records("dids", "did")[0]["options"].split(",")) == set(options.split(","))


def test_option_dependency_met_by_stored_value_with_preserve(vmu):
    assert update(vmu, options="enable_forwarding", forward_number="6135550000").ok
    assert update(vmu, options="enable_forwarding", preserve_missing_data="1", friendly_name="Fwd").ok
    assert update(vmu, options="enable_forwarding").codes == ["forward_number_required"]   # reset without it


def test_update_echoes_the_record_and_peers_read_back_as_peer_to_rings(vmu):
    reply = update(vmu, client_peer_ids="40002,40001", options="enable_peer", friendly_name="Ring both")
    echo = reply.records("dids", "did")[0]
    assert echo["peer_to_rings"] == "40002,40001"   # ring order kept
    assert echo == did(vmu, MAIN)


def test_options_canonical_order_and_dupes(vmu):
    reply = update(vmu, options="enable_sms,enable_peer,enable_sms", client_peer_ids="40001")
    assert reply.records("dids", "did")[0]["options"] == "enable_peer,enable_sms"


def test_ondemand_recording_param_sets_the_option(vmu):
    assert update(vmu, options="enable_sms", ondemand_recording="1").records("dids", "did")[0]["options"] == \
        "ondemand_recording,enable_sms"
    assert update(vmu, options="ondemand_recording", ondemand_recording="0", preserve_missing_data="1") \
        .records("dids", "did")[0]["options"] == ""


def test_profile_ids_zero_means_none(vmu):
    record = update(vmu, client_fax_profile_id="0", client_mailbox_id="0").records("dids", "did")[0]
    assert record["client_fax_profile_id"] == "" and record["client_mailbox_id"] == ""


def test_update_by_client_did_id(vmu):
    assert vmu.call("update_did", via="post", client_did_id="87290", usage_type="default",
                    friendly_name="By id").ok
    assert did(vmu, TORONTO)["friendly_name"] == "By id"


def test_update_status(vmu):
    assert update(vmu, status="disabled", preserve_missing_data="1").ok
    assert did(vmu, MAIN)["status"] == "disabled"
    assert update(vmu, NY, preserve_missing_data="1", status="enabled").ok


# -- update_did: preserve_missing_data (digest §4.0) ----------------------------------------------------------

def test_without_preserve_every_omitted_field_resets(vmu):
    update(vmu, TORONTO, preserve_missing_data="1", client_peer_ids="40001", comments="note", raw_metadata="x",
           status="disabled", options="enable_forwarding,enable_peer", forward_number="6135550123")
    reply = update(vmu, TORONTO, forward_number="6135550124")
    record = reply.records("dids", "did")[0]
    assert record["forward_number"] == "6135550124"
    assert record["friendly_name"] == "" and record["peer_to_rings"] == "" and record["options"] == ""
    assert record["forward_timeout"] == "" and record["comments"] == "" and record["metadata"] == ""
    assert record["status"] == "enabled" and record["client_channel_id"] == "0"
    # the number's own fields never reset
    assert (record["phone_number"], record["district"], record["client_did_id"]) == (TORONTO, "Toronto", "87290")


@pytest.mark.parametrize("flag", ["1", "true", "TRUE", "True"])
def test_with_preserve_omitted_fields_kept(vmu, flag):
    before = did(vmu, TORONTO)
    reply = update(vmu, TORONTO, preserve_missing_data=flag, friendly_name="Renamed")
    after = reply.records("dids", "did")[0]
    assert after == {**before, "friendly_name": "Renamed"}


@pytest.mark.parametrize("flag", ["0", "false"])
def test_preserve_false_resets(vmu, flag):
    assert update(vmu, TORONTO, preserve_missing_data=flag, friendly_name="Renamed") \
        .records("dids", "did")[0]["forward_number"] == ""


def test_with_preserve_an_empty_value_resets_that_field(vmu):
    record = update(vmu, TORONTO, preserve_missing_data="1", forward_timeout="", options="").records("dids", "did")[0]
    assert record["forward_timeout"] == "" and record["options"] == ""
    assert record["forward_number"] == "6135550123" and record["friendly_name"] == "Toronto office"


def test_with_preserve_lists_replace_as_a_whole(vmu):
    record = update(vmu, TOLL_FREE, preserve_missing_data="1", client_peer_ids="40002").records("dids", "did")[0]
    assert record["peer_to_rings"] == "40002"


# -- metadata -----------------------------------------------------------------------------------------

def test_raw_metadata_json_gives_attributes(vmu):
    record = update(vmu, preserve_missing_data="1", raw_metadata='{"managed_by": "ansible", "team": "voice"}') \
        .records("dids", "did")[0]
    assert record["metadata"] == {"raw_metadata": '{"managed_by": "ansible", "team": "voice"}',
                                  "metadata_attributes": {"attribute_count": "2", "managed_by": "ansible",
                                                          "team": "voice"}}
    root = ET.fromstring(vmu.call("get_dids", fmt="xml", phone_number=MAIN).body)
    attributes = root.find("dids/did/metadata/metadata_attributes")
    assert attributes.get("attribute_count") == "2" and attributes.findtext("team") == "voice"


def test_serialized_metadata(vmu):
    raw = 'a:2:{s:13:"tout_le_monde";s:8:"en parle";s:3:"num";i:7;}'
    record = update(vmu, preserve_missing_data="1", serialized_metadata=raw).records("dids", "did")[0]
    assert record["metadata"]["raw_metadata"] == raw
    assert record["metadata"]["metadata_attributes"] == {"attribute_count": "2", "tout_le_monde": "en parle",
                                                         "num": "7"}


def test_plain_raw_metadata_has_no_attributes(vmu):
    record = update(vmu, preserve_missing_data="1", raw_metadata="ansible").records("dids", "did")[0]
    assert record["metadata"] == {"raw_metadata": "ansible"}


# -- delete_did ----------------------------------------------------------------------------------------

def test_delete_is_soft(vmu):
    reply = vmu.call("delete_did", via="post", phone_number=TORONTO)
    assert reply.ok and reply.records("dids", "did")[0]["status"] == "deleted"
    rows = dids(vmu, phone_number=TORONTO)
    assert [r["status"] for r in rows] == ["deleted"]
    assert vmu.call("delete_did", via="post", phone_number=TORONTO).codes == ["phone_number_invalid"]
    assert vmu.call("delete_did", via="post", client_did_id="87290").codes == ["client_did_id_invalid"]
    assert update(vmu, TORONTO).codes == ["phone_number_invalid"]


@pytest.mark.parametrize("params,codes", [
    ({}, ["required_parameter_not_found"]),
    ({"phone_number": "514 555 0100"}, ["phone_number_invalid"]),
    ({"client_did_id": "x"}, ["client_did_id_invalid"]),
])
def test_delete_errors(vmu, params, codes):
    assert vmu.call("delete_did", via="post", **params).codes == codes


# -- get_new_dids -----------------------------------------------------------------------------------------

def test_inventory_demo(vmu):
    rows = new_dids(vmu)
    assert 300 <= len(rows) <= 500
    assert list(rows[0]) == list(NEW_DID_FIELDS)
    assert len({r["npa"] for r in rows}) >= 10
    assert any(r["sms_support"] == "1" for r in rows) and any(r["sms_support"] == "0" for r in rows)
    assert 2 <= len([r for r in rows if r["type"] == "tollfree"]) <= 6


@pytest.mark.parametrize("params,check", [
    ({"npa": "514"}, lambda r: r["npa"] == "514"),
    ({"npa": "514", "nxx": "555"}, lambda r: r["phone_number"].startswith("514555")),
    ({"type": "tollfree"}, lambda r: r["type"] == "tollfree"),
    ({"sms_support": "1"}, lambda r: r["sms_support"] == "1"),
    ({"t38_support": "1", "npa": "416"}, lambda r: r["t38_support"] == "1"),
    ({"ratecenter_id": "200101"}, lambda r: r["district"] == "New York City"),
    ({"state_id": "11"}, lambda r: r["npa"] in ("514", "438", "418")),
    ({"included_patterns": "pattern_quadruple_digits"}, lambda r: r["phone_number"][-4:] in ("1111", "7777")),
])
def test_new_did_filters(vmu, params, check):
    rows = new_dids(vmu, **params)
    assert rows and all(check(r) for r in rows)


def test_district_complete_match_first(vmu):
    rows = new_dids(vmu, district="o")
    assert rows and all("o" in r["district"].lower() for r in rows)
    rows = new_dids(vmu, district="Toronto")
    assert {r["district"] for r in rows} == {"Toronto"}
    rows = new_dids(vmu, district="ottawa")
    assert {r["district"] for r in rows} == {"Ottawa-Hull"}


def test_no_patterns_and_random_order(vmu):
    plain = new_dids(vmu, npa="604", included_patterns="no_patterns")
    assert plain and all(not patterns_of(r["phone_number"]) for r in plain)
    ordered = new_dids(vmu, npa="604")
    shuffled = new_dids(vmu, npa="604", order="random")
    assert shuffled != ordered and sorted(shuffled, key=lambda r: r["did_id"]) == ordered
    assert new_dids(vmu, npa="604", order="random") == shuffled   # deterministic


@pytest.mark.parametrize("params,code", [
    ({"type": "shadow"}, "type_invalid"),
    ({"npa": "5140"}, "npa_invalid"),
    ({"ratecenter_id": "12345"}, "ratecenter_id_invalid"),
    ({"included_patterns": "no_patterns,rare_number"}, "included_patterns_invalid"),
    ({"included_patterns": "pretty"}, "included_patterns_invalid"),
    ({"order": "shuffle"}, "order_invalid"),
    ({"sms_support": "true"}, "sms_support_invalid"),
])
def test_new_did_errors(vmu, params, code):
    assert vmu.call("get_new_dids", **params).codes == [code]


def test_patterns():
    assert patterns_of("5145551111") >= {"pattern_quadruple_digits", "pattern_tripple_digits", "pattern_double_digits"}
    assert "pattern_double_digits_pair" in patterns_of("5145552233")
    assert "rare_number" in patterns_of("5145553000") and "rare_number" in patterns_of("5145554567")
    assert patterns_of("5145550214") == set()


# -- activate_new_did -------------------------------------------------------------------------------------

def test_activate_by_phone_number(vmu):
    reply = vmu.call("activate_new_did", via="post", phone_number="4165550203")
    record = reply.records("dids", "did")[0]
    assert reply.ok and record["client_did_id"] == "87294"
    assert (record["status"], record["usage_type"], record["district"]) == ("enabled", "default", "Toronto")
    assert did(vmu, "4165550203") == record
    assert "4165550203" not in [r["phone_number"] for r in new_dids(vmu, npa="416")]
    assert vmu.call("activate_new_did", via="post", phone_number="4165550203").codes == ["phone_number_invalid"]


def test_activate_by_did_id_keeps_capabilities(vmu):
    offer = new_dids(vmu, type="tollfree", sms_support="1")[0]
    record = vmu.ok("activate_new_did", via="post", did_id=offer["did_id"]).records("dids", "did")[0]
    assert (record["phone_number"], record["type"], record["sms_support"]) == (offer["phone_number"], "tollfree", "1")


@pytest.mark.parametrize("params,codes", [
    ({}, ["required_parameter_not_found"]),
    ({"phone_number": "5145559999"}, ["phone_number_invalid"]),
    ({"phone_number": MAIN}, ["phone_number_invalid"]),
    ({"phone_number": "514555"}, ["phone_number_invalid"]),
    ({"did_id": "1"}, ["did_id_invalid"]),
    ({"did_id": "500001", "phone_number": "5145550201"}, ["phone_number_invalid"]),
    ({"phone_number": "5145550201", "skip_notification": "2"}, ["skip_notification_invalid"]),
])
def test_activate_errors(vmu, params, codes):
    assert vmu.call("activate_new_did", via="post", **params).codes == codes


# -- order_new_dids ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("params,code,text", [
    ({"quantity": "1"}, "prefix_required", "No prefix nor ratecenter id was given."),
    ({"prefix": "51455", "quantity": "1"}, "prefix_invalid", "Prefix is not valid."),
    ({"ratecenter_id": "1001", "quantity": "1"}, "ratecenter_id_invalid", "Ratecenter id is not valid."),
    ({"prefix": "514555", "type": "tollfree", "quantity": "1"}, "type_invalid",
     'Type must be either "local" or "international".'),
    ({"prefix": "514555"}, "quantity_required", "Quantity is required."),
    ({"prefix": "514555", "quantity": "0"}, "quantity_invalid", "Quantity must be a number above 0 and under 1000."),
    ({"prefix": "514555", "quantity": "1000"}, "quantity_invalid", "Quantity must be a number above 0 and under 1000."),
    ({"prefix": "514555", "quantity": "1", "prefix_preference": "nearby"}, "prefix_preference_invalid",
     'Preference must be either "in_ratecenter" or "prefix_only".'),
    ({"ratecenter_id": "100101", "quantity": "1", "prefix_preference": "prefix_only"}, "prefix_preference_invalid",
     'Preference must be either "in_ratecenter" or "prefix_only".'),
    ({"prefix": "514555", "quantity": "1", "sequential": "yes"}, "sequential_invalid",
     'Preference must be either "random" or "sequential".'),
    ({"prefix": "514555", "quantity": "1", "t38_support": "required"}, "t38_support_invalid",
     'Preference must be either "optional" or "required".'),
    ({"prefix": "514555", "quantity": "1", "capacity": "1-5"}, "capacity_invalid",
     'Preference must be either "1-5", "5-25" or "25+".'),
    ({"prefix": "999555", "quantity": "1"}, "prefix_not_found", "Could not find the prefix in our database."),
    ({"ratecenter_id": "999999", "quantity": "1"}, "ratecenter_id_not_found",
     "Could not find the ratecenter id in our database."),
    ({"prefix": "99", "type": "international", "quantity": "1"}, "prefix_not_found",
     "Could not find the prefix in our database."),
])
def test_order_errors_verbatim(vmu, params, code, text):
    reply = vmu.call("order_new_dids", via="post", **params)
    assert reply.codes == [code]
    assert reply.details["response_messages"]["message"]["_content"] == text


def test_order_reports_every_error(vmu):
    assert vmu.call("order_new_dids", via="post", sequential="x", capacity="9").codes == \
        ["prefix_required", "quantity_required", "sequential_invalid", "capacity_invalid"]


def test_could_not_send_setting(vmu):
    vmu.seed(settings={"order_could_not_send": True})
    assert vmu.call("order_new_dids", via="post", prefix="514555", quantity="1").codes == ["could_not_send"]


def test_back_order_fulfilled_after_the_delay(vmu):
    reply = vmu.call("order_new_dids", via="post", prefix="416555", quantity="3", sequential="sequential",
                     sms_support="1", capacity="2-5")
    assert reply.ok and "dids" not in reply.json
    assert len(dids(vmu)) == 5
    vmu.advance(86399)
    assert len(dids(vmu)) == 5
    vmu.advance(2)
    added = dids(vmu)[5:]
    assert [r["phone_number"] for r in added] == ["4165559000", "4165559001", "4165559002"]
    assert all(r["status"] == "enabled" and r["sms_support"] == "1" and r["district"] == "Toronto" for r in added)
    order = list(vmu.account()["orders"].values())[0]
    assert order["status"] == "completed" and order["client_did_ids"] == [r["client_did_id"] for r in added]


def test_back_order_by_ratecenter_and_international(vmu):
    vmu.seed(settings={"order_delay": 10})
    assert vmu.call("order_new_dids", via="post", ratecenter_id="200201", quantity="2").ok
    assert vmu.call("order_new_dids", via="post", prefix="44", type="international", quantity="1").ok
    vmu.advance(11)
    added = dids(vmu)[5:]
    assert [r["npa"] for r in added[:2]] == ["312", "312"] and added[0]["phone_number"] != added[1]["phone_number"]
    assert added[2]["type"] == "international" and added[2]["phone_number"].startswith("44")
    assert len(added[2]["phone_number"]) == 12


# -- seed keys --------------------------------------------------------------------------------------------

def test_seed_dids_and_inventory(vmu):
    summary = vmu.seed(
        inventory=[{"phone_number": "6045551234", "sms_support": True}, {"phone_number": "8005550001"}],
        dids=[{"phone_number": "4035550100", "friendly_name": "Seeded", "client_peer_ids": ["40001", "40002"],
               "options": ["enable_sms", "enable_peer"], "sms_support": "1"},
              {"phone_number": "4035550101", "client_did_id": "90000", "status": "disabled",
               "raw_metadata": "ansible"}])
    assert summary["dids"] == ["87294", "90000"] and len(summary["inventory"]) == 2
    seeded = did(vmu, "4035550100")
    assert seeded["peer_to_rings"] == "40001,40002" and seeded["options"] == "enable_peer,enable_sms"
    assert seeded["district"] == "Calgary" and seeded["friendly_name"] == "Seeded"
    assert did(vmu, "4035550101")["metadata"] == {"raw_metadata": "ansible"}
    assert [r["type"] for r in new_dids(vmu, npa="800")] == ["tollfree"]
    assert new_dids(vmu, npa="604", sms_support="1")[-1]["phone_number"] == "6045551234"
    assert vmu.ok("activate_new_did", via="post", phone_number="8005550001").records("dids", "did")[0][
        "client_did_id"] == "90001"


@pytest.mark.parametrize("payload", [
    {"dids": [{"phone_number": MAIN}]},
    {"dids": [{"phone_number": "123"}]},
    {"dids": [{"phone_number": "4035550100", "bogus": 1}]},
    {"dids": [{"phone_number": "4035550100", "status": "gone"}]},
    {"dids": [{"phone_number": "4035550100", "client_did_id": "87289"}]},
    {"dids": [{"phone_number": "4035550100", "account": "nobody"}]},
    {"inventory": [{"phone_number": MAIN}]},
    {"inventory": [{"phone_number": "5145550200"}]},
    {"dids": {"phone_number": "4035550100"}},
])
def test_seed_errors(vmu, payload):
    assert vmu.control("POST", "/seed", {"carrier": "voicemeup", **payload}).status == 400
    assert len(dids(vmu)) == 5   # nothing applied


def test_seeding_an_owned_inventory_number_takes_it_out_of_the_inventory(vmu):
    vmu.seed(dids=[{"phone_number": "5145550200"}])
    assert "5145550200" not in [r["phone_number"] for r in new_dids(vmu, npa="514")]


def test_ten_thousand_dids_are_fast(vmu):
    start = time.monotonic()
    vmu.seed(settings={"rate_limit_soft": 0, "rate_limit_hard": 0},
             dids=[{"phone_number": f"{7000000000 + i}", "friendly_name": f"Bulk {i}"} for i in range(10000)])
    seeded = time.monotonic()
    rows = dids(vmu)
    listed = time.monotonic()
    assert len(rows) == 10005
    assert did(vmu, "7000009999")["friendly_name"] == "Bulk 9999"
    # generous bounds for a shared 2-core machine; typical: 0.3 s and 1 s
    assert seeded - start < 10 and listed - seeded < 15
