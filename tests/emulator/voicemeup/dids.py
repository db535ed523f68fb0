"""DIDs: the account's numbers (get_dids, update_did, delete_did) and number acquisition
(get_new_dids, activate_new_did, order_new_dids), digest §3.2.1, §3.2.2, §4.0, §6.2, §6.3.

PROJECT DECISIONS (the seed lost every sample, digest §0), documented in docs/emulator.md:
* the DID record is the digest's field list (``DID_DEFAULTS``), every value a string;
  ``client_peer_ids`` is stored and returned as ``peer_to_rings`` (CSV, in the order given);
  ``options`` is a set returned as CSV in the order of ``UPDATE_OPTIONS``;
* update_did without ``preserve_missing_data`` resets every omitted writable field to its default
  (digest §4.0); with it, omitted fields keep their value and an empty value resets the field;
* ``type`` is validated by update_did but not changed (it is the number's class);
* ``forward_number_used_by_did``: the forward number is a live DID of the same account;
* option-dependent fields are checked on the resulting DID (so with preserve_missing_data a stored
  value satisfies them).
"""

from __future__ import annotations

import json
import random
import re

from emulator.voicemeup import check, refdata
from emulator.voicemeup.check import Validator
from emulator.voicemeup.errors import ApiError
from emulator.voicemeup.model import Account, fmt_datetime, public

CONTAINER = ("dids", "did")
TIMEOUTS = ("disabled", "2", "5", "10", "15", "20", "25", "30", "35", "40", "45", "50", "55")
DID_TYPES = ("local", "tollfree", "paypercall", "international", "inum", "shadow", "interexchange")
USAGE_TYPES = ("default", "paging", "parking", "conference", "disa", "uri")
PEER_CONTACT_MODES = ("sequential", "simultaneous", "round_robin")
NOTIFY_TRIGGERS = ("on_create", "on_ring", "on_answer", "on_hangup", "on_test", "on_record")
# update_did's 23 options (seed L527-534), in the order the record lists them.
UPDATE_OPTIONS = (
    "enable_forwarding", "enable_voicemail", "enable_peer", "ondemand_recording", "announce_monitor",
    "enable_recording", "enable_ivr", "enable_fax", "announce_caller", "enable_sms", "enable_sms_email_notify",
    "enable_sms_forwarding", "enable_sms_callback", "enable_sms_callback_retry", "enable_sms_autoreply",
    "enable_uri", "enable_georedundancy", "force_ring_signal", "discard_redirect", "confirm_required",
    "enable_filtering", "enable_director", "enable_notify_callback",
)
# get_dids accepts the union of its own list and update_did's as filters (digest §5 #10).
FILTER_OPTIONS = frozenset(UPDATE_OPTIONS) | {"enable_disa", "enable_conference", "enable_queue"}
MAX_PEERS_TO_RING = 5
DTMF = re.compile(r"^[0-9abcdwW]{1,64}$")
SIP_URI = re.compile(r"^(sips?:)?[^@\s:]+@[A-Za-z0-9.-]+(:[0-9]{1,5})?(;[^\s]*)?$")
CALLERID_NUMBER_REWRITE = re.compile(r"^\+?[0-9]{1,20}$")

# The DID record (digest §3.2.1 "DID record") with the values of a fresh DID.
DID_DEFAULTS = {
    "client_did_id": "", "phone_number": "", "friendly_name": "", "type": "local", "usage_type": "default",
    "status": "enabled", "npa": "", "nxx": "", "ratecenter_id": "", "district": "", "state_id": "", "country_id": "",
    "t38_support": "0", "sms_support": "0", "mms_support": "0", "forward_number": "", "forward_timeout": "",
    "send_dtmf": "", "voice_language": "en", "client_mailbox_id": "", "client_ivr_profile_id": "",
    "client_fax_profile_id": "", "client_director_profile_id": "", "client_sms_profile_id": "", "peer_to_rings": "",
    "peer_timeout": "", "peer_contact_mode": "", "client_queue_ids": "", "bridge_uri": "",
    "client_conference_profile_id": "", "dnis_rewrite": "", "client_filter_ids": "", "announce_media_file_id": "0",
    "monitor_media_file_id": "0", "confirm_media_file_id": "0", "playback_media_file_id": "0",
    "callerid_name_rewrite": "", "callerid_number_rewrite": "", "sms_notify_email": "", "sms_forward_number": "",
    "sms_callback_url": "", "sms_autoreply_message": "", "sms_dnis_rewrite": "", "client_channel_id": "0",
    "client_subaccount_id": "0", "notify_callback_triggers": "", "notify_callback_url": "",
    "simultaneous_calls_limit": "0", "recording_notify_recipient_name": "", "recording_notify_recipient_email": "",
    "peer_failover_causes": "", "pickup_group_ids": "", "exclude_e411_list": "0", "exclude_e911_list": "0",
    "sip_response": "", "options": "", "comments": "", "metadata": "",
}
# Fields a DID is born with from its number (not writable by update_did).
LOCATION_FIELDS = ("phone_number", "type", "npa", "nxx", "ratecenter_id", "district", "state_id", "country_id",
                   "t38_support", "sms_support", "mms_support")
# update_did's writable fields besides the parameter-per-field ones: what "reset" means for them.
RESET_EXTRA = ("peer_to_rings", "options", "status", "metadata")


def _option_csv(options) -> str:
    chosen = set(options)
    return ",".join(option for option in UPDATE_OPTIONS if option in chosen)


