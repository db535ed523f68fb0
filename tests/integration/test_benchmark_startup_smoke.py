"""The start-up benchmark (benchmarks/startup.py) works: its smoke mode runs each playbook once
(ten did_info tasks at QuestBlue, the same at VoIP.ms, VoiceMeUp and VoIP Innovations, ten pings, a
play without tasks) against
its own emulator and the installed collection, and one did_info module process per carrier with
-X importtime. Only what the benchmark reports is checked here, never its timing target: a loaded
test machine decides that, not the code (``make bench-startup`` measures it). zeep, the SOAP
library, is imported by the module at VoIP Innovations only."""

from __future__ import annotations


from conftest import COLLECTIONS_PATH
from helpers import run_benchmark_smoke


def test_startup_benchmark_smoke_reports_every_figure(tmp_path):
    output = tmp_path / "startup.json"
    result, printed = run_benchmark_smoke("startup.py", output, COLLECTIONS_PATH)

    assert result["problems"] == []
    assert result["settings"]["smoke"] is True and result["settings"]["repeat"] == 1
    assert result["settings"]["tasks"] == 10
    playbooks = result["playbooks"]
    assert set(playbooks) == {"empty", "ping", "questblue", "voipms", "voicemeup", "voipinnovations"}
    for name, per_task in {"questblue": 1, "voipms": 1, "voicemeup": 2, "voipinnovations": 2}.items():
        # the requests of one did_info task (VoiceMeUp and VoIP Innovations also list the trunks to name
        # the number's), and a figure for each
        assert playbooks[name]["requests"] == 10 * per_task
        assert playbooks[name]["seconds"] > playbooks["empty"]["seconds"] > 0
        assert result["ratios"][name] > 0
    assert playbooks["ping"]["per_task_seconds"] > 0

    assert set(result["module_process"]) == {"questblue", "voipms", "voicemeup", "voipinnovations"}
    for carrier, process in result["module_process"].items():
        assert process["dids_found"] == 1
        # the did_info path: the did adapter only, no phonenumbers for a +1 number (its table is
        # cached by the timed runs), no CA bundle for the emulator's http:// URL, zeep only for SOAP
        assert process["did_adapter"] is True and process["other_adapters"] == [], carrier
        assert process["imported"]["phonenumbers"] is False, carrier
        assert process["imported"]["zeep"] is (carrier == "voipinnovations"), carrier
        assert process["ca_bundle_loads"] == 0, carrier
        assert process["top_imports"] and process["top_imports"][0]["cumulative_ms"] > 0
    assert "did_info/ping" in printed or "ratio to ping" in printed
