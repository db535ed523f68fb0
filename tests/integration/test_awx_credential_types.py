"""The AWX credential types the collection ships (extensions/awx/credential_types/<carrier>.yml), read from the
installed collection (so they survive ``ansible-galaxy collection build``):

- each is a credential type AWX accepts: the JSON schemas and checks AWX applies to ``inputs`` and
  ``injectors`` on POST /api/v2/credential_types/ (awx/main/fields.py, restated here: no AWX in CI);
- each asks for what its carrier needs (the driver's ``credentials``) and nothing it ignores, marks the
  password and key secret, and fixes VOIP_CARRIER_PROVIDER to its carrier;
- rendered as AWX renders injectors at job launch (``inject_credential``: Jinja in an immutable sandbox over
  the credential's non-empty inputs, so a field left empty gives an empty variable), the environment alone
  drives a job: the voip.carrier.numbers inventory plugin (an AWX project inventory source, run as an
  inventory update runs ``ansible-inventory --list --export``, and as the job's inventory), a module
  (voip.carrier.did_info) and the numbers lookup, at every carrier, with no secret in any output.
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest
import yaml
from conftest import INSTALLED_COLLECTION
from inventory_support import (SECRETS, ansible_inventory, leaked, playbook_over_inventory, qb_options, seed_accounts,
                               vi_options, vmu_options, vms_options, write_config)
from jinja2 import StrictUndefined
from jinja2.sandbox import ImmutableSandboxedEnvironment
from jsonschema import validate

TYPES_DIR = INSTALLED_COLLECTION / "extensions" / "awx" / "credential_types"
CONNECTION_FIELDS = ("api_username", "api_password", "api_key", "api_url", "rate_limit")
SECRET_FIELDS = {"api_password", "api_key"}
# The carriers (plugins/module_utils/connection.py PROVIDERS; that module is not importable from here).
PROVIDERS = ("questblue", "voicemeup", "voipinnovations", "voipms")

# The schemas AWX validates a custom credential type's inputs and injectors with (awx/main/fields.py,
# CredentialTypeInputField and CredentialTypeInjectorField).
AWX_INPUTS_SCHEMA = {
    "type": "object", "additionalProperties": False,
    "properties": {
        "required": {"type": "array", "items": {"type": "string"}},
        "fields": {"type": "array", "items": {
            "type": "object", "additionalProperties": False, "required": ["id", "label"],
            "properties": {
                "type": {"enum": ["string", "boolean"]}, "format": {"enum": ["ssh_private_key", "url"]},
                "choices": {"type": "array", "minItems": 1, "items": {"type": "string"}, "uniqueItems": True},
                "id": {"type": "string", "pattern": "^[a-zA-Z_]+[a-zA-Z0-9_]*$"}, "label": {"type": "string"},
                "help_text": {"type": "string"}, "multiline": {"type": "boolean"}, "secret": {"type": "boolean"},
                "ask_at_runtime": {"type": "boolean"}, "default": {}}}},
    },
}
AWX_INJECTORS_SCHEMA = {
    "type": "object", "additionalProperties": False,
    "properties": {
        "file": {"type": "object", "additionalProperties": False,
                 "patternProperties": {r"^template(\.[a-zA-Z_]+[a-zA-Z0-9_]*)?$": {"type": "string"}}},
        "env": {"type": "object", "additionalProperties": False,
                "patternProperties": {"^[a-zA-Z_]+[a-zA-Z0-9_]*$": {"type": "string", "pattern": "^[\x00-\x7F]*$"}}},
        "extra_vars": {"type": "object", "additionalProperties": False,
                       "patternProperties": {"^[a-zA-Z_]+[a-zA-Z0-9_]*$": {"type": "string"}}},
    },
}

# What each carrier's driver requires (ProviderClient.credentials), and the account's inputs as an
# operator types them into the credential (the emulator's URL; rate_limit left empty but at one carrier).
REQUIRED = {"questblue": {"api_username", "api_password", "api_key"}, "voipms": {"api_username", "api_password"},
            "voicemeup": {"api_username", "api_key"}, "voipinnovations": {"api_username", "api_password"}}
ACCOUNTS = {"questblue": qb_options, "voipms": vms_options, "voicemeup": vmu_options, "voipinnovations": vi_options}
RATE_LIMIT = {"voicemeup": "600/3600"}

JOB = """
- name: A job over the numbers inventory, with nothing but the credential's environment
  hosts: all
  gather_facts: false
  vars:
    job_held: "{{ groups['all'] | map('extract', hostvars) | rejectattr('voip_status', 'eq', 'porting')
                  | map(attribute='voip_number') | first }}"
  tasks:
    - name: Read one number with a module
      voip.carrier.did_info:
        number: "{{ job_held }}"
      run_once: true
      register: job_one
    - name: Read the account with the numbers lookup
      ansible.builtin.set_fact:
        job_listed: "{{ query('voip.carrier.numbers') | map(attribute='number') | sort }}"
      run_once: true
    - name: The module, the lookup and the inventory read the same account
      ansible.builtin.assert:
        that:
          - job_one.dids | map(attribute='number') | list == [job_held]
          - job_listed == groups['all'] | map('extract', hostvars, 'voip_number') | sort
          - groups['voip_' ~ lookup('ansible.builtin.env', 'VOIP_CARRIER_PROVIDER')] | length == groups['all'] | length
      run_once: true
