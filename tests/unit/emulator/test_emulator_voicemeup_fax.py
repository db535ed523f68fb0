"""VoiceMeUp fax profiles: get_fax_profiles, update_fax_profile (every Required field on every write,
enums, the " super_fine" quirk, retry_limit 1-9), delete_fax_profile (seed L275-329)."""

from __future__ import annotations

import pytest

from voicemeup_testclient import VoiceMeUp

FULL = {"friendly_name": "Front desk fax", "local_ident": "5145550100", "fax_header": "ACME Inc",
        "callerid_name": "ACME", "callerid_number": "5145550100", "email": "fax@example.com", "language": "en",
        "allowed_senders": "jdoe@example.com,rroe@example.com", "page_format": "letter", "resolution": "fine",
        "status": "enabled"}


@pytest.fixture
def vmu(client):
    return VoiceMeUp(client.port)


def profiles(vmu, **params):
    return vmu.ok("get_fax_profiles", **params).records("fax_profiles", "fax_profile")


def create(vmu, **params):
    reply = vmu.ok("update_fax_profile", via="post", **dict(FULL, mode="create", **params))
    [record] = reply.records("fax_profiles", "fax_profile")
    return record


def test_create_then_read(vmu):
    assert profiles(vmu) == []
    record = create(vmu, contact_name="Jane Doe", options="enable_inbound_send_attachment,inbound_failed_notification")
    assert record == {
        "client_fax_profile_id": "801", "client_subaccount_id": "0", "friendly_name": "Front desk fax",
        "local_ident": "5145550100", "fax_header": "ACME Inc", "callerid_name": "ACME",
        "callerid_number": "5145550100", "contact_name": "Jane Doe", "email": "fax@example.com", "language": "en",
        "allowed_senders": "jdoe@example.com,rroe@example.com", "retry_limit": "2", "page_format": "letter",
        "resolution": "fine", "callback_url": "", "backup_url": "",
        "options": "enable_inbound_send_attachment,inbound_failed_notification", "status": "enabled",
        "comments": "", "metadata": ""}
    assert profiles(vmu) == [record]
    assert profiles(vmu, client_fax_profile_id="801") == [record]
    assert vmu.error("get_fax_profiles", client_fax_profile_id="802") == ["client_fax_profile_id_invalid"]


def test_every_required_field_is_required_on_create_and_update(vmu):
    codes = vmu.error("update_fax_profile", via="post", mode="create")
    assert codes == ["friendly_name_required", "required_parameter_not_found", "callerid_name_required",
                     "callerid_number_required", "email_required", "status_required"]
    pid = create(vmu)["client_fax_profile_id"]
    assert vmu.error("update_fax_profile", via="post", client_fax_profile_id=pid, friendly_name="Renamed") == [
        "required_parameter_not_found", "callerid_name_required", "callerid_number_required", "email_required",
        "status_required"]
    for name in ("local_ident", "fax_header", "language", "allowed_senders", "page_format", "resolution"):
        partial = {k: v for k, v in FULL.items() if k != name}
        assert vmu.error("update_fax_profile", via="post", client_fax_profile_id=pid, **partial) == [
            "required_parameter_not_found"], name


def test_allowed_senders_may_be_empty(vmu):
    assert create(vmu, allowed_senders="")["allowed_senders"] == ""


def test_invalid_values_are_all_reported(vmu):
    codes = vmu.error("update_fax_profile", via="post", **dict(
        FULL, mode="create", client_subaccount_id="3", friendly_name="F", local_ident="x" * 21, fax_header="H",
        callerid_name="AB", callerid_number="514555010", contact_name="Jo", email="nope", retry_limit="10",
        page_format="tabloid", resolution="huge", callback_url="mailto:x", options="enable_everything",
        status="deleted"))
    assert codes == ["client_subaccount_id_invalid", "friendly_name_invalid", "local_ident_invalid",
                     "fax_header_invalid", "callerid_name_invalid", "callerid_number_invalid", "contact_name_invalid",
                     "email_invalid", "retry_limit_invalid", "page_format_invalid", "resolution_invalid",
                     "callback_url_invalid", "options_invalid", "status_invalid"]
    assert profiles(vmu) == []


@pytest.mark.parametrize("resolution", ["standard", "fine", "super_fine", " super_fine", "ultra_fine", "color"])
def test_resolutions_and_the_super_fine_quirk(vmu, resolution):
    assert create(vmu, resolution=resolution)["resolution"] == resolution.strip()


def test_retry_limit_range_and_default(vmu):
    assert create(vmu, retry_limit="9")["retry_limit"] == "9"
    assert create(vmu, retry_limit="1")["retry_limit"] == "1"
    assert vmu.error("update_fax_profile", via="post", **dict(FULL, mode="create", retry_limit="0")) == [
        "retry_limit_invalid"]


def test_callback_option_needs_its_url(vmu):
    assert vmu.error("update_fax_profile", via="post", **dict(FULL, mode="create", options="enable_callback")) == [
        "callback_url_required"]
    record = create(vmu, options="enable_callback", callback_url="https://hooks.example.com/fax")
    assert record["callback_url"] == "https://hooks.example.com/fax"


def test_update_replaces_and_omitted_optional_fields_reset(vmu):
    pid = create(vmu, contact_name="Jane Doe", retry_limit="5", comments="note")["client_fax_profile_id"]
    reply = vmu.ok("update_fax_profile", via="post", client_fax_profile_id=pid, **dict(FULL, status="disabled",
                                                                                       page_format="a4"))
    [after] = reply.records("fax_profiles", "fax_profile")
    assert (after["status"], after["page_format"]) == ("disabled", "a4")
    assert (after["contact_name"], after["retry_limit"], after["comments"]) == ("", "2", "")
    assert vmu.error("update_fax_profile", via="post", client_fax_profile_id="9", **FULL) == [
        "client_fax_profile_id_invalid"]


def test_delete_and_the_dids_that_pointed_at_it(vmu):
    pid = create(vmu)["client_fax_profile_id"]
    vmu.ok("update_did", via="post", phone_number="5145550100", preserve_missing_data="1", usage_type="default",
           client_fax_profile_id=pid, options="enable_peer,enable_fax")
    assert vmu.error("delete_fax_profile", via="post") == ["required_parameter_not_found"]
    assert vmu.error("delete_fax_profile", via="post", client_fax_profile_id="1") == ["client_fax_profile_id_invalid"]
    vmu.ok("delete_fax_profile", via="post", client_fax_profile_id=pid)
    assert profiles(vmu) == []
    assert vmu.ok("get_dids", phone_number="5145550100").records("dids", "did")[0]["client_fax_profile_id"] == ""


def test_seed_key_fax_profiles(vmu):
    assert vmu.seed(fax_profiles=[dict(FULL), dict(FULL, client_fax_profile_id="880")])["fax_profiles"] == [
        "801", "880"]
    assert [p["friendly_name"] for p in profiles(vmu)] == ["Front desk fax", "Front desk fax"]
    assert create(vmu)["client_fax_profile_id"] == "881"
