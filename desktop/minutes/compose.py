"""Minutes content → blocks: the order and wording of the minutes, shared by all styles.

Order (GUIDE §4): mark and title, basic facts, attendance, 一、会议议程, 二、议题讨论情况
(per agenda item: summary, opinions grouped by kind with support and on-the-spot
reply, decisions), 三、承诺事项 (table), 四、发言统计, the attachment note, the
approval block, then the attachment (every opinion) and the 版记.
"""
from __future__ import annotations

from .blocks import (
    AttachmentHead,
    Block,
    Fact,
    Heading,
    Imprint,
    LabelledLine,
    Masthead,
    PageBreak,
    Para,
    Signature,
    Span,
    Table,
)
from .content import AttendanceLine, MinutesContent, OpinionEntry
from .labels import labels_for
from .text import Numbering, format_date, format_minutes, format_weekday, item_number
from ..core.msg import is_zh, pick


def compose_minutes(content: MinutesContent) -> list[Block]:
    lang = content.lang
    L = labels_for(lang)
    mark = L["mark"].format(kind=content.kind_label) if content.kind_label else L["mark_default"]
    blocks: list[Block] = [Masthead(mark=mark, org=content.org_name, date_text=format_date(content.date, lang),
                                    title=content.title)]
    blocks.extend(_facts(content, L))
    for key, lines in (("present", content.present), ("attending", content.attending),
                       ("excused", content.excused)):
        if lines:
            blocks.append(LabelledLine(label=L[key] + L["sep"], text=_attendance_text(lines, L)))
    if content.public:
        blocks.append(Para([Span(L["public_note"])], note=True))
    elif content.approval is None:
        blocks.append(Para([Span(L["draft_note"])], note=True))

    numbering = Numbering(lang)
    blocks.append(Heading(1, numbering.next(1) + L["h_agenda"]))  # 一、会议议程
    blocks.extend(_agenda_lines(content, L))
    if content.agenda:
        blocks.append(Heading(1, numbering.next(1) + L["h_discussion"]))  # 二、议题讨论情况
        blocks.extend(_discussion(content, L, numbering))
    blocks.append(Heading(1, numbering.next(1) + L["h_commitments"]))  # 三、承诺事项
    blocks.extend(_commitments(content, L))
    blocks.append(Heading(1, numbering.next(1) + L["h_stats"]))  # 四、发言统计
    blocks.extend(_stats(content, L))

    blocks.append(Para([Span(L["attachment_note"].format(n=len(content.appendix)))]))  # 附件说明
    blocks.append(_signature(content, L))
    blocks.append(PageBreak())
    blocks.append(AttachmentHead(label=L["attachment"], title=L["appendix_title"]))
    blocks.append(_appendix_table(content, L))
    if content.cc or content.issued_by or content.issued_date:
        blocks.append(_imprint(content, L))
    return blocks


def _agenda_lines(content: MinutesContent, L: dict[str, str]) -> list[Para]:
    """"1.上次会议承诺事项办理情况通报（情况通报，计划15分钟，实际18分钟）"."""
    zh = is_zh(content.lang)
    paras = []
    for section in content.agenda:
        times = [section.kind_label] if section.kind_label else []
        if section.planned_minutes:
            key = "agenda_times" if section.actual_minutes is not None else "agenda_planned"
            times.append(L[key].format(planned=section.planned_minutes, actual=section.actual_minutes))
        suffix = ""
        if times:
            suffix = ("（" + "，".join(times) + "）") if zh else (" (" + "; ".join(times) + ")")
        paras.append(Para([Span(f"{section.number}." if zh else f"{section.number}. "), Span(section.title),
                           Span(suffix)]))
    return paras


def _discussion(content: MinutesContent, L: dict[str, str], numbering: Numbering) -> list[Block]:
    """Per agenda item: （一）title, summary, opinions grouped by kind (1. 建议（3条）), decisions."""
    blocks: list[Block] = []
    for section in content.agenda:
        blocks.append(Heading(2, numbering.next(2) + section.title))
        if section.summary:
            blocks.append(Para([Span(section.summary)]))
        elif not section.opinions:
            blocks.append(Para([Span(L["no_opinions"])]))
        for kind, opinions in _group_by_kind(section.opinions, L):
            blocks.append(Heading(3, numbering.next(3) + L["kind_group"].format(kind=kind, n=len(opinions))))
            for i, opinion in enumerate(opinions, 1):
                blocks.extend(_opinion_paras(opinion, i, content, L))
        if section.decisions:
            blocks.append(Heading(3, numbering.next(3) + L["h_decisions"]))
            for i, decision in enumerate(section.decisions, 1):
                blocks.append(Para([Span(item_number(i, content.lang)), Span(decision)]))
    return blocks


