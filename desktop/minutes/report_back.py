"""Report back ("you said, we did", 办理情况通报) → blocks.

A public document: the caller anonymises first (see :mod:`desktop.minutes`). One
table: 序号, 意见摘要, 处理结果 (disposition and reason), 承诺事项及进展.
"""
from __future__ import annotations

from .blocks import Block, Masthead, Para, Signature, Span, Table
from .compose import due_text, speaker_text
from .content import ReportBackContent
from .labels import labels_for
from .text import format_date, truncate
from ..core.msg import is_zh

SUMMARY_CHARS = 300  # an opinion's text is cut to this in the table


def compose_report_back(content: ReportBackContent) -> list[Block]:
    lang = content.lang
    L = labels_for(lang)
    zh = is_zh(lang)
    blocks: list[Block] = [Masthead(mark=L["rb_mark"], org=content.org_name,
                                    date_text=format_date(content.issued_date, lang), title=content.title)]
    counts = ("，" if zh else ", ").join(L["rb_count"].format(label=label, n=n)
                                        for label, n in content.summary_counts() if label)
    intro = L["rb_intro"].format(period=content.period, series=content.series_title, n=len(content.items),
                                 counts=counts)
    blocks.append(Para([Span(intro)]))
    if not content.items:
        blocks.append(Para([Span(L["rb_empty"])]))
    else:
        rows = []
        for i, item in enumerate(content.items, 1):
            opinion = item.opinion
            said = [Span(speaker_text(opinion, L, zh) + L["sep"], strong=True),
                    Span(truncate(opinion.text, SUMMARY_CHARS, lang))]
            result = [Span(item.disposition_label, strong=True)]
            if item.reason:
                result.append(Span(L["sep"] + item.reason))
            done: list[Span] = []
            for line in item.commitments:
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
                    done.append(Span("\n" + L["rb_progress"].format(text=progress)))
            if not done:
                done = [Span(L["rb_none"])]
            rows.append([str(i), said, result, done])
        blocks.append(Table(headers=[L["rb_no"], L["rb_opinion"], L["rb_result"], L["rb_commitments"]],
                            rows=rows, widths=[1.0, 5.0, 3.0, 4.2], center=frozenset({0})))
    blocks.append(Para([Span(L["rb_closing"])]))
    blocks.append(Signature([line for line in (content.org_name, format_date(content.issued_date, lang)) if line]))
    return blocks
