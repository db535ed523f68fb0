"""voip.carrier.did_bulk at QuestBlue, VoIP.ms, VoiceMeUp and VoIP Innovations, through real ansible-playbook runs
against the emulator.

What a bulk task promises, witnessed by the emulator's request log: new numbers are bought in the
carrier's batch call where it has one (QuestBlue: one POST /did per tier and trunk; VoIP Innovations:
one reserveDID and one assignDID per endpoint group, and its configDID and releaseDID batches for
drift and purge, each number's own statusCode deciding its outcome), a re-run
reads the account with the snapshot's list calls only and writes nothing, one write per number
that drifted, ``purge`` guarded by ``max_releases``, bad items refused before any request, a
carrier error on one number does not stop the others and a re-run buys nothing twice, and secrets
never show.

Each test is one playbook of several tasks (ansible-playbook's start-up is most of a run's time
and the file joins a suite that runs on two workers). ``mark`` tasks between them record the
emulator's last request number, so the log is still read task by task."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs


from helpers import account, play, task, vm_account

BULK = "bulk"
ADDRESS_NC = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Raleigh",
              "region": "NC", "postal_code": "27601"}
ADDRESS_FL = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Miami",
              "region": "FL", "postal_code": "33101", "email": "e911@example.com"}
PIN = "987654"
XMPP_SECRET = "xmpp-Secret-4711"


# ---- plays and the request log ----------------------------------------------------------------------

def bulk(title=BULK, *, ignore_errors=False, check_mode=None, diff=None, **options):
    """A did_bulk task registered under its title."""
    step = task("did_bulk", title, register=title.replace(" ", "_"), **options)
    if ignore_errors:
        step["ignore_errors"] = True
    if check_mode is not None:
        step["check_mode"] = check_mode
    if diff is not None:
        step["diff"] = diff
    return step


def mark(emulator, name):
    """A task that shows the emulator's last request number (control calls are not logged). A
    lookup in debug: it runs in the controller, no module process to start."""
    url = emulator.base_url + "/_emulator/requests?since=2147483647"
    return {"name": name, "ansible.builtin.debug": {"msg": "{{ lookup('ansible.builtin.url', '%s', split_lines=false) }}" % url}}


def fault(emulator, name, rule):
    """A task that queues a fault rule on the emulator, between two module tasks."""
    request = {"url": emulator.base_url + "/_emulator/faults", "method": "POST", "body_format": "json", "body": rule}
    return {"name": name, "ansible.builtin.uri": request}


def seq(res, name):
    shown = res.task(name)["msg"]
    return (shown if isinstance(shown, dict) else json.loads(shown))["last_seq"]


def between(emulator, res, carrier, start, end):
    """The requests logged at ``carrier`` between the marks ``start`` and ``end`` (task names)."""
    last = seq(res, end)
    return [r for r in emulator.requests(carrier, since=seq(res, start)) if r["seq"] <= last]


def outcome(res, title=BULK):
    return res.task(title)["result"]


def actions(result):
    return {entry["number"]: entry["action"] for entry in result["numbers"]}


def counts(ordered=0, updated=0, released=0, unchanged=0, failed=0):
    return {"ordered": ordered, "updated": updated, "released": released, "unchanged": unchanged, "failed": failed}


def calls(requests):
    """QuestBlue: (method, path); VoIP.ms: (function, did); VoiceMeUp: (request type, phone_number) of
    each request."""
    named = []
    for entry in requests:
        if entry["carrier"] == "voicemeup":
            params = parse_qs(entry.get("query") or "")
            params.update(parse_qs(entry.get("body") or ""))
            named.append((entry["path"].rstrip("/").rsplit("/", 1)[-1], (params.get("phone_number") or [None])[0]))
        elif entry["carrier"] == "voipms":
            params = parse_qs(entry.get("query") or "")
            params.update(parse_qs(entry.get("body") or ""))
            named.append((params["method"][0], (params.get("did") or [None])[0]))
        else:
            named.append((entry["method"], entry["path"]))
    return named


def writes(requests):
    return calls([r for r in requests if r["write"]])


# ---- the carriers' numbers ---------------------------------------------------------------------------

def numbers(area, first, count):
    """``count`` consecutive numbers from ``<area>-<first>`` on, as (E.164, national)."""
    return [("+1%s%04d" % (area, n), "%s%04d" % (area, n)) for n in range(first, first + count)]


def qb_dids(emulator):
    return {d["did"]: d for d in account(emulator)["dids"]}


def vm_dids(emulator):
    return vm_account(emulator)["dids"]


# A VoiceMeUp account of its own (the seeded one holds numbers a purge would release): its numbers
# to activate, and one peer (trunk).
VMU_FLEET = {"username": "fleet-vmu", "client_user_id": "4242", "auth_token": "f1ee7f1ee7f1ee7f1ee7f1ee7f1ee7aa"}
VMU_PEER = {"client_peer_id": "42001", "friendly_name": "Fleet PBX", "peer_username": "fleet-pbx"}


def vmu_dids(emulator, login=VMU_FLEET["username"]):
    """The account's live DIDs by phone number (a released one stays listed as deleted)."""
    dids = emulator.state("voicemeup")["accounts"][login]["dids"].values()
    return {did["phone_number"]: did for did in dids if did["status"] != "deleted"}


def vmu_creds(emulator):
    return {"provider": "voicemeup", "api_url": emulator.api_url("voicemeup"), "api_username": VMU_FLEET["username"],
            "api_key": VMU_FLEET["auth_token"]}


# ==== lifecycle: order, re-run, drift, defaults, check and diff, purge and its guard =================


