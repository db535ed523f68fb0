# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP Innovations fax as fax users (digest 3D, 6.5).

VoIP Innovations has no fax user: fax is a set of features of one of the account's numbers. So the
neutral ``login`` is that number (E.164), ``email`` its Fax-to-Email recipient (SetFaxToEmail /
GetFaxToEmail / RemoveFaxToEmail: received faxes are e-mailed there), ``allowed_senders`` the
addresses allowed to fax from it by e-mail (AddEmailToFax / GetEmailToFax / RemoveEmailToFax, a set:
only the difference is added or removed) and ``failure_notifications`` Fax-to-Email's "Receive
Failure Notifications" (ConfigFaxToEmailNotifications), which no call returns: write-only, sent
when Fax-to-Email is set up and, with ``update_write_only: always``, on every run.

- A fax user exists when the number has Fax-to-Email or at least one sender; ``state: absent``
  removes both.
- ConfigFaxToEmailNotifications answers 101 on a number without Fax-to-Email (seed L464), so it is
  sent after SetFaxToEmail, and asking for it without Fax-to-Email fails before any request.
- Every fax call answers 101 for a number that is not the account's, which a read cannot tell from
  "no fax settings": setting up fax on a number first checks with queryDID that the account owns it.
- RemoveEmailToFax is always sent with the number: without it VoIP Innovations removes the address
  from every number of the account (digest Q17).
