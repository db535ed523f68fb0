"""VoIP.ms REST/JSON API emulation, mounted at /voipms (digest: shared/providers/voipms.md)."""

from emulator.voipms.carrier import VoipMs

__all__ = ["VoipMs"]
