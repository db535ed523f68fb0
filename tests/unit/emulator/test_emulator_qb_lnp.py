"""LNP port-in: /lnp/check, POST/GET/PUT/DELETE /lnp and the lifecycle on the emulator clock."""

from __future__ import annotations

import base64
from datetime import date, datetime, timedelta, timezone

import pytest

TN = "3365551234"
TN2 = "3365551235"
DAY = 86400
BILL = base64.b64encode(b"%PDF-1.4 fake bill").decode()
LNP = {"number2port": int(TN), "provider_name": "Verizon", "account_no": "11111",
       "authorize_contact": "john doe", "contact_title": "ceo/owner", "street_name": "park avenue",
       "street_no": "1775", "city": "new york", "zipcode": "23405", "billing_telephone_no": "3365550000",
       "bill_file": BILL}


def _create(client, **extra):
    reply = client.qb("POST", "/lnp", {**LNP, **extra})
    assert reply.status == 200, reply.body
    return reply.json["data"]


def _rows(client, **params):
    return client.qb("GET", "/lnp", params or None).json["data"]


def _advance(client, seconds):
    assert client.control("POST", "/clock", {"advance": seconds}).status == 200


def _now(client) -> float:
    return client.control("GET", "/clock").json["now"]


# -- check ----------------------------------------------------------------------------------------

def test_check_portable(client):
    assert client.qb("GET", "/lnp/check", {"number2port": TN}).json == {"data": {"foc_days": 3}}
    assert client.qb("GET", "/lnp/check", {"number2port": "18445551234"}, via="query").json == {"data": {"foc_days": 5}}


@pytest.mark.parametrize("number,message", [
    (None, "Parameter number2port is required"),
    ("12345", "Invalid value for parameter number2port"),
    ("1365551234", "Invalid value for parameter number2port"),  # NPA starting with 1
    ("3365550099", "Number 3365550099 is not portable"),  # line 0000-0099
    ("3365550000", "Number 3365550000 is not portable"),
    ("9195550100", "Number 9195550100 is already with QuestBlue"),  # in the voice pool
    ("9195550700", "Number 9195550700 is already with QuestBlue"),  # in the fax pool
])
def test_check_errors(client, number, message):
    reply = client.qb("GET", "/lnp/check", {} if number is None else {"number2port": number})
    # [ext] OpenAPI 2.2.1: /lnp/check answers errors with 202 (digest §2.5).
    assert (reply.status, reply.json) == (202, {"error": message})


def test_check_owned_number(client):
    client.order("9195550100")
    assert client.qb("GET", "/lnp/check", {"number2port": "9195550100"}).json == {
        "error": "Number 9195550100 is already with QuestBlue"}


# -- create and list ----------------------------------------------------------------------------

def test_create_and_list_row(client):
    before = _now(client)
    ids = _create(client)
    assert ids == [{"id": "10001"}]
    body = client.qb("GET", "/lnp").json
    assert (body["total"], body["total_pages"], body["current_page"]) == (1, 1, 1)
    row = body["data"][0]
    created = datetime.fromisoformat(row.pop("created_by"))
    assert abs(created.timestamp() - before) < 5 and row["id"] == "10001"
    # a submitted request shows the carrier's FOC date, submission day (EST) + foc_days, at 12:00 EST
    assert row.pop("foc_date") == _foc_expected(created.timestamp())
    assert row == {"number2port": TN, "id": "10001", "status": "submitted", "did_mode": "voice",
                   "trunk": "", "partial_port": "no", "location": "", "company": "", "wireless_no": "no",
                   "lidb_list": "no", "provider_name": "Verizon", "account_no": "11111",
                   "authorize_contact": "john doe", "contact_title": "ceo/owner", "street_no": "1775",
                   "dir_prefix": "", "street_name": "park avenue", "dir_suffix": "", "service_unit": "",
                   "city": "new york", "zipcode": "23405", "billing_telephone_no": "3365550000"}
    stored = client.state()["accounts"]["demo"]["lnp"][0]
    assert stored["fields"]["bill_file"] == BILL  # write-only, kept for tests


