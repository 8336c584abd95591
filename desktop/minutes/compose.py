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
from .content import AttendanceLine, MinutesContent, OpinionEntry, TopicGroup
from .labels import labels_for
from .text import Numbering, format_date, format_minutes, format_weekday, item_number
from ..core.msg import is_zh, pick


def mark_of(content: MinutesContent) -> str:
    """"枫林街道办事处民情恳谈会纪要": the organisation and the kind of session."""
    L = labels_for(content.lang)
    if content.kind_label:
        return L["mark"].format(org=content.org_name, kind=content.kind_label).strip(": ")
    return L["mark_default"].format(org=content.org_name).strip(": ")


def compose_minutes(content: MinutesContent) -> list[Block]:
    lang = content.lang
    L = labels_for(lang)
    blocks: list[Block] = [Masthead(mark=mark_of(content), org=content.org_name,
                                    date_text=format_date(content.date, lang), title=content.title)]
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
    if content.channels:
        blocks.append(Heading(1, numbering.next(1) + L["h_beforehand"]))  # 二、会前收集意见
        blocks.extend(_beforehand(content, L))
    discussed = [s for s in content.agenda if s.topics or s.decisions or s.summary or s.reported]
    if discussed:
        blocks.append(Heading(1, numbering.next(1) + L["h_discussion"]))  # 议题讨论情况
        blocks.extend(_discussion(discussed, content, L, numbering))
    blocks.append(Heading(1, numbering.next(1) + L["h_commitments"]))  # 承诺事项
    blocks.extend(_commitments(content, L))
    blocks.append(Heading(1, numbering.next(1) + L["h_stats"]))  # 发言统计
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
    """"1.上次会议承诺事项办理情况通报（计划15分钟，实际18分钟）": the title says what the item is."""
    zh = is_zh(content.lang)
    paras = []
    for section in content.agenda:
        times = []
        if section.planned_minutes:
            key = "agenda_times" if section.actual_minutes is not None else "agenda_planned"
            times.append(L[key].format(planned=section.planned_minutes, actual=section.actual_minutes))
        suffix = ""
        if times:
            suffix = ("（" + "，".join(times) + "）") if zh else (" (" + "; ".join(times) + ")")
        paras.append(Para([Span(f"{section.number}." if zh else f"{section.number}. "), Span(section.title),
                           Span(suffix)]))
    return paras


def _end(text: str, zh: bool) -> str:
    """Close a sentence once: "…。" / "….", whatever the gist ended with."""
    text = text.rstrip("，,；;、 ")
    if zh:
        return text if text.endswith(("。", "！", "？")) else text + "。"
    return text if text.endswith((".", "!", "?")) else text + "."


#: Group names that already say who the people are.
PEOPLE_WORDS_EN = {"parents", "traders", "residents", "members", "staff", "pupils", "tenants", "owners"}
PEOPLE_WORDS = ("家长", "居民", "商户", "代表", "人员", "群众", "志愿者", "村民", "职工", "学生", "老人")


def topic_spans(topic: TopicGroup, L: dict[str, str], lang: str, *, numbers: bool = True) -> list[Span]:
    """One paragraph for one topic: who raised what, the answers given, what was agreed."""
    zh = is_zh(lang)
    sep = L["list_sep"]
    groups = sep.join(topic.groups)
    if groups and zh and topic.groups[-1].endswith(PEOPLE_WORDS):  # "枫林小学家长", not "…家长居民"
        who = groups + (f"等{topic.people}人" if topic.people > 1 else "")
    elif groups and not zh and any(w.lower() in PEOPLE_WORDS_EN for g in topic.groups for w in g.split()):
        who = groups  # "Parents of St Mary's School", not "Residents of Parents of …"
    elif groups:
        who = L["raised_people" if topic.people > 1 else "raised_one"].format(groups=groups, n=topic.people)
    else:
        who = L["raised_anon"] if topic.people <= 1 else (f"居民{topic.people}人" if zh
                                                          else f"{topic.people} residents")
    spans: list[Span] = []
    if topic.title:
        spans.append(Span(L["about"].format(topic=topic.title if zh else topic.title[:1].upper() + topic.title[1:])))
    if topic.points:
        text = L["raised"].format(who=who, points=("；" if zh else "; ").join(topic.points))
        if topic.support:
            text += L["raised_support"].format(n=topic.support)
        spans.append(Span(_end(text, zh)))
    if topic.praise:
        who_praise = who if not topic.points else L["raised_anon"]
        spans.append(Span(_end(L["praised_short"].format(who=who_praise,
                                                         points=("；" if zh else "; ").join(topic.praise)), zh)))
    for by, text in topic.replies:
        line = L["reply_line"].format(by=by, text=text) if by else L["reply_line_anon"].format(text=text)
        spans.append(Span(_end(line, zh)))
    if topic.decisions:
        agreed = []
        for d in topic.decisions:
            key = "agreed_item" if d.due else "agreed_item_nodue"
            agreed.append(L[key].format(text=d.text, owner=d.owner, due=format_date(d.due, lang)))
        spans.append(Span(L["agreed"], strong=True))
        spans.append(Span(_end(("；" if zh else "; ").join(agreed), zh)))
    if numbers and topic.numbers:
        spans.append(Span(L["see_attachment"].format(numbers=sep.join(str(n) for n in topic.numbers))))
    if not zh:  # English sentences are separated by a space
        spans = [Span(s.text if i == 0 or s.text.startswith((" ", ":")) or spans[i - 1].text.endswith(" ")
                      else " " + s.text, strong=s.strong) for i, s in enumerate(spans)]
    return spans


