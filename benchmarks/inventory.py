"""How fast ``ansible-inventory`` reads carrier accounts through the voip.carrier.numbers inventory
plugin (issue 10), measured against the carrier emulator.

    python benchmarks/inventory.py [--numbers 10000] [--latency 0.02] [--repeat 3] [--report-only]
    python benchmarks/inventory.py --smoke          # 250 numbers, both accounts, one run: does it work?

(``make bench-inventory`` builds and installs the collection first; BENCH_ARGS go to this script.)

What it does, in one run so that every figure shares the machine's state:

1. starts the emulator (tests/emulator) on a free port and seeds ``--numbers`` numbers at QuestBlue
   and at VoIP.ms: trunks (sub-accounts) and unrouted numbers, SMS on and off, E911 on and off, a
   few pending port-ins of numbers not held yet;
2. measures the emulator's own capacity on one keep-alive connection, without latency: small
   requests per second, and the list requests of each snapshot (what the emulator itself adds);
3. injects ``--latency`` on every carrier request (a standing ``latency`` fault);
4. for QuestBlue, VoIP.ms and both accounts in one file, times ``ansible-inventory --list``:
   cold (no cache), cached (jsonfile cache, filled by one cold run first: must make zero requests)
   and the same hosts and host variables as a static YAML inventory; counts the requests of each
   run in the emulator's request log; takes the peak memory (max RSS) of each run;
5. compares: cold against the floor = requests needed x latency + the static inventory's time
   (target <= 1.5), cached against the static inventory (target <= 1.2);
6. prints a table, writes the figures as JSON (``--output``) and exits 1 when a target is missed
   (``--report-only``: never for timing) or when a run is wrong (failed, cached run made
   requests, inventories differ: always).

The plugin's client-side request budget is set to ``rate_limit: 100000/1`` in the benchmark's
files: the emulator enforces no limit, and the default budget (60 requests a minute) would make
the QuestBlue figure the budget's, not the plugin's. Each ``ansible-inventory`` gets only the
inventory plugin it needs (ANSIBLE_INVENTORY_ENABLED), so the static YAML is parsed once, not
by ``auto`` first.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO / ".build" / "bench" / "inventory.json"
TARGET_COLD = 1.5       # cold run / (requests x latency + static inventory)
TARGET_CACHED = 1.2     # cached run / static inventory
PAGE = 200              # QuestBlue's largest page, as the driver asks for
BUDGET = "100000/1"     # the client-side rate limit in the benchmark's files (see the docstring)

QB_LOGIN, QB_PASSWORD = "demo", "demo-password"
QB_KEY = hashlib.md5(b"demo-private-key1001").hexdigest()  # the seeded Security-Key (docs/emulator.md)
VM_USER, VM_PASSWORD = "demo@example.com", "demo-api-password"
# QuestBlue trunk names are letters and digits only (listTrunks: "Alphanumeric, <= 15"): names that
# voip.carrier.did and did_bulk accept as input too (benchmarks/bulk.py gives them back).
QB_TRUNKS = ("pbxa", "pbxb", "pbxc", "pbxd")
VM_SUBACCOUNTS = ("pbxa", "pbxb", "pbxc")


# --------------------------------------------------------------------------- the emulator


class Emulator:
    """``python -m emulator`` from tests/ on a free port, and its control API."""

    def __init__(self, workdir: Path) -> None:
        port_file = workdir / "emulator.port"
        self.log = open(workdir / "emulator.log", "wb")  # pylint: disable=consider-using-with  # closed in stop()
        self.process = subprocess.Popen(  # pylint: disable=consider-using-with  # stopped in stop()
            [sys.executable, "-m", "emulator", "--port", "0", "--port-file", str(port_file), "--quiet"],
            cwd=REPO / "tests", stdin=subprocess.DEVNULL, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while not port_file.exists():
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit(f"the emulator did not start; see {workdir / 'emulator.log'}")
            time.sleep(0.05)
        self.url = f"http://127.0.0.1:{int(port_file.read_text())}"
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(self, method: str, path: str, body=None, query=None):
        url = self.url + "/_emulator" + path + ("?" + urllib.parse.urlencode(query) if query else "")
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
        with self._opener.open(request, timeout=120) as reply:
            return json.loads(reply.read() or b"null")

    def seed(self, carrier: str, **keys) -> dict:
        return self.call("POST", "/seed", {"carrier": carrier, **keys})

    def mark(self) -> int:
        return self.call("GET", "/requests", query={"since": 2 ** 62})["last_seq"]

    def requests_since(self, mark: int) -> list[dict]:
        return self.call("GET", "/requests", query={"since": mark})["requests"]

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)
        self.log.close()


def _spread(index: int, area_codes) -> str:
    """The index-th number of the seed, spread over a few area codes (exchanges 200-299)."""
    return "%s%07d" % (area_codes[index % len(area_codes)], 2000000 + index // len(area_codes))


def seed_questblue(emulator: Emulator, count: int, ports: int) -> dict:
    """``count`` numbers with a mix of trunks, SMS and E911, and ``ports`` pending port-ins; returns
    what the snapshot has to read (numbers, SMS-capable numbers, active port-ins)."""
    trunks = [{"trunk": name, "status": "on", "ip_address": "192.0.2.%d" % (20 + i)} for i, name in enumerate(QB_TRUNKS)]
    owned, sms_capable = [], 0
    for index in range(count):
        item = {"did": _spread(index, ("919", "984", "704", "336")), "note": "Line %d" % index,
                "route2trunk": (QB_TRUNKS + ("",))[index % 5], "tier": "1b" if index % 3 == 0 else "1",
                "cnam": "yes" if index % 4 == 0 else ""}
        if item["tier"] == "1b":
            sms_capable += 1
            if index % 2 == 0:
                item["sms"] = {"sms_mode": "email", "forward2email": "sms%d@example.com" % index}
        if index % 2 == 1:
            item["e911"] = {"e911_name": "Acme Corp", "e911_address": "%d Main St" % index, "e911_city": "Raleigh",
                            "e911_state": "NC", "e911_zip": "27601"}
        owned.append(item)
    lnp = [{"number2port": "4155550%03d" % (100 + index), "status": "submitted", "provider_name": "Verizon",
            "company": "Acme Corp"} for index in range(ports)]
    emulator.seed("questblue", trunks=trunks, owned=owned, lnp=lnp)
    return {"numbers": count, "sms_capable": sms_capable, "port_ins": ports}


def seed_voipms(emulator: Emulator, count: int, ports: int) -> dict:
    subaccounts = [{"username": name, "auth_type": "2", "ip": "203.0.113.%d" % (10 + i)}
                   for i, name in enumerate(VM_SUBACCOUNTS)]
    routes = ["account:100000"] + ["account:100000_%s" % name for name in VM_SUBACCOUNTS]
    dids, e911 = [], []
    for index in range(count):
        did = _spread(index, ("312", "212", "713", "305"))
        item = {"did": did, "note": "Line %d" % index, "routing": routes[index % len(routes)],
                "description": "Desk %d" % index, "cnam": "1" if index % 4 == 0 else "0"}
        if index % 3 == 0:
            item.update(sms_available="1", sms_enabled="1" if index % 2 == 0 else "0", sms_email_enabled="1",
                        sms_email="sms%d@example.com" % index)
        else:
            item["sms_available"] = "0"
        dids.append(item)
        if index % 2 == 1:
            e911.append({"did": did, "status": "active", "full_name": "Acme Corp", "street_number": str(index),
                         "street_name": "Main", "city": "Chicago", "state": "IL", "zip_code": "60601",
                         "country": "US", "language": "en", "email": "e911@example.com"})
    port_ins = [{"numbers": ["4155551%03d" % (100 + index)], "portType": "1", "status": "processing",
                 "firstName": "Ann", "lastName": "Lee", "city": "San Francisco", "state": "CA", "country": "US"}
                for index in range(ports)]
    emulator.seed("voipms", subaccounts=subaccounts, dids=dids, e911=e911, ports=port_ins)
    return {"numbers": count, "port_ins": ports}


def needed_requests(carrier: str, seeded: dict) -> int:
    """The fewest requests a snapshot of every part can take: QuestBlue pages of 200 of /did, /sms
    and /lnp (one page even when empty); VoIP.ms one getDIDsInfo and one getLNPList."""
    if carrier == "questblue":
        return (math.ceil(seeded["numbers"] / PAGE) + math.ceil(seeded["sms_capable"] / PAGE)
                + max(1, math.ceil(seeded["port_ins"] / PAGE)))
    return 2


# --------------------------------------------------------------------------- emulator capacity


def measure_capacity(emulator: Emulator, seeded: dict, repeat: int) -> dict:
    """The emulator's speed on one keep-alive connection (httpx, as the collection's transport),
    without injected latency: what the emulator itself adds to the figures."""
    import httpx  # pylint: disable=import-outside-toplevel  # the collection's requirement, in the venv

    def best_of(function):
        return min(_seconds(function) for _attempt in range(repeat))

    with httpx.Client(timeout=120) as control, \
            httpx.Client(timeout=120, auth=(QB_LOGIN, QB_PASSWORD), headers={"Security-Key": QB_KEY}) as questblue:
        for _warmup in range(20):
            control.get(emulator.url + "/_emulator/health")  # connection up, code paths warm
        small = 300
        health = best_of(lambda: [control.get(emulator.url + "/_emulator/health") for _request in range(small)])
        qb_pages = {path: math.ceil(seeded["questblue"][key] / PAGE) or 1
                    for path, key in (("/did", "numbers"), ("/sms", "sms_capable"), ("/lnp", "port_ins"))}

        def questblue_snapshot():
            for path, pages in qb_pages.items():
                for page in range(1, pages + 1):
                    questblue.get(emulator.url + "/questblue" + path, params={"per_page": PAGE, "page": page}).json()

        def voipms_snapshot():
            for function in ("getDIDsInfo", "getLNPList"):
                control.post(emulator.url + "/voipms/api/v1/rest.php",
                             data={"api_username": VM_USER, "api_password": VM_PASSWORD, "method": function}).json()

        qb_seconds, vm_seconds = best_of(questblue_snapshot), best_of(voipms_snapshot)
    qb_requests = sum(qb_pages.values())
    return {"small_requests_per_s": round(small / health, 1),
            "questblue_snapshot": {"requests": qb_requests, "seconds": round(qb_seconds, 3),
                                   "requests_per_s": round(qb_requests / qb_seconds, 1)},
            "voipms_snapshot": {"requests": 2, "seconds": round(vm_seconds, 3)}}


def _seconds(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


# --------------------------------------------------------------------------- inventories


def account_entries(emulator: Emulator, carriers) -> list[dict]:
    accounts = {
        "questblue": {"name": "qb_main", "provider": "questblue", "api_url": emulator.url + "/questblue",
                      "api_username": QB_LOGIN, "api_password": QB_PASSWORD, "api_key": QB_KEY, "rate_limit": BUDGET},
        "voipms": {"name": "voipms_main", "provider": "voipms", "api_url": emulator.url + "/voipms",
                   "api_username": VM_USER, "api_password": VM_PASSWORD, "rate_limit": BUDGET},
    }
    return [accounts[carrier] for carrier in carriers]


def write_plugin_files(directory: Path, name: str, accounts: list[dict]) -> tuple[Path, Path]:
    """The scenario's inventory file without a cache, and one with a jsonfile cache."""
    cold = directory / f"{name}.voip_numbers.yml"
    cold.write_text(yaml.safe_dump({"plugin": "voip.carrier.numbers", "accounts": accounts, "cache": False}))
    cached = directory / f"{name}-cached.voip_numbers.yml"
    cached.write_text(yaml.safe_dump({
        "plugin": "voip.carrier.numbers", "accounts": accounts, "cache": True,
        "cache_plugin": "ansible.builtin.jsonfile", "cache_connection": str(directory / "cache" / name),
        "cache_timeout": 3600}))
    return cold, cached


