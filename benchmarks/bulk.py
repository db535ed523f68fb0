"""How fast ``voip.carrier.did_bulk`` converges a whole account in one task (issue 11), measured
against the carrier emulator, next to a ``loop:`` over ``voip.carrier.did``.

    python benchmarks/bulk.py [--numbers 1000,10000] [--latency 0.02] [--repeat 3] [--report-only]
    python benchmarks/bulk.py --smoke          # 200 numbers, every carrier, one run: does it work?

(``make bench-bulk`` builds and installs the collection first; BENCH_ARGS go to this script.)

What it does, in one run so that every figure shares the machine's state:

1. starts the emulator (tests/emulator, through benchmarks/inventory.py's ``Emulator``) on a free
   port, seeds the largest ``--numbers`` at QuestBlue and at VoIP.ms with inventory.py's seeds
   (trunks or sub-accounts, unrouted numbers, SMS on and off, CNAM) and measures the emulator's own
   capacity there, without latency (inventory.py's ``measure_capacity``); VoiceMeUp's account is
   seeded by ``seed_voicemeup`` below (numbers ringing the demo account's two peers or none, SMS
   on and off), VoIP Innovations' by ``seed_voipinnovations`` (an account of its own: numbers on
   two endpoint groups, inbound CNAM on some, SMS on and off);
2. per carrier and per size: re-seeds the account with that many numbers, injects ``--latency`` on
   every request of that carrier (a standing ``latency`` fault), and writes the list the account
   holds (number, description, trunk or routing, CNAM, QuestBlue tier, SMS e-mail where SMS is on,
   taken from the seed payload itself) to a JSON vars file;
   the report gives the no-op's requests per 10,000 numbers, the figure the account's request
   budget pays (VoiceMeUp: 1,200 an hour for everything);
3. times, interleaved, ``--repeat`` times: an ``ansible-playbook`` of one ``ansible.builtin.ping``
   task (the start-up part of the floor) and an ``ansible-playbook`` of one ``did_bulk`` task
   whose ``numbers`` is that list (a no-op: it must make no write); counts each run's requests and
   writes in the emulator's request log;
4. runs the same no-op once as a module process outside Ansible (``python -m
   ansible_collections.voip.carrier.plugins.modules.did_bulk args.json``, the installed collection
   on PYTHONPATH) for its peak memory (max RSS from ``wait4``) and its own time;
5. at the smallest size (1,000 by default): a ``loop:`` over ``voip.carrier.did`` on
   ``--loop-sample`` numbers of the list (per number = (loop playbook - ping playbook) / sample);
   ``--drift`` numbers whose description differs from the account's (only those may be written,
   one write each; VoIP Innovations: one configDID per 100 of them), then the no-op again with
   that list (no write);
6. compares: no-op / floor, where floor = the snapshot's list requests x latency + the ping
   playbook (target <= 2 at the smallest size), and the loop extrapolated to the smallest size /
   the no-op there (target >= 100); prints a table, writes the figures as JSON (``--output``) and
   exits 1 when a target is missed (not with ``--report-only`` or ``--smoke``), 2 when a run is
   wrong (it failed, a no-op wrote, the drift wrote other numbers or another count: always).

``rate_limit: 100000/1`` in every task: the emulator enforces no limit, and the collection's default
budget would make the figures the budget's. Only loopback traffic (the emulator on 127.0.0.1).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

# The emulator, its seeded accounts and its capacity measurement are the inventory benchmark's.
from inventory import BUDGET, PAGE, QB_KEY, QB_LOGIN, QB_PASSWORD, REPO, VM_PASSWORD, VM_USER, Emulator, finish, machine, \
    measure_capacity, seed_questblue, seed_voipms, _spread

DEFAULT_OUTPUT = REPO / ".build" / "bench" / "bulk.json"
CALLBACK_DIR = REPO / "tests" / "tools" / "callback_plugins"   # voip_results: task results as JSON lines
TARGET_FLOOR = 2.0       # no-op / (snapshot requests x latency + ping playbook), at the smallest size
TARGET_SPEEDUP = 100.0   # loop over did extrapolated to the smallest size / no-op there
COLLECTION = "ansible_collections.voip.carrier"
CARRIERS = ("questblue", "voipms", "voicemeup", "voipinnovations")
LOOPBACK = "127.0.0.1,localhost,::1"
VOIPMS_MAIN_ROUTING = "account:100000"   # the seed routes some numbers to the main account, not a sub-account
# The calls that write: QuestBlue every method but GET (the emulator's own ``write`` flag says the same);
# VoIP.ms and VoiceMeUp the one write a description change costs; VoIP Innovations the configDID batch
# that carries DRIFT_BATCH numbers (the driver's client.batch_size).
DRIFT_WRITE = {"questblue": "questblue PUT /did", "voipms": "voipms setDIDInfo", "voicemeup": "voicemeup update_did",
               "voipinnovations": "voipinnovations configDID"}
DRIFT_BATCH = {"voipinnovations": 100}
# An account of its own at VoIP Innovations (the demo account holds numbers of the other tests), its
# endpoint groups by the names did_bulk's trunk option gives them.
VI_LOGIN, VI_SECRET = "bench-vi", "bench-vi-secret-2026"
VI_GROUPS = ((17001, "pbxa"), (17002, "pbxb"))
VI_READS = 2   # auditDIDs and AuditEndpointGroups (see needed_reads)
# The emulator's seeded VoiceMeUp account (docs/emulator.md) and its two peers, by the names
# did_bulk's trunk option gives them: a peer that registers by its peer_username, a static one by
# its friendly_name.
VMU_USER, VMU_TOKEN = "demo-vmu", "0123456789abcdef0123456789abcdef"
VMU_PEERS = (("40001", "demo-pbx-01"), ("40002", "Data center trunk"))
VMU_READS = 2   # get_dids and get_peers (see needed_reads)
DID_KEYS = ("number", "tier", "description", "trunk", "routing", "cnam")


# --------------------------------------------------------------------------- accounts and lists


class SeedRecorder:
    """Passes inventory.py's seed calls to the emulator and keeps their payloads: the list the
    benchmark gives did_bulk is built from exactly what was seeded."""

    def __init__(self, emulator: Emulator) -> None:
        self.emulator = emulator
        self.payloads = {}

    def seed(self, carrier: str, **keys) -> dict:
        self.payloads[carrier] = keys
        return self.emulator.seed(carrier, **keys)


def seed_voicemeup(emulator, count: int, ports: int) -> dict:
    """``count`` VoiceMeUp numbers: a third ringing each of the demo account's peers (option
    ``enable_peer``), a third unrouted; a third can carry SMS (``sms_support``), half of those with
    SMS on and delivered by e-mail (options on the number itself). No port-ins (``ports`` is 0)."""
    dids, sms_capable = [], 0
    for index in range(count):
        item = {"phone_number": _spread(index, ("514", "416", "604", "403")), "friendly_name": "Line %d" % index,
                "options": []}
        if index % 3 < len(VMU_PEERS):
            item["client_peer_ids"] = VMU_PEERS[index % 3][0]
            item["options"].append("enable_peer")
        if index % 3 == 0:
            sms_capable += 1
            item["sms_support"] = "1"
            if index % 2 == 0:
                item["options"] += ["enable_sms", "enable_sms_email_notify"]
                item["sms_notify_email"] = "sms%d@example.com" % index
        dids.append(item)
    emulator.seed("voicemeup", dids=dids)
    return {"numbers": count, "sms_capable": sms_capable, "port_ins": ports}


def seed_voipinnovations(emulator, count: int, ports: int) -> dict:
    """``count`` VoIP Innovations numbers in an account of its own: half routed to each of its two
    endpoint groups (none unconfigured: configDID sets a description together with the group, so the
    drift could not change one there), inbound CNAM on every fourth; a third can carry SMS and half
    of those have it on, delivered by e-mail. No port-ins (``ports`` is 0)."""
    dids, sms = [], []
    for index in range(count):
        tn = _spread(index, ("720", "303", "719", "970"))
        item = {"account": VI_LOGIN, "tn": tn, "refId": "Line %d" % index, "cnam": index % 4 == 0,
                "sms": index % 3 == 0, "endpointId": VI_GROUPS[index % 2][0]}
        if index % 3 == 0 and index % 2 == 0:
            sms.append({"account": VI_LOGIN, "tn": tn, "Enabled": True, "DestinationType": "EMAIL",
                        "Destination": "sms%d@example.com" % index})
        dids.append(item)
    emulator.seed("voipinnovations", accounts=[{"login": VI_LOGIN, "secret": VI_SECRET}],
                  endpoint_groups=[{"account": VI_LOGIN, "ID": group, "Name": name} for group, name in VI_GROUPS],
                  dids=dids, sms=sms)
    return {"numbers": count, "sms_capable": sum(1 for item in dids if item["sms"]), "port_ins": ports}


SEEDERS = {"questblue": seed_questblue, "voipms": seed_voipms, "voicemeup": seed_voicemeup,
           "voipinnovations": seed_voipinnovations}


def seed_account(emulator: Emulator, carrier: str, count: int, latency: float | None) -> tuple[dict, dict]:
    """The carrier's account reset and seeded with ``count`` numbers (no port-ins), the latency
    fault standing on that carrier (None: none). Returns the seed payload and inventory.py's summary."""
    emulator.call("POST", "/reset", {"carrier": carrier})  # drops the carrier's faults and request log too
    recorder = SeedRecorder(emulator)
    seeded = SEEDERS[carrier](recorder, count, 0)
    if latency:
        emulator.call("POST", "/faults", {"carrier": carrier, "kind": "latency", "delay": latency, "times": 2 ** 31})
    return recorder.payloads[carrier], seeded


