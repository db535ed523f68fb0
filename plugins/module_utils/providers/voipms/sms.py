# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP.ms SMS settings of a number: written with setSMS (the whole set each time), read back from
the ``sms_*`` fields of getDIDsInfo under other names (the table below). Delivery targets are
independent: e-mail, a forwarding number and a URL callback can be on together.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SMS_CONFIG
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import sms_record

# setSMS parameter -> getDIDsInfo field (the one mapping between the two).
WRITE_TO_READ = {
    "enable": "sms_enabled",
    "email_enabled": "sms_email_enabled",
    "email_address": "sms_email",
    "sms_forward_enable": "sms_forward_enabled",
    "sms_forward": "sms_forward",
    "url_callback_enable": "sms_url_callback_enabled",
    "url_callback": "sms_url_callback",
    "url_callback_retry": "sms_url_callback_retry",
    "smpp_enabled": "smpp_enabled",
    "smpp_url": "smpp_url",
    "smpp_user": "smpp_user",
    "smpp_pass": "smpp_pass",
}
# neutral target -> (its on/off parameter, its value parameter)
TARGETS = {"email": ("email_enabled", "email_address"), "forward_to": ("sms_forward_enable", "sms_forward"),
           "url": ("url_callback_enable", "url_callback")}


class VoipmsSms(ResourceAdapter):
    model = SMS_CONFIG
    fields = frozenset(("number", "email", "url", "forward_to"))
    write_only = frozenset()
    snapshot_parts = ("sms",)

    def __init__(self, client):
        super().__init__(client)
        self._row = {}

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if desired.get("forward_to") == desired["number"]:
            raise ValidationError("forward_to", "cannot be the number itself")
        if state == "present" and not any(desired.get(t) for t in TARGETS):
            raise ValidationError("email", "set at least one SMS target (email, url or forward_to); use state: absent "
                                           "to switch SMS off")

    def read(self, identity):
        national = nanp_national(identity, "number", self.provider)
        row = self.client.did_row(national)
        if row is None:
            raise ValidationError("number", "%s is not a number in this voipms account" % identity)
        if str(row.get("sms_available")) != "1":
            raise ValidationError("number", "%s cannot carry SMS at voipms (sms_available is 0)" % identity)
        self._row = row
        settings = self.settings(row)
        if not settings["enabled"]:
            return None
        return dict(settings, number=identity, provider="voipms")

    def from_snapshot(self, number):
        if number is not None:
            # setSMS replaces the whole configuration: an update starts from the number's row.
            self._row = self.client.did_rows.get(number["number"], {})
        return sms_record(number, self.provider)

    @staticmethod
    def settings(row):
        """The SMS settings a getDIDsInfo row carries: ``{"enabled": False}`` when SMS is off, the
        targets (email, url, forward_to; "" when off) when on, None when the number cannot carry SMS."""
        if str(row.get("sms_available")) != "1":
            return None
        if str(row.get("sms_enabled")) != "1":
            return {"enabled": False}
        settings = {"enabled": True}
        for name, (flag, value) in TARGETS.items():
            on = str(row.get(WRITE_TO_READ[flag])) == "1"
            text = row.get(WRITE_TO_READ[value]) or ""
            settings[name] = (from_carrier(text) if name == "forward_to" and text else text) if on else ""
        return settings

    def _send(self, identity, desired):
        # setSMS replaces the whole configuration: start from what was read, overlay the targets.
        wire = {param: self._row.get(field) for param, field in WRITE_TO_READ.items()
                if self._row.get(field) not in (None, "")}
        wire["enable"] = "1"
        for name, (flag, value) in TARGETS.items():
            if name not in desired:
                continue
            target = desired[name]
            wire[flag] = "1" if target else "0"
            if target:
                wire[value] = nanp_national(target) if name == "forward_to" else target
            else:
                wire.pop(value, None)
        wire["did"] = nanp_national(identity)
        self.client.call("setSMS", wire, write=True)

    def create(self, desired):
        self._send(desired["number"], desired)
        return self.read(desired["number"])

    def update(self, identity, changes, current, desired):
        self._send(identity, changes)
        return self.read(identity) if self.confirm_writes else None

    def delete(self, identity, current):
        self.client.call("setSMS", {"did": nanp_national(identity), "enable": "0"}, write=True)
