# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoiceMeUp port-ins: get_port_requests (read), update_port_request mode=create / mode=update
(a draft, its files, ``send_to_staff=1`` submits it), get_states (the ``state_id`` of the service
address) and lookup_did (a number's carrier; charged per call, so made only when lnp_request_info
is asked with ``lookup: true``).

A request is identified by its set of numbers: ``get_port_requests phone_number=`` finds it, and
a request that has ended without completing (expired, cancelled or rejected by the client or the
losing carrier) is ignored, so the numbers can be ported again. Once found, the request is read by
its ``port_request_id`` (one request a poll while waiting).

VoiceMeUp has no cancel and no delete: ``state: absent`` is refused before any request. A request can
be changed only while it is a draft (``not_ready``) or rejected by VoiceMeUp's staff; an update
replaces the whole request, so every field is sent again from what get_port_requests shows, with the
user's values over it. Submission is one-way.
"""

from __future__ import annotations

import datetime
import os
import re

from ansible_collections.voip.carrier.plugins.module_utils import address
from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    CarrierError, UnsupportedError, ValidationError)
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_REQUEST
from ansible_collections.voip.carrier.plugins.module_utils.numbers import (
    from_carrier, is_toll_free, nanp_country, nanp_national)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter

CONTAINER = ("port_requests", "port_request")
# VoiceMeUp status -> the collection's lifecycle (the raw value is kept in carrier_status). A
# tentative FOC date is not a firm order commitment: the request is still "submitted" then.
STATUSES = {"not_ready": "draft", "sent_to_staff": "submitted", "approved_by_staff": "submitted",
            "modified_by_staff": "submitted", "sent_to_provider": "submitted", "tentative_confirm": "submitted",
            "firm_confirm": "foc", "completed": "completed", "rejected_by_staff": "rejected",
            "rejected_by_provider": "rejected", "rejected_by_client": "rejected", "cancelled_by_client": "cancelled",
            "expired": "cancelled"}
# Ended without completing: not the request of these numbers any more (they can be ported again).
ENDED = ("rejected_by_client", "rejected_by_provider", "cancelled_by_client", "expired")
# Where VoiceMeUp accepts changes (and a resubmission, after its staff refused the request).
EDITABLE = ("not_ready", "rejected_by_staff")
COUNTRY_IDS = {"CA": "38", "US": "223"}
COUNTRIES = {value: key for key, value in COUNTRY_IDS.items()}
ORGANIZATION_TYPES = {"business": "business", "residential": "personal"}
FILES = {"loa_file": "loa", "bill_file": "bill"}
# neutral text field -> (update_port_request parameter, shortest, longest); None: no documented limit.
TEXT = {"losing_carrier": ("current_provider", 2, 60), "company": ("organization", 2, 60),
        "street_name": ("street", None, None), "city": ("city", None, None), "postal_code": ("postal_code", None, None),
        "instructions": ("client_instructions", None, None)}
DIGITS = {"street_number": "civic_number", "service_unit": "unit_number"}
# What sending to staff needs ("Fields become required when trying to send to staff", seed L709),
# in the neutral names; numbers are always there and the country follows from them.
TO_SUBMIT = ("capacity", "company", "location", "losing_carrier", "street_number", "street_name", "city", "region",
             "postal_code")
# The update_port_request parameters get_port_requests shows and an update must send again (an
# update replaces the request). Files cannot be read back, and VoiceMeUp keeps them.
RESENT = ("client_subaccount_id", "friendly_name", "phone_number_type", "phone_numbers", "phone_numbers_to_keep",
          "phone_numbers_to_cancel", "features", "capacity", "requested_firm_date", "organization", "organization_type",
          "current_provider", "current_reseller", "current_reseller_account", "box_number", "civic_number", "street",
          "unit_number", "city", "country_id", "state_id", "state_other", "postal_code", "client_instructions",
          "is_notify_creation", "notification_client_user_id", "extra_recipients", "comments")
# update_port_request codes -> the lnp_request option at fault (the client names the others).
BLAME = {"phone_numbers_invalid": "numbers", "phone_number_type_invalid": "numbers", "capacity_invalid": "capacity",
         "features_invalid": "features", "requested_firm_date_invalid": "foc_date", "organization_invalid": "company",
         "organization_type_invalid": "location", "current_provider_invalid": "losing_carrier",
         "civic_number_invalid": "street_number", "street_invalid": "street_name", "unit_number_invalid": "service_unit",
         "city_invalid": "city", "state_id_invalid": "region", "country_id_invalid": "country",
         "postal_code_invalid": "postal_code", "loa_invalid": "loa_file", "bill_invalid": "bill_file"}
# VoiceMeUp is in Montreal; its business days are counted in fixed UTC-05:00 (as the emulator does).
CARRIER_TZ = datetime.timezone(datetime.timedelta(hours=-5), "EST")
FIRM_DATE_DAYS = (3, 15)


def carrier_today():
    return datetime.datetime.now(CARRIER_TZ).date()


def business_days_until(day, today=None):
    """Business days (Monday-Friday) d with today < d <= day."""
    today = today or carrier_today()
    count = 0
    while today < day:
        today += datetime.timedelta(days=1)
        count += today.weekday() < 5
    return count


def check_firm_date(value, stored=False):
    """The requested port date must be 3 to 15 business days ahead (seed L682), or VoiceMeUp refuses it."""
    days = business_days_until(datetime.date.fromisoformat(value))
    low, high = FIRM_DATE_DAYS
    if not low <= days <= high:
        raise ValidationError("foc_date", "%s is %d business days from today at voicemeup (%s, UTC-05:00)%s; "
                                          "voicemeup takes a requested port date %d to %d business days (Monday to "
                                          "Friday) ahead: set another foc_date" % (
                                              value, days, carrier_today(), ", the date this request holds" if stored
                                              else "", low, high))


def _digits(value):
    return str(value or "").strip()


class VoiceMeUpLnp(ResourceAdapter):
    model = LNP_REQUEST
    fields = frozenset(("numbers", "losing_carrier", "company", "location", "street_number", "street_name",
                        "service_unit", "city", "region", "postal_code", "country", "foc_date", "bill_file", "loa_file",
                        "capacity", "features", "instructions", "submit"))
    states = ("present",)
    # Nothing is write-only: the files are compared by whether VoiceMeUp shows one attached (see _files_read).
    write_only = frozenset()

    def __init__(self, client):
        super().__init__(client)
        # The request's get_port_requests row at the last read, and its id once known.
        self._row = None
        self._port_id = None

    # -- what the user asked for, before any request ---------------------------------------------

    def check_supported(self, desired, state):
        if state == "absent":
            raise UnsupportedError("state", "absent is not possible at voicemeup: its API can neither cancel nor delete "
                                            "a port request; ask VoiceMeUp's support to cancel it")
        super().check_supported(desired, state)

    def prepare(self, desired, state):
        desired = address.normalise(desired)
        if desired.get("features") is not None:
            desired["features"] = sorted(set(desired["features"]))
        # Present means submitted, as at every carrier; submit: false keeps (or makes) a draft.
        desired.setdefault("submit", True)
        return super().prepare(desired, state)

    def validate(self, desired, state):
        for number in desired["numbers"]:
            nanp_national(number, "numbers", self.provider)
        self._number_type(desired["numbers"])
        for name, (_wire, low, high) in TEXT.items():
            value = desired.get(name)
            if value is not None and low and not low <= len(str(value).strip()) <= high:
                raise ValidationError(name, "is %d characters; voicemeup takes %d to %d" % (
                    len(str(value).strip()), low, high))
        for name in DIGITS:
            if desired.get(name) not in (None, "") and not re.fullmatch(r"\d{1,10}", _digits(desired[name])):
                raise ValidationError(name, "%r is not a number; voicemeup takes digits only here%s" % (
                    desired[name], " (put a suite's letters in instructions)" if name == "service_unit" else ""))
        country = self._country(desired)
        if country or desired.get("region") or desired.get("postal_code"):
            address.check(dict(desired, country=country or "US"), provider=self.provider)
        for name in FILES:
            if desired.get(name):
                self._file(name, desired[name])

    def validate_create(self, desired):
        if desired.get("foc_date"):
            check_firm_date(desired["foc_date"])
        held = self._held(desired["numbers"])
        if held:
            raise ValidationError("numbers", "%s already in this voicemeup account: a number can only be ported in "
                                             "from another carrier" % ", ".join(held))
        if desired["submit"]:
            self._check_complete(desired)
        if desired.get("region"):
            self._state_id(self._country(desired), desired["region"])

    def _held(self, numbers):
        """Which of ``numbers`` the account holds (get_dids: one call for one number, else the account's list)."""
        if len(numbers) == 1:
            return [n for n in numbers if self.client.did_row(nanp_national(n)) is not None]
        rows = self.client.dids()
        return [n for n in numbers if nanp_national(n) in rows]

    def validate_update(self, changes, current):
        if changes.get("submit") is False:
            raise ValidationError("submit", "a port request sent to VoiceMeUp's staff cannot become a draft again")
        if changes.get("foc_date"):
            check_firm_date(changes["foc_date"])
        after = dict(current, **changes)
        if self.desired["submit"]:
            self._check_complete(after)
            if after.get("foc_date") and "foc_date" not in changes:
                # Submitting sends the date the request holds again: VoiceMeUp checks it then.
                check_firm_date(after["foc_date"], stored=True)
        if changes.get("region"):
            self._state_id(self._country(after), changes["region"])

    def _check_complete(self, values):
        for name in TO_SUBMIT:
            if values.get(name) in (None, ""):
                if name == "region" and not self._country(values):
                    raise ValidationError("country", "is required to submit a port-in of toll-free numbers at "
                                                     "voicemeup (US or CA: the country of the service address)")
                raise ValidationError(name, "is required to submit a port-in at voicemeup (or set submit: false to "
                                            "keep the request a draft)")

    @staticmethod
    def _file(name, path):
        """The content of a file option, or ValidationError naming it."""
        path = os.path.expanduser(str(path))
        if not os.path.isfile(path) or not os.access(path, os.R_OK):
            raise ValidationError(name, "%s is not a readable file" % path)
        if os.path.getsize(path) == 0:
            raise ValidationError(name, "%s is empty" % path)
        with open(path, "rb") as handle:
            return os.path.basename(path), handle.read()

    def _number_type(self, numbers):
        kinds = {is_toll_free(n) for n in numbers}
        if len(kinds) > 1:
            raise ValidationError("numbers", "voicemeup ports toll-free and local numbers in separate requests "
                                             "(its phone_number_type is one of them)")
        return "tollfree" if kinds == {True} else "local"

    def _country(self, values):
        """The country of the service address: the option, else that of local numbers' area code,
        else the one the postal code's form shows; None when nothing tells."""
        if values.get("country"):
            return values["country"]
        if self._number_type(values["numbers"]) == "local":
            countries = {nanp_country(n) for n in values["numbers"]}
            if len(countries) == 1 and countries <= set(COUNTRY_IDS):
                return countries.pop()
        code = str(values.get("postal_code") or "")
        if re.fullmatch(r"\d{5}(-\d{4})?", code):
            return "US"
        if re.fullmatch(r"[A-Z]\d[A-Z] \d[A-Z]\d", code):
            return "CA"
        return None

    # -- states ----------------------------------------------------------------------------------

    def _states(self, country):
        """state code -> state_id of one country (get_states, once per run and country)."""
        def read():
            body = self.client.call("get_states", {"country_id": COUNTRY_IDS[country]})
            return {str(row.get("state_code") or "").upper(): str(row.get("state_id"))
                    for row in self.client.records(body, "states", "state")}
        return self.client.memo(("get_states", country), read)

    def _state_id(self, country, region):
        state_id = self._states(country).get(region)
        if state_id is None:
            raise ValidationError("region", "voicemeup lists no %s %s (get_states)" % (
                "province or territory" if country == "CA" else "state", region))
        return state_id

    def _state_code(self, country_id, state_id):
        country = COUNTRIES.get(str(country_id))
        if not country or not state_id:
            return None
        return next((code for code, known in self._states(country).items() if known == str(state_id)), None)

    # -- read ------------------------------------------------------------------------------------

    def read(self, identity):
        row = self._find(identity)
        self._row = row
        if row is None:
            return None
        self._port_id = str(row.get("port_request_id"))
        return self._record(row, identity, details=True)

    def _find(self, identity):
        if self._port_id:
            rows = self._requests({"port_request_id": self._port_id})
            return rows[0] if rows else None
        wanted = set(identity)
        for number in identity:
            live = [row for row in self._requests({"phone_number": nanp_national(number)})
                    if row.get("status") not in ENDED]
            if not live:
                continue
            same = [row for row in live if self._numbers(row) == wanted]
            if same:
                return max(same, key=lambda row: int(row.get("port_request_id") or 0))
            other = live[0]
            raise ValidationError("numbers", "port request %s (%s) ports %s, not exactly these numbers; voicemeup "
                                             "keeps a number in one request: name that request's numbers, or port the "
                                             "others once it has ended" % (
                                                 other.get("port_request_id"), other.get("pon"),
                                                 ", ".join(sorted(self._numbers(other)))))
        return None

    def _requests(self, params=None):
        return self.client.records(self.client.call("get_port_requests", params), *CONTAINER)

    @staticmethod
    def _numbers(row):
        return {from_carrier(n) for n in str(row.get("phone_numbers") or "").split(",") if n.strip()}

    def _record(self, row, identity=None, details=False):
        status = row.get("status")
        record = {"numbers": sorted(identity or self._numbers(row)), "status": STATUSES.get(status, status),
                  "carrier_status": status, "request_ids": [str(row.get("port_request_id"))],
                  "pon": row.get("pon") or None, "provider": self.provider,
                  "created_at": row.get("datetime_created") or None,
                  "tentative_foc_date": row.get("tentative_date") or None,
                  "confirmed_foc_date": row.get("firm_date") or None,
                  "reason": row.get("rejection_reason") or None,
                  "submit": status != "not_ready"}
        for name, (wire, _low, _high) in TEXT.items():
            if wire in row:
                record[name] = row.get(wire) or ""
        for name, wire in DIGITS.items():
            if wire in row:
                record[name] = _digits(row.get(wire))
        if "organization_type" in row:
            record["location"] = {"business": "business", "personal": "residential"}.get(row["organization_type"])
        if "capacity" in row:
            record["capacity"] = row.get("capacity") or None
        if "features" in row:
            record["features"] = sorted(f for f in str(row.get("features") or "").split(",") if f)
        if "country_id" in row:
            record["country"] = COUNTRIES.get(str(row.get("country_id") or ""))
        for wire in FILES.values():
            if wire in row:
                record[wire + "_attached"] = bool(row.get(wire))
        if status in EDITABLE:
            # Compared while the request can change; then the carrier's dates speak.
            record["foc_date"] = row.get("requested_firm_date") or None
            self._files_read(row, record)
        if details and "state_id" in row:
            # None where the request has none yet: a region the user sets is then a difference to send.
            record["region"] = self._state_code(row.get("country_id"), row.get("state_id"))
        return record

    def _files_read(self, row, record):
        """A file option counts as attached when the request shows a file of that kind: present (the
        user's path stands for it) or None (a difference, sent by ``update``). Not compared when
        get_port_requests does not show the files, or once the request cannot change."""
        for name, wire in FILES.items():
            if wire in row and self.desired.get(name):
                record[name] = self.desired[name] if row.get(wire) else None

    # -- write -----------------------------------------------------------------------------------

    def _wire(self, desired, creating=False):
        """The update_port_request parameters of the fields the user set (and those that follow: the
        numbers' type; the country, from the numbers, when creating or when the address is given)."""
        wire = {"phone_numbers": ",".join(nanp_national(n) for n in desired["numbers"]),
                "phone_number_type": self._number_type(desired["numbers"])}
        for name, (key, _low, _high) in TEXT.items():
            if name in desired:
                wire[key] = str(desired[name]).strip()
        for name, key in DIGITS.items():
            if name in desired:
                wire[key] = _digits(desired[name])
        if "location" in desired:
            wire["organization_type"] = ORGANIZATION_TYPES[desired["location"]]
        for name in ("capacity", "features"):
            if name in desired:
                wire[name] = desired[name]
        if "foc_date" in desired:
            wire["requested_firm_date"] = desired["foc_date"]
        country = self._country(desired)
        if country and (creating or any(name in desired for name in ("country", "region", "postal_code"))):
            wire["country_id"] = COUNTRY_IDS[country]
        if desired.get("region") and country:
            wire["state_id"] = self._state_id(country, desired["region"])
        return wire

    def _send(self, wire, desired, names):
        """update_port_request, as a multipart POST when files go with it."""
        files = {FILES[name]: self._file(name, desired[name]) for name in names if desired.get(name)}
        try:
            return self.client.call("update_port_request", wire, write=True,
                                    files={key: (filename, content, _content_type(filename))
                                           for key, (filename, content) in files.items()} or None)
        except CarrierError as exc:
            raise self._named(exc)

    def _named(self, exc):
        option = BLAME.get(exc.code)
        if option is None:
            return exc
        return CarrierError(self.provider, exc.carrier_message, code=exc.code, request=exc.details.get("request"),
                            hint="check the %s option" % option, maybe_applied=exc.maybe_applied)

    def create(self, desired):
        wire = dict(self._wire(desired, creating=True), mode="create")
        if desired["submit"]:
            wire["send_to_staff"] = True
        body = self._send(wire, desired, FILES)
        echoed = self.client.records(body, *CONTAINER)
        if echoed and echoed[0].get("port_request_id"):
            self._port_id = str(echoed[0]["port_request_id"])
        return self.read(desired["numbers"])

    def update_blocked(self, current):
        status = current.get("carrier_status")
        if status in EDITABLE:
            return None
        return ("voicemeup accepts changes to a port request only while it is a draft (not_ready) or rejected by its "
                "staff (rejected_by_staff), and this one is %s" % status)

    def update(self, identity, changes, current, desired):
        # The whole request again (an update replaces it): what VoiceMeUp shows, the user's values over it.
        wire = {key: self._row[key] for key in RESENT if self._row.get(key) not in (None, "")}
        wire.update(self._wire(desired))
        wire.update(mode="update", port_request_id=self._port_id)
        if desired["submit"]:
            wire["send_to_staff"] = True
        self._send(wire, desired, [name for name in FILES if name in changes])
        return self.read(identity)

    def list(self):
        """Every request of the account in one get_port_requests (the snapshot's port_in part)."""
        for row in self._requests():
            yield self._record(row)

    # -- lookup_did (charged) --------------------------------------------------------------------

    def lookup(self, numbers):
        """lookup_did for each number: who holds it now and whether it can be ported. VoiceMeUp
        charges every call, so only lnp_request_info's ``lookup: true`` makes it, never a module that
        converges."""
        found = []
        for number in numbers:
            digits = nanp_national(number) if number.startswith("+1") else number.lstrip("+")
            body = self.client.call("lookup_did", {"phone_number": digits})
            for row in self.client.records(body, "did_lookups", "did_lookup"):
                found.append({"number": number, "current_carrier": row.get("current_provider") or None,
                              "line_type": row.get("line_type") or None,
                              "portable": None if row.get("portable") in (None, "") else str(row["portable"]) == "1",
                              "rate_center": row.get("district") or None,
                              "country": COUNTRIES.get(str(row.get("country_id") or "")),
                              "charged_amount": row.get("charged_amount") or None,
                              "currency": row.get("currency") or None})
        if numbers:
            self.client.warn("lookup_did is charged by VoiceMeUp on every call: %d lookup%s made" % (
                len(numbers), "" if len(numbers) == 1 else "s"))
        return found


def _content_type(filename):
    kinds = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
             ".gif": "image/gif", ".tif": "image/tiff", ".tiff": "image/tiff"}
    return kinds.get(os.path.splitext(filename)[1].lower(), "application/octet-stream")
