import base64

import httpx
import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import TransportError
from ansible_collections.voip.carrier.plugins.module_utils.transport import MASK, HttpTransport, Redactor


def test_redactor_masks_every_encoding_of_a_secret():
    redact = Redactor(["p@ss w/rd", "k3y"])
    redact.add_basic_auth("demo", "p@ss w/rd")
    token = base64.b64encode(b"demo:p@ss w/rd").decode()
    text = "raw p@ss w/rd, quoted p%40ss%20w%2Frd, plus p%40ss+w%2Frd, header Basic " + token + ", key k3y"
    out = redact(text)
    assert "p@ss" not in out and "p%40ss" not in out and token not in out and "k3y" not in out
    assert out.count(MASK) == 5


def test_redactor_walks_nested_results_and_ignores_tiny_values():
    redact = Redactor(["secret-value", "ab", None])
    assert redact({"a": ["x secret-value"], "b": 3}) == {"a": ["x " + MASK], "b": 3}
    assert redact("ab abc") == "ab abc"


def _transport(handler, **kwargs):
    transport = HttpTransport("http://carrier.test", backoff=0, **kwargs)
    transport._client = httpx.Client(transport=httpx.MockTransport(handler))
    return transport


def test_reads_are_retried_on_5xx_and_counted():
    answers = iter([503, 502, 200])
    transport = _transport(lambda request: httpx.Response(next(answers), text="{}"))
    assert transport.request("GET", "/did").status_code == 200
    assert transport.log.as_dict() == {"reads": 1, "writes": 0, "retries": 2, "total": 3}


def test_writes_are_not_retried_on_5xx():
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(503, text="{}")
    transport = _transport(handler)
    assert transport.request("POST", "/did").status_code == 503
    assert len(calls) == 1


def test_rate_limit_is_retried_for_any_method():
    answers = iter([429, 200])
    transport = _transport(lambda request: httpx.Response(next(answers), headers={"Retry-After": "0"}))
    assert transport.request("POST", "/did").status_code == 200
    assert transport.log.retries == 1


def test_a_write_that_timed_out_is_flagged_as_maybe_applied_and_not_resent():
    calls = []

    def handler(request):
        calls.append(request)
        raise httpx.ReadTimeout("slow", request=request)
    transport = _transport(handler)
    with pytest.raises(TransportError) as info:
        transport.request("POST", "/did")
    assert info.value.maybe_applied is True
    assert len(calls) == 1


def test_a_read_that_timed_out_is_retried_then_reported():
    calls = []

    def handler(request):
        calls.append(request)
        raise httpx.ReadTimeout("slow", request=request)
    transport = _transport(handler, retries=2)
    with pytest.raises(TransportError) as info:
        transport.request("GET", "/did")
    assert info.value.maybe_applied is False
    assert len(calls) == 3
    assert "GET /did" in info.value.message


def test_error_messages_never_carry_secrets():
    def handler(request):
        raise httpx.ConnectError("refused while sending key=s3cr3t-key", request=request)
    transport = _transport(handler, retries=0, redactor=Redactor(["s3cr3t-key"]))
    with pytest.raises(TransportError) as info:
        transport.request("GET", "/did")
    assert "s3cr3t-key" not in info.value.message


# ---- the shared request budget and Retry-After

class _Budget:
    """Records what the transport asks of the account's budget."""

    def __init__(self):
        self.acquired = []
        self.holds = []

    def acquire(self, where=None):
        self.acquired.append(where)

    def hold(self, seconds, reason):
        self.holds.append((seconds, reason))


def test_every_attempt_takes_from_the_budget_and_retry_after_pauses_every_fork():
    answers = iter([429, 200])
    budget = _Budget()
    transport = _transport(lambda request: httpx.Response(next(answers), headers={"Retry-After": "7"}),
                           budget=budget)
    assert transport.request("POST", "/did").status_code == 200
    assert budget.acquired == ["POST /did", "POST /did"]
    assert budget.holds[0][0] == 7.0 and "429" in budget.holds[0][1]


def test_retry_after_as_an_http_date():
    from email.utils import format_datetime
    import datetime
    from ansible_collections.voip.carrier.plugins.module_utils.transport import retry_after_seconds
    now = 1_900_000_000.0
    when = format_datetime(datetime.datetime.fromtimestamp(now + 90, datetime.timezone.utc), usegmt=True)
    assert retry_after_seconds(when, now=now) == pytest.approx(90)
    assert retry_after_seconds("12") == 12.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_a_retry_after_longer_than_the_task_may_wait_fails_without_knocking_again(tmp_path):
    from ansible_collections.voip.carrier.plugins.module_utils.budget import BudgetExhausted, RequestBudget
    calls = []

    def handler(request):
        calls.append(request)
        return httpx.Response(429, headers={"Retry-After": "3600"})
    budget = RequestBudget("voipms", "acct", [(100, 60)], 30, directory=str(tmp_path))
    transport = _transport(handler, budget=budget)
    with pytest.raises(BudgetExhausted, match="Retry-After: 3600"):
        transport.request("POST", "/did")
    assert len(calls) == 1


def test_timeout_bounds_the_whole_answer_not_each_read():
    import time as _time

    class Trickle(httpx.SyncByteStream):
        def __iter__(self):
            for _chunk in range(50):
                _time.sleep(0.05)
                yield b" "

    transport = _transport(lambda request: httpx.Response(200, stream=Trickle()), timeout=0.5, retries=0)
    started = _time.monotonic()
    with pytest.raises(TransportError, match="no answer from GET /did within 0.5s"):
        transport.request("GET", "/did")
    assert _time.monotonic() - started < 1.5


def test_a_read_whose_connection_dropped_is_retried_and_a_write_is_flagged():
    calls = []

    def handler(request):
        calls.append(request.method)
        if len(calls) == 1 or request.method == "POST":
            raise httpx.RemoteProtocolError("Server disconnected without sending a response.", request=request)
        return httpx.Response(200, text="{}")
    transport = _transport(handler)
    assert transport.request("GET", "/did").status_code == 200
    with pytest.raises(TransportError, match="connection dropped before orderDID") as info:
        transport.request("POST", "/api", label="orderDID")
    assert info.value.maybe_applied is True
    assert calls == ["GET", "GET", "POST"]


def test_gzip_answers_are_still_decoded():
    import gzip
    payload = gzip.compress(b'{"ok": true}')
    transport = _transport(lambda request: httpx.Response(200, content=payload, headers={"Content-Encoding": "gzip"}))
    assert transport.request("GET", "/did").json() == {"ok": True}
