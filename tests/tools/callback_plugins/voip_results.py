# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Test-harness callback: every task result as one JSON object per line.

Not part of the collection (tests/ is build_ignore'd). tests/integration/conftest.py
enables it with::

    ANSIBLE_CALLBACK_PLUGINS=tests/tools/callback_plugins
    ANSIBLE_CALLBACKS_ENABLED=voip_results
    VOIP_RESULTS_FILE=/path/to/results.jsonl

Each line is one of

* ``{"event": "ok"|"failed"|"skipped"|"unreachable", ...}`` for a task result (loops: one
  line for the whole task, with the per-item results in ``result["results"]``),
* ``{"event": "item_ok"|"item_failed"|"item_skipped", ...}`` for each loop item,
* ``{"event": "stats", "stats": {host: {ok, changed, failures, ...}}}`` at the end.

Task lines carry ``play``, ``task``, ``action``, ``host``, ``changed``, ``failed``,
``skipped``, ``unreachable``, ``ignore_errors``, ``msg``, ``warnings`` (list of str),
``deprecations`` (list of dict), ``exception``, ``diff``, ``no_log``, ``is_handler``,
``check_mode`` and ``result`` (the result as callbacks see it: Ansible has already applied
no_log censoring; internal ``_ansible_*`` keys are removed; nothing else is).
"""

from __future__ import annotations

DOCUMENTATION = r"""
name: voip_results
type: aggregate
short_description: write task results as JSON lines (voip.carrier test harness)
description:
  - Writes every task result, loop item result and the final stats as JSON lines to the file
    named by the E(VOIP_RESULTS_FILE) environment variable. Does nothing when it is unset.
requirements:
  - enable in configuration (ANSIBLE_CALLBACKS_ENABLED=voip_results)
"""

import json
import os
import threading

from ansible import context
from ansible.playbook.handler import Handler
from ansible.plugins.callback import CallbackBase

_LOCK = threading.Lock()


def _to_jsonable(value):
    """Plain JSON types only: tagged str/int subclasses become plain, others become str."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return str(value)
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value)
    if isinstance(value, dict):
        return {str(k): _to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_to_jsonable(v) for v in value]
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    # dataclass-like objects (2.19 warning/deprecation summaries) and anything else
    as_dict = getattr(value, "_as_dict", None) or getattr(value, "as_dict", None)
    if callable(as_dict):
        try:
            return _to_jsonable(as_dict())
        except Exception:  # pragma: no cover - best effort
            pass
    return str(value)


def _strip_internal(value):
    if isinstance(value, dict):
        return {k: _strip_internal(v) for k, v in value.items() if not str(k).startswith("_ansible_")}
    if isinstance(value, list):
        return [_strip_internal(v) for v in value]
    return value


def _summary_msg(summary):
    event = getattr(summary, "event", None)
    msg = getattr(event, "msg", None)
    if msg is None:
        msg = getattr(summary, "msg", None)
    return str(msg) if msg is not None else str(summary)


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "voip_results"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._path = os.environ.get("VOIP_RESULTS_FILE")
        self._play = None

    # -- plumbing ---------------------------------------------------------------------
    def _write(self, record):
        if not self._path:
            return
        line = json.dumps(_to_jsonable(record), sort_keys=True, ensure_ascii=False)
        with _LOCK, open(self._path, "a", encoding="utf-8") as handle:
            handle.write(line + "\n")

    @staticmethod
    def _result_dict(result):
        data = getattr(result, "result", None)
        if data is None:  # ansible-core < 2.19
            data = getattr(result, "_result", {})
        return data

    def _warnings(self, result, data):
        found = []
        summaries = getattr(result, "warnings", None)
        if summaries:
            found = [_summary_msg(w) for w in summaries]
        elif isinstance(data.get("warnings"), list):
            found = [w if isinstance(w, str) else _summary_msg(w) for w in data["warnings"]]
        return found

    def _deprecations(self, result, data):
        summaries = getattr(result, "deprecations", None)
        if summaries:
            out = []
            for dep in summaries:
                deprecator = getattr(dep, "deprecator", None)
                out.append({
                    "msg": _summary_msg(dep),
                    "version": getattr(dep, "version", None),
                    "date": getattr(dep, "date", None),
                    "collection_name": getattr(deprecator, "resolved_name", None) if deprecator else None,
                })
            return out
        deps = data.get("deprecations")
        return list(deps) if isinstance(deps, list) else []

    def _exception(self, result, data):
        exc = getattr(result, "exception", None)
        if exc is not None:
            event = getattr(exc, "event", None)
            tb = getattr(event, "formatted_traceback", None)
            return tb or _summary_msg(exc)
        value = data.get("exception")
        return str(value) if value else None

    @staticmethod
    def _check_mode(task):
        """True when the task ran in check mode (task keyword, else --check)."""
        value = getattr(task, "check_mode", None)
        if isinstance(value, bool):
            return value
        return bool(context.CLIARGS.get("check", False))

    def _record(self, event, result, item=False):
        task = getattr(result, "task", None) or getattr(result, "_task", None)
        host = getattr(result, "host", None) or getattr(result, "_host", None)
        data = self._result_dict(result)
        task_fields = getattr(result, "task_fields", None) or getattr(result, "_task_fields", None) or {}
        record = {
            "event": event,
            "play": self._play,
            "task": task.get_name() if task is not None else None,
            "action": getattr(task, "resolved_action", None) or getattr(task, "action", None),
            "host": host.get_name() if host is not None else None,
            "changed": bool(data.get("changed", False)),
            "failed": event in ("failed", "item_failed"),
            "skipped": event in ("skipped", "item_skipped"),
            "unreachable": event == "unreachable",
            "ignore_errors": bool(task_fields.get("ignore_errors")) if hasattr(task_fields, "get") else False,
            "msg": data.get("msg"),
            "warnings": self._warnings(result, data),
            "deprecations": self._deprecations(result, data),
            "exception": self._exception(result, data),
            "diff": data.get("diff"),
            # ansible-core < 2.19 hands callbacks the censored copy, without _ansible_no_log
            "no_log": bool(data.get("_ansible_no_log", False)) or "censored" in data,
            "is_handler": isinstance(task, Handler),
            "check_mode": self._check_mode(task),
            "result": _strip_internal(dict(data)),
        }
        if item:
            record["item"] = data.get(data.get("ansible_loop_var", "item"))
        self._write(record)

    # -- events -------------------------------------------------------------------------
    def v2_playbook_on_play_start(self, play):
        self._play = play.get_name()

    def v2_runner_on_ok(self, result, **kwargs):
        self._record("ok", result)

    def v2_runner_on_failed(self, result, ignore_errors=False, **kwargs):
        self._record("failed", result)

    def v2_runner_on_skipped(self, result, **kwargs):
        self._record("skipped", result)

    def v2_runner_on_unreachable(self, result, **kwargs):
        self._record("unreachable", result)

    def v2_runner_item_on_ok(self, result, **kwargs):
        self._record("item_ok", result, item=True)

    def v2_runner_item_on_failed(self, result, **kwargs):
        self._record("item_failed", result, item=True)

    def v2_runner_item_on_skipped(self, result, **kwargs):
        self._record("item_skipped", result, item=True)

    def v2_playbook_on_stats(self, stats):
        summary = {host: stats.summarize(host) for host in sorted(stats.processed.keys())}
        self._write({"event": "stats", "stats": summary})
