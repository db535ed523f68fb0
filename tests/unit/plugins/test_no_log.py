"""Short secrets stay out of results without corrupting data that contains the same digits."""

from ansible.module_utils.basic import remove_values

from ansible_collections.voip.carrier.plugins.module_utils.no_log import MASK, protect


class Module:
    def __init__(self, spec, params):
        self.argument_spec = spec
        self.params = params
        # as AnsibleModule fills it: every no_log value
        self.no_log_values = {str(v) for k, v in params.items() if spec.get(k, {}).get("no_log") and v}


SPEC = {"numbers": {"type": "list"}, "ssn_last4": {"no_log": True}, "api_password": {"no_log": True},
        "wireless": {"type": "dict", "options": {"pin": {"no_log": True}}}}


def test_a_number_that_contains_the_ssn_digits_is_returned_whole():
    module = Module(SPEC, {"numbers": ["+13365551234"], "ssn_last4": "1234", "api_password": "long-secret-pw"})
    result = protect(module, {"lnp_request": {"numbers": ["+13365551234"]}, "msg": "ssn 1234 refused"})
    # what Ansible then does with its own list
    result = remove_values(result, module.no_log_values)
    assert result["lnp_request"]["numbers"] == ["+13365551234"]
    assert result["msg"] == "ssn %s refused" % MASK
    assert "1234" not in module.no_log_values and "long-secret-pw" in module.no_log_values


def test_the_invocation_masks_every_no_log_option_by_name_suboptions_too():
    module = Module(SPEC, {"numbers": ["+13365551234"], "ssn_last4": "1234", "api_password": "long-secret-pw",
                           "wireless": {"pin": "77"}})
    result = protect(module, {})
    args = result["invocation"]["module_args"]
    assert args["ssn_last4"] == MASK and args["api_password"] == MASK and args["wireless"]["pin"] == MASK
    assert args["numbers"] == ["+13365551234"]


def test_a_short_secret_standing_alone_is_still_masked_anywhere():
    module = Module(SPEC, {"ssn_last4": "1234"})
    result = protect(module, {"warnings": ["1234", "pin=1234;", "x1234", "12345"]})
    assert result["warnings"] == [MASK, "pin=%s;" % MASK, "x1234", "12345"]