def test_questblue_lifecycle(fresh_emulator, run_playbook):
    qb = fresh_emulator
    new, held = numbers("919555", 100, 4), numbers("919555", 104, 6)
    qb.seed(carrier="questblue", owned=[{"did": national, "tier": "1", "note": "fleet", "route2trunk": "demotrunk"}
                                        for _e164, national in held])
    defaults = {"tier": "1", "trunk": "demotrunk", "description": "fleet"}
    items = [{"number": new[0][0], "description": "reception"}] + [{"number": e164} for e164, _national in new[1:] + held]
    drifted = [dict(item, description="moved") if index in (5, 6, 7) else item for index, item in enumerate(items)]
    kept = items[:7]                     # purge releases the last three
    res = run_playbook(play(
        bulk("order preview", numbers=items, defaults=defaults, check_mode=True),
        mark(qb, "m0"), bulk("order", numbers=items, defaults=defaults),
        mark(qb, "m1"), bulk("rerun", numbers=items, defaults=defaults),
        mark(qb, "m2"), bulk("preview", numbers=drifted, defaults=defaults, check_mode=True, diff=True),
        mark(qb, "m3"), bulk("drift", numbers=drifted, defaults=defaults),
        mark(qb, "m4"), bulk("over the guard", numbers=kept, purge=True, max_releases=2, ignore_errors=True),
        bulk("purge preview", numbers=kept, purge=True, max_releases=3, check_mode=True),
        mark(qb, "m5"), bulk("purge", numbers=kept, purge=True, max_releases=3), mark(qb, "m6"),
        creds=qb.credentials("questblue")))
    assert [r["task"] for r in res.failed] == ["over the guard"], res.describe()

    # check mode: the plan, and not a single write (the first mark is after it)
    assert outcome(res, "order preview")["counts"] == counts(ordered=4, unchanged=6)
    assert qb.writes("questblue")[0]["seq"] > seq(res, "m0")

    # order: ONE POST /did carries the four numbers of one tier and trunk; defaults where the item is silent
    ordered = outcome(res, "order")
    assert ordered["changed"] and ordered["counts"] == counts(ordered=4, unchanged=6)
    assert [actions(ordered)[e164] for e164, _national in new] == ["ordered"] * 4
    requests = between(qb, res, "questblue", "m0", "m1")
    posts = [json.loads(r["body"]) for r in requests if r["method"] == "POST"]
    assert len(posts) == 1 and sorted(posts[0]["did"]) == [int(national) for _e164, national in new], res.describe()
    assert posts[0]["tier"] == "1" and posts[0]["route2trunk"] == "demotrunk"
    assert sorted(writes(requests)) == [("POST", "/did")] + [("PUT", "/did")] * 4      # the descriptions
    # ...the emulator state after the whole play: the item's own description won over the default
    assert [qb_dids(qb)[national]["note"] for _e164, national in new] == ["reception", "fleet", "fleet", "fleet"]

    # re-run: the snapshot's GET /did, nothing else
    rerun = outcome(res, "rerun")
    assert not rerun["changed"] and rerun["counts"] == counts(unchanged=10)
    assert set(calls(between(qb, res, "questblue", "m1", "m2"))) == {("GET", "/did")}

    # check mode and diff: a per-number diff, nothing written
    preview = outcome(res, "preview")
    assert preview["changed"] and preview["counts"] == counts(updated=3, unchanged=7)
    assert [(d["before"]["did"]["description"], d["after"]["did"]["description"]) for d in preview["diff"]] == \
        [("fleet", "moved")] * 3
    assert [d["before_header"] for d in preview["diff"]] == ["%s (before)" % e164 for e164, _national in held[1:4]]
    assert writes(between(qb, res, "questblue", "m2", "m3")) == []

    # three numbers drifted of ten held: three PUT /did, each with the description only
    drift = outcome(res, "drift")
    assert drift["counts"] == counts(updated=3, unchanged=7)
    assert {entry["number"]: entry.get("changes") for entry in drift["numbers"] if entry["action"] == "updated"} == \
        {e164: ["description"] for e164, _national in held[1:4]}
    puts = [json.loads(r["body"]) for r in between(qb, res, "questblue", "m3", "m4") if r["write"]]
    assert sorted(puts, key=lambda body: body["did"]) == [{"did": int(national), "note": "moved"}
                                                          for _e164, national in held[1:4]]

    # purge: beyond max_releases fails before any write, naming the numbers; check mode lists them
    going = [e164 for e164, _national in held[3:]]
    guard = res.task("over the guard")
    assert guard["msg"].startswith("max_releases:") and "more than max_releases (2)" in guard["msg"], guard["msg"]
    assert all(number in guard["msg"] for number in going)
    assert {number for number, action in actions(outcome(res, "purge preview")).items() if action == "released"} == \
        set(going)
    assert writes(between(qb, res, "questblue", "m4", "m5")) == []
    purge = outcome(res, "purge")
    assert purge["counts"] == counts(released=3, unchanged=7)
    assert writes(between(qb, res, "questblue", "m5", "m6")) == [("DELETE", "/did")] * 3
    assert sorted(qb_dids(qb)) == sorted(national for _e164, national in new + held[:3])