def _plain(value):
    """A value of ``ansible-inventory --list`` JSON with its unsafe markers (``{"__ansible_unsafe": text}``)
    taken off. The static inventory holds plain strings, as a hand-kept one would: YAML's ``!unsafe``
    cannot hold every string in ansible-core 2.19 (it resolves ``!unsafe '+13365550100'`` to an int)."""
    if isinstance(value, dict):
        if set(value) == {"__ansible_unsafe"}:
            return value["__ansible_unsafe"]
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def write_static_inventory(listing: dict, path: Path) -> None:
    """The hosts, host variables and groups of an ``ansible-inventory --list`` answer as a static
    YAML inventory (what a user would keep by hand instead of the plugin)."""
    hostvars = _plain(listing.get("_meta", {}).get("hostvars", {}))
    hosts = dict.fromkeys(hostvars)
    children = {}
    for group, body in listing.items():
        if group == "_meta" or not isinstance(body, dict):
            continue
        for host in body.get("hosts", ()):
            hosts.setdefault(host, None)
        if group in ("all", "ungrouped"):
            continue
        entry = {}
        if body.get("hosts"):
            entry["hosts"] = dict.fromkeys(body["hosts"])
        if body.get("children"):
            entry["children"] = dict.fromkeys(body["children"])
        if body.get("vars"):
            entry["vars"] = body["vars"]
        children[group] = entry or None
    document = {"all": {"hosts": {host: hostvars.get(host) or None for host in hosts}, "children": children}}
    with open(path, "w", encoding="utf-8") as handle:
        yaml.dump(document, handle, Dumper=getattr(yaml, "CSafeDumper", yaml.SafeDumper), default_flow_style=False,
                  sort_keys=False)


