"""voip.carrier.e911 at VoIP.ms against the emulator: the address (state, ZIP code, unit type) is
checked before any request, and unit types are sent as VoIP.ms' own values."""

from __future__ import annotations

import pytest

from helpers import play, task, vm, vm_account, vm_calls, vm_creds  # noqa: F401  pylint: disable=unused-import

NUMBER = "+17862285600"        # in the seeded stock, MIAMI FL
ADDRESS = {"name": "ACME Corp", "street_number": "100", "street_name": "Main St", "city": "Miami", "region": "FL",
           "postal_code": "33101", "email": "e911@example.com"}


@pytest.fixture
def owned(vm):
    vm.seed(carrier="voipms", dids=[{"did": "7862285600"}])


def stored(vm):
    return vm_account(vm)["e911"].get("7862285600")


@pytest.mark.parametrize("extra, message", [
    ({"region": "XX"}, "region: 'XX' is not a US state or territory code"),
    ({"region": "NC"}, "postal_code: ZIP code 33101 is in Miami, FL, not in NC (region)"),
    ({"postal_code": "00000"}, "postal_code: ZIP code 00000 is not a known ZIP code"),
    ({"postal_code": "3310"}, "postal_code: '3310' is not a US ZIP code"),
    ({"region": "ON"}, "region: 'ON' is not a US state or territory code but a Canadian province or territory code; "
                       "set country: CA"),
    ({"country": "CA", "region": "QC", "postal_code": "33101"}, "postal_code: '33101' is not a Canadian postal code"),
    ({"unit_type": "Castle", "unit_number": "1"}, "unit_type: 'Castle' is not a VoIP.ms address type"),
    ({"unit_type": "Ste.", "unit_number": "1", "region": "XX"}, "region:"),
])
def test_address_is_checked_before_any_request(vm, vm_creds, owned, run_playbook, extra, message):
    mark = vm.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **{**ADDRESS, **extra}), creds=vm_creds)).assert_failed(message)
    assert vm_calls(vm, since=mark) == []


def test_address_is_checked_in_check_mode_too(vm, vm_creds, owned, run_playbook):
    mark = vm.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **{**ADDRESS, "postal_code": "00000"}), creds=vm_creds),
                 check=True).assert_failed("postal_code: ZIP code 00000 is not a known ZIP code")
    assert vm_calls(vm, since=mark) == []


def test_usps_abbreviation_is_sent_as_the_carriers_unit_type(vm, vm_creds, owned, run_playbook):
    options = {**ADDRESS, "unit_type": "STE", "unit_number": "200"}
    res = run_playbook(play(task("e911", number=NUMBER, **options), creds=vm_creds)).assert_ok(changed=True)
    assert stored(vm)["address_type"] == "Suite" and res.task("e911")["result"]["e911"]["unit_type"] == "Suite"
    mark = vm.last_seq()
    run_playbook(play(task("e911", number=NUMBER, **options), creds=vm_creds)).assert_ok(changed=False)
    assert vm_calls(vm, since=mark) == ["e911Info"]
    run_playbook(play(task("e911", number=NUMBER, **{**options, "unit_type": "Floor"}), creds=vm_creds)).assert_ok(
        changed=True)
    assert stored(vm)["address_type"] == "Floor"


def test_canadian_postal_code_is_normalised_so_reruns_compare_equal(vm, vm_creds, run_playbook):
    vm.seed(carrier="voipms", dids=[{"did": "5145550100"}])
    options = {**ADDRESS, "city": "Montreal", "region": "qc", "postal_code": "h3b2y5", "country": "CA",
               "language": "FR"}
    run_playbook(play(task("e911", number="+15145550100", **options), creds=vm_creds)).assert_ok(changed=True)
    assert vm_account(vm)["e911"]["5145550100"]["zip_code"] == "H3B 2Y5"
    mark = vm.last_seq()
    run_playbook(play(task("e911", number="+15145550100", **options), creds=vm_creds)).assert_ok(changed=False)
    assert vm_calls(vm, since=mark, writes_only=True) == []


def test_resend_address_has_nothing_to_resend_at_voipms(vm, vm_creds, owned, run_playbook):
    run_playbook(play(task("e911", number=NUMBER, **ADDRESS), creds=vm_creds)).assert_ok(changed=True)
    mark = vm.last_seq()
    res = run_playbook(play(task("e911", number=NUMBER, resend_address=True, **ADDRESS), creds=vm_creds))
    res.assert_ok(changed=False)
    assert vm_calls(vm, since=mark) == ["e911Info"] and not res.task("e911")["warnings"]