def test_voipms_lifecycle(fresh_emulator, run_playbook):
    vm = fresh_emulator
    new, held = numbers("713555", 100, 3), numbers("713555", 103, 7)
    # fields the task never sets: setDIDInfo replaces the record, the read-merge-write keeps them
    vm.seed(carrier="voipms", dids=[{"did": national, "note": "fleet", "callerid_prefix": "HOU", "dialtime": "45",
                                     "failover_busy": "sys:busy"} for _e164, national in held])
    defaults = {"description": "fleet"}
    items = [{"number": new[0][0], "description": "reception"}] + [{"number": e164} for e164, _national in new[1:] + held]
    drifted = [dict(item, description="moved") if index in (4, 5, 6) else item for index, item in enumerate(items)]
    kept = items[:7]
    res = run_playbook(play(
        bulk("order preview", numbers=items, defaults=defaults, check_mode=True),
        mark(vm, "m0"), bulk("order", numbers=items, defaults=defaults),
        mark(vm, "m1"), bulk("rerun", numbers=items, defaults=defaults),
        mark(vm, "m2"), bulk("preview", numbers=drifted, defaults=defaults, check_mode=True, diff=True),
        mark(vm, "m3"), bulk("drift", numbers=drifted, defaults=defaults),
        mark(vm, "m4"), bulk("over the guard", numbers=kept, purge=True, max_releases=2, ignore_errors=True),
        bulk("purge preview", numbers=kept, purge=True, max_releases=3, check_mode=True),
        mark(vm, "m5"), bulk("purge", numbers=kept, purge=True, max_releases=3), mark(vm, "m6"),
        creds=vm.credentials("voipms"), name="voipms"))
    assert [r["task"] for r in res.failed] == ["over the guard"], res.describe()

    # check mode: dry-run orders (test=1, not writes) and nothing written
    assert outcome(res, "order preview")["counts"] == counts(ordered=3, unchanged=7)
    assert vm.writes("voipms")[0]["seq"] > seq(res, "m0")

    # order: one orderDID per number (VoIP.ms has no batch order), with the description
    ordered = outcome(res, "order")
    assert ordered["counts"] == counts(ordered=3, unchanged=7)
    requests = between(vm, res, "voipms", "m0", "m1")
    assert sorted(function for function, did in writes(requests) if function == "orderDID") == ["orderDID"] * 3
    assert sorted(did for function, did in writes(requests) if function == "orderDID") == [n for _e164, n in new]
    assert [vm_dids(vm)[national]["note"] for _e164, national in new] == ["reception", "fleet", "fleet"]

    # re-run: one getDIDsInfo, no write
    rerun = outcome(res, "rerun")
    assert not rerun["changed"] and rerun["counts"] == counts(unchanged=10)
    assert [function for function, _did in calls(between(vm, res, "voipms", "m1", "m2"))] == ["getDIDsInfo"]

    preview = outcome(res, "preview")
    assert preview["counts"] == counts(updated=3, unchanged=7) and len(preview["diff"]) == 3
    assert {d["after"]["did"]["description"] for d in preview["diff"]} == {"moved"}
    assert writes(between(vm, res, "voipms", "m2", "m3")) == []

    # three numbers drifted: exactly three setDIDInfo, and what the task does not set survives
    assert outcome(res, "drift")["counts"] == counts(updated=3, unchanged=7)
    assert sorted(writes(between(vm, res, "voipms", "m3", "m4"))) == [("setDIDInfo", n) for _e164, n in held[1:4]]
    for _e164, national in held[1:4]:
        row = vm_dids(vm)[national]
        assert row["note"] == "moved" and row["callerid_prefix"] == "HOU" and row["dialtime"] == "45"
        assert row["failover_busy"] == "sys:busy"

    going = [e164 for e164, _national in held[4:]]
    guard = res.task("over the guard")
    assert guard["msg"].startswith("max_releases:") and all(number in guard["msg"] for number in going), guard["msg"]
    assert {n for n, action in actions(outcome(res, "purge preview")).items() if action == "released"} == set(going)
    assert writes(between(vm, res, "voipms", "m4", "m5")) == []
    assert outcome(res, "purge")["counts"] == counts(released=3, unchanged=7)
    assert sorted(writes(between(vm, res, "voipms", "m5", "m6"))) == [("cancelDID", n) for _e164, n in held[4:]]
    assert sorted(vm_dids(vm)) == sorted(national for _e164, national in new + held[:4])