def test_create_array_one_id_per_tn_and_alias(client):
    params = {k: v for k, v in LNP.items() if k != "billing_telephone_no"}
    reply = client.qb("POST", "/lnp", {**params, "number2port": [TN, int(TN2), TN], "billing_telephone_number": 3365550000})
    assert reply.json == {"data": [{"id": "10001"}, {"id": "10002"}]}
    assert [(r["number2port"], r["billing_telephone_no"]) for r in _rows(client)] == [
        (TN, "3365550000"), (TN2, "3365550000")]


def test_create_via_form_with_php_array(client):
    form = [(k, str(v)) for k, v in LNP.items() if k != "number2port"]
    form += [("number2port[]", TN), ("number2port[]", TN2), ("location", "business"), ("company", "Acme"),
             ("dir_prefix", "ne"), ("foc_date", (date.today() + timedelta(days=30)).isoformat()),
             ("activate_time", "09:00"), ("trunk", "demotrunk")]
    from urllib.parse import urlencode
    reply = client.qb("POST", "/lnp", urlencode(form), via="form")
    assert reply.status == 200 and len(reply.json["data"]) == 2
    row = _rows(client)[0]
    assert (row["location"], row["company"], row["dir_prefix"], row["trunk"]) == ("business", "Acme", "NE", "demotrunk")
    # before the FOC, foc_date shows the requested date at the activation hour (09:00 EST = 14:00 UTC)
    assert row["foc_date"].endswith("T14:00:00+00:00")


def _without(name):
    return {k: v for k, v in LNP.items() if k != name}


@pytest.mark.parametrize("params,message", [
    (_without("number2port"), "Parameter number2port is required"),
    (_without("provider_name"), "Parameter provider_name is required"),
    (_without("account_no"), "Parameter account_no is required"),
    (_without("authorize_contact"), "Parameter authorize_contact is required"),
    (_without("contact_title"), "Parameter contact_title is required"),
    (_without("street_name"), "Parameter street_name is required"),
    (_without("street_no"), "Parameter street_no is required"),
    (_without("city"), "Parameter city is required"),
    (_without("zipcode"), "Parameter zipcode is required"),
    (_without("billing_telephone_no"), "Parameter billing_telephone_no is required"),
    (_without("bill_file"), "Parameter bill_file is required"),
    ({**LNP, "provider_name": "p" * 256}, "Invalid value for parameter provider_name"),
    ({**LNP, "street_name": "s" * 101}, "Invalid value for parameter street_name"),
    ({**LNP, "street_no": "1" * 51}, "Invalid value for parameter street_no"),
    ({**LNP, "city": "c" * 101}, "Invalid value for parameter city"),
    ({**LNP, "zipcode": "z" * 21}, "Invalid value for parameter zipcode"),
    ({**LNP, "service_unit": "u" * 101}, "Invalid value for parameter service_unit"),
    ({**LNP, "billing_telephone_no": "12345"}, "Invalid value for parameter billing_telephone_no"),
    ({**LNP, "bill_file": "not base64!"}, "Invalid value for parameter bill_file"),
    ({**LNP, "foc_date": "2030-02-30"}, "Invalid value for parameter foc_date"),
    ({**LNP, "foc_date": "2020-01-01"}, "Invalid value for parameter foc_date"),  # in the past
    ({**LNP, "foc_date": "01/02/2030"}, "Invalid value for parameter foc_date"),
    ({**LNP, "activate_time": "9:00"}, "Invalid value for parameter activate_time"),
    ({**LNP, "activate_time": "09:30"}, "Invalid value for parameter activate_time"),
    ({**LNP, "activate_time": "24:00"}, "Invalid value for parameter activate_time"),
    ({**LNP, "did_mode": "sms"}, "Invalid value for parameter did_mode"),
    ({**LNP, "partial_port": "maybe"}, "Invalid value for parameter partial_port"),
    ({**LNP, "partial_port": "yes"}, "Parameter extra_services is required"),
    ({**LNP, "location": "home"}, "Invalid value for parameter location"),
    ({**LNP, "location": "business"}, "Parameter company is required"),
    ({**LNP, "wireless_no": "yes", "ssn": "1234"}, "Parameter pincode is required"),
    ({**LNP, "wireless_no": "yes", "pincode": "1234"}, "Parameter ssn is required"),
    ({**LNP, "wireless_no": "yes", "pincode": "1234", "ssn": "123"}, "Invalid value for parameter ssn"),
    ({**LNP, "wireless_no": "yes", "pincode": "1234", "ssn": "1234", "foc_date": "2099-01-01"},
     "Parameter foc_date is not available when porting mobile DID"),  # seed L2117
    ({**LNP, "lidb_list": "y"}, "Invalid value for parameter lidb_list"),
    ({**LNP, "dir_prefix": "NNE"}, "Invalid value for parameter dir_prefix"),
    ({**LNP, "dir_suffix": "up"}, "Invalid value for parameter dir_suffix"),
    ({**LNP, "trunk": "ghost"}, "SIP trunk ghost not found"),
    ({**LNP, "number2port": [TN, "3365550050"]}, "Number 3365550050 is not portable"),
    ({**LNP, "number2port": "123"}, "Invalid value for parameter number2port"),
    ({**LNP, "number2port": "9195550100"}, "Number 9195550100 is already with QuestBlue"),
])
def test_create_validation(client, params, message):
    reply = client.qb("POST", "/lnp", params)
    assert (reply.status, reply.json) == (206, {"error": message})
    assert client.state()["accounts"]["demo"]["lnp"] == []


