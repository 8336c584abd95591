"""The public result notice (结果公示 / 办理情况公示): per topic, what was raised and what was done
or why not, the notice period and where to send objections. Always public: the content is
anonymised before and the file masked after (:mod:`desktop.paperwork.public`)."""
from __future__ import annotations

from datetime import timedelta

from docx.document import Document

from desktop.core.queries.paperwork import CommitmentInfo, OpinionInfo, SessionPaperwork

from .layout import Writer, cn_date, look_for

NUMERALS = "一二三四五六七八九十"
MAX_SUMMARY = 80


def _numeral(n: int) -> str:
    if n <= 10:
        return NUMERALS[n - 1]
    if n < 20:
        return "十" + NUMERALS[n - 11]
    tens, ones = divmod(n, 10)
    return NUMERALS[tens - 1] + "十" + (NUMERALS[ones - 1] if ones else "")


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_SUMMARY else text[:MAX_SUMMARY] + "……"


def topics(c: SessionPaperwork) -> list[tuple[str, list[OpinionInfo]]]:
    """Opinions grouped by agenda item (in agenda order), those without one last."""
    groups: dict[int | None, list[OpinionInfo]] = {}
    for op in c.opinions:
        groups.setdefault(op.agenda_number, []).append(op)
    out = [(a.title, groups.pop(a.number)) for a in c.agenda if a.number in groups]
    rest = [op for ops in groups.values() for op in ops]
    if rest:
        out.append(("其他意见建议" if c.zh else "Other opinions", rest))
    return out


def _done(op: OpinionInfo, led_to: dict[int, list[CommitmentInfo]], zh: bool) -> str:
    parts = []
    for ci in led_to.get(op.number, ()):
        if ci.status == "done":
            when = cn_date(ci.completed, zh)
            parts.append(f"{ci.owner}承诺“{ci.title}”，已于{when}办结" if zh else
                         f"{ci.owner} promised “{ci.title}”; done on {when}")
        elif ci.status == "cannot_do":
            parts.append(f"{ci.owner}承诺“{ci.title}”，无法办理：{ci.status_reason}" if zh else
                         f"{ci.owner} promised “{ci.title}”; cannot be done: {ci.status_reason}")
        else:
            parts.append(f"{ci.owner}承诺“{ci.title}”，{ci.status_label}，期限{cn_date(ci.due, True)}"
                         if zh else f"{ci.owner} promised “{ci.title}”; {ci.status_label.lower()}, "
                         f"due {cn_date(ci.due, False)}")
        if ci.progress:
            parts[-1] += (f"（{_short(ci.progress)}）" if zh else f" ({_short(ci.progress)})")
    if op.disposition:
        line = op.disposition_label
        if op.disposition_reason:
            line += ("：" if zh else ": ") + op.disposition_reason
        if op.referred_to:
            line += (f"（转{op.referred_to}办理）" if zh else f" (referred to {op.referred_to})")
        parts.insert(0, line)
    elif op.reply and not parts:
        parts.append(("现场答复：" if zh else "Answered on the spot: ") + _short(op.reply))
    if not parts and op.kind == "praise":
        parts.append("感谢群众的肯定" if zh else "Thank you for the praise")
    elif not parts:
        parts.append("正在研究办理，结果另行公布" if zh else "Being considered; the result will follow")
    text = ("；" if zh else "; ").join(parts)
    return text if text.endswith(("。", ".", "！", "!", "？", "?", "……")) else \
        text + ("。" if zh else ".")


def build_result_notice(c: SessionPaperwork) -> Document:
    zh = c.zh
    s = c.settings
    w = Writer(c.lang, look_for(c.lang))
    w.header_footer("", numbering="dash" if zh else "of")
    title = f"{c.title}意见建议办理结果公示" if zh else f"{c.title}: what was raised and what was done"
    w.title(title)
    w.para(f"{cn_date(c.starts, True)}，{c.org or '我们'}召开{c.title}，共收集意见建议"
           f"{len(c.opinions)}条，作出承诺事项{len(c.commitments)}项。现将办理情况公示如下：" if zh else
           f"On {cn_date(c.starts, False)}, {c.org or 'we'} held {c.title}: {len(c.opinions)} "
           f"opinions were received and {len(c.commitments)} commitments made. This is what was "
           "done.")
    led_to: dict[int, list[CommitmentInfo]] = {}
    for ci in c.commitments:
        for op in ci.opinions:
            led_to.setdefault(op.number, []).append(ci)
    groups = topics(c)
    if not groups:
        w.para("本次会议未收到意见建议。" if zh else "No opinions were raised at this session.")
    for n, (topic, ops) in enumerate(groups, start=1):
        w.heading(f"{_numeral(n)}、关于{topic}" if zh else f"{n}. {topic}")
        for i, op in enumerate(ops, start=1):
            raised = _short(op.text)
            who = op.speaker or ("群众" if zh else "A resident")
            w.para(f"{i}. {who}反映：{raised}" if zh else f"{i}. {who} raised: {raised}")
            w.para(("办理情况：" if zh else "What was done: ") + _done(op, led_to, zh))
    loose = [ci for ci in c.commitments if not ci.opinions]
    if loose:
        w.heading("其他承诺事项" if zh else "Other commitments")
        for ci in loose:
            w.para(f"{ci.owner}：{ci.title}，{ci.status_label}。" if zh else
                   f"{ci.owner}: {ci.title} ({ci.status_label.lower()}).")
    if not c.commitments:
        w.para("本次会议未作出承诺事项。" if zh else "No commitments were made at this session.")
    first, last = c.today, c.today + timedelta(days=s.notice_period_days - 1)
    w.heading("公示期和意见反馈" if zh else "Notice period and objections")
    w.para(f"公示期为{cn_date(first, True)}至{cn_date(last, True)}（{s.notice_period_days}天）。"
           if zh else f"This notice is posted from {cn_date(first, False)} to {cn_date(last, False)} "
           f"({s.notice_period_days} days).")
    where = s.objections_to or "；".join(
        v for v in ((f"电话 {s.hotline}" if zh else f"phone {s.hotline}") if s.hotline else "",
                    (f"电子邮箱 {s.email}" if zh else f"e-mail {s.email}") if s.email else "") if v)
    if where:
        w.para(f"对公示内容如有异议，请在公示期内向{c.org or '主办单位'}反映：{where}。" if zh else
               f"Objections to this notice can be sent within the notice period to "
               f"{c.org or 'the organiser'}: {where}.")
    else:
        w.para(f"对公示内容如有异议，请在公示期内向{c.org or '主办单位'}书面反映（联系渠道尚未设置）。"
               if zh else f"Objections can be sent in writing to {c.org or 'the organiser'} within "
               "the notice period (no contact channel is set yet).")
    w.signature([c.org, cn_date(c.today, zh)] if c.org else [cn_date(c.today, zh)])
    return w.finish(title=title, subject="结果公示" if zh else "Result notice", author=c.org)
