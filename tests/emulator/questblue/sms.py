"""SMS: GET /sms (SMS-capable DIDs with their config), PUT /sms, POST /sms (digest §3.10, §4.3).

Only tier-1b numbers (local or toll-free) can do SMS ("1b = SMS-enabled", seed L419); every one
of them has a config, "SMS Disabled" until set (seed L2720).
"""

from __future__ import annotations

import base64
import binascii
import re

from emulator.questblue import envelope
from emulator.questblue import validate as v
from emulator.questblue.dids import pattern_filter

# "email | xmpp | both | url" (seed L2766, cut off); `none` switches SMS off: an [ext] SDK and
# OpenAPI 2.2.1 value the seed does not document (digest Q25).
SMS_MODES = ("email", "xmpp", "both", "url", "none")

# "system and executable files aren't permitted" (seed L2809); the list is project-defined.
FORBIDDEN_EXTENSIONS = frozenset({
    "exe", "com", "bat", "cmd", "msi", "dll", "scr", "pif", "cpl", "sys", "drv", "vbs", "vbe",
    "js", "jse", "wsf", "wsh", "ps1", "sh", "bin", "jar", "app", "apk", "ini", "lnk", "reg",
})


def _sms_capable(record) -> bool:
    return record.tier == "1b"


def list_sms(ctx) -> envelope.Outcome:
    dids = ctx.account.dids
    rows = [dids[did] for did in sorted(dids) if _sms_capable(dids[did])]
    match = pattern_filter(ctx.params)
    if match is not None:
        rows = [d for d in rows if match(d.did)]
    # per_page range not given (seed L2730): 1-200, default 25.  # project-defined range
    return envelope.data(envelope.paginate(rows, ctx.params, 1, 200, 25, render=lambda d: d.sms_row()))


def _sms_did(ctx):
    did = v.to_did("did", v.required(ctx.params, "did"))
    record = ctx.account.dids.get(did)
    if record is None:
        raise v.not_found("DID", did)
    if not _sms_capable(record):
        raise v.QBError(f"DID {did} is not SMS enabled")  # project-defined
    return record


def update(ctx) -> envelope.Outcome:
    record = _sms_did(ctx)
    p = ctx.params
    mode = v.to_enum("sms_mode", v.required(p, "sms_mode"), SMS_MODES)
    # The new mode replaces the whole config: fields of other modes are dropped.  # project-defined
    config = {"sms_email": "", "sms_xmpp_name": "", "sms_xmpp_password": "", "sms_url": ""}
    if mode in ("email", "both"):
        config["sms_email"] = v.to_email("forward2email", v.required(p, "forward2email"))
    if mode in ("xmpp", "both"):
        config["sms_xmpp_name"] = v.req_str(p, "xmpp_name")
        # The seed's name is xmpp_password; [ext] SDK and OpenAPI send xmpp_passwd (digest Q26).
        key = "xmpp_password" if p.get("xmpp_password") not in (None, "") else "xmpp_passwd"
        if p.get(key) in (None, ""):
            raise v.missing("xmpp_password")
        config["sms_xmpp_password"] = v.req_str(p, key)
    if mode == "url":
        config["sms_url"] = v.to_url("post2url", v.required(p, "post2url"))
    record.sms_mode = mode
    for key, value in config.items():
        setattr(record, key, value)
    return envelope.empty()


def _file_name(value) -> str:
    """fname is "Base64 encoded name of file" (seed L2810); a plain name is accepted too (Q29)."""
    text = v.to_str("fname", value).strip()
    try:
        decoded = base64.b64decode(text, validate=True).decode("utf-8")
        if decoded and decoded.isprintable():
            text = decoded
    except (binascii.Error, UnicodeDecodeError, ValueError):
        pass
    if not text or "/" in text or "\\" in text:
        raise v.invalid("fname")
    return text


def send(ctx) -> envelope.Outcome:
    record = _sms_did(ctx)
    p = ctx.params
    # "Must be active SMS enabled DID" (seed L2806): tier 1b, active, SMS not switched off.
    if record.status != "active" or record.sms_mode == "none":
        raise v.QBError(f"DID {record.did} is not SMS enabled")  # project-defined
    did_to = v.to_us_number("did_to", v.required(p, "did_to"))
    msg = v.to_str("msg", v.required(p, "msg"))
    entry = {"did": record.did, "did_to": did_to, "msg": msg, "time": ctx.now}
    if p.get("file") not in (None, ""):
        content = v.to_base64_file("file", p["file"])
        name = _file_name(v.required(p, "fname"))
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if extension in FORBIDDEN_EXTENSIONS or re.search(r"^\s*MZ", content[:2].decode("latin-1")):
            raise v.QBError(f"File type of {name} is not permitted")  # project-defined
        entry.update(fname=name, file_bytes=len(content))
    ctx.account.sms_log.append(entry)  # nothing is delivered; the log is for tests
    return envelope.empty()
