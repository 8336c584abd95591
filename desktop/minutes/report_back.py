"""Report back ("you said, we did", 办理情况通报) → blocks.

A public document: the caller anonymises first (see :mod:`desktop.minutes`). Per topic one
row: what was raised (one line, reported speech), what was replied or decided, and what
was done (commitments with owner, deadline, status and the latest progress). Counts come
in a fixed order (采纳, 部分采纳, 解释说明, 转办, 不予采纳, 尚未答复), praise apart.
"""
from __future__ import annotations

from .blocks import Block, Masthead, Para, Signature, Span, Table
from .compose import due_text
from .content import ReportBackContent
from .labels import labels_for
from .text import format_date, truncate
from ..core.msg import is_zh

SUMMARY_CHARS = 120  # a topic's line is cut to this in the table


def compose_report_back(content: ReportBackContent) -> list[Block]:
    lang = content.lang
    L = labels_for(lang)
    zh = is_zh(lang)
    blocks: list[Block] = [Masthead(mark=L["rb_mark"], org=content.org_name,
                                    date_text=format_date(content.session_date or content.issued_date, lang),
                                    title=content.title)]
    counts = ("，" if zh else ", ").join(L["rb_count"].format(label=label, n=n)
                                        for label, n in content.summary_counts() if label)
    n_answerable = len(content.items) - content.praise_count
    period = format_date(content.session_date, lang) if content.session_date else content.period
    intro = L["rb_intro"].format(period=period, series=content.series_title, n=n_answerable,
                                 counts=counts or L["rb_none"])
    if content.praise_count:
        intro += L["rb_praise"].format(n=content.praise_count)
    blocks.append(Para([Span(intro)]))
    if not content.topics:
        blocks.append(Para([Span(L["rb_empty"])]))
    else:
        rows = []
        for i, topic in enumerate(content.topics, 1):
            said = []
            if topic.title:
                said.append(Span(topic.title + L["sep"], strong=True))
            said.append(Span(truncate(topic.raised, SUMMARY_CHARS, lang)))
            answered = [Span(("\n" if j else "") + truncate(line, SUMMARY_CHARS, lang))
                        for j, line in enumerate(topic.answered)] or [Span(L["rb_not_yet"])]
            done: list[Span] = []
            for line in topic.done:
                title, owner, due, status, progress = line[:5]
                if done:
                    done.append(Span("\n"))
                due_shown = due_text(due, line.due_approximate, lang, L)
                facts = [owner, L["rb_due"].format(due=due_shown) if due else "", status]
                facts_text = ("，" if zh else ", ").join(f for f in facts if f)
                done.append(Span(title))
                if facts_text:
                    done.append(Span(f"（{facts_text}）" if zh else f" ({facts_text})"))
                if progress:
                    done.append(Span("\n" + L["rb_progress"].format(text=truncate(progress, SUMMARY_CHARS, lang))))
            if not done:
                done = [Span(L["rb_none"])]
            rows.append([str(i), said, answered, done])
        blocks.append(Table(headers=[L["rb_no"], L["rb_opinion"], L["rb_result"], L["rb_commitments"]],
                            rows=rows, widths=[1.0, 5.0, 4.0, 4.2], center=frozenset({0})))
    blocks.append(Para([Span(L["rb_closing"])]))
    blocks.append(Signature([line for line in (content.org_name, format_date(content.issued_date, lang)) if line]))
    return blocks
