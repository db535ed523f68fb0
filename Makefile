# voip.carrier developer Makefile. Every target sets up what it needs on a fresh machine
# (Python 3.11 venv in .venv, collection built and installed in .build/collections) and is
# fast when that is already done.
#
#   make demo            start the emulator on a free port, run playbooks/demo.yml against it at
#                        each carrier (their seeded accounts), stop the emulator.
#                        DEMO_ARGS="-v" go to ansible-playbook
#   make test            everything CI runs (.ci/run): changelog-lint, lint, docs, unit,
#                        integration, molecule, compat, sanity; runs all of them, prints a summary, fails if any failed
#   make venv            .venv with the pinned tools (requirements-dev.txt, requirements-dev.lock)
#   make install         build the collection from the working tree (git-tracked + untracked,
#                        not ignored) and install the built tarball into .build/collections
#   make emulator        run the carrier emulator in the foreground, PORT=8765 by default
#   make sanity          ansible-test sanity --venv --python 3.11, offline, from
#                        .build/sanity/ansible_collections/voip/carrier. SANITY_ARGS="--test pep8"
#   make lint            ansible-lint (production profile, offline); shellcheck on .ci/run and
#                        tests/tools/*.sh. LINT_ARGS=...
#   make unit            pytest tests/unit. PYTEST_ARGS="-k foo -x"
#   make integration     pytest tests/integration (ansible-playbook against the emulator);
#                        PYTEST_XDIST="-n 0" to run in one process
#   make molecule       every role's molecule scenario (extensions/molecule/<role>/: delegated driver on
#                        localhost; each starts and stops its own emulator) against the installed collection:
#                        prepare, check (writes nothing), converge, idempotence (changed=0, no write), verify.
#                        MOLECULE_ARGS="-s e911_audit" for one scenario (default: --all)
#   make changelog-lint  antsibull-changelog lint (fragments and changelogs/changelog.yaml)
#   make docs            the docs site (antsibull-docs + Sphinx) of the installed collection: plugin
#                        pages and the user guide in docs/docsite/, plus lint-collection-docs;
#                        offline, warnings are errors. Output: .build/docs/html/index.html
#   make compat          the lowest versions the collection claims: ansible-core 2.16 (meta/runtime.yml)
#                        with the lower bounds of requirements.txt, pinned in tests/compat/requirements.txt,
#                        in .venv-compat; builds and installs the collection with that ansible-galaxy into
#                        .build/compat/collections, runs tests/unit/plugins, faults and bulk, then the
#                        playbook tests listed in tests/compat/smoke.txt (tests/tools/compat.sh says why
#                        those). ~3.5 min on 2 cores from scratch
#   make bench           every benchmark: bench-inventory, bench-bulk, bench-startup (make -k bench runs all of
#                        them even when one misses its target). BENCH_ARGS go to each: "--smoke", "--report-only"
#   make bench-inventory benchmarks/inventory.py: ansible-inventory through the voip.carrier.numbers plugin,
#                        10,000 numbers per carrier at the emulator with 20 ms a request, cold, cached and as
#                        static YAML; prints a table, writes $(BUILD)/bench/inventory.json, fails on a missed
#                        target (benchmarks/README.md). ~30-60 min on 2 cores. BENCH_ARGS="--smoke" (~30 s),
#                        "--report-only", "--numbers 2000 --repeat 1"
#   make bench-bulk      benchmarks/bulk.py: one voip.carrier.did_bulk task converging 1,000 and 10,000 numbers
#                        per carrier at the emulator with 20 ms a request (no-op against list requests x latency
#                        + a ping playbook, target <= 2x at 1,000), a loop over voip.carrier.did (bulk >= 100x
#                        faster), 100 drifted numbers (writes only those), peak memory; writes
#                        $(BUILD)/bench/bulk.json. ~15-20 min on 2 cores. BENCH_ARGS="--smoke" (~1 min), "--profile"
#   make bench-startup   benchmarks/startup.py: ten voip.carrier.did_info tasks (QuestBlue, VoIP.ms) against ten
#                        ansible.builtin.ping tasks at the emulator, per task (target <= 1.3x), and what one did_info
#                        module process imports; writes $(BUILD)/bench/startup.json. ~2-3 min. BENCH_ARGS="--smoke"
#   make lock            regenerate requirements-dev.lock from requirements-dev.txt
#   make clean           remove .build (keeps .venv);  make distclean also removes .venv and .venv-compat
#
# pytest's exit code 5 ("no tests collected") is a failure in every target.

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON      ?= python3
PORT        ?= 8765
VENV        ?= .venv
BUILD       := .build
VPY         := $(VENV)/bin/python
VBIN        := $(abspath $(VENV)/bin)
COLLECTIONS := $(abspath $(BUILD)/collections)
TOOLS       := tests/tools

PYTEST_ARGS  ?=
PYTEST_XDIST ?= -n auto --dist loadfile
SANITY_ARGS  ?=
LINT_ARGS    ?=
DEMO_ARGS    ?=
BENCH_ARGS   ?=
MOLECULE_ARGS ?= --all

# The venv is (re)provisioned when the requirement files change: the stamp is keyed on them.
REQ_FILES  := requirements.txt requirements-dev.txt requirements-dev.lock
REQ_HASH   := $(shell cat $(REQ_FILES) 2>/dev/null | sha256sum | cut -c1-16)
VENV_STAMP := $(VENV)/.stamp-requirements-$(REQ_HASH)

