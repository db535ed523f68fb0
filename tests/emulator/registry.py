"""The list of emulated carriers. A new carrier is one sub-package plus one line here."""

from __future__ import annotations

from emulator.carrier import Carrier
from emulator.clock import Clock


def build_carriers(clock: Clock) -> list[Carrier]:
    from emulator.questblue import QuestBlue
    from emulator.voicemeup import VoiceMeUp
    from emulator.voipinnovations import VoipInnovations
    from emulator.voipms import VoipMs

    return [QuestBlue(clock), VoipMs(clock), VoiceMeUp(clock), VoipInnovations(clock)]
