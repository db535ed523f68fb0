"""The inventory benchmark (benchmarks/inventory.py) works: its smoke mode runs the whole
measurement on a small account (250 numbers at each carrier, both accounts in one inventory file,
one run of each kind) against its own emulator and the installed collection. Only what the
benchmark reports is checked here, never its timing targets: a loaded test machine decides those,
not the code (``make bench`` measures them)."""

from __future__ import annotations


from conftest import COLLECTIONS_PATH
from helpers import run_benchmark_smoke


def test_benchmark_smoke_reports_every_figure(tmp_path):
    output = tmp_path / "inventory.json"
    result, printed = run_benchmark_smoke("inventory.py", output, COLLECTIONS_PATH)

    assert result["problems"] == []
    assert result["settings"]["smoke"] is True and result["settings"]["latency"] == 0.02
    assert result["machine"]["cores"] >= 1 and len(result["machine"]["load_average"]) == 3
    capacity = result["emulator_capacity"]
    assert capacity["small_requests_per_s"] > 0
    assert capacity["questblue_snapshot"]["requests"] == 4  # /did 2 pages, /sms 1, /lnp 1
    assert result["ansible_inventory_startup_s"] > 0

    (scenario,) = result["scenarios"]
    assert scenario["scenario"] == "both" and scenario["carriers"] == ["questblue", "voipms"]
    # 250 numbers and 2 numbers still porting in, at each carrier
    assert scenario["hosts"] == 2 * (250 + 2)
    requests = scenario["requests"]
    # the plugin made exactly the list requests a snapshot needs, and the cached run none
    assert requests["cold"] == requests["needed"] == 6
    assert requests["cached"] == 0
    assert requests["by_call"] == {"questblue GET /did": 2, "questblue GET /sms": 1, "questblue GET /lnp": 1,
                                   "voipms getDIDsInfo": 1, "voipms getLNPList": 1}
    for kind in ("cold", "cached", "static"):
        assert scenario["seconds"][kind] > 0 and scenario["peak_memory_mb"][kind] > 0
    assert scenario["floor"]["latency_part"] == 0.12
    assert scenario["floor"]["seconds"] > scenario["floor"]["static_part"]
    assert set(scenario["ratios"]) == {"cold_to_floor", "cached_to_static"}
    assert "cold/floor" in printed and "cached/static" in printed
