"""The voip.carrier.numbers inventory plugin, through the real ansible-inventory and ansible-playbook
against the emulator: golden --list output per carrier and for two accounts, the cache (a second
run makes no request), constructed groups, filters, the template-injection case, a play over the
hosts that runs a module without SSH, and no credential in any output at -vvvv."""

from __future__ import annotations

import datetime
import json

import pytest

from inventory_support import (
    QB_LOGIN, QB_PASSWORD, SECRETS, VI_LOGIN, VI_SECRET, VMS_PASSWORD, VMU_LOGIN, VMU_TOKEN, VMU_USER_ID, WRONG_PASSWORD,
    WRONG_TOKEN, ansible_inventory, compare_golden, env_of, files_text, leaked, playbook_over_inventory, qb_options,
    seed_accounts, vault_encrypt, vi_options, vmu_options, vms_options, write_config)


@pytest.fixture
def seeded(fresh_emulator):
    seed_accounts(fresh_emulator)
    return fresh_emulator


def unwrap(value):
    """A --list value without ansible-inventory's ``{"__ansible_unsafe": ...}`` markers."""
    if isinstance(value, dict):
        if set(value) == {"__ansible_unsafe"}:
            return value["__ansible_unsafe"]
        return {key: unwrap(item) for key, item in value.items()}
    if isinstance(value, list):
        return [unwrap(item) for item in value]
    return value


NO_TASKS = [{"name": "nothing", "hosts": "localhost", "gather_facts": False, "tasks": []}]


def hosts_of(data, group):
    # unwrap: a host name made by the hostname option from carrier data stays unsafe (2.16 marks it in --list).
    return unwrap(data.get(group, {}).get("hosts", []))


# ---- golden --list ------------------------------------------------------------------------------

def test_questblue_from_the_environment_matches_golden(seeded, tmp_path):
    """One account from the VOIP_CARRIER_* variables alone (what an AWX credential injects)."""
    config = write_config(tmp_path, "questblue", {})
    mark = seeded.last_seq()
    data = ansible_inventory(tmp_path, config, "--list", env=env_of(qb_options(seeded))).data
    compare_golden("questblue", data)
    # GET /did, GET /sms, GET /lnp: one page each, never one request per number.
    assert [(r["method"], r["path"]) for r in seeded.requests(since=mark)] == [
        ("GET", "/did"), ("GET", "/sms"), ("GET", "/lnp")]


def test_voipms_from_templated_file_options_matches_golden(seeded, tmp_path):
    options = vms_options(seeded, api_password="{{ lookup('env', 'VMS_SECRET') }}")
    config = write_config(tmp_path, "voipms", options)
    mark = seeded.last_seq()
    data = ansible_inventory(tmp_path, config, "--list", env={"VMS_SECRET": VMS_PASSWORD}).data
    compare_golden("voipms", data)
    assert len(seeded.requests(since=mark)) == 2          # getDIDsInfo, getLNPList


def vmu_calls(emulator, since):
    """The VoiceMeUp request types asked since ``since`` (the last segment of each path)."""
    return [r["path"].rstrip("/").rsplit("/", 1)[-1] for r in emulator.requests("voicemeup", since=since)]


def test_voicemeup_by_client_user_id_matches_golden(seeded, tmp_path):
    """The numeric client user ID as api_username, the token in capitals (the client lowercases it),
    the URL down to the format (white-label users copy it so): one request per list, never one per
    number, and the deleted number is not a host."""
    options = vmu_options(seeded, api_username=VMU_USER_ID, api_key=VMU_TOKEN.upper(),
                          api_url=seeded.api_url("voicemeup") + "/api/v1.1/json")
    config = write_config(tmp_path, "voicemeup", options)
    mark = seeded.last_seq()
    data = ansible_inventory(tmp_path, config, "--list").data
    compare_golden("voicemeup", data)
    # get_dids (every number with its SMS options), get_peers (the trunks' names), get_e911 (one page
    # of 1000: the E911 flags), get_port_requests (the port-ins)
    assert vmu_calls(seeded, mark) == ["get_dids", "get_peers", "get_e911", "get_port_requests"]
    assert "+13125550150" not in data["_meta"]["hostvars"]                    # status deleted
    assert leaked([json.dumps(data)], (VMU_TOKEN, VMU_TOKEN.upper(), VMU_LOGIN)) == []
    # the same account by its user name, from the environment (an AWX credential), without the
    # parts: get_dids, get_peers and get_e911 only
    mark = seeded.last_seq()
    single = write_config(tmp_path / "env", "env", {"include": []})
    env_data = ansible_inventory(tmp_path / "env", single, "--list", env=env_of(vmu_options(seeded))).data
    assert vmu_calls(seeded, mark) == ["get_dids", "get_peers", "get_e911"]
    assert sorted(env_data["_meta"]["hostvars"]) == sorted(set(data["_meta"]["hostvars"]) - {"+14385551234"})


