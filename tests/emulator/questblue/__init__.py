"""QuestBlue API v2 emulation, mounted at /questblue (digest: shared/providers/questblue.md)."""

from emulator.questblue.carrier import QuestBlue

__all__ = ["QuestBlue"]
