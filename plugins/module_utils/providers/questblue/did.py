# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""QuestBlue voice DIDs: order, list, update, release, and the search of numbers on offer."""

from __future__ import annotations

import fnmatch
import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import CarrierError, TransportError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.numbers import (
    from_carrier, is_toll_free, nanp_national, search_area_code)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import did_record

TIERS = ("1", "1b", "2")
FAILOVER_MINUTES = (2, 3, 5, 7, 10, 15, 20, 30)
TYPES_TO_WIRE = {"local": "local", "toll_free": "tf"}
TYPES_FROM_WIRE = {v: k for k, v in TYPES_TO_WIRE.items()}
_TRUNK_NAME = re.compile(r"^[A-Za-z0-9]{1,15}$")
_LIDB = re.compile(r"^[A-Za-z0-9]{4,15}$")
_PATTERN = re.compile(r"^[0-9]{3,10}\*?$|^[0-9]{0,10}\*[0-9]*$")
# Numbers per POST /did of the bulk module. The seed sets no maximum for the array; a bounded
# batch keeps one refusal (a whole batch fails when none of it is on offer) to a few numbers.
ORDER_BATCH = 100
_TEN_DIGITS = re.compile(r"(?<!\d)1?(\d{10})(?!\d)")
# The carrier's words for the DID parameters -> the did module's options, for error messages.
BLAME = {"did": "number", "tier": "tier", "note": "description", "route2trunk": "trunk", "trunk": "trunk",
         "forw2did": "forward_to", "cnam": "cnam", "lidb": "caller_id_name", "pin": "port_out_pin",
         "failover": "failover", "failover_ip_address": "failover", "failover_num": "failover",
         "failover_time": "failover"}