def test_create_conditionals_satisfied(client):
    _create(client, partial_port="yes", extra_services="fax line", location="business", company="Acme",
            wireless_no="yes", pincode=1234, ssn="5678")
    row = _rows(client)[0]
    assert (row["partial_port"], row["wireless_no"], row["company"]) == ("yes", "yes", "Acme")
    assert "pincode" not in row and "ssn" not in row and "extra_services" not in row  # write-only


def test_create_rejects_tn_with_active_request(client):
    _create(client)
    reply = client.qb("POST", "/lnp", {**LNP, "number2port": [TN2, TN]})
    assert reply.json == {"error": f"LNP request for {TN} already exists"}
    assert len(_rows(client)) == 1
    client.qb("DELETE", "/lnp", {"number2port": TN})
    assert _create(client) == [{"id": "10002"}]  # allowed again once cancelled


# -- list: paging and filters -----------------------------------------------------------------------

def test_list_paging_default_10_and_filters(client):
    tns = [f"33655512{i:02d}" for i in range(12)]
    _create(client, number2port=tns)
    body = client.qb("GET", "/lnp").json
    assert (body["total"], body["total_pages"], len(body["data"])) == (12, 2, 10)
    assert [r["number2port"] for r in client.qb("GET", "/lnp", {"page": 2}).json["data"]] == tns[10:]
    assert client.qb("GET", "/lnp", {"per_page": 1}).json["total_pages"] == 12
    assert client.qb("GET", "/lnp", {"per_page": 500}).json["total_pages"] == 1  # clamped to 200
    assert [r["number2port"] for r in _rows(client, number2port="336555121*")] == tns[10:]
    assert [r["number2port"] for r in _rows(client, number2port="33655512?5")] == ["3365551205"]
    assert [r["number2port"] for r in _rows(client, number2port=tns[3])] == [tns[3]]
    assert len(_rows(client, number2port="33")) == 10  # too short: ignored
    assert [r["id"] for r in _rows(client, id=10005)] == ["10005"]
    assert [r["id"] for r in _rows(client, id="10005", number2port=tns[0])] == []
    assert client.qb("GET", "/lnp", {"id": "x"}).json == {"error": "Invalid value for parameter id"}


