"""The account snapshot (plugins/module_utils/snapshot.py) against the in-process emulator: what
each carrier's snapshot holds, and that it costs list calls only, at the largest page."""

from __future__ import annotations

from urllib.parse import parse_qs

import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import check_parts, read_account


def _snapshot(control, carrier, **kwargs):
    client = open_client(control.credentials(carrier))
    since = control.last_seq()
    try:
        snapshot = read_account(client, **kwargs)
    finally:
        client.close()
    return snapshot, control.requests(carrier, since)


def _questblue_numbers(count, start=9195550000):
    owned = []
    for index in range(count):
        row = {"did": str(start + index), "tier": "1b" if index % 2 else "1", "type": "local",
               "note": "n%d" % index, "route2trunk": "demotrunk" if index % 3 == 0 else ""}
        if index % 2:
            row["sms"] = {"sms_mode": "email", "forward2email": "sms%d@example.com" % index} if index % 4 == 1 \
                else {"sms_mode": "none"}
        owned.append(row)
    return owned


def test_questblue_pages_at_200_and_reads_sms_and_port_ins_in_lists(control):
    control.seed({"carrier": "questblue", "owned": _questblue_numbers(450),
                  "lnp": [{"number2port": "3365551234", "status": "submitted", "provider_name": "Verizon"},
                          {"number2port": "3365551299", "status": "rejected", "reason": "Invalid PIN",
                           "provider_name": "Verizon"}]})
    snapshot, requests = _snapshot(control, "questblue")
    paths = [(r["method"], r["path"]) for r in requests]
    # 450 numbers: 3 pages of /did; 225 SMS-capable numbers: 2 pages of /sms; one page of /lnp.
    assert paths.count(("GET", "/did")) == 3 and paths.count(("GET", "/sms")) == 2 and paths.count(("GET", "/lnp")) == 1
    assert len(paths) == 6
    assert all(parse_qs(r["query"])["per_page"] == ["200"] for r in requests)
    by_number = snapshot.by_number()
    assert len(snapshot.numbers) == 451                  # 450 held + 1 still porting in
    assert [r["number"] for r in snapshot.numbers] == sorted(by_number)
    assert by_number["+19195550000"]["sms"] is None      # tier 1: cannot carry SMS
    assert by_number["+19195550001"]["sms"] == {"enabled": True, "mode": "email", "email": "sms1@example.com", "url": ""}
    assert by_number["+19195550003"]["sms"] == {"enabled": False}
    assert by_number["+19195550000"]["trunk"] == "demotrunk" and by_number["+19195550001"]["trunk"] == ""
    porting = by_number["+13365551234"]
    assert porting["status"] == "porting" and porting["port_in"]["status"] == "submitted"
    # the keys every record has, so templates and keyed groups over records need no special case
    assert (porting["description"], porting["trunk"], porting["type"]) == ("", "", "local")
    assert "+13365551299" not in by_number               # a rejected port is no longer pending
    assert by_number["+19195550000"]["port_in"] is None
    assert snapshot.gaps and "forward_to" in snapshot.gaps and set(snapshot.cost) == {"numbers", "sms", "port_in"}


def test_questblue_numbers_only_is_the_did_list_alone(control):
    control.seed({"carrier": "questblue", "owned": _questblue_numbers(5)})
    snapshot, requests = _snapshot(control, "questblue", parts=())
    assert [(r["method"], r["path"]) for r in requests] == [("GET", "/did")]
    assert all("sms" not in r and "port_in" not in r for r in snapshot.numbers)


def test_questblue_pattern_narrows_numbers_and_port_ins(control):
    control.seed({"carrier": "questblue", "owned": _questblue_numbers(5),
                  "lnp": [{"number2port": "3365551234", "status": "submitted", "provider_name": "Verizon"}]})
    snapshot, _requests = _snapshot(control, "questblue", pattern="919555000*")
    assert [r["number"] for r in snapshot.numbers] == ["+1919555000%d" % i for i in range(5)]


def test_voipms_one_call_holds_numbers_sms_and_e911(control):
    control.seed({"carrier": "voipms", "dids": [
        {"did": "7862285600", "note": "main", "routing": "account:100000_pbx1"},
        {"did": "7862285601", "note": "spare"}]})
    snapshot, requests = _snapshot(control, "voipms")
    functions = [(parse_qs(r["body"] or "") or parse_qs(r["query"] or "")).get("method") for r in requests]
    assert functions == [["getDIDsInfo"], ["getLNPList"]], requests
    main = snapshot.by_number()["+17862285600"]
    assert main["trunk"] == "pbx1" and main["description"] == "main" and main["e911"] is False
    assert "sms" in main and "port_in" in main
    assert "record_calls" in snapshot.gaps


def test_secrets_are_masked(control):
    control.seed({"carrier": "questblue", "owned": [{"did": "9195550100", "tier": "1", "type": "local", "pin": "8642"}]})
    snapshot, _requests = _snapshot(control, "questblue", parts=())
    assert "8642" not in repr(snapshot.numbers)


def test_unknown_parts_fail_before_any_request():
    with pytest.raises(ValidationError, match="include: e911 is not a part of the account snapshot"):
        check_parts(["sms", "e911"])


def _voicemeup_calls(requests):
    return [r["path"].rstrip("/").rsplit("/", 1)[-1] for r in requests]


