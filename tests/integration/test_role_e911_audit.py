"""The e911_audit role beyond its molecule scenario: what molecule cannot show cheaply.

- the shipped playbook, fix on but without confirm=true, writes nothing, still writes its reports,
  and then fails the job on the threshold naming the counts and the report (credentials from the
  VOIP_CARRIER_* environment, as AWX injects them; no secret in the output at -v);
- a bad default address or variable fails at the start, before any request;
- the numbers inventory as the source: the role reads no list of its own.
"""

from __future__ import annotations

import csv

import pytest

from helpers import role_play
from inventory_support import playbook_over_inventory, write_config

ADDRESS = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Raleigh", "region": "NC",
           "postal_code": "27601"}
ROLE_PLAY = role_play("e911_audit")


def seed_questblue(emulator):
    """demotrunk with one number that has E911 and one that has none; one unrouted number."""
    emulator.seed({"carrier": "questblue", "owned": [
        {"did": "9195550100", "tier": "1", "route2trunk": "demotrunk",
         "e911": {"e911_name": "ACME", "e911_address": "100 Main St", "e911_city": "Raleigh", "e911_state": "NC",
                  "e911_zip": "27601"}},
        {"did": "9195550101", "tier": "1", "route2trunk": "demotrunk", "note": "Sales"},
        {"did": "9195550103", "tier": "1", "route2trunk": ""}]})


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_playbook_without_confirm_writes_nothing_reports_and_fails_on_threshold(fresh_emulator, run_playbook, tmp_path):
    seed_questblue(fresh_emulator)
    mark = fresh_emulator.last_seq()
    reports = tmp_path / "reports"
    res = run_playbook("- import_playbook: voip.carrier.e911_audit\n", verbosity=1, env=fresh_emulator.env("questblue"),
                       extra_vars={"e911_audit_fix": True, "e911_audit_default_addresses": {"demotrunk": ADDRESS},
                                   "e911_audit_report_dir": str(reports)})
    failure = res.assert_failed("1 open findings")
    assert "exceed e911_audit_max_findings=0" in failure["msg"]
    assert str(reports / "e911-audit.html") in failure["msg"]
    assert not fresh_emulator.writes(carrier="questblue", since=mark)
    rows = read_csv(reports / "e911-audit.csv")
    assert [(row["number"], row["account"], row["trunk"], row["problem"], row["open"]) for row in rows] == [
        ("+19195550101", "questblue", "demotrunk", "missing", "true")]
    assert rows[0]["action"] == "would set the default address (check mode): 100 Main St, Raleigh NC 27601"
    assert rows[0]["address"] == ""
    assert "<table id=\"findings\">" in (reports / "e911-audit.html").read_text()
    credentials = fresh_emulator.credentials("questblue")
    res.assert_no_secrets(credentials["api_password"], credentials["api_key"])


@pytest.mark.parametrize("extra_vars, message", [
    ({"e911_audit_fix": True, "e911_audit_default_addresses": {"demotrunk": dict(ADDRESS, city=None, town="Raleigh")}},
     "e911_audit_default_addresses['demotrunk'] must be the options of voip.carrier.e911"),
    ({"e911_audit_fix": True}, "e911_audit_fix is true but e911_audit_default_addresses is empty"),
    ({"e911_audit_source": "everywhere"}, "e911_audit_source"),
], ids=["bad-address", "fix-without-addresses", "bad-source"])
def test_bad_variables_fail_before_any_request(fresh_emulator, run_playbook, tmp_path, extra_vars, message):
    seed_questblue(fresh_emulator)
    mark = fresh_emulator.last_seq()
    res = run_playbook(ROLE_PLAY, env=fresh_emulator.env("questblue"),
                       extra_vars=dict(extra_vars, e911_audit_report_dir=str(tmp_path / "reports")))
    res.assert_failed()
    assert message in res.output
    assert not fresh_emulator.requests(since=mark)
    assert not (tmp_path / "reports").exists()


def test_inventory_source_reads_no_list_of_its_own(fresh_emulator, tmp_path):
    seed_questblue(fresh_emulator)
    account = dict(fresh_emulator.credentials("questblue"), name="qb_main")
    config = write_config(tmp_path, "carriers", {"accounts": [account], "include": []})
    mark = fresh_emulator.last_seq()
    res = playbook_over_inventory(tmp_path, config, ROLE_PLAY, extra_args=[
        "-e", "e911_audit_report_dir=%s" % (tmp_path / "reports"), "-e", "e911_audit_max_findings=-1"])
    res.assert_ok()
    rows = read_csv(tmp_path / "reports" / "e911-audit.csv")
    assert [(row["number"], row["account"], row["problem"]) for row in rows] == [("+19195550101", "qb_main", "missing")]
    # One GET /did page: the inventory's; the role took the numbers from the host variables.
    assert [entry["method"] + " " + entry["path"] for entry in fresh_emulator.requests(carrier="questblue", since=mark)] == [
        "GET /did"]