def test_voicemeup_lifecycle(fresh_emulator, run_playbook):
    vmu = fresh_emulator
    new, held = numbers("514555", 200, 3), numbers("403555", 300, 7)
    account = VMU_FLEET["username"]
    # fields the task never sets: every update_did carries preserve_missing_data, so they stay
    vmu.seed(carrier="voicemeup", accounts=[VMU_FLEET], peers=[dict(VMU_PEER, account=account)],
             inventory=[{"account": account, "phone_number": national} for _e164, national in new],
             dids=[{"account": account, "phone_number": national, "friendly_name": "fleet", "comments": "keep me",
                    "callerid_name_rewrite": "ACME HOU", "client_peer_ids": "42001", "forward_number": "6135550123",
                    "options": ["enable_peer", "ondemand_recording"]} for _e164, national in held])
    defaults = {"description": "fleet", "trunk": "fleet-pbx"}
    items = [{"number": new[0][0], "description": "reception"}] + [{"number": e164} for e164, _national in new[1:] + held]
    drifted = [dict(item, description="moved") if index in (4, 5, 6) else item for index, item in enumerate(items)]
    kept = items[:7]
    res = run_playbook(play(
        mark(vmu, "m00"), bulk("order preview", numbers=items, defaults=defaults, check_mode=True),
        mark(vmu, "m0"), bulk("order", numbers=items, defaults=defaults),
        mark(vmu, "m1"), bulk("rerun", numbers=items, defaults=defaults),
        mark(vmu, "m2"), bulk("preview", numbers=drifted, defaults=defaults, check_mode=True, diff=True),
        mark(vmu, "m3"), bulk("drift", numbers=drifted, defaults=defaults),
        mark(vmu, "m4"), bulk("over the guard", numbers=kept, purge=True, max_releases=2, ignore_errors=True),
        bulk("purge preview", numbers=kept, purge=True, max_releases=3, check_mode=True),
        mark(vmu, "m5"), bulk("purge", numbers=kept, purge=True, max_releases=3), mark(vmu, "m6"),
        creds=vmu_creds(vmu), name="voicemeup"))
    assert [r["task"] for r in res.failed] == ["over the guard"], res.describe()

    # check mode: the new numbers looked up in the offer (get_new_dids, a read, once for their NPA-NXX),
    # nothing written
    assert outcome(res, "order preview")["counts"] == counts(ordered=3, unchanged=7)
    preview_calls = [call for call, _number in calls(between(vmu, res, "voicemeup", "m00", "m0"))]
    assert sorted(preview_calls) == ["get_dids", "get_new_dids", "get_peers"], preview_calls

    # order: activate_new_did per number (VoiceMeUp has no batch activation), then one update_did
    # with its description and trunk; the item's own description won over the default
    ordered = outcome(res, "order")
    assert ordered["counts"] == counts(ordered=3, unchanged=7)
    assert sorted(writes(between(vmu, res, "voicemeup", "m0", "m1"))) == sorted(
        [("activate_new_did", n) for _e164, n in new] + [("update_did", n) for _e164, n in new])
    dids = vmu_dids(vmu)
    assert [dids[national]["friendly_name"] for _e164, national in new] == ["reception", "fleet", "fleet"]
    assert all(dids[national]["peer_to_rings"] == "42001" for _e164, national in new)

    # re-run: the snapshot's get_dids and get_peers (the trunk's name), once each; no write, no E911 read
    rerun = outcome(res, "rerun")
    assert not rerun["changed"] and rerun["counts"] == counts(unchanged=10)
    assert sorted(call for call, _number in calls(between(vmu, res, "voicemeup", "m1", "m2"))) == \
        ["get_dids", "get_peers"]

    preview = outcome(res, "preview")
    assert preview["counts"] == counts(updated=3, unchanged=7) and len(preview["diff"]) == 3
    assert {(d["before"]["did"]["description"], d["after"]["did"]["description"]) for d in preview["diff"]} == \
        {("fleet", "moved")}
    assert writes(between(vmu, res, "voicemeup", "m2", "m3")) == []

    # three numbers drifted: exactly three update_did, and what the task does not set survives
    drift = outcome(res, "drift")
    assert drift["counts"] == counts(updated=3, unchanged=7)
    assert {entry["number"]: entry.get("changes") for entry in drift["numbers"] if entry["action"] == "updated"} == \
        {e164: ["description"] for e164, _national in held[1:4]}
    drift_requests = between(vmu, res, "voicemeup", "m3", "m4")
    assert sorted(writes(drift_requests)) == [("update_did", n) for _e164, n in held[1:4]]
    assert all("preserve_missing_data=1" in r["body"] for r in drift_requests if r["write"])
    for _e164, national in held[1:4]:
        did = vmu_dids(vmu)[national]
        assert did["friendly_name"] == "moved" and did["comments"] == "keep me"
        assert did["callerid_name_rewrite"] == "ACME HOU" and did["forward_number"] == "6135550123"
        assert set(did["options"].split(",")) == {"enable_peer", "ondemand_recording"} and did["peer_to_rings"] == "42001"

    # purge: beyond max_releases fails before any write, naming the numbers; then delete_did per number
    going = [e164 for e164, _national in held[4:]]
    guard = res.task("over the guard")
    assert guard["msg"].startswith("max_releases:") and all(number in guard["msg"] for number in going), guard["msg"]
    assert {n for n, action in actions(outcome(res, "purge preview")).items() if action == "released"} == set(going)
    assert writes(between(vmu, res, "voicemeup", "m4", "m5")) == []
    assert outcome(res, "purge")["counts"] == counts(released=3, unchanged=7)
    assert sorted(writes(between(vmu, res, "voicemeup", "m5", "m6"))) == [("delete_did", n) for _e164, n in held[4:]]
    assert sorted(vmu_dids(vmu)) == sorted(national for _e164, national in new + held[:4])


# A VoIP Innovations account of its own (the demo one has numbers a purge would release), buying tier 1
# only: its two endpoint groups, its numbers, and numbers on offer in tier 1 and tier 2.
VI_FLEET = {"login": "fleet-vi", "secret": "fleet-vi-S3cret-8080", "tiers": ["1"]}
VI_GROUPS = [{"ID": 16001, "Name": "Fleet PBX"}, {"ID": 16002, "Name": "Fleet SBC"}]


def vi_calls(requests, writes_only=False):
    """(operation, [every tn or did in its body]) of each VoIP Innovations request (``writes_only``:
    of each write); every one schema-clean."""
    named = []
    for entry in requests:
        assert not entry["soap"]["fault"] and not entry["soap"]["unknown_elements"], entry
        if entry["write"] or not writes_only:
            named.append((entry["soap"]["operation"], re.findall(r"<(?:\w+:)?(?:tn|did)>(\d{10})<", entry["body"] or "")))
    return named


def vi_dids(emulator):
    return emulator.state("voipinnovations")["accounts"][VI_FLEET["login"]]["dids"]


