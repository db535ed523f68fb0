"""Every key a module returns is documented in its RETURN block (tests/tools/return_keys.py).

One ansible-playbook run per carrier (the four side by side) drives every module into its richest
result shapes: a create with --diff, check mode (for a new record the result is every option the
user set, write-only ones included), an update of write-only values (``update_write_only:
always``), a re-run that reports ``not_compared``, absent, the info modules with results (a rejected
port-in among them), both trunk authentication types, and the failures whose results carry keys of
their own (``field``; ``provider``, ``carrier_code``, ``carrier_message``, ``http_status``,
``request`` and ``maybe_applied`` from the carrier; the port-in a wait gave up on; at VoiceMeUp the
addresses its E911 database proposes, and its 60-minute lockout, met by one task and ending every
module after it with ``budget_refills_at``; at VoIP Innovations the refusals of what its API cannot do
(an endpoint group's settings, port-ins), a SOAP carrier code and an address validate911 does not know). did_bulk orders, updates and purges a list (with its
diff, check mode and not-compared options), fails on one number the carrier refuses (the per-number
``error``), on a bad item and on a purge beyond ``max_releases``. Every result is then walked against
the RETURN of the installed build; the failure lists module, carrier and path.
"""

from __future__ import annotations

import importlib.util
from concurrent.futures import ThreadPoolExecutor

from conftest import INSTALLED_COLLECTION, TOOLS_DIR

_SPEC = importlib.util.spec_from_file_location("return_keys", TOOLS_DIR / "return_keys.py")
return_keys = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(return_keys)

MODULES = ("available_did_info", "did", "did_bulk", "did_info", "e911", "fax_user", "lnp_request", "lnp_request_info",
           "sip_trunk", "sip_trunk_info", "sms_config")
# A failing task's name starts with this; every other task must succeed.
FAILS = "fails: "


def step(module, title, check=False, diff=False, **options):
    """One task of voip.carrier.<module>; a title starting with FAILS is expected to fail."""
    entry = {"name": title, "voip.carrier.%s" % module: options}
    if check:
        entry["check_mode"] = True
    if diff:
        entry["diff"] = True
    if title.startswith(FAILS):
        entry["ignore_errors"] = True
    return entry


def bill(tmp_path):
    path = tmp_path / "bill.pdf"
    path.write_bytes(b"%PDF-1.4 a bill\n")
    return str(path)


# ---- QuestBlue ----------------------------------------------------------------------------------

def questblue_tasks(tmp_path):
    failover = {"ip_address": "198.51.100.20", "calls": 3, "minutes": 5}
    address = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "unit_type": "STE",
               "unit_number": "200", "city": "Raleigh", "region": "NC", "postal_code": "27601"}
    port = {"numbers": ["+13365551234", "+13365551235"], "losing_carrier": "Old Telco", "account_number": "A-123",
            "authorized_contact": "Jane Doe", "contact_title": "CTO", "street_number": "100", "street_prefix": "N",
            "street_name": "Main", "street_suffix": "SE", "service_unit": "Suite 5", "city": "Greensboro",
            "region": "NC", "postal_code": "27401", "billing_number": "3365551234", "bill_file": bill(tmp_path),
            "activate_time": "09:00", "service": "voice", "partial_port": True, "extra_services": "DSL",
            "location": "business", "company": "ACME Corp", "lidb_listing": True}
    wireless = {**port, "numbers": ["+13365551240"], "wireless": True, "wireless_pin": "4321", "ssn_last4": "9876"}
    return [
        step("available_did_info", "local numbers", region="NC", rate_center="RALEIGH", limit=2),
        step("sip_trunk", "trunk", diff=True, name="pbx1", ip_address="198.51.100.10", password="Secret1234",
             international_calls=True, international_limit=50, failover=failover),
        step("sip_trunk", "trunk in check mode", check=True, name="pbx2", host="pbx.example.com", enabled=False,
             password="Secret1234", international_calls=True, international_limit=20, failover=failover),
        step("sip_trunk", "trunk write-only values sent", diff=True, name="pbx1", password="Secret5678",
             international_limit=60, failover={**failover, "calls": 4}, update_write_only="always"),
        step("sip_trunk_info", "trunks"),
        step("sip_trunk", FAILS + "trunk delete answered 503", name="pbx1", state="absent"),
        step("did", "order", diff=True, number="+19195550100", tier="1", trunk="pbx1", description="sales",
             caller_id_name="ACMESALES", cnam=True, failover=failover, forward_to="+19195550199",
             port_out_pin="123456"),
        step("did", "order in check mode", check=True, diff=True, number="+19195550101", tier="1", trunk="pbx1",
             description="sales", caller_id_name="ACMESALES", cnam=True, failover=failover,
             forward_to="+19195550199", port_out_pin="123456"),
        step("did", "number not compared", number="+19195550100", description="sales 2", forward_to="+19195550198"),
        step("did_info", "numbers", pattern="919*"),
        step("did_info", "numbers with SMS and port-ins", include=["sms", "port_in"]),
        step("did", FAILS + "bad description", number="+19195550100", description="x" * 20),
        step("sms_config", "sms by e-mail and XMPP", diff=True, number="+19195550200", email="sms@example.com",
             xmpp_name="bot@xmpp.example.com", xmpp_password="xmpp-secret-1"),
        step("e911", "address", diff=True, number="+19195550110", **address),
        step("e911", "address not compared", number="+19195550110", **address),
        step("fax_user", "fax user", diff=True, login="jdoe", password="FaxPass1", first_name="Jane",
             last_name="Doe", email="jdoe@example.com", admin=True, group="sales",
             permissions=[{"number": "919-555-0700", "send": True, "list_received": True}]),
        step("fax_user", "fax user in check mode", check=True, login="asmith", password="FaxPass2",
             first_name="Al", last_name="Smith", email="al@example.com", admin=False, group="support",
             group_description="Support"),
        step("lnp_request", "port-in", diff=True, **port),
        step("lnp_request", "wireless port-in in check mode", check=True, **wireless),
        step("lnp_request", FAILS + "port-in wait gives up", wait_for="completed", wait_timeout=0, **port),
        step("lnp_request_info", "port-ins"),
        step("did", "release", diff=True, number="+19195550100", state="absent"),
    ] + questblue_bulk_tasks(failover, address)