def same_inventory(listing: dict, other: dict) -> bool:
    """Whether two ``--list`` answers hold the same hosts, values and groups (unsafe markers and the
    order of a group's members aside)."""
    def normal(answer):
        answer = _plain(answer)
        for body in answer.values():
            for key in ("hosts", "children"):
                if isinstance(body, dict) and isinstance(body.get(key), list):
                    body[key] = sorted(body[key])
        return answer
    return normal(listing) == normal(other)


class Runner:
    """Runs ``ansible-inventory --list`` in a clean environment; one fresh process per run, so the
    wall time and the peak memory (max RSS, from wait4) are that run's alone."""

    def __init__(self, ansible_inventory: str, collections_path: str, workdir: Path) -> None:
        self.command = ansible_inventory
        self.workdir = workdir
        env = {key: value for key, value in os.environ.items() if not key.startswith(("ANSIBLE_", "VOIP_CARRIER_"))}
        env.update(ANSIBLE_COLLECTIONS_PATH=collections_path, ANSIBLE_HOME=str(workdir / "ansible-home"),
                   ANSIBLE_LOCAL_TEMP=str(workdir / "ansible-tmp"), ANSIBLE_NOCOLOR="1",
                   ANSIBLE_INVENTORY_UNPARSED_FAILED="1", ANSIBLE_INVENTORY_ANY_UNPARSED_IS_FAILED="1",
                   VOIP_CARRIER_BUDGET_DIR=str(workdir / "budget"),
                   NO_PROXY="127.0.0.1,localhost,::1", no_proxy="127.0.0.1,localhost,::1")
        self.env = env
        self.runs = 0

    def run(self, inventory: Path, plugin: str) -> dict:
        self.runs += 1
        out = self.workdir / f"run-{self.runs}.json"
        err = self.workdir / f"run-{self.runs}.err"
        env = dict(self.env, ANSIBLE_INVENTORY_ENABLED=plugin)
        with open(out, "wb") as stdout, open(err, "wb") as stderr:
            started = time.perf_counter()
            process = subprocess.Popen([self.command, "-i", str(inventory), "--list"], env=env,  # pylint: disable=consider-using-with
                                       stdin=subprocess.DEVNULL, stdout=stdout, stderr=stderr)
            _pid, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            raise RuntimeError(f"ansible-inventory -i {inventory} failed ({process.returncode}):\n"
                               + err.read_text(errors="replace")[-3000:])
        return {"seconds": seconds, "max_rss_mb": usage.ru_maxrss / 1024.0, "output": out}


