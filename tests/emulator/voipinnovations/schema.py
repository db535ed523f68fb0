"""The WSDL the collection ships (plugins/module_utils/providers/voipinnovations/wsdl.py), read three ways:

* as text, served at ``?wsdl`` with its soap:address rewritten to the emulator's own URL;
* as an lxml ``XMLSchema`` built from the schema in ``wsdl:types``, against which every request body
  is validated (lxml is a dev dependency through zeep; only this package imports it);
* as plain tables of the schema's elements and complex types (stdlib ElementTree), which drive the
  request decoder and the reply renderer (render.py), so no operation has hand-written XML.

The WSDL file is loaded by path with importlib (importing the collection would import ansible), once,
on the first VoIP Innovations request: the other carriers' start-up never pays for it.
"""

from __future__ import annotations

import importlib.util
import re
import threading
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

TNS = "http://tempuri.org/"
XSD = "http://www.w3.org/2001/XMLSchema"
WSDL_NS = "http://schemas.xmlsoap.org/wsdl/"
REPO_ROOT = Path(__file__).resolve().parents[3]
WSDL_PATH = REPO_ROOT / "plugins" / "module_utils" / "providers" / "voipinnovations" / "wsdl.py"

# XSD value types: ASMX declares them minOccurs=1 and always writes them (digest section 4.0).
VALUE_TYPES = frozenset({"int", "long", "short", "boolean", "decimal", "double", "float", "dateTime"})
# What an absent value of each value type is written as when the element is not nillable.
SENTINELS = {"int": "0", "long": "0", "short": "0", "boolean": "false", "decimal": "0", "double": "0",
             "float": "0", "dateTime": "0001-01-01T00:00:00"}
ADDRESS = re.compile(r'(<soap(?:12)?:address\s+location=")[^"]*(")')


@dataclass(frozen=True)
class Field:
    """One ``<s:element>`` of a sequence."""

    name: str
    #: local type name: an XSD simple type ("string", "int", ...) or a complex type of the schema
    type: str
    simple: bool
    min_occurs: int
    many: bool
    nillable: bool


class Schema:
    """The loaded WSDL: text, lxml schema, element and type tables."""

    def __init__(self, text: str) -> None:
        self.text = text
        root = ET.fromstring(text.encode("utf-8"))
        node = root.find(f"{{{WSDL_NS}}}types/{{{XSD}}}schema")
        if node is None:
            raise ValueError("the WSDL has no xs:schema in wsdl:types")
        #: complex type name -> its fields in sequence order
        self.types: dict[str, tuple[Field, ...]] = {}
        #: top-level element name (operation, operationResponse) -> its fields
        self.elements: dict[str, tuple[Field, ...]] = {}
        for child in node:
            if child.tag == f"{{{XSD}}}complexType":
                self.types[child.get("name")] = _fields(child)
            elif child.tag == f"{{{XSD}}}element":
                inline = child.find(f"{{{XSD}}}complexType")
                self.elements[child.get("name")] = _fields(inline) if inline is not None else ()
        #: operation name -> (result element name, result type), from "<op>Response/<op>Result"
        self.operations: dict[str, tuple[str, str]] = {}
        for name, fields in self.elements.items():
            reply = self.elements.get(name + "Response")
            if reply is not None and len(reply) == 1 and not reply[0].simple:
                self.operations[name] = (reply[0].name, reply[0].type)
        self.xml_schema = _lxml_schema(text)

    def array_item(self, type_name: str) -> Field | None:
        """The item field of an ``ArrayOfX`` type (one repeated element), else None."""
        fields = self.types.get(type_name, ())
        if len(fields) == 1 and fields[0].many:
            return fields[0]
        return None

    def served(self, address: str) -> bytes:
        """The WSDL text with every soap:address location set to ``address``."""
        return ADDRESS.sub(lambda m: m.group(1) + address + m.group(2), self.text).encode("utf-8")


def _fields(complex_type: ET.Element) -> tuple[Field, ...]:
    sequence = complex_type.find(f"{{{XSD}}}sequence")
    if sequence is None:
        return ()
    fields = []
    for element in sequence.findall(f"{{{XSD}}}element"):
        prefix, local = element.get("type", "s:string").rpartition(":")[::2]
        fields.append(Field(
            name=element.get("name"),
            type=local,
            # the WSDL binds "s" to XSD and "tns" to the target namespace (ASMX convention)
            simple=prefix != "tns",
            min_occurs=int(element.get("minOccurs", "1")),
            many=element.get("maxOccurs", "1") == "unbounded",
            nillable=element.get("nillable") == "true",
        ))
    return tuple(fields)


def _lxml_schema(text: str):
    from lxml import etree  # pylint: disable=import-outside-toplevel  # dev dependency, this package only

    root = etree.fromstring(text.encode("utf-8"))
    node = root.find(f"{{{WSDL_NS}}}types/{{{XSD}}}schema")
    # The schema's QName attributes (type="tns:DID") use prefixes declared on wsdl:definitions: a
    # standalone copy needs those declarations on its own root.
    standalone = etree.Element(node.tag, attrib=dict(node.attrib), nsmap={**root.nsmap, **node.nsmap})
    standalone.extend(list(node))   # moved out of the parsed WSDL, which is dropped
    return etree.XMLSchema(standalone)


_LOCK = threading.Lock()
_LOADED: list = []


def load_text() -> str:
    spec = importlib.util.spec_from_file_location("voip_carrier_vi_wsdl", WSDL_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.WSDL


def get() -> Schema:
    """The schema, loaded once per process (thread-safe: the HTTP server is threaded)."""
    with _LOCK:
        if not _LOADED:
            _LOADED.append(Schema(load_text()))
        return _LOADED[0]