def questblue_bulk_tasks(failover, address):
    """did_bulk at QuestBlue (pool numbers 9195550210-212 are tier 1b, 9195550301 tier 1, 9195550250 tier 2)."""
    return [
        step("did_bulk", "bulk create", diff=True, defaults={"trunk": "pbx1", "cnam": True}, numbers=[
            {"number": "+19195550210", "tier": "1b", "description": "bulk sms", "sms": {"email": "bulk@example.com"}},
            {"number": "+19195550301", "tier": "1", "forward_to": "+19195550199", "port_out_pin": "123456",
             "failover": failover, "caller_id_name": "ACMEBULK"},
            {"number": "+19195550110", "e911": address}]),
        step("did_bulk", "bulk order in check mode", check=True, diff=True, numbers=[
            {"number": "+19195550211", "tier": "1b", "trunk": "pbx1",
             "sms": {"xmpp_name": "bot@xmpp.example.com", "xmpp_password": "xmpp-secret-2"}}]),
        step("did_bulk", "bulk update and not compared", diff=True, numbers=[
            {"number": "+19195550210", "description": "bulk sms 2"},
            {"number": "+19195550301", "forward_to": "+19195550198", "port_out_pin": "654321"}]),
        step("did_bulk", FAILS + "bulk bad item", numbers=[{"number": "+19195550210", "description": "x" * 20}]),
        step("did_bulk", FAILS + "bulk order refused for one number", numbers=[
            {"number": "+19195550212", "tier": "1b"}, {"number": "+19195550250", "tier": "1"}]),
        step("did_bulk", FAILS + "bulk purge beyond max_releases", numbers=[{"number": "+19195550210"}], purge=True,
             max_releases=0),
        step("did_bulk", "bulk purge", diff=True, numbers=[{"number": "+19195550210"}], purge=True, max_releases=50),
    ]


def seed_questblue(emulator):
    emulator.seed(carrier="questblue",
                  owned=[{"did": "9195550200", "tier": "1b"}, {"did": "9195550110", "tier": "1"}],
                  fax_groups=[{"sname": "sales", "name": "Sales"}],
                  fax_dids=[{"did": "9195550700", "service": "enterprise", "sname": "sales"}],
                  lnp=[{"number2port": "3365551250", "status": "rejected", "reason": "Invalid PIN",
                        "provider_name": "Verizon"}])
    # The trunk's delete is the one DELETE /siptrunk of the run: it fails with maybe_applied.
    emulator.fault(carrier="questblue", method="DELETE", path="/siptrunk", kind="status", status=503)


# ---- VoIP.ms ------------------------------------------------------------------------------------

