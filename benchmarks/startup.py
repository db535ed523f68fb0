"""How much a voip.carrier module task costs over a task of ``ansible.builtin.ping`` (issue 11):
module start-up, measured against the carrier emulator.

    python benchmarks/startup.py [--repeat 5] [--report-only]
    python benchmarks/startup.py --smoke            # one run of each playbook: does it work?

(``make bench-startup`` builds and installs the collection first; BENCH_ARGS go to this script.)

What it does, in one run so that every figure shares the machine's state:

1. starts the emulator (tests/emulator, through benchmarks/inventory.py's ``Emulator``) on a free
   port and seeds a few numbers at QuestBlue and at VoIP.ms, without latency;
2. times ``ansible-playbook`` on localhost (connection local, this Python as the interpreter) for
   six playbooks, interleaved, ``--repeat`` times each: ten ``voip.carrier.did_info`` tasks at
   QuestBlue (each reading one number), the same at VoIP.ms, at VoiceMeUp and at VoIP Innovations
   (the emulator's demo accounts' numbers), ten ``ansible.builtin.ping`` tasks, and a play without
   tasks (what ``ansible-playbook`` costs whatever the tasks);
3. per task = (median playbook time - median time of the play without tasks) / 10, and the ratio
   of each carrier's did_info task to a ping task (target <= 1.3); checks in the emulator's
   request log that each did_info playbook made the requests one number's read takes there
   (REQUESTS_PER_TASK: one; two at VoiceMeUp and VoIP Innovations, whose numbers' trunks are named
   with a second list: get_peers, AuditEndpointGroups);
4. runs one did_info module process per carrier outside Ansible
   (``python -X importtime -m ...did_info args.json`` with the installed collection on PYTHONPATH,
   through a small wrapper) and reports the top imports by cumulative time and whether zeep,
   phonenumbers, the carrier's other adapters, an SSL context or a CA bundle load happened on
   that path (the wrapper watches ``ssl.SSLContext`` once ``ssl`` is imported). zeep (with lxml,
   about half a second) must be imported at VoIP Innovations, the SOAP carrier, and nowhere else;
5. prints a table, writes the figures as JSON (``--output``) and exits 1 when the target is missed
   (not with ``--report-only`` or ``--smoke``), 2 when a run is wrong (it failed, or made other
   requests than one a task).

Only loopback traffic: the emulator listens on 127.0.0.1, and proxies are turned off for it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

# The emulator and its seeded accounts are the inventory benchmark's (one place for both).
from inventory import QB_KEY, QB_LOGIN, QB_PASSWORD, REPO, VM_PASSWORD, VM_USER, Emulator, finish, machine, seed_questblue, \
    seed_voipms

DEFAULT_OUTPUT = REPO / ".build" / "bench" / "startup.json"
TARGET_RATIO = 1.3      # a did_info task / a ping task
TASKS = 10              # tasks in each timed playbook
SEEDED = 20             # numbers seeded at each carrier
COLLECTION = "ansible_collections.voip.carrier"
# Modules the did_info path should not import; "other adapters" are checked per carrier.
WATCHED = ("zeep", "phonenumbers", "certifi", "ssl", "pycountry", "zipcodes")
OTHER_ADAPTERS = ("e911", "fax", "lnp", "sms", "trunk")
LOOPBACK = "127.0.0.1,localhost,::1"
CARRIERS = ("questblue", "voipms", "voicemeup", "voipinnovations")
# The emulator's demo accounts (docs/emulator.md): VoiceMeUp and VoIP Innovations are read as seeded.
VMU_USER, VMU_TOKEN = "demo-vmu", "0123456789abcdef0123456789abcdef"
VI_LOGIN, VI_SECRET = "demo-vi", "vi-demo-secret-2026"
# Numbers that ring a trunk at both, so each read also names it (get_peers, AuditEndpointGroups).
DEMO_NUMBERS = {"voicemeup": ("5145550100", "8335550100"),
                "voipinnovations": ("2125550100", "2125550101", "3125550110", "2145550120", "8885550130")}
# Requests one did_info task of one number makes: VoiceMeUp get_dids and get_peers, VoIP Innovations
# queryDID and AuditEndpointGroups (the number's trunk by name).
REQUESTS_PER_TASK = {"questblue": 1, "voipms": 1, "voicemeup": 2, "voipinnovations": 2}

# Runs one module process as Ansible would run its main, and records, at exit, the modules it
# imported and the SSL contexts it made. ssl is patched when it is first imported, so importing it
# is still the module's own doing.
WRAPPER = r'''
import atexit, importlib.machinery, json, runpy, sys
report_path, module = sys.argv.pop(1), sys.argv.pop(1)
seen = {"ssl_contexts": 0, "ca_loads": 0}

def patch_ssl(ssl):
    new, load = ssl.SSLContext.__new__, ssl.SSLContext.load_verify_locations
    def counting_new(cls, *args, **kwargs):
        seen["ssl_contexts"] += 1
        return new(cls, *args, **kwargs)
    def counting_load(self, *args, **kwargs):
        seen["ca_loads"] += 1
        return load(self, *args, **kwargs)
    ssl.SSLContext.__new__ = counting_new
    ssl.SSLContext.load_verify_locations = counting_load

class WatchSsl:  # a meta path finder (importlib.abc would add its own import time)
    def find_spec(self, name, path=None, target=None):
        if name != "ssl":
            return None
        sys.meta_path.remove(self)
        spec = importlib.machinery.PathFinder.find_spec(name, path)
        run = spec.loader.exec_module
        def exec_module(mod):
            run(mod)
            patch_ssl(mod)
        spec.loader.exec_module = exec_module
        return spec

sys.meta_path.insert(0, WatchSsl())

def dump():
    with open(report_path, "w") as handle:
        json.dump(dict(seen, modules=sorted(sys.modules)), handle)

atexit.register(dump)
runpy.run_module(module, run_name="__main__", alter_sys=True)
'''


# --------------------------------------------------------------------------- playbooks


def carrier_options(emulator: Emulator, carrier: str) -> dict:
    options = {"provider": carrier, "api_url": f"{emulator.url}/{carrier}", "rate_limit": "100000/1"}
    if carrier == "questblue":
        options.update(api_username=QB_LOGIN, api_password=QB_PASSWORD, api_key=QB_KEY)
    elif carrier == "voicemeup":
        options.update(api_username=VMU_USER, api_key=VMU_TOKEN)
    elif carrier == "voipinnovations":
        options.update(api_username=VI_LOGIN, api_password=VI_SECRET)
    else:
        options.update(api_username=VM_USER, api_password=VM_PASSWORD)
    return options


def seeded_numbers(carrier: str) -> list[str]:
    """Numbers the seed of benchmarks/inventory.py holds at this carrier (10 digits); at VoiceMeUp and
    VoIP Innovations the demo account's, in turn."""
    if carrier in DEMO_NUMBERS:
        return [DEMO_NUMBERS[carrier][index % len(DEMO_NUMBERS[carrier])] for index in range(SEEDED)]
    area_codes = ("919", "984", "704", "336") if carrier == "questblue" else ("312", "212", "713", "305")
    return ["%s%07d" % (area_codes[index % 4], 2000000 + index // 4) for index in range(SEEDED)]


def write_playbooks(workdir: Path, emulator: Emulator) -> dict:
    """The six timed playbooks; did_info tasks alternate E.164 and 10-digit input."""
    def play(tasks):
        return [{"name": "startup", "hosts": "localhost", "gather_facts": False, "tasks": tasks}]

    books = {"empty": play([]),
             "ping": play([{"name": f"ping {i}", "ansible.builtin.ping": {}} for i in range(TASKS)])}
    for carrier in CARRIERS:
        options = carrier_options(emulator, carrier)
        numbers = seeded_numbers(carrier)
        books[carrier] = play([{"name": f"did_info {i}", "voip.carrier.did_info": dict(
            options, number=("+1" + numbers[i]) if i % 2 == 0 else numbers[i])} for i in range(TASKS)])
    paths = {}
    for name, book in books.items():
        paths[name] = workdir / f"{name}.yml"
        paths[name].write_text(yaml.safe_dump(book, sort_keys=False))
    return paths


class PlaybookRunner:
    """``ansible-playbook -i localhost, -c local`` in a clean environment, one process per run."""

    def __init__(self, ansible_playbook: str, collections_path: str, workdir: Path) -> None:
        self.command = ansible_playbook
        self.workdir = workdir
        env = {key: value for key, value in os.environ.items() if not key.startswith(("ANSIBLE_", "VOIP_CARRIER_"))}
        env.update(ANSIBLE_COLLECTIONS_PATH=collections_path, ANSIBLE_HOME=str(workdir / "ansible-home"),
                   ANSIBLE_LOCAL_TEMP=str(workdir / "ansible-tmp"), ANSIBLE_NOCOLOR="1",
                   ANSIBLE_PYTHON_INTERPRETER=sys.executable, ANSIBLE_RETRY_FILES_ENABLED="0",
                   VOIP_CARRIER_BUDGET_DIR=str(workdir / "budget"), XDG_CACHE_HOME=str(workdir / "cache"),
                   NO_PROXY=LOOPBACK, no_proxy=LOOPBACK)
        self.env = env
        self.runs = 0

    def run(self, playbook: Path) -> float:
        self.runs += 1
        log = self.workdir / f"run-{self.runs}.log"
        with open(log, "wb") as output:
            started = time.perf_counter()
            done = subprocess.run([self.command, "-i", "localhost,", "-c", "local", str(playbook)], env=self.env,
                                  stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT, check=False)
            seconds = time.perf_counter() - started
        if done.returncode != 0:
            raise RuntimeError(f"ansible-playbook {playbook.name} failed ({done.returncode}):\n"
                               + log.read_text(errors="replace")[-3000:])
        return seconds


# --------------------------------------------------------------------------- one module process


def module_process(emulator: Emulator, carrier: str, collections_path: str, workdir: Path, env: dict) -> dict:
    """One did_info run outside Ansible: what it imported, and the top imports by cumulative time."""
    args = workdir / f"args-{carrier}.json"
    options = dict(carrier_options(emulator, carrier), number="+1" + seeded_numbers(carrier)[0])
    args.write_text(json.dumps({"ANSIBLE_MODULE_ARGS": options}))
    report = workdir / f"modules-{carrier}.json"
    env = dict(env, PYTHONPATH=collections_path.split(os.pathsep)[0])
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", WRAPPER, str(report),
                           f"{COLLECTION}.plugins.modules.did_info", str(args)],
                          env=env, cwd=workdir, stdin=subprocess.DEVNULL, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    answer = _last_json(done.stdout)
    if done.returncode != 0 or answer is None or answer.get("failed") or not report.exists():
        raise RuntimeError(f"did_info at {carrier} outside Ansible failed ({done.returncode}): {done.stdout[-2000:]}"
                           + "\n".join(line for line in done.stderr.splitlines() if not line.startswith("import time:")))
    seen = json.loads(report.read_text())
    modules = set(seen["modules"])
    package = f"{COLLECTION}.plugins.module_utils.providers.{carrier}"
    return {
        "seconds": round(seconds, 3),
        "dids_found": len(answer.get("dids", [])),
        "imported": {name: name in modules for name in WATCHED},
        "other_adapters": sorted(name for name in OTHER_ADAPTERS if f"{package}.{name}" in modules),
        "did_adapter": f"{package}.did" in modules,
        "ssl_contexts": seen["ssl_contexts"], "ca_bundle_loads": seen["ca_loads"],
        "modules": len(modules),
        "top_imports": top_imports(done.stderr),
    }


def _last_json(text: str):
    for line in reversed(text.strip().splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    return None


def top_imports(importtime: str, count: int = 15) -> list[dict]:
    """The imports with the largest cumulative time, from ``-X importtime`` output, each counted
    where it first appears (the heaviest entry points: ansible.module_utils.basic, httpx ...)."""
    rows = []
    for line in importtime.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        own, cumulative, name = line[len("import time:"):].split("|", 2)
        own, cumulative = int(own), int(cumulative)
        depth = (len(name) - len(name.lstrip()) - 1) // 2
        rows.append({"module": name.strip(), "self_ms": round(own / 1000, 1),
                     "cumulative_ms": round(cumulative / 1000, 1), "depth": depth})
    rows.sort(key=lambda row: row["cumulative_ms"], reverse=True)
    return rows[:count]


# --------------------------------------------------------------------------- report


def print_report(result: dict) -> None:
    box = result["machine"]
    print(f"\nmachine: {box['cores']} cores ({box['cpu']}), load {box['load_average']} at start, "
          f"{result['machine_at_end']['load_average']} at end; Python {box['python']}, ansible-core {box['ansible_core']}")
    print(f"median of {result['settings']['repeat']} runs of each playbook ({TASKS} tasks; per task = "
          f"(playbook - play without tasks) / {TASKS})\n")
    rows = [("playbook", "total s", "per task s", "ratio to ping", "requests")]
    for name in ("empty", "ping") + CARRIERS:
        entry = result["playbooks"][name]
        ratio = result["ratios"].get(name)
        rows.append((name, "%.2f" % entry["seconds"], "" if name == "empty" else "%.3f" % entry["per_task_seconds"],
                     "" if ratio is None else "%.2f%s" % (ratio, " " if ratio <= TARGET_RATIO else "!"),
                     "" if "requests" not in entry else str(entry["requests"])))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.rjust(width) for cell, width in zip(row, widths)))
    print(f"\ntarget: a did_info task / a ping task <= {TARGET_RATIO} ('!' = missed)")
    for carrier, process in result["module_process"].items():
        imported = [name for name, present in process["imported"].items() if present]
        print(f"\ndid_info at {carrier}, one module process outside Ansible: {process['seconds']:.2f} s, "
              f"{process['modules']} modules; imported of {', '.join(WATCHED)}: {', '.join(imported) or 'none'}; "
              f"other adapters: {', '.join(process['other_adapters']) or 'none'}; SSL contexts: "
              f"{process['ssl_contexts']}, CA bundle loads: {process['ca_bundle_loads']}")
        for row in process["top_imports"][:8]:
            print(f"  {row['cumulative_ms']:8.1f} ms  {row['module']}")
    for problem in result["problems"]:
        print("PROBLEM: " + problem)
    print(f"results: {result['output']}")