def measure_startup(runner: Runner, workdir: Path, repeat: int) -> float:
    """``ansible-inventory --list`` of a one-host static inventory: the part of every figure that
    is Ansible starting up, whatever the inventory."""
    tiny = workdir / "one-host.yml"
    tiny.write_text("all:\n  hosts:\n    one:\n")
    return round(statistics.median(runner.run(tiny, "ansible.builtin.yaml")["seconds"] for _attempt in range(repeat)), 3)


# --------------------------------------------------------------------------- one scenario


def run_scenario(name: str, carriers, emulator: Emulator, runner: Runner, seeded: dict, capacity: dict,
                 args, workdir: Path) -> dict:
    cold_file, cached_file = write_plugin_files(workdir, name, account_entries(emulator, carriers))
    static_file = workdir / f"{name}-static.yml"
    samples = {"cold": [], "cached": [], "static": []}
    requests = {"cold": [], "cached": []}
    by_call = {}
    problems = []

    def plugin_run(kind, path):
        mark = emulator.mark()
        result = runner.run(path, "voip.carrier.numbers")
        log = emulator.requests_since(mark)
        requests.setdefault(kind, []).append(len(log))
        return result, log

    # The first cold run also gives the hosts for the static inventory and the reference listing.
    first, log = plugin_run("cold", cold_file)
    reference = json.loads(first["output"].read_text())
    by_call = _calls(log)
    samples["cold"].append(first)
    write_static_inventory(reference, static_file)
    prime, _log = plugin_run("prime", cached_file)  # a cold run that also fills the cache; not in the ratios
    for repetition in range(args.repeat):
        if repetition:
            samples["cold"].append(plugin_run("cold", cold_file)[0])
        samples["cached"].append(plugin_run("cached", cached_file)[0])
        samples["static"].append(runner.run(static_file, "ansible.builtin.yaml"))
    for kind in ("cached", "static"):
        if not same_inventory(json.loads(samples[kind][-1]["output"].read_text()), reference):
            problems.append(f"{name}: the {kind} inventory differs from the cold one")
    if any(requests["cached"]):
        problems.append(f"{name}: the cached runs made requests: {requests['cached']}")

    needed = sum(needed_requests(carrier, seeded[carrier]) for carrier in carriers)
    median = {kind: statistics.median(run["seconds"] for run in runs) for kind, runs in samples.items()}
    floor = needed * args.latency + median["static"]
    emulator_seconds = sum(capacity[f"{carrier}_snapshot"]["seconds"] for carrier in carriers)
    hosts = len(reference.get("_meta", {}).get("hostvars", {}))
    return {
        "scenario": name, "carriers": list(carriers), "hosts": hosts,
        "requests": {"cold": requests["cold"][0], "needed": needed, "cached": max(requests["cached"]),
                     "by_call": by_call},
        "seconds": {kind: round(value, 3) for kind, value in median.items()},
        "samples": {kind: [round(run["seconds"], 3) for run in runs] for kind, runs in samples.items()},
        "cold_writing_cache_seconds": round(prime["seconds"], 3),
        "floor": {"seconds": round(floor, 3), "latency_part": round(needed * args.latency, 3),
                  "static_part": round(median["static"], 3)},
        "emulator_seconds_without_latency": round(emulator_seconds, 3),
        "ratios": {"cold_to_floor": round(median["cold"] / floor, 3),
                   "cached_to_static": round(median["cached"] / median["static"], 3)},
        "peak_memory_mb": {kind: round(max(run["max_rss_mb"] for run in runs), 1) for kind, runs in samples.items()},
        "problems": problems,
    }