def voipms_tasks(tmp_path):
    number = "+17862285600"
    address = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "unit_type": "Suite",
               "unit_number": "200", "city": "Miami", "region": "FL", "postal_code": "33101", "country": "US",
               "language": "EN", "email": "e911@example.com"}
    toll_free = {"numbers": ["+18885550123"], "toll_free_type": 2, "losing_carrier": "Old Telco",
                 "account_number": "A-123", "authorized_contact": "Jane Doe", "street_number": "100",
                 "street_name": "Main St", "service_unit": "Suite 5", "city": "Greensboro", "region": "NC",
                 "postal_code": "27401", "country": "US", "billing_number": "3365551234", "bill_file": bill(tmp_path),
                 "service": "voice", "partial_port": True, "extra_services": "DSL", "location": "business",
                 "company": "ACME Corp"}
    wireless = {k: v for k, v in toll_free.items() if k != "toll_free_type"}
    wireless.update(numbers=["+13365551240"], wireless=True, wireless_pin="4321", ssn_last4="9876",
                    imei="356938035643809")
    trunk = {"name": "pbx1", "auth_type": "credentials", "password": "Str0ngPassw0rd", "protocol": "sip",
             "description": "Main PBX", "device_type": "pbx", "codecs": ["g729", "ulaw"], "dtmf_mode": "auto",
             "nat": "yes", "caller_id_number": "7862285600", "international_calls": False,
             "international_route": "value", "music_on_hold": "default", "allow225": True}
    routing = {"routing": "sys:echo", "failover_busy": "sys:busy", "failover_unreachable": "sys:hangup",
               "failover_noanswer": "vm:101", "voicemail": "101", "pop": "1", "dial_time": 30,
               "caller_id_prefix": "MIA", "billing_type": "flat", "record_calls": True}
    return [
        step("available_did_info", "local numbers", region="FL", rate_center="MIAMI", limit=2),
        step("sip_trunk", "trunk by credentials", diff=True, **trunk),
        step("sip_trunk", "trunk by IP", diff=True, name="pbx2", auth_type="ip", ip_address="203.0.113.9"),
        step("sip_trunk", "trunk in check mode", check=True, **{**trunk, "name": "pbx3"}),
        step("sip_trunk", "trunk not compared", **{**trunk, "description": "Main PBX 2"}),
        step("sip_trunk_info", "trunks"),
        step("sip_trunk", FAILS + "trunk delete answered 503", name="pbx2", state="absent"),
        step("did", "order", diff=True, number="+13125550100", description="sales", cnam=True,
             port_out_pin="123456", **routing),
        step("did", "order in check mode", check=True, number="+17862285601", **routing),
        step("did", "number not compared", number="+13125550100", description="sales 2", record_calls=True),
        step("did_info", "numbers"),
        step("did_info", "numbers with SMS and port-ins", include=["sms", "port_in"]),
        step("did", FAILS + "bad description", number=number, description="x" * 60),
        step("sms_config", "sms to every target", diff=True, number=number, email="sms@example.com",
             url="https://hooks.example.com/sms", forward_to="+13125550100"),
        step("e911", "address", diff=True, number=number, **address),
        step("e911", FAILS + "address update refused", number=number, **{**address, "city": "Hialeah"}),
        step("fax_user", "fax user", diff=True, login="scanner@example.com", password="Code1234",
             from_number="305-555-0700", enabled=True, require_code=True),
        step("lnp_request", "toll-free port-in", diff=True, **toll_free),
        step("lnp_request", "wireless port-in in check mode", check=True, **wireless),
        step("lnp_request", FAILS + "port-in wait gives up", wait_for="completed", wait_timeout=0, **toll_free),
        step("lnp_request_info", "port-ins"),
        step("did", "release", diff=True, number="+13125550100", state="absent"),
    ] + voipms_bulk_tasks(number)


def voipms_bulk_tasks(number):
    """did_bulk at VoIP.ms (3125550110-112 are seeded stock, 3125550199 is not)."""
    return [
        step("did_bulk", "bulk create", diff=True, defaults={"trunk": "pbx1", "voicemail": "101"}, numbers=[
            {"number": "+13125550110", "description": "bulk 1", "record_calls": True, "caller_id_prefix": "BLK"},
            {"number": "+13125550111", "routing": "sys:echo", "failover_busy": "vm:101", "dial_time": 30,
             "billing_type": "flat"},
            {"number": number, "sms": {"email": "bulk-sms@example.com", "forward_to": "+13125550110"}}]),
        step("did_bulk", "bulk order in check mode", check=True, diff=True, numbers=[
            {"number": "+13125550112", "description": "bulk 3", "pop": "1", "sms": {"url": "https://hooks.example.com/b"}}]),
        step("did_bulk", "bulk update and not compared", diff=True, numbers=[
            {"number": "+13125550110", "description": "bulk 1b"}, {"number": "+13125550111", "record_calls": True}]),
        step("did_bulk", FAILS + "bulk bad item", numbers=[{"number": "+13125550110", "tier": "1"}]),
        step("did_bulk", FAILS + "bulk order refused for one number", numbers=[
            {"number": "+13125550112", "trunk": "pbx1"}, {"number": "+13125550199", "trunk": "pbx1"}]),
        step("did_bulk", FAILS + "bulk purge beyond max_releases", numbers=[{"number": "+13125550110"}], purge=True,
             max_releases=0),
        step("did_bulk", "bulk purge", diff=True, numbers=[{"number": "+13125550110"}], purge=True, max_releases=50),
    ]


