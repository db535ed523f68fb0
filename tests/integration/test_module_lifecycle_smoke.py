"""Every module of the collection at each carrier, through its whole life, in four ansible-playbook
runs per carrier: create in check mode, create, re-run (no write), remove (twice, the second time
unchanged). The info modules and Ansible's own argument checks (choices, required options) ride
along.

It is the core of `make compat` (tests/compat/smoke.txt), which runs it with the lowest
ansible-core the collection claims (meta/runtime.yml): a few runs of many tasks cost far less than
one run per step, since each ansible-playbook start costs seconds. The detailed behaviour of each
module is tested in its own file; this one only proves every path runs under the ansible-core at
hand. The main integration run, where those files already run on the current ansible-core, skips
it (about 2 minutes of CPU); VOIP_CARRIER_COMPAT=1, which tests/tools/compat.sh sets, runs it.
"""

from __future__ import annotations

import os

import pytest

from helpers import account, seed_owned, vm_account, vm_calls

pytestmark = pytest.mark.skipif(
    os.environ.get("VOIP_CARRIER_COMPAT") != "1",
    reason="compat smoke (make compat): the other files test each module on this ansible-core; VOIP_CARRIER_COMPAT=1 runs it")

# Options that Ansible itself refuses before the module's code runs (the argument spec).
ANSIBLE_REFUSALS = [
    ("did", {"number": "+19195550100", "state": "gone"}, "value of state must be one of: present, absent, got: gone"),
    ("sip_trunk", {"description": "no name"}, "missing required arguments: name"),
]


def questblue_setup(emulator, tmp_path):
    """QuestBlue: an owned tier-1 number for e911, an owned tier-1b number for sms, the port's bill."""
    seed_owned(emulator, "9195550100")
    seed_owned(emulator, "9195550200", tier="1b")
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 a bill\n")
    return {
        "did": {"number": "+19195550300", "tier": "1", "description": "sales", "cnam": True,
                "failover": {"ip_address": "198.51.100.20", "calls": 3, "minutes": 5}},
        "sip_trunk": {"name": "pbx1", "auth_type": "ip", "ip_address": "198.51.100.10", "password": "Secret1234"},
        "sms_config": {"number": "+19195550200", "email": "sms@example.com"},
        "e911": {"number": "+19195550100", "name": "ACME Corp", "street_number": "100", "street_name": "Main St",
                 "city": "Raleigh", "region": "NC", "postal_code": "27601"},
        "fax_user": {"login": "jdoe", "password": "FaxPass1", "first_name": "Jane", "last_name": "Doe",
                     "email": "jdoe@example.com", "group": "support", "group_description": "Support team"},
        "lnp_request": {"numbers": ["+13365551234"], "losing_carrier": "Old Telco", "account_number": "A-123",
                        "authorized_contact": "Jane Doe", "contact_title": "CTO", "street_number": "100",
                        "street_name": "Main St", "city": "Greensboro", "region": "NC", "postal_code": "27401",
                        "billing_number": "3365551234", "bill_file": str(bill), "location": "business",
                        "company": "ACME Corp"},
    }


def voipms_setup(emulator, tmp_path):
    """VoIP.ms: an owned SMS-capable number for sms and e911, a fax number, the port's bill."""
    emulator.seed(carrier="voipms", dids=[{"did": "7862285600"}])
    emulator.seed(carrier="voipms", fax_numbers=[{"did": "3055550700", "country": "US", "state": "FL"}])
    bill = tmp_path / "bill.pdf"
    bill.write_bytes(b"%PDF-1.4 a bill\n")
    return {
        "did": {"number": "+17862285601", "description": "sales", "cnam": True, "dial_time": 30,
                "billing_type": "flat", "routing": "sys:echo"},
        "sip_trunk": {"name": "pbx2", "auth_type": "credentials", "password": "Str0ngPassw0rd",
                      "codecs": ["g729", "ulaw"], "description": "Main PBX"},
        "sms_config": {"number": "+17862285600", "email": "sms@example.com"},
        "e911": {"number": "+17862285600", "name": "ACME Corp", "street_number": "100", "street_name": "Main St",
                 "city": "Miami", "region": "FL", "postal_code": "33101", "email": "e911@example.com"},
        "fax_user": {"login": "scanner@example.com", "password": "Code1234", "from_number": "305-555-0700"},
        "lnp_request": {"numbers": ["+13365551234"], "losing_carrier": "Old Telco", "account_number": "A-123",
                        "authorized_contact": "Jane Doe", "street_number": "100", "street_name": "Main St",
                        "city": "Greensboro", "region": "NC", "postal_code": "27401", "bill_file": str(bill),
                        "ssn_last4": "1234"},
    }


