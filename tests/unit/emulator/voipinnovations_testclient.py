"""A stdlib SOAP client for the VoIP Innovations emulator tests: envelopes from plain string templates
(not zeep, so the emulator is tested independently of the collection's client), replies read with
ElementTree. Every 200 reply is also validated against the WSDL's schema (lxml), which proves the
renderer writes what the WSDL declares. A module of its own with a carrier-specific name."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.sax.saxutils import escape

from emulator.voipinnovations import schema
from emulator.voipinnovations.seed import DEMO_LOGIN, DEMO_SECRET
from emulator_testclient import exchange

TNS = "http://tempuri.org/"
SOAP = "http://schemas.xmlsoap.org/soap/envelope/"
MOUNT = "/voipinnovations"
ENVELOPE = ('<?xml version="1.0" encoding="utf-8"?>'
            f'<soap:Envelope xmlns:soap="{SOAP}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body>{body}</soap:Body></soap:Envelope>')
OPERATION = '<{op} xmlns="' + TNS + '">{children}</{op}>'


class Raw(str):
    """XML passed through as is (hand-made children, wrong namespaces, ...)."""


def dp(tn: str, epg: int = 0, cnam: str | None = None, ref_id: str | None = None) -> dict:
    """A DIDParam in schema order (tn, cnam, refId, epg); None elements are left out."""
    return {"tn": tn, "cnam": cnam, "refId": ref_id, "epg": epg}


def children(params: dict) -> str:
    out = []
    for name, value in params.items():
        if value is None:
            continue
        if isinstance(value, Raw):
            inner = str(value)
        elif isinstance(value, list):   # didParams
            inner = "".join(f"<DIDParam>{children(item)}</DIDParam>" for item in value)
        elif isinstance(value, bool):
            inner = "true" if value else "false"
        else:
            inner = escape(str(value))
        out.append(f"<{name}>{inner}</{name}>")
    return "".join(out)


def envelope(op: str, params: dict | None = None, login: str | None = DEMO_LOGIN, secret: str | None = DEMO_SECRET) -> str:
    return ENVELOPE.format(body=OPERATION.format(op=op, children=children({"login": login, "secret": secret,
                                                                          **(params or {})})))


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def record(element: ET.Element) -> dict:
    """An element's children as {local name: text}; a nested element (an ArrayOfX) as the list of its items."""
    out = {}
    for child in element:
        if len(child):
            out[_local(child.tag)] = [record(item) if len(item) else (item.text or "") for item in child]
        else:
            out[_local(child.tag)] = child.text or ""
    return out


@dataclass
class Reply:
    status: int
    headers: dict
    body: bytes

    @property
    def root(self) -> ET.Element:
        return ET.fromstring(self.body)

    @property
    def result(self) -> ET.Element:
        body = self.root.find(f"{{{SOAP}}}Body")
        response = body[0]
        return response[0]

    @property
    def code(self) -> int:
        return int(self.result.findtext(f"{{{TNS}}}responseCode"))

    @property
    def message(self) -> str:
        return self.result.findtext(f"{{{TNS}}}responseMessage")

    def text(self, name: str) -> str | None:
        return self.result.findtext(f"{{{TNS}}}{name}")

    def items(self, wrapper: str) -> list:
        """The items of an ArrayOfX element of the result, as records (or texts for ArrayOfString)."""
        node = self.result.find(f"{{{TNS}}}{wrapper}")
        if node is None:
            return []
        return [record(item) if len(item) else (item.text or "") for item in node]

    @property
    def dids(self) -> list:
        return self.items("DIDs")

    def did(self) -> dict:
        dids = self.dids
        assert len(dids) == 1, dids
        return dids[0]

    def statuses(self) -> dict:
        """tn -> statusCode of a batch reply."""
        return {d.get("tn", ""): d["statusCode"] for d in self.dids}

    @property
    def conference_line(self) -> dict | None:
        node = self.result.find(f"{{{TNS}}}ConferenceLine")
        return record(node) if node is not None else None

    @property
    def fault(self) -> tuple[str, str]:
        node = self.root.find(f"{{{SOAP}}}Body/{{{SOAP}}}Fault")
        return node.findtext("faultcode"), node.findtext("faultstring")

    def validate(self) -> None:
        from lxml import etree  # dev dependency, as in the emulator

        node = etree.fromstring(self.body).find(f"{{{SOAP}}}Body")[0]
        xml_schema = schema.get().xml_schema
        assert xml_schema.validate(node), xml_schema.error_log.last_error


class VoipInnovations:
    def __init__(self, port: int) -> None:
        self.port = port

    def request(self, method: str, path: str, body: bytes | None = None, headers: dict | None = None) -> Reply:
        return Reply(*exchange(self.port, method, path, body, headers, timeout=30))

    def post(self, text: str | bytes, path: str = MOUNT, action: str | None = None) -> Reply:
        headers = {"Content-Type": "text/xml; charset=utf-8"}
        if action is not None:
            headers["SOAPAction"] = action
        return self.request("POST", path, text.encode() if isinstance(text, str) else text, headers)

    def call(self, op: str, params: dict | None = None, *, login: str | None = DEMO_LOGIN,
             secret: str | None = DEMO_SECRET, path: str = MOUNT) -> Reply:
        """One operation with the demo credentials; asserts HTTP 200 and a schema-valid reply."""
        reply = self.post(envelope(op, params, login, secret), path, action=f'"{TNS}{op}"')
        assert reply.status == 200, reply.body
        reply.validate()
        return reply

    def ok(self, op: str, params: dict | None = None, **kw) -> Reply:
        reply = self.call(op, params, **kw)
        assert reply.code == 100, (op, reply.code, reply.message)
        return reply

    def code(self, op: str, params: dict | None = None, **kw) -> int:
        return self.call(op, params, **kw).code

    # -- control API --------------------------------------------------------------------------
    def control(self, method: str, path: str, body=None) -> Reply:
        data = json.dumps(body).encode() if body is not None else None
        return self.request(method, "/_emulator" + path, data, {"Content-Type": "application/json"} if data else {})

    def seed(self, **payload) -> dict:
        reply = self.control("POST", "/seed", {"carrier": "voipinnovations", **payload})
        assert reply.status == 200, reply.body
        return json.loads(reply.body)

    def state(self) -> dict:
        return json.loads(self.control("GET", "/state?carrier=voipinnovations").body)

    def advance(self, seconds: float) -> None:
        assert self.control("POST", "/clock", {"advance": seconds}).status == 200

    def log(self) -> list:
        return json.loads(self.control("GET", "/requests?carrier=voipinnovations").body)["requests"]