def seed_voipms(emulator):
    emulator.seed(carrier="voipms",
                  stock=[{"did": "3125550100", "state": "IL", "ratecenter": "CHICAGO", "has_port_out_pin": "1"}]
                  + [{"did": "31255501%02d" % last, "state": "IL", "ratecenter": "CHICAGO"} for last in (10, 11, 12)],
                  dids=[{"did": "7862285600"}],
                  mailboxes=[{"mailbox": "101", "name": "Front desk", "email": "vm@example.com"}],
                  fax_numbers=[{"did": "3055550700", "country": "US", "state": "FL"}],
                  # The address update is the one e911Update of the run: VoIP.ms refuses it with its code.
                  inject=[{"method": "e911Update", "status": "invalid_city", "times": 1}])
    # The trunk's delete is the one delSubAccount of the run: it fails with maybe_applied.
    emulator.fault(carrier="voipms", function="delSubAccount", kind="status", status=503)


# ---- VoiceMeUp ----------------------------------------------------------------------------------

# The demo account (tests/emulator/voicemeup/dids.py DEMO_DIDS): 5145550100 "Main line" (SMS, rings the
# peer demo-pbx-01), 4165550111 "Toronto office" (no SMS), 8335550100 (SMS); 514-555-02xx are on offer.
VMU_MAIN, VMU_NO_SMS, VMU_TOLL_FREE = "+15145550100", "+14165550111", "+18335550100"
# In the emulator's E911 address database (tests/emulator/voicemeup/e911.py ADDRESSES).
VMU_MONTREAL = {"name": "ACME Inc", "street_number": "100", "street_name": "Boulevard Saint-Laurent", "unit_type": "STE",
                "unit_number": "200", "city": "Montréal", "region": "QC", "postal_code": "H2X 2T3", "country": "CA",
                "language": "fr"}
VMU_TORONTO = {"name": "ACME Inc", "street_number": "10", "street_name": "Yonge St", "city": "Toronto", "region": "ON",
               "postal_code": "M5B 2H1", "country": "CA"}


