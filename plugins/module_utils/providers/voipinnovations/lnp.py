# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP Innovations port-ins, read-only (digest 3E, 6.6).

The API has no call that submits, changes or cancels a port: port-ins are submitted in VoIP
Innovations' Back Office. So lnp_request fails before any request, whatever the state, and
lnp_request_info reads:
- every active port with getActivePorts (``list``: its ActivePorts, or the single PortDetails a
  service that predates ActivePorts sends); the account snapshot's port_in part is that one call;
- the port of given numbers with GetPortHistory(tn): the latest port holding the number and the
  number's whole port history, one request per port (a number the port already names is not asked
  again);
- each number's portability with isPortable (``lookup``, with ``lookup: true``; free of charge).

Statuses (``carrier_status`` keeps VoIP Innovations' own): PENDING SIGNATURE (the port waits for the
signed letter of authorization, so nothing has gone to the losing carrier yet) is ``draft``; the
others by what their name says (SUBMITTED, FOC with the confirmed date, COMPLETE(D), REJECTED,
CANCEL(L)ED); a status this driver does not know is ``submitted`` while no word of it says otherwise.
Once a port completes, its numbers are in the account (auditDIDs) on the port's default endpoint
group.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import UnsupportedError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import LNP_REQUEST
from ansible_collections.voip.carrier.plugins.module_utils.numbers import nanp_national
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.client import number_from_wire

BACK_OFFICE = ("port-ins are submitted, changed and cancelled in VoIP Innovations' Back Office: its API only reads "
               "them; follow one with voip.carrier.lnp_request_info")
STATUSES = {"PENDING SIGNATURE": "draft", "SUBMITTED": "submitted", "FOC": "foc", "COMPLETE": "completed",
            "COMPLETED": "completed", "REJECTED": "rejected", "CANCELLED": "cancelled", "CANCELED": "cancelled"}
# A status not listed above, by a word it contains (checked in this order).
STATUS_WORDS = (("REJECT", "rejected"), ("CANCEL", "cancelled"), ("COMPLETE", "completed"), ("FOC", "foc"))
NO_RECORDS = 101


def neutral_status(status):
    status = str(status or "").strip().upper()
    if status in STATUSES:
        return STATUSES[status]
    return next((neutral for word, neutral in STATUS_WORDS if word in status), "submitted")


def _date(value):
    """YYYY-MM-DD of an xs:dateTime (zeep gives a datetime; None when nil)."""
    return value.date().isoformat() if hasattr(value, "date") else None


def _time(value):
    return value.isoformat() if hasattr(value, "isoformat") else None


def _text(value):
    return str(value).strip() if value is not None and str(value).strip() else None