def test_voipinnovations_matches_golden(seeded, tmp_path):
    """auditDIDs (every number with its trunk, CNAM, forward, failover and E911 flag), AuditEndpointGroups
    once (the trunks' names), AuditSMS with a blank tn (every number's SMS), getActivePorts (the
    port-ins): one request per list, never one per number, never audit911; the login is no host
    variable. The pending port's requested FOC date is five days after the seed: checked, then
    left out of the comparison."""
    config = write_config(tmp_path, "voipinnovations", vi_options(seeded))
    mark = seeded.last_seq()
    data = ansible_inventory(tmp_path, config, "--list").data
    porting = data["_meta"]["hostvars"]["+17205550400"]["voip_port_in"]
    foc = datetime.date.fromisoformat(unwrap(porting.pop("foc_date")))
    assert 4 <= (foc - datetime.date.today()).days <= 6
    compare_golden("voipinnovations", data)
    assert [r["soap"]["operation"] for r in seeded.requests("voipinnovations", since=mark)] == [
        "auditDIDs", "AuditEndpointGroups", "AuditSMS", "getActivePorts"]
    assert leaked([json.dumps(data)], (VI_SECRET, VI_LOGIN)) == []


def test_two_accounts_with_a_vaulted_password_match_golden(seeded, tmp_path):
    vaulted, password_file = vault_encrypt(tmp_path, QB_PASSWORD)
    qb = qb_options(seeded)
    lines = ["plugin: voip.carrier.numbers", "accounts:", "  - name: qb_main"]
    lines += ["    %s: %s" % (key, json.dumps(value)) for key, value in qb.items() if key != "api_password"]
    lines += ["    api_password: !vault |"] + ["      " + line.strip() for line in vaulted.splitlines()[1:]]
    lines += ["  - name: voipms_support"]
    lines += ["    %s: %s" % (key, json.dumps(value)) for key, value in vms_options(seeded).items()]
    config = write_config(tmp_path, "two", "\n".join(lines) + "\n")
    data = ansible_inventory(tmp_path, config, "--list", "--vault-password-file", str(password_file)).data
    compare_golden("two_accounts", data)
    assert set(hosts_of(data, "voip_account_qb_main")) | set(hosts_of(data, "voip_account_voipms_support")) == set(
        data["_meta"]["hostvars"])


# ---- cache --------------------------------------------------------------------------------------

def test_cached_second_run_makes_no_request(seeded, tmp_path):
    cache_dir = tmp_path / "cache"
    config = write_config(tmp_path, "cached", {"accounts": [dict(qb_options(seeded), name="qb"),
                                                            dict(vms_options(seeded), name="vms")],
                                               "cache": True, "cache_plugin": "ansible.builtin.jsonfile",
                                               "cache_connection": str(cache_dir), "cache_timeout": 3600})
    mark = seeded.last_seq()
    first = ansible_inventory(tmp_path / "first", config, "--list")
    assert len(seeded.requests(since=mark)) == 5
    assert list(cache_dir.iterdir()), "nothing was cached"
    mark = seeded.last_seq()
    second = ansible_inventory(tmp_path / "second", config, "--list", verbosity=3)
    assert seeded.requests(since=mark) == []
    assert second.data == first.data
    assert "numbers from the cache" in second.output
    # A number bought since is not seen from the cache, and is after --flush-cache (which re-reads;
    # ansible-playbook's: ansible-inventory has no such option in ansible-core 2.16).
    seeded.seed(carrier="questblue", owned=[{"account": QB_LOGIN, "did": "9195550300", "tier": "1"}])
    assert "+19195550300" not in ansible_inventory(tmp_path / "third", config, "--list").data["_meta"]["hostvars"]
    mark = seeded.last_seq()
    playbook_over_inventory(tmp_path / "flush", config, NO_TASKS, extra_args=["--flush-cache"]).assert_ok()
    assert len(seeded.requests(since=mark)) == 5
    mark = seeded.last_seq()
    assert "+19195550300" in ansible_inventory(tmp_path / "fifth", config, "--list").data["_meta"]["hostvars"]
    assert seeded.requests(since=mark) == []
    assert leaked(files_text(cache_dir)) == []


