"""VoiceMeUp port-ins (digest §3.2.4, §4.7, §6.3): get_port_requests, update_port_request (create,
edit, submit with ``send_to_staff=1``; ``loa``/``bill``/``other`` as multipart files), the port
workflow on the emulator clock, lookup_did (charged: every lookup is recorded in the account's
``charges``) and get_states (the ``state_id`` a port request takes; seed L1350-1360).

PROJECT DECISIONS (the seed lost every sample and describes no workflow), in docs/emulator.md:
* the record is the update_port_request fields plus ``port_request_id``, ``pon`` (``PON`` + the id
  on 8 digits), ``status``, ``tentative_date`` and ``firm_date`` (the FOC dates), ``rejection_reason``,
  ``datetime_created``, ``datetime_submitted``, ``loa``/``bill``/``other`` (the names of the uploaded
  files, "" when none) and ``metadata``;
* an update replaces the record (an omitted field returns to its default, digest §6.3) but keeps the
  uploaded files; edits are accepted only while the request is ``not_ready`` or ``rejected_by_staff``,
  else ``status_invalid``;
* ``send_to_staff=1`` makes the "Optionally Required" fields required, checked on the resulting record
  (stored values count); ``notification_client_user_id`` only with ``is_notify_creation=1``;
* ``requested_firm_date`` must be 3 to 15 business days (Monday-Friday) after today at the carrier
  (fixed UTC-05:00); it is checked on create, when it changes, and on submission;
* a number on the account, or in another request that has not ended, cannot be ported
  (``phone_numbers_invalid``); toll-free numbers need ``phone_number_type=tollfree`` and local ones
  ``local`` (``phone_number_type_invalid``);
* the workflow, counted from submission (settings): ``port_review_delay`` staff review (rejected_by_staff
  when no LOA is attached and ``port_require_loa``), ``port_provider_delay`` sent_to_provider,
  ``port_tentative_delay`` tentative_confirm (rejected_by_provider when a number's line is 0000-0099),
  ``port_firm_delay`` firm_confirm, then completed on the firm date at 10:00 carrier time: the numbers
  join get_dids. Other end states (expired, cancelled_by_client, ...) come from the seed key ``port_requests``.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

from emulator.carrier import SeedError
from emulator.voicemeup import check, dids, refdata
from emulator.voicemeup.check import Validator
from emulator.voicemeup.e911 import STATE_IDS
from emulator.voicemeup.model import fmt_datetime, public
from emulator.voipms.refdata import CA_PROVINCES, US_STATES

CONTAINER = ("port_requests", "port_request")
STATUSES = ("not_ready", "sent_to_staff", "approved_by_staff", "rejected_by_staff", "rejected_by_client", "expired",
            "sent_to_provider", "cancelled_by_client", "tentative_confirm", "firm_confirm", "rejected_by_provider",
            "completed", "modified_by_staff")
EDITABLE = ("not_ready", "rejected_by_staff")
# A request in one of these has ended: its numbers are free for another one.
ENDED = ("rejected_by_client", "expired", "cancelled_by_client", "rejected_by_provider", "completed")
CAPACITIES = ("1-2", "2-5", "5-10", "10-15", "15-25", "25-50", "50+")
FEATURES = ("sms", "mms", "t38")
FILES = ("loa", "bill", "other")
MAX_FILE = 10 * 1024 * 1024            # project-defined
NORTH_AMERICA = (refdata.CANADA, refdata.USA)
CARRIER_TZ = timezone(timedelta(hours=-5))   # Montreal, taken as fixed UTC-05:00
COMPLETION_HOUR = 10                   # the numbers move at 10:00 carrier time on the firm date

SETTINGS = {
    "port_review_delay": 3600,
    "port_provider_delay": 7200,
    "port_tentative_delay": 86400,
    "port_firm_delay": 2 * 86400,
    "port_require_loa": True,
    "lookup_did_charge": 0.01,
}

PORT_DEFAULTS = {
    "port_request_id": "", "pon": "", "status": "not_ready", "client_subaccount_id": "0", "friendly_name": "",
    "phone_number_type": "", "phone_numbers": "", "phone_numbers_to_keep": "", "phone_numbers_to_cancel": "",
    "features": "", "capacity": "", "requested_firm_date": "", "organization": "", "organization_type": "",
    "current_provider": "", "current_reseller": "", "current_reseller_account": "", "box_number": "",
    "civic_number": "", "street": "", "unit_number": "", "city": "", "country_id": "", "state_id": "",
    "state_other": "", "postal_code": "", "client_instructions": "", "is_notify_creation": "0",
    "notification_client_user_id": "", "extra_recipients": "", "comments": "", "loa": "", "bill": "", "other": "",
    "tentative_date": "", "firm_date": "", "rejection_reason": "", "datetime_created": "", "datetime_submitted": "",
    "metadata": "",
}
# What an update replaces; the rest is the carrier's (ids, status, dates, files).
WRITABLE = ("client_subaccount_id", "friendly_name", "phone_number_type", "phone_numbers", "phone_numbers_to_keep",
            "phone_numbers_to_cancel", "features", "capacity", "requested_firm_date", "organization",
            "organization_type", "current_provider", "current_reseller", "current_reseller_account", "box_number",
            "civic_number", "street", "unit_number", "city", "country_id", "state_id", "state_other", "postal_code",
            "client_instructions", "is_notify_creation", "notification_client_user_id", "extra_recipients", "comments",
            "metadata")
# Required to send to staff (seed: "Fields become required when trying to send to staff"), in the
# seed's order, with the documented code where there is one.
TO_SUBMIT = (("phone_number_type", "required_parameter_not_found"), ("phone_numbers", "required_parameter_not_found"),
             ("capacity", "required_parameter_not_found"), ("organization", "required_parameter_not_found"),
             ("organization_type", "required_parameter_not_found"), ("current_provider", "required_parameter_not_found"),
             ("civic_number", "required_parameter_not_found"), ("street", "required_parameter_not_found"),
             ("city", "required_parameter_not_found"), ("country_id", "country_id_required"))
REJECTED_BY_STAFF = "A signed letter of authorization (LOA) is required: attach it as loa and send the request again."
REJECTED_BY_PROVIDER = "The current provider refused the port of {number}: the account information does not match."
US_POSTAL = re.compile(r"^[0-9]{5}(-[0-9]{4})?$")
CA_POSTAL = re.compile(r"^[A-Za-z][0-9][A-Za-z] ?[0-9][A-Za-z][0-9]$")
# Names of the US territories, which the VoIP.ms list of states leaves out.
TERRITORIES = {"AS": "American Samoa", "GU": "Guam", "MP": "Northern Mariana Islands", "PR": "Puerto Rico",
               "UM": "United States Minor Outlying Islands", "VI": "U.S. Virgin Islands"}
# lookup_did: the carriers a number is at (by its last digit) where the account does not hold it.
LOOKUP_CARRIERS = {refdata.CANADA: ("Bell Canada", "Rogers Communications", "Telus", "Videotron", "Fido"),
                   refdata.USA: ("AT&T", "Verizon", "Lumen", "Frontier", "T-Mobile")}
LINE_TYPES = ("landline", "landline", "landline", "wireless", "voip")


# -- dates at the carrier ----------------------------------------------------------------------------

def carrier_day(now: float) -> date:
    return datetime.fromtimestamp(now, tz=CARRIER_TZ).date()


def business_days_after(start: date, end: date) -> int:
    """Business days (Monday-Friday) d with start < d <= end."""
    count, day = 0, start
    while day < end:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count += 1
    return count


def add_business_days(start: date, days: int) -> date:
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def firm_date_ok(value: str, now: float) -> bool:
    try:
        wanted = date.fromisoformat(value)
    except ValueError:
        return False
    return 3 <= business_days_after(carrier_day(now), wanted) <= 15


def completion_time(firm_date: str) -> float:
    day = date.fromisoformat(firm_date)
    return datetime(day.year, day.month, day.day, COMPLETION_HOUR, tzinfo=CARRIER_TZ).timestamp()


# -- numbers -----------------------------------------------------------------------------------------

def is_toll_free(number: str) -> bool:
    return number[:3] in refdata.TOLL_FREE_NPAS


def numbers_of(record: dict, field: str = "phone_numbers") -> list[str]:
    return [n for n in record[field].split(",") if n]


def _number_list(v: Validator, name: str) -> list[str] | None:
    """A CSV (or array) of 10-digit numbers, duplicates dropped; None when absent or invalid."""
    if not v.params.has(name):
        return None
    numbers = list(dict.fromkeys(v.params.get_list(name)))
    if not all(re.fullmatch(r"[0-9]{10}", n) for n in numbers):
        v.fail(f"{name}_invalid")
        return None
    return numbers


def _taken(account, numbers: list[str], own_id: str) -> bool:
    """Whether one of ``numbers`` is on the account or in another request that has not ended."""
    if any(account.did_by_number(n) is not None for n in numbers):
        return True
    for other in account.port_requests.values():
        if other["port_request_id"] != own_id and other["status"] not in ENDED \
                and set(numbers) & set(numbers_of(other)):
            return True
    return False


# -- get_port_requests --------------------------------------------------------------------------------

def _fold(text: str) -> str:
    import unicodedata  # pylint: disable=import-outside-toplevel
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)).casefold()


def _request_id(v: Validator) -> str | None:
    """``port_request_id``: an id or a full PON (PON + 8 digits)."""
    value = v.params.get("port_request_id").strip()
    if not value:
        return None
    match = re.fullmatch(r"(?:PON)?([0-9]{1,8})", value, re.IGNORECASE)
    if match is None or (value[:3].upper() == "PON" and len(match.group(1)) != 8):
        v.fail("port_request_id_invalid")
        return None
    return str(int(match.group(1)))


def get_port_requests(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    port_id = _request_id(v)
    subaccount = v.integer("client_subaccount_id", code="client_subaccount_id_invalid")
    owner = v.text("current_owner")
    number = v.digits("phone_number", 10, 15, "phone_number_invalid")
    statuses = v.enum_list("status", STATUSES, "status_invalid")
    date_from = v.date("date_from", "date_from_invalid")
    date_to = v.date("date_to", "date_to_invalid")
    if port_id is not None and port_id not in ctx.account.port_requests:
        v.fail("port_request_id_invalid")
    v.done()
    found = []
    for record in sorted(ctx.account.port_requests.values(), key=lambda r: int(r["port_request_id"])):
        if port_id is not None and record["port_request_id"] != port_id:
            continue
        if subaccount is not None and record["client_subaccount_id"] != subaccount:
            continue
        # "current owner": the subscriber (organization) or the carrier holding the numbers; either reads.
        if owner is not None and not any(_fold(owner) in _fold(record[f]) for f in ("organization", "current_provider")):
            continue
        if number is not None and number not in numbers_of(record):
            continue
        if statuses and record["status"] not in statuses:
            continue
        if (date_from or date_to) and not record["firm_date"]:
            continue
        if (date_from and record["firm_date"] < date_from) or (date_to and record["firm_date"] > date_to):
            continue
        found.append(public(record))
    return {CONTAINER[0]: (CONTAINER[1], found)}


# -- update_port_request ---------------------------------------------------------------------------------

def _flag(v: Validator, name: str) -> str | None:
    return v.flag(name, f"{name}_invalid")


def _emails(v: Validator, name: str) -> str | None:
    """A CSV of e-mail addresses (the extra recipients of the Kayako notifications)."""
    addresses = v.params.get_list(name)
    if not all(check.is_email(address) for address in addresses):
        v.fail(f"{name}_invalid")
        return None
    return ",".join(addresses)


FIELD_RULES = (
    ("client_subaccount_id", lambda v, n: v.integer(n, code="client_subaccount_id_invalid")),
    ("friendly_name", lambda v, n: v.text(n, 2, 60, "friendly_name_invalid")),
    ("phone_number_type", lambda v, n: v.enum(n, ("local", "tollfree"))),
    ("phone_numbers", lambda v, n: None if (x := _number_list(v, n)) is None else ",".join(x)),
    ("phone_numbers_to_keep", lambda v, n: None if (x := _number_list(v, n)) is None else ",".join(x)),
    ("phone_numbers_to_cancel", lambda v, n: None if (x := _number_list(v, n)) is None else ",".join(x)),
    ("features", lambda v, n: None if (x := v.enum_list(n, FEATURES)) is None
     else ",".join(f for f in FEATURES if f in x)),
    ("capacity", lambda v, n: v.enum(n, CAPACITIES, "capacity_invalid")),
    ("requested_firm_date", lambda v, n: v.date(n)),
    ("organization", lambda v, n: v.text(n, 2, 60)),
    ("organization_type", lambda v, n: v.enum(n, ("personal", "business"))),
    ("current_provider", lambda v, n: v.text(n, 2, 60)),
    ("current_reseller", lambda v, n: v.text(n, 2, 60)),
    ("current_reseller_account", lambda v, n: v.text(n, 2, 60)),
    ("box_number", lambda v, n: v.text(n)),
    ("civic_number", lambda v, n: v.integer(n, code="civic_number_invalid")),
    ("street", lambda v, n: v.text(n, 1, 255, "street_invalid")),
    ("unit_number", lambda v, n: v.integer(n, code="unit_number_invalid")),
    ("city", lambda v, n: v.text(n, 1, 255, "city_invalid")),
    ("country_id", lambda v, n: v.integer(n, 1, 999, "country_id_invalid")),
    ("state_id", lambda v, n: v.integer(n, code="state_id_invalid")),
    ("state_other", lambda v, n: v.text(n, 1, 60)),
    ("postal_code", lambda v, n: v.text(n, 1, 20, "postal_code_invalid")),
    ("client_instructions", lambda v, n: v.text(n)),
    ("is_notify_creation", _flag),
    ("notification_client_user_id", lambda v, n: v.digits(n, 4, 8, "notification_client_user_id_invalid")),
    ("extra_recipients", _emails),
    ("comments", lambda v, n: v.text(n)),
)


def _read_fields(v: Validator) -> dict:
    """The writable fields this call gives (valid ones only), in the seed's order."""
    given = {}
    for name, rule in FIELD_RULES:
        if not v.params.has(name):
            continue
        before = len(v.codes)
        value = rule(v, name)
        if len(v.codes) == before and value is not None:
            given[name] = value
    metadata = dids.read_metadata(v)
    if metadata is not None:
        given["metadata"] = metadata
    return given


