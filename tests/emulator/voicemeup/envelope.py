"""The VoiceMeUp reply (digest §2.3, PROJECT DECISION binding for client and emulator).

One tree rendered two ways. XML: ``<response>`` with ``<response_details>`` (status + messages, each
``<message code="...">text</message>``) and the payload containers. JSON: the same tree converted the
XML->JSON way (no ``response`` wrapper; an attribute becomes a key, element text ``_content``, a
repeated element a list, a single one an object). In the tree, keys starting with ``@`` are XML
attributes and ``_content`` is element text; JSON drops the ``@``.

Project-defined where the seed lost the samples: a success without messages has
``"response_messages": ""``; a container without records is ``""`` (``<dids/>``).
"""

from __future__ import annotations

import json
from xml.sax.saxutils import escape, quoteattr

from emulator.voicemeup import codes


def _messages(code_list, request_type: str, texts: dict | None = None):
    texts = texts or {}
    items = [{"@code": code, "_content": texts.get(code) or codes.message(code, request_type)} for code in code_list]
    if not items:
        return ""
    return {"message": items[0] if len(items) == 1 else items}


def _container(item: str, records: list):
    """One record -> an object, several -> a list, none -> "" (digest §2.3 rule 2)."""
    if not records:
        return ""
    return {item: records[0] if len(records) == 1 else list(records)}


def tree(status: str, code_list, request_type: str, payload: dict | None = None, texts: dict | None = None) -> dict:
    """The reply tree. ``payload`` is ``{container: (item, [records])}`` as handlers return it."""
    body = {"response_details": {"response_status": status,
                                 "response_messages": _messages(code_list, request_type, texts)}}
    for container, (item, records) in (payload or {}).items():
        body[container] = _container(item, records)
    return body


# -- JSON -------------------------------------------------------------------------------------------

_STR_ONLY = {str}


def _plain(node: dict) -> bool:
    """String values only and no attribute key (every key sorts after "@"): nothing to convert.
    C-speed checks, because get_dids of a 10,000-DID account renders 600,000 values."""
    return set(map(type, node.values())) <= _STR_ONLY and (not node or min(node)[:1] > "@")


def _jsonable(node):
    if isinstance(node, dict):
        if _plain(node):
            return node
        return {(key[1:] if key[:1] == "@" else key): _jsonable(value) for key, value in node.items()}
    if isinstance(node, list):
        return [_jsonable(value) for value in node]
    if node is None:
        return ""
    if isinstance(node, bool):
        return "1" if node else "0"
    return node if isinstance(node, str) else str(node)


def render_json(body: dict) -> bytes:
    return json.dumps(_jsonable(body), ensure_ascii=False, separators=(",", ":")).encode("utf-8")


# -- XML --------------------------------------------------------------------------------------------

def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return escape(value if isinstance(value, str) else str(value))


def _element(name: str, node, out: list) -> None:
    if isinstance(node, list):
        for value in node:
            _element(name, value, out)
        return
    if not isinstance(node, dict):
        text = _text(node)
        out.append(f"<{name}>{text}</{name}>" if text else f"<{name}/>")
        return
    attrs = "".join(f" {key[1:]}={quoteattr(str(value))}"
                    for key, value in node.items() if key[:1] == "@")
    out.append(f"<{name}{attrs}>")
    for key, value in node.items():
        if key[:1] == "@":
            continue
        if key == "_content":
            out.append(_text(value))
        else:
            _element(key, value, out)
    out.append(f"</{name}>")


def render_xml(body: dict) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<response>']
    for key, value in body.items():
        _element(key, value, out)
    out.append("</response>\n")
    return "".join(out).encode("utf-8")


CONTENT_TYPES = {"json": "application/json; charset=utf-8", "xml": "text/xml; charset=utf-8"}


def render(fmt: str, body: dict) -> bytes:
    return render_json(body) if fmt == "json" else render_xml(body)
