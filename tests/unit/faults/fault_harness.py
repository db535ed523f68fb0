"""The harness of the fault matrix: the real modules (their own argument specs, through their
``main()``), the real engine and drivers, over real HTTP, against an in-process emulator.

``run_module(name, params)`` runs ``plugins/modules/<name>.py``'s ``main()`` with an AnsibleModule
whose parsing, defaults, ``no_log`` values and checks are Ansible's own; only the way the result
leaves is replaced (it is returned, with Ansible's ``no_log`` masking applied, instead of printed
on stdout), so a test sees what a playbook would see. Any exception other than the module's own
exit is a traceback and fails the test.
"""

from __future__ import annotations

import contextlib
import importlib
import json
import traceback
import urllib.request

import pytest
from ansible.module_utils import basic

try:
    from ansible.module_utils.testing import patch_module_args
except ImportError:  # ansible-core < 2.19 (`make compat` runs 2.16): hand the arguments over as it did
    @contextlib.contextmanager
    def patch_module_args(args):
        """What 2.19's patch_module_args does, the way ansible-core 2.16-2.18 read module arguments."""
        saved = basic._ANSIBLE_ARGS  # pylint: disable=protected-access
        basic._ANSIBLE_ARGS = json.dumps({"ANSIBLE_MODULE_ARGS": args}).encode()  # pylint: disable=protected-access
        try:
            yield
        finally:
            basic._ANSIBLE_ARGS = saved  # pylint: disable=protected-access

ACCOUNTS = {
    "questblue": {"api_username": "demo", "api_password": "demo-password"},
    "voipms": {"api_username": "demo@example.com", "api_password": "demo-api-password"},
    # docs/emulator.md "Seeded account" (VoiceMeUp): the user name and the auth_token
    "voicemeup": {"api_username": "demo-vmu", "api_key": "0123456789abcdef0123456789abcdef"},
    # docs/emulator.md "VoIP Innovations": the login and the secret
    "voipinnovations": {"api_username": "demo-vi", "api_password": "vi-demo-secret-2026"},
}


def _questblue_key():
    from emulator.questblue.seed import DEMO_SECURITY_KEY  # pylint: disable=import-outside-toplevel
    return DEMO_SECURITY_KEY


class ModuleExit(Exception):
    """How a module run ends in these tests: ``kind`` is exit or fail, ``result`` what Ansible gets."""

    def __init__(self, kind, result):
        super().__init__(kind)
        self.kind = kind
        self.result = result


class CapturingModule(basic.AnsibleModule):
    """AnsibleModule with its output captured. Warnings are kept per instance (Ansible keeps them
    in a process-wide list, which would mix the runs of one test)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.captured_warnings = []

    def warn(self, warning, *args, **kwargs):  # pylint: disable=arguments-differ,unused-argument
        self.captured_warnings.append(warning)

    def _finish(self, kind, result):
        result.setdefault("invocation", {"module_args": self.params})
        # As AnsibleModule._return_formatted: no_log values masked, booleans and None kept.
        preserved = {k: v for k, v in result.items() if v is None or isinstance(v, bool)}
        result = basic.remove_values(result, self.no_log_values)
        result.update(preserved)
        if self.captured_warnings:
            result["warnings"] = list(self.captured_warnings)
        raise ModuleExit(kind, result)

    def exit_json(self, **result):
        self._finish("exit", result)

    def fail_json(self, msg, **result):  # pylint: disable=arguments-differ
        result.update(failed=True, msg=str(msg))
        self._finish("fail", result)


class Control:
    """The emulator's control API (docs/emulator.md) and the carriers' URLs."""

    def __init__(self, port):
        self.port = port
        self.base_url = "http://127.0.0.1:%d" % port
        self._opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(self.base_url + "/_emulator" + path, data=data, method=method,
                                         headers={"Content-Type": "application/json"})
        with self._opener.open(request, timeout=30) as reply:
            raw = reply.read()
        return json.loads(raw) if raw.strip() else None

    def reset(self):
        self.call("POST", "/reset", {})

    def seed(self, body):
        self.call("POST", "/seed", body)

    def fault(self, rule):
        return self.call("POST", "/faults", rule)["id"]

    def clear_faults(self):
        self.call("DELETE", "/faults")

    def requests(self, carrier, since=0):
        return self.call("GET", "/requests?carrier=%s&since=%d" % (carrier, since))["requests"]

    def last_seq(self):
        return self.call("GET", "/requests")["last_seq"]

    def state(self, carrier):
        return self.call("GET", "/state?carrier=%s" % carrier)

    def credentials(self, carrier):
        creds = dict(ACCOUNTS[carrier], provider=carrier, api_url="%s/%s" % (self.base_url, carrier))
        if carrier == "questblue":
            creds["api_key"] = _questblue_key()
        return creds


def run_module(name, params):
    """Run voip.carrier.<name> with ``params``: (kind, result). A traceback fails the test."""
    module = importlib.import_module("ansible_collections.voip.carrier.plugins.modules.%s" % name)
    with patch_module_args(dict(params)):
        original = module.AnsibleModule
        module.AnsibleModule = CapturingModule
        try:
            module.main()
        except ModuleExit as end:
            return end.kind, end.result
        except SystemExit as exc:  # AnsibleModule's own exit for bad arguments
            pytest.fail("%s exited (%s) before the engine ran: the parameters are wrong" % (name, exc))
        except Exception:  # pylint: disable=broad-except
            pytest.fail("%s raised instead of failing cleanly (a traceback in a playbook):\n%s"
                        % (name, traceback.format_exc()), pytrace=False)
        finally:
            module.AnsibleModule = original
    pytest.fail("%s returned without exit_json or fail_json" % name)
    return None, None