def voicemeup_tasks(tmp_path):
    loa = tmp_path / "signed-loa.pdf"
    loa.write_bytes(b"%PDF-1.4 signed LOA\n")
    files = {"loa_file": str(loa), "bill_file": bill(tmp_path)}
    registering = {"name": "branch-pbx", "auth_type": "credentials", "password": "Branch-Peer-Pass-7",
                   "codecs": ["ulaw", "alaw"], "dtmf_mode": "rfc2833", "nat": "yes", "caller_id_number": VMU_MAIN,
                   "channels": {"bidirectional": 4}}
    static = {"name": "Edge SBC", "auth_type": "ip", "ip_address": "198.51.100.20", "port": 5080, "transport": "tls",
              "max_calls": 30, "description": "Managed by Ansible", "proxy": "mtl.voicemeup.example"}
    settings = {"description": "Sales line", "trunk": "demo-pbx-01", "forward_to": "+16135550123",
                "caller_id_name": "ACMESALES", "caller_id_number": "+15145550200", "comments": "managed by ansible"}
    fax = {"login": "Front desk", "email": "fax@example.com", "from_number": VMU_MAIN, "caller_id_name": "ACME",
           "allowed_senders": ["jdoe@example.com"], "fax_options": ["enable_inbound_send_attachment"],
           "url": "https://hooks.example.com/fax", "number": VMU_MAIN}
    draft = {"numbers": ["+15145551234", "+15145551235"], "submit": False, "losing_carrier": "Bell Canada",
             "company": "ACME inc", "location": "business", "instructions": "Account 123-456-789"}
    port = {**draft, "submit": True, "street_number": "100", "street_name": "Rue Sainte-Catherine Ouest",
            "city": "Montreal", "region": "QC", "postal_code": "H3B 1B1", "capacity": "2-5", "features": ["sms"]}
    return [
        step("available_did_info", "local numbers", rate_center="Montreal", limit=2),
        step("available_did_info", "toll-free numbers", type="toll_free", npa="833", limit=2),
        step("sip_trunk", "trunk that registers", diff=True, **registering),
        step("sip_trunk", "trunk by IP in check mode", check=True, diff=True, **static),
        step("sip_trunk", "trunk by IP", diff=True, **static),
        step("sip_trunk", "trunk write-only values sent", diff=True, name="branch-pbx", password="Rotated-Pass-11",
             update_write_only="always"),
        step("sip_trunk", "trunk not compared", diff=True, **{**registering, "description": "Branch"}),
        step("sip_trunk_info", "trunks"),
        step("sip_trunk", FAILS + "trunk create-only option", name="demo-pbx-01", register_timeout=600),
        step("sip_trunk", FAILS + "trunk delete answered 503", name="Edge SBC", state="absent"),
        step("did", "activate", diff=True, number="+15145550200", **settings),
        step("did", "activate in check mode", check=True, diff=True, number="+15145550201", **settings),
        step("did", "number update", diff=True, number="+15145550200", description="Sales 2", enabled=False),
        step("did_info", "numbers", pattern="514*"),
        step("did_info", "numbers with SMS and port-ins", include=["sms", "port_in"]),
        step("did", FAILS + "bad description", number=VMU_NO_SMS, description="x" * 33),
        step("did", FAILS + "forward refused", number=VMU_NO_SMS, forward_to=VMU_MAIN),
        step("sms_config", "sms by e-mail and webhook", diff=True, number=VMU_MAIN, email="sms@example.com",
             url="https://hooks.example.com/sms", url_retry=True),
        step("sms_config", "sms update", diff=True, number=VMU_MAIN, forward_to="+16135550123", auto_reply="Thanks!"),
        step("sms_config", "sms profile in check mode", check=True, diff=True, number=VMU_TOLL_FREE,
             profile="Sales SMS", email="sales@example.com"),
        step("sms_config", "sms profile", diff=True, number=VMU_TOLL_FREE, profile="Sales SMS",
             email="sales@example.com"),
        step("sms_config", FAILS + "sms on a number without SMS", number=VMU_NO_SMS, email="sms@example.com"),
        step("sms_config", "sms off", diff=True, number=VMU_TOLL_FREE, profile="Sales SMS", state="absent"),
        step("e911", "address", diff=True, number=VMU_MAIN, **VMU_MONTREAL),
        step("e911", "address unchanged", number=VMU_MAIN, **VMU_MONTREAL),
        step("e911", "address in check mode", check=True, diff=True, number=VMU_TOLL_FREE, **VMU_TORONTO),
        step("e911", FAILS + "address VoiceMeUp corrects", number=VMU_TOLL_FREE,
             **{**VMU_MONTREAL, "street_name": "Boul. St-Laurent", "city": "Montreal"}),
        step("e911", "address update", diff=True, number=VMU_MAIN, **VMU_TORONTO),
        step("fax_user", "fax user", diff=True, **fax),
        step("fax_user", "fax user in check mode", check=True, diff=True, **{**fax, "login": "Back office",
                                                                             "number": VMU_TOLL_FREE}),
        step("fax_user", "fax user update", diff=True, login="Front desk", resolution="super_fine",
             contact_name="Jane Doe", number=VMU_TOLL_FREE),
        step("fax_user", FAILS + "fax user without a caller ID", login="Night desk", email="fax@example.com"),
        step("lnp_request", "port-in draft", diff=True, **draft),
        step("lnp_request", "port-in in check mode", check=True, diff=True,
             **{**port, "numbers": ["+15145551240"]}, **files),
        step("lnp_request", FAILS + "port-in wait gives up", wait_for="completed", wait_timeout=0, **port, **files),
        step("lnp_request", "port-in not compared", **port, **files),
        step("lnp_request", FAILS + "port-in change refused once submitted", **{**port, "city": "Laval"}),
        step("lnp_request_info", "port-ins"),
        step("lnp_request_info", "port-ins and charged lookups", numbers=draft["numbers"], lookup=True),
        step("fax_user", "fax user removed", diff=True, login="Front desk", state="absent"),
        step("e911", "address removed", diff=True, number=VMU_MAIN, state="absent"),
        step("did", "release", diff=True, number="+15145550200", state="absent"),
    ] + voicemeup_bulk_tasks() + voicemeup_lockout_tasks()


