# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP Innovations SMS settings of a number: AuditSMS (read; a blank tn lists the whole account),
ConfigSMSDestination (enable with one destination) and ConfigSMS enable=false (disable). Digest 3H,
4.2 (SMSDID), 6.3 and quirks Q20, Q21, Q37.

- A number delivers its messages to one destination, of one type: ``none`` (SMS on, delivered
  nowhere), ``sip`` (to the number's endpoint group), ``email``, ``forward`` (to another number),
  ``post`` / ``get`` (a URL, with ``auth_token``), ``progtelco`` (the number's programmable telco
  script). The neutral ``email``, ``forward_to`` and ``url`` give the destination; ``destination_type``
  is derived from the one set (email -> email, forward_to -> forward, url -> post) when unset.
- ConfigSMSDestination replaces the whole setting, its authToken included: every change is sent with
  the task's ``auth_token`` (none when the task has none). VoIP Innovations never returns the token,
  so it is write-only (``update_write_only: always`` sends it again).
- ``state: absent`` is ConfigSMS(enable=false), the deprecated call being the only explicit disable
  (digest Q21). SMSDID says nothing of whether a number can carry SMS: a number that cannot is
  refused by the write (950 in the emulator), not by the read.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import SMS_CONFIG
from ansible_collections.voip.carrier.plugins.module_utils.numbers import nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.client import number_from_wire
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import sms_record

# The neutral option holding each type's destination; the other types take none.
DESTINATION_OF = {"email": "email", "forward": "forward_to", "post": "url", "get": "url"}
DESTINATIONS = ("email", "forward_to", "url")
# A destination set without destination_type chooses it.
DERIVED_TYPE = {"email": "email", "forward_to": "forward", "url": "post"}
WITH_TOKEN = ("post", "get")


def flag(value):
    """An xs:boolean as zeep or a test gives it (bool, or its text)."""
    return value is True or str(value).strip().lower() in ("true", "1")


def text(value):
    return str(value or "").strip()


def sms_settings(row):
    """The neutral SMS settings of one SMSDID row of AuditSMS (or of a Config* reply): ``{"enabled":
    False}`` when SMS is off, else ``enabled``, ``destination_type`` and the three destinations (the
    type's own set, the others ""). The one mapping from the wire: ``read`` and the account snapshot
    (AuditSMS with a blank tn, every number at once) both use it."""
    if not flag(row.get("Enabled")):
        return {"enabled": False}
    destination_type = text(row.get("DestinationType")).lower()
    destination, forward = text(row.get("Destination")), text(row.get("Forward"))
    if not destination_type:
        # A service that fills Forward only (ConfigSMS's forwardEmail): a TN is a forward, else e-mail.
        destination_type = ("forward" if forward.isdigit() else "email") if forward else "none"
    if not destination and destination_type in ("email", "forward"):
        destination = forward
    settings = {"enabled": True, "destination_type": destination_type, "email": "", "url": "", "forward_to": ""}
    option = DESTINATION_OF.get(destination_type)
    if option == "forward_to":
        settings[option] = number_from_wire(destination)
    elif option:
        settings[option] = destination
    return settings


def sms_rows(answer):
    """The SMSDID rows of an SMSResponse, by 10-digit TN."""
    rows = (answer or {}).get("SMSDID") or []
    return {text(row.get("TN")): row for row in rows if isinstance(row, dict)}


def account_settings(client):
    """Every number of the account -> its settings (sms_settings): one AuditSMS with a blank tn."""
    answer = client.call("AuditSMS", tn="", empty=(101,))
    return {number_from_wire(tn): sms_settings(row) for tn, row in sms_rows(answer).items() if tn}


class VoipInnovationsSms(ResourceAdapter):
    model = SMS_CONFIG
    fields = frozenset(("number", "email", "url", "forward_to", "destination_type", "auth_token"))
    write_only = frozenset(("auth_token",))
    snapshot_parts = ("sms",)

    def __init__(self, client):
        super().__init__(client)
        self.state = "present"

    # -- checks before any request ---------------------------------------------------------------

    def prepare(self, desired, state):
        self.state = state
        given = [name for name in DESTINATIONS if desired.get(name)]
        if state == "present" and desired.get("destination_type") is None and len(given) == 1:
            desired = dict(desired, destination_type=DERIVED_TYPE[given[0]])
        return super().prepare(desired, state)

    def validate(self, desired, state):
        number = desired["number"]
        nanp_national(number, "number", self.provider)
        if state != "present":
            return
        given = [name for name in DESTINATIONS if desired.get(name)]
        if len(given) > 1:
            raise ValidationError(given[1], "voipinnovations delivers a number's messages to one destination, and %s is "
                                            "set too; set one of email, forward_to and url" % given[0])
        destination_type = desired.get("destination_type")
        needed = DESTINATION_OF.get(destination_type)
        if destination_type is not None and needed and not desired.get(needed):
            raise ValidationError("destination_type", "%s needs %s (where voipinnovations delivers the messages); set it"
                                  % (destination_type, needed))
        if destination_type is not None and given and given[0] != needed:
            takes = "takes %s" % needed if needed else "takes no email, forward_to or url"
            raise ValidationError(given[0], "cannot be set with destination_type %s, which %s" % (destination_type, takes))
        if desired.get("auth_token") and destination_type not in WITH_TOKEN:
            raise ValidationError("auth_token", "is sent by voipinnovations with a post or get only; set url (and "
                                                "destination_type post or get) or remove auth_token")
        forward_to = desired.get("forward_to")
        if forward_to:
            nanp_national(forward_to, "forward_to", self.provider)
            if forward_to == number:
                raise ValidationError("forward_to", "cannot be the number itself")

    # -- reading ----------------------------------------------------------------------------------

    def read(self, identity):
        national = nanp_national(identity, "number", self.provider)
        answer = self.client.call("AuditSMS", tn=national, empty=(101,))
        if answer is None:
            if self.state == "absent":
                return None       # a number the account does not hold has no SMS to switch off
            raise ValidationError("number", "%s is not a number of this voipinnovations account (AuditSMS: no records "
                                            "found); order it with voip.carrier.did first" % identity)
        return self._record(identity, self._row(answer, national, "AuditSMS"))

    def from_snapshot(self, number):
        return sms_record(number, self.provider)

    def _row(self, answer, national, operation):
        row = sms_rows(answer).get(national)
        if row is None:
            raise self.client.shape_error(operation, "no SMSDID %s in it" % national, write=operation != "AuditSMS")
        return row

    def _record(self, identity, row):
        settings = sms_settings(row)
        if not settings["enabled"]:
            return None
        return dict(settings, number=identity, provider=self.provider)

    # -- writing ----------------------------------------------------------------------------------

    @staticmethod
    def target(desired, current=None):
        """(destination_type, destination as the task leaves it): the task's type (set or derived),
        else the current one; a current destination the task clears ("") leaves type none."""
        current = current or {}
        destination_type = desired.get("destination_type") or current.get("destination_type") or "none"
        option = DESTINATION_OF.get(destination_type)
        if not option:
            return destination_type, ""
        value = desired[option] if option in desired else current.get(option, "")
        if not value:
            return "none", ""
        return destination_type, nanp_national(value) if option == "forward_to" else value

    def _configure(self, identity, desired, current=None):
        destination_type, destination = self.target(desired, current)
        national = nanp_national(identity)
        token = desired.get("auth_token") if destination_type in WITH_TOKEN else None
        answer = self.client.call("ConfigSMSDestination", tn=national, destinationType=destination_type.upper(),
                                  destination=destination or None, authToken=token or None)
        row = sms_rows(answer).get(national)
        if row is None:
            # No SMSDID echoed: the setting as sent.
            row = {"Enabled": True, "DestinationType": destination_type, "Destination": destination}
        record = self._record(identity, row)
        if record is not None and token:
            # Shown (masked) when this run sent it, as the write-only values of other carriers are.
            record["auth_token"] = token
        return record

    def create(self, desired):
        return self._configure(desired["number"], desired)

    def update(self, identity, changes, current, desired):
        return self._configure(identity, desired, current)

    def delete(self, identity, current):
        self.client.call("ConfigSMS", tn=nanp_national(identity), enable=False)
