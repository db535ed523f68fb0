# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations


class ModuleDocFragment:  # pylint: disable=too-few-public-methods
    """The carrier account the inventory and lookup plugins read: the modules' connection options
    (voip.carrier.connection), with the same names, types and defaults, declared the way plugin
    options are (the environment variables as ``env`` entries)."""

    DOCUMENTATION = r"""
options:
  provider:
    description:
      - The carrier of the account, C(questblue) (QuestBlue API v2), C(voicemeup) (VoiceMeUp API v1.1),
        C(voipinnovations) (VoIP Innovations back-office API 3.0, SOAP) or C(voipms) (VoIP.ms API v1).
      - QuestBlue uses O(api_username), O(api_password) and O(api_key) (the C(Security-Key)); VoIP.ms uses
        O(api_username) (the portal e-mail) and O(api_password) (the API password); VoiceMeUp uses O(api_username) (the
        user name or client user ID) and O(api_key) (the API C(auth_token)); VoIP Innovations uses O(api_username) (the
        API user's C(login)) and O(api_password) (its C(secret)), and needs the Python library C(zeep).
      - The same option as the modules' C(provider); required, here or in the environment.
    type: str
    choices: [questblue, voicemeup, voipinnovations, voipms]
    env:
      - name: VOIP_CARRIER_PROVIDER
  api_username:
    description:
      - The API user name (QuestBlue account or API login; VoIP.ms the portal e-mail address; VoiceMeUp the user name or
        the 4 to 8 digit client user ID; VoIP Innovations the API user's C(login), masked in the carrier's messages).
    type: str
    env:
      - name: VOIP_CARRIER_API_USERNAME
  api_password:
    description:
      - The API password (VoIP Innovations the API user's C(secret)). Never shown in output, errors or cache files.
    type: str
    env:
      - name: VOIP_CARRIER_API_PASSWORD
  api_key:
    description:
      - The API key (QuestBlue C(Security-Key); VoiceMeUp the API C(auth_token)); VoIP.ms and VoIP Innovations do not use
        one. Never shown in output, errors or cache files.
    type: str
    env:
      - name: VOIP_CARRIER_API_KEY
  api_url:
    description:
      - Base URL of the carrier API, to reach a white-label domain, a proxy or the bundled emulator.
      - Defaults to the carrier's public endpoint (QuestBlue C(https://api2.questblue.com), VoIP.ms C(https://voip.ms),
        VoiceMeUp C(https://clients.voicemeup.com), VoIP Innovations
        C(https://backoffice.voipinnovations.com/Services/APIService.asmx), the SOAP endpoint itself).
    type: str
    env:
      - name: VOIP_CARRIER_API_URL
  validate_certs:
    description:
      - Whether to verify the carrier's TLS certificate.
    type: bool
    default: true
    env:
      - name: VOIP_CARRIER_VALIDATE_CERTS
  timeout:
    description:
      - Seconds to wait for each API answer. Reads that time out or fail with a 5xx status are retried with backoff.
    type: int
    default: 30
    env:
      - name: VOIP_CARRIER_TIMEOUT
  rate_limit:
    description:
      - The account's request limit, as C(REQUESTS/SECONDS) (for example C(30/60)), several separated by commas.
      - Shared with every module task and plugin on this host that uses the same account (see the modules' option
        of this name). Default C(60/60); at VoiceMeUp C(1200/3600) (its hourly pool; past it a 60-minute lockout).
    type: str
    env:
      - name: VOIP_CARRIER_RATE_LIMIT
  rate_limit_max_wait:
    description:
      - The longest to wait, in seconds, for the account's request budget or a carrier-requested pause before
        failing without sending the request. C(0) never waits.
    type: int
    default: 300
    env:
      - name: VOIP_CARRIER_RATE_LIMIT_MAX_WAIT
requirements:
  - httpx
  - phonenumbers
"""