def test_cache_entry_of_other_settings_is_not_used(seeded, tmp_path):
    """The cache is keyed on the file's path: an entry read with other parts is read again."""
    cache = {"cache": True, "cache_plugin": "ansible.builtin.jsonfile", "cache_connection": str(tmp_path / "cache")}
    config = write_config(tmp_path, "cached", dict(qb_options(seeded), include=["sms"], **cache))
    ansible_inventory(tmp_path / "first", config, "--list").data
    config = write_config(tmp_path, "cached", dict(qb_options(seeded), **cache))
    mark = seeded.last_seq()
    data = ansible_inventory(tmp_path / "second", config, "--list").data
    assert len(seeded.requests(since=mark)) == 3 and "+13365551234" in data["_meta"]["hostvars"]


# ---- constructed, filters, naming -------------------------------------------------------------

def test_keyed_groups_compose_and_groups(seeded, tmp_path):
    config = write_config(tmp_path, "constructed", dict(
        vms_options(seeded), strict=True, hostname="voip_account ~ '_' ~ voip_number[2:]",
        compose={"national": "voip_number[2:]", "ansible_host": "'127.0.0.1'"},
        keyed_groups=[{"key": "voip_trunk", "prefix": "pbx", "default_value": "unrouted"},
                      {"key": "voip_status", "prefix": "status"}],
        groups={"sales": "'sales' in (voip_description | default('') | lower)"}))
    data = ansible_inventory(tmp_path, config, "--list").data
    hostvars = unwrap(data["_meta"]["hostvars"])
    assert sorted(hostvars) == ["voipms_3055551234", "voipms_3125550199", "voipms_7862285619", "voipms_7862285620"]
    assert hostvars["voipms_7862285619"]["national"] == "7862285619"
    assert hosts_of(data, "pbx_main") == ["voipms_7862285619"]
    assert hosts_of(data, "pbx_backup") == ["voipms_7862285620"]
    # No trunk (unrouted, or a number still porting in) -> default_value.
    assert hosts_of(data, "pbx_unrouted") == ["voipms_3055551234", "voipms_3125550199"]
    assert hosts_of(data, "status_porting") == ["voipms_3055551234"]
    assert hosts_of(data, "sales") == ["voipms_7862285619"]
    assert hosts_of(data, "voip_trunk_main") == ["voipms_7862285619"]      # default groups too


def test_strict_bad_expression_fails_and_lax_skips_it(seeded, tmp_path):
    options = dict(qb_options(seeded), compose={"broken": "voip_nothing.missing"})
    strict = ansible_inventory(tmp_path / "strict", write_config(tmp_path / "strict", "s", dict(options, strict=True)),
                               "--list")
    assert strict.rc != 0 and "Could not set broken" in strict.output, strict.describe()
    lax = ansible_inventory(tmp_path / "lax", write_config(tmp_path / "lax", "l", dict(options, strict=False)), "--list")
    assert all("broken" not in host for host in lax.data["_meta"]["hostvars"].values())


def test_filters_patterns_and_parts(seeded, tmp_path):
    config = write_config(tmp_path, "filtered", dict(
        qb_options(seeded), include=["sms"], include_patterns=["919*"], exclude_patterns=["9195550100"],
        filters={"status": ["active"], "sms_enabled": False}, vars_prefix="qb_", host_connection="", default_groups=True))
    data = ansible_inventory(tmp_path, config, "--list").data
    hostvars = unwrap(data["_meta"]["hostvars"])
    assert sorted(hostvars) == ["+19195550201"]
    assert hostvars["+19195550201"]["qb_sms"] == {"enabled": False} and "qb_port_in" not in hostvars["+19195550201"]
    assert "ansible_connection" not in hostvars["+19195550201"]
    assert "voip_port_in_pending" not in data and hosts_of(data, "voip_trunk_backup") == ["+19195550201"]