class QuestBlueDid(ResourceAdapter):
    """Voice DIDs: order (POST /did), list (GET /did), update (PUT /did), release (DELETE /did)."""

    model = DID
    fields = frozenset(("number", "tier", "description", "trunk", "forward_to", "cnam", "caller_id_name",
                        "port_out_pin", "failover"))
    # available_did_info: GET /did/available takes each of them (which combinations, search() says).
    search_criteria = frozenset(("type", "tier", "region", "rate_center", "npa", "zip"))

    # -- validation before any request ---------------------------------------------------------

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        if "tier" in desired and desired["tier"] not in TIERS:
            raise ValidationError("tier", "must be one of %s at questblue" % ", ".join(TIERS))
        if len(desired.get("description") or "") > 15:
            raise ValidationError("description", "is %d characters; questblue allows at most 15"
                                  % len(desired["description"]))
        trunk = desired.get("trunk")
        if trunk and not _TRUNK_NAME.match(trunk):
            raise ValidationError("trunk", "%r is not a questblue trunk name (1-15 letters and digits); "
                                           "use \"\" to unroute the number" % trunk)
        name = desired.get("caller_id_name")
        if name is not None and not _LIDB.match(name):
            raise ValidationError("caller_id_name", "%r must be 4-15 letters and digits (no spaces or "
                                                    "punctuation) at questblue" % name)
        pin = desired.get("port_out_pin")
        if pin is not None and len(pin) < 4:
            raise ValidationError("port_out_pin", "must be at least 4 digits")
        if desired.get("forward_to"):
            nanp_national(desired["forward_to"], "forward_to", self.provider)
        if "failover" in desired:
            validate_failover(desired["failover"])

    # -- wire mapping --------------------------------------------------------------------------

    @staticmethod
    def to_neutral(row):
        failover = row.get("failover")
        if isinstance(failover, dict):
            failover = {"ip_address": failover.get("failover_ip_address"),
                        "calls": _int_or_none(failover.get("failover_num")),
                        "minutes": _int_or_none(failover.get("failover_time"))}
        elif not failover:
            failover = None
        cnam = row.get("cnam")
        e911 = row.get("e911")
        return {
            "number": from_carrier(row["did"]),
            "status": row.get("status"),
            "tier": row.get("tier"),
            "type": TYPES_FROM_WIRE.get(row.get("type"), row.get("type")),
            "description": row.get("note") or "",
            "trunk": (row.get("route2trunk") or "").strip(),
            "caller_id_name": row.get("lidb") or "",
            "cnam": {"yes": True, "no": False}.get(cnam) if cnam else None,
            "failover": failover,
            "e911": bool(e911) and e911 != "no",
            "provider": "questblue",
        }

    @staticmethod
    def to_wire(changes):
        wire = {}
        if "description" in changes:
            wire["note"] = changes["description"]
        if "trunk" in changes:
            wire["route2trunk"] = changes["trunk"]
        if "forward_to" in changes:
            wire["forw2did"] = int(changes["forward_to"][2:]) if changes["forward_to"] else ""
        if "cnam" in changes:
            wire["cnam"] = "yes" if changes["cnam"] else "no"
        if "caller_id_name" in changes:
            wire["lidb"] = changes["caller_id_name"]
        if "port_out_pin" in changes:
            # Sent as a string: an int would drop a leading zero.
            wire["pin"] = changes["port_out_pin"]
        if "failover" in changes:
            wire["failover"] = failover_to_wire(changes["failover"])
        return wire

    # -- I/O -----------------------------------------------------------------------------------

    def read(self, identity):
        row = self.client.find_number("/did", nanp_national(identity, "number", self.provider))
        return self.to_neutral(row) if row else None

    def from_snapshot(self, number):
        return did_record(number)

    def validate_create(self, desired):
        """Everything the order and its follow-up update need, before anything is bought (also in
        check mode): the other settings are checked offline by validate(); the trunk needs a read."""
        if desired.get("tier") is None:
            raise ValidationError("tier", "is required to order %s at questblue: 1, 1b (SMS-enabled) or 2; "
                                          "it must match the tier the number was found in" % desired["number"])
        self._check_trunk(desired.get("trunk"))

    def validate_update(self, changes, current):
        self._check_trunk(changes.get("trunk"))

    def _check_trunk(self, name):
        """QuestBlue routes a number only to an existing trunk that is on ("The trunk must be
        active"): ask before ordering or re-routing, rather than buy a number that cannot be
        routed or fail half-way."""
        if not name:
            return
        trunk = self.client.memo(("sip_trunk", name), lambda: self.client.resource("sip_trunk").read(name))
        if trunk is None:
            raise ValidationError("trunk", "questblue has no SIP trunk %r in this account; correct the name or "
                                           "create the trunk first (voip.carrier.sip_trunk)" % name)
        if not trunk.get("enabled"):
            raise ValidationError("trunk", "SIP trunk %r is disabled at questblue, which routes numbers only to "
                                           "active trunks; enable it first (voip.carrier.sip_trunk with enabled: "
                                           "true) or choose another trunk" % name)

    def create(self, desired):
        error = self.order_many([desired])[desired["number"]]
        if error is not None:
            raise error
        self.configure_ordered(desired)
        return self.read(desired["number"])

    def order_many(self, desired_records):
        """orderDid takes an array of numbers of one tier and one trunk: one POST /did per tier and
        trunk (and ORDER_BATCH numbers). A refusal is the whole call's (nothing bought); a
        warning that names numbers is theirs (the rest were bought); a warning that names none
        leaves every number of a batch of several to be re-read."""
        outcomes = {}
        batches = {}
        for desired in desired_records:
            batches.setdefault((desired["tier"], desired.get("trunk") or ""), []).append(desired["number"])
        for (tier, trunk), numbers in sorted(batches.items()):
            for start in range(0, len(numbers), ORDER_BATCH):
                outcomes.update(self._order_batch(tier, trunk, numbers[start:start + ORDER_BATCH]))
        return outcomes

    def _order_batch(self, tier, trunk, numbers):
        nationals = [int(nanp_national(number, "number", self.provider)) for number in numbers]
        order = {"tier": tier, "did": nationals if len(nationals) > 1 else nationals[0]}
        if trunk:
            order["route2trunk"] = trunk
        try:
            body = self.client.call("POST", "/did", order, blame=BLAME)
        except CarrierError as exc:
            if exc.carrier_message == "DID Ordering Error":
                exc = _rehint(exc, "check the number and tier options: %s must be on offer in tier %s "
                                   "(voip.carrier.available_did_info lists what is)" % (", ".join(numbers), tier))
            return dict.fromkeys(numbers, exc)
        except TransportError as exc:
            return dict.fromkeys(numbers, exc)
        outcomes = dict.fromkeys(numbers)
        for message in _warnings(body):
            named = [from_carrier(digits) for digits in _TEN_DIGITS.findall(message)]
            for number in named:
                if number in outcomes:
                    outcomes[number] = CarrierError(self.provider, message, request="POST /did")
            if len(numbers) > 1 and not any(number in outcomes for number in named):
                for number in numbers:
                    outcomes[number] = outcomes[number] or TransportError(
                        "%s: POST /did warned %r without saying which number it means" % (self.provider, message),
                        request="POST /did", maybe_applied=True)
        return outcomes

    def configure_ordered(self, desired):
        rest = {k: v for k, v in desired.items() if k not in ("number", "tier", "trunk")}
        if rest:
            national = nanp_national(desired["number"], "number", self.provider)
            self._configure_ordered(desired["number"], dict(self.to_wire(rest), did=int(national)))

    def _configure_ordered(self, number, wire):
        """The settings of a number just bought (orderDid takes only the trunk). validate() and
        validate_create() leave nothing to fail here that a check can see; if it fails anyway,
        say that the number is bought and what a re-run will do."""
        ordered = "%s was ordered, but its settings were not applied; a re-run applies them" % number
        try:
            self.client.call("PUT", "/did", wire, blame=BLAME)
        except CarrierError as exc:
            raise _rehint(exc, exc.hint).partly_applied(ordered)
        except TransportError as exc:
            raise exc.partly_applied(ordered)

    def update(self, identity, changes, current, desired):
        national = nanp_national(identity, "number", self.provider)
        self.client.call("PUT", "/did", dict(self.to_wire(changes), did=int(national)), blame=BLAME)

    def delete(self, identity, current):
        self.client.call("DELETE", "/did", {"did": int(nanp_national(identity, "number", self.provider))},
                         blame=BLAME)

    # -- queries -------------------------------------------------------------------------------

    def list(self, pattern=None):
        """Owned numbers, paging through GET /did. ``pattern`` is a unix-style digit pattern
        (``919*``); it is sent to the carrier and re-applied here, because QuestBlue ignores
        patterns shorter than three digits."""
        params = {}
        if pattern:
            if not _PATTERN.match(pattern):
                raise ValidationError("pattern", "%r is not a number pattern: digits with an optional * "
                                                 "wildcard, such as 919* or 9195550100" % pattern)
            if len(pattern.replace("*", "")) >= 3:
                params["did"] = pattern
        for row in self.client.pages("/did", params):
            national = re.sub(r"\D", "", str(row.get("did")))[-10:]
            if pattern and not fnmatch.fnmatchcase(national, pattern):
                continue
            yield self.to_neutral(row)

    def search(self, criteria):
        """Numbers available to order. ``criteria``: type (local|toll_free), tier, state,
        rate_center, npa, zip."""
        self.refuse_unsupported_criteria(criteria)
        kind = criteria.get("type") or "local"
        tier = criteria.get("tier") or "1"
        if tier not in TIERS:
            raise ValidationError("tier", "must be one of %s at questblue" % ", ".join(TIERS))
        params = {"type": TYPES_TO_WIRE[kind], "tier": tier}
        if kind == "toll_free":
            if tier == "2":
                raise ValidationError("tier", "toll-free numbers are not available in tier 2 at questblue")
            for key in ("region", "rate_center", "zip"):
                if criteria.get(key):
                    raise ValidationError(key, "only applies to local numbers; remove it for type=toll_free")
            npa = criteria.get("npa")
            if npa:
                params["code"] = search_area_code(npa, toll_free=True)[1:]
        else:
            if criteria.get("zip"):
                if tier != "1b":
                    raise ValidationError("zip", "searching by ZIP code needs tier 1b at questblue")
                if not re.match(r"^\d{5}$", str(criteria["zip"])):
                    raise ValidationError("zip", "must be 5 digits")
                params["zip"] = str(criteria["zip"])
            elif criteria.get("npa"):
                params["npa"] = int(search_area_code(criteria["npa"], toll_free=False))
            elif criteria.get("region") and criteria.get("rate_center"):
                if not re.match(r"^[A-Za-z]{2}$", criteria["region"]):
                    raise ValidationError("region", "must be a two-letter state or province code such as NC")
                params["state"] = criteria["region"].upper()
                params["ratecenter"] = criteria["rate_center"].upper()
            else:
                raise ValidationError("rate_center", "questblue searches local numbers by zip, by npa, or by "
                                                     "region together with rate_center; give one of these")
        body = self.client.call("GET", "/did/available", params) or {}
        data = body.get("data") or []
        if isinstance(data, dict):
            data = list(data)
        results = []
        for number in data:
            e164 = from_carrier(number)
            results.append({"number": e164, "type": "toll_free" if is_toll_free(e164) else "local",
                            "tier": tier, "state": params.get("state"), "rate_center": params.get("ratecenter")})
        return results


