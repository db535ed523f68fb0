"""Endpoint groups and the account: AuditEndpointGroups, AuditEndpointGroup, Activate/
DeactivateEndpointGroup, AuditClients, GetPrepaidBalance. Seed L455-462, L500-517, L570-594; digest 3G.

There is no create, update or delete of endpoint groups in the API (digest 6.2): they are seeded.
PROJECT DECISIONS (docs/emulator.md): a group id that is not the account's, or a ``groupid`` that is not
a number, answers 948; activating an active group (or deactivating an inactive one) succeeds; an
inactive group still takes numbers (assignDID, configDID); AuditClients lists one client, the account.
"""

from __future__ import annotations

from decimal import Decimal

from emulator.voipinnovations import codes
from emulator.voipinnovations.codes import ApiError
from emulator.voipinnovations.dids import conference
from emulator.voipinnovations.features import endpoint_group_id

# ``fn(state, account) -> dict`` of further Client elements (FaxToEmails, ...): slice helpers add theirs.
CLIENT_SECTIONS: list = []


def _view(ctx, group: dict) -> dict:
    return dict(group, Client=ctx.account.name, IPAddresses=list(group["IPAddresses"]), MTDUsage=Decimal(group["MTDUsage"]))


def audit_endpoint_groups(ctx) -> dict:
    groups = ctx.account.endpoint_groups
    return {"EndpointGroup": [_view(ctx, groups[k]) for k in sorted(groups)]}


def audit_endpoint_group(ctx) -> dict:
    group = ctx.account.endpoint_groups.get(ctx.params.get("groupId"))
    if group is None:
        raise ApiError(codes.NOT_YOUR_EPG)
    return {"EndpointGroup": [_view(ctx, group)]}


def activate_endpoint_group(ctx) -> dict:
    ctx.account.endpoint_groups[endpoint_group_id(ctx, "groupid")]["Active"] = True
    return {}


def deactivate_endpoint_group(ctx) -> dict:
    ctx.account.endpoint_groups[endpoint_group_id(ctx, "groupid")]["Active"] = False
    return {}


def audit_clients(ctx) -> dict:
    account = ctx.account
    records = [account.dids[tn] for tn in sorted(account.dids)]
    client = {
        "ID": account.client_id, "Name": account.name,
        "EndpointGroups": sorted(account.endpoint_groups), "DIDGroups": sorted(account.did_groups),
        "E911Groups": [], "HostedBillingCustomers": [],
        "Usage": sum((Decimal(g["MTDUsage"]) for g in account.endpoint_groups.values()), Decimal("0.00")),
        "Failovers": [{"TN": r["tn"], "FailoverTN": r["failover"]} for r in records if r["failover"]],
        "Forwards": [{"TN": r["tn"], "ForwardTN": r["forward"]} for r in records if r["forward"]],
        "ConferenceLines": [conference(r) for r in records if (r.get("_conference") or {}).get("Enabled")],
        "FaxToEmails": [],
    }
    for section in CLIENT_SECTIONS:
        client.update(section(ctx.state, account))
    return {"Clients": [client]}


def get_prepaid_balance(ctx) -> dict:
    return {"Amount": ctx.account.balance}
