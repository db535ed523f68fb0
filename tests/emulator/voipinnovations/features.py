"""Per-number features of owned DIDs: outbound CNAM (GetCNAMDisplay, UpdateCNAMDisplay, RemoveCNAM),
failover, forward, DID groups and conference lines. Seed L234-261, L317-454, L595-618; digest 3B.

PROJECT DECISIONS where the seed is silent (docs/emulator.md):
* a tn the account does not own (or that is not 10 digits) answers 101 "No Records Found", as the
  seed says for ConfigFaxToEmailNotifications (L464);
* a failover or forward number must be 10 digits and not the DID itself, else 944 "Invalid Number";
* a CNAM name is 1-15 letters, digits and spaces (934 otherwise; 15 is the CNAM database's length);
  UpdateCNAMDisplay and RemoveCNAM on a DID without CNAM storage answer 933; removing a name that is
  not there succeeds;
* SetDIDForward keeps the DID's endpointId (the EPG it returns to is known), RemoveDIDForward sets the
  given epgId (948 unless it is one of the account's groups) and succeeds when no forward is set;
* GetDIDGroup of a DID without a group and the Audit* reads with nothing to list answer 100 with an
  empty list; a DID group id that is not the account's answers 101;
* SetConferenceLine's pin is empty (no PIN) or 1-8 digits (L443), else 944.
"""

from __future__ import annotations

import re

from emulator.voipinnovations import codes
from emulator.voipinnovations.codes import ApiError
from emulator.voipinnovations.dids import conference, owned_view
from emulator.voipinnovations.model import is_tn

CNAM_NAME = re.compile(r"^(?=.*[A-Za-z0-9])[A-Za-z0-9 ]{1,15}$")
PIN = re.compile(r"^[0-9]{1,8}$")


def owned(ctx, name: str = "tn") -> dict:
    record = ctx.account.did(ctx.text(name))
    if record is None:
        raise ApiError(codes.NO_RECORDS)
    return record


def _other_number(ctx, record: dict, name: str) -> str:
    value = ctx.text(name).strip()
    if not is_tn(value) or value == record["tn"]:
        raise ApiError(codes.INVALID_NUMBER)
    return value


def _with_line(record: dict) -> dict:
    """The result of a write on one DID: the DIDResponse's ConferenceLine is that DID's."""
    return {"ConferenceLine": conference(record)}


def _sorted(ctx):
    return [ctx.account.dids[tn] for tn in sorted(ctx.account.dids)]


# -- outbound CNAM ----------------------------------------------------------------------------------

def get_cnam_display(ctx) -> dict:
    return {"DisplayName": owned(ctx)["cnamName"]}


def update_cnam_display(ctx) -> dict:
    record = owned(ctx)
    if not record["cnamStorageAvailability"]:
        raise ApiError(codes.CNAM_NOT_AVAILABLE)
    name = ctx.text("name")
    if not CNAM_NAME.match(name):
        raise ApiError(codes.CNAM_INVALID_NAME)
    record.update(cnamName=name, cnamStorageActive=True)
    return {"DisplayName": name}


def remove_cnam(ctx) -> dict:
    record = owned(ctx)
    if not record["cnamStorageAvailability"]:
        raise ApiError(codes.CNAM_NOT_AVAILABLE)
    record.update(cnamName="", cnamStorageActive=False)
    return {}


# -- failover ---------------------------------------------------------------------------------------

def update_did_failover(ctx) -> dict:
    record = owned(ctx)
    # a blank failover removes it (seed L324)
    record["failover"] = _other_number(ctx, record, "failover") if ctx.text("failover").strip() else ""
    return _with_line(record)


def get_did_failover(ctx) -> dict:
    record = owned(ctx)
    return {"DIDs": [owned_view(record)], **_with_line(record)}


def audit_did_failovers(ctx) -> dict:
    return {"DIDFailover": [{"TN": r["tn"], "FailoverTN": r["failover"]} for r in _sorted(ctx) if r["failover"]]}


# -- forward ----------------------------------------------------------------------------------------

def get_did_forward(ctx) -> dict:
    record = owned(ctx)
    return {"DIDs": [owned_view(record)], **_with_line(record)}


def set_did_forward(ctx) -> dict:
    record = owned(ctx)
    record["forward"] = _other_number(ctx, record, "forward")
    return _with_line(record)


def endpoint_group_id(ctx, name: str) -> int:
    """A string EPG id parameter (epgId, groupid) naming one of the account's groups, else 948."""
    value = ctx.text(name).strip()
    epg = int(value) if value.isascii() and value.isdigit() else None
    if epg not in ctx.account.endpoint_groups:
        raise ApiError(codes.NOT_YOUR_EPG)
    return epg


def remove_did_forward(ctx) -> dict:
    record = owned(ctx)
    epg = endpoint_group_id(ctx, "epgId")
    record.update(forward="", endpointId=epg, _inventory=False)
    return _with_line(record)


def audit_did_forwards(ctx) -> dict:
    return {"DIDForward": [{"TN": r["tn"], "ForwardTN": r["forward"]} for r in _sorted(ctx) if r["forward"]]}


# -- DID groups (create-only: there is no rename or delete, digest Q30) --------------------------

def _group(ctx) -> dict:
    group = ctx.account.did_groups.get(ctx.params.get("groupId"))
    if group is None:
        raise ApiError(codes.NO_RECORDS)
    return group


def create_did_group(ctx) -> dict:
    group_id = ctx.state.next_id("did_group")
    group = {"ID": group_id, "Name": ctx.text("name")}
    ctx.account.did_groups[group_id] = group
    return {"DIDGroups": [dict(group)]}


def set_did_group(ctx) -> dict:
    record = owned(ctx)
    record["didGroupId"] = str(_group(ctx)["ID"])
    return _with_line(record)


def remove_did_group(ctx) -> dict:
    record = owned(ctx)
    record["didGroupId"] = ""
    return _with_line(record)


def get_did_group(ctx) -> dict:
    record = owned(ctx)
    group = ctx.account.did_groups.get(int(record["didGroupId"])) if record["didGroupId"] else None
    return {"DIDGroups": [dict(group)] if group else []}


def get_did_groups(ctx) -> dict:
    return {"DIDGroups": [dict(ctx.account.did_groups[k]) for k in sorted(ctx.account.did_groups)]}


def audit_did_group(ctx) -> dict:
    group_id = str(_group(ctx)["ID"])
    return {"DIDs": [owned_view(r) for r in _sorted(ctx) if r["didGroupId"] == group_id]}


# -- conference lines -------------------------------------------------------------------------------

def get_conference_line(ctx) -> dict:
    return _with_line(owned(ctx))


def set_conference_line(ctx) -> dict:
    record = owned(ctx)
    pin = ctx.text("pin").strip()
    if pin and not PIN.match(pin):
        raise ApiError(codes.INVALID_NUMBER)
    record["_conference"] = {"Enabled": True, "PIN": pin}
    return _with_line(record)


def remove_conference_line(ctx) -> dict:
    record = owned(ctx)
    record["_conference"] = {"Enabled": False, "PIN": ""}
    return _with_line(record)


def audit_conference_lines(ctx) -> dict:
    return {"ConferenceLine": [conference(r) for r in _sorted(ctx) if r["_conference"]["Enabled"]]}
