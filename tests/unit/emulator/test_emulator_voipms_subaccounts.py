"""VoIP.ms sub-accounts: createSubAccount, getSubAccounts, setSubAccount (replace), delSubAccount,
auth-type rules and enums."""

from __future__ import annotations

import pytest

from voipms_testclient import VoipMs

BASE = {"username": "VoIP", "protocol": "1", "auth_type": "1", "password": "Str0ng-Pass", "device_type": "2",
        "lock_international": "1", "international_route": "1", "music_on_hold": "jazz", "allowed_codecs": "ulaw;g729",
        "dtmf_mode": "auto", "nat": "yes"}
CORE = ("auth_type", "device_type", "lock_international", "international_route", "music_on_hold", "allowed_codecs",
        "dtmf_mode", "nat")


@pytest.fixture
def vms(client):
    return VoipMs(client.port)


def _create(vms, **change) -> dict:
    return vms.ok("createSubAccount", **{**BASE, **change})


def test_create_and_read(vms):
    assert vms.call("getSubAccounts") == {"status": "no_account"}
    assert _create(vms) == {"status": "success", "id": "99785", "account": "100000_VoIP"}
    accounts = vms.ok("getSubAccounts")["accounts"]
    assert len(accounts) == 1
    row = accounts[0]
    assert list(row)[:8] == ["id", "account", "username", "description", "protocol", "auth_type", "password", "ip"]
    assert len(row) == 38 and "allow225" not in row
    assert (row["password"], row["ip"], row["allowed_codecs"], row["nat"]) == ("Str0ng-Pass", "", "ulaw;g729", "yes")
    assert vms.ok("getSubAccounts", account="100000_VoIP")["accounts"] == accounts
    assert vms.call("getSubAccounts", account="100000_Other") == {"status": "invalid_account"}
    assert vms.call("getSubAccounts", account="561115") == {"status": "invalid_account"}


def test_create_ip_auth(vms):
    _create(vms, auth_type="2", password=None, ip="198.51.100.20", protocol="2")
    row = vms.ok("getSubAccounts")["accounts"][0]
    assert (row["auth_type"], row["ip"], row["password"], row["protocol"]) == ("2", "198.51.100.20", "", "2")


@pytest.mark.parametrize("drop,code", [
    ("username", "missing_username"), ("protocol", "missing_protocol"), ("auth_type", "missing_authtype"),
    ("device_type", "missing_devicetype"), ("lock_international", "missing_lockinternational"),
    ("international_route", "missing_internationalroute"), ("music_on_hold", "missing_musiconhold"),
    ("allowed_codecs", "missing_allowedcodecs"), ("dtmf_mode", "missing_dtmfmode"), ("nat", "missing_nat"),
    ("password", "missing_password"),
])
def test_create_missing(vms, drop, code):
    assert vms.call("createSubAccount", **{k: v for k, v in BASE.items() if k != drop}) == {"status": code}


