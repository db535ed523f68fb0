"""The ``module_defaults: group/voip.carrier.all`` play in each module's EXAMPLES, run as written
(check mode, so nothing is bought) against the emulator: the action group reaches every module,
and the options the example shows are ones its carrier takes.

The examples' variables are the emulator's demo account; the URL comes from VOIP_CARRIER_API_URL,
which the plays leave unset, as a user's would."""

from __future__ import annotations

import ast

import pytest
import yaml

from conftest import INSTALLED_COLLECTION

MODULES = ("available_did_info", "did", "did_bulk", "did_info", "e911", "fax_user", "lnp_request", "lnp_request_info",
           "sip_trunk", "sip_trunk_info", "sms_config")


def examples_text(module):
    source = (INSTALLED_COLLECTION / "plugins" / "modules" / (module + ".py")).read_text(encoding="utf-8")
    return next(node.value.value for node in ast.parse(source).body if isinstance(node, ast.Assign)
                and any(getattr(target, "id", None) == "EXAMPLES" for target in node.targets))


def defaults_play(module):
    """The module's EXAMPLES play that sets module_defaults for the collection's action group."""
    return next(entry for entry in yaml.safe_load(examples_text(module))
                if "group/voip.carrier.all" in (entry.get("module_defaults") or {}))


def example_vars(emulator, provider):
    qb, vm = emulator.credentials("questblue"), emulator.credentials("voipms")
    return {"questblue_username": qb["api_username"], "questblue_password": qb["api_password"],
            "questblue_security_key": qb["api_key"], "voipms_email": vm["api_username"],
            "voipms_api_password": vm["api_password"], "vault_fax_code": "Fax2024", "provider": provider}


# What each example takes the account to hold already (numbers, trunks, fax numbers), as a user's would.
HELD = {
    "available_did_info": {"subaccounts": [{"username": "pbx1", "auth_type": "2", "ip": "203.0.113.7"}]},
    "did": {"trunks": [{"trunk": "mainpbx", "status": "on", "ip_address": "198.51.100.10"}],
            "owned": [{"did": "9195550123", "tier": "1b", "type": "local"},
                      {"did": "9195550124", "tier": "1b", "type": "local"}]},
    "did_bulk": {"trunks": [{"trunk": "mainpbx", "status": "on", "ip_address": "198.51.100.10"}],
                 "owned": [{"did": "9195550123", "tier": "1b", "type": "local"},
                           {"did": "9195550124", "tier": "1", "type": "local"}]},
    "e911": {"dids": [{"did": "7862285600"}, {"did": "7862285601"}]},
    "fax_user": {"fax_numbers": [{"did": "7862285700", "country": "US", "state": "FL", "city": "Miami"}]},
    "sip_trunk": {"subaccounts": [{"username": "miamipbx", "auth_type": "2", "ip": "203.0.113.8"}],
                  "dids": [{"did": "7862285601"}]},
    "sms_config": {"dids": [{"did": "7862285600"}, {"did": "7862285601"}]},
}


# The vars files an example play reads (vars_files), as its comment in EXAMPLES shows them.
VARS_FILES = {
    "did_bulk": {"vars/raleigh-numbers.yml": """raleigh_numbers:
  - number: "+19195550123"
    description: reception
    sms:
      email: sms@example.com
  - number: "+19195550124"
    description: sales
    e911: {name: ACME Corp, street_number: "100", street_name: Main St, city: Raleigh, region: NC,
           postal_code: "27601"}
"""},
}


@pytest.mark.parametrize("module", MODULES)
def test_module_defaults_example_runs_in_check_mode(module, fresh_emulator, run_playbook, tmp_path):
    play = defaults_play(module)
    provider = play["module_defaults"]["group/voip.carrier.all"]["provider"]
    if module in HELD:
        fresh_emulator.seed(carrier=provider, **HELD[module])
    workdir = tmp_path / "play"
    (workdir / "files").mkdir(parents=True)
    (workdir / "files" / "durham-bill.pdf").write_bytes(b"%PDF-1.4 a bill of the losing carrier")
    for name, content in VARS_FILES.get(module, {}).items():
        # The file is the one the example's comment shows ("#   " lines), so the example is what runs.
        shown = "\n".join(line[4:] for line in examples_text(module).splitlines() if line.startswith("#   "))
        assert yaml.safe_load(shown) == yaml.safe_load(content), "%s: EXAMPLES shows another %s" % (module, name)
        (workdir / name).parent.mkdir(parents=True, exist_ok=True)
        (workdir / name).write_text(content, encoding="utf-8")
    mark = fresh_emulator.last_seq()
    res = run_playbook([play], extra_vars=example_vars(fresh_emulator, provider), check=True,
                       env={"VOIP_CARRIER_API_URL": fresh_emulator.api_url(provider)}, workdir=workdir)
    res.assert_ok()
    assert fresh_emulator.requests(carrier=provider, since=mark), "the play reached no carrier"
    assert not fresh_emulator.writes(since=mark)
