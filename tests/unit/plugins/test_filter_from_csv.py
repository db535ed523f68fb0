"""plugins/filter/from_csv.py: a spreadsheet's CSV export to did_bulk items (the number_plan role's
numbers_csv), dotted columns nested, empty cells left out, bad headers and rows refused by name."""

from __future__ import annotations

import pytest
from ansible.errors import AnsibleFilterError

from ansible_collections.voip.carrier.plugins.filter.from_csv import FilterModule, from_csv

CSV = (
    "\ufeffnumber, description ,trunk,e911.name,e911.street_name,sms.email\r\n"
    "+19195550110,Reception,pbx,ACME Corp,Main St,sms@example.com\r\n"
    "\r\n"
    "+19195550111,,pbx,,,\r\n"
    ",,,,,\r\n"
    '"+1 (919) 555-0112","Sales, 2nd floor",pbx,,,\r\n'
)


def test_rows_become_items_with_nested_dicts_and_no_empty_cells():
    assert from_csv(CSV) == [
        {"number": "+19195550110", "description": "Reception", "trunk": "pbx",
         "e911": {"name": "ACME Corp", "street_name": "Main St"}, "sms": {"email": "sms@example.com"}},
        {"number": "+19195550111", "trunk": "pbx"},
        {"number": "+1 (919) 555-0112", "description": "Sales, 2nd floor", "trunk": "pbx"},
    ]


def test_registered_under_its_name_and_other_delimiter_and_flat_keys():
    assert FilterModule().filters()["from_csv"] is from_csv
    assert from_csv("number;e911.city\n+19195550110;Raleigh\n", delimiter=";", nested=False) == [
        {"number": "+19195550110", "e911.city": "Raleigh"}]


@pytest.mark.parametrize("text", ["", "\n\n", "number,description\n"])
def test_nothing_to_read_is_an_empty_list(text):
    assert from_csv(text) == []


@pytest.mark.parametrize("text, message", [
    ("number,,trunk\n1,2,3\n", "column 2 of the header row has no name"),
    ("number,number\n1,2\n", "'number' is given twice"),
    ("number,e911,e911.city\n1,x,y\n", "'e911' is given twice or both as a value and as a dict"),
    ("number,e911..city\n1,x\n", "empty part between dots"),
    ("number,trunk\n1,pbx\n2,pbx,extra\n", "data row 2 has 3 cells but the header names 2 columns"),
])
def test_bad_header_or_row_fails_naming_it(text, message):
    with pytest.raises(AnsibleFilterError, match=message):
        from_csv(text)


def test_trailing_empty_cells_beyond_the_header_are_tolerated():
    assert from_csv("number\n+19195550110,,\n") == [{"number": "+19195550110"}]


def test_one_character_delimiter_only():
    with pytest.raises(AnsibleFilterError, match="one character"):
        from_csv("a\n1\n", delimiter="::")