def _beforehand(content: MinutesContent, L: dict[str, str]) -> list[Block]:
    zh = is_zh(content.lang)
    total = sum(n for _label, n in content.channels)
    channels = L["list_sep"].join(label for label, _n in content.channels)
    counts = ("，" if zh else ", ").join(L["channel_count"].format(label=label, n=n) for label, n in content.channels)
    blocks: list[Block] = [Para([Span(L["beforehand_intro"].format(channels=channels, n=total, counts=counts))])]
    blocks.extend(Para(topic_spans(topic, L, content.lang)) for topic in content.beforehand)
    return blocks


def _discussion(sections, content: MinutesContent, L: dict[str, str], numbering: Numbering) -> list[Block]:
    """Per agenda item that discussed something: （一）关于…, then by topic, then 会议议定."""
    zh = is_zh(content.lang)
    blocks: list[Block] = []
    for section in sections:
        heading = section.heading or section.title
        blocks.append(Heading(2, numbering.next(2) + (heading if zh else heading[:1].upper() + heading[1:])))
        if section.summary:
            blocks.append(Para([Span(section.summary)]))
        if section.reported:
            blocks.append(Para([Span(L["reported_intro"].format(n=len(section.reported)))]))
            for i, r in enumerate(section.reported, 1):
                line = L["reported_line"].format(title=r.title, owner=r.owner, due=format_date(r.due_date, content.lang),
                                                 status=r.status_label)
                spans = [Span(item_number(i, content.lang)), Span(_end(line, zh))]
                if r.said:
                    spans.append(Span(("" if zh else " ") + _end(L["reported_said"].format(owner=r.owner, said=r.said), zh)))
                blocks.append(Para(spans))
        for topic in section.topics:
            blocks.append(Para(topic_spans(topic, L, content.lang)))
        if section.decisions:
            blocks.append(Para([Span(L["agreed"], strong=True),
                                Span(_end(("；" if zh else "; ").join(d.rstrip("。.；;") for d in section.decisions),
                                          zh))]))
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
    # 主持: who chaired and who ran the floor (the chair first); 记录: the recorder
    hosts = [h for h in dict.fromkeys((content.chair.strip(), content.facilitator.strip())) if h]
    if hosts:
        facts.append(Fact(L["chair"] + L["sep"], L["list_sep"].join(hosts)))
    if content.recorder:
        facts.append(Fact(L["recorder"] + L["sep"], content.recorder))
    return facts


def _attendance_text(lines: tuple[AttendanceLine, ...], L: dict[str, str]) -> str:
    """Leaders, then departments with their people, then "居民代表 12人（7号楼5人、3号楼4人）"."""
    parts = []
    for line in lines:
        if line.is_citizen and line.count:
            text = f"{line.unit} {L['residents_count'].format(n=line.count)}"
            if line.groups:
                text += L["residents_groups"].format(groups=L["list_sep"].join(
                    L["group_count"].format(group=g, n=n) for g, n in line.groups))
            parts.append(text)
            continue
        names = L["list_sep"].join(line.names)
        parts.append(f"{line.unit} {names}".strip() if names else line.unit)
    return L["group_sep"].join(p for p in parts if p)


def speaker_text(opinion: OpinionEntry, L: dict[str, str], zh: bool) -> str:
    name = opinion.speaker or L["anonymous"]
    if opinion.speaker_group:
        return f"{name}（{opinion.speaker_group}）" if zh else f"{name} ({opinion.speaker_group})"
    return name



def _stats(content: MinutesContent, L: dict[str, str]) -> list[Block]:
    s = content.stats
    zh = is_zh(content.lang)
    total = s.total_minutes or 0
    pct = round(100 * s.citizens_minutes / total) if total else 0
    text = L["stats_text"].format(head=content.head_count, speakers=s.speakers, turns=s.turns,
                                  total=format_minutes(total), citizens=format_minutes(s.citizens_minutes),
                                  officials=format_minutes(s.officials_minutes), pct=pct)
    spans = [Span(text)]
    if s.anonymous:
        spans.append(Span(L["stats_anonymous"].format(n=s.anonymous)))
    if content.channels:
        counts = ("，" if zh else ", ").join(L["channel_count"].format(label=label, n=n)
                                            for label, n in content.channels)
        spans.append(Span(L["stats_channels"].format(n=sum(n for _l, n in content.channels), counts=counts)))
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