def _options_of(record: dict) -> set:
    return set(record["options"].split(",")) - {""}


# -- metadata (seed L2413-2446) -------------------------------------------------------------------

_PHP_TOKEN = re.compile(r'(?:s:(\d+):"|i:(-?\d+);|d:(-?[0-9.eE+-]+);|b:([01]);|(N);)')


def _php_unserialize_flat(text: str) -> dict | None:
    """A PHP ``serialize()`` of a flat array -> {key: value} as strings; None when not that."""
    match = re.match(r"^a:(\d+):\{", text)
    if not match:
        return None
    pos, values = match.end(), []
    while pos < len(text) and text[pos] != "}":
        token = _PHP_TOKEN.match(text, pos)
        if not token:
            return None
        if token.group(1) is not None:
            length = int(token.group(1))
            start = token.end()
            raw = text.encode("utf-8")[len(text[:start].encode("utf-8")):][:length].decode("utf-8", "replace")
            end = start + len(raw)
            if text[end:end + 2] != '";':
                return None
            values.append(raw)
            pos = end + 2
        else:
            values.append(next(g for g in token.groups()[1:] if g is not None).replace("N", ""))
            pos = token.end()
    if pos >= len(text) or len(values) % 2 or len(values) // 2 != int(match.group(1)):
        return None
    return dict(zip(values[::2], values[1::2]))


_XML_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.-]*$")


def metadata_tree(raw: str, attributes: dict | None) -> dict | str:
    """The ``metadata`` output: ``raw_metadata`` verbatim, plus ``metadata_attributes`` with an
    ``attribute_count`` attribute when the data was name-value pairs (seed L2423-2446)."""
    if not raw:
        return ""
    tree = {"raw_metadata": raw}
    if attributes:
        pairs = {k: v for k, v in attributes.items() if _XML_NAME.match(k)}
        tree["metadata_attributes"] = {"@attribute_count": str(len(pairs)), **pairs}
    return tree


def read_metadata(v: Validator):
    """``serialized_metadata`` (PHP) or ``raw_metadata`` (any text, JSON preferred) -> the metadata
    tree, "" to clear, None when neither parameter was given."""
    params = v.params
    if params.present("serialized_metadata"):
        raw = params.get("serialized_metadata")
        if not raw:
            return ""
        attributes = _php_unserialize_flat(raw)
        if attributes is None:
            v.fail("serialized_metadata_invalid")
            return None
        return metadata_tree(raw, attributes)
    if params.present("raw_metadata"):
        raw = params.get("raw_metadata")
        try:
            decoded = json.loads(raw) if raw else None
        except ValueError:
            decoded = None
        attributes = None
        if isinstance(decoded, dict) and all(isinstance(x, (str, int, float)) for x in decoded.values()):
            attributes = {str(k): str(x) for k, x in decoded.items()}
        return metadata_tree(raw, attributes)
    return None


# -- records ---------------------------------------------------------------------------------------

def location_of(phone_number: str, kind: str = "") -> dict:
    """The location fields a number carries, from the reference ratecenters (NANP) or its type."""
    if kind == "international" or len(phone_number) > 10:
        return {"phone_number": phone_number, "type": kind or "international", "npa": "", "nxx": "",
                "ratecenter_id": "", "district": "", "state_id": "", "country_id": ""}
    npa, nxx = phone_number[:3], phone_number[3:6]
    if kind == "tollfree" or npa in refdata.TOLL_FREE_NPAS:
        return {"phone_number": phone_number, "type": "tollfree", "npa": npa, "nxx": nxx, "ratecenter_id": "",
                "district": "", "state_id": "", "country_id": refdata.USA}
    ratecenter_id = refdata.ratecenter_of(npa, nxx) or ""
    district, state_id = ("", "")
    if ratecenter_id:
        district, state_id = refdata.RATECENTERS[ratecenter_id][0], refdata.RATECENTERS[ratecenter_id][1]
    return {"phone_number": phone_number, "type": kind or "local", "npa": npa, "nxx": nxx,
            "ratecenter_id": ratecenter_id, "district": district, "state_id": state_id,
            "country_id": refdata.country_of_state(state_id) or (refdata.CANADA if npa in CANADIAN_NPAS else refdata.USA)}


CANADIAN_NPAS = frozenset({"204", "226", "236", "249", "250", "289", "306", "343", "365", "403", "416", "418", "431",
                           "437", "438", "450", "506", "514", "519", "548", "579", "581", "587", "604", "613", "639",
                           "647", "705", "709", "778", "780", "782", "807", "819", "825", "867", "873", "902", "905"})


def new_did(account: Account, source: dict, client_did_id: str | None = None) -> dict:
    """A fresh DID record from an inventory or location record (status enabled, usage_type default)."""
    record = dict(DID_DEFAULTS)
    for name in LOCATION_FIELDS:
        if name in source:
            record[name] = source[name]
    record["client_did_id"] = client_did_id or account.next_id("client_did_id")
    return record


# -- get_dids ----------------------------------------------------------------------------------------

# Exact-match filters: (param, record field, check(v, name) -> value).
def _int(v, name):
    return v.integer(name)


def _len(high):
    return lambda v, name: v.text(name, 0, high)


def _bool(v, name):
    return v.flag(name)


