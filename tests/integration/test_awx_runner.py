"""The E911 audit run as AWX runs a job: ``ansible_runner.run(private_data_dir=..., playbook=...)``.

AWX (and Automation Controller) hands ansible-runner a private data directory: ``project/`` (the
project's checkout), ``inventory/hosts`` (an executable script printing the job's inventory as JSON,
here the numbers inventory as an AWX inventory update synced it from the project's source file),
``env/envvars`` (the environment, with what the job's credentials inject) and ``env/extravars`` (the
job template's extra variables and survey answers, and AWX's own ``awx_*`` variables). Ansible runs
with ansible-runner's event callback; AWX stores every event's ``stdout`` and ``event_data`` (a task's
whole result, at any verbosity) and shows them in the job's output and its API.

The credential is the shipped VoIP.ms credential type, rendered as AWX renders it; the account has
distinctive secrets (inventory_support). The tests assert that the job succeeded, that the E911 audit
hands its result to AWX as the job's artifacts (set_stats), that the number plan job only previews
without ``confirm``, and that no event holds a secret. The project's playbooks are one-line wrappers
around the collection's shipped playbooks (playbooks/e911_audit.yml, playbooks/number_plan.yml).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import ansible_runner
import pytest
import yaml
from conftest import COLLECTIONS_PATH
from inventory_support import SECRETS, VENV_BIN, ansible_inventory, seed_accounts, vms_options, write_config
from test_awx_credential_types import inventory_script, load_type, render_injected_env

# AWX offers as a job template's playbook only the files of the project: the project holds one-line
# wrappers around the collection's playbooks (installed in the execution environment).
PROJECT_PLAYBOOKS = {name: f"""---
- name: The collection's {name} playbook
  ansible.builtin.import_playbook: voip.carrier.{name}
""" for name in ("e911_audit", "number_plan")}

# What AWX puts into every job's extra variables, beside the template's and the survey's.
AWX_EXTRA_VARS = {"awx_job_id": 42, "awx_job_launch_type": "scheduled", "awx_job_template_id": 7,
                  "awx_job_template_name": "E911 audit", "awx_project_revision": "0" * 40, "awx_user_name": "admin",
                  "awx_inventory_id": 3, "awx_inventory_name": "Carrier numbers", "awx_execution_node": "awx-task"}


def _private_data_dir(root: Path, inventory: dict, envvars: dict, extravars: dict) -> Path:
    (root / "project").mkdir(parents=True)
    for name, text in PROJECT_PLAYBOOKS.items():
        (root / "project" / f"{name}.yml").write_text(text)
    inventory_script(root / "inventory" / "hosts", inventory)
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


class Job:
    """One AWX job of the VoIP.ms account (acme) through ansible-runner: its events and private data directory."""

    def __init__(self, emulator, tmp_path: Path, playbook: str, extravars: dict):
        account = vms_options(emulator)
        fields = ("api_username", "api_password", "api_url")
        credential = render_injected_env(load_type("voipms"), {key: account[key] for key in fields})
        # The inventory update: the project's source file (plugin: voip.carrier.numbers), the same credential.
        source = write_config(tmp_path / "source" / "inventory", "numbers", {})
        self.inventory = ansible_inventory(tmp_path / "update", source, "--list", "--export", env=credential).data
        self.private = _private_data_dir(tmp_path / "awx_42_job", self.inventory,
                                         dict(_execution_environment(tmp_path), **credential), dict(AWX_EXTRA_VARS, **extravars))
        self.mark = emulator.last_seq()
        self.runner = ansible_runner.run(private_data_dir=str(self.private), playbook=f"{playbook}.yml", ident="42", quiet=True)
        self.events = list(self.runner.events)
        self.requests = emulator.requests(carrier="voipms", since=self.mark)

    def assert_successful(self) -> None:
        output = "\n".join(event.get("stdout", "") for event in self.events)
        assert self.runner.status == "successful" and self.runner.rc == 0, output[-6000:]
        assert [e for e in self.events if e["event"] == "runner_on_ok" and e["event_data"].get("resolved_action", "").startswith("voip.")]

    def assert_no_secret(self) -> None:
        """Not in any event (stdout and event_data, as AWX stores them), nor in the job's stdout, nor in the events
        as ansible-runner stores them for AWX to read (artifacts/<ident>/job_events). (artifacts/<ident>/command
        holds the job's environment, the credential included, as ansible-runner always writes it: AWX never
        shows that file and removes the private data directory after the job.)"""
        leaking = [(event["event"], event.get("event_data", {}).get("task"))
                   for event in self.events if _secrets_in(event.get("stdout", "") + json.dumps(event.get("event_data", {})))]
        assert not leaking, f"events holding a secret: {leaking}"
        assert not _secrets_in(self.runner.stdout.read())
        stored = [path for path in (self.private / "artifacts" / "42" / "job_events").glob("*.json")
                  if _secrets_in(path.read_text())]
        assert not stored, f"stored events holding a secret: {stored}"

    def result(self, task: str) -> dict:
        return next(event["event_data"]["res"] for event in self.events
                    if event["event"] == "runner_on_ok" and event["event_data"].get("task") == task)


@pytest.fixture(name="seeded")
def _seeded(fresh_emulator, clean_process_env):
    seed_accounts(fresh_emulator)
    return fresh_emulator


def test_the_e911_audit_job_succeeds_and_no_event_holds_a_secret(seeded, tmp_path):
    reports = tmp_path / "reports"
    job = Job(seeded, tmp_path, "e911_audit", {"e911_audit_max_findings": 5, "e911_audit_report_dir": str(reports)})
    job.assert_successful()

    # The job audited the numbers of the synced inventory (its host variables) and read what the list
    # calls do not show (VoIP.ms e911Info) with the credential's environment alone; it handed its
    # result to AWX as the job's artifacts (set_stats: the stats event's artifact_data); read-only.
    held = sorted(host for host, hostvars in job.inventory["_meta"]["hostvars"].items() if hostvars["voip_status"] != "porting")
    assert [r["body"].split("method=")[1].split("&")[0] for r in job.requests] == ["e911Info"] * 2
    stats = next(event for event in job.events if event["event"] == "playbook_on_stats")
    audit = stats["event_data"]["artifact_data"]["e911_audit"]
    assert (audit["accounts"], audit["numbers"], audit["routed"], audit["open"]) == (1, len(held), 3, 2)
    assert not [r for r in job.requests if r["write"]]
    assert set(audit["open_numbers"]) < set(held)
    assert (reports / "e911-audit.html").is_file() and (reports / "e911-audit.csv").is_file()
    job.assert_no_secret()


def test_the_number_plan_job_previews_without_confirm_and_no_event_holds_a_secret(seeded, tmp_path):
    plan = {"number_plan_accounts": [{"name": "acme", "numbers": [{"number": "+17862285620", "description": "Support desk"}]}]}
    job = Job(seeded, tmp_path, "number_plan", plan)
    job.assert_successful()
    assert not [r for r in job.requests if r["write"]], "a write without confirm=true"
    assert any("updated 1" in line for line in job.result("Show what changed")["msg"])
    job.assert_no_secret()
