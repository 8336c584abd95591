import math

import pytest

from desktop.core.errors import ValidationError
from desktop.core.metrics import (
    SATISFACTION_LEVELS,
    FollowupOutcome,
    Rates,
    RateSettings,
    RateSettingsError,
    compute_rates,
    format_rate,
)


def outcome(valid=True, in_time=None, resolved=None, satisfaction=None):
    return FollowupOutcome(valid, in_time, resolved, satisfaction)


# 10 follow-ups, 8 valid: 6 contacted in time, 5 resolved, 4 satisfied, 2 basically satisfied,
# 1 unsatisfied, 1 without an answer. The two invalid ones would raise every rate if counted.
SAMPLE = [
    outcome(True, True, True, "satisfied"),
    outcome(True, True, True, "satisfied"),
    outcome(True, True, True, "satisfied"),
    outcome(True, True, False, "satisfied"),
    outcome(True, True, True, "basically_satisfied"),
    outcome(True, True, False, "basically_satisfied"),
    outcome(True, False, True, "unsatisfied"),
    outcome(True, None, None, None),
    outcome(False, True, True, "satisfied"),
    outcome(False, True, True, "satisfied"),
]


def test_sample_counts_and_rates():
    rates = compute_rates(SAMPLE)
    assert (rates.valid, rates.responded, rates.resolved) == (8, 6, 5)
    assert (rates.satisfied, rates.basically_satisfied, rates.unsatisfied) == (4, 2, 1)
    assert rates.response_rate == pytest.approx(0.75)
    assert rates.resolution_rate == pytest.approx(0.625)
    assert rates.satisfaction_rate == pytest.approx(0.725)  # (4 + 0.9 × 2) / 8
    # 0.1 × 0.75 + 0.5 × 0.625 + 0.4 × 0.725 = 0.075 + 0.3125 + 0.29
    assert rates.overall == pytest.approx(0.6775)


def test_custom_settings():
    settings = RateSettings(w_response=0.2, w_resolution=0.4, w_satisfaction=0.4, basic_factor=0.5)
    rates = compute_rates(iter(SAMPLE), settings)  # any iterable, consumed once
    assert rates.satisfaction_rate == pytest.approx(0.625)  # (4 + 0.5 × 2) / 8
    assert rates.overall == pytest.approx(0.2 * 0.75 + 0.4 * 0.625 + 0.4 * 0.625)


def test_no_valid_outcome_gives_no_rates():
    for outcomes in ([], [outcome(False, True, True, "satisfied")]):
        rates = compute_rates(outcomes)
        assert rates == Rates(0, 0, 0, 0, 0, 0, None, None, None, None)


def test_all_perfect():
    rates = compute_rates([outcome(True, True, True, "satisfied")] * 3)
    assert rates.response_rate == rates.resolution_rate == rates.satisfaction_rate == 1
    assert rates.overall == pytest.approx(1)


def test_as_dict_has_counts_and_rates():
    data = compute_rates(SAMPLE).as_dict()
    assert list(data) == [
        "valid", "responded", "resolved", "satisfied", "basically_satisfied", "unsatisfied",
        "response_rate", "resolution_rate", "satisfaction_rate", "overall",
    ]
    assert data["valid"] == 8 and data["satisfaction_rate"] == pytest.approx(0.725)


@pytest.mark.parametrize(
    "kwargs",
    [
        {"w_response": -0.1, "w_resolution": 0.7},
        {"w_response": 0.2},  # sums to 1.1
        {"w_response": 0.1, "w_resolution": 0.5, "w_satisfaction": 0.3},
        {"basic_factor": 1.1},
        {"basic_factor": -0.01},
        {"basic_factor": math.nan},
        {"w_response": math.inf},
        {"basic_factor": "0.9"},
        {"basic_factor": True},
    ],
)
def test_settings_validation(kwargs):
    with pytest.raises(RateSettingsError) as raised:
        RateSettings(**kwargs)
    assert isinstance(raised.value, ValueError) and isinstance(raised.value, ValidationError)
    assert raised.value.text("zh") != raised.value.text("en")


def test_settings_accept_float_rounding_and_bounds():
    RateSettings(w_response=0.7, w_resolution=0.2, w_satisfaction=0.1)  # sums to 0.9999999999999999
    RateSettings(w_response=1, w_resolution=0, w_satisfaction=0, basic_factor=0)
    RateSettings(basic_factor=1)


def test_outcome_rejects_unknown_satisfaction():
    assert SATISFACTION_LEVELS == ("satisfied", "basically_satisfied", "unsatisfied")
    with pytest.raises(ValueError):
        outcome(True, True, True, "very_satisfied")


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (0.875, "87.5%"),
        (0.725, "72.5%"),
        (0.6775, "67.8%"),
        (0.8125, "81.3%"),  # halves round up, as people expect in reports
        (1.0, "100.0%"),
        (0, "0.0%"),
        (2 / 3, "66.7%"),
        (None, "—"),
    ],
)
def test_format_rate(value, text):
    assert format_rate(value) == text
