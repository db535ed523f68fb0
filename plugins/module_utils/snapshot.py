# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The account snapshot: every number an account holds, in one neutral record per number, read
with the carrier's list calls only (never one request per number).

A driver supplies the rows (``ProviderClient.snapshot_numbers``: the numbers with their routing,
description, CNAM and E911 flag, plus SMS settings where asked for) and its port-ins (the
``lnp_request`` adapter's ``list``); it declares what that costs (``snapshot_cost``) and which
fields no list call returns (``snapshot_gaps``). What is the same at every carrier lives here:
which parts a caller asked for, how port-ins attach to numbers, masking what is secret, the order
of the records. The inventory and lookup plugins, ``did_info`` and the bulk module read accounts
through ``read_account`` and nothing else.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.models import DID, LNP_FAILED
from ansible_collections.voip.carrier.plugins.module_utils.numbers import is_toll_free

# What a snapshot can hold beyond the numbers and their own settings, each at its own cost:
# ``sms`` the SMS settings, ``port_in`` the port-ins in progress (numbers not yet held included).
# The E911 flag is no part a user chooses: every record has it, except where a caller that does not
# need it says so (read_account's ``e911``) and the carrier would spend requests of its own on it.
SNAPSHOT_PARTS = ("sms", "port_in")
# What ``snapshot_numbers`` finds among its parts when the E911 flag is wanted (never a user's part).
E911_FLAG = "e911"
# A port-in that has neither completed nor ended is pending: its numbers are on their way in.
_PORT_DONE = ("completed",) + LNP_FAILED
# The record of a number being ported in that the account does not hold yet.
PORTING = "porting"


def check_parts(parts, field="include"):
    """The parts asked for, as a frozenset; ValidationError naming ``field`` for an unknown one."""
    parts = frozenset(parts or ())
    unknown = sorted(parts - set(SNAPSHOT_PARTS))
    if unknown:
        raise ValidationError(field, "%s is not a part of the account snapshot; choose from %s"
                              % (", ".join(unknown), ", ".join(SNAPSHOT_PARTS)))
    return parts


class AccountSnapshot:
    """The numbers of one account (``numbers``: records sorted by number), what was read
    (``parts``), the fields the carrier does not return in bulk (``gaps``) and the list calls a
    snapshot costs there (``cost``)."""

    def __init__(self, provider, numbers, parts, gaps, cost):
        self.provider = provider
        self.numbers = numbers
        self.parts = parts
        self.gaps = gaps
        self.cost = cost

    def by_number(self):
        return {record["number"]: record for record in self.numbers}


def read_account(client, parts=SNAPSHOT_PARTS, pattern=None, masked=True, e911=True):
    """Read the whole account behind ``client`` (a ProviderClient) in list calls.

    Every record is the DID model's view of the number with secrets masked, plus ``e911`` (bool:
    an emergency address is on file), ``sms`` (when asked for: the number's SMS settings with
    ``enabled``, or None where the number cannot carry SMS) and ``port_in`` (when asked for: the
    pending port-in that brings the number in, or None). Numbers of a pending port-in that the
    account does not hold yet are records too, with ``status: porting``. ``pattern`` (a unix-style
    digit pattern such as ``919*``) narrows the numbers, the same way as did_info's.
    ``masked=False`` keeps secrets, for the bulk module to compare with (it returns no records).
    ``e911=False``: the caller needs no E911 flag, so a carrier whose number list lacks it
    (VoiceMeUp: get_e911 pages) leaves it out rather than read it; the others keep it."""
    parts = check_parts(parts)
    records = {}
    for record in client.snapshot_numbers(parts | {E911_FLAG} if e911 else parts, pattern):
        record = DID.masked(record) if masked else record
        if "sms" in parts:
            record.setdefault("sms", None)
        records[record["number"]] = record
    if "port_in" in parts:
        _attach_port_ins(records, client.resource("lnp_request").list(), pattern, client.name)
        if "sms" not in parts:
            for record in records.values():
                record.pop("sms", None)
    return AccountSnapshot(client.name, [records[number] for number in sorted(records)], parts,
                           tuple(client.snapshot_gaps), dict(client.snapshot_cost))


def _attach_port_ins(records, port_ins, pattern, provider):
    """Each pending port-in onto the records of its numbers; a number it brings that the account
    does not hold yet gets a record of its own (``status: porting``)."""
    for record in records.values():
        record["port_in"] = None
    for port in port_ins:
        if port.get("status") in _PORT_DONE:
            continue
        summary = {"status": port.get("status"), "carrier_status": port.get("carrier_status"),
                   "request_ids": list(port.get("request_ids") or ()),
                   "foc_date": port.get("confirmed_foc_date") or port.get("foc_date")}
        summary = {key: value for key, value in summary.items() if value is not None}
        for number in port.get("numbers") or ():
            if number not in records:
                if pattern and not matches(number, pattern):
                    continue
                # What any record has, so templates and keyed groups need no special case: no
                # description or trunk yet at this carrier, the type follows from the number.
                records[number] = {"number": number, "status": PORTING, "provider": provider, "e911": False, "sms": None,
                                   "description": "", "trunk": "", "type": "toll_free" if is_toll_free(number) else "local"}
            records[number]["port_in"] = dict(summary)


def matches(number, pattern):
    """Whether E.164 ``number`` matches a number pattern as did_info takes it (digits of the
    national number, ``*`` for any run of digits)."""
    import fnmatch  # pylint: disable=import-outside-toplevel  # only for patterns
    return fnmatch.fnmatchcase(number[2:] if number.startswith("+1") else number.lstrip("+"), pattern)


def did_record(number):
    """The DID record ``read`` returns, from a snapshot record (None: not in the account)."""
    if number is None or number.get("status") == PORTING:
        return None
    return {key: value for key, value in number.items() if key not in SNAPSHOT_PARTS}


def sms_record(number, provider):
    """The SMS settings record ``read`` returns, from a snapshot record read with ``sms``: None
    when SMS is off or the number is not held yet; ValidationError when it cannot carry SMS."""
    if number is None:
        return None
    settings = number.get("sms")
    if settings is None:
        raise ValidationError("number", "%s cannot carry SMS in this %s account; remove its sms options"
                              % (number["number"], provider))
    if not settings.get("enabled"):
        return None
    return dict(settings, number=number["number"], provider=provider)
