# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""QuestBlue SMS settings of a number: GET /sms (read), PUT /sms (the only write).

QuestBlue has one delivery mode per number, so the targets the user sets (email, xmpp_name, url)
select the mode and targets left unset are switched off. The read returns a display string for the
mode and other key names than the write; both mappings are the tables below.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SMS_CONFIG
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import sms_record

# neutral mode -> (sms_mode sent by PUT /sms, sms_mode display string read back by GET /sms).
# "Email" and "XMPP" are not in QuestBlue's documents (only the other three are); "none" is the
# SDK's value for switching SMS off, which the seed's truncated enum does not show.
MODES = {
    "email": ("email", "Email"),
    "xmpp": ("xmpp", "XMPP"),
    "email+xmpp": ("both", "Email and XMPP"),
    "url": ("url", "Post SMS to URL"),
    "disabled": ("none", "SMS Disabled"),
}
MODE_FROM_DISPLAY = {display.lower(): mode for mode, (_wire, display) in MODES.items()}
# Read-back key names (GET /sms) differ from the write names (PUT /sms).
READ_KEYS = {"email": "email2forward", "url": "post2url"}


class QuestBlueSms(ResourceAdapter):
    model = SMS_CONFIG
    fields = frozenset(("number", "email", "url", "xmpp_name", "xmpp_password", "mode"))
    write_only = frozenset(("xmpp_name", "xmpp_password"))
    snapshot_parts = ("sms",)

    def prepare(self, desired, state):
        desired = dict(desired)
        if state == "present":
            targets = [name for name in ("email", "xmpp_name", "url") if desired.get(name)]
            if "url" in targets and len(targets) > 1:
                raise ValidationError("url", "questblue delivers SMS either to a URL or to e-mail and/or XMPP; "
                                             "set url alone, or email/xmpp_name without url")
            if not targets:
                raise ValidationError("email", "set at least one SMS target (email, url, or xmpp_name with "
                                               "xmpp_password); use state: absent to switch SMS off")
            desired["mode"] = "+".join(t.replace("_name", "") for t in targets)
        return super().prepare(desired, state)

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if desired.get("xmpp_name") and not desired.get("xmpp_password"):
            raise ValidationError("xmpp_password", "is required with xmpp_name at questblue")

    def read(self, identity):
        row = self.client.find_number("/sms", nanp_national(identity, "number", self.provider))
        if row is not None:
            return self.to_neutral(identity, row)
        raise ValidationError("number", "%s is not an SMS-capable number in this questblue account (SMS needs a "
                                        "number ordered in tier 1b)" % identity)

    def validate_new_number(self, did):
        if did.get("tier") != "1b":
            raise ValidationError("tier", "%s would be ordered in tier %s, and questblue carries SMS only on numbers "
                                          "ordered in tier 1b; order it with tier 1b or remove its sms options"
                                  % (did["number"], did.get("tier")))

    def from_snapshot(self, number):
        return sms_record(number, self.provider)

    @staticmethod
    def to_neutral(identity, row):
        mode = MODE_FROM_DISPLAY.get(str(row.get("sms_mode", "")).lower(), row.get("sms_mode"))
        if row.get("sms_enabled") == "off" or mode == "disabled":
            return None                   # no SMS configuration: what state=absent means
        return {"number": identity, "mode": mode, "enabled": True, "provider": "questblue",
                "email": row.get(READ_KEYS["email"]) or "", "url": row.get(READ_KEYS["url"]) or ""}

    def list_settings(self, pattern=None):
        """(number, settings) of every SMS-capable number, paging through GET /sms: the settings
        without number and provider, ``{"enabled": False}`` where SMS is off. ``pattern`` as in
        the did list (sent when the carrier applies it, i.e. three digits or more)."""
        params = {"did": pattern} if pattern and len(pattern.replace("*", "")) >= 3 else {}
        for row in self.client.pages("/sms", params):
            number = from_carrier(row["did"])
            record = self.to_neutral(number, row)
            yield number, ({"enabled": False} if record is None else
                           {key: value for key, value in record.items() if key not in ("number", "provider")})

    def _put(self, identity, desired):
        mode = desired["mode"]
        wire = {"did": int(nanp_national(identity)), "sms_mode": MODES[mode][0]}
        if "email" in mode:
            wire["forward2email"] = desired["email"]
        if "xmpp" in mode:
            wire["xmpp_name"] = desired["xmpp_name"]
            wire["xmpp_password"] = desired["xmpp_password"]
        if mode == "url":
            wire["post2url"] = desired["url"]
        self.client.call("PUT", "/sms", wire)

    def validate_create(self, desired):
        self._check_xmpp(desired)

    def create(self, desired):
        self._put(desired["number"], desired)
        return dict(desired, enabled=True, provider="questblue")

    def update(self, identity, changes, current, desired):
        # PUT /sms takes the whole configuration of the mode, not a difference.
        self._check_xmpp(desired)
        self._put(identity, desired)

    def delete(self, identity, current):
        self.client.call("PUT", "/sms", {"did": int(nanp_national(identity)), "sms_mode": MODES["disabled"][0]})

    @staticmethod
    def _check_xmpp(desired):
        if "xmpp" in desired["mode"] and not (desired.get("xmpp_name") and desired.get("xmpp_password")):
            raise ValidationError("xmpp_name", "questblue needs xmpp_name and xmpp_password to deliver SMS by XMPP")