def test_default_groups_off_and_trunk_names_made_valid(seeded, tmp_path):
    data = ansible_inventory(tmp_path, write_config(tmp_path, "nogroups", dict(qb_options(seeded), default_groups=False)),
                             "--list").data
    assert sorted(data) == ["_meta", "all", "ungrouped"]
    data = ansible_inventory(tmp_path / "named", write_config(tmp_path / "named", "named", qb_options(seeded)), "--list").data
    assert hosts_of(data, "voip_trunk_main_pbx") == ["+19195550100", "+19195550200"]     # "main-pbx"
    assert hosts_of(data, "voip_no_e911") == ["+19195550200", "+19195550201", "+19845550100"]   # not the porting one


def test_bad_configuration_fails_before_any_request(seeded, tmp_path):
    cases = {
        "unknown provider": ({"accounts": [dict(qb_options(seeded), name="a", provider="nope")]}, "provider must be one of"),
        "same name twice": ({"accounts": [dict(qb_options(seeded), name="a"), dict(vms_options(seeded), name="a")]},
                            "another account has the name a"),
        "no name": ({"accounts": [qb_options(seeded)]}, "name is required"),
        "typo in an account": ({"accounts": [dict(qb_options(seeded), name="a", api_pasword="x")]}, "api_pasword"),
        "bad pattern": (dict(qb_options(seeded), include_patterns=["+1919*"]), "is not a number pattern"),
        "filter without its part": (dict(qb_options(seeded), include=["port_in"], filters={"sms_enabled": True}),
                                    "filters.sms_enabled: filters on what the sms part reads"),
        "unknown part": (dict(qb_options(seeded), include=["e911"]), "e911"),
        "no provider": ({}, "provider"),
    }
    mark = seeded.last_seq()
    for index, (case, (config, message)) in enumerate(cases.items()):
        run = ansible_inventory(tmp_path / str(index), write_config(tmp_path / str(index), "bad", config), "--list")
        assert run.rc != 0 and message in run.output, "%s:\n%s" % (case, run.describe())
        assert leaked([run.output]) == [], case
    assert seeded.requests(since=mark) == []


# ---- carrier data is never templated --------------------------------------------------------------

def test_template_in_a_description_stays_verbatim(fresh_emulator, tmp_path):
    witness = tmp_path / "pwned"
    injected = "{{ lookup('pipe', 'touch %s') }}" % witness
    seed_accounts(fresh_emulator, qb_note=injected, vms_note=injected)
    config = write_config(tmp_path, "injected", {"accounts": [dict(qb_options(fresh_emulator), name="qb"),
                                                              dict(vms_options(fresh_emulator), name="vms")]})
    data = ansible_inventory(tmp_path / "list", config, "--list").data
    for host in ("+19195550100", "+17862285619"):
        # Marked unsafe in --list, and the text as it came from the carrier.
        assert data["_meta"]["hostvars"][host]["voip_description"] == {"__ansible_unsafe": injected}
    host = ansible_inventory(tmp_path / "host", config, "--host", "+19195550100")
    assert unwrap(json.loads(host.stdout))["voip_description"] == injected
    play = [{"name": "Show the descriptions", "hosts": "all:!voip_port_in_pending", "gather_facts": False,
             "tasks": [{"name": "var", "ansible.builtin.debug": {"var": "voip_description"}},
                       {"name": "msg", "ansible.builtin.debug": {"msg": "{{ voip_description }}"}},
                       {"name": "copy", "ansible.builtin.set_fact": {"copied": "{{ voip_description }}"}}]}]
    res = playbook_over_inventory(tmp_path / "play", config, play).assert_ok()
    for host in ("+19195550100", "+17862285619"):
        assert res.task("var", host)["result"]["voip_description"] == injected
        assert res.task("msg", host)["result"]["msg"] == injected
        assert res.task("copy", host)["result"]["ansible_facts"]["copied"] == injected
    assert not witness.exists(), "the carrier's description was templated: the pipe lookup ran"


# ---- a play over the numbers ----------------------------------------------------------------------

