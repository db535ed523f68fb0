# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""Exceptions shared by the engine, the drivers and the transport.

Every error that reaches a user goes through ``VoipCarrierError.to_result()``, so the message and
the details it carries are redacted in one place by the transport's redactor.
"""

from __future__ import annotations


class VoipCarrierError(Exception):
    """Base class: a failure that the module reports with ``fail_json``."""

    # True when a write may have reached the carrier although no usable answer came back (a
    # timeout, a 5xx, a dropped connection or an unreadable reply to a write): the engine re-reads
    # before it decides anything, and never re-sends blindly.
    maybe_applied = False

    def __init__(self, message, **details):
        super().__init__(message)
        self.message = message
        self.details = details

    def to_result(self):
        result = {"msg": self.message}
        result.update({k: v for k, v in self.details.items() if v is not None})
        if self.maybe_applied:
            result["maybe_applied"] = True
        return result

    def partly_applied(self, explanation):
        """This error, raised after part of a create took effect (a number bought, its settings
        not applied): the result says ``changed`` and what a re-run will do; the engine does not
        re-read or converge it, the driver has settled what happened."""
        self.details["changed"] = True
        return self.unresolved(explanation)

    def unresolved(self, explanation):
        """This error, its message extended by what a re-read found (still maybe applied)."""
        self.message = "%s; %s" % (self.message, explanation)
        self.args = (self.message,)
        return self

    def copy(self):
        """This error as an object of its own: a batch call's failure is each of its numbers', and
        settling one number (partly_applied, unresolved) must extend that number's message only."""
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__)
        clone.args = self.args
        clone.details = dict(self.details)
        return clone


class ValidationError(VoipCarrierError):
    """Bad input, found before any request is made. Names the field and the fix."""

    def __init__(self, field, message):
        super().__init__("%s: %s" % (field, message), field=field)
        self.field = field


class UnsupportedError(ValidationError):
    """The provider does not support this resource, field or state."""


class CarrierError(VoipCarrierError):
    """The carrier answered with an error. Carries the carrier's own code and message."""

    def __init__(self, provider, message, code=None, http_status=None, request=None, hint=None,
                 maybe_applied=False):
        text = "%s API error" % provider
        if code not in (None, ""):
            text += " %s" % code
        text += ": %s" % message
        if request:
            text += " (%s)" % request
        if hint:
            # Which module option the failed request came from, so the user knows what to fix.
            text += "; %s" % hint
        super().__init__(text, provider=provider, carrier_code=code, carrier_message=message,
                         http_status=http_status, request=request)
        self.provider = provider
        self.code = code
        self.carrier_message = message
        self.hint = hint
        self.http_status = http_status
        self.maybe_applied = maybe_applied


class AuthenticationError(CarrierError):
    """The carrier refused the credentials (or the source address)."""


class TransportError(VoipCarrierError):
    """No usable answer: connection refused, timeout, malformed body."""

    def __init__(self, message, request=None, maybe_applied=False):
        super().__init__(message, request=request)
        self.request = request
        # True when a write may have reached the carrier even though no answer came back:
        # the caller must re-read before it decides anything, and never re-send blindly.
        self.maybe_applied = maybe_applied