def test_voicemeup_snapshot_is_one_call_per_list(control):
    """get_dids (every number with its SMS options: no pagination), get_peers (the trunks' names),
    get_e911 (1000 a page, the E911 flags) and get_port_requests (the port-ins): never one request
    per number, whatever the size of the account."""
    control.seed({"carrier": "voicemeup",
                  "dids": [{"phone_number": "40355%05d" % index, "friendly_name": "n%d" % index,
                            "client_peer_ids": "40001", "options": ["enable_peer"]} for index in range(1500)],
                  "e911_endpoints": [{"phone_number": "4035500007"}],
                  "port_requests": [{"phone_numbers": ["4385551234"], "status": "firm_confirm",
                                     "firm_date": "2030-01-15"}]})
    snapshot, requests = _snapshot(control, "voicemeup")
    assert _voicemeup_calls(requests) == ["get_dids", "get_peers", "get_e911", "get_port_requests"]
    by_number = snapshot.by_number()
    assert len(by_number) == 1500 + 4 + 1              # the seeded account's 4 live numbers, one porting in
    assert by_number["+14035500007"]["e911"] is True and by_number["+14035500008"]["e911"] is False
    assert by_number["+14035500008"]["trunk"] == "demo-pbx-01"
    assert by_number["+14385551234"]["status"] == "porting" and by_number["+14385551234"]["port_in"]
    assert "+13125550150" not in by_number             # the seeded account's deleted number
    assert by_number["+15145550100"]["sms"] == {"enabled": False} and by_number["+14035500008"]["sms"] is None
    assert snapshot.gaps == ("e911 address",) and set(snapshot.cost) == {"numbers", "sms", "port_in"}


def test_voicemeup_without_the_e911_flag_reads_no_e911(control):
    """A caller that needs no E911 flag (did_bulk without E911 items) is spared the get_e911 pages;
    the carriers whose number list carries the flag keep it."""
    snapshot, requests = _snapshot(control, "voicemeup", parts=(), e911=False)
    assert _voicemeup_calls(requests) == ["get_dids", "get_peers"]
    assert all("e911" not in record for record in snapshot.numbers) and snapshot.numbers
    snapshot, requests = _snapshot(control, "voipms", parts=(), e911=False)
    assert len(requests) == 1 and all("e911" in record for record in snapshot.numbers)


# -- VoIP Innovations ------------------------------------------------------------------------------

def _vi_calls(requests):
    return [r["soap"]["operation"] for r in requests]


def test_voipinnovations_snapshot_is_one_call_per_list(control):
    """auditDIDs (every number with its E911 flag, CNAM, forward and failover), AuditEndpointGroups
    once (the trunks' names), AuditSMS with a blank tn (every number's SMS) and getActivePorts (the
    port-ins): never one request per number, never audit911 (the flag is the DID's has911)."""
    snapshot, requests = _snapshot(control, "voipinnovations")
    assert _vi_calls(requests) == ["auditDIDs", "AuditEndpointGroups", "AuditSMS", "getActivePorts"]
    by_number = snapshot.by_number()
    main, forwarded, failover = by_number["+12125550100"], by_number["+13125550110"], by_number["+12145550120"]
    assert (main["trunk"], main["cnam"], main["caller_id_name"], main["description"]) == \
        ("Primary PBX", True, "DEMO MAIN LINE", "main-line")
    assert (forwarded["forward_to"], forwarded["trunk"], forwarded["e911"]) == ("+17735550123", "Backup SBC", True)
    assert (failover["failover_number"], failover["caller_id_name"]) == ("+18175550188", "ACME DALLAS")
    assert by_number["+13055550140"]["trunk"] == "" and main["sms"]["enabled"] is True
    assert by_number["+12125550101"]["sms"]["destination_type"] == "post"
    assert any(record["status"] == "porting" for record in snapshot.numbers)
    assert snapshot.gaps == ("e911 address", "sms auth_token") and set(snapshot.cost) == {"numbers", "sms", "port_in"}


def test_voipinnovations_empty_account_drops_the_dummy_record(control):
    control.seed({"carrier": "voipinnovations", "accounts": [{"login": "empty-vi", "secret": "empty-vi-secret"}]})
    client = open_client({"provider": "voipinnovations", "api_url": "%s/voipinnovations" % control.base_url,
                          "api_username": "empty-vi", "api_password": "empty-vi-secret"})
    since = control.last_seq()
    assert read_account(client, parts=["sms"]).numbers == []
    # the dummy DID (statusCode 101200, no tn) is no number: nothing more to read about it
    assert _vi_calls(control.requests("voipinnovations", since)) == ["auditDIDs"]


def test_voipinnovations_forwards_and_failovers_from_their_audits_where_audit_dids_lacks_them(control, monkeypatch):
    """A service whose DID type has no forward and failover (the sandbox's): one AuditDIDForwards
    and one AuditDIDFailovers fill them in, still never a request per number."""
    from emulator.voipinnovations import carrier, dids  # pylint: disable=import-outside-toplevel

    def sandbox_audit(ctx):
        answer = dids.audit_dids(ctx)
        for row in answer["DIDs"]:
            row.pop("forward", None)
            row.pop("failover", None)
        return answer
    monkeypatch.setitem(carrier.OPERATIONS, "auditDIDs", sandbox_audit)
    snapshot, requests = _snapshot(control, "voipinnovations", parts=())
    assert _vi_calls(requests) == ["auditDIDs", "AuditDIDForwards", "AuditDIDFailovers", "AuditEndpointGroups"]
    by_number = snapshot.by_number()
    assert by_number["+13125550110"]["forward_to"] == "+17735550123"
    assert by_number["+12145550120"]["failover_number"] == "+18175550188"
    assert by_number["+12125550100"]["forward_to"] == "" and by_number["+12125550100"]["failover_number"] == ""
