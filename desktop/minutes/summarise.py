"""Reported speech: the gist of an opinion in the third person, without personal details.

The minutes tell what residents raised ("3号楼、5号楼居民反映停车位不足，希望开放夜间停车"),
they do not quote them. :func:`gist` keeps at most two clauses of an opinion — the
request (希望…/建议…/能否…) and the first clause that states the problem — drops
clauses that introduce the speaker or carry contact details, and turns first-person
openings into reported speech. It is a plain rule, not a paraphrase: the secretary
reviews the draft, and the attachment keeps every opinion in full.
"""
from __future__ import annotations

import re

from desktop.core import privacy

from .text import truncate
from desktop.core.msg import is_zh

GIST_CHARS = 40  # a clause is cut to this many characters (Chinese)
GIST_CHARS_EN = 100  # English words are longer

_CLAUSES_ZH = re.compile(r"[。！？!?；;\n]+")
_CLAUSES_EN = re.compile(r"(?<=[.!?;])\s+|\n+")
_REQUEST_ZH = re.compile(r"希望|建议|要求|请求|恳请|能否|能不能|可否|盼|呼吁|应该|应当|尽快")
_REQUEST_EN = re.compile(r"\b(please|should|could|would like|ask|suggest|hope|want)\b", re.I)
_ABOUT_SPEAKER_ZH = re.compile(r"我叫|我姓|我是|本人是|我家住|我住在|住在.{0,12}(号|室|楼|单元)|电话|手机|联系方式|微信|身份证|QQ")
_ABOUT_SPEAKER_EN = re.compile(r"\b(my name is|i am|i'm|i live at|phone|mobile|e-?mail|call me)\b", re.I)
_SPEAKER_ZH = re.compile(r"(^|[，,])(?:我们|咱们|我|本人)(?:觉得|认为)?(?=希望|建议|要求|反映|请求|恳请|想|应该|能否)"
                         r"|(^|[，,])(?:我们|咱们|我|本人)(?:觉得|认为)")
_SWAPS_ZH = (("我们小区", "小区"), ("我们楼", "所住楼栋"), ("我们", "居民"), ("咱们", "居民"), ("我家", "其家"), ("本人", "其"), ("我", "其"))
_SWAPS_EN = ((r"\bI am\b", "they are"), (r"\bI'm\b", "they are"), (r"\bI\b", "they"), (r"\bwe\b", "they"),
             (r"\bWe\b", "They"), (r"\bmy\b", "their"), (r"\bMy\b", "Their"), (r"\bour\b", "their"),
             (r"\bOur\b", "Their"), (r"\bme\b", "them"), (r"\bus\b", "them"))
_TRIM = "，,、：: 　"


def _personal(clause: str, published: tuple[str, ...] = ()) -> bool:
    return privacy.mask_text(clause, published) != clause


def _reported_zh(clause: str) -> str:
    # "我希望…", "，我们认为…": the speaker is said by the sentence around it, drop them here
    clause = _SPEAKER_ZH.sub(lambda m: m.group(1) or m.group(2) or "", clause.strip(_TRIM))
    clause = re.sub(r"(?:我们|咱们)(?=\d)", "", clause)  # "我们5号楼门口" → "5号楼门口"
    for old, new in _SWAPS_ZH:
        clause = clause.replace(old, new)
    return clause.strip(_TRIM)


def _reported_en(clause: str) -> str:
    clause = clause.strip().rstrip(".!?;")
    for pattern, new in _SWAPS_EN:
        clause = re.sub(pattern, new, clause)
    first = clause.split(" ", 1)[0]
    if first and first[0].isupper() and first != "I" and (len(first) == 1 or first[1:].islower()):
        clause = clause[0].lower() + clause[1:]  # "raised that the lift…", not "that The lift…"
    return clause


def gist(text: str, lang: str, published: tuple[str, ...] = ()) -> str:
    """The reported gist of ``text`` (empty when nothing reportable is left); ``published``:
    the organisation's own numbers, which are no personal detail."""
    zh = is_zh(lang)
    clauses = [c.strip() for c in (_CLAUSES_ZH if zh else _CLAUSES_EN).split(text) if c and c.strip()]
    about = _ABOUT_SPEAKER_ZH if zh else _ABOUT_SPEAKER_EN
    kept = [c for c in clauses if not about.search(c) and not _personal(c, published)]
    if not kept:  # every clause carries a detail: the first one, its details masked
        kept = [privacy.mask_text(c, published) for c in clauses[:1]]
    if not kept:
        return ""
    request_re = _REQUEST_ZH if zh else _REQUEST_EN
    request = next((c for c in kept if request_re.search(c)), None)
    problem = next((c for c in kept if c is not request), None)
    chosen = [c for c in kept if c is problem or c is request]  # in the speaker's order
    report = _reported_zh if zh else _reported_en
    limit = GIST_CHARS if zh else GIST_CHARS_EN
    parts = [truncate(report(c), limit, lang) for c in chosen]
    return ("，" if zh else "; ").join(p for p in parts if p)
