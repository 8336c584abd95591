"""The three rates of 接诉即办 (响应率、解决率、满意率) over follow-up calls (GUIDE §3).

No official formula is published; the defaults are the widely used unofficial computation:
response = contacted in time / valid, resolution = resolved / valid,
satisfaction = (satisfied + 0.9 × basically satisfied) / valid,
overall = 0.1 × response + 0.5 × resolution + 0.4 × satisfaction.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from decimal import ROUND_HALF_UP, Decimal

from desktop.core.errors import ValidationError

__all__ = [
    "SATISFACTION_LEVELS",
    "FollowupOutcome",
    "RateSettings",
    "RateSettingsError",
    "Rates",
    "compute_rates",
    "format_rate",
    "rates_from_counts",
]

SATISFACTION_LEVELS = ("satisfied", "basically_satisfied", "unsatisfied")


class RateSettingsError(ValidationError, ValueError):
    """Invalid rate settings; `str()` is English, `.text(lang)` picks the language."""


@dataclass(frozen=True)
class RateSettings:
    """Weights of the overall score and the share of a "basically satisfied" answer that counts."""

    w_response: float = 0.1
    w_resolution: float = 0.5
    w_satisfaction: float = 0.4
    basic_factor: float = 0.9

    def __post_init__(self) -> None:
        for field in fields(self):
            value = getattr(self, field.name)
            number = isinstance(value, (int, float)) and not isinstance(value, bool)
            if not number or not math.isfinite(value):
                raise RateSettingsError(
                    en=f"{field.name} must be a number, got {value!r}.", zh=f"{field.name} 必须是数字。"
                )
        weights = (self.w_response, self.w_resolution, self.w_satisfaction)
        if min(weights) < 0:
            raise RateSettingsError(en="Weights cannot be negative.", zh="权重不能为负数。")
        if abs(sum(weights) - 1) > 1e-9:
            raise RateSettingsError(
                en=f"The three weights must add up to 1 (they add up to {sum(weights):g}).",
                zh=f"三项权重之和必须为 1（当前为 {sum(weights):g}）。",
            )
        if not 0 <= self.basic_factor <= 1:
            raise RateSettingsError(
                en="The factor for 'basically satisfied' must be between 0 and 1.",
                zh="“基本满意”折算系数必须在 0 到 1 之间。",
            )


@dataclass(frozen=True)
class FollowupOutcome:
    """One follow-up call. Only valid calls (the person was reached and answered) count;
    None means the question was not answered."""

    valid: bool
    contacted_in_time: bool | None
    resolved: bool | None
    satisfaction: str | None

    def __post_init__(self) -> None:
        if self.satisfaction is not None and self.satisfaction not in SATISFACTION_LEVELS:
            raise ValueError(
                f"unknown satisfaction {self.satisfaction!r}; expected one of {SATISFACTION_LEVELS}"
            )


@dataclass(frozen=True)
class Rates:
    """The counts behind the rates, and the rates (None when there is no valid follow-up)."""

    valid: int
    responded: int
    resolved: int
    satisfied: int
    basically_satisfied: int
    unsatisfied: int
    response_rate: float | None
    resolution_rate: float | None
    satisfaction_rate: float | None
    overall: float | None

    def as_dict(self) -> dict[str, int | float | None]:
        return asdict(self)


def compute_rates(
    outcomes: Iterable[FollowupOutcome], settings: RateSettings = RateSettings()
) -> Rates:
    """Count the valid follow-ups and compute the three rates and the weighted overall score."""
    valid = responded = resolved = satisfied = basically = unsatisfied = 0
    for outcome in outcomes:
        if not outcome.valid:
            continue
        valid += 1
        responded += outcome.contacted_in_time is True
        resolved += outcome.resolved is True
        satisfied += outcome.satisfaction == "satisfied"
        basically += outcome.satisfaction == "basically_satisfied"
        unsatisfied += outcome.satisfaction == "unsatisfied"
    return rates_from_counts(valid, responded, resolved, satisfied, basically, unsatisfied,
                             settings)


def rates_from_counts(
    valid: int, responded: int, resolved: int, satisfied: int, basically: int, unsatisfied: int,
    settings: RateSettings = RateSettings(),
) -> Rates:
    """The rates from counts already made (e.g. by a GROUP BY in SQL) over valid follow-ups."""
    if valid == 0:
        return Rates(0, 0, 0, 0, 0, 0, None, None, None, None)
    response = responded / valid
    resolution = resolved / valid
    satisfaction = (satisfied + settings.basic_factor * basically) / valid
    overall = (
        settings.w_response * response
        + settings.w_resolution * resolution
        + settings.w_satisfaction * satisfaction
    )
    return Rates(
        valid, responded, resolved, satisfied, basically, unsatisfied,
        response, resolution, satisfaction, overall,
    )


def format_rate(value: float | None) -> str:
    """0.875 -> "87.5%" (one decimal, halves rounded up); None -> "—"."""
    if value is None:
        return "—"
    percent = (Decimal(repr(value)) * 100).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{percent}%"
