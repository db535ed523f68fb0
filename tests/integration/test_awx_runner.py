"""The E911 audit run as AWX runs a job: ``ansible_runner.run(private_data_dir=..., playbook=...)``.

AWX (and Automation Controller) hands ansible-runner a private data directory: ``project/`` (the
project's checkout), ``inventory/hosts`` (an executable script printing the job's inventory as JSON,
here the numbers inventory as an AWX inventory update synced it from the project's source file),
``env/envvars`` (the environment, with what the job's credentials inject) and ``env/extravars`` (the
job template's extra variables and survey answers, and AWX's own ``awx_*`` variables). Ansible runs
with ansible-runner's event callback; AWX stores every event's ``stdout`` and ``event_data`` (a task's
whole result, at any verbosity) and shows them in the job's output and its API.

The credential is the shipped QuestBlue credential type, rendered as AWX renders it; the account has
distinctive secrets (inventory_support). The test asserts that the job succeeded, that it hands the
audit to AWX as the job's artifacts (set_stats), and that no event holds a secret.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import ansible_runner
import pytest
import yaml
from conftest import COLLECTIONS_PATH, REPO_ROOT
from inventory_support import SECRETS, VENV_BIN, ansible_inventory, seed_accounts, vms_options, write_config
from test_awx_credential_types import load_type, render_injected_env

SHIPPED_PLAYBOOK = REPO_ROOT / "playbooks" / "e911_audit.yml"

# The project's job template playbook. AWX lists playbooks from the project's files, so the project
# holds a one-line wrapper around the collection's playbook (installed in the execution environment).
PROJECT_PLAYBOOK = """---
- name: E911 audit of the account of the job's credential
  ansible.builtin.import_playbook: voip.carrier.e911_audit
"""
# Until playbooks/e911_audit.yml exists: the role itself, as that playbook runs it.
ROLE_PLAYBOOK = """---
- name: E911 audit of the account of the job's credential
  hosts: localhost
  connection: local
  gather_facts: false
  roles:
    - role: voip.carrier.e911_audit
"""

# What AWX puts into every job's extra variables, beside the template's and the survey's.
AWX_EXTRA_VARS = {"awx_job_id": 42, "awx_job_launch_type": "scheduled", "awx_job_template_id": 7,
                  "awx_job_template_name": "E911 audit", "awx_project_revision": "0" * 40, "awx_user_name": "admin",
                  "awx_inventory_id": 3, "awx_inventory_name": "Carrier numbers", "awx_execution_node": "awx-task"}


def _inventory_script(path: Path, inventory: dict) -> None:
    """inventory/hosts as AWX writes it: an executable that prints the inventory as JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/usr/bin/env python3\nprint(%r)\n" % json.dumps(inventory))
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def _private_data_dir(root: Path, playbook: str, inventory: dict, envvars: dict, extravars: dict) -> Path:
    (root / "project").mkdir(parents=True)
    (root / "project" / "e911_audit.yml").write_text(playbook)
    _inventory_script(root / "inventory" / "hosts", inventory)
    (root / "env").mkdir()
    (root / "env" / "envvars").write_text(yaml.safe_dump(envvars))
    (root / "env" / "extravars").write_text(yaml.safe_dump(extravars))
    (root / "env" / "settings").write_text(yaml.safe_dump({"job_timeout": 300, "pexpect_timeout": 5}))
    return root


def _execution_environment(tmp_path: Path) -> dict[str, str]:
    """What the execution environment's image provides (the collection, its own home and cache) and the
    variables AWX sets for every job; no carrier variable."""
    config = tmp_path / "ansible.cfg"
    config.write_text("# the image's: none\n")
    return {"PATH": f"{VENV_BIN}{os.pathsep}{os.environ['PATH']}",
            "ANSIBLE_COLLECTIONS_PATH": str(COLLECTIONS_PATH), "ANSIBLE_COLLECTIONS_SCAN_SYS_PATH": "False",
            "ANSIBLE_CONFIG": str(config), "ANSIBLE_HOME": str(tmp_path / "home" / ".ansible"),
            "HOME": str(tmp_path / "home"), "XDG_CACHE_HOME": str(tmp_path / "home" / ".cache"),
            "ANSIBLE_FORCE_COLOR": "True", "ANSIBLE_HOST_KEY_CHECKING": "False", "ANSIBLE_RETRY_FILES_ENABLED": "False",
            "ANSIBLE_INVENTORY_UNPARSED_FAILED": "True", "JOB_ID": "42", "INVENTORY_ID": "3",
            "PROJECT_REVISION": "0" * 40, "MAX_EVENT_RES": "700000", "NO_PROXY": "127.0.0.1,localhost,::1"}