def _uploads(v: Validator) -> dict:
    files = {}
    for name in FILES:
        uploads = v.params.file(name)
        if not uploads:
            continue
        upload = uploads[0]
        if not upload.data or len(upload.data) > MAX_FILE:
            v.fail(f"{name}_invalid")
            continue
        files[name] = {"filename": upload.filename or name, "content_type": upload.content_type,
                       "bytes": str(len(upload.data))}
    return files


def _check_result(v: Validator, ctx, record: dict, result: dict, submit: bool, creating: bool) -> None:
    """The rules on the request as it would be after this call (stored values count)."""
    numbers = numbers_of(result)
    kinds = {is_toll_free(n) for n in numbers}
    if result["phone_number_type"] and numbers and (len(kinds) > 1 or kinds != {result["phone_number_type"] == "tollfree"}):
        v.fail("phone_number_type_invalid")
    if numbers and _taken(ctx.account, numbers, record.get("port_request_id", "")):
        v.fail("phone_numbers_invalid")
    country = result["country_id"]
    if result["state_id"] and country in NORTH_AMERICA and result["state_id"] not in _state_ids(country):
        v.fail("state_id_invalid")
    if result["postal_code"] and not _postal_ok(result["postal_code"], country):
        v.fail("postal_code_invalid")
    if result["notification_client_user_id"] and result["notification_client_user_id"] != ctx.account.client_user_id:
        v.fail("notification_client_user_id_invalid")
    date_changed = creating or result["requested_firm_date"] != record.get("requested_firm_date", "")
    if result["requested_firm_date"] and (date_changed or submit) \
            and not firm_date_ok(result["requested_firm_date"], ctx.now):
        v.fail("requested_firm_date_invalid")
    if submit:
        _check_complete(v, result)