def test_list_empty(client):
    assert client.qb("GET", "/lnp").json == {"total": 0, "total_pages": 0, "current_page": 1, "data": []}


# -- update and delete -------------------------------------------------------------------------------

def test_update_by_number_and_by_id(client):
    _create(client)
    assert client.qb("PUT", "/lnp", {"number2port": TN, "provider_name": "Sprint"}).status == 200
    assert client.qb("PUT", "/lnp", {"id": 10001, "city": "boston"}, via="query").status == 200
    row = _rows(client)[0]
    assert (row["provider_name"], row["city"], row["account_no"]) == ("Sprint", "boston", "11111")


def test_update_revalidates_merged_record(client):
    _create(client, location="business", company="Acme")
    reply = client.qb("PUT", "/lnp", {"number2port": TN, "company": ""})
    assert reply.json == {"error": "Parameter company is required"}
    assert client.qb("PUT", "/lnp", {"number2port": TN, "partial_port": "yes"}).json == {
        "error": "Parameter extra_services is required"}
    assert client.qb("PUT", "/lnp", {"number2port": TN, "location": "residential", "company": ""}).status == 200
    assert client.qb("PUT", "/lnp", {"number2port": TN, "provider_name": ""}).json == {
        "error": "Parameter provider_name is required"}
    assert client.qb("PUT", "/lnp", {"number2port": TN, "wireless_no": "yes", "pincode": "1111"}).json == {
        "error": "Parameter ssn is required"}
    row = _rows(client)[0]
    assert (row["location"], row["company"], row["wireless_no"]) == ("residential", "", "no")


@pytest.mark.parametrize("params,message", [
    ({}, "Parameter number2port is required"),
    ({"number2port": TN2}, f"LNP request {TN2} not found"),
    ({"id": 999}, "LNP request 999 not found"),
    ({"number2port": "junk"}, "Invalid value for parameter number2port"),
])
def test_update_delete_lookup_errors(client, params, message):
    _create(client)
    for method in ("PUT", "DELETE"):
        assert client.qb(method, "/lnp", params).json == {"error": message}
    assert len(_rows(client)) == 1


def test_delete_cancels(client):
    _create(client, number2port=[TN, TN2])
    assert client.qb("DELETE", "/lnp", {"id": "10002"}).status == 200
    assert [r["number2port"] for r in _rows(client)] == [TN]
    assert client.state()["accounts"]["demo"]["lnp"][1]["status"] == "cancelled"
    assert client.qb("DELETE", "/lnp", {"id": "10002"}).json == {"error": "LNP request 10002 not found"}


# -- lifecycle -------------------------------------------------------------------------------------------

EST = timezone(timedelta(hours=-5))


def _foc_expected(submitted: float, days: int = 3, hour_utc: int = 17) -> str:
    """The carrier's FOC date: the day (EST) of submission + foc_days, at 12:00 EST by default."""
    day = datetime.fromtimestamp(submitted, EST).date() + timedelta(days=days)
    return f"{day.isoformat()}T{hour_utc:02d}:00:00+00:00"


def test_lifecycle_submitted_foc_completed(client):
    created = _now(client)
    _create(client, trunk="demotrunk")
    _advance(client, DAY - 60)
    row = _rows(client)[0]
    assert row["status"] == "submitted" and row["foc_date"] == _foc_expected(created)
    _advance(client, 120)
    row = _rows(client)[0]
    assert row["status"] == "foc" and row["foc_date"] == _foc_expected(created)
    # no changes after the FOC, but it can still be cancelled
    assert client.qb("PUT", "/lnp", {"number2port": TN, "city": "x"}).json == {
        "error": "LNP request 10001 cannot be changed in status foc"}
    foc_at = datetime.fromisoformat(row["foc_date"]).timestamp()
    _advance(client, foc_at - _now(client) - 60)
    assert _rows(client)[0]["status"] == "foc" and TN not in client.owned()
    _advance(client, 120)
    assert _rows(client) == []  # completed requests leave the list
    assert client.owned()[TN] == {"did": TN, "status": "active", "tier": "1", "type": "local", "note": "",
                                  "route2trunk": "demotrunk", "lidb": "", "cnam": "", "e911": "", "failover": ""}
    assert client.state()["accounts"]["demo"]["lnp"][0]["status"] == "completed"
    # a ported-in number released does not join the available pool
    client.qb("DELETE", "/did", {"did": TN})
    assert TN not in {p["did"] for p in client.state()["available"]}


