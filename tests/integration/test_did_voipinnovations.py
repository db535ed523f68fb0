"""voip.carrier.did, did_info and available_did_info against the emulated VoIP Innovations SOAP API,
through real ansible-playbook runs (few runs of many tasks: each run costs seconds). The emulator's
request log is the witness for "no write" and "no request", and for every envelope passing the
WSDL's schema."""

from __future__ import annotations

import re

import pytest

from helpers import play, task

CARRIER = "voipinnovations"
SECRET = "vi-demo-secret-2026"
NUMBER = "+12125550110"         # on offer (NY), supports outbound CNAM storage
NO_STORAGE = "+12125550111"     # on offer, no outbound CNAM storage
MAIN = "+12125550100"           # owned: "Primary PBX", CNAM name "DEMO MAIN LINE"


@pytest.fixture
def vi(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vi_creds(vi):
    return vi.credentials(CARRIER)


def operations(emulator, since, writes_only=False):
    """The SOAP operations the emulator saw since ``since``, in order; none refused by the schema
    or carrying an element the schema does not know."""
    found = []
    for entry in emulator.requests(CARRIER, since=since):
        mark = entry.get("soap")
        if mark is not None:
            assert not mark["fault"] and not mark["unknown_elements"], entry
            name = mark["operation"]
        else:   # a fault rule answered before the SOAP endpoint did
            name = re.search(r"Body><(?:\w+:)?(\w+)", entry["body"]).group(1)
        if entry.get("write") or not writes_only:
            found.append(name)
    return found


def owned(emulator, number):
    return emulator.state(CARRIER)["accounts"]["demo-vi"]["dids"].get(number[2:])


def did(title, check=False, **options):
    entry = task("did", title, register=title.replace(" ", "_").lower(), number=NUMBER, **options)
    if check:
        entry["check_mode"] = True
    return entry


ORDER = {"trunk": "Primary PBX", "cnam": True, "description": "sales-ny", "caller_id_name": "ACME SALES",
         "failover_number": "(646) 555-0100"}


def test_order_rerun_update_and_release(vi, vi_creds, run_playbook):
    mark = vi.last_seq()
    res = run_playbook(play(
        task("available_did_info", "Search", region="NY", rate_center="NEW YORK CITY", limit=3),
        did("Order in check mode", check=True, **ORDER),
        did("Order", **ORDER),
        did("Order again", **ORDER),
        did("Forward it", failover_number="", forward_to="+1 646 555 0177"),
        task("did_info", "Read it", number=NUMBER),
        did("Stop forwarding to another group", forward_to="", trunk="Backup SBC"),
        did("Release", state="absent"),
        did("Release again", state="absent"),
        creds=vi_creds, name=CARRIER)).assert_ok(changed=True)

    found = res.task("Search")["result"]["available"]
    assert [entry["number"] for entry in found] == ["+1212555011%d" % n for n in range(3)]
    assert found[0]["state"] == "NY" and found[0]["rate_center"] == "NEW YORK CITY" and found[0]["tier"] == "1"
    assert res.task("Order in check mode")["changed"] is True
    ordered = res.task("Order")["result"]
    assert ordered["changed"] and ordered["did"] == {
        "number": NUMBER, "status": "active", "type": "local", "trunk": "Primary PBX", "cnam": True,
        "caller_id_name": "ACME SALES", "description": "sales-ny", "forward_to": "", "failover_number": "+16465550100",
        "e911": False, "provider": CARRIER}
    again = res.task("Order again")["result"]
    assert again["changed"] is False and again["api_calls"] == {"reads": 2, "writes": 0, "retries": 0, "total": 2}
    forwarded = res.task("Forward it")["result"]["did"]
    assert forwarded["forward_to"] == "+16465550177" and forwarded["failover_number"] == ""
    [listed] = res.task("Read it")["result"]["dids"]
    assert listed["forward_to"] == "+16465550177" and listed["trunk"] == "Primary PBX"
    assert res.task("Stop forwarding to another group")["result"]["did"]["trunk"] == "Backup SBC"
    assert res.task("Release")["changed"] is True and res.task("Release again")["changed"] is False
    # Check mode, the re-run and the second release wrote nothing; every write in this order.
    assert operations(vi, mark, writes_only=True) == [
        "reserveDID", "assignDID", "UpdateDIDFailover", "UpdateCNAMDisplay",       # order and its follow-ups
        "UpdateDIDFailover", "SetDIDForward",                                       # the failover goes first
        "configDID", "RemoveDIDForward",                                            # back to another group
        "releaseDID"]
    assert owned(vi, NUMBER) is None


def test_bad_input_makes_no_request(vi, vi_creds, run_playbook):
    cases = {
        "Forward and failover": {"number": MAIN, "forward_to": "6465550177", "failover_number": "6465550100"},
        "Forward to itself": {"number": MAIN, "forward_to": MAIN},
        "Punctuation in the name": {"number": MAIN, "caller_id_name": "ACME, INC."},
        "No group": {"number": MAIN, "trunk": ""},
        "A QuestBlue tier": {"number": MAIN, "tier": "1"},
        "A VoIP.ms routing": {"number": MAIN, "routing": "sys:hangup"},
    }
    tasks = [dict(task("did", title, **options), ignore_errors=True) for title, options in cases.items()]
    tasks.append(dict(task("available_did_info", "Search by tier", tier="1", region="NY"), ignore_errors=True))
    mark = vi.last_seq()
    res = run_playbook(play(*tasks, creds=vi_creds, name=CARRIER))
    fields = {title: res.task(title)["result"].get("field") for title in list(cases) + ["Search by tier"]}
    assert fields == {"Forward and failover": "failover_number", "Forward to itself": "forward_to",
                      "Punctuation in the name": "caller_id_name", "No group": "trunk", "A QuestBlue tier": "tier",
                      "A VoIP.ms routing": "routing", "Search by tier": "tier"}
    assert all(res.task(title)["failed"] for title in fields)
    assert "forward_to" in res.task("Forward and failover")["result"]["msg"]
    assert vi.requests(CARRIER, since=mark) == []


def test_what_an_order_needs_is_read_before_buying_and_no_secret_shows(vi, vi_creds, run_playbook):
    """The checks that need a read (availability, the group, CNAM storage) fail before any write,
    in check mode too; a write of unknown outcome is re-read, never re-sent; at -vvvv none of it
    shows the secret."""
    vi.fault({"carrier": CARRIER, "function": "UpdateDIDFailover", "kind": "status", "status": 500})
    mark = vi.last_seq()
    res = run_playbook(play(
        dict(task("did", "No trunk", number=NUMBER), ignore_errors=True),
        dict(task("did", "Unknown trunk", number=NUMBER, trunk="Nope"), ignore_errors=True),
        dict(task("did", "No CNAM storage", number=NO_STORAGE, trunk="Primary PBX", caller_id_name="ACME"),
             ignore_errors=True, check_mode=True),
        dict(task("did", "Another customer's", number="+12125550199", trunk="Primary PBX"), ignore_errors=True),
        dict(task("did", "Unknown outcome", number=MAIN, failover_number="6465550100"), ignore_errors=True),
        task("did", "Read one", number=MAIN),
        creds=vi_creds, name=CARRIER), verbosity=4)
    expected = {"No trunk": "trunk", "Unknown trunk": "trunk", "No CNAM storage": "caller_id_name",
                "Another customer's": "number"}
    for title, field in expected.items():
        assert res.task(title)["failed"] and res.task(title)["result"]["field"] == field, title
    assert "Primary PBX (13550)" in res.task("Unknown trunk")["result"]["msg"]
    unknown = res.task("Unknown outcome")["result"]
    assert unknown["maybe_applied"] is True and unknown["request"] == "UpdateDIDFailover"
    assert "a re-read does not show the change yet, so it was not sent again" in unknown["msg"]
    assert res.task("Read one")["result"]["did"]["caller_id_name"] == "DEMO MAIN LINE"
    assert operations(vi, mark, writes_only=True) == ["UpdateDIDFailover"]
    res.assert_no_secrets(SECRET)