def _check_complete(v: Validator, result: dict) -> None:
    for name, code in TO_SUBMIT:
        if not result[name]:
            v.fail(code)
    if result["country_id"] in NORTH_AMERICA and not result["state_id"]:
        v.fail("required_parameter_not_found")
    if result["country_id"] and result["country_id"] not in NORTH_AMERICA and not result["state_other"]:
        v.fail("required_parameter_not_found")
    if result["is_notify_creation"] == "1" and not result["notification_client_user_id"]:
        v.fail("required_parameter_not_found")


def _postal_ok(code: str, country: str) -> bool:
    if country == refdata.USA:
        return bool(US_POSTAL.match(code))
    if country == refdata.CANADA:
        return bool(CA_POSTAL.match(code))
    return True


def _state_ids(country: str) -> dict:
    """state_id -> state_code of one country."""
    return {state_id: code for (code, of_country), state_id in STATE_IDS.items() if of_country == country}


def _find(v: Validator, ctx) -> tuple[dict | None, bool]:
    """(the stored request or None, whether this call creates one)."""
    mode = v.enum("mode", ("update", "create"), "mode_invalid") or "update"
    if mode == "create":
        return None, True
    if not v.params.has("port_request_id"):
        v.fail("required_parameter_not_found")
        return None, False
    port_id = v.integer("port_request_id", code="port_request_id_invalid")
    record = ctx.account.port_requests.get(port_id) if port_id else None
    if port_id and record is None:
        v.fail("port_request_id_invalid")
    elif record is not None and record["status"] not in EDITABLE:
        v.fail("status_invalid")
    return record, False


