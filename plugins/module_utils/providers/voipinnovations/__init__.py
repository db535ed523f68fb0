# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP Innovations back-office API 3.0 driver (SOAP 1.1, ASMX ``APIService``): one module per
resource, the client (envelope, codes, errors) in client.py, the zeep glue in soap.py and the WSDL,
as Python data, in wsdl.py. The design notes for this carrier are ../shared/providers/voipinnovations.md.

Wire facts this driver relies on:
- api_url is the SOAP endpoint itself (``.../Services/APIService.asmx``); every call is a POST of a
  document/literal envelope in the namespace ``http://tempuri.org/`` with SOAPAction
  ``"http://tempuri.org/<operation>"``; the WSDL is never fetched (zeep reads wsdl.WSDL);
- ``login`` and ``secret`` (api_username, api_password) are the first two elements of every body:
  the Redactor masks both in every message;
- every business outcome is HTTP 200 with ``responseCode`` (100 success) and ``responseMessage``;
  batch DID calls (reserveDID, assignDID, configDID, releaseDID) carry a ``statusCode`` per number,
  and the top-level code can be 100 while a number failed; a request the service cannot read is an
  HTTP 500 SOAP Fault;
- numbers are 10 digits on the wire; a number the service does not know is a dummy record, never an
  error (queryDID, auditDIDs).

zeep is imported only inside soap.py's functions: a module start at any other carrier never pays it.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations.client import VoipInnovationsClient

__all__ = ["VoipInnovationsClient"]
