"""voip.carrier.fax_user against the emulated QuestBlue API (iFax Enterprise)."""

from __future__ import annotations

import json

import pytest

from helpers import account, creds, play, qb, task  # noqa: F401  pylint: disable=unused-import

PERMISSIONS = [{"number": "919-555-0700", "send": True, "list_received": True}]


@pytest.fixture
def fax_number(qb):
    qb.seed(carrier="questblue", fax_groups=[{"sname": "sales", "name": "Sales"}],
            fax_dids=[{"did": "9195550700", "service": "enterprise", "sname": "sales"}])


def user(qb, login):
    return {u["fax_login"]: u for u in account(qb)["fax_users"]}.get(login)


def permits(qb, login):
    return [p for p in account(qb)["fax_permits"] if p["fax_login"] == login]


def test_create_with_new_group_then_rerun_makes_no_write(qb, creds, run_playbook):
    options = {"login": "jdoe", "password": "FaxPass1", "first_name": "Jane", "last_name": "Doe",
               "email": "jdoe@example.com", "group": "support", "group_description": "Support team"}
    res = run_playbook(play(task("fax_user", **options), creds=creds), verbosity=3)
    res.assert_ok(changed=True)
    res.assert_no_secrets("FaxPass1")
    stored = user(qb, "jdoe")
    assert stored["sname"] == "support" and stored["fax_name"] == "Jane" and stored["fax_email"] == "jdoe@example.com"
    assert {g["sname"]: g["name"] for g in account(qb)["fax_groups"]}["support"] == "Support team"
    mark = qb.last_seq()
    again = run_playbook(play(task("fax_user", **options), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []
    assert again.task("fax_user")["result"]["not_compared"] == ["email", "group_description"]
    assert again.task("fax_user")["result"]["fax_user"]["password"] == "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"


def test_permissions_are_the_complete_list(qb, creds, fax_number, run_playbook):
    base = {"login": "jdoe", "password": "FaxPass1", "first_name": "Jane", "group": "sales"}
    run_playbook(play(task("fax_user", permissions=PERMISSIONS, **base), creds=creds)).assert_ok(changed=True)
    [permit] = permits(qb, "jdoe")
    assert permit["allow_send"] == "on" and permit["allow_list_in"] == "on" and permit["allow_delete"] == "off"
    mark = qb.last_seq()
    run_playbook(play(task("fax_user", permissions=PERMISSIONS, **base), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []
    run_playbook(play(task("fax_user", permissions=[], **base), creds=creds)).assert_ok(changed=True)
    assert permits(qb, "jdoe") == []


def test_update_password_and_admin_and_check_mode(qb, creds, fax_number, run_playbook):
    base = {"login": "jdoe", "first_name": "Jane", "group": "sales"}
    run_playbook(play(task("fax_user", password="FaxPass1", **base), creds=creds)).assert_ok(changed=True)
    mark = qb.last_seq()
    run_playbook(play(task("fax_user", password="FaxPass2", admin=True, **base), creds=creds),
                 check=True, diff=True).assert_ok(changed=True)
    assert qb.writes("questblue", since=mark) == []
    res = run_playbook(play(task("fax_user", password="FaxPass2", admin=True, **base), creds=creds), diff=True)
    res.assert_ok(changed=True)
    res.assert_no_secrets("FaxPass1", "FaxPass2")
    stored = user(qb, "jdoe")
    assert stored["fax_password"] == "FaxPass2" and stored["is_admin"] == "on"


def test_group_cannot_change_and_delete(qb, creds, fax_number, run_playbook):
    run_playbook(play(task("fax_user", login="jdoe", password="FaxPass1", first_name="J", group="sales"), creds=creds)).assert_ok()
    run_playbook(play(task("fax_user", login="jdoe", group="other"), creds=creds)).assert_failed(
        "group: is 'sales' and can only be chosen when the fax_user is created")
    run_playbook(play(task("fax_user", login="jdoe", state="absent"), creds=creds)).assert_ok(changed=True)
    assert user(qb, "jdoe") is None
    mark = qb.last_seq()
    run_playbook(play(task("fax_user", login="jdoe", state="absent"), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []


@pytest.mark.parametrize("options, message", [
    ({"login": "x" * 37, "password": "FaxPass1", "first_name": "J", "group": "g"}, "login: is 37 characters; questblue allows at most 36"),
    ({"login": "jdoe", "password": "FaxPass1", "first_name": "J", "group": "g" * 25}, "group: is 25 characters"),
    ({"login": "jdoe", "password": "FaxPass1", "first_name": "J", "group": "g", "email": "nope"}, "email: 'nope' is not an e-mail"),
    ({"login": "jdoe", "password": "FaxPass1", "group": "g", "permissions": [{"number": "123"}]}, "permissions[0].number"),
])
def test_bad_input_fails_before_any_request(qb, creds, run_playbook, options, message):
    mark = qb.last_seq()
    run_playbook(play(task("fax_user", **options), creds=creds)).assert_failed(message)
    assert qb.requests("questblue", since=mark) == []


def test_creating_needs_password_name_and_group_before_any_write(qb, creds, run_playbook):
    mark = qb.last_seq()
    run_playbook(play(task("fax_user", login="newbie", first_name="N", group="g"), creds=creds)).assert_failed(
        "password: is required to create a fax user at questblue")
    assert qb.writes("questblue", since=mark) == []


def test_permissions_use_the_seeds_write_name_list_sent(qb, creds, fax_number, run_playbook):
    base = {"login": "jdoe", "password": "FaxPass1", "first_name": "Jane", "group": "sales"}
    permissions = [{"number": "9195550700", "list_sent": True, "delete": True}]
    mark = qb.last_seq()
    run_playbook(play(task("fax_user", permissions=permissions, **base), creds=creds)).assert_ok(changed=True)
    [grant] = [r for r in qb.writes("questblue", since=mark) if r["path"] == "/fax2/permit"]
    body = json.loads(grant["body"])
    assert body["list_sent"] == "on" and "allow_list_out" not in body
    [permit] = permits(qb, "jdoe")
    assert (permit["allow_list_out"], permit["allow_delete"], permit["allow_send"]) == ("on", "on", "off")
    mark = qb.last_seq()
    run_playbook(play(task("fax_user", permissions=permissions, **base), creds=creds)).assert_ok(changed=False)
    assert qb.writes("questblue", since=mark) == []
    run_playbook(play(task("fax_user", permissions=[dict(permissions[0], list_sent=False)], **base),
                      creds=creds)).assert_ok(changed=True)
    assert permits(qb, "jdoe")[0]["allow_list_out"] == "off"


def test_a_carrier_refusal_of_a_permission_names_the_options(qb, creds, fax_number, run_playbook):
    qb.seed(carrier="questblue", fax_groups=[{"sname": "other", "name": "Other"}])
    options = {"login": "jdoe", "password": "FaxPass1", "first_name": "Jane", "group": "other",
               "permissions": [{"number": "9195550700", "send": True}]}
    res = run_playbook(play(task("fax_user", **options), creds=creds))
    failure = res.assert_failed("DID 9195550700 is not in fax group other (POST /fax2/permit); check the permissions, "
                                "group options")
    assert failure["result"]["carrier_message"] == "DID 9195550700 is not in fax group other"
