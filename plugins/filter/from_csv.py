# -*- coding: utf-8 -*-
# Copyright: voip.carrier contributors
# GNU General Public License v3.0+ (see LICENSE or https://www.gnu.org/licenses/gpl-3.0.txt)

"""The voip.carrier.from_csv filter: CSV text (a spreadsheet's export) to a list of dicts, with dotted
column names made nested dicts, so that one row is one item of voip.carrier.did_bulk (its sms and
e911 options included). The collection depends on no other collection, so it cannot use
community.general's read_csv or from_csv. Documentation: from_csv.yml beside this file."""

from __future__ import annotations

import csv
import io

from ansible.errors import AnsibleFilterError
from ansible.module_utils.common.text.converters import to_text


def _column_paths(header: list[str], nested: bool) -> list[list[str]]:
    """Each column's key path; a header that is empty, repeated or both a value and a dict is refused."""
    paths = []
    for position, name in enumerate(header, start=1):
        name = name.strip()
        if not name:
            raise AnsibleFilterError(f"from_csv: column {position} of the header row has no name")
        path = [part.strip() for part in name.split(".")] if nested else [name]
        if not all(path):
            raise AnsibleFilterError(f"from_csv: column name {name!r} has an empty part between dots")
        paths.append(path)
    for path in paths:
        for other in paths:
            if other is not path and (other == path or other[:len(path)] == path):
                raise AnsibleFilterError(
                    f"from_csv: column {'.'.join(path)!r} is given twice or both as a value and as a dict "
                    f"({'.'.join(other)!r})")
    return paths


def _row_dict(paths: list[list[str]], cells: list[str]) -> dict:
    """One row as a dict; an empty cell sets nothing, so the item keeps did_bulk's defaults there."""
    row: dict = {}
    for path, cell in zip(paths, cells):
        value = cell.strip()
        if value == "":
            continue
        target = row
        for key in path[:-1]:
            target = target.setdefault(key, {})
        target[path[-1]] = value
    return row


def from_csv(data, delimiter: str = ",", nested: bool = True) -> list[dict]:
    """CSV text with a header row -> one dict per non-empty row (see from_csv.yml)."""
    if not isinstance(delimiter, str) or len(delimiter) != 1:
        raise AnsibleFilterError("from_csv: delimiter must be one character")
    rows = list(csv.reader(io.StringIO(to_text(data, errors="surrogate_or_strict")), delimiter=delimiter))
    # Spreadsheets export blank lines and a UTF-8 byte order mark; neither is data.
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        return []
    header = rows[0]
    header[0] = header[0].lstrip("\ufeff")
    paths = _column_paths(header, nested)
    items = []
    for position, cells in enumerate(rows[1:], start=1):
        if len(cells) > len(paths) and any(cell.strip() for cell in cells[len(paths):]):
            raise AnsibleFilterError(
                f"from_csv: data row {position} has {len(cells)} cells but the header names {len(paths)} columns")
        items.append(_row_dict(paths, cells))
    return items


class FilterModule:
    """voip.carrier filters."""

    def filters(self):
        return {"from_csv": from_csv}
