"""What the tests of the number inventory and the lookups share: a known account state at each
carrier (accounts of their own, with distinctive secrets), inventory files, and runs of
``ansible-inventory`` and of ``ansible-playbook`` over the inventory's hosts (without ``-c local``,
unlike conftest's ``run_playbook``: the inventory's own ``ansible_connection`` must do it)."""

from __future__ import annotations

import base64
import json
import os
import subprocess
from pathlib import Path

from conftest import ANSIBLE_PLAYBOOK, PlaybookResult, _clean_environment, _read_records

VENV_BIN = Path(ANSIBLE_PLAYBOOK).parent
GOLDEN_DIR = Path(__file__).resolve().parent / "golden" / "inventory"
# VOIP_CARRIER_UPDATE_GOLDEN=1 rewrites the golden files from this run (then review the diff).
UPDATE_GOLDEN = os.environ.get("VOIP_CARRIER_UPDATE_GOLDEN") == "1"

# Accounts of their own, with secrets no other text contains, so a leak is found by searching.
QB_LOGIN, QB_PASSWORD, QB_KEY = "acme", "Qb-Pw-S3cret-7781", "Qb-Key-9f8e7d6c5b4a"
VMS_LOGIN, VMS_PASSWORD, VMS_MAIN = "noc@acme.example", "Vms-Pw-S3cret-4412", "200000"
# VoiceMeUp: the user name and its numeric client_user_id (either is api_username), the auth_token (api_key).
VMU_LOGIN, VMU_USER_ID, VMU_TOKEN = "acme-vmu", "765432", "5ec3e7a0c0ffee4412aa99b00bfac4d7"
# VoIP Innovations: the API user's login (masked like the secret: it travels in every body) and secret.
VI_LOGIN, VI_SECRET = "acme-vi-api", "Vi-Secret-S3cret-3321"
WRONG_PASSWORD = "Wrong-Pw-Zz0193-x"
WRONG_TOKEN = "0badc0de0badc0de0badc0de0badc0de"
VAULT_PASSWORD = "Vault-Pw-Kk2288"
SECRETS = (QB_PASSWORD, QB_KEY, VMS_PASSWORD, WRONG_PASSWORD, VAULT_PASSWORD, VMU_TOKEN, VMU_TOKEN.upper(), WRONG_TOKEN,
           VI_SECRET,
           base64.b64encode(("%s:%s" % (QB_LOGIN, QB_PASSWORD)).encode()).decode())


def seed_accounts(emulator, qb_note=None, vms_note=None):
    """The known state: QuestBlue account ``acme`` and VoIP.ms account ``noc@acme.example``, each
    with numbers on two trunks and on none, SMS on and off, E911 on and off, and a pending port-in.
    ``qb_note``/``vms_note`` replace one number's description (the template-injection case)."""
    e911 = {"e911_name": "Acme", "e911_address": "1 Main St", "e911_city": "Raleigh", "e911_state": "NC",
            "e911_zip": "27601"}
    owned = [
        {"did": "9195550100", "tier": "1", "note": qb_note or "Front desk", "route2trunk": "main-pbx", "lidb": "ACME INC",
         "e911": e911},
        {"did": "9195550200", "tier": "1b", "note": "Sales line", "route2trunk": "main-pbx",
         "sms": {"sms_mode": "email", "forward2email": "sms@acme.example"}},
        {"did": "9195550201", "tier": "1b", "note": "", "route2trunk": "backup"},
        {"did": "9845550100", "tier": "1", "note": "Fax line"},
    ]
    emulator.seed(carrier="questblue", accounts=[{"login": QB_LOGIN, "password": QB_PASSWORD, "security_key": QB_KEY}],
                  trunks=[{"account": QB_LOGIN, "trunk": "main-pbx", "ip_address": "192.0.2.20"},
                          {"account": QB_LOGIN, "trunk": "backup", "ip_address": "192.0.2.21"}],
                  owned=[dict(item, account=QB_LOGIN) for item in owned],
                  lnp=[{"account": QB_LOGIN, "number2port": "3365551234", "status": "submitted",
                        "foc_date": "2030-01-15"}])
    emulator.seed(carrier="voipms",
                  accounts=[{"api_username": VMS_LOGIN, "api_password": VMS_PASSWORD, "main_account": VMS_MAIN}],
                  subaccounts=[{"account": VMS_LOGIN, "username": "main", "auth_type": "2", "ip": "203.0.113.7"},
                               {"account": VMS_LOGIN, "username": "backup", "auth_type": "2", "ip": "203.0.113.8"}],
                  dids=[
                      {"account": VMS_LOGIN, "did": "7862285619", "routing": "account:%s_main" % VMS_MAIN,
                       "note": vms_note or "Sales", "sms_enabled": "1", "sms_email_enabled": "1",
                       "sms_email": "sms@acme.example"},
                      {"account": VMS_LOGIN, "did": "7862285620", "routing": "account:%s_backup" % VMS_MAIN,
                       "note": "Support"},
                      {"account": VMS_LOGIN, "did": "3125550199", "note": ""},
                  ],
                  e911=[{"account": VMS_LOGIN, "did": "7862285619", "status": "active", "full_name": "Acme",
                         "street_number": "1", "street_name": "Main St", "city": "Miami", "state": "FL",
                         "zip_code": "33101"}],
                  ports=[{"account": VMS_LOGIN, "numbers": ["3055551234"], "portType": "1", "status": "processing",
                          "city": "Miami", "state": "FL", "country": "US"}])
    seed_voicemeup_account(emulator)
    seed_voipinnovations_account(emulator)


