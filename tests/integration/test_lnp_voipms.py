"""lnp_request at VoIP.ms, through ansible-playbook against the emulator: toll-free ports (tfType),
Canadian ports (portType 2/5 with the IMEI), a bill lost between addLNPPort and addLNPFile and
repaired by a re-run, numbers listed in 11 digits, and postal codes checked before any request."""

from __future__ import annotations

import pytest

from helpers import play, task, vm, vm_account, vm_calls, vm_creds  # noqa: F401  pylint: disable=unused-import


@pytest.fixture
def bill(tmp_path):
    path = tmp_path / "bill.pdf"
    path.write_bytes(b"%PDF-1.4 a bill\n")
    return str(path)


@pytest.fixture
def port(bill):
    return {"numbers": ["+13365551234", "+13365551235"], "losing_carrier": "Old Telco", "account_number": "A-123",
            "authorized_contact": "Jane Doe", "street_number": "100", "street_name": "Main St", "city": "Greensboro",
            "region": "NC", "postal_code": "27401", "bill_file": bill, "ssn_last4": "9876"}  # not in a number: no_log masks it


def only_port(emulator):
    ports = list(vm_account(emulator)["ports"].values())
    assert len(ports) == 1, ports
    return ports[0]


def run(run_playbook, creds, check=False, **options):
    return run_playbook(play(task("lnp_request", **options), creds=creds), check=check)


# ---- toll-free ------------------------------------------------------------------------------------

def test_toll_free_port_needs_toll_free_type_then_sends_it(vm, vm_creds, port, run_playbook):
    toll_free = dict(port, numbers=["+18885550123"])
    del toll_free["ssn_last4"]
    mark = vm.last_seq()
    run(run_playbook, vm_creds, **toll_free).assert_failed("toll_free_type: is required to port toll-free numbers")
    run(run_playbook, vm_creds, **dict(toll_free, toll_free_type=4)).assert_failed("toll_free_type")
    assert vm_calls(vm, since=mark) == []

    res = run(run_playbook, vm_creds, **dict(toll_free, toll_free_type=2)).assert_ok(changed=True)
    out = res.task("lnp_request")["result"]["lnp_request"]
    assert out["toll_free_type"] == 2 and out["bill_attached"] is True
    stored = only_port(vm)
    assert (stored["portType"], stored["tfType"], stored["country"]) == ("3", "2", "US")
    mark = vm.last_seq()
    run(run_playbook, vm_creds, **dict(toll_free, toll_free_type=2)).assert_ok(changed=False)
    assert vm_calls(vm, since=mark, writes_only=True) == []
    run(run_playbook, vm_creds, **dict(toll_free, toll_free_type=3)).assert_failed(
        "toll_free_type: cannot be changed")


# ---- Canada -----------------------------------------------------------------------------------------

def test_canadian_port_is_submitted_as_canadian(vm, vm_creds, port, run_playbook):
    canadian = dict(port, numbers=["+14165551234"], region="ON", city="Toronto", postal_code="m5v2t6",
                    imei="356938035643809")
    del canadian["ssn_last4"]
    mark = vm.last_seq()
    run(run_playbook, vm_creds, **{k: v for k, v in canadian.items() if k != "imei"}).assert_failed(
        "imei: is required for a Canadian port-in at voipms")
    run(run_playbook, vm_creds, **dict(canadian, postal_code="27401")).assert_failed(
        "postal_code: '27401' is not a Canadian postal code: A1A 1A1")
    run(run_playbook, vm_creds, check=True, **dict(canadian, postal_code="27401")).assert_failed("postal_code")
    assert vm_calls(vm, since=mark) == []

    run(run_playbook, vm_creds, **canadian).assert_ok(changed=True)
    stored = only_port(vm)
    assert (stored["portType"], stored["country"], stored["zip"], stored["state"], stored["mobileInfo"]) == \
        ("2", "CA", "M5V 2T6", "ON", "356938035643809")
    mark = vm.last_seq()
    run(run_playbook, vm_creds, **canadian).assert_ok(changed=False)
    assert vm_calls(vm, since=mark, writes_only=True) == []


def test_canadian_fax_port(vm, vm_creds, port, run_playbook):
    fax = dict(port, numbers=["+14165551240"], region="QC", city="Montreal", postal_code="H2X 1Y4",
               imei="356938035643809", service="fax")
    run(run_playbook, vm_creds, **fax).assert_ok(changed=True)
    assert only_port(vm)["portType"] == "5"


# ---- the bill ---------------------------------------------------------------------------------------

