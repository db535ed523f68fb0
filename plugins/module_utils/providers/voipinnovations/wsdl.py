# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)
"""VoIP Innovations' APIService WSDL as Python source: data only, no code.

Why Python source and not a .wsdl file: Ansible packs only the Python files of module_utils into a
module's payload, and zeep must load the WSDL on the managed host without the network (the live
``?wsdl`` may be unreachable, slow or differ from what this driver was written against) and without
files beside the module. The driver hands ``WSDL`` to zeep from memory (soap.py); the emulator
(tests/emulator/voipinnovations/) serves the same text at ``?wsdl`` and validates every request body
against the schema in its ``wsdl:types``.

What the text is: the real production WSDL of 2014
(../shared/reference/voipinnovations/APIService.production-2014.wsdl) kept verbatim (every element,
attribute and operation unchanged and in place; only two layout changes, both insignificant to XML:
CRLF line ends became LF, and the 500-character root start tag has one namespace declaration per
line so the source stays within 160 columns), extended with the operations, wrapper elements and
types of the current API that the 2014 file lacks (digest ../shared/providers/voipinnovations.md
section 8). Every addition is marked ``<!-- voip.carrier: ... (digest section) -->`` and follows the
file's ASMX conventions (strings minOccurs 0, int/boolean/decimal minOccurs 1, ArrayOfX wrappers
with nillable items). The soap:address is the real one; clients bind the service to api_url.

Choices the digest left open: every operation of its section 3 is here, the 10DLC group (3I) included,
in both bindings (SOAP 1.1 and the 1.2 twin the real file has); three 2014 types gain fields, the
2014 fields staying in place: ConferenceLine.TN comes first (the doc lists "TN, Enabled, PIN"),
DIDLocator.Network and PortResponse.PortHistory / ActivePorts come last; ArrayOfInt items follow
ASMX's value-type style (not nillable); SendSMS's MsgDetails fields are strings (no source types them).

The text keeps its ``<?xml ... encoding="utf-8"?>`` declaration: encode it (UTF-8) before handing
it to lxml, which refuses a str that declares an encoding.
"""

from __future__ import annotations