# `make compat` has a venv of its own, stamped the same way on its pinned file.
COMPAT_VENV  ?= .venv-compat
COMPAT_REQ   := tests/compat/requirements.txt
COMPAT_VPY   := $(COMPAT_VENV)/bin/python
COMPAT_STAMP := $(COMPAT_VENV)/.stamp-requirements-$(shell cat $(COMPAT_REQ) 2>/dev/null | sha256sum | cut -c1-16)

# Tools run with the venv first on PATH; the collection is the installed, built one.
RUN_ENV := PATH="$(VBIN):$$PATH" ANSIBLE_COLLECTIONS_PATH="$(COLLECTIONS)"

.PHONY: help venv install demo emulator test sanity lint unit integration molecule changelog-lint docs \
        compat compat-venv bench bench-inventory bench-bulk bench-startup lock clean distclean

help:
	@sed -n '1,/^$$/p' $(firstword $(MAKEFILE_LIST)) | sed -e 's/^# \{0,1\}//'

venv: $(VENV_STAMP)

$(VENV_STAMP):
	@$(VPY) -c 'import sys; assert sys.version_info[:2] == (3, 11)' 2>/dev/null \
	  || $(PYTHON) -m venv --clear $(VENV)
	$(VPY) -m pip install --quiet --progress-bar off -r requirements-dev.txt -c requirements-dev.lock
	$(VPY) -m pip check
	@rm -f $(VENV)/.stamp-requirements-*
	@touch $@

install: venv
	@$(TOOLS)/install_collection.sh "$(VBIN)" "$(BUILD)"

demo: install
	@test -f playbooks/demo.yml || { echo "make demo: playbooks/demo.yml does not exist (yet)" >&2; exit 1; }
	@$(RUN_ENV) ANSIBLE_PYTHON="$(VBIN)/python" EMULATOR_LOG="$(BUILD)/emulator-demo.log" \
	  $(TOOLS)/with_emulator.sh -- $(TOOLS)/demo.sh $(DEMO_ARGS)

emulator:
	cd tests && exec $(PYTHON) -m emulator --port $(PORT)

test: venv install
	@$(TOOLS)/run_targets.sh "$(MAKE)" changelog-lint lint docs unit integration molecule compat sanity

molecule: install
	$(RUN_ENV) NO_COLOR=1 ANSIBLE_HOME="$(abspath $(BUILD))/ansible-home" molecule test $(MOLECULE_ARGS)

sanity: venv
	@PATH="$(VBIN):$$PATH" $(TOOLS)/sanity.sh "$(BUILD)/sanity" $(SANITY_ARGS)

lint: install
	$(RUN_ENV) ANSIBLE_HOME="$(abspath $(BUILD))/ansible-home" \
	  ansible-lint --offline $(if $(CI),--nocolor) $(LINT_ARGS)
	$(RUN_ENV) shellcheck .ci/run $(wildcard $(TOOLS)/*.sh)

unit: venv
	@$(RUN_ENV) $(TOOLS)/pytest.sh tests/unit $(PYTEST_XDIST) $(PYTEST_ARGS)

integration: install
	@$(RUN_ENV) $(TOOLS)/pytest.sh tests/integration $(PYTEST_XDIST) $(PYTEST_ARGS)

docs: install
	@$(RUN_ENV) $(TOOLS)/build_docs.sh "$(BUILD)"

compat-venv: $(COMPAT_STAMP)

$(COMPAT_STAMP):
	@$(COMPAT_VPY) -c 'import sys; assert sys.version_info[:2] == (3, 11)' 2>/dev/null \
	  || $(PYTHON) -m venv --clear $(COMPAT_VENV)
	$(COMPAT_VPY) -m pip install --quiet --progress-bar off -r $(COMPAT_REQ)
	$(COMPAT_VPY) -m pip check
	@rm -f $(COMPAT_VENV)/.stamp-requirements-*
	@touch $@

compat: compat-venv
	@$(TOOLS)/compat.sh "$(abspath $(COMPAT_VENV)/bin)" "$(BUILD)/compat" $(PYTEST_ARGS)

bench: bench-inventory bench-bulk bench-startup

bench-inventory: install
	@$(RUN_ENV) $(VPY) benchmarks/inventory.py --output "$(BUILD)/bench/inventory.json" $(BENCH_ARGS)

bench-bulk: install
	@$(RUN_ENV) $(VPY) benchmarks/bulk.py --output "$(BUILD)/bench/bulk.json" $(BENCH_ARGS)

bench-startup: install
	@$(RUN_ENV) $(VPY) benchmarks/startup.py --output "$(BUILD)/bench/startup.json" $(BENCH_ARGS)

changelog-lint: venv
	$(VBIN)/antsibull-changelog lint
	$(VBIN)/antsibull-changelog lint-changelog-yaml changelogs/changelog.yaml

lock:
	rm -rf $(BUILD)/lock-venv
	$(PYTHON) -m venv $(BUILD)/lock-venv
	$(BUILD)/lock-venv/bin/python -m pip install --quiet --progress-bar off -r requirements-dev.txt
	{ sed -n '1,/^[^#]/{/^#/p}' requirements-dev.lock; $(BUILD)/lock-venv/bin/python -m pip freeze --all \
	  | grep -v -E '^(pip|setuptools|wheel)=='; } > requirements-dev.lock.new
	mv requirements-dev.lock.new requirements-dev.lock
	rm -rf $(BUILD)/lock-venv

clean:
	rm -rf $(BUILD) tests/output

distclean: clean
	rm -rf $(VENV) $(COMPAT_VENV)
