"""Proves the integration harness itself (conftest.py): the emulator fixture, run_playbook
and the result capture. The collection's modules are tested in their own test files."""

from __future__ import annotations

import hashlib
import json
import os
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
COLLECTIONS_PATH = Path(os.environ.get("VOIP_CARRIER_COLLECTIONS_PATH", REPO / ".build" / "collections")).resolve()

SECRET = "s3cr3t-value-that-must-not-leak"

PLAY = textwrap.dedent("""\
    - name: Harness smoke test
      hosts: localhost
      gather_facts: false
      tasks:
        - name: Ping
          ansible.builtin.ping:

        - name: Debug a message
          ansible.builtin.debug:
            msg: "hello {{ who }}"

        - name: Report a change
          ansible.builtin.debug:
            msg: changed on purpose
          changed_when: true

        - name: Loop over items
          ansible.builtin.debug:
            msg: "item {{ item }}"
          loop: [1, 2]

        - name: Skip this one
          ansible.builtin.debug:
            msg: never
          when: false

        - name: Show the Python and collections path in use
          ansible.builtin.debug:
            msg:
              python: "{{ ansible_playbook_python }}"
              interpreter: "{{ ansible_python_interpreter }}"
              collections: "{{ lookup('ansible.builtin.config', 'COLLECTIONS_PATHS') }}"

        - name: Reach the emulator from the playbook
          ansible.builtin.uri:
            url: "{{ emulator_url }}/_emulator/health"
            return_content: true
          register: health

        - name: Handle a secret
          ansible.builtin.debug:
            msg: "{{ secret }}"
          no_log: true
    """)


def test_emulator_fixture(emulator):
    assert emulator.health() == {"ok": True, "emulator": "voip.carrier"}
    assert emulator.base_url.startswith("http://127.0.0.1:")
    assert emulator.port and emulator.port > 0
    assert emulator.api_url("questblue") == f"{emulator.base_url}/questblue"
    creds = emulator.credentials("questblue")
    assert creds["api_url"] == emulator.api_url("questblue")
    assert creds["api_key"] == hashlib.md5(b"demo-private-key1001").hexdigest()
    assert emulator.env("questblue")["VOIP_CARRIER_API_URL"] == creds["api_url"]


def test_emulator_control_api(fresh_emulator):
    emu = fresh_emulator
    assert isinstance(emu.requests(), list)
    assert isinstance(emu.writes(carrier="questblue"), list)
    assert isinstance(emu.last_seq(), int)
    assert emu.state("questblue") is not None
    fault_id = emu.fault({"carrier": "questblue", "path": "/nowhere", "kind": "status", "status": 503})
    assert fault_id is not None
    emu.clear_faults()
    emu.reset(carrier="questblue")
    with pytest.raises(RuntimeError, match="HTTP 404"):
        emu.call("GET", "/_emulator/no-such-control-call")


def test_run_playbook_captures_results(emulator, run_playbook):
    res = run_playbook(PLAY, extra_vars={"who": "world", "emulator_url": emulator.base_url, "secret": SECRET})
    res.assert_ok(changed=True)

    assert [r["task"] for r in res.results] == [
        "Ping", "Debug a message", "Report a change", "Loop over items", "Skip this one",
        "Show the Python and collections path in use", "Reach the emulator from the playbook",
        "Handle a secret",
    ]
    assert all(r["host"] == "localhost" and r["play"] == "Harness smoke test" for r in res.results)
    assert res.task("Ping")["result"]["ping"] == "pong"
    assert res.task("Ping")["action"] == "ansible.builtin.ping"
    assert res.task("Debug a message")["msg"] == "hello world"
    assert res.task("Debug a message")["changed"] is False
    assert res.task("Report a change")["changed"] is True
    assert res.task("Skip this one")["skipped"] is True
    assert [r["item"] for r in res.items] == [1, 2]
    assert len(res.task("Loop over items")["result"]["results"]) == 2

    env = res.task("Show the Python and collections path in use")["msg"]
    assert env["interpreter"] == sys.executable
    assert env["collections"] == [str(COLLECTIONS_PATH)]

    health = res.task("Reach the emulator from the playbook")["result"]
    assert health["status"] == 200 and json.loads(health["content"]) == {"ok": True, "emulator": "voip.carrier"}

    secret_task = res.task("Handle a secret")
    assert secret_task["no_log"] is True and SECRET not in json.dumps(secret_task)
    res.assert_no_secrets(SECRET)

    assert res.stats["localhost"]["failures"] == 0
    assert res.stats["localhost"]["changed"] == 1
    assert res.task("Ping")["check_mode"] is False


