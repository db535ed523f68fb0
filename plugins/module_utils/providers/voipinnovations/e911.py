# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP Innovations E911: the provisioned 911 location of a number.

query911 reads it (DID911 + VILocation; a VILocation stub with statusCode 206200 means none),
insert911 adds it, update911 replaces it whole, remove911 removes it (Status911 205200: there was
none). Every address is checked with validate911 (a read: 100 valid, 101 "No Records Found")
before insert911 or update911 sends it, in check mode too, because update911 of an address VoIP
Innovations cannot geocode REMOVES the number's provisioned location (seed L126, digest Q35): a 101
fails naming the address options and nothing is written, so the location the number has stays.

What VoIP Innovations documents and this driver relies on (digest 3C, 4.2, 6.4):
- the address is flat: ``address1`` "the street and house number" (street_number + street_name),
  ``address2`` "APT 2 or STE 111" (unit_type as its USPS abbreviation + unit_number), ``city``,
  ``state`` (region), ``zip`` + ``plusFour`` (postal_code, ZIP or ZIP+4) and ``callerName`` (name);
  the addresses are in the US only;
- it stores the address upper-cased, so the parts are compared ignoring case (the model's casefold
  fields); reading splits address1 at its first space (street_number must therefore be one word) and
  address2 likewise; it may complete a ZIP sent without +4 (its own records show ZIP+4), which is
  not a difference from a task that gives the 5-digit ZIP;
- a location is GEOCODED, then PROVISIONED (its 911 provider has it), or INVALID (it could not be
  geocoded): returned as the read-only ``status``; an INVALID location is warned about, and
  resend_address (update_write_only: always) sends the address again on every run (``resent_always``);
- audit911 lists every location the account added, numbers it no longer owns too (Q36): it is never
  read as ownership. ``audit_locations`` reads it once per client for the account snapshot, which keeps
  the owned numbers; ``location_record`` maps its DID911 rows and query911's VILocations alike.
