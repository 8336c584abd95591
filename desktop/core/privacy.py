"""Personal data in free text, found as spans with a kind and validated by checks (GUIDE §5).

How the detector works
----------------------
The text is first *normalised* for matching only: full-width ASCII is folded to ASCII and
invisible characters (zero-width spaces, joiners, direction marks, BOM) are dropped; an index map
carries every span back to the original text, so the result is the original text with only the
personal data replaced.

Numbers are not matched one regex per kind. A scanner collects *chains* of digit groups joined by
the separators people write (space, dash, dot, brackets: ``(0571)8765-4321``, ``138.0013.8000``,
``330105 19781203 4528``). Each run of consecutive groups in a chain is then classified by what
its digits *are*, longest run first:

- mobile: 11 digits ``1[3-9]…`` (after an optional ``+86``/``0086``/``86`` country code);
- resident ID: 18 characters with a real birth date and the GB 11643 check character, or 15
  digits with a real ``YYMMDD`` birth date (old IDs);
- bank card: 16–19 digits passing the Luhn check;
- landline: area code ``0…`` + 7–8 digits, only when the area code is written apart (brackets,
  space, dash) or a phone label precedes it, or the digits are a complete 11–12-digit number;
  a 10-digit meter or account number is not a landline by shape;
- a local 7–8-digit number or a QQ number only after its label (电话/座机/Tel, QQ).

A run that fails its check (an 18-digit work-order number, a date, an amount, ``12345``) is kept.
E-mail addresses (with non-ASCII local parts), labelled WeChat ids, vehicle plates (including
8-character new-energy plates) and labelled home addresses are found by their own small
patterns. Numbers the organisation publishes (a setting) are passed in and kept.

A maintained matcher as a second pass was measured and left out: ``phonenumberslite`` 9.0.42
(``PhoneNumberMatcher`` with region CN) found 533 of 600 generated mobiles and landlines written
in the forms above, every one of them also found here (600 of 600), and nothing else; it took
0.33 ms per opinion against 0.05 ms, and it knows nothing of IDs, cards, plates or labels.

The resident ID check is implemented here rather than taken from a library: ``python-stdnum``
rejects IDs whose area code is missing from its bundled table, which for a masker means leaving
a real ID visible; the checksum itself is a few lines.

Every scan is linear in the text (bounded lookbehinds, no nested quantifiers over the same
characters), so one megabyte of hostile text is handled in well under a second.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

# How citizens are named in public texts (王女士, 居民甲) lives in public_names, re-exported here.
from .public_names import PUBLIC_NAME_STYLES, SALUTATIONS, public_name, split_salutation


__all__ = [
    "KINDS",
    "PUBLIC_NAME_STYLES",
    "SALUTATIONS",
    "Span",
    "contains_personal_data",
    "digits_of",
    "find_personal_data",
    "is_valid_old_id",
    "is_valid_resident_id",
    "luhn_valid",
    "may_hold_personal_data",
    "mask_email",
    "mask_phone",
    "mask_text",
    "normalise",
    "public_name",
    "split_salutation",
    "replace_spans",
]

KINDS = ("mobile", "landline", "resident_id", "bank_card", "email", "wechat", "qq", "plate",
         "address", "name")


@dataclass(frozen=True, slots=True)
class Span:
    """``text[start:end]`` is personal data of ``kind``; ``replacement`` is what is shown."""

    start: int
    end: int
    kind: str
    text: str
    replacement: str


# ---------------------------------------------------------------------------------------------
# Normalisation

# Full-width ASCII (U+FF01..U+FF5E) and the ideographic space, mapped one-to-one onto ASCII.
_FOLD = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FOLD.update({0x3010: ord("["), 0x3011: ord("]"), 0x2014: ord("-"), 0x2013: ord("-"),
              0x2012: ord("-"), 0x2212: ord("-"), 0x00B7: ord("·"), 0x30FB: ord("·"),
              0x2022: ord("·"), 0x00A0: 0x20, 0x2002: 0x20, 0x2003: 0x20, 0x2009: 0x20})
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062" \
             "\u2063\u2064\u2066\u2067\u2068\u2069\ufeff\u00ad"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def normalise(text: str) -> tuple[str, list[int] | None]:
    """(text for matching, map from its indexes to the original's, or None when one-to-one)."""
    if not _INVISIBLE_RE.search(text):
        return text.translate(_FOLD), None
    kept = [i for i, char in enumerate(text) if char not in _INVISIBLE]
    return "".join(text[i] for i in kept).translate(_FOLD), kept


def _span_back(index: list[int] | None, start: int, end: int) -> tuple[int, int]:
    if index is None:
        return start, end
    return index[start], index[end - 1] + 1


def digits_of(value: str) -> str:
    """The ASCII digits of ``value`` (full-width and other decimal digits folded)."""
    out = []
    for char in value:
        digit = unicodedata.decimal(char, None)
        if digit is not None:
            out.append(str(digit))
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# Checks

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK_CHARS = "10X98765432"
_ID_SHAPE = re.compile(r"[0-9]{17}[0-9Xx]")


def _real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def is_valid_resident_id(value: str) -> bool:
    """True for an 18-character resident ID with a real birth date and a correct check char."""
    if not _ID_SHAPE.fullmatch(value):
        return False
    if not _real_date(int(value[6:10]), int(value[10:12]), int(value[12:14])):
        return False
    total = sum(int(digit) * weight for digit, weight in zip(value, _ID_WEIGHTS))
    return _ID_CHECK_CHARS[total % 11] == value[17].upper()


def is_valid_old_id(value: str) -> bool:
    """True for a 15-digit ID (before 1999): area 1-8xxxxx, a real 19YYMMDD birth date."""
    if len(value) != 15 or not value.isascii() or not value.isdigit() or value[0] not in "12345678":
        return False
    return _real_date(1900 + int(value[6:8]), int(value[8:10]), int(value[10:12]))


def luhn_valid(value: str) -> bool:
    """The Luhn (mod 10) check of card numbers."""
    if not value.isascii() or not value.isdigit():
        return False
    total = 0
    for position, char in enumerate(reversed(value)):
        digit = int(char)
        if position % 2:
            digit = digit * 2 - 9 if digit > 4 else digit * 2
        total += digit
    return total % 10 == 0


# ---------------------------------------------------------------------------------------------
# Numbers: chains of digit groups, classified by their digits

_GROUP = re.compile(r"[0-9]+(?:[Xx](?![A-Za-z]))?")
_GAP_CHARS = frozenset(" -.()[]·")
_MAX_CHAIN_DIGITS = 26
_LABEL_WINDOW = 8
_PHONE_LABEL = re.compile(r"(?:电话|手机|座机|固话|联系|号码|传真|tel|phone|mobile|fax|call)"
                          r"[^0-9]{0,4}$", re.IGNORECASE)
_QQ_LABEL = re.compile(r"(?:(?<![A-Za-z])QQ|扣扣)[^0-9A-Za-z]{0,5}$", re.IGNORECASE)
_WECHAT_NUMBER_LABEL = re.compile(r"(?:微信|(?<![A-Za-z])(?:wechat|weixin|vx|wx))[^0-9A-Za-z]{0,5}$",
                                  re.IGNORECASE)
# Numbers that are the record of a thing, not a person's line.
_THING_LABEL = re.compile(r"(?:户号|表号|电表|水表|气表|燃气|编号|单号|工单|订单|案号|文号|序号|批号|"
                          r"流水|合同|发票|税号|楼号|门牌|no\.?)[^0-9]{0,3}$", re.IGNORECASE)


# Digit counts a run can have without a label: mobile (11, or 13/15 with 86/0086), landline
# (11-12), old ID (15), bank card (16-19), resident ID (18). Labelled runs may also be 5-12.
_UNLABELLED_LENGTHS = frozenset({11, 12, 13, 15, 16, 17, 18, 19})
_LABELS = (_PHONE_LABEL, _QQ_LABEL, _WECHAT_NUMBER_LABEL)


def _gap_ok(gap: str) -> bool:
    return 0 < len(gap) <= 3 and all(char in _GAP_CHARS for char in gap) and gap.count(" ") <= 2


def _chains(folded: str, blocked: list[tuple[int, int]]) -> Iterable[list[re.Match[str]]]:
    """Maximal runs of digit groups joined by separators, skipping spans already claimed."""
    chain: list[re.Match[str]] = []
    block_iter = iter(sorted(blocked))
    current_block = next(block_iter, None)
    for match in _GROUP.finditer(folded):
        while current_block is not None and current_block[1] <= match.start():
            current_block = next(block_iter, None)
        if current_block is not None and current_block[0] < match.end():
            if chain:
                yield chain
            chain = []
            continue
        if chain and not _gap_ok(folded[chain[-1].end():match.start()]):
            yield chain
            chain = []
        chain.append(match)
    if chain:
        yield chain


def _is_date(groups: list[str]) -> bool:
    """2025-11-23, 2025.1.5: year, month and day groups of a real date."""
    return len(groups) == 3 and len(groups[0]) == 4 and len(groups[1]) <= 2 and len(groups[2]) <= 2 \
        and _real_date(int(groups[0]), int(groups[1]), int(groups[2]))


def _mobile_body(digits: str) -> str | None:
    """The 11 mobile digits of ``digits``, after an optional country code."""
    for code in ("", "86", "0086"):
        if digits.startswith(code):
            body = digits[len(code):]
            if len(body) == 11 and body[0] == "1" and body[1] in "3456789":
                return body
    return None


def _area_length(digits: str) -> int:
    # Beijing (010) and the 02x cities have 3-digit area codes, all others 4 digits.
    return 3 if digits[1] in "12" else 4


class _Number:
    """Classifies runs of one chain."""

    def __init__(self, folded: str, chain: list[re.Match[str]], published: frozenset[str]) -> None:
        self.folded, self.chain, self.published = folded, chain, published

    def label_before(self, i: int, pattern: re.Pattern[str]) -> bool:
        start = self.chain[i].start()
        return bool(pattern.search(self.folded[max(0, start - _LABEL_WINDOW):start]))

    def classify(self, i: int, j: int) -> tuple[str, str, int] | None:
        """(kind, replacement, characters dropped at the end) for groups i..j-1, or None."""
        groups = [m.group(0) for m in self.chain[i:j]]
        raw = "".join(groups)
        if "X" in raw[:-1].upper():
            return None
        result = self._classify(i, j, groups, raw)
        if result is None and raw[-1] in "Xx":
            result = self._classify(i, j, [*groups[:-1], groups[-1][:-1]], raw[:-1])
            if result is not None:
                return result[0], result[1], 1
        return None if result is None else (*result, 0)

    def _classify(self, i: int, j: int, groups: list[str], raw: str) -> tuple[str, str] | None:
        if not raw or raw[-1:] in "Xx" and len(raw) != 18:
            return None
        if raw in self.published or (raw.startswith("86") and raw[2:] in self.published):
            return None
        n = len(raw)
        body = _mobile_body(raw)
        if body is not None:
            if body in self.published:
                return None
            prefix = self._prefix(i, groups, raw, body)
            return "mobile", f"{prefix}{body[:3]}****{body[-4:]}"
        if n == 18 and is_valid_resident_id(raw):
            return "resident_id", f"{raw[:6]}{'*' * 8}{raw[-4:]}"
        if n == 15 and is_valid_old_id(raw):
            return "resident_id", f"{raw[:6]}{'*' * 6}{raw[-3:]}"
        if 16 <= n <= 19 and raw[0] in "3456" and luhn_valid(raw):
            return "bank_card", f"{'*' * (n - 4)}{raw[-4:]}"
        if self.label_before(i, _QQ_LABEL) and 5 <= n <= 11 and raw[0] != "0":
            return "qq", f"{raw[:1]}{'*' * (n - 1)}"
        if self.label_before(i, _WECHAT_NUMBER_LABEL) and 5 <= n <= 11:
            return "wechat", f"{raw[:1]}{'*' * (n - 1)}"
        if raw[0] == "0" and raw[1:2] not in ("", "0"):
            area = _area_length(raw)
            rest = n - area
            if 7 <= rest <= 8 and raw[area] != "0" and (area == 4 or rest == 8):
                apart = len(groups[0]) == area and j - i >= 2
                complete = j - i == 1 and n in (11, 12)
                labelled = self.label_before(i, _PHONE_LABEL)
                if (apart or labelled or complete) and not self.label_before(i, _THING_LABEL):
                    gap = self.folded[self.chain[i].end():self.chain[i + 1].start()] if apart else ""
                    return "landline", f"{raw[:area]}{gap}{'*' * (rest - 4)}{raw[-4:]}"
        if 7 <= n <= 8 and raw[0] not in "01" and self.label_before(i, _PHONE_LABEL) \
                and not self.label_before(i, _THING_LABEL) and not _is_date(groups):
            return "landline", f"{'*' * (n - 4)}{raw[-4:]}" if j - i == 1 else \
                f"{'*' * (n - 4)} {raw[-4:]}"
        return None

    def _prefix(self, i: int, groups: list[str], raw: str, body: str) -> str:
        """The country code as written (``+86 ``, ``0086-``), kept before the masked number."""
        code = raw[: len(raw) - len(body)]
        if not code:
            return ""
        start = self.chain[i].start()
        plus = "+" if self.folded[start - 1:start] == "+" else ""
        sep = ""
        if len(groups[0]) == len(code) and i + 1 < len(self.chain):
            sep = self.folded[self.chain[i].end():self.chain[i + 1].start()][:1]
        return f"{plus}{code}{sep}"


def _number_spans(folded: str, blocked: list[tuple[int, int]],
                  published: frozenset[str]) -> list[tuple[int, int, str, str]]:
    found: list[tuple[int, int, str, str]] = []
    for chain in _chains(folded, blocked):
        number = _Number(folded, chain, published)
        sizes = [0]
        for match in chain:
            sizes.append(sizes[-1] + len(match.group(0)))
        if sizes[-1] < 5:
            continue
        i = 0
        while i < len(chain):
            hit = None
            limit = i
            while limit < len(chain) and sizes[limit + 1] - sizes[i] <= _MAX_CHAIN_DIGITS:
                limit += 1
            labelled: bool | None = None
            for j in range(limit, i, -1):
                n = sizes[j] - sizes[i]
                if n not in _UNLABELLED_LENGTHS and n - 1 not in _UNLABELLED_LENGTHS:
                    if not 5 <= n <= 12:
                        continue
                    if labelled is None:
                        labelled = any(number.label_before(i, p) for p in _LABELS)
                    if not labelled:
                        continue
                result = number.classify(i, j)
                if result is not None:
                    hit = (j, result)
                    break
            if hit is None:
                i += 1
                continue
            j, (kind, replacement, dropped) = hit
            start = chain[i].start()
            if kind == "mobile" and folded[start - 1:start] == "+":
                start -= 1
            found.append((start, chain[j - 1].end() - dropped, kind, replacement))
            i = j
    return found


# ---------------------------------------------------------------------------------------------
# E-mail, WeChat, plates, addresses

_EMAIL = re.compile(r"(?<![\w.%+-])([\w.%+-]{1,64})@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)")
_EMAIL_LABELS = ("电子邮箱地址", "电子邮件地址", "邮箱地址", "电子邮箱", "电子邮件", "邮箱", "邮件",
                 "信箱", "email", "e-mail", "mail")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WECHAT = re.compile(r"(?:微信|(?<![A-Za-z])(?:wechat|weixin|vx|wx))(?:号|id|ID|账号)?"
                     r"[\s:：是为]{0,3}([A-Za-z][-_A-Za-z0-9]{5,19})(?![-_A-Za-z0-9])", re.IGNORECASE)
_PROVINCES = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼"
_PLATE = re.compile(rf"(?<![A-Za-z0-9])([{_PROVINCES}])([A-HJ-NP-Z])[·.\- ]?"
                    r"([A-HJ-NP-Z0-9]{5,6})(?![A-Za-z0-9])")
_NUM = r"[0-9一二三四五六七八九十]{1,4}"
_ADDRESS = re.compile(
    rf"{_NUM}(?:号楼|幢|栋|座|号院)\s?(?:{_NUM}单元\s?)?[0-9]{{1,4}}(?:室|号|户)"
    rf"|{_NUM}(?:号楼|幢|栋|座)\s?{_NUM}单元\s?[0-9]{{3,4}}"
    r"|(?<![0-9-])[0-9]{1,3}-[0-9]{1,2}-[0-9]{3,4}(?![0-9-])")
_ADDRESS_LABEL = re.compile(r"(?:住址|家住|住在|住|地址|家在|家庭地址|居住|现住)[^0-9一二三四五六七八九十]{0,6}$")


def _plate_ok(letters: str) -> bool:
    if not any(char.isdigit() for char in letters):
        return False
    if len(letters) == 6:  # new-energy: D/F first (small cars) or last (large vehicles)
        return letters[0] in "DF" or letters[-1] in "DF"
    return True


def _email_local(local: str) -> tuple[int, str]:
    """(characters before the address that are not part of it, the masked local part).

    Chinese text runs straight into an address ("发到我的邮箱chen@163.com"), so a local part with
    Han characters is cut: after the last Han character when ASCII follows, else after a label
    (邮箱, 电子邮件...) and to at most four characters (a name, 王建国@163.com)."""
    skip = 0
    if _CJK.search(local):
        last_han = max(m.end() for m in _CJK.finditer(local))
        if last_han < len(local):
            skip = last_han
        else:
            lowered = local.lower()
            for label in _EMAIL_LABELS:
                position = lowered.rfind(label)
                if position >= 0 and position + len(label) < len(local):
                    skip = max(skip, position + len(label))
            while skip < len(local) - 1 and local[skip] in "是为：:":
                skip += 1
            skip = max(skip, len(local) - 4)
    rest = local[skip:]
    first = rest[:1] if rest[:1].isascii() else ""
    return skip, f"{first}***"


def _other_spans(folded: str, names_before: Iterable[tuple[int, int]] = ()
                 ) -> tuple[list[tuple[int, int, str, str]], list[tuple[int, int]]]:
    """E-mails, WeChat ids, plates and addresses; also the e-mail ranges numbers must skip."""
    found: list[tuple[int, int, str, str]] = []
    emails: list[tuple[int, int]] = []
    if "@" in folded:
        for match in _EMAIL.finditer(folded):
            skip, local = _email_local(match.group(1))
            domain = mask_text(match.group(2))
            found.append((match.start() + skip, match.end(), "email", f"{local}@{domain}"))
            emails.append((match.end(1), match.end()))  # numbers may still claim the local part
    for match in _WECHAT.finditer(folded):
        value = match.group(1)
        if _mobile_body(value) is None:
            found.append((match.start(1), match.end(1), "wechat", f"{value[:1]}***"))
    for match in _PLATE.finditer(folded):
        if _plate_ok(match.group(3)):
            found.append((match.start(), match.end(), "plate",
                          f"{match.group(1)}{match.group(2)}·{'*' * len(match.group(3))}"))
    ends = sorted(end for _start, end in names_before)
    for match in _ADDRESS.finditer(folded):
        start = match.start()
        after_name = any(0 <= start - end <= 6 for end in ends)
        if after_name or _ADDRESS_LABEL.search(folded[max(0, start - 10):start]):
            found.append((start, match.end(), "address", _mask_address(match.group(0))))
    return found, emails


def _mask_address(value: str) -> str:
    for mark in ("号楼", "幢", "栋", "座", "号院"):
        head, sep, _rest = value.partition(mark)
        if sep:
            return f"{head}{sep}***"
    return "***"


# ---------------------------------------------------------------------------------------------
# The public API


# What any piece of personal data needs somewhere in the text: five digits close together (any
# script, any separator including invisible ones), an @, a WeChat label or a plate's head. Most
# text nodes of a document have none of these and are skipped by this one search.
_MAYBE = re.compile(rf"@|＠|微信|wechat|weixin|vx|wx|[{_PROVINCES}]\s?[A-Za-zＡ-Ｚ]|(?:\d\D{{0,3}}){{5}}",
                    re.IGNORECASE)


def may_hold_personal_data(text: str) -> bool:
    """A quick test: False means ``text`` certainly holds no personal data of any kind."""
    return _MAYBE.search(text) is not None


def find_personal_data(text: str, *, published_numbers: Iterable[str] = (),
                       name_ends: Iterable[int] = ()) -> list[Span]:
    """Every piece of personal data in ``text``, as non-overlapping spans in text order.

    ``published_numbers`` are the organisation's own numbers (any writing; compared by digits),
    kept as they are. ``name_ends`` are offsets in ``text`` where a person's name ends: an
    address right after one is that person's home address.
    """
    if not text or not _MAYBE.search(text):
        return []
    published = frozenset(d for d in (digits_of(n) for n in published_numbers) if d)
    folded, index = normalise(text)
    ends = list(name_ends)
    if index is not None and ends:
        back = {original: i for i, original in enumerate(index)}
        ends = [back.get(e - 1, -10) + 1 for e in ends]
    others, emails = _other_spans(folded, [(e, e) for e in ends])
    blocked = emails + [(s, e) for s, e, kind, _r in others if kind in ("plate", "wechat")]
    raw = others + _number_spans(folded, blocked, published)
    raw.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    spans: list[Span] = []
    last_end = -1
    for start, end, kind, replacement in raw:
        if start < last_end:
            continue
        o_start, o_end = _span_back(index, start, end)
        spans.append(Span(o_start, o_end, kind, text[o_start:o_end], replacement))
        last_end = end
    return spans


def replace_spans(text: str, spans: Iterable[Span]) -> str:
    """``text`` with each (non-overlapping, ordered) span replaced by its replacement."""
    parts: list[str] = []
    position = 0
    for span in spans:
        if span.start < position:
            continue
        parts.append(text[position:span.start])
        parts.append(span.replacement)
        position = span.end
    if not parts:
        return text
    parts.append(text[position:])
    return "".join(parts)


def mask_text(text: str, published_numbers: Iterable[str] = (),
              keep: frozenset[str] = frozenset()) -> str:
    """``text`` with every piece of personal data masked; everything else unchanged.

    The result is a fixed point: masking can expose a new match (kept digits next to a new
    neighbour), so passes repeat until nothing changes. This ends: every change hides digits or
    letters. ``keep`` holds tokens left as written (the secretary's review decisions).
    """
    published = tuple(published_numbers)
    for _ in range(8):
        spans = find_personal_data(text, published_numbers=published)
        masked = replace_spans(text, [s for s in spans if s.text not in keep] if keep else spans)
        if masked == text:
            break
        text = masked
    return text


def contains_personal_data(text: str, published_numbers: Iterable[str] = ()) -> bool:
    """True if `mask_text` would change `text`."""
    return any(span.replacement != span.text
               for span in find_personal_data(text, published_numbers=published_numbers))


def mask_phone(value: str) -> str:
    """Mask a contact phone: as in `mask_text`, else every digit but the last four unless the
    value is masked already (contains "*")."""
    masked = mask_text(value)
    if masked != value or "*" in value:
        return masked
    digit_count = sum(char.isdigit() for char in value)
    seen = 0
    chars: list[str] = []
    for char in value:
        if char.isdigit():
            seen += 1
            char = "*" if seen <= digit_count - 4 else char
        chars.append(char)
    return "".join(chars)


def mask_email(value: str) -> str:
    """`zhang@example.com` -> `z***@example.com`; phones and IDs in the domain are masked too."""
    local, at, domain = value.rpartition("@")
    if not at:
        return f"{value[:1]}***" if value else ""
    first = local[:1] if local[:1].isascii() else ""
    return f"{first}***@{mask_text(domain)}"
