"""The did_bulk benchmark (benchmarks/bulk.py) works: its smoke mode runs the whole measurement on
a small account (200 numbers at each carrier, QuestBlue, VoIP.ms, VoiceMeUp and VoIP Innovations, 20 drifted, a loop of 3 over
voip.carrier.did, one run of each kind) against its own emulator and the installed collection. Only what the benchmark
reports is checked here, never its timing targets: a loaded test machine decides those, not the
code (``make bench-bulk`` measures them)."""

from __future__ import annotations


from conftest import COLLECTIONS_PATH
from helpers import run_benchmark_smoke

NUMBERS, DRIFT, LOOP = 200, 20, 3
# The seed (benchmarks/inventory.py): a third of the QuestBlue numbers are tier 1b (SMS-capable),
# half of those have SMS on; the list gives their SMS e-mail, so the snapshot reads GET /sms too.
# VoiceMeUp: get_dids carries the SMS options too; get_peers names the peers the numbers ring.
# VoIP Innovations: auditDIDs, AuditEndpointGroups (the trunks' names), AuditSMS with a blank tn.
READS = {"questblue": {"questblue GET /did": 1, "questblue GET /sms": 1}, "voipms": {"voipms getDIDsInfo": 1},
         "voicemeup": {"voicemeup get_dids": 1, "voicemeup get_peers": 1},
         "voipinnovations": {"voipinnovations auditDIDs": 1, "voipinnovations AuditEndpointGroups": 1,
                             "voipinnovations AuditSMS": 1}}
DRIFT_WRITE = {"questblue": "questblue PUT /did", "voipms": "voipms setDIDInfo", "voicemeup": "voicemeup update_did",
               "voipinnovations": "voipinnovations configDID"}
# One write per drifted number, except where one batch call carries them all (VoIP Innovations' configDID).
DRIFT_WRITES = {"voipinnovations": 1}


def test_bulk_benchmark_smoke_reports_every_figure(tmp_path):
    output = tmp_path / "bulk.json"
    result, printed = run_benchmark_smoke("bulk.py", output, COLLECTIONS_PATH)

    assert result["problems"] == []
    settings = result["settings"]
    assert settings["smoke"] is True and settings["latency"] == 0.02 and settings["numbers"] == [NUMBERS]
    assert settings["target_size"] == NUMBERS and settings["drift"] == DRIFT and settings["loop_sample"] == LOOP
    assert result["machine"]["cores"] >= 1 and len(result["machine"]["load_average"]) == 3
    capacity = result["emulator_capacity"]
    assert capacity["small_requests_per_s"] > 0 and capacity["seeded_numbers"] == NUMBERS

    assert set(result["carriers"]) == {"questblue", "voipms", "voicemeup", "voipinnovations"}
    for carrier, report in result["carriers"].items():
        noop = report["sizes"][str(NUMBERS)]
        # the no-op read the account with the snapshot's list calls only, and wrote nothing
        assert noop["by_call"] == READS[carrier], carrier
        assert noop["requests"] == noop["needed"] == sum(READS[carrier].values())
        assert noop["requests_per_10000"] == noop["requests"] * 10000 / NUMBERS
        assert noop["writes"] == 0 and noop["counts"]["unchanged"] == NUMBERS
        assert noop["api_calls"]["writes"] == 0 and noop["api_calls"]["total"] == noop["requests"]
        assert noop["floor"]["latency_part"] == round(noop["needed"] * 0.02, 3)
        assert noop["floor"]["seconds"] > noop["floor"]["startup_part"] > 0
        assert noop["seconds"] > 0 and noop["noop_to_floor"] > 0
        # the module process outside Ansible: its memory and time
        assert noop["module_alone"]["max_rss_mb"] > 0 and noop["module_alone"]["counts"]["unchanged"] == NUMBERS

        loop = report["loop"]
        assert loop["sample"] == LOOP and loop["writes"] == 0 and loop["requests"] >= LOOP
        assert loop["per_number_s"] > 0

        drift = report["drift"]
        # only the drifted numbers were written, one write each (or one batch), and the no-op after the
        # drift wrote nothing
        writes = DRIFT_WRITES.get(carrier, DRIFT)
        assert drift["drifted"] == DRIFT and drift["writes"] == writes
        assert drift["expected_writes"] == {DRIFT_WRITE[carrier]: writes}
        assert drift["by_call"][DRIFT_WRITE[carrier]] == writes
        assert drift["counts"]["updated"] == DRIFT and drift["counts"]["unchanged"] == NUMBERS - DRIFT
        assert drift["noop_after"]["writes"] == 0 and drift["noop_after"]["counts"]["unchanged"] == NUMBERS

        assert set(report["ratios"]) == {f"noop_to_floor_at_{NUMBERS}", f"loop_at_{NUMBERS}_s", f"speedup_at_{NUMBERS}"}
        assert report["ratios"][f"speedup_at_{NUMBERS}"] > 0
    assert "no-op/floor" in printed and "speed-up" in printed