def validate_failover(failover):
    """QuestBlue failover (DIDs and trunks): all three settings together, in range."""
    for key in ("ip_address", "calls", "minutes"):
        if failover.get(key) is None:
            raise ValidationError("failover.%s" % key,
                                  "is required: questblue needs ip_address, calls and minutes together")
    if not 1 <= int(failover["calls"]) <= 100:
        raise ValidationError("failover.calls", "must be between 1 and 100")
    if int(failover["minutes"]) not in FAILOVER_MINUTES:
        raise ValidationError("failover.minutes", "must be one of %s"
                              % ", ".join(str(m) for m in FAILOVER_MINUTES))


def failover_to_wire(failover):
    return {"failover_ip_address": failover["ip_address"], "failover_num": int(failover["calls"]),
            "failover_time": int(failover["minutes"])}


def _rehint(exc, hint):
    """The same carrier error with another hint (what to fix, what has happened)."""
    return CarrierError(exc.provider, exc.carrier_message, code=exc.code, http_status=exc.http_status,
                        request=exc.details.get("request"), hint=hint, maybe_applied=exc.maybe_applied)


def _warnings(body):
    """The warning messages of an answer (a list, once a map, under "warning" or " warning")."""
    messages = []
    for key, value in (body or {}).items():
        if key.strip() == "warning":
            values = value.values() if isinstance(value, dict) else value if isinstance(value, list) else [value]
            messages.extend(str(message) for message in values)
    return messages


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None
