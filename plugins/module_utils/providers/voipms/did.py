# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP.ms voice DIDs: search (searchDIDs*/getDIDs*/searchTollFree*), order (orderDID,
orderTollFree), read (getDIDsInfo), update (setDIDInfo, which replaces the whole record) and
cancel (cancelDID).

Two things are decided before anything is bought or written, also in check mode: a port-out PIN
only where VoIP.ms offers one ("only for selected US numbers with the lock icon": getDIDsUSA's
``has_port_out_pin``), and a voicemail box only if getVoicemails knows it. ``record_calls`` is
write-only: getDIDsInfo never returns it and setDIDInfo resets it when it is left out, so a value
the user declares travels with every setDIDInfo.
"""

from __future__ import annotations

import fnmatch
import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.numbers import (
    from_carrier, is_toll_free, nanp_national, search_area_code)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import did_record

BILLING_TYPES = {"per_minute": "1", "flat": "2"}
BILLING_FROM_WIRE = {v: k for k, v in BILLING_TYPES.items()}
CANADIAN_PROVINCES = ("AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT")
# setDIDInfo replaces the record: these optional fields are sent back as read, or they are lost.
KEPT_ON_UPDATE = ("failover_busy", "failover_unreachable", "failover_noanswer", "voicemail", "callerid_prefix", "note",
                  "port_out_pin", "transcribe", "transcription_locale", "transcription_email")
# Accepted by setDIDInfo, never returned by getDIDsInfo (neutral names).
WRITE_ONLY = frozenset(("record_calls",))
# Set only by setDIDInfo: the order calls do not take them, so a create applies them afterwards.
AFTER_ORDER = ("port_out_pin", "record_calls")
_MAILBOX = re.compile(r"^[0-9]{1,10}$")
# neutral field -> setDIDInfo / getDIDsInfo name (the same on both sides for DIDs).
WIRE_NAMES = {"description": "note", "routing": "routing", "failover_busy": "failover_busy",
              "failover_unreachable": "failover_unreachable", "failover_noanswer": "failover_noanswer",
              "voicemail": "voicemail", "pop": "pop", "dial_time": "dialtime", "caller_id_prefix": "callerid_prefix",
              "port_out_pin": "port_out_pin"}
_ACCOUNT_ROUTING = re.compile(r"^account:(\d+)_(.+)$")


class VoipmsDid(ResourceAdapter):
    model = DID
    fields = frozenset(("number", "description", "trunk", "cnam", "port_out_pin", "routing", "failover_busy",
                        "failover_unreachable", "failover_noanswer", "voicemail", "pop", "dial_time", "caller_id_prefix",
                        "billing_type", "record_calls"))
    # getDIDsInfo returns all the others, the port-out PIN included.
    write_only = WRITE_ONLY
    # available_did_info: searchDIDs*/getDIDs*/searchTollFree* take a region, a rate centre or an
    # area code; VoIP.ms has no tiers and no ZIP search.
    search_criteria = frozenset(("type", "region", "rate_center", "npa"))
    unsearchable = {"tier": "voipms has no service tiers; remove tier",
                    "zip": "voipms cannot search by ZIP code; use region and rate_center, or npa"}

    def __init__(self, client):
        super().__init__(client)
        self._rows = client.did_rows

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if "trunk" in desired and "routing" in desired:
            raise ValidationError("trunk", "trunk sets the routing to account:<sub-account>; give trunk or routing, "
                                           "not both")
        if len(desired.get("description") or "") >= 50:
            raise ValidationError("description", "must be shorter than 50 characters at voipms")
        if len(desired.get("caller_id_prefix") or "") >= 20:
            raise ValidationError("caller_id_prefix", "must be shorter than 20 characters at voipms")
        for name in ("pop", "dial_time"):
            if desired.get(name) is not None and not str(desired[name]).isdigit():
                raise ValidationError(name, "must be a positive whole number")
        if desired.get("billing_type") is not None and desired["billing_type"] not in BILLING_TYPES:
            raise ValidationError("billing_type", "must be per_minute or flat")
        pin = desired.get("port_out_pin")
        if pin is not None and not 4 <= len(pin) <= 10:
            raise ValidationError("port_out_pin", "must be 4 to 10 digits")
        if pin and is_toll_free(desired["number"]):
            raise ValidationError("port_out_pin", "voipms offers port-out PINs only on selected US numbers, never on "
                                                  "toll-free ones; remove port_out_pin")
        mailbox = desired.get("voicemail")
        if mailbox and not _MAILBOX.match(mailbox):
            raise ValidationError("voicemail", "%r is not a voipms mailbox number: give its digits (such as 101 or "
                                               "1001, see getVoicemails), or \"\" for none" % mailbox)

    def validate_create(self, desired):
        # Both are read before the order: a refusal after it would leave the user paying for a
        # number the task reports as failed.
        if desired.get("port_out_pin"):
            self._check_pin_offered(desired["number"])
        self._check_mailbox(desired.get("voicemail"))

    def validate_update(self, changes, current):
        if changes.get("port_out_pin"):
            self._check_pin_possible(current)
        self._check_mailbox(changes.get("voicemail"))

    def _check_pin_offered(self, number):
        """Before an order: the number must be on offer with ``has_port_out_pin`` 1. Only
        getDIDsUSA carries the flag, and it needs the state, which searchDIDsUSA tells."""
        national = nanp_national(number, "number", self.provider)
        found = self.client.call("searchDIDsUSA", {"type": "starts", "query": national}, empty=("no_did",)) or {}
        row = next((r for r in self.client.rows(found, "dids") if str(r.get("did")) == national), None)
        if row is None:
            raise ValidationError("port_out_pin", "voipms offers port-out PINs only on selected US numbers, and %s is "
                                                  "not among the US numbers it has on offer (searchDIDsUSA); remove "
                                                  "port_out_pin, or order a US number whose search result has "
                                                  "has_port_out_pin" % number)
        offered = self.client.call("getDIDsUSA", {"state": row.get("state"), "ratecenter": row.get("ratecenter")},
                                   empty=("no_did",)) or {}
        row = next((r for r in self.client.rows(offered, "dids") if str(r.get("did")) == national), {})
        if str(row.get("has_port_out_pin")) != "1":
            raise ValidationError("port_out_pin", "voipms cannot protect %s with a port-out PIN (getDIDsUSA: "
                                                  "has_port_out_pin is not 1; PINs exist only on selected US numbers); "
                                                  "remove port_out_pin, or choose a number that has one" % number)

    def _check_pin_possible(self, current):
        """Before an update: no request tells whether a held number takes a PIN; a Canadian one
        never does (its rate centre label ends in the province). A US one is left to setDIDInfo,
        whose refusal (invalid_pin) costs nothing."""
        region = str(self._rows.get(current["number"], {}).get("description") or "").rpartition(",")[2].strip()
        if current.get("type") == "toll_free" or region.upper() in CANADIAN_PROVINCES:
            raise ValidationError("port_out_pin", "voipms offers port-out PINs only on selected US numbers, and %s is "
                                                  "not one; remove port_out_pin" % current["number"])

    def _check_mailbox(self, mailbox):
        """A voicemail box is the account's own: getVoicemails must know it (before any write)."""
        if not mailbox:
            return
        body = self.client.memo(("getVoicemails", mailbox), lambda: self.client.call(
            "getVoicemails", {"mailbox": mailbox}, empty=("no_mailbox", "invalid_mailbox")) or {})
        if not any(str(box.get("mailbox")) == mailbox for box in self.client.rows(body, "voicemails")):
            raise ValidationError("voicemail", "there is no mailbox %s in this voipms account (getVoicemails); create "
                                               "it in the VoIP.ms portal first, or give an existing one" % mailbox)

    # -- mapping ------------------------------------------------------------------------------

    def to_neutral(self, row):
        routing = row.get("routing") or ""
        match = _ACCOUNT_ROUTING.match(routing)
        number = from_carrier(row["did"])
        self._rows[number] = row
        return {
            "number": number,
            "status": "active",
            "type": "toll_free" if is_toll_free(number) else "local",
            "description": row.get("note") or "",
            "routing": routing,
            "trunk": match.group(2) if match else "",
            "failover_busy": row.get("failover_busy") or "none:",
            "failover_unreachable": row.get("failover_unreachable") or "none:",
            "failover_noanswer": row.get("failover_noanswer") or "none:",
            "voicemail": row.get("voicemail") or "",
            "pop": str(row.get("pop") or ""),
            "dial_time": str(row.get("dialtime") or ""),
            "cnam": str(row.get("cnam")) == "1",
            "caller_id_prefix": row.get("callerid_prefix") or "",
            "port_out_pin": row.get("port_out_pin") or "",
            "billing_type": BILLING_FROM_WIRE.get(str(row.get("billing_type")), row.get("billing_type")),
            "e911": str(row.get("e911")) == "1",
            "sms_available": str(row.get("sms_available")) == "1",
            "provider": "voipms",
        }

    def wire_row(self, number):
        """The getDIDsInfo row a record of this adapter was made from (SMS settings live there too)."""
        return self._rows[number]

    def _routing_for_trunk(self, trunk):
        """account:<main>_<sub-account> for a sub-account username (or full account name)."""
        if trunk == "":
            return "none:"
        body = self.client.memo("getSubAccounts", lambda: self.client.call("getSubAccounts", empty=("no_account",)) or {})
        for account in self.client.rows(body, "accounts"):
            if trunk in (account.get("username"), account.get("account")):
                return "account:%s" % account["account"]
        raise ValidationError("trunk", "there is no voipms sub-account %r to route to (create it with "
                                       "voip.carrier.sip_trunk)" % trunk)

    def _wire(self, values):
        wire = {WIRE_NAMES[name]: values[name] for name in WIRE_NAMES if values.get(name) is not None}
        for name in ("cnam", "record_calls"):
            if name in values:
                wire[name] = "1" if values[name] else "0"
        if "billing_type" in values:
            wire["billing_type"] = BILLING_TYPES[values["billing_type"]]
        if "trunk" in values:
            wire["routing"] = self._routing_for_trunk(values["trunk"])
        return wire

    # -- I/O ----------------------------------------------------------------------------------

    def read(self, identity):
        row = self.client.did_row(nanp_national(identity, "number", self.provider))
        return self.to_neutral(row) if row else None

    def from_snapshot(self, number):
        # The snapshot's records come from this adapter's to_neutral: their rows are in did_rows.
        return did_record(number)

    def _default_pop(self):
        body = self.client.memo("getServersInfo", lambda: self.client.call("getServersInfo") or {})
        servers = self.client.rows(body, "servers")
        recommended = [s for s in servers if str(s.get("server_recommended", "")).lower() in ("yes", "1", "true")]
        chosen = (recommended or servers or [{}])[0]
        if not chosen.get("server_pop"):
            raise ValidationError("pop", "is required to order at voipms (a server_pop from getServersInfo)")
        return str(chosen["server_pop"])

    def _order(self, desired):
        """The order call and its parameters, with the carrier's required fields defaulted."""
        number = desired["number"]
        order = self._wire(desired)
        order.setdefault("routing", "none:")
        order.setdefault("dialtime", "60")
        order.setdefault("cnam", "0")
        if "pop" not in order:
            order["pop"] = self._default_pop()
        order["did"] = nanp_national(number)
        if is_toll_free(number):
            order.pop("billing_type", None)
            return "orderTollFree", order
        order.setdefault("billing_type", BILLING_TYPES["per_minute"])
        return "orderDID", order

    @staticmethod
    def _after_order(order):
        """Take out of an order what only setDIDInfo sets; keep what differs from a new
        number's defaults (no PIN, no recording), so a plain order needs no second write."""
        later = {name: order.pop(name) for name in AFTER_ORDER if name in order}
        return {name: value for name, value in later.items() if value not in ("", "0")}

    def check_create(self, desired):
        # "When testing, no Orders are made": the carrier validates the order for check mode.
        method, order = self._order(desired)
        self._after_order(order)
        self.client.call(method, dict(order, test="1"))

    def create(self, desired):
        number = desired["number"]
        national = nanp_national(number, "number", self.provider)
        method, order = self._order(desired)
        later = self._after_order(order)
        self.client.call(method, order, write=True)
        current = self.read(number)
        if later and current is not None:
            self._set(national, current, later)
            current = self.read(number)
        return current

    def _declared_write_only(self, desired):
        """The write-only values the user declared, on the wire: setDIDInfo resets what it is not
        sent, so they go with every update, whichever field triggered it."""
        return self._wire({name: desired[name] for name in WRITE_ONLY if name in desired})

    def _set(self, national, current, wire_changes):
        row = self._rows.get(current["number"], {})
        record = {key: row.get(key) for key in KEPT_ON_UPDATE if row.get(key) not in (None, "")}
        record.update({"routing": row.get("routing") or "none:", "pop": row.get("pop"),
                       "dialtime": row.get("dialtime"), "cnam": row.get("cnam"),
                       "billing_type": row.get("billing_type")})
        record.update(wire_changes)
        record["did"] = national
        self.client.call("setDIDInfo", record, write=True)

    def update(self, identity, changes, current, desired):
        national = nanp_national(identity, "number", self.provider)
        wire = self._declared_write_only(desired)
        wire.update(self._wire(changes))
        self._set(national, current, wire)
        return self.read(identity) if self.confirm_writes else None

    def delete(self, identity, current):
        self.client.call("cancelDID", {"did": nanp_national(identity, "number", self.provider)}, write=True)

    # -- queries ------------------------------------------------------------------------------

    def list(self, pattern=None):
        """Every DID of the account: getDIDsInfo answers with all of them in one call."""
        body = self.client.call("getDIDsInfo", empty=("no_did",)) or {}
        for row in self.client.rows(body, "dids"):
            national = re.sub(r"\D", "", str(row.get("did")))[-10:]
            if pattern and not fnmatch.fnmatchcase(national, pattern):
                continue
            yield self.to_neutral(row)

    def search(self, criteria):
        self.refuse_unsupported_criteria(criteria)
        region = (criteria.get("region") or "").upper()
        canadian = region in CANADIAN_PROVINCES
        if criteria.get("type") == "toll_free":
            npa = criteria.get("npa")
            params = {"type": "starts", "query": search_area_code(npa, toll_free=True)} if npa else {}
            body = self.client.call("searchTollFreeUSA", params, empty=("no_did",)) or {}
        elif criteria.get("npa"):
            params = {"type": "starts", "query": search_area_code(criteria["npa"], toll_free=False)}
            if region:
                params["province" if canadian else "state"] = region
            body = self.client.call("searchDIDsCAN" if canadian else "searchDIDsUSA", params, empty=("no_did",)) or {}
        elif region:
            params = {"province" if canadian else "state": region}
            if criteria.get("rate_center"):
                params["ratecenter"] = criteria["rate_center"].upper()
            body = self.client.call("getDIDsCAN" if canadian else "getDIDsUSA", params, empty=("no_did",)) or {}
        else:
            raise ValidationError("region", "voipms searches local numbers by region (optionally with rate_center) "
                                            "or by npa; give one of these")
        results = []
        for row in self.client.rows(body, "dids"):
            number = from_carrier(row["did"])
            entry = {"number": number, "type": "toll_free" if is_toll_free(number) else "local",
                     "state": row.get("state") or row.get("province"), "rate_center": row.get("ratecenter")}
            if "sms" in row:
                entry["sms"] = str(row["sms"]) == "1"
            results.append(entry)
        return results
