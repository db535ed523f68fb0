"""Port-ins: getPortability, addLNPPort, addLNPFile, the getLNP* reads and the lifecycle on the
emulator clock (digest §3.10, §4.6, §6.4). The API has no update and no cancel."""

from __future__ import annotations

import base64
import re

from emulator.voipms import check, dids, fax, refdata
from emulator.voipms.check import required
from emulator.voipms.errors import ApiError
from emulator.voipms.model import fmt_date, fmt_datetime, utc

FIRST_NOTE = ("You have submitted a new LNP Order. Current status is Pending Approval. A member of our staff will "
              "review your submission and update status accordingly.")  # seed L5852
# project-defined note texts for the later steps
NOTE_PROCESSING = "Your port order has been approved and submitted to the current provider. Current status is Processing."
NOTE_FOC = "The current provider has confirmed the port. FOC date: {date}. Current status is FOC Received."
NOTE_COMPLETED = "Your numbers have been ported to VoIP.ms. Current status is Completed."
NOTE_REJECTED = "The port order was rejected: {reason}. Current status is Rejected."
NOTE_CANCELLED = "The port order was cancelled. Current status is Cancelled."
MAX_FILE = 5 * 1024 * 1024  # project-defined attachment limit
FILE_TYPES = ((b"%PDF", "pdf"), (b"\xd0\xcf\x11\xe0", "doc"), (b"PK\x03\x04", "docx"), (b"BM", "bmp"),
              (b"\xff\xd8\xff", "jpg"))
DETAIL_FIELDS = ("isPartial", "locationType", "isMobile", "mobileInfo", "tfType", "portType", "btn", "services",
                 "statementName", "firstName", "lastName", "address1", "address2", "city", "zip", "state", "country",
                 "providerName", "providerAccount", "customer_notes")


def _not_portable(did: str) -> bool:
    """project-defined: numbers whose line (last four digits) is 0000-0099 cannot be ported."""
    return int(did[-4:]) < 100


def _active_port_numbers(state) -> set:
    numbers = set()
    for account in state.accounts.values():
        for port in account.ports.values():
            if port["post_status"] not in refdata.LNP_FINAL:
                numbers.update(port["numbers"])
    return numbers


def get_portability(ctx) -> dict:
    required(ctx.params, [("did", "missing_did")])
    did = check.did(ctx.params.get("did"))
    if ctx.state.on_network(did) or did in _active_port_numbers(ctx.state):
        raise ApiError("invalid_number_exist")
    if _not_portable(did):
        return {"portable": "no", "sms": "no", "plans": []}
    if refdata.npa_country(did) == "TF":
        return {"portable": "yes", "sms": "no", "plans": [
            {"title": "Toll Free Plan", "pricePerMonth": refdata.TOLL_FREE_USA["monthly"],
             "pricePerMin": refdata.TOLL_FREE_USA["minute_usa"]}]}
    return {"portable": "yes", "sms": "yes", "plans": [
        {"title": "Per Minute Plan", "pricePerMonth": "0.99", "pricePerMin": "0.01"},
        {"title": "Monthly Flat Rate Plan", "pricePerMonth": "4.95", "pricePerMin": "0.00"}]}


def _numbers(params) -> list[str]:
    raw = [item.strip() for item in params.get("numbers").split(",") if item.strip()]
    if not raw:
        raise ApiError("missing_numbers")
    numbers = []
    for item in raw:
        digits = re.sub(r"[\s().+-]", "", item)
        if len(digits) == 11 and digits.startswith("1"):
            digits = digits[1:]
        if not check.is_did(digits):
            raise ApiError("invalid_number")
        if digits not in numbers:
            numbers.append(digits)
    return numbers


