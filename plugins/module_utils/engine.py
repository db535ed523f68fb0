# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The resource engine every module runs on.

read current -> compare only the fields the user set -> (unless check mode) create, update or
delete through the driver -> result with ``changed``, the resource, a diff with secrets masked,
carrier warnings and the count of API calls. Drivers never decide idempotency; modules never speak
a carrier's wire format.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.connection import connection_params
from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, ValidationError, VoipCarrierError)
from ansible_collections.voip.carrier.plugins.module_utils.no_log import protect
from ansible_collections.voip.carrier.plugins.module_utils.providers import open_client


class _Session:
    """Opens the driver client, turns every VoipCarrierError into a redacted ``fail_json`` and
    always reports carrier warnings and the API calls made (also on failure)."""

    def __init__(self, module):
        self.module = module
        self.client = None

    def __enter__(self):
        return self

    def open(self):
        self.client = open_client(connection_params(self.module.params))
        return self.client

    def api_calls(self):
        if self.client is None:
            return {"reads": 0, "writes": 0, "retries": 0, "total": 0}
        return self.client.log.as_dict()

    def finish(self, **result):
        self._warn()
        result["api_calls"] = self.api_calls()
        self.module.exit_json(**protect(self.module, result))

    def _warn(self):
        for warning in (self.client.warnings if self.client else []):
            # Warnings leave through Ansible's own list: short secrets are masked here first.
            self.module.warn(protect(self.module, {"warning": warning})["warning"])

    def __exit__(self, exc_type, exc, traceback):
        if self.client is not None:
            self.client.close()
        if exc_type is not None and issubclass(exc_type, VoipCarrierError):
            self._warn()
            result = exc.to_result()
            if self.client is not None:
                result = self.client.redact(result)
            result["api_calls"] = self.api_calls()
            self.module.fail_json(**protect(self.module, result))
        return False


class ResourceEngine:
    """Converges one resource of ``model`` to the module's parameters."""

    def __init__(self, module, model, wait=None):
        self.module = module
        self.model = model
        # wait(adapter, identity, record) -> record: optional, after a converging run that was not
        # in check mode (e.g. a port-in waiting for a status).
        self.wait = wait

    def run(self):
        params = self.module.params
        state = params.get("state") or "present"
        converger = Converger(self.model, check_mode=self.module.check_mode,
                              diff=self.module._diff,  # pylint: disable=protected-access
                              write_only=params.get("update_write_only"))
        with _Session(self.module) as session:
            desired = self.model.desired_from_params(params)
            client = session.open()
            adapter = client.resource(self.model.name)
            desired = converger.prepare(adapter, desired, state)
            identity = desired[self.model.identity]
            current = adapter.read(identity)
            if state == "absent":
                result = converger.absent(adapter, identity, current)
            else:
                result, record = converger.present(adapter, identity, desired, current)
                if self.wait is not None and not converger.check_mode:
                    record = self.wait(adapter, identity, record)
                    result[self.model.name] = self.model.masked(record) or {}
            session.finish(**result)


