"""SMS profiles: get_sms_profiles, update_sms_profile, delete_sms_profile (seed L866-915, digest
§3.2.3, §5 #29-#31).

update_sms_profile has no ``preserve_missing_data``: a write rebuilds the profile from what it
carries. ``options`` is Required but may be empty (digest §5 #30: the key must be there). Each option
needs its field in the same request: ``inbound_completed_notification`` -> ``notify_name`` and
``notify_email``, ``enable_forwarding`` -> ``forward_number``, ``enable_callback`` -> ``callback_url``,
``enable_autoreply`` -> ``autoreply_message`` (``<field>_required``, synthesized, or the documented
``forward_number_required``). ``notify_name`` is typed "integer" but described as an alphanumeric
string and ``notify_email`` as an "alphanumeric string": text and an e-mail address (digest §5 #29).
``status=deleted`` is a soft delete (the profile stays listed with that status and can be enabled
again); delete_sms_profile removes it.
"""

from __future__ import annotations

from emulator.voicemeup import profiles
from emulator.voicemeup.check import Validator

OPTIONS = ("inbound_completed_notification", "outbound_completed_notification", "outbound_failed_notification",
           "enable_forwarding", "enable_callback", "enable_autoreply", "enable_callback_retry")
STATUSES = ("enabled", "disabled", "deleted")
LANGUAGES = ("en", "fr")
# option -> the fields it needs in the same request
NEEDS = {"inbound_completed_notification": ("notify_name", "notify_email"), "enable_forwarding": ("forward_number",),
         "enable_callback": ("callback_url",), "enable_autoreply": ("autoreply_message",)}

# The record (get_sms_profiles item): the update_sms_profile fields + metadata (digest §2.3 item 6),
# with the value an omitted one gets.
KIND = profiles.Kind("sms", {
    "client_sms_profile_id": "", "client_subaccount_id": "0", "friendly_name": "", "language": "en",
    "allowed_senders": "", "notify_name": "", "notify_email": "", "forward_number": "", "callback_url": "",
    "backup_url": "", "autoreply_message": "", "client_did_id": "", "options": "", "status": "enabled",
    "comments": "", "metadata": "",
})


def get_sms_profiles(ctx) -> dict:
    return profiles.get_profiles(ctx, KIND)


def _client_did_id(v: Validator, ctx) -> str | None:
    value = v.integer("client_did_id")
    if value is None:
        return None
    did = ctx.account.dids.get(value)
    if did is None or did.get("status") == "deleted":
        v.fail("client_did_id_invalid")
        return None
    return value


def update_sms_profile(ctx) -> dict:
    params = ctx.params
    v = Validator(params)
    _mode, record = profiles.mode_and_record(v, ctx, KIND)
    values = {
        "client_subaccount_id": profiles.subaccount(v),
        "friendly_name": v.text("friendly_name", 2, 32),
        "language": v.enum("language", LANGUAGES),
        "allowed_senders": ",".join(params.get_list("allowed_senders")) if params.has("allowed_senders") else None,
        "notify_name": v.text("notify_name", 1, 255),
        "notify_email": v.email("notify_email"),
        "forward_number": v.digits("forward_number", 10, code="forward_number_invalid"),
        "callback_url": v.url("callback_url"),
        "backup_url": v.url("backup_url"),
        "autoreply_message": v.text("autoreply_message", 1, 160),
        "client_did_id": _client_did_id(v, ctx),
    }
    if not params.present("options"):
        v.fail("required_parameter_not_found")
    options = v.enum_list("options", OPTIONS, code="options_invalid")
    values["options"] = ",".join(options) if options is not None else None
    values["status"] = v.enum("status", STATUSES, code="status_invalid")
    values["comments"] = v.text("comments")
    for option in options or ():
        for name in NEEDS.get(option, ()):
            # A field given but invalid already has its code; one missing needs it.
            if not params.has(name):
                v.fail(f"{name}_required")
    v.done()
    return profiles.save(ctx, KIND, record, values)


def delete_sms_profile(ctx) -> dict:
    return profiles.delete_profile(ctx, KIND)