def test_voipinnovations_lifecycle(fresh_emulator, run_playbook):
    vi = fresh_emulator
    new, held = numbers("719555", 200, 3), numbers("719555", 100, 7)
    tier_2 = numbers("719555", 300, 1)[0]
    login = VI_FLEET["login"]
    vi.seed(carrier="voipinnovations", accounts=[VI_FLEET], endpoint_groups=[dict(g, account=login) for g in VI_GROUPS],
            inventory=[{"tn": national, "state": "CO", "rateCenter": "COLORADO SPRINGS", "tier": "1"}
                       for _e164, national in new + numbers("719555", 210, 1)]
            + [{"tn": tier_2[1], "state": "CO", "rateCenter": "COLORADO SPRINGS", "tier": "2"}],
            dids=[{"account": login, "tn": national, "endpointId": 16001, "refId": "fleet", "failover": "7195559999"}
                  for _e164, national in held])
    creds = {"provider": "voipinnovations", "api_url": vi.api_url("voipinnovations"), "api_username": login,
             "api_password": VI_FLEET["secret"]}
    defaults = {"trunk": "Fleet PBX", "description": "fleet"}
    items = [{"number": new[0][0], "description": "reception"}, {"number": new[1][0], "trunk": "Fleet SBC"},
             {"number": new[2][0], "failover_number": "+17195559999"}] + [{"number": e164} for e164, _national in held]
    drifted = [dict(item, description="moved") if index in (3, 4, 5) else item for index, item in enumerate(items)]
    drifted[6] = dict(drifted[6], trunk="Fleet SBC")
    kept = drifted[:7]                   # purge releases the last three
    refused = kept + [{"number": numbers("719555", 210, 1)[0][0]}, {"number": tier_2[0]}]
    res = run_playbook(play(
        mark(vi, "m0"), bulk("order", numbers=items, defaults=defaults),
        mark(vi, "m1"), bulk("rerun", numbers=items, defaults=defaults),
        mark(vi, "m2"), bulk("drift", numbers=drifted, defaults=defaults),
        mark(vi, "m3"), bulk("purge", numbers=kept, defaults=defaults, purge=True, max_releases=3),
        mark(vi, "m4"), bulk("one refused", numbers=refused, defaults=defaults, ignore_errors=True), mark(vi, "m5"),
        creds=creds, name="voipinnovations"))
    assert [r["task"] for r in res.failed] == ["one refused"], res.describe()

    # order: ONE reserveDID with the three numbers, one assignDID per endpoint group (each number with
    # its refId), then the failover that assignDID cannot carry; a queryDID per new number before
    ordered = outcome(res, "order")
    assert ordered["counts"] == counts(ordered=3, unchanged=7)
    requests = between(vi, res, "voipinnovations", "m0", "m1")
    assert vi_calls(requests, writes_only=True) == [
        ("reserveDID", [n for _e164, n in new]), ("assignDID", [new[0][1], new[2][1]]), ("assignDID", [new[1][1]]),
        ("UpdateDIDFailover", [new[2][1]])]
    assert sorted(tns for call, tns in vi_calls(requests) if call == "queryDID") == [[n] for _e164, n in new]
    dids = vi_dids(vi)
    assert [(dids[n]["refId"], dids[n]["endpointId"]) for _e164, n in new] == [
        ("reception", 16001), ("fleet", 16002), ("fleet", 16001)]

    # re-run: auditDIDs and AuditEndpointGroups, nothing else, zero writes
    rerun = outcome(res, "rerun")
    assert not rerun["changed"] and rerun["counts"] == counts(unchanged=10)
    assert [call for call, _tns in vi_calls(between(vi, res, "voipinnovations", "m1", "m2"))] == [
        "auditDIDs", "AuditEndpointGroups"]
    assert rerun["api_calls"]["writes"] == 0

    # drift: three descriptions and a trunk in ONE configDID; what the task does not set survives
    drift = outcome(res, "drift")
    assert drift["counts"] == counts(updated=4, unchanged=6)
    assert vi_calls(between(vi, res, "voipinnovations", "m2", "m3"), writes_only=True) == [
        ("configDID", [n for _e164, n in held[:4]])]
    dids = vi_dids(vi)
    assert [dids[n]["refId"] for _e164, n in held[:3]] == ["moved"] * 3 and dids[held[3][1]]["endpointId"] == 16002
    assert all(dids[n]["failover"] == "7195559999" for _e164, n in held[:4])   # the state after the whole play

    # purge: the three numbers left out, in ONE releaseDID
    assert outcome(res, "purge")["counts"] == counts(released=3, unchanged=7)
    assert vi_calls(between(vi, res, "voipinnovations", "m3", "m4"), writes_only=True) == [
        ("releaseDID", [n for _e164, n in held[4:]])]
    # (the state after the whole play: the last task bought one more)
    assert sorted(vi_dids(vi)) == sorted(n for _e164, n in new + held[:4] + numbers("719555", 210, 1))

    # one number of a batch refused: reserveDID answers 100 and the tier-2 number's own 103259; it
    # alone fails (nothing bought for it), the other is ordered by the same calls
    one = outcome(res, "one refused")
    assert one["counts"] == counts(ordered=1, unchanged=7, failed=1)
    failed = [entry for entry in one["numbers"] if entry["action"] == "failed"]
    assert [entry["number"] for entry in failed] == [tier_2[0]] and "103259" in failed[0]["error"]["msg"]
    assert "1 of 9 numbers failed" in res.task("one refused")["msg"]
    assert vi_calls(between(vi, res, "voipinnovations", "m4", "m5"), writes_only=True) == [
        ("reserveDID", [numbers("719555", 210, 1)[0][1], tier_2[1]]), ("assignDID", [numbers("719555", 210, 1)[0][1]])]
    assert tier_2[1] not in vi_dids(vi)
    res.assert_no_secrets(VI_FLEET["secret"])


def test_questblue_orders_in_batches_per_tier_and_of_at_most_100(fresh_emulator, run_playbook):
    qb = fresh_emulator
    tier_1 = numbers("919555", 110, 90) + numbers("919555", 300, 11)         # 101 numbers on offer in tier 1
    items = [{"number": e164} for e164, _national in tier_1] + [{"number": "+19195550250", "tier": "2"}]
    mark_before = qb.last_seq()
    res = run_playbook(play(bulk(numbers=items, defaults={"tier": "1"}), creds=qb.credentials("questblue"))).assert_ok()
    assert outcome(res)["counts"] == counts(ordered=102)
    orders = [json.loads(r["body"]) for r in qb.writes("questblue", since=mark_before)]
    sizes = sorted((body["tier"], len(body["did"]) if isinstance(body["did"], list) else 1) for body in orders)
    assert sizes == [("1", 1), ("1", 100), ("2", 1)], sizes
    assert len(account(qb)["dids"]) == 102


# ==== bad items: refused naming numbers[i].option, before any request =================================


def _three_good(area, first):
    return [{"number": e164} for e164, _national in numbers(area, first, 3)]


