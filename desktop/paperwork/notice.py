"""The session notice (会议通知 / 议题公示) and its poster for the notice board.

What it says: when and where, the topics of the agenda, who will attend (leaders, departments),
how to send opinions beforehand and until when, and how personal data is used. A notice is
public: :func:`desktop.paperwork.public.mask_document` runs over the finished file.
"""
from __future__ import annotations

from docx.document import Document

from desktop.core.queries.paperwork import SessionPaperwork

from .layout import Writer, cn_date, cn_time_range, look_for, poster_look

PRIVACY_ZH = ("个人信息说明：会前提交意见时留下的姓名和联系方式仅用于答复和回访，不对外公开；"
              "会议纪要和结果公示中不出现联系方式，群众以“王女士”“居民甲”等称呼代替。"
              "签到表中的联系电话自愿填写。")
PRIVACY_EN = ("Personal data: names and contact details given with an opinion are used only to "
              "answer and follow it up and are never published; the minutes and the public result "
              "notice name residents as “Ms Wang” or “Resident A” and show no contact details. "
              "Giving a phone number on the sign-in sheet is voluntary.")


def _ways(c: SessionPaperwork) -> list[tuple[str, str]]:
    s = c.settings
    zh = c.zh
    ways = []
    if s.hotline:
        ways.append(("热线电话：" if zh else "Hotline: ", s.hotline))
    if s.email:
        ways.append(("电子邮箱：" if zh else "E-mail: ", s.email))
    if s.box_place:
        ways.append(("意见箱：" if zh else "Suggestion box: ", s.box_place))
    if s.web_form:
        ways.append(("网上留言：" if zh else "Web form: ", s.web_form))
    return ways


def notice_lines(c: SessionPaperwork) -> dict:
    """What the notice says, worded once for both the notice and the poster."""
    zh = c.zh
    title = (f"关于召开{c.title}的通知" if zh else f"Notice: {c.title}")
    when = cn_time_range(c.starts, c.ends, zh)
    venue = c.venue or ("地点另行通知" if zh else "to be announced")
    if c.agenda:
        topics = [f"{a.number}. {a.title}" if not zh else f"{a.number}.{a.title}" for a in c.agenda]
    else:
        topics = ["议程尚未确定，将另行公布。" if zh else "The agenda is not set yet; it will be "
                  "announced separately."]
    people = []
    for leader in c.leaders:
        who = f"{leader.title}{leader.name}" if zh else \
            ", ".join(p for p in (leader.name, leader.title, leader.unit) if p)
        people.append(who)
    people.extend(c.departments)
    if not people:
        people = ["出席的领导和部门待定。" if zh else "The leaders and departments attending are to be "
                  "confirmed."]
    ways = _ways(c)
    until = cn_date(c.opinions_until, zh)
    if ways:
        send = (f"请于{until}前通过以下方式提出意见建议，也可在会上当面提出：" if zh else
                f"Send your opinions by {until} in any of these ways, or raise them at the session:")
    else:
        send = ("会前意见征集渠道尚未设置；意见建议可在会上当面提出，或送交" + (c.org or "主办单位") + "。"
                if zh else "No channel for opinions before the session is set yet; raise them at "
                "the session or bring them to " + (c.org or "the organiser") + ".")
    invite = (f"为听取群众意见建议，{c.org or '我们'}定于{cn_date(c.starts, True)}召开{c.title}，"
              "欢迎辖区居民、驻区单位代表参加。现将有关事项通知如下：" if zh else
              f"{c.org or 'We'} invite residents and local organisations to {c.title}, to hear "
              "your opinions and suggestions.")
    return {"title": title, "invite": invite, "when": when, "venue": venue, "topics": topics,
            "people": people, "send": send, "ways": ways,
            "privacy": c.settings.privacy_note or (PRIVACY_ZH if zh else PRIVACY_EN)}


def build_notice(c: SessionPaperwork) -> Document:
    zh = c.zh
    w = Writer(c.lang, look_for(c.lang))
    t = notice_lines(c)
    w.header_footer("", numbering="dash" if zh else "of")
    w.title(t["title"])
    w.para(t["invite"])
    w.heading("一、会议时间" if zh else "When")
    w.para(t["when"])
    w.heading("二、会议地点" if zh else "Where")
    w.para(t["venue"])
    w.heading("三、会议议题" if zh else "Topics")
    for line in t["topics"]:
        w.para(line)
    w.heading("四、出席领导和部门" if zh else "Who will attend")
    people = "、".join(t["people"]) if zh else "; ".join(t["people"])
    w.para(people if people.endswith(("。", ".")) else people + ("。" if zh else "."))
    w.heading("五、会前意见征集" if zh else "Sending opinions before the session")
    w.para(t["send"])
    for label, value in t["ways"]:
        w.fact(label, value, left=2 if zh else 0)
    if c.notice_note:
        w.para(c.notice_note)
    w.heading("六、个人信息使用说明" if zh else "How personal data is used")
    w.para(t["privacy"])
    w.signature([c.org, cn_date(c.today, zh)] if c.org else [cn_date(c.today, zh)])
    return w.finish(title=t["title"], subject="会议通知" if zh else "Notice", author=c.org)


def build_poster(c: SessionPaperwork, paper: str = "a4") -> Document:
    """The notice in large type on one sheet (A4 or A3) for the notice board."""
    zh = c.zh
    look = poster_look(c.lang, paper)
    w = Writer(c.lang, look)
    t = notice_lines(c)
    big, small = look.body_pt, look.small_pt
    w.mark(c.title, size=look.title_pt)
    w.fact("时间：" if zh else "When: ", t["when"], size=big)
    w.fact("地点：" if zh else "Where: ", t["venue"], size=big)
    w.fact("议题：" if zh else "Topics: ", "\n".join(t["topics"][:8]), size=big)
    w.fact("出席：" if zh else "Attending: ", "、".join(t["people"]) if zh else "; ".join(t["people"]),
           size=small)
    w.para(t["send"], size=small, indent=False)
    for label, value in t["ways"]:
        w.fact(label, value, size=small)
    w.para(t["privacy"], size=round(small * 0.75), indent=False)
    w.signature([c.org] if c.org else [])
    return w.finish(title=t["title"], subject="会议海报" if zh else "Poster", author=c.org)
