"""The engine's idempotency, check mode, diff and error handling, with a fake driver."""

import pytest

from ansible_collections.voip.carrier.plugins.module_utils import engine as engine_mod
from ansible_collections.voip.carrier.plugins.module_utils.errors import CarrierError, TransportError
from ansible_collections.voip.carrier.plugins.module_utils.models import DID
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import ResourceAdapter
from ansible_collections.voip.carrier.plugins.module_utils.transport import Redactor, RequestLog


class Exit(Exception):
    def __init__(self, kind, result):
        super().__init__(kind)
        self.kind = kind
        self.result = result


class FakeModule:
    def __init__(self, params, check_mode=False, diff=False):
        self.params = dict({"provider": "fake", "state": "present", "update_write_only": "on_create"}, **params)
        self.check_mode = check_mode
        self._diff = diff
        self.warnings = []
        self.argument_spec = {"port_out_pin": {"no_log": True}}
        self.no_log_values = set()

    def warn(self, text):
        self.warnings.append(text)

    def exit_json(self, **result):
        raise Exit("exit", result)

    def fail_json(self, **result):
        raise Exit("fail", result)


class FakeDid(ResourceAdapter):
    model = DID
    fields = frozenset(("number", "tier", "description", "trunk", "port_out_pin", "forward_to", "cnam"))

    def read(self, identity):
        self.client.log.reads += 1
        record = self.client.store.get(identity)
        return dict(record) if record else None

    def create(self, desired):
        self.client.log.writes += 1
        self.client.calls.append(("create", dict(desired)))
        self.client.store[desired["number"]] = dict(desired, status="active")
        return None

    def update(self, identity, changes, current, desired):
        self.client.log.writes += 1
        self.client.calls.append(("update", dict(changes)))
        self.client.store[identity].update(changes)

    def delete(self, identity, current):
        self.client.log.writes += 1
        self.client.calls.append(("delete", identity))
        del self.client.store[identity]


class FakeClient:
    name = "fake"

    def __init__(self, store):
        self.store = store
        self.calls = []
        self.log = RequestLog()
        self.redact = Redactor(["hunter22"])
        self.warnings = []

    def resource(self, name):
        return FakeDid(self)

    def warn(self, message):
        self.warnings.append(message)

    def close(self):
        pass


@pytest.fixture
def client(monkeypatch):
    fake = FakeClient({})
    monkeypatch.setattr(engine_mod, "open_client", lambda connection: fake)
    return fake


def run(params, **kwargs):
    module = FakeModule(params, **kwargs)
    with pytest.raises(Exit) as info:
        engine_mod.ResourceEngine(module, DID).run()
    return info.value.kind, info.value.result, module


def test_create_then_rerun_is_unchanged_with_reads_only(client):
    kind, result, _module = run({"number": "919-555-0123", "description": "sales", "tier": "1"})
    assert kind == "exit" and result["changed"] is True
    assert client.calls == [("create", {"number": "+19195550123", "description": "sales", "tier": "1"})]
    client.log = RequestLog()
    kind, result, _module = run({"number": "+19195550123", "description": "sales"})
    assert result["changed"] is False
    assert result["api_calls"]["writes"] == 0
    assert result["did"]["description"] == "sales"


def test_only_user_set_fields_are_compared(client):
    client.store["+19195550123"] = {"number": "+19195550123", "description": "kept", "trunk": "pbx"}
    kind, result, _module = run({"number": "9195550123", "trunk": "pbx"})
    assert result["changed"] is False and client.calls == []


def test_update_sends_only_the_difference_and_diff_shows_it(client):
    client.store["+19195550123"] = {"number": "+19195550123", "description": "old", "trunk": "pbx"}
    kind, result, _module = run({"number": "9195550123", "trunk": "pbx", "description": "new"}, diff=True)
    assert client.calls == [("update", {"description": "new"})]
    assert result["diff"]["before"]["description"] == "old"
    assert result["diff"]["after"]["description"] == "new"


def test_check_mode_never_writes(client):
    kind, result, _module = run({"number": "9195550123", "tier": "1"}, check_mode=True)
    assert result["changed"] is True and client.calls == []
    client.store["+19195550123"] = {"number": "+19195550123", "description": "old"}
    kind, result, _module = run({"number": "9195550123", "description": "new"}, check_mode=True)
    assert result["changed"] is True and client.calls == []
    kind, result, _module = run({"number": "9195550123", "state": "absent"}, check_mode=True)
    assert result["changed"] is True and client.calls == []
    assert "+19195550123" in client.store


