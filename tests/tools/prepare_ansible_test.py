"""Make ``ansible-test sanity --venv`` work without internet access.

When ansible-test creates a sanity virtual environment it bootstraps pip with
a ``get-pip.py`` that it downloads from ci-files.testing.ansible.com, unless
the file is already cached at ``~/.ansible/test/cache/get_pip_<ver>.py`` where
``<ver>`` is the pip version ansible-test pins, dots replaced by ``_``
(``ansible_test/_util/target/setup/requirements.py``, ``bootstrap()``).

This writes an offline stand-in there. ansible-test runs the cached file (via
runpy, with ``GET_PIP`` set) as
``python get_pip.py --disable-pip-version-check pip==<ver> --no-setuptools --no-wheel``;
the stand-in runs ``python -m ensurepip --upgrade`` and then
``python -m pip install <those args minus --no-setuptools/--no-wheel>``, both as
subprocesses so pip keeps this machine's configuration (in-process ensurepip
sets PIP_CONFIG_FILE=/dev/null and would lose the configured indexes).

Run it with the Python of the venv that holds ansible-test (it imports
ansible_test to learn the pinned pip version). Prints the cache file path.
"""

from __future__ import annotations

import os
import re
import sys
import types
from pathlib import Path

STAND_IN = '''\
"""Offline stand-in for get-pip.py, written by voip.carrier tests/tools/prepare_ansible_test.py.

ansible-test would download get-pip.py from the internet to bootstrap pip into the
virtual environments of its sanity tests; this does the same from the local Python:
the bundled pip from ensurepip, then the requested pip version from the configured
package indexes.
"""
import subprocess
import sys

DROP = ("--no-setuptools", "--no-wheel")


def main():
    args = [arg for arg in sys.argv[1:] if arg not in DROP]
    rc = subprocess.call([sys.executable, "-m", "ensurepip", "--upgrade"])
    if rc:
        sys.stderr.write("get-pip stand-in: ensurepip failed with exit code %d\\n" % rc)
        return rc
    if not args:
        return 0
    rc = subprocess.call([sys.executable, "-m", "pip", "install"] + args)
    if rc:
        sys.stderr.write("get-pip stand-in: pip install %s failed with exit code %d\\n" % (" ".join(args), rc))
    return rc


if __name__ == "__main__":
    sys.exit(main())
'''


def pinned_pip_version() -> str:
    """The pip version ansible-test bootstraps into its venvs."""
    try:
        from ansible_test._internal.python_requirements import get_venv_packages

        version = get_venv_packages(types.SimpleNamespace(version="%d.%d" % sys.version_info[:2]))["pip"]
        if version:
            return version
    except Exception:  # pragma: no cover - fall back to reading the source
        pass
    import ansible_test

    source = Path(ansible_test.__file__).parent / "_internal" / "python_requirements.py"
    match = re.search(r"""\bpip\s*=\s*['"]([0-9][0-9.]*)['"]""", source.read_text())
    if not match:
        sys.exit(f"prepare_ansible_test.py: cannot find the pinned pip version in {source}")
    return match.group(1)


def main() -> int:
    version = pinned_pip_version()
    path = Path(os.path.expanduser(f"~/.ansible/test/cache/get_pip_{version.replace('.', '_')}.py"))
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists() or path.read_text() != STAND_IN:
        tmp = path.with_suffix(".tmp")
        tmp.write_text(STAND_IN)
        tmp.replace(path)
    print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
