# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The bulk engine: one account made to match a list of numbers, in one module run.

Each number of the list is up to three records (its DID settings, its SMS settings, its E911
address), each converged by the engine's own rules (engine.Converger), never a copy of them. What
this module adds is the order of the work, so that thousands of numbers cost a few requests:

1. every item is checked without a request (options, carrier limits, duplicates): one bad item
   fails the task naming ``numbers[i].option``, before anything is read or written;
2. the account is read once, with the snapshot's list calls (snapshot.read_account); each
   adapter takes its current record from there (``from_snapshot``), and reads a number only where
   no list call returns the record (VoIP.ms E911 addresses);
3. every number is planned with a check-mode converger: what it would change, and whatever the
   carrier must confirm first (a trunk that exists, a dry-run order). An input error found there
   still fails the task before any write; a releasing purge beyond ``max_releases`` too;
4. unless in check mode, the changes are written: the DID orders, updates and releases in the
   carrier's batch calls where it has them (the adapter hooks ``order_many``, ``update_many``,
   ``delete_many``, each reporting every number's own outcome), the rest one number at a time
   through a bounded pool of threads that draw on the account's shared request budget. A carrier
   error on one number does not stop the others; the task fails at the end naming each failed
   number. A write of unknown outcome is re-read (Converger.settle_create, settle_update,
   settle_delete), never re-sent.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.engine import Converger, _Session
from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError, VoipCarrierError
from ansible_collections.voip.carrier.plugins.module_utils.models import DID, E911, SMS_CONFIG
from ansible_collections.voip.carrier.plugins.module_utils.options import DID_MUTUALLY_EXCLUSIVE, DID_OPTIONS
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import NOT_IN_SNAPSHOT
from ansible_collections.voip.carrier.plugins.module_utils.snapshot import read_account

# The records of one number: the item key that holds its options, and its model.
PARTS = (("did", DID), ("sms", SMS_CONFIG), ("e911", E911))
ACTIONS = ("ordered", "updated", "released", "unchanged", "failed")
MAX_WORKERS = 16
# A failure message names at most this many numbers (all of them are in the result).
NAMED_FAILURES = 20


class BulkFailure(VoipCarrierError):
    """Some numbers failed: the others are converged, the result says what happened to each."""


def within(prefix, exc):
    """``exc`` (a ValidationError) about the option ``prefix.<its field>``."""
    message = exc.message[len(exc.field) + 2:] if exc.message.startswith(exc.field + ": ") else exc.message
    return ValidationError("%s.%s" % (prefix, exc.field), message)


def _set(values):
    return {key: value for key, value in (values or {}).items() if value is not None}


def own_errors(outcomes):
    """``outcomes`` ({number: None or error}) with an error object of its own for each number: a
    batch call's failure is every number's, and settling one number adds to its message."""
    seen, own = set(), {}
    for number, error in outcomes.items():
        if error is not None and id(error) in seen:
            error = error.copy()
        elif error is not None:
            seen.add(id(error))
        own[number] = error
    return own


def merged_item(defaults, item):
    """An item over the defaults: an option the item sets replaces the default, in ``sms`` and
    ``e911`` key by key; an item that sets one of two exclusive options (trunk, routing) drops the
    default of the other."""
    values = _set(defaults)
    own = _set(item)
    for first, second in DID_MUTUALLY_EXCLUSIVE:
        for mine, other in ((first, second), (second, first)):
            if mine in own:
                values.pop(other, None)
    for part in ("sms", "e911"):
        if part in values or part in own:
            own[part] = dict(_set(values.get(part)), **_set(own.get(part)))
    values.update(own)
    return values


