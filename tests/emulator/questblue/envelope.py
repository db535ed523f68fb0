"""QuestBlue reply shapes (digest §2) and pagination (§2.6)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from emulator.questblue import validate as v


@dataclass
class Outcome:
    """What a handler decided: the default-mode HTTP status and the JSON payload (None = the
    0-byte body QuestBlue sends for most successful mutations)."""

    status: int
    payload: object = None


def empty() -> Outcome:
    return Outcome(200)


def data(payload: dict) -> Outcome:
    return Outcome(200, payload)


def warning(messages: list[str]) -> Outcome:
    # 202 for warnings, 206 for errors: digest §2.5 ([ext] OpenAPI 2.2.1).
    return Outcome(202, {"warning": list(messages)})


def error(message: str, status: int = 206) -> Outcome:
    return Outcome(status, {"error": message})


def listing(items) -> dict:
    """Shape C: ``{"total": n, "data": ...}`` (states, rate centres, available numbers)."""
    return {"total": len(items), "data": items}


def paginate(rows: list, params: dict, lo: int, hi: int, default: int, render=None) -> dict:
    """Shape D. ``per_page`` is clamped into [lo, hi] (out-of-range behaviour is undocumented,
    digest §2.6); a page past the end gives ``data: []``. ``render`` turns a record into its row,
    for the records of the page only: rendering every row for every page would make reading a
    large account page by page quadratic."""
    per_page = params.get("per_page")
    per_page = default if per_page in (None, "") else v.to_int("per_page", per_page)
    per_page = min(max(per_page, lo), hi)
    page = params.get("page")
    page = 1 if page in (None, "") else max(v.to_int("page", page), 1)
    total = len(rows)
    start = (page - 1) * per_page
    return {
        "total": total,
        # project-defined: 0 pages when there are no rows (the seed never shows an empty list).
        "total_pages": math.ceil(total / per_page),
        "current_page": page,
        "data": [render(row) for row in rows[start:start + per_page]] if render else rows[start:start + per_page],
    }
