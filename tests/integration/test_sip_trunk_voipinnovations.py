"""voip.carrier.sip_trunk and sip_trunk_info against the emulated VoIP Innovations SOAP API (its
trunks are endpoint groups, which its API can only activate or deactivate), through real
ansible-playbook runs: one playbook of many tasks per scenario."""

from __future__ import annotations

import pytest

from helpers import play, task
from test_did_voipinnovations import CARRIER, SECRET, operations


@pytest.fixture
def vi(fresh_emulator):
    return fresh_emulator


@pytest.fixture
def vi_creds(vi):
    return vi.credentials(CARRIER)


def active(emulator, group_id):
    return emulator.state(CARRIER)["accounts"]["demo-vi"]["endpoint_groups"][str(group_id)]["Active"]


def trunk(title, check=False, **options):
    entry = dict(task("sip_trunk", title, register=title.replace(" ", "_").lower(), **options), ignore_errors=True)
    if check:
        entry["check_mode"] = True
    return entry


def test_enable_disable_rerun_list_and_refusals(vi, vi_creds, run_playbook):
    mark = vi.last_seq()
    res = run_playbook(play(
        task("sip_trunk_info", "List"),
        trunk("Activate in check mode", check=True, name="Old Lab", enabled=True),
        trunk("Activate", name="Old Lab", enabled=True),
        trunk("Activate again", name="Old Lab", enabled=True),
        trunk("Deactivate by ID", name="13552", enabled=False),
        trunk("Delete", name="Primary PBX", state="absent"),
        trunk("Change its addresses", name="Primary PBX", ip_address="192.0.2.10"),
        trunk("A group the account lacks", name="New PBX", enabled=True),
        creds=vi_creds, name=CARRIER), verbosity=4)

    groups = res.task("List")["result"]["sip_trunks"]
    assert [group["name"] for group in groups] == ["Backup SBC", "Old Lab", "Primary PBX"]
    assert groups[2] == {"name": "Primary PBX", "enabled": True, "auth_type": "ip", "ip_address": "203.0.113.10",
                         "id": 13550, "ip_addresses": ["203.0.113.10", "203.0.113.11"], "port": 5060, "prepend": "",
                         "rate_deck": "Standard", "strip_plus": False, "strip_country_code": False,
                         "international_calls": False, "mtd_usage": 42.17, "client": "Demo Client", "provider": CARRIER}
    assert res.task("Activate in check mode")["changed"] is True
    assert res.task("Activate")["result"]["sip_trunk"]["enabled"] is True
    again = res.task("Activate again")["result"]
    assert again["changed"] is False and again["api_calls"] == {"reads": 1, "writes": 0, "retries": 0, "total": 1}
    assert res.task("Deactivate by ID")["changed"] is True and not active(vi, 13552)
    for title, field in (("Delete", "state"), ("Change its addresses", "ip_address"), ("A group the account lacks", "name")):
        result = res.task(title)["result"]
        assert res.task(title)["failed"] and result["field"] == field, title
        assert "Back Office" in result["msg"], title
    assert res.task("Delete")["result"]["api_calls"]["total"] == 0
    assert res.task("Change its addresses")["result"]["api_calls"]["total"] == 0
    lacking = res.task("A group the account lacks")["result"]
    assert lacking["api_calls"] == {"reads": 1, "writes": 0, "retries": 0, "total": 1}
    # The check-mode run and the re-run wrote nothing, the refusals sent nothing after their read.
    assert operations(vi, mark, writes_only=True) == ["ActivateEndpointGroup", "DeactivateEndpointGroup"]
    res.assert_no_secrets(SECRET)