def test_bill_lost_by_a_failed_addlnpfile_is_attached_by_the_rerun(vm, vm_creds, port, run_playbook):
    vm.fault(carrier="voipms", function="addLNPFile", kind="status", status=500)
    lost = "bill_file: port 1001 of +13365551234, +13365551235 was submitted, but its bill was not attached"
    failed = run(run_playbook, vm_creds, **port).assert_failed(lost)
    assert failed["changed"] is True and "Run the task again" in failed["msg"]
    assert only_port(vm)["attachments"] == []

    mark = vm.last_seq()
    res = run(run_playbook, vm_creds, check=True, **port).assert_ok(changed=True)
    assert res.task("lnp_request")["result"]["lnp_request"]["bill_attached"] is False
    assert vm_calls(vm, since=mark, writes_only=True) == []

    mark = vm.last_seq()
    res = run(run_playbook, vm_creds, **port).assert_ok(changed=True)
    assert vm_calls(vm, since=mark, writes_only=True) == ["addLNPFile"]
    assert res.task("lnp_request")["result"]["lnp_request"]["bill_attached"] is True
    assert len(only_port(vm)["attachments"]) == 1

    mark = vm.last_seq()
    run(run_playbook, vm_creds, **port).assert_ok(changed=False)
    assert vm_calls(vm, since=mark, writes_only=True) == []


def test_port_whose_answer_was_lost_is_not_submitted_twice(vm, vm_creds, port, run_playbook):
    # the engine re-reads after the lost answer, finds the port without its bill and attaches it
    vm.fault(carrier="voipms", function="addLNPPort", kind="timeout", delay=6, after_effect=True)
    mark = vm.last_seq()
    res = run(run_playbook, vm_creds, **dict(port, timeout=3)).assert_ok(changed=True)
    assert vm_calls(vm, since=mark, writes_only=True) == ["addLNPPort", "addLNPFile"]
    warnings = res.task("lnp_request")["result"]["warnings"]
    assert any("addLNPPort got no usable answer" in w and "the create took effect" in w for w in warnings), warnings
    assert len(only_port(vm)["attachments"]) == 1
    mark = vm.last_seq()
    run(run_playbook, vm_creds, **port).assert_ok(changed=False)
    assert vm_calls(vm, since=mark, writes_only=True) == []


# ---- numbers read back in 11 digits -----------------------------------------------------------------

def test_port_listed_in_11_digits_is_found_not_submitted_again(vm, vm_creds, port, run_playbook):
    vm.seed(carrier="voipms", settings={"lnp_list_digits": 11},
            ports=[{"numbers": ["3365551234", "3365551235"], "portType": "1", "firstName": "Jane", "lastName": "Doe",
                    "address1": "100 Main St", "city": "Greensboro", "zip": "27401", "state": "NC", "country": "US",
                    "providerName": "Old Telco", "providerAccount": "A-123"}])
    without_bill = {k: v for k, v in port.items() if k != "bill_file"}
    mark = vm.last_seq()
    res = run(run_playbook, vm_creds, **without_bill).assert_ok(changed=False)
    assert vm_calls(vm, since=mark, writes_only=True) == []
    assert res.task("lnp_request")["result"]["lnp_request"]["request_ids"] == ["1001"]
    info = run_playbook(play(task("lnp_request_info"), creds=vm_creds)).assert_ok()
    assert info.task("lnp_request_info")["result"]["lnp_requests"][0]["numbers"] == port["numbers"]


# ---- postal codes -----------------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["2740", "27401-12", "ABCDE"])
def test_us_port_with_a_bad_zip_fails_before_any_request(vm, vm_creds, port, run_playbook, code):
    mark = vm.last_seq()
    run(run_playbook, vm_creds, **dict(port, postal_code=code)).assert_failed(
        "postal_code: %r is not a US ZIP code" % code)
    assert vm_calls(vm, since=mark) == []


def test_port_whose_answer_was_lost_and_not_submitted_fails_flagged(vm, vm_creds, port, run_playbook):
    vm.fault(carrier="voipms", function="addLNPPort", kind="timeout", delay=6)
    mark = vm.last_seq()
    res = run(run_playbook, vm_creds, **dict(port, timeout=3))
    failed = res.assert_failed("no answer from addLNPPort within 3s")
    assert failed["result"]["maybe_applied"] is True
    assert "it was not sent again" in failed["result"]["msg"]
    assert vm_calls(vm, since=mark, writes_only=True) == ["addLNPPort"]
