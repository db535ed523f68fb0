"""Module start-up stays light (issue 11): a task imports the adapter of its own resource only,
phonenumbers only where a plain North American number does not settle it, no CA bundle for an
http:// endpoint, and not httpx's command-line client. What a fresh process imports is checked in a
child Python (this test process has imported everything already); benchmarks/startup.py measures
the time."""

from __future__ import annotations

import json
import os
import ssl
import subprocess
import sys

import httpx
import pytest

from ansible_collections.voip.carrier.plugins.module_utils import numbers
from ansible_collections.voip.carrier.plugins.module_utils.errors import UnsupportedError
from ansible_collections.voip.carrier.plugins.module_utils.providers import driver_class
from ansible_collections.voip.carrier.plugins.module_utils.providers.base import LazyAdapters
from ansible_collections.voip.carrier.plugins.module_utils.transport import HttpTransport

UTILS = "ansible_collections.voip.carrier.plugins.module_utils"
OTHER_ADAPTERS = ("sms", "e911", "fax", "lnp", "trunk")
CONNECTIONS = {"questblue": {"provider": "questblue", "api_username": "u", "api_password": "p", "api_key": "k",
                             "api_url": "http://127.0.0.1:9"},
               "voipms": {"provider": "voipms", "api_username": "u@example.com", "api_password": "p",
                          "api_url": "http://127.0.0.1:9"}}


