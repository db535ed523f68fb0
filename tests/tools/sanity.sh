#!/usr/bin/env bash
# Run `ansible-test sanity` offline on the working tree.
#
#   sanity.sh SANITY_ROOT [extra ansible-test args...]      (PATH must start with the venv's bin)
#
# ansible-test needs the collection at .../ansible_collections/voip/carrier, so the tree is
# staged (tests/tools/tree.py: tracked + untracked-not-ignored files, uncommitted work
# included) into SANITY_ROOT/ansible_collections/voip/carrier, afresh on every run
# (only tests/output is kept).
# The copy gets its own `git init` (no commit needed): inside the project's checkout,
# ansible-test would otherwise take the project's git as the source of file names, where
# .build/ is ignored, and see no files at all. Its .gitignore keeps tests/output/ out.
# The pip bootstrap that ansible-test downloads from the internet is replaced by a
# local stand-in (tests/tools/prepare_ansible_test.py).
set -euo pipefail

sanity_root=${1:?usage: sanity.sh SANITY_ROOT [ansible-test args...]}
shift
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
case "$sanity_root" in /*) ;; *) sanity_root="$root/$sanity_root" ;; esac
dest="$sanity_root/ansible_collections/voip/carrier"

# tests/output is carried over: it holds ansible-test's delegation venv (--venv), ~15 s to make
python tests/tools/tree.py stage "$dest" --keep tests/output
grep -qxF 'tests/output/' "$dest/.gitignore" 2>/dev/null || echo 'tests/output/' >> "$dest/.gitignore"
git -C "$dest" init --quiet
# Without its own repository ansible-test would see zero files and pass with "All targets
# skipped": make sure git lists the content it is meant to test.
"$root/tests/tools/git_lists_galaxy.sh" "$dest"
getpip=$(python tests/tools/prepare_ansible_test.py)
echo "sanity: collection staged in $dest; pip bootstrap stand-in: $getpip"

cd "$dest"
set -x
exec ansible-test sanity --venv --python 3.11 --color no "$@"
