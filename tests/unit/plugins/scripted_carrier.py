"""A scripted carrier for driver tests: the real driver clients over an httpx mock transport that
answers from a list and keeps every request."""

from __future__ import annotations

import json
from urllib.parse import parse_qs

import httpx

from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue import QuestBlueClient
from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms import VoipmsClient

# Every scripted client of a test session draws from one request budget (tests/unit/conftest.py):
# under the carriers' default 60 calls a minute a late test waited ~55 s for the window to pass.
UNLIMITED = "1000/1"
QUESTBLUE = {"provider": "questblue", "api_username": "demo", "api_password": "pw-secret",
             "api_key": "key-secret", "api_url": "http://qb.test", "timeout": 5, "validate_certs": True,
             "rate_limit": UNLIMITED}
VOIPMS = {"provider": "voipms", "api_username": "me@example.com", "api_password": "api-secret-pw",
          "api_url": "http://vm.test", "timeout": 5, "validate_certs": True, "rate_limit": UNLIMITED}
# What Wire answers once its script is used up (None: the test fails on an unexpected request).
NO_MORE = None


class Wire:
    """Answers in order. An answer is a body (sent with ``status_code``) or a ``(status, body)``
    pair; a str body is sent as it is, anything else as JSON. ``exhausted`` is the body sent once
    the script is used up (default: fail the test)."""

    def __init__(self, *answers, status_code=200, exhausted=NO_MORE):
        self.answers = list(answers)
        self.requests = []
        self.status_code = status_code
        self.exhausted = exhausted

    def __call__(self, request):
        self.requests.append(request)
        if not self.answers and self.exhausted is NO_MORE:
            raise AssertionError("unexpected request %s %s" % (request.method, request.url))
        answer = self.answers.pop(0) if self.answers else self.exhausted
        status, body = answer if isinstance(answer, tuple) else (self.status_code, answer)
        return httpx.Response(status, text=body if isinstance(body, str) else json.dumps(body))

    def params(self, index=0):
        """The form of request ``index`` (VoIP.ms sends every call as a form POST)."""
        return {k: v[0] for k, v in parse_qs(self.requests[index].content.decode()).items()}

    @property
    def methods(self):
        """The VoIP.ms functions called, in order."""
        return [self.params(i)["method"] for i in range(len(self.requests))]

    def bodies(self):
        return [request.content.decode() for request in self.requests]


def _scripted(client, wire):
    client.http._client = httpx.Client(transport=httpx.MockTransport(wire), headers=client.http.headers,
                                       auth=client.http.auth)
    client.http.backoff = 0
    return client


def questblue_client(wire, **connection):
    return _scripted(QuestBlueClient(dict(QUESTBLUE, **connection)), wire)


def voipms_client(wire, **connection):
    return _scripted(VoipmsClient(dict(VOIPMS, **connection)), wire)