def test_a_bad_item_fails_naming_it_before_any_request(fresh_emulator, run_playbook):
    emulator = fresh_emulator
    qb_items, vm_items = _three_good("919555", 100), _three_good("713555", 100)
    cases = {
        # task title: (carrier, item 3 or other options, the start of the message)
        "qb description": ("questblue", {"number": "+19195550110", "description": "sixteen chars!!!"},
                           "numbers[3].description: is 16 characters; questblue allows at most 15"),
        "qb duplicate": ("questblue", {"number": "(919) 555-0101"},
                         "numbers[3].number: +19195550101 is also numbers[1]"),
        "qb e911": ("questblue", {"number": "+19195550110", "e911": dict(ADDRESS_NC, postal_code="00000")},
                    "numbers[3].e911.postal_code: ZIP code 00000 is not a known ZIP code"),
        "vm tier": ("voipms", {"number": "+17135550110", "tier": "1"},
                    "numbers[3].tier: voipms does not support this did option"),
        "vm e911": ("voipms", {"number": "+17135550110", "e911": dict(ADDRESS_FL, postal_code="3310")},
                    "numbers[3].e911.postal_code: '3310' is not a US ZIP code"),
    }
    tasks = []
    for title, (carrier, bad, _message) in cases.items():
        items = qb_items if carrier == "questblue" else vm_items
        tasks.append(bulk(title, ignore_errors=True, numbers=items + [bad], **emulator.credentials(carrier)))
    # SMS on a number that would be ordered in tier 1 is found once the account is read: before any write
    tasks += [mark(emulator, "m0"),
              bulk("qb sms on tier 1", ignore_errors=True, defaults={"tier": "1"},
                   numbers=qb_items + [{"number": "+19195550110", "sms": {"email": "sms@example.com"}}],
                   **emulator.credentials("questblue"))]
    mark_before = emulator.last_seq()
    res = run_playbook(play(*tasks))
    for title, (_carrier, _bad, message) in cases.items():
        assert res.task(title)["failed"] and res.task(title)["msg"].startswith(message), res.task(title)["msg"]
    assert emulator.requests(since=mark_before)[:1] == [] or \
        emulator.requests(since=mark_before)[0]["seq"] > seq(res, "m0"), emulator.requests(since=mark_before)
    sms = res.task("qb sms on tier 1")
    assert sms["failed"] and sms["msg"].startswith("numbers[3].tier: ") and \
        "+19195550110 would be ordered in tier 1, and questblue carries SMS only on numbers ordered in tier 1b" in \
        sms["msg"], sms["msg"]
    assert emulator.writes(since=mark_before) == []


def test_sms_on_a_number_ordered_in_the_wrong_tier_names_the_tier(fresh_emulator, run_playbook):
    items = _three_good("919555", 100) + [{"number": "+19195550110", "sms": {"email": "sms@example.com"}}]
    res = run_playbook(play(bulk(defaults={"tier": "1"}, numbers=items), creds=fresh_emulator.credentials("questblue")))
    assert res.assert_failed()["msg"].startswith("numbers[3].tier: +19195550110 would be ordered in tier 1")


# ==== SMS and E911 per item; secrets ==================================================================


def test_questblue_sms_and_e911_items_and_secrets(fresh_emulator, run_playbook):
    qb = fresh_emulator
    new = numbers("919555", 200, 2)                     # tier 1b: QuestBlue carries SMS on 1b numbers only
    sms = {"email": "sms@example.com", "xmpp_name": "bot@xmpp.example.com", "xmpp_password": XMPP_SECRET}
    defaults = {"tier": "1b", "trunk": "demotrunk", "sms": sms, "e911": ADDRESS_NC}
    items = [{"number": new[0][0], "port_out_pin": PIN}, {"number": new[1][0]}]
    resend = dict(defaults, e911=dict(ADDRESS_NC, resend_address=True))
    res = run_playbook(play(
        mark(qb, "m0"), bulk("order", numbers=items, defaults=defaults, diff=True),
        mark(qb, "m1"), bulk("rerun", numbers=items, defaults=defaults),
        mark(qb, "m2"), bulk("resend", numbers=items, defaults=resend),
        mark(qb, "m3"), bulk("sms to url", numbers=items, defaults=dict(defaults, sms={"url": "https://hooks.example.com/sms"})),
        mark(qb, "m4"), creds=qb.credentials("questblue")), verbosity=4).assert_ok()
    res.assert_no_secrets(PIN, XMPP_SECRET)

    ordered = outcome(res, "order")
    assert ordered["counts"] == counts(ordered=2)
    requests = between(qb, res, "questblue", "m0", "m1")
    assert writes(requests).count(("POST", "/did")) == 1
    sms_puts = sorted((json.loads(r["body"]) for r in requests if r["path"] == "/sms" and r["write"]),
                      key=lambda body: body["did"])
    assert [(body["did"], body["sms_mode"], body["forward2email"]) for body in sms_puts] == \
        [(int(national), "both", "sms@example.com") for _e164, national in new]
    assert all(XMPP_SECRET in body.values() for body in sms_puts)          # sent to the carrier, shown nowhere
    dids = qb_dids(qb)
    for _e164, national in new:
        assert dids[national]["e911"]["e911_zip"] == "27601" and dids[national]["route2trunk"] == "demotrunk"
    assert dids[new[0][1]]["pin"] == PIN
    # the diff shows that the secrets are set, never their values
    assert len(ordered["diff"]) == 2 and PIN not in json.dumps(ordered["diff"])
    after = ordered["diff"][0]["after"]
    assert after["did"]["port_out_pin"] not in (None, PIN) and after["sms"]["xmpp_password"] not in (None, XMPP_SECRET)

    # re-run: GET /did and GET /sms pages; E911 and XMPP are never returned, so not compared
    rerun = outcome(res, "rerun")
    assert not rerun["changed"] and rerun["counts"] == counts(unchanged=2)
    assert set(calls(between(qb, res, "questblue", "m1", "m2"))) == {("GET", "/did"), ("GET", "/sms")}
    entries = {entry["number"]: entry for entry in rerun["numbers"]}
    assert "port_out_pin" in entries[new[0][0]]["not_compared"]
    assert {"sms.xmpp_password", "e911.postal_code"} <= set(entries[new[1][0]]["not_compared"])
    assert any("not_compared" in warning for warning in res.task("rerun")["warnings"])

    # resend_address sends the address again (one PUT /did each), nothing else
    assert outcome(res, "resend")["counts"] == counts(updated=2)
    puts = [json.loads(r["body"]) for r in between(qb, res, "questblue", "m2", "m3") if r["write"]]
    assert sorted(body["did"] for body in puts) == [int(national) for _e164, national in new]
    assert all(set(body) == {"did", "e911"} for body in puts)

    # SMS to a URL instead: one PUT /sms per number, the whole configuration in the new mode
    assert outcome(res, "sms to url")["counts"] == counts(updated=2)
    puts = sorted((json.loads(r["body"]) for r in between(qb, res, "questblue", "m3", "m4") if r["write"]),
                  key=lambda body: body["did"])
    assert puts == [{"did": int(national), "sms_mode": "url", "post2url": "https://hooks.example.com/sms"}
                    for _e164, national in new]
    assert all(qb_dids(qb)[national]["sms_mode"] == "url" for _e164, national in new)


