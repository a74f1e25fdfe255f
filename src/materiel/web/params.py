"""Query parameters shared by the API and the page: transfer filters, dates, pagination, enums.

The enums repeat the tuples of `materiel.model` as `Literal`s so that FastAPI validates them and
the OpenAPI document lists them; a test checks that they agree.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import Query
from fastapi.exceptions import RequestValidationError
from pydantic import AfterValidator, BeforeValidator

from materiel.store import Store

Category = Literal[
    "drone",
    "missile",
    "air-defence",
    "artillery-ammunition",
    "small-arms",
    "rocket-launcher",
    "anti-tank",
    "armoured-vehicle",
    "aircraft",
    "naval",
    "components",
    "dual-use",
    "ammunition",
    "other",
]
Status = Literal["reported", "alleged", "confirmed", "denied", "planned", "requested"]
Stance = Literal["asserts", "alleges", "denies", "confirms"]
EntityType = Literal[
    "country",
    "armed-group",
    "state-body",
    "military-unit",
    "company",
    "person",
    "media",
    "vessel",
    "port",
    "border-crossing",
    "city",
    "region",
    "sea",
    "weapon-system",
]

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
DATE_HELP = "an ISO date, full or partial: YYYY, YYYY-MM or YYYY-MM-DD"


def check_partial_date(value: str | None) -> str | None:
    """`value` if it is YYYY, YYYY-MM or YYYY-MM-DD naming a real month and day; ValueError if not."""
    if value is None or value == "":
        return None
    found = _PARTIAL_DATE.fullmatch(value)
    if not found:
        raise ValueError(f"must be {DATE_HELP}, got {value!r}")
    year, month, day = (int(g) if g else None for g in found.groups())
    assert year is not None
    if month is not None and not 1 <= month <= 12:
        raise ValueError(f"month must be 01 to 12, got {value!r}")
    if month is not None and day is not None and not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"{value!r} is not a day of that month")
    return value


def empty_is_none(value: Any) -> Any:
    """A form's empty field (`?category=`) means no filter."""
    return None if value == "" else value


PartialDate = Annotated[str | None, BeforeValidator(empty_is_none), AfterValidator(check_partial_date)]


def range_start(date: str) -> str:
    return date + "-01-01"[len(date) - 4 :]


def range_end(date: str) -> str:
    if len(date) == 4:
        return date + "-12-31"
    if len(date) == 7:
        return f"{date}-{calendar.monthrange(int(date[:4]), int(date[5:7]))[1]:02d}"
    return date


def invalid(name: str, message: str, value: Any) -> RequestValidationError:
    """A 422 for one query parameter, in the shape FastAPI gives its own validation errors."""
    return RequestValidationError([{"type": "value_error", "loc": ("query", name), "msg": message, "input": value}])


@dataclass(frozen=True)
class TransferFilters:
    supplier: str | None = None
    recipient: str | None = None
    intermediary: str | None = None
    item: str | None = None
    category: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None

    def transfers(self, store: Store, document_id: str | None = None) -> list[dict[str, Any]]:
        """The stored transfers these filters select."""
        return store.transfers(
            supplier=self.supplier,
            recipient=self.recipient,
            intermediary=self.intermediary,
            item=self.item,
            category=self.category,
            status=self.status,
            date_from=self.date_from,
            date_to=self.date_to,
            document_id=document_id,
        )


def transfer_filters(
    supplier: Annotated[str | None, Query(description="entity id or any name of the supplier, any language")] = None,
    recipient: Annotated[str | None, Query(description="entity id or any name of the recipient")] = None,
    intermediary: Annotated[str | None, Query(description="entity id or any name of an intermediary")] = None,
    item: Annotated[str | None, Query(description="weapon-system entity id or name")] = None,
    category: Annotated[Category | None, BeforeValidator(empty_is_none), Query(description="item category")] = None,
    status: Annotated[Status | None, BeforeValidator(empty_is_none), Query(description="transfer status")] = None,
    date_from: Annotated[PartialDate, Query(description=f"earliest date, inclusive: {DATE_HELP}")] = None,
    date_to: Annotated[PartialDate, Query(description=f"latest date, inclusive: {DATE_HELP}")] = None,
) -> TransferFilters:
    if date_from and date_to and range_start(date_from) > range_end(date_to):
        raise invalid("date_to", f"date_to {date_to!r} is before date_from {date_from!r}", date_to)
    return TransferFilters(
        supplier=supplier or None,
        recipient=recipient or None,
        intermediary=intermediary or None,
        item=item or None,
        category=category,
        status=status,
        date_from=date_from,
        date_to=date_to,
    )


Limit = Annotated[int, Query(ge=1, le=1000, description="how many to return (1 to 1000)")]
Offset = Annotated[int, Query(ge=0, description="how many to skip")]
