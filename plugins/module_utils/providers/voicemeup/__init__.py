# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoiceMeUp XML Engine API v1.1 driver (JSON rendering): one module per resource, the client (one
URL per request type, credentials as parameters, the ``response_details`` envelope) in client.py.
The design notes for this carrier are ../shared/providers/voicemeup.md (the seed holds no sample
answer: the envelope is the project's decision in its section 2.3).

Wire facts this driver relies on:
- every call is ``<api_url>/api/v1.1/json/<request_type>``; reads are GETs with a query string,
  writes (update_*, delete_*, activate_*, associate_* ...) POST a form; the credentials travel with
  the other parameters: ``username`` (or ``client_user_id`` when it is 4 to 8 digits) and the
  32-hex ``auth_token``, lower-case;
- every API outcome is HTTP 200 with ``response_details.response_status`` ``success`` or
  ``error`` and ``response_messages.message`` one ``{"code", "_content"}`` object or a list of
  them (every validation error at once); a success may carry notices (the soft rate limit ...);
- records come in a container (``dids`` / ``did``): one item is an object, several a list, none
  ``""`` or nothing; every scalar is a string, ``""`` for null, ``"1"``/``"0"`` for flags, CSV for lists;
- one shared pool of 1,200 requests an hour per account; far beyond it VoiceMeUp refuses every
  request for 60 minutes (``requests_hard_limit_exceeded``), so that is never retried;
- ``update_did`` replaces the whole record unless ``preserve_missing_data=1``; list-valued
  fields are replaced whole even then.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup.client import VoiceMeUpClient

__all__ = ["VoiceMeUpClient"]
