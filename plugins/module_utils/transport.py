# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""HTTP transport shared by every REST driver.

What it owns, so that no driver re-invents it:
- timeouts, and retries with exponential backoff for *safe* requests only (reads, and writes the
  caller marks idempotent). A write that timed out or got a 5xx is never re-sent: the caller gets a
  ``TransportError`` with ``maybe_applied=True`` and must re-read to learn what happened;
- the account's request budget (budget.py): every attempt, retries included, takes one request
  from it first, so all forks and runs on the controller keep the carrier's limit together;
- 429 rate limiting: honour ``Retry-After`` (seconds or an HTTP date) for every method (the carrier
  refused the request before acting on it, so re-sending is safe even for an order). The pause is
  put on the shared budget, so every fork waits it out, and a pause longer than the task may wait
  fails at once instead of knocking again;
- secret redaction: every message that leaves this module has the credentials replaced;
- request accounting: how many reads and writes a run made, reported in module results.

``httpx`` is imported when the first client is built, not when a module starts.
"""

from __future__ import annotations

import base64
import email.utils
import os
import sys
import time
from urllib.parse import quote, quote_plus

from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError

MASK = "********"
SAFE_METHODS = frozenset(("GET", "HEAD", "OPTIONS"))
RETRY_STATUSES = frozenset((500, 502, 503, 504))


def _httpx():
    """httpx, imported on first use. Its package also imports its command-line client
    (``httpx._main``) and with it click, rich and pygments wherever they are installed: about
    0.1 s of every module start that no request needs. A ``None`` in sys.modules makes that one
    import fail, and httpx then defines its own stub ``main`` (its fallback for a missing CLI).
    Only before httpx is first imported: a process that already has it keeps it as it is."""
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)
    import httpx  # pylint: disable=import-outside-toplevel  # module start-up cost
    return httpx


def _proxied_over_tls():
    """Whether an ``*_PROXY`` variable names an https:// proxy (httpx reads them): the connection
    to such a proxy is TLS even for an http:// endpoint."""
    return any(key.lower().endswith("_proxy") and key.lower() != "no_proxy" and value.strip().lower().startswith("https://")
               for key, value in os.environ.items())


class Redactor:
    """Replaces every known secret, in each encoding it may travel in, with a mask."""

    def __init__(self, secrets=()):
        self._needles = set()
        for secret in secrets:
            self.add(secret)

    def add(self, secret):
        if secret is None:
            return
        secret = str(secret)
        if len(secret) < 3:
            # Masking one or two characters would shred ordinary text and protects nothing.
            return
        self._needles.update({secret, quote(secret, safe=""), quote_plus(secret)})

    def add_basic_auth(self, username, password):
        if username is not None and password is not None:
            token = base64.b64encode(("%s:%s" % (username, password)).encode()).decode()
            self.add(token)

    def __call__(self, value):
        if isinstance(value, str):
            # Longest first, so a secret that contains another is masked whole.
            for needle in sorted(self._needles, key=len, reverse=True):
                value = value.replace(needle, MASK)
            return value
        if isinstance(value, dict):
            return {k: self(v) for k, v in value.items()}
        if isinstance(value, (list, tuple)):
            return [self(v) for v in value]
        return value


class RequestLog:
    """Counts what a run asked of the carrier. Reported as ``api_calls`` in module results."""

    def __init__(self):
        import threading  # pylint: disable=import-outside-toplevel
        self.reads = 0
        self.writes = 0
        self.retries = 0
        # The bulk module sends from several threads: a count must not be lost between them.
        self._lock = threading.Lock()

    def count(self, kind):
        """One more request of ``kind`` (reads, writes or retries)."""
        with self._lock:
            setattr(self, kind, getattr(self, kind) + 1)

    def as_dict(self):
        return {"reads": self.reads, "writes": self.writes, "retries": self.retries,
                "total": self.reads + self.writes + self.retries}


