# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations


class ModuleDocFragment:  # pylint: disable=too-few-public-methods
    """The connection options every module, the inventory and the lookup plugins share."""

    DOCUMENTATION = r"""
options:
  provider:
    description:
      - The carrier whose API is managed.
      - C(questblue) is QuestBlue API v2. It uses O(api_username), O(api_password) and O(api_key)
        (the C(Security-Key) from the customer portal, sent as given). QuestBlue also checks the
        source IP address against the allowlist in its portal.
      - C(voipms) is the VoIP.ms API v1 (REST/JSON). It uses O(api_username) (the portal e-mail) and O(api_password)
        (the API password set in the portal, not the portal password). API access must be enabled and this host's
        IP address allowed in the portal.
      - C(voicemeup) is the VoiceMeUp XML Engine API v1.1 (JSON). It uses O(api_username) (the VoiceMeUp user name,
        or the 4 to 8 digit client user ID) and O(api_key) (the 32-character API C(auth_token) from the portal).
        Every request of the account draws from one pool of 1,200 requests an hour; far beyond it VoiceMeUp
        refuses every request for 60 minutes, and the collection then sends nothing more for that account until
        the lockout ends.
      - C(voipinnovations) is the VoIP Innovations back-office API 3.0 (SOAP 1.1, C(APIService.asmx)). It uses
        O(api_username) (the C(login) of an API user, from the Back Office's Add-Ons -> API Users) and O(api_password)
        (its C(secret)); both travel in every request body and are masked in every message. VoIP Innovations may also
        restrict the API user to known IP addresses. The Python library C(zeep) is needed on the host that runs the
        modules (imported only for this carrier; it builds the SOAP messages from the service description the
        collection carries, so nothing is fetched from VoIP Innovations but the answers).
      - If not set, the environment variable E(VOIP_CARRIER_PROVIDER) is used.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: str
    required: true
    choices: [questblue, voicemeup, voipinnovations, voipms]
  api_username:
    description:
      - The API user name (QuestBlue account or API login; VoIP.ms the portal e-mail address; VoiceMeUp the user
        name, sent as C(username), or the 4 to 8 digit client user ID, sent as C(client_user_id); VoIP Innovations the
        API user's C(login)).
      - If not set, the environment variable E(VOIP_CARRIER_API_USERNAME) is used.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); required by every carrier."
    type: str
  api_password:
    description:
      - The API password (VoIP Innovations the API user's C(secret)).
      - If not set, the environment variable E(VOIP_CARRIER_API_PASSWORD) is used.
      - "Supported by: QuestBlue, VoIP Innovations, VoIP.ms (VoiceMeUp ignores it); required by QuestBlue, VoIP
        Innovations and VoIP.ms."
    type: str
  api_key:
    description:
      - The API key (QuestBlue C(Security-Key); VoiceMeUp the API C(auth_token), 32 hexadecimal characters).
      - If not set, the environment variable E(VOIP_CARRIER_API_KEY) is used.
      - "Supported by: QuestBlue, VoiceMeUp (VoIP Innovations and VoIP.ms ignore it); required by QuestBlue and
        VoiceMeUp."
    type: str
  api_url:
    description:
      - Base URL of the carrier API, to reach a white-label domain, a proxy or the bundled emulator.
      - Defaults to the carrier's public endpoint (QuestBlue C(https://api2.questblue.com), VoIP.ms C(https://voip.ms),
        VoiceMeUp C(https://clients.voicemeup.com), VoIP Innovations
        C(https://backoffice.voipinnovations.com/Services/APIService.asmx)). At VoiceMeUp a URL ending in
        C(/api/v1.1/json) means its base. At VoIP Innovations it is the SOAP endpoint itself (a trailing C(?wsdl) is
        dropped).
      - If not set, the environment variable E(VOIP_CARRIER_API_URL) is used.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); default
        C(https://api2.questblue.com) at QuestBlue, C(https://clients.voicemeup.com) at VoiceMeUp,
        C(https://backoffice.voipinnovations.com/Services/APIService.asmx) at VoIP Innovations, C(https://voip.ms) at
        VoIP.ms."
    type: str
  validate_certs:
    description:
      - Whether to verify the carrier's TLS certificate.
      - If not set, the environment variable E(VOIP_CARRIER_VALIDATE_CERTS) is used.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: bool
    default: true
  timeout:
    description:
      - Seconds to wait for each API answer.
      - Reads that time out or fail with a 5xx status are retried with backoff. Writes are never
        re-sent after a timeout; an order that timed out is re-read to learn whether it happened.
      - If not set, the environment variable E(VOIP_CARRIER_TIMEOUT) is used.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: int
    default: 30
  rate_limit:
    description:
      - The account's request limit, as C(REQUESTS/SECONDS) (for example C(30/60)); several limits are separated
        by commas (C(10/1,1200/3600)). Every limit is kept.
      - All tasks, forks and concurrent C(ansible-playbook) runs on this host that use the same carrier account
        (provider, O(api_url) and O(api_username)) share one budget, kept in a lock-protected file under
        C(~/.cache/voip.carrier/budget) (or E(XDG_CACHE_HOME), or E(VOIP_CARRIER_BUDGET_DIR)). The file holds
        request times, never a credential.
      - A request waits for room in the budget, up to O(rate_limit_max_wait) seconds; a task that would have to
        wait longer fails before sending anything, saying when the budget refills. When the carrier answers
        HTTP 429 with C(Retry-After), every task of the account pauses for that long.
      - Default is the carrier's documented limit. QuestBlue and VoIP.ms do not publish theirs (VoIP.ms refuses
        with C(api_limit_exceeded) past a per-minute limit), so the default for both is a conservative C(60/60).
        VoiceMeUp's is 1,200 requests an hour (C(1200/3600)), shared by every request type the collection uses;
        when VoiceMeUp answers C(requests_hard_limit_exceeded) (a 60-minute lockout that every further request
        extends), every task of the account fails at once without sending anything until the hour is over.
      - If not set, the environment variable E(VOIP_CARRIER_RATE_LIMIT) is used.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms); default C(60/60) at QuestBlue,
        VoIP Innovations and VoIP.ms, C(1200/3600) at VoiceMeUp."
    type: str
  rate_limit_max_wait:
    description:
      - The longest a task waits, in seconds, for the account's request budget or a carrier-requested pause
        before it fails (without sending the request).
      - C(0) never waits.
      - If not set, the environment variable E(VOIP_CARRIER_RATE_LIMIT_MAX_WAIT) is used.
      - "Supported by: all carriers (QuestBlue, VoiceMeUp, VoIP Innovations, VoIP.ms)."
    type: int
    default: 300
requirements:
  - httpx
  - phonenumbers
  - zeep (VoIP Innovations only)
"""