def _commitments(content: MinutesContent, L: dict[str, str]) -> list[Block]:
    if not content.commitments:
        return [Para([Span(L["commitments_none"])])]
    zh = is_zh(content.lang)
    rows = [[str(c.number), [Span(c.title)], [Span(c.owner)], due_text(c.due_date, c.due_approximate,
                                                                    content.lang, L),
             L["list_sep"].join(str(n) for n in c.linked_opinions)]
            for c in content.commitments]
    blocks: list[Block] = [
        Para([Span(L["commitments_intro"].format(n=len(content.commitments)))]),
        Table(headers=[L["c_no"], L["c_title"], L["c_owner"], L["c_due"], L["c_links"]], rows=rows,
              widths=[0.9, 4.2, 2.4, 2.9, 1.6] if zh else [0.9, 4.8, 2.6, 2.2, 1.6],
              center=frozenset({0, 3, 4}))]
    if any(c.due_approximate for c in content.commitments):
        blocks.append(Para([Span(L["due_approx_note"])]))
    return blocks


def due_text(due, approximate: bool, lang: str, L: dict[str, str]) -> str:  # noqa: ANN001
    """A due date as documents show it, marked when it is approximate."""
    text = format_date(due, lang)
    return L["due_approx"].format(due=text) if approximate and due else text


def _imprint(content: MinutesContent, L: dict[str, str]) -> Imprint:
    zh = is_zh(content.lang)
    cc = ("，" if zh else ", ").join(content.cc)
    cc += L["cc_end"] if cc else ""
    issued = L["issued"].format(date=format_date(content.issued_date, content.lang)) if content.issued_date else ""
    return Imprint(cc_label=L["cc"] + L["sep"], cc=cc, issuer=content.issued_by, issued=issued)


def _facts(content: MinutesContent, L: dict[str, str]) -> list[Fact]:
    lang = content.lang
    when = format_date(content.date, lang)
    if is_zh(lang):
        when += f"（{format_weekday(content.date, lang)}）"
    else:
        when = f"{format_weekday(content.date, lang)} {when}"
    if content.start_time:
        dash = pick(lang, en="–", zh="—")
        span = content.start_time + (dash + content.end_time if content.end_time else "")
        when += pick(lang, en=", ", zh=" ") + span
    facts = [Fact(L["time"] + L["sep"], when)]
    if content.venue:
        facts.append(Fact(L["venue"] + L["sep"], content.venue))
    if content.chair:
        facts.append(Fact(L["chair"] + L["sep"], content.chair))
    if content.facilitator and content.facilitator != content.chair:
        facts.append(Fact(L["facilitator"] + L["sep"], content.facilitator))
    if content.recorder:
        facts.append(Fact(L["recorder"] + L["sep"], content.recorder))
    return facts


def _attendance_text(lines: tuple[AttendanceLine, ...], L: dict[str, str]) -> str:
    parts = []
    for line in lines:
        names = L["list_sep"].join(line.names)
        parts.append(f"{line.unit} {names}".strip() if names else line.unit)
    return L["group_sep"].join(parts)


def _group_by_kind(opinions: tuple[OpinionEntry, ...], L: dict[str, str]) -> list[tuple[str, list[OpinionEntry]]]:
    groups: dict[str, list[OpinionEntry]] = {}
    for opinion in opinions:
        groups.setdefault(opinion.kind_label or L["kind_other"], []).append(opinion)
    return list(groups.items())


def speaker_text(opinion: OpinionEntry, L: dict[str, str], zh: bool) -> str:
    name = opinion.speaker or L["anonymous"]
    if opinion.speaker_group:
        return f"{name}（{opinion.speaker_group}）" if zh else f"{name} ({opinion.speaker_group})"
    return name


