"""Schema-driven conversion between the wire and plain Python, so handlers never see or write XML.

* ``strip_unknown`` removes the child elements the schema does not declare at their place (ASMX's
  XmlSerializer ignores them; the emulator logs them so tests can assert none were sent);
* ``decode`` turns a (validated) request element into a dict: strings as str ("" for an empty
  element), int as int, boolean as bool, decimal as Decimal, arrays as lists, nested types as dicts;
  an element that is absent is absent from the dict, ``xsi:nil`` is None;
* ``render`` writes a handler's dict as the XML of a complex type, in schema order. Value types
  (int, boolean, decimal, dateTime) are always written, as ``xsi:nil`` when nillable and None, else as
  a sentinel (0, false, 0001-01-01T00:00:00), as ASMX does (digest section 4.0); None strings and
  complex values are left out; a key the type does not declare is an emulator bug (KeyError).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from decimal import Decimal
from xml.sax.saxutils import escape

from emulator.voipinnovations.schema import SENTINELS, TNS, VALUE_TYPES, Field, Schema

XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"


def local_name(tag: str) -> tuple[str, str]:
    """(namespace, local name) of an ElementTree tag."""
    if tag.startswith("{"):
        namespace, local = tag[1:].split("}", 1)
        return namespace, local
    return "", tag


# -- requests ---------------------------------------------------------------------------------------

def strip_unknown(schema: Schema, element: ET.Element, fields: tuple, path: str, unknown: list) -> None:
    """Remove (and list in ``unknown``, as paths like ``didParams/DIDParam/foo``) every child that is
    not a declared element of ``fields`` in the target namespace; recurse into the declared ones."""
    declared = {f.name: f for f in fields}
    for child in list(element):
        namespace, local = local_name(child.tag)
        field = declared.get(local) if namespace == TNS else None
        if field is None:
            unknown.append(path + (f"{{{namespace}}}{local}" if namespace and namespace != TNS else local))
            element.remove(child)
        elif not field.simple:
            strip_unknown(schema, child, schema.types.get(field.type, ()), f"{path}{local}/", unknown)


def decode(schema: Schema, element: ET.Element, fields: tuple) -> dict:
    declared = {f.name: f for f in fields}
    out: dict = {}
    for child in element:
        field = declared[local_name(child.tag)[1]]
        value = _decode_value(schema, child, field)
        if field.many:
            out.setdefault(field.name, []).append(value)
        else:
            out[field.name] = value
    return out


def _decode_value(schema: Schema, element: ET.Element, field: Field):
    if element.get(XSI_NIL) in ("true", "1"):
        return None
    if not field.simple:
        item = schema.array_item(field.type)
        if item is not None:
            return decode(schema, element, (item,)).get(item.name, [])
        return decode(schema, element, schema.types.get(field.type, ()))
    text = (element.text or "")
    if field.type in ("int", "long", "short"):
        return int(text.strip())
    if field.type == "boolean":
        return text.strip() in ("true", "1")
    if field.type == "decimal":
        return Decimal(text.strip())
    return text


# -- replies ----------------------------------------------------------------------------------------

def iso(value) -> str:
    """An emulator-clock time (epoch seconds) as xs:dateTime in UTC; strings pass unchanged."""
    if isinstance(value, str):
        return value
    return datetime.fromtimestamp(value, tz=timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def scalar(value, xsd_type: str) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if xsd_type == "dateTime":
        return iso(value)
    if xsd_type == "decimal" and isinstance(value, float):
        return str(Decimal(str(value)))
    return escape(str(value))


def render(schema: Schema, type_name: str, data: dict) -> str:
    """The content (child elements) of an element of complex type ``type_name``."""
    fields = schema.types[type_name]
    extra = set(data) - {f.name for f in fields}
    if extra:
        raise KeyError(f"{type_name} has no element(s) {', '.join(sorted(extra))}")
    return "".join(_field(schema, field, data.get(field.name)) for field in fields)


def _field(schema: Schema, field: Field, value) -> str:
    if field.many:
        return "".join(_one(schema, field, item) for item in (value or ()))
    return _one(schema, field, value)


def _one(schema: Schema, field: Field, value) -> str:
    name = field.name
    if value is None:
        if field.simple and field.type in VALUE_TYPES:
            if field.nillable:
                return f'<{name} xsi:nil="true" />'
            return f"<{name}>{SENTINELS[field.type]}</{name}>"
        if field.many and field.nillable:
            return f'<{name} xsi:nil="true" />'   # a None item of an array
        if field.min_occurs and not field.simple:
            return f'<{name} xsi:nil="true" />' if field.nillable else f"<{name}>{render(schema, field.type, {})}</{name}>"
        return ""
    if field.simple:
        return f"<{name}>{scalar(value, field.type)}</{name}>"
    item = schema.array_item(field.type)
    if item is not None:
        if not isinstance(value, (list, tuple)):
            raise TypeError(f"{name} ({field.type}) needs a list, got {type(value).__name__}")
        return f"<{name}>{_field(schema, item, value)}</{name}>"
    if not isinstance(value, dict):
        raise TypeError(f"{name} ({field.type}) needs a dict, got {type(value).__name__}")
    return f"<{name}>{render(schema, field.type, value)}</{name}>"
