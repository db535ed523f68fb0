# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP.ms port-ins: getPortability (pre-check), addLNPPort then addLNPFile (the bill), getLNPList
and getLNPDetails (read). VoIP.ms can neither change nor cancel a port once submitted: a difference
is reported as an error, and state=absent is refused before any request.
"""

from __future__ import annotations

import base64
import os

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_REQUEST
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, is_toll_free, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter

BILL_TYPES = (".pdf", ".doc", ".docx", ".bmp", ".jpg", ".jpeg")
# VoIP.ms status -> the collection's lifecycle (the raw value is kept in carrier_status).
STATUSES = {"pending_approval": "submitted", "processing": "submitted", "foc_received": "foc",
            "completed": "completed", "rejected": "rejected", "cancelled": "cancelled"}
# neutral field -> addLNPPort / getLNPDetails name
TEXT = {"losing_carrier": "providerName", "account_number": "providerAccount", "city": "city", "region": "state",
        "postal_code": "zip", "extra_services": "services", "company": "statementName", "service_unit": "address2"}
REQUIRED = ("losing_carrier", "account_number", "authorized_contact", "street_number", "street_name", "city", "region",
            "postal_code")


class VoipmsLnp(ResourceAdapter):
    model = LNP_REQUEST
    fields = frozenset(("numbers", "losing_carrier", "account_number", "authorized_contact", "street_number",
                        "street_name", "service_unit", "city", "region", "postal_code", "billing_number", "bill_file",
                        "service", "partial_port", "extra_services", "location", "company", "wireless", "wireless_pin",
                        "ssn_last4"))
    states = ("present",)
    updatable = False
    write_only = frozenset(("bill_file", "wireless_pin", "ssn_last4", "street_number", "street_name"))

    def validate(self, desired, state):
        for number in desired["numbers"]:
            nanp_national(number, "numbers", self.provider)
        kinds = {is_toll_free(n) for n in desired["numbers"]}
        if len(kinds) > 1:
            raise ValidationError("numbers", "voipms ports toll-free and local numbers in separate requests")
        if desired.get("bill_file"):
            self._bill(desired["bill_file"])
        if desired.get("ssn_last4") and not str(desired["ssn_last4"]).isdigit():
            raise ValidationError("ssn_last4", "must be 4 digits")
        if desired.get("location") == "business" and not desired.get("company"):
            raise ValidationError("company", "is required with location: business (the statement name)")
        if desired.get("wireless") and not desired.get("billing_number"):
            raise ValidationError("billing_number", "is required with wireless: true at voipms")
        if desired.get("wireless") and not desired.get("extra_services"):
            raise ValidationError("extra_services", "is required with wireless: true at voipms")

    def validate_create(self, desired):
        for name in REQUIRED:
            if not desired.get(name):
                raise ValidationError(name, "is required to submit a port-in at voipms")
        if self._port_type(desired) in ("1", "4") and not desired.get("ssn_last4"):
            raise ValidationError("ssn_last4", "is required for a US port-in at voipms")
        for number in desired["numbers"]:
            body = self.client.call("getPortability", {"did": nanp_national(number)}) or {}
            if str(body.get("portable", "yes")).lower() != "yes":
                raise ValidationError("numbers", "%s cannot be ported to voipms (getPortability says no)" % number)

    @staticmethod
    def _bill(path):
        path = os.path.expanduser(str(path))
        if not os.path.isfile(path):
            raise ValidationError("bill_file", "%s is not a readable file" % path)
        if not path.lower().endswith(BILL_TYPES):
            raise ValidationError("bill_file", "must be a PDF, Word, BMP or JPG file (what voipms accepts)")
        with open(path, "rb") as handle:
            return base64.b64encode(handle.read()).decode()

    @staticmethod
    def _port_type(desired):
        if is_toll_free(desired["numbers"][0]):
            return "3"
        return "4" if desired.get("service") == "fax" else "1"

    def read(self, identity):
        wanted = {nanp_national(n) for n in identity}
        body = self.client.call("getLNPList") or {}
        for port in body.get("list") or []:
            numbers = {n.strip() for n in str(port.get("numbers") or "").split(",") if n.strip()}
            if not numbers & wanted or STATUSES.get(port.get("status")) == "cancelled":
                continue
            if numbers != wanted:
                raise ValidationError("numbers", "port %s covers %s, not exactly these numbers; voipms cannot change "
                                                 "a port's numbers" % (port.get("portid"),
                                                                       ", ".join(sorted(numbers))))
            return self._details(identity, port)
        return None

    def _details(self, identity, port):
        details = self.client.call("getLNPDetails", {"portid": port["portid"]}) or {}
        status = details.get("post_status") or port.get("status")
        record = {"numbers": list(identity), "status": STATUSES.get(status, status), "carrier_status": status,
                  "request_ids": [str(port["portid"])], "provider": "voipms",
                  "confirmed_foc_date": (details.get("focDate") or port.get("foc_date") or None) or None,
                  "created_at": details.get("date")}
        for name, wire in TEXT.items():
            if wire in details:
                record[name] = details.get(wire) or ""
        first, last = details.get("firstName") or "", details.get("lastName") or ""
        record["authorized_contact"] = ("%s %s" % (first, last)).strip()
        if details.get("btn"):
            record["billing_number"] = from_carrier(details["btn"])
        record["partial_port"] = str(details.get("isPartial")) == "1"
        record["wireless"] = str(details.get("isMobile")) == "1"
        record["location"] = "business" if str(details.get("locationType")) == "1" else "residential"
        record["service"] = "fax" if str(details.get("portType")) in ("4", "5") else "voice"
        return record

    def _wire(self, desired):
        contact = desired["authorized_contact"].strip()
        first, _sep, last = contact.rpartition(" ")
        wire = {wire: desired[name] for name, wire in TEXT.items() if desired.get(name) not in (None, "")}
        wire.update({"numbers": ",".join(nanp_national(n) for n in desired["numbers"]),
                     "portType": self._port_type(desired), "firstName": first or last, "lastName": last,
                     "address1": "%s %s" % (desired["street_number"], desired["street_name"]), "country": "US",
                     "isPartial": "1" if desired.get("partial_port") else "0",
                     "locationType": "1" if desired.get("location") == "business" else "0",
                     "isMobile": "1" if desired.get("wireless") else "0"})
        if desired.get("billing_number"):
            wire["btn"] = nanp_national(desired["billing_number"])
        if desired.get("ssn_last4"):
            wire["snn"] = desired["ssn_last4"]
        if desired.get("wireless_pin"):
            wire["pin"] = desired["wireless_pin"]
        if wire["locationType"] == "1":
            wire.setdefault("statementName", desired.get("company") or "")
        else:
            wire.setdefault("statementName", "")
        return wire

    def create(self, desired):
        body = self.client.call("addLNPPort", self._wire(desired), write=True) or {}
        port_id = body.get("port")
        if desired.get("bill_file") and port_id:
            self.client.call("addLNPFile", {"portid": port_id, "file": self._bill(desired["bill_file"])}, write=True)
        return self.read(desired["numbers"])

    def update_blocked(self, current):
        return "voipms cannot change a port-in once it is submitted (the API has no update)"

    def list(self):
        body = self.client.call("getLNPList") or {}
        for port in body.get("list") or []:
            numbers = [from_carrier(n) for n in str(port.get("numbers") or "").split(",") if n.strip()]
            status = port.get("status")
            yield {"numbers": sorted(numbers), "status": STATUSES.get(status, status), "carrier_status": status,
                   "request_ids": [str(port.get("portid"))], "confirmed_foc_date": port.get("foc_date") or None,
                   "provider": "voipms"}
