"""VoiceMeUp XML Engine API v1.1 emulation, mounted at /voicemeup (digest: shared/providers/voicemeup.md)."""

from emulator.voicemeup.carrier import VoiceMeUp

__all__ = ["VoiceMeUp"]
