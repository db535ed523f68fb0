"""voip.carrier.fax_user against the emulated VoIP Innovations SOAP API, where a fax user is one of
the account's numbers with its Fax-to-Email recipient, its Email-to-Fax senders and Fax-to-Email's
write-only failure notifications: one playbook (set up in check mode, set up, re-run with no write,
change, remove twice, bad input with no request, another customer's number) at -vvvv."""

from __future__ import annotations

import re

from helpers import play, task
from test_did_voipinnovations import CARRIER, SECRET, operations

NUMBER = "+12125550100"           # demo: owned, no fax settings
NOT_OURS = "+12125550199"         # another customer's number


def fax(title, check=False, **options):
    entry = dict(task("fax_user", title, register=re.sub(r"\W", "_", title).lower(), **options), ignore_errors=True)
    if check:
        entry["check_mode"] = True
    return entry


def settings(emulator, number=NUMBER):
    return emulator.state(CARRIER)["accounts"]["demo-vi"]["dids"][number[2:]].get("_fax") or {}


def test_fax_on_a_number_lifecycle_and_refusals(fresh_emulator, run_playbook):
    vi = fresh_emulator
    wanted = {"login": "212-555-0100", "email": "faxes@example.com", "failure_notifications": True,
              "allowed_senders": ["rroe@example.com", "jdoe@example.com"]}
    mark = vi.last_seq()
    res = run_playbook(play(
        fax("Set up in check mode", check=True, **wanted),
        fax("Set up", **wanted),
        fax("Set up again", **wanted),
        fax("Change recipient and senders", login=NUMBER, email="office@example.com",
            allowed_senders=["jdoe@example.com", "ann@example.com"]),
        fax("Remove", login=NUMBER, state="absent"),
        fax("Remove again", login=NUMBER, state="absent"),
        fax("Not a number", login="fax-room", email="faxes@example.com"),
        fax("An option VoIP Innovations lacks", login=NUMBER, email="faxes@example.com", password="x1"),
        fax("Notifications without Fax-to-Email", login=NUMBER, email="", failure_notifications=True),
        fax("Not an address", login=NUMBER, allowed_senders=["jdoe at example.com"]),
        fax("Another customer's number", login=NOT_OURS, email="faxes@example.com"),
        creds=vi.credentials(CARRIER), name=CARRIER), verbosity=4)

    check = res.task("Set up in check mode")
    assert check["changed"] is True and check["result"]["api_calls"]["writes"] == 0
    created = res.task("Set up")["result"]
    assert created["changed"] is True
    assert created["fax_user"] == {"login": NUMBER, "email": "faxes@example.com", "failure_notifications": True,
                                   "allowed_senders": ["jdoe@example.com", "rroe@example.com"], "provider": CARRIER}
    again = res.task("Set up again")["result"]
    assert again["changed"] is False and again["api_calls"]["writes"] == 0
    assert again["not_compared"] == ["failure_notifications"]
    assert again["fax_user"]["from_number"] == NUMBER
    changed = res.task("Change recipient and senders")["result"]
    assert changed["changed"] is True and changed["fax_user"]["email"] == "office@example.com"
    assert changed["fax_user"]["allowed_senders"] == ["ann@example.com", "jdoe@example.com"]
    assert res.task("Remove")["changed"] is True and res.task("Remove again")["changed"] is False
    assert settings(vi) == {"email": "", "notifications": False, "senders": []}

    for title, field in (("Not a number", "login"), ("An option VoIP Innovations lacks", "password"),
                         ("Notifications without Fax-to-Email", "failure_notifications"),
                         ("Not an address", "allowed_senders")):
        result = res.task(title)["result"]
        assert res.task(title)["failed"] and result["field"] == field, title
        assert result["api_calls"]["total"] == 0, title          # no request at all
    foreign = res.task("Another customer's number")["result"]
    assert foreign["field"] == "login" and "not a number of this voipinnovations account" in foreign["msg"]
    assert foreign["api_calls"]["writes"] == 0

    # Every write of the run, in order: nothing from check mode, the re-run, the second removal or a refusal.
    assert operations(vi, mark, writes_only=True) == [
        "SetFaxToEmail", "ConfigFaxToEmailNotifications", "AddEmailToFax", "AddEmailToFax",
        "SetFaxToEmail", "AddEmailToFax", "RemoveEmailToFax",
        "RemoveFaxToEmail", "RemoveEmailToFax", "RemoveEmailToFax"]
    res.assert_no_secrets(SECRET)
