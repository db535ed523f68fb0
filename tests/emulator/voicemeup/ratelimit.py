"""VoiceMeUp request limits (digest §1.5, §5 #46, §6.2 step 3; thresholds are PROJECT DECISIONS).

Per account and bucket, a sliding window (default 60 minutes) of accepted requests:
* up to the soft limit (the seed's hourly figure, 1200 for the shared pool) nothing happens;
* above it the request is served with the notice ``requests_soft_limit_reached``;
* above the hard limit (default 2x the soft one: the seed only says "exceeded too greatly") the request
  is refused with ``requests_hard_limit_exceeded`` and the account is locked out for 3600 s; every
  request during the lockout (any bucket) is refused the same way and extends it by the full lockout.
Settings (seed ``settings``): ``rate_limit_soft``, ``rate_limit_hard`` (shared pool; 0 = no limit),
``rate_limit_window``, ``lockout_seconds``, ``bucket_limits`` ({bucket: [soft, hard]}).
"""

from __future__ import annotations

from emulator.voicemeup.errors import ApiError
from emulator.voicemeup.model import Account

SHARED_POOL = "shared_pool"
# Request types with a bucket of their own and its hourly limit (seed L61-73).
BUCKETS = {"delete_faxes": 1500, "delete_recordings": 1500, "delete_voicemails": 1500, "dispatch_call": 900,
           "voicemail_broadcast": 900, "queue_fax": 600, "queue_sms": 600}

DEFAULTS = {"rate_limit_soft": 1200, "rate_limit_hard": 2400, "rate_limit_window": 3600, "lockout_seconds": 3600,
            "bucket_limits": {}}


def bucket_of(request_type: str) -> str:
    return request_type if request_type in BUCKETS else SHARED_POOL


def limits(settings: dict, bucket: str) -> tuple[float, float]:
    if bucket == SHARED_POOL:
        return settings["rate_limit_soft"], settings["rate_limit_hard"]
    override = settings["bucket_limits"].get(bucket)
    if override:
        return override[0], override[1]
    return BUCKETS[bucket], 2 * BUCKETS[bucket]


def admit(account: Account, request_type: str, now: float, settings: dict) -> list[str]:
    """Count the request; returns the notices to add, raises ApiError when refused."""
    if now < account.locked_until:
        account.locked_until = now + settings["lockout_seconds"]
        raise ApiError("requests_hard_limit_exceeded")
    bucket = bucket_of(request_type)
    soft, hard = limits(settings, bucket)
    if not soft and not hard:
        return []
    times = account.bucket(bucket)
    horizon = now - settings["rate_limit_window"]
    while times and times[0] <= horizon:
        times.popleft()
    times.append(now)
    if hard and len(times) > hard:
        account.locked_until = now + settings["lockout_seconds"]
        raise ApiError("requests_hard_limit_exceeded")
    if soft and len(times) > soft:
        return ["requests_soft_limit_reached"]
    return []