def test_write_only_fields_are_reported_not_compared_unless_always(client):
    client.store["+19195550123"] = {"number": "+19195550123"}
    kind, result, _module = run({"number": "9195550123", "port_out_pin": "1234"})
    assert result["changed"] is False and result["not_compared"] == ["port_out_pin"]
    kind, result, _module = run({"number": "9195550123", "port_out_pin": "1234", "update_write_only": "always"},
                                diff=True)
    assert result["changed"] is True
    assert client.calls == [("update", {"port_out_pin": "1234"})]
    # the secret never appears in the result, only a mask
    assert "1234" not in repr(result)
    assert result["diff"]["after"]["port_out_pin"] == "VALUE_SPECIFIED_IN_NO_LOG_PARAMETER"


def test_create_only_field_mismatch_fails_naming_the_field(client):
    client.store["+19195550123"] = {"number": "+19195550123", "tier": "1b"}
    kind, result, _module = run({"number": "9195550123", "tier": "2"})
    assert kind == "fail" and result["field"] == "tier"
    assert "can only be chosen when the did is created" in result["msg"]


def test_absent_releases_and_is_then_unchanged(client):
    client.store["+19195550123"] = {"number": "+19195550123"}
    kind, result, _module = run({"number": "9195550123", "state": "absent"})
    assert result["changed"] is True and client.calls == [("delete", "+19195550123")]
    kind, result, _module = run({"number": "9195550123", "state": "absent"})
    assert result["changed"] is False


def test_bad_input_fails_before_any_request(client):
    kind, result, _module = run({"number": "12345"})
    assert kind == "fail" and result["field"] == "number"
    assert result["api_calls"]["total"] == 0


def test_unsupported_field_fails_naming_provider_and_field(client):
    kind, result, _module = run({"number": "9195550123", "caller_id_name": "ACME"})
    assert kind == "fail" and result["field"] == "caller_id_name"
    assert "fake does not support" in result["msg"]
    assert result["api_calls"]["total"] == 0


def test_carrier_errors_are_redacted_and_carry_the_code(client, monkeypatch):
    def boom(self, identity):
        raise CarrierError("fake", "bad key hunter22", code="E42", http_status=206, request="GET /did")
    monkeypatch.setattr(FakeDid, "read", boom)
    kind, result, _module = run({"number": "9195550123"})
    assert kind == "fail"
    assert "hunter22" not in repr(result)
    assert result["carrier_code"] == "E42" and "fake API error E42" in result["msg"]


def test_carrier_warnings_become_module_warnings(client):
    client.warnings.append("fake: Warning Message")
    kind, result, module = run({"number": "9195550123", "tier": "1"})
    assert module.warnings == ["fake: Warning Message"]


# ---- writes whose outcome is unknown: re-read, never re-send

class Lost:
    """Make the next write of ``kind`` raise a maybe-applied error, after (applied=True) or
    before (applied=False) it changed the store."""

    def __init__(self, monkeypatch, kind, applied, error=None):
        self.error = error or TransportError("no answer from POST /did within 3s (ReadTimeout)", request="POST /did",
                                             maybe_applied=True)
        original = getattr(FakeDid, kind)

        def lossy(adapter, *args):
            if applied:
                original(adapter, *args)
            else:
                adapter.client.calls.append((kind, "lost"))
            raise self.error
        monkeypatch.setattr(FakeDid, kind, lossy)


def test_a_create_that_took_effect_is_found_by_a_re_read_and_not_sent_again(client, monkeypatch):
    Lost(monkeypatch, "create", applied=True)
    kind, result, module = run({"number": "9195550123", "description": "sales", "tier": "1"})
    assert kind == "exit" and result["changed"] is True
    assert [c[0] for c in client.calls] == ["create"]
    assert any("a re-read shows the did +19195550123" in w for w in module.warnings)
    assert "POST /did" in module.warnings[0]


def test_a_create_that_did_not_take_effect_fails_flagged_and_is_not_re_sent(client, monkeypatch):
    Lost(monkeypatch, "create", applied=False)
    kind, result, _module = run({"number": "9195550123", "tier": "1"})
    assert kind == "fail" and result["maybe_applied"] is True
    assert "POST /did" in result["msg"] and "not sent again" in result["msg"] and "run the task again" in result["msg"]
    assert client.calls == [("create", "lost")]