def test_play_over_the_numbers_runs_modules_without_ssh(seeded, tmp_path):
    """Every held number of both accounts converged with the did module, its description as read:
    no change, no write, and no SSH (the SSH client points nowhere)."""
    config = write_config(tmp_path, "play", {"accounts": [dict(qb_options(seeded), name="qb"),
                                                          dict(vms_options(seeded), name="vms")]})
    secrets = {"qb": qb_options(seeded), "vms": vms_options(seeded)}
    play = [{"name": "Converge the numbers", "hosts": "all:!voip_port_in_pending", "gather_facts": False,
             "vars": {"accounts": secrets},
             "tasks": [{"name": "did", "voip.carrier.did": {
                 "provider": "{{ voip_provider }}", "api_url": "{{ accounts[voip_account].api_url }}",
                 "api_username": "{{ accounts[voip_account].api_username }}",
                 "api_password": "{{ accounts[voip_account].api_password }}",
                 "api_key": "{{ accounts[voip_account].api_key | default(omit) }}",
                 "number": "{{ voip_number }}", "description": "{{ voip_description }}"}, "register": "out"}]}]
    mark = seeded.last_seq()
    res = playbook_over_inventory(tmp_path / "run", config, play, extra_args=["--forks", "2"]).assert_ok(changed=False)
    hosts = sorted(r["host"] for r in res.tasks("did"))
    assert hosts == ["+13125550199", "+17862285619", "+17862285620", "+19195550100", "+19195550200", "+19195550201",
                     "+19845550100"]
    assert seeded.writes(since=mark) == []
    check = playbook_over_inventory(tmp_path / "check", config, play, extra_args=["--check", "--limit", "voip_sms_enabled"])
    check.assert_ok(changed=False)
    res.assert_no_secrets(*SECRETS)


# ---- no credential anywhere, at any verbosity ----------------------------------------------------------

def test_no_credential_in_any_output_at_vvvv(seeded, tmp_path):
    cache_dir = tmp_path / "cache"
    config = write_config(tmp_path, "secret", {
        "accounts": [dict(qb_options(seeded), name="qb"),
                     dict(vms_options(seeded, api_password="{{ lookup('env', 'VMS_SECRET') }}"), name="vms")],
        "cache": True, "cache_plugin": "ansible.builtin.jsonfile", "cache_connection": str(cache_dir)})
    env = {"VMS_SECRET": VMS_PASSWORD}
    outputs = []
    for index, args in enumerate((["--list"], ["--graph"], ["--host", "+19195550200"], ["--list", "--export"])):
        run = ansible_inventory(tmp_path / str(index), config, *args, env=env, verbosity=4)
        assert run.rc == 0, run.describe()
        outputs.append(run.output)
    # A play over the hosts at -vvvv that reads the carriers again and shows every host variable.
    play = [{"name": "show", "hosts": "voip_sms_enabled", "gather_facts": False,
             "tasks": [{"name": "vars", "ansible.builtin.debug": {"var": "hostvars[inventory_hostname]"}}]}]
    res = playbook_over_inventory(tmp_path / "play", config, play, env=env, verbosity=4, extra_args=["--flush-cache"])
    outputs.append(res.assert_ok().output)
    # A single account from the environment, too.
    single = write_config(tmp_path / "single", "single", {})
    run = ansible_inventory(tmp_path / "single", single, "--list", env=env_of(qb_options(seeded)), verbosity=4)
    assert run.rc == 0, run.describe()
    outputs.append(run.output)
    assert leaked(outputs) == []
    assert leaked(files_text(cache_dir)) == []
    assert list(cache_dir.iterdir())


@pytest.mark.parametrize("provider", ["questblue", "voipms", "voicemeup"])
def test_auth_failure_names_the_carrier_error_and_no_credential(seeded, tmp_path, provider):
    if provider == "voicemeup":
        options = vmu_options(seeded, api_key=WRONG_TOKEN)
    else:
        options = (qb_options if provider == "questblue" else vms_options)(seeded, api_password=WRONG_PASSWORD)
    config = write_config(tmp_path, "wrong", {"accounts": [dict(options, name="acct")]})
    run = ansible_inventory(tmp_path, config, "--list", verbosity=4)
    assert run.rc != 0
    expected = {"questblue": "questblue API error: Authentication failed",
                "voipms": "voipms API error invalid_credentials",
                "voicemeup": "voicemeup API error authentication_failed"}[provider]
    assert "account acct: %s" % expected in run.output, run.describe()
    assert leaked([run.output]) == []
    # The same failure through the environment (an AWX credential with a wrong password).
    run = ansible_inventory(tmp_path / "env", write_config(tmp_path / "env", "wrong", {}), "--list", env=env_of(options),
                            verbosity=4)
    assert run.rc != 0 and expected in run.output and leaked([run.output]) == []
