# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""A fast reader of the account-wide list answers (auditDIDs, AuditSMS, audit911, the Audit*
calls): the plain Python that soap.plain(zeep's result) gives, read with lxml directly.

Why: zeep builds a CompoundValue for every element of an answer through several layers of its
schema machinery; for the 1,000 DID rows of an auditDIDs answer (14 fields each) that is about a
second of a did_bulk run, most of its time. This reader walks the same answer once, guided by a plan
compiled from zeep's own schema objects (the same WSDL, the same element names, the same simple
types converting the text), and follows zeep's rules with strict=False to the letter:

- a sequence is matched in order by local name: a missing optional element is None (a list
  element: []), a required one that another element stands in the place of is None, elements left
  over (unknown, out of order) are dropped, as soap.plain drops zeep's ``_raw_elements``;
- an element of a complex type without children and attributes is None (``<DIDs/>``), a simple
  one without text is None (xsi:nil, ``<refId/>``), a text its type cannot convert is None;
- then soap.plain's own rules: a complex value of one list field is that list, decimals are floats.

Anything this reader does not model (a Fault, an HTTP status but 200, a body that is no well-formed
SOAP 1.1 envelope of the operation's answer, xsi:type, a DTD, a type with attributes, choices or
xsd:any) raises Unsupported, and zeep reads that answer as before: the errors stay zeep's. Only
soap.py uses this module, after it has imported zeep; lxml comes with zeep.
"""

from __future__ import annotations

import decimal

# The answers worth it: a whole account's numbers, SMS settings, E911 records, groups, forwards.
OPERATIONS = frozenset(("auditDIDs", "AuditSMS", "audit911", "AuditEndpointGroups", "AuditDIDForwards",
                        "AuditDIDFailovers"))
_SOAP_ENV = "{http://schemas.xmlsoap.org/soap/envelope/}"
_XSI_TYPE = "{http://www.w3.org/2001/XMLSchema-instance}type"
_UNBOUNDED = 2 ** 31 - 1   # zeep's own bound for maxOccurs="unbounded" (zeep.xsd.utils.max_occurs_iter)


class Unsupported(Exception):
    """This answer, or this operation's result type, is left to zeep."""


class _Field:
    """One element of a sequence: how zeep matches it and what it holds."""
    __slots__ = ("key", "localname", "tag", "multiple", "max_occurs", "optional", "default", "plan", "pythonvalue")

    def __init__(self, key, element, plan, pythonvalue):
        self.key = key
        self.localname = element.qname.localname
        # The tag as lxml names a qualified element: compared first, the local name only when it differs.
        self.tag = element.qname.text
        self.multiple = element.accepts_multiple
        self.max_occurs = _UNBOUNDED if element.max_occurs == "unbounded" else int(element.max_occurs)
        self.optional = element.is_optional
        self.default = None if self.multiple else element.default_value
        self.plan = plan                 # a complex type's _Plan, or None for a simple type
        self.pythonvalue = pythonvalue   # a simple type's converter (zeep's)


class _Plan:
    """A complex type as a list of _Fields (one sequence of elements); ``fields`` None: an empty
    complex type, which zeep reads as None."""
    __slots__ = ("fields",)

    def __init__(self):
        self.fields = None


def compile_result(binding, operation, cache):
    """(the result element's local name, its _Plan) of ``operation``'s answer on the zeep
    ``binding``; Unsupported when zeep would not hand back that element's value as it is (a result
    type of one element is unwrapped by zeep) or its type holds what this reader does not model.
    ``cache`` ({type: _Plan}) is shared by the operations of one document."""
    body = binding.get(operation).output.body
    response_type = body.type
    wrapper = _sequence_of(response_type)
    if body.max_occurs != 1 or not wrapper or len(wrapper) != 1:
        raise Unsupported("%sResponse is not one result element" % operation)
    _key, result = wrapper[0]
    if result.accepts_multiple:
        raise Unsupported("%sResult repeats" % operation)
    plan = _compile(result.type, cache)
    if plan is None or plan.fields is None or len(plan.fields) == 1:
        raise Unsupported("%sResult is not a complex type of several elements" % operation)
    return body.qname.localname, result.qname.localname, plan


def _sequence_of(xsd_type):
    """The (key, Element) pairs of a complex type made of one plain sequence; [] for an empty type;
    Unsupported for anything else."""
    # pylint: disable=import-outside-toplevel  # zeep is loaded by soap.py before this runs
    from zeep.xsd.elements import Element, Sequence
    from zeep.xsd.types.complex import ComplexType
    if not isinstance(xsd_type, ComplexType) or xsd_type.attributes:
        raise Unsupported("type %s" % xsd_type)
    nested = xsd_type.elements_nested
    if not nested:
        return []
    if len(nested) != 1 or type(nested[0][1]) is not Sequence or nested[0][1].max_occurs != 1:  # pylint: disable=unidiomatic-typecheck
        raise Unsupported("type %s is not one sequence" % xsd_type)
    pairs = list(nested[0][1].elements)
    if not all(type(element) is Element for _key, element in pairs):  # pylint: disable=unidiomatic-typecheck
        raise Unsupported("type %s holds more than elements" % xsd_type)
    if isinstance(getattr(xsd_type, "_element", None), Element):
        raise Unsupported("type %s has simple content" % xsd_type)
    return pairs


