"""LNP port-in: GET /lnp/check, POST/GET/PUT/DELETE /lnp and the port-in lifecycle on the
emulator clock (digest §3.6, §4.6, §6.2, §6.5).

Lifecycle (all project-defined; the seed shows only "submitted"):
  submitted --(settings.lnp_foc_delay, default 1 day)--> foc --(the FOC date)--> completed
A completed request leaves GET /lnp and its TN joins the account: a voice DID (tier 1) in /did,
or a fax DID in /fax (iFax Pro, no account on it) when did_mode is fax. "draft" and "rejected"
do not move on their own (the seed's `lnp`/`lnp_status` keys set them); DELETE cancels.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

from emulator.questblue import envelope
from emulator.questblue import validate as v
from emulator.questblue.dids import pattern_filter
from emulator.questblue.model import LNP_ACTIVE, FaxDid, LnpRequest, OwnedDid, did_type

FOC_DELAY = 86400  # project-defined default of settings.lnp_foc_delay (emulator seconds)
FOC_DAYS = {"local": 3, "tf": 5}  # project-defined: /lnp/check foc_days by number type
# "HH:00(EST)" (seed L2118): fixed UTC-5, no DST. The seed's two listings agree: both FOC dates
# are at 17:00 UTC, one in February and one in April, i.e. 12:00 EST both times.  # project-defined
EST = timezone(timedelta(hours=-5), "EST")
DEFAULT_ACTIVATE = "12:00"  # project-defined: 12:00 EST = 17:00 UTC, the seed's L2157 foc_date time
EDITABLE = ("draft", "submitted")  # project-defined: PUT only before the FOC

YES_NO = ("yes", "no")
DIRECTIONS = ("None", "N", "NE", "E", "SE", "S", "SW", "W", "NW")

# name -> (required on create, max length or None) for the plain string fields (seed L2104-2130)
STRINGS = {
    "provider_name": (True, 255),
    "account_no": (True, None),
    "authorize_contact": (True, None),
    "contact_title": (True, None),
    "street_name": (True, 100),
    "street_no": (True, 50),
    "city": (True, 100),
    "zipcode": (True, 20),
    "state": (False, None),
    "extra_services": (False, None),
    "company": (False, None),
    "service_unit": (False, 100),
}
ENUMS = {"did_mode": ("voice", "fax"), "partial_port": YES_NO, "location": ("business", "residential"),
         "wireless_no": YES_NO, "lidb_list": YES_NO}
DEFAULTS = {"did_mode": "voice", "partial_port": "no", "wireless_no": "no", "lidb_list": "no"}


def iso(ts: float) -> str:
    """The seed's datetime format: 2020-02-04T19:28:00+00:00."""
    return datetime.fromtimestamp(ts, timezone.utc).replace(microsecond=0).isoformat()


def est_date(ts: float):
    """The calendar day of an instant at the carrier (EST): a port date is an Eastern day."""
    return datetime.fromtimestamp(ts, EST).date()


# -- portability -------------------------------------------------------------------------------

def _portability(ctx, tn: str) -> None:
    if ctx.state.with_questblue(tn):
        raise v.QBError(f"Number {tn} is already with QuestBlue")  # project-defined
    if int(tn[-4:]) < 100:
        # project-defined: line numbers 0000-0099 are "not portable", so tests can reach the error.
        raise v.QBError(f"Number {tn} is not portable")  # project-defined


def check(ctx) -> envelope.Outcome:
    tn = v.to_us_number("number2port", v.required(ctx.params, "number2port"))
    _portability(ctx, tn)
    return envelope.data({"data": {"foc_days": FOC_DAYS[did_type(tn)]}})


# -- field validation ---------------------------------------------------------------------------

def _foc_date(ctx, value) -> str:
    text = v.to_str("foc_date", value).strip()
    try:
        day = datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise v.invalid("foc_date") from None
    if text != day.isoformat():
        raise v.invalid("foc_date")
    if day < est_date(ctx.now):
        raise v.invalid("foc_date")  # project-defined: a requested FOC date cannot be past (EST)
    return text


def _activate_time(value) -> str:
    text = v.to_str("activate_time", value).strip()
    if not re.fullmatch(r"([01]\d|2[0-3]):00", text):
        raise v.invalid("activate_time")
    return text