def test_voipms_sms_and_e911_items_and_secrets(fresh_emulator, run_playbook):
    vm = fresh_emulator
    new = numbers("786228", 5600, 2)                    # sms_available, with a port-out PIN lock
    defaults = {"sms": {"email": "sms@example.com"}, "e911": ADDRESS_FL, "description": "fleet", "port_out_pin": PIN}
    items = [{"number": e164} for e164, _national in new]
    res = run_playbook(play(
        mark(vm, "m0"), bulk("order", numbers=items, defaults=defaults, diff=True),
        mark(vm, "m1"), bulk("rerun", numbers=items, defaults=defaults),
        mark(vm, "m2"), bulk("move", numbers=items, defaults=dict(defaults, e911=dict(ADDRESS_FL, street_number="200"))),
        mark(vm, "m3"), creds=vm.credentials("voipms"), name="voipms"), verbosity=4).assert_ok()
    res.assert_no_secrets(PIN)
    assert outcome(res, "order")["counts"] == counts(ordered=2)
    order_calls = calls(between(vm, res, "voipms", "m0", "m1"))
    for _e164, national in new:
        mine = [function for function, did in order_calls if did == national]
        # the address is validated before it is provisioned
        assert "e911Validate" in mine and mine.index("e911Validate") < mine.index("e911Provision"), mine
        assert "orderDID" in mine and "setSMS" in mine
        row = vm_dids(vm)[national]
        assert row["sms_enabled"] == "1" and row["sms_email"] == "sms@example.com" and row["note"] == "fleet"
        assert vm_account(vm)["e911"][national]["zip_code"] == "33101"
        assert row["port_out_pin"] == PIN
    assert PIN not in json.dumps(outcome(res, "order")["diff"])

    # re-run: the address is compared (e911Info per number), nothing written
    rerun = outcome(res, "rerun")
    assert not rerun["changed"] and rerun["counts"] == counts(unchanged=2)
    assert sorted(calls(between(vm, res, "voipms", "m1", "m2"))) == \
        sorted([("getDIDsInfo", None)] + [("e911Info", national) for _e164, national in new])

    # a new address: validated, then updated, per number; nothing else written
    move = outcome(res, "move")
    assert move["counts"] == counts(updated=2)
    assert all(entry["changes"] == ["e911.street_number"] for entry in move["numbers"]), move["numbers"]
    assert sorted(writes(between(vm, res, "voipms", "m2", "m3"))) == [("e911Update", n) for _e164, n in new]
    assert all(vm_account(vm)["e911"][national]["street_number"] == "200" for _e164, national in new)


# ==== partial failure, re-run, orders of unknown outcome ================================================