"""

from __future__ import annotations

import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    CarrierError, UnsupportedError, ValidationError, VoipCarrierError)
from ansible_collections.voip.carrier.plugins.module_utils.models import FAX_USER
from ansible_collections.voip.carrier.plugins.module_utils.numbers import nanp_national, to_e164
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.client import (
    number_from_wire, wire_number)
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.did import owned

# The longest address VoIP Innovations stores (its 940 "Email cannot be greater than 150 characters").
MAX_EMAIL = 150
ADDRESS = re.compile(r"^[^@\s,;]+@[^@\s,;]+\.[^@\s,;]+$")
# 101: nothing there (no Fax-to-Email, no such sender); 942: the sender is already there.
NOTHING = 101
ALREADY_THERE = 942
WHAT_IT_IS = ("voipinnovations has no fax users: a fax_user there is one of the account's numbers (login, in E.164) "
              "with its Fax-to-Email recipient (email), its Email-to-Fax senders (allowed_senders) and Fax-to-Email's "
              "failure notifications (failure_notifications)")


def _folded(addresses):
    return {address.casefold() for address in addresses}


class VoipInnovationsFaxUser(ResourceAdapter):
    model = FAX_USER
    fields = frozenset(("login", "email", "allowed_senders", "failure_notifications"))
    # No call returns the failure-notification flag.
    write_only = frozenset(("failure_notifications",))

    # -- checks before any request ---------------------------------------------------------------

    def check_supported(self, desired, state):
        if state not in self.states:
            super().check_supported(desired, state)
        for name in sorted(desired):
            if name not in self.fields:
                raise UnsupportedError(name, "%s; remove %s" % (WHAT_IT_IS, name))

    def prepare(self, desired, state):
        # The login is a number: one spelling (E.164), so a re-run finds the same fax user.
        desired = dict(desired, login=to_e164(desired["login"], field="login"))
        return super().prepare(desired, state)

    def validate(self, desired, state):
        nanp_national(desired["login"], "login", self.provider)
        if state == "absent":
            return
        email = desired.get("email")
        if email and len(email) > MAX_EMAIL:
            raise ValidationError("email", "is %d characters; voipinnovations stores at most %d" % (len(email), MAX_EMAIL))
        for sender in desired.get("allowed_senders") or []:
            if not ADDRESS.match(sender) or len(sender) > MAX_EMAIL:
                raise ValidationError("allowed_senders", "%r is not an e-mail address of at most %d characters"
                                      % (sender, MAX_EMAIL))
        if email == "" and desired.get("failure_notifications"):
            raise ValidationError("failure_notifications", "belongs to Fax-to-Email, which email: \"\" removes; remove "
                                                           "failure_notifications or set email")

    def validate_create(self, desired):
        if not desired.get("email") and not desired.get("allowed_senders"):
            raise ValidationError("email", "%s has no fax settings at voipinnovations yet: set email (Fax-to-Email: "
                                           "received faxes are e-mailed there) and/or allowed_senders (who may fax "
                                           "from it by e-mail)" % desired["login"])
        if desired.get("failure_notifications") is not None and not desired.get("email"):
            raise ValidationError("failure_notifications", "needs Fax-to-Email on the number (voipinnovations answers "
                                                           "101 without it): set email too")
        # Read-only, also in check mode: every fax call answers 101 for a number of another account.
        national = wire_number(desired["login"])
        answer = self.client.call("queryDID", did=national)
        row = next((row for row in (answer.get("DIDs") or []) if isinstance(row, dict)), None)
        if row is None or not owned(row):
            raise ValidationError("login", "%s is not a number of this voipinnovations account (queryDID: %s); a fax "
                                           "user there is one of the account's numbers (see voip.carrier.did_info)"
                                  % (desired["login"], (row or {}).get("status") or "no answer"))

    def validate_update(self, changes, current):
        email = changes.get("email", current.get("email"))
        if changes.get("failure_notifications") and not email:
            raise ValidationError("failure_notifications", "needs Fax-to-Email on %s (voipinnovations answers 101 "
                                                           "without it): set email too" % current["login"])

    # -- read ------------------------------------------------------------------------------------

    def read(self, identity):
        national = wire_number(identity)
        inbound = self.client.call("GetFaxToEmail", tn=national, empty=(NOTHING,)) or {}
        outbound = self.client.call("GetEmailToFax", tn=national, empty=(NOTHING,)) or {}
        email = str(inbound.get("Email") or "").strip()
        senders = self._senders(outbound.get("Email"))
        if not email and not senders:
            return None
        record = {"login": identity, "email": email, "allowed_senders": senders, "provider": self.provider}
        caller_id = re.sub(r"\D", "", str(outbound.get("CallerID") or ""))
        if len(caller_id) in (10, 11):
            record["from_number"] = number_from_wire(caller_id)
        return record

    def _senders(self, value):
        """GetEmailToFax's addresses, sorted, each spelled as the task spells it when they differ in
        case only (VoIP Innovations compares them ignoring case)."""
        if isinstance(value, str):
            value = [value]
        if value is not None and not isinstance(value, list):
            raise self.client.shape_error("GetEmailToFax", "Email is no list of addresses")
        wanted = {sender.casefold(): sender for sender in self.desired.get("allowed_senders") or []}
        found = {str(sender).strip() for sender in value or [] if str(sender or "").strip()}
        return sorted({wanted.get(sender.casefold(), sender) for sender in found})

    # -- write -----------------------------------------------------------------------------------

    def create(self, desired):
        national = wire_number(desired["login"])
        done = []
        try:
            if desired.get("email"):
                self._set_fax_to_email(national, desired["email"], desired.get("failure_notifications"), done)
            self._change_senders(national, [], desired.get("allowed_senders") or [], done)
        except VoipCarrierError as exc:
            raise self._partly(exc, desired["login"], done)
        record = {"login": desired["login"], "email": desired.get("email") or "",
                  "allowed_senders": desired.get("allowed_senders") or [], "provider": self.provider}
        if desired.get("failure_notifications") is not None:
            record["failure_notifications"] = desired["failure_notifications"]
        return record

    def update(self, identity, changes, current, desired):
        national = wire_number(identity)
        email = changes.get("email", current.get("email"))
        notify = changes.get("failure_notifications")
        if notify is None and changes.get("email") and not current.get("email"):
            # Fax-to-Email is set up now: its notifications go with it, as on a create.
            notify = desired.get("failure_notifications")
        done = []
        try:
            if changes.get("email"):
                self._set_fax_to_email(national, changes["email"], None, done)
            elif "email" in changes:
                # Its notifications go with it.
                self._tolerate(NOTHING, "RemoveFaxToEmail", tn=national)
                done.append("Fax-to-Email removed")
            if notify is not None and email:
                self._notifications(national, notify, done)
            if "allowed_senders" in changes:
                self._change_senders(national, current.get("allowed_senders") or [], changes["allowed_senders"], done)
        except VoipCarrierError as exc:
            raise self._partly(exc, identity, done)
        return None

    def delete(self, identity, current):
        national = wire_number(identity)
        done = []
        try:
            if current.get("email"):
                self._tolerate(NOTHING, "RemoveFaxToEmail", tn=national)
                done.append("Fax-to-Email removed")
            self._change_senders(national, current.get("allowed_senders") or [], [], done)
        except VoipCarrierError as exc:
            raise self._partly(exc, identity, done)

    def _set_fax_to_email(self, national, email, notify, done):
        self.client.call("SetFaxToEmail", tn=national, email=email)
        done.append("Fax-to-Email set to %s" % email)
        if notify is not None:
            self._notifications(national, notify, done)

    def _notifications(self, national, enabled, done):
        self.client.call("ConfigFaxToEmailNotifications", tn=national, enabled=bool(enabled))
        done.append("failure notifications turned %s" % ("on" if enabled else "off"))

    def _change_senders(self, national, current, wanted, done):
        """Add the senders ``wanted`` lacks, then remove those it does not name (ignoring case)."""
        for sender in [s for s in wanted if s.casefold() not in _folded(current)]:
            self._tolerate(ALREADY_THERE, "AddEmailToFax", tn=national, email=sender)
            done.append("sender %s added" % sender)
        for sender in [s for s in current if s.casefold() not in _folded(wanted)]:
            # Always with tn: without it the address would leave every number of the account (Q17).
            self._tolerate(NOTHING, "RemoveEmailToFax", tn=national, email=sender)
            done.append("sender %s removed" % sender)

    def _tolerate(self, code, operation, **params):
        """A write whose refusal ``code`` says it is already done (another run, a moment ago)."""
        try:
            self.client.call(operation, **params)
        except CarrierError as exc:
            if exc.code != code:
                raise

    @staticmethod
    def _partly(exc, login, done):
        if not done:
            return exc
        return exc.partly_applied("on %s at voipinnovations: %s; run the task again: it reads the number and sends "
                                  "only what is still missing" % (login, ", ".join(done)))
