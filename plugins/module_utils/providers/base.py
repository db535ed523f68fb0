# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""What every driver provides to the engine.

A driver client holds the connection (transport, redactor, request log, carrier warnings) and a map
of resource adapters. An adapter maps one neutral model to and from one carrier's wire format and
declares which fields and states it supports; it never decides idempotency (the engine does).
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from urllib.parse import urlsplit

from ansible_collections.voip.carrier.plugins.module_utils.budget import RequestBudget, account_key
from ansible_collections.voip.carrier.plugins.module_utils.errors import UnsupportedError, ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.transport import Redactor, RequestLog


# What ``ResourceAdapter.from_snapshot`` returns where no list call holds the resource's record.
NOT_IN_SNAPSHOT = object()


class ResourceAdapter:
    """One resource at one carrier. Subclasses set ``model``, ``fields`` and implement the I/O."""

    model = None
    fields = frozenset()          # neutral field names this carrier supports
    states = ("present", "absent")
    # Fields this carrier accepts but never returns. None: the model's own write-only fields
    # (the same field may be readable at one carrier and write-only at another).
    write_only = None
    # False where the carrier cannot change a record once created (a difference is an error).
    updatable = True
    # The criteria ``search`` (numbers available to order) takes. Any other criterion a user gives
    # fails before any request (refuse_unsupported_criteria), with the reason in
    # ``unsearchable`` when there is one. The modules' docs say which carrier takes which.
    search_criteria = frozenset()
    unsearchable = {}
    # The parts of the account snapshot (snapshot.SNAPSHOT_PARTS) ``from_snapshot`` needs.
    snapshot_parts = ()
    # Whether ``update`` re-reads the record to return it as the carrier now has it, where that
    # costs a request (the single modules show it). The bulk module, which returns no records,
    # turns it off: the engine then takes the record read before, with the changes.
    confirm_writes = True
    # Fields the carrier returns (so they are compared) that ``update_write_only: always`` (e911's
    # resend_address) sends again on every run all the same: VoIP Innovations' E911 address, so a
    # location its 911 provider could not geocode is provisioned again on request.
    resent_always = frozenset()

    def __init__(self, client):
        self.client = client
        self.desired = {}

    @property
    def provider(self):
        return self.client.name

    def check_supported(self, desired, state):
        if state not in self.states:
            raise UnsupportedError("state", "state=%s is not supported for %s at %s" % (state, self.model.name, self.provider))
        for name in desired:
            if name not in self.fields:
                raise UnsupportedError(
                    name, "%s does not support this %s option; remove it (supported: %s)"
                    % (self.provider, self.model.name, ", ".join(sorted(self.fields))))

    def refuse_unsupported_criteria(self, criteria):
        """ValidationError naming the first criterion given (set, not empty) that ``search`` does not take."""
        for name in sorted(criteria):
            if criteria[name] not in (None, "") and name not in self.search_criteria:
                reason = self.unsearchable.get(name) or "%s cannot search available numbers by %s; remove it" % (
                    self.provider, name)
                raise ValidationError(name, reason)

    @classmethod
    def is_write_only(cls, name):
        if cls.write_only is not None:
            return name in cls.write_only
        return cls.model.fields[name].write_only

    def prepare(self, desired, state):
        """Derive carrier-specific desired fields from the user's (before validation); no request.
        The result is also kept as ``self.desired`` so a read can skip what the user does not manage."""
        self.desired = desired
        return desired

    def update_blocked(self, current):
        """Why this record cannot be updated now (a final port-in, say), or None."""
        return None

    def delete_blocked(self, current):
        """Why this record cannot be deleted now, or None. Checked in check mode too."""
        return None

    def validate(self, desired, state):
        """Carrier-specific limits (lengths, enums). Raise ValidationError; make no request."""

    def validate_create(self, desired):
        """What creating needs beyond an update (required fields). Runs after the read found
        nothing, before any write, also in check mode."""

    def validate_new_number(self, did):
        """The bulk module is about to order the number ``did`` (its desired DID record) and then
        apply this resource to it: what the order must be for that to work (a tier that carries
        SMS, say), before anything is bought; a ValidationError names the DID option. No request."""

    def validate_update(self, changes, current):
        """What an update needs checked beyond ``validate`` (a value against the carrier's own
        lists, say). Runs once the differences are known, before any write, also in check mode."""

    def read(self, identity):
        """The current record in the neutral model, or None if it does not exist."""
        raise NotImplementedError

    def from_snapshot(self, number):
        """The record ``read`` would return, taken without a request from ``number``: the account
        snapshot's record of the number (read with ``snapshot_parts``, secrets unmasked), or None
        when the account does not hold it. The bulk module reads thousands of numbers this way.
        ``NOT_IN_SNAPSHOT`` where no list call returns this resource (the bulk module then calls
        ``read`` for that number)."""
        return NOT_IN_SNAPSHOT

    def order_many(self, desired_records):
        """Where the carrier creates several records in one call (QuestBlue orders several numbers
        in one POST /did): create them all, in as few calls as it allows, and return
        ``{identity: None}`` for each one created, or the error of each one that may not be
        (the bulk module then re-reads it before anything else, never re-sends it). After it,
        ``configure_ordered`` applies what the create call could not carry. None (the default):
        no such call, the bulk module creates records one by one with ``create``."""
        return None

    def configure_ordered(self, desired):
        """After ``order_many``: the settings of one record the create call could not carry."""

    def update_many(self, updates):
        """Where the carrier changes several records in one call (VoIP Innovations' configDID):
        ``updates`` maps each identity to ``(changes, current)``, the differences the bulk module
        planned (update_blocked and validate_update passed) and the record they apply to. Write
        those it can in as few calls as allowed and return ``{identity: None or the error}`` for
        each one it wrote; an error of unknown outcome is settled by a re-read like any update,
        never re-sent. An identity left out of the answer is updated one by one with ``update``.
        None (the default): no such call."""
        return None

    def delete_many(self, records):
        """Where the carrier deletes several records in one call (VoIP Innovations' releaseDID):
        ``records`` maps each identity to its current record. Delete them in as few calls as
        allowed and return ``{identity: None or the error}`` for each one it sent (an error of
        unknown outcome is settled by a re-read, never re-sent); one left out is deleted with
        ``delete``. None (the default): no such call."""
        return None

    def check_create(self, desired):
        """Check mode: ask the carrier to validate the create without doing it, where it offers a
        true dry run (VoIP.ms ``test``). Default: nothing."""

    def create(self, desired):
        """Create it; return the record as it now is (or None to let the engine assume desired)."""
        raise NotImplementedError

    def update(self, identity, changes, current, desired):
        """Apply ``changes`` (neutral fields) to an existing record; return it as it now is or None."""
        raise NotImplementedError

    def delete(self, identity, current):
        raise NotImplementedError


