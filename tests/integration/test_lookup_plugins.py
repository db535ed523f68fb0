"""The voip.carrier.numbers and voip.carrier.available_numbers lookups in real playbooks against the
emulator, at each carrier: filters, the search, bad input refused before any request, and no
credential in any output at -vvvv, an authentication failure included."""

from __future__ import annotations

import pytest

from inventory_support import (
    SECRETS, VI_LOGIN, VMU_USER_ID, WRONG_PASSWORD, WRONG_TOKEN, env_of, leaked, qb_options, seed_accounts, vi_options,
    vmu_options, vms_options)


@pytest.fixture
def seeded(fresh_emulator):
    seed_accounts(fresh_emulator)
    return fresh_emulator


def numbers_of(res, name):
    return res.task(name)["result"]["msg"]


def show(name, expression):
    return {"name": name, "ansible.builtin.debug": {"msg": "{{ %s }}" % expression}}


def lookups_play(*tasks):
    """A play whose lookups take credentials from variables (``qb``, ``vms``: the accounts' options)."""
    return [{"name": "lookups", "hosts": "localhost", "gather_facts": False, "tasks": list(tasks)}]


QB = "provider=qb.provider, api_url=qb.api_url, api_username=qb.api_username, api_password=qb.api_password, " \
     "api_key=qb.api_key"
VMS = "provider=vms.provider, api_url=vms.api_url, api_username=vms.api_username, api_password=vms.api_password"
VMU = "provider=vmu.provider, api_url=vmu.api_url, api_username=vmu.api_username, api_key=vmu.api_key"
VI = "provider=vi.provider, api_url=vi.api_url, api_username=vi.api_username, api_password=vi.api_password"


def accounts(emulator, **overrides):
    return {"qb": qb_options(emulator, **overrides), "vms": vms_options(emulator, **overrides),
            "vmu": vmu_options(emulator), "vi": vi_options(emulator)}


def vmu_requests(emulator, since):
    return [r["path"].rstrip("/").rsplit("/", 1)[-1] for r in emulator.requests("voicemeup", since=since)]


def test_numbers_lookup_with_filters_at_both_carriers(seeded, run_playbook):
    numbers = "query('voip.carrier.numbers', %s, %s) | map(attribute='number')"
    play = lookups_play(
        show("qb trunk", numbers % (QB, "trunk='main-pbx'")),
        show("qb no e911", numbers % (QB, "e911=false, status='active'")),
        show("qb sms", numbers % (QB, "sms_enabled=true")),
        show("qb porting", numbers % (QB, "port_in_pending=true")),
        show("qb pattern", numbers % (QB, "pattern='91955502*'")),
        show("qb records", "query('voip.carrier.numbers', %s, pattern='9195550200', include=['sms'])" % QB),
        show("vms trunk", numbers % (VMS, "trunk=['main', 'backup']")),
        show("vms sms", numbers % (VMS, "sms_enabled=true, include=['sms']")),
        show("vms porting", "query('voip.carrier.numbers', %s, status='porting')" % VMS),
        show("vms all", numbers % (VMS, "include=[]")),
    )
    mark = seeded.last_seq()
    res = run_playbook(play, extra_vars=accounts(seeded)).assert_ok(changed=False)
    assert numbers_of(res, "qb trunk") == ["+19195550100", "+19195550200"]
    assert numbers_of(res, "qb no e911") == ["+19195550200", "+19195550201", "+19845550100"]
    assert numbers_of(res, "qb sms") == ["+19195550200"]
    assert numbers_of(res, "qb porting") == ["+13365551234"]
    assert numbers_of(res, "qb pattern") == ["+19195550200", "+19195550201"]
    [record] = numbers_of(res, "qb records")
    assert record == {"number": "+19195550200", "provider": "questblue", "status": "active", "type": "local",
                      "tier": "1b", "description": "Sales line", "trunk": "main-pbx", "caller_id_name": "", "e911": False,
                      "sms": {"enabled": True, "mode": "email", "email": "sms@acme.example", "url": ""}}
    assert numbers_of(res, "vms trunk") == ["+17862285619", "+17862285620"]
    assert numbers_of(res, "vms sms") == ["+17862285619"]
    [porting] = numbers_of(res, "vms porting")
    assert porting["number"] == "+13055551234" and porting["port_in"]["request_ids"] and porting["trunk"] == ""
    assert numbers_of(res, "vms all") == ["+13125550199", "+17862285619", "+17862285620"]   # no port-ins read
    assert seeded.writes(since=mark) == []
    res.assert_no_secrets(*SECRETS)


