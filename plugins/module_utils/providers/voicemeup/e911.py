# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoiceMeUp E911: the provisioned address ("endpoint") of a number.

get_e911 reads it (``no_e911_endpoint_found``: none), update_e911 creates or replaces it whole,
delete_e911 removes it. Street and city must match VoiceMeUp's address database exactly, so every
address is checked with check_e911 (read-only) before update_e911 sends it, in check mode too; an
address VoiceMeUp knows only under another spelling fails with the addresses it proposes, in the
message and as ``alternate_addresses``, and nothing is written.

What VoiceMeUp documents and this driver relies on (digest §3.2.6, §4.5):
- ``civic_number`` is an integer and ``full_name`` 2 to 32 characters: both checked here, before
  any request, with the shared address checks (region, postal code and their agreement);
- ``e911_language`` (en or fr) is "ignored outside of Canada": refused here for another country,
  or every run would report a change VoiceMeUp never makes;
- ``address_type`` is one of 24 lower-case words (the USPS secondary unit designators, with
  VoiceMeUp's "hanger"); the abbreviations people write (STE, APT) are sent as the word;
- the account's default endpoint cannot be deleted and no request type chooses another default
  (the portal does): the refusal says so. Deleting the account's last endpoint succeeds with a fee
  notice, which the client turns into a warning.

The whole account's endpoints come from one paginated get_e911 without arguments, read once per
client (``endpoints``): the account snapshot's E911 flags and the bulk module's current records
come from it, never one request per number.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils import address
from ansible_collections.voip.carrier.plugins.module_utils.errors import CarrierError, TransportError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import E911
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import NOT_IN_SNAPSHOT, ResourceAdapter

CONTAINER = ("e911_endpoints", "e911_endpoint")
ALTERNATES = ("alternate_addresses", "address")
# neutral field -> update_e911 / get_e911 name
WIRE_NAMES = {"name": "full_name", "street_number": "civic_number", "street_name": "street", "unit_type": "address_type",
              "unit_number": "address_type_number", "city": "city", "region": "state_code", "postal_code": "postal_code",
              "country": "country_code", "language": "e911_language"}
# What check_e911 takes: the address without the name and the language.
CHECKED = ("street_number", "street_name", "unit_type", "unit_number", "city", "region", "postal_code", "country")
REQUIRED = ("name", "street_number", "street_name", "city", "region", "postal_code")
ADDRESS_TYPES = ("apartment", "basement", "building", "department", "floor", "front", "hanger", "key", "lobby", "lot",
                 "lower", "office", "penthouse", "pier", "rear", "room", "side", "slip", "space", "stop", "suite",
                 "trailer", "unit", "upper")
ADDRESS_TYPE_ALIASES = {"hangar": "hanger"}  # the USPS spelling of HNGR
LANGUAGES = ("en", "fr")
DEFAULT_ENDPOINT_HINT = ("it is the account's default E911 address, which VoiceMeUp never deletes, and no API call "
                         "chooses another default: choose another default address in the VoiceMeUp portal, then run "
                         "again (or keep this address)")


def endpoint_record(row):
    """A get_e911 row in the neutral model (``endpoint_id``: VoiceMeUp's client_endpoint_id, what a
    trunk's E911 setting names)."""
    record = {name: str(row.get(wire) or "") for name, wire in WIRE_NAMES.items()}
    record.update(number=from_carrier(row.get("phone_number")), endpoint_id=str(row.get("client_endpoint_id") or ""),
                  provider="voicemeup")
    return record


def describe_address(values):
    """One line a person reads: ``100 Boulevard Saint-Laurent, suite 5, Montréal QC H2X 2T3, CA``."""
    street = " ".join(part for part in (values.get("street_number"), values.get("street_name")) if part)
    unit = " ".join(part for part in (values.get("unit_type"), values.get("unit_number")) if part)
    place = " ".join(part for part in (values.get("city"), values.get("region"), values.get("postal_code")) if part)
    return ", ".join(part for part in (street, unit, place, values.get("country")) if part)


class VoiceMeUpE911(ResourceAdapter):
    model = E911
    fields = frozenset(("number",) + tuple(WIRE_NAMES))
    write_only = frozenset()
    state = None  # set by prepare(); a number not in the account has no address to remove

    def __init__(self, client):
        super().__init__(client)
        # check_e911 parameters that VoiceMeUp accepted this run: an update checked in planning
        # (check mode, the bulk module's plan) is not checked again just before it is written.
        self._checked = set()

    # -- the desired address, without a request -------------------------------------------------

    def prepare(self, desired, state):
        self.state = state
        if state == "present":
            desired = address.normalise(desired)
            if desired.get("unit_type"):
                # Unknown values are kept as typed, for validate() to name them.
                desired["unit_type"] = (address.unit_type(desired["unit_type"], ADDRESS_TYPES, ADDRESS_TYPE_ALIASES)
                                        or desired["unit_type"])
            if desired.get("language"):
                desired["language"] = desired["language"].strip().lower()
        return super().prepare(desired, state)

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if state != "present":
            return
        # update_e911 replaces the whole address, so every required part is needed on every run.
        address.require(desired, REQUIRED, self.provider)
        if not 2 <= len(desired["name"].strip()) <= 32:
            raise ValidationError("name", "must be 2 to 32 characters at voicemeup (its full_name), not %d"
                                  % len(desired["name"].strip()))
        if not str(desired["street_number"]).strip().isdigit():
            raise ValidationError("street_number", "%r is not a civic number VoiceMeUp takes: digits only (a suffix "
                                                   "such as 12B or 1/2 has no place in its address database)"
                                  % desired["street_number"])
        if desired.get("unit_number") and not desired.get("unit_type"):
            raise ValidationError("unit_type", "is required with unit_number at voicemeup: the number of what (suite, "
                                               "apartment, floor ...)?")
        if desired.get("unit_type") and desired["unit_type"] not in ADDRESS_TYPES:
            raise ValidationError("unit_type", "%r is not a VoiceMeUp address type; use one of %s (or its USPS "
                                               "abbreviation, such as APT or STE)"
                                  % (desired["unit_type"], ", ".join(ADDRESS_TYPES)))
        address.check(desired, countries=("US", "CA"), provider=self.provider)
        self._validate_language(desired)

    @staticmethod
    def _validate_language(desired):
        language = desired.get("language")
        if not language:
            return
        if language not in LANGUAGES:
            raise ValidationError("language", "%r is not an E911 language at voicemeup; use en or fr" % language)
        if (desired.get("country") or "US") != "CA":
            raise ValidationError("language", "applies to Canadian addresses only at voicemeup (it ignores it "
                                              "elsewhere); remove it, or set country: CA for a Canadian address")

    # -- reads ---------------------------------------------------------------------------------

    def read(self, identity):
        national = nanp_national(identity, "number", self.provider)
        try:
            body = self.client.call("get_e911", {"phone_number": national}, empty=("no_e911_endpoint_found",))
        except CarrierError as exc:
            if exc.code != "phone_number_not_found":
                raise
            if self.state == "absent":
                return None  # nothing to remove from a number the account does not hold
            raise ValidationError("number", "%s is not a number of this voicemeup account (get_e911 answered "
                                            "phone_number_not_found); order it first with voip.carrier.did" % identity)
        return self._row_of(body, identity, "get_e911")

    def _row_of(self, body, identity, request):
        """The record of ``identity`` in an answer that holds endpoints, None when it holds none.
        Records of other numbers only are not understood: never read as "no address"."""
        rows = self.client.records(body, *CONTAINER)
        mine = [row for row in rows if from_carrier(row.get("phone_number")) == identity]
        if mine:
            return endpoint_record(mine[0])
        if rows:
            raise TransportError("%s: answer of an unexpected shape to %s (E911 addresses of other numbers only, none "
                                 "of %s)" % (self.provider, request, identity), request=request)
        return None

    def endpoints(self):
        """E.164 number -> get_e911 row of every E911 address of the account: get_e911 without
        arguments, 1000 a page, once per client (the snapshot's E911 flags and the bulk module's
        records share it). An address of no number (a trunk's own) has no key."""
        def read_all():
            rows = self.client.pages("get_e911", {}, *CONTAINER, empty=("no_e911_endpoint_found",))
            found = {}
            for row in rows:
                if row.get("phone_number"):
                    found.setdefault(from_carrier(row["phone_number"]), row)
            return found
        return self.client.memo("get_e911", read_all)

    def from_snapshot(self, number):
        if number is None or number.get("status") == "porting":
            return None
        row = self.endpoints().get(number["number"])
        if row is None and number.get("e911"):
            # The snapshot saw an address this list does not hold: read the number itself rather
            # than report it has none.
            return NOT_IN_SNAPSHOT
        return endpoint_record(row) if row is not None else None

    # -- the address check ---------------------------------------------------------------------

    def _wire(self, values):
        wire = {WIRE_NAMES[name]: str(values[name]).strip() for name in WIRE_NAMES
                if values.get(name) not in (None, "")}
        wire["country_code"] = wire.get("country_code", "US").upper()
        wire["state_code"] = wire["state_code"].upper()
        if "address_type" in wire:
            wire["address_type"] = wire["address_type"].lower()
        if wire["country_code"] != "CA":
            wire.pop("e911_language", None)   # ignored outside Canada
        wire["phone_number"] = nanp_national(values["number"])
        return wire

    def _check(self, values):
        """check_e911 of the address in ``values`` (once per address and run); the refusal names
        what to change, with the addresses VoiceMeUp proposes."""
        wire = self._wire(values)
        params = {WIRE_NAMES[name]: wire[WIRE_NAMES[name]] for name in CHECKED if WIRE_NAMES[name] in wire}
        params["phone_number"] = wire["phone_number"]
        key = tuple(sorted(params.items()))
        if key in self._checked:
            return wire
        try:
            self.client.call("check_e911", params)
        except CarrierError as exc:
            if exc.code == "alternate_address_provided":
                raise self._alternates_error(exc, values)
            raise
        self._checked.add(key)
        return wire

    def _alternates_error(self, exc, values):
        rows = self.client.records(getattr(exc, "body", None), *ALTERNATES)
        proposed = []
        for row in rows:
            record = {name: str(row.get(WIRE_NAMES[name]) or "") for name in CHECKED}
            record["street_number"] = record["street_number"] or str(values.get("street_number") or "")
            proposed.append(record)
        if not proposed:
            return CarrierError(self.provider, "the address %r is not in VoiceMeUp's E911 address database as written, "
                                               "and VoiceMeUp proposed no other" % describe_address(values),
                                code=exc.code, request=exc.details.get("request"),
                                hint="check street_name, city and postal_code (exact spelling)")
        changes = []
        for name in CHECKED:
            theirs = proposed[0].get(name)
            if theirs and str(values.get(name) or "").strip().casefold() != theirs.casefold():
                changes.append("%s: %r" % (name, theirs))
        error = CarrierError(
            self.provider, "the address %r is not in VoiceMeUp's E911 address database as written; VoiceMeUp proposes "
                           "%s" % (describe_address(values), " or ".join(repr(describe_address(p)) for p in proposed)),
            code=exc.code, request=exc.details.get("request"),
            hint="nothing was written; write the address as VoiceMeUp does (%s), see alternate_addresses"
                 % (", ".join(changes) or "the exact spelling"))
        error.details["alternate_addresses"] = proposed
        return error

    # -- writes --------------------------------------------------------------------------------

    def _merged(self, current, changes):
        """The whole address an update sends: what VoiceMeUp holds, with the changes."""
        merged = {name: value for name, value in current.items() if name in WIRE_NAMES}
        merged.update(changes)
        merged["number"] = current["number"]
        return merged

    def validate_create(self, desired):
        self._check(desired)

    def validate_update(self, changes, current):
        self._check(self._merged(current, changes))

    def create(self, desired):
        return self._write(desired)

    def update(self, identity, changes, current, desired):
        return self._write(self._merged(current, changes))

    def _write(self, values):
        wire = self._check(values)
        body = self.client.call("update_e911", wire, write=True)
        # The answer echoes the endpoint; without it, a read tells what VoiceMeUp now holds.
        record = self._row_of(body, values["number"], "update_e911")
        if record is None and self.confirm_writes:
            record = self.read(values["number"])
        return record

    def delete(self, identity, current):
        try:
            self.client.call("delete_e911", {"phone_number": nanp_national(identity)})
        except CarrierError as exc:
            if exc.code != "entry_is_default_endpoint":
                raise
            raise CarrierError(self.provider, "VoiceMeUp refused to remove the E911 address of %s: %s"
                               % (identity, exc.carrier_message), code=exc.code, request=exc.details.get("request"),
                               hint=DEFAULT_ENDPOINT_HINT)