def bulk_items(carrier: str, payload: dict, with_sms: bool) -> list[dict]:
    """One did_bulk item per seeded number, with every setting the seed gave it: applied to the
    account as it is, it must change nothing."""
    if carrier == "questblue":
        return [_questblue_item(row, with_sms) for row in payload["owned"]]
    if carrier == "voicemeup":
        return [_voicemeup_item(row, with_sms) for row in payload["dids"]]
    if carrier == "voipinnovations":
        emails = {row["tn"]: row["Destination"] for row in payload["sms"]}
        return [_voipinnovations_item(row, emails.get(row["tn"]) if with_sms else None) for row in payload["dids"]]
    return [_voipms_item(row, with_sms) for row in payload["dids"]]


def _questblue_item(row: dict, with_sms: bool) -> dict:
    item = {"number": "+1" + row["did"], "tier": row["tier"], "description": row["note"], "trunk": row["route2trunk"]}
    if row.get("cnam") == "yes":
        item["cnam"] = True   # the seed leaves CNAM unset ("") on the others: nothing to compare there
    if with_sms and row.get("sms", {}).get("forward2email"):
        item["sms"] = {"email": row["sms"]["forward2email"]}
    return item


def _voipms_item(row: dict, with_sms: bool) -> dict:
    item = {"number": "+1" + row["did"], "description": row["note"], "cnam": row["cnam"] == "1"}
    if row["routing"] == VOIPMS_MAIN_ROUTING:
        item["routing"] = row["routing"]   # the main account is no sub-account, so no trunk
    else:
        item["trunk"] = row["routing"].split("_", 1)[1]
    if with_sms and row.get("sms_enabled") == "1" and row.get("sms_email_enabled") == "1":
        item["sms"] = {"email": row["sms_email"]}
    return item