def test_numbers_lookup_at_voicemeup(seeded, run_playbook):
    """Filters over the account snapshot (one get_dids, get_peers, get_e911, get_port_requests per
    lookup, never a request per number); the deleted number is never listed."""
    numbers = "query('voip.carrier.numbers', %s, %s) | map(attribute='number')"
    play = lookups_play(
        show("trunk", numbers % (VMU, "trunk='main-pbx'")),
        show("no e911", numbers % (VMU, "e911=false, status='active'")),
        show("sms", numbers % (VMU, "sms_enabled=true")),
        show("porting", numbers % (VMU, "port_in_pending=true")),
        show("disabled", numbers % (VMU, "status='disabled', include=[]")),
        show("record", "query('voip.carrier.numbers', %s, pattern='5145550100', include=['sms'])" % VMU),
    )
    mark = seeded.last_seq()
    res = run_playbook(play, extra_vars=accounts(seeded)).assert_ok(changed=False)
    assert numbers_of(res, "trunk") == ["+15145550100", "+15145550200"]
    assert numbers_of(res, "no e911") == ["+14165550201", "+15145550200", "+16045550100"]
    assert numbers_of(res, "sms") == ["+15145550100"]
    assert numbers_of(res, "porting") == ["+14385551234"]
    assert numbers_of(res, "disabled") == ["+12125550123"]
    [record] = numbers_of(res, "record")
    assert record == {"number": "+15145550100", "provider": "voicemeup", "status": "active", "type": "local",
                      "description": "Front desk", "trunk": "main-pbx", "forward_to": "", "caller_id_name": "",
                      "caller_id_number": "", "comments": "", "enabled": True, "sms_available": True, "e911": True,
                      "sms": {"enabled": True, "email": "sms@acme.example", "forward_to": "", "url": "",
                              "auto_reply": "", "url_retry": False, "profile": ""}}
    requests = vmu_requests(seeded, mark)
    assert requests.count("get_dids") == 6 and "get_new_dids" not in requests      # one snapshot per lookup
    assert len(requests) == 6 * 3 + 4              # + get_port_requests where port_in is read (4 lookups)
    assert seeded.writes(since=mark) == []
    res.assert_no_secrets(*SECRETS)


def test_lookups_at_voipinnovations(seeded, run_playbook):
    """numbers: filters over the account snapshot (auditDIDs and AuditEndpointGroups per lookup,
    AuditSMS and getActivePorts where those parts are read; never a request per number);
    available_numbers: getDIDs by area code, by state and rate center, and toll-free."""
    numbers = "query('voip.carrier.numbers', %s, %s) | map(attribute='number')"
    available = "query('voip.carrier.available_numbers', %s, %s)"
    play = lookups_play(
        show("trunk", numbers % (VI, "trunk='Main PBX'")),
        show("no e911", numbers % (VI, "e911=false, status='active'")),
        show("sms", numbers % (VI, "sms_enabled=true")),
        show("porting", numbers % (VI, "port_in_pending=true")),
        show("numbers only", numbers % (VI, "include=[]")),
        show("record", "query('voip.carrier.numbers', %s, pattern='7205550200', include=['sms'])" % VI),
        show("npa", available % (VI, "npa='212', limit=2")),
        show("rate center", available % (VI, "region='TX', rate_center='DALLAS', limit=0") + " | length"),
        show("toll free", available % (VI, "type='toll_free', limit=1")),
    )
    mark = seeded.last_seq()
    res = run_playbook(play, extra_vars=accounts(seeded)).assert_ok(changed=False)
    assert numbers_of(res, "trunk") == ["+17205550100", "+17205550200"]
    assert numbers_of(res, "no e911") == ["+17205550200", "+17205550201", "+17205550300"]
    assert numbers_of(res, "sms") == ["+17205550100"]
    assert numbers_of(res, "porting") == ["+17205550400"]
    assert numbers_of(res, "numbers only") == ["+17205550100", "+17205550200", "+17205550201", "+17205550300"]
    [record] = numbers_of(res, "record")
    assert record == {"number": "+17205550200", "provider": "voipinnovations", "status": "active", "type": "local",
                      "trunk": "Main PBX", "cnam": False, "caller_id_name": "", "description": "Sales line",
                      "forward_to": "", "failover_number": "+17205559999", "e911": False, "sms": {"enabled": False}}
    assert [n["number"] for n in numbers_of(res, "npa")] == ["+12125550110", "+12125550111"]
    assert int(numbers_of(res, "rate center")) >= 2
    [toll_free] = numbers_of(res, "toll free")
    assert toll_free["type"] == "toll_free" and toll_free["number"].startswith("+1888")
    operations = [r["soap"]["operation"] for r in seeded.requests("voipinnovations", since=mark)]
    assert operations.count("auditDIDs") == 6 and operations.count("getDIDs") == 3
    # the default parts (sms, port_in) in four lookups, sms alone in one
    assert operations.count("AuditSMS") == 5 and operations.count("getActivePorts") == 4 and "audit911" not in operations
    assert len(operations) == 6 * 2 + 5 + 4 + 3
    assert seeded.writes(since=mark) == []
    res.assert_no_secrets(*SECRETS)