"""


def load_type(provider: str) -> dict:
    return yaml.safe_load((TYPES_DIR / f"{provider}.yml").read_text())


def inventory_script(path: Path, inventory: dict) -> Path:
    """An inventory as AWX hands it to a job (inventory/hosts): an executable printing its JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/usr/bin/env python3\nprint(%r)\n" % json.dumps(inventory))
    path.chmod(path.stat().st_mode | stat.S_IXUSR)
    return path


def render_injected_env(credential_type: dict, inputs: dict) -> dict[str, str]:
    """The environment AWX gives a job for a credential of this type (CredentialType.inject_credential):
    secret or not, an input enters the namespace only when non-empty; booleans always (missing: False)."""
    namespace = {key: value for key, value in inputs.items() if isinstance(value, bool) or len(value)}
    for field in credential_type["inputs"].get("fields", []):
        if field.get("type") == "boolean" and field["id"] not in inputs:
            namespace[field["id"]] = False
    sandbox = ImmutableSandboxedEnvironment()
    return {name: sandbox.from_string(template).render(**namespace)
            for name, template in credential_type["injectors"].get("env", {}).items()}


def credential_inputs(provider: str, emulator) -> dict[str, str]:
    """The seeded account's values for the type's fields, as an operator fills in the credential."""
    fields = [field["id"] for field in load_type(provider)["inputs"]["fields"]]
    account = ACCOUNTS[provider](emulator)
    values = {key: str(account[key]) for key in fields if key in account}
    values["rate_limit"] = RATE_LIMIT.get(provider, "")
    return values


def test_one_type_per_carrier_ships():
    assert sorted(path.stem for path in TYPES_DIR.glob("*.yml")) == sorted(PROVIDERS)