def seed_voipinnovations_account(emulator):
    """VoIP Innovations account ``acme-vi-api``: numbers routed to two endpoint groups (trunks) and to
    none, one with an outbound CNAM name and a provisioned E911 location, one failing over, one
    forwarded, SMS by e-mail and off (AuditSMS lists every number, so none reads as unable to carry
    SMS), and a port-in waiting for its signature (a number not held yet)."""
    main, backup = {"account": VI_LOGIN, "ID": 15001, "Name": "Main PBX"}, {"account": VI_LOGIN, "ID": 15002,
                                                                            "Name": "Backup"}
    dids = [
        {"tn": "7205550100", "endpointId": 15001, "refId": "Front desk", "cnam": True, "cnamName": "ACME INC",
         "cnamStorageAvailability": True, "sms": True, "state": "CO", "rateCenter": "DENVER"},
        {"tn": "7205550200", "endpointId": 15001, "refId": "Sales line", "failover": "7205559999", "sms": True,
         "state": "CO", "rateCenter": "DENVER"},
        {"tn": "7205550201", "endpointId": 15002, "forward": "3035550123", "state": "CO", "rateCenter": "DENVER"},
        {"tn": "7205550300", "refId": "Fax line", "state": "CO", "rateCenter": "DENVER"},
    ]
    emulator.seed(carrier="voipinnovations", accounts=[{"login": VI_LOGIN, "secret": VI_SECRET, "name": "ACME"}],
                  endpoint_groups=[main, backup], dids=[dict(did, account=VI_LOGIN) for did in dids],
                  sms=[{"account": VI_LOGIN, "tn": "7205550100", "Enabled": True, "DestinationType": "EMAIL",
                        "Destination": "sms@acme.example"}],
                  e911_locations=[{"account": VI_LOGIN, "tn": "7205550100", "address1": "100 MAIN ST",
                                   "city": "RALEIGH", "state": "NC", "zip": "27601", "callerName": "ACME"}],
                  ports=[{"account": VI_LOGIN, "id": 7101, "dids": ["7205550400"], "defaultEndpointGroup": 15001,
                          "endUser": "ACME", "billingTN": "7205550400", "portingFrom": "Old Telco",
                          "salesRep": "Dana Reyes"}])