def _opinion_paras(opinion: OpinionEntry, i: int, content: MinutesContent, L: dict[str, str]) -> list[Para]:
    zh = is_zh(content.lang)
    spans = [Span(item_number(i, content.lang)), Span(speaker_text(opinion, L, zh), strong=True),
             Span(L["sep"]), Span(opinion.text)]
    notes = []
    if opinion.support_count:
        notes.append(L["support"].format(n=opinion.support_count))
    notes.append(L["opinion_ref"].format(n=opinion.number))
    spans.append(Span(("（" + "；".join(notes) + "）") if zh else (" (" + "; ".join(notes) + ")")))
    paras = [Para(spans)]
    if opinion.contact and not content.public:
        paras.append(Para([Span(L["contact"].format(c=opinion.contact))], note=True))
    if opinion.reply_text:
        label = L["reply"].format(by=opinion.reply_by) if opinion.reply_by else L["reply_anon"]
        paras.append(Para([Span(label + L["sep"], strong=True), Span(opinion.reply_text)]))
    return paras


def _stats(content: MinutesContent, L: dict[str, str]) -> list[Block]:
    s = content.stats
    total = s.total_minutes or 0
    pct = round(100 * s.citizens_minutes / total) if total else 0
    text = L["stats_text"].format(head=content.head_count, speakers=s.speakers, turns=s.turns,
                                  total=format_minutes(total), citizens=format_minutes(s.citizens_minutes),
                                  officials=format_minutes(s.officials_minutes), pct=pct)
    spans = [Span(text)]
    if content.anonymous_count:
        spans.append(Span(L["stats_anonymous"].format(n=content.anonymous_count)))
    blocks: list[Block] = [Para(spans)]
    if s.by_group:
        rows = [[[Span(group)], str(turns), format_minutes(minutes)] for group, turns, minutes in s.by_group]
        blocks.append(Table(headers=[L["s_group"], L["s_turns"], L["s_minutes"]], rows=rows,
                            widths=[5, 2.5, 3], center=frozenset({1, 2})))
    return blocks


def _signature(content: MinutesContent, L: dict[str, str]) -> Signature:
    lang = content.lang
    approval = content.approval
    if approval is None:  # a draft: the issuer, the date and a line for the approving signature
        lines = [content.issued_by or content.org_name,
                 format_date(content.issued_date or content.date, lang), L["approve_blank"]]
        return Signature([line for line in lines if line])
    version = L["version"].format(n=approval.version)
    zh = is_zh(lang)
    first = L["approved"].format(by=approval.approved_by) + ("（" + version + "）" if zh else f" ({version})")
    return Signature([first, L["approved_at"].format(date=format_date(approval.approved_at, lang))])


def _appendix_table(content: MinutesContent, L: dict[str, str]) -> Table:
    zh = is_zh(content.lang)
    rows = []
    for opinion in content.appendix:
        received = opinion.received_at.replace(" ", "\n", 1)  # date above time in a narrow column
        source = "\n".join(part for part in (opinion.channel_label, received) if part)
        text: list[Span] = [Span(opinion.text)]
        if opinion.tags:
            text.append(Span("\n" + L["a_tags"].format(tags=L["list_sep"].join(opinion.tags))))
        if opinion.support_count:
            text.append(Span(("（" if zh else " (") + L["support"].format(n=opinion.support_count)
                             + ("）" if zh else ")")))
        result: list[Span] = []
        if opinion.reply_text:
            result.append(Span(opinion.reply_text))
            if opinion.reply_by:
                result.append(Span(("——" if zh else " — ") + opinion.reply_by))
        if opinion.disposition_label:
            result.append(Span(("\n" if result else "") + opinion.disposition_label))
            if opinion.disposition_reason:
                result.append(Span(L["sep"] + opinion.disposition_reason))
        speaker = [Span(opinion.speaker or L["anonymous"])]
        if opinion.speaker_group:
            speaker.append(Span("\n" + opinion.speaker_group))
        if opinion.contact and not content.public:
            speaker.append(Span("\n" + opinion.contact))
        rows.append([str(opinion.number), speaker, source, opinion.kind_label, text, result])
    return Table(headers=[L["a_no"], L["a_speaker"], L["a_source"], L["a_kind"], L["a_text"], L["a_result"]],
                 rows=rows, widths=[1.0, 2.2, 1.9, 1.0, 5.3, 3.3] if zh else [1.0, 2.2, 2.2, 2.2, 4.9, 3.5],
                 center=frozenset({0, 3}), small=True)