def _fields(ctx, creating: bool) -> dict:
    """The sent fields, checked one by one. Conditionals are checked on the merged record."""
    p = ctx.params
    out: dict = {}
    for name, (req, limit) in STRINGS.items():
        if not v.given(p, name):
            if creating and req:
                raise v.missing(name)
            continue
        if req:
            out[name] = v.req_str(p, name, limit)
        else:
            out[name] = v.max_len(name, p[name], limit) if limit else v.to_str(name, p[name]).strip()
    # billing_telephone_no; the seed's example sends billing_telephone_number (digest Q9).
    btn_key = "billing_telephone_no" if v.given(p, "billing_telephone_no") else "billing_telephone_number"
    if v.given(p, btn_key):
        out["billing_telephone_no"] = v.to_did("billing_telephone_no", v.required(p, btn_key))
    elif creating:
        raise v.missing("billing_telephone_no")
    if v.given(p, "bill_file"):
        v.to_base64_file("bill_file", v.required(p, "bill_file"))
        out["bill_file"] = v.to_str("bill_file", p["bill_file"]).strip()
    elif creating:
        raise v.missing("bill_file")
    for name, choices in ENUMS.items():
        if p.get(name) not in (None, ""):
            out[name] = v.to_enum(name, p[name], choices)
        elif v.given(p, name) and name == "location":
            out[name] = ""  # the only enum without a default can be cleared  # project-defined
    for name in ("dir_prefix", "dir_suffix"):
        if v.given(p, name):
            text = v.to_str(name, p[name]).strip()
            match = [d for d in DIRECTIONS if d.lower() == text.lower()]
            if text and not match:
                raise v.invalid(name)
            out[name] = match[0] if text else ""
    if p.get("foc_date") not in (None, ""):
        out["foc_date"] = _foc_date(ctx, p["foc_date"])
    elif v.given(p, "foc_date"):
        out["foc_date"] = ""
    if p.get("activate_time") not in (None, ""):
        out["activate_time"] = _activate_time(p["activate_time"])
    elif v.given(p, "activate_time"):
        out["activate_time"] = ""
    for name in ("pincode", "ssn"):
        if p.get(name) not in (None, ""):
            out[name] = v.to_pin(name, p[name])  # 4 digits (digest §6.2)
        elif v.given(p, name):
            out[name] = ""
    if v.given(p, "trunk"):
        # [ext] SDK: trunk on create/update (digest Q48); it must name a trunk of the account.
        name = v.to_str("trunk", p["trunk"]).strip()
        if name and name not in ctx.account.trunks:
            raise v.not_found("SIP trunk", name)
        out["trunk"] = name
    return out


def _conditionals(record: dict) -> None:
    """Seed L2121-2126, on the record as it would be after the call."""
    if record.get("partial_port") == "yes" and not record.get("extra_services"):
        raise v.missing("extra_services")
    if record.get("location") == "business" and not record.get("company"):
        raise v.missing("company")
    if record.get("wireless_no") == "yes":
        for name in ("pincode", "ssn"):
            if not record.get(name):
                raise v.missing(name)
        if record.get("foc_date"):
            # seed L2117 "Is not available when porting mobile DID"  # project-defined wording
            raise v.QBError("Parameter foc_date is not available when porting mobile DID")


# -- create / list / update / delete ---------------------------------------------------------------

def _active_for(state, tn: str):
    for account in state.accounts.values():
        for request in account.lnp.values():
            if request.number2port == tn and request.status in LNP_ACTIVE:
                return request
    return None


def _numbers(value) -> list[str]:
    items = value if isinstance(value, list) else [value]
    if isinstance(value, dict) or not items:
        raise v.invalid("number2port")
    tns = []
    for item in items:
        tn = v.to_us_number("number2port", item)
        if tn not in tns:
            tns.append(tn)
    return tns


def create(ctx) -> envelope.Outcome:
    # number2port: one TN or an array (digest Q10); all or nothing.  # project-defined
    tns = _numbers(v.required(ctx.params, "number2port"))
    fields = {**DEFAULTS, **_fields(ctx, creating=True)}
    _conditionals(fields)
    for tn in tns:
        if _active_for(ctx.state, tn) is not None:
            raise v.already_exists("LNP request for", tn)  # project-defined
        _portability(ctx, tn)
    ids = []
    for tn in tns:
        request_id = str(ctx.state.next_lnp_id)
        ctx.state.next_lnp_id += 1
        ctx.account.lnp[request_id] = LnpRequest(
            id=request_id, number2port=tn, fields=dict(fields), created=ctx.now, submitted=ctx.now)
        ids.append({"id": request_id})
    return envelope.data({"data": ids})  # seed L2135 (corrected)


def _earliest_foc(request: LnpRequest) -> str:
    """The carrier's FOC date: the day of submission (EST) plus the number's foc_days, as the
    seed's listing shows it (submitted 2020-02-04T19:28Z, FOC 2020-02-07, foc_days 3)."""
    return (est_date(request.submitted) + timedelta(days=FOC_DAYS[did_type(request.number2port)])).isoformat()


