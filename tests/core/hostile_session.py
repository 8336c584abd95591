"""A 民情恳谈会 whose public record is hard to get right (names inside names, every written form
of personal data, an anonymous letter labelled by its building)."""
from __future__ import annotations

from datetime import UTC, datetime

from desktop.core.models.enums import AttendanceRole
from desktop.core.services import attendance, opinions, people, sessions, turns

ID_18 = "33010519781203452" + "10X98765432"[sum(int(d) * pow(2, 17 - i, 11)
                                               for i, d in enumerate("33010519781203452")) % 11]
def _luhn_complete(body: str) -> str:
    for digit in "0123456789":
        number = body + digit
        total = sum(int(d) if i % 2 == 0 else sum(divmod(2 * int(d), 10))
                    for i, d in enumerate(reversed(number)))
        if total % 10 == 0:
            return number
    raise AssertionError


CARD = _luhn_complete("622202123456789012")
HOSTILE_TEXT = (
    "张伟说早高峰时段3号楼、13号楼门口拥堵，孙丽华也同意。电话151.2345.6789，座机(0571)8765-4321，"
    "另一个号码0571 8512 3456；身份证330105 19781203 " + ID_18[14:] + "，老身份证330105781203452；"
    "银行卡" + " ".join(CARD[i:i + 4] for i in range(0, 19, 4)) + "；微信号：zhang_wei1988，QQ 284512367；车牌浙A·12345、浙AD12345；"
    "邮箱李娜@163.com；电表户号0102345678；依据杭政办函〔2025〕38号，补贴12,800元，可拨打12345。"
    "街道电话0571-8888 6666。"
)
LETTER = "我是居民赵敏，住3号楼2单元502室，楼上漏水三个月了。138\u200b0013\u200b8000"
SECRETS = ("23456789", "87654321", "85123456", "19781203" + ID_18[14:], "330105781203452",
           CARD, "284512367", "zhang_wei1988", "12345、", "D12345", "李娜@", "2单元502",
           "13800138000", "张伟说", "赵敏")
KEPT = ("张伟民", "早高峰", "孙丽华", "3号楼、13号楼", "0102345678", "杭政办函〔2025〕38号", "12,800元",
        "12345。", "0571-8888 6666")
PUBLISHED = ("0571-88886666",)


def build(db) -> int:
    session = sessions.create_session(
        db, "青石街道民情恳谈会", datetime(2026, 11, 23, 1, 0, tzinfo=UTC), chair="张伟民",
        facilitator="钱伟东", recorder="周晓", organisation="青石街道办事处", language="zh")
    sid = session.id
    zhang = people.create_person(db, "张伟", "5号楼", salutation="先生")
    gao = people.create_person(db, "高峰", "3号楼")
    sun = people.create_person(db, "孙丽", "7号楼", salutation="女士")
    wang = people.create_person(db, "王女士", "")
    for person in (zhang, gao, sun):
        attendance.register(db, sid, person.id, AttendanceRole.PRESENT)
    opinions.create_opinion(db, sid, HOSTILE_TEXT, person_id=zhang.id)
    opinions.create_opinion(db, sid, "高峰反映：孙丽说张伟的停车问题要解决。晚高峰最堵。", person_id=gao.id)
    opinions.create_opinion(db, sid, "孙丽建议增加路灯。", person_id=sun.id,
                            reply_text="张伟民副主任现场答复。", reply_by="张伟民")
    opinions.create_opinion(db, sid, "希望加装电梯。", person_id=wang.id, channel="letter")
    opinions.create_opinion(db, sid, LETTER, speaker_label="3号楼", channel="letter")
    turns.enqueue(db, sid, person_id=gao.id)
    turns.enqueue(db, sid, person_id=zhang.id)
    return sid
