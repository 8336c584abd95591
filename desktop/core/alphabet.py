"""Letters for counting: spreadsheet column names and "Resident A, B, ... AA" alike."""
from __future__ import annotations


def letters(index: int) -> str:
    """0 → A, 25 → Z, 26 → AA, 701 → ZZ, 702 → AAA (bijective base 26)."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(ord("A") + rest) + out
    return out