ID_FILTERS = ("client_mailbox_id", "announce_media_file_id", "client_conference_profile_id", "client_fax_profile_id",
              "confirm_media_file_id", "playback_media_file_id", "client_channel_id", "client_subaccount_id",
              "ratecenter_id", "state_id", "country_id")
FILTERS = (
    [("client_did_id", _int), ("phone_number", lambda v, n: v.digits(n, 10, 15))]
    + [("npa", lambda v, n: v.digits(n, 3)), ("nxx", lambda v, n: v.digits(n, 3)), ("district", _len(255))]
    + [(name, _int) for name in ID_FILTERS]
    + [("bridge_uri", _len(240)), ("pickup_group_ids", _len(64)), ("dnis_rewrite", _len(30)),
       ("sms_dnis_rewrite", _len(30)), ("sms_autoreply_message", _len(160)),
       ("recording_notify_recipient_name", _len(255)), ("recording_notify_recipient_email", _len(255)),
       ("peer_failover_causes", _len(240)), ("type", lambda v, n: v.enum(n, DID_TYPES)),
       ("usage_type", lambda v, n: v.enum(n, USAGE_TYPES)), ("sip_response", lambda v, n: v.digits(n, 3)),
       ("exclude_e411_list", _bool), ("exclude_e911_list", _bool), ("t38_support", _bool), ("sms_support", _bool),
       ("mms_support", _bool)]
)
# Filters on an option's presence (both a bool param and an option, digest §3.2.1).
OPTION_FLAG_FILTERS = ("enable_voicemail", "ondemand_recording", "enable_fax")


def get_dids(ctx) -> dict:
    v = Validator(ctx.params)
    exact = {}
    for name, validate in FILTERS:
        value = validate(v, name)
        if value is not None:
            exact[name] = value
    # ``client_did_id`` and ids compare as numbers written without leading zeros
    options = v.enum_list("options", FILTER_OPTIONS, "options_invalid")
    peer = v.integer("client_peer_id", code="client_peer_id_invalid")
    flags = {name: value for name in OPTION_FLAG_FILTERS if (value := v.flag(name)) is not None}
    status = v.enum("status", ("enabled", "deleted", "disabled"), "status_invalid")
    v.done()
    records = []
    list_deleted = status is not None or ctx.state.settings["list_deleted_dids"]
    for record in _candidates(ctx.account, exact):
        if status is not None and record["status"] != status:
            continue
        if not list_deleted and record["status"] == "deleted":
            continue
        if any(record[name] != value for name, value in exact.items()):
            continue
        if options or flags or peer:
            held = _options_of(record)
            if options and not set(options) <= held:
                continue
            if any((name in held) != (value == "1") for name, value in flags.items()):
                continue
            if peer and peer not in record["peer_to_rings"].split(","):
                continue
        records.append(public(record))
    return {"dids": ("did", records)}


def _candidates(account: Account, exact: dict):
    """The records worth filtering: one by id or number when given (the bulk case reads 10,000)."""
    if "client_did_id" in exact:
        record = account.dids.get(exact["client_did_id"])
        return [record] if record else []
    if "phone_number" in exact:
        return [r for r in account.dids.values() if r["phone_number"] == exact["phone_number"]]
    return account.dids.values()


# -- finding the DID of update_did / delete_did ---------------------------------------------------

def find_did(v: Validator, account: Account) -> dict | None:
    """``client_did_id`` or ``phone_number`` (one of, digest §6.2 step 6): a live DID of the account
    or the code of the parameter that names none (step 7)."""
    if not v.one_of("client_did_id", "phone_number"):
        return None
    record = None
    if v.params.has("client_did_id"):
        client_did_id = v.integer("client_did_id", code="client_did_id_invalid")
        record = account.dids.get(client_did_id) if client_did_id else None
        if client_did_id and (record is None or record["status"] == "deleted"):
            v.fail("client_did_id_invalid")
            record = None
    if v.params.has("phone_number"):
        number = v.digits("phone_number", 10, code="phone_number_invalid")
        by_number = account.did_by_number(number) if number else None
        if number and (by_number is None or (record is not None and by_number is not record)):
            v.fail("phone_number_invalid")
            return None
        record = record or by_number
    return record


# -- update_did ------------------------------------------------------------------------------------

def _id(v, name):
    return v.integer(name, code=f"{name}_invalid")


def _id_or_none(v, name):
    """An id whose default is NULL: "0" means none too, stored as ""."""
    value = v.integer(name)
    return "" if value == "0" else value


def _emails(v, name):
    value = v.text(name, 0, 255)
    if value and not all(check.is_email(part.strip()) for part in value.split(",")):
        v.fail("email_invalid")
        return None
    return value


def _profile(kind: str):
    """A reference to another object of the account (fax or SMS profile), "0" = none."""
    def validate(v, name):
        value = _id_or_none(v, name)
        if value and value not in getattr(v.account, kind):
            v.fail(f"{name}_invalid")
            return None
        return value
    return validate


def _channel(v, name):
    value = v.integer(name)
    if value not in (None, "0") and value not in v.account.channels:
        v.fail("client_channel_id_invalid")
        return None
    return value


def _id_csv(v, name):
    items = v.id_list(name)
    return None if items is None else ",".join(items)


def _peers(v, name):
    """``client_peer_ids``: at most 5 peers of the account, ring order kept (read back as peer_to_rings)."""
    items = v.id_list(name, code="client_peer_id_invalid")
    if items is None:
        return None
    if len(items) > MAX_PEERS_TO_RING:
        v.fail("peers_to_ring_limit_reached")
        return None
    if any(item not in v.account.peers for item in items):
        v.fail("client_peer_id_invalid")
        return None
    return ",".join(items)


