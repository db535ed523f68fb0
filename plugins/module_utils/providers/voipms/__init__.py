# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP.ms API v1 driver (REST/JSON): one module per resource, the client (one RPC endpoint,
credentials as parameters, the ``status`` envelope) in client.py. The design notes for this carrier
are ../shared/providers/voipms.md and fax-functions.md.

Wire facts this driver relies on:
- every call is ``rest.php`` with ``method=<function>``, ``api_username`` and ``api_password`` among
  the parameters; this driver POSTs them form-encoded so the password never appears in a URL;
- every answer is HTTP 200 with ``{"status": "success", ...}`` or ``{"status": "<error code>"}``;
  list calls that find nothing answer a ``no_*`` code, which means "empty", not failure;
- ``set*`` calls replace the whole record: read, merge, write.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms.client import VoipmsClient

__all__ = ["VoipmsClient"]