def _voicemeup_item(row: dict, with_sms: bool) -> dict:
    peers = dict(VMU_PEERS)
    item = {"number": "+1" + row["phone_number"], "description": row["friendly_name"],
            "trunk": peers.get(row.get("client_peer_ids"), "")}   # "": rings no peer, as seeded
    if with_sms and "enable_sms_email_notify" in row["options"]:
        item["sms"] = {"email": row["sms_notify_email"]}
    return item


def _voipinnovations_item(row: dict, sms_email: str | None) -> dict:
    item = {"number": "+1" + row["tn"], "description": row["refId"], "cnam": row["cnam"],
            "trunk": dict(VI_GROUPS)[row["endpointId"]]}
    if sms_email:
        item["sms"] = {"email": sms_email}
    return item


def drift_writes(carrier: str, numbers: int) -> int:
    """The writes a drift of ``numbers`` descriptions must cost: one per number, or one per batch."""
    batch = DRIFT_BATCH.get(carrier)
    return math.ceil(numbers / batch) if batch else numbers


def drifted(items: list[dict], count: int, round_: int) -> tuple[list[dict], list[str]]:
    """The list with ``count`` numbers, spread over the account, given a new description
    (different in every round, at most 15 characters for QuestBlue); and those numbers."""
    step = max(1, len(items) // max(1, count))
    chosen = set(range(step // 2, len(items), step)[:count])
    changed = [dict(item, description="Drift%d %d" % (round_, index)) if index in chosen else item
               for index, item in enumerate(items)]
    return changed, [items[index]["number"] for index in sorted(chosen)]


def loop_sample(items: list[dict], count: int) -> list[dict]:
    """``count`` items spread over the list, with the options of voip.carrier.did only."""
    step = max(1, len(items) // max(1, count))
    return [{key: item[key] for key in DID_KEYS if key in item} for item in items[step // 2::step][:count]]


def needed_reads(carrier: str, seeded: dict, items: list[dict]) -> int:
    """The list requests the account snapshot of this list needs: QuestBlue pages of 200 of
    ``GET /did``, and of ``GET /sms`` when an item sets SMS; VoIP.ms one ``getDIDsInfo`` (it
    carries the SMS settings too); VoiceMeUp one ``get_dids`` (SMS options included) and one
    ``get_peers`` (the numbers ring peers by id; the trunk names are the peers'); VoIP Innovations
    one ``auditDIDs`` and one ``AuditEndpointGroups`` (the trunk names), and one ``AuditSMS`` with a
    blank tn when an item sets SMS."""
    with_sms = any("sms" in item for item in items)
    if carrier == "voipms":
        return 1
    if carrier == "voicemeup":
        return VMU_READS
    if carrier == "voipinnovations":
        return VI_READS + (1 if with_sms else 0)
    return math.ceil(seeded["numbers"] / PAGE) + (math.ceil(seeded["sms_capable"] / PAGE) if with_sms else 0)


def connection(emulator: Emulator, carrier: str) -> dict:
    options = {"provider": carrier, "api_url": f"{emulator.url}/{carrier}", "rate_limit": BUDGET}
    if carrier == "questblue":
        options.update(api_username=QB_LOGIN, api_password=QB_PASSWORD, api_key=QB_KEY)
    elif carrier == "voicemeup":
        options.update(api_username=VMU_USER, api_key=VMU_TOKEN)
    elif carrier == "voipinnovations":
        options.update(api_username=VI_LOGIN, api_password=VI_SECRET)
    else:
        options.update(api_username=VM_USER, api_password=VM_PASSWORD)
    return options


# --------------------------------------------------------------------------- playbooks


def play(tasks: list[dict], vars_file: Path | None = None) -> list[dict]:
    book = {"name": "bench", "hosts": "localhost", "gather_facts": False, "tasks": tasks}
    if vars_file is not None:
        book["vars_files"] = [str(vars_file)]
    return [book]


def write_yaml(path: Path, document) -> Path:
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def bulk_playbook(workdir: Path, name: str, options: dict, items: list[dict]) -> Path:
    """A playbook of one did_bulk task; the list comes from a JSON vars file (JSON: what Ansible
    parses fastest, so the figure is the module's, not the YAML parser's)."""
    vars_file = workdir / f"{name}.json"
    vars_file.write_text(json.dumps({"bulk_numbers": items}))
    task = {"name": "did_bulk", "voip.carrier.did_bulk": dict(options, numbers="{{ bulk_numbers }}")}
    return write_yaml(workdir / f"{name}.yml", play([task], vars_file))


def loop_playbook(workdir: Path, name: str, options: dict, sample: list[dict]) -> Path:
    """A ``loop:`` of voip.carrier.did over ``sample``, each option omitted where the item has none."""
    vars_file = workdir / f"{name}.json"
    vars_file.write_text(json.dumps({"loop_numbers": sample}))
    arguments = dict(options, number="{{ item.number }}")
    for key in DID_KEYS[1:]:
        if any(key in item for item in sample):
            arguments[key] = "{{ item.%s | default(omit) }}" % key
    task = {"name": "did loop", "voip.carrier.did": arguments, "loop": "{{ loop_numbers }}"}
    return write_yaml(workdir / f"{name}.yml", play([task], vars_file))


class PlaybookRunner:
    """``ansible-playbook -i localhost, -c local`` in a clean environment, one process per run; the
    task results come back through the test harness's voip_results callback."""

    def __init__(self, ansible_playbook: str, collections_path: str, workdir: Path) -> None:
        self.command = ansible_playbook
        self.workdir = workdir
        config = workdir / "ansible.cfg"
        config.write_text("# empty: settings come from the environment (benchmarks/bulk.py)\n")
        env = {key: value for key, value in os.environ.items() if not key.startswith(("ANSIBLE_", "VOIP_CARRIER_"))}
        env.update(ANSIBLE_CONFIG=str(config), ANSIBLE_COLLECTIONS_PATH=collections_path,
                   ANSIBLE_HOME=str(workdir / "ansible-home"), ANSIBLE_LOCAL_TEMP=str(workdir / "ansible-tmp"),
                   ANSIBLE_NOCOLOR="1", ANSIBLE_PYTHON_INTERPRETER=sys.executable, ANSIBLE_RETRY_FILES_ENABLED="0",
                   ANSIBLE_LOCALHOST_WARNING="0", ANSIBLE_INVENTORY_UNPARSED_WARNING="0",
                   ANSIBLE_CALLBACK_PLUGINS=str(CALLBACK_DIR), ANSIBLE_CALLBACKS_ENABLED="voip_results",
                   VOIP_CARRIER_BUDGET_DIR=str(workdir / "budget"), XDG_CACHE_HOME=str(workdir / "cache"),
                   NO_PROXY=LOOPBACK, no_proxy=LOOPBACK)
        self.env = env
        self.runs = 0

    def run(self, playbook: Path, may_fail: bool = False) -> dict:
        """One run: its wall time and its task results (``ok``/``failed`` records of voip_results).
        A failed run raises, unless ``may_fail`` (its failed task is then in the results)."""
        self.runs += 1
        log = self.workdir / f"run-{self.runs}.log"
        results = self.workdir / f"run-{self.runs}.jsonl"
        with open(log, "wb") as output:
            started = time.perf_counter()
            done = subprocess.run([self.command, "-i", "localhost,", "-c", "local", str(playbook)],
                                  env=dict(self.env, VOIP_RESULTS_FILE=str(results)), cwd=self.workdir,
                                  stdin=subprocess.DEVNULL, stdout=output, stderr=subprocess.STDOUT, check=False)
            seconds = time.perf_counter() - started
        if done.returncode != 0 and not (may_fail and results.exists()):
            raise RuntimeError(f"ansible-playbook {playbook.name} failed ({done.returncode}):\n"
                               + log.read_text(errors="replace")[-3000:])
        records = [json.loads(line) for line in results.read_text(encoding="utf-8").splitlines() if line.strip()]
        return {"seconds": seconds, "tasks": [r for r in records if r.get("event") in ("ok", "failed")]}


# --------------------------------------------------------------------------- one module process


def module_process(options: dict, items: list[dict], runner: PlaybookRunner, name: str, profile: bool = False) -> dict:
    """did_bulk run once outside Ansible, as Ansible runs a module's main (arguments from a JSON
    file in argv[1]): its own time and peak memory (max RSS of that process, from wait4). With
    ``profile``: under cProfile (the top functions by cumulative time) and ``-X importtime``."""
    workdir = runner.workdir
    args = workdir / f"{name}-args.json"
    args.write_text(json.dumps({"ANSIBLE_MODULE_ARGS": dict(options, numbers=items)}))
    env = dict(runner.env, PYTHONPATH=runner.env["ANSIBLE_COLLECTIONS_PATH"].split(os.pathsep)[0],
               PYTHONDONTWRITEBYTECODE="1")   # compiled every run, as Ansible's AnsiballZ payload is
    module = f"{COLLECTION}.plugins.modules.did_bulk"
    command = [sys.executable]
    prof = workdir / f"{name}.prof"
    if profile:
        command += ["-X", "importtime", "-m", "cProfile", "-o", str(prof)]
    command += ["-m", module, str(args)]
    out, err = workdir / f"{name}.out", workdir / f"{name}.err"
    with open(out, "wb") as stdout, open(err, "wb") as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, env=env, cwd=workdir, stdin=subprocess.DEVNULL,  # pylint: disable=consider-using-with
                                   stdout=stdout, stderr=stderr)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    answer = _last_json(out.read_text(errors="replace"))
    if os.waitstatus_to_exitcode(status) != 0 or answer is None or answer.get("failed"):
        raise RuntimeError(f"did_bulk outside Ansible failed: {out.read_text(errors='replace')[-2000:]}"
                           + _without_importtime(err.read_text(errors="replace"))[-2000:])
    result = {"seconds": round(seconds, 3), "max_rss_mb": round(usage.ru_maxrss / 1024.0, 1),
              "changed": answer.get("changed"), "counts": answer.get("counts")}
    if profile:
        result["profile"] = {"file": str(prof), "top_cumulative": top_functions(prof, "cumulative"),
                             "top_own": top_functions(prof, "tottime"),
                             "top_imports": top_imports(err.read_text(errors="replace"))}
    return result


def _last_json(text: str):
    for line in reversed(text.strip().splitlines()):
        try:
            return json.loads(line)
        except ValueError:
            continue
    return None


def _without_importtime(text: str) -> str:
    return "\n".join(line for line in text.splitlines() if not line.startswith("import time:"))


def top_functions(prof: Path, key: str, count: int = 20) -> list[dict]:
    """The functions with the largest ``key`` time (cumulative or own) in a cProfile file."""
    import pstats  # pylint: disable=import-outside-toplevel  # only with --profile
    stats = pstats.Stats(str(prof)).stats  # {(file, line, name): (calls, primitive, tottime, cumtime, callers)}
    index = 3 if key == "cumulative" else 2
    # The interpreter's own frames (runpy, the import machinery, exec) wrap everything: left out.
    rows = sorted(((where, value) for where, value in stats.items()
                   if not where[0].startswith(("<frozen", "<string>", "~")) and "runpy" not in where[0]),
                  key=lambda entry: entry[1][index], reverse=True)[:count]
    return [{"function": "%s:%d(%s)" % (_short(where[0]), where[1], where[2]), "calls": value[0],
             "own_s": round(value[2], 3), "cumulative_s": round(value[3], 3)} for where, value in rows]


def _short(path: str) -> str:
    for marker in ("ansible_collections/", "site-packages/", "lib/python"):
        if marker in path:
            return path.split(marker, 1)[1]
    return path


def top_imports(importtime: str, count: int = 10) -> list[dict]:
    """The imports with the largest cumulative time, from ``-X importtime`` output."""
    rows = []
    for line in importtime.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _own, cumulative, name = line[len("import time:"):].split("|", 2)
        rows.append({"module": name.strip(), "cumulative_ms": round(int(cumulative) / 1000, 1)})
    rows.sort(key=lambda row: row["cumulative_ms"], reverse=True)
    return rows[:count]


# --------------------------------------------------------------------------- measuring


class Measure:
    """Runs playbooks and reads what each did at the emulator."""

    def __init__(self, emulator: Emulator, runner: PlaybookRunner, carrier: str, problems: list[str]) -> None:
        self.emulator = emulator
        self.runner = runner
        self.carrier = carrier
        self.problems = problems

    def playbook(self, playbook: Path, may_fail: bool = False) -> dict:
        mark = self.emulator.mark()
        run = self.runner.run(playbook, may_fail)
        log = self.emulator.requests_since(mark)
        run.update(requests=len(log), writes=sum(1 for entry in log if entry.get("write")), by_call=_calls(log),
                   written=sorted({number for entry in log if entry.get("write") for number in _numbers_of(entry)}))
        return run

    def bulk(self, playbook: Path, label: str, size: int) -> dict:
        """One did_bulk playbook; its task result's counts, api_calls and actions."""
        run = self.playbook(playbook, may_fail=True)
        (task,) = run["tasks"]
        result = task.get("result") or {}
        if task.get("failed"):
            self.problems.append(f"{self.carrier} {label} at {size}: did_bulk failed: {task.get('msg')}")
        actions = {}
        for entry in result.get("numbers") or ():
            actions.setdefault(entry.get("action"), []).append(entry.get("number"))
        run.update(changed=result.get("changed"), counts=result.get("counts"), api_calls=result.get("api_calls"),
                   actions=actions)
        return run

    def noop(self, playbook: Path, label: str, size: int) -> dict:
        run = self.bulk(playbook, label, size)
        if run["writes"] or run["changed"] or (run["counts"] or {}).get("unchanged") != size:
            self.problems.append(f"{self.carrier} {label} at {size}: a no-op made {run['writes']} writes, changed="
                                 f"{run['changed']}, counts {run['counts']} (expected 0 writes, {size} unchanged)")
        return run


def _numbers_of(entry: dict) -> list[str]:
    """The numbers a logged write concerns: every DIDParam's tn of a VoIP Innovations batch, else
    the one ``_number_of`` finds."""
    if entry["carrier"] == "voipinnovations":
        import re  # pylint: disable=import-outside-toplevel
        return ["+1" + tn for tn in re.findall(r"<(?:\w+:)?tn>(\d{10})<", entry.get("body") or "")] or ["?"]
    return [_number_of(entry)]


def _number_of(entry: dict) -> str:
    """The number a logged write concerns (QuestBlue ``did`` in the JSON body, VoIP.ms ``did``
    and VoiceMeUp ``phone_number`` in the form), for checking that only the drifted numbers were written."""
    import urllib.parse  # pylint: disable=import-outside-toplevel
    body = entry.get("body") or ""
    try:
        value = json.loads(body).get("did")
    except (ValueError, AttributeError):
        form = urllib.parse.parse_qs(body) | urllib.parse.parse_qs(entry.get("query") or "")
        value = (form.get("did") or form.get("phone_number") or [None])[0]
    return "+1" + str(value)[-10:] if value else "?"


def _calls(log: list[dict]) -> dict:
    """Requests by call: ``questblue GET /did``, ``voipms getDIDsInfo``, ``voicemeup get_dids``."""
    import urllib.parse  # pylint: disable=import-outside-toplevel
    counts = {}
    for entry in log:
        if entry["carrier"] == "voicemeup":
            call = "voicemeup " + entry["path"].rstrip("/").rsplit("/", 1)[-1]   # .../json/<request_type>
        elif entry["carrier"] == "voipms":
            params = urllib.parse.parse_qs(entry.get("query") or "") | urllib.parse.parse_qs(entry.get("body") or "")
            call = "voipms " + (params.get("method") or ["?"])[0]
        elif entry["carrier"] == "voipinnovations":
            call = "voipinnovations " + ((entry.get("soap") or {}).get("operation") or "?")   # the emulator's mark
        else:
            call = "%s %s %s" % (entry["carrier"], entry["method"], entry["path"])
        counts[call] = counts.get(call, 0) + 1
    return counts


def measure_carrier(carrier: str, emulator: Emulator, runner: PlaybookRunner, args, problems: list[str]) -> dict:
    """Every figure of one carrier: the no-op at each size, and at the smallest the loop and the drift."""
    measure = Measure(emulator, runner, carrier, problems)
    options = connection(emulator, carrier)
    ping = write_yaml(runner.workdir / "ping.yml", play([{"name": "ping", "ansible.builtin.ping": {}}]))
    base = min(args.sizes)
    report = {"sizes": {}}
    for size in sorted(args.sizes):
        payload, seeded = seed_account(emulator, carrier, size, args.latency)
        items = bulk_items(carrier, payload, args.sms)
        noop_book = bulk_playbook(runner.workdir, f"{carrier}-{size}-noop", options, items)
        pings, noops = [], []
        for _repetition in range(args.repeat):
            pings.append(runner.run(ping)["seconds"])
            noops.append(measure.noop(noop_book, "no-op", size))
        alone = module_process(options, items, runner, f"{carrier}-{size}")
        if args.profile and size == base:   # a run of its own: cProfile would inflate the time and memory above
            alone["profile"] = module_process(options, items, runner, f"{carrier}-{size}-profiled", profile=True)["profile"]
        report["sizes"][str(size)] = summarise_noop(carrier, size, seeded, items, pings, noops, alone, args)
        if size == base:
            report["loop"] = measure_loop(measure, options, items, args, statistics.median(pings))
            report["drift"] = measure_drift(measure, options, items, args, size)
    return report


def summarise_noop(carrier, size, seeded, items, pings, noops, alone, args) -> dict:
    ping, seconds = statistics.median(pings), statistics.median(run["seconds"] for run in noops)
    needed = needed_reads(carrier, seeded, items)
    floor = needed * args.latency + ping
    first = noops[0]
    return {
        "numbers": size, "with_sms": sum(1 for item in items if "sms" in item),
        "seconds": round(seconds, 3), "samples": [round(run["seconds"], 3) for run in noops],
        "requests": max(run["requests"] for run in noops), "needed": needed,
        # What the account's request budget pays per 10,000 numbers (a fixed cost, such as
        # VoiceMeUp's get_peers, weighs more on a small account).
        "requests_per_10000": round(max(run["requests"] for run in noops) * 10000 / size, 1),
        "writes": max(run["writes"] for run in noops), "by_call": first["by_call"],
        "counts": first["counts"], "api_calls": first["api_calls"],
        "ping_playbook_s": round(ping, 3), "ping_samples": [round(value, 3) for value in pings],
        "floor": {"seconds": round(floor, 3), "latency_part": round(needed * args.latency, 3),
                  "startup_part": round(ping, 3)},
        "noop_to_floor": round(seconds / floor, 3),
        "module_alone": alone,
    }


def measure_loop(measure: Measure, options: dict, items: list[dict], args, ping: float) -> dict:
    sample = loop_sample(items, args.loop_sample)
    book = loop_playbook(measure.runner.workdir, f"{measure.carrier}-loop", options, sample)
    runs = [measure.playbook(book) for _repetition in range(args.repeat)]
    for run in runs:
        (task,) = run["tasks"]
        if task.get("failed") or task.get("changed") or run["writes"]:
            measure.problems.append(f"{measure.carrier} loop over did: failed={task.get('failed')}, changed="
                                    f"{task.get('changed')}, {run['writes']} writes (expected a no-op): {task.get('msg')}")
    seconds = statistics.median(run["seconds"] for run in runs)
    per_number = (seconds - ping) / len(sample)
    return {"sample": len(sample), "seconds": round(seconds, 3), "samples": [round(run["seconds"], 3) for run in runs],
            "ping_playbook_s": round(ping, 3), "per_number_s": round(per_number, 4),
            "requests": runs[0]["requests"], "requests_per_number": round(runs[0]["requests"] / len(sample), 2),
            "writes": max(run["writes"] for run in runs), "by_call": runs[0]["by_call"]}


def measure_drift(measure: Measure, options: dict, items: list[dict], args, size: int) -> dict:
    """``--drift`` descriptions changed in the list, a new value each round: each round must
    write those numbers, once each, and nothing else; then the no-op with the last list none."""
    carrier, runs = measure.carrier, []
    expected = min(args.drift, size)
    writes = drift_writes(carrier, expected)
    for round_ in range(1, args.repeat + 1):
        changed_items, numbers = drifted(items, args.drift, round_)
        book = bulk_playbook(measure.runner.workdir, f"{carrier}-drift-{round_}", options, changed_items)
        run = measure.bulk(book, f"drift round {round_}", size)
        updated = sorted(run["actions"].get("updated", []))
        if (run["writes"] != writes or run["by_call"].get(DRIFT_WRITE[carrier]) != writes
                or run["written"] != sorted(numbers) or updated != sorted(numbers)
                or (run["counts"] or {}).get("unchanged") != size - expected):
            measure.problems.append(
                f"{carrier} drift round {round_}: {run['writes']} writes ({_writes_only(run['by_call'])}) to "
                f"{len(run['written'])} numbers, {len(updated)} reported updated, counts {run['counts']}; expected "
                f"{writes} x {DRIFT_WRITE[carrier]} to the {expected} drifted numbers, and {size - expected} unchanged")
        runs.append(run)
    again = measure.noop(book, "no-op after the drift", size)
    seconds = statistics.median(run["seconds"] for run in runs)
    return {"drifted": expected, "expected_writes": {DRIFT_WRITE[carrier]: writes},
            "seconds": round(seconds, 3), "samples": [round(run["seconds"], 3) for run in runs],
            "requests": runs[-1]["requests"], "writes": max(run["writes"] for run in runs),
            "reads": runs[-1]["requests"] - runs[-1]["writes"], "by_call": runs[-1]["by_call"],
            "counts": runs[-1]["counts"], "api_calls": runs[-1]["api_calls"],
            "noop_after": {"seconds": round(again["seconds"], 3), "requests": again["requests"],
                           "writes": again["writes"], "counts": again["counts"]}}


def _writes_only(by_call: dict) -> str:
    return ", ".join(f"{call} {count}" for call, count in by_call.items()
                     if not call.startswith(("questblue GET", "voipms get", "voicemeup get", "voipinnovations audit",
                                             "voipinnovations Audit", "voipinnovations query"))) or "none"


# --------------------------------------------------------------------------- report


def ratios(report: dict, base: int) -> dict:
    at_base = report["sizes"][str(base)]
    loop = report["loop"]
    loop_at_base = loop["per_number_s"] * base
    return {"noop_to_floor_at_%d" % base: at_base["noop_to_floor"],
            "loop_at_%d_s" % base: round(loop_at_base, 2),
            "speedup_at_%d" % base: round(loop_at_base / at_base["seconds"], 1) if at_base["seconds"] else None}


def print_report(result: dict) -> None:
    box, settings = result["machine"], result["settings"]
    capacity = result["emulator_capacity"]
    base = settings["target_size"]
    print(f"\nmachine: {box['cores']} cores ({box['cpu']}), load {box['load_average']} at start, "
          f"{result['machine_at_end']['load_average']} at end; Python {box['python']}, ansible-core {box['ansible_core']}")
    print(f"latency {settings['latency'] * 1000:.0f} ms a request; median of {settings['repeat']} runs; lists: number, "
          f"description, trunk/routing, CNAM, QuestBlue tier{', SMS e-mail where on' if settings['sms'] else ''}")
    print(f"emulator at {capacity['seeded_numbers']} numbers, one keep-alive connection, no latency: "
          f"{capacity['small_requests_per_s']:.0f} small requests/s; QuestBlue list pages "
          f"{capacity['questblue_snapshot']['requests']} in {capacity['questblue_snapshot']['seconds']:.3f} s; VoIP.ms "
          f"getDIDsInfo + getLNPList {capacity['voipms_snapshot']['seconds']:.3f} s\n")
    header = ("carrier", "numbers", "no-op s", "req", "need", "req/10k", "writes", "ping s", "floor s", "no-op/floor",
              "module s", "peak MB")
    rows = [header]
    for carrier, report in result["carriers"].items():
        for size, entry in report["sizes"].items():
            mark = _mark(entry["noop_to_floor"] <= TARGET_FLOOR) if int(size) == base else " "
            rows.append((carrier, size, "%.2f" % entry["seconds"], str(entry["requests"]), str(entry["needed"]),
                         "%g" % entry["requests_per_10000"], str(entry["writes"]), "%.2f" % entry["ping_playbook_s"], "%.2f" % entry["floor"]["seconds"],
                         "%.2f%s" % (entry["noop_to_floor"], mark), "%.2f" % entry["module_alone"]["seconds"],
                         "%.0f" % entry["module_alone"]["max_rss_mb"]))
    _table(rows)
    print(f"\nfloor = list requests x latency + a one-task ansible.builtin.ping playbook; target no-op/floor <= "
          f"{TARGET_FLOOR} at {base} numbers ('!' = missed). req/10k: the no-op's requests per 10,000 numbers. "
          f"module s / peak MB: did_bulk run once outside Ansible")
    print(f"\nat {base} numbers:")
    rows = [("carrier", "loop n", "loop s", "per number s", "req/number", f"loop x{base} s", "bulk s", "speed-up",
             "drift", "writes", "drift req", "drift s", "no-op after: writes")]
    for carrier, report in result["carriers"].items():
        loop, drift, ratio = report["loop"], report["drift"], report["ratios"]
        speedup = ratio["speedup_at_%d" % base]
        rows.append((carrier, str(loop["sample"]), "%.2f" % loop["seconds"], "%.3f" % loop["per_number_s"],
                     "%.1f" % loop["requests_per_number"], "%.1f" % ratio["loop_at_%d_s" % base],
                     "%.2f" % report["sizes"][str(base)]["seconds"],
                     "%.0fx%s" % (speedup or 0, _mark(speedup is not None and speedup >= TARGET_SPEEDUP)),
                     str(drift["drifted"]), str(drift["writes"]), str(drift["requests"]), "%.2f" % drift["seconds"],
                     str(drift["noop_after"]["writes"])))
    _table(rows)
    print(f"\nloop per number = (loop playbook - ping playbook) / loop n; speed-up = per number x {base} / bulk no-op; "
          f"target >= {TARGET_SPEEDUP:.0f}x. drift: descriptions changed in the list, one write each expected "
          f"({', '.join(sorted(set(DRIFT_WRITE.values())))}; a configDID carries "
          f"{DRIFT_BATCH['voipinnovations']} numbers)")
    for carrier, report in result["carriers"].items():
        profile = report["sizes"][str(base)]["module_alone"].get("profile")
        if profile:
            print(f"\n{carrier}: did_bulk at {base} numbers under cProfile, top by cumulative time:")
            for row in profile["top_cumulative"][:15]:
                print(f"  {row['cumulative_s']:7.3f} s {row['own_s']:7.3f} s own {row['calls']:8d} calls  {row['function']}")
            print("  top by own time:")
            for row in profile["top_own"][:8]:
                print(f"  {row['cumulative_s']:7.3f} s {row['own_s']:7.3f} s own {row['calls']:8d} calls  {row['function']}")
            print("  top imports: " + ", ".join(f"{row['module']} {row['cumulative_ms']:.0f} ms" for row in profile["top_imports"][:6]))
    for problem in result["problems"]:
        print("PROBLEM: " + problem)
    print(f"results: {result['output']}")


def _table(rows) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print("  ".join(cell.rjust(width) for cell, width in zip(row, widths)))


def _mark(met: bool) -> str:
    return " " if met else "!"


# --------------------------------------------------------------------------- main


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="benchmarks/bulk.py", description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--numbers", default="1000,10000",
                        help="comma-separated account sizes of the no-op (default 1000,10000); the loop, the drift and "
                             "the targets use the smallest")
    parser.add_argument("--latency", type=float, default=0.02, help="seconds added to every carrier request (default 0.02)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each kind; the median counts (default 3)")
    parser.add_argument("--drift", type=int, default=100,
                        help="numbers of the smallest size whose description the list changes (default 100)")
    parser.add_argument("--loop-sample", type=int, default=20,
                        help="numbers of the loop over voip.carrier.did (default 20)")
    parser.add_argument("--carriers", default=",".join(CARRIERS),
                        help="comma-separated: questblue, voipms, voicemeup, voipinnovations")
    parser.add_argument("--sms", action=argparse.BooleanOptionalAction, default=True,
                        help="give the SMS e-mail of the numbers that have SMS on in the lists (default: yes)")
    parser.add_argument("--profile", action="store_true",
                        help="profile the module process at the smallest size (cProfile, -X importtime)")
    parser.add_argument("--report-only", action="store_true", help="exit 0 when a timing target is missed")
    parser.add_argument("--smoke", action="store_true",
                        help="a quick check that the benchmark works: 200 numbers, 20 drifted, a loop of 3, one run, "
                             "--report-only")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT, help=f"JSON results (default {DEFAULT_OUTPUT})")
    parser.add_argument("--ansible-playbook", default=None,
                        help="the ansible-playbook to run (default: next to this Python, else on PATH)")
    parser.add_argument("--collections-path", default=os.environ.get("ANSIBLE_COLLECTIONS_PATH")
                        or str(REPO / ".build" / "collections"),
                        help="where voip.carrier is installed (default $ANSIBLE_COLLECTIONS_PATH, else .build/collections)")
    parser.add_argument("--keep", action="store_true", help="keep the working directory (playbooks, lists, logs)")
    args = parser.parse_args(argv)
    if args.smoke:
        args.numbers, args.drift, args.loop_sample, args.repeat, args.report_only = "200", 20, 3, 1, True
    try:
        args.sizes = sorted({int(size) for size in args.numbers.split(",") if size.strip()})
    except ValueError:
        parser.error("--numbers takes comma-separated whole numbers, such as 1000,10000")
    args.carrier_list = [name.strip() for name in args.carriers.split(",") if name.strip()]
    if not args.sizes or args.sizes[0] < 1 or args.repeat < 1 or args.latency < 0 or args.loop_sample < 1:
        parser.error("--numbers, --repeat and --loop-sample must be >= 1, --latency >= 0")
    if not 1 <= args.drift <= args.sizes[0]:
        parser.error("--drift must be between 1 and the smallest of --numbers")
    unknown = [name for name in args.carrier_list if name not in CARRIERS]
    if unknown or not args.carrier_list:
        parser.error(f"--carriers: choose from {', '.join(CARRIERS)}")
    return args


def main(argv=None) -> int:
    args = parse_args(argv)
    ansible_playbook = args.ansible_playbook or str(Path(sys.executable).parent / "ansible-playbook")
    if not os.access(ansible_playbook, os.X_OK):
        ansible_playbook = shutil.which("ansible-playbook") or ansible_playbook
    installed = Path(args.collections_path.split(os.pathsep)[0]) / "ansible_collections" / "voip" / "carrier"
    if not (installed / "plugins" / "modules" / "did_bulk.py").exists():
        raise SystemExit(f"voip.carrier with the did_bulk module is not installed in {args.collections_path}; "
                         "run make install (or make bench-bulk)")

    workdir = Path(tempfile.mkdtemp(prefix="voip-bench-bulk-"))
    start = machine()
    emulator = Emulator(workdir)
    problems, carriers = [], {}
    try:
        largest = max(args.sizes)
        # The capacity measurement (inventory.py's) reads the QuestBlue and VoIP.ms accounts.
        seeded = {carrier: seed_account(emulator, carrier, largest, None)[1] for carrier in ("questblue", "voipms")}
        capacity = dict(measure_capacity(emulator, seeded, args.repeat), seeded_numbers=largest)
        runner = PlaybookRunner(ansible_playbook, args.collections_path, workdir)
        runner.run(write_yaml(workdir / "warm.yml", play([{"ansible.builtin.ping": {}}])))  # cold files, not timed
        for carrier in args.carrier_list:
            carriers[carrier] = measure_carrier(carrier, emulator, runner, args, problems)
            carriers[carrier]["ratios"] = ratios(carriers[carrier], args.sizes[0])
    finally:
        emulator.stop()
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)

    base = args.sizes[0]
    missed = []
    for carrier, report in carriers.items():
        if report["ratios"]["noop_to_floor_at_%d" % base] > TARGET_FLOOR:
            missed.append(f"{carrier}: no-op/floor at {base} {report['ratios']['noop_to_floor_at_%d' % base]} > {TARGET_FLOOR}")
        speedup = report["ratios"]["speedup_at_%d" % base]
        if speedup is None or speedup < TARGET_SPEEDUP:
            missed.append(f"{carrier}: loop/bulk at {base} {speedup} < {TARGET_SPEEDUP}")
    result = {"benchmark": "voip.carrier.did_bulk", "machine": start, "machine_at_end": machine(),
              "settings": {"numbers": args.sizes, "target_size": base, "latency": args.latency, "repeat": args.repeat,
                           "drift": args.drift, "loop_sample": args.loop_sample, "sms": args.sms, "smoke": args.smoke,
                           "rate_limit": BUDGET, "carriers": args.carrier_list},
              "targets": {"noop_to_floor": TARGET_FLOOR, "speedup": TARGET_SPEEDUP, "noop_writes": 0,
                          "drift_writes": {carrier: {DRIFT_WRITE[carrier]: drift_writes(carrier, min(args.drift, base))}
                                           for carrier in carriers}},
              "emulator_capacity": capacity, "carriers": carriers, "missed": missed, "problems": problems,
              "output": str(args.output), "workdir": str(workdir) if args.keep else None}
    return finish(result, args.output, print_report, report_only=args.report_only)


if __name__ == "__main__":
    sys.exit(main())
