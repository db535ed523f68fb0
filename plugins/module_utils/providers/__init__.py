# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""The provider registry: provider key -> driver client.

Drivers are imported inside ``driver_class`` rather than at the top: Ansible still packs them into
the module payload (it finds imports anywhere in the source), but a run imports only the driver it
uses, so adding carriers does not slow every task down.
"""

from __future__ import annotations

from ansible_collections.voip.carrier.plugins.module_utils.errors import UnsupportedError


def driver_class(provider):
    # pylint: disable=import-outside-toplevel
    if provider == "questblue":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.questblue import QuestBlueClient
        return QuestBlueClient
    if provider == "voipms":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipms import VoipmsClient
        return VoipmsClient
    if provider == "voicemeup":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voicemeup import VoiceMeUpClient
        return VoiceMeUpClient
    if provider == "voipinnovations":
        from ansible_collections.voip.carrier.plugins.module_utils.providers.voipinnovations import VoipInnovationsClient
        return VoipInnovationsClient
    raise UnsupportedError("provider", "unknown provider %r; choose one of: questblue, voicemeup, voipinnovations, voipms"
                           % provider)


def open_client(connection):
    """A driver client for the connection options (no request is made until one is needed)."""
    return driver_class(connection.get("provider"))(connection)
