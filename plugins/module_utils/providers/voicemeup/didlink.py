# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What the SMS and fax adapters change on a number: a few fields and options of its get_dids row,
written with update_did so that nothing else of the number is lost (digest 4.0):
``preserve_missing_data=1``, the number's own ``usage_type`` (documented as required), and the
whole option list whenever it changes (update_did replaces a list whole, even with the flag).
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError, VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.numbers import nanp_national


def csv(value):
    return [item.strip() for item in str(value or "").split(",") if item.strip()]


def switched(options, option, on):
    """``options`` (a list, order kept: an option already on stays where it is) with ``option`` on or off."""
    if on:
        return list(options) if option in options else list(options) + [option]
    return [item for item in options if item != option]


def number_row(adapter, number):
    """The get_dids row of ``number`` (E.164), kept for the run in the client's ``did_rows`` (the DID
    adapter's too, so that two writes to one number in a run start from the latest row);
    ValidationError naming ``number`` when the account does not hold it."""
    client = adapter.client
    row = client.did_rows.get(number)
    if row is None:
        row = client.did_row(nanp_national(number, "number", adapter.provider))
        if row is None:
            raise ValidationError("number", "%s is not a number in this voicemeup account" % number)
        client.did_rows[number] = row
    return row


def update_number(client, number, row, options, params):
    """update_did of ``number`` (E.164) whose row is ``row``: ``params`` (fields) and ``options`` (the
    complete list) when either changes something; no request otherwise. Keeps the row the answer
    echoes for the run; without an echo, or after a failure, the number is read again next time."""
    params = dict(params)
    if set(options) != set(csv(row.get("options"))):
        params["options"] = options
    elif not any(str(row.get(field) or "") != str(value) for field, value in params.items()):
        return False
    national = nanp_national(number)
    wire = dict(params, phone_number=national, preserve_missing_data=True,
                usage_type=row.get("usage_type") or "default")
    try:
        body = client.call("update_did", wire, write=True)
    except VoipCarrierError:
        forget(client, number)
        raise
    echoed = [r for r in client.records(body, "dids", "did") if str(r.get("phone_number")) == national]
    if echoed:
        client.remember_did(national, echoed[0])
        client.did_rows[number] = echoed[0]
    else:
        forget(client, number)
    return True


def forget(client, number):
    """This run's copy of the number is no longer trusted: the next read asks VoiceMeUp."""
    client.forget_did(nanp_national(number))
    client.did_rows.pop(number, None)
