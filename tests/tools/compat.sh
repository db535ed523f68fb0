#!/usr/bin/env bash
# Test voip.carrier with the lowest versions it claims: meta/runtime.yml's requires_ansible and
# the lower bounds of requirements.txt, as pinned in tests/compat/requirements.txt (`make compat`
# provisions that venv first).
#
#   compat.sh VENV_BIN BUILD_DIR [pytest args...]
#
# 1. build the collection with that venv's ansible-galaxy and install it into BUILD_DIR/collections
# 2. unit tests of the collection's code: tests/unit/plugins (drivers, engine, module_utils over the
#    lowest httpx, phonenumbers, pycountry, zipcodes), tests/unit/faults (the modules' main()
#    through this ansible-core's AnsibleModule) and tests/unit/bulk (did_bulk's main() the same
#    way). Left out: tests/unit/emulator (the emulator is stdlib-only test infrastructure that
#    never imports ansible or the collection; `make unit` runs it on the same Python) and
#    tests/unit/tools (the repository's tooling: CI guard, tarball and docs checks, which belong to
#    the dev venv's tools)
# 3. the integration tests listed in tests/compat/smoke.txt: this ansible-core's ansible-playbook
#    against the emulator, with the collection of step 1 (VOIP_CARRIER_COMPAT=1 lets
#    tests/integration/test_module_lifecycle_smoke.py run, which the main integration run skips)
# Steps 2 and 3 both run even when one fails; the exit status is non-zero if any step failed.
set -uo pipefail

venv_bin=${1:?usage: compat.sh VENV_BIN BUILD_DIR [pytest args...]}
build=${2:?usage: compat.sh VENV_BIN BUILD_DIR [pytest args...]}
shift 2
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
case "$build" in /*) ;; *) build="$root/$build" ;; esac
export PATH="$venv_bin:$PATH"
xdist=(-n "${COMPAT_WORKERS:-auto}")

"$root/tests/tools/install_collection.sh" "$venv_bin" "$build" || exit 1
python -c 'import sys, ansible, httpx, phonenumbers, pycountry, zipcodes
from importlib.metadata import version
print("compat: Python %s, ansible-core %s, httpx %s, phonenumbers %s, pycountry %s, zipcodes %s" % (
    sys.version.split()[0], ansible.__version__, httpx.__version__, phonenumbers.__version__,
    version("pycountry"), version("zipcodes")))' || exit 1

failed=()
echo "compat: unit tests (tests/unit/plugins, tests/unit/faults, tests/unit/bulk)"
"$root/tests/tools/pytest.sh" tests/unit/plugins tests/unit/faults tests/unit/bulk "${xdist[@]}" "$@" || failed+=(unit)

# pytest reads node ids from an @file, one argument per line: the list without its comments
args="$build/smoke.args"
grep -v -e '^[[:space:]]*#' -e '^[[:space:]]*$' tests/compat/smoke.txt > "$args"
if [[ ! -s "$args" ]]; then
  # an empty list would make pytest run its testpaths, the whole suite
  echo "compat: tests/compat/smoke.txt lists no test: counted as a FAILURE" >&2
  failed+=(integration)
else
  echo "compat: integration smoke tests (tests/compat/smoke.txt, $(wc -l < "$args") entries)"
  VOIP_CARRIER_COLLECTIONS_PATH="$build/collections" VOIP_CARRIER_COMPAT=1 \
    python -m pytest "@$args" "${xdist[@]}" --dist load "$@" || failed+=(integration)
fi

if (( ${#failed[@]} )); then
  echo "compat: FAILED: ${failed[*]}" >&2
  exit 1
fi
echo "compat: OK"