def _calls(log: list[dict]) -> dict:
    """Requests of one run by call: ``questblue GET /did``, ``voipms getDIDsInfo``."""
    counts = {}
    for entry in log:
        if entry["carrier"] == "voipms":
            params = urllib.parse.parse_qs(entry["query"]) | urllib.parse.parse_qs(entry["body"])
            call = "voipms " + (params.get("method") or ["?"])[0]
        else:
            call = "%s %s %s" % (entry["carrier"], entry["method"], entry["path"])
        counts[call] = counts.get(call, 0) + 1
    return counts


# --------------------------------------------------------------------------- report


def finish(result: dict, output: Path, print_report, report_only: bool) -> int:
    """What every benchmark ends with: the figures as JSON at ``output``, the report printed, and
    the exit status: 2 when a run was wrong (``result["problems"]``), 1 when a target was missed
    (``result["missed"]``) unless ``report_only``, else 0."""
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(result, indent=2) + "\n")
    print_report(result)
    if result["problems"]:
        return 2
    if result["missed"] and not report_only:
        print("targets missed: " + "; ".join(result["missed"]))
        return 1
    return 0


def machine() -> dict:
    model = ""
    try:
        model = next(line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines()
                     if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    import ansible.release  # pylint: disable=import-outside-toplevel
    return {"cores": os.cpu_count(), "cpu": model, "load_average": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(), "ansible_core": ansible.release.__version__,
            "platform": platform.platform()}


def print_report(result: dict) -> None:
    box = result["machine"]
    capacity = result["emulator_capacity"]
    print(f"\nmachine: {box['cores']} cores ({box['cpu']}), load {box['load_average']} at start, "
          f"{result['machine_at_end']['load_average']} at end; Python {box['python']}, ansible-core {box['ansible_core']}")
    print(f"seeded: {result['settings']['numbers']} numbers and {result['settings']['port_ins']} pending port-ins per "
          f"carrier; latency {result['settings']['latency'] * 1000:.0f} ms a request; median of "
          f"{result['settings']['repeat']} runs")
    print(f"emulator, one keep-alive connection, no latency: {capacity['small_requests_per_s']:.0f} small requests/s; "
          f"QuestBlue snapshot {capacity['questblue_snapshot']['requests']} pages in "
          f"{capacity['questblue_snapshot']['seconds']:.3f} s; VoIP.ms getDIDsInfo + getLNPList "
          f"{capacity['voipms_snapshot']['seconds']:.3f} s")
    print(f"ansible-inventory --list of a one-host static inventory (start-up): {result['ansible_inventory_startup_s']:.2f} s\n")
    header = ("scenario", "hosts", "req", "need", "cold s", "floor s", "cold/floor", "cached s", "static s",
              "cached/static", "cached req", "peak MB cold/cached/static")
    rows = [header]
    for s in result["scenarios"]:
        rows.append((s["scenario"], str(s["hosts"]), str(s["requests"]["cold"]), str(s["requests"]["needed"]),
                     "%.2f" % s["seconds"]["cold"], "%.2f" % s["floor"]["seconds"],
                     "%.2f%s" % (s["ratios"]["cold_to_floor"], _mark(s["ratios"]["cold_to_floor"], TARGET_COLD)),
                     "%.2f" % s["seconds"]["cached"], "%.2f" % s["seconds"]["static"],
                     "%.2f%s" % (s["ratios"]["cached_to_static"], _mark(s["ratios"]["cached_to_static"], TARGET_CACHED)),
                     str(s["requests"]["cached"]),
                     "/".join("%.0f" % s["peak_memory_mb"][k] for k in ("cold", "cached", "static"))))
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.rjust(width) for cell, width in zip(row, widths)))
    print(f"\nfloor = requests needed x latency + static inventory; targets: cold/floor <= {TARGET_COLD}, "
          f"cached/static <= {TARGET_CACHED} with 0 requests ('!' = missed)")
    for problem in result["problems"]:
        print("PROBLEM: " + problem)
    print(f"results: {result['output']}")


