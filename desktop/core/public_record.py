"""One engine for everything handed to the public: names replaced as mentions, data masked.

:class:`PublicRecord` holds a session's *directory* — the citizens with their public labels and
the officials who keep their names — and turns any free text into its public form
(:meth:`PublicRecord.scrub`). The public minutes, the report back, the projector feed and public
exports all go through it, so they agree on every label and every mask.

Name mentions: longest match over the directory, then boundary rules
--------------------------------------------------------------------
Every directory name (citizens *and* officials, the organisation and departments) is searched at
once, longest first, so the chair 张伟民 is consumed whole before the citizen 张伟 could match
inside it; an official's match is kept as written. A citizen's match is a *mention* only when
it stands as a name: for a two-character name both neighbours must be a boundary (not a Han
character, or a word that typically sits next to a name: 居民/业主/和/说/反映/女士/的…); for
three characters and more one boundary suffices. So 高峰 in 早高峰/高峰期 and 孙丽 in 孙丽华 are
left alone, while 高峰反映、居民高峰说 are replaced. Labels that describe a place or a group
(3号楼, 5号楼居民, 匿名) never enter the directory.

Why not a segmenter: jieba (PyPI ``jieba`` 0.42, last released 2020) needs about a second to
load its dictionary — seven times the whole budget for a 1,000-opinion document — and a person
added to its dictionary with a high weight is cut out of 早高峰 just the same ("早/高峰"), so the
ambiguous cases still need rules. On the hand-written corpus in ``tests/core/privacy_corpus.py``
the rules reach precision 1.00 and recall 0.94 (29 of 31 mentions; see ``tests/core/test_mentions.py``); what they
miss lands in the privacy review as a suspicious token, where the secretary decides.

Privacy review
--------------
:meth:`PublicRecord.review` lists every replacement and every remaining suspicious token (long
digit runs, ``@``, 微信/身份证/电话/住址, a citizen's name in any other form) with its context.
Decisions (``keep`` / ``mask``) are keyed by the token and its context, stored per session by
:mod:`desktop.core.services.privacy_review` and applied by :meth:`scrub` on every regeneration.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from . import privacy
from .privacy import Span

__all__ = ["PublicRecord", "ReviewItem", "context_of", "looks_like_person_name",
           "replace_mentions"]

CONTEXT_CHARS = 12
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A label that describes a place or a group, not a person.
_GROUP_LABEL = re.compile(r"[0-9０-９]|楼|栋|幢|单元|室|号|村|组|社区|小区|街道|居委|居民|群众|业主|"
                          r"代表|匿名|来信|网友|热线|市民|村民|委员会|公司|学校|单位|部门|全体|若干|等")
_LEFT_WORDS = ("居民", "村民", "业主", "市民", "群众", "住户", "邻居", "老人", "大爷", "大妈", "阿姨",
               "女士", "先生", "同志", "代表", "网友", "来信人", "反映人", "提到", "表示", "认为",
               "告诉", "还有", "以及", "我是", "我叫", "名叫", "姓名", "签名", "署名", "反映", "提出",
               "指出", "转告", "询问")
_LEFT_CHARS = frozenset("、，。；：！？“”‘’（）《》和与及跟同向对给让请被把由叫找是说问据称经为替帮带陪的了们")
_RIGHT_WORDS = ("女士", "先生", "老师", "师傅", "阿姨", "大爷", "大妈", "同志", "居民", "反映", "提出",
                "表示", "认为", "建议", "希望", "要求", "指出", "介绍", "询问", "投诉", "来信", "发言",
                "等人", "一家", "家里", "夫妇", "本人", "老人")
_RIGHT_CHARS = frozenset("、，。；：！？“”‘’（）《》说讲称问提和与及跟同等家的也在是都就还又曾已对向把被给让请住"
                         "没不来去到将想觉两三四五六七八九")
_SUSPICIOUS = re.compile(r"[0-9０-９]{6,}|@|＠|微信|身份证|电话|手机|住址|地址|QQ|银行卡|车牌",
                         re.IGNORECASE)
# A citizen who is not in the directory but names themselves ("我是居民赵敏，住…"): the name is
# replaced by surname + 某, the usual form in Chinese public documents.
_SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶"
             "程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾"
             "毛郝龚邵万钱严覃武戴莫孔向汤")
_INTRODUCED = re.compile(rf"(?:我是|我叫|本人|名叫|署名|签名|姓名[:：]?\s?|居民|业主|村民|住户|来信人|"
                         rf"反映人)([{_SURNAMES}][\u4e00-\u9fff]{{1,2}}?)"
                         r"(?=[，。、,；;：:（(\s住家在是说反称]|$)")
_NAME_FORMS = ("女士", "先生", "老师", "师傅", "阿姨", "大爷", "大妈")


def looks_like_person_name(name: str) -> bool:
    """True for what can be a person's name: not a place or group label such as 3号楼."""
    name = name.strip()
    if len(name) < 2 or len(name) > 40:
        return False
    if _HAN.search(name):
        return len(name) <= 8 and not _GROUP_LABEL.search(name)
    return any(char.isalpha() for char in name) and not any(char.isdigit() for char in name)