def test_lifecycle_requested_foc_date_and_activate_time(client):
    created = _now(client)
    wanted = (datetime.fromtimestamp(created, timezone.utc).date() + timedelta(days=20)).isoformat()
    _create(client, foc_date=wanted, activate_time="15:00", did_mode="fax")
    assert _rows(client)[0]["foc_date"] == f"{wanted}T20:00:00+00:00"
    _advance(client, DAY)
    row = _rows(client)[0]
    assert (row["status"], row["foc_date"]) == ("foc", f"{wanted}T20:00:00+00:00")
    _advance(client, 20 * DAY)
    assert _rows(client) == [] and TN not in client.owned()
    # did_mode fax: the number arrives in /fax (iFax Pro, no account on it)
    assert client.qb("GET", "/fax").json["data"] == [
        {"did": TN, "status": "active", "did_type": "local", "note": "", "fax_name": "", "fax_login": ""}]


def test_lifecycle_toll_free_foc_days_and_configured_delay(client):
    client.seed(settings={"lnp_foc_delay": 3600})
    created = _now(client)
    _create(client, number2port="8445551234")
    _advance(client, 3601)
    assert _rows(client)[0]["foc_date"] == _foc_expected(created, days=5)
    assert client.state()["settings"]["lnp_foc_delay"] == 3600


def test_lifecycle_also_ticks_without_reads(client):
    _create(client)
    _advance(client, 10 * DAY)
    assert client.state()["accounts"]["demo"]["lnp"][0]["status"] == "completed"


def test_update_requested_foc_date_before_foc(client):
    created = _now(client)
    _create(client)
    wanted = (datetime.fromtimestamp(created, timezone.utc).date() + timedelta(days=10)).isoformat()
    assert client.qb("PUT", "/lnp", {"number2port": TN, "foc_date": wanted}).status == 200
    _advance(client, DAY)
    assert _rows(client)[0]["foc_date"] == f"{wanted}T17:00:00+00:00"


def _advance_to_utc_hour(client, hour: int, minute: int = 30) -> float:
    """Move the clock forward to the next HH:MM UTC; returns the new time."""
    now = datetime.fromtimestamp(_now(client), timezone.utc)
    target = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    if target <= now:
        target += timedelta(days=1)
    _advance(client, target.timestamp() - now.timestamp())
    return _now(client)


def test_submitted_foc_date_counts_from_the_est_day(client):
    # 03:30 UTC is 22:30 EST the day before: the seed's listing (submitted 2020-02-04T19:28Z,
    # FOC 2020-02-07T17:00Z, foc_days 3) counts from the Eastern day.
    now = _advance_to_utc_hour(client, 3)
    _create(client)
    est_day = datetime.fromtimestamp(now, EST).date()
    assert est_day != datetime.fromtimestamp(now, timezone.utc).date()
    assert _rows(client)[0]["foc_date"] == f"{est_day + timedelta(days=3)}T17:00:00+00:00"


