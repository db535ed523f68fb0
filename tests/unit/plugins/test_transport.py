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
