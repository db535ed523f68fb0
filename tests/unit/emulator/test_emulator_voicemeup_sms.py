"""VoiceMeUp SMS profiles: get_sms_profiles, update_sms_profile (create/update, Required options,
option-dependent fields, soft delete via status=deleted), delete_sms_profile (seed L866-915)."""

from __future__ import annotations

import pytest

from voicemeup_testclient import VoiceMeUp

BASE = {"mode": "create", "friendly_name": "Sales SMS", "options": ""}


@pytest.fixture
def vmu(client):
    return VoiceMeUp(client.port)


def profiles(vmu, **params):
    return vmu.ok("get_sms_profiles", **params).records("sms_profiles", "sms_profile")


def create(vmu, **params):
    reply = vmu.ok("update_sms_profile", via="post", **dict(BASE, **params))
    [record] = reply.records("sms_profiles", "sms_profile")
    return record


def test_no_profile_at_first_then_create_echoes_the_record(vmu):
    assert vmu.ok("get_sms_profiles").json["sms_profiles"] == ""
    record = create(vmu, language="fr", allowed_senders="5145550100,4165550111",
                    options="inbound_completed_notification,enable_callback,enable_callback_retry",
                    notify_name="Sales", notify_email="sales@example.com",
                    callback_url="https://hooks.example.com/sms?x=1", backup_url="https://backup.example.com/sms")
    assert record == {
        "client_sms_profile_id": "701", "client_subaccount_id": "0", "friendly_name": "Sales SMS", "language": "fr",
        "allowed_senders": "5145550100,4165550111", "notify_name": "Sales", "notify_email": "sales@example.com",
        "forward_number": "", "callback_url": "https://hooks.example.com/sms?x=1",
        "backup_url": "https://backup.example.com/sms", "autoreply_message": "", "client_did_id": "",
        "options": "inbound_completed_notification,enable_callback,enable_callback_retry", "status": "enabled",
        "comments": "", "metadata": ""}
    # a single profile is an object, not a list (digest 2.3 rule 2)
    assert isinstance(vmu.ok("get_sms_profiles").json["sms_profiles"]["sms_profile"], dict)
    assert profiles(vmu) == [record]
    assert profiles(vmu, client_sms_profile_id="701") == [record]
    assert profiles(vmu, client_subaccount_id="0") == [record]


def test_options_are_required_but_may_be_empty(vmu):
    assert vmu.error("update_sms_profile", via="post", mode="create", friendly_name="X1") == [
        "required_parameter_not_found"]
    assert create(vmu, options="")["options"] == ""
    # PHP array notation is accepted too
    pairs = [("username", "demo-vmu"), ("auth_token", "0123456789abcdef0123456789abcdef"), ("mode", "create"),
             ("options[]", "outbound_failed_notification"), ("options[]", "outbound_completed_notification")]
    reply = vmu.raw("update_sms_profile", pairs, via="post")
    assert reply.ok
    assert reply.records("sms_profiles", "sms_profile")[0]["options"] == (
        "outbound_failed_notification,outbound_completed_notification")
    assert vmu.error("update_sms_profile", via="post", mode="create", options="enable_sms") == ["options_invalid"]


@pytest.mark.parametrize("options, missing", [
    ("inbound_completed_notification", ["notify_name_required", "notify_email_required"]),
    ("enable_forwarding", ["forward_number_required"]),
    ("enable_callback", ["callback_url_required"]),
    ("enable_autoreply", ["autoreply_message_required"]),
    ("enable_forwarding,enable_autoreply", ["forward_number_required", "autoreply_message_required"]),
])
def test_an_option_needs_its_field_in_the_same_request(vmu, options, missing):
    assert vmu.error("update_sms_profile", via="post", **dict(BASE, options=options)) == missing
    assert vmu.account()["sms_profiles"] == {}


def test_every_invalid_value_is_reported_in_parameter_order(vmu):
    codes = vmu.error("update_sms_profile", via="post", mode="create", client_subaccount_id="5", friendly_name="X",
                      notify_email="not-mail", forward_number="123", callback_url="ftp://x", backup_url="nope",
                      autoreply_message="x" * 161, client_did_id="999999", options="enable_forwarding",
                      status="gone")
    assert codes == ["client_subaccount_id_invalid", "friendly_name_invalid", "email_invalid",
                     "forward_number_invalid", "callback_url_invalid", "backup_url_invalid",
                     "autoreply_message_invalid", "client_did_id_invalid", "status_invalid"]
    assert vmu.error("update_sms_profile", via="post", mode="sideways", options="") == ["mode_invalid"]
    assert vmu.error("update_sms_profile", via="post", mode="create", options="", language="de") == [
        "language_invalid"]


