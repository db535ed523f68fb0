# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The shared connection options: one argument spec for every module (see the doc fragment)."""

from __future__ import annotations

from ansible.module_utils.basic import env_fallback

PROVIDERS = ("questblue", "voicemeup", "voipinnovations", "voipms")
ENV_PREFIX = "VOIP_CARRIER_"


def connection_argument_spec():
    return {
        "provider": {"type": "str", "required": True, "choices": list(PROVIDERS),
                     "fallback": (env_fallback, [ENV_PREFIX + "PROVIDER"])},
        "api_username": {"type": "str", "fallback": (env_fallback, [ENV_PREFIX + "API_USERNAME"])},
        "api_password": {"type": "str", "no_log": True,
                         "fallback": (env_fallback, [ENV_PREFIX + "API_PASSWORD"])},
        "api_key": {"type": "str", "no_log": True, "fallback": (env_fallback, [ENV_PREFIX + "API_KEY"])},
        "api_url": {"type": "str", "fallback": (env_fallback, [ENV_PREFIX + "API_URL"])},
        "validate_certs": {"type": "bool", "default": True,
                           "fallback": (env_fallback, [ENV_PREFIX + "VALIDATE_CERTS"])},
        "timeout": {"type": "int", "default": 30, "fallback": (env_fallback, [ENV_PREFIX + "TIMEOUT"])},
        "rate_limit": {"type": "str", "fallback": (env_fallback, [ENV_PREFIX + "RATE_LIMIT"])},
        "rate_limit_max_wait": {"type": "int", "default": 300,
                                "fallback": (env_fallback, [ENV_PREFIX + "RATE_LIMIT_MAX_WAIT"])},
    }


CONNECTION_KEYS = tuple(connection_argument_spec())


def connection_params(params):
    """Just the connection part of a module's (or plugin's) parameters."""
    return {key: params.get(key) for key in CONNECTION_KEYS}


def resource_argument_spec(write_only_aliases=(), **options):
    """A resource module's argument spec: the connection options, ``state``,
    ``update_write_only`` (every resource has fields some carrier cannot return) and the module's
    own ``options``."""
    spec = connection_argument_spec()
    spec["state"] = {"type": "str", "default": "present", "choices": ["present", "absent"]}
    spec["update_write_only"] = {"type": "str", "default": "on_create", "choices": ["on_create", "always"]}
    if write_only_aliases:
        spec["update_write_only"]["aliases"] = list(write_only_aliases)
    spec.update(options)
    return spec


def info_argument_spec(**options):
    """An ``_info`` module's argument spec: the connection options and the module's filters."""
    spec = connection_argument_spec()
    spec.update(options)
    return spec
