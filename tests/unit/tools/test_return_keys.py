"""The checker of tests/integration/test_return_documented.py (tests/tools/return_keys.py): it must
name every returned key RETURN does not document, at any depth, and nothing else."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]
_SPEC = importlib.util.spec_from_file_location("return_keys", REPO / "tests" / "tools" / "return_keys.py")
return_keys = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(return_keys)

RETURN = """
thing:
  description: A resource.
  returned: always
  type: dict
  contains:
    name: {description: Its name., returned: always, type: str}
    settings:
      description: Nested settings.
      returned: always
      type: dict
      contains:
        mode: {description: A mode., returned: always, type: str}
    members:
      description: A list of dicts.
      returned: always
      type: list
      elements: dict
      contains:
        number: {description: A number., returned: always, type: str}
    tags: {description: A list of strings., returned: always, type: list, elements: str}
    labels: {description: A mapping keyed by label name., returned: always, type: dict}
api_calls: {description: Counts., returned: always, type: dict}
"""


@pytest.fixture
def doc(tmp_path):
    module = tmp_path / "thing.py"
    module.write_text('DOCUMENTATION = "x"\nRETURN = r"""%s"""\n' % RETURN)
    return return_keys.return_doc(module)


def documented_result():
    return {"changed": True, "failed": False, "msg": "", "invocation": {"module_args": {"x": 1}},
            "diff": {"before": {"a": 1}}, "warnings": [], "_ansible_no_log": False,
            "thing": {"name": "a", "settings": {"mode": "x"}, "members": [{"number": "1"}, {"number": "2"}],
                      "tags": ["a", "b"]}}


def test_a_documented_result_passes_and_standard_keys_are_not_the_modules(doc):
    assert return_keys.undocumented(doc, documented_result()) == []


def test_an_undocumented_top_level_key_fails(doc):
    result = dict(documented_result(), extra=1)
    assert return_keys.undocumented(doc, result) == ["extra"]


def test_an_undocumented_nested_key_fails(doc):
    result = documented_result()
    result["thing"]["settings"]["colour"] = "red"
    result["thing"]["surprise"] = {"deep": 1}
    assert return_keys.undocumented(doc, result) == ["thing.settings.colour", "thing.surprise"]


def test_an_undocumented_key_of_a_dict_in_a_list_fails(doc):
    result = documented_result()
    result["thing"]["members"][1]["status"] = "active"
    assert return_keys.undocumented(doc, result) == ["thing.members[].status"]


def test_keys_of_a_dict_without_contains_are_undocumented(doc):
    result = dict(documented_result(), api_calls={"reads": 1})
    assert return_keys.undocumented(doc, result) == ["api_calls.reads"]


def test_a_data_keyed_mapping_is_opaque_only_when_listed(doc):
    result = documented_result()
    result["thing"]["labels"] = {"+19195550100": {"anything": 1}}
    assert return_keys.undocumented(doc, result) == ["thing.labels.+19195550100"]
    assert return_keys.undocumented(doc, result, opaque={"thing.labels": "keyed by label"}) == []


def test_the_opaque_list_is_tiny_and_says_why():
    assert len(return_keys.OPAQUE) <= 3
    assert all(isinstance(why, str) and why for why in return_keys.OPAQUE.values())


@pytest.mark.parametrize("module", sorted(p.stem for p in (REPO / "plugins" / "modules").glob("*.py")))
def test_every_module_has_a_readable_return_block(module):
    doc = return_keys.return_doc(REPO / "plugins" / "modules" / ("%s.py" % module))
    assert doc and "api_calls" in doc
