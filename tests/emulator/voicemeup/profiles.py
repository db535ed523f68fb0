"""What SMS profiles and fax profiles share (seed L275-329, L866-915; digest §3.2.3, §3.2.7): a
``get_*`` that lists every profile or one by id, an ``update_*`` with ``mode`` create|update that
rebuilds the whole record (no ``preserve_missing_data``: an omitted optional field goes back to its
default, digest §6.3), a ``delete_*`` by id, and a seed key that adds profiles to an account.

PROJECT DECISIONS (the seed is silent; listed in docs/emulator.md):
- an unknown or malformed id answers ``client_<kind>_profile_id_invalid`` (synthesized), a missing
  one on ``mode=update`` / ``delete_*`` ``required_parameter_not_found``;
- there are no sub-accounts in this emulator: ``client_subaccount_id`` takes ``0`` only;
- friendly names need not be unique (the modules make them unique; duplicates can be seeded);
- deleting a profile clears the reference of every DID that pointed at it (``client_<kind>_profile_id``
  of ``get_dids`` becomes ``""``; the DID's ``options`` are left alone).
"""

from __future__ import annotations

from emulator.carrier import SeedError
from emulator.voicemeup.check import Validator, is_int
from emulator.voicemeup.errors import ApiError
from emulator.voicemeup.model import public

MODES = ("update", "create")


class Kind:
    """One kind of profile: ``sms`` or ``fax``."""

    def __init__(self, name: str, fields: dict) -> None:
        self.name = name
        self.id_name = f"client_{name}_profile_id"
        self.container = f"{name}_profiles"
        self.item = f"{name}_profile"
        #: the record's fields (id first) and the value an omitted one has
        self.fields = fields

    def store(self, account) -> dict:
        return getattr(account, self.container)

    def reply(self, records) -> dict:
        return {self.container: (self.item, [public(record) for record in records])}


def subaccount(v: Validator) -> str | None:
    """``client_subaccount_id``: a valid id of the account; this emulator has none but 0."""
    value = v.integer("client_subaccount_id")
    if value is not None and value != "0":
        v.fail("client_subaccount_id_invalid")
        return None
    return value


def get_profiles(ctx, kind: Kind) -> dict:
    """Every profile of the account (soft-deleted ones too, with their status), or the one asked."""
    v = Validator(ctx.params)
    wanted = v.integer(kind.id_name, code=f"{kind.id_name}_invalid")
    sub = subaccount(v)
    v.done()
    store = kind.store(ctx.account)
    if wanted is not None and wanted not in store:
        raise ApiError(f"{kind.id_name}_invalid")
    records = [store[wanted]] if wanted is not None else [store[key] for key in sorted(store, key=int)]
    if sub is not None:
        records = [record for record in records if record.get("client_subaccount_id", "0") == sub]
    return kind.reply(records)


def mode_and_record(v: Validator, ctx, kind: Kind) -> tuple[str, dict | None]:
    """``mode`` (default update) and, for an update, the stored record it names (None when the
    id is missing or unknown: the code is recorded)."""
    mode = v.enum("mode", MODES)
    if mode is None and ctx.params.has("mode"):
        return "", None   # mode_invalid: which id it needs is unknown
    mode = mode or "update"
    if mode != "update":
        return mode, None
    if not ctx.params.has(kind.id_name):
        v.fail("required_parameter_not_found")
        return mode, None
    value = ctx.params.get(kind.id_name).strip()
    record = kind.store(ctx.account).get(str(int(value))) if is_int(value) else None
    if record is None:
        v.fail(f"{kind.id_name}_invalid")
    return mode, record


def save(ctx, kind: Kind, record: dict | None, values: dict) -> dict:
    """Replace (update) or add (create) the record: every field not in ``values`` back to its
    default. Returns the reply echoing the record (digest §2.3 item 7)."""
    fresh = dict(kind.fields)
    fresh.update({name: value for name, value in values.items() if value is not None})
    if record is None:
        fresh[kind.id_name] = ctx.account.next_id(kind.id_name)
    else:
        fresh[kind.id_name] = record[kind.id_name]
        record.clear()
    target = record if record is not None else {}
    target.update(fresh)
    kind.store(ctx.account)[target[kind.id_name]] = target
    return kind.reply([target])


def delete_profile(ctx, kind: Kind) -> dict:
    params = ctx.params
    if not params.has(kind.id_name):
        raise ApiError("required_parameter_not_found")
    value = params.get(kind.id_name).strip()
    store = kind.store(ctx.account)
    key = str(int(value)) if is_int(value) else None
    if key not in store:
        raise ApiError(f"{kind.id_name}_invalid")
    del store[key]
    for did in ctx.account.dids.values():
        if did.get(kind.id_name) == key:
            did[kind.id_name] = ""
    return {}


def seeder(kind: Kind, account_of, text):
    """The seed key ``<kind>_profiles``: ``[{"account": "demo-vmu", "friendly_name": ..., ...}]``,
    every field a wire field of the record (values as given, bools as 1/0); the id is the next one
    unless given. Returns the ids."""

    def seed(state, value, now) -> list:
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise SeedError(f"{kind.container} must be a list of objects")
        created = []
        for item in value:
            account = account_of(state, item, kind.container)
            unknown = sorted(set(item) - set(kind.fields) - {"account"})
            if unknown:
                raise SeedError(f"{kind.container}: unknown fields {', '.join(unknown)}")
            record = dict(kind.fields)
            record.update({name: text(item[name]) for name in kind.fields if name in item})
            given = record[kind.id_name]
            if given and not is_int(given):
                raise SeedError(f"{kind.container}: {kind.id_name} must be digits")
            if given and int(given) > account.counters[kind.id_name]:
                account.counters[kind.id_name] = int(given)  # later ids never collide with it
            record[kind.id_name] = given or account.next_id(kind.id_name)
            kind.store(account)[record[kind.id_name]] = record
            created.append(record[kind.id_name])
        return created

    return seed