def _pattern(regex, high=None):
    def validate(v, name):
        value = v.text(name, 0, high or 65535)
        if value is not None and not regex.match(value):
            v.fail(f"{name}_invalid")
            return None
        return value
    return validate


# update_did parameters in the seed's order: (param, record field, check). Omitted without
# preserve_missing_data, or sent empty, the field takes its DID_DEFAULTS value.
UPDATE_FIELDS = (
    ("friendly_name", "friendly_name", lambda v, n: v.text(n, 2, 32)),
    ("forward_number", "forward_number", lambda v, n: v.digits(n, 10, 15, "forward_number_invalid")),
    ("forward_timeout", "forward_timeout", lambda v, n: v.enum(n, TIMEOUTS)),
    ("send_dtmf", "send_dtmf", _pattern(DTMF)),
    ("voice_language", "voice_language", lambda v, n: v.enum(n, ("en", "fr"))),
    ("client_mailbox_id", "client_mailbox_id", _id_or_none),
    ("client_ivr_profile_id", "client_ivr_profile_id", _id_or_none),
    ("client_fax_profile_id", "client_fax_profile_id", _profile("fax_profiles")),
    ("client_director_profile_id", "client_director_profile_id", _id_or_none),
    ("client_sms_profile_id", "client_sms_profile_id", _profile("sms_profiles")),
    ("client_peer_ids", "peer_to_rings", _peers),
    ("peer_timeout", "peer_timeout", lambda v, n: v.enum(n, TIMEOUTS)),
    ("peer_contact_mode", "peer_contact_mode", lambda v, n: v.enum(n, PEER_CONTACT_MODES)),
    ("client_queue_ids", "client_queue_ids", _id_csv),
    ("bridge_uri", "bridge_uri", _pattern(SIP_URI, 240)),
    ("client_conference_profile_id", "client_conference_profile_id", _id_or_none),
    ("dnis_rewrite", "dnis_rewrite", lambda v, n: v.digits(n, 10)),
    ("client_filter_ids", "client_filter_ids", _id_csv),
    ("announce_media_file_id", "announce_media_file_id", _id),
    ("monitor_media_file_id", "monitor_media_file_id", _id),
    ("confirm_media_file_id", "confirm_media_file_id", _id),
    ("callerid_name_rewrite", "callerid_name_rewrite", lambda v, n: v.text(n, 3, 15)),
    ("callerid_number_rewrite", "callerid_number_rewrite", _pattern(CALLERID_NUMBER_REWRITE)),
    ("sms_notify_email", "sms_notify_email", lambda v, n: v.email(n)),
    ("sms_forward_number", "sms_forward_number", lambda v, n: v.digits(n, 10, 15)),
    ("sms_callback_url", "sms_callback_url", lambda v, n: v.url(n)),
    ("sms_autoreply_message", "sms_autoreply_message", lambda v, n: v.text(n, 1, 160)),
    ("client_channel_id", "client_channel_id", _channel),
    ("client_subaccount_id", "client_subaccount_id", _id),
    ("notify_callback_triggers", "notify_callback_triggers",
     lambda v, n: None if (x := v.enum_list(n, NOTIFY_TRIGGERS)) is None else ",".join(x)),
    ("notify_callback_url", "notify_callback_url", lambda v, n: v.url(n)),
    ("simultaneous_calls_limit", "simultaneous_calls_limit", lambda v, n: v.integer(n, 0, 255)),
    ("recording_notify_recipient_name", "recording_notify_recipient_name", lambda v, n: v.text(n, 0, 255)),
    ("recording_notify_recipient_email", "recording_notify_recipient_email", _emails),
    ("peer_failover_causes", "peer_failover_causes", lambda v, n: v.text(n, 0, 240)),
    ("pickup_group_ids", "pickup_group_ids", lambda v, n: v.text(n, 0, 64)),
    ("sms_dnis_rewrite", "sms_dnis_rewrite", lambda v, n: v.text(n, 0, 30)),
    ("exclude_e411_list", "exclude_e411_list", lambda v, n: v.flag(n)),
    ("exclude_e911_list", "exclude_e911_list", lambda v, n: v.flag(n)),
    ("comments", "comments", lambda v, n: v.text(n, 0, 65535)),
)
# Option -> (record field that must be set, code when it is not) (digest §3.2.1 "C" rows, §6.2 step 6).
OPTION_REQUIRES = (
    ("enable_forwarding", "forward_number", "forward_number_required"),
    ("enable_peer", "peer_to_rings", "peer_required"),
    ("announce_caller", "announce_media_file_id", "announce_media_file_id_required"),
    ("enable_sms_email_notify", "sms_notify_email", "sms_notify_email_required"),
    ("enable_sms_forwarding", "sms_forward_number", "sms_forward_number_required"),
    ("enable_sms_callback", "sms_callback_url", "sms_callback_url_required"),
    ("enable_sms_autoreply", "sms_autoreply_message", "sms_autoreply_message_required"),
    ("enable_notify_callback", "notify_callback_triggers", "notify_callback_triggers_required"),
    ("enable_notify_callback", "notify_callback_url", "notify_callback_url_required"),
)


