# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP Innovations DIDs: search (getDIDs), order (reserveDID then assignDID), read (queryDID),
update (configDID, UpdateCNAMDisplay / RemoveCNAM, SetDIDForward / RemoveDIDForward,
UpdateDIDFailover) and release (releaseDID).

- A number is owned when queryDID answers statusCode 100 with availability ``assigned``; any other
  answer (a number on offer, another customer's, the dummy "no records found" record) is absent.
- The neutral ``trunk`` is the endpoint group (EPG) the number routes to, by its Name (a decimal EPG
  ID is accepted when no group has that name); every number routes to one, so ordering needs it.
  ``cnam`` is the inbound CNAM dip (DIDParam.cnam), ``description`` the number's ``refId``,
  ``caller_id_name`` its outbound CNAM display (CNAM storage, which not every number supports).
- configDID sets the EPG, the dip and the refId together: it is always sent with all three, the
  number's own values for those the user does not change, so nothing is reset.
- A forwarded number (SetDIDForward) never reaches its EPG, so a failover (UpdateDIDFailover) would
  never apply: the two are refused together. RemoveDIDForward routes the number back to an EPG (the
  number's own, or the trunk the same task sets).
"""

from __future__ import annotations

import fnmatch
import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError, VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.numbers import (
    from_carrier, is_toll_free, nanp_national, search_area_code)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.client import (
    SUCCESS, code_of, number_from_wire, reserved_until, wire_number)
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import did_record

# reserveDID: the number is already reserved for this account (an earlier run's hold): go on.
RESERVE_OK = (103220,)
# assignDID: already assigned to this account (a concurrent run won the race): the engine converges.
ASSIGN_OK = (104225,)
# releaseDID: the number is in no account, or unknown: already absent.
RELEASE_OK = (106231, 106420)
# What configDID sets; a number whose changes are these only is updated in a batch (update_many).
CONFIG_FIELDS = frozenset(("trunk", "cnam", "description"))
# The display name UpdateCNAMDisplay takes (its 934: "letters, spaces, and numbers"); CNAM
# databases hold 15 characters.
CNAM_NAME = re.compile(r"^(?=.*[A-Za-z0-9])[A-Za-z0-9 ]{1,15}$")
STATE = re.compile(r"^[A-Za-z]{2}$")
BACK_OFFICE = "VoIP Innovations' Back Office"


def flag(value):
    """A DIDParam cnam flag as the service reads it."""
    return "true" if value else "false"


def owned(row):
    """Whether a queryDID / auditDIDs row is a number of this account."""
    return code_of(row.get("statusCode")) == SUCCESS and str(row.get("availability") or "").strip().lower() == "assigned"


def available(row):
    """Whether a queryDID row is a number this account may order (on offer, or reserved for it)."""
    return row is not None and code_of(row.get("statusCode")) == SUCCESS and not owned(row)


class VoipInnovationsDid(ResourceAdapter):
    model = DID
    fields = frozenset(("number", "trunk", "cnam", "caller_id_name", "description", "forward_to", "failover_number"))
    # queryDID returns every one of them (forward_to is write-only only where a carrier hides it).
    write_only = frozenset()
    # getDIDs: state (region; TF browses toll-free), rateCenter and npa.
    search_criteria = frozenset(("type", "region", "rate_center", "npa"))
    unsearchable = {"tier": "voipinnovations prices numbers in tiers of its own (1, 2, 4, 777 ...), not QuestBlue's "
                            "tiers; remove tier (available_did_info returns each number's tier)",
                    "zip": "voipinnovations cannot search by ZIP code; use npa, region or rate_center"}

    def __init__(self, client):
        super().__init__(client)
        # The queryDID row of the number read last (owned or not): validate_create checks what
        # ordering it needs (availability, CNAM storage) without asking again.
        self._row = None

    # -- checks before any request ---------------------------------------------------------------

    def validate(self, desired, state):
        number = desired["number"]
        nanp_national(number, "number", self.provider)
        if desired.get("trunk") == "":
            raise ValidationError("trunk", "voipinnovations routes every number to an endpoint group; name one (its Name "
                                           "or ID, see voip.carrier.sip_trunk_info), or forward the number with "
                                           "forward_to")
        name = desired.get("caller_id_name")
        if name and not CNAM_NAME.match(name):
            raise ValidationError("caller_id_name", "%r: voipinnovations takes 1 to 15 letters, digits and spaces (or \"\" "
                                                    "to remove the name)" % name)
        for option in ("forward_to", "failover_number"):
            if desired.get(option) and desired[option] == number:
                raise ValidationError(option, "cannot be the number itself")
            if desired.get(option):
                nanp_national(desired[option], option, self.provider)
        self._refuse_forward_with_failover(desired.get("forward_to"), desired.get("failover_number"))

    @staticmethod
    def _refuse_forward_with_failover(forward_to, failover_number):
        if forward_to and failover_number:
            raise ValidationError("failover_number", "cannot be set while forward_to is (%s): a forwarded number never "
                                                     "reaches its endpoint group, so its failover would never apply; "
                                                     "set forward_to: \"\" or failover_number: \"\"" % forward_to)

    def validate_create(self, desired):
        number = desired["number"]
        if self._row is None:
            # Planned from the account snapshot (the bulk module), which holds owned numbers only:
            # whether it can be ordered, and with a CNAM name, is queryDID's to say.
            self._row = self.query(nanp_national(number, "number", self.provider))
        if not available(self._row):
            status = (self._row or {}).get("status") or "no answer"
            raise ValidationError("number", "%s is not available to order at voipinnovations (queryDID: %s); search with "
                                            "voip.carrier.available_did_info" % (number, status))
        if not desired.get("trunk"):
            raise ValidationError("trunk", "is required to order a number at voipinnovations: assignDID routes it to an "
                                           "endpoint group (its Name or ID, see voip.carrier.sip_trunk_info)")
        self.epg_id(desired["trunk"])
        if desired.get("caller_id_name"):
            self._need_cnam_storage(number, self._row)

    def validate_update(self, changes, current):
        if "trunk" in changes:
            self.epg_id(changes["trunk"])
        elif {"cnam", "description"} & set(changes) and not self._epg_for(changes):
            raise ValidationError("trunk", "is needed to change %s of %s at voipinnovations: the number routes to no "
                                           "endpoint group (unconfigured or in personal inventory), and configDID sets "
                                           "them together with one; set trunk"
                                  % (" and ".join(sorted({"cnam", "description"} & set(changes))), current["number"]))
        if changes.get("caller_id_name"):
            self._need_cnam_storage(current["number"], self._row)
        # The number as the update leaves it: a failover added to a forwarded number (or the reverse).
        merged = dict(current, **changes)
        self._refuse_forward_with_failover(merged.get("forward_to"), merged.get("failover_number"))
        if changes.get("forward_to") == "" and current.get("forward_to") and not self._epg_for(changes):
            raise ValidationError("trunk", "is needed to remove forward_to at voipinnovations: RemoveDIDForward routes the "
                                           "number back to an endpoint group and %s has none; set trunk"
                                  % current["number"])

    @staticmethod
    def _need_cnam_storage(number, row):
        if not (row or {}).get("cnamStorageAvailability"):
            raise ValidationError("caller_id_name", "%s does not support outbound CNAM storage at voipinnovations "
                                                    "(queryDID: cnamStorageAvailability false); remove caller_id_name, "
                                                    "or choose a number that supports it" % number)

    # -- endpoint groups (trunks) -----------------------------------------------------------------

    def epg_id(self, trunk):
        """The ID of the endpoint group ``trunk`` names; ValidationError naming ``trunk`` when the
        account has none of that name or ID."""
        group = self.client.endpoint_group(trunk)
        if group is None:
            raise ValidationError("trunk", "there is no voipinnovations endpoint group %r in this account (by Name or ID; "
                                           "it has: %s); endpoint groups are created in %s"
                                  % (trunk, self.client.group_names(), BACK_OFFICE))
        return int(group["ID"])

    def _trunk_of(self, epg):
        """The ``trunk`` of a number routed to EPG ``epg``: as the user spelled it when it names that
        group, else the group's Name as voip.carrier.sip_trunk shows it (its ID when it has none)."""
        if not epg:
            return ""
        wanted = self.desired.get("trunk")
        if wanted:
            group = self.client.endpoint_group(wanted)
            if group is not None and int(group["ID"]) == epg:
                return wanted
        group = next((row for row in self.client.endpoint_groups() if row.get("ID") == epg), None)
        return str((group or {}).get("Name") or epg)

    def _epg_for(self, changes):
        """The EPG a number routes to after ``changes``: the trunk they set, else its own."""
        if changes.get("trunk"):
            return self.epg_id(changes["trunk"])
        return int((self._row or {}).get("endpointId") or 0)

    # -- mapping ----------------------------------------------------------------------------------

    def to_neutral(self, row):
        number = from_carrier(row["tn"])
        return {
            "number": number,
            "status": "active",
            "type": "toll_free" if is_toll_free(number) else "local",
            "trunk": self._trunk_of(int(row.get("endpointId") or 0)),
            "cnam": bool(row.get("cnam")),
            "caller_id_name": row.get("cnamName") or "",
            "description": row.get("refId") or "",
            "forward_to": number_from_wire(row.get("forward")),
            "failover_number": number_from_wire(row.get("failover")),
            "e911": bool(row.get("has911")),
            "provider": self.provider,
        }

    # -- I/O --------------------------------------------------------------------------------------

    def query(self, national):
        """The queryDID row of a number (owned or not); None when the service has no record."""
        answer = self.client.call("queryDID", did=national, empty=(101,))
        rows = [row for row in ((answer or {}).get("DIDs") or []) if isinstance(row, dict)]
        if answer is not None and not rows:
            # A read that said "not owned" would lead to an order: an answer without the number's
            # record is an error, never "absent".
            raise self.client.shape_error("queryDID", "no DID record in it")
        return next((row for row in rows if str(row.get("tn") or "").strip() == national), rows[0] if rows else None)

    def read(self, identity):
        self._row = self.query(nanp_national(identity, "number", self.provider))
        return self.to_neutral(self._row) if self._row is not None and owned(self._row) else None

    def from_snapshot(self, number):
        # The snapshot's records are this adapter's (list): what read would return; the number's
        # auditDIDs row is what an update starts from, as read's queryDID row is.
        record = did_record(number)
        if record is not None:
            self._row = self.client.audit_dids().get(record["number"])
        return record

    def list(self, pattern=None):
        """Every number of the account, each with its E911 flag (``e911``, the DID's has911): one
        auditDIDs (client.audit_dids: its dummy "no records" record dropped)."""
        for number, row in sorted(self.client.audit_dids().items()):
            if pattern and not fnmatch.fnmatchcase(number[2:], pattern):
                continue
            yield self.to_neutral(row)

    def create(self, desired):
        number = desired["number"]
        error = self.order_many([desired])[number]
        if error is not None:
            raise error
        self._row = dict(self._row or {}, endpointId=self.epg_id(desired["trunk"]), availability="assigned",
                         statusCode="100", tn=nanp_national(number), cnam=bool(desired.get("cnam")),
                         refId=desired.get("description") or "")
        self.configure_ordered(desired)
        return self.read(number) if self.confirm_writes else None

    def order_many(self, desired_records):
        """reserveDID of the numbers, then assignDID of those held, one call per endpoint group,
        each number with its cnam and refId; client.batch_size numbers a call. Each number's own
        statusCode decides its outcome: not held, nothing is bought (the engine re-reads it); held
        but not assigned, it stays reserved for this account (partly applied, or of unknown outcome
        for the engine's re-read)."""
        outcomes = {}
        size = self.client.batch_size
        for start in range(0, len(desired_records), size):
            outcomes.update(self._order_batch(desired_records[start:start + size]))
        return outcomes

    def _order_batch(self, desired_records):
        wanted = dict((nanp_national(desired["number"], "number", self.provider), desired) for desired in desired_records)
        # epg is required by the schema (int, minOccurs 1) and ignored by reserveDID: 0.
        held = self.client.batch("reserveDID", [{"tn": tn, "epg": 0} for tn in wanted], ok=RESERVE_OK)
        outcomes, by_group = {}, {}
        for tn, desired in wanted.items():
            if held[tn][1] is not None:
                outcomes[desired["number"]] = held[tn][1]
            else:
                by_group.setdefault(self.epg_id(desired["trunk"]), []).append(tn)
        for epg, tns in sorted(by_group.items()):
            assigned = self.client.batch("assignDID", [{"tn": tn, "epg": epg, "cnam": flag(wanted[tn].get("cnam")),
                                                        "refId": wanted[tn].get("description")} for tn in tns],
                                         ok=ASSIGN_OK)
            for tn in tns:
                error = assigned[tn][1]
                outcomes[wanted[tn]["number"]] = None if error is None else self._still_reserved(
                    error, wanted[tn]["number"], held[tn][0])
        return outcomes

    @staticmethod
    def _still_reserved(exc, number, held):
        """The error of an assignDID after a good reserveDID: the number stays reserved."""
        note = "%s stays reserved for this account until %s: a re-run before then assigns it" % (number, reserved_until(held))
        if exc.maybe_applied:
            # Whether it was assigned is for the engine's re-read to say.
            return exc.unresolved(note)
        return exc.partly_applied(note)

    def configure_ordered(self, desired):
        """What assignDID cannot carry (CNAM display, forward, failover), after the order; a failure
        there leaves the number ordered: partly applied."""
        current = {"number": desired["number"], "forward_to": "", "failover_number": "", "caller_id_name": ""}
        follow = {name: desired[name] for name in ("caller_id_name", "forward_to", "failover_number")
                  if desired.get(name)}
        try:
            self._feature_writes(nanp_national(desired["number"], "number", self.provider), follow, current)
        except VoipCarrierError as exc:
            raise exc.partly_applied("%s was ordered and routed to %s, but %s not applied; run the task again to "
                                     "apply it" % (desired["number"], desired["trunk"],
                                                   " and ".join(sorted(follow)) + (" were" if len(follow) > 1 else " was")))

    def update(self, identity, changes, current, desired):
        national = nanp_national(identity, "number", self.provider)
        row = self._row or {}
        if CONFIG_FIELDS & set(changes):
            param = self._config_param(national, changes, row)
            self.client.did_outcome("configDID", self.client.call("configDID", didParams={"DIDParam": [param]}),
                                    national)
            row = self._row = dict(row, endpointId=param["epg"])
        self._feature_writes(national, changes, current)
        return self.read(identity) if self.confirm_writes else None

    def _config_param(self, national, changes, row):
        """configDID's DIDParam: the changes, and the number's own values (``row``) for the rest of
        what configDID sets, so nothing is reset."""
        return {"tn": national,
                "epg": self.epg_id(changes["trunk"]) if "trunk" in changes else int(row.get("endpointId") or 0),
                "cnam": flag(changes["cnam"] if "cnam" in changes else row.get("cnam")),
                "refId": changes["description"] if "description" in changes else (row.get("refId") or "")}

    def update_many(self, updates):
        """configDID of every number whose changes are trunk, cnam and description only,
        client.batch_size numbers a call, each from its auditDIDs row (the account snapshot's); the
        rest (a CNAM name, a forward, a failover: calls of their own) are left to ``update``."""
        rows = self.client.audit_dids()
        params = [self._config_param(nanp_national(number), changes, rows[number])
                  for number, (changes, _current) in sorted(updates.items())
                  if changes and set(changes) <= CONFIG_FIELDS and number in rows]
        return self._batches("configDID", params)

    def delete_many(self, records):
        """releaseDID of the numbers, client.batch_size a call (106231 / 106420: already gone)."""
        return self._batches("releaseDID", [{"tn": nanp_national(number), "epg": 0} for number in sorted(records)],
                             ok=RELEASE_OK)

    def _batches(self, operation, params, ok=()):
        """{E.164 number: None or its error} of ``operation`` over ``params``, in batches."""
        outcomes = {}
        size = self.client.batch_size
        for start in range(0, len(params), size):
            for tn, (_row, error) in self.client.batch(operation, params[start:start + size], ok=ok).items():
                outcomes[from_carrier(tn)] = error
        return outcomes

    def _feature_writes(self, national, changes, current):
        """The per-number feature calls for ``changes``, in an order that never leaves a forwarded
        number with a failover: a failover is removed before a forward is set and set after a
        forward is removed."""
        failover = changes.get("failover_number")
        if failover == "" and current.get("failover_number"):
            self.client.call("UpdateDIDFailover", tn=national, failover="")
        if "forward_to" in changes:
            if changes["forward_to"]:
                self.client.call("SetDIDForward", tn=national, forward=wire_number(changes["forward_to"]))
            elif current.get("forward_to"):
                self.client.call("RemoveDIDForward", tn=national, epgId=str(self._epg_for(changes)))
        if failover:
            self.client.call("UpdateDIDFailover", tn=national, failover=wire_number(failover))
        if "caller_id_name" in changes:
            if changes["caller_id_name"]:
                self.client.call("UpdateCNAMDisplay", tn=national, name=changes["caller_id_name"])
            elif current.get("caller_id_name"):
                self.client.call("RemoveCNAM", tn=national)

    def delete(self, identity, current):
        national = nanp_national(identity, "number", self.provider)
        answer = self.client.call("releaseDID", didParams={"DIDParam": [{"tn": national, "epg": 0}]})
        self.client.did_outcome("releaseDID", answer, national, ok=RELEASE_OK)

    # -- search -----------------------------------------------------------------------------------

    def search(self, criteria):
        self.refuse_unsupported_criteria(criteria)
        toll_free = criteria.get("type") == "toll_free"
        npa = criteria.get("npa")
        prefix = search_area_code(npa, toll_free=toll_free) if npa else None
        region = str(criteria.get("region") or "").strip()
        rate_center = str(criteria.get("rate_center") or "").strip()
        if toll_free:
            for option, value in (("region", region), ("rate_center", rate_center)):
                if value:
                    raise ValidationError(option, "toll-free numbers have no %s; remove it" % option.replace("_", " "))
            params = {"state": "TF", "npa": prefix}
        else:
            if region and not STATE.match(region):
                raise ValidationError("region", "%r: voipinnovations searches by the two-letter state code (such as "
                                                "CO)" % region)
            if not (prefix or region or rate_center):
                raise ValidationError("npa", "voipinnovations searches local numbers by npa, region or rate_center; give "
                                             "at least one")
            params = {"state": region.upper() or None, "rateCenter": rate_center or None, "npa": prefix}
        answer = self.client.call("getDIDs", empty=(101,), **params)
        results = []
        for row in (answer or {}).get("DIDLocators") or []:
            if not isinstance(row, dict) or not row.get("tn"):
                continue
            number = from_carrier(row["tn"])
            local = not is_toll_free(number)
            # A toll-free number's state and rate center are VoIP Innovations' placeholders (TF, TOLLFREE).
            results.append({"number": number, "type": "local" if local else "toll_free",
                            "tier": row.get("tier") or None, "state": (row.get("state") or None) if local else None,
                            "rate_center": (row.get("rateCenter") or None) if local else None,
                            "sms": bool(row.get("sms"))})
        return results