def test_client_did_id_names_a_live_did(vmu):
    did = vmu.ok("get_dids", phone_number="5145550100").records("dids", "did")[0]
    assert create(vmu, client_did_id=did["client_did_id"])["client_did_id"] == did["client_did_id"]


def test_update_rebuilds_the_profile_and_needs_a_known_id(vmu):
    record = create(vmu, options="enable_forwarding", forward_number="5145550199", comments="first")
    pid = record["client_sms_profile_id"]
    assert vmu.error("update_sms_profile", via="post", options="") == ["required_parameter_not_found"]
    assert vmu.error("update_sms_profile", via="post", client_sms_profile_id="9999", options="") == [
        "client_sms_profile_id_invalid"]
    assert vmu.error("update_sms_profile", via="post", client_sms_profile_id="abc", options="") == [
        "client_sms_profile_id_invalid"]
    # mode defaults to update; what the write does not carry goes back to its default
    reply = vmu.ok("update_sms_profile", via="post", client_sms_profile_id=pid, friendly_name="Renamed",
                   options="enable_autoreply", autoreply_message="We are closed")
    [after] = reply.records("sms_profiles", "sms_profile")
    assert after["client_sms_profile_id"] == pid
    assert (after["friendly_name"], after["options"], after["autoreply_message"]) == (
        "Renamed", "enable_autoreply", "We are closed")
    assert (after["forward_number"], after["comments"], after["language"]) == ("", "", "en")
    assert profiles(vmu) == [after]


def test_status_deleted_is_a_soft_delete_and_delete_removes(vmu):
    pid = create(vmu)["client_sms_profile_id"]
    vmu.ok("update_sms_profile", via="post", client_sms_profile_id=pid, friendly_name="Sales SMS", options="",
           status="deleted")
    assert [p["status"] for p in profiles(vmu)] == ["deleted"]
    vmu.ok("update_sms_profile", via="post", client_sms_profile_id=pid, options="", status="enabled")
    assert [p["status"] for p in profiles(vmu)] == ["enabled"]
    assert vmu.error("delete_sms_profile", via="post") == ["required_parameter_not_found"]
    assert vmu.error("delete_sms_profile", via="post", client_sms_profile_id="12345") == [
        "client_sms_profile_id_invalid"]
    vmu.ok("delete_sms_profile", via="post", client_sms_profile_id=pid)
    assert profiles(vmu) == []
    assert vmu.error("get_sms_profiles", client_sms_profile_id=pid) == ["client_sms_profile_id_invalid"]


def test_a_did_bound_to_a_deleted_profile_loses_the_reference(vmu):
    pid = create(vmu)["client_sms_profile_id"]
    vmu.ok("update_did", via="post", phone_number="5145550100", preserve_missing_data="1", usage_type="default",
           client_sms_profile_id=pid, options="enable_peer,enable_sms")
    assert vmu.ok("get_dids", phone_number="5145550100").records("dids", "did")[0]["client_sms_profile_id"] == pid
    vmu.ok("delete_sms_profile", via="post", client_sms_profile_id=pid)
    did = vmu.ok("get_dids", phone_number="5145550100").records("dids", "did")[0]
    assert did["client_sms_profile_id"] == "" and did["options"] == "enable_peer,enable_sms"


def test_seed_key_sms_profiles(vmu):
    assert vmu.seed(sms_profiles=[{"friendly_name": "Seeded", "options": "enable_callback",
                                   "callback_url": "https://x.example.com"},
                                  {"client_sms_profile_id": "750", "friendly_name": "Seeded"}])["sms_profiles"] == [
        "701", "750"]
    assert [p["friendly_name"] for p in profiles(vmu)] == ["Seeded", "Seeded"]
    assert create(vmu)["client_sms_profile_id"] == "751"
    reply = vmu.control("POST", "/seed", {"carrier": "voicemeup", "sms_profiles": [{"colour": "red"}]})
    assert reply.status == 400