def _secrets_in(text: str) -> list[str]:
    return [secret for secret in SECRETS if secret in text]


@pytest.fixture(name="clean_process_env")
def _clean_process_env(monkeypatch):
    """ansible-runner passes its own process environment on: none of the caller's Ansible or carrier
    variables (a job sees only what AWX gives it)."""
    for key in list(os.environ):
        if key.startswith(("ANSIBLE_", "VOIP_CARRIER_")):
            monkeypatch.delenv(key)


def test_the_e911_audit_job_succeeds_and_no_event_holds_a_secret(fresh_emulator, tmp_path, clean_process_env):
    seed_accounts(fresh_emulator)
    account = vms_options(fresh_emulator)
    credential = render_injected_env(load_type("voipms"), {key: account[key] for key in
                                                            ("api_username", "api_password", "api_url")})

    # The inventory update: the project's source file, the same credential.
    source = write_config(tmp_path / "source" / "inventory", "numbers", {})
    inventory = ansible_inventory(tmp_path / "update", source, "--list", "--export", env=credential).data

    reports = tmp_path / "reports"
    survey = {"e911_audit_max_findings": 5, "e911_audit_report_dir": str(reports)}
    playbook = PROJECT_PLAYBOOK if SHIPPED_PLAYBOOK.exists() else ROLE_PLAYBOOK
    private = _private_data_dir(tmp_path / "awx_42_job", playbook, inventory,
                                dict(_execution_environment(tmp_path), **credential), dict(AWX_EXTRA_VARS, **survey))

    mark = fresh_emulator.last_seq()
    job = ansible_runner.run(private_data_dir=str(private), playbook="e911_audit.yml", ident="42", quiet=True)
    events = list(job.events)
    assert [e for e in events if e["event"] == "runner_on_ok" and e["event_data"].get("resolved_action", "").startswith("voip.")]
    output = "\n".join(event.get("stdout", "") for event in events)
    assert job.status == "successful" and job.rc == 0, output[-6000:]

    # The job audited the numbers of the synced inventory (its host variables) and read what the list
    # calls do not show (VoIP.ms e911Info) with the credential's environment alone; it handed its
    # result to AWX as the job's artifacts (set_stats: the stats event's artifact_data).
    held = sorted(host for host, hostvars in inventory["_meta"]["hostvars"].items() if hostvars["voip_status"] != "porting")
    assert [r["body"].split("method=")[1].split("&")[0] for r in fresh_emulator.requests(carrier="voipms", since=mark)] \
        == ["e911Info"] * 2
    stats = next(event for event in events if event["event"] == "playbook_on_stats")
    audit = stats["event_data"]["artifact_data"]["e911_audit"]
    assert (audit["accounts"], audit["numbers"], audit["routed"], audit["open"]) == (1, len(held), 3, 2)
    assert set(audit["open_numbers"]) < set(held)
    assert (reports / "e911-audit.html").is_file() and (reports / "e911-audit.csv").is_file()

    # No secret in any event (stdout and event_data, as AWX stores them), nor in the job's stdout.
    leaking = [(event["event"], event.get("event_data", {}).get("task"))
               for event in events if _secrets_in(event.get("stdout", "") + json.dumps(event.get("event_data", {})))]
    assert not leaking, f"events holding a secret: {leaking}"
    assert not _secrets_in(job.stdout.read())
    # Nor in the events as ansible-runner stores them for AWX to read (artifacts/<ident>/job_events).
    stored = [path for path in (private / "artifacts" / "42" / "job_events").glob("*.json") if _secrets_in(path.read_text())]
    assert not stored, f"stored events holding a secret: {stored}"