@pytest.mark.parametrize("change,code", [
    ({"username": "bad name"}, "invalid_username"),
    ({"protocol": "4"}, "invalid_protocol"),
    ({"auth_type": "3"}, "invalid_authtype"),
    ({"protocol": "2"}, "invalid_authtype_h323"),
    ({"protocol": "3", "auth_type": "2", "password": None, "ip": "198.51.100.9"}, "invalid_authtype_iax2"),
    ({"auth_type": "2", "password": None}, "missing_ip"),
    ({"auth_type": "2", "password": None, "protocol": "2"}, "missing_ip_h323"),
    ({"auth_type": "2"}, "invalid_password_auth"),
    ({"ip": "198.51.100.9"}, "invalid_ip_auth"),
    ({"protocol": "3", "ip": "198.51.100.9"}, "invalid_ip_iax2"),
    ({"auth_type": "2", "password": None, "ip": "300.1.1.1"}, "invalid_ip"),
    ({"auth_type": "2", "password": None, "ip": "127.0.0.1"}, "reserved_ip"),
    ({"auth_type": "2", "password": None, "ip": "209.62.1.2"}, "reserved_ip"),
    ({"auth_type": "2", "password": None, "ip": "10.1.2.3"}, "reserved_ip"),
    ({"auth_type": "2", "password": None, "ip": "172.20.0.1"}, "reserved_ip"),
    ({"auth_type": "2", "password": None, "ip": "192.168.1.10"}, "reserved_ip"),
    ({"auth_type": "2", "password": None, "ip": "100.64.0.1"}, "reserved_ip"),
    ({"password": "Sh0rt-p"}, "invalid_password_lessthan_8characters_long"),
    ({"password": "Str0ng Pass"}, "invalid_password_ilegal_characters"),
    ({"password": "STR0NG-PASS"}, "invalid_password_missing_lowercase"),
    ({"password": "str0ng-pass"}, "invalid_password_missing_uppercase"),
    ({"password": "Strong-Pass"}, "invalid_password_missing_number"),
    ({"password": "Password1"}, "weak_password"),
    ({"device_type": "9"}, "invalid_devicetype"),
    ({"callerid_number": "12"}, "invalid_callerid"),
    ({"canada_routing": "5"}, "invalid_canada_routing"),
    ({"lock_international": "7"}, "invalid_lockinternational"),
    ({"international_route": "3"}, "invalid_internationalroute"),
    ({"music_on_hold": "metal"}, "invalid_musiconhold"),
    ({"language": "de"}, "invalid_language"),
    ({"record_calls": "x"}, "invalid_record_calls"),
    ({"record_calls": "true"}, "invalid_record_calls"),
    ({"allowed_codecs": "ulaw;opus"}, "invalid_allowedcodecs"),
    ({"dtmf_mode": "loud"}, "invalid_dtmfmode"),
    ({"nat": "maybe"}, "invalid_nat"),
    ({"sip_traffic": "x"}, "invalid_sip_traffic"),
    ({"sip_traffic": "true"}, "invalid_sip_traffic"),
    ({"max_expiry": "59"}, "invalid_max_expiry"),
    ({"rtp_timeout": "0"}, "invalid_rtp_timeout"),
    ({"rtp_hold_timeout": "3601"}, "invalid_rtp_hold_timeout"),
    ({"rtp_timeout": "700"}, "rtp_timeout_greater_than_rtp_hold_timeout"),
    ({"ip_restriction": "10.0.0.0/33"}, "invalid_ip"),
    ({"enable_ip_restriction": "x"}, "invalid_enable_ip_restriction"),
    ({"enable_ip_restriction": "yes", "ip_restriction": "203.0.113.0/24"}, "invalid_enable_ip_restriction"),
    ({"enable_ip_restriction": "1"}, "missing_ip_restriction"),
    ({"pop_restriction": "1,2"}, "invalid_pop_restriction"),
    ({"enable_pop_restriction": "x"}, "invalid_enable_pop_restriction"),
    ({"enable_pop_restriction": "true", "pop_restriction": "10"}, "invalid_enable_pop_restriction"),
    ({"enable_pop_restriction": "1"}, "missing_pop_restriction"),
    ({"transcribe": "1"}, "missing_transcription_locale"),
    ({"transcribe": "1", "transcription_locale": "en-US"}, "missing_transcription_email"),
    ({"transcription_locale": "xx"}, "invalid_transcription_locale"),
    ({"internal_extension": "1a"}, "invalid_extension"),
    ({"internal_voicemail": "x"}, "invalid_internalvoicemail"),
    ({"internal_dialtime": "61"}, "invalid_internaldialtime"),
    ({"reseller_package": "92364"}, "missing_resellerclient"),
    ({"reseller_client": "561115"}, "missing_resellerpackage"),
    ({"reseller_client": "561115", "reseller_package": "92364"}, "invalid_resellerclient"),
    ({"reseller_nextbilling": "2000-01-01"}, "invalid_resellernextbilling"),
    ({"parking_lot": "x"}, "invalid_callparking"),
])
def test_create_invalid(vms, change, code):
    params = {k: v for k, v in {**BASE, **change}.items() if v is not None}
    assert vms.call("createSubAccount", **params) == {"status": code}
    assert vms.call("getSubAccounts") == {"status": "no_account"}


def test_create_all_optionals(vms):
    _create(vms, description="My VoIP Account", callerid_number="5551234567", canada_routing="2", language="fr",
            record_calls="1", sip_traffic="1", max_expiry="3000", rtp_timeout="60", rtp_hold_timeout="600",
            ip_restriction="10.255.12.0/22,123.45.3.21/30", enable_ip_restriction="1", pop_restriction="10,23,45",
            enable_pop_restriction="1", send_bye="0", transcribe="1", transcription_locale="en-US",
            transcription_email="t@example.com", internal_extension="1", internal_voicemail="101",
            internal_dialtime="30", parking_lot="323", allow225="1", nat="route", dtmf_mode="inband")
    row = vms.ok("getSubAccounts")["accounts"][0]
    assert (row["pop_restriction"], row["enable_pop_restriction"], row["transcribe"], row["internal_extension"]) == \
        ("10,23,45", "1", "1", "1")