# --------------------------------------------------------------------------- main


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="benchmarks/startup.py", description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each playbook; the median counts (default 5)")
    parser.add_argument("--report-only", action="store_true", help="exit 0 when the timing target is missed")
    parser.add_argument("--smoke", action="store_true", help="a quick check that the benchmark works: one run, --report-only")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"JSON results (default {DEFAULT_OUTPUT})")
    parser.add_argument("--ansible-playbook", default=None,
                        help="the ansible-playbook to run (default: next to this Python, else on PATH)")
    parser.add_argument("--collections-path", default=os.environ.get("ANSIBLE_COLLECTIONS_PATH")
                        or str(REPO / ".build" / "collections"),
                        help="where voip.carrier is installed (default $ANSIBLE_COLLECTIONS_PATH, else .build/collections)")
    parser.add_argument("--keep", action="store_true", help="keep the working directory (playbooks, logs)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.repeat, args.report_only = 1, True
    if args.repeat < 1:
        parser.error("--repeat must be >= 1")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    ansible_playbook = args.ansible_playbook or str(Path(sys.executable).parent / "ansible-playbook")
    if not os.access(ansible_playbook, os.X_OK):
        ansible_playbook = shutil.which("ansible-playbook") or ansible_playbook
    installed = Path(args.collections_path.split(os.pathsep)[0]) / "ansible_collections" / "voip" / "carrier"
    if not (installed / "plugins" / "modules" / "did_info.py").exists():
        raise SystemExit(f"voip.carrier is not installed in {args.collections_path}; run make install (or make bench-startup)")

    workdir = Path(tempfile.mkdtemp(prefix="voip-bench-startup-"))
    start = machine()
    emulator = Emulator(workdir)
    problems = []
    try:
        seed_questblue(emulator, SEEDED, 0)
        seed_voipms(emulator, SEEDED, 0)
        books = write_playbooks(workdir, emulator)
        runner = PlaybookRunner(ansible_playbook, args.collections_path, workdir)
        samples = {name: [] for name in books}
        requests = {carrier: [] for carrier in CARRIERS}
        runner.run(books["ping"])  # warm-up: the first ansible-playbook of a run pays for cold files
        for _repetition in range(args.repeat):
            for name, path in books.items():
                mark = emulator.mark()
                samples[name].append(runner.run(path))
                if name in requests:
                    requests[name].append(len(emulator.requests_since(mark)))
        for carrier, counts in requests.items():
            expected = TASKS * REQUESTS_PER_TASK[carrier]
            if any(count != expected for count in counts):
                problems.append(f"{carrier}: the did_info playbook made {counts} requests, not {expected} "
                                f"({REQUESTS_PER_TASK[carrier]} a task)")
        processes = {carrier: module_process(emulator, carrier, args.collections_path, workdir, runner.env)
                     for carrier in CARRIERS}
    finally:
        emulator.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    for carrier, process in processes.items():
        if process["dids_found"] != 1:
            problems.append(f"{carrier}: did_info outside Ansible found {process['dids_found']} numbers, not 1")
        if process["imported"]["zeep"] != (carrier == "voipinnovations"):
            problems.append(f"{carrier}: did_info imported zeep: {process['imported']['zeep']} (only the SOAP carrier, "
                            "VoIP Innovations, may)")
    median = {name: statistics.median(values) for name, values in samples.items()}
    playbooks = {}
    for name, seconds in median.items():
        playbooks[name] = {"seconds": round(seconds, 3), "samples": [round(value, 3) for value in samples[name]]}
        if name != "empty":
            playbooks[name]["per_task_seconds"] = round((seconds - median["empty"]) / TASKS, 4)
        if name in requests:
            playbooks[name]["requests"] = max(requests[name])
    ping = playbooks["ping"]["per_task_seconds"]
    ratios = {carrier: round(playbooks[carrier]["per_task_seconds"] / ping, 3) if ping > 0 else None
              for carrier in CARRIERS}
    missed = [f"{carrier}: did_info/ping {ratio} > {TARGET_RATIO}" for carrier, ratio in ratios.items()
              if ratio is None or ratio > TARGET_RATIO]
    result = {"benchmark": "voip.carrier module start-up", "machine": start, "machine_at_end": machine(),
              "settings": {"repeat": args.repeat, "smoke": args.smoke, "tasks": TASKS, "seeded_numbers": SEEDED},
              "targets": {"did_info_to_ping": TARGET_RATIO}, "playbooks": playbooks, "ratios": ratios,
              "module_process": processes, "missed": missed, "problems": problems, "output": str(args.output),
              "workdir": str(workdir) if args.keep else None}
    return finish(result, args.output, print_report, report_only=args.report_only)


if __name__ == "__main__":
    sys.exit(main())