class HttpTransport:
    """One carrier endpoint. ``request`` returns an ``httpx.Response`` for any HTTP status."""

    def __init__(self, base_url, timeout=30, validate_certs=True, headers=None, auth=None,
                 redactor=None, retries=3, backoff=0.5, max_backoff=8.0, log=None,
                 user_agent="voip.carrier", budget=None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.validate_certs = validate_certs
        self.headers = dict(headers or {})
        self.headers.setdefault("User-Agent", user_agent)
        self.auth = auth
        self.redact = redactor or Redactor()
        self.retries = retries
        self.backoff = backoff
        self.max_backoff = max_backoff
        self.log = log or RequestLog()
        # The account's RequestBudget (None: no shared budget, as in unit tests of the transport).
        self.budget = budget
        self._client = None

    def _http(self):
        if self._client is None:
            httpx = _httpx()
            self._client = httpx.Client(timeout=self.timeout, verify=self.tls_verify(), headers=self.headers,
                                        auth=self.auth, follow_redirects=False)
        return self._client

    def tls_verify(self):
        """``verify`` for httpx.Client. An http:// endpoint (a local emulator) never does TLS, yet a
        verifying client loads the CA bundle (certifi) when it is built: tens of milliseconds of
        every module start. It gets ``False`` instead, for which httpx builds a bare SSL context
        and loads nothing. Nothing can use that context: every request goes to ``base_url`` + a
        path, redirects are never followed (``follow_redirects=False``), and with an https://
        proxy in the environment the endpoint keeps ``validate_certs``. An https:// endpoint
        always gets ``validate_certs`` as given."""
        if self.base_url.lower().startswith("http://") and not _proxied_over_tls():
            return False
        return self.validate_certs

    def close(self):
        if self._client is not None:
            self._client.close()
            self._client = None

    def describe(self, method, path):
        """``GET /did`` - what error messages name. Never includes the query string."""
        return "%s %s" % (method, path)

    def request(self, method, path, params=None, json=None, data=None, idempotent=None, label=None, files=None,
                content=None, headers=None):
        """Send one request, retrying only where that cannot cause a second effect. ``label``
        names the call in messages where the path does not (VoIP.ms: the function, ``orderDID``).
        ``files`` ({field: (filename, bytes, content type)}) makes the body multipart, with ``data``
        as its other fields (VoiceMeUp takes the documents of a port request so). ``content`` is a
        raw body and ``headers`` this request's own headers (a SOAP envelope and its SOAPAction)."""
        httpx = _httpx()
        method = method.upper()
        safe = method in SAFE_METHODS if idempotent is None else idempotent
        # A read is what cannot change anything: a GET, or a call the driver marks idempotent
        # (VoIP.ms sends every call, reads too, as a POST).
        self.log.count("reads" if safe else "writes")
        where = label or self.describe(method, path)
        url = self.base_url + path
        attempt = 0
        while True:
            try:
                response = self._send(where, method, url, params=params, json=json, data=data, files=files,
                                      content=content, headers=headers)
            except (httpx.ConnectError, httpx.ConnectTimeout) as exc:
                # Nothing reached the carrier: safe to try again whatever the method.
                if attempt < self.retries:
                    attempt = self.wait_before_retry(attempt)
                    continue
                raise TransportError(self.redact("cannot reach %s for %s: %s" % (self.base_url, where, exc)),
                                     request=where)
            except httpx.TimeoutException as exc:
                if safe and attempt < self.retries:
                    attempt = self.wait_before_retry(attempt)
                    continue
                raise TransportError(
                    self.redact("no answer from %s within %ss (%s)" % (where, self.timeout, type(exc).__name__)),
                    request=where, maybe_applied=not safe)
            except (httpx.RemoteProtocolError, httpx.ReadError) as exc:
                # The connection dropped after the request went out: a read is retried like a 5xx;
                # a write may have been applied.
                if safe and attempt < self.retries:
                    attempt = self.wait_before_retry(attempt)
                    continue
                raise TransportError(self.redact("the connection dropped before %s was answered (%s)" % (where, exc)),
                                     request=where, maybe_applied=not safe)
            except httpx.HTTPError as exc:
                raise TransportError(self.redact("request %s failed: %s" % (where, exc)), request=where,
                                     maybe_applied=not safe)
            if response.status_code == 429 and attempt < self.retries:
                attempt = self.wait_before_retry(attempt, response.headers.get("Retry-After"),
                                                 reason="%s answered HTTP 429 (rate limited)" % where)
                continue
            if safe and attempt < self.retries and self.retryable(response):
                attempt = self.wait_before_retry(attempt)
                continue
            return response

    @staticmethod
    def retryable(response):
        """Whether a safe request that got ``response`` may be sent again: a 5xx says the carrier
        could not answer this time. A driver whose carrier also answers a malformed request with a
        5xx (SOAP: a soap:Client Fault is HTTP 500) narrows it, as re-sending gets the same answer."""
        return response.status_code in RETRY_STATUSES

    def _send(self, where, method, url, **content):
        """One attempt, drawn from the account's budget and settled there when it is over.

        ``timeout`` bounds the whole attempt, not each read: httpx's read timeout restarts with
        every byte, so a server that trickles its answer could hold a request for ever. The body
        is read chunk by chunk against one deadline."""
        httpx = _httpx()
        booked = self.budget.acquire(where) if self.budget is not None else None
        deadline = time.monotonic() + self.timeout
        try:
            request = self._http().build_request(method, url, **content)
            response = self._http().send(request, stream=True)
            try:
                body = []
                for chunk in response.iter_bytes():
                    body.append(chunk)
                    if time.monotonic() > deadline:
                        raise httpx.ReadTimeout("the answer took longer than %ss in all" % self.timeout,
                                                request=request)
            finally:
                response.close()
            # The complete, decoded answer: the headers that described the encoded body go.
            headers = [(key, value) for key, value in response.headers.multi_items()
                       if key.lower() not in ("content-encoding", "content-length", "transfer-encoding")]
            return httpx.Response(response.status_code, headers=headers, content=b"".join(body), request=request)
        finally:
            if booked is not None:
                self.budget.settle(booked)

    def wait_before_retry(self, attempt, retry_after=None, reason=None):
        """Pause before retry number ``attempt + 1`` and count it; returns the next attempt number.

        The pause is exponential backoff, or the carrier's ``Retry-After``. With a shared budget a
        carrier-requested pause is put on the budget (``reason`` says why), so every fork of the
        account waits it out, and the next ``acquire`` sleeps or, when the pause is longer than the
        task may wait, fails before sending anything."""
        delay = min(self.backoff * (2 ** attempt), self.max_backoff)
        asked = retry_after_seconds(retry_after)
        if asked is not None:
            delay = asked
        if self.budget is not None and asked is not None:
            self.budget.hold(delay, "%s; Retry-After: %s" % (reason or "the carrier asked to pause", retry_after))
        else:
            # Without a shared budget nothing bounds a long Retry-After: keep the wait bounded.
            time.sleep(min(delay, 60.0))
        self.log.count("retries")
        return attempt + 1


def retry_after_seconds(value, now=None):
    """``Retry-After`` as seconds to wait: delta-seconds or an HTTP date (RFC 9110); None when
    absent or unreadable (the caller backs off on its own)."""
    if value is None or str(value).strip() == "":
        return None
    text = str(value).strip()
    try:
        return max(float(text), 0.0)
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None or when.tzinfo is None:
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)