def _mark(value: float, target: float) -> str:
    return " " if value <= target else "!"


# --------------------------------------------------------------------------- main


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="benchmarks/inventory.py", description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--numbers", type=int, default=10000, help="numbers seeded at each carrier (default 10000)")
    parser.add_argument("--port-ins", type=int, default=20, help="pending port-ins seeded at each carrier (default 20)")
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to every carrier request (default 0.02)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each kind; the median counts (default 3)")
    parser.add_argument("--scenarios", default="questblue,voipms,both", help="comma-separated: questblue, voipms, both")
    parser.add_argument("--report-only", action="store_true", help="exit 0 when a timing target is missed")
    parser.add_argument("--smoke", action="store_true",
                        help="a quick check that the benchmark works: 250 numbers (two QuestBlue pages), 2 port-ins, "
                             "both accounts only, one run, --report-only")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"JSON results (default {DEFAULT_OUTPUT})")
    parser.add_argument("--ansible-inventory", default=None,
                        help="the ansible-inventory to run (default: next to this Python, else on PATH)")
    parser.add_argument("--collections-path", default=os.environ.get("ANSIBLE_COLLECTIONS_PATH")
                        or str(REPO / ".build" / "collections"),
                        help="where voip.carrier is installed (default $ANSIBLE_COLLECTIONS_PATH, else .build/collections)")
    parser.add_argument("--keep", action="store_true", help="keep the working directory (inventories, outputs)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.numbers, args.port_ins, args.repeat, args.report_only, args.scenarios = 250, 2, 1, True, "both"
    if args.numbers < 1 or args.repeat < 1 or args.port_ins < 0 or args.latency < 0:
        parser.error("--numbers and --repeat must be >= 1, --port-ins and --latency >= 0")
    return args


SCENARIOS = {"questblue": ("questblue",), "voipms": ("voipms",), "both": ("questblue", "voipms")}


def main(argv=None) -> int:
    args = parse_args(argv)
    scenarios = [name.strip() for name in args.scenarios.split(",") if name.strip()]
    unknown = [name for name in scenarios if name not in SCENARIOS]
    if unknown:
        raise SystemExit(f"unknown scenario {unknown[0]}; choose from {', '.join(SCENARIOS)}")
    ansible_inventory = args.ansible_inventory or str(Path(sys.executable).parent / "ansible-inventory")
    if not os.access(ansible_inventory, os.X_OK):
        ansible_inventory = shutil.which("ansible-inventory") or ansible_inventory
    installed = Path(args.collections_path.split(os.pathsep)[0]) / "ansible_collections" / "voip" / "carrier"
    if not (installed / "plugins" / "inventory" / "numbers.py").exists():
        raise SystemExit(f"voip.carrier with the numbers inventory plugin is not installed in {args.collections_path}; "
                         "run make install (or make bench-inventory)")

    workdir = Path(tempfile.mkdtemp(prefix="voip-bench-"))
    start = machine()
    emulator = Emulator(workdir)
    try:
        seeded = {"questblue": seed_questblue(emulator, args.numbers, args.port_ins),
                  "voipms": seed_voipms(emulator, args.numbers, args.port_ins)}
        capacity = measure_capacity(emulator, seeded, args.repeat)
        emulator.call("POST", "/faults", {"kind": "latency", "delay": args.latency, "times": 2 ** 31})
        runner = Runner(ansible_inventory, args.collections_path, workdir)
        startup = measure_startup(runner, workdir, args.repeat)
        results = [run_scenario(name, SCENARIOS[name], emulator, runner, seeded, capacity, args, workdir)
                   for name in scenarios]
    finally:
        emulator.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    problems = [problem for scenario in results for problem in scenario["problems"]]
    missed = [f"{s['scenario']}: {label} {s['ratios'][key]} > {target}" for s in results
              for key, label, target in (("cold_to_floor", "cold/floor", TARGET_COLD),
                                         ("cached_to_static", "cached/static", TARGET_CACHED))
              if s["ratios"][key] > target]
    result = {"benchmark": "voip.carrier.numbers inventory", "machine": start, "machine_at_end": machine(),
              "settings": {"numbers": args.numbers, "port_ins": args.port_ins, "latency": args.latency,
                           "repeat": args.repeat, "smoke": args.smoke, "rate_limit": BUDGET},
              "targets": {"cold_to_floor": TARGET_COLD, "cached_to_static": TARGET_CACHED, "cached_requests": 0},
              "emulator_capacity": capacity, "ansible_inventory_startup_s": startup, "scenarios": results, "missed": missed, "problems": problems,
              "output": str(args.output), "workdir": str(workdir) if args.keep else None}
    return finish(result, args.output, print_report, report_only=args.report_only)


if __name__ == "__main__":
    sys.exit(main())