WSDL = r"""<?xml version="1.0" encoding="utf-8"?>
<wsdl:definitions xmlns:s="http://www.w3.org/2001/XMLSchema"
    xmlns:soap12="http://schemas.xmlsoap.org/wsdl/soap12/"
    xmlns:http="http://schemas.xmlsoap.org/wsdl/http/"
    xmlns:mime="http://schemas.xmlsoap.org/wsdl/mime/"
    xmlns:tns="http://tempuri.org/"
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:tm="http://microsoft.com/wsdl/mime/textMatching/"
    xmlns:soapenc="http://schemas.xmlsoap.org/soap/encoding/"
    targetNamespace="http://tempuri.org/"
    xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/">
  <wsdl:types>
    <s:schema elementFormDefault="qualified" targetNamespace="http://tempuri.org/">
      <s:element name="addLocation">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="address1" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="address2" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="city" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="zip" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="plusFour" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="callerName" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="addLocationResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="addLocationResult" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="Response911">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Statuses" type="tns:ArrayOfStatus911" />
          <s:element minOccurs="0" maxOccurs="1" name="DID911s" type="tns:ArrayOfDID911" />
          <s:element minOccurs="0" maxOccurs="1" name="VILocations" type="tns:ArrayOfVILocation" />
          <s:element minOccurs="0" maxOccurs="1" name="Alerts" type="tns:ArrayOfString" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfStatus911">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="Status911" nillable="true" type="tns:Status911" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="Status911">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="code" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="description" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfDID911">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="DID911" nillable="true" type="tns:DID911" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="DID911">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="locationId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="callerName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="address1" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="address2" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="city" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="zipCode" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="latitude" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="longitude" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="statusCode" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="statusDescription" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="activatedTime" nillable="true" type="s:dateTime" />
          <s:element minOccurs="0" maxOccurs="1" name="dateAdded" nillable="true" type="s:dateTime" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfVILocation">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="VILocation" nillable="true" type="tns:VILocation" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="VILocation">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="locationId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="address1" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="address2" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="city" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="zipCode" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="plusFour" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="callerName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="latitude" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="longitude" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="statusCode" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="statusDescription" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="orderId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="activatedTime" type="s:dateTime" />
          <s:element minOccurs="0" maxOccurs="1" name="updateTime" type="s:dateTime" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfString">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="string" nillable="true" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:element name="assignDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="didParams" type="tns:ArrayOfDIDParam" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="ArrayOfDIDParam">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="DIDParam" nillable="true" type="tns:DIDParam" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="DIDParam">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="cnam" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="refId" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="epg" type="s:int" />
        </s:sequence>
      </s:complexType>
      <s:element name="assignDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="assignDIDResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="DIDResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="DIDs" type="tns:ArrayOfDID" />
          <s:element minOccurs="0" maxOccurs="1" name="DIDLocators" type="tns:ArrayOfDIDLocator" />
          <s:element minOccurs="0" maxOccurs="1" name="DIDCounts" type="tns:ArrayOfDIDCount" />
          <s:element minOccurs="0" maxOccurs="1" name="DIDGroups" type="tns:ArrayOfDIDGroup" />
          <s:element minOccurs="0" maxOccurs="1" name="ConferenceLine" type="tns:ConferenceLine" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfDID">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="DID" nillable="true" type="tns:DID" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="DID">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="availability" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="rewrite" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="status" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="statusCode" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="tier" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="refId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="failover" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="forward" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="cnamName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="rateCenter" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="didGroupId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Network" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="endpointId" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="expireDate" nillable="true" type="s:dateTime" />
          <s:element minOccurs="1" maxOccurs="1" name="has411" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="has911" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="cnam" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="cnamStorageActive" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="cnamStorageAvailability" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="t38" type="s:boolean" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfDIDLocator">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="DIDLocator" nillable="true" type="tns:DIDLocator" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="DIDLocator">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="rateCenter" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="tier" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="lataId" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="outboundCNAM" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="t38" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="sms" type="s:boolean" />
          <!-- voip.carrier: Network, a search filter the 2014 DIDLocator cannot echo (digest §4.2) -->
          <s:element minOccurs="0" maxOccurs="1" name="Network" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfDIDCount">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="DIDCount" nillable="true" type="tns:DIDCount" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="DIDCount">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="didCount" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="rateCenter" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="tier" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="lataId" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="cnam" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="t38" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="sms" type="s:boolean" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfDIDGroup">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="DIDGroup" nillable="true" type="tns:DIDGroup" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="DIDGroup">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="Name" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="ID" type="s:int" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ConferenceLine">
        <s:sequence>
          <!-- voip.carrier: TN: the doc says ConferenceLine now includes TN, Enabled, PIN (digest §4.2, Q31) -->
          <s:element minOccurs="0" maxOccurs="1" name="TN" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="Enabled" type="s:boolean" />
          <s:element minOccurs="0" maxOccurs="1" name="PIN" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:element name="audit911">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="audit911Response">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="audit911Result" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="auditDIDs">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="auditDIDsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="auditDIDsResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditDIDGroup">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="groupId" type="s:int" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditDIDGroupResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditDIDGroupResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="configDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="didParams" type="tns:ArrayOfDIDParam" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="configDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="configDIDResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getDIDCount">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="lata" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="rateCenter" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="npa" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="nxx" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tier" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="t38" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="cnam" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="orderby" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sms" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="network" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getDIDCountResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="getDIDCountResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getDIDs">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="lata" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="rateCenter" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="npa" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="nxx" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tier" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="t38" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="cnam" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sms" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="network" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getDIDsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="getDIDsResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getLocations">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getLocationsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="getLocationsResult" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getPortDetails">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="portId" type="s:int" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getPortDetailsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="getPortDetailsResult" type="tns:PortResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="PortResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="PortDetails" type="tns:PortDetail" />
          <s:element minOccurs="1" maxOccurs="1" name="IsPortable" type="s:boolean" />
          <!-- voip.carrier: PortHistory for GetPortHistory, ActivePorts for getActivePorts (digest §4.1, Q32) -->
          <s:element minOccurs="0" maxOccurs="1" name="PortHistory" type="tns:ArrayOfPortHistory" />
          <s:element minOccurs="0" maxOccurs="1" name="ActivePorts" type="tns:ArrayOfPortDetail" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="PortDetail">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="id" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="status" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="endUser" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="billingTN" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="portingFrom" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="salesRep" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="submittedDate" nillable="true" type="s:dateTime" />
          <s:element minOccurs="1" maxOccurs="1" name="focDate" nillable="true" type="s:dateTime" />
          <s:element minOccurs="1" maxOccurs="1" name="requestedFocDate" nillable="true" type="s:dateTime" />
          <s:element minOccurs="0" maxOccurs="1" name="dids" type="tns:ArrayOfPortDID" />
          <s:element minOccurs="1" maxOccurs="1" name="defaultEndpointGroup" nillable="true" type="s:int" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfPortDID">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="PortDID" nillable="true" type="tns:PortDID" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="PortDID">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="tier" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="rateCenter" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="lata" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="endpointGroup" type="s:int" />
          <s:element minOccurs="1" maxOccurs="1" name="cnam" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="e911" type="s:boolean" />
        </s:sequence>
      </s:complexType>
      <s:element name="getProvisioningHistory">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getProvisioningHistoryResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="getProvisioningHistoryResult" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="insert911">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="address1" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="address2" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="city" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="zip" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="plusFour" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="callerName" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="insert911Response">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="insert911Result" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="provisionLocation">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="locationId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="provisionLocationResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="provisionLocationResult" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="query911">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="query911Response">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="query911Result" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="queryDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="queryDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="queryDIDResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="releaseDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="didParams" type="tns:ArrayOfDIDParam" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="releaseDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="releaseDIDResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="remove911">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="remove911Response">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="remove911Result" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="removeLocation">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="locationId" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="removeLocationResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="removeLocationResult" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="reserveDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="didParams" type="tns:ArrayOfDIDParam" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="reserveDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="reserveDIDResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="update911">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="address1" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="address2" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="city" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="zip" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="plusFour" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="callerName" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="update911Response">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="update911Result" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="validate911">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="address1" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="address2" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="city" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="zip" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="plusFour" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="callerName" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="validate911Response">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="validate911Result" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="isPortable">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="isPortableResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="isPortableResult" type="tns:PortResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetCountries">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetCountriesResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetCountriesResult" type="tns:IntlResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="IntlResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Countries" type="tns:ArrayOfCountry" />
          <s:element minOccurs="0" maxOccurs="1" name="DIDs" type="tns:ArrayOfIntlDID" />
          <s:element minOccurs="0" maxOccurs="1" name="DID" type="tns:IntlDID" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfCountry">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="Country" nillable="true" type="tns:Country" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="Country">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="name" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="abbrev" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="cities" type="tns:ArrayOfCity" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfCity">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="City" nillable="true" type="tns:City" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="City">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="name" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="id" type="s:int" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="ArrayOfIntlDID">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="IntlDID" nillable="true" type="tns:IntlDID" />
        </s:sequence>
      </s:complexType>
      <s:complexType name="IntlDID">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="country" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="city" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="tier" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="status" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:element name="AssignIntlDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="cityID" type="s:int" />
            <s:element minOccurs="1" maxOccurs="1" name="epgID" type="s:int" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AssignIntlDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AssignIntlDIDResult" type="tns:IntlResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ReleaseIntlDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ReleaseIntlDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ReleaseIntlDIDResult" type="tns:IntlResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditIntlDIDs">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditIntlDIDsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditIntlDIDsResult" type="tns:IntlResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetCNAMDisplay">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetCNAMDisplayResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetCNAMDisplayResult" type="tns:CNAMResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="CNAMResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="DisplayName" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:element name="UpdateCNAMDisplay">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="name" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="UpdateCNAMDisplayResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="UpdateCNAMDisplayResult" type="tns:CNAMResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveCNAM">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveCNAMResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="RemoveCNAMResult" type="tns:CNAMResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SetFaxToEmail">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="email" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SetFaxToEmailResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="SetFaxToEmailResult" type="tns:FaxToEmailResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="FaxToEmailResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Email" type="s:string" />
        </s:sequence>
      </s:complexType>
      <s:element name="GetFaxToEmail">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetFaxToEmailResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetFaxToEmailResult" type="tns:FaxToEmailResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveFaxToEmail">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveFaxToEmailResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="RemoveFaxToEmailResult" type="tns:FaxToEmailResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="Add911Alert">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="email" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="Add911AlertResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="Add911AlertResult" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="Remove911Alert">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="email" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="Remove911AlertResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="Remove911AlertResult" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="Query911Alert">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="Query911AlertResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="Query911AlertResult" type="tns:Response911" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="UpdateDIDFailover">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="failover" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="UpdateDIDFailoverResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="UpdateDIDFailoverResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetDIDFailover">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetDIDFailoverResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetDIDFailoverResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetDIDForward">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetDIDForwardResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetDIDForwardResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SetDIDForward">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="forward" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SetDIDForwardResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="SetDIDForwardResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveDIDForward">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="epgId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveDIDForwardResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="RemoveDIDForwardResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetDIDGroup">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetDIDGroupResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetDIDGroupResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SetDIDGroup">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="groupId" type="s:int" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SetDIDGroupResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="SetDIDGroupResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveDIDGroup">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveDIDGroupResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="RemoveDIDGroupResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetDIDGroups">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetDIDGroupsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetDIDGroupsResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SetConferenceLine">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="pin" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SetConferenceLineResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="SetConferenceLineResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetConferenceLine">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetConferenceLineResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetConferenceLineResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveConferenceLine">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveConferenceLineResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="RemoveConferenceLineResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetPrepaidBalance">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetPrepaidBalanceResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetPrepaidBalanceResult" type="tns:NumericResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:complexType name="NumericResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="Amount" type="s:decimal" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: getDIDsExtended request and response, not in the 2014 WSDL (digest §3.75, §8) -->
      <s:element name="getDIDsExtended">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="lata" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="rateCenter" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="npa" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="nxx" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tier" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="t38" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="cnam" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sms" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="network" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getDIDsExtendedResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="getDIDsExtendedResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: assignDIDExtended request and response, not in the 2014 WSDL (digest §3.76, §8) -->
      <s:element name="assignDIDExtended">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="didParams" type="tns:ArrayOfDIDParam" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="assignDIDExtendedResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="assignDIDExtendedResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: InventoryDIDs request and response, not in the 2014 WSDL (digest §3.49, §8) -->
      <s:element name="InventoryDIDs">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="didParams" type="tns:ArrayOfDIDParam" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="InventoryDIDsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="InventoryDIDsResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetInventoryTNs request and response, not in the 2014 WSDL (digest §3.47, §8) -->
      <s:element name="GetInventoryTNs">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="didType" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetInventoryTNsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetInventoryTNsResult" type="tns:TNResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetUnconfiguredTNs request and response, not in the 2014 WSDL (digest §3.48, §8) -->
      <s:element name="GetUnconfiguredTNs">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="didType" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetUnconfiguredTNsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetUnconfiguredTNsResult" type="tns:TNResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetAvailableNPAs request and response, not in the 2014 WSDL (digest §3.66, §8) -->
      <s:element name="GetAvailableNPAs">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="ratecenter" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetAvailableNPAsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetAvailableNPAsResult" type="tns:Response" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetAvailableRateCenters request and response, not in the 2014 WSDL (digest §3.67, §8) -->
      <s:element name="GetAvailableRateCenters">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetAvailableRateCentersResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetAvailableRateCentersResult" type="tns:Response" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetAvailableStates request and response, not in the 2014 WSDL (digest §3.68, §8) -->
      <s:element name="GetAvailableStates">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetAvailableStatesResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetAvailableStatesResult" type="tns:Response" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AuditDIDFailovers request and response, not in the 2014 WSDL (digest §3.61, §8) -->
      <s:element name="AuditDIDFailovers">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditDIDFailoversResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditDIDFailoversResult" type="tns:AuditResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AuditDIDForwards request and response, not in the 2014 WSDL (digest §3.62, §8) -->
      <s:element name="AuditDIDForwards">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditDIDForwardsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditDIDForwardsResult" type="tns:AuditResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: CreateDIDGroup request and response, not in the 2014 WSDL (digest §3.33, §8) -->
      <s:element name="CreateDIDGroup">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="name" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="CreateDIDGroupResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="CreateDIDGroupResult" type="tns:DIDResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AuditConferenceLines request and response, not in the 2014 WSDL (digest §3.60, §8) -->
      <s:element name="AuditConferenceLines">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditConferenceLinesResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditConferenceLinesResult" type="tns:AuditResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetScripts request and response, not in the 2014 WSDL (digest §3.69, §8) -->
      <s:element name="GetScripts">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetScriptsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetScriptsResult" type="tns:ProgrammableTelcoResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: ProgramDID request and response, not in the 2014 WSDL (digest §3.70, §8) -->
      <s:element name="ProgramDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="scriptId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ProgramDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ProgramDIDResult" type="tns:ProgrammableTelcoResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: UnprogramDID request and response, not in the 2014 WSDL (digest §3.71, §8) -->
      <s:element name="UnprogramDID">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="did" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="endpointGroupId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="UnprogramDIDResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="UnprogramDIDResult" type="tns:ProgrammableTelcoResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: ConfigFaxToEmailNotifications request and response, not in the 2014 WSDL (digest §3.46, §8) -->
      <s:element name="ConfigFaxToEmailNotifications">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="enabled" type="s:boolean" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ConfigFaxToEmailNotificationsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ConfigFaxToEmailNotificationsResult" type="tns:FaxToEmailResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AuditFaxToEmails request and response, not in the 2014 WSDL (digest §3.63, §8) -->
      <s:element name="AuditFaxToEmails">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditFaxToEmailsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditFaxToEmailsResult" type="tns:AuditResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AddEmailToFax request and response, not in the 2014 WSDL (digest §3.72, §8) -->
      <s:element name="AddEmailToFax">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="email" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AddEmailToFaxResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AddEmailToFaxResult" type="tns:EmailToFaxResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetEmailToFax request and response, not in the 2014 WSDL (digest §3.73, §8) -->
      <s:element name="GetEmailToFax">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetEmailToFaxResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetEmailToFaxResult" type="tns:EmailToFaxResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: RemoveEmailToFax request and response, not in the 2014 WSDL (digest §3.74, §8) -->
      <s:element name="RemoveEmailToFax">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="email" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveEmailToFaxResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="RemoveEmailToFaxResult" type="tns:EmailToFaxResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetPortHistory request and response, not in the 2014 WSDL (digest §3.52, §8) -->
      <s:element name="GetPortHistory">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetPortHistoryResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetPortHistoryResult" type="tns:PortResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: getActivePorts request and response, not in the 2014 WSDL (digest §3.64, §8) -->
      <s:element name="getActivePorts">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="getActivePortsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="getActivePortsResult" type="tns:PortResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AuditEndpointGroups request and response, not in the 2014 WSDL (digest §3.58, §8) -->
      <s:element name="AuditEndpointGroups">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditEndpointGroupsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditEndpointGroupsResult" type="tns:AuditResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AuditEndpointGroup request and response, not in the 2014 WSDL (digest §3.59, §8) -->
      <s:element name="AuditEndpointGroup">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="groupId" type="s:int" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditEndpointGroupResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditEndpointGroupResult" type="tns:AuditResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: DeactivateEndpointGroup request and response, not in the 2014 WSDL (digest §3.50, §8) -->
      <s:element name="DeactivateEndpointGroup">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="groupid" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="DeactivateEndpointGroupResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="DeactivateEndpointGroupResult" type="tns:Response" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: ActivateEndpointGroup request and response, not in the 2014 WSDL (digest §3.51, §8) -->
      <s:element name="ActivateEndpointGroup">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="groupid" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ActivateEndpointGroupResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ActivateEndpointGroupResult" type="tns:Response" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AuditClients request and response, not in the 2014 WSDL (digest §3.57, §8) -->
      <s:element name="AuditClients">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditClientsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditClientsResult" type="tns:AuditResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: ConfigSMSDestination request and response, not in the 2014 WSDL (digest §3.65, §8) -->
      <s:element name="ConfigSMSDestination">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="destinationType" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="destination" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="authToken" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ConfigSMSDestinationResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ConfigSMSDestinationResult" type="tns:SMSResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: ConfigSMS request and response, not in the 2014 WSDL (digest §3.53, §8) -->
      <s:element name="ConfigSMS">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="enable" type="s:boolean" />
            <s:element minOccurs="0" maxOccurs="1" name="forwardEmail" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ConfigSMSResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ConfigSMSResult" type="tns:SMSResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AuditSMS request and response, not in the 2014 WSDL (digest §3.54, §8) -->
      <s:element name="AuditSMS">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tn" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AuditSMSResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AuditSMSResult" type="tns:SMSResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: SendSMS request and response, not in the 2014 WSDL (digest §3.55, §8) -->
      <s:element name="SendSMS">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sender" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="recipient" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="message" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SendSMSResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="SendSMSResult" type="tns:SMSResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: SendMMS request and response, not in the 2014 WSDL (digest §3.56, §8) -->
      <s:element name="SendMMS">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sender" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="recipient" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="message" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="files" type="tns:ArrayOfMMSFile" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="SendMMSResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="SendMMSResult" type="tns:MMSResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetSMSCustomers request and response, not in the 2014 WSDL (digest §3.77, §8) -->
      <s:element name="GetSMSCustomers">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetSMSCustomersResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetSMSCustomersResult" type="tns:SMSCustomerResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetSMSCustomersByTag request and response, not in the 2014 WSDL (digest §3.88, §8) -->
      <s:element name="GetSMSCustomersByTag">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tag" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetSMSCustomersByTagResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetSMSCustomersByTagResult" type="tns:SMSCustomerResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: CreateSMSCustomer request and response, not in the 2014 WSDL (digest §3.82, §8) -->
      <s:element name="CreateSMSCustomer">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="customer" type="tns:SMSCustomer" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="CreateSMSCustomerResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="CreateSMSCustomerResult" type="tns:SMSCustomerResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: UpdateSMSCustomer request and response, not in the 2014 WSDL (digest §3.92b, §8) -->
      <s:element name="UpdateSMSCustomer">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="customer" type="tns:SMSCustomer" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="UpdateSMSCustomerResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="UpdateSMSCustomerResult" type="tns:SMSCustomerResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: DeleteSMSCustomer request and response, not in the 2014 WSDL (digest §3.83, §8) -->
      <s:element name="DeleteSMSCustomer">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="customerId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="DeleteSMSCustomerResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="DeleteSMSCustomerResult" type="tns:SMSCustomerResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: TriggerSMSOTP request and response, not in the 2014 WSDL (digest §3.91, §8) -->
      <s:element name="TriggerSMSOTP">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="customerId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="TriggerSMSOTPResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="TriggerSMSOTPResult" type="tns:SMSCustomerResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: CheckSMSCustomerStatus request and response, not in the 2014 WSDL (digest §3.93, §8) -->
      <s:element name="CheckSMSCustomerStatus">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="customerId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="CheckSMSCustomerStatusResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="CheckSMSCustomerStatusResult" type="tns:SMSCustomerResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetSMSEnumerations request and response, not in the 2014 WSDL (digest §3.85, §8) -->
      <s:element name="GetSMSEnumerations">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetSMSEnumerationsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetSMSEnumerationsResult" type="tns:SMSEnumerationResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetSMSUsecaseOptions request and response, not in the 2014 WSDL (digest §3.86, §8) -->
      <s:element name="GetSMSUsecaseOptions">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="customerId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetSMSUsecaseOptionsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetSMSUsecaseOptionsResult" type="tns:SMSEnumerationResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetSMSCampaigns request and response, not in the 2014 WSDL (digest §3.78, §8) -->
      <s:element name="GetSMSCampaigns">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetSMSCampaignsResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetSMSCampaignsResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: CreateSMSCampaign request and response, not in the 2014 WSDL (digest §3.81, §8) -->
      <s:element name="CreateSMSCampaign">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="customerId" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="description" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="displayName" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="vertical" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="messageFlow" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sampleMsg1" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sampleMsg2" type="s:string" />
            <s:element minOccurs="1" maxOccurs="1" name="subOptIn" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="subOptOut" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="subHelp" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="numPooling" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="directLending" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="embeddedLink" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="embeddedPhone" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="affMarketing" type="s:boolean" />
            <s:element minOccurs="1" maxOccurs="1" name="ageGated" type="s:boolean" />
            <s:element minOccurs="0" maxOccurs="1" name="usecaseId" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="subUsecaseIds" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="CreateSMSCampaignResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="CreateSMSCampaignResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: UpdateSMSCampaign request and response, not in the 2014 WSDL (digest §3.92a, §8) -->
      <s:element name="UpdateSMSCampaign">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="campaignId" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="helpMessage" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="optOutMessage" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="messageFlow" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="description" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sampleMsg1" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="sampleMsg2" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="UpdateSMSCampaignResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="UpdateSMSCampaignResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: DeleteSMSCampaign request and response, not in the 2014 WSDL (digest §3.84, §8) -->
      <s:element name="DeleteSMSCampaign">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="campaignId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="DeleteSMSCampaignResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="DeleteSMSCampaignResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: GetCampaignRejectionReason request and response, not in the 2014 WSDL (digest §3.87, §8) -->
      <s:element name="GetCampaignRejectionReason">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="campaignId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="GetCampaignRejectionReasonResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="GetCampaignRejectionReasonResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: RegisterExternalSMSCampaign request and response, not in the 2014 WSDL (digest §3.89, §8) -->
      <s:element name="RegisterExternalSMSCampaign">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="campaignId" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="displayName" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RegisterExternalSMSCampaignResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="RegisterExternalSMSCampaignResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: ResubmitExternalSMSCampaign request and response, not in the 2014 WSDL (digest §3.90, §8) -->
      <s:element name="ResubmitExternalSMSCampaign">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="campaignId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="ResubmitExternalSMSCampaignResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="ResubmitExternalSMSCampaignResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: AssignToSMSCampaign request and response, not in the 2014 WSDL (digest §3.79, §8) -->
      <s:element name="AssignToSMSCampaign">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tns" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="campaignId" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="AssignToSMSCampaignResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="AssignToSMSCampaignResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: RemoveFromSMSCampaign request and response, not in the 2014 WSDL (digest §3.80, §8) -->
      <s:element name="RemoveFromSMSCampaign">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="login" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="secret" type="s:string" />
            <s:element minOccurs="0" maxOccurs="1" name="tns" type="s:string" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <s:element name="RemoveFromSMSCampaignResponse">
        <s:complexType>
          <s:sequence>
            <s:element minOccurs="0" maxOccurs="1" name="RemoveFromSMSCampaignResult" type="tns:SMSCampaignResponse" />
          </s:sequence>
        </s:complexType>
      </s:element>
      <!-- voip.carrier: type Response: generic result of 3.50, 3.51, 3.66-3.68; responseData proposed (digest §4.1) -->
      <s:complexType name="Response">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="responseData" type="tns:ArrayOfString" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type TNResponse: 3.47, 3.48 (digest §4.1) -->
      <s:complexType name="TNResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="TNs" type="tns:ArrayOfString" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type AuditResponse: 3.57-3.63; wrapper elements named as the doc's properties (digest §4.1) -->
      <s:complexType name="AuditResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Clients" type="tns:ArrayOfClient" />
          <s:element minOccurs="0" maxOccurs="1" name="EndpointGroup" type="tns:ArrayOfEndpointGroup" />
          <s:element minOccurs="0" maxOccurs="1" name="ConferenceLine" type="tns:ArrayOfConferenceLine" />
          <s:element minOccurs="0" maxOccurs="1" name="DIDFailover" type="tns:ArrayOfDIDFailover" />
          <s:element minOccurs="0" maxOccurs="1" name="DIDForward" type="tns:ArrayOfDIDForward" />
          <s:element minOccurs="0" maxOccurs="1" name="FaxToEmail" type="tns:ArrayOfFaxToEmail" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type SMSResponse: 3.53-3.55, 3.65; Uuid and MsgDetails for SendSMS (third-party hint, optional) (digest §4.1) -->
      <s:complexType name="SMSResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="SMSDID" type="tns:ArrayOfSMSDID" />
          <s:element minOccurs="0" maxOccurs="1" name="Uuid" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="MsgDetails" type="tns:SMSMsgDetails" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type SMSMsgDetails: SendSMS message details (third-party hint: types unknown, so strings) (digest §4.1) -->
      <s:complexType name="SMSMsgDetails">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="success" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="code" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="data" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="status" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="uuid" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type MMSResponse: 3.56 (digest §4.1) -->
      <s:complexType name="MMSResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Uuid" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ProgrammableTelcoResponse: 3.69-3.71 (digest §4.1) -->
      <s:complexType name="ProgrammableTelcoResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="ProgrammableTelcoScript" type="tns:ArrayOfProgrammableTelcoScript" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type EmailToFaxResponse: 3.72-3.74 (digest §4.1) -->
      <s:complexType name="EmailToFaxResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Email" type="tns:ArrayOfString" />
          <s:element minOccurs="0" maxOccurs="1" name="CallerID" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type SMSCampaignResponse: 10DLC campaigns (proposed) (digest §4.1) -->
      <s:complexType name="SMSCampaignResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Campaigns" type="tns:ArrayOfSMSCampaign" />
          <s:element minOccurs="0" maxOccurs="1" name="RejectionReason" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type SMSCustomerResponse: 10DLC customers (proposed) (digest §4.1) -->
      <s:complexType name="SMSCustomerResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Customers" type="tns:ArrayOfSMSCustomer" />
          <s:element minOccurs="0" maxOccurs="1" name="Status" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type SMSEnumerationResponse: 10DLC enumerations and use cases (proposed) (digest §4.1) -->
      <s:complexType name="SMSEnumerationResponse">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="responseCode" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="responseMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="EntityTypes" type="tns:ArrayOfString" />
          <s:element minOccurs="0" maxOccurs="1" name="Verticals" type="tns:ArrayOfString" />
          <s:element minOccurs="0" maxOccurs="1" name="Usecases" type="tns:ArrayOfString" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfPortDetail: PortResponse.ActivePorts (getActivePorts, Q32) (digest §4.1) -->
      <s:complexType name="ArrayOfPortDetail">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="PortDetail" nillable="true" type="tns:PortDetail" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfPortHistory: PortResponse.PortHistory (GetPortHistory) (digest §4.2) -->
      <s:complexType name="ArrayOfPortHistory">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="PortHistoryEntry" nillable="true" type="tns:PortHistory" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type PortHistory: one port history entry (proposed) (digest §4.2) -->
      <s:complexType name="PortHistory">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="date" type="s:dateTime" />
          <s:element minOccurs="0" maxOccurs="1" name="status" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="description" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfSMSDID (digest §4.2) -->
      <s:complexType name="ArrayOfSMSDID">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="SMSDID" nillable="true" type="tns:SMSDID" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type SMSDID: SMS settings of one DID; authToken is never echoed (digest §4.2) -->
      <s:complexType name="SMSDID">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="TN" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="Enabled" type="s:boolean" />
          <s:element minOccurs="0" maxOccurs="1" name="Forward" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="DestinationType" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Destination" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="DLR" type="s:boolean" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfEndpointGroup (digest §4.2) -->
      <s:complexType name="ArrayOfEndpointGroup">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="EndpointGroup" nillable="true" type="tns:EndpointGroup" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type EndpointGroup: fields of doc L579, Active implied by 3.50/3.51 (digest §4.2) -->
      <s:complexType name="EndpointGroup">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="ID" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="Name" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Client" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="Port" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="Prepend" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="RateDeck" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="StripPlus" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="StripCC" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="International" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="MTDUsage" type="s:decimal" />
          <s:element minOccurs="0" maxOccurs="1" name="IPAddresses" type="tns:ArrayOfString" />
          <s:element minOccurs="1" maxOccurs="1" name="Active" type="s:boolean" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfClient (digest §4.2) -->
      <s:complexType name="ArrayOfClient">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="Client" nillable="true" type="tns:Client" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type Client: fields of doc L571 (digest §4.2) -->
      <s:complexType name="Client">
        <s:sequence>
          <s:element minOccurs="1" maxOccurs="1" name="ID" type="s:int" />
          <s:element minOccurs="0" maxOccurs="1" name="Name" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="EndpointGroups" type="tns:ArrayOfInt" />
          <s:element minOccurs="0" maxOccurs="1" name="DIDGroups" type="tns:ArrayOfInt" />
          <s:element minOccurs="0" maxOccurs="1" name="E911Groups" type="tns:ArrayOfString" />
          <s:element minOccurs="1" maxOccurs="1" name="Usage" type="s:decimal" />
          <s:element minOccurs="0" maxOccurs="1" name="HostedBillingCustomers" type="tns:ArrayOfString" />
          <s:element minOccurs="0" maxOccurs="1" name="Failovers" type="tns:ArrayOfDIDFailover" />
          <s:element minOccurs="0" maxOccurs="1" name="Forwards" type="tns:ArrayOfDIDForward" />
          <s:element minOccurs="0" maxOccurs="1" name="ConferenceLines" type="tns:ArrayOfConferenceLine" />
          <s:element minOccurs="0" maxOccurs="1" name="FaxToEmails" type="tns:ArrayOfFaxToEmail" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfInt: value-type items: ASMX emits them neither nillable nor optional one by one (digest §4.2) -->
      <s:complexType name="ArrayOfInt">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="int" type="s:int" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfConferenceLine: AuditResponse.ConferenceLine is a list (digest §4.2) -->
      <s:complexType name="ArrayOfConferenceLine">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="ConferenceLine" nillable="true" type="tns:ConferenceLine" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfDIDFailover (digest §4.2) -->
      <s:complexType name="ArrayOfDIDFailover">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="DIDFailover" nillable="true" type="tns:DIDFailover" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type DIDFailover: doc L604 (digest §4.2) -->
      <s:complexType name="DIDFailover">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="TN" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="FailoverTN" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfDIDForward (digest §4.2) -->
      <s:complexType name="ArrayOfDIDForward">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="DIDForward" nillable="true" type="tns:DIDForward" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type DIDForward: doc L612 (digest §4.2) -->
      <s:complexType name="DIDForward">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="TN" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="ForwardTN" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfFaxToEmail (digest §4.2) -->
      <s:complexType name="ArrayOfFaxToEmail">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="FaxToEmail" nillable="true" type="tns:FaxToEmail" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type FaxToEmail: doc L620; Email may hold several addresses (digest §4.2) -->
      <s:complexType name="FaxToEmail">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="TN" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Email" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfProgrammableTelcoScript (digest §4.2) -->
      <s:complexType name="ArrayOfProgrammableTelcoScript">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="ProgrammableTelcoScript" nillable="true" type="tns:ProgrammableTelcoScript" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ProgrammableTelcoScript: proposed (digest §4.2) -->
      <s:complexType name="ProgrammableTelcoScript">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="ScriptId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Name" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfSMSCampaign (digest §4.2) -->
      <s:complexType name="ArrayOfSMSCampaign">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="SMSCampaign" nillable="true" type="tns:SMSCampaign" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type SMSCampaign: proposed, from the parameters of 3.81 and 3.92a (digest §4.2) -->
      <s:complexType name="SMSCampaign">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="campaignId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="customerId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="displayName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="description" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="vertical" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="messageFlow" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="sampleMsg1" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="sampleMsg2" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="helpMessage" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="optOutMessage" type="s:string" />
          <s:element minOccurs="1" maxOccurs="1" name="subOptIn" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="subOptOut" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="subHelp" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="numPooling" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="directLending" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="embeddedLink" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="embeddedPhone" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="affMarketing" type="s:boolean" />
          <s:element minOccurs="1" maxOccurs="1" name="ageGated" type="s:boolean" />
          <s:element minOccurs="0" maxOccurs="1" name="usecaseId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="subUsecaseIds" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="status" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="tns" type="tns:ArrayOfString" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfSMSCustomer (digest §4.2) -->
      <s:complexType name="ArrayOfSMSCustomer">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="SMSCustomer" nillable="true" type="tns:SMSCustomer" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type SMSCustomer: proposed (loosely TCR brand data); input of 3.82 and 3.92b, status is output only (digest §4.3) -->
      <s:complexType name="SMSCustomer">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="customerId" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="companyName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="displayName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="entityType" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="vertical" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="ein" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="firstName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="lastName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="email" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="phone" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="street" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="city" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="state" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="postalCode" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="country" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="website" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="tag" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="status" type="s:string" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type ArrayOfMMSFile (digest §4.3) -->
      <s:complexType name="ArrayOfMMSFile">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="unbounded" name="MMSFile" nillable="true" type="tns:MMSFile" />
        </s:sequence>
      </s:complexType>
      <!-- voip.carrier: type MMSFile: proposed: the doc only says 'the MMS file in the form of an image' (digest §4.3) -->
      <s:complexType name="MMSFile">
        <s:sequence>
          <s:element minOccurs="0" maxOccurs="1" name="FileName" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="ContentType" type="s:string" />
          <s:element minOccurs="0" maxOccurs="1" name="Data" type="s:base64Binary" />
        </s:sequence>
      </s:complexType>
    </s:schema>
  </wsdl:types>
  <wsdl:message name="addLocationSoapIn">
    <wsdl:part name="parameters" element="tns:addLocation" />
  </wsdl:message>
  <wsdl:message name="addLocationSoapOut">
    <wsdl:part name="parameters" element="tns:addLocationResponse" />
  </wsdl:message>
  <wsdl:message name="assignDIDSoapIn">
    <wsdl:part name="parameters" element="tns:assignDID" />
  </wsdl:message>
  <wsdl:message name="assignDIDSoapOut">
    <wsdl:part name="parameters" element="tns:assignDIDResponse" />
  </wsdl:message>
  <wsdl:message name="audit911SoapIn">
    <wsdl:part name="parameters" element="tns:audit911" />
  </wsdl:message>
  <wsdl:message name="audit911SoapOut">
    <wsdl:part name="parameters" element="tns:audit911Response" />
  </wsdl:message>
  <wsdl:message name="auditDIDsSoapIn">
    <wsdl:part name="parameters" element="tns:auditDIDs" />
  </wsdl:message>
  <wsdl:message name="auditDIDsSoapOut">
    <wsdl:part name="parameters" element="tns:auditDIDsResponse" />
  </wsdl:message>
  <wsdl:message name="AuditDIDGroupSoapIn">
    <wsdl:part name="parameters" element="tns:AuditDIDGroup" />
  </wsdl:message>
  <wsdl:message name="AuditDIDGroupSoapOut">
    <wsdl:part name="parameters" element="tns:AuditDIDGroupResponse" />
  </wsdl:message>
  <wsdl:message name="configDIDSoapIn">
    <wsdl:part name="parameters" element="tns:configDID" />
  </wsdl:message>
  <wsdl:message name="configDIDSoapOut">
    <wsdl:part name="parameters" element="tns:configDIDResponse" />
  </wsdl:message>
  <wsdl:message name="getDIDCountSoapIn">
    <wsdl:part name="parameters" element="tns:getDIDCount" />
  </wsdl:message>
  <wsdl:message name="getDIDCountSoapOut">
    <wsdl:part name="parameters" element="tns:getDIDCountResponse" />
  </wsdl:message>
  <wsdl:message name="getDIDsSoapIn">
    <wsdl:part name="parameters" element="tns:getDIDs" />
  </wsdl:message>
  <wsdl:message name="getDIDsSoapOut">
    <wsdl:part name="parameters" element="tns:getDIDsResponse" />
  </wsdl:message>
  <wsdl:message name="getLocationsSoapIn">
    <wsdl:part name="parameters" element="tns:getLocations" />
  </wsdl:message>
  <wsdl:message name="getLocationsSoapOut">
    <wsdl:part name="parameters" element="tns:getLocationsResponse" />
  </wsdl:message>
  <wsdl:message name="getPortDetailsSoapIn">
    <wsdl:part name="parameters" element="tns:getPortDetails" />
  </wsdl:message>
  <wsdl:message name="getPortDetailsSoapOut">
    <wsdl:part name="parameters" element="tns:getPortDetailsResponse" />
  </wsdl:message>
  <wsdl:message name="getProvisioningHistorySoapIn">
    <wsdl:part name="parameters" element="tns:getProvisioningHistory" />
  </wsdl:message>
  <wsdl:message name="getProvisioningHistorySoapOut">
    <wsdl:part name="parameters" element="tns:getProvisioningHistoryResponse" />
  </wsdl:message>
  <wsdl:message name="insert911SoapIn">
    <wsdl:part name="parameters" element="tns:insert911" />
  </wsdl:message>
  <wsdl:message name="insert911SoapOut">
    <wsdl:part name="parameters" element="tns:insert911Response" />
  </wsdl:message>
  <wsdl:message name="provisionLocationSoapIn">
    <wsdl:part name="parameters" element="tns:provisionLocation" />
  </wsdl:message>
  <wsdl:message name="provisionLocationSoapOut">
    <wsdl:part name="parameters" element="tns:provisionLocationResponse" />
  </wsdl:message>
  <wsdl:message name="query911SoapIn">
    <wsdl:part name="parameters" element="tns:query911" />
  </wsdl:message>
  <wsdl:message name="query911SoapOut">
    <wsdl:part name="parameters" element="tns:query911Response" />
  </wsdl:message>
  <wsdl:message name="queryDIDSoapIn">
    <wsdl:part name="parameters" element="tns:queryDID" />
  </wsdl:message>
  <wsdl:message name="queryDIDSoapOut">
    <wsdl:part name="parameters" element="tns:queryDIDResponse" />
  </wsdl:message>
  <wsdl:message name="releaseDIDSoapIn">
    <wsdl:part name="parameters" element="tns:releaseDID" />
  </wsdl:message>
  <wsdl:message name="releaseDIDSoapOut">
    <wsdl:part name="parameters" element="tns:releaseDIDResponse" />
  </wsdl:message>
  <wsdl:message name="remove911SoapIn">
    <wsdl:part name="parameters" element="tns:remove911" />
  </wsdl:message>
  <wsdl:message name="remove911SoapOut">
    <wsdl:part name="parameters" element="tns:remove911Response" />
  </wsdl:message>
  <wsdl:message name="removeLocationSoapIn">
    <wsdl:part name="parameters" element="tns:removeLocation" />
  </wsdl:message>
  <wsdl:message name="removeLocationSoapOut">
    <wsdl:part name="parameters" element="tns:removeLocationResponse" />
  </wsdl:message>
  <wsdl:message name="reserveDIDSoapIn">
    <wsdl:part name="parameters" element="tns:reserveDID" />
  </wsdl:message>
  <wsdl:message name="reserveDIDSoapOut">
    <wsdl:part name="parameters" element="tns:reserveDIDResponse" />
  </wsdl:message>
  <wsdl:message name="update911SoapIn">
    <wsdl:part name="parameters" element="tns:update911" />
  </wsdl:message>
  <wsdl:message name="update911SoapOut">
    <wsdl:part name="parameters" element="tns:update911Response" />
  </wsdl:message>
  <wsdl:message name="validate911SoapIn">
    <wsdl:part name="parameters" element="tns:validate911" />
  </wsdl:message>
  <wsdl:message name="validate911SoapOut">
    <wsdl:part name="parameters" element="tns:validate911Response" />
  </wsdl:message>
  <wsdl:message name="isPortableSoapIn">
    <wsdl:part name="parameters" element="tns:isPortable" />
  </wsdl:message>
  <wsdl:message name="isPortableSoapOut">
    <wsdl:part name="parameters" element="tns:isPortableResponse" />
  </wsdl:message>
  <wsdl:message name="GetCountriesSoapIn">
    <wsdl:part name="parameters" element="tns:GetCountries" />
  </wsdl:message>
  <wsdl:message name="GetCountriesSoapOut">
    <wsdl:part name="parameters" element="tns:GetCountriesResponse" />
  </wsdl:message>
  <wsdl:message name="AssignIntlDIDSoapIn">
    <wsdl:part name="parameters" element="tns:AssignIntlDID" />
  </wsdl:message>
  <wsdl:message name="AssignIntlDIDSoapOut">
    <wsdl:part name="parameters" element="tns:AssignIntlDIDResponse" />
  </wsdl:message>
  <wsdl:message name="ReleaseIntlDIDSoapIn">
    <wsdl:part name="parameters" element="tns:ReleaseIntlDID" />
  </wsdl:message>
  <wsdl:message name="ReleaseIntlDIDSoapOut">
    <wsdl:part name="parameters" element="tns:ReleaseIntlDIDResponse" />
  </wsdl:message>
  <wsdl:message name="AuditIntlDIDsSoapIn">
    <wsdl:part name="parameters" element="tns:AuditIntlDIDs" />
  </wsdl:message>
  <wsdl:message name="AuditIntlDIDsSoapOut">
    <wsdl:part name="parameters" element="tns:AuditIntlDIDsResponse" />
  </wsdl:message>
  <wsdl:message name="GetCNAMDisplaySoapIn">
    <wsdl:part name="parameters" element="tns:GetCNAMDisplay" />
  </wsdl:message>
  <wsdl:message name="GetCNAMDisplaySoapOut">
    <wsdl:part name="parameters" element="tns:GetCNAMDisplayResponse" />
  </wsdl:message>
  <wsdl:message name="UpdateCNAMDisplaySoapIn">
    <wsdl:part name="parameters" element="tns:UpdateCNAMDisplay" />
  </wsdl:message>
  <wsdl:message name="UpdateCNAMDisplaySoapOut">
    <wsdl:part name="parameters" element="tns:UpdateCNAMDisplayResponse" />
  </wsdl:message>
  <wsdl:message name="RemoveCNAMSoapIn">
    <wsdl:part name="parameters" element="tns:RemoveCNAM" />
  </wsdl:message>
  <wsdl:message name="RemoveCNAMSoapOut">
    <wsdl:part name="parameters" element="tns:RemoveCNAMResponse" />
  </wsdl:message>
  <wsdl:message name="SetFaxToEmailSoapIn">
    <wsdl:part name="parameters" element="tns:SetFaxToEmail" />
  </wsdl:message>
  <wsdl:message name="SetFaxToEmailSoapOut">
    <wsdl:part name="parameters" element="tns:SetFaxToEmailResponse" />
  </wsdl:message>
  <wsdl:message name="GetFaxToEmailSoapIn">
    <wsdl:part name="parameters" element="tns:GetFaxToEmail" />
  </wsdl:message>
  <wsdl:message name="GetFaxToEmailSoapOut">
    <wsdl:part name="parameters" element="tns:GetFaxToEmailResponse" />
  </wsdl:message>
  <wsdl:message name="RemoveFaxToEmailSoapIn">
    <wsdl:part name="parameters" element="tns:RemoveFaxToEmail" />
  </wsdl:message>
  <wsdl:message name="RemoveFaxToEmailSoapOut">
    <wsdl:part name="parameters" element="tns:RemoveFaxToEmailResponse" />
  </wsdl:message>
  <wsdl:message name="Add911AlertSoapIn">
    <wsdl:part name="parameters" element="tns:Add911Alert" />
  </wsdl:message>
  <wsdl:message name="Add911AlertSoapOut">
    <wsdl:part name="parameters" element="tns:Add911AlertResponse" />
  </wsdl:message>
  <wsdl:message name="Remove911AlertSoapIn">
    <wsdl:part name="parameters" element="tns:Remove911Alert" />
  </wsdl:message>
  <wsdl:message name="Remove911AlertSoapOut">
    <wsdl:part name="parameters" element="tns:Remove911AlertResponse" />
  </wsdl:message>
  <wsdl:message name="Query911AlertSoapIn">
    <wsdl:part name="parameters" element="tns:Query911Alert" />
  </wsdl:message>
  <wsdl:message name="Query911AlertSoapOut">
    <wsdl:part name="parameters" element="tns:Query911AlertResponse" />
  </wsdl:message>
  <wsdl:message name="UpdateDIDFailoverSoapIn">
    <wsdl:part name="parameters" element="tns:UpdateDIDFailover" />
  </wsdl:message>
  <wsdl:message name="UpdateDIDFailoverSoapOut">
    <wsdl:part name="parameters" element="tns:UpdateDIDFailoverResponse" />
  </wsdl:message>
  <wsdl:message name="GetDIDFailoverSoapIn">
    <wsdl:part name="parameters" element="tns:GetDIDFailover" />
  </wsdl:message>
  <wsdl:message name="GetDIDFailoverSoapOut">
    <wsdl:part name="parameters" element="tns:GetDIDFailoverResponse" />
  </wsdl:message>
  <wsdl:message name="GetDIDForwardSoapIn">
    <wsdl:part name="parameters" element="tns:GetDIDForward" />
  </wsdl:message>
  <wsdl:message name="GetDIDForwardSoapOut">
    <wsdl:part name="parameters" element="tns:GetDIDForwardResponse" />
  </wsdl:message>
  <wsdl:message name="SetDIDForwardSoapIn">
    <wsdl:part name="parameters" element="tns:SetDIDForward" />
  </wsdl:message>
  <wsdl:message name="SetDIDForwardSoapOut">
    <wsdl:part name="parameters" element="tns:SetDIDForwardResponse" />
  </wsdl:message>
  <wsdl:message name="RemoveDIDForwardSoapIn">
    <wsdl:part name="parameters" element="tns:RemoveDIDForward" />
  </wsdl:message>
  <wsdl:message name="RemoveDIDForwardSoapOut">
    <wsdl:part name="parameters" element="tns:RemoveDIDForwardResponse" />
  </wsdl:message>
  <wsdl:message name="GetDIDGroupSoapIn">
    <wsdl:part name="parameters" element="tns:GetDIDGroup" />
  </wsdl:message>
  <wsdl:message name="GetDIDGroupSoapOut">
    <wsdl:part name="parameters" element="tns:GetDIDGroupResponse" />
  </wsdl:message>
  <wsdl:message name="SetDIDGroupSoapIn">
    <wsdl:part name="parameters" element="tns:SetDIDGroup" />
  </wsdl:message>
  <wsdl:message name="SetDIDGroupSoapOut">
    <wsdl:part name="parameters" element="tns:SetDIDGroupResponse" />
  </wsdl:message>
  <wsdl:message name="RemoveDIDGroupSoapIn">
    <wsdl:part name="parameters" element="tns:RemoveDIDGroup" />
  </wsdl:message>
  <wsdl:message name="RemoveDIDGroupSoapOut">
    <wsdl:part name="parameters" element="tns:RemoveDIDGroupResponse" />
  </wsdl:message>
  <wsdl:message name="GetDIDGroupsSoapIn">
    <wsdl:part name="parameters" element="tns:GetDIDGroups" />
  </wsdl:message>
  <wsdl:message name="GetDIDGroupsSoapOut">
    <wsdl:part name="parameters" element="tns:GetDIDGroupsResponse" />
  </wsdl:message>
  <wsdl:message name="SetConferenceLineSoapIn">
    <wsdl:part name="parameters" element="tns:SetConferenceLine" />
  </wsdl:message>
  <wsdl:message name="SetConferenceLineSoapOut">
    <wsdl:part name="parameters" element="tns:SetConferenceLineResponse" />
  </wsdl:message>
  <wsdl:message name="GetConferenceLineSoapIn">
    <wsdl:part name="parameters" element="tns:GetConferenceLine" />
  </wsdl:message>
  <wsdl:message name="GetConferenceLineSoapOut">
    <wsdl:part name="parameters" element="tns:GetConferenceLineResponse" />
  </wsdl:message>
  <wsdl:message name="RemoveConferenceLineSoapIn">
    <wsdl:part name="parameters" element="tns:RemoveConferenceLine" />
  </wsdl:message>
  <wsdl:message name="RemoveConferenceLineSoapOut">
    <wsdl:part name="parameters" element="tns:RemoveConferenceLineResponse" />
  </wsdl:message>
  <wsdl:message name="GetPrepaidBalanceSoapIn">
    <wsdl:part name="parameters" element="tns:GetPrepaidBalance" />
  </wsdl:message>
  <wsdl:message name="GetPrepaidBalanceSoapOut">
    <wsdl:part name="parameters" element="tns:GetPrepaidBalanceResponse" />
  </wsdl:message>
  <!-- voip.carrier: getDIDsExtended messages (digest §3.75, §8) -->
  <wsdl:message name="getDIDsExtendedSoapIn">
    <wsdl:part name="parameters" element="tns:getDIDsExtended" />
  </wsdl:message>
  <wsdl:message name="getDIDsExtendedSoapOut">
    <wsdl:part name="parameters" element="tns:getDIDsExtendedResponse" />
  </wsdl:message>
  <!-- voip.carrier: assignDIDExtended messages (digest §3.76, §8) -->
  <wsdl:message name="assignDIDExtendedSoapIn">
    <wsdl:part name="parameters" element="tns:assignDIDExtended" />
  </wsdl:message>
  <wsdl:message name="assignDIDExtendedSoapOut">
    <wsdl:part name="parameters" element="tns:assignDIDExtendedResponse" />
  </wsdl:message>
  <!-- voip.carrier: InventoryDIDs messages (digest §3.49, §8) -->
  <wsdl:message name="InventoryDIDsSoapIn">
    <wsdl:part name="parameters" element="tns:InventoryDIDs" />
  </wsdl:message>
  <wsdl:message name="InventoryDIDsSoapOut">
    <wsdl:part name="parameters" element="tns:InventoryDIDsResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetInventoryTNs messages (digest §3.47, §8) -->
  <wsdl:message name="GetInventoryTNsSoapIn">
    <wsdl:part name="parameters" element="tns:GetInventoryTNs" />
  </wsdl:message>
  <wsdl:message name="GetInventoryTNsSoapOut">
    <wsdl:part name="parameters" element="tns:GetInventoryTNsResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetUnconfiguredTNs messages (digest §3.48, §8) -->
  <wsdl:message name="GetUnconfiguredTNsSoapIn">
    <wsdl:part name="parameters" element="tns:GetUnconfiguredTNs" />
  </wsdl:message>
  <wsdl:message name="GetUnconfiguredTNsSoapOut">
    <wsdl:part name="parameters" element="tns:GetUnconfiguredTNsResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetAvailableNPAs messages (digest §3.66, §8) -->
  <wsdl:message name="GetAvailableNPAsSoapIn">
    <wsdl:part name="parameters" element="tns:GetAvailableNPAs" />
  </wsdl:message>
  <wsdl:message name="GetAvailableNPAsSoapOut">
    <wsdl:part name="parameters" element="tns:GetAvailableNPAsResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetAvailableRateCenters messages (digest §3.67, §8) -->
  <wsdl:message name="GetAvailableRateCentersSoapIn">
    <wsdl:part name="parameters" element="tns:GetAvailableRateCenters" />
  </wsdl:message>
  <wsdl:message name="GetAvailableRateCentersSoapOut">
    <wsdl:part name="parameters" element="tns:GetAvailableRateCentersResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetAvailableStates messages (digest §3.68, §8) -->
  <wsdl:message name="GetAvailableStatesSoapIn">
    <wsdl:part name="parameters" element="tns:GetAvailableStates" />
  </wsdl:message>
  <wsdl:message name="GetAvailableStatesSoapOut">
    <wsdl:part name="parameters" element="tns:GetAvailableStatesResponse" />
  </wsdl:message>
  <!-- voip.carrier: AuditDIDFailovers messages (digest §3.61, §8) -->
  <wsdl:message name="AuditDIDFailoversSoapIn">
    <wsdl:part name="parameters" element="tns:AuditDIDFailovers" />
  </wsdl:message>
  <wsdl:message name="AuditDIDFailoversSoapOut">
    <wsdl:part name="parameters" element="tns:AuditDIDFailoversResponse" />
  </wsdl:message>
  <!-- voip.carrier: AuditDIDForwards messages (digest §3.62, §8) -->
  <wsdl:message name="AuditDIDForwardsSoapIn">
    <wsdl:part name="parameters" element="tns:AuditDIDForwards" />
  </wsdl:message>
  <wsdl:message name="AuditDIDForwardsSoapOut">
    <wsdl:part name="parameters" element="tns:AuditDIDForwardsResponse" />
  </wsdl:message>
  <!-- voip.carrier: CreateDIDGroup messages (digest §3.33, §8) -->
  <wsdl:message name="CreateDIDGroupSoapIn">
    <wsdl:part name="parameters" element="tns:CreateDIDGroup" />
  </wsdl:message>
  <wsdl:message name="CreateDIDGroupSoapOut">
    <wsdl:part name="parameters" element="tns:CreateDIDGroupResponse" />
  </wsdl:message>
  <!-- voip.carrier: AuditConferenceLines messages (digest §3.60, §8) -->
  <wsdl:message name="AuditConferenceLinesSoapIn">
    <wsdl:part name="parameters" element="tns:AuditConferenceLines" />
  </wsdl:message>
  <wsdl:message name="AuditConferenceLinesSoapOut">
    <wsdl:part name="parameters" element="tns:AuditConferenceLinesResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetScripts messages (digest §3.69, §8) -->
  <wsdl:message name="GetScriptsSoapIn">
    <wsdl:part name="parameters" element="tns:GetScripts" />
  </wsdl:message>
  <wsdl:message name="GetScriptsSoapOut">
    <wsdl:part name="parameters" element="tns:GetScriptsResponse" />
  </wsdl:message>
  <!-- voip.carrier: ProgramDID messages (digest §3.70, §8) -->
  <wsdl:message name="ProgramDIDSoapIn">
    <wsdl:part name="parameters" element="tns:ProgramDID" />
  </wsdl:message>
  <wsdl:message name="ProgramDIDSoapOut">
    <wsdl:part name="parameters" element="tns:ProgramDIDResponse" />
  </wsdl:message>
  <!-- voip.carrier: UnprogramDID messages (digest §3.71, §8) -->
  <wsdl:message name="UnprogramDIDSoapIn">
    <wsdl:part name="parameters" element="tns:UnprogramDID" />
  </wsdl:message>
  <wsdl:message name="UnprogramDIDSoapOut">
    <wsdl:part name="parameters" element="tns:UnprogramDIDResponse" />
  </wsdl:message>
  <!-- voip.carrier: ConfigFaxToEmailNotifications messages (digest §3.46, §8) -->
  <wsdl:message name="ConfigFaxToEmailNotificationsSoapIn">
    <wsdl:part name="parameters" element="tns:ConfigFaxToEmailNotifications" />
  </wsdl:message>
  <wsdl:message name="ConfigFaxToEmailNotificationsSoapOut">
    <wsdl:part name="parameters" element="tns:ConfigFaxToEmailNotificationsResponse" />
  </wsdl:message>
  <!-- voip.carrier: AuditFaxToEmails messages (digest §3.63, §8) -->
  <wsdl:message name="AuditFaxToEmailsSoapIn">
    <wsdl:part name="parameters" element="tns:AuditFaxToEmails" />
  </wsdl:message>
  <wsdl:message name="AuditFaxToEmailsSoapOut">
    <wsdl:part name="parameters" element="tns:AuditFaxToEmailsResponse" />
  </wsdl:message>
  <!-- voip.carrier: AddEmailToFax messages (digest §3.72, §8) -->
  <wsdl:message name="AddEmailToFaxSoapIn">
    <wsdl:part name="parameters" element="tns:AddEmailToFax" />
  </wsdl:message>
  <wsdl:message name="AddEmailToFaxSoapOut">
    <wsdl:part name="parameters" element="tns:AddEmailToFaxResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetEmailToFax messages (digest §3.73, §8) -->
  <wsdl:message name="GetEmailToFaxSoapIn">
    <wsdl:part name="parameters" element="tns:GetEmailToFax" />
  </wsdl:message>
  <wsdl:message name="GetEmailToFaxSoapOut">
    <wsdl:part name="parameters" element="tns:GetEmailToFaxResponse" />
  </wsdl:message>
  <!-- voip.carrier: RemoveEmailToFax messages (digest §3.74, §8) -->
  <wsdl:message name="RemoveEmailToFaxSoapIn">
    <wsdl:part name="parameters" element="tns:RemoveEmailToFax" />
  </wsdl:message>
  <wsdl:message name="RemoveEmailToFaxSoapOut">
    <wsdl:part name="parameters" element="tns:RemoveEmailToFaxResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetPortHistory messages (digest §3.52, §8) -->
  <wsdl:message name="GetPortHistorySoapIn">
    <wsdl:part name="parameters" element="tns:GetPortHistory" />
  </wsdl:message>
  <wsdl:message name="GetPortHistorySoapOut">
    <wsdl:part name="parameters" element="tns:GetPortHistoryResponse" />
  </wsdl:message>
  <!-- voip.carrier: getActivePorts messages (digest §3.64, §8) -->
  <wsdl:message name="getActivePortsSoapIn">
    <wsdl:part name="parameters" element="tns:getActivePorts" />
  </wsdl:message>
  <wsdl:message name="getActivePortsSoapOut">
    <wsdl:part name="parameters" element="tns:getActivePortsResponse" />
  </wsdl:message>
  <!-- voip.carrier: AuditEndpointGroups messages (digest §3.58, §8) -->
  <wsdl:message name="AuditEndpointGroupsSoapIn">
    <wsdl:part name="parameters" element="tns:AuditEndpointGroups" />
  </wsdl:message>
  <wsdl:message name="AuditEndpointGroupsSoapOut">
    <wsdl:part name="parameters" element="tns:AuditEndpointGroupsResponse" />
  </wsdl:message>
  <!-- voip.carrier: AuditEndpointGroup messages (digest §3.59, §8) -->
  <wsdl:message name="AuditEndpointGroupSoapIn">
    <wsdl:part name="parameters" element="tns:AuditEndpointGroup" />
  </wsdl:message>
  <wsdl:message name="AuditEndpointGroupSoapOut">
    <wsdl:part name="parameters" element="tns:AuditEndpointGroupResponse" />
  </wsdl:message>
  <!-- voip.carrier: DeactivateEndpointGroup messages (digest §3.50, §8) -->
  <wsdl:message name="DeactivateEndpointGroupSoapIn">
    <wsdl:part name="parameters" element="tns:DeactivateEndpointGroup" />
  </wsdl:message>
  <wsdl:message name="DeactivateEndpointGroupSoapOut">
    <wsdl:part name="parameters" element="tns:DeactivateEndpointGroupResponse" />
  </wsdl:message>
  <!-- voip.carrier: ActivateEndpointGroup messages (digest §3.51, §8) -->
  <wsdl:message name="ActivateEndpointGroupSoapIn">
    <wsdl:part name="parameters" element="tns:ActivateEndpointGroup" />
  </wsdl:message>
  <wsdl:message name="ActivateEndpointGroupSoapOut">
    <wsdl:part name="parameters" element="tns:ActivateEndpointGroupResponse" />
  </wsdl:message>
  <!-- voip.carrier: AuditClients messages (digest §3.57, §8) -->
  <wsdl:message name="AuditClientsSoapIn">
    <wsdl:part name="parameters" element="tns:AuditClients" />
  </wsdl:message>
  <wsdl:message name="AuditClientsSoapOut">
    <wsdl:part name="parameters" element="tns:AuditClientsResponse" />
  </wsdl:message>
  <!-- voip.carrier: ConfigSMSDestination messages (digest §3.65, §8) -->
  <wsdl:message name="ConfigSMSDestinationSoapIn">
    <wsdl:part name="parameters" element="tns:ConfigSMSDestination" />
  </wsdl:message>
  <wsdl:message name="ConfigSMSDestinationSoapOut">
    <wsdl:part name="parameters" element="tns:ConfigSMSDestinationResponse" />
  </wsdl:message>
  <!-- voip.carrier: ConfigSMS messages (digest §3.53, §8) -->
  <wsdl:message name="ConfigSMSSoapIn">
    <wsdl:part name="parameters" element="tns:ConfigSMS" />
  </wsdl:message>
  <wsdl:message name="ConfigSMSSoapOut">
    <wsdl:part name="parameters" element="tns:ConfigSMSResponse" />
  </wsdl:message>
  <!-- voip.carrier: AuditSMS messages (digest §3.54, §8) -->
  <wsdl:message name="AuditSMSSoapIn">
    <wsdl:part name="parameters" element="tns:AuditSMS" />
  </wsdl:message>
  <wsdl:message name="AuditSMSSoapOut">
    <wsdl:part name="parameters" element="tns:AuditSMSResponse" />
  </wsdl:message>
  <!-- voip.carrier: SendSMS messages (digest §3.55, §8) -->
  <wsdl:message name="SendSMSSoapIn">
    <wsdl:part name="parameters" element="tns:SendSMS" />
  </wsdl:message>
  <wsdl:message name="SendSMSSoapOut">
    <wsdl:part name="parameters" element="tns:SendSMSResponse" />
  </wsdl:message>
  <!-- voip.carrier: SendMMS messages (digest §3.56, §8) -->
  <wsdl:message name="SendMMSSoapIn">
    <wsdl:part name="parameters" element="tns:SendMMS" />
  </wsdl:message>
  <wsdl:message name="SendMMSSoapOut">
    <wsdl:part name="parameters" element="tns:SendMMSResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetSMSCustomers messages (digest §3.77, §8) -->
  <wsdl:message name="GetSMSCustomersSoapIn">
    <wsdl:part name="parameters" element="tns:GetSMSCustomers" />
  </wsdl:message>
  <wsdl:message name="GetSMSCustomersSoapOut">
    <wsdl:part name="parameters" element="tns:GetSMSCustomersResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetSMSCustomersByTag messages (digest §3.88, §8) -->
  <wsdl:message name="GetSMSCustomersByTagSoapIn">
    <wsdl:part name="parameters" element="tns:GetSMSCustomersByTag" />
  </wsdl:message>
  <wsdl:message name="GetSMSCustomersByTagSoapOut">
    <wsdl:part name="parameters" element="tns:GetSMSCustomersByTagResponse" />
  </wsdl:message>
  <!-- voip.carrier: CreateSMSCustomer messages (digest §3.82, §8) -->
  <wsdl:message name="CreateSMSCustomerSoapIn">
    <wsdl:part name="parameters" element="tns:CreateSMSCustomer" />
  </wsdl:message>
  <wsdl:message name="CreateSMSCustomerSoapOut">
    <wsdl:part name="parameters" element="tns:CreateSMSCustomerResponse" />
  </wsdl:message>
  <!-- voip.carrier: UpdateSMSCustomer messages (digest §3.92b, §8) -->
  <wsdl:message name="UpdateSMSCustomerSoapIn">
    <wsdl:part name="parameters" element="tns:UpdateSMSCustomer" />
  </wsdl:message>
  <wsdl:message name="UpdateSMSCustomerSoapOut">
    <wsdl:part name="parameters" element="tns:UpdateSMSCustomerResponse" />
  </wsdl:message>
  <!-- voip.carrier: DeleteSMSCustomer messages (digest §3.83, §8) -->
  <wsdl:message name="DeleteSMSCustomerSoapIn">
    <wsdl:part name="parameters" element="tns:DeleteSMSCustomer" />
  </wsdl:message>
  <wsdl:message name="DeleteSMSCustomerSoapOut">
    <wsdl:part name="parameters" element="tns:DeleteSMSCustomerResponse" />
  </wsdl:message>
  <!-- voip.carrier: TriggerSMSOTP messages (digest §3.91, §8) -->
  <wsdl:message name="TriggerSMSOTPSoapIn">
    <wsdl:part name="parameters" element="tns:TriggerSMSOTP" />
  </wsdl:message>
  <wsdl:message name="TriggerSMSOTPSoapOut">
    <wsdl:part name="parameters" element="tns:TriggerSMSOTPResponse" />
  </wsdl:message>
  <!-- voip.carrier: CheckSMSCustomerStatus messages (digest §3.93, §8) -->
  <wsdl:message name="CheckSMSCustomerStatusSoapIn">
    <wsdl:part name="parameters" element="tns:CheckSMSCustomerStatus" />
  </wsdl:message>
  <wsdl:message name="CheckSMSCustomerStatusSoapOut">
    <wsdl:part name="parameters" element="tns:CheckSMSCustomerStatusResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetSMSEnumerations messages (digest §3.85, §8) -->
  <wsdl:message name="GetSMSEnumerationsSoapIn">
    <wsdl:part name="parameters" element="tns:GetSMSEnumerations" />
  </wsdl:message>
  <wsdl:message name="GetSMSEnumerationsSoapOut">
    <wsdl:part name="parameters" element="tns:GetSMSEnumerationsResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetSMSUsecaseOptions messages (digest §3.86, §8) -->
  <wsdl:message name="GetSMSUsecaseOptionsSoapIn">
    <wsdl:part name="parameters" element="tns:GetSMSUsecaseOptions" />
  </wsdl:message>
  <wsdl:message name="GetSMSUsecaseOptionsSoapOut">
    <wsdl:part name="parameters" element="tns:GetSMSUsecaseOptionsResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetSMSCampaigns messages (digest §3.78, §8) -->
  <wsdl:message name="GetSMSCampaignsSoapIn">
    <wsdl:part name="parameters" element="tns:GetSMSCampaigns" />
  </wsdl:message>
  <wsdl:message name="GetSMSCampaignsSoapOut">
    <wsdl:part name="parameters" element="tns:GetSMSCampaignsResponse" />
  </wsdl:message>
  <!-- voip.carrier: CreateSMSCampaign messages (digest §3.81, §8) -->
  <wsdl:message name="CreateSMSCampaignSoapIn">
    <wsdl:part name="parameters" element="tns:CreateSMSCampaign" />
  </wsdl:message>
  <wsdl:message name="CreateSMSCampaignSoapOut">
    <wsdl:part name="parameters" element="tns:CreateSMSCampaignResponse" />
  </wsdl:message>
  <!-- voip.carrier: UpdateSMSCampaign messages (digest §3.92a, §8) -->
  <wsdl:message name="UpdateSMSCampaignSoapIn">
    <wsdl:part name="parameters" element="tns:UpdateSMSCampaign" />
  </wsdl:message>
  <wsdl:message name="UpdateSMSCampaignSoapOut">
    <wsdl:part name="parameters" element="tns:UpdateSMSCampaignResponse" />
  </wsdl:message>
  <!-- voip.carrier: DeleteSMSCampaign messages (digest §3.84, §8) -->
  <wsdl:message name="DeleteSMSCampaignSoapIn">
    <wsdl:part name="parameters" element="tns:DeleteSMSCampaign" />
  </wsdl:message>
  <wsdl:message name="DeleteSMSCampaignSoapOut">
    <wsdl:part name="parameters" element="tns:DeleteSMSCampaignResponse" />
  </wsdl:message>
  <!-- voip.carrier: GetCampaignRejectionReason messages (digest §3.87, §8) -->
  <wsdl:message name="GetCampaignRejectionReasonSoapIn">
    <wsdl:part name="parameters" element="tns:GetCampaignRejectionReason" />
  </wsdl:message>
  <wsdl:message name="GetCampaignRejectionReasonSoapOut">
    <wsdl:part name="parameters" element="tns:GetCampaignRejectionReasonResponse" />
  </wsdl:message>
  <!-- voip.carrier: RegisterExternalSMSCampaign messages (digest §3.89, §8) -->
  <wsdl:message name="RegisterExternalSMSCampaignSoapIn">
    <wsdl:part name="parameters" element="tns:RegisterExternalSMSCampaign" />
  </wsdl:message>
  <wsdl:message name="RegisterExternalSMSCampaignSoapOut">
    <wsdl:part name="parameters" element="tns:RegisterExternalSMSCampaignResponse" />
  </wsdl:message>
  <!-- voip.carrier: ResubmitExternalSMSCampaign messages (digest §3.90, §8) -->
  <wsdl:message name="ResubmitExternalSMSCampaignSoapIn">
    <wsdl:part name="parameters" element="tns:ResubmitExternalSMSCampaign" />
  </wsdl:message>
  <wsdl:message name="ResubmitExternalSMSCampaignSoapOut">
    <wsdl:part name="parameters" element="tns:ResubmitExternalSMSCampaignResponse" />
  </wsdl:message>
  <!-- voip.carrier: AssignToSMSCampaign messages (digest §3.79, §8) -->
  <wsdl:message name="AssignToSMSCampaignSoapIn">
    <wsdl:part name="parameters" element="tns:AssignToSMSCampaign" />
  </wsdl:message>
  <wsdl:message name="AssignToSMSCampaignSoapOut">
    <wsdl:part name="parameters" element="tns:AssignToSMSCampaignResponse" />
  </wsdl:message>
  <!-- voip.carrier: RemoveFromSMSCampaign messages (digest §3.80, §8) -->
  <wsdl:message name="RemoveFromSMSCampaignSoapIn">
    <wsdl:part name="parameters" element="tns:RemoveFromSMSCampaign" />
  </wsdl:message>
  <wsdl:message name="RemoveFromSMSCampaignSoapOut">
    <wsdl:part name="parameters" element="tns:RemoveFromSMSCampaignResponse" />
  </wsdl:message>
  <wsdl:portType name="APIServiceSoap">
    <wsdl:operation name="addLocation">
      <wsdl:input message="tns:addLocationSoapIn" />
      <wsdl:output message="tns:addLocationSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="assignDID">
      <wsdl:input message="tns:assignDIDSoapIn" />
      <wsdl:output message="tns:assignDIDSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="audit911">
      <wsdl:input message="tns:audit911SoapIn" />
      <wsdl:output message="tns:audit911SoapOut" />
    </wsdl:operation>
    <wsdl:operation name="auditDIDs">
      <wsdl:input message="tns:auditDIDsSoapIn" />
      <wsdl:output message="tns:auditDIDsSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="AuditDIDGroup">
      <wsdl:input message="tns:AuditDIDGroupSoapIn" />
      <wsdl:output message="tns:AuditDIDGroupSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="configDID">
      <wsdl:input message="tns:configDIDSoapIn" />
      <wsdl:output message="tns:configDIDSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="getDIDCount">
      <wsdl:input message="tns:getDIDCountSoapIn" />
      <wsdl:output message="tns:getDIDCountSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="getDIDs">
      <wsdl:input message="tns:getDIDsSoapIn" />
      <wsdl:output message="tns:getDIDsSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="getLocations">
      <wsdl:input message="tns:getLocationsSoapIn" />
      <wsdl:output message="tns:getLocationsSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="getPortDetails">
      <wsdl:input message="tns:getPortDetailsSoapIn" />
      <wsdl:output message="tns:getPortDetailsSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="getProvisioningHistory">
      <wsdl:input message="tns:getProvisioningHistorySoapIn" />
      <wsdl:output message="tns:getProvisioningHistorySoapOut" />
    </wsdl:operation>
    <wsdl:operation name="insert911">
      <wsdl:input message="tns:insert911SoapIn" />
      <wsdl:output message="tns:insert911SoapOut" />
    </wsdl:operation>
    <wsdl:operation name="provisionLocation">
      <wsdl:input message="tns:provisionLocationSoapIn" />
      <wsdl:output message="tns:provisionLocationSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="query911">
      <wsdl:input message="tns:query911SoapIn" />
      <wsdl:output message="tns:query911SoapOut" />
    </wsdl:operation>
    <wsdl:operation name="queryDID">
      <wsdl:input message="tns:queryDIDSoapIn" />
      <wsdl:output message="tns:queryDIDSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="releaseDID">
      <wsdl:input message="tns:releaseDIDSoapIn" />
      <wsdl:output message="tns:releaseDIDSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="remove911">
      <wsdl:input message="tns:remove911SoapIn" />
      <wsdl:output message="tns:remove911SoapOut" />
    </wsdl:operation>
    <wsdl:operation name="removeLocation">
      <wsdl:input message="tns:removeLocationSoapIn" />
      <wsdl:output message="tns:removeLocationSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="reserveDID">
      <wsdl:input message="tns:reserveDIDSoapIn" />
      <wsdl:output message="tns:reserveDIDSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="update911">
      <wsdl:input message="tns:update911SoapIn" />
      <wsdl:output message="tns:update911SoapOut" />
    </wsdl:operation>
    <wsdl:operation name="validate911">
      <wsdl:input message="tns:validate911SoapIn" />
      <wsdl:output message="tns:validate911SoapOut" />
    </wsdl:operation>
    <wsdl:operation name="isPortable">
      <wsdl:input message="tns:isPortableSoapIn" />
      <wsdl:output message="tns:isPortableSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetCountries">
      <wsdl:input message="tns:GetCountriesSoapIn" />
      <wsdl:output message="tns:GetCountriesSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="AssignIntlDID">
      <wsdl:input message="tns:AssignIntlDIDSoapIn" />
      <wsdl:output message="tns:AssignIntlDIDSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="ReleaseIntlDID">
      <wsdl:input message="tns:ReleaseIntlDIDSoapIn" />
      <wsdl:output message="tns:ReleaseIntlDIDSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="AuditIntlDIDs">
      <wsdl:input message="tns:AuditIntlDIDsSoapIn" />
      <wsdl:output message="tns:AuditIntlDIDsSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetCNAMDisplay">
      <wsdl:input message="tns:GetCNAMDisplaySoapIn" />
      <wsdl:output message="tns:GetCNAMDisplaySoapOut" />
    </wsdl:operation>
    <wsdl:operation name="UpdateCNAMDisplay">
      <wsdl:input message="tns:UpdateCNAMDisplaySoapIn" />
      <wsdl:output message="tns:UpdateCNAMDisplaySoapOut" />
    </wsdl:operation>
    <wsdl:operation name="RemoveCNAM">
      <wsdl:input message="tns:RemoveCNAMSoapIn" />
      <wsdl:output message="tns:RemoveCNAMSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="SetFaxToEmail">
      <wsdl:input message="tns:SetFaxToEmailSoapIn" />
      <wsdl:output message="tns:SetFaxToEmailSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetFaxToEmail">
      <wsdl:input message="tns:GetFaxToEmailSoapIn" />
      <wsdl:output message="tns:GetFaxToEmailSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="RemoveFaxToEmail">
      <wsdl:input message="tns:RemoveFaxToEmailSoapIn" />
      <wsdl:output message="tns:RemoveFaxToEmailSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="Add911Alert">
      <wsdl:input message="tns:Add911AlertSoapIn" />
      <wsdl:output message="tns:Add911AlertSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="Remove911Alert">
      <wsdl:input message="tns:Remove911AlertSoapIn" />
      <wsdl:output message="tns:Remove911AlertSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="Query911Alert">
      <wsdl:input message="tns:Query911AlertSoapIn" />
      <wsdl:output message="tns:Query911AlertSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="UpdateDIDFailover">
      <wsdl:input message="tns:UpdateDIDFailoverSoapIn" />
      <wsdl:output message="tns:UpdateDIDFailoverSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetDIDFailover">
      <wsdl:input message="tns:GetDIDFailoverSoapIn" />
      <wsdl:output message="tns:GetDIDFailoverSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetDIDForward">
      <wsdl:input message="tns:GetDIDForwardSoapIn" />
      <wsdl:output message="tns:GetDIDForwardSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="SetDIDForward">
      <wsdl:input message="tns:SetDIDForwardSoapIn" />
      <wsdl:output message="tns:SetDIDForwardSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="RemoveDIDForward">
      <wsdl:input message="tns:RemoveDIDForwardSoapIn" />
      <wsdl:output message="tns:RemoveDIDForwardSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetDIDGroup">
      <wsdl:input message="tns:GetDIDGroupSoapIn" />
      <wsdl:output message="tns:GetDIDGroupSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="SetDIDGroup">
      <wsdl:input message="tns:SetDIDGroupSoapIn" />
      <wsdl:output message="tns:SetDIDGroupSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="RemoveDIDGroup">
      <wsdl:input message="tns:RemoveDIDGroupSoapIn" />
      <wsdl:output message="tns:RemoveDIDGroupSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetDIDGroups">
      <wsdl:input message="tns:GetDIDGroupsSoapIn" />
      <wsdl:output message="tns:GetDIDGroupsSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="SetConferenceLine">
      <wsdl:input message="tns:SetConferenceLineSoapIn" />
      <wsdl:output message="tns:SetConferenceLineSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetConferenceLine">
      <wsdl:input message="tns:GetConferenceLineSoapIn" />
      <wsdl:output message="tns:GetConferenceLineSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="RemoveConferenceLine">
      <wsdl:input message="tns:RemoveConferenceLineSoapIn" />
      <wsdl:output message="tns:RemoveConferenceLineSoapOut" />
    </wsdl:operation>
    <wsdl:operation name="GetPrepaidBalance">
      <wsdl:input message="tns:GetPrepaidBalanceSoapIn" />
      <wsdl:output message="tns:GetPrepaidBalanceSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: getDIDsExtended (digest §3.75, §8) -->
    <wsdl:operation name="getDIDsExtended">
      <wsdl:input message="tns:getDIDsExtendedSoapIn" />
      <wsdl:output message="tns:getDIDsExtendedSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: assignDIDExtended (digest §3.76, §8) -->
    <wsdl:operation name="assignDIDExtended">
      <wsdl:input message="tns:assignDIDExtendedSoapIn" />
      <wsdl:output message="tns:assignDIDExtendedSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: InventoryDIDs (digest §3.49, §8) -->
    <wsdl:operation name="InventoryDIDs">
      <wsdl:input message="tns:InventoryDIDsSoapIn" />
      <wsdl:output message="tns:InventoryDIDsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetInventoryTNs (digest §3.47, §8) -->
    <wsdl:operation name="GetInventoryTNs">
      <wsdl:input message="tns:GetInventoryTNsSoapIn" />
      <wsdl:output message="tns:GetInventoryTNsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetUnconfiguredTNs (digest §3.48, §8) -->
    <wsdl:operation name="GetUnconfiguredTNs">
      <wsdl:input message="tns:GetUnconfiguredTNsSoapIn" />
      <wsdl:output message="tns:GetUnconfiguredTNsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableNPAs (digest §3.66, §8) -->
    <wsdl:operation name="GetAvailableNPAs">
      <wsdl:input message="tns:GetAvailableNPAsSoapIn" />
      <wsdl:output message="tns:GetAvailableNPAsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableRateCenters (digest §3.67, §8) -->
    <wsdl:operation name="GetAvailableRateCenters">
      <wsdl:input message="tns:GetAvailableRateCentersSoapIn" />
      <wsdl:output message="tns:GetAvailableRateCentersSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableStates (digest §3.68, §8) -->
    <wsdl:operation name="GetAvailableStates">
      <wsdl:input message="tns:GetAvailableStatesSoapIn" />
      <wsdl:output message="tns:GetAvailableStatesSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AuditDIDFailovers (digest §3.61, §8) -->
    <wsdl:operation name="AuditDIDFailovers">
      <wsdl:input message="tns:AuditDIDFailoversSoapIn" />
      <wsdl:output message="tns:AuditDIDFailoversSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AuditDIDForwards (digest §3.62, §8) -->
    <wsdl:operation name="AuditDIDForwards">
      <wsdl:input message="tns:AuditDIDForwardsSoapIn" />
      <wsdl:output message="tns:AuditDIDForwardsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: CreateDIDGroup (digest §3.33, §8) -->
    <wsdl:operation name="CreateDIDGroup">
      <wsdl:input message="tns:CreateDIDGroupSoapIn" />
      <wsdl:output message="tns:CreateDIDGroupSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AuditConferenceLines (digest §3.60, §8) -->
    <wsdl:operation name="AuditConferenceLines">
      <wsdl:input message="tns:AuditConferenceLinesSoapIn" />
      <wsdl:output message="tns:AuditConferenceLinesSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetScripts (digest §3.69, §8) -->
    <wsdl:operation name="GetScripts">
      <wsdl:input message="tns:GetScriptsSoapIn" />
      <wsdl:output message="tns:GetScriptsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: ProgramDID (digest §3.70, §8) -->
    <wsdl:operation name="ProgramDID">
      <wsdl:input message="tns:ProgramDIDSoapIn" />
      <wsdl:output message="tns:ProgramDIDSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: UnprogramDID (digest §3.71, §8) -->
    <wsdl:operation name="UnprogramDID">
      <wsdl:input message="tns:UnprogramDIDSoapIn" />
      <wsdl:output message="tns:UnprogramDIDSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: ConfigFaxToEmailNotifications (digest §3.46, §8) -->
    <wsdl:operation name="ConfigFaxToEmailNotifications">
      <wsdl:input message="tns:ConfigFaxToEmailNotificationsSoapIn" />
      <wsdl:output message="tns:ConfigFaxToEmailNotificationsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AuditFaxToEmails (digest §3.63, §8) -->
    <wsdl:operation name="AuditFaxToEmails">
      <wsdl:input message="tns:AuditFaxToEmailsSoapIn" />
      <wsdl:output message="tns:AuditFaxToEmailsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AddEmailToFax (digest §3.72, §8) -->
    <wsdl:operation name="AddEmailToFax">
      <wsdl:input message="tns:AddEmailToFaxSoapIn" />
      <wsdl:output message="tns:AddEmailToFaxSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetEmailToFax (digest §3.73, §8) -->
    <wsdl:operation name="GetEmailToFax">
      <wsdl:input message="tns:GetEmailToFaxSoapIn" />
      <wsdl:output message="tns:GetEmailToFaxSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: RemoveEmailToFax (digest §3.74, §8) -->
    <wsdl:operation name="RemoveEmailToFax">
      <wsdl:input message="tns:RemoveEmailToFaxSoapIn" />
      <wsdl:output message="tns:RemoveEmailToFaxSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetPortHistory (digest §3.52, §8) -->
    <wsdl:operation name="GetPortHistory">
      <wsdl:input message="tns:GetPortHistorySoapIn" />
      <wsdl:output message="tns:GetPortHistorySoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: getActivePorts (digest §3.64, §8) -->
    <wsdl:operation name="getActivePorts">
      <wsdl:input message="tns:getActivePortsSoapIn" />
      <wsdl:output message="tns:getActivePortsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AuditEndpointGroups (digest §3.58, §8) -->
    <wsdl:operation name="AuditEndpointGroups">
      <wsdl:input message="tns:AuditEndpointGroupsSoapIn" />
      <wsdl:output message="tns:AuditEndpointGroupsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AuditEndpointGroup (digest §3.59, §8) -->
    <wsdl:operation name="AuditEndpointGroup">
      <wsdl:input message="tns:AuditEndpointGroupSoapIn" />
      <wsdl:output message="tns:AuditEndpointGroupSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: DeactivateEndpointGroup (digest §3.50, §8) -->
    <wsdl:operation name="DeactivateEndpointGroup">
      <wsdl:input message="tns:DeactivateEndpointGroupSoapIn" />
      <wsdl:output message="tns:DeactivateEndpointGroupSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: ActivateEndpointGroup (digest §3.51, §8) -->
    <wsdl:operation name="ActivateEndpointGroup">
      <wsdl:input message="tns:ActivateEndpointGroupSoapIn" />
      <wsdl:output message="tns:ActivateEndpointGroupSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AuditClients (digest §3.57, §8) -->
    <wsdl:operation name="AuditClients">
      <wsdl:input message="tns:AuditClientsSoapIn" />
      <wsdl:output message="tns:AuditClientsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: ConfigSMSDestination (digest §3.65, §8) -->
    <wsdl:operation name="ConfigSMSDestination">
      <wsdl:input message="tns:ConfigSMSDestinationSoapIn" />
      <wsdl:output message="tns:ConfigSMSDestinationSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: ConfigSMS (digest §3.53, §8) -->
    <wsdl:operation name="ConfigSMS">
      <wsdl:input message="tns:ConfigSMSSoapIn" />
      <wsdl:output message="tns:ConfigSMSSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AuditSMS (digest §3.54, §8) -->
    <wsdl:operation name="AuditSMS">
      <wsdl:input message="tns:AuditSMSSoapIn" />
      <wsdl:output message="tns:AuditSMSSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: SendSMS (digest §3.55, §8) -->
    <wsdl:operation name="SendSMS">
      <wsdl:input message="tns:SendSMSSoapIn" />
      <wsdl:output message="tns:SendSMSSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: SendMMS (digest §3.56, §8) -->
    <wsdl:operation name="SendMMS">
      <wsdl:input message="tns:SendMMSSoapIn" />
      <wsdl:output message="tns:SendMMSSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCustomers (digest §3.77, §8) -->
    <wsdl:operation name="GetSMSCustomers">
      <wsdl:input message="tns:GetSMSCustomersSoapIn" />
      <wsdl:output message="tns:GetSMSCustomersSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCustomersByTag (digest §3.88, §8) -->
    <wsdl:operation name="GetSMSCustomersByTag">
      <wsdl:input message="tns:GetSMSCustomersByTagSoapIn" />
      <wsdl:output message="tns:GetSMSCustomersByTagSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: CreateSMSCustomer (digest §3.82, §8) -->
    <wsdl:operation name="CreateSMSCustomer">
      <wsdl:input message="tns:CreateSMSCustomerSoapIn" />
      <wsdl:output message="tns:CreateSMSCustomerSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: UpdateSMSCustomer (digest §3.92b, §8) -->
    <wsdl:operation name="UpdateSMSCustomer">
      <wsdl:input message="tns:UpdateSMSCustomerSoapIn" />
      <wsdl:output message="tns:UpdateSMSCustomerSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: DeleteSMSCustomer (digest §3.83, §8) -->
    <wsdl:operation name="DeleteSMSCustomer">
      <wsdl:input message="tns:DeleteSMSCustomerSoapIn" />
      <wsdl:output message="tns:DeleteSMSCustomerSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: TriggerSMSOTP (digest §3.91, §8) -->
    <wsdl:operation name="TriggerSMSOTP">
      <wsdl:input message="tns:TriggerSMSOTPSoapIn" />
      <wsdl:output message="tns:TriggerSMSOTPSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: CheckSMSCustomerStatus (digest §3.93, §8) -->
    <wsdl:operation name="CheckSMSCustomerStatus">
      <wsdl:input message="tns:CheckSMSCustomerStatusSoapIn" />
      <wsdl:output message="tns:CheckSMSCustomerStatusSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetSMSEnumerations (digest §3.85, §8) -->
    <wsdl:operation name="GetSMSEnumerations">
      <wsdl:input message="tns:GetSMSEnumerationsSoapIn" />
      <wsdl:output message="tns:GetSMSEnumerationsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetSMSUsecaseOptions (digest §3.86, §8) -->
    <wsdl:operation name="GetSMSUsecaseOptions">
      <wsdl:input message="tns:GetSMSUsecaseOptionsSoapIn" />
      <wsdl:output message="tns:GetSMSUsecaseOptionsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCampaigns (digest §3.78, §8) -->
    <wsdl:operation name="GetSMSCampaigns">
      <wsdl:input message="tns:GetSMSCampaignsSoapIn" />
      <wsdl:output message="tns:GetSMSCampaignsSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: CreateSMSCampaign (digest §3.81, §8) -->
    <wsdl:operation name="CreateSMSCampaign">
      <wsdl:input message="tns:CreateSMSCampaignSoapIn" />
      <wsdl:output message="tns:CreateSMSCampaignSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: UpdateSMSCampaign (digest §3.92a, §8) -->
    <wsdl:operation name="UpdateSMSCampaign">
      <wsdl:input message="tns:UpdateSMSCampaignSoapIn" />
      <wsdl:output message="tns:UpdateSMSCampaignSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: DeleteSMSCampaign (digest §3.84, §8) -->
    <wsdl:operation name="DeleteSMSCampaign">
      <wsdl:input message="tns:DeleteSMSCampaignSoapIn" />
      <wsdl:output message="tns:DeleteSMSCampaignSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: GetCampaignRejectionReason (digest §3.87, §8) -->
    <wsdl:operation name="GetCampaignRejectionReason">
      <wsdl:input message="tns:GetCampaignRejectionReasonSoapIn" />
      <wsdl:output message="tns:GetCampaignRejectionReasonSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: RegisterExternalSMSCampaign (digest §3.89, §8) -->
    <wsdl:operation name="RegisterExternalSMSCampaign">
      <wsdl:input message="tns:RegisterExternalSMSCampaignSoapIn" />
      <wsdl:output message="tns:RegisterExternalSMSCampaignSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: ResubmitExternalSMSCampaign (digest §3.90, §8) -->
    <wsdl:operation name="ResubmitExternalSMSCampaign">
      <wsdl:input message="tns:ResubmitExternalSMSCampaignSoapIn" />
      <wsdl:output message="tns:ResubmitExternalSMSCampaignSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: AssignToSMSCampaign (digest §3.79, §8) -->
    <wsdl:operation name="AssignToSMSCampaign">
      <wsdl:input message="tns:AssignToSMSCampaignSoapIn" />
      <wsdl:output message="tns:AssignToSMSCampaignSoapOut" />
    </wsdl:operation>
    <!-- voip.carrier: RemoveFromSMSCampaign (digest §3.80, §8) -->
    <wsdl:operation name="RemoveFromSMSCampaign">
      <wsdl:input message="tns:RemoveFromSMSCampaignSoapIn" />
      <wsdl:output message="tns:RemoveFromSMSCampaignSoapOut" />
    </wsdl:operation>
  </wsdl:portType>
  <wsdl:binding name="APIServiceSoap" type="tns:APIServiceSoap">
    <soap:binding transport="http://schemas.xmlsoap.org/soap/http" />
    <wsdl:operation name="addLocation">
      <soap:operation soapAction="http://tempuri.org/addLocation" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="assignDID">
      <soap:operation soapAction="http://tempuri.org/assignDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="audit911">
      <soap:operation soapAction="http://tempuri.org/audit911" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="auditDIDs">
      <soap:operation soapAction="http://tempuri.org/auditDIDs" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="AuditDIDGroup">
      <soap:operation soapAction="http://tempuri.org/AuditDIDGroup" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="configDID">
      <soap:operation soapAction="http://tempuri.org/configDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getDIDCount">
      <soap:operation soapAction="http://tempuri.org/getDIDCount" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getDIDs">
      <soap:operation soapAction="http://tempuri.org/getDIDs" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getLocations">
      <soap:operation soapAction="http://tempuri.org/getLocations" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getPortDetails">
      <soap:operation soapAction="http://tempuri.org/getPortDetails" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getProvisioningHistory">
      <soap:operation soapAction="http://tempuri.org/getProvisioningHistory" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="insert911">
      <soap:operation soapAction="http://tempuri.org/insert911" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="provisionLocation">
      <soap:operation soapAction="http://tempuri.org/provisionLocation" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="query911">
      <soap:operation soapAction="http://tempuri.org/query911" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="queryDID">
      <soap:operation soapAction="http://tempuri.org/queryDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="releaseDID">
      <soap:operation soapAction="http://tempuri.org/releaseDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="remove911">
      <soap:operation soapAction="http://tempuri.org/remove911" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="removeLocation">
      <soap:operation soapAction="http://tempuri.org/removeLocation" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="reserveDID">
      <soap:operation soapAction="http://tempuri.org/reserveDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="update911">
      <soap:operation soapAction="http://tempuri.org/update911" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="validate911">
      <soap:operation soapAction="http://tempuri.org/validate911" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="isPortable">
      <soap:operation soapAction="http://tempuri.org/isPortable" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetCountries">
      <soap:operation soapAction="http://tempuri.org/GetCountries" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="AssignIntlDID">
      <soap:operation soapAction="http://tempuri.org/AssignIntlDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="ReleaseIntlDID">
      <soap:operation soapAction="http://tempuri.org/ReleaseIntlDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="AuditIntlDIDs">
      <soap:operation soapAction="http://tempuri.org/AuditIntlDIDs" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetCNAMDisplay">
      <soap:operation soapAction="http://tempuri.org/GetCNAMDisplay" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="UpdateCNAMDisplay">
      <soap:operation soapAction="http://tempuri.org/UpdateCNAMDisplay" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveCNAM">
      <soap:operation soapAction="http://tempuri.org/RemoveCNAM" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SetFaxToEmail">
      <soap:operation soapAction="http://tempuri.org/SetFaxToEmail" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetFaxToEmail">
      <soap:operation soapAction="http://tempuri.org/GetFaxToEmail" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveFaxToEmail">
      <soap:operation soapAction="http://tempuri.org/RemoveFaxToEmail" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="Add911Alert">
      <soap:operation soapAction="http://tempuri.org/Add911Alert" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="Remove911Alert">
      <soap:operation soapAction="http://tempuri.org/Remove911Alert" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="Query911Alert">
      <soap:operation soapAction="http://tempuri.org/Query911Alert" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="UpdateDIDFailover">
      <soap:operation soapAction="http://tempuri.org/UpdateDIDFailover" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetDIDFailover">
      <soap:operation soapAction="http://tempuri.org/GetDIDFailover" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetDIDForward">
      <soap:operation soapAction="http://tempuri.org/GetDIDForward" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SetDIDForward">
      <soap:operation soapAction="http://tempuri.org/SetDIDForward" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveDIDForward">
      <soap:operation soapAction="http://tempuri.org/RemoveDIDForward" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetDIDGroup">
      <soap:operation soapAction="http://tempuri.org/GetDIDGroup" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SetDIDGroup">
      <soap:operation soapAction="http://tempuri.org/SetDIDGroup" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveDIDGroup">
      <soap:operation soapAction="http://tempuri.org/RemoveDIDGroup" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetDIDGroups">
      <soap:operation soapAction="http://tempuri.org/GetDIDGroups" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SetConferenceLine">
      <soap:operation soapAction="http://tempuri.org/SetConferenceLine" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetConferenceLine">
      <soap:operation soapAction="http://tempuri.org/GetConferenceLine" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveConferenceLine">
      <soap:operation soapAction="http://tempuri.org/RemoveConferenceLine" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetPrepaidBalance">
      <soap:operation soapAction="http://tempuri.org/GetPrepaidBalance" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: getDIDsExtended, document/literal (digest §3.75, §8) -->
    <wsdl:operation name="getDIDsExtended">
      <soap:operation soapAction="http://tempuri.org/getDIDsExtended" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: assignDIDExtended, document/literal (digest §3.76, §8) -->
    <wsdl:operation name="assignDIDExtended">
      <soap:operation soapAction="http://tempuri.org/assignDIDExtended" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: InventoryDIDs, document/literal (digest §3.49, §8) -->
    <wsdl:operation name="InventoryDIDs">
      <soap:operation soapAction="http://tempuri.org/InventoryDIDs" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetInventoryTNs, document/literal (digest §3.47, §8) -->
    <wsdl:operation name="GetInventoryTNs">
      <soap:operation soapAction="http://tempuri.org/GetInventoryTNs" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetUnconfiguredTNs, document/literal (digest §3.48, §8) -->
    <wsdl:operation name="GetUnconfiguredTNs">
      <soap:operation soapAction="http://tempuri.org/GetUnconfiguredTNs" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableNPAs, document/literal (digest §3.66, §8) -->
    <wsdl:operation name="GetAvailableNPAs">
      <soap:operation soapAction="http://tempuri.org/GetAvailableNPAs" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableRateCenters, document/literal (digest §3.67, §8) -->
    <wsdl:operation name="GetAvailableRateCenters">
      <soap:operation soapAction="http://tempuri.org/GetAvailableRateCenters" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableStates, document/literal (digest §3.68, §8) -->
    <wsdl:operation name="GetAvailableStates">
      <soap:operation soapAction="http://tempuri.org/GetAvailableStates" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditDIDFailovers, document/literal (digest §3.61, §8) -->
    <wsdl:operation name="AuditDIDFailovers">
      <soap:operation soapAction="http://tempuri.org/AuditDIDFailovers" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditDIDForwards, document/literal (digest §3.62, §8) -->
    <wsdl:operation name="AuditDIDForwards">
      <soap:operation soapAction="http://tempuri.org/AuditDIDForwards" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: CreateDIDGroup, document/literal (digest §3.33, §8) -->
    <wsdl:operation name="CreateDIDGroup">
      <soap:operation soapAction="http://tempuri.org/CreateDIDGroup" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditConferenceLines, document/literal (digest §3.60, §8) -->
    <wsdl:operation name="AuditConferenceLines">
      <soap:operation soapAction="http://tempuri.org/AuditConferenceLines" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetScripts, document/literal (digest §3.69, §8) -->
    <wsdl:operation name="GetScripts">
      <soap:operation soapAction="http://tempuri.org/GetScripts" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ProgramDID, document/literal (digest §3.70, §8) -->
    <wsdl:operation name="ProgramDID">
      <soap:operation soapAction="http://tempuri.org/ProgramDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: UnprogramDID, document/literal (digest §3.71, §8) -->
    <wsdl:operation name="UnprogramDID">
      <soap:operation soapAction="http://tempuri.org/UnprogramDID" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ConfigFaxToEmailNotifications, document/literal (digest §3.46, §8) -->
    <wsdl:operation name="ConfigFaxToEmailNotifications">
      <soap:operation soapAction="http://tempuri.org/ConfigFaxToEmailNotifications" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditFaxToEmails, document/literal (digest §3.63, §8) -->
    <wsdl:operation name="AuditFaxToEmails">
      <soap:operation soapAction="http://tempuri.org/AuditFaxToEmails" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AddEmailToFax, document/literal (digest §3.72, §8) -->
    <wsdl:operation name="AddEmailToFax">
      <soap:operation soapAction="http://tempuri.org/AddEmailToFax" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetEmailToFax, document/literal (digest §3.73, §8) -->
    <wsdl:operation name="GetEmailToFax">
      <soap:operation soapAction="http://tempuri.org/GetEmailToFax" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: RemoveEmailToFax, document/literal (digest §3.74, §8) -->
    <wsdl:operation name="RemoveEmailToFax">
      <soap:operation soapAction="http://tempuri.org/RemoveEmailToFax" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetPortHistory, document/literal (digest §3.52, §8) -->
    <wsdl:operation name="GetPortHistory">
      <soap:operation soapAction="http://tempuri.org/GetPortHistory" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: getActivePorts, document/literal (digest §3.64, §8) -->
    <wsdl:operation name="getActivePorts">
      <soap:operation soapAction="http://tempuri.org/getActivePorts" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditEndpointGroups, document/literal (digest §3.58, §8) -->
    <wsdl:operation name="AuditEndpointGroups">
      <soap:operation soapAction="http://tempuri.org/AuditEndpointGroups" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditEndpointGroup, document/literal (digest §3.59, §8) -->
    <wsdl:operation name="AuditEndpointGroup">
      <soap:operation soapAction="http://tempuri.org/AuditEndpointGroup" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: DeactivateEndpointGroup, document/literal (digest §3.50, §8) -->
    <wsdl:operation name="DeactivateEndpointGroup">
      <soap:operation soapAction="http://tempuri.org/DeactivateEndpointGroup" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ActivateEndpointGroup, document/literal (digest §3.51, §8) -->
    <wsdl:operation name="ActivateEndpointGroup">
      <soap:operation soapAction="http://tempuri.org/ActivateEndpointGroup" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditClients, document/literal (digest §3.57, §8) -->
    <wsdl:operation name="AuditClients">
      <soap:operation soapAction="http://tempuri.org/AuditClients" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ConfigSMSDestination, document/literal (digest §3.65, §8) -->
    <wsdl:operation name="ConfigSMSDestination">
      <soap:operation soapAction="http://tempuri.org/ConfigSMSDestination" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ConfigSMS, document/literal (digest §3.53, §8) -->
    <wsdl:operation name="ConfigSMS">
      <soap:operation soapAction="http://tempuri.org/ConfigSMS" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditSMS, document/literal (digest §3.54, §8) -->
    <wsdl:operation name="AuditSMS">
      <soap:operation soapAction="http://tempuri.org/AuditSMS" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: SendSMS, document/literal (digest §3.55, §8) -->
    <wsdl:operation name="SendSMS">
      <soap:operation soapAction="http://tempuri.org/SendSMS" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: SendMMS, document/literal (digest §3.56, §8) -->
    <wsdl:operation name="SendMMS">
      <soap:operation soapAction="http://tempuri.org/SendMMS" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCustomers, document/literal (digest §3.77, §8) -->
    <wsdl:operation name="GetSMSCustomers">
      <soap:operation soapAction="http://tempuri.org/GetSMSCustomers" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCustomersByTag, document/literal (digest §3.88, §8) -->
    <wsdl:operation name="GetSMSCustomersByTag">
      <soap:operation soapAction="http://tempuri.org/GetSMSCustomersByTag" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: CreateSMSCustomer, document/literal (digest §3.82, §8) -->
    <wsdl:operation name="CreateSMSCustomer">
      <soap:operation soapAction="http://tempuri.org/CreateSMSCustomer" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: UpdateSMSCustomer, document/literal (digest §3.92b, §8) -->
    <wsdl:operation name="UpdateSMSCustomer">
      <soap:operation soapAction="http://tempuri.org/UpdateSMSCustomer" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: DeleteSMSCustomer, document/literal (digest §3.83, §8) -->
    <wsdl:operation name="DeleteSMSCustomer">
      <soap:operation soapAction="http://tempuri.org/DeleteSMSCustomer" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: TriggerSMSOTP, document/literal (digest §3.91, §8) -->
    <wsdl:operation name="TriggerSMSOTP">
      <soap:operation soapAction="http://tempuri.org/TriggerSMSOTP" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: CheckSMSCustomerStatus, document/literal (digest §3.93, §8) -->
    <wsdl:operation name="CheckSMSCustomerStatus">
      <soap:operation soapAction="http://tempuri.org/CheckSMSCustomerStatus" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSEnumerations, document/literal (digest §3.85, §8) -->
    <wsdl:operation name="GetSMSEnumerations">
      <soap:operation soapAction="http://tempuri.org/GetSMSEnumerations" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSUsecaseOptions, document/literal (digest §3.86, §8) -->
    <wsdl:operation name="GetSMSUsecaseOptions">
      <soap:operation soapAction="http://tempuri.org/GetSMSUsecaseOptions" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCampaigns, document/literal (digest §3.78, §8) -->
    <wsdl:operation name="GetSMSCampaigns">
      <soap:operation soapAction="http://tempuri.org/GetSMSCampaigns" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: CreateSMSCampaign, document/literal (digest §3.81, §8) -->
    <wsdl:operation name="CreateSMSCampaign">
      <soap:operation soapAction="http://tempuri.org/CreateSMSCampaign" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: UpdateSMSCampaign, document/literal (digest §3.92a, §8) -->
    <wsdl:operation name="UpdateSMSCampaign">
      <soap:operation soapAction="http://tempuri.org/UpdateSMSCampaign" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: DeleteSMSCampaign, document/literal (digest §3.84, §8) -->
    <wsdl:operation name="DeleteSMSCampaign">
      <soap:operation soapAction="http://tempuri.org/DeleteSMSCampaign" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetCampaignRejectionReason, document/literal (digest §3.87, §8) -->
    <wsdl:operation name="GetCampaignRejectionReason">
      <soap:operation soapAction="http://tempuri.org/GetCampaignRejectionReason" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: RegisterExternalSMSCampaign, document/literal (digest §3.89, §8) -->
    <wsdl:operation name="RegisterExternalSMSCampaign">
      <soap:operation soapAction="http://tempuri.org/RegisterExternalSMSCampaign" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ResubmitExternalSMSCampaign, document/literal (digest §3.90, §8) -->
    <wsdl:operation name="ResubmitExternalSMSCampaign">
      <soap:operation soapAction="http://tempuri.org/ResubmitExternalSMSCampaign" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AssignToSMSCampaign, document/literal (digest §3.79, §8) -->
    <wsdl:operation name="AssignToSMSCampaign">
      <soap:operation soapAction="http://tempuri.org/AssignToSMSCampaign" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: RemoveFromSMSCampaign, document/literal (digest §3.80, §8) -->
    <wsdl:operation name="RemoveFromSMSCampaign">
      <soap:operation soapAction="http://tempuri.org/RemoveFromSMSCampaign" style="document" />
      <wsdl:input>
        <soap:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
  <wsdl:binding name="APIServiceSoap12" type="tns:APIServiceSoap">
    <soap12:binding transport="http://schemas.xmlsoap.org/soap/http" />
    <wsdl:operation name="addLocation">
      <soap12:operation soapAction="http://tempuri.org/addLocation" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="assignDID">
      <soap12:operation soapAction="http://tempuri.org/assignDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="audit911">
      <soap12:operation soapAction="http://tempuri.org/audit911" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="auditDIDs">
      <soap12:operation soapAction="http://tempuri.org/auditDIDs" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="AuditDIDGroup">
      <soap12:operation soapAction="http://tempuri.org/AuditDIDGroup" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="configDID">
      <soap12:operation soapAction="http://tempuri.org/configDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getDIDCount">
      <soap12:operation soapAction="http://tempuri.org/getDIDCount" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getDIDs">
      <soap12:operation soapAction="http://tempuri.org/getDIDs" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getLocations">
      <soap12:operation soapAction="http://tempuri.org/getLocations" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getPortDetails">
      <soap12:operation soapAction="http://tempuri.org/getPortDetails" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="getProvisioningHistory">
      <soap12:operation soapAction="http://tempuri.org/getProvisioningHistory" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="insert911">
      <soap12:operation soapAction="http://tempuri.org/insert911" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="provisionLocation">
      <soap12:operation soapAction="http://tempuri.org/provisionLocation" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="query911">
      <soap12:operation soapAction="http://tempuri.org/query911" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="queryDID">
      <soap12:operation soapAction="http://tempuri.org/queryDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="releaseDID">
      <soap12:operation soapAction="http://tempuri.org/releaseDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="remove911">
      <soap12:operation soapAction="http://tempuri.org/remove911" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="removeLocation">
      <soap12:operation soapAction="http://tempuri.org/removeLocation" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="reserveDID">
      <soap12:operation soapAction="http://tempuri.org/reserveDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="update911">
      <soap12:operation soapAction="http://tempuri.org/update911" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="validate911">
      <soap12:operation soapAction="http://tempuri.org/validate911" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="isPortable">
      <soap12:operation soapAction="http://tempuri.org/isPortable" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetCountries">
      <soap12:operation soapAction="http://tempuri.org/GetCountries" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="AssignIntlDID">
      <soap12:operation soapAction="http://tempuri.org/AssignIntlDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="ReleaseIntlDID">
      <soap12:operation soapAction="http://tempuri.org/ReleaseIntlDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="AuditIntlDIDs">
      <soap12:operation soapAction="http://tempuri.org/AuditIntlDIDs" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetCNAMDisplay">
      <soap12:operation soapAction="http://tempuri.org/GetCNAMDisplay" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="UpdateCNAMDisplay">
      <soap12:operation soapAction="http://tempuri.org/UpdateCNAMDisplay" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveCNAM">
      <soap12:operation soapAction="http://tempuri.org/RemoveCNAM" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SetFaxToEmail">
      <soap12:operation soapAction="http://tempuri.org/SetFaxToEmail" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetFaxToEmail">
      <soap12:operation soapAction="http://tempuri.org/GetFaxToEmail" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveFaxToEmail">
      <soap12:operation soapAction="http://tempuri.org/RemoveFaxToEmail" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="Add911Alert">
      <soap12:operation soapAction="http://tempuri.org/Add911Alert" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="Remove911Alert">
      <soap12:operation soapAction="http://tempuri.org/Remove911Alert" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="Query911Alert">
      <soap12:operation soapAction="http://tempuri.org/Query911Alert" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="UpdateDIDFailover">
      <soap12:operation soapAction="http://tempuri.org/UpdateDIDFailover" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetDIDFailover">
      <soap12:operation soapAction="http://tempuri.org/GetDIDFailover" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetDIDForward">
      <soap12:operation soapAction="http://tempuri.org/GetDIDForward" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SetDIDForward">
      <soap12:operation soapAction="http://tempuri.org/SetDIDForward" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveDIDForward">
      <soap12:operation soapAction="http://tempuri.org/RemoveDIDForward" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetDIDGroup">
      <soap12:operation soapAction="http://tempuri.org/GetDIDGroup" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SetDIDGroup">
      <soap12:operation soapAction="http://tempuri.org/SetDIDGroup" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveDIDGroup">
      <soap12:operation soapAction="http://tempuri.org/RemoveDIDGroup" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetDIDGroups">
      <soap12:operation soapAction="http://tempuri.org/GetDIDGroups" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="SetConferenceLine">
      <soap12:operation soapAction="http://tempuri.org/SetConferenceLine" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetConferenceLine">
      <soap12:operation soapAction="http://tempuri.org/GetConferenceLine" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="RemoveConferenceLine">
      <soap12:operation soapAction="http://tempuri.org/RemoveConferenceLine" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <wsdl:operation name="GetPrepaidBalance">
      <soap12:operation soapAction="http://tempuri.org/GetPrepaidBalance" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: getDIDsExtended, document/literal (digest §3.75, §8) -->
    <wsdl:operation name="getDIDsExtended">
      <soap12:operation soapAction="http://tempuri.org/getDIDsExtended" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: assignDIDExtended, document/literal (digest §3.76, §8) -->
    <wsdl:operation name="assignDIDExtended">
      <soap12:operation soapAction="http://tempuri.org/assignDIDExtended" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: InventoryDIDs, document/literal (digest §3.49, §8) -->
    <wsdl:operation name="InventoryDIDs">
      <soap12:operation soapAction="http://tempuri.org/InventoryDIDs" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetInventoryTNs, document/literal (digest §3.47, §8) -->
    <wsdl:operation name="GetInventoryTNs">
      <soap12:operation soapAction="http://tempuri.org/GetInventoryTNs" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetUnconfiguredTNs, document/literal (digest §3.48, §8) -->
    <wsdl:operation name="GetUnconfiguredTNs">
      <soap12:operation soapAction="http://tempuri.org/GetUnconfiguredTNs" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableNPAs, document/literal (digest §3.66, §8) -->
    <wsdl:operation name="GetAvailableNPAs">
      <soap12:operation soapAction="http://tempuri.org/GetAvailableNPAs" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableRateCenters, document/literal (digest §3.67, §8) -->
    <wsdl:operation name="GetAvailableRateCenters">
      <soap12:operation soapAction="http://tempuri.org/GetAvailableRateCenters" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetAvailableStates, document/literal (digest §3.68, §8) -->
    <wsdl:operation name="GetAvailableStates">
      <soap12:operation soapAction="http://tempuri.org/GetAvailableStates" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditDIDFailovers, document/literal (digest §3.61, §8) -->
    <wsdl:operation name="AuditDIDFailovers">
      <soap12:operation soapAction="http://tempuri.org/AuditDIDFailovers" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditDIDForwards, document/literal (digest §3.62, §8) -->
    <wsdl:operation name="AuditDIDForwards">
      <soap12:operation soapAction="http://tempuri.org/AuditDIDForwards" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: CreateDIDGroup, document/literal (digest §3.33, §8) -->
    <wsdl:operation name="CreateDIDGroup">
      <soap12:operation soapAction="http://tempuri.org/CreateDIDGroup" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditConferenceLines, document/literal (digest §3.60, §8) -->
    <wsdl:operation name="AuditConferenceLines">
      <soap12:operation soapAction="http://tempuri.org/AuditConferenceLines" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetScripts, document/literal (digest §3.69, §8) -->
    <wsdl:operation name="GetScripts">
      <soap12:operation soapAction="http://tempuri.org/GetScripts" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ProgramDID, document/literal (digest §3.70, §8) -->
    <wsdl:operation name="ProgramDID">
      <soap12:operation soapAction="http://tempuri.org/ProgramDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: UnprogramDID, document/literal (digest §3.71, §8) -->
    <wsdl:operation name="UnprogramDID">
      <soap12:operation soapAction="http://tempuri.org/UnprogramDID" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ConfigFaxToEmailNotifications, document/literal (digest §3.46, §8) -->
    <wsdl:operation name="ConfigFaxToEmailNotifications">
      <soap12:operation soapAction="http://tempuri.org/ConfigFaxToEmailNotifications" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditFaxToEmails, document/literal (digest §3.63, §8) -->
    <wsdl:operation name="AuditFaxToEmails">
      <soap12:operation soapAction="http://tempuri.org/AuditFaxToEmails" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AddEmailToFax, document/literal (digest §3.72, §8) -->
    <wsdl:operation name="AddEmailToFax">
      <soap12:operation soapAction="http://tempuri.org/AddEmailToFax" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetEmailToFax, document/literal (digest §3.73, §8) -->
    <wsdl:operation name="GetEmailToFax">
      <soap12:operation soapAction="http://tempuri.org/GetEmailToFax" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: RemoveEmailToFax, document/literal (digest §3.74, §8) -->
    <wsdl:operation name="RemoveEmailToFax">
      <soap12:operation soapAction="http://tempuri.org/RemoveEmailToFax" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetPortHistory, document/literal (digest §3.52, §8) -->
    <wsdl:operation name="GetPortHistory">
      <soap12:operation soapAction="http://tempuri.org/GetPortHistory" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: getActivePorts, document/literal (digest §3.64, §8) -->
    <wsdl:operation name="getActivePorts">
      <soap12:operation soapAction="http://tempuri.org/getActivePorts" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditEndpointGroups, document/literal (digest §3.58, §8) -->
    <wsdl:operation name="AuditEndpointGroups">
      <soap12:operation soapAction="http://tempuri.org/AuditEndpointGroups" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditEndpointGroup, document/literal (digest §3.59, §8) -->
    <wsdl:operation name="AuditEndpointGroup">
      <soap12:operation soapAction="http://tempuri.org/AuditEndpointGroup" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: DeactivateEndpointGroup, document/literal (digest §3.50, §8) -->
    <wsdl:operation name="DeactivateEndpointGroup">
      <soap12:operation soapAction="http://tempuri.org/DeactivateEndpointGroup" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ActivateEndpointGroup, document/literal (digest §3.51, §8) -->
    <wsdl:operation name="ActivateEndpointGroup">
      <soap12:operation soapAction="http://tempuri.org/ActivateEndpointGroup" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditClients, document/literal (digest §3.57, §8) -->
    <wsdl:operation name="AuditClients">
      <soap12:operation soapAction="http://tempuri.org/AuditClients" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ConfigSMSDestination, document/literal (digest §3.65, §8) -->
    <wsdl:operation name="ConfigSMSDestination">
      <soap12:operation soapAction="http://tempuri.org/ConfigSMSDestination" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ConfigSMS, document/literal (digest §3.53, §8) -->
    <wsdl:operation name="ConfigSMS">
      <soap12:operation soapAction="http://tempuri.org/ConfigSMS" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AuditSMS, document/literal (digest §3.54, §8) -->
    <wsdl:operation name="AuditSMS">
      <soap12:operation soapAction="http://tempuri.org/AuditSMS" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: SendSMS, document/literal (digest §3.55, §8) -->
    <wsdl:operation name="SendSMS">
      <soap12:operation soapAction="http://tempuri.org/SendSMS" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: SendMMS, document/literal (digest §3.56, §8) -->
    <wsdl:operation name="SendMMS">
      <soap12:operation soapAction="http://tempuri.org/SendMMS" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCustomers, document/literal (digest §3.77, §8) -->
    <wsdl:operation name="GetSMSCustomers">
      <soap12:operation soapAction="http://tempuri.org/GetSMSCustomers" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCustomersByTag, document/literal (digest §3.88, §8) -->
    <wsdl:operation name="GetSMSCustomersByTag">
      <soap12:operation soapAction="http://tempuri.org/GetSMSCustomersByTag" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: CreateSMSCustomer, document/literal (digest §3.82, §8) -->
    <wsdl:operation name="CreateSMSCustomer">
      <soap12:operation soapAction="http://tempuri.org/CreateSMSCustomer" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: UpdateSMSCustomer, document/literal (digest §3.92b, §8) -->
    <wsdl:operation name="UpdateSMSCustomer">
      <soap12:operation soapAction="http://tempuri.org/UpdateSMSCustomer" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: DeleteSMSCustomer, document/literal (digest §3.83, §8) -->
    <wsdl:operation name="DeleteSMSCustomer">
      <soap12:operation soapAction="http://tempuri.org/DeleteSMSCustomer" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: TriggerSMSOTP, document/literal (digest §3.91, §8) -->
    <wsdl:operation name="TriggerSMSOTP">
      <soap12:operation soapAction="http://tempuri.org/TriggerSMSOTP" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: CheckSMSCustomerStatus, document/literal (digest §3.93, §8) -->
    <wsdl:operation name="CheckSMSCustomerStatus">
      <soap12:operation soapAction="http://tempuri.org/CheckSMSCustomerStatus" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSEnumerations, document/literal (digest §3.85, §8) -->
    <wsdl:operation name="GetSMSEnumerations">
      <soap12:operation soapAction="http://tempuri.org/GetSMSEnumerations" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSUsecaseOptions, document/literal (digest §3.86, §8) -->
    <wsdl:operation name="GetSMSUsecaseOptions">
      <soap12:operation soapAction="http://tempuri.org/GetSMSUsecaseOptions" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetSMSCampaigns, document/literal (digest §3.78, §8) -->
    <wsdl:operation name="GetSMSCampaigns">
      <soap12:operation soapAction="http://tempuri.org/GetSMSCampaigns" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: CreateSMSCampaign, document/literal (digest §3.81, §8) -->
    <wsdl:operation name="CreateSMSCampaign">
      <soap12:operation soapAction="http://tempuri.org/CreateSMSCampaign" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: UpdateSMSCampaign, document/literal (digest §3.92a, §8) -->
    <wsdl:operation name="UpdateSMSCampaign">
      <soap12:operation soapAction="http://tempuri.org/UpdateSMSCampaign" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: DeleteSMSCampaign, document/literal (digest §3.84, §8) -->
    <wsdl:operation name="DeleteSMSCampaign">
      <soap12:operation soapAction="http://tempuri.org/DeleteSMSCampaign" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: GetCampaignRejectionReason, document/literal (digest §3.87, §8) -->
    <wsdl:operation name="GetCampaignRejectionReason">
      <soap12:operation soapAction="http://tempuri.org/GetCampaignRejectionReason" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: RegisterExternalSMSCampaign, document/literal (digest §3.89, §8) -->
    <wsdl:operation name="RegisterExternalSMSCampaign">
      <soap12:operation soapAction="http://tempuri.org/RegisterExternalSMSCampaign" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: ResubmitExternalSMSCampaign, document/literal (digest §3.90, §8) -->
    <wsdl:operation name="ResubmitExternalSMSCampaign">
      <soap12:operation soapAction="http://tempuri.org/ResubmitExternalSMSCampaign" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: AssignToSMSCampaign, document/literal (digest §3.79, §8) -->
    <wsdl:operation name="AssignToSMSCampaign">
      <soap12:operation soapAction="http://tempuri.org/AssignToSMSCampaign" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
    <!-- voip.carrier: RemoveFromSMSCampaign, document/literal (digest §3.80, §8) -->
    <wsdl:operation name="RemoveFromSMSCampaign">
      <soap12:operation soapAction="http://tempuri.org/RemoveFromSMSCampaign" style="document" />
      <wsdl:input>
        <soap12:body use="literal" />
      </wsdl:input>
      <wsdl:output>
        <soap12:body use="literal" />
      </wsdl:output>
    </wsdl:operation>
  </wsdl:binding>
  <wsdl:service name="APIService">
    <wsdl:port name="APIServiceSoap" binding="tns:APIServiceSoap">
      <soap:address location="https://backoffice.voipinnovations.com/Services/APIService.asmx" />
    </wsdl:port>
    <wsdl:port name="APIServiceSoap12" binding="tns:APIServiceSoap12">
      <soap12:address location="https://backoffice.voipinnovations.com/Services/APIService.asmx" />
    </wsdl:port>
  </wsdl:service>
</wsdl:definitions>"""