def test_a_created_record_that_still_differs_is_converged_by_an_update(client, monkeypatch):
    # the order went through, its configuration did not: the re-read finds the number bare
    def order_only(adapter, desired):
        adapter.client.store[desired["number"]] = {"number": desired["number"], "tier": desired["tier"], "description": ""}
        raise CarrierError("fake", "HTTP 503", http_status=503, request="PUT /did", maybe_applied=True)
    monkeypatch.setattr(FakeDid, "create", order_only)
    kind, result, _module = run({"number": "9195550123", "tier": "1", "description": "sales"})
    assert kind == "exit" and result["changed"] is True
    assert client.calls == [("update", {"description": "sales"})]
    assert client.store["+19195550123"]["description"] == "sales"


def test_an_update_that_took_effect_succeeds_with_a_warning(client, monkeypatch):
    client.store["+19195550123"] = {"number": "+19195550123", "description": "old"}
    Lost(monkeypatch, "update", applied=True)
    kind, result, module = run({"number": "9195550123", "description": "new"})
    assert kind == "exit" and result["changed"] is True and result["did"]["description"] == "new"
    assert any("it took effect" in w for w in module.warnings)


def test_an_update_that_did_not_take_effect_fails_flagged(client, monkeypatch):
    client.store["+19195550123"] = {"number": "+19195550123", "description": "old"}
    Lost(monkeypatch, "update", applied=False)
    kind, result, _module = run({"number": "9195550123", "description": "new"})
    assert kind == "fail" and result["maybe_applied"] is True and "does not show the change" in result["msg"]
    assert [c[0] for c in client.calls] == ["update"]


def test_a_delete_that_took_effect_succeeds_and_one_that_did_not_fails(client, monkeypatch):
    client.store["+19195550123"] = {"number": "+19195550123"}
    Lost(monkeypatch, "delete", applied=True)
    kind, result, _module = run({"number": "9195550123", "state": "absent"})
    assert kind == "exit" and result["changed"] is True
    client.store["+19195550123"] = {"number": "+19195550123"}
    monkeypatch.undo()
    monkeypatch.setattr(engine_mod, "open_client", lambda connection: client)
    Lost(monkeypatch, "delete", applied=False)
    kind, result, _module = run({"number": "9195550123", "state": "absent"})
    assert kind == "fail" and result["maybe_applied"] is True and "still shows" in result["msg"]


def test_a_failed_re_read_keeps_the_first_error_and_the_flag(client, monkeypatch):
    Lost(monkeypatch, "create", applied=True)

    def broken_read(adapter, identity):
        if adapter.client.calls:
            raise TransportError("cannot reach http://carrier.test: refused", request="GET /did")
        return None
    monkeypatch.setattr(FakeDid, "read", broken_read)
    kind, result, _module = run({"number": "9195550123", "tier": "1"})
    assert kind == "fail" and result["maybe_applied"] is True
    assert result["msg"].startswith("no answer from POST /did") and "re-read" in result["msg"]


def test_an_error_that_cannot_have_applied_is_not_re_read(client, monkeypatch):
    Lost(monkeypatch, "create", applied=False,
         error=TransportError("cannot reach http://carrier.test: refused", request="POST /did"))
    kind, result, _module = run({"number": "9195550123", "tier": "1"})
    assert kind == "fail" and "maybe_applied" not in result
    assert result["api_calls"]["reads"] == 1


def test_a_create_refused_because_another_run_just_created_it_converges(client, monkeypatch):
    def raced(adapter, desired):
        # the other fork's order landed first, with its own description
        adapter.client.store[desired["number"]] = {"number": desired["number"], "tier": "1", "description": "other"}
        raise CarrierError("fake", "the number is already taken", code="did_in_use", request="orderDID")
    monkeypatch.setattr(FakeDid, "create", raced)
    kind, result, module = run({"number": "9195550123", "tier": "1", "description": "mine"})
    assert kind == "exit" and result["changed"] is True
    assert client.calls == [("update", {"description": "mine"})]
    assert any("another task or run created it" in w for w in module.warnings)


def test_a_refusal_with_nothing_there_is_reported_as_it_was(client, monkeypatch):
    Lost(monkeypatch, "create", applied=False,
         error=CarrierError("fake", "the number is already taken", code="did_in_use", request="orderDID"))
    kind, result, _module = run({"number": "9195550123", "tier": "1"})
    assert kind == "fail" and result["msg"] == "fake API error did_in_use: the number is already taken (orderDID)"
    assert "maybe_applied" not in result
