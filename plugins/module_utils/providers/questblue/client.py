# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The QuestBlue connection: auth headers, one call with its envelope, and paging."""

from __future__ import annotations

import json
import re

from ansible_collections.voip.carrier.plugins.module_utils.errors import (
    AuthenticationError, CarrierError, TransportError)
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import LazyAdapters, ProviderClient
from ansible_collections.voip.carrier.plugins.module_utils.transport import HttpTransport

PAGE_SIZE = 200                      # the largest per_page QuestBlue documents for its lists


def option_hint(message, params, blame):
    """"check the trunk option": the options a carrier error message names through ``blame``'s
    words, else the options behind the parameters sent (when they are few enough to help);
    None without ``blame``."""
    if not blame:
        return None
    named = [option for word, option in blame.items()
             if re.search(r"\b%s\b" % re.escape(word), message, re.IGNORECASE)]
    if not named:
        named = [option for word, option in blame.items() if word in params]
    named = list(dict.fromkeys(named))
    if not named or len(named) > 3:
        return None
    return "check the %s option%s" % (", ".join(named), "s" if len(named) > 1 else "")


def adapter_class(resource):
    """The adapter class of one resource, its module imported now (see base.LazyAdapters)."""
    # pylint: disable=import-outside-toplevel
    if resource == "did":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue.did import QuestBlueDid
        return QuestBlueDid
    if resource == "sip_trunk":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue.trunk import QuestBlueTrunk
        return QuestBlueTrunk
    if resource == "sms_config":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue.sms import QuestBlueSms
        return QuestBlueSms
    if resource == "e911":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue.e911 import QuestBlueE911
        return QuestBlueE911
    if resource == "fax_user":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue.fax import QuestBlueFaxUser
        return QuestBlueFaxUser
    if resource == "lnp_request":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue.lnp import QuestBlueLnp
        return QuestBlueLnp
    raise KeyError(resource)