class VoipInnovationsLnp(ResourceAdapter):
    model = LNP_REQUEST
    # Read by its numbers (lnp_request_info); nothing can be set.
    fields = frozenset(("numbers",))
    states = ()
    write_only = frozenset()

    def check_supported(self, desired, state):
        raise UnsupportedError("state", "%s is not possible at voipinnovations: %s" % (state, BACK_OFFICE))

    def create(self, desired):
        raise UnsupportedError("state", BACK_OFFICE)

    def update(self, identity, changes, current, desired):
        raise UnsupportedError("state", BACK_OFFICE)

    def delete(self, identity, current):
        raise UnsupportedError("state", BACK_OFFICE)

    # -- read ------------------------------------------------------------------------------------

    def read(self, identity):
        """The port of ``identity`` (numbers) with its history, None when no port holds them; the
        numbers of several ports, or numbers in none beside a port, fail naming them."""
        wanted = [(number, nanp_national(number, "numbers", self.provider)) for number in identity]
        ports, outside = {}, []
        for number, national in wanted:
            if any(number in record["numbers"] for record in ports.values()):
                continue
            answer = self.client.call("GetPortHistory", tn=national, empty=(NO_RECORDS,))
            detail = (answer or {}).get("PortDetails")
            if not isinstance(detail, dict):
                outside.append(number)
                continue
            record = self._record(detail, "GetPortHistory")
            record["history"] = self._history((answer or {}).get("PortHistory"))
            if number not in record["numbers"]:
                raise self.client.shape_error("GetPortHistory", "its port %s does not name %s" % (
                    record["request_ids"][0], national))
            ports.setdefault(record["request_ids"][0], record)
        if not ports:
            return None
        if len(ports) > 1 or outside:
            described = ["port %s (%s)" % (key, ", ".join(record["numbers"])) for key, record in sorted(ports.items())]
            if outside:
                described.append("no port (%s)" % ", ".join(outside))
            raise ValidationError("numbers", "are not the numbers of one voipinnovations port: %s; name the numbers of "
                                             "one port, or leave numbers out to list every active port"
                                  % "; ".join(described))
        return next(iter(ports.values()))

    def list(self):
        """Every active port in one getActivePorts (the snapshot's port_in part)."""
        answer = self.client.call("getActivePorts", empty=(NO_RECORDS,)) or {}
        details = answer.get("ActivePorts")
        if details is None and isinstance(answer.get("PortDetails"), dict):
            # A service that predates ActivePorts sends the doc's single PortDetail.
            details = [answer["PortDetails"]]
        if details is not None and not isinstance(details, list):
            raise self.client.shape_error("getActivePorts", "ActivePorts is no list of ports")
        for detail in details or []:
            if isinstance(detail, dict):
                yield self._record(detail, "getActivePorts")

    def _record(self, detail, operation):
        if detail.get("id") is None:
            raise self.client.shape_error(operation, "a port without id")
        status = _text(detail.get("status"))
        dids = [row for row in (detail.get("dids") or []) if isinstance(row, dict)]
        record = {
            "numbers": sorted({number_from_wire(row.get("tn")) for row in dids if _text(row.get("tn"))}),
            "status": neutral_status(status), "carrier_status": status, "request_ids": [str(detail["id"])],
            "created_at": _time(detail.get("submittedDate")), "foc_date": _date(detail.get("requestedFocDate")),
            "confirmed_foc_date": _date(detail.get("focDate")), "losing_carrier": _text(detail.get("portingFrom")),
            "billing_number": number_from_wire(detail.get("billingTN")) or None,
            "end_user": _text(detail.get("endUser")), "sales_rep": _text(detail.get("salesRep")),
            "default_endpoint_group": detail.get("defaultEndpointGroup") or None,
            "port_numbers": [self._port_number(row) for row in dids if _text(row.get("tn"))],
            "provider": self.provider,
        }
        return record

    @staticmethod
    def _port_number(row):
        number = {"number": number_from_wire(row.get("tn")), "endpoint_group": row.get("endpointGroup") or None,
                  "cnam": bool(row.get("cnam")), "e911": bool(row.get("e911")), "tier": _text(row.get("tier")),
                  "rate_center": _text(row.get("rateCenter")), "region": _text(row.get("state")),
                  "lata": _text(row.get("lata"))}
        return {key: value for key, value in number.items() if value is not None}

    @staticmethod
    def _history(entries):
        history = []
        for entry in entries or []:
            if isinstance(entry, dict):
                values = (("date", _time(entry.get("date"))), ("status", _text(entry.get("status"))),
                          ("description", _text(entry.get("description"))))
                history.append({key: value for key, value in values if value is not None})
        return history

    # -- isPortable ------------------------------------------------------------------------------

    def lookup(self, numbers):
        """isPortable for each number (free of charge at VoIP Innovations)."""
        found = []
        for number in numbers:
            answer = self.client.call("isPortable", tn=nanp_national(number, "numbers", self.provider))
            portable = answer.get("IsPortable")
            found.append({"number": number, "portable": None if portable is None else bool(portable)})
        return found
