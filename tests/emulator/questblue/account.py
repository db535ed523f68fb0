"""Account endpoints (digest §3.1). Only getbalance is emulated so far."""

from __future__ import annotations

from emulator.questblue import envelope


def get_balance(ctx) -> envelope.Outcome:
    # Seed L123: {"data": {"balance":"99.00", "allowed_credit":"110.00"}}, amounts as strings.
    return envelope.data({"data": {"balance": ctx.account.balance, "allowed_credit": ctx.account.allowed_credit}})
