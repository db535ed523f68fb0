"""SOAP 1.1 envelopes: reading a request (stdlib parser, lxml schema validation) and writing replies
and Faults (vi-plan.md "Wire", digest section 2 and section 8 "Emulator notes").

A request that is not XML, not a SOAP 1.1 envelope, names an operation the WSDL does not have, carries
a SOAPAction naming another operation, or fails the schema is a ``SoapFault``: HTTP 500 with a
``soap:Client`` Fault whose faultstring reads like ASMX's (the texts are project-defined imitations).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from emulator.voipinnovations import render
from emulator.voipinnovations.schema import TNS, Schema

SOAP11 = "http://schemas.xmlsoap.org/soap/envelope/"
SOAP12 = "http://www.w3.org/2003/05/soap-envelope"
CONTENT_TYPE = "text/xml; charset=utf-8"
HEAD = ('<?xml version="1.0" encoding="utf-8"?>'
        f'<soap:Envelope xmlns:soap="{SOAP11}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xmlns:xsd="http://www.w3.org/2001/XMLSchema"><soap:Body>')
TAIL = "</soap:Body></soap:Envelope>"
UNREADABLE = "Server was unable to read request. ---> There is an error in XML document"


class SoapFault(Exception):
    """A request the service cannot process; ``kind`` goes to the request log."""

    def __init__(self, kind: str, faultstring: str, faultcode: str = "soap:Client", operation: str | None = None) -> None:
        super().__init__(faultstring)
        self.kind = kind
        self.faultstring = faultstring
        self.faultcode = faultcode
        self.operation = operation


@dataclass
class SoapCall:
    operation: str
    params: dict
    #: child elements the schema does not declare (ignored, as ASMX does), as paths
    unknown: list = field(default_factory=list)


def body_element(body: bytes) -> ET.Element:
    """The first child of soap:Body; SoapFault for anything that is not a SOAP 1.1 request."""
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        line, column = exc.position
        raise SoapFault("not_xml", f"{UNREADABLE} ({line}, {column + 1}). ---> {exc}") from None
    namespace, local = render.local_name(root.tag)
    if local != "Envelope" or namespace not in (SOAP11, SOAP12):
        raise SoapFault("not_soap", f"{UNREADABLE} (1, 1). ---> <{local} xmlns='{namespace}'> was not expected.")
    if namespace == SOAP12:
        # the emulated service has the SOAP 1.1 binding only (vi-plan.md)
        raise SoapFault("not_soap", "Possible SOAP version mismatch: Envelope namespace "
                        f"{SOAP12} was unexpected. Expecting {SOAP11}.", "soap:VersionMismatch")
    body_node = root.find(f"{{{SOAP11}}}Body")
    children = list(body_node) if body_node is not None else []
    if not children:
        raise SoapFault("not_soap", f"{UNREADABLE} (1, 1). ---> The SOAP Body has no operation element.")
    return children[0]


def parse(body: bytes, soap_action: str | None, schema: Schema) -> SoapCall:
    element = body_element(body)
    namespace, operation = render.local_name(element.tag)
    if namespace != TNS or operation not in schema.operations:
        raise SoapFault("unknown_operation", "Server did not recognize the value of HTTP Header SOAPAction: "
                        f"{soap_action or TNS + operation}.", operation=operation)
    action = (soap_action or "").strip().strip('"')
    if action and action != TNS + operation:
        # ASMX routes on SOAPAction: an action naming another operation never reaches this one.
        raise SoapFault("soap_action", f"Server did not recognize the value of HTTP Header SOAPAction: {action}.",
                        operation=operation)
    fields = schema.elements[operation]
    unknown: list = []
    render.strip_unknown(schema, element, fields, "", unknown)
    _validate(schema, element, operation)
    return SoapCall(operation, render.decode(schema, element, fields), unknown)


def _validate(schema: Schema, element: ET.Element, operation: str) -> None:
    from lxml import etree  # pylint: disable=import-outside-toplevel  # dev dependency, this package only

    node = etree.fromstring(ET.tostring(element))
    if not schema.xml_schema.validate(node):
        error = schema.xml_schema.error_log.last_error
        # no position: lxml sees a re-serialised copy of the body, its line/column would mislead
        raise SoapFault("schema", f"{UNREADABLE}. ---> {error.message}",
                        operation=operation)


# -- replies ----------------------------------------------------------------------------------------

def reply(schema: Schema, operation: str, result: dict) -> bytes:
    result_name, result_type = schema.operations[operation]
    content = render.render(schema, result_type, result)
    return (f'{HEAD}<{operation}Response xmlns="{TNS}"><{result_name}>{content}</{result_name}>'
            f"</{operation}Response>{TAIL}").encode("utf-8")


def fault(faultcode: str, faultstring: str) -> bytes:
    return (f"{HEAD}<soap:Fault><faultcode>{faultcode}</faultcode><faultstring>{escape(faultstring)}</faultstring>"
            f"<detail /></soap:Fault>{TAIL}").encode("utf-8")