@pytest.mark.parametrize("provider", PROVIDERS)
def test_awx_accepts_the_type(provider):
    """What AWX checks when the type is created: schemas, unique ids, required fields that exist, injector
    templates that render with every field defined (StrictUndefined), no ANSIBLE_* variable."""
    credential_type = load_type(provider)
    assert set(credential_type) == {"name", "description", "kind", "inputs", "injectors"}
    assert credential_type["kind"] in ("cloud", "net")
    validate(credential_type["inputs"], AWX_INPUTS_SCHEMA)
    validate(credential_type["injectors"], AWX_INJECTORS_SCHEMA)
    ids = [field["id"] for field in credential_type["inputs"]["fields"]]
    assert len(ids) == len(set(ids)) and "tower" not in ids
    assert set(credential_type["inputs"]["required"]) <= set(ids)
    strict = ImmutableSandboxedEnvironment(undefined=StrictUndefined)
    for name, template in credential_type["injectors"]["env"].items():
        assert not name.startswith("ANSIBLE_")
        strict.from_string(template).render({field: "EXAMPLE" for field in ids})


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_type_asks_for_what_its_carrier_needs(provider):
    credential_type = load_type(provider)
    fields = {field["id"]: field for field in credential_type["inputs"]["fields"]}
    used = REQUIRED[provider] | {"api_url", "rate_limit"}
    assert set(fields) == used, "fields the carrier ignores, or misses"
    assert set(credential_type["inputs"]["required"]) == REQUIRED[provider]
    assert {key for key, field in fields.items() if field.get("secret")} == used & SECRET_FIELDS
    # No boolean field: AWX injects a missing boolean as False, which would turn certificate checks off.
    assert all(field.get("type", "string") == "string" for field in fields.values())
    assert credential_type["injectors"]["env"] == dict(
        {"VOIP_CARRIER_PROVIDER": provider}, **{f"VOIP_CARRIER_{key.upper()}": "{{ %s }}" % key for key in used})
    assert not set(credential_type["injectors"]) - {"env"}, "secrets go in the environment only, never extra vars"


@pytest.mark.parametrize("provider", PROVIDERS)
def test_the_injected_environment_alone_drives_inventory_module_and_lookup(provider, fresh_emulator, tmp_path):
    seed_accounts(fresh_emulator)
    env = render_injected_env(load_type(provider), credential_inputs(provider, fresh_emulator))
    assert env["VOIP_CARRIER_PROVIDER"] == provider
    assert env["VOIP_CARRIER_RATE_LIMIT"] == RATE_LIMIT.get(provider, "")

    # The project's inventory file holds nothing but the plugin's name.
    project = tmp_path / "project"
    source = write_config(project / "inventory", "numbers", {})
    assert json.loads(source.read_text()) == {"plugin": "voip.carrier.numbers"}

    # An inventory update: AWX runs ansible-inventory on the source with the credential's environment.
    update = ansible_inventory(tmp_path / "update", source, "--list", "--export", "--playbook-dir", str(project), env=env)
    hosts = set(update.data["_meta"]["hostvars"])
    assert hosts and update.data[f"voip_{provider}"]["hosts"]

    # A job over that inventory as AWX runs it: the synced hosts (AWX writes them as an inventory script),
    # the same environment; the play asserts that the module, the lookup and the inventory agree.
    job = playbook_over_inventory(tmp_path / "job", inventory_script(tmp_path / "job" / "inventory" / "hosts", update.data),
                                  JOB, env=env)
    job.assert_ok()
    assert len(job.tasks("Read one number with a module")) == 1
    assert not leaked([update.output, job.output, json.dumps(job.results)], SECRETS), "a secret in the output"


def test_an_empty_field_injects_an_empty_variable():
    """AWX leaves empty inputs out of the namespace: the template renders '' (the modules then use the
    carrier's public URL and default budget), never the text of the template."""
    env = render_injected_env(load_type("voipms"), {"api_username": "noc@example.com", "api_password": "pw"})
    assert env == {"VOIP_CARRIER_PROVIDER": "voipms", "VOIP_CARRIER_API_USERNAME": "noc@example.com",
                   "VOIP_CARRIER_API_PASSWORD": "pw", "VOIP_CARRIER_API_URL": "", "VOIP_CARRIER_RATE_LIMIT": ""}


def test_the_awx_page_shows_the_questblue_type_as_it_ships():
    """docs/docsite/rst/awx.rst prints the QuestBlue type for the UI's copy and paste: the same as the file."""
    page = (INSTALLED_COLLECTION / "docs" / "docsite" / "rst" / "awx.rst").read_text()
    start = page.index("   name: QuestBlue (voip.carrier)")
    block = []
    for line in page[start:].splitlines():
        if line and not line.startswith("   "):
            break
        block.append(line[3:])
    assert yaml.safe_load("\n".join(block)) == load_type("questblue")