def _given(v: Validator, name: str, validate) -> tuple[bool, str | None]:
    """(whether the parameter sets the field, the value): an empty value resets to the default
    (returned as None); an invalid one records its code and sets nothing."""
    if not v.params.present(name):
        return False, None
    if not v.params.has(name):
        return True, None
    before = len(v.codes)
    value = validate(v, name)
    if len(v.codes) > before:
        return False, None
    return True, value


def update_did(ctx) -> dict:
    v = Validator(ctx.params, ctx.account)
    preserve = v.flag("preserve_missing_data", loose=True) == "1"
    record = find_did(v, ctx.account)
    changes = {}
    for name, field_name, validate in UPDATE_FIELDS:
        sets, value = _given(v, name, validate)
        if sets:
            changes[field_name] = DID_DEFAULTS[field_name] if value is None else value
    ondemand = v.flag("ondemand_recording")
    v.enum("type", DID_TYPES, "type_invalid")       # validated, not written: the number's class
    usage_type = v.require("usage_type")
    if usage_type is not None and v.enum("usage_type", USAGE_TYPES) is not None:
        changes["usage_type"] = usage_type
    sets, options = _given(v, "options", lambda v_, n: v_.enum_list(n, UPDATE_OPTIONS, "options_invalid"))
    if sets:
        changes["options"] = _option_csv(options or ())
    sets, status = _given(v, "status", lambda v_, n: v_.enum(n, ("enabled", "disabled"), "status_invalid"))
    if sets:
        changes["status"] = status or DID_DEFAULTS["status"]
    metadata = read_metadata(v)
    if metadata is not None:
        changes["metadata"] = metadata
    if record is None or not v.ok():
        v.done()
        raise ApiError("required_parameter_not_found")  # unreachable: find_did recorded why
    result = _apply(record, changes, preserve)
    if ondemand is not None:
        held = _options_of(result)
        held = held | {"ondemand_recording"} if ondemand == "1" else held - {"ondemand_recording"}
        result["options"] = _option_csv(held)
    _check_result(v, ctx.account, record, result, "forward_number" in changes)
    v.done()
    record.clear()
    record.update(result)
    return {"dids": ("did", [public(record)])}


def _apply(record: dict, changes: dict, preserve: bool) -> dict:
    result = dict(record)
    if not preserve:
        for _name, field_name, _validate in UPDATE_FIELDS:
            result[field_name] = DID_DEFAULTS[field_name]
        for field_name in RESET_EXTRA:
            result[field_name] = DID_DEFAULTS[field_name]
    result.update(changes)
    return result


def _check_result(v: Validator, account: Account, record: dict, result: dict, forward_given: bool) -> None:
    held = _options_of(result)
    for option, field_name, code in OPTION_REQUIRES:
        if option in held and result[field_name] in ("", "0"):
            v.fail(code)
    forward = result["forward_number"]
    if forward_given and forward and account.did_by_number(forward) is not None:
        v.fail("forward_number_used_by_did")


# -- delete_did ------------------------------------------------------------------------------------

def delete_did(ctx) -> dict:
    """Soft delete: the row stays with status=deleted (digest §6.3); the number is released."""
    v = Validator(ctx.params)
    record = find_did(v, ctx.account)
    v.done()
    record["status"] = "deleted"
    ctx.account.phone_index.pop(record["phone_number"], None)
    return {"dids": ("did", [public(record)])}


# -- inventory: get_new_dids / activate_new_did --------------------------------------------------------

NEW_DID_FIELDS = ("did_id", "phone_number", "type", "npa", "nxx", "ratecenter_id", "district", "state_id",
                  "country_id", "t38_support", "sms_support")
PATTERNS = ("rare_number", "pattern_double_digits", "pattern_double_digits_pair", "pattern_double_digits_trio",
            "pattern_tripple_digits", "pattern_quadruple_digits")
NEW_DID_TYPES = ("local", "tollfree", "inum", "international")


def patterns_of(phone_number: str) -> set:
    """PROJECT-DEFINED meaning of the seed's pattern names, on the last 4 (trio: 6) digits."""
    line, tail6 = phone_number[-4:], phone_number[-6:]
    found = set()
    if re.search(r"(\d)\1", line):
        found.add("pattern_double_digits")
    if re.fullmatch(r"(\d)\1(\d)\2", line):
        found.add("pattern_double_digits_pair")
    if re.fullmatch(r"(\d)\1(\d)\2(\d)\3", tail6):
        found.add("pattern_double_digits_trio")
    if re.search(r"(\d)\1\1", line):
        found.add("pattern_tripple_digits")
    if re.fullmatch(r"(\d)\1\1\1", line):
        found.add("pattern_quadruple_digits")
    if line[1:] == "000" or line in "0123456789" or line in "9876543210":
        found.add("rare_number")
    return found


def new_did_record(record: dict) -> dict:
    return {name: record[name] for name in NEW_DID_FIELDS}