def test_past_foc_date_is_judged_in_est(client):
    now = _advance_to_utc_hour(client, 3)
    est_today = datetime.fromtimestamp(now, EST).date()
    # today in New York (yesterday in UTC) is not past; the day before is
    assert client.qb("POST", "/lnp", {**LNP, "foc_date": str(est_today - timedelta(days=1))}).json == {
        "error": "Invalid value for parameter foc_date"}
    wanted = str(est_today + timedelta(days=5))
    _create(client, foc_date=str(est_today))
    assert client.qb("PUT", "/lnp", {"number2port": TN, "foc_date": wanted}).status == 200


def test_activate_time_is_est_so_an_evening_hour_is_the_next_utc_day(client):
    wanted = (datetime.fromtimestamp(_now(client), EST).date() + timedelta(days=10)).isoformat()
    _create(client, foc_date=wanted, activate_time="19:00")
    day_after = (date.fromisoformat(wanted) + timedelta(days=1)).isoformat()
    assert _rows(client)[0]["foc_date"] == f"{day_after}T00:00:00+00:00"


def test_wireless_request_refuses_a_foc_date_on_update_too(client):
    _create(client, foc_date=(datetime.fromtimestamp(_now(client), EST).date() + timedelta(days=9)).isoformat())
    reply = client.qb("PUT", "/lnp", {"number2port": TN, "wireless_no": "yes", "pincode": "1234", "ssn": "5678"})
    assert reply.json == {"error": "Parameter foc_date is not available when porting mobile DID"}
    assert _rows(client)[0]["wireless_no"] == "no"


# -- seed and status control ------------------------------------------------------------------------

def test_seed_rejected_and_draft(client):
    client.seed(lnp=[{"number2port": TN, "status": "rejected", "reason": "Account number mismatch",
                      "provider_name": "AT&T"},
                     {"number2port": TN2, "status": "draft"}])
    rows = {r["number2port"]: r for r in _rows(client)}
    assert (rows[TN]["status"], rows[TN]["reason"], rows[TN]["provider_name"]) == (
        "rejected", "Account number mismatch", "AT&T")
    assert rows[TN2]["status"] == "draft" and "reason" not in rows[TN2]
    _advance(client, 30 * DAY)  # neither moves on its own
    assert {r["status"] for r in _rows(client)} == {"rejected", "draft"}
    assert client.qb("PUT", "/lnp", {"number2port": TN2, "city": "x"}).status == 200  # draft: editable
    assert client.qb("PUT", "/lnp", {"number2port": TN, "city": "x"}).json == {
        "error": "LNP request 10001 cannot be changed in status rejected"}
    assert client.qb("POST", "/lnp", LNP).json == {"error": f"LNP request for {TN} already exists"}
    assert client.qb("DELETE", "/lnp", {"number2port": TN}).status == 200


def test_lnp_status_control(client):
    _create(client, number2port=[TN, TN2])
    client.seed(lnp_status=[{"number2port": TN, "status": "rejected", "reason": "Invalid PIN"},
                            {"id": "10002", "status": "completed"}])
    assert [(r["number2port"], r["status"], r["reason"]) for r in _rows(client)] == [(TN, "rejected", "Invalid PIN")]
    assert TN2 in client.owned()
    client.seed(lnp_status=[{"id": 10001, "status": "submitted"}])  # resubmitted: the FOC timer restarts
    row = _rows(client)[0]
    assert row["status"] == "submitted" and "reason" not in row
    client.seed(lnp_status=[{"id": 10001, "status": "foc", "foc_date": "2099-05-01"}])
    assert _rows(client)[0]["foc_date"] == "2099-05-01T17:00:00+00:00"
    for bad in ({"lnp_status": [{"id": 999, "status": "rejected"}]},
                {"lnp_status": [{"id": 10001, "status": "lost"}]},
                {"lnp": [{"number2port": TN}]},  # already active
                {"lnp": [{"number2port": "123"}]}):
        assert client.control("POST", "/seed", {"carrier": "questblue", **bad}).status == 400


def test_testmode_makes_no_request(client):
    assert client.qb("POST", "/lnp", {**LNP, "testmode": "success"}).body == b""
    assert _rows(client) == []