def test_flags_without_a_code_read_as_php_integers(vms):
    """allow225, send_bye, transcribe: "true" is not 1 (the seed documents 1/0 and no error code)."""
    _create(vms, allow225="true", send_bye="true", transcribe="yes")
    record = vms.state()["accounts"]["demo@example.com"]["subaccounts"]["99785"]
    assert (record["_allow225"], record["send_bye"], record["transcribe"]) == ("0", "0", "0")
    core = {k: BASE[k] for k in CORE}
    vms.ok("setSubAccount", id="99785", password="Str0ng-Pass", allow225="1", **core)
    assert vms.state()["accounts"]["demo@example.com"]["subaccounts"]["99785"]["_allow225"] == "1"
    vms.ok("setSubAccount", id="99785", password="Str0ng-Pass", **core)      # replace: omitted -> reset
    assert vms.state()["accounts"]["demo@example.com"]["subaccounts"]["99785"]["_allow225"] == "0"


def test_duplicates(vms):
    _create(vms, internal_extension="5")
    assert vms.call("createSubAccount", **BASE) == {"status": "used_username"}
    assert vms.call("createSubAccount", **{**BASE, "username": "voip"}) == {"status": "used_username"}
    assert vms.call("createSubAccount", **{**BASE, "username": "B", "internal_extension": "5"}) == \
        {"status": "used_extension"}
    ip_auth = {**BASE, "auth_type": "2", "ip": "198.51.100.20"}
    del ip_auth["password"]
    vms.ok("createSubAccount", **{**ip_auth, "username": "C"})
    assert vms.call("createSubAccount", **{**ip_auth, "username": "D"}) == {"status": "repeated_ip"}
    vms.ok("createSubAccount", **{**ip_auth, "username": "E", "protocol": "2"})  # other protocol: fine
    vms.seed(accounts=[{"api_username": "other@example.com", "api_password": "pw"}],
             subaccounts=[{"account": "other@example.com", "username": "X", "auth_type": "2", "ip": "198.51.100.77"}])
    assert vms.call("createSubAccount", **{**ip_auth, "username": "F", "ip": "198.51.100.77"}) == {"status": "used_ip"}


def test_set_sub_account_replace(vms):
    sub_id = _create(vms, description="desk", callerid_number="5551234567", internal_dialtime="30",
                     transcribe="1", transcription_locale="en-US", transcription_email="t@example.com")["id"]
    core = {k: BASE[k] for k in CORE}
    vms.ok("setSubAccount", id=sub_id, **{**core, "password": "N3w-Password", "nat": "route"})
    row = vms.ok("getSubAccounts")["accounts"][0]
    assert (row["password"], row["nat"]) == ("N3w-Password", "route")
    # omitted optionals cleared; username/protocol/transcription kept
    assert (row["description"], row["callerid_number"], row["internal_dialtime"]) == ("", "", "60")
    assert (row["username"], row["protocol"], row["transcribe"], row["transcription_email"]) == \
        ("VoIP", "1", "1", "t@example.com")


def test_set_sub_account_errors(vms):
    sub_id = _create(vms)["id"]
    core = {k: BASE[k] for k in CORE}
    assert vms.call("setSubAccount", **core) == {"status": "missing_id"}
    assert vms.call("setSubAccount", id="1", **core, password="Str0ng-Pass") == {"status": "invalid_id"}
    for name, code in (("auth_type", "missing_authtype"), ("nat", "missing_nat"), ("dtmf_mode", "missing_dtmfmode")):
        params = {k: v for k, v in core.items() if k != name}
        assert vms.call("setSubAccount", id=sub_id, **params) == {"status": code}
    assert vms.call("setSubAccount", id=sub_id, **core) == {"status": "missing_password"}  # full form every time
    assert vms.call("setSubAccount", id=sub_id, **{**core, "auth_type": "2", "ip": "203.0.113.5"}) == {"status": "success"}
    row = vms.ok("getSubAccounts")["accounts"][0]
    assert (row["auth_type"], row["ip"], row["password"]) == ("2", "203.0.113.5", "")


def test_del_sub_account(vms):
    sub_id = _create(vms)["id"]
    vms.order("7862285619", routing="account:100000_VoIP")
    assert vms.call("delSubAccount") == {"status": "missing_id"}
    assert vms.call("delSubAccount", id="42") == {"status": "invalid_id"}
    assert vms.call("delSubAccount", id=sub_id) == {"status": "account_with_dids"}
    vms.ok("setDIDRouting", did="7862285619", routing="account:100000")
    vms.ok("setDIDInfo", did="7862285619", routing="none:", failover_busy="account:100000_VoIP", pop="1",
           dialtime="60", cnam="0", billing_type="1")
    assert vms.call("delSubAccount", id=sub_id) == {"status": "account_with_dids"}
    vms.ok("setDIDRouting", did="7862285619", routing="none:")
    vms.ok("setDIDInfo", did="7862285619", routing="none:", pop="1", dialtime="60", cnam="0", billing_type="1")
    vms.ok("delSubAccount", id=sub_id)
    assert vms.call("getSubAccounts") == {"status": "no_account"}