def voicemeup_bulk_tasks():
    """did_bulk at VoiceMeUp (514-555-0210 to 0212 are on offer, 514-555-9999 is not)."""
    return [
        step("did_bulk", "bulk create", diff=True, defaults={"trunk": "demo-pbx-01", "comments": "bulk"}, numbers=[
            {"number": "+15145550210", "description": "bulk sms", "sms": {"email": "bulk@example.com"}},
            {"number": "+15145550211", "forward_to": "+16135550123", "caller_id_name": "ACMEBULK"},
            {"number": VMU_MAIN, "e911": VMU_MONTREAL}]),
        step("did_bulk", "bulk order in check mode", check=True, diff=True, numbers=[
            {"number": "+15145550212", "description": "bulk 3", "sms": {"url": "https://hooks.example.com/b"}}]),
        step("did_bulk", "bulk update", diff=True, numbers=[
            {"number": "+15145550210", "description": "bulk sms 2"}, {"number": "+15145550211", "enabled": False}]),
        step("did_bulk", FAILS + "bulk bad item", numbers=[{"number": "+15145550210", "description": "x" * 33}]),
        step("did_bulk", FAILS + "bulk number not on offer", numbers=[{"number": "+15145559999"}]),
        # VoiceMeUp refuses to forward to a number of the account (forward_number_used_by_did).
        step("did_bulk", FAILS + "bulk order refused for one number", numbers=[
            {"number": "+15145550212"}, {"number": "+15145550211", "forward_to": VMU_MAIN}]),
        step("did_bulk", FAILS + "bulk purge beyond max_releases", numbers=[{"number": "+15145550210"}], purge=True,
             max_releases=0),
        step("did_bulk", "bulk purge", diff=True, numbers=[{"number": "+15145550210"}], purge=True, max_releases=50),
    ]


def voicemeup_lockout_tasks():
    """VoiceMeUp locks the account out (requests_hard_limit_exceeded, started here through the
    emulator's control API): the task that meets it and every module after it, which sends nothing,
    fail with ``budget_refills_at``. Last of the run: nothing after them reaches VoiceMeUp."""
    lockout = {"name": "VoiceMeUp locks the account out", "ansible.builtin.uri": {
        "url": "{{ emulator_url }}/_emulator/seed", "method": "POST", "body_format": "json",
        "body": {"carrier": "voicemeup", "lockout": {"seconds": 3600}}}}
    late = FAILS + "nothing sent during the lockout: "
    return [
        lockout,
        step("did_info", FAILS + "the lockout is met"),
        step("available_did_info", late + "available_did_info", rate_center="Montreal"),
        step("did", late + "did", number=VMU_NO_SMS, description="Toronto"),
        step("did_bulk", late + "did_bulk", numbers=[{"number": "+15145550210"}]),
        step("e911", late + "e911", number=VMU_MAIN, **VMU_MONTREAL),
        step("fax_user", late + "fax_user", login="Front desk", email="fax@example.com"),
        step("lnp_request", late + "lnp_request", numbers=["+15145551250"], submit=False, losing_carrier="Bell Canada"),
        step("lnp_request_info", late + "lnp_request_info"),
        step("sip_trunk", late + "sip_trunk", name="branch-pbx", description="Branch"),
        step("sip_trunk_info", late + "sip_trunk_info"),
        step("sms_config", late + "sms_config", number=VMU_MAIN, email="sms@example.com"),
    ]


def seed_voicemeup(emulator):
    emulator.seed(carrier="voicemeup",
                  port_requests=[{"phone_numbers": ["4165559001"], "status": "rejected_by_provider",
                                  "rejection_reason": "The account number does not match", "current_provider": "Rogers",
                                  "organization": "ACME inc", "organization_type": "business"}])
    # The trunk's delete is the one delete_peer of the run: it fails with maybe_applied.
    emulator.fault(carrier="voicemeup", method="POST", path="/api/v1.1/json/delete_peer", kind="status", status=503)


# ---- VoIP Innovations ---------------------------------------------------------------------------

# The demo account (docs/emulator.md "Seeded account"): endpoint groups "Primary PBX" (13550), "Backup SBC"
# (13551) and the inactive "Old Lab" (13552); 212-555-0100 (SMS by e-mail), 212-555-0101 and 312-555-0110
# (no CNAM storage, no SMS) are owned; 212-555-0110..0119 and 213-555-0100..0109 are on offer (CNAM
# storage on even lines); 214-555-0109 is held by another company; the port 7001 (617-555-0160/0161).
VI_NEW, VI_OWNED, VI_NO_SMS = "+12125550110", "+12125550101", "+13125550110"
VI_RALEIGH = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "unit_type": "STE",
              "unit_number": "200", "city": "Raleigh", "region": "NC", "postal_code": "27601"}


