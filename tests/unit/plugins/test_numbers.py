import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.numbers import (
    from_carrier, is_toll_free, nanp_national, to_e164)


@pytest.mark.parametrize("given", [
    "9195550123", "19195550123", "+19195550123", "(919) 555-0123", "919.555.0123",
    "1-919-555-0123", " +1 919 555 0123 ", 9195550123,
])
def test_north_american_forms_normalise_to_e164(given):
    assert to_e164(given) == "+19195550123"


@pytest.mark.parametrize("given, fragment", [
    ("12345", "5 digits"),
    ("29195550123", "11 digits"),
    ("", "not a phone number"),
    ("abc", "not a phone number"),
    ("1195550123", "area code and the exchange"),   # area code starts with 1
    ("9191550123", "area code and the exchange"),   # exchange starts with 1
    ("+1919555012", "not a possible"),
])
def test_bad_numbers_name_the_field_and_the_fix(given, fragment):
    with pytest.raises(ValidationError) as info:
        to_e164(given, field="forward_to")
    assert info.value.field == "forward_to"
    assert fragment in info.value.message
    assert info.value.message.startswith("forward_to: ")


def test_international_numbers_need_the_plus():
    assert to_e164("+44 20 7946 0018") == "+442079460018"


def test_national_form_only_for_nanp():
    assert nanp_national("+19195550123") == "9195550123"
    with pytest.raises(ValidationError, match="only US/Canada numbers are supported at questblue"):
        nanp_national("+442079460018", provider="questblue")


@pytest.mark.parametrize("wire", [9195550123, "9195550123", "19195550123"])
def test_carrier_numbers_come_back_as_e164(wire):
    assert from_carrier(wire) == "+19195550123"


def test_toll_free_detection():
    assert is_toll_free("+18445550100")
    assert not is_toll_free("+18125550100")
    assert not is_toll_free("+19195550123")
