# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Which keys of a module's result its RETURN documentation does not describe.

Used by tests/integration/test_return_documented.py on the results of real runs, so that a key a
module returns and ``ansible-doc`` does not show fails a test instead of surprising a user.

A result is walked against RETURN at every depth: the keys of a dict are looked up in the
``contains`` of its entry, and the dicts inside a list in the ``contains`` of the list's entry
(``elements: dict``). A path is written ``lnp_request.numbers``, ``dids[].failover.calls``.

    python tests/tools/return_keys.py plugins/modules/did.py result.json
"""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

import yaml

# Ansible's own result keys: Ansible documents them (the common return values), not the module,
# and the task executor or a failing module adds them whatever the module is.
STANDARD_KEYS = frozenset((
    "changed", "failed", "msg", "invocation", "diff", "warnings", "deprecations", "exception",
    "skipped", "skip_reason", "false_condition",       # a task skipped by its when:
    "censored",                                         # a no_log task's result
    "attempts",                                         # a task with until:/retries
))
STANDARD_PREFIX = "_ansible_"

# Paths whose value is a mapping keyed by data (a dict keyed by phone number, say), so its keys
# cannot be listed in RETURN; RETURN must still document the path itself, as a dict, and say what
# it is keyed by. path -> why. None of the modules returns one today: keep this list tiny.
OPAQUE: dict[str, str] = {}


def return_doc(module_path: str | Path) -> dict:
    """The RETURN block of a module file, parsed: its text is read without importing the module."""
    tree = ast.parse(Path(module_path).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "RETURN" for t in node.targets):
            return yaml.safe_load(ast.literal_eval(node.value)) or {}
    raise ValueError("%s has no RETURN block" % module_path)


def undocumented(doc: dict, result: dict, opaque: dict[str, str] | None = None) -> list[str]:
    """The paths of ``result`` that ``doc`` (a parsed RETURN) does not document, sorted."""
    opaque = OPAQUE if opaque is None else opaque
    found: set[str] = set()
    own = {key: value for key, value in result.items()
           if key not in STANDARD_KEYS and not str(key).startswith(STANDARD_PREFIX)}
    _walk(own, doc, "", opaque, found)
    return sorted(found)


def _walk(value, contains, path, opaque, found):
    if path in opaque:
        return
    if isinstance(value, list):
        for item in value:
            _walk(item, contains, path + "[]", opaque, found)
        return
    if not isinstance(value, dict):
        return
    for key, child in value.items():
        child_path = "%s.%s" % (path, key) if path else str(key)
        entry = (contains or {}).get(key)
        if not isinstance(entry, dict):
            found.add(child_path)
            continue
        _walk(child, entry.get("contains"), child_path, opaque, found)


def main(argv):
    if len(argv) != 3:
        sys.stderr.write("usage: return_keys.py MODULE_FILE RESULT_JSON\n")
        return 2
    missing = undocumented(return_doc(argv[1]), json.loads(Path(argv[2]).read_text(encoding="utf-8")))
    for path in missing:
        print(path)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