def per_request(value, request):
    """A code table's entry (CODE_TEXT of a driver): one value for every request, or a dict of
    values by request (function, request type, operation) with the value for the rest under None."""
    return value.get(request, value[None]) if isinstance(value, dict) else value


def code_meaning(table, code, request):
    """(module option, meaning) of a carrier code in a driver's code table, for one request."""
    option, meaning = table.get(code, (None, None))
    return per_request(option, request), per_request(meaning, request)


def with_meaning(text, option, meaning):
    """``text (option: meaning)``; the parenthesis only where the meaning is known."""
    if meaning:
        text += " (%s)" % ("%s: %s" % (option, meaning) if option else meaning)
    return text


def parse_rate_limit(text):
    """``"30/60"`` or ``"10/1, 1200/3600"`` -> [(30, 60.0)]; None when unset."""
    if text is None or str(text).strip() == "":
        return None
    limits = []
    for part in str(text).split(","):
        count, _slash, period = part.strip().partition("/")
        try:
            limit = (int(count), float(period))
        except ValueError:
            limit = (0, 0.0)
        if limit[0] < 1 or limit[1] <= 0:
            raise ValidationError("rate_limit", "%r is not REQUESTS/SECONDS with both above zero; write for example "
                                                "30/60 (30 requests a minute), or 10/1,1200/3600" % part.strip())
        limits.append(limit)
    return limits


def checked_url(url):
    """``api_url`` as given, or ValidationError naming it: a scheme, a host and a valid port."""
    if not url.startswith(("http://", "https://")):
        raise ValidationError("api_url", "%r must start with https:// (or http:// for a local emulator)" % url)
    try:
        parts = urlsplit(url)
        parts.port  # pylint: disable=pointless-statement  # raises ValueError when out of range
    except ValueError as exc:
        raise ValidationError("api_url", "%r is not a usable URL (%s); write it as https://host[:port][/path], an IPv6 "
                                         "address in brackets" % (url, exc))
    if not parts.hostname:
        raise ValidationError("api_url", "%r names no host; write it as https://host[:port][/path]" % url)
    return url


def _max_wait(value):
    if value is None:
        return 300
    if int(value) < 0:
        raise ValidationError("rate_limit_max_wait", "must be 0 (never wait) or more seconds, not %s" % value)
    return int(value)