class QuestBlueClient(ProviderClient):
    name = "questblue"
    default_url = "https://api2.questblue.com"
    credentials = ("api_username", "api_password", "api_key")
    adapters = LazyAdapters(("did", "sip_trunk", "sms_config", "e911", "fax_user", "lnp_request"), adapter_class)
    snapshot_cost = {"numbers": "GET /did, %d numbers a page (the E911 flag included)" % PAGE_SIZE,
                     "sms": "GET /sms, %d numbers a page (SMS-capable numbers only)" % PAGE_SIZE,
                     "port_in": "GET /lnp, %d numbers a page" % PAGE_SIZE}
    # Never returned by any list (or any read): the forwarding target, the port-out PIN, the E911
    # address (only whether one is on file) and the XMPP login of SMS.
    snapshot_gaps = ("forward_to", "port_out_pin", "e911 address", "sms xmpp_name")

    def __init__(self, connection):
        super().__init__(connection)
        self.redact.add_basic_auth(connection.get("api_username"), connection.get("api_password"))

    def snapshot_numbers(self, parts, pattern=None):
        records = list(self.resource("did").list(pattern))
        if "sms" in parts:
            settings = dict(self.resource("sms_config").list_settings(pattern))
            for record in records:
                record["sms"] = settings.get(record["number"])
        return records

    def _transport(self):
        conn = self.connection
        return HttpTransport(
            self.base_url, timeout=self.timeout, validate_certs=conn.get("validate_certs", True),
            auth=(conn["api_username"], conn["api_password"]),
            headers={"Security-Key": conn["api_key"], "Content-Type": "application/json",
                     "Accept": "application/json"},
            redactor=self.redact, log=self.log, budget=self.budget)

    # -- one call, one envelope ------------------------------------------------------------------

    def call(self, method, path, params=None, blame=None):
        """Send one request; return the decoded body (None when empty). Errors raise, warnings are
        collected for the module to show.

        ``blame`` maps the carrier's words for this request's parameters (their wire names, or
        the kind of object they name, such as ``trunk``) to the module options they came from: a
        carrier error then names the option to fix, not only the carrier's parameter."""
        params = {k: v for k, v in (params or {}).items() if v is not None}
        if method == "GET":
            response = self.http.request(method, path, params=params)
        else:
            response = self.http.request(method, path, json=params)
        where = self.http.describe(method, path)
        write = method != "GET"
        body = self._decode(response, where, write)
        if response.status_code in (401, 403):
            message = body.get("error") if isinstance(body, dict) else None
            raise AuthenticationError(self.name, "%s; check api_username, api_password and api_key (the "
                                                 "Security-Key), and that this host's IP address is on the "
                                                 "portal's API allowlist" % self.redact(str(message or "access denied")),
                                      http_status=response.status_code, request=where)
        # A 5xx answer to a write says nothing about whether the write was applied.
        unknown = write and response.status_code >= 500
        if isinstance(body, dict) and "error" in body:
            message = self.redact(str(body["error"]))
            # A refusal points at an option; a server failure (5xx) does not.
            hint = option_hint(message, params, blame) if response.status_code < 500 else None
            raise CarrierError(self.name, message, http_status=response.status_code, request=where, hint=hint,
                               maybe_applied=unknown)
        if response.status_code >= 400:
            raise CarrierError(self.name, "HTTP %s" % response.status_code, http_status=response.status_code,
                               request=where, maybe_applied=unknown)
        if not isinstance(body, dict) and (body is not None or not write):
            # Every QuestBlue answer is an object (writes may answer with nothing): anything else
            # (a list, a bare string, nothing for a read) is not understood, never read as "absent".
            raise TransportError("%s: answer of an unexpected shape to %s (HTTP %s: %s where a JSON object is "
                                 "expected)" % (self.name, where, response.status_code, _shape(body)),
                                 request=where, maybe_applied=write)
        if isinstance(body, dict):
            for key, value in body.items():
                # The seed once spells the key " warning" (leading space) with a map value.
                if key.strip() == "warning":
                    self._collect_warnings(value)
        return body

    def _decode(self, response, where, write):
        text = response.text
        if not text.strip():
            return None
        try:
            return json.loads(text)
        except ValueError:
            raise TransportError("%s: malformed answer to %s (HTTP %s, not JSON: %r)" % (
                self.name, where, response.status_code, self.redact(text[:80])), request=where,
                maybe_applied=write)

    def rows(self, body, where):
        """The ``data`` rows of a list answer; an answer whose rows are not a list of objects is
        not understood (never read as "nothing there")."""
        rows = body.get("data")
        if rows is None or rows == "":
            return []
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise TransportError("%s: answer of an unexpected shape to %s (data is %s where a list of objects is "
                                 "expected)" % (self.name, where, _shape(rows)), request=where)
        return rows

    def _collect_warnings(self, value):
        if isinstance(value, dict):
            for param, message in value.items():
                self.warn("%s (%s)" % (message, param.strip()))
        elif isinstance(value, list):
            for message in value:
                self.warn(str(message))
        else:
            self.warn(str(value))

    def find_number(self, path, national):
        """The row of one number in a list endpoint (/did, /sms, /fax ...): QuestBlue has no
        per-number GET, so filter the list by the full number and match it exactly (the filter is
        a pattern). None if the number is not there."""
        body = self.call("GET", path, {"did": national, "per_page": 5})
        return next((row for row in self.rows(body, "GET " + path) if re.sub(r"\D", "", str(row.get("did"))) == national),
                    None)

    def pages(self, path, params=None, per_page=PAGE_SIZE):
        """Every row of a paginated list, one request per page of ``per_page`` rows."""
        page = 1
        while True:
            body = self.call("GET", path, dict(params or {}, per_page=per_page, page=page))
            rows = self.rows(body, "GET " + path)
            yield from rows
            total_pages = int(body.get("total_pages") or 1)
            current = int(body.get("current_page") or page)
            if current >= total_pages or not rows:
                return
            page = current + 1


def _shape(value):
    """What a JSON value is, for messages: ``a list``, ``the string 'OK'``, ``nothing``."""
    if value is None:
        return "nothing"
    if isinstance(value, str):
        return "the string %r" % value[:40]
    return "a JSON %s" % {list: "list", dict: "object", bool: "boolean"}.get(type(value), type(value).__name__)
