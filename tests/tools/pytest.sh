#!/usr/bin/env bash
# Run pytest on one test directory; "no tests collected" (exit 5) is a failure, said plainly.
#
#   pytest.sh TEST_DIR [pytest args...]        (PATH must start with the venv's bin)
set -uo pipefail

dir=${1:?usage: pytest.sh TEST_DIR [pytest args...]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root" || exit 2
if [[ ! -d "$dir" ]]; then
  echo "pytest.sh: $dir does not exist: no tests to run, which counts as a failure" >&2
  exit 5
fi
python -m pytest "$dir" "$@"
rc=$?
if (( rc == 5 )); then
  echo "pytest.sh: pytest collected no tests in $dir (exit 5): counted as a FAILURE" >&2
fi
exit $rc
