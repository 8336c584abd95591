"""The whole-column checks of an archive (``archive_checks._fast_column``, sets and text
operations on a column at once) never let through what the per-value checks, which run the
services' validators, would refuse, and convert every value exactly as they do."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given, settings, strategies as st

from desktop.core import archive_checks
from desktop.core.models import metadata

OPINION = metadata.tables["opinion"]
COMMITMENT = metadata.tables["commitment"]


def _per_value(table, name, values, sqlite):
    """The oracle: each value through the per-value check; None when any is refused."""
    check = archive_checks._checker(table, name, sqlite)
    out = []
    for value in values:
        try:
            out.append(check(value))
        except archive_checks._Bad:
            return None
    return out


def _agree(table, name, values, sqlite) -> None:
    fast = archive_checks._fast_column(table, name, tuple(values), sqlite)
    if fast is None:
        return  # the per-value checks decide (and name the first bad row)
    expected = _per_value(table, name, values, sqlite)
    assert expected is not None, f"the column check let through {values!r}"
    assert list(fast) == expected


def _iso(moment: datetime, micro: bool) -> str:
    text = moment.isoformat(timespec="microseconds" if micro else "seconds")
    return text


# times as an archive writes them, and near misses: another zone, no zone, a space for the T,
# a day or an hour out of range, a year out of range, digits from other scripts, odd lengths
_moments = st.datetimes(min_value=datetime(1960, 1, 1), max_value=datetime(2210, 12, 31),
                        timezones=st.just(UTC))


@st.composite
def _time_column(draw) -> list[str | None]:
    """Times as written, at most one of them changed (a column with one near miss)."""
    texts = [_iso(draw(_moments), draw(st.booleans()))
             for _ in range(draw(st.integers(1, 8)))]
    at = draw(st.integers(0, len(texts) - 1))
    texts[at] = draw(_near_miss(texts[at]))
    return texts


@st.composite
def _near_miss(draw, text: str) -> str | None:
    change = draw(st.sampled_from(["none", "zone", "naive", "space", "day", "hour", "minute",
                                   "second", "digit", "short", "null", "lower", "leap"]))
    if change == "zone":
        text = text.replace("+00:00", draw(st.sampled_from(["+08:00", "-05:00", "+00:01", "Z"])))
    elif change == "naive":
        text = text[:-6]
    elif change == "space":
        text = text.replace("T", " ")
    elif change == "day":
        text = text[:8] + draw(st.sampled_from(["00", "30", "31", "32", "29"])) + text[10:]
        if text[5:7] == "02" or draw(st.booleans()):
            text = text[:5] + "02" + text[7:]
    elif change == "hour":
        text = text[:11] + draw(st.sampled_from(["24", "25", "29", "30", "99", "23"])) + text[13:]
    elif change == "minute":
        text = text[:14] + draw(st.sampled_from(["60", "61", "99", "59"])) + text[16:]
    elif change == "second":
        text = text[:17] + draw(st.sampled_from(["60", "61", "99", "00"])) + text[19:]
    elif change == "digit":
        at = draw(st.integers(0, len(text) - 1))
        if text[at].isdigit():
            text = text[:at] + draw(st.sampled_from(["٣", "３", "a", " ", "-"])) + text[at + 1:]
    elif change == "short":
        text = text[:draw(st.integers(0, len(text) - 1))]
    elif change == "null":
        return None
    elif change == "lower":
        text = text.replace("T", "t")
    elif change == "leap":
        text = text[:17] + "60" + text[19:]
    return text


@settings(max_examples=400, deadline=None)
@given(_time_column(), st.booleans())
def test_times_the_column_check_passes_are_the_times_each_check_passes(values, sqlite) -> None:
    _agree(COMMITMENT, "completed_at", values, sqlite)  # nullable
    _agree(OPINION, "received_at", values, sqlite)  # not nullable


def test_the_usual_times_take_the_column_check() -> None:
    """The whole-column path is taken for what an archive really holds (else it is no faster)."""
    start = datetime(2026, 12, 31, 23, 59, 59, tzinfo=UTC)
    values = [_iso(start + timedelta(minutes=7 * n, microseconds=n % 2), bool(n % 2))
              for n in range(200)]
    assert archive_checks._fast_column(OPINION, "received_at", tuple(values), True) is not None
    _agree(OPINION, "received_at", values, True)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.booleans(), st.integers(-3, 2 * 10**6),
                          st.integers(2**53 - 2, 2**53 + 2), st.floats(allow_nan=False),
                          st.text(max_size=3)), min_size=1, max_size=10), st.booleans())
def test_numbers_flags_and_words(values, sqlite) -> None:
    for table, name in ((OPINION, "support_count"), (OPINION, "person_id"), (OPINION, "id"),
                        (OPINION, "session_id"), (metadata.tables["follow_up"], "valid"),
                        (OPINION, "kind"), (OPINION, "channel"), (OPINION, "text"),
                        (OPINION, "speaker_label")):
        _agree(table, name, values, sqlite)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(["complaint", "suggestion", "question", "praise", "other",
                                           "Complaint", "", "complaint "]),
                          st.text(alphabet=st.sampled_from("长a\x00 \n<"), max_size=600)),
                min_size=1, max_size=6))
def test_texts_and_vocabularies(values) -> None:
    for name in ("kind", "speaker_label", "text", "channel"):
        _agree(OPINION, name, values, True)