def _is_han(char: str) -> bool:
    return bool(_HAN.match(char))


def _left_ok(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    if not _is_han(before):
        return not before.isalpha()
    return before in _LEFT_CHARS or text.endswith(_LEFT_WORDS, 0, start)


def _right_ok(text: str, end: int) -> bool:
    if end >= len(text):
        return True
    after = text[end]
    if not _is_han(after):
        return not after.isalpha()
    return after in _RIGHT_CHARS or text.startswith(_RIGHT_WORDS, end)


def is_mention(text: str, start: int, end: int) -> bool:
    """The boundary rule: does ``text[start:end]`` (a directory name) stand as a name there?"""
    left, right = _left_ok(text, start), _right_ok(text, end)
    if end - start <= 2 and _is_han(text[start]):
        return left and right
    return left or right if _is_han(text[start]) else left and right


def context_of(text: str, start: int, end: int) -> str:
    """The token with up to CONTEXT_CHARS characters either side, on one line."""
    left = text[max(0, start - CONTEXT_CHARS):start]
    right = text[end:end + CONTEXT_CHARS]
    return " ".join(f"{left}【{text[start:end]}】{right}".split())


@dataclass(frozen=True, slots=True)
class ReviewItem:
    """One line of the privacy review."""

    kind: str  # a privacy kind ("mobile", "name", ...) or "suspicious"
    token: str
    replacement: str  # what the public text shows; equal to ``token`` when nothing was replaced
    context: str
    where: str = ""
    decision: str | None = None  # "keep" / "mask" / None (open)

    @property
    def key(self) -> str:
        return f"{self.token}\x1f{self.context}"

    @property
    def replaced(self) -> bool:
        return self.kind != "suspicious"

    @property
    def open(self) -> bool:
        return self.decision is None and not self.replaced


class _Directory:
    def __init__(self, citizens: Mapping[str, str], officials: Iterable[str]) -> None:
        self.labels: dict[str, str | None] = {}
        for name in officials:
            name = name.strip()
            if len(name) >= 2:
                self.labels[name] = None
        for name, label in citizens.items():
            name = name.strip()
            if looks_like_person_name(name) and name not in self.labels:
                self.labels[name] = label
        names = sorted(self.labels, key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, names))) if names else None
        self.citizen_names = [n for n in names if self.labels[n] is not None]
        forms = set()
        for name in self.citizen_names:
            surname = privacy.split_salutation(name)[0][:1] if _is_han(name[0]) else ""
            if surname:
                forms.update(surname + word for word in _NAME_FORMS)
                forms.update(("老" + surname, "小" + surname))
        forms -= set(self.labels)
        self.forms = re.compile("|".join(map(re.escape, sorted(forms, key=len, reverse=True)))) \
            if forms else None

    def mentions(self, text: str) -> tuple[list[Span], list[tuple[int, int]]]:
        """(name spans to replace, citizen names found but not standing as a name)."""
        spans: list[Span] = []
        misses: list[tuple[int, int]] = []
        if self.pattern is None:
            return spans, misses
        position = 0
        while (match := self.pattern.search(text, position)) is not None:
            start, end = match.span()
            label = self.labels[match.group(0)]
            if label is None:  # an official: kept, and nothing inside it is a mention
                position = end
            elif is_mention(text, start, end):
                spans.append(Span(start, end, "name", match.group(0), label))
                position = end
            else:
                misses.append((start, end))
                position = start + 1
        return spans, misses


@lru_cache(maxsize=32)
def _directory(citizens: tuple[tuple[str, str], ...], officials: tuple[str, ...]) -> _Directory:
    """The compiled directory, shared by records of the same people (the projector builds one
    per refresh)."""
    return _Directory(dict(citizens), officials)


def replace_mentions(text: str, citizens: Mapping[str, str], officials: Iterable[str] = ()) -> str:
    """``text`` with each mention of a citizen replaced by their label; officials kept."""
    spans, _misses = _directory(tuple(citizens.items()), tuple(officials)).mentions(text)
    return privacy.replace_spans(text, spans)