def test_run_playbook_check_diff_verbosity(run_playbook):
    play = [{"name": "check", "hosts": "localhost", "gather_facts": False,
             "tasks": [{"name": "Copy", "ansible.builtin.copy": {"content": "x\n", "dest": "{{ dest }}"}}]}]
    res = run_playbook(play, extra_vars={"dest": "/nonexistent-dir-for-check-mode/file"},
                       check=True, diff=True, verbosity=2)
    assert "--check" in res.command and "--diff" in res.command and "-vv" in res.command
    copy = res.task("Copy")
    assert copy["check_mode"] is True
    # check mode: reported as a change with its diff, nothing written
    assert copy["changed"] is True and copy["diff"][0]["after"] == "x\n"


def test_failures_and_warnings(tmp_path, run_playbook):
    library = tmp_path / "pb" / "library"
    library.mkdir(parents=True)
    (library / "harness_warner.py").write_text(textwrap.dedent("""\
        from ansible.module_utils.basic import AnsibleModule

        def main():
            module = AnsibleModule(argument_spec={}, supports_check_mode=True)
            module.warn("harness warning one")
            module.exit_json(changed=False, answer=42)

        if __name__ == "__main__":
            main()
        """))
    playbook = tmp_path / "pb" / "play.yml"
    playbook.write_text(textwrap.dedent("""\
        - name: Failures
          hosts: localhost
          gather_facts: false
          tasks:
            - name: Warn
              harness_warner:
            - name: Fail but carry on
              ansible.builtin.fail:
                msg: ignored failure
              ignore_errors: true
            - name: Fail for real
              ansible.builtin.fail:
                msg: boom
            - name: Never reached
              ansible.builtin.debug:
                msg: unreachable
        """))
    res = run_playbook(playbook)
    assert res.rc == 2
    assert res.task("Warn")["warnings"] == ["harness warning one"]
    assert res.task("Warn")["result"]["answer"] == 42
    assert res.task("Fail but carry on")["ignore_errors"] is True
    first = res.assert_failed("ignored failure")
    assert first["task"] == "Fail but carry on"
    assert res.task("Fail for real")["msg"] == "boom"
    assert res.tasks("Never reached") == []
    with pytest.raises(AssertionError, match="ansible-playbook failed"):
        res.assert_ok()


def test_environment_is_clean(monkeypatch, run_playbook):
    monkeypatch.setenv("ANSIBLE_STDOUT_CALLBACK", "no.such.callback")
    monkeypatch.setenv("VOIP_CARRIER_API_PASSWORD", "from-the-developer-shell")
    play = [{"name": "env", "hosts": "localhost", "gather_facts": False, "tasks": [
        {"name": "Read env", "ansible.builtin.debug": {"msg": {
            "password": "{{ lookup('ansible.builtin.env', 'VOIP_CARRIER_API_PASSWORD') }}",
            "added": "{{ lookup('ansible.builtin.env', 'HARNESS_ADDED') }}"}}}]}]
    res = run_playbook(play, env={"HARNESS_ADDED": "yes"}).assert_ok(changed=False)
    assert res.task("Read env")["msg"] == {"password": "", "added": "yes"}