class Item:
    """One number: the records it asks for (``desired`` per part), their states, and what the run
    found (``current``), planned (``plan``: the check-mode result, ``changes``) and did."""

    def __init__(self, index, number, state):
        self.index = index
        self.number = number
        self.state = state
        self.parts = []
        self.desired, self.states, self.adapters, self.current = {}, {}, {}, {}
        # Parts whose write-only values go with every run (e911 with resend_address).
        self.resend = set()
        self.plan, self.changes, self.not_compared, self.done = {}, {}, {}, {}
        # The planned differences per part, with their values (what a batch update sends).
        self.delta = {}
        self.error = None
        self.partly_changed = False

    @property
    def new(self):
        """The number is to be ordered."""
        return self.state == "present" and self.current.get("did") is None

    def changed_parts(self):
        return [part for part in self.parts if (self.done.get(part) or self.plan.get(part) or {}).get("changed")]

    def action(self):
        if self.error is not None:
            return "failed"
        if not self.changed_parts():
            return "unchanged"
        if self.state == "absent":
            return "released"
        return "ordered" if self.new else "updated"


class BulkEngine:
    """Converges the numbers of ``module.params['numbers']`` (and, with ``purge``, releases the
    others) at one carrier account."""

    def __init__(self, module):
        self.module = module
        self.params = module.params
        self.check_mode = module.check_mode
        self.diff = module._diff  # pylint: disable=protected-access
        self.snapshot = {}
        self.workers = 4 if self.params.get("workers") is None else self.params["workers"]

    def converger(self, item, part, check_mode):
        model = dict(PARTS)[part]
        write_only = self.params.get("update_write_only")
        if part in item.resend:
            write_only = "always"
        return Converger(model, check_mode=check_mode, diff=self.diff, write_only=write_only)

    # -- 1. the list, checked without a request -------------------------------------------------

    def build_items(self, client):
        workers = self.workers
        if not 1 <= workers <= MAX_WORKERS:
            raise ValidationError("workers", "is %s; give 1 to %d parallel writes" % (workers, MAX_WORKERS))
        items, seen = [], {}
        for index, raw in enumerate(self.params.get("numbers") or []):
            where = "numbers[%d]" % index
            try:
                item = self.build_item(client, index, merged_item(self.params.get("defaults"), raw))
            except ValidationError as exc:
                raise within(where, exc)
            if item.number in seen:
                raise ValidationError("%s.number" % where, "%s is also numbers[%d]; give each number once"
                                      % (item.number, seen[item.number]))
            seen[item.number] = index
            items.append(item)
        return items

    def build_item(self, client, index, values):
        if not values.get("number"):
            raise ValidationError("number", "is required in every item")
        number = DID.fields["number"].desired(values["number"])
        state = values.get("state") or "present"
        item = Item(index, number, state)
        for part, model in PARTS:
            if part == "did":
                options = {name: values.get(name) for name in DID_OPTIONS}
                part_state = state
            elif part in values:
                if state == "absent":
                    raise ValidationError(part, "remove it: a number with state absent is released, its %s "
                                                "settings with it" % part)
                options = dict(values[part])
                part_state = options.pop("state", None) or "present"
                if options.pop("resend_address", False):
                    item.resend.add(part)
            else:
                continue
            desired = model.desired_from_params(dict(options, number=number))
            adapter = client.resource(model.name)
            adapter.confirm_writes = False  # no record is returned: no re-read per number written
            try:
                desired = self.converger(item, part, True).prepare(adapter, desired, part_state)
            except ValidationError as exc:
                raise within(part, exc) if part != "did" else exc
            item.parts.append(part)
            item.adapters[part], item.states[part] = adapter, part_state
            item.desired[part] = desired
        return item

    # -- 2 and 3. the account, read once; every number planned -----------------------------------

    def read(self, client, items):
        parts = set()
        for item in items:
            for part in item.parts:
                parts.update(item.adapters[part].snapshot_parts)
        # The E911 flag only where an item has E911 settings (an E911 adapter may want it; at
        # VoiceMeUp it costs get_e911 pages, which a list of numbers alone does not need).
        snapshot = read_account(client, parts=sorted(parts), masked=False,
                                e911=any("e911" in item.parts for item in items))
        self.snapshot = snapshot.by_number()

    def purge_items(self, client, items):
        listed = {item.number for item in items}
        purged = []
        for number, record in sorted(self.snapshot.items()):
            if number in listed or record.get("status") == "porting":
                continue
            item = Item(None, number, "absent")
            item.parts = ["did"]
            item.adapters["did"], item.states["did"] = client.resource("did"), "absent"
            item.adapters["did"].confirm_writes = False
            item.desired["did"] = {"number": number}
            purged.append(item)
        return purged

    def needs_requests(self, item):
        """Whether planning ``item`` asks the carrier: a number to order (dry runs, pre-checks), or
        a record no list call returns. (A validation read such as a trunk is memoised: at most
        one per trunk, wherever it is planned.)"""
        number = self.snapshot.get(item.number)
        if item.state == "present" and (number is None or number.get("status") == "porting"):
            return True
        for part in item.parts:
            try:
                if item.adapters[part].from_snapshot(number) is NOT_IN_SNAPSHOT:
                    return True
            except VoipCarrierError:
                return False  # the plan raises it again, without a request
        return False

    def plan(self, item):
        """The check-mode converge of each record of ``item``; an input error is raised, any
        other error is the item's."""
        try:
            for part in item.parts:
                self.plan_record(item, part)
        except ValidationError as exc:
            item.error = exc
            raise
        except VoipCarrierError as exc:
            item.error = exc

    def plan_record(self, item, part):
        adapter = item.adapters[part]
        if part != "did" and item.new:
            # What the order must be for this part to work: an error names the DID option.
            adapter.validate_new_number(item.desired["did"])
        try:
            if part != "did" and item.new:
                # Nothing to read or dry-run on a number not bought yet: its settings are
                # applied once it is (they were checked in step 1).
                item.current[part] = None
                item.plan[part] = {"changed": True}
                item.changes[part] = sorted(set(item.desired[part]) - {"number"})
                return
            current = adapter.from_snapshot(self.snapshot.get(item.number))
            if current is NOT_IN_SNAPSHOT:
                current = adapter.read(item.number)
            item.current[part] = current
            self.plan_part(item, part, adapter, current)
        except ValidationError as exc:
            raise exc if part == "did" else within(part, exc)

    def plan_part(self, item, part, adapter, current):
        converger = self.converger(item, part, True)
        desired = item.desired[part]
        if item.states[part] == "absent":
            item.plan[part] = converger.absent(adapter, item.number, current)
            item.changes[part] = []
            return
        if current is not None:
            changes, not_compared = converger.changes(adapter, desired, current)
            item.changes[part], item.not_compared[part] = sorted(changes), sorted(not_compared)
            item.delta[part] = changes
        else:
            item.changes[part] = sorted(set(desired) - {"number"})
        item.plan[part], _after = converger.present(adapter, item.number, desired, current)

    # -- 4. the writes -------------------------------------------------------------------------

    def apply(self, item, batched=False):
        """Write what ``item`` plans. ``batched``: the outcome of the batch call that ordered,
        updated or released the number's DID (None: done; an error: to be settled, a re-read
        where its outcome is unknown); False: its DID is written here, like every other part."""
        done = []
        try:
            for part in item.parts:
                if not item.plan[part].get("changed"):
                    continue
                converger = self.converger(item, part, False)
                adapter, current = item.adapters[part], item.current[part]
                if part == "did" and batched is not False:
                    item.done[part] = self.finish_batched(converger, item, batched)
                elif item.states[part] == "absent":
                    item.done[part] = converger.absent(adapter, item.number, current)
                else:
                    item.done[part], _after = converger.present(adapter, item.number, item.desired[part],
                                                                current)
                done.append(part)
        except VoipCarrierError as exc:
            item.error = exc
            item.partly_changed = bool(done) or bool(exc.details.get("changed"))
            if done and done != item.parts:
                exc.unresolved("%s of %s took effect, the rest did not; a re-run converges it"
                               % (" and ".join(done), item.number))

    def finish_batched(self, converger, item, outcome):
        """The DID of ``item`` after the batch call that wrote it: its result, or the error."""
        if item.states["did"] == "absent":
            return self.finish_release(converger, item, outcome)
        if item.new:
            return self.finish_order(converger, item, outcome)
        return self.finish_update(converger, item, outcome)

    def finish_order(self, converger, item, ordered):
        adapter, desired = item.adapters["did"], item.desired["did"]
        if ordered is None:
            adapter.configure_ordered(desired)
            return converger.result(True, None, desired)
        found = converger.settle_create(adapter, item.number, ordered)
        result, _after = converger.converged_after_create(adapter, item.number, desired, found)
        return result

    @staticmethod
    def finish_update(converger, item, outcome):
        adapter, current, changes = item.adapters["did"], item.current["did"], item.delta["did"]
        after = dict(current, **changes)
        if outcome is not None:
            if not outcome.maybe_applied:
                raise outcome
            after = converger.settle_update(adapter, item.number, item.desired["did"], changes, outcome)
        return converger.result(True, current, after)

    @staticmethod
    def finish_release(converger, item, outcome):
        if outcome is not None:
            converger.settle_delete(item.adapters["did"], item.number, outcome)
        return converger.deleted(item.number, item.current["did"])

    def write(self, client, items, workers):
        """The DID batch calls first (orders, updates, releases, where the carrier has them), then
        everything else, and the settling of what the batches did, number by number."""
        from concurrent.futures import ThreadPoolExecutor  # pylint: disable=import-outside-toplevel
        pending = [item for item in items if item.error is None and item.changed_parts()]
        batched = self.write_batches(client.resource("did"), [item for item in pending if "did" in item.changed_parts()])
        with ThreadPoolExecutor(max_workers=workers) as pool:
            # False: the number's DID is not in a batch (the carrier has no such call, or left it out).
            jobs = [pool.submit(self.apply, item, batched.get(item.number, False)) for item in pending]
            for job in jobs:
                job.result()

    @staticmethod
    def write_batches(adapter, items):
        """{number: None or its error} of every DID the adapter's batch hooks wrote: orders
        (``order_many``), updates (``update_many``) and releases (``delete_many``). A hook that
        answers None has no batch call: its numbers are written one by one."""
        new = [item for item in items if item.new]
        updated = [item for item in items if not item.new and item.states["did"] == "present"]
        released = [item for item in items if item.states["did"] == "absent"]
        outcomes = {}
        if new:
            ordered = adapter.order_many([item.desired["did"] for item in new])
            if ordered is not None:
                # Every number of an order has an outcome: one the hook does not name is bought.
                outcomes.update({item.number: ordered.get(item.number) for item in new})
        if updated:
            outcomes.update(adapter.update_many({item.number: (item.delta["did"], item.current["did"])
                                                 for item in updated}) or {})
        if released:
            outcomes.update(adapter.delete_many({item.number: item.current["did"] for item in released}) or {})
        return own_errors(outcomes)

    # -- the run -------------------------------------------------------------------------------

    def run(self):
        with _Session(self.module) as session:
            client = session.open()
            items = self.build_items(client)
            self.read(client, items)
            if self.params.get("purge"):
                items += self.purge_items(client, items)
            self.plan_all(items, self.workers)
            self.guard_releases(items)
            if not self.check_mode:
                self.write(client, items, self.workers)
            result = self.result(items)
            result["invocation"] = {"module_args": self.invocation()}
            failed = [entry for entry in result["numbers"] if entry["action"] == "failed"]
            if failed:
                self.fail(result, failed)
            if any(item.not_compared.get(part) for item in items for part in item.not_compared):
                client.warn("options the carrier never returns were not compared (not_compared in each number's "
                            "entry); set update_write_only: always (e911: resend_address) to send them on every run")
            session.finish(**result)

    def invocation(self):
        """The module arguments as Ansible echoes them (``invocation``), but each item with only
        the options it sets: ten thousand items with every unset option as null would make the
        result several megabytes that the controller must carry. Secrets are masked by Ansible
        afterwards, as in any result."""
        args = dict(self.params)
        args["numbers"] = [{key: _set(value) if isinstance(value, dict) else value for key, value in _set(item).items()}
                           for item in self.params.get("numbers") or []]
        if args.get("defaults"):
            args["defaults"] = _set(args["defaults"])
        return args

    def plan_all(self, items, workers):
        """Plan every item: those the snapshot holds whole right here, those that need a request (a
        read, a dry-run order) in the pool. Threads would only add locking to the first kind."""
        from concurrent.futures import ThreadPoolExecutor  # pylint: disable=import-outside-toplevel
        invalid = []
        pooled = []
        for item in items:
            if self.needs_requests(item):
                pooled.append(item)
            else:
                try:
                    self.plan(item)
                except ValidationError as exc:
                    invalid.append((item, exc))
        with ThreadPoolExecutor(max_workers=workers) as pool:
            jobs = [(item, pool.submit(self.plan, item)) for item in pooled]
            for item, job in jobs:
                try:
                    job.result()
                except ValidationError as exc:
                    invalid.append((item, exc))
        invalid.sort(key=lambda pair: (pair[0].index is None, pair[0].index or 0, pair[0].number))
        if invalid:
            item, exc = invalid[0]
            where = "numbers[%d]" % item.index if item.index is not None else "purge of %s" % item.number
            more = "" if len(invalid) == 1 else " (and %d more numbers: %s)" % (
                len(invalid) - 1, ", ".join(other.number for other, _exc in invalid[1:NAMED_FAILURES]))
            exc = within(where, exc)
            raise ValidationError(exc.field, "%s%s; nothing was written" % (exc.message[len(exc.field) + 2:], more))

    def guard_releases(self, items):
        releasing = [item.number for item in items if item.state == "absent" and item.changed_parts()]
        limit = self.params.get("max_releases")
        if limit is not None and len(releasing) > limit:
            raise ValidationError("max_releases", "the task would release %d numbers (%s), more than max_releases "
                                                  "(%d); nothing was written. If that is meant, set max_releases to "
                                                  "%d or more; otherwise correct the list or leave purge off"
                                  % (len(releasing), ", ".join(releasing[:NAMED_FAILURES])
                                     + (" ..." if len(releasing) > NAMED_FAILURES else ""), limit, len(releasing)))

    def result(self, items):
        entries, counts, diffs = [], dict.fromkeys(ACTIONS, 0), []
        for item in items:
            entry = self.entry(item)
            counts[entry["action"]] += 1
            entries.append(entry)
            if self.diff and item.changed_parts():
                diffs.append(self.item_diff(item))
        changed = any(item.changed_parts() if item.error is None else item.partly_changed for item in items)
        result = {"changed": changed, "counts": counts, "numbers": entries}
        if self.diff:
            result["diff"] = diffs
        return result

    def entry(self, item):
        entry = {"number": item.number, "action": item.action()}
        if item.index is not None:
            entry["index"] = item.index
        changes = []
        for part in item.changed_parts() if item.error is None else item.parts:
            names = item.changes.get(part) or []
            changes.extend(names if part == "did" else ["%s.%s" % (part, name) for name in names] or [part])
        if changes and entry["action"] not in ("released", "unchanged"):
            entry["changes"] = changes
        not_compared = [name if part == "did" else "%s.%s" % (part, name)
                        for part in item.parts for name in item.not_compared.get(part) or ()]
        if not_compared:
            entry["not_compared"] = not_compared
        if item.error is not None:
            entry["error"] = item.error.to_result()
            entry["changed"] = item.partly_changed
        return entry

    def item_diff(self, item):
        before, after = {}, {}
        for part in item.changed_parts():
            diff = (item.done.get(part) or item.plan.get(part) or {}).get("diff") or {}
            before[part], after[part] = diff.get("before", {}), diff.get("after", {})
        return {"before_header": "%s (before)" % item.number, "after_header": "%s (after)" % item.number,
                "before": before, "after": after}

    @staticmethod
    def fail(result, failed):
        named = "; ".join("%s: %s" % (entry["number"], entry["error"]["msg"]) for entry in failed[:NAMED_FAILURES])
        if len(failed) > NAMED_FAILURES:
            named += "; and %d more (see numbers)" % (len(failed) - NAMED_FAILURES)
        raise BulkFailure("%d of %d numbers failed, the others are converged (a re-run retries the failed ones and "
                          "re-buys nothing): %s" % (len(failed), len(result["numbers"]), named), **result)