"""

from __future__ import annotations

import re

from ansible_collections.voip.carrier.plugins.module_utils import address
from ansible_collections.voip.carrier.plugins.module_utils.errors import CarrierError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import E911
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import NOT_IN_SNAPSHOT, ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.client import code_of

ADDRESS_FIELDS = ("name", "street_number", "street_name", "unit_type", "unit_number", "city", "region", "postal_code",
                  "country")
REQUIRED = ("name", "street_number", "street_name", "city", "region", "postal_code")
# query911 / getLocations: "A location could not be found for <tn>" (a VILocation stub).
NO_LOCATION = 206200
# remove911: "Zero records deleted/archived", the number has no location (already absent).
NOTHING_REMOVED = 205200
NOT_OWNED = 909
INVALID = "INVALID"
# unit_type -> what address2 carries: the USPS abbreviation (seed L268 "APT 2 or STE 111"), from the
# abbreviation itself or the word, in any case (VoIP.ms' and VoiceMeUp's spelling "hanger" too).
UNIT_ABBREVIATIONS = dict([(abbreviation.casefold(), abbreviation) for abbreviation in address.USPS_UNIT_DESIGNATORS]
                          + [(word.casefold(), abbreviation)
                             for abbreviation, word in address.USPS_UNIT_DESIGNATORS.items()]
                          + [("hanger", "HNGR")])
ZIP_PLUS_FOUR = re.compile(r"^(\d{5})(?:-(\d{4}))?$")
CHECKED_OPTIONS = "street_number, street_name, unit_type, unit_number, city, region and postal_code"


def _words(value):
    return " ".join(str(value or "").split())


def _split(text):
    """``"100 MAIN ST"`` -> ("100", "MAIN ST"); one word -> (word, "")."""
    parts = _words(text).partition(" ")
    return parts[0], parts[2]


def location_record(row, number):
    """A query911 VILocation or an audit911 DID911 row of ``number`` (E.164) in the neutral model."""
    street_number, street_name = _split(row.get("address1"))
    if not re.search(r"\d", street_number):
        # An address1 without a leading house number (typed in the Back Office): all of it is the street.
        street_number, street_name = "", _words(row.get("address1"))
    unit_type, unit_number = _split(row.get("address2"))
    zip_code, plus_four = _words(row.get("zipCode")), _words(row.get("plusFour"))
    postal_code = "%s-%s" % (zip_code, plus_four) if plus_four and "-" not in zip_code else zip_code
    return {"number": number, "name": _words(row.get("callerName")), "street_number": street_number,
            "street_name": street_name, "unit_type": unit_type, "unit_number": unit_number,
            "city": _words(row.get("city")), "region": _words(row.get("state")).upper(), "postal_code": postal_code,
            "country": "US", "status": _words(row.get("statusCode")).upper(), "provider": "voipinnovations"}


def describe_address(values):
    """One line a person reads: ``100 Main St, STE 200, Raleigh NC 27601``."""
    street = " ".join(part for part in (values.get("street_number"), values.get("street_name")) if part)
    unit = " ".join(part for part in (values.get("unit_type"), values.get("unit_number")) if part)
    place = " ".join(part for part in (values.get("city"), values.get("region"), values.get("postal_code")) if part)
    return ", ".join(part for part in (street, unit, place) if part)


def audit_locations(client):
    """E.164 number -> audit911 DID911 row of every location the account added, once per client. It
    holds numbers the account no longer owns (off-net): callers keep the owned ones."""
    def read_all():
        answer = client.call("audit911", empty=(101,)) or {}
        found = {}
        for row in answer.get("DID911s") or []:
            if isinstance(row, dict) and _words(row.get("tn")):
                found.setdefault(from_carrier(row["tn"]), row)
        return found
    return client.memo("audit911", read_all)


class VoipInnovationsE911(ResourceAdapter):
    model = E911
    fields = frozenset(("number",) + ADDRESS_FIELDS)
    write_only = frozenset()
    # query911 returns the whole address, so it is compared; resend_address sends it again anyway.
    resent_always = frozenset(ADDRESS_FIELDS)
    state = None  # set by prepare(): a number not in the account has no location to remove

    def __init__(self, client):
        super().__init__(client)
        # validate911 parameters VoIP Innovations accepted this run: an address checked in planning
        # (validate_create, validate_update) is not checked again just before it is written.
        self._validated = set()
        self._warned = False

    # -- the desired address, without a request -------------------------------------------------

    def prepare(self, desired, state):
        self.state = state
        if state == "present":
            desired = address.normalise(dict((name, _words(value) if isinstance(value, str) else value)
                                             for name, value in desired.items()))
            if desired.get("unit_type"):
                # Unknown values are kept as typed, for validate() to name them.
                desired["unit_type"] = UNIT_ABBREVIATIONS.get(desired["unit_type"].rstrip(".").casefold(),
                                                              desired["unit_type"])
        return super().prepare(desired, state)

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if state != "present":
            return
        # update911 replaces the whole location, so every required part is needed on every run.
        address.require(desired, REQUIRED, self.provider)
        if " " in desired["street_number"] or not re.search(r"\d", desired["street_number"]):
            raise ValidationError("street_number", "%r is not a house number VoIP Innovations can return as one: "
                                                   "one word with digits (100, 12B, 10-1/2); put the street in "
                                                   "street_name" % desired["street_number"])
        if desired.get("unit_number") and not desired.get("unit_type"):
            raise ValidationError("unit_type", "is required with unit_number at voipinnovations: the number of what "
                                               "(STE, APT, FL ...)?")
        if desired.get("unit_type") and desired["unit_type"] not in address.USPS_UNIT_DESIGNATORS:
            raise ValidationError("unit_type", "%r is not a USPS unit designator; use one of %s (or the word, such as "
                                               "Suite or Apartment)"
                                  % (desired["unit_type"], ", ".join(sorted(address.USPS_UNIT_DESIGNATORS))))
        address.check(desired, countries=("US",), provider=self.provider)

    # -- reads ---------------------------------------------------------------------------------

    def read(self, identity):
        national = nanp_national(identity, "number", self.provider)
        try:
            answer = self.client.call("query911", did=national)
        except CarrierError as exc:
            if exc.code != NOT_OWNED:
                raise
            if self.state == "absent":
                return None  # nothing to remove from a number the account does not hold
            raise ValidationError("number", "%s is not a number of this voipinnovations account (query911 answered "
                                            "909); order it first with voip.carrier.did" % identity)
        return self._record_of(answer, identity)

    def _record_of(self, answer, identity):
        """The location in a query911 answer, None for the 206200 stub. An answer with neither is
        not understood: never read as "no location" (that would lead to an insert911)."""
        locations = [row for row in answer.get("VILocations") or [] if isinstance(row, dict)]
        rows = [row for row in answer.get("DID911s") or [] if isinstance(row, dict)]
        found = [row for row in locations if code_of(row.get("statusCode")) != NO_LOCATION] or rows
        if not found:
            if any(code_of(row.get("statusCode")) == NO_LOCATION for row in locations):
                return None
            raise self.client.shape_error("query911", "neither a location nor the 206200 stub in it")
        return self._seen(location_record(found[0], identity))

    def _seen(self, record):
        """The record as the engine compares it: a +4 VoIP Innovations added to the ZIP of a task that
        gives none is no difference; an INVALID location is warned about (emergency calls from the
        number have no address)."""
        wanted = ZIP_PLUS_FOUR.match(str(self.desired.get("postal_code") or ""))
        if wanted and not wanted.group(2) and record["postal_code"].startswith(wanted.group(1) + "-"):
            record["postal_code"] = wanted.group(1)
        if record["status"] == INVALID and self.state == "present" and not self._warned:
            self._warned = True
            self.client.warn("the E911 location of %s is INVALID (VoIP Innovations could not geocode %r): 911 calls "
                             "from it have no address; set a valid address, or resend_address: true to send it again"
                             % (record["number"], describe_address(record)))
        return record

    def from_snapshot(self, number):
        if number is None or number.get("status") == "porting":
            return None
        row = audit_locations(self.client).get(number["number"])
        if row is None:
            # has911 without an audit911 row: read the number itself rather than report no location.
            return NOT_IN_SNAPSHOT if number.get("e911") else None
        return self._seen(location_record(row, number["number"]))

    # -- the address check ---------------------------------------------------------------------

    @staticmethod
    def _wire(values):
        """validate911 / insert911 / update911 parameters (without ``did``)."""
        postal = ZIP_PLUS_FOUR.match(values.get("postal_code") or "")
        zip_code, plus_four = (postal.group(1), postal.group(2) or "") if postal else (values.get("postal_code") or "", "")
        return {
            "address1": " ".join(part for part in (values.get("street_number"), values.get("street_name")) if part),
            "address2": " ".join(part for part in (values.get("unit_type"), values.get("unit_number")) if part),
            "city": values.get("city") or "", "state": (values.get("region") or "").upper(), "zip": zip_code,
            "plusFour": plus_four, "callerName": values.get("name") or "",
        }

    def _validated_wire(self, values):
        """validate911 of the address in ``values`` (once per address and run); 101 fails naming the
        address options, before anything is written."""
        wire = self._wire(values)
        key = tuple(sorted(wire.items()))
        if key in self._validated:
            return wire
        if self.client.call("validate911", empty=(101,), **wire) is None:
            raise CarrierError(self.provider, "VoIP Innovations does not know the address %r (validate911 answered 101 "
                                              "No Records Found)" % describe_address(values),
                               code=101, request="validate911",
                               hint="nothing was written and the number keeps the location it has; check %s "
                                    "(written as the USPS does)" % CHECKED_OPTIONS)
        self._validated.add(key)
        return wire

    def _merged(self, current, changes):
        """The whole address update911 sends: what VoIP Innovations holds, with the changes."""
        merged = dict((name, value) for name, value in current.items() if name in ADDRESS_FIELDS)
        merged.update(changes)
        if not merged.get("unit_type"):
            # unit_type "" removes the unit: its number alone would read back as a unit type.
            merged["unit_number"] = ""
        merged["number"] = current["number"]
        return merged

    def validate_create(self, desired):
        self._validated_wire(desired)

    def validate_update(self, changes, current):
        self._validated_wire(self._merged(current, changes))

    # -- writes --------------------------------------------------------------------------------

    def create(self, desired):
        return self._write("insert911", desired)

    def update(self, identity, changes, current, desired):
        return self._write("update911", self._merged(current, changes))

    def _write(self, operation, values):
        wire = self._validated_wire(values)
        answer = self.client.call(operation, write=True, did=nanp_national(values["number"]), **wire)
        if any(_words(row.get("code")).upper() == INVALID for row in answer.get("Statuses") or [] if isinstance(row, dict)):
            # validate911 said yes, the write said INVALID: the location is stored INVALID
            # (insert911) or gone (update911); either way it took effect.
            what = ("the number's location is stored as INVALID" if operation == "insert911" else
                    "VoIP Innovations removed the number's provisioned location, as it does for an address it cannot "
                    "geocode: the number has no E911 location now")
            raise CarrierError(self.provider, "%s could not geocode %r (Status911 INVALID)"
                               % (operation, describe_address(values)), code=INVALID, request=operation,
                               hint="check %s" % CHECKED_OPTIONS).partly_applied(
                "%s; run the task again with an address VoIP Innovations can geocode" % what)
        return self.read(values["number"]) if self.confirm_writes else None

    def delete(self, identity, current):
        # 205200 "Zero records deleted/archived" (in Status911, or as the responseCode): already absent.
        self.client.call("remove911", write=True, empty=(NOTHING_REMOVED,), did=nanp_national(identity))
