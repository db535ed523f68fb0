# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP.ms port-ins: getPortability (pre-check), addLNPPort then addLNPFile (the bill), getLNPList
and getLNPDetails (read). VoIP.ms can neither change nor cancel a port once submitted: a difference
is reported as an error, and state=absent is refused before any request.

The one thing a re-run still does to a submitted port is attach its bill when VoIP.ms shows none
(``attachments`` of getLNPDetails): the bill is a second write, and a port whose addLNPFile failed,
or whose addLNPPort answer was lost, would otherwise stay without it for good.

Port types (seed L5692-5697): 1 US local, 2 Canadian local, 3 US/CA toll-free, 4 US fax,
5 Canadian fax. The country of local numbers comes from their area code.
"""

from __future__ import annotations

import base64
import os
import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    CarrierError, ValidationError, VoipCarrierError)
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_FAILED, LNP_REQUEST
from ansible_collections.voip.carrier.plugins.module_utils.numbers import (
    from_carrier, is_toll_free, nanp_country, nanp_national)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter

BILL_TYPES = (".pdf", ".doc", ".docx", ".bmp", ".jpg", ".jpeg")
# VoIP.ms status -> the collection's lifecycle (the raw value is kept in carrier_status).
STATUSES = {"pending_approval": "submitted", "processing": "submitted", "foc_received": "foc",
            "completed": "completed", "rejected": "rejected", "cancelled": "cancelled"}
FINAL = ("completed",) + LNP_FAILED
# neutral field -> addLNPPort / getLNPDetails name
TEXT = {"losing_carrier": "providerName", "account_number": "providerAccount", "city": "city", "region": "state",
        "postal_code": "zip", "extra_services": "services", "company": "statementName", "service_unit": "address2"}
REQUIRED = ("losing_carrier", "account_number", "authorized_contact", "street_number", "street_name", "city", "region",
            "postal_code")
# portType by (country of the numbers, service); toll-free numbers are always 3.
PORT_TYPES = {("US", "voice"): "1", ("CA", "voice"): "2", ("US", "fax"): "4", ("CA", "fax"): "5"}
CANADIAN_TYPES = ("2", "5")
# tfType values (seed L5718-5719), the option toll_free_type's choices.
TOLL_FREE_TYPES = {1: "American carrier, American callers only", 2: "American carrier, American and Canadian callers",
                   3: "Canadian carrier"}
# Postal code formats of the service address. Format only: plugins/module_utils/address.py (the
# shared US/CA address validator) can take over here, with state and province checks.
POSTAL_FORMATS = {"US": (re.compile(r"^\d{5}(-\d{4})?$"), "a US ZIP code: 5 digits or ZIP+4 (12345 or 12345-6789)"),
                  "CA": (re.compile(r"^[A-Z]\d[A-Z] \d[A-Z]\d$"), "a Canadian postal code: A1A 1A1")}
CANADIAN_POSTAL = re.compile(r"^\s*([A-Za-z]\d[A-Za-z])[\s-]*(\d[A-Za-z]\d)\s*$")
# addLNPPort codes whose option depends on the port (the client names the others).
PORT_TYPE_CODES = ("invalid_porttype", "invalid_number_porttype", "invalid_tfnumber_porttype")


def postal_code(value):
    """Canadian postal codes as VoIP.ms and Canada Post write them (``A1A 1A1``); others stripped."""
    text = str(value).strip()
    match = CANADIAN_POSTAL.match(text)
    return "%s %s" % (match.group(1).upper(), match.group(2).upper()) if match else text


class VoipmsLnp(ResourceAdapter):
    model = LNP_REQUEST
    fields = frozenset(("numbers", "losing_carrier", "account_number", "authorized_contact", "street_number",
                        "street_name", "service_unit", "city", "region", "postal_code", "billing_number", "bill_file",
                        "service", "partial_port", "extra_services", "location", "company", "wireless", "wireless_pin",
                        "ssn_last4", "toll_free_type", "country", "imei"))
    states = ("present",)
    updatable = False
    # bill_file is not here: its content cannot be read back, but whether a bill is attached can,
    # and a port without one gets it (see update_blocked).
    write_only = frozenset(("wireless_pin", "ssn_last4", "street_number", "street_name", "imei"))

    # -- what the user asked for, before any request ---------------------------------------------

    def prepare(self, desired, state):
        if desired.get("postal_code") is not None:
            desired = dict(desired, postal_code=postal_code(desired["postal_code"]))
        return super().prepare(desired, state)

    def validate(self, desired, state):
        for number in desired["numbers"]:
            nanp_national(number, "numbers", self.provider)
        toll_free = self._toll_free(desired)
        port_type = self._port_type(desired)
        self._validate_toll_free(desired, toll_free)
        if port_type in CANADIAN_TYPES and not desired.get("imei"):
            raise ValidationError("imei", "is required for a Canadian port-in at voipms (portType %s): VoIP.ms requires "
                                          "the IMEI of every Canadian port (dial *#06# on the phone)" % port_type)
        if desired.get("imei") and not re.match(r"^\d{14,16}$", re.sub(r"[\s/-]", "", str(desired["imei"]))):
            raise ValidationError("imei", "must be the 15-digit IMEI of the phone (14-16 digits; dial *#06#)")
        self._validate_postal_code(desired)
        if desired.get("bill_file"):
            self._bill(desired["bill_file"])
        if desired.get("ssn_last4") and not re.match(r"^\d{4}$", str(desired["ssn_last4"])):
            raise ValidationError("ssn_last4", "must be 4 digits")
        if desired.get("location") == "business" and not desired.get("company"):
            raise ValidationError("company", "is required with location: business (the statement name)")
        if desired.get("wireless") and not desired.get("wireless_pin"):
            raise ValidationError("wireless_pin", "is required with wireless: true at voipms (the account PIN of the "
                                                  "mobile numbers)")
        if desired.get("wireless") and not desired.get("billing_number"):
            raise ValidationError("billing_number", "is required with wireless: true at voipms")
        if desired.get("wireless") and not desired.get("extra_services"):
            raise ValidationError("extra_services", "is required with wireless: true at voipms")

    @staticmethod
    def _validate_toll_free(desired, toll_free):
        if toll_free and desired.get("service") == "fax":
            raise ValidationError("service", "voipms has no toll-free fax port (its port types are US/Canadian local, "
                                             "toll-free voice, US/Canadian fax); use service: voice")
        if toll_free and desired.get("toll_free_type") is None:
            raise ValidationError("toll_free_type", "is required to port toll-free numbers at voipms: %s" % ", ".join(
                "%d (%s)" % item for item in sorted(TOLL_FREE_TYPES.items())))
        if not toll_free and desired.get("toll_free_type") is not None:
            raise ValidationError("toll_free_type", "applies to toll-free numbers only; remove it for these numbers")

    def _validate_postal_code(self, desired):
        if desired.get("postal_code") is None:
            return
        country = self._address_country(desired)
        pattern, text = POSTAL_FORMATS[country]
        if not pattern.match(desired["postal_code"]):
            raise ValidationError("postal_code", "%r is not %s, as a service address in %s needs%s" % (
                desired["postal_code"], text, country,
                "" if desired.get("country") else " (the country follows the numbers; set country if the address "
                                                  "is elsewhere)"))

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

    # -- port type and country -------------------------------------------------------------------

    @staticmethod
    def _toll_free(desired):
        kinds = {is_toll_free(n) for n in desired["numbers"]}
        if len(kinds) > 1:
            raise ValidationError("numbers", "voipms ports toll-free and local numbers in separate requests")
        return kinds == {True}

    def _numbers_country(self, desired):
        """US or CA for local numbers, by area code (VoIP.ms' port types are per country)."""
        countries = set()
        for number in desired["numbers"]:
            country = nanp_country(number)
            if country not in ("US", "CA"):
                if country is None and desired.get("country"):
                    country = desired["country"]      # an area code too new to be known: the user says
                else:
                    raise ValidationError("numbers", "%s is not a US or Canadian number%s; voipms ports US and "
                                                     "Canadian numbers only" % (
                                                         number, "" if country is None else " (%s)" % country))
            countries.add(country)
        if len(countries) > 1:
            raise ValidationError("numbers", "voipms ports US and Canadian numbers in separate requests")
        return countries.pop()

    def _port_type(self, desired):
        if self._toll_free(desired):
            return "3"
        return PORT_TYPES[(self._numbers_country(desired), desired.get("service") or "voice")]

    def _address_country(self, desired):
        """The country of the service address: the option, else that of the local numbers, else
        (toll-free numbers belong to no country) the one the postal code's format shows."""
        if desired.get("country"):
            return desired["country"]
        if not self._toll_free(desired):
            return self._numbers_country(desired)
        code = desired.get("postal_code") or ""
        for country, (pattern, _text) in POSTAL_FORMATS.items():
            if pattern.match(code):
                return country
        raise ValidationError("country" if not code else "postal_code",
                              "cannot tell the country of the service address of toll-free numbers; set country "
                              "(US or CA) or a US ZIP / Canadian postal code")

    # -- read ------------------------------------------------------------------------------------

    def read(self, identity):
        wanted = set(identity)
        body = self.client.call("getLNPList") or {}
        for port in self.client.rows(body, "list"):
            numbers = self._listed_numbers(port.get("numbers"))
            if not numbers & wanted or STATUSES.get(port.get("status")) == "cancelled":
                continue
            if numbers != wanted:
                raise ValidationError("numbers", "port %s covers %s, not exactly these numbers; voipms cannot change "
                                                 "a port's numbers" % (port.get("portid"),
                                                                       ", ".join(sorted(numbers))))
            return self._details(identity, port)
        return None

    @staticmethod
    def _listed_numbers(text):
        """getLNPList ``numbers``: comma-separated, 10 or 11 digits (the seed shows both forms)."""
        return {from_carrier(n) for n in str(text or "").split(",") if n.strip()}

    def _details(self, identity, port):
        port_id = str(port["portid"])
        details = self.client.call("getLNPDetails", {"portid": port_id}) or {}
        status = details.get("post_status") or port.get("status")
        numbers = sorted({from_carrier(row.get("did")) for row in self.client.rows(details, "numbers") if row.get("did")})
        record = {"numbers": numbers or list(identity), "status": STATUSES.get(status, status),
                  "carrier_status": status, "request_ids": [port_id], "provider": "voipms",
                  "confirmed_foc_date": (details.get("focDate") or port.get("foc_date") or None) or None,
                  "created_at": details.get("date")}
        for name, wire in TEXT.items():
            if wire in details:
                record[name] = details.get(wire) or ""
        if "zip" in details:
            record["postal_code"] = postal_code(details.get("zip") or "")
        first, last = details.get("firstName") or "", details.get("lastName") or ""
        record["authorized_contact"] = ("%s %s" % (first, last)).strip()
        if details.get("btn"):
            record["billing_number"] = from_carrier(details["btn"])
        record["partial_port"] = str(details.get("isPartial")) == "1"
        record["wireless"] = str(details.get("isMobile")) == "1"
        record["location"] = "business" if str(details.get("locationType")) == "1" else "residential"
        record["service"] = "fax" if str(details.get("portType")) in ("4", "5") else "voice"
        if details.get("country"):
            record["country"] = str(details["country"]).upper()
        if str(details.get("portType")) == "3" and str(details.get("tfType") or "") in ("1", "2", "3"):
            record["toll_free_type"] = int(details["tfType"])
        record["bill_attached"] = self._has_bill(port_id, details)
        if self.desired.get("bill_file") and record["status"] not in FINAL:
            # Present (the user's file stands for "a bill is attached") or None (none is): a
            # missing bill is then a difference the engine reports and update() repairs. On a
            # finished port the key stays out, so the option is reported as not compared.
            record["bill_file"] = self.desired["bill_file"] if record["bill_attached"] else None
        return record

    def _has_bill(self, port_id, details):
        """Whether VoIP.ms shows an attachment: getLNPDetails ``attachments`` (seed L5859), or,
        if an answer lacks that key, getLNPAttachList (``no_attachments`` = none)."""
        if "attachments" in details:
            return bool(details.get("attachments"))
        body = self.client.call("getLNPAttachList", {"portid": port_id}, empty=("no_attachments",)) or {}
        return bool(body.get("list"))

    # -- write -----------------------------------------------------------------------------------

    def _wire(self, desired):
        contact = desired["authorized_contact"].strip()
        first, _sep, last = contact.rpartition(" ")
        wire = {wire: desired[name] for name, wire in TEXT.items() if desired.get(name) not in (None, "")}
        port_type = self._port_type(desired)
        wire.update({"numbers": ",".join(nanp_national(n) for n in desired["numbers"]),
                     "portType": port_type, "firstName": first or last, "lastName": last,
                     "address1": "%s %s" % (desired["street_number"], desired["street_name"]),
                     "country": self._address_country(desired),
                     "isPartial": "1" if desired.get("partial_port") else "0",
                     "locationType": "1" if desired.get("location") == "business" else "0",
                     "isMobile": "1" if desired.get("wireless") else "0"})
        if port_type == "3":
            wire["tfType"] = str(desired["toll_free_type"])
        if desired.get("imei"):
            wire["imei"] = re.sub(r"[\s/-]", "", str(desired["imei"]))
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
        port_id = self._submit(desired)
        if desired.get("bill_file"):
            self._attach(port_id, desired, submitted=True)
        return self.read(desired["numbers"])

    def _submit(self, desired):
        """addLNPPort. An answer that was lost is not handled here: the engine re-reads (never
        re-sends) and, when the port is listed, attaches a missing bill through ``update``."""
        try:
            body = self.client.call("addLNPPort", self._wire(desired), write=True) or {}
        except CarrierError as exc:
            raise self._named(exc, desired)
        if body.get("port"):
            return str(body["port"])
        port = self._listed(desired["numbers"])
        return str(port["portid"]) if port else None

    def _listed(self, numbers):
        body = self.client.call("getLNPList") or {}
        wanted = set(numbers)
        return next((port for port in self.client.rows(body, "list")
                     if self._listed_numbers(port.get("numbers")) == wanted
                     and STATUSES.get(port.get("status")) != "cancelled"), None)

    def _named(self, exc, desired):
        """Name our option for the addLNPPort codes whose option depends on the port."""
        if exc.code == "missing_params":
            port_type = self._port_type(desired)
            options = ["toll_free_type"] if port_type == "3" else ["imei"] if port_type in CANADIAN_TYPES else []
            options += ["billing_number", "extra_services"] if desired.get("wireless") else []
            hint = "voipms wants a parameter the port needs: %s" % (" or ".join(options) or "see the carrier code")
        elif exc.code in PORT_TYPE_CODES:
            hint = "numbers, service: voipms refused port type %s for these numbers" % self._port_type(desired)
        else:
            return exc
        return CarrierError(self.provider, "%s (%s)" % (hint, exc.carrier_message), code=exc.code,
                            request=exc.details.get("request"))

    def _attach(self, port_id, desired, submitted=False):
        """addLNPFile. A failure leaves the port without its bill: say so, and that a re-run
        attaches it (the port is found and its missing bill is a difference)."""
        try:
            self.client.call("addLNPFile", {"portid": port_id, "file": self._bill(desired["bill_file"])}, write=True)
        except VoipCarrierError as exc:
            if exc.maybe_applied and self._bill_shown(port_id):
                self.client.warn("addLNPFile got no usable answer (%s), but a re-read shows an attachment on port %s: "
                                 "the bill was attached" % (exc.message, port_id))
                return
            details = dict(exc.details)
            error = VoipCarrierError("bill_file: port %s of %s %s, but its bill was not attached: %s%s. Run the task "
                                     "again: it finds the port and attaches the missing bill." % (
                                         port_id, ", ".join(desired["numbers"]),
                                         "was submitted" if submitted else "exists", exc.message,
                                         "; a re-read does not show it" if exc.maybe_applied else ""),
                                     changed=submitted, **details)
            # An answer that was lost leaves the outcome unknown, even when a re-read does not show it yet.
            error.maybe_applied = exc.maybe_applied
            raise error

    def _bill_shown(self, port_id):
        """Whether a re-read shows the port with an attachment (False when the re-read fails too)."""
        try:
            return self._has_bill(port_id, self.client.call("getLNPDetails", {"portid": port_id}) or {})
        except VoipCarrierError:
            return False

    def update_blocked(self, current):
        if "bill_file" in current and current["bill_file"] is None:
            # The port lacks its bill: attaching it is the one change VoIP.ms allows. Any other
            # difference is still refused, here, before anything is written (check mode too).
            self._refuse_other_differences(current)
            return None
        return "voipms cannot change a port-in once it is submitted (the API has no update)"

    def _refuse_other_differences(self, current):
        for name, value in sorted(self.desired.items()):
            if name in (self.model.identity, "bill_file") or self.is_write_only(name) or name not in current:
                continue
            if not self.model.fields[name].equal(value, current[name]):
                raise ValidationError(name, "cannot be changed (it is %r at voipms): voipms cannot change a port-in "
                                            "once it is submitted (the API has no update)" % (current[name],))

    def update(self, identity, changes, current, desired):
        resent = sorted(set(changes) - {"bill_file"})
        if resent:
            raise ValidationError(resent[0], "cannot be sent again: voipms cannot change a port-in once it is submitted "
                                             "(the API has no update); use update_write_only: on_create")
        self._attach(current["request_ids"][0], desired)
        return self.read(identity)

    def list(self):
        body = self.client.call("getLNPList") or {}
        for port in self.client.rows(body, "list"):
            status = port.get("status")
            yield {"numbers": sorted(self._listed_numbers(port.get("numbers"))), "status": STATUSES.get(status, status),
                   "carrier_status": status, "request_ids": [str(port.get("portid"))],
                   "confirmed_foc_date": port.get("foc_date") or None, "provider": "voipms"}
