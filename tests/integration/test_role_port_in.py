"""The port_in role beyond its molecule scenario: bad variables and a VoIP Innovations gaining account
fail at the start before any request, and the shipped playbook (playbooks/port_in.yml) submits
nothing without -e confirm=true and prints no secret at -v."""

from __future__ import annotations

from conftest import INSTALLED_COLLECTION, REPO_ROOT
from helpers import role_play

PLAYBOOK = INSTALLED_COLLECTION / "playbooks" / "port_in.yml"
ROLE_PLAY = role_play("port_in")
SSN = "9876"
PORT = {"numbers": ["+13365551234"], "losing_carrier": "Old Telco", "account_number": "A-123",
        "authorized_contact": "Jane Doe", "street_number": "100", "street_name": "Main St", "city": "Greensboro",
        "region": "NC", "postal_code": "27401", "billing_number": "+13365551234", "ssn_last4": SSN,
        "bill_file": str(REPO_ROOT / "playbooks" / "files" / "demo-bill.pdf"), "configure": {"description": "Ported"}}


def test_bad_variables_fail_at_the_start_before_any_request(fresh_emulator, run_playbook):
    mark = fresh_emulator.last_seq()
    res = run_playbook(ROLE_PLAY, extra_vars={"port_in_requests": [{"losing_carrier": "Old Telco", "numbrs": ["x"]}],
                                              "port_in_wait_timeout": "soon"})
    failure = res.assert_failed()
    assert "Validating arguments against arg spec" in failure["task"]
    for problem in ("numbers", "numbrs", "port_in_wait_timeout"):
        assert problem in str(failure["msg"])
    assert fresh_emulator.requests(since=mark) == []


def test_voip_innovations_refused_before_any_request(fresh_emulator, run_playbook):
    mark = fresh_emulator.last_seq()
    request = {**fresh_emulator.credentials("voipinnovations"), "name": "vi", **PORT}
    res = run_playbook(ROLE_PLAY, extra_vars={"port_in_requests": [request], "confirm": True})
    res.assert_failed("VoIP Innovations cannot port numbers in through its API")
    assert fresh_emulator.requests(since=mark) == []


def test_shipped_playbook_submits_nothing_without_confirm(fresh_emulator, run_playbook):
    creds = fresh_emulator.credentials("voipms")
    mark = fresh_emulator.last_seq()
    res = run_playbook(PLAYBOOK, extra_vars={"port_in_requests": [{**creds, "name": "vms", **PORT}],
                                             "port_in_wait_timeout": 30, "port_in_wait_interval": 1},
                       verbosity=1)
    res.assert_ok()
    assert res.task("voip.carrier.port_in : Submit the port-in of +13365551234")["changed"] is True  # what it would do
    assert fresh_emulator.requests(since=mark) and fresh_emulator.writes(since=mark) == []
    assert "vms: +13365551234 not submitted (check mode: would be submitted)" in res.stdout
    res.assert_no_secrets(creds["api_password"], SSN)
