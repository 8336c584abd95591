"""Assignment slips (交办单): one page per commitment, sent to the responsible unit.

Each slip: its number of the year, the session it came from, the citizens' request (worded for
the public when chosen), the responsible unit, the deadline in working days and its date, the
requirements, signature lines, and the return part the unit fills in (办理结果 / 办结时间 /
回访情况 / 群众满意度).
"""
from __future__ import annotations

from docx.document import Document

from desktop.core.queries.paperwork import CommitmentInfo, SessionPaperwork

from .layout import Writer, cn_date, look_for

MAX_REQUESTS = 4  # opinions quoted on one slip; the rest are counted
MAX_REQUEST_CHARS = 160

REQUIREMENTS_ZH = ("请责任单位认真研究办理，在办理时限内办结，并将办理结果书面反馈交办单位、"
                   "答复群众；确需延期的，应在期限届满前说明理由并申请延期。")
REQUIREMENTS_EN = ("Please handle this within the deadline, report the result in writing to the "
                   "issuing office and answer the residents; if more time is needed, ask for an "
                   "extension with reasons before the deadline.")


def _request(ci: CommitmentInfo, zh: bool) -> str:
    lines = []
    for op in ci.opinions[:MAX_REQUESTS]:
        text = " ".join(op.text.split())
        if len(text) > MAX_REQUEST_CHARS:
            text = text[:MAX_REQUEST_CHARS] + "……"
        who = op.speaker or ("匿名" if zh else "anonymous")
        ticket = f"（工单号 {op.work_order}）" if zh and op.work_order else \
            (f" (work order {op.work_order})" if op.work_order else "")
        lines.append(f"{who}{'：' if zh else ': '}{text}{ticket}")
    rest = len(ci.opinions) - MAX_REQUESTS
    if rest > 0:
        lines.append(f"另有 {rest} 条同类意见。" if zh else f"and {rest} more opinions of the same kind.")
    if not lines:
        lines.append("（会上直接作出的承诺，未关联具体意见）" if zh else
                     "(promised in the session; no opinion is linked)")
    return "\n".join(lines)


def _slip(w: Writer, c: SessionPaperwork, ci: CommitmentInfo) -> None:
    zh = c.zh
    w.mark(f"{c.org}交办单" if zh else f"{c.org} assignment slip".strip(), size=22 if zh else 18)
    w.right(ci.slip_number or ("编号待定" if zh else "number to be given"), size=14 if zh else 11)
    deadline = (f"{ci.working_days}个工作日，{cn_date(ci.due, True)}前办结" if zh else
                f"{ci.working_days} working days: by {cn_date(ci.due, False)}")
    requirement = ci.title + ("。" if zh and not ci.title.endswith("。") else "")
    if ci.detail:
        requirement += ("\n" if requirement else "") + ci.detail
    requirement += "\n" + (REQUIREMENTS_ZH if zh else REQUIREMENTS_EN)
    source = f"{c.title}（{cn_date(c.starts, True)}）" if zh else f"{c.title} ({cn_date(c.starts, False)})"
    if zh:
        rows = [
            ["来源", source],
            ["群众诉求", _request(ci, True)],
            ["责任单位", ci.owner],
            ["办理时限", deadline],
            ["办理要求", requirement],
            ["交办单位", f"{c.org}\n交办人：__________    交办时间：{cn_date(ci.slip_issued or c.today, True)}"],
            ["签收", "签收人：__________    签收时间：____年__月__日"],
            ["回执（由责任单位填写后退回）"],
            ["办理结果", "\n\n"],
            ["办结时间", "____年__月__日"],
            ["回访情况", "回访人：__________  回访时间：____年__月__日\n"],
            ["群众满意度", "□满意    □基本满意    □不满意"],
            ["责任单位意见", "负责人签字：__________    （盖章）    ____年__月__日"],
        ]
    else:
        rows = [
            ["Source", source],
            ["Residents' request", _request(ci, False)],
            ["Responsible unit", ci.owner],
            ["Deadline", deadline],
            ["Requirements", requirement],
            ["Issued by", f"{c.org}\nIssued by: __________    Date: {cn_date(ci.slip_issued or c.today, False)}"],
            ["Received", "Received by: __________    Date: __________"],
            ["Return part (filled in by the responsible unit and sent back)"],
            ["Result", "\n\n"],
            ["Completed on", "__________"],
            ["Follow-up call", "Called by: __________  Date: __________\n"],
            ["Satisfaction", "□ Satisfied    □ Basically satisfied    □ Unsatisfied"],
            ["Unit's signature", "Head of unit: __________    (stamp)    Date: __________"],
        ]
    w.table(rows, [1.3, 5.2], size=12 if zh else 10, label_columns=frozenset({0}), height_mm=9)


def build_slips(c: SessionPaperwork, only: tuple[int, ...] | None = None) -> Document:
    """All slips of the session (``only``: commitment numbers), one per page."""
    zh = c.zh
    w = Writer(c.lang, look_for(c.lang))
    w.header_footer("", numbering="of")
    chosen = [ci for ci in c.commitments if only is None or ci.number in only]
    if not chosen:
        w.mark(f"{c.org}交办单" if zh else f"{c.org} assignment slips".strip())
        w.para(f"{c.title}（{cn_date(c.starts, True)}）没有承诺事项，无需交办。" if zh else
               f"{c.title} ({cn_date(c.starts, False)}) made no commitments: there is nothing to "
               "assign.")
    for i, ci in enumerate(chosen):
        if i:
            w.page_break()
        _slip(w, c, ci)
    return w.finish(title=f"{c.title} 交办单" if zh else f"{c.title} assignment slips",
                    subject="交办单" if zh else "Assignment slips", author=c.org)