def test_numbers_lookup_credentials_from_the_environment(seeded, run_playbook):
    play = lookups_play(show("all", "query('voip.carrier.numbers', trunk='main') | map(attribute='number')"))
    res = run_playbook(play, env=env_of(vms_options(seeded))).assert_ok()
    assert numbers_of(res, "all") == ["+17862285619"]


def test_available_numbers_lookup_at_both_carriers(seeded, run_playbook):
    available = "query('voip.carrier.available_numbers', %s, %s)"
    play = lookups_play(
        show("qb raleigh 1b", available % (QB, "tier='1b', region='NC', rate_center='RALEIGH', limit=3")),
        show("qb toll free", available % (QB, "type='toll_free', npa='844', limit=2")),
        show("vms miami", available % (VMS, "region='FL', npa='786', limit=2")),
        show("vms all", available % (VMS, "region='FL', npa='786', limit=0") + " | length"),
    )
    res = run_playbook(play, extra_vars=accounts(seeded)).assert_ok(changed=False)
    raleigh = numbers_of(res, "qb raleigh 1b")
    assert [n["number"] for n in raleigh] == ["+19195550202", "+19195550203", "+19195550204"]   # 0200/0201 are held
    assert {(n["tier"], n["state"], n["rate_center"], n["type"]) for n in raleigh} == {("1b", "NC", "RALEIGH", "local")}
    assert [n["type"] for n in numbers_of(res, "qb toll free")] == ["toll_free", "toll_free"]
    miami = numbers_of(res, "vms miami")
    assert len(miami) == 2 and all(n["number"].startswith("+1786") and n["state"] == "FL" for n in miami)
    assert int(numbers_of(res, "vms all")) >= 2
    res.assert_no_secrets(*SECRETS)


def test_available_numbers_lookup_at_voicemeup(seeded, run_playbook):
    """get_new_dids by area code, by rate centre (VoiceMeUp's district), and toll-free by prefix."""
    available = "query('voip.carrier.available_numbers', %s, %s)"
    play = lookups_play(
        show("npa", available % (VMU, "npa='514', limit=2")),
        show("rate centre", available % (VMU, "rate_center='Montreal', limit=0")),
        show("toll free", available % (VMU, "type='toll_free', npa='844'")),
    )
    res = run_playbook(play, extra_vars=accounts(seeded)).assert_ok(changed=False)
    assert [n["number"] for n in numbers_of(res, "npa")] == ["+15145550301", "+15145550302"]
    montreal = numbers_of(res, "rate centre")
    assert [n["number"] for n in montreal] == ["+15145550301", "+15145550302", "+15145550303"]
    assert {(n["type"], n["rate_center"], n["sms"]) for n in montreal} == {("local", "Montreal", True)}
    assert [(n["number"], n["type"]) for n in numbers_of(res, "toll free")] == [("+18445550300", "toll_free")]
    res.assert_no_secrets(*SECRETS)


