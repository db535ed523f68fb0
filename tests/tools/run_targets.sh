#!/usr/bin/env bash
# Run several make targets one after the other, all of them even when one fails; print how
# long each took and whether it passed; exit non-zero if any failed. Used by `make test`.
#
#   run_targets.sh MAKE TARGET...
set -uo pipefail

make_cmd=${1:?usage: run_targets.sh MAKE TARGET...}
shift
declare -a names=() results=() times=()
failed=0
for target in "$@"; do
  echo
  echo "==================== make $target ===================="
  start=$SECONDS
  $make_cmd --no-print-directory "$target"
  rc=$?
  names+=("$target")
  times+=("$((SECONDS - start))")
  if (( rc == 0 )); then
    results+=("passed")
  else
    results+=("FAILED (exit $rc)")
    failed=$((failed + 1))
  fi
done

echo
echo "==================== make test summary ===================="
for i in "${!names[@]}"; do
  printf '  %-16s %-16s %5ss\n' "${names[$i]}" "${results[$i]}" "${times[$i]}"
done
if (( failed )); then
  echo "make test: FAILED: $failed of ${#names[@]} targets failed"
  exit 1
fi
echo "make test: OK: all ${#names[@]} targets passed"