def seed_voicemeup_account(emulator, note=None):
    """VoiceMeUp account ``acme-vmu``: numbers ringing two peers (trunks) and none, one forwarded,
    one disabled and one deleted (never listed), SMS on by e-mail, off, and impossible (sms_support
    0), one E911 address, and a port request waiting for its firm date (a number not held yet); on
    offer (get_new_dids): three Montreal numbers and a toll-free one."""
    peers = [{"client_peer_id": "41001", "friendly_name": "Main PBX", "peer_username": "main-pbx"},
             {"client_peer_id": "41002", "friendly_name": "Backup", "peer_username": "backup"}]
    on_main = {"client_peer_ids": "41001", "options": ["enable_peer"]}
    dids = [
        dict(on_main, phone_number="5145550100", friendly_name=note or "Front desk", sms_support="1",
             options=["enable_peer", "enable_sms", "enable_sms_email_notify"], sms_notify_email="sms@acme.example"),
        dict(on_main, phone_number="5145550200", friendly_name="Sales line", sms_support="1"),
        {"phone_number": "4165550201", "friendly_name": "", "client_peer_ids": "41002", "options": ["enable_peer"]},
        {"phone_number": "6045550100", "friendly_name": "Fax line", "forward_number": "6135550123",
         "forward_timeout": "25", "options": ["enable_forwarding"]},
        {"phone_number": "2125550123", "friendly_name": "Old NY", "status": "disabled"},
        {"phone_number": "3125550150", "friendly_name": "Gone", "status": "deleted"},
    ]
    emulator.seed(carrier="voicemeup",
                  accounts=[{"username": VMU_LOGIN, "client_user_id": VMU_USER_ID, "auth_token": VMU_TOKEN}],
                  peers=[dict(peer, account=VMU_LOGIN) for peer in peers],
                  inventory=[{"account": VMU_LOGIN, "phone_number": number, "sms_support": "1"}
                             for number in ("5145550301", "5145550302", "5145550303", "8445550300")],
                  dids=[dict(did, account=VMU_LOGIN) for did in dids],
                  e911_endpoints=[{"account": VMU_LOGIN, "phone_number": "5145550100", "full_name": "Acme",
                                   "civic_number": "100", "street": "Boulevard Saint-Laurent", "city": "Montréal",
                                   "state_code": "QC", "country_code": "CA", "postal_code": "H2X 2T3"}],
                  port_requests=[{"account": VMU_LOGIN, "phone_numbers": ["4385551234"], "status": "firm_confirm",
                                  "phone_number_type": "local", "current_provider": "Old Telco",
                                  "tentative_date": "2030-01-15", "firm_date": "2030-01-15"}])


def qb_options(emulator, **overrides):
    """The QuestBlue account's connection options, as an inventory file or a lookup takes them."""
    return dict({"provider": "questblue", "api_url": emulator.api_url("questblue"), "api_username": QB_LOGIN,
                 "api_password": QB_PASSWORD, "api_key": QB_KEY}, **overrides)


def vms_options(emulator, **overrides):
    return dict({"provider": "voipms", "api_url": emulator.api_url("voipms"), "api_username": VMS_LOGIN,
                 "api_password": VMS_PASSWORD}, **overrides)


def vmu_options(emulator, **overrides):
    """The VoiceMeUp account: api_username the user name, api_key the auth_token."""
    return dict({"provider": "voicemeup", "api_url": emulator.api_url("voicemeup"), "api_username": VMU_LOGIN,
                 "api_key": VMU_TOKEN}, **overrides)


def vi_options(emulator, **overrides):
    """The VoIP Innovations account: api_username the API user's login, api_password its secret."""
    return dict({"provider": "voipinnovations", "api_url": emulator.api_url("voipinnovations"), "api_username": VI_LOGIN,
                 "api_password": VI_SECRET}, **overrides)


def env_of(options):
    """Connection options as the VOIP_CARRIER_* environment (an AWX credential injects these)."""
    return {"VOIP_CARRIER_%s" % key.upper(): str(value) for key, value in options.items()}


def write_config(directory, name, config):
    """An inventory file ``<name>.voip_numbers.yml`` (JSON is YAML; a ``!vault`` value needs text)."""
    Path(directory).mkdir(parents=True, exist_ok=True)
    path = Path(directory) / ("%s.voip_numbers.yml" % name)
    if not isinstance(config, str):
        config = json.dumps(dict({"plugin": "voip.carrier.numbers"}, **config), indent=2)
    path.write_text(config)
    return path


def vault_encrypt(workdir, secret):
    """``secret`` as a ``!vault`` YAML value, and the vault password file that opens it."""
    password_file = Path(workdir) / "vault-password"
    password_file.write_text(VAULT_PASSWORD + "\n")
    done = subprocess.run([str(VENV_BIN / "ansible-vault"), "encrypt_string", "--vault-password-file", str(password_file),
                           "--name", "x", secret], capture_output=True, text=True, check=True,
                          env=_clean_environment(Path(workdir), Path(workdir) / "vault.jsonl", None))
    return done.stdout.split("x:", 1)[1].strip(), password_file