def _validate(ctx) -> dict:
    params = ctx.params
    get = params.get
    if not params.has("numbers"):
        raise ApiError("missing_numbers")
    numbers = _numbers(params)
    port_type = get("portType")
    if port_type not in ("1", "2", "3", "4", "5"):
        raise ApiError("invalid_porttype")
    kinds = {refdata.npa_country(n) for n in numbers}
    if "TF" in kinds and len(kinds) > 1:
        raise ApiError("invalid_mixed_numbers")
    if kinds == {"TF"} and port_type != "3":
        raise ApiError("invalid_tfnumber_porttype")
    if "TF" not in kinds and port_type == "3":
        raise ApiError("invalid_number_porttype")
    if port_type in ("2", "5") and "US" in kinds:
        raise ApiError("invalid_number_us")
    if port_type in ("1", "4") and "CA" in kinds:
        raise ApiError("invalid_number_canadian")
    out = {"numbers": numbers, "portType": port_type}
    out["isPartial"] = check.int_flag(get("isPartial"))
    out["locationType"] = check.int_flag(get("locationType"))
    out["isMobile"] = check.int_flag(get("isMobile"))
    if port_type in ("1", "4") and not re.fullmatch(r"[0-9]{4}", get("snn")):
        raise ApiError("invalid_snn")
    out["_snn"] = get("snn")
    if out["isMobile"] == "1" and not params.has("pin"):
        raise ApiError("invalid_pin_number")
    out["_pin"] = get("pin")
    if port_type in ("2", "5") and not params.has("imei"):
        raise ApiError("missing_params")
    out["mobileInfo"] = get("imei")
    if out["isMobile"] == "1" and (not params.has("btn") or not params.has("services")):
        raise ApiError("missing_params")
    out["btn"] = get("btn")
    out["services"] = get("services")
    out["tfType"] = "0"
    if port_type == "3":
        if get("tfType") not in ("1", "2", "3"):
            raise ApiError("missing_params")  # project-defined: a value outside 1-3 counts as missing
        out["tfType"] = get("tfType")
    if out["locationType"] == "1" and not params.has("statementName"):
        raise ApiError("invalid_statement_name")
    out["statementName"] = get("statementName")
    _csr(params, out)
    if len(get("notes")) > 500:
        raise ApiError("note_toolong")
    out["customer_notes"] = get("notes")
    return out


def _csr(params, out: dict) -> None:
    get = params.get
    country = get("country").strip().upper()
    for name, code in (("firstName", "invalid_firstname"), ("lastName", "invalid_lastname"),
                       ("address1", "invalid_address"), ("city", "invalid_city")):
        value = get(name).strip()
        if not value or len(value) > 100:
            raise ApiError(code)
        out[name] = value
    out["address2"] = get("address2").strip()
    zip_code = get("zip").strip().upper()
    zip_ok = {"US": r"[0-9]{5}(-[0-9]{4})?", "CA": r"[A-Z][0-9][A-Z] ?[0-9][A-Z][0-9]"}.get(country, r".+")
    if not re.fullmatch(zip_ok, zip_code):
        raise ApiError("invalid_zip")
    out["zip"] = zip_code
    state = get("state").strip().upper()
    regions = {"US": refdata.US_STATES, "CA": refdata.CA_PROVINCES}.get(country)
    if not state or (regions is not None and state not in regions):
        raise ApiError("invalid_state")
    out["state"] = state
    if regions is None:
        raise ApiError("invalid_country")
    out["country"] = country
    for name, code in (("providerName", "invalid_provider_name"), ("providerAccount", "invalid_provider_account")):
        if not get(name).strip():
            raise ApiError(code)
        out[name] = get(name).strip()


def _note(text: str, when: float) -> dict:
    return {"note": text, "date": fmt_date(when), "time": utc(when).strftime("%H:%M:%S")}


def add_lnp_port(ctx) -> dict:
    values = _validate(ctx)
    active = _active_port_numbers(ctx.state)
    fax_port = values["portType"] in ("4", "5")
    for number in values["numbers"]:
        if ctx.state.on_network(number) or number in active:
            raise ApiError("invalid_number_exist")
        if _not_portable(number):
            raise ApiError("invalid_number_fax" if fax_port else "invalid_number")
    port = create_port(ctx.state, ctx.account, values, ctx.now)
    return {"port": port["id"]}


