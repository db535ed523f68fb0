"""voip.carrier.did_bulk at QuestBlue and VoIP.ms, through real ansible-playbook runs against the emulator.

What a bulk task promises, witnessed by the emulator's request log: new numbers are bought in the
carrier's batch call where it has one (QuestBlue: one POST /did per tier and trunk), a re-run
reads the account with the snapshot's list calls only and writes nothing, one write per number
that drifted, ``purge`` guarded by ``max_releases``, bad items refused before any request, a
carrier error on one number does not stop the others and a re-run buys nothing twice, and secrets
never show.

Each test is one playbook of several tasks (ansible-playbook's start-up is most of a run's time
and the file joins a suite that runs on two workers). ``mark`` tasks between them record the
emulator's last request number, so the log is still read task by task."""

from __future__ import annotations

import json
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
    return {"name": name, "ansible.builtin.uri": {"url": emulator.base_url + "/_emulator/faults", "method": "POST",
                                                   "body_format": "json", "body": rule}}


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
    """QuestBlue: (method, path); VoIP.ms: (function, did) of each request."""
    named = []
    for entry in requests:
        if entry["carrier"] == "voipms":
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


# ==== lifecycle: order, re-run, drift, defaults, check and diff, purge and its guard =================

def test_questblue_lifecycle(fresh_emulator, run_playbook):
    qb = fresh_emulator
    new, held = numbers("919555", 100, 4), numbers("919555", 104, 6)
    qb.seed(carrier="questblue", owned=[{"did": national, "tier": "1", "note": "fleet", "route2trunk": "demotrunk"}
                                        for _, national in held])
    defaults = {"tier": "1", "trunk": "demotrunk", "description": "fleet"}
    items = [{"number": new[0][0], "description": "reception"}] + [{"number": e164} for e164, _ in new[1:] + held]
    drifted = [dict(item, description="moved") if index in (5, 6, 7) else item for index, item in enumerate(items)]
    kept = items[:7]                     # purge releases the last three
    res = run_playbook(play(
        mark(qb, "m0"), bulk("order", numbers=items, defaults=defaults),
        mark(qb, "m1"), bulk("rerun", numbers=items, defaults=defaults),
        mark(qb, "m2"), bulk("preview", numbers=drifted, defaults=defaults, check_mode=True, diff=True),
        mark(qb, "m3"), bulk("drift", numbers=drifted, defaults=defaults),
        mark(qb, "m4"), bulk("over the guard", numbers=kept, purge=True, max_releases=2, ignore_errors=True),
        bulk("purge preview", numbers=kept, purge=True, max_releases=3, check_mode=True),
        mark(qb, "m5"), bulk("purge", numbers=kept, purge=True, max_releases=3), mark(qb, "m6"),
        creds=qb.credentials("questblue")))
    assert [r["task"] for r in res.failed] == ["over the guard"], res.describe()

    # order: ONE POST /did carries the four numbers of one tier and trunk; defaults where the item is silent
    ordered = outcome(res, "order")
    assert ordered["changed"] and ordered["counts"] == counts(ordered=4, unchanged=6)
    assert [actions(ordered)[e164] for e164, _ in new] == ["ordered"] * 4
    requests = between(qb, res, "questblue", "m0", "m1")
    posts = [json.loads(r["body"]) for r in requests if r["method"] == "POST"]
    assert len(posts) == 1 and sorted(posts[0]["did"]) == [int(national) for _, national in new], res.describe()
    assert posts[0]["tier"] == "1" and posts[0]["route2trunk"] == "demotrunk"
    assert sorted(writes(requests)) == [("POST", "/did")] + [("PUT", "/did")] * 4      # the descriptions
    # ...the emulator state after the whole play: the item's own description won over the default
    assert [qb_dids(qb)[national]["note"] for _, national in new] == ["reception", "fleet", "fleet", "fleet"]

    # re-run: the snapshot's GET /did, nothing else
    rerun = outcome(res, "rerun")
    assert not rerun["changed"] and rerun["counts"] == counts(unchanged=10)
    assert set(calls(between(qb, res, "questblue", "m1", "m2"))) == {("GET", "/did")}

    # check mode and diff: a per-number diff, nothing written
    preview = outcome(res, "preview")
    assert preview["changed"] and preview["counts"] == counts(updated=3, unchanged=7)
    assert [(d["before"]["did"]["description"], d["after"]["did"]["description"]) for d in preview["diff"]] == \
        [("fleet", "moved")] * 3
    assert [d["before_header"] for d in preview["diff"]] == ["%s (before)" % e164 for e164, _ in held[1:4]]
    assert writes(between(qb, res, "questblue", "m2", "m3")) == []

    # three numbers drifted of ten held: three PUT /did, each with the description only
    drift = outcome(res, "drift")
    assert drift["counts"] == counts(updated=3, unchanged=7)
    assert {entry["number"]: entry.get("changes") for entry in drift["numbers"] if entry["action"] == "updated"} == \
        {e164: ["description"] for e164, _ in held[1:4]}
    puts = [json.loads(r["body"]) for r in between(qb, res, "questblue", "m3", "m4") if r["write"]]
    assert sorted(puts, key=lambda body: body["did"]) == [{"did": int(national), "note": "moved"}
                                                          for _, national in held[1:4]]

    # purge: beyond max_releases fails before any write, naming the numbers; check mode lists them
    going = [e164 for e164, _ in held[3:]]
    guard = res.task("over the guard")
    assert guard["msg"].startswith("max_releases:") and "more than max_releases (2)" in guard["msg"], guard["msg"]
    assert all(number in guard["msg"] for number in going)
    assert {number for number, action in actions(outcome(res, "purge preview")).items() if action == "released"} == \
        set(going)
    assert writes(between(qb, res, "questblue", "m4", "m5")) == []
    purge = outcome(res, "purge")
    assert purge["counts"] == counts(released=3, unchanged=7)
    assert writes(between(qb, res, "questblue", "m5", "m6")) == [("DELETE", "/did")] * 3
    assert sorted(qb_dids(qb)) == sorted(national for _, national in new + held[:3])


