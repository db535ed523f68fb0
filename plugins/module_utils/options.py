# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The options of the number resources, in one place: ``did``, ``sms_config`` and ``e911`` take
them at the top level, ``did_bulk`` for every item of its list (and its ``sms`` and ``e911``
sub-options), so the bulk module can never accept an option the single modules spell or check
differently."""

from __future__ import annotations

# QuestBlue-style failover (numbers and trunks): all three settings together.
FAILOVER_SPEC = {"type": "dict", "options": {
    "ip_address": {"type": "str", "required": True},
    "calls": {"type": "int", "required": True},
    "minutes": {"type": "int", "required": True, "choices": [2, 3, 5, 7, 10, 15, 20, 30]},
}}

# voip.carrier.did, but ``number`` (required there, an item key in did_bulk).
DID_OPTIONS = {
    "tier": {"type": "str", "choices": ["1", "1b", "2"]},
    "description": {"type": "str"},
    "trunk": {"type": "str"},
    "forward_to": {"type": "str"},
    "cnam": {"type": "bool"},
    "caller_id_name": {"type": "str"},
    "port_out_pin": {"type": "str", "no_log": True},
    "failover": FAILOVER_SPEC,
    "routing": {"type": "str"},
    "failover_busy": {"type": "str"},
    "failover_unreachable": {"type": "str"},
    "failover_noanswer": {"type": "str"},
    "voicemail": {"type": "str"},
    "pop": {"type": "str"},
    "dial_time": {"type": "int"},
    "caller_id_prefix": {"type": "str"},
    "billing_type": {"type": "str", "choices": ["per_minute", "flat"]},
    "record_calls": {"type": "bool"},
    "caller_id_number": {"type": "str"},
    "enabled": {"type": "bool"},
    "comments": {"type": "str"},
    "failover_number": {"type": "str"},
}
DID_MUTUALLY_EXCLUSIVE = [("trunk", "routing")]

# voip.carrier.sms_config, but ``number``.
SMS_OPTIONS = {
    "email": {"type": "str"},
    "url": {"type": "str"},
    "xmpp_name": {"type": "str"},
    "xmpp_password": {"type": "str", "no_log": True},
    "forward_to": {"type": "str"},
    "url_retry": {"type": "bool"},
    "auto_reply": {"type": "str"},
    "profile": {"type": "str"},
    "destination_type": {"type": "str", "choices": ["none", "sip", "email", "forward", "post", "get", "progtelco"]},
    "auth_token": {"type": "str", "no_log": True},
}
SMS_REQUIRED_TOGETHER = [("xmpp_name", "xmpp_password")]

# voip.carrier.e911, but ``number``.
E911_OPTIONS = {
    "name": {"type": "str"},
    "street_number": {"type": "str"},
    "street_name": {"type": "str"},
    "unit_type": {"type": "str"},
    "unit_number": {"type": "str"},
    "city": {"type": "str"},
    "region": {"type": "str"},
    "postal_code": {"type": "str"},
    "country": {"type": "str"},
    "language": {"type": "str"},
    "email": {"type": "str"},
    "resend_address": {"type": "bool", "default": False},
}


def bulk_item_options(number_required=True):
    """The options of one item of did_bulk's ``numbers`` (``number_required=False``: of its
    ``defaults``): every option of did, ``state``, and ``sms`` and ``e911`` with the options of
    sms_config and e911. No defaults here: an item's unset option falls back to ``defaults``."""
    e911 = dict(E911_OPTIONS, resend_address={"type": "bool"}, state={"type": "str", "choices": ["present", "absent"]})
    sms = dict(SMS_OPTIONS, state={"type": "str", "choices": ["present", "absent"]})
    options = {"state": {"type": "str", "choices": ["present", "absent"]}}
    if number_required:
        options["number"] = {"type": "str", "required": True}
    options.update(DID_OPTIONS)
    options["sms"] = {"type": "dict", "options": sms, "required_together": SMS_REQUIRED_TOGETHER}
    options["e911"] = {"type": "dict", "options": e911}
    return options