@pytest.mark.parametrize("expression, message", [
    ("query('voip.carrier.available_numbers', %s, tier='1', region='FL', npa='786')" % VMS, "tier: voipms has no"),
    ("query('voip.carrier.available_numbers', %s, zip='33101')" % VMS, "zip"),
    ("query('voip.carrier.available_numbers', %s, npa='919', limit=-1)" % QB, "limit: must be 0 (all) or a positive"),
    ("query('voip.carrier.available_numbers', %s, type='mobile')" % QB, "type"),
    ("query('voip.carrier.available_numbers', %s, rate_centre='RALEIGH')" % QB, "rate_centre: is not an option"),
    ("query('voip.carrier.numbers', %s, sms_enabled=true, include=['port_in'])" % QB, "add sms to include"),
    ("query('voip.carrier.numbers', %s, include=['e911'])" % VMS, "['e911']"),
    ("query('voip.carrier.numbers', %s, pattern='+1919*')" % QB, "is not a number pattern"),
    ("query('voip.carrier.numbers', '919*', %s)" % QB, "takes no terms"),
    ("query('voip.carrier.numbers', api_username=qb.api_username)", "provider is required"),
    ("query('voip.carrier.numbers', provider='questblue', api_username=qb.api_username, api_password=qb.api_password)",
     "api_key: is required for provider questblue"),
    ("query('voip.carrier.available_numbers', %s, region='QC', npa='514')" % VMU, "region: voicemeup searches by"),
    ("query('voip.carrier.available_numbers', %s, tier='1', npa='514')" % VMU, "tier: voicemeup has no service tiers"),
    ("query('voip.carrier.available_numbers', %s, zip='10001')" % VMU, "zip: voicemeup cannot search by ZIP"),
    ("query('voip.carrier.numbers', provider='voicemeup', api_username=vmu.api_username)",
     "api_key: is required for provider voicemeup"),
    ("query('voip.carrier.available_numbers', %s, tier='1', npa='212')" % VI, "tier: voipinnovations prices numbers"),
    ("query('voip.carrier.available_numbers', %s, zip='10001')" % VI, "zip: voipinnovations cannot search by ZIP"),
    ("query('voip.carrier.numbers', provider='voipinnovations', api_username=vi.api_username)",
     "api_password: is required for provider voipinnovations"),
])
def test_lookup_bad_input_fails_before_any_request(seeded, run_playbook, expression, message):
    mark = seeded.last_seq()
    res = run_playbook(lookups_play(show("bad", expression)), extra_vars=accounts(seeded))
    failure = res.assert_failed()
    assert message in str(failure.get("msg")), res.describe()
    assert seeded.requests(since=mark) == []
    res.assert_no_secrets(*SECRETS)


def test_lookups_show_no_credential_at_vvvv(seeded, run_playbook):
    """Both lookups at -vvvv, with credentials from variables and from the environment, and an
    authentication failure at each carrier: no password or key anywhere in the output."""
    play = lookups_play(
        show("qb numbers", "query('voip.carrier.numbers', %s)" % QB),
        show("vms numbers", "query('voip.carrier.numbers', %s)" % VMS),
        show("qb available", "query('voip.carrier.available_numbers', %s, npa='919', limit=1)" % QB),
        show("vms available", "query('voip.carrier.available_numbers', %s, npa='786', region='FL', limit=1)" % VMS),
        show("vmu numbers", "query('voip.carrier.numbers', %s)" % VMU.replace("vmu.api_username", "vmu_user_id")),
        show("vmu available", "query('voip.carrier.available_numbers', %s, npa='514', limit=1)" % VMU),
        show("env numbers", "query('voip.carrier.numbers')"),
        dict(show("qb wrong", "query('voip.carrier.numbers', %s)" % QB.replace("qb.api_password", "wrong")),
             ignore_errors=True),
        dict(show("vms wrong", "query('voip.carrier.available_numbers', %s, npa='786', region='FL')"
                  % VMS.replace("vms.api_password", "wrong")), ignore_errors=True),
        dict(show("vmu wrong", "query('voip.carrier.numbers', %s)" % VMU.replace("vmu.api_key", "wrong_token")),
             ignore_errors=True),
        show("vi numbers", "query('voip.carrier.numbers', %s)" % VI),
        dict(show("vi wrong", "query('voip.carrier.numbers', %s)" % VI.replace("vi.api_password", "wrong")),
             ignore_errors=True),
    )
    # VoiceMeUp: by the numeric client user ID, and with a token it does not know
    extra = dict(accounts(seeded), wrong=WRONG_PASSWORD, wrong_token=WRONG_TOKEN, vmu_user_id=VMU_USER_ID)
    res = run_playbook(play, extra_vars=extra, verbosity=4, env=env_of(qb_options(seeded))).assert_ok()
    assert "questblue API error: Authentication failed" in str(res.task("qb wrong")["result"]["msg"])
    assert "voipms API error invalid_credentials" in str(res.task("vms wrong")["result"]["msg"])
    assert "voicemeup API error authentication_failed" in str(res.task("vmu wrong")["result"]["msg"])
    assert "voipinnovations API error 902" in str(res.task("vi wrong")["result"]["msg"])
    assert len(numbers_of(res, "vi numbers")) == 5
    assert len(numbers_of(res, "vmu numbers")) == 6 and len(numbers_of(res, "vmu available")) == 1
    assert len(numbers_of(res, "env numbers")) == 5
    assert leaked([res.stdout, res.stderr]) == []
    # The VoIP Innovations login travels beside the secret in every SOAP body: masked like it.
    assert VI_LOGIN not in res.stdout.replace("vi.api_username", "")
    res.assert_no_secrets(*SECRETS)