def voipinnovations_tasks(_tmp_path):
    settings = {"trunk": "Primary PBX", "description": "sales", "cnam": True, "caller_id_name": "ACME SALES",
                "failover_number": "+12125550199"}
    fax = {"login": VI_NEW, "email": "faxes@example.com", "failure_notifications": True,
           "allowed_senders": ["jdoe@example.com"]}
    port = {"numbers": ["+13365551234"], "losing_carrier": "Old Telco"}
    return [
        step("available_did_info", "local numbers", region="NY", rate_center="NEW YORK CITY", limit=2),
        step("available_did_info", "toll-free numbers", type="toll_free", limit=2),
        step("sip_trunk", "endpoint group activated", diff=True, name="Old Lab", enabled=True),
        step("sip_trunk", "endpoint group in check mode", check=True, diff=True, name="Old Lab", enabled=False),
        step("sip_trunk_info", "endpoint groups"),
        step("sip_trunk", FAILS + "endpoint group setting refused", name="Primary PBX", ip_address="203.0.113.99"),
        step("sip_trunk", FAILS + "endpoint group absent refused", name="Primary PBX", state="absent"),
        step("sip_trunk", FAILS + "endpoint group not in the account", name="No Such Group", enabled=True),
        step("sip_trunk", FAILS + "endpoint group deactivation answered 503", name="Backup SBC", enabled=False),
        step("did", "order", diff=True, number=VI_NEW, **settings),
        step("did", "order in check mode", check=True, diff=True, number="+12125550112", **settings),
        step("did", "number update", diff=True, number=VI_NEW, trunk="Backup SBC", description="sales 2",
             failover_number="", forward_to="+16465550150"),
        step("did_info", "numbers", pattern="212*"),
        step("did_info", "numbers with SMS and port-ins", include=["sms", "port_in"]),
        step("did", FAILS + "tier refused", number=VI_NEW, tier="1"),
        step("did", FAILS + "CNAM name without CNAM storage", number=VI_NO_SMS, caller_id_name="ACME CHICAGO"),
        step("sms_config", "sms by POST with a token", diff=True, number=VI_NEW, url="https://hooks.example.com/sms",
             auth_token="vi-hook-token-1"),
        step("sms_config", "sms not compared", diff=True, number=VI_NEW, url="https://hooks.example.com/sms",
             auth_token="vi-hook-token-1"),
        step("sms_config", "sms by e-mail in check mode", check=True, diff=True, number=VI_OWNED,
             email="sms@example.com"),
        step("sms_config", "sms forward", diff=True, number=VI_NEW, forward_to="+16465550151"),
        step("sms_config", FAILS + "sms on a number without SMS", number=VI_NO_SMS, email="sms@example.com"),
        step("sms_config", "sms off", diff=True, number=VI_NEW, state="absent"),
        step("e911", "address", diff=True, number=VI_NEW, **VI_RALEIGH),
        step("e911", "address unchanged", number=VI_NEW, **VI_RALEIGH),
        step("e911", "address in check mode", check=True, diff=True, number=VI_OWNED, **VI_RALEIGH),
        step("e911", FAILS + "address validate911 does not know", number=VI_OWNED,
             **{**VI_RALEIGH, "street_name": "Nowhere Rd"}),
        step("fax_user", "fax", diff=True, **fax),
        step("fax_user", "fax in check mode", check=True, diff=True, **{**fax, "login": VI_OWNED}),
        step("fax_user", "fax update", diff=True, login=VI_NEW, allowed_senders=["rroe@example.com"]),
        step("fax_user", FAILS + "fax on another company's number", login="+12125550199", email="faxes@example.com"),
        step("lnp_request", FAILS + "port-in refused", **port),
        step("lnp_request", FAILS + "port-in absent refused", state="absent", **port),
        step("lnp_request_info", "port-ins"),
        step("lnp_request_info", "port by numbers and lookup", numbers=["+16175550160", "+16175550161"],
             lookup=True),
        step("fax_user", "fax removed", diff=True, login=VI_NEW, state="absent"),
        step("e911", "address removed", diff=True, number=VI_NEW, state="absent"),
        step("did", "release", diff=True, number=VI_NEW, state="absent"),
    ] + voipinnovations_bulk_tasks()


