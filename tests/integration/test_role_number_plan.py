"""The number_plan role beyond its molecule scenario: bad variables fail at the start (argument_specs)
before any request, and the shipped playbook (playbooks/number_plan.yml) writes nothing without
-e confirm=true (a play-level check_mode, which ansible_check_mode does not show: the roles probe
for it), converges with it, and prints no credential at -v."""

from __future__ import annotations

from conftest import INSTALLED_COLLECTION
from helpers import role_play

PLAYBOOK = INSTALLED_COLLECTION / "playbooks" / "number_plan.yml"
ROLE_PLAY = role_play("number_plan")
NUMBERS = [{"number": "+19195550120", "description": "Reception"}, {"number": "+19195550121"}]


def test_bad_variables_fail_at_the_start_before_any_request(fresh_emulator, run_playbook):
    mark = fresh_emulator.last_seq()
    accounts = [{"name": "office", "provider": "questblu", "numbers": "+19195550120", "colour": "blue"}]
    res = run_playbook(ROLE_PLAY, extra_vars={"number_plan_accounts": accounts})
    failure = res.assert_failed()
    assert "Validating arguments against arg spec" in failure["task"]
    for problem in ("provider", "questblu", "numbers", "colour"):
        assert problem in str(failure["msg"])
    assert fresh_emulator.requests(since=mark) == []


def test_shipped_playbook_previews_without_confirm_and_writes_with_it(fresh_emulator, run_playbook):
    creds = fresh_emulator.credentials("questblue")
    # The account's connection comes from VOIP_CARRIER_* (as AWX injects it): only the plan is a variable.
    # Its trunk does not exist yet: the preview (a play-level check_mode, not --check) must still run.
    plan = {"number_plan_accounts": [{"name": "office", "trunks": [{"name": "newpbx", "auth_type": "ip",
                                                                    "ip_address": "203.0.113.10"}],
                                      "defaults": {"tier": "1", "trunk": "newpbx"}, "numbers": NUMBERS}]}
    mark = fresh_emulator.last_seq()
    preview = run_playbook(PLAYBOOK, extra_vars=plan, env=fresh_emulator.env("questblue"), verbosity=1)
    preview.assert_ok()
    assert preview.task("voip.carrier.number_plan : Converge the numbers in one task at office")["changed"] is True
    assert fresh_emulator.requests(since=mark) and fresh_emulator.writes(since=mark) == []
    assert "office (questblue): would create 2" in preview.stdout and "previewed without routing to them: newpbx" in preview.stdout
    preview.assert_no_secrets(creds["api_password"], creds["api_key"])

    confirmed = run_playbook(PLAYBOOK, extra_vars={**plan, "confirm": True}, env=fresh_emulator.env("questblue"))
    confirmed.assert_ok()
    held = {row["did"] for row in fresh_emulator.state("questblue")["accounts"]["demo"]["dids"]}
    assert {"9195550120", "9195550121"} <= held
    assert "office (questblue): created 2" in confirmed.stdout
    routed = {row["did"]: row["route2trunk"] for row in fresh_emulator.state("questblue")["accounts"]["demo"]["dids"]}
    assert routed["9195550120"] == routed["9195550121"] == "newpbx"
