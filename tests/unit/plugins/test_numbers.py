import pytest

from ansible_collections.voip.carrier.plugins.module_utils.errors import ValidationError
from ansible_collections.voip.carrier.plugins.module_utils.numbers import (
    area_code_type, from_carrier, is_toll_free, nanp_national, search_area_code, to_e164)


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
    ("1195550123", "not a valid number"),   # area code starts with 1
    ("9191550123", "not a valid number"),   # exchange starts with 1
    ("8225550123", "not a valid number"),   # 822: a toll-free code not yet in service
    ("+441000000000", "not a valid number"),   # UK: no area code starts with 10
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


def test_toll_free_comes_from_phonenumbers_data():
    """833 joined 800 as toll-free in 2017; a hand-written list would have to be kept up by hand."""
    assert is_toll_free("+18335550100")
    assert not is_toll_free("+18125550100")


@pytest.mark.parametrize("npa, kind", [("919", "local"), ("800", "toll_free"), (833, "toll_free"),
                                       ("242", "local"), ("416", "local")])
def test_area_code_types(npa, kind):
    """242 (the Bahamas) only has some exchanges valid: the look-up must still find the code."""
    assert area_code_type(npa) == kind


@pytest.mark.parametrize("npa, fragment", [("91", "not an area code"), ("199", "not a North American area code in service"),
                                           ("555", "in service"), ("abc", "not an area code")])
def test_area_codes_not_in_service_are_refused(npa, fragment):
    with pytest.raises(ValidationError) as info:
        area_code_type(npa)
    assert info.value.field == "npa" and fragment in info.value.message


def test_search_area_code_checks_the_kind():
    assert search_area_code(" 919", toll_free=False) == "919"
    assert search_area_code(844, toll_free=True) == "844"
    with pytest.raises(ValidationError, match="is not a toll-free prefix"):
        search_area_code("919", toll_free=True)
    with pytest.raises(ValidationError, match="search it with type=toll_free"):
        search_area_code("888", toll_free=False)