def _compile(xsd_type, cache):
    """The _Plan of a complex type (None for a simple one), compiled once per type."""
    # pylint: disable=import-outside-toplevel  # see _sequence_of
    from zeep.xsd.types.simple import AnySimpleType
    if isinstance(xsd_type, AnySimpleType):
        if type(xsd_type).parse_xmlelement is not AnySimpleType.parse_xmlelement:
            raise Unsupported("simple type %s reads itself" % xsd_type)
        return None
    if xsd_type in cache:
        return cache[xsd_type]
    plan = cache[xsd_type] = _Plan()   # before its fields: a recursive type finds itself
    pairs = _sequence_of(xsd_type)
    if pairs:
        fields = []
        for key, element in pairs:
            sub = _compile(element.type, cache)
            fields.append(_Field(key, element, sub, None if sub is not None else _converter(element.type)))
        plan.fields = fields
    return plan


def _converter(simple_type):
    """The text -> value function of a simple type: zeep's own pythonvalue, or for the types of
    every row (string, boolean, the integers) the same result without zeep's per-call whitespace
    regex; None for xs:string (the text as it is)."""
    # pylint: disable=import-outside-toplevel  # see _sequence_of
    from zeep.xsd.types import builtins
    own = type(simple_type).pythonvalue
    if own is builtins.String.pythonvalue:
        return None
    if own is builtins.Boolean.pythonvalue:
        # zeep: the text with tabs and line ends made spaces, stripped, is "true" or "1"; as the
        # two have no space inside, stripping the text alone says the same.
        return _boolean
    if own in (builtins.Integer.pythonvalue, builtins.Long.pythonvalue):
        return int   # zeep's Integer and Long: int(text)
    return simple_type.pythonvalue


def _boolean(text):
    return text.strip() in ("true", "1")


def decode(content, response_name, result_name, plan, huge_tree=True):
    """The plain result of a 200 answer ``content`` (bytes): what soap.plain(zeep's result) is.
    Unsupported when zeep has to read it (see the module docstring)."""
    from lxml import etree  # pylint: disable=import-outside-toplevel  # zeep's dependency, loaded with it
    parser = etree.XMLParser(remove_comments=True, resolve_entities=False, huge_tree=huge_tree, no_network=True)
    try:
        root = etree.fromstring(content, parser=parser)
    except (etree.XMLSyntaxError, ValueError) as exc:
        raise Unsupported("not well-formed XML") from exc   # zeep parses with recover=True: its answer
    if root.getroottree().docinfo.doctype or root.tag != _SOAP_ENV + "Envelope":
        raise Unsupported("not a SOAP 1.1 envelope")
    bodies = [child for child in root if child.tag == _SOAP_ENV + "Body"]
    if len(bodies) != 1:
        raise Unsupported("not one SOAP Body")
    children = _elements(bodies[0])
    if len(children) != 1 or _localname(children[0]) != response_name or children[0].get(_XSI_TYPE) is not None:
        raise Unsupported("the Body is not one %s" % response_name)
    results = _elements(children[0])
    if len(results) != 1 or _localname(results[0]) != result_name:
        raise Unsupported("%s does not hold one %s" % (response_name, result_name))
    return _complex(results[0], plan)


def _elements(node):
    children = list(node)
    for child in children:
        if not isinstance(child.tag, str):   # a processing instruction: zeep's to read
            raise Unsupported("a processing instruction")
    return children


def _localname(node):
    tag = node.tag
    return tag[tag.index("}") + 1:] if tag[:1] == "{" else tag


def _complex(node, plan):
    """zeep's ComplexType.parse_xmlelement (allow_none=True) of a one-sequence type, then soap.plain."""
    if node.get(_XSI_TYPE) is not None:
        raise Unsupported("xsi:type")
    fields = plan.fields
    if fields is None:
        return None
    children = _elements(node)
    if not children and not len(node.attrib):
        return None
    values = {field.key: ([] if field.multiple else field.default) for field in fields}
    count, index = len(children), 0
    for field in fields:
        if index >= count:
            break
        matched = []
        while index < count and len(matched) < field.max_occurs:
            child = children[index]
            if child.tag != field.tag and _localname(child) != field.localname:
                break
            if field.plan is not None:
                matched.append(_complex(child, field.plan))
            else:
                matched.append(_simple(child, field))
            index += 1
        if not matched and index < count and not field.optional:
            values[field.key] = None   # zeep: UnexpectedElementError, read as None with strict=False
        elif field.multiple:
            values[field.key] = matched
        else:
            values[field.key] = matched[0] if matched else None
    # Elements left over are zeep's _raw_elements, which soap.plain drops; and soap.plain's unwrap:
    if len(values) == 1:
        only = next(iter(values.values()))
        if isinstance(only, list):
            return only
    return values


def _simple(node, field):
    """zeep's AnySimpleType.parse_xmlelement: None without text or when the text does not convert."""
    if node.get(_XSI_TYPE) is not None:
        raise Unsupported("xsi:type")
    text = node.text
    if text is None:
        return None
    if field.pythonvalue is None:
        return text
    try:
        value = field.pythonvalue(text)
    except (TypeError, ValueError):
        return None   # zeep logs the conversion error and reads None
    return float(value) if isinstance(value, decimal.Decimal) else value