def test_voipms_lifecycle(fresh_emulator, run_playbook):
    vm = fresh_emulator
    new, held = numbers("713555", 100, 3), numbers("713555", 103, 7)
    # fields the task never sets: setDIDInfo replaces the record, the read-merge-write keeps them
    vm.seed(carrier="voipms", dids=[{"did": national, "note": "fleet", "callerid_prefix": "HOU", "dialtime": "45",
                                     "failover_busy": "sys:busy"} for _, national in held])
    defaults = {"description": "fleet"}
    items = [{"number": new[0][0], "description": "reception"}] + [{"number": e164} for e164, _ in new[1:] + held]
    drifted = [dict(item, description="moved") if index in (4, 5, 6) else item for index, item in enumerate(items)]
    kept = items[:7]
    res = run_playbook(play(
        mark(vm, "m0"), bulk("order", numbers=items, defaults=defaults),
        mark(vm, "m1"), bulk("rerun", numbers=items, defaults=defaults),
        mark(vm, "m2"), bulk("preview", numbers=drifted, defaults=defaults, check_mode=True, diff=True),
        mark(vm, "m3"), bulk("drift", numbers=drifted, defaults=defaults),
        mark(vm, "m4"), bulk("over the guard", numbers=kept, purge=True, max_releases=2, ignore_errors=True),
        bulk("purge preview", numbers=kept, purge=True, max_releases=3, check_mode=True),
        mark(vm, "m5"), bulk("purge", numbers=kept, purge=True, max_releases=3), mark(vm, "m6"),
        creds=vm.credentials("voipms"), name="voipms"))
    assert [r["task"] for r in res.failed] == ["over the guard"], res.describe()

    # order: one orderDID per number (VoIP.ms has no batch order), with the description
    ordered = outcome(res, "order")
    assert ordered["counts"] == counts(ordered=3, unchanged=7)
    requests = between(vm, res, "voipms", "m0", "m1")
    assert sorted(function for function, did in writes(requests) if function == "orderDID") == ["orderDID"] * 3
    assert sorted(did for function, did in writes(requests) if function == "orderDID") == [n for _, n in new]
    assert [vm_dids(vm)[national]["note"] for _, national in new] == ["reception", "fleet", "fleet"]

    # re-run: one getDIDsInfo, no write
    rerun = outcome(res, "rerun")
    assert not rerun["changed"] and rerun["counts"] == counts(unchanged=10)
    assert [function for function, _ in calls(between(vm, res, "voipms", "m1", "m2"))] == ["getDIDsInfo"]

    preview = outcome(res, "preview")
    assert preview["counts"] == counts(updated=3, unchanged=7) and len(preview["diff"]) == 3
    assert {d["after"]["did"]["description"] for d in preview["diff"]} == {"moved"}
    assert writes(between(vm, res, "voipms", "m2", "m3")) == []

    # three numbers drifted: exactly three setDIDInfo, and what the task does not set survives
    assert outcome(res, "drift")["counts"] == counts(updated=3, unchanged=7)
    assert sorted(writes(between(vm, res, "voipms", "m3", "m4"))) == [("setDIDInfo", n) for _, n in held[1:4]]
    for _, national in held[1:4]:
        row = vm_dids(vm)[national]
        assert row["note"] == "moved" and row["callerid_prefix"] == "HOU" and row["dialtime"] == "45"
        assert row["failover_busy"] == "sys:busy"

    going = [e164 for e164, _ in held[4:]]
    guard = res.task("over the guard")
    assert guard["msg"].startswith("max_releases:") and all(number in guard["msg"] for number in going), guard["msg"]
    assert {n for n, action in actions(outcome(res, "purge preview")).items() if action == "released"} == set(going)
    assert writes(between(vm, res, "voipms", "m4", "m5")) == []
    assert outcome(res, "purge")["counts"] == counts(released=3, unchanged=7)
    assert sorted(writes(between(vm, res, "voipms", "m5", "m6"))) == [("cancelDID", n) for _, n in held[4:]]
    assert sorted(vm_dids(vm)) == sorted(national for _, national in new + held[:4])
