"""The carrier_migration role beyond its molecule scenario: the carrier support table it maps with, the refusals
that come before any request, and the shipped playbook, which writes nothing without confirm=true and prints no
secret."""

from __future__ import annotations

import re

import yaml

from conftest import REPO_ROOT

ROLE = REPO_ROOT / "roles" / "carrier_migration"
MATRIX = REPO_ROOT / "docs" / "support-matrix.md"
CARRIERS = ("questblue", "voicemeup", "voipinnovations", "voipms")
# The role's table part -> the support matrix section it restates.
SECTIONS = {"did": "did", "sms": "sms_config", "e911": "e911"}

SOURCE_NUMBERS = ["3055550201", "3055550202"]
VMU_SEED = {
    "carrier": "voicemeup",
    "dids": [{"phone_number": SOURCE_NUMBERS[0], "friendly_name": "Reception", "client_peer_ids": ["40002"],
              "options": ["enable_peer", "enable_sms", "enable_sms_email_notify"], "sms_support": "1",
              "sms_notify_email": "sms@example.com"},
             {"phone_number": SOURCE_NUMBERS[1], "friendly_name": "Sales", "client_peer_ids": ["40002"],
              "options": ["enable_peer"]}],
    "e911_endpoints": [{"phone_number": SOURCE_NUMBERS[0], "full_name": "ACME Corp", "civic_number": "1000",
                        "street": "Brickell Ave", "city": "Miami", "state_code": "FL", "country_code": "US",
                        "postal_code": "33131"}],
}


def _matrix_support(section: str) -> dict[str, list[str]]:
    """Option -> carriers that can set it, from one table of docs/support-matrix.md (any entry but '-')."""
    text = MATRIX.read_text(encoding="utf-8").split(f"## `{section}`", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    support = {}
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        option = cells[0].strip("`")
        support[option] = [carrier for carrier, cell in zip(CARRIERS, cells[1:]) if cell != "-"]
    return support


def test_support_table_restates_the_support_matrix():
    table = yaml.safe_load((ROLE / "vars" / "main.yml").read_text(encoding="utf-8"))["carrier_migration_support"]
    header = re.search(r"^\| resource \| (.*) \|$", MATRIX.read_text(encoding="utf-8"), re.M).group(1)
    assert tuple(cell.strip() for cell in header.split("|")) == CARRIERS
    for part, section in SECTIONS.items():
        matrix = _matrix_support(section)
        for option, carriers in table[part].items():
            assert sorted(carriers) == matrix[option], f"{part}.{option}: role {carriers}, matrix {matrix[option]}"


def _accounts(emulator, source="voicemeup", target="voipms"):
    def account(provider, name):
        return {"name": name, "provider": provider, "api_url": emulator.api_url(provider),
                **emulator.credentials(provider)}
    return {"carrier_migration_source": account(source, "old"), "carrier_migration_target": account(target, "new")}


def test_voip_innovations_target_is_refused_before_any_request(fresh_emulator, run_playbook):
    mark = fresh_emulator.last_seq()
    play = [{"hosts": "localhost", "gather_facts": False, "roles": [{"role": "voip.carrier.carrier_migration"}]}]
    extra = {**_accounts(fresh_emulator, target="voipinnovations"), "carrier_migration_numbers": ["+13055550201"]}
    res = run_playbook(play, extra_vars=extra)
    res.assert_failed("VoIP Innovations cannot be the target")
    assert fresh_emulator.requests(since=mark) == []


def test_shipped_playbook_previews_without_confirm(fresh_emulator, run_playbook):
    fresh_emulator.seed(VMU_SEED)
    trunk = {"username": "dctrunk", "auth_type": "2", "ip": "203.0.113.10"}
    fresh_emulator.seed({"carrier": "voipms", "subaccounts": [trunk]})
    mark = fresh_emulator.last_seq()
    extra = {**_accounts(fresh_emulator), "carrier_migration_numbers": SOURCE_NUMBERS,
             "carrier_migration_trunk_map": {"Data center trunk": "dctrunk"},
             "carrier_migration_defaults": {"e911": {"email": "e911@example.com"}},
             "carrier_migration_release": True,
             "carrier_migration_port": {"losing_carrier": "VoiceMeUp", "account_number": "123456",
                                        "authorized_contact": "Jane Doe", "ssn_last4": "1234",
                                        "street_number": "1000", "street_name": "Brickell Ave", "city": "Miami",
                                        "region": "FL", "postal_code": "33131"}}
    res = run_playbook([{"import_playbook": "voip.carrier.carrier_migration"}], extra_vars=extra, verbosity=1)
    res.assert_ok()
    assert fresh_emulator.writes(since=mark) == []
    plan = res.task("voip.carrier.carrier_migration : Map each number's settings to the target")["result"]["ansible_facts"]["carrier_migration_plan"]
    assert [entry["number"] for entry in plan] == ["+1" + number for number in SOURCE_NUMBERS]
    first = plan[0]
    assert first["state"] == "move"
    assert first["target"]["trunk"] == "dctrunk"
    assert first["target"]["sms"] == {"state": "present", "email": "sms@example.com"}
    assert first["target"]["e911"]["street_name"] == "Brickell Ave"
    assert first["target"]["e911"]["email"] == "e911@example.com"
    assert "Preview (check mode): nothing is written" in res.stdout
    secrets = [fresh_emulator.credentials(provider).get(key) for provider in ("voicemeup", "voipms")
               for key in ("api_password", "api_key")]
    res.assert_no_secrets(*[secret for secret in secrets if secret])