def get_new_dids(ctx) -> dict:
    v = Validator(ctx.params)
    kind = v.enum("type", NEW_DID_TYPES, "type_invalid")
    npa = v.digits("npa", 3, code="npa_invalid")
    nxx = v.digits("nxx", 3, code="nxx_invalid")
    ratecenter_id = v.digits("ratecenter_id", 6, code="ratecenter_id_invalid")
    district = v.text("district", 1, 255)
    state_id = v.text("state_id", 1, 16)
    wanted = _included_patterns(v)
    order = v.enum("order", ("default", "random"))
    t38 = v.flag("t38_support")
    sms = v.flag("sms_support")
    v.done()
    exact = {"type": kind, "npa": npa, "nxx": nxx, "ratecenter_id": ratecenter_id, "state_id": state_id}
    exact = {k: value for k, value in exact.items() if value is not None}
    complete, partial = [], []
    for record in ctx.account.inventory.values():
        if any(record[k] != value for k, value in exact.items()):
            continue
        if (t38 == "1" and record["t38_support"] != "1") or (sms == "1" and record["sms_support"] != "1"):
            continue
        if wanted is not None:
            held = patterns_of(record["phone_number"])
            if (wanted == "no_patterns" and held) or (wanted != "no_patterns" and not held & wanted):
                continue
        if district is not None:
            name = record["district"].lower()
            if name == district.lower():
                complete.append(record)
            elif district.lower() in name:
                partial.append(record)
            continue
        complete.append(record)
    records = [new_did_record(r) for r in complete + partial]
    if order == "random":
        random.Random(len(records)).shuffle(records)  # deterministic: tests reproduce it
    return {"new_dids": ("new_did", records)}


def _included_patterns(v: Validator):
    """None (all numbers), "no_patterns" or the set of wanted pattern names."""
    if not v.params.has("included_patterns"):
        return None
    items = v.params.get_list("included_patterns")
    if items == ["all_numbers"]:
        return None
    if items == ["no_patterns"]:
        return "no_patterns"
    if not items or any(item not in PATTERNS for item in items):
        v.fail("included_patterns_invalid")
        return None
    return set(items)


def activate_new_did(ctx) -> dict:
    """Move an inventory number into the account (synchronous): a new client_did_id, status enabled,
    usage_type default; a number not in the inventory is ``phone_number_invalid``."""
    v = Validator(ctx.params)
    account = ctx.account
    v.one_of("phone_number", "did_id")
    did_id = None
    if v.params.has("did_id"):
        did_id = v.integer("did_id")
        if did_id is not None and did_id not in account.inventory:
            v.fail("did_id_invalid")
            did_id = None
    if v.params.has("phone_number"):
        number = v.digits("phone_number", 10, 15, "phone_number_invalid")
        by_number = account.inventory_index.get(number) if number else None
        if number and (by_number is None or (did_id is not None and by_number != did_id)):
            v.fail("phone_number_invalid")
        did_id = did_id or by_number
    v.flag("skip_notification")
    v.done()
    record = account.add_did(new_did(account, account.take_inventory(did_id)))
    return {"dids": ("did", [public(record)])}


# -- order_new_dids --------------------------------------------------------------------------------

CAPACITIES = ("0", "1-2", "2-5", "5-10", "10-15", "15-25", "25-50", "50+")


def order_new_dids(ctx) -> None:
    """Validate (texts verbatim, digest §5 #21) and record a hidden back-order; its numbers appear in
    get_dids ``order_delay`` seconds later (``advance``). No order id is returned (none is documented)."""
    v = Validator(ctx.params)
    params = v.params
    kind = params.get("type").strip() or "local"
    if not params.has("prefix") and not params.has("ratecenter_id"):
        v.fail("prefix_required")
    prefix = None
    if params.has("prefix"):
        prefix = v.digits("prefix", 6, code="prefix_invalid") if kind != "international" else \
            v.digits("prefix", 1, 10, code="prefix_invalid")
    ratecenter_id = v.digits("ratecenter_id", 6, code="ratecenter_id_invalid")
    v.enum("type", ("local", "international"), "type_invalid")
    quantity = v.require("quantity", "quantity_required")
    if quantity is not None:
        quantity = v.integer("quantity", 1, 999, "quantity_invalid")
    preference = v.enum("prefix_preference", ("in_ratecenter", "prefix_only"), "prefix_preference_invalid")
    if preference == "prefix_only" and (not params.has("prefix") or kind == "international"):
        v.fail("prefix_preference_invalid")
    sequential = v.enum("sequential", ("random", "sequential"), "sequential_invalid")
    flags = {name: v.flag(name, f"{name}_invalid") or "0" for name in ("t38_support", "sms_support", "mms_support")}
    v.enum("capacity", CAPACITIES, "capacity_invalid")
    v.text("comments", 0, 65535)
    v.done()
    if prefix is not None and not _prefix_known(ctx.account, prefix, kind):
        raise ApiError("prefix_not_found")
    if prefix is None and ratecenter_id not in refdata.RATECENTERS:
        raise ApiError("ratecenter_id_not_found")
    if ctx.state.settings["order_could_not_send"]:
        raise ApiError("could_not_send")
    order_id = ctx.account.next_id("order")
    ctx.account.orders[order_id] = {
        "order_id": order_id, "status": "pending", "type": kind, "prefix": prefix or "",
        "ratecenter_id": ratecenter_id or "", "quantity": quantity, "sequential": sequential or "random",
        "comments": params.get("comments"), "ordered_at": fmt_datetime(ctx.now),
        "_due": ctx.now + ctx.state.settings["order_delay"], **flags, "client_did_ids": [],
    }
    return None


def _prefix_known(account: Account, prefix: str, kind: str) -> bool:
    """order_new_dids' "database": the reference ratecenters' NPA-NXX and international codes."""
    if kind == "international":
        return prefix.startswith(refdata.INTERNATIONAL_PREFIXES)
    return refdata.ratecenter_of(prefix[:3], prefix[3:]) is not None