class Converger:
    """The engine's rules for one record of ``model``: what to compare, what a write of unknown
    outcome means, what is never sent twice. ResourceEngine runs one per module run; the bulk
    engine (bulk.py) one per number and resource, with the current record from the account
    snapshot instead of a read.

    check_mode: compare and validate only (requests that validate still go out); diff: put
    before/after in results; write_only: ``on_create`` or ``always`` (update_write_only)."""

    def __init__(self, model, check_mode=False, diff=False, write_only=None):
        self.model = model
        self.check_mode = check_mode
        self.diff = diff
        self.write_only = write_only or "on_create"

    def prepare(self, adapter, desired, state):
        """Everything that is checked about ``desired`` without a request; the desired record as
        the driver will use it."""
        adapter.check_supported(desired, state)
        desired = adapter.prepare(desired, state)
        adapter.validate(desired, state)
        return desired

    def present(self, adapter, identity, desired, current):
        """The result, and the record as it now is (unmasked, for ``wait``)."""
        if current is not None:
            return self.converge(adapter, identity, desired, current)
        adapter.validate_create(desired)
        after = dict(desired)
        if self.check_mode:
            adapter.check_create(desired)
            return self.result(True, None, after), after
        try:
            after = adapter.create(desired) or after
        except VoipCarrierError as exc:
            found = self.settle_create(adapter, identity, exc)
            return self.converged_after_create(adapter, identity, desired, found)
        return self.result(True, None, after), after

    def converged_after_create(self, adapter, identity, desired, found):
        """A create whose error a re-read settled (``found``): converge from what it found; the
        run changed something either way."""
        result, after = self.converge(adapter, identity, desired, found)
        result["changed"] = True
        if "diff" in result:
            result["diff"]["before"] = {}
        return result, after

    def settle_create(self, adapter, identity, exc):
        """A create failed: the record a re-read finds, when the create took effect after all or a
        concurrent run created the same object; otherwise the error (flagged maybe_applied when the
        outcome is unknown). A create is never sent again."""
        if exc.details.get("changed"):
            # Part of the create took effect and the driver has said what (partly_applied).
            raise exc
        # A refusal may be a race: another fork or run created the same object a moment ago
        # ("already taken", "already exists"); an unknown outcome may have created it.
        raced = isinstance(exc, CarrierError) and not isinstance(exc, AuthenticationError)
        if not (exc.maybe_applied or raced):
            raise exc
        found = self.reread(adapter, identity, exc)
        if found is None and exc.maybe_applied:
            raise exc.unresolved("a re-read does not show the %s %s, so it was not sent again; run the task again "
                                 "once the carrier answers: it reads first and converges" % (self.model.name, identity))
        if found is None:
            raise exc
        if exc.maybe_applied:
            _warn_settled(adapter, exc, "the create", "got no usable answer",
                          "a re-read shows the %s %s: the create took effect" % (self.model.name, identity))
        else:
            _warn_settled(adapter, exc, "the create", "was refused",
                          "a re-read shows the %s %s in this account: another task or run created it at the same "
                          "time; it was converged from there" % (self.model.name, identity))
        return found

    def converge(self, adapter, identity, desired, current):
        """Update an existing record to the desired fields: the result and the record after."""
        changes, not_compared = self.changes(adapter, desired, current)
        if changes:
            blocked = adapter.update_blocked(current)
            if blocked:
                name = sorted(changes)[0]
                raise ValidationError(name, "cannot be changed (%s wants %s): %s"
                                      % (self.model.name, ", ".join(sorted(changes)), blocked))
            adapter.validate_update(changes, current)
        after = dict(current, **changes)
        if changes and not self.check_mode:
            try:
                after = adapter.update(identity, changes, current, desired) or after
            except VoipCarrierError as exc:
                if not exc.maybe_applied:
                    raise
                after = self.settle_update(adapter, identity, desired, changes, exc)
        result = self.result(bool(changes), current, after)
        if not_compared:
            # Write-only values cannot be read back: say so instead of claiming a change each run.
            result["not_compared"] = sorted(not_compared)
        return result, after

    def changes(self, adapter, desired, current, resend=True):
        """The desired fields that differ from ``current``, and those that cannot be compared
        (``resend=False``: a re-read's resent_always fields are compared, not sent again)."""
        always = self.write_only == "always"
        resent = getattr(adapter, "resent_always", ()) if always and resend else ()
        changes, not_compared = {}, []
        for name, value in desired.items():
            field = self.model.fields[name]
            if name == self.model.identity:
                continue
            # A field the carrier never returns, or did not return this time (the key is missing
            # from the record, e.g. a completed port-in), cannot be compared. ``always`` also sends
            # the fields a driver declares resent_always, equal or not.
            if adapter.is_write_only(name) or name not in current or name in resent:
                if always:
                    changes[name] = value
                else:
                    not_compared.append(name)
                continue
            if field.equal(value, current.get(name)):
                continue
            if field.create_only:
                # A value the record was created without reads "not set", not "is None".
                now = "is %r" % current.get(name) if current.get(name) not in (None, "") else "is not set"
                raise ValidationError(name, "%s and can only be chosen when the %s is created; "
                                            "remove the option or set it to the current value"
                                      % (now, self.model.name))
            changes[name] = value
        return changes, not_compared

    def settle_update(self, adapter, identity, desired, changes, exc):
        """An update got no usable answer: the record as a re-read shows it, if the update took
        effect there; otherwise the error, flagged maybe_applied."""
        found = self.reread(adapter, identity, exc)
        if found is not None and not any(not adapter.is_write_only(name) and name in found for name in changes):
            # Only values the carrier never returns were sent (update_write_only: always): no read
            # can show whether they took effect.
            raise exc.unresolved("%s never returns %s, so no re-read can show whether the change took effect; it "
                                 "was not sent again: run the task again" % (adapter.provider, ", ".join(sorted(changes))))
        if found is not None:
            remaining, _not_compared = self.changes(adapter, {k: v for k, v in desired.items()
                                                              if not adapter.is_write_only(k)}, found, resend=False)
            if not remaining:
                _warn_settled(adapter, exc, "the update", "got no usable answer",
                              "a re-read shows the change: it took effect")
                return found
        raise exc.unresolved("a re-read does not show the change yet, so it was not sent again; run the task "
                             "again: it reads first and converges")

    def reread(self, adapter, identity, exc):
        """The record after a write of unknown outcome; a failed re-read keeps the first error."""
        try:
            return adapter.read(identity)
        except VoipCarrierError as reread:
            raise exc.unresolved("the re-read to learn whether it took effect failed too (%s); run the task "
                                 "again once the carrier answers: it reads first and converges" % reread.message)

    def absent(self, adapter, identity, current):
        blocked = adapter.delete_blocked(current) if current is not None else None
        if blocked:
            raise ValidationError("state", "absent is not possible: %s" % blocked)
        if current is not None and not self.check_mode:
            try:
                adapter.delete(identity, current)
            except VoipCarrierError as exc:
                self.settle_delete(adapter, identity, exc)
        return self.deleted(identity, current)

    def settle_delete(self, adapter, identity, exc):
        """A delete failed: nothing more when it may have taken effect and a re-read shows the
        record gone (a warning says so); otherwise the error. A delete is never sent again."""
        if not exc.maybe_applied:
            raise exc
        if self.reread(adapter, identity, exc) is not None:
            raise exc.unresolved("a re-read still shows the %s %s, so the delete was not sent again; run "
                                 "the task again: it reads first and converges" % (self.model.name, identity))
        _warn_settled(adapter, exc, "the delete", "got no usable answer",
                      "a re-read shows the %s %s gone: the delete took effect" % (self.model.name, identity))

    def deleted(self, identity, current):
        """The result of ``state: absent`` for a record that was ``current`` (None: already absent)."""
        result = self.result(current is not None, current, None)
        result[self.model.name] = self.model.masked(current) or {self.model.identity: identity}
        return result

    def result(self, changed, before, after):
        result = {"changed": changed, self.model.name: self.model.masked(after) or {}}
        if self.diff:
            result["diff"] = {"before": self.model.masked(before) or {}, "after": self.model.masked(after) or {}}
        return result


def _warn_settled(adapter, exc, write, what_happened, finding):
    """The warning after a write whose failure a re-read settled: the call, what happened to it
    (its error kept to one line) and what the re-read found."""
    reason = exc.message if len(exc.message) <= 200 else exc.message[:197] + "..."
    adapter.client.warn("%s %s (%s), but %s" % (exc.details.get("request") or write, what_happened, reason, finding))


def run_info(module, resource, produce):
    """Run a read-only query: ``produce(adapter)`` returns the result keys. Same error handling,
    redaction and API-call accounting as the resource engine."""
    with _Session(module) as session:
        adapter = session.open().resource(resource)
        result = produce(adapter)
        session.finish(changed=False, **result)
