"""voip.carrier.sip_trunk and sip_trunk_info against the emulated QuestBlue API."""

from __future__ import annotations

import json

import pytest

from helpers import account, creds, play, qb, seed_owned, task  # noqa: F401  pylint: disable=unused-import


def trunk(qb, name):
    return {t["trunk"]: t for t in account(qb)["trunks"]}.get(name)


def test_create_then_rerun_makes_no_write(qb, creds, run_playbook):
    options = {"name": "pbx1", "auth_type": "ip", "ip_address": "198.51.100.10", "password": "Secret1234",
               "international_calls": True, "international_limit": 50}
    first = run_playbook(play(task("sip_trunk", **options), creds=creds)).assert_ok(changed=True)
    result = first.task("sip_trunk")["result"]["sip_trunk"]
    assert result == {"name": "pbx1", "auth_type": "ip", "ip_address": "198.51.100.10", "enabled": True,
                      "international_calls": True, "numbers": [], "provider": "questblue"}
    stored = trunk(qb, "pbx1")
    assert stored["password"] == "Secret1234" and stored["inter_limit"] == 50 and stored["type"] == "static"

    mark = qb.last_seq()
    second = run_playbook(play(task("sip_trunk", **options), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []
    out = second.task("sip_trunk")["result"]
    assert out["not_compared"] == ["international_limit", "password"]
    assert out["api_calls"]["reads"] == 1
    second.assert_no_secrets("Secret1234")


def test_check_mode_creates_nothing(qb, creds, run_playbook):
    mark = qb.last_seq()
    run_playbook(play(task("sip_trunk", name="pbx2", ip_address="198.51.100.11"), creds=creds),
                 check=True).assert_ok(changed=True)
    assert qb.writes("questblue", since=mark) == [] and trunk(qb, "pbx2") is None


@pytest.mark.parametrize("options, field, expected", [
    ({"ip_address": "203.0.113.5"}, "ip_address", "203.0.113.5"),
    ({"enabled": False}, "status", "off"),
    ({"international_calls": True}, "inter_call", "on"),
])
def test_each_setting_is_updated_and_converges(qb, creds, run_playbook, options, field, expected):
    qb.seed(carrier="questblue", trunks=[{"trunk": "pbx3", "status": "on", "ip_address": "192.0.2.33"}])
    res = run_playbook(play(task("sip_trunk", name="pbx3", **options), creds=creds), diff=True)
    res.assert_ok(changed=True)
    assert trunk(qb, "pbx3")[field] == expected
    mark = qb.last_seq()
    run_playbook(play(task("sip_trunk", name="pbx3", **options), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


def test_password_rotation_with_update_password_always(qb, creds, run_playbook):
    qb.seed(carrier="questblue", trunks=[{"trunk": "pbx4", "status": "on", "ip_address": "192.0.2.44",
                                          "password": "OldPass123"}])
    res = run_playbook(play(task("sip_trunk", name="pbx4", password="NewPass456", update_password="always"),
                            creds=creds), diff=True, verbosity=3)
    res.assert_ok(changed=True)
    assert trunk(qb, "pbx4")["password"] == "NewPass456"
    res.assert_no_secrets("NewPass456", creds["api_password"], creds["api_key"])
    [write] = qb.writes("questblue")
    assert json.loads(write["body"]) == {"trunk": "pbx4", "password": "NewPass456"}


def test_created_disabled_trunk_is_disabled(qb, creds, run_playbook):
    run_playbook(play(task("sip_trunk", name="pbx5", ip_address="198.51.100.55", enabled=False),
                      creds=creds)).assert_ok(changed=True)
    assert trunk(qb, "pbx5")["status"] == "off"


def test_routed_numbers_are_reported_and_delete_warns(qb, creds, run_playbook):
    qb.seed(carrier="questblue", trunks=[{"trunk": "pbx6", "status": "on", "ip_address": "192.0.2.66"}])
    seed_owned(qb, "9195550100", route2trunk="pbx6")
    res = run_playbook(play(
        {"name": "info", "voip.carrier.sip_trunk_info": {"name": "pbx6"}, "register": "x"},
        task("sip_trunk", title="delete", name="pbx6", state="absent"),
        creds=creds)).assert_ok()
    info = res.task("info")["result"]["sip_trunks"]
    assert info[0]["numbers"] == ["+19195550100"]
    assert any("unrouted" in w for w in res.task("delete")["result"]["warnings"])
    assert trunk(qb, "pbx6") is None
    mark = qb.last_seq()
    run_playbook(play(task("sip_trunk", name="pbx6", state="absent"), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


def test_sip_trunk_info_lists_all(qb, creds, run_playbook):
    qb.seed(carrier="questblue", trunks=[{"trunk": "t%02d" % i, "status": "on", "ip_address": "192.0.2.%d" % (i + 1)}
                                         for i in range(30)])
    res = run_playbook(play({"name": "all", "voip.carrier.sip_trunk_info": {}}, creds=creds)).assert_ok(changed=False)
    names = [t["name"] for t in res.task("all")["result"]["sip_trunks"]]
    assert len(names) == 31 and "demotrunk" in names


@pytest.mark.parametrize("options, message", [
    ({"name": "bad name"}, "name: 'bad name' is not a questblue trunk name"),
    ({"name": "x" * 16}, "is not a questblue trunk name: 1-15 letters and digits"),
    ({"name": "pbx", "password": "a!"}, "password: must be 4-48 letters and digits at questblue"),
    ({"name": "pbx", "ip_address": "300.1.1.1"}, "ip_address: '300.1.1.1' is not an IPv4 or IPv6 address"),
    ({"name": "pbx", "ip_address": "192.0.2.1", "international_limit": 5000},
     "international_limit: must be between 1 and 1000"),
    ({"name": "pbx", "auth_type": "credentials", "ip_address": "192.0.2.1"},
     "ip_address: a credentials (registration) trunk has no IP address"),
    ({"name": "pbx"}, "ip_address: an IP-authenticated trunk needs ip_address or host to be created"),
    ({"name": "pbx", "ip_address": "192.0.2.1", "host": "pbx.example.com"},
     "parameters are mutually exclusive: ip_address|host"),
])
def test_bad_input_fails_before_any_write(qb, creds, run_playbook, options, message):
    mark = qb.last_seq()
    run_playbook(play(task("sip_trunk", **options), creds=creds)).assert_failed(message)
    assert qb.writes("questblue", since=mark) == []


def test_registration_trunks_need_the_account_flag(qb, creds, run_playbook):
    res = run_playbook(play(task("sip_trunk", name="reg1", auth_type="credentials", password="RegPass123"),
                            creds=creds))
    res.assert_failed("questblue API error: Parameter ip_address is required")
