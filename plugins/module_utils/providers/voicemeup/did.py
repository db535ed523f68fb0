# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoiceMeUp DIDs: search (get_new_dids), activation (activate_new_did), read (get_dids), update
(update_did) and release (delete_did).

- A number is added with ``activate_new_did``, which is synchronous. ``order_new_dids`` (a back-order
  by quantity with no order id to follow) is never used: run twice it would order twice.
- ``update_did`` replaces the whole record unless ``preserve_missing_data=1``, which every update
  here sends, with ``usage_type`` (documented as required) as the number has it. A list field
  (``options``, ``client_peer_ids``) is replaced whole even then, so it is always sent complete: the
  number's list with the user's change applied, never only the change.
- The neutral ``trunk`` is the peers the number rings (``client_peer_ids``, read back as
  ``peer_to_rings``), by the peer's ``peer_username`` or ``friendly_name`` (get_peers, read once per
  run); several, comma-separated, ring in that order. ``forward_to`` is ``forward_number`` with the
  option ``enable_forwarding``; either one only counts while its option is on.
- A deleted number may still be listed, with ``status`` deleted: it is absent.
"""

from __future__ import annotations

import fnmatch

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError, VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.numbers import (
    from_carrier, is_toll_free, nanp_national, search_area_code)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.client import peer_name
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import did_record

MAX_TRUNKS = 5  # peers_to_ring_limit_reached: "Please choose a maximum of 5 peers."
# neutral field -> update_did / get_dids name, where the value travels as it is.
TEXT_FIELDS = {"description": "friendly_name", "caller_id_name": "callerid_name_rewrite", "comments": "comments"}
# The option that makes a field count, and the field: without it VoiceMeUp keeps the value but
# does not use it, so the neutral record shows none.
FORWARDING, PEERS = "enable_forwarding", "enable_peer"
TYPES_FROM_WIRE = {"tollfree": "toll_free"}


def wire_number(e164):
    """A number as VoiceMeUp writes it: 10 digits in North America, the E.164 digits elsewhere."""
    if e164 == "":
        return ""
    return e164[2:] if e164.startswith("+1") and len(e164) == 12 else e164.lstrip("+")


def number_from_wire(value):
    return from_carrier(value) if value not in (None, "") else ""


def csv(value):
    return [item.strip() for item in str(value or "").split(",") if item.strip()]


def trunk_names(value):
    """The trunks of the ``trunk`` option, in ring order (``"a, b"`` -> ``["a", "b"]``)."""
    return [name.strip() for name in str(value).split(",")] if str(value).strip() else []


class VoiceMeUpDid(ResourceAdapter):
    model = DID
    fields = frozenset(("number", "description", "trunk", "forward_to", "caller_id_name", "caller_id_number",
                        "enabled", "comments"))
    # get_dids returns every one of them (forward_to is write-only only where the carrier hides it).
    write_only = frozenset()
    # get_new_dids: npa (local area codes only; a toll-free prefix is matched here) and district,
    # which is the rate centre's name. Its state_id is VoiceMeUp's own number for a state.
    search_criteria = frozenset(("type", "npa", "rate_center"))
    unsearchable = {"tier": "voicemeup has no service tiers; remove tier",
                    "zip": "voicemeup cannot search by ZIP code; use npa or rate_center",
                    "region": "voicemeup searches by its own state ids, not by region; use npa or rate_center"}
    snapshot_parts = ()

    def __init__(self, client):
        super().__init__(client)
        # The get_dids row of every number read, by E.164 number: update_did starts from it.
        self._rows = client.did_rows

    # -- checks before any request ---------------------------------------------------------------

    def prepare(self, desired, state):
        if "trunk" in desired:
            desired = dict(desired, trunk=",".join(trunk_names(desired["trunk"])))
        return super().prepare(desired, state)

    def validate(self, desired, state):
        nanp_national(desired["number"], "number", self.provider)
        description = desired.get("description")
        if description and not 2 <= len(description) <= 32:
            raise ValidationError("description", "must be 2 to 32 characters at voicemeup (its friendly_name), or "
                                                 "\"\" to remove it")
        name = desired.get("caller_id_name")
        if name and not 3 <= len(name) <= 15:
            raise ValidationError("caller_id_name", "must be 3 to 15 characters at voicemeup, or \"\" for none")
        names = trunk_names(desired.get("trunk") or "")
        if len(names) > MAX_TRUNKS:
            raise ValidationError("trunk", "voicemeup rings at most %d trunks per number; %d are given"
                                  % (MAX_TRUNKS, len(names)))
        if "" in names or len(set(names)) != len(names):
            raise ValidationError("trunk", "%r: give trunk names separated by commas, each once" % desired["trunk"])
        if desired.get("forward_to") and desired["forward_to"] == desired["number"]:
            raise ValidationError("forward_to", "cannot be the number itself")

    def validate_create(self, desired):
        # Before the number is activated, also in check mode: a trunk that does not exist would
        # leave a number in the account the task reports as failed.
        self.peer_ids(desired.get("trunk"))

    def validate_update(self, changes, current):
        self.peer_ids(changes.get("trunk"))

    # -- peers (trunks) ---------------------------------------------------------------------------

    def peers(self):
        """The account's peers (not deleted), read once per run."""
        rows = self.client.memo("get_peers", lambda: self.client.records(self.client.call("get_peers"), "peers", "peer"))
        return [row for row in rows if row.get("status") != "deleted"]

    def peer_ids(self, trunk):
        """The client_peer_id of each trunk named in ``trunk``, in order; ValidationError naming
        ``trunk`` for a name no peer has, or that two peers share. None when ``trunk`` is unset."""
        if trunk is None:
            return None
        ids = []
        for name in trunk_names(trunk):
            found = {str(row.get("client_peer_id")) for row in self.peers()
                     if name in (row.get("peer_username"), row.get("friendly_name"))}
            if not found:
                raise ValidationError("trunk", "there is no voicemeup peer (trunk) %r in this account (get_peers: by "
                                               "peer_username or friendly_name); create it with voip.carrier.sip_trunk"
                                      % name)
            if len(found) > 1:
                raise ValidationError("trunk", "%d voicemeup peers are named %r; name the trunk by its peer_username"
                                      % (len(found), name))
            ids.append(found.pop())
        return ids

    def _trunk_of(self, ids):
        """The ``trunk`` of a number ringing the peers ``ids``: as the user spelled it when it
        names these peers, else each peer's name as voip.carrier.sip_trunk shows it (peer_name)."""
        wanted = self.desired.get("trunk")
        if wanted is not None:
            try:
                if self.peer_ids(wanted) == ids:
                    return wanted
            except ValidationError:
                pass
        names = {str(row.get("client_peer_id")): peer_name(row) for row in self.peers()}
        return ",".join(names.get(peer) or peer for peer in ids)

    # -- mapping ----------------------------------------------------------------------------------

    def to_neutral(self, row):
        number = from_carrier(row["phone_number"])
        self._rows[number] = row
        options = set(csv(row.get("options")))
        peers = csv(row.get("peer_to_rings")) if PEERS in options else []
        record = {
            "number": number,
            "status": "active" if row.get("status") == "enabled" else str(row.get("status") or ""),
            "type": TYPES_FROM_WIRE.get(row.get("type"),
                                        row.get("type") or ("toll_free" if is_toll_free(number) else "local")),
            "trunk": self._trunk_of(peers) if peers else "",
            "forward_to": number_from_wire(row.get("forward_number")) if FORWARDING in options else "",
            "caller_id_number": number_from_wire(row.get("callerid_number_rewrite")),
            "enabled": row.get("status") != "disabled",
            "sms_available": str(row.get("sms_support")) == "1",
            "provider": self.provider,
        }
        record.update({name: row.get(wire) or "" for name, wire in TEXT_FIELDS.items()})
        return record

    def _update_params(self, national, changes, row):
        """update_did's parameters for ``changes`` (neutral) to the number whose row is ``row``."""
        params = {"phone_number": national, "preserve_missing_data": True,
                  "usage_type": row.get("usage_type") or "default"}
        for name, wire in TEXT_FIELDS.items():
            if name in changes:
                params[wire] = changes[name]
        if "caller_id_number" in changes:
            params["callerid_number_rewrite"] = wire_number(changes["caller_id_number"])
        if "enabled" in changes:
            params["status"] = "enabled" if changes["enabled"] else "disabled"
        options = csv(row.get("options"))
        if "forward_to" in changes:
            params["forward_number"] = wire_number(changes["forward_to"])
            options = self._switched(options, FORWARDING, bool(changes["forward_to"]))
        if "trunk" in changes:
            params["client_peer_ids"] = self.peer_ids(changes["trunk"])
            options = self._switched(options, PEERS, bool(params["client_peer_ids"]))
        if options != csv(row.get("options")):
            # The whole list: update_did replaces it, and the number's other options must stay.
            params["options"] = options
        return params

    @staticmethod
    def _switched(options, option, on):
        if (option in options) == on:
            return options
        kept = [item for item in options if item != option]
        return kept + [option] if on else kept

    # -- I/O --------------------------------------------------------------------------------------

    def read(self, identity):
        row = self.client.did_row(nanp_national(identity, "number", self.provider))
        return self.to_neutral(row) if row else None

    def wire_row(self, number):
        """The get_dids row a record of this adapter was made from (the SMS options live there too)."""
        return self._rows[number]

    def from_snapshot(self, number):
        # The snapshot's records come from to_neutral: their rows are in did_rows.
        return did_record(number)

    def check_create(self, desired):
        """Check mode: the number must be among those VoiceMeUp offers (get_new_dids, a read)."""
        number = desired["number"]
        if not any(entry["number"] == number for entry in self._offered(number)):
            raise ValidationError("number", "%s is not among the numbers voicemeup offers (get_new_dids); search "
                                            "with voip.carrier.available_did_info" % number)

    def _offered(self, number):
        """What VoiceMeUp offers in the number's NPA-NXX (toll-free: its prefix), searched once per
        run for every number there: a did_bulk plan of a block of new numbers is one get_new_dids,
        not one per number (check mode only: nothing is activated between the searches)."""
        national = nanp_national(number, "number", self.provider)
        if is_toll_free(number):
            return self.client.memo(("get_new_dids", "tollfree", national[:3]),
                                    lambda: self.search({"type": "toll_free", "npa": national[:3]}))
        return self.client.memo(("get_new_dids", national[:6]), lambda: self._search_rows(
            {"type": "local", "npa": national[:3], "nxx": national[3:6]}))

    def create(self, desired):
        number = desired["number"]
        national = nanp_national(number, "number", self.provider)
        body = self._write(national, "activate_new_did", {"phone_number": national})
        # The run's copy of the account (the bulk module's snapshot) does not hold the number yet:
        # take it from the answer's echo, else read it from VoiceMeUp, never "absent" from the copy.
        echoed = [r for r in self.client.records(body, "dids", "did") if str(r.get("phone_number")) == national]
        if echoed:
            self.client.remember_did(national, echoed[0])
        else:
            self.client.forget_did(national)
        current = self.read(number)
        settings = {name: value for name, value in desired.items()
                    if name != "number" and current is not None and not self.model.fields[name].equal(value,
                                                                                                      current.get(name))}
        if not settings:
            return current
        try:
            return self.update(number, settings, current, desired)
        except VoipCarrierError as exc:
            raise exc.partly_applied("%s was activated and is in the account now, but its settings were not applied; "
                                     "run the task again to apply them" % number)

    def update(self, identity, changes, current, desired):
        national = nanp_national(identity, "number", self.provider)
        row = self._rows.get(current["number"]) or self.client.did_row(national) or {}
        body = self._write(national, "update_did", self._update_params(national, changes, row))
        echoed = [r for r in self.client.records(body, "dids", "did") if str(r.get("phone_number")) == national]
        if echoed:
            # The answer carries the record as it now is (the emulator's and, by the project's
            # reading, VoiceMeUp's): no re-read needed.
            self.client.remember_did(national, echoed[0])
            return self.to_neutral(echoed[0])
        return self.read(identity) if self.confirm_writes else None

    def delete(self, identity, current):
        national = nanp_national(identity, "number", self.provider)
        self._write(national, "delete_did", {"phone_number": national})
        self.client.remember_did(national, None)
        self._rows.pop(current["number"], None)

    def _write(self, national, request_type, params):
        """One write; when its outcome is unknown, this run's copy of the number is dropped so the
        engine's re-read asks VoiceMeUp."""
        try:
            return self.client.call(request_type, params, write=True)
        except VoipCarrierError as exc:
            self.client.forget_did(national)
            raise exc

    # -- queries ----------------------------------------------------------------------------------

    def list(self, pattern=None):
        """Every number of the account: get_dids answers with all of them in one call."""
        for national, row in sorted(self.client.dids().items()):
            if pattern and not fnmatch.fnmatchcase(national[-10:], pattern):
                continue
            yield self.to_neutral(row)

    def search(self, criteria):
        self.refuse_unsupported_criteria(criteria)
        toll_free = criteria.get("type") == "toll_free"
        npa = criteria.get("npa")
        prefix = search_area_code(npa, toll_free=toll_free) if npa else None
        if toll_free:
            if criteria.get("rate_center"):
                raise ValidationError("rate_center", "toll-free numbers have no rate centre; remove rate_center")
            found = self._search_rows({"type": "tollfree"})
            return [entry for entry in found if not prefix or entry["number"][2:5] == prefix]
        if not prefix and not criteria.get("rate_center"):
            raise ValidationError("npa", "voicemeup searches local numbers by npa or rate_center; give one of them")
        params = {"type": "local", "npa": prefix, "district": criteria.get("rate_center")}
        return self._search_rows(params)

    def _search_rows(self, params):
        body = self.client.call("get_new_dids", params)
        results = []
        for row in self.client.records(body, "new_dids", "new_did"):
            number = from_carrier(row["phone_number"])
            # state_id is VoiceMeUp's own number for a state, not a region code: no state.
            results.append({"number": number, "type": TYPES_FROM_WIRE.get(row.get("type"), row.get("type") or "local"),
                            "state": None, "rate_center": row.get("district") or None,
                            "sms": str(row.get("sms_support")) == "1"})
        return results