def fresh_python(code, tmp_path, **env):
    """Run ``code`` in a new Python with this process's import path; its stdout as JSON."""
    child_env = dict(os.environ, PYTHONPATH=os.pathsep.join(path for path in sys.path if path),
                     XDG_CACHE_HOME=str(tmp_path / "cache"), **env)
    done = subprocess.run([sys.executable, "-c", code], env=child_env, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


# --------------------------------------------------------------------------- adapters


@pytest.mark.parametrize("provider", ["questblue", "voipms"])
def test_the_did_path_imports_only_the_did_adapter(provider, tmp_path):
    """What did and did_info run: the engine opens the client and asks for the did adapter."""
    loaded = fresh_python(f"""
import json, sys
from ansible_collections.voip.carrier.plugins.modules import did_info, did
from {UTILS}.providers import open_client
client = open_client({CONNECTIONS[provider]!r})
adapter = client.resource("did")
print(json.dumps({{"adapter": type(adapter).__name__, "modules": sorted(sys.modules)}}))
""", tmp_path)
    package = f"{UTILS}.providers.{provider}"
    assert loaded["adapter"] in ("QuestBlueDid", "VoipmsDid")
    assert f"{package}.did" in loaded["modules"]
    assert [name for name in OTHER_ADAPTERS if f"{package}.{name}" in loaded["modules"]] == []
    other = "voipms" if provider == "questblue" else "questblue"
    assert f"{UTILS}.providers.{other}" not in loaded["modules"]
    assert "zeep" not in loaded["modules"] and "pycountry" not in loaded["modules"]


@pytest.mark.parametrize("provider", ["questblue", "voipms"])
def test_adapters_still_read_like_a_map_of_classes(provider):
    """support_matrix.py, option_carriers.py and the plugins list and read ``client.adapters``."""
    client = driver_class(provider)
    assert isinstance(client.adapters, LazyAdapters)
    names = ["did", "sip_trunk", "sms_config", "e911", "fax_user", "lnp_request"]
    assert list(client.adapters) == names and len(client.adapters) == 6
    assert "did" in client.adapters and "nothing" not in client.adapters
    assert client.adapters.get("nothing") is None
    with pytest.raises(KeyError):
        client.adapters["nothing"]  # pylint: disable=pointless-statement
    for name, adapter in client.adapters.items():
        assert adapter.model.name == name and client.adapters.get(name) is adapter
    assert client(CONNECTIONS[provider]).resource("e911").client.name == provider


def test_an_unknown_resource_still_names_the_supported_ones():
    client = driver_class("questblue")(CONNECTIONS["questblue"])
    with pytest.raises(UnsupportedError) as info:
        client.resource("fax_number")
    assert info.value.field == "provider"
    assert "questblue does not support the fax_number resource (it supports: did, e911, fax_user, lnp_request, " \
           "sip_trunk, sms_config)" in info.value.message


def test_lazy_adapters_load_each_class_once():
    loads = []

    def load(name):
        loads.append(name)
        return type(name, (), {})

    adapters = LazyAdapters(("a", "b"), load)
    assert "a" in adapters and sorted(adapters) == ["a", "b"] and loads == []
    assert adapters["a"] is adapters.get("a")
    assert loads == ["a"]


# --------------------------------------------------------------------------- numbers


def test_plain_north_american_numbers_do_not_import_phonenumbers(tmp_path):
    """The first run on a host copies phonenumbers' +1 metadata to the cache; later runs decide a
    valid +1NXXNXXXXXX or 10-digit number, and its type, without importing phonenumbers."""
    code = f"""
import json, sys
from {UTILS}.numbers import is_toll_free, to_e164
answers = [to_e164("+19195550123"), to_e164("9195550123"), to_e164("18005550100"), is_toll_free("+18445550100"),
           is_toll_free("+19195550123")]
print(json.dumps({{"answers": answers, "phonenumbers": "phonenumbers" in sys.modules}}))
"""
    first = fresh_python(code, tmp_path)
    assert first["phonenumbers"] is True  # builds the cache
    assert [path.name for path in (tmp_path / "cache" / "voip.carrier" / "phonenumbers").iterdir()] \
        == ["nanp-%s-1.json" % numbers._phonenumbers().__version__]
    later = fresh_python(code, tmp_path)
    assert later == {"answers": ["+19195550123", "+19195550123", "+18005550100", True, False], "phonenumbers": False}


def test_other_input_still_goes_through_phonenumbers(tmp_path):
    code = f"""
import json, sys
from {UTILS}.numbers import to_e164
from {UTILS}.errors import ValidationError
to_e164("9195550123")
seen = "phonenumbers" in sys.modules
try:
    to_e164("8225550123")
except ValidationError as exc:
    message = exc.message
print(json.dumps({{"before": seen, "after": "phonenumbers" in sys.modules, "message": message,
                   "uk": to_e164("+44 20 7946 0018")}}))
"""
    fresh_python(code, tmp_path)  # the cache
    answer = fresh_python(code, tmp_path)
    assert answer["before"] is False and answer["after"] is True
    assert "not a valid number: no such area code" in answer["message"] and answer["uk"] == "+442079460018"


def test_the_cached_table_agrees_with_phonenumbers():
    """Every area code, a spread of exchanges (the Caribbean plans validate some exchanges only):
    a valid number and its toll-free type exactly as phonenumbers says; an invalid one undecided."""
    phonenumbers = numbers._phonenumbers()
    differences = []
    for npa in range(200, 1000):
        for exchange in (200, 211, 234, 323, 412, 464, 555, 621, 710, 798, 876, 959):
            national = "%d%d0142" % (npa, exchange)
            parsed = phonenumbers.parse("+1" + national, None)
            valid = phonenumbers.is_valid_number(parsed)
            toll_free = phonenumbers.number_type(parsed) == phonenumbers.PhoneNumberType.TOLL_FREE
            kind = numbers._nanp_type(national)
            if (kind is not None) != valid or (valid and (kind == "toll_free") != toll_free):
                differences.append((national, valid, toll_free, kind))
    assert differences == []


# --------------------------------------------------------------------------- transport


@pytest.fixture
def client_options(monkeypatch):
    """The options each HttpTransport gives httpx.Client."""
    seen = []
    real = httpx.Client

    def recording(**options):
        seen.append(options)
        return real(**options)

    monkeypatch.setattr(httpx, "Client", recording)
    for key in list(os.environ):
        if key.lower().endswith("_proxy"):
            monkeypatch.delenv(key)
    return seen


@pytest.mark.parametrize("url, validate_certs, verify", [
    ("http://127.0.0.1:8765/questblue", True, False),
    ("HTTP://localhost:8765", True, False),
    ("https://api2.questblue.com", True, True),
    ("https://api2.questblue.com", False, False),
])
def test_only_an_https_endpoint_verifies(client_options, url, validate_certs, verify):
    HttpTransport(url, validate_certs=validate_certs)._http()
    assert client_options[-1]["verify"] is verify
    assert client_options[-1]["follow_redirects"] is False


def test_an_https_proxy_keeps_validate_certs(client_options, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "https://proxy.example:3128")
    HttpTransport("http://127.0.0.1:8765", validate_certs=True)._http()
    assert client_options[-1]["verify"] is True


def test_no_ca_bundle_is_loaded_for_an_http_endpoint(client_options, monkeypatch):
    loads = []
    real = ssl.SSLContext.load_verify_locations
    monkeypatch.setattr(ssl.SSLContext, "load_verify_locations",
                        lambda self, *args, **kwargs: loads.append(args or kwargs) or real(self, *args, **kwargs))
    HttpTransport("http://127.0.0.1:8765")._http()
    assert loads == []
    HttpTransport("https://api2.questblue.com")._http()
    assert len(loads) == 1  # the CA bundle, for https only


def test_httpx_command_line_client_is_not_imported(tmp_path):
    loaded = fresh_python(f"""
import json, sys
from {UTILS}.transport import HttpTransport
HttpTransport("http://127.0.0.1:9")._http()
print(json.dumps({{"main": sys.modules.get("httpx._main") is not None, "httpx": "httpx" in sys.modules,
                   "rich": "rich" in sys.modules, "click": "click" in sys.modules}}))
""", tmp_path)
    assert loaded == {"main": False, "httpx": True, "rich": False, "click": False}