def create_port(state, account, values: dict, now: float, status: str = "pending_approval") -> dict:
    port_id = state.next_id("port")
    port = {"id": port_id, "numbers": list(values["numbers"])}
    for name in DETAIL_FIELDS:
        port[name] = values.get(name, "")
    port.update(post_status=status, date=fmt_datetime(now), focDate="", notes=[_note(FIRST_NOTE, now)],
                attachments=[])
    port.update({k: v for k, v in values.items() if k.startswith("_")})
    port["_created"] = now
    port["_files"] = {}
    account.ports[port_id] = port
    return port


def _port(ctx) -> dict:
    required(ctx.params, [("portid", "missing_params")])
    port = ctx.account.ports.get(ctx.params.get("portid"))
    if port is None:
        raise ApiError("invalid_portingid")
    return port


def add_lnp_file(ctx) -> dict:
    port = _port(ctx)
    # "Only accepted through POST request": file is read from a POST body only (digest §6.1)
    text = ctx.params.body_get("file") if ctx.http_method == "POST" else ""
    if not text:
        raise ApiError("missing_file")
    data = check.base64_bytes(text)
    kind = next((name for magic, name in FILE_TYPES if data.startswith(magic)), None)
    if kind is None:
        raise ApiError("invalid_attach_file")
    if len(data) > MAX_FILE:
        raise ApiError("exceeds_file_size")
    attach_id = ctx.state.next_id("attachment")
    port["attachments"].append({"id": attach_id, "description": "Invoice", "type": kind, "bytes": str(len(data))})
    port["_files"][attach_id] = base64.b64encode(data).decode()
    return {"attachment": attach_id}


def _status(port: dict) -> dict:
    return {"post_status": port["post_status"],
            "post_status_description": refdata.LNP_STATUSES[port["post_status"]]}


def get_lnp_status(ctx) -> dict:
    return _status(_port(ctx))


def get_lnp_notes(ctx) -> dict:
    return {"list": [dict(n) for n in _port(ctx)["notes"]]}


def _eleven(did: str) -> str:
    """1NXXNXXXXXX: the form of the seed's getLNPDetails example (``[did] => "###########"``, L5825)."""
    return "1" + did


def get_lnp_details(ctx) -> dict:
    port = _port(ctx)
    body = {"id": port["id"], "numbers": [{"did": _eleven(n), "rateCenter": port["city"].upper(),
                                           "state": port["state"]} for n in port["numbers"]]}
    body.update({name: port[name] for name in DETAIL_FIELDS})
    body["notes"] = [dict(n) for n in port["notes"]]
    body.update(_status(port))
    body.update(date=port["date"], focDate=port["focDate"], attachments=[dict(a) for a in port["attachments"]])
    return body


def get_lnp_list(ctx) -> dict:
    params = ctx.params
    ports = sorted(ctx.account.ports.values(), key=lambda p: int(p["id"]))
    if params.has("portid"):
        ports = [p for p in ports if p["id"] == params.get("portid")]
        if not ports:
            raise ApiError("invalid_portingid")
    if params.has("portStatus"):
        status = params.get("portStatus")
        if status not in refdata.LNP_STATUSES:
            raise ApiError("invalid_port_status")
        ports = [p for p in ports if p["post_status"] == status]
    # project-defined: startDate/endDate filter on the creation date, both inclusive
    if params.has("startDate"):
        start = check.iso_date(params.get("startDate"), "invalid_foc_startdate").isoformat()
        ports = [p for p in ports if p["date"][:10] >= start]
    if params.has("endDate"):
        end = check.iso_date(params.get("endDate"), "invalid_foc_enddate").isoformat()
        ports = [p for p in ports if p["date"][:10] <= end]
    # The seed's example ("####,###", L5787) fixes no length: 10 digits by default, 11 (1NXXNXXXXXX, the
    # getLNPDetails form) with the setting lnp_list_digits, so clients are tested against both readings.
    form = _eleven if int(ctx.state.settings["lnp_list_digits"]) == 11 else str
    return {"list": [{"portid": p["id"], "numbers": ",".join(form(n) for n in p["numbers"]),
                      "foc_date": p["focDate"] or False, "status": p["post_status"]} for p in ports]}