class LazyAdapters(Mapping):
    """A driver's resource name -> adapter class, each adapter module imported on first use.

    A task uses one resource: importing every adapter of the carrier (their models, their number
    and address helpers) only slowed every module's start. ``load(name)`` must import the class
    with a plain ``from ... import`` statement (one branch per resource): Ansible packs into a
    module's payload the module_utils it finds in import statements, inside functions too, and
    never those named in strings. The names are known without importing anything, so listing
    them (``sorted(adapters)``, ``name in adapters``) stays cheap; ``adapters[name]``,
    ``.get``, ``.values()`` and ``.items()`` give the classes, as a plain dict did."""

    def __init__(self, names, load):
        self._names = tuple(names)
        self._load = load
        self._classes = {}

    def __getitem__(self, name):
        if name not in self._names:
            raise KeyError(name)
        if name not in self._classes:
            self._classes[name] = self._load(name)
        return self._classes[name]

    def __contains__(self, name):
        return name in self._names

    def __iter__(self):
        return iter(self._names)

    def __len__(self):
        return len(self._names)

    def __repr__(self):
        return "LazyAdapters(%s)" % ", ".join(self._names)


class ProviderClient:
    """A connection to one carrier. Subclasses set ``name``, ``default_url``, ``credentials`` and
    ``adapters`` (a LazyAdapters, or a plain dict) and build their transport in ``_transport``."""

    name = None
    default_url = None
    credentials = ()              # which of api_username / api_password / api_key it needs
    adapters = {}
    # The carrier's request limits, [(requests, seconds), ...]: kept by the account's budget that
    # every fork and run on this host shares. The ``rate_limit`` option replaces them.
    rate_limits = ((60, 60),)
    # The account snapshot (module_utils/snapshot.py): the list calls it costs at this carrier, per
    # part ("numbers" always, "sms" and "port_in" when asked for), and the number fields that no
    # list call returns here (a snapshot leaves them out; the single-number modules say the same).
    snapshot_cost = {}
    snapshot_gaps = ()

    def __init__(self, connection):
        self.connection = connection
        self.redact = Redactor()
        self.log = RequestLog()
        self.warnings = []
        for key in ("api_username", "api_password", "api_key"):
            if key != "api_username":
                self.redact.add(connection.get(key))
        missing = [key for key in self.credentials if not connection.get(key)]
        if missing:
            key = missing[0]
            raise ValidationError(key, "is required for provider %s; set the %s option or the "
                                       "VOIP_CARRIER_%s environment variable" % (self.name, key, key.upper()))
        self.base_url = self.normalise_url(checked_url((connection.get("api_url") or self.default_url).rstrip("/")))
        self.timeout = connection.get("timeout")
        if self.timeout is None:
            self.timeout = 30
        if self.timeout <= 0:
            raise ValidationError("timeout", "is %s; give the seconds one request may take in all, above 0 (default 30)"
                                  % self.timeout)
        self.budget = RequestBudget(
            self.name, account_key(self.name, self.base_url, connection.get("api_username")),
            parse_rate_limit(connection.get("rate_limit")) or self.rate_limits,
            _max_wait(connection.get("rate_limit_max_wait")))
        self._http = None
        self._memo = {}
        self._memo_locks = {}
        self._memo_lock = threading.Lock()

    @staticmethod
    def normalise_url(url):
        """One spelling of the carrier's base URL (the budget is keyed on it); no request."""
        return url

    @property
    def http(self):
        if self._http is None:
            self._http = self._transport()
        return self._http

    def _transport(self):
        raise NotImplementedError

    def resource(self, name):
        adapter = self.adapters.get(name)
        if adapter is None:
            raise UnsupportedError("provider", "%s does not support the %s resource (it supports: %s)"
                                   % (self.name, name, ", ".join(sorted(self.adapters))))
        return adapter(self)

    def snapshot_numbers(self, parts, pattern=None):
        """The account's numbers as DID records with ``e911`` (bool) and, when ``"sms"`` is in
        ``parts``, ``sms`` (settings with ``enabled``, or None where the number cannot carry SMS),
        read with list calls only. snapshot.read_account adds the rest. ``e911`` may be left out
        when ``parts`` lacks snapshot.E911_FLAG and it would cost requests of its own."""
        raise UnsupportedError("provider", "%s cannot read a whole account yet" % self.name)

    def memo(self, key, produce):
        """``produce()``, once per ``key`` for the life of this client: what validation reads
        (a trunk, the sub-accounts, the servers) is asked once however many numbers need it.
        A failure is not kept: the next caller asks again."""
        with self._memo_lock:
            if key in self._memo:
                return self._memo[key]
            # One lock per key: threads that want the same key wait for the first one's answer
            # rather than all asking at once.
            key_lock = self._memo_locks.setdefault(key, threading.Lock())
        with key_lock:
            with self._memo_lock:
                if key in self._memo:
                    return self._memo[key]
            value = produce()
            with self._memo_lock:
                self._memo[key] = value
            return value

    def warn(self, message):
        self.warnings.append(self.redact("%s: %s" % (self.name, message)))

    def close(self):
        if self._http is not None:
            self._http.close()
