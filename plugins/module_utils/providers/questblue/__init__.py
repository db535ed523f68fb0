# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""QuestBlue API v2 driver: one module per resource, the client (auth, envelope, paging) in
client.py. The design notes for this carrier are ../shared/providers/questblue.md.

Wire facts this driver relies on:
- auth is HTTP Basic plus a ``Security-Key`` header sent verbatim; the source IP is allowlisted;
- reads are list endpoints with filters (no per-object GET); reads carry their parameters in the
  query string, writes in a JSON body (what the official SDK does);
- envelopes: ``{"error": "..."}`` fails, ``{"warning": [...]}`` succeeded with warnings (a list, or
  once a map), an empty body is success. The HTTP status is not reliable (200/202/206 all occur),
  so the body decides, and 401/403/4xx/5xx also fail.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue.client import QuestBlueClient

__all__ = ["QuestBlueClient"]