def _order_numbers(account: Account, order: dict, taken) -> list:
    """The numbers a back-order delivers: free lines of the prefix (or the ratecenter's first
    NPA-NXX) from 9000 upwards, consecutive for ``sequential``, every 7th line otherwise."""
    if order["type"] == "international":
        base = order["prefix"]
        width = 12 - len(base)
        candidates = (f"{base}{n:0{width}d}" for n in range(10 ** (width - 1), 10 ** width))
    else:
        prefix = order["prefix"] or "".join(refdata.RATECENTERS[order["ratecenter_id"]][2][0])
        step = 1 if order["sequential"] == "sequential" else 7
        candidates = (f"{prefix}{line:04d}" for line in range(9000, 10000, step))
    numbers = []
    for number in candidates:
        if number not in taken:
            numbers.append(number)
            if len(numbers) == int(order["quantity"]):
                break
    return numbers


def advance(state, now: float) -> None:
    """Fulfil the back-orders that are due: their numbers join the account as enabled DIDs."""
    for account in state.accounts.values():
        for order in account.orders.values():
            if order["status"] != "pending" or order["_due"] > now:
                continue
            taken = set(account.phone_index) | set(account.inventory_index)
            for number in _order_numbers(account, order, taken):
                location = location_of(number, order["type"])
                location.update(t38_support=order["t38_support"], sms_support=order["sms_support"],
                                mms_support=order["mms_support"])
                record = account.add_did(new_did(account, location))
                order["client_did_ids"].append(record["client_did_id"])
            order["status"] = "completed"


# -- seeding (POST /_emulator/seed keys "dids" and "inventory", and the demo account) -----------------

LIST_FIELDS = ("options", "peer_to_rings", "notify_callback_triggers", "client_queue_ids", "client_filter_ids")
SEED_DID_KEYS = frozenset(DID_DEFAULTS) | {"account", "client_peer_ids", "raw_metadata"}
SEED_INVENTORY_KEYS = frozenset(NEW_DID_FIELDS) | {"account", "mms_support"}


def _seed_text(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (list, tuple)):
        return ",".join(_seed_text(item) for item in value)
    return "" if value is None else str(value)


def _seed_number(value, key: str) -> str:
    from emulator.carrier import SeedError

    number = _seed_text(value)
    if not re.fullmatch(r"[0-9]{10,15}", number):
        raise SeedError(f"{key}: phone_number must be 10-15 digits, got {value!r}")
    return number


def _bump(account: Account, kind: str, value: str) -> None:
    """Keep the counter past a seeded id so later ids never collide with it."""
    if value.isdigit() and int(value) > account.counters[kind]:
        account.counters[kind] = int(value)


def seed_dids(state, value, now: float) -> list:
    """Owned DIDs: ``phone_number`` plus any record field (lists for CSV fields, ``client_peer_ids`` as
    an alias of ``peer_to_rings``, ``raw_metadata``); location fields default from the number. Built
    from one template per item with no per-field validation, so 10,000 DIDs seed in well under a second."""
    from emulator.carrier import SeedError
    from emulator.voicemeup.seed import account_of, items

    created = []
    for item in items(value, "dids"):
        unknown = set(item) - SEED_DID_KEYS
        if unknown:
            raise SeedError(f"dids: unknown fields {', '.join(sorted(unknown))}")
        account = account_of(state, item, "dids")
        number = _seed_number(item.get("phone_number"), "dids")
        record = new_did(account, location_of(number, _seed_text(item.get("type"))),
                         _seed_text(item.get("client_did_id")) or None)
        if record["client_did_id"] in account.dids:
            raise SeedError(f"dids: client_did_id {record['client_did_id']} exists")
        _bump(account, "client_did_id", record["client_did_id"])
        for key, field_value in item.items():
            if key in ("account", "phone_number", "client_did_id", "raw_metadata"):
                continue
            record["peer_to_rings" if key == "client_peer_ids" else key] = _seed_text(field_value)
        if "options" in item:
            record["options"] = _option_csv(_seed_text(item["options"]).split(","))
        if "raw_metadata" in item:
            record["metadata"] = metadata_tree(_seed_text(item["raw_metadata"]), None)
        if record["status"] not in ("enabled", "disabled", "deleted"):
            raise SeedError(f"dids: status must be enabled, disabled or deleted, got {record['status']!r}")
        if record["status"] != "deleted" and account.did_by_number(number) is not None:
            raise SeedError(f"dids: {number} is already a DID of {account.username}")
        if number in account.inventory_index:
            account.take_inventory(account.inventory_index[number])
        account.add_did(record)
        created.append(record["client_did_id"])
    return created


def seed_inventory(state, value, now: float) -> list:
    """Numbers for get_new_dids / activate_new_did: ``phone_number`` plus optional ``type``,
    ``ratecenter_id``, ``district``, ``state_id``, ``country_id``, ``t38_support``, ``sms_support``,
    ``mms_support``, ``did_id``; location fields default from the number."""
    from emulator.carrier import SeedError
    from emulator.voicemeup.seed import account_of, items

    created = []
    for item in items(value, "inventory"):
        unknown = set(item) - SEED_INVENTORY_KEYS
        if unknown:
            raise SeedError(f"inventory: unknown fields {', '.join(sorted(unknown))}")
        account = account_of(state, item, "inventory")
        number = _seed_number(item.get("phone_number"), "inventory")
        if account.did_by_number(number) is not None or number in account.inventory_index:
            raise SeedError(f"inventory: {number} is already owned or in the inventory")
        record = inventory_record(account, number, _seed_text(item.get("type")),
                                  _seed_text(item.get("did_id")) or None)
        if record["did_id"] in account.inventory:
            raise SeedError(f"inventory: did_id {record['did_id']} exists")
        _bump(account, "did_id", record["did_id"])
        for key in ("ratecenter_id", "district", "state_id", "country_id", "t38_support", "sms_support",
                    "mms_support"):
            if key in item:
                record[key] = _seed_text(item[key])
        account.add_inventory(record)
        created.append(record["did_id"])
    return created