def _foc_iso(state, request: LnpRequest) -> str:
    if request.foc_at is not None:
        return iso(request.foc_at)
    # Before the FOC: the requested date, else the carrier's own (a submitted request has one,
    # seed L2157), at the activation hour.
    day = request.fields.get("foc_date") or _earliest_foc(request)
    return iso(_at_activation(day, request.fields.get("activate_time")))


def _at_activation(day: str, activate: str | None) -> float:
    hour = int((activate or DEFAULT_ACTIVATE)[:2])
    date = datetime.strptime(day, "%Y-%m-%d").replace(hour=hour, tzinfo=EST)
    return date.timestamp()


def row(state, request: LnpRequest) -> dict:
    return request.row(_foc_iso(state, request), iso(request.created))


def list_requests(ctx) -> envelope.Outcome:
    requests = sorted((r for r in ctx.account.lnp.values() if r.status in LNP_ACTIVE), key=lambda r: int(r.id))
    match = pattern_filter(ctx.params, "number2port")
    if match is not None:
        requests = [r for r in requests if match(r.number2port)]
    if ctx.params.get("id") not in (None, ""):
        wanted = str(v.to_int("id", ctx.params["id"]))
        requests = [r for r in requests if r.id == wanted]
    return envelope.data(envelope.paginate(requests, ctx.params, 1, 200, 10,  # seed L2168
                                           render=lambda r: row(ctx.state, r)))


def _find(ctx) -> LnpRequest:
    """updateLnp/deleteLnp are keyed by number2port (seed); [ext] SDK and OpenAPI use id (Q45)."""
    p = ctx.params
    has_id = p.get("id") not in (None, "")
    has_tn = p.get("number2port") not in (None, "")
    if not has_id and not has_tn:
        raise v.missing("number2port")
    tn = v.to_us_number("number2port", p["number2port"]) if has_tn else None
    wanted = str(v.to_int("id", p["id"])) if has_id else None
    for request in sorted(ctx.account.lnp.values(), key=lambda r: int(r.id)):
        if request.status not in LNP_ACTIVE:
            continue
        if (wanted is None or request.id == wanted) and (tn is None or request.number2port == tn):
            return request
    raise v.not_found("LNP request", wanted or tn)  # project-defined


def update(ctx) -> envelope.Outcome:
    request = _find(ctx)
    if request.status not in EDITABLE:
        raise v.QBError(f"LNP request {request.id} cannot be changed in status {request.status}")  # project-defined
    changes = _fields(ctx, creating=False)
    merged = {**request.fields, **changes}
    _conditionals(merged)
    request.fields = merged
    return envelope.empty()


def delete(ctx) -> envelope.Outcome:
    request = _find(ctx)
    request.status = "cancelled"  # kept in the state dump, gone from GET /lnp  # project-defined
    return envelope.empty()


# -- the lifecycle ----------------------------------------------------------------------------------

def assign_foc(state, request: LnpRequest, at: float) -> None:
    """FOC at ``at``: the requested date if it is not earlier than possible, else the earliest
    (the day of submission + foc_days, the date the submitted request showed, and never before
    the day of the FOC itself), at the requested activation hour EST (default 12:00)."""
    earliest = max(_earliest_foc(request), est_date(at).isoformat())
    requested = request.fields.get("foc_date") or ""
    day = requested if requested and requested >= earliest else earliest
    request.status = "foc"
    request.foc_at = _at_activation(day, request.fields.get("activate_time"))


def complete(state, account, request: LnpRequest) -> None:
    tn = request.number2port
    if state.did_owner(tn) is not None or state.fax_owner(tn) is not None:
        request.status, request.reason = "rejected", f"Number {tn} is already with QuestBlue"  # project-defined
        return
    request.status = "completed"
    if request.fields.get("did_mode") == "fax":
        account.fax_dids[tn] = FaxDid(did=tn, service="pro", did_type=did_type(tn))
        return
    trunk = request.fields.get("trunk") or ""
    if trunk and (trunk not in account.trunks or account.trunks[trunk].status != "on"):
        trunk = ""  # a trunk gone or off by now: the number arrives unrouted
    account.dids[tn] = OwnedDid(did=tn, tier="1", type=did_type(tn), route2trunk=trunk, origin=None)


def advance(state, now: float) -> None:
    """Move every request as far as the clock allows (called before each request, on clock
    advances and before a state dump)."""
    delay = state.settings.get("lnp_foc_delay", FOC_DELAY)
    for account in state.accounts.values():
        for request in sorted(account.lnp.values(), key=lambda r: int(r.id)):
            if request.status == "submitted" and now >= request.submitted + delay:
                assign_foc(state, request, request.submitted + delay)
            if request.status == "foc" and request.foc_at is not None and now >= request.foc_at:
                complete(state, account, request)
