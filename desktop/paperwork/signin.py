"""The sign-in sheet (签到表), kept with the minutes as evidence of who came.

Registered attendees in order of group, then blank rows for walk-ins; the consent sentence at the
top; the session, date and page numbers in the header and footer of every page; a line at the end
to write the head count that is then entered in the session.
"""
from __future__ import annotations

from docx.document import Document

from desktop.core.queries.paperwork import SessionPaperwork

from .layout import Writer, cn_date, cn_time_range, look_for

CONSENT_ZH = ("联系电话自愿填写，仅用于本次会议意见的答复和回访，不对外公开；"
              "签名即表示您知悉并同意上述用途。")
CONSENT_EN = ("Giving a phone number is voluntary; it is used only to answer and follow up what "
              "you raise at this session and is never published. By signing you accept this use.")


def sheet_header(c: SessionPaperwork) -> str:
    return (f"{c.title}签到表  {cn_date(c.starts, True)}" if c.zh else
            f"{c.title} · sign-in sheet · {cn_date(c.starts, False)}")


def build_signin(c: SessionPaperwork, blank_rows: int | None = None) -> Document:
    zh = c.zh
    blanks = c.settings.blank_rows if blank_rows is None else blank_rows
    w = Writer(c.lang, look_for(c.lang))
    w.header_footer(sheet_header(c), numbering="of")
    w.title(f"{c.title}签到表" if zh else f"{c.title}: sign-in sheet", size=18 if zh else 16,
            after=4)
    w.fact("时间：" if zh else "When: ", cn_time_range(c.starts, c.ends, zh), size=12)
    w.fact("地点：" if zh else "Where: ", c.venue or ("（未填写）" if zh else "(not given)"), size=12)
    w.para(CONSENT_ZH if zh else CONSENT_EN, size=12, indent=False, note=True)
    if not c.attendees:
        blanks = max(blanks, 15)
        w.para("本会议尚未登记参会人员，请在下表空行中签到。" if zh else
               "Nobody is registered for this session yet: everyone signs in on the blank rows.",
               size=12, indent=False)
    head = (["序号", "姓名", "单位或楼栋", "联系电话（自愿）", "签名"] if zh else
            ["No.", "Name", "Organisation or building", "Phone (voluntary)", "Signature"])
    rows = [[str(n), a.name, a.group, "", ""] for n, a in enumerate(c.attendees, start=1)]
    start = len(rows) + 1
    rows += [[str(n), "", "", "", ""] for n in range(start, start + blanks)]
    w.table(rows, [0.7, 1.6, 2.0, 2.0, 1.8], head=head, height_mm=11, size=12,
            center=frozenset({0}))
    count = ("到会人数：______ 人（其中登记 {n} 人，现场签到 ______ 人）    记录人：__________"
             if zh else "Head count: ______ (registered {n}, signed in at the door ______)"
             "    Recorded by: __________")
    w.para(count.format(n=len(c.attendees)), size=12, indent=False)
    return w.finish(title=f"{c.title} 签到表" if zh else f"{c.title} sign-in sheet",
                    subject="签到表" if zh else "Sign-in sheet", author=c.org)
