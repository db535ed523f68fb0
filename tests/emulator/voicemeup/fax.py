"""Fax profiles: get_fax_profiles, update_fax_profile, delete_fax_profile (seed L275-329, digest
§3.2.7, §5 #16, #17).

update_fax_profile has no ``preserve_missing_data``: every write (create or update) carries every
Required field and rebuilds the profile; an omitted optional field goes back to its default
(``retry_limit`` 2, the others empty). A missing Required field answers its documented
``<field>_required`` where the seed has one (friendly_name, callerid_name, callerid_number, email,
status), else ``required_parameter_not_found`` (digest §6.2 step 5). ``allowed_senders`` is Required
as a key; an empty list is accepted (a profile that only receives). Quirks: the seed writes the
resolution ``" super_fine"`` with a leading space: ``super_fine`` is the value, and a leading space
is ignored like every surrounding space; ``retry_limit`` has no documented range here, queue_fax's
1-9 applies (digest §5 #17).
"""

from __future__ import annotations

from emulator.voicemeup import profiles
from emulator.voicemeup.check import Validator

OPTIONS = ("inbound_completed_notification", "inbound_failed_notification", "outbound_completed_notification",
           "outbound_failed_notification", "enable_cover_page", "enable_inbound_send_attachment",
           "enable_outbound_send_attachment", "enable_callback")
PAGE_FORMATS = ("letter", "legal", "a4")
RESOLUTIONS = ("standard", "fine", "super_fine", "ultra_fine", "color")
STATUSES = ("enabled", "disabled")
LANGUAGES = ("en", "fr")

KIND = profiles.Kind("fax", {
    "client_fax_profile_id": "", "client_subaccount_id": "0", "friendly_name": "", "local_ident": "",
    "fax_header": "", "callerid_name": "", "callerid_number": "", "contact_name": "", "email": "", "language": "",
    "allowed_senders": "", "retry_limit": "2", "page_format": "", "resolution": "", "callback_url": "",
    "backup_url": "", "options": "", "status": "", "comments": "", "metadata": "",
})


def get_fax_profiles(ctx) -> dict:
    return profiles.get_profiles(ctx, KIND)


def _required(v: Validator, name: str, documented: bool) -> None:
    v.require(name, None if documented else "required_parameter_not_found")


def update_fax_profile(ctx) -> dict:
    params = ctx.params
    v = Validator(params)
    _mode, record = profiles.mode_and_record(v, ctx, KIND)
    values = {"client_subaccount_id": profiles.subaccount(v)}
    # (name, low, high, has a documented <name>_required) in the seed's order
    for name, low, high, documented in (("friendly_name", 2, 32, True), ("local_ident", 2, 20, False),
                                        ("fax_header", 2, 20, False), ("callerid_name", 3, 15, True)):
        _required(v, name, documented)
        values[name] = v.text(name, low, high)
    _required(v, "callerid_number", True)
    values["callerid_number"] = v.digits("callerid_number", 10)
    values["contact_name"] = v.text("contact_name", 4, 60)
    _required(v, "email", True)
    values["email"] = v.email("email")
    _required(v, "language", False)
    values["language"] = v.enum("language", LANGUAGES)
    if not params.present("allowed_senders"):
        v.fail("required_parameter_not_found")
    values["allowed_senders"] = ",".join(params.get_list("allowed_senders"))
    values["retry_limit"] = v.integer("retry_limit", 1, 9)
    _required(v, "page_format", False)
    values["page_format"] = v.enum("page_format", PAGE_FORMATS)
    _required(v, "resolution", False)
    values["resolution"] = v.enum("resolution", RESOLUTIONS)
    values["callback_url"] = v.url("callback_url")
    values["backup_url"] = v.url("backup_url")
    options = v.enum_list("options", OPTIONS, code="options_invalid")
    values["options"] = ",".join(options) if options is not None else None
    if "enable_callback" in (options or ()) and not params.has("callback_url"):
        v.fail("callback_url_required")
    _required(v, "status", True)
    values["status"] = v.enum("status", STATUSES, code="status_invalid")
    values["comments"] = v.text("comments")
    v.done()
    return profiles.save(ctx, KIND, record, values)


def delete_fax_profile(ctx) -> dict:
    return profiles.delete_profile(ctx, KIND)