@dataclass
class PublicRecord:
    """A session's directory and privacy decisions; turns text into its public form.

    ``citizens`` maps each citizen's name (as written) to the public label; ``officials`` keep
    their names; ``published_numbers`` are the organisation's own numbers; ``decisions`` map
    :attr:`ReviewItem.key` to "keep" or "mask".
    """

    citizens: Mapping[str, str] = field(default_factory=dict)
    officials: Iterable[str] = ()
    published_numbers: Iterable[str] = ()
    decisions: Mapping[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.officials = tuple(self.officials)
        self.published_numbers = tuple(self.published_numbers)
        self._directory = _directory(tuple(self.citizens.items()), self.officials)
        self._cache: dict[str, tuple[list[Span], list[ReviewItem]]] = {}

    @property
    def kept_tokens(self) -> frozenset[str]:
        """Tokens the secretary decided to keep as written (for the document's last pass)."""
        return frozenset(key.split("\x1f", 1)[0] for key, value in self.decisions.items()
                         if value == "keep")

    def _analyse(self, text: str) -> tuple[list[Span], list[ReviewItem]]:
        cached = self._cache.get(text)
        if cached is not None:
            return cached
        names, misses = self._directory.mentions(text)
        for match in _INTRODUCED.finditer(text):
            if match.group(1) not in self._directory.labels:
                names.append(Span(match.start(1), match.end(1), "name", match.group(1),
                                  match.group(1)[0] + "某"))
        data = privacy.find_personal_data(text, published_numbers=self.published_numbers,
                                          name_ends=[s.end for s in names])
        merged = sorted([*names, *data], key=lambda s: (s.start, -(s.end - s.start)))
        chosen: list[Span] = []
        last = -1
        for span in merged:
            if span.start >= last:
                chosen.append(span)
                last = span.end
        items = [ReviewItem(s.kind, s.text, s.replacement, context_of(text, s.start, s.end))
                 for s in chosen]
        taken = [(s.start, s.end) for s in chosen]
        suspicious = list(misses)
        if self._directory.forms is not None:
            suspicious.extend(m.span() for m in self._directory.forms.finditer(text))
        starts = [a for a, _b in taken]
        for match in _SUSPICIOUS.finditer(text):
            start, end = match.span()
            # A label (电话, 身份证...) whose number was just masked is not a remaining question.
            if not match.group(0)[0].isdigit() and any(end <= a <= end + 8 for a in starts):
                continue
            suspicious.append((start, end))
        seen: set[tuple[int, int]] = set()
        for start, end in sorted(suspicious):
            if (start, end) in seen or any(a < end and start < b for a, b in taken):
                continue
            seen.add((start, end))
            items.append(ReviewItem("suspicious", text[start:end], text[start:end],
                                    context_of(text, start, end)))
            chosen.append(Span(start, end, "suspicious", text[start:end], text[start:end]))
        chosen.sort(key=lambda s: s.start)
        result = (chosen, items)
        if len(self._cache) < 50_000:
            self._cache[text] = result
        return result

    def spans(self, text: str) -> list[Span]:
        """The replacements :meth:`scrub` makes in ``text``, decisions applied."""
        if not text:
            return []
        chosen, _items = self._analyse(text)
        out = []
        for span in chosen:
            decision = self.decisions.get(f"{span.text}\x1f{context_of(text, span.start, span.end)}") \
                if self.decisions else None
            if span.kind == "suspicious":
                if decision == "mask":
                    label = self.citizens.get(span.text) or "***"
                    out.append(Span(span.start, span.end, "manual", span.text, label))
            elif decision != "keep":
                out.append(span)
        return out

    def scrub(self, text: str) -> str:
        """The public form of ``text``: citizens' mentions labelled, personal data masked."""
        if not text:
            return text
        return privacy.replace_spans(text, self.spans(text))

    def review(self, texts: Iterable[tuple[str, str]]) -> list[ReviewItem]:
        """Every replacement and suspicious token in ``texts`` ((where, text) pairs), one line
        per distinct (token, context), with the decision recorded for it."""
        items: dict[str, ReviewItem] = {}
        for where, text in texts:
            if not text:
                continue
            for item in self._analyse(text)[1]:
                if item.key not in items:
                    items[item.key] = ReviewItem(item.kind, item.token, item.replacement,
                                                 item.context, where,
                                                 self.decisions.get(item.key))
        return list(items.values())