def voipinnovations_bulk_tasks():
    """did_bulk at VoIP Innovations (213-555-0100..0104 are on offer, CNAM storage on 0100, 0102 and 0104;
    214-555-0109 is held by another company)."""
    return [
        step("did_bulk", "bulk create", diff=True, defaults={"trunk": "Primary PBX", "cnam": True}, numbers=[
            {"number": "+12135550100", "description": "bulk sms", "caller_id_name": "ACME BULK",
             "sms": {"email": "bulk@example.com"}},
            {"number": "+12135550101", "failover_number": "+12135550199"},
            {"number": VI_OWNED, "e911": VI_RALEIGH}]),
        step("did_bulk", "bulk order in check mode", check=True, diff=True, numbers=[
            {"number": "+12135550104", "trunk": "Primary PBX", "sms": {"url": "https://hooks.example.com/b"}}]),
        step("did_bulk", "bulk update", diff=True, numbers=[
            {"number": "+12135550100", "description": "bulk sms 2"}, {"number": "+12135550101", "trunk": "Backup SBC"}]),
        step("did_bulk", FAILS + "bulk bad item", numbers=[{"number": "+12135550100", "tier": "1"}]),
        step("did_bulk", FAILS + "bulk order refused for one number", numbers=[
            {"number": "+12135550103", "trunk": "Primary PBX"}, {"number": "+12145550109", "trunk": "Primary PBX"}]),
        step("did_bulk", FAILS + "bulk purge beyond max_releases", numbers=[{"number": "+12135550100"}], purge=True,
             max_releases=0),
        step("did_bulk", "bulk purge", diff=True, numbers=[{"number": "+12135550100"}], purge=True, max_releases=50),
    ]


def seed_voipinnovations(emulator):
    # The deactivation is the one DeactivateEndpointGroup of the run: it fails with maybe_applied.
    emulator.fault(carrier="voipinnovations", function="DeactivateEndpointGroup", kind="status", status=503)


CARRIERS = {"questblue": (seed_questblue, questblue_tasks), "voipms": (seed_voipms, voipms_tasks),
            "voicemeup": (seed_voicemeup, voicemeup_tasks),
            "voipinnovations": (seed_voipinnovations, voipinnovations_tasks)}


def module_name(action):
    return action.rpartition(".")[2]


def run_carrier(emulator, run_playbook, tmp_path, carrier):
    """Seed the carrier, run its playbook; the task records of our modules."""
    seed, tasks = CARRIERS[carrier]
    seed(emulator)
    plays = [{"name": carrier, "hosts": "localhost", "gather_facts": False,
              "module_defaults": {"group/voip.carrier.all": emulator.credentials(carrier)},
              "vars": {"emulator_url": emulator.base_url},
              "tasks": tasks(tmp_path)}]
    res = run_playbook(plays, workdir=tmp_path / carrier)
    return res, [r for r in res.results if r["action"].startswith("voip.carrier.")]


def problems_at(carrier, res, records, docs):
    """What is wrong with one carrier's run: a task that did not fail or succeed as planned, a
    module that did not run, and every returned key that RETURN does not document."""
    # A planned failure must be the module's own (fail_json), never a crash of the module.
    wrong = ["%s: %s" % (r["task"], r["msg"]) for r in records
             if r["failed"] != r["task"].startswith(FAILS) or "module_stderr" in r["result"]]
    if wrong:
        return ["tasks at %s that did not fail or succeed as planned:\n  %s\n%s"
                % (carrier, "\n  ".join(wrong), res.describe())]
    problems = ["%s did not run at %s" % (name, carrier)
                for name in MODULES if name not in {module_name(r["action"]) for r in records}]
    missing = {}
    for record in records:
        name = module_name(record["action"])
        for path in return_keys.undocumented(docs[name], record["result"]):
            missing.setdefault((name, path), set()).add(record["task"])
    problems += ["%s at %s: %s (task %s)" % (name, carrier, path, ", ".join(sorted(tasks)))
                 for (name, path), tasks in sorted(missing.items())]
    return problems


def test_every_returned_key_is_documented(fresh_emulator, run_playbook, tmp_path):
    # The carriers' runs share the emulator (each has its own state) and run side by side.
    with ThreadPoolExecutor(max_workers=len(CARRIERS)) as pool:
        runs = dict(zip(CARRIERS, pool.map(lambda carrier: run_carrier(fresh_emulator, run_playbook, tmp_path,
                                                                       carrier), CARRIERS)))
    docs = {name: return_keys.return_doc(INSTALLED_COLLECTION / "plugins" / "modules" / ("%s.py" % name))
            for name in MODULES}
    problems = [problem for carrier, (res, records) in runs.items()
                for problem in problems_at(carrier, res, records, docs)]
    assert not problems, "returned keys missing from RETURN (module at carrier: path):\n" + "\n".join(problems)
