"""The mark that keeps formula-like text from running in a spreadsheet, and its undoing."""
from __future__ import annotations

from hypothesis import given, strategies as st

from desktop.core.cells import mark, unmark

# What Excel and LibreOffice run as a formula when a CSV cell starts with it (written out here,
# not taken from the module under test).
RUNS = set("=+-@\t\r")
_texts = st.text(alphabet=st.sampled_from(list("'=+-@\t\r a长\"")), max_size=8) | st.text()


@given(_texts)
def test_marked_text_never_runs_and_comes_back_whole(text) -> None:
    marked = mark(text)
    assert not marked or marked[0] not in RUNS
    assert unmark(marked) == text
    if text and text[0] not in RUNS and text[0] != "'":
        assert marked == text  # ordinary text is written as it is


def test_examples() -> None:
    assert mark("=1+2") == "'=1+2" and unmark("'=1+2") == "=1+2"
    assert mark("'=1+2") == "''=1+2" and unmark("''=1+2") == "'=1+2"
    assert mark("'引号开头") == "'引号开头" and unmark("'引号开头") == "'引号开头"
    assert mark("-5度") == "'-5度"