SETUPS = {"questblue": questblue_setup, "voipms": voipms_setup}
# What identifies each resource for state=absent (VoIP.ms cannot cancel a port-in: not removed there).
KEYS = {"did": "number", "sip_trunk": "name", "sms_config": "number", "e911": "number", "fax_user": "login"}
INFO_MODULES = ("did_info", "sip_trunk_info", "lnp_request_info")


def playbook(creds, *tasks):
    return [{"name": "lifecycle", "hosts": "localhost", "gather_facts": False,
             "module_defaults": {"group/voip.carrier.all": dict(creds)}, "tasks": list(tasks)}]


def module_task(module, options, name=None, **keywords):
    return dict({"name": name or module, "voip.carrier.%s" % module: options}, **keywords)


def present_tasks(resources):
    return [module_task(module, options) for module, options in resources.items()]


def absent_tasks(resources, carrier):
    tasks = []
    removable = dict(KEYS, **({"lnp_request": "numbers"} if carrier == "questblue" else {}))
    # dependants first, the number last
    for module in ("sms_config", "e911", "fax_user", "lnp_request", "sip_trunk", "did"):
        if module not in removable:
            continue
        options = {removable[module]: resources[module][removable[module]], "state": "absent"}
        tasks.append(module_task(module, options, name="remove " + module))
        tasks.append(module_task(module, options, name="remove " + module + " again"))
    return tasks


def changed_by_task(result):
    """Each task's changed flag; on the way, no run may report a deprecation of ours or Ansible's."""
    assert "[DEPRECATION WARNING]" not in result.output, result.describe()
    assert not [record for record in result.results if record["deprecations"]], result.describe()
    return {record["task"]: record["changed"] for record in result.results}


@pytest.mark.parametrize("carrier", ["questblue", "voipms"])
def test_every_module_creates_reruns_and_removes(fresh_emulator, run_playbook, tmp_path, carrier):
    emulator = fresh_emulator
    creds = emulator.credentials(carrier)
    secrets = [creds["api_password"], creds.get("api_key")]
    resources = SETUPS[carrier](emulator, tmp_path)
    modules = list(resources)

    # 1. check mode with --diff: every resource would change, nothing is written
    mark = emulator.last_seq()
    check = run_playbook(playbook(creds, *present_tasks(resources)), check=True, diff=True).assert_ok(changed=True)
    assert changed_by_task(check) == {module: True for module in modules}
    assert emulator.writes(carrier, since=mark) == []
    assert check.task("sip_trunk")["diff"]["after"]["name"] == resources["sip_trunk"]["name"]

    # 2. create, at -vvv: every resource changes and no secret shows
    created = run_playbook(playbook(creds, *present_tasks(resources)), verbosity=3).assert_ok(changed=True)
    assert changed_by_task(created) == {module: True for module in modules}
    created.assert_no_secrets(*secrets, resources["sip_trunk"]["password"], resources["fax_user"]["password"])
    assert created.task("lnp_request")["result"]["lnp_request"]["status"] == "submitted"

    # 3. re-run with the info modules and Ansible's own refusals: no change, no write
    refusals = [module_task(module, options, name="refused " + module, ignore_errors=True)
                for module, options, _message in ANSIBLE_REFUSALS]
    infos = [module_task(module, {}) for module in INFO_MODULES]
    mark = emulator.last_seq()
    again = run_playbook(playbook(creds, *present_tasks(resources), *infos, *refusals)).assert_ok(changed=False)
    assert emulator.writes(carrier, since=mark) == [] and not any(changed_by_task(again).values())
    for module, _options, message in ANSIBLE_REFUSALS:
        refused = again.task("refused " + module)
        assert refused["failed"] and message in refused["msg"], refused
    listed = {d["number"] for d in again.task("did_info")["result"]["dids"]}
    assert resources["did"]["number"] in listed
    assert resources["sip_trunk"]["name"] in {t["name"] for t in again.task("sip_trunk_info")["result"]["sip_trunks"]}
    assert again.task("lnp_request_info")["result"]["lnp_requests"]
    if carrier == "questblue":  # a module warning reaches the play
        assert any("cannot be verified" in w for w in again.task("e911")["warnings"]), again.describe()

    # 4. remove (dependants first), then again: the second removal changes nothing
    removed = run_playbook(playbook(creds, *absent_tasks(resources, carrier))).assert_ok(changed=True)
    for name, changed in changed_by_task(removed).items():
        assert changed is not name.endswith(" again"), (name, removed.describe())
    if carrier == "questblue":
        assert resources["fax_user"]["login"] not in {u["fax_login"] for u in account(emulator)["fax_users"]}
        assert "9195550300" not in {d["did"] for d in account(emulator)["dids"]}
    else:
        assert vm_account(emulator)["email_to_fax"] == {} and "7862285601" not in vm_account(emulator)["dids"]
        assert "cancelDID" in vm_calls(emulator, since=mark, writes_only=True)
