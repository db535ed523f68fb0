# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""QuestBlue port-ins (LNP): GET /lnp/check (portability), POST /lnp (submit), GET /lnp (active
requests), PUT /lnp and DELETE /lnp (update and cancel, one number at a time, keyed by
``number2port``).

A request is identified by the set of numbers it ports. GET /lnp lists only active requests: a
completed port leaves it and its numbers appear in the account's inventory, which is how a
finished request is recognised (and never submitted again).

Dates are the carrier's: ``activate_time`` is "HH:00(EST)" and a port date is a day in that zone,
while GET /lnp answers ``foc_date`` as a UTC datetime (``2020-02-07T17:00:00+00:00``). So the date
is read back in EST, and "in the past" is judged there too. EST is taken literally, a fixed
UTC-05:00 without daylight saving: the seed says EST, and its two listings agree (FOC times of
17:00 UTC in February and in April, 12:00 EST both times; Eastern daylight time would make the
April one 13:00).
"""

from __future__ import annotations

import base64
import datetime
import os
import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_PROGRESS, LNP_REQUEST, STREET_DIRECTIONS
from ansible_collections.voip.carrier.plugins.module_utils.numbers import from_carrier, nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter

LNP_PAGE_SIZE = 200
MAX_BILL_BYTES = 5 * 1024 * 1024
BILL_TYPES = (".gif", ".jpg", ".jpeg", ".png", ".pdf")
EDITABLE = ("draft", "submitted")

# neutral field -> (wire name, max length or None). Booleans are mapped separately.
TEXT_FIELDS = {
    "losing_carrier": ("provider_name", 255),
    "account_number": ("account_no", None),
    "authorized_contact": ("authorize_contact", None),
    "contact_title": ("contact_title", None),
    "street_number": ("street_no", 50),
    "street_prefix": ("dir_prefix", 10),
    "street_name": ("street_name", 100),
    "street_suffix": ("dir_suffix", 10),
    "service_unit": ("service_unit", 100),
    "city": ("city", 100),
    "region": ("state", None),
    "postal_code": ("zipcode", 20),
    "activate_time": ("activate_time", None),
    "extra_services": ("extra_services", None),
    "location": ("location", None),
    "company": ("company", None),
    "wireless_pin": ("pincode", None),
    "ssn_last4": ("ssn", None),
}
YES_NO_FIELDS = {"partial_port": "partial_port", "wireless": "wireless_no", "lidb_listing": "lidb_list"}
REQUIRED = ("losing_carrier", "account_number", "authorized_contact", "contact_title", "street_number",
            "street_name", "city", "postal_code", "billing_number", "bill_file")
CARRIER_TZ = datetime.timezone(datetime.timedelta(hours=-5), "EST")   # see the module docstring
# The carrier's words for the LNP parameters -> the lnp_request options, for error messages.
BLAME = dict({wire: name for name, (wire, _limit) in TEXT_FIELDS.items()},
             **{wire: name for name, wire in YES_NO_FIELDS.items()},
             number2port="numbers", number="numbers", billing_telephone_no="billing_number",
             billing_telephone_number="billing_number", bill_file="bill_file", foc_date="foc_date",
             did_mode="service")


class QuestBlueLnp(ResourceAdapter):
    model = LNP_REQUEST
    # toll_free_type, country and imei are VoIP.ms port-type fields, submit, capacity, features, loa_file and
    # instructions VoiceMeUp's; QuestBlue's /lnp has none of them.
    fields = frozenset(LNP_REQUEST.fields) - frozenset((
        "toll_free_type", "country", "imei", "submit", "capacity", "features", "loa_file", "instructions"))
    write_only = frozenset(("region", "bill_file", "activate_time", "extra_services", "wireless_pin", "ssn_last4"))

    def __init__(self, client):
        super().__init__(client)
        self.foc_days = None
        # The comparable fields of each number's row at the last read (national number -> fields).
        self._row_settings = {}

    # -- validation ---------------------------------------------------------------------------

    def validate(self, desired, state):
        for number in desired["numbers"]:
            nanp_national(number, "numbers", self.provider)
        if state != "present":
            return
        for name, (_wire, limit) in TEXT_FIELDS.items():
            value = desired.get(name)
            if value is not None and limit and len(str(value)) > limit:
                raise ValidationError(name, "is %d characters; questblue allows at most %d" % (len(str(value)), limit))
        for name in ("street_prefix", "street_suffix"):
            if desired.get(name) and desired[name] not in STREET_DIRECTIONS:
                raise ValidationError(name, "must be one of %s" % ", ".join(STREET_DIRECTIONS))
        if desired.get("billing_number"):
            nanp_national(desired["billing_number"], "billing_number", self.provider)
        if desired.get("activate_time") and not re.match(r"^([01]\d|2[0-3]):00$", desired["activate_time"]):
            raise ValidationError("activate_time", "must be a whole hour such as 09:00 (EST, UTC-05:00)")
        if desired.get("wireless") and desired.get("foc_date"):
            # Seed: foc_date "is not available when porting mobile DID".
            raise ValidationError("foc_date", "questblue takes no requested port date for wireless (mobile) "
                                              "numbers; remove foc_date (the carrier sets the date), or set "
                                              "wireless: false if the numbers are not mobile")
        for name in ("wireless_pin", "ssn_last4"):
            if desired.get(name) and not re.match(r"^\d{4}$", str(desired[name])):
                raise ValidationError(name, "must be 4 digits")
        conditionals = (("partial_port", True, "extra_services"), ("location", "business", "company"),
                        ("wireless", True, "wireless_pin"), ("wireless", True, "ssn_last4"))
        for when, value, needed in conditionals:
            if desired.get(when) == value and not desired.get(needed):
                raise ValidationError(needed, "is required with %s: %s" % (when, str(value).lower()))
        if desired.get("bill_file"):
            self._bill_base64(desired["bill_file"])

    def validate_create(self, desired):
        for name in REQUIRED:
            if not desired.get(name):
                raise ValidationError(name, "is required to submit a port-in at questblue")
        _foc_date_ahead(desired.get("foc_date"))
        # Portability pre-check (a read): fail before submitting anything that cannot be ported.
        days = []
        for number in desired["numbers"]:
            body = self.client.call("GET", "/lnp/check", {"number2port": int(nanp_national(number))},
                                    blame=BLAME) or {}
            data = body.get("data") or {}
            if not isinstance(data, dict):
                raise TransportError("questblue: answer of an unexpected shape to GET /lnp/check (data is a JSON %s "
                                     "where an object is expected)" % type(data).__name__, request="GET /lnp/check")
            if data.get("foc_days") is not None:
                days.append(int(data["foc_days"]))
        self.foc_days = max(days) if days else None

    def validate_update(self, changes, current):
        # Only a date that is sent must be ahead: one requested earlier may have passed since,
        # and a re-run that does not change it must stay a no-op.
        _foc_date_ahead(changes.get("foc_date"))

    def _bill_base64(self, path):
        path = os.path.expanduser(str(path))
        if not os.path.isfile(path):
            raise ValidationError("bill_file", "%s is not a readable file" % path)
        if not path.lower().endswith(BILL_TYPES):
            raise ValidationError("bill_file", "must be a GIF, JPG, PNG or PDF file (questblue accepts no other)")
        if os.path.getsize(path) > MAX_BILL_BYTES:
            raise ValidationError("bill_file", "is larger than questblue's limit of 5 MB")
        with open(path, "rb") as handle:
            return base64.b64encode(handle.read()).decode()

    # -- read ---------------------------------------------------------------------------------

    def read(self, identity):
        wanted = {nanp_national(n): n for n in identity}
        params = {"number2port": next(iter(wanted))} if len(wanted) == 1 else {}
        rows = [row for row in self.client.pages("/lnp", params, per_page=LNP_PAGE_SIZE)
                if _digits(row.get("number2port")) in wanted]
        active = {_digits(row["number2port"]) for row in rows}
        missing = [national for national in wanted if national not in active]
        completed = self._owned(missing) if missing else set()
        unknown = [wanted[n] for n in missing if n not in completed]
        if not rows and not completed:
            return None
        if unknown:
            raise ValidationError("numbers", "%s not part of the port-in request for the other numbers; questblue "
                                             "cannot add numbers to a request, so port them in a separate "
                                             "lnp_request" % ", ".join(unknown))
        if not rows:
            return {"numbers": list(identity), "status": "completed", "provider": "questblue"}
        return self.to_neutral(identity, rows)

    def _owned(self, nationals):
        """Which of these numbers the account holds (a completed port puts them there)."""
        return {national for national in nationals
                if any(self.client.find_number(path, national) for path in ("/did", "/fax"))}

    def to_neutral(self, identity, rows):
        # One row per number; the request's fields are the same on each. The least advanced
        # status speaks for the request.
        rows = sorted(rows, key=lambda row: _rank(row.get("status")))
        row = rows[0]
        status = str(row.get("status") or "")
        record = {
            "numbers": list(identity),
            "status": status,
            "request_ids": sorted({str(r.get("id")) for r in rows if r.get("id") is not None}),
            "created_at": row.get("created_by"),
            "confirmed_foc_date": _date(row.get("foc_date")) if status not in EDITABLE else None,
            "provider": "questblue",
        }
        self._row_settings = {_digits(r.get("number2port")): self._settings(r, status) for r in rows}
        record.update(self._agreed(self._row_settings[_digits(r.get("number2port"))] for r in rows))
        if row.get("reason"):
            record["reason"] = row["reason"]
        return record

    def _settings(self, row, status):
        """The request's comparable fields as one number's row holds them."""
        settings = {
            "service": row.get("did_mode") or "voice",
            "billing_number": from_carrier(row["billing_telephone_no"]) if row.get("billing_telephone_no") else None,
        }
        for name, (wire, _limit) in TEXT_FIELDS.items():
            if name not in self.write_only and wire in row:
                settings[name] = row.get(wire) or ""
        for name, wire in YES_NO_FIELDS.items():
            if wire in row:
                settings[name] = row.get(wire) == "yes"
        if status in EDITABLE:
            # Before the carrier confirms a date, foc_date is the one requested, and comparable.
            settings["foc_date"] = _date(row.get("foc_date"))
        return settings

    def _agreed(self, rows_settings):
        """The request's fields from its rows. Rows that disagree (an update that reached only some
        of the numbers, its answer lost) read as a value other than the one wanted, so the engine
        sees that the request still needs the change, and ``update`` sends it where it is missing."""
        merged = {}
        for settings in rows_settings:
            for name, value in settings.items():
                wanted = self.desired.get(name)
                if name not in merged:
                    merged[name] = value
                elif wanted is not None and self.model.fields[name].equal(wanted, merged[name]) \
                        and not self.model.fields[name].equal(wanted, value):
                    merged[name] = value
        return merged

    def _row_has(self, national, changes):
        """Whether this number's row already holds every change (an earlier update reached it but
        its answer was lost): the number is then not sent the same update again."""
        settings = self._row_settings.get(national)
        return bool(settings) and all(name in settings and self.model.fields[name].equal(value, settings[name])
                                      for name, value in changes.items())

    # -- write --------------------------------------------------------------------------------

    def to_wire(self, values):
        wire = {}
        for name, (key, _limit) in TEXT_FIELDS.items():
            if name in values and values[name] is not None:
                wire[key] = values[name]
        for name, key in YES_NO_FIELDS.items():
            if name in values:
                wire[key] = "yes" if values[name] else "no"
        if "billing_number" in values:
            wire["billing_telephone_no"] = int(nanp_national(values["billing_number"]))
        if "foc_date" in values:
            wire["foc_date"] = values["foc_date"]
        if "service" in values:
            wire["did_mode"] = values["service"]
        if values.get("bill_file"):
            wire["bill_file"] = self._bill_base64(values["bill_file"])
        return wire

    def create(self, desired):
        wire = self.to_wire(desired)
        wire["number2port"] = [int(nanp_national(n)) for n in desired["numbers"]]
        self.client.call("POST", "/lnp", wire, blame=BLAME)
        record = self.read(desired["numbers"]) or {}
        if self.foc_days is not None:
            record["foc_days"] = self.foc_days
        return record

    def update_blocked(self, current):
        status = current.get("status")
        if status in EDITABLE:
            return None
        if status == "completed":
            return "the port-in has completed"
        return "questblue accepts changes only while a port-in is %s, and this one is %s" % (
            " or ".join(EDITABLE), status)

    def update(self, identity, changes, current, desired):
        wire = self.to_wire(changes)
        for number in identity:
            national = nanp_national(number)
            if not self._row_has(national, changes):
                self.client.call("PUT", "/lnp", dict(wire, number2port=int(national)), blame=BLAME)
        return self.read(identity)

    def delete_blocked(self, current):
        if current.get("status") == "completed":
            return ("the port-in of %s has completed and can no longer be cancelled; release the numbers with "
                    "voip.carrier.did instead" % ", ".join(current["numbers"]))
        return None

    def delete(self, identity, current):
        for number in identity:
            self.client.call("DELETE", "/lnp", {"number2port": int(nanp_national(number))}, blame=BLAME)

    def list(self):
        for row in self.client.pages("/lnp", per_page=LNP_PAGE_SIZE):
            yield self.to_neutral([from_carrier(row["number2port"])], [row])


def _digits(value):
    return re.sub(r"\D", "", str(value or ""))[-10:]


def _date(value):
    """The day of a GET /lnp datetime at the carrier (EST): 2020-02-08T00:00:00+00:00, an activation
    at 19:00 EST, is the port date 2020-02-07. A bare date is taken as it is."""
    text = str(value or "").strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        return None
    try:
        moment = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text[:10]
    if moment.tzinfo is None:
        return text[:10]
    return moment.astimezone(CARRIER_TZ).date().isoformat()


def carrier_today():
    return datetime.datetime.now(CARRIER_TZ).date()


def _foc_date_ahead(foc_date):
    """A requested port date must not be past at the carrier (EST), or the carrier refuses it."""
    if foc_date and foc_date < carrier_today().isoformat():
        raise ValidationError("foc_date", "%s is in the past at questblue (today is %s in its time zone, EST, "
                                          "UTC-05:00); request today or a later date, or leave foc_date out "
                                          "to take the carrier's earliest date" % (foc_date, carrier_today()))


def _rank(status):
    return LNP_PROGRESS.index(status) if status in LNP_PROGRESS else -1
