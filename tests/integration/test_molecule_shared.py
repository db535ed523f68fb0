"""The molecule scenarios' shared verify (extensions/molecule/shared/verify_runs.yml) can fail: it
finds a write sent during the check run or during the idempotence run in the emulator's request
log, and passes when the only writes are the converge's. Every role scenario relies on it for its
"check writes nothing" and "second run writes nothing" claims."""

from __future__ import annotations

import json

from conftest import REPO_ROOT
from helpers import play, task

VERIFY_RUNS = REPO_ROOT / "extensions" / "molecule" / "shared" / "verify_runs.yml"
TRUNK = task("sip_trunk", "Create a trunk", name="molpbx", ip_address="203.0.113.10")


def _mark(ephemeral, index, check, seq):
    (ephemeral / "runs").mkdir(exist_ok=True)
    (ephemeral / "runs" / f"{index:03d}.json").write_text(json.dumps({"check": check, "seq": seq}))


def _verify(run_playbook, emulator, ephemeral):
    verify = [{"name": "Verify", "hosts": "localhost", "gather_facts": False,
               "tasks": [{"name": "Shared checks", "ansible.builtin.include_tasks": str(VERIFY_RUNS)}]}]
    return run_playbook(verify, extra_vars={"molecule_ephemeral_directory": str(ephemeral),
                                            "molecule_emulator_url": emulator.base_url})


def test_verify_runs_finds_a_write_where_none_may_be(fresh_emulator, run_playbook, tmp_path):
    before = fresh_emulator.last_seq()
    run_playbook(play(TRUNK, creds=fresh_emulator.credentials("questblue"))).assert_ok()
    after = fresh_emulator.last_seq()
    # Where the one write falls, by the marks of the three runs (check, converge, idempotence).
    cases = {
        "converge": ((before, before, after), None),
        "check": ((before, after, after), "writes in the check run: [questblue POST /siptrunk; ]"),
        "idempotence": ((before, before, before), "writes in the idempotence run: [questblue POST /siptrunk; ]"),
    }
    for write_in, (marks, failure) in cases.items():
        ephemeral = tmp_path / write_in
        ephemeral.mkdir()
        for index, seq in enumerate(marks):
            _mark(ephemeral, index, index == 0, seq)

        result = _verify(run_playbook, fresh_emulator, ephemeral)

        if failure is None:
            result.assert_ok()
        else:
            assert result.rc != 0 and failure in result.output, (write_in, result.output)
