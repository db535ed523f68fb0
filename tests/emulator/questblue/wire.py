"""How QuestBlue parameters travel (digest §6.1 item 4): query string, then a form body, then a
JSON body, later sources overriding earlier ones, for every method including GET and DELETE."""

from __future__ import annotations

import json

from emulator.messages import Request
from emulator.params import parse_php_query, strip_nulls
from emulator.questblue.validate import QBError


def _looks_like_json(request: Request, text: str) -> bool:
    return "json" in request.content_type or text.startswith(("{", "["))


def collect(request: Request) -> dict:
    params = parse_php_query(request.query)
    text = request.body_text().strip()
    if not text:
        return params
    if _looks_like_json(request, text):
        try:
            body = json.loads(text)
        except ValueError:
            raise QBError("Malformed JSON body") from None  # project-defined
        if not isinstance(body, dict):
            raise QBError("Malformed JSON body") from None  # project-defined
        # The official SDK sends null for every unset optional: null means "not sent".
        params.update(strip_nulls(body))
    elif request.content_type in ("application/x-www-form-urlencoded", "") or "=" in text:
        params.update(parse_php_query(text))
    return params