def get_lnp_list_status(ctx) -> dict:
    return {"list_status": dict(refdata.LNP_STATUSES)}


def get_lnp_attach_list(ctx) -> dict:
    port = _port(ctx)
    if not port["attachments"]:
        raise ApiError("no_attachments")
    return {"list": [{"attachid": a["id"], "type": a["type"], "size": a["bytes"]} for a in port["attachments"]]}


def get_lnp_attach(ctx) -> dict:
    port = _port(ctx)
    required(ctx.params, [("attachid", "missing_params")])
    for attachment in port["attachments"]:
        if attachment["id"] == ctx.params.get("attachid"):
            return {"type": attachment["type"], "size": attachment["bytes"],
                    "base64": port["_files"][attachment["id"]]}
    raise ApiError("invalid_attachid")


# -- lifecycle ------------------------------------------------------------------------------------

def move(state, account, port: dict, status: str, when: float, reason: str = "", foc_date: str = "") -> None:
    """Put a port in ``status`` at time ``when`` (the timer and the seed's lnp_status both use it)."""
    if status == "processing":
        port["notes"].append(_note(NOTE_PROCESSING, when))
    elif status == "foc_received":
        if not foc_date:
            foc_date = fmt_date(port["_created"] + float(state.settings["lnp_complete_delay"]))
        port["focDate"] = foc_date
        port["notes"].append(_note(NOTE_FOC.format(date=foc_date), when))
    elif status == "completed":
        taken = [n for n in port["numbers"] if state.owner_of(n) is not None]
        if taken:
            status = "rejected"
            reason = f"number {taken[0]} is already on VoIP.ms"
        else:
            _complete(state, account, port, when)
            port["notes"].append(_note(NOTE_COMPLETED, when))
    if status == "rejected":
        port["notes"].append(_note(NOTE_REJECTED.format(reason=reason or "rejected by the current provider"), when))
    elif status == "cancelled":
        port["notes"].append(_note(NOTE_CANCELLED, when))
    port["post_status"] = status


def _complete(state, account, port: dict, when: float) -> None:
    """The numbers join the account: voice ports as DIDs, fax ports as fax numbers (digest §4.6)."""
    for number in port["numbers"]:
        if port["portType"] in ("4", "5"):
            location = {"location": "", "country": port["country"], "state": port["state"],
                        "ratecenter": port["city"].upper()}
            number_id = state.next_id("fax")
            account.fax_numbers[number_id] = fax.new_fax_number(number_id, number, location, {})
            continue
        toll_free = port["portType"] == "3"
        description = "TOLL FREE" if toll_free else f"{port['city'].upper()}, {port['state']}"
        account.dids[number] = dids.new_did(
            number, description, when, "0" if toll_free else "1", "tf" if toll_free else "ported",
            routing=f"account:{account.main_account}", pop=refdata.DEFAULT_POP, dialtime="60", cnam="0",
            billing_type="1")


def advance(state, now: float) -> None:
    """Move every open port along its timeline: pending_approval -> processing (after
    lnp_processing_delay) -> foc_received (lnp_foc_delay) -> completed (lnp_complete_delay), each
    counted from creation; a big clock jump passes through every step."""
    settings = state.settings
    steps = (("pending_approval", "processing", "lnp_processing_delay"),
             ("processing", "foc_received", "lnp_foc_delay"),
             ("foc_received", "completed", "lnp_complete_delay"))
    for account in state.accounts.values():
        for port in sorted(account.ports.values(), key=lambda p: int(p["id"])):
            for current, following, key in steps:
                due = port["_created"] + float(settings[key])
                if port["post_status"] == current and due <= now:
                    move(state, account, port, following, due)
