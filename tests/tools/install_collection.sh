#!/usr/bin/env bash
# Build voip.carrier from the working tree and install the built tarball, so that what
# the tests exercise is the artefact (galaxy.yml build_ignore applied), not the source.
#
#   install_collection.sh VENV_BIN BUILD_DIR
#
# The tree is staged first (tests/tools/tree.py: git-tracked and untracked-but-not-ignored
# files, so uncommitted work is in and .venv/.build/caches are out), then
#   ansible-galaxy collection build   BUILD_DIR/src  -> BUILD_DIR/dist/voip-carrier-X.Y.Z.tar.gz
#   ansible-galaxy collection install --force --offline -p BUILD_DIR/collections <tarball>
# Skipped when neither the tree (outside tests/ and .ci/) nor ansible-core changed since the
# last install (stamp BUILD_DIR/collections/.stamp holds the fingerprint).
set -euo pipefail

venv_bin=${1:?usage: install_collection.sh VENV_BIN BUILD_DIR}
build=${2:?usage: install_collection.sh VENV_BIN BUILD_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

collections="$build/collections"
installed="$collections/ansible_collections/voip/carrier"
stamp="$collections/.stamp"

fingerprint="$("$venv_bin/python" tests/tools/tree.py hash --exclude tests --exclude .ci)-$("$venv_bin/python" -c 'import ansible; print(ansible.__version__)')"
if [[ -f "$stamp" && -f "$installed/MANIFEST.json" && "$(cat "$stamp")" == "$fingerprint" ]]; then
  echo "install: voip.carrier in $collections is up to date"
  exit 0
fi

rm -rf "$build/src" "$build/dist"
"$venv_bin/python" tests/tools/tree.py stage "$build/src"
mkdir -p "$build/dist"
"$venv_bin/ansible-galaxy" collection build --force --output-path "$build/dist" "$build/src"
shopt -s nullglob
tarballs=("$build"/dist/voip-carrier-*.tar.gz)
if (( ${#tarballs[@]} != 1 )); then
  echo "install: expected one voip-carrier-*.tar.gz in $build/dist, found ${#tarballs[@]}" >&2
  exit 1
fi
rm -rf "$installed"
mkdir -p "$collections"
# -p warns that the path is not in the configured collections paths: the tools get it
# through ANSIBLE_COLLECTIONS_PATH instead, so silence that one warning.
ANSIBLE_COLLECTIONS_PATH="$collections" \
  "$venv_bin/ansible-galaxy" collection install --force --offline -p "$collections" "${tarballs[0]}"
echo "$fingerprint" > "$stamp"
echo "install: installed ${tarballs[0]##*/} into $collections"
