#!/usr/bin/env bash
# Build the collection's docs site (antsibull-docs + Sphinx), offline, warnings as errors.
#
#   build_docs.sh BUILD_DIR
#
# Expects the collection built and installed in BUILD_DIR/collections (`make install`), the venv's
# tools on PATH and ANSIBLE_COLLECTIONS_PATH pointing there (the Makefile's RUN_ENV does both).
# What is documented is the installed artefact, so the site shows what ships: the plugin pages,
# and the user guide from docs/docsite/ (extra-docs.yml, rst/*.rst, links.yml).
#
#   1. antsibull-docs sphinx-init   BUILD_DIR/docs-src (conf.py; index from tests/tools/docsite-index.rst)
#   2. antsibull-docs lint-collection-docs --plugin-docs --check-extra-docs-refs: schemas, markup and
#      references of the plugin docs and of the extra docs, extra-docs.yml, links.yml. It runs in
#      the background while 3 and 4 build the site (they do not depend on it; ~20 s saved on 2
#      cores). --skip-rstcheck: sphinx-build parses every generated page and extra doc anyway, with
#      warnings as errors.
#   3. antsibull-docs collection    BUILD_DIR/docs-src/rst (RST of every plugin and extra doc)
#   4. sphinx-build -W --keep-going -n  ->  BUILD_DIR/docs/html
# All of them run to the end; the script fails if any failed.
#
# Offline: the generated conf.py would let intersphinx fetch inventories of docs.python.org,
# jinja and docs.ansible.com. It is overridden to read one local inventory, written here, that
# holds only the labels of the Ansible docs antsibull-docs' page templates link to (so those links
# still point at docs.ansible.com); python and jinja2 are dropped. Nothing else needs the network.
set -euo pipefail

build=${1:?usage: build_docs.sh BUILD_DIR}
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
build=$(mkdir -p "$build" && cd "$build" && pwd)

collection="$build/collections/ansible_collections/voip/carrier"
src="$build/docs-src"
out="$build/docs"
if [[ ! -f "$collection/MANIFEST.json" ]]; then
  echo "docs: voip.carrier is not installed in $build/collections; run make install first" >&2
  exit 1
fi
export ANSIBLE_COLLECTIONS_PATH="$build/collections"
# Keep ansible's own files (temp dirs, caches) inside the build directory.
export ANSIBLE_HOME="$build/ansible-home"

start=$SECONDS
rm -rf "$src" "$out"
# antsibull-docs refuses a destination that others may write to.
mkdir -m 700 "$src" "$out"

echo "docs: sphinx-init"
antsibull-docs sphinx-init --use-current --fail-on-error --no-add-antsibull-docs-version \
  --project voip.carrier --title "voip.carrier documentation" --copyright "voip.carrier contributors" \
  --index-rst-source tests/tools/docsite-index.rst --dest-dir "$src" voip.carrier >/dev/null

ansible_docs=https://docs.ansible.com/projects/ansible/devel/
"$(dirname "$(command -v antsibull-docs)")/python" - "$src/ansible_devel.inv" "$ansible_docs" <<'PYTHON'
"""A Sphinx (intersphinx) inventory of the Ansible docs labels antsibull-docs' templates use."""
import sys
import zlib

LABELS = {  # label: (page and anchor below the docs root, title)
    "ansible_configuration_settings": ("reference_appendices/config.html#ansible-configuration-settings",
                                       "Ansible Configuration Settings"),
    "common_return_values": ("reference_appendices/common_return_values.html#common-return-values", "Return Values"),
    "collections_keyword": ("collections_guide/collections_using_playbooks.html#collections-keyword",
                            "Simplifying module names with the collections keyword"),
    "action_plugins": ("plugins/action.html#action-plugins", "Action plugins"),
    "callback_plugins": ("plugins/callback.html#callback-plugins", "Callback plugins"),
}
# Environment variables of ansible-core's configuration that option docs link to (the inventory_cache
# doc fragment of the voip.carrier.numbers inventory plugin), as std:envvar entries.
ENVVARS = ("ANSIBLE_CACHE_PLUGIN", "ANSIBLE_CACHE_PLUGIN_CONNECTION", "ANSIBLE_CACHE_PLUGIN_PREFIX",
           "ANSIBLE_CACHE_PLUGIN_TIMEOUT")
header = "# Sphinx inventory version 2\n# Project: Ansible\n# Version: devel\n" \
         "# The remainder of this file is compressed using zlib.\n"
body = "".join("%s std:label -1 %s %s\n" % (label, uri, title) for label, (uri, title) in sorted(LABELS.items()))
body += "".join("%s std:envvar 1 reference_appendices/config.html#envvar-%s -\n" % (name, name) for name in ENVVARS)
with open(sys.argv[1], "wb") as handle:
    handle.write(header.encode() + zlib.compress(body.encode()))
PYTHON

cat >> "$src/conf.py" <<CONF

# --- tests/tools/build_docs.sh: an offline build ---------------------------------------------
# intersphinx reads only the local inventory of the Ansible docs labels the page templates use;
# no inventory is fetched (python and jinja2 are not referred to).
intersphinx_mapping = {
    'ansible_devel': ('$ansible_docs', ('$src/ansible_devel.inv',)),
}
CONF

echo "docs: lint-collection-docs (in the background)"
lint_log="$out/lint-collection-docs.log"
# The linter copies the collection's git-tracked files when it sits in a git work tree: the build
# directory is inside this repository (and ignored), so it would copy nothing and find no plugin.
# Git must not look above the installed collection.
GIT_CEILING_DIRECTORIES="$(dirname "$collection")" \
  antsibull-docs lint-collection-docs --plugin-docs --check-extra-docs-refs --skip-rstcheck "$collection" \
  >"$lint_log" 2>&1 &
lint_pid=$!
# Never leave the linter running when this script stops early (Ctrl+C, a failed step).
trap 'kill "$lint_pid" 2>/dev/null || true' EXIT

failed=()
echo "docs: collection"
chmod 700 "$src/rst"   # made by sphinx-init (index.rst); antsibull-docs wants it private too
if antsibull-docs --config-file "$src/antsibull-docs.cfg" collection --use-current --fail-on-error \
     --cleanup everything --dest-dir "$src/rst" voip.carrier >/dev/null; then
  echo "docs: sphinx-build"
  # -E: read every page each time, so a warning is never hidden by an up-to-date page.
  sphinx-build -b html -E -W --keep-going -n -q -c "$src" -d "$out/doctrees" "$src/rst" "$out/html" \
    || failed+=(sphinx-build)
else
  failed+=("antsibull-docs collection")
fi

wait "$lint_pid" || failed+=(lint-collection-docs)
trap - EXIT
if [[ -s "$lint_log" ]]; then
  echo "docs: lint-collection-docs says:"
  cat "$lint_log"
fi

if (( ${#failed[@]} )); then
  echo "docs: FAILED: ${failed[*]} (after $((SECONDS - start))s)" >&2
  exit 1
fi
echo "docs: built $out/html/index.html in $((SECONDS - start))s, no warnings"