def test_questblue_one_failed_number_and_an_order_of_unknown_outcome(fresh_emulator, run_playbook):
    qb = fresh_emulator
    held, new, unsure = numbers("919555", 110, 3), numbers("919555", 113, 2), numbers("919555", 115, 2)
    qb.seed(carrier="questblue", owned=[{"did": national, "tier": "1", "note": "old"} for _e164, national in held])
    items = [{"number": e164, "tier": "1", "trunk": "demotrunk"} for e164, _national in new] + \
        [{"number": e164, "description": "new"} for e164, _national in held]
    # one carrier error on a write (QuestBlue answers its errors with HTTP 206 and a message)
    qb.fault(carrier="questblue", method="PUT", path="/did", kind="status", status=206)
    res = run_playbook(play(
        mark(qb, "m0"), bulk("partial", numbers=items, ignore_errors=True),
        mark(qb, "m1"), bulk("retry", numbers=items),
        fault(qb, "lose the answer to the order",
              {"carrier": "questblue", "method": "POST", "path": "/did", "kind": "timeout", "delay": 2.5, "after_effect": True}),
        mark(qb, "m2"), bulk("unsure", timeout=2, numbers=[{"number": e164, "tier": "1"} for e164, _national in unsure]),
        # 919-555-0200 is on offer in tier 1b only: the batch's answer warns about it, the other is bought
        mark(qb, "m3"), bulk("half a batch", ignore_errors=True, defaults={"tier": "1"},
                             numbers=[{"number": "+19195550117"}, {"number": "+19195550200"}]),
        mark(qb, "m4"), creds=qb.credentials("questblue")))
    assert [r["task"] for r in res.failed] == ["partial", "half a batch"], res.describe()

    partial = res.task("partial")
    result = partial["result"]
    assert result["counts"] == counts(ordered=2, updated=2, failed=1) and result["changed"] is True
    [failed] = [entry for entry in result["numbers"] if entry["action"] == "failed"]
    assert failed["number"] in [e164 for e164, _national in held] and "Emulated HTTP 206" in failed["error"]["msg"]
    assert partial["msg"].startswith("1 of 5 numbers failed") and failed["number"] in partial["msg"]
    assert "Emulated HTTP 206" in partial["msg"]
    assert writes(between(qb, res, "questblue", "m0", "m1")).count(("POST", "/did")) == 1

    # the re-run converges the failed number only, and buys nothing again
    retry = outcome(res, "retry")
    assert retry["counts"] == counts(updated=1, unchanged=4) and actions(retry)[failed["number"]] == "updated"
    assert writes(between(qb, res, "questblue", "m1", "m2")) == [("PUT", "/did")]
    assert qb_dids(qb)[failed["number"][2:]]["note"] == "new"

    # an order whose answer is lost: re-read, never re-sent
    settled = res.task("unsure")
    assert settled["result"]["counts"] == counts(ordered=2)
    assert writes(between(qb, res, "questblue", "m2", "m3")) == [("POST", "/did")]
    assert any("re-read shows" in warning for warning in settled["warnings"]), settled["warnings"]
    assert all(national in qb_dids(qb) for _e164, national in unsure)

    half = res.task("half a batch")
    assert half["result"]["counts"] == counts(ordered=1, failed=1)
    assert actions(half["result"]) == {"+19195550117": "ordered", "+19195550200": "failed"}
    assert "DID 9195550200 is not available" in half["msg"] and half["msg"].startswith("1 of 2 numbers failed")
    assert writes(between(qb, res, "questblue", "m3", "m4")) == [("POST", "/did")]
    assert "9195550117" in qb_dids(qb) and "9195550200" not in qb_dids(qb)


def test_voipms_one_failed_write_and_an_order_of_unknown_outcome(fresh_emulator, run_playbook):
    vm = fresh_emulator
    new, unsure = numbers("713555", 100, 3), numbers("713555", 103, 1)
    held = "7135550120"
    # the carrier refuses the one update (its own status code); the orders of the same task go through
    vm.seed(carrier="voipms", dids=[{"did": held, "note": "old"}],
            inject=[{"method": "setDIDInfo", "status": "invalid_note", "message": "Note refused", "times": 1}])
    items = [{"number": e164, "description": "fleet"} for e164, _national in new + [("+1" + held, held)]]
    # the plan's dry-run order (test=1) of the unsure number passes; the order itself gets a 500
    dry_run = {"carrier": "voipms", "function": "orderDID", "kind": "latency", "delay": 0}
    lost = {"carrier": "voipms", "function": "orderDID", "kind": "status", "status": 500}
    res = run_playbook(play(
        mark(vm, "m0"), bulk("partial", numbers=items, ignore_errors=True),
        mark(vm, "m1"), bulk("retry", numbers=items),
        fault(vm, "let the dry run through", dry_run), fault(vm, "a 500 on the order", lost),
        mark(vm, "m2"), bulk("unsure", numbers=[{"number": e164} for e164, _national in unsure], ignore_errors=True),
        mark(vm, "m3"), bulk("unsure again", numbers=[{"number": e164} for e164, _national in unsure]),
        mark(vm, "m4"), creds=vm.credentials("voipms"), name="voipms"))
    assert [r["task"] for r in res.failed] == ["partial", "unsure"], res.describe()

    partial = res.task("partial")
    assert partial["result"]["counts"] == counts(ordered=3, failed=1) and partial["result"]["changed"] is True
    [failed] = [entry for entry in partial["result"]["numbers"] if entry["action"] == "failed"]
    assert failed["number"] == "+1" + held and failed["error"]["carrier_code"] == "invalid_note"
    assert partial["msg"].startswith("1 of 4 numbers failed") and "+1%s: voipms API error invalid_note" % held in \
        partial["msg"], partial["msg"]

    # the re-run converges the failed number, and buys nothing again
    retry = outcome(res, "retry")
    assert retry["counts"] == counts(updated=1, unchanged=3)
    assert writes(between(vm, res, "voipms", "m1", "m2")) == [("setDIDInfo", held)]
    assert all(vm_dids(vm)[national]["note"] == "fleet" for _e164, national in new + [(None, held)])

    # a 500 on the order: re-read (not bought), never re-sent, and the task says so; a re-run buys it once
    unsure_task = res.task("unsure")
    assert unsure_task["result"]["counts"] == counts(failed=1)
    assert "not sent again" in unsure_task["msg"], unsure_task["msg"]
    orders = [call for call in writes(between(vm, res, "voipms", "m2", "m4")) if call[0] == "orderDID"]
    assert orders == [("orderDID", unsure[0][1])] * 2, orders
    assert outcome(res, "unsure again")["counts"] == counts(ordered=1) and unsure[0][1] in vm_dids(vm)


def test_questblue_trunk_is_read_once_for_a_batch(fresh_emulator, run_playbook):
    qb = fresh_emulator
    # a slow trunk read, so that the four numbers' plans overlap as they would at a real carrier
    qb.fault(carrier="questblue", method="GET", path="/siptrunk", kind="latency", delay=0.5, times=4)
    mark_before = qb.last_seq()
    run_playbook(play(bulk(numbers=[{"number": e164} for e164, _national in numbers("919555", 100, 4)],
                           defaults={"tier": "1", "trunk": "demotrunk"}),
                      creds=qb.credentials("questblue"))).assert_ok(changed=True)
    assert calls(qb.requests("questblue", since=mark_before)).count(("GET", "/siptrunk")) == 1