def inventory_record(account: Account, number: str, kind: str = "", did_id: str | None = None,
                     t38: str = "0", sms: str = "0") -> dict:
    record = {"did_id": did_id or account.next_id("did_id"), **location_of(number, kind),
              "t38_support": t38, "sms_support": sms, "mms_support": sms}
    return record


# The demo account's inventory: per reference NPA-NXX, lines 0200-0219 and a few pattern numbers.
DEMO_LINES = tuple(f"{line:04d}" for line in range(200, 220)) + ("1111", "2233", "3000", "4567", "7777", "8800")
DEMO_TOLL_FREE = (("8335550200", "1"), ("8335550201", "0"), ("8445550300", "1"), ("8885550400", "0"))
# The demo account's DIDs, peers and proxy (docs/emulator.md "VoiceMeUp" "Seeded account").
DEMO_DIDS = (
    {"phone_number": "5145550100", "friendly_name": "Main line", "sms_support": "1", "mms_support": "1",
     "t38_support": "1", "peer_to_rings": "40001", "peer_timeout": "20", "peer_contact_mode": "sequential",
     "options": "enable_peer"},
    {"phone_number": "4165550111", "friendly_name": "Toronto office", "forward_number": "6135550123",
     "forward_timeout": "25", "options": "enable_forwarding"},
    {"phone_number": "2125550123", "friendly_name": "Sales NY", "status": "disabled"},
    {"phone_number": "8335550100", "friendly_name": "Support toll-free", "sms_support": "1",
     "peer_to_rings": "40001,40002", "peer_contact_mode": "simultaneous", "options": "enable_peer"},
    {"phone_number": "3125550150", "friendly_name": "Old Chicago line", "status": "deleted"},
)
PEER_DEFAULTS = {
    "client_peer_id": "", "proxy_id": "1", "friendly_name": "", "host_type": "dynamic", "host": "", "port": "",
    "peer_username": "", "callerid_name": "", "callerid_number": "", "callerid_mode": "global",
    "callerid_type": "rpid", "callerid_format": "national", "client_callerid_profile_id": "", "transport": "udp",
    "codecs": "ulaw,g729", "dtmf_mode": "rfc2833", "dnis_mode": "auto", "dnis_format": "national",
    "force_ring_signal": "0", "enable_nat": "1", "enable_reinvite": "0", "enable_recording": "0",
    "ondemand_recording": "0", "enable_notification": "0", "enable_auth": "1", "enable_qualify": "1",
    "enable_notify_callback": "0", "simultaneous_calls_limit": "0", "auth_username": "", "qualify": "2000",
    "default_ip": "", "client_channel_id": "0", "client_subaccount_id": "0", "client_filter_ids": "",
    "notify_callback_triggers": "", "notify_callback_url": "", "register_timeout": "3600", "progress_timeout": "",
    "provisioned_endpoint_id": "0", "status": "enabled", "comments": "", "metadata": "",
}
DEMO_PEERS = (
    {"client_peer_id": "40001", "friendly_name": "Office PBX", "peer_username": "demo-pbx-01",
     "_password": "Demo-Peer-Pass-1"},
    {"client_peer_id": "40002", "friendly_name": "Data center trunk", "host_type": "static", "host": "203.0.113.10",
     "port": "5060", "peer_username": "demo-dc-trunk", "enable_auth": "0", "_password": "Demo-Peer-Pass-2"},
)
DEMO_PROXIES = (
    {"proxy_id": "1", "friendly_name": "Montreal", "hostname": "mtl.voicemeup.example", "ip_address": "198.51.100.10",
     "port": "5060", "location": "Montreal, QC"},
)


def build_demo(state, account: Account, now: float) -> None:
    for proxy in DEMO_PROXIES:
        account.proxies[proxy["proxy_id"]] = dict(proxy)
    for peer in DEMO_PEERS:
        account.peers[peer["client_peer_id"]] = {**PEER_DEFAULTS, **peer}
        _bump(account, "client_peer_id", peer["client_peer_id"])
    for index, (npa, nxx) in enumerate(p for rc in refdata.RATECENTERS.values() for p in rc[2]):
        for line_no, line in enumerate(DEMO_LINES):
            sms = "1" if (index + line_no) % 2 == 0 else "0"
            t38 = "1" if line_no % 3 == 0 else "0"
            account.add_inventory(inventory_record(account, f"{npa}{nxx}{line}", "", None, t38, sms))
    for number, sms in DEMO_TOLL_FREE:
        account.add_inventory(inventory_record(account, number, "tollfree", None, "0", sms))
    for spec in DEMO_DIDS:
        record = new_did(account, {**location_of(spec["phone_number"]), **spec})
        record.update(spec)
        account.add_did(record)