def update_port_request(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    record, creating = _find(v, ctx)
    given = _read_fields(v)
    files = _uploads(v)
    submit = _flag(v, "send_to_staff") == "1"
    if not v.ok() or (record is None and not creating):
        v.done()
    base = record or {}
    result = dict(PORT_DEFAULTS)
    for name in PORT_DEFAULTS:
        if name not in WRITABLE and name in base:
            result[name] = base[name]
    result.update(given)
    _check_result(v, ctx, base, result, submit, creating)
    v.done()
    if creating:
        port_id = ctx.account.next_id("port_request_id")
        record = {"_files": {}}
        ctx.account.port_requests[port_id] = record
        result.update(port_request_id=port_id, pon="PON%08d" % int(port_id), datetime_created=fmt_datetime(ctx.now))
    for name, upload in files.items():
        result[name] = upload["filename"]
        record["_files"][name] = upload
    result["_files"] = record["_files"]
    if submit:
        result.update(status="sent_to_staff", datetime_submitted=fmt_datetime(ctx.now), tentative_date="", firm_date="",
                      rejection_reason="", _submitted=ctx.now)
    elif "_submitted" in record:
        result["_submitted"] = record["_submitted"]
    record.clear()
    record.update(result)
    return {CONTAINER[0]: (CONTAINER[1], [public(record)])}


# -- the workflow --------------------------------------------------------------------------------

def _rejected_line(record: dict) -> str | None:
    """project-defined: the provider refuses numbers whose line (last four digits) is 0000-0099."""
    return next((n for n in numbers_of(record) if int(n[-4:]) < 100), None)


def _step(state, account, record: dict, now: float) -> bool:
    """Move one request one step if it is due; whether it moved."""
    settings = state.settings
    status, start = record["status"], record.get("_submitted")
    if start is None:
        return False

    def due(key):
        return start + float(settings[key]) <= now

    if status == "sent_to_staff" and due("port_review_delay"):
        if settings["port_require_loa"] and not record["loa"]:
            record.update(status="rejected_by_staff", rejection_reason=REJECTED_BY_STAFF)
        else:
            record["status"] = "approved_by_staff"
        return True
    if status in ("approved_by_staff", "modified_by_staff") and due("port_provider_delay"):
        record["status"] = "sent_to_provider"
        return True
    if status == "sent_to_provider" and due("port_tentative_delay"):
        refused = _rejected_line(record)
        if refused:
            record.update(status="rejected_by_provider", rejection_reason=REJECTED_BY_PROVIDER.format(number=refused))
        else:
            submitted = carrier_day(start)
            record.update(status="tentative_confirm",
                          tentative_date=record["requested_firm_date"] or add_business_days(submitted, 5).isoformat())
        return True
    if status == "tentative_confirm" and due("port_firm_delay"):
        record.update(status="firm_confirm", firm_date=record["tentative_date"])
        return True
    if status == "firm_confirm" and record["firm_date"] and completion_time(record["firm_date"]) <= now:
        _complete(account, record)
        return True
    return False


def _complete(account, record: dict) -> None:
    """The numbers join the account as enabled DIDs (a number it holds by now fails the port)."""
    numbers = numbers_of(record)
    held = next((n for n in numbers if account.did_by_number(n) is not None), None)
    if held:
        record.update(status="rejected_by_provider", rejection_reason=REJECTED_BY_PROVIDER.format(number=held))
        return
    kind = "tollfree" if record["phone_number_type"] == "tollfree" else ""
    features = record["features"].split(",")
    for number in numbers:
        if number in account.inventory_index:
            account.take_inventory(account.inventory_index[number])
        location = dids.location_of(number, kind)
        location.update(sms_support="1" if "sms" in features else "0", mms_support="1" if "mms" in features else "0",
                        t38_support="1" if "t38" in features else "0")
        account.add_did(dids.new_did(account, location))
    record["status"] = "completed"


def advance(state, now: float) -> None:
    """Move every open request along its timeline; a big clock jump passes through every step."""
    for account in state.accounts.values():
        for record in sorted(account.port_requests.values(), key=lambda r: int(r["port_request_id"])):
            while _step(state, account, record, now):
                pass


# -- lookup_did and get_states -------------------------------------------------------------------------

def lookup_did(ctx) -> dict:
    """One number's information; VoiceMeUp charges every lookup ("Charges apply", seed L717)."""
    v = Validator(ctx.params, ctx.account)
    number = v.require("phone_number", "required_parameter_not_found")
    if number is not None:
        number = v.digits("phone_number", 10, 15, "phone_number_invalid")
    v.done()
    location = dids.location_of(number)
    own = ctx.account.did_by_number(number) is not None or number in ctx.account.inventory_index
    carriers = LOOKUP_CARRIERS.get(location["country_id"], ("International carrier",))
    record = {
        "phone_number": number, "type": location["type"], "npa": location["npa"], "nxx": location["nxx"],
        "ratecenter_id": location["ratecenter_id"], "district": location["district"], "state_id": location["state_id"],
        "country_id": location["country_id"],
        "current_provider": "VoiceMeUp" if own else carriers[int(number[-1]) % len(carriers)],
        "line_type": "tollfree" if location["type"] == "tollfree" else LINE_TYPES[int(number[-1]) % len(LINE_TYPES)],
        "portable": "0" if own or _rejected_line({"phone_numbers": number}) else "1",
    }
    currency = ctx.params.get("currency") or "CAD"
    amount = "%.4f" % float(ctx.state.settings["lookup_did_charge"])
    ctx.account.charges.append({"request_type": "lookup_did", "phone_number": number, "amount": amount,
                                "currency": currency, "datetime": fmt_datetime(ctx.now)})
    record.update(charged_amount=amount, currency=currency)
    return {"did_lookups": ("did_lookup", [record])}


def _state_name(code: str, country: str) -> str:
    names = CA_PROVINCES if country == refdata.CANADA else US_STATES
    return (names.get(code) or TERRITORIES.get(code, code)).title()


def get_states(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    country = v.require("country_id", "country_id_required")
    if country is not None:
        country = v.integer("country_id", 1, 999, "country_id_invalid")
    v.done()
    records = [{"state_id": state_id, "state_code": code, "name": _state_name(code, country), "country_id": country}
               for state_id, code in sorted(_state_ids(country).items(), key=lambda item: int(item[0]))]
    return {"states": ("state", records)}


# -- seeding ---------------------------------------------------------------------------------------

def seed_port_requests(state, value, now: float) -> list:
    """``{"port_requests": [{"phone_numbers": [...], "status": "expired", <any record field>,
    "account"}]}``: requests stored as given (no validation but the status). A request in a step of the
    workflow continues from there on the clock. Returns the port_request_ids."""
    from emulator.voicemeup.seed import account_of, items, text  # the seed module registers this one

    created = []
    for item in items(value, "port_requests"):
        unknown = set(item) - set(PORT_DEFAULTS) - {"account"}
        if unknown:
            raise SeedError(f"port_requests: unknown fields {', '.join(sorted(unknown))}")
        account = account_of(state, item, "port_requests")
        record = dict(PORT_DEFAULTS)
        for key, field_value in item.items():
            if key != "account":
                record[key] = ",".join(text(x) for x in field_value) if isinstance(field_value, list) else text(field_value)
        if record["status"] not in STATUSES:
            raise SeedError(f"port_requests: status must be one of {', '.join(STATUSES)}")
        port_id = record["port_request_id"] or account.next_id("port_request_id")
        if not port_id.isdigit() or port_id in account.port_requests:
            raise SeedError(f"port_requests: port_request_id {port_id} is not a new number")
        if int(port_id) > account.counters["port_request_id"]:
            account.counters["port_request_id"] = int(port_id)
        numbers = numbers_of(record)
        record.update(port_request_id=port_id, pon="PON%08d" % int(port_id), datetime_created=fmt_datetime(now),
                      phone_number_type=record["phone_number_type"] or (
                          "tollfree" if numbers and is_toll_free(numbers[0]) else "local"), _files={})
        if record["status"] != "not_ready":
            record.setdefault("_submitted", now)
            record["datetime_submitted"] = record["datetime_submitted"] or fmt_datetime(now)
        account.port_requests[port_id] = record
        created.append(port_id)
    return created
