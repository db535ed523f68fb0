"""VoiceMeUp sms_config and fax_user drivers, run as modules against the in-process emulator: the
wire each write sends (nothing the task does not manage is lost), idempotence, SMS profiles, the fax
profile's read-merge-write and its number."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import read_account

from fault_harness import run_module

NUMBER, NATIONAL = "+15145550100", "5145550100"   # demo DID: sms_support 1, options enable_peer, rings peer 40001
OTHER = "+18335550100"                            # demo DID: sms_support 1
NO_SMS = "+14165550111"                           # demo DID: sms_support 0
AUTH = ("username", "auth_token")


@pytest.fixture
def vmu(control):
    from emulator.voicemeup.seed import DEMO_AUTH_TOKEN, DEMO_USERNAME  # pylint: disable=import-outside-toplevel
    creds = {"provider": "voicemeup", "api_url": "%s/voicemeup" % control.base_url, "api_username": DEMO_USERNAME,
             "api_key": DEMO_AUTH_TOKEN}
    return control, creds


def run(vmu, module, check=False, **params):
    """(exit|fail, result, [(request_type, params)]) of one module run."""
    control, creds = vmu
    since = control.last_seq()
    args = dict(creds, **params)
    if check:
        args["_ansible_check_mode"] = True
    kind, result = run_module(module, args)
    calls = []
    for entry in control.requests("voicemeup", since):
        query = parse_qs(entry.get("query") or "", keep_blank_values=True)
        query.update(parse_qs(entry.get("body") or "", keep_blank_values=True))
        calls.append((entry["path"].rsplit("/", 1)[-1], {k: v[0] for k, v in query.items() if k not in AUTH}))
    return kind, result, calls


def writes(calls):
    return [call for call in calls if not call[0].startswith("get_")]


def account(vmu):
    return vmu[0].state("voicemeup")["accounts"]["demo-vmu"]


def did(vmu, national=NATIONAL):
    return next(row for row in account(vmu)["dids"].values() if row["phone_number"] == national)


def options(row):
    return set(row["options"].split(",")) - {""}


# ---- sms_config: the number's own settings ------------------------------------------------------

def test_enable_sms_to_email_sends_only_that_and_keeps_the_rest(vmu):
    kind, result, calls = run(vmu, "sms_config", number=NUMBER, email="sms@example.com")
    assert kind == "exit" and result["changed"] is True
    assert calls == [("get_dids", {"phone_number": NATIONAL}),
                     ("update_did", {"phone_number": NATIONAL, "preserve_missing_data": "1", "usage_type": "default",
                                     "sms_notify_email": "sms@example.com",
                                     "options": "enable_peer,enable_sms,enable_sms_email_notify"})]
    assert result["sms_config"] == {"number": NUMBER, "enabled": True, "email": "sms@example.com", "url": "",
                                    "forward_to": "", "auto_reply": "", "url_retry": False, "profile": "",
                                    "provider": "voicemeup"}
    row = did(vmu)
    assert row["peer_to_rings"] == "40001" and row["friendly_name"] == "Main line"
    kind, result, calls = run(vmu, "sms_config", number=NUMBER, email="sms@example.com")
    assert result["changed"] is False and calls == [("get_dids", {"phone_number": NATIONAL})]


def test_targets_unset_keep_their_value_and_empty_switches_one_off(vmu):
    run(vmu, "sms_config", number=NUMBER, email="sms@example.com", url="https://hooks.example.com/sms", url_retry=True)
    _kind, result, calls = run(vmu, "sms_config", number=NUMBER, forward_to="+1 (613) 555-0123",
                               auto_reply="Thanks, we will answer soon")
    [(_name, wire)] = writes(calls)
    assert wire["sms_forward_number"] == "6135550123" and wire["sms_autoreply_message"] == "Thanks, we will answer soon"
    assert set(wire["options"].split(",")) == {"enable_peer", "enable_sms", "enable_sms_email_notify",
                                               "enable_sms_callback", "enable_sms_callback_retry",
                                               "enable_sms_forwarding", "enable_sms_autoreply"}
    assert result["sms_config"]["email"] == "sms@example.com" and result["sms_config"]["forward_to"] == "+16135550123"
    # url "" turns the callback off, its retry with it, and clears the field
    _kind, result, calls = run(vmu, "sms_config", number=NUMBER, url="")
    [(_name, wire)] = writes(calls)
    assert wire["sms_callback_url"] == "" and "enable_sms_callback" not in wire["options"]
    assert "enable_sms_callback_retry" not in wire["options"]
    assert result["sms_config"]["url"] == "" and result["sms_config"]["url_retry"] is False
    assert did(vmu)["sms_callback_url"] == "" and did(vmu)["sms_notify_email"] == "sms@example.com"


def test_check_mode_writes_nothing(vmu):
    _kind, result, calls = run(vmu, "sms_config", check=True, number=NUMBER, email="sms@example.com")
    assert result["changed"] is True and writes(calls) == []
    assert "enable_sms" not in options(did(vmu))


def test_absent_switches_every_sms_option_off(vmu):
    run(vmu, "sms_config", number=NUMBER, email="sms@example.com", forward_to="+16135550123")
    _kind, result, calls = run(vmu, "sms_config", number=NUMBER, state="absent")
    assert result["changed"] is True
    [(_name, wire)] = writes(calls)
    assert wire["options"] == "enable_peer" and wire["preserve_missing_data"] == "1"
    _kind, result, calls = run(vmu, "sms_config", number=NUMBER, state="absent")
    assert result["changed"] is False and writes(calls) == []
    # on again: the targets switched off stay off
    _kind, result, calls = run(vmu, "sms_config", number=NUMBER, url="https://hooks.example.com/sms")
    assert (result["sms_config"]["email"], result["sms_config"]["forward_to"]) == ("", "")


def test_a_number_without_sms_support_fails_after_one_read(vmu):
    kind, result, calls = run(vmu, "sms_config", number=NO_SMS, email="sms@example.com")
    assert kind == "fail" and result["field"] == "number"
    assert "+14165550111 cannot carry SMS at voicemeup (its sms_support is 0" in result["msg"]
    assert calls == [("get_dids", {"phone_number": "4165550111"})]


@pytest.mark.parametrize("params, message", [
    ({"auto_reply": "x" * 161}, "auto_reply: is 161 characters; voicemeup sends at most 160"),
    ({"forward_to": "+442071234567"}, "forward_to: +442071234567 is not a North American number"),
    ({"forward_to": NUMBER}, "forward_to: cannot be the number itself"),
    ({"url": "", "url_retry": True}, "url_retry: retries a URL callback; it cannot be on with url: \"\""),
    ({"profile": "x"}, "profile: is the SMS profile's name at voicemeup: 2 to 32 characters"),
    ({"xmpp_name": "a@b.c", "xmpp_password": "pw"}, "xmpp_name: voicemeup does not support this sms_config option"),
    ({"email": "nope"}, "email: 'nope' is not an e-mail address"),
])
def test_bad_input_fails_before_any_request(vmu, params, message):
    kind, result, calls = run(vmu, "sms_config", number=NUMBER, **params)
    assert kind == "fail" and message in result["msg"]
    assert calls == []


def test_retry_without_a_callback_fails_before_any_write(vmu):
    kind, result, calls = run(vmu, "sms_config", number=NUMBER, email="a@example.com", url_retry=True)
    assert kind == "fail" and result["field"] == "url_retry" and writes(calls) == []


# ---- sms_config: SMS profiles --------------------------------------------------------------------

def test_a_new_profile_starts_from_the_number_and_binds_it(vmu):
    run(vmu, "sms_config", number=NUMBER, forward_to="+16135550123")
    _kind, result, calls = run(vmu, "sms_config", number=NUMBER, profile="Sales SMS", email="sales@example.com")
    assert [name for name, _wire in calls] == ["get_dids", "get_sms_profiles", "update_sms_profile", "update_did"]
    profile_wire, did_wire = calls[2][1], calls[3][1]
    assert profile_wire == {"mode": "create", "friendly_name": "Sales SMS",
                            "notify_name": "Sales SMS", "notify_email": "sales@example.com",
                            "forward_number": "6135550123", "options": "inbound_completed_notification,enable_forwarding",
                            "status": "enabled"}
    assert did_wire == {"phone_number": NATIONAL, "preserve_missing_data": "1", "usage_type": "default",
                        "client_sms_profile_id": "701"}
    assert result["sms_config"]["profile"] == "Sales SMS" and result["sms_config"]["email"] == "sales@example.com"
    assert did(vmu)["sms_forward_number"] == "6135550123"        # the number's own settings are kept, unused
    _kind, result, calls = run(vmu, "sms_config", number=NUMBER, profile="Sales SMS", email="sales@example.com")
    assert result["changed"] is False and [name for name, _w in calls] == ["get_dids", "get_sms_profiles"]


def test_binding_to_an_existing_profile_adopts_it_and_an_update_sends_every_field(vmu):
    vmu[0].seed({"carrier": "voicemeup", "sms_profiles": [{
        "friendly_name": "Support", "language": "fr", "allowed_senders": "5145550000", "backup_url": "https://b.example.com",
        "options": "enable_callback,outbound_failed_notification", "callback_url": "https://a.example.com",
        "comments": "shared"}]})
    _kind, result, calls = run(vmu, "sms_config", number=OTHER, profile="Support")
    assert [name for name, _w in writes(calls)] == ["update_did"]
    assert result["sms_config"]["url"] == "https://a.example.com" and result["sms_config"]["profile"] == "Support"
    _kind, result, calls = run(vmu, "sms_config", number=OTHER, auto_reply="Closed today")
    [(name, wire)] = writes(calls)
    assert name == "update_sms_profile"
    assert wire == {"mode": "update", "client_sms_profile_id": "701", "client_subaccount_id": "0",
                    "friendly_name": "Support", "language": "fr", "allowed_senders": "5145550000",
                    "callback_url": "https://a.example.com", "backup_url": "https://b.example.com",
                    "autoreply_message": "Closed today",
                    "options": "enable_callback,outbound_failed_notification,enable_autoreply", "status": "enabled",
                    "comments": "shared"}


def test_leaving_a_profile_carries_its_targets_to_the_number(vmu):
    run(vmu, "sms_config", number=NUMBER, profile="Sales SMS", url="https://hooks.example.com/sms")
    _kind, result, calls = run(vmu, "sms_config", number=NUMBER, profile="")
    [(_name, wire)] = writes(calls)
    assert wire["client_sms_profile_id"] == "" and wire["sms_callback_url"] == "https://hooks.example.com/sms"
    assert result["sms_config"]["profile"] == "" and result["sms_config"]["url"] == "https://hooks.example.com/sms"


def test_two_profiles_of_one_name_fail_clearly(vmu):
    vmu[0].seed({"carrier": "voicemeup", "sms_profiles": [{"friendly_name": "Twin"}, {"friendly_name": "Twin"}]})
    kind, result, calls = run(vmu, "sms_config", number=NUMBER, profile="Twin")
    assert kind == "fail" and "profile: 2 voicemeup SMS profiles are named 'Twin' (ids 701, 702)" in result["msg"]
    assert writes(calls) == []


def test_absent_with_a_profile_deletes_it_once_no_number_uses_it(vmu):
    run(vmu, "sms_config", number=NUMBER, profile="Sales SMS", email="sales@example.com")
    run(vmu, "sms_config", number=OTHER, profile="Sales SMS")
    _kind, _result, calls = run(vmu, "sms_config", number=NUMBER, state="absent", profile="Sales SMS")
    assert [name for name, _w in writes(calls)] == ["update_did"]         # still used by OTHER
    assert did(vmu)["client_sms_profile_id"] == ""
    _kind, _result, calls = run(vmu, "sms_config", number=OTHER, state="absent", profile="Sales SMS")
    assert [name for name, _w in writes(calls)] == ["update_did", "delete_sms_profile"]
    assert account(vmu)["sms_profiles"] == {}


def test_snapshot_sms_part_reads_profiles_once(vmu):
    run(vmu, "sms_config", number=NUMBER, profile="Sales SMS", email="sales@example.com")
    run(vmu, "sms_config", number=OTHER, url="https://hooks.example.com/sms")
    client = open_client(dict(vmu[1], rate_limit="1000/1"))
    since = vmu[0].last_seq()
    try:
        snapshot = read_account(client, parts=("sms",))
    finally:
        client.close()
    paths = [entry["path"].rsplit("/", 1)[-1] for entry in vmu[0].requests("voicemeup", since)]
    assert paths.count("get_sms_profiles") == 1 and paths.count("get_dids") == 1
    by_number = snapshot.by_number()
    assert by_number[NUMBER]["sms"]["profile"] == "Sales SMS" and by_number[NUMBER]["sms"]["email"] == "sales@example.com"
    assert by_number[OTHER]["sms"] == {"enabled": True, "email": "", "url": "https://hooks.example.com/sms",
                                       "forward_to": "", "auto_reply": "", "url_retry": False, "profile": ""}
    assert by_number[NO_SMS]["sms"] is None


def test_did_bulk_items_sharing_a_new_profile_converge_in_one_run(vmu):
    numbers = [{"number": NUMBER, "sms": {"email": "a@example.com", "profile": "Bulk"}},
               {"number": OTHER, "sms": {"profile": "Bulk"}}]
    kind, result, calls = run(vmu, "did_bulk", numbers=numbers)
    assert kind == "exit", result
    names = [name for name, _w in writes(calls)]
    # created once; updated once more when the item without an e-mail created it first
    assert names.count("update_did") == 2 and names.count("update_sms_profile") in (1, 2)
    [profile] = account(vmu)["sms_profiles"].values()
    assert profile["notify_email"] == "a@example.com"
    assert did(vmu)["client_sms_profile_id"] == did(vmu, "8335550100")["client_sms_profile_id"] == "701"
    _kind, result, calls = run(vmu, "did_bulk", numbers=numbers)
    assert result["changed"] is False and writes(calls) == []


# ---- fax_user -----------------------------------------------------------------------------------------

FAX = {"login": "Front desk", "from_number": NUMBER, "email": "fax@example.com", "caller_id_name": "ACME"}


def test_fax_profile_create_sends_every_required_field_then_is_idempotent(vmu):
    kind, result, calls = run(vmu, "fax_user", **FAX)
    assert kind == "exit" and result["changed"] is True
    assert [name for name, _w in calls] == ["get_fax_profiles", "update_fax_profile", "get_dids"]
    assert calls[1][1] == {"mode": "create", "friendly_name": "Front desk",
                           "local_ident": NATIONAL, "fax_header": "ACME", "callerid_name": "ACME",
                           "callerid_number": NATIONAL, "email": "fax@example.com", "language": "en",
                           "allowed_senders": "", "page_format": "letter", "resolution": "fine",
                           "options": "", "status": "enabled"}
    assert result["fax_user"] == {
        "login": "Front desk", "email": "fax@example.com", "enabled": True, "from_number": NUMBER,
        "station_id": NATIONAL, "header": "ACME", "caller_id_name": "ACME", "contact_name": "", "language": "en",
        "allowed_senders": [], "page_format": "letter", "resolution": "fine", "retry_limit": 2, "fax_options": [],
        "url": "", "number": "", "provider": "voicemeup"}
    _kind, result, calls = run(vmu, "fax_user", **FAX)
    assert result["changed"] is False and writes(calls) == []


def test_fax_profile_update_is_read_merge_write(vmu):
    vmu[0].seed({"carrier": "voicemeup", "fax_profiles": [{
        "friendly_name": "Front desk", "local_ident": "ACME FAX", "fax_header": "ACME Inc", "callerid_name": "ACME",
        "callerid_number": NATIONAL, "contact_name": "Jane Doe", "email": "fax@example.com", "language": "fr",
        "allowed_senders": "jdoe@example.com", "retry_limit": "4", "page_format": "a4", "resolution": "standard",
        "backup_url": "https://b.example.com", "options": "enable_cover_page", "status": "enabled",
        "comments": "keep me"}]})
    _kind, result, calls = run(vmu, "fax_user", login="Front desk", resolution="super_fine",
                               fax_options=["enable_inbound_send_attachment", "enable_cover_page"])
    [(name, wire)] = writes(calls)
    assert name == "update_fax_profile"
    assert wire == {"mode": "update", "client_fax_profile_id": "801", "client_subaccount_id": "0",
                    "friendly_name": "Front desk", "local_ident": "ACME FAX", "fax_header": "ACME Inc",
                    "callerid_name": "ACME", "callerid_number": NATIONAL, "contact_name": "Jane Doe",
                    "email": "fax@example.com", "language": "fr", "allowed_senders": "jdoe@example.com",
                    "retry_limit": "4", "page_format": "a4", "resolution": "super_fine",
                    "backup_url": "https://b.example.com",
                    "options": "enable_cover_page,enable_inbound_send_attachment", "status": "enabled",
                    "comments": "keep me"}
    assert result["fax_user"]["fax_options"] == ["enable_cover_page", "enable_inbound_send_attachment"]


def test_fax_number_binding_moves_and_is_removed(vmu):
    run(vmu, "fax_user", number=NUMBER, **FAX)
    row = did(vmu)
    assert row["client_fax_profile_id"] == "801" and options(row) == {"enable_peer", "enable_fax"}
    _kind, result, calls = run(vmu, "fax_user", number=NUMBER, **FAX)
    assert result["changed"] is False and writes(calls) == []
    _kind, result, calls = run(vmu, "fax_user", login="Front desk", number=OTHER)
    assert [(name, wire.get("phone_number")) for name, wire in writes(calls)] == [
        ("update_did", NATIONAL), ("update_did", "8335550100")]
    assert did(vmu)["client_fax_profile_id"] == "" and "enable_fax" not in options(did(vmu))
    assert result["fax_user"]["number"] == OTHER
    _kind, result, calls = run(vmu, "fax_user", login="Front desk", number="")
    assert did(vmu, "8335550100")["client_fax_profile_id"] == "" and result["fax_user"]["number"] == ""


def test_fax_profile_delete_unbinds_its_number_first(vmu):
    run(vmu, "fax_user", number=NUMBER, **FAX)
    _kind, result, calls = run(vmu, "fax_user", login="Front desk", state="absent")
    assert result["changed"] is True
    assert [name for name, _w in writes(calls)] == ["update_did", "delete_fax_profile"]
    assert account(vmu)["fax_profiles"] == {} and "enable_fax" not in options(did(vmu))
    _kind, result, calls = run(vmu, "fax_user", login="Front desk", state="absent")
    assert result["changed"] is False and writes(calls) == []


@pytest.mark.parametrize("params, message", [
    ({"login": "X"}, "login: must be 2 to 32 characters at voicemeup"),
    ({"caller_id_name": "AB"}, "caller_id_name: must be 3 to 15 characters"),
    ({"station_id": "x" * 21}, "station_id: must be 2 to 20 characters"),
    ({"retry_limit": 10}, "retry_limit: must be 1 to 9"),
    ({"password": "secret1"}, "password: voicemeup does not support this fax_user option"),
    ({"from_number": "+442071234567"}, "from_number: +442071234567 is not a North American number"),
    ({"email": ""}, "email: is where voicemeup delivers the faxes"),
])
def test_fax_bad_input_fails_before_any_request(vmu, params, message):
    kind, result, calls = run(vmu, "fax_user", **{**FAX, **params})
    assert kind == "fail" and message in result["msg"], result["msg"]
    assert calls == []


def test_fax_create_needs_its_fields_and_a_number_of_the_account(vmu):
    kind, result, calls = run(vmu, "fax_user", login="Front desk", email="fax@example.com")
    assert kind == "fail" and result["msg"].startswith("from_number: is required to create a voicemeup fax profile")
    assert writes(calls) == []
    kind, result, calls = run(vmu, "fax_user", number="+12125550199", **FAX)
    assert kind == "fail" and "number: +12125550199 is not a number in this voicemeup account" in result["msg"]
    assert writes(calls) == []


def test_two_fax_profiles_of_one_name_fail_clearly(vmu):
    profile = {"friendly_name": "Twin", "local_ident": "AB", "fax_header": "AB", "callerid_name": "ABC",
               "callerid_number": NATIONAL, "email": "a@example.com", "language": "en", "page_format": "letter",
               "resolution": "fine", "status": "enabled"}
    vmu[0].seed({"carrier": "voicemeup", "fax_profiles": [profile, profile]})
    kind, result, _calls = run(vmu, "fax_user", login="Twin", email="b@example.com")
    assert kind == "fail" and "login: 2 voicemeup fax profiles are named 'Twin' (ids 801, 802)" in result["msg"]


def test_every_returned_key_is_documented(vmu):
    import importlib.util  # pylint: disable=import-outside-toplevel
    import os  # pylint: disable=import-outside-toplevel
    repo = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
    spec = importlib.util.spec_from_file_location("return_keys", os.path.join(repo, "tests", "tools", "return_keys.py"))
    return_keys = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(return_keys)
    results = {
        "sms_config": [run(vmu, "sms_config", number=NUMBER, profile="Sales SMS", email="a@example.com", url_retry=False)[1],
                       run(vmu, "sms_config", number=NO_SMS, email="a@example.com")[1]],
        "fax_user": [run(vmu, "fax_user", number=NUMBER, url="https://hooks.example.com/fax", **FAX)[1],
                     run(vmu, "fax_user", **{**FAX, "login": "X"})[1]],
    }
    for module, found in results.items():
        doc = return_keys.return_doc(os.path.join(repo, "plugins", "modules", module + ".py"))
        for result in found:
            assert return_keys.undocumented(doc, result) == [], (module, result)
