"""Make ``ansible_collections.voip.carrier`` importable from the working tree for unit tests,
without installing the collection: a symlink tree in pytest's temporary area."""

import os
import sys
import tempfile

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
_ROOT = tempfile.mkdtemp(prefix="voip-carrier-unit-")
os.makedirs(os.path.join(_ROOT, "ansible_collections", "voip"))
os.symlink(REPO, os.path.join(_ROOT, "ansible_collections", "voip", "carrier"))
sys.path.insert(0, _ROOT)

# Driver clients keep a request budget on disk: never in the developer's own cache.
os.environ["VOIP_CARRIER_BUDGET_DIR"] = os.path.join(_ROOT, "budget")