class InventoryRun:
    """One ``ansible-inventory`` run: rc, stdout, stderr, and the parsed JSON (``data``)."""

    def __init__(self, command, process):
        self.command = command
        self.rc = process.returncode
        self.stdout = process.stdout
        self.stderr = process.stderr

    @property
    def output(self):
        return self.stdout + self.stderr

    @property
    def data(self):
        assert self.rc == 0, self.describe()
        # Verbose runs print their messages on stdout before the JSON document.
        start = self.stdout.find("\n{\n") + 1 if not self.stdout.startswith("{") else 0
        return json.loads(self.stdout[start:])

    def describe(self):
        return "$ %s\n(rc=%s)\n--- stdout ---\n%s\n--- stderr ---\n%s" % (
            " ".join(self.command), self.rc, self.stdout[-6000:], self.stderr[-6000:])


def ansible_inventory(workdir, config, *args, env=None, verbosity=0):
    """``ansible-inventory -i <config> <args>`` with the built collection, in a clean environment.
    A source the plugin cannot parse fails the run (ANSIBLE_INVENTORY_UNPARSED_FAILED)."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    command = [str(VENV_BIN / "ansible-inventory"), "-i", str(config)] + list(args)
    if verbosity:
        command.append("-" + "v" * verbosity)
    environment = _clean_environment(workdir, workdir / "results.jsonl", dict({"ANSIBLE_INVENTORY_UNPARSED_FAILED": "True"},
                                                                              **(env or {})))
    process = subprocess.run(command, cwd=workdir, env=environment, capture_output=True, text=True, timeout=300,
                             check=False)
    return InventoryRun(command, process)


def playbook_over_inventory(workdir, config, playbook, env=None, verbosity=0, extra_args=()):
    """``ansible-playbook -i <config> playbook``: no ``-c``, no interpreter on the command line, so
    the hosts run as the inventory says. SSH is made impossible (ANSIBLE_SSH_EXECUTABLE points
    nowhere), so a host that tried it would fail."""
    workdir = Path(workdir)
    (workdir / "tmp").mkdir(parents=True, exist_ok=True)
    results = workdir / "results.jsonl"
    results.unlink(missing_ok=True)
    path = workdir / "playbook.yml"
    path.write_text(playbook if isinstance(playbook, str) else json.dumps(playbook, indent=2))
    command = [ANSIBLE_PLAYBOOK, "-i", str(config)] + list(extra_args)
    if verbosity:
        command.append("-" + "v" * verbosity)
    command.append(str(path))
    environment = _clean_environment(workdir, results, dict({"ANSIBLE_SSH_EXECUTABLE": "/nonexistent/ssh",
                                                             "ANSIBLE_INVENTORY_UNPARSED_FAILED": "True"}, **(env or {})))
    process = subprocess.run(command, cwd=workdir, env=environment, capture_output=True, text=True, timeout=600,
                             check=False)
    records = _read_records(results)
    tasks = [r for r in records if r.get("event") in ("ok", "failed", "skipped", "unreachable")]
    items = [r for r in records if str(r.get("event", "")).startswith("item_")]
    stats = next((r.get("stats", {}) for r in records if r.get("event") == "stats"), {})
    return PlaybookResult(process.returncode, process.stdout, process.stderr, tasks, items, stats, command, workdir, path)


def compare_golden(name, data):
    """``data`` (parsed ``ansible-inventory --list``) equals tests/integration/golden/inventory/<name>.json;
    with VOIP_CARRIER_UPDATE_GOLDEN=1 the file is rewritten from ``data`` instead."""
    path = GOLDEN_DIR / ("%s.json" % name)
    # ansible-core 2.19 names its output format in _meta ("profile"); 2.16 does not. Not the plugin's.
    data = dict(data, _meta={key: value for key, value in data["_meta"].items() if key != "profile"})
    if UPDATE_GOLDEN:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
    assert path.exists(), "golden file %s is missing; VOIP_CARRIER_UPDATE_GOLDEN=1 writes it" % path
    assert data == json.loads(path.read_text()), \
        "ansible-inventory --list differs from %s (VOIP_CARRIER_UPDATE_GOLDEN=1 rewrites it; review the diff)" % path


def leaked(texts, secrets=SECRETS):
    """The secrets that occur in any of ``texts``."""
    return [secret for secret in secrets if any(secret in text for text in texts)]


def files_text(directory):
    """The text of every file under ``directory`` (the cache), for a leak search."""
    return [path.read_text(errors="replace") for path in sorted(Path(directory).rglob("*")) if path.is_file()]
