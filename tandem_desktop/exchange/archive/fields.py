"""What a record's field may hold, read from the record's dataclass, checked value by value."""

from __future__ import annotations

import dataclasses
import json
import math
import re
import typing
from dataclasses import dataclass
from datetime import date
from typing import Any

from tandem_desktop.domain.records import Record
from tandem_desktop.domain.translation import Translate
from tandem_desktop.exchange.archive.format import MAX_ID_CHARS, MAX_STRING_CHARS, ArchiveError

_SQLITE_INT = (-(2**63), 2**63 - 1)
STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
_STAMPS = ("created_at", "updated_at", "deleted_at")


@dataclass(frozen=True)
class FieldSpec:
    kind: type
    nullable: bool
    required: bool
    item: type | None = None  # element type of a list, value type of a dict


def field_specs(record_type: type[Record]) -> dict[str, FieldSpec]:
    hints = typing.get_type_hints(record_type)
    specs = {}
    for item in dataclasses.fields(record_type):
        hint = hints[item.name]
        args = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        nullable = type(None) in typing.get_args(hint)
        origin = typing.get_origin(hint)
        if origin in (list, dict):
            kind: type = origin
            element = typing.get_args(hint)[-1]
        else:
            kind = args[0] if nullable else hint
            element = None
        required = (
            item.default is dataclasses.MISSING and item.default_factory is dataclasses.MISSING
        ) or item.name in ("id", "created_at", "updated_at", "tandem_id")
        specs[item.name] = FieldSpec(kind, nullable, required, element)
    return specs


def show(value: Any, translate: Translate) -> str:
    """A value as a message quotes it: JSON, shortened."""
    text = (
        json.dumps(value, ensure_ascii=False)
        if value is not None
        else translate("Archive", "missing")
    )
    return text if len(text) <= 60 else text[:57] + "…"


def checked_value(name: str, spec: FieldSpec, value: Any, where: str, translate: Translate) -> Any:
    """The value of field ``name`` as the record takes it; ArchiveError when it does not fit."""
    if value is None:
        if spec.nullable:
            return None
        raise _wrong(name, spec, value, where, translate)
    if spec.kind is str:
        if not isinstance(value, str):
            raise _wrong(name, spec, value, where, translate)
        _check_text(name, value, where, translate)
        _check_format(name, value, where, translate)
        return value
    if spec.kind is bool:
        if not isinstance(value, bool):
            raise _wrong(name, spec, value, where, translate)
        return value
    if spec.kind is int:
        if not _is_int(value):
            raise _wrong(name, spec, value, where, translate)
        return value
    if spec.kind is float:
        if not (_is_int(value) or isinstance(value, float)) or not math.isfinite(value):
            raise _wrong(name, spec, value, where, translate)
        return float(value)
    if spec.kind is list:
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise _wrong(name, spec, value, where, translate)
        for item in value:
            _check_text(name, item, where, translate)
        return list(value)
    if spec.kind is dict:
        if not isinstance(value, dict) or not all(_is_int(item) for item in value.values()):
            raise _wrong(name, spec, value, where, translate)
        for key in value:
            _check_text(name, key, where, translate)
        return dict(value)
    raise _wrong(name, spec, value, where, translate)


def _wrong(name: str, spec: FieldSpec, value: Any, where: str,
           translate: Translate) -> ArchiveError:
    return ArchiveError(
        translate("Archive", "the field “{name}” must be {expected}, not {found}").format(
            name=name, expected=_kind_name(spec, translate), found=show(value, translate)
        ),
        where,
    )


def _is_int(value: Any) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and _SQLITE_INT[0] <= value <= _SQLITE_INT[1]
    )


def _kind_name(spec: FieldSpec, translate: Translate) -> str:
    names = {
        str: translate("Archive", "text"),
        bool: translate("Archive", "true or false"),
        int: translate("Archive", "a whole number"),
        float: translate("Archive", "a number"),
        list: translate("Archive", "a list of texts"),
        dict: translate("Archive", "an object of whole numbers"),
    }
    name = names.get(spec.kind, spec.kind.__name__)
    return translate("Archive", "{kind} or null").format(kind=name) if spec.nullable else name


def _check_text(name: str, value: str, where: str, translate: Translate) -> None:
    if len(value) > MAX_STRING_CHARS:
        raise ArchiveError(
            translate(
                "Archive", "the field “{name}” holds {size} characters; at most {limit} are allowed"
            ).format(name=name, size=len(value), limit=MAX_STRING_CHARS),
            where,
        )


def _check_format(name: str, value: str, where: str, translate: Translate) -> None:
    if name == "id":
        if not value.strip() or len(value) > MAX_ID_CHARS:
            raise ArchiveError(
                translate("Archive", "the id must be a text of 1 to {limit} characters").format(
                    limit=MAX_ID_CHARS
                ),
                where,
            )
    elif name in _STAMPS:
        if not STAMP.match(value):
            raise ArchiveError(
                translate(
                    "Archive",
                    "the field “{name}” must be a UTC time like 2026-01-31T09:00:00Z, not {found}",
                ).format(name=name, found=show(value, translate)),
                where,
            )
    elif name.endswith("_on") or name == "since":
        try:
            date.fromisoformat(value)
        except ValueError:
            raise ArchiveError(
                translate(
                    "Archive", "the field “{name}” must be a date like 2026-01-31, not {found}"
                ).format(name=name, found=show(value, translate)),
                where,
            ) from None
