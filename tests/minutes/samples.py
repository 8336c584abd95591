"""Realistic sample content for tests, benchmarks and demos: a neighbourhood listening session.

滨河街道 holds a 民情恳谈会 on lifts for old buildings (加装电梯), parking and the fire
lane, the noisy night market and waste sorting. Some opinions carry personal data
on purpose — a mobile, a spaced mobile, a landline, a resident ID with a correct
check character, an e-mail — plus an 18-digit parcel number that is *not* an ID;
:data:`PERSONAL_DATA` lists the raw strings a public version must never contain.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.minutes.summarise import gist
from desktop.minutes.content import (
    ReplyLine,
    ReportBackTopic,
    TopicGroup,
    AgendaSection,
    ApprovalInfo,
    AttendanceLine,
    CommitmentRow,
    GroupSpeaking,
    MinutesContent,
    OpinionEntry,
    ProgressLine,
    ReportBackContent,
    ReportBackItem,
    SpeakingStats,
)
from desktop.core.msg import is_zh


MOBILE = "13912345678"
MOBILE_SPACED = "186 0012 3456"
CONTACT_MOBILE = "15800001234"  # only in the ``contact`` field
LANDLINE = "010-65123456"
EMAIL = "chenjing1988@163.com"
RESIDENT_ID = "110105195803121232"  # check character 2: the weighted digit sum is 175, 175 mod 11 = 10
NOT_AN_ID = "512345678912345678"  # a parcel number: 18 digits, no valid birth date or check char
#: Raw personal data in the samples: none of these may appear in a public document.
PERSONAL_DATA = (MOBILE, MOBILE_SPACED, MOBILE_SPACED.replace(" ", ""), CONTACT_MOBILE, LANDLINE, EMAIL, RESIDENT_ID)

SESSION_DATE = dt.date(2026, 11, 23)


@dataclass(frozen=True)
class _Person:
    zh: str
    en: str
    gender: str | None
    group_zh: str
    group_en: str
    citizen: bool = True


P = {
    "wang": _Person("王秀兰", "Xiulan Wang", "female", "5号楼居民", "resident, building 5"),
    "li": _Person("李建国", "Jianguo Li", "male", "5号楼一层住户", "ground-floor resident, building 5"),
    "zhang": _Person("张桂芳", "Guifang Zhang", "female", "3号楼居民", "resident, building 3"),
    "chen": _Person("陈静", "Jing Chen", "female", "7号楼居民", "resident, building 7"),
    "zhao": _Person("赵德明", "Deming Zhao", "male", "退休教师", "retired teacher"),
    "liu": _Person("刘伟", "Wei Liu", "male", "个体经营者", "shop owner"),
    "sun": _Person("孙丽", "Li Sun", "female", "河畔小区居民", "resident, Riverside estate"),
    "ma": _Person("马国庆", "Guoqing Ma", "male", "夜市摊主", "night-market stall holder"),
    "zheng": _Person("郑淑珍", "Shuzhen Zheng", "female", "9号楼居民", "resident, building 9"),
    "huang": _Person("黄磊", "Lei Huang", "male", "网友", "web user"),
    "lin": _Person("林芳", "Fang Lin", "female", "11号楼居民", "resident, building 11"),
    "anon": _Person("", "", None, "", ""),
    "mahm": _Person("马红梅", "Hongmei Ma", "female", "滨河社区党委书记", "Party secretary, Binhe community",
                    citizen=False),
}

# Officials who reply (not renamed in public versions).
R = {
    "zhao": ("赵志刚（区住建委）", "Zhigang Zhao (District Housing Commission)"),
    "zhou": ("周海涛（街道城建科）", "Haitao Zhou (Street Office, urban construction)"),
    "qian": ("钱伟（街道平安办）", "Wei Qian (Street Office, public safety)"),
    "sunxy": ("孙晓燕（滨河社区居委会）", "Xiaoyan Sun (Binhe residents' committee)"),
    "wu": ("吴强（街道综合行政执法队）", "Qiang Wu (Street Office, law enforcement team)"),
    "mahm": ("马红梅（滨河社区党委）", "Hongmei Ma (Binhe community Party committee)"),
}

# (key, section 1-4 or 0 for other channels, person, kind, channel, support, tags, text,
#  reply, disposition, reason) — zh then en. Ordered so the first 12 hold every kind of personal data.
_KINDS = {"s": ("建议", "Suggestion"), "c": ("投诉", "Complaint"), "q": ("咨询", "Question"), "p": ("表扬", "Praise")}
_CHANNELS = {"room": ("现场", "In the room"), "hotline": ("热线", "Hotline"), "letter": ("来信", "Letter"),
             "email": ("电子邮件", "E-mail"), "web": ("网上留言", "Web"), "box": ("意见箱", "Suggestion box")}
_DISPOSITIONS = {"a": ("采纳", "Adopted"), "pa": ("部分采纳", "Partly adopted"), "r": ("转办", "Referred"),
                 "e": ("解释说明", "Explained"), "n": ("不予采纳", "Not adopted"), "": ("", "")}

_OPINIONS = [
    dict(key="lift_6f", section=2, who="wang", kind="s", channel="room", support=23,
         tags=(("加装电梯", "适老化"), ("lifts", "ageing")), contact=CONTACT_MOBILE,
         zh=f"我家住5号楼6层，老伴去年中风以后腿脚不便，每次去医院复查都得请邻居帮忙背下楼。听说区里对老楼加装电梯有补贴，"
            f"希望街道牵头，把一楼、二楼住户的工作做一做，争取明年把电梯装起来。我的电话是{MOBILE}，有进展麻烦告诉我一声。",
         en=f"I live on the 6th floor of building 5. Since my husband's stroke last year, neighbours have to carry him "
            f"downstairs for every hospital check-up. I hear the district subsidises lifts for old buildings: please "
            f"get the ground- and first-floor households on board so the lift can go in next year. My number is "
            f"{MOBILE}; please let me know how it goes.",
         reply=("区住建委已将5号楼列入明年加装电梯意向名单，街道城建科下周入户征求意见，一、二层住户的顾虑单独沟通。",
                "Building 5 is on next year's list for lifts; the Street Office will visit every household next week "
                "and talk separately with the lower floors."), by="zhao", disp="a"),
    dict(key="lift_1f", section=2, who="li", kind="c", channel="room", support=6,
         tags=(("加装电梯", "补偿"), ("lifts", "compensation")),
         zh="我是一楼住户，不反对装电梯，但电梯井正对着我家卧室窗户，以后采光、通风都受影响，施工大半年噪音也受不了。"
            "方案里得把低层住户的补偿写清楚，不能光听高层的。",
         en="I live on the ground floor. I'm not against the lift, but the shaft will sit right outside my bedroom "
            "window: less light, less air, and months of building noise. The plan must spell out compensation for "
            "the lower floors, not just listen to the upper ones.",
         reply=("低层住户补偿按区里指导意见执行，方案公示前组织全楼协商，补偿标准一并公示。",
                "Compensation follows the district guideline; the whole building will meet before the plan is "
                "published, and the compensation rates will be published with it."), by="zhou", disp="pa",
         reason=("补偿标准按区级指导意见执行，个案另行协商。", "Rates follow the district guideline; special cases are "
                 "negotiated one by one.")),
    dict(key="fire_lane", section=3, who="chen", kind="c", channel="room", support=31,
         tags=(("停车", "消防通道"), ("parking", "fire lane")),
         zh="小区东门晚上乱停车特别严重，消防通道经常被堵死。上个月7号楼有位老人突发心梗，救护车进不来，耽误了十几分钟。"
            "建议施划禁停标线，装个道闸，外来车辆不让随便进。",
         en="At night the east gate is jammed with parked cars and the fire lane is often blocked. Last month an "
            "old man in building 7 had a heart attack and the ambulance lost more than ten minutes getting in. "
            "Paint no-parking lines and put up a barrier so outside cars can't just drive in.",
         reply=("消防通道禁停标线本月内施划完成；道闸安装需业主大会表决，社区将组织征求意见。",
                "The no-parking lines will be painted this month; a barrier needs a vote of the owners, which the "
                "community will organise."), by="sunxy", disp="a"),
    dict(key="roadside", section=3, who="liu", kind="c", channel="room", support=4,
         tags=(("停车",), ("parking",)),
         zh=f"我的车每天只能停在路边，一个月被贴条罚了五六百。小区里车位实在不够，能不能晚上在路边划一些临时停车位？"
            f"有事可以打我店里座机{LANDLINE}。",
         en=f"I can only park on the street and I got fined 500 or 600 yuan last month. There aren't enough spaces "
            f"in the estate: could some night-time street parking be marked? You can reach me at the shop on "
            f"{LANDLINE}.",
         reply=("路侧夜间临时泊位需交管部门审批，已记录，转区交通支队研究。",
                "Night-time street parking needs traffic police approval; it has been referred to them."),
         by="qian", disp="r", reason=("涉及交通管理权限，已转区交通支队。", "Traffic management is the traffic "
                                      "police's remit; referred.")),
    dict(key="night_noise", section=4, who="sun", kind="c", channel="room", support=27,
         tags=(("夜市", "噪音"), ("night market", "noise")),
         zh="河边夜市每天开到凌晨一两点，音响声、吆喝声吵得人睡不着，家里老人孩子都受影响。打过好几次12345，管两天又恢复原样。"
            "建议晚上十点以后禁止外放音响。",
         en="The riverside night market runs until one or two in the morning; loudspeakers and hawkers keep us "
            "awake, the old and the children too. We called 12345 several times; it stops for two days and then "
            "starts again. Ban loudspeakers after 10 pm.",
         reply=("街道综合行政执法队从下周起每晚22时后巡查，外放音响一律劝停，屡劝不改的依法处罚。",
                "From next week the enforcement team patrols every night after 10 pm, stops loudspeakers and fines "
                "repeat offenders."), by="wu", disp="a"),
    dict(key="sorting_hours", section=4, who="chen", kind="s", channel="room", support=15,
         tags=(("垃圾分类",), ("waste sorting",)), contact=EMAIL,
         zh=f"垃圾分类投放点只在早上七点到九点、晚上六点到八点开放，上班族根本赶不上。建议晚上延长到九点，再配一个洗手池。"
            f"处理结果可以发到我的邮箱{EMAIL}。",
         en=f"The sorting point opens only 7–9 am and 6–8 pm; people who work can't make it. Keep it open until "
            f"9 pm and add a sink. Please send the outcome to {EMAIL}.",
         reply=("已与物业商定，晚间开放时间延长至21时，月底前增设洗手池。",
                "Agreed with the property manager: open until 9 pm, sink added by the end of the month."),
         by="sunxy", disp="a"),
    dict(key="allowance", section=4, who="li", kind="q", channel="room", support=0,
         tags=(("民政", "高龄津贴"), ("welfare", "old-age allowance")),
         zh=f"我母亲的高龄津贴从八月起就停发了，她的身份证号是{RESIDENT_ID}，麻烦帮忙查一下是哪个环节出了问题。",
         en=f"My mother's old-age allowance stopped in August. Her ID number is {RESIDENT_ID}; please find out "
            f"what went wrong.",
         reply=("会后由社区民政专干核实，三个工作日内答复。",
                "The community welfare officer will check and answer within three working days."),
         by="sunxy", disp="e"),
    dict(key="lamps", section=1, who="zhao", kind="p", channel="room", support=0,
         tags=(("路灯",), ("street lights",)),
         zh="上次会上反映的河边路灯不亮的问题，不到一个月就修好了，晚上出来遛弯踏实多了，给街道点个赞。",
         en="The broken riverside street lights we raised last time were fixed in less than a month. Walking at "
            "night feels safe again: well done.", disp=""),
    dict(key="charging", section=0, who="zheng", kind="s", channel="letter", support=0, received="2026-11-12 10:20",
         tags=(("电动车", "消防安全"), ("e-bikes", "fire safety")),
         zh=f"建议在小区里设几处电动自行车集中充电点，现在楼道里飞线充电太危险了，晚上还有人把电瓶拎回家充。"
            f"来信人电话{MOBILE_SPACED}。",
         en=f"Please set up e-bike charging points in the estate: cables trailing from windows and batteries "
            f"charged in flats are a fire waiting to happen. Phone {MOBILE_SPACED}.",
         disp="a"),
    dict(key="parcels", section=0, who="huang", kind="s", channel="web", support=0, received="2026-11-15 21:47",
         tags=(("快递",), ("parcels",)),
         zh=f"小区快递柜太少，建议再增加一组，或者和驿站协商延长营业时间。我的快递单号{NOT_AN_ID}在驿站放了五天都没人通知我。",
         en=f"There are too few parcel lockers: add another bank or get the depot to open longer. My parcel "
            f"{NOT_AN_ID} sat at the depot for five days without a notice.",
         disp="r", reason=("已转快递驿站经营方。", "Referred to the depot operator.")),
    dict(key="market_road", section=0, who="anon", kind="c", channel="hotline", support=0, received="2026-11-18 08:05",
         tags=(("占道经营",), ("street trading",)),
         zh="滨河路菜市场门口早上占道经营，电动车、三轮车挤在一起，老人买菜很不安全。",
         en="In the mornings traders spill onto Binhe Road outside the food market; e-bikes and tricycles crowd in "
            "and it isn't safe for older shoppers.", disp="r",
         reason=("已转街道综合行政执法队。", "Referred to the enforcement team.")),
    dict(key="lift_wardens", section=2, who="mahm", kind="s", channel="room", support=0,
         tags=(("加装电梯",), ("lifts",)),
         zh="建议各楼门推选一名楼门长，作为加装电梯协商的联络人，负责收集意见、通报进展。",
         en="Each stairwell could choose a contact person for the lift talks, to collect views and pass on news.",
         disp="a"),
    dict(key="lift_cost", section=2, who="zhang", kind="q", channel="room", support=9,
         tags=(("加装电梯", "费用"), ("lifts", "costs")),
         zh="加装电梯的费用怎么分摊？能不能提取公积金？以后每年的维保费、电费由谁出？希望给大家算一笔明白账。",
         en="How is the cost of a lift shared? Can we use our housing fund? Who pays for maintenance and power "
            "every year? We want clear figures.",
         reply=("财政补贴每部最高24万元，其余由受益住户按楼层系数分摊，可提取住房公积金；维保费用由业主共同承担，前三年可申请补贴。",
                "The subsidy is up to 240,000 yuan per lift; households share the rest by floor and may use the "
                "housing fund; owners share maintenance, subsidised for the first three years."),
         by="zhao", disp="e"),
    dict(key="mall_parking", section=3, who="zhao", kind="s", channel="room", support=18,
         tags=(("停车", "错时停车"), ("parking", "shared parking")),
         zh="隔壁商场的地下车库晚上基本空着，能不能由街道出面跟商场谈一谈，晚上七点到早上八点给居民错时停车，价格便宜一些，我们愿意办月卡。",
         en="The mall's car park next door is almost empty at night. Could the Street Office ask the mall to let "
            "residents park there from 7 pm to 8 am at a lower price? We'd buy monthly passes.",
         reply=("街道平安办负责与商场物业协商，争取一个月内拿出错时停车方案。",
                "The Street Office will negotiate with the mall and aims to have a plan within a month."),
         by="qian", disp="a"),
    dict(key="stalls", section=4, who="ma", kind="s", channel="room", support=9,
         tags=(("夜市",), ("night market",)),
         zh="我在夜市摆摊三年了，一家老小靠这个吃饭。希望不要一刀切取缔，可以规定收摊时间、统一收垃圾、划好摊位，摊主们都愿意配合。",
         en="I've had a stall for three years and my family lives off it. Please don't just close the market: set "
            "closing times, collect rubbish centrally, mark out pitches — the stall holders will cooperate.",
         reply=("夜市不取缔，将制定夜市管理公约，明确营业时间、摊位和卫生责任，请摊主代表参与制定。",
                "The market stays. A market code will set hours, pitches and cleaning duties, drafted with "
                "stall holders."), by="wu", disp="a"),
    dict(key="bins_smell", section=4, who="wang", kind="c", channel="room", support=12,
         tags=(("垃圾分类", "环境卫生"), ("waste sorting", "hygiene")),
         zh="3号楼旁边的垃圾桶站夏天味道很大，清运不及时，苍蝇蚊子多。去年就反映过一次，希望这次能彻底解决。",
         en="The bin station by building 3 stinks in summer, isn't emptied often enough and draws flies and "
            "mosquitoes. We raised it last year; please fix it for good this time.",
         reply=("已要求物业每日清运两次、每周消杀一次，社区每周检查。",
                "The property manager will empty the bins twice a day and disinfect weekly; the community checks "
                "every week."), by="sunxy", disp="a"),
    dict(key="canteen", section=1, who="zhang", kind="q", channel="room", support=14,
         tags=(("社区食堂", "养老服务"), ("canteen", "elderly care")),
         zh="上次说的社区老年食堂什么时候能开？老人们都盼着呢。",
         en="When will the community canteen for older people open, as promised last time? Everyone is waiting.",
         reply=("社区食堂已完成装修，预计12月中旬试营业。", "The canteen is refurbished and should open mid-December."),
         by="mahm", disp="e"),
    dict(key="renovation", section=0, who="lin", kind="q", channel="email", support=0, received="2026-11-09 16:32",
         tags=(("老旧小区改造",), ("estate renovation",)),
         zh="想咨询一下老旧小区综合整治什么时候轮到我们小区？外墙保温能不能一起做？",
         en="When will our estate's turn for renovation come, and can the outer walls be insulated at the same time?",
         disp="e", reason=("已列入2027年改造计划，外墙保温纳入改造内容。",
                           "On the 2027 renovation plan, including wall insulation.")),
    dict(key="phones", section=0, who="anon", kind="s", channel="box", support=0, received="2026-11-20 09:00",
         tags=(("为老服务",), ("older people",)),
         zh="希望社区多组织几次针对老年人的智能手机培训，现在挂号、缴费都得用手机，老人们很犯难。",
         en="Please run more smartphone classes for older people: booking a doctor or paying a bill now needs a "
            "phone and many of us struggle.", disp="a"),
]

_SECTIONS = [
    (("上次会议承诺事项办理情况通报", "Report back on last session's commitments"), ("情况通报", "Report back"), 15, 18,
     ("街道党政办通报了上次会议7项承诺事项的办理情况：已办结5项，办理中2项。与会居民对路灯维修、社区食堂进度进行了询问和评价。",
      "The Street Office reported on last session's 7 commitments: 5 done, 2 in progress. Residents asked about "
      "the street lights and the canteen."),
     (("社区食堂12月中旬试营业，由社区党委跟踪落实。",), ("The canteen opens in mid-December; the community Party "
                                                        "committee follows up.",))),
    (("老旧小区加装电梯", "Lifts for old buildings"), ("议题协商", "Deliberation"), 40, 46,
     ("区住建委介绍了加装电梯补贴政策和申报流程。居民围绕5号楼加装电梯的意愿、低层住户补偿和费用分摊充分发表意见。",
      "The District Housing Commission explained the lift subsidy and how to apply. Residents discussed building "
      "5's lift, compensation for the lower floors and how costs are shared."),
     (("5号楼启动加装电梯前期工作，街道城建科一个月内拿出实施方案并组织全楼协商。", "各楼门推选楼门长作为联络人。"),
      ("Preparations for building 5's lift start now; a plan and a building meeting within a month.",
       "Each stairwell chooses a contact person."))),
    (("停车难与消防通道", "Parking and the fire lane"), ("议题协商", "Deliberation"), 30, 28,
     ("与会居民反映东门消防通道被占、车位不足等问题，街道平安办和社区就短期措施作了答复。",
      "Residents raised the blocked fire lane and the lack of parking; the Street Office and the community "
      "answered with short-term measures."),
     (("本月内完成东门消防通道禁停标线施划。", "街道平安办牵头与商场协商夜间错时停车。"),
      ("No-parking lines at the east gate this month.", "The Street Office negotiates night parking with the mall."))),
    (("夜市噪音与垃圾分类", "Night-market noise and waste sorting"), ("自由发言", "Open floor"), 30, 35,
     ("居民集中反映河边夜市夜间噪音扰民和垃圾分类投放时间不便，夜市摊主代表也表达了诉求。",
      "Residents complained about night-market noise and the sorting point's hours; a stall holder spoke for the "
      "traders."),
     (("22时后夜市禁止外放音响，综合执法队每晚巡查。", "垃圾投放点晚间开放时间延长至21时。"),
      ("No loudspeakers at the night market after 10 pm; nightly patrols.", "The sorting point stays open until "
                                                                               "9 pm."))),
]

_COMMITMENTS = [
    (("制定5号楼加装电梯实施方案，组织全楼协商并公示低层住户补偿标准", "Plan building 5's lift, hold a building meeting "
      "and publish lower-floor compensation"), ("街道城建科", "Street Office, urban construction"), 30,
     ("lift_6f", "lift_1f", "lift_cost")),
    (("东门消防通道施划禁停标线，组织业主表决安装道闸", "Paint no-parking lines on the east-gate fire lane; owners' vote "
      "on a barrier"), ("滨河社区居委会", "Binhe residents' committee"), 14, ("fire_lane",)),
    (("22时后夜市外放音响劝停巡查，制定夜市管理公约", "Patrol the night market after 10 pm; draft a market code"),
     ("街道综合行政执法队", "Street Office, law enforcement team"), 21, ("night_noise", "stalls")),
    (("核实李建国反映的高龄津贴停发问题并答复", "Check the old-age allowance Jianguo Li asked about and answer him"),
     ("滨河社区居委会", "Binhe residents' committee"), 3, ("allowance",)),
    (("垃圾投放点晚间延长开放至21时并增设洗手池", "Keep the sorting point open until 9 pm and add a sink"),
     ("滨河物业服务有限公司", "Binhe Property Services"), 15, ("sorting_hours", "bins_smell")),
    (("与商场协商居民夜间错时停车方案", "Agree night-time parking for residents with the mall"),
     ("街道平安办", "Street Office, public safety"), 30, ("mall_parking",)),
]


def _opinion(spec: dict, number: int, zh: bool, minute: int) -> OpinionEntry:
    i = 0 if zh else 1
    person = P[spec["who"]]
    reply = spec.get("reply")
    reason = spec.get("reason")
    return OpinionEntry(
        number=number,
        speaker=person.zh if zh else person.en,
        speaker_group=person.group_zh if zh else person.group_en,
        speaker_gender=person.gender,
        is_citizen=person.citizen,
        channel_label=_CHANNELS[spec["channel"]][i],
        received_at=spec.get("received") or f"2026-11-23 {14 + (30 + minute) // 60:02d}:{(30 + minute) % 60:02d}",
        kind_label=_KINDS[spec["kind"]][i],
        tags=spec["tags"][i],
        text=spec["zh"] if zh else spec["en"],
        support_count=spec["support"],
        reply_text=reply[i] if reply else "",
        reply_by=R[spec["by"]][i] if reply else "",
        disposition_label=_DISPOSITIONS[spec["disp"]][i],
        disposition_reason=reason[i] if reason else "",
        contact=spec.get("contact"),
    )


def sample_opinions(lang: str, n: int) -> list[tuple[int, OpinionEntry, str]]:
    """``n`` opinions as (agenda section or 0, entry, key), cycling through the pool."""
    zh = is_zh(lang)
    out = []
    for number in range(1, n + 1):
        spec = _OPINIONS[(number - 1) % len(_OPINIONS)]
        out.append((spec["section"], _opinion(spec, number, zh, minute=(number * 7) % 150), spec["key"]))
    return out


def _topics(entries, lang: str) -> tuple[TopicGroup, ...]:
    """Opinions of one key told once, as the minutes' body tells them."""
    by_key: dict[str, list] = {}
    for entry, key in entries:
        by_key.setdefault(key, []).append(entry)
    praise = ("表扬", "Praise")
    out = []
    for key, members in by_key.items():
        out.append(TopicGroup(
            title=members[0].tags[0] if members[0].tags else "",
            groups=tuple(dict.fromkeys(e.speaker_group for e in members if e.is_citizen and e.speaker_group)),
            people=len({e.speaker for e in members}), support=sum(e.support_count for e in members),
            points=tuple(gist(e.text, lang) for e in members if e.kind_label not in praise),
            praise=tuple(gist(e.text, lang) for e in members if e.kind_label in praise),
            replies=tuple(dict.fromkeys(ReplyLine(e.reply_by, e.reply_text) for e in members if e.reply_text)),
            numbers=tuple(e.number for e in members)))
    return tuple(out)


def sample_minutes(lang: str, n_opinions: int = 12, n_commitments: int = 4, public: bool = False) -> MinutesContent:
    """A listening session of 滨河街道 with ``n_opinions`` opinions and ``n_commitments`` commitments."""
    zh = is_zh(lang)
    i = 0 if zh else 1
    opinions = sample_opinions(lang, n_opinions)
    numbers_by_key: dict[str, list[int]] = {}
    for _, entry, key in opinions:
        numbers_by_key.setdefault(key, []).append(entry.number)
    agenda = []
    for number, (title, kind, planned, actual, summary, decisions) in enumerate(_SECTIONS, 1):
        entries = [(entry, key) for section, entry, key in opinions if section == number]
        agenda.append(AgendaSection(
            number=number, title=title[i], kind_label=kind[i], planned_minutes=planned, actual_minutes=actual,
            summary=summary[i], decisions=decisions[i],
            opinions=tuple(entry for entry, _ in entries), topics=_topics(entries, lang),
            heading=(("关于" + title[i]) if zh else title[i])))
    commitments = []
    for number in range(1, n_commitments + 1):
        title, owner, days, keys = _COMMITMENTS[(number - 1) % len(_COMMITMENTS)]
        batch = (number - 1) // len(_COMMITMENTS)
        suffix = "" if batch == 0 else (f"（第{batch + 1}批）" if zh else f" (batch {batch + 1})")
        linked = tuple(sorted(n for key in keys for n in numbers_by_key.get(key, ())[:3]))
        commitments.append(CommitmentRow(
            number=number, title=title[i] + suffix, owner=owner[i], due_date=SESSION_DATE + dt.timedelta(days=days),
            status_label=("未开始", "Open")[i], linked_opinions=linked,
            made_in_session=("2026年第4次民情恳谈会" if zh else "Listening session 4/2026")))
    room = [entry for section, entry, _ in opinions if section]
    citizens = [entry for entry in room if entry.is_citizen]
    speakers = len({entry.speaker for entry in room})
    citizen_minutes = round(len(citizens) * 2.6, 1)
    official_minutes = round((len(room) - len(citizens)) * 3.0 + 31.5, 1)
    stats = SpeakingStats(
        speakers=speakers, turns=len(room) + 6, total_minutes=round(citizen_minutes + official_minutes, 1),
        by_group=(GroupSpeaking(("居民", "Residents")[i], len(citizens), citizen_minutes),
                  GroupSpeaking(("区级部门", "District departments")[i], 3, 18.5),
                  GroupSpeaking(("街道及社区", "Street Office and community")[i], len(room) - len(citizens) + 3,
                                round(official_minutes - 18.5, 1))),
        officials_minutes=official_minutes, citizens_minutes=citizen_minutes)
    residents = tuple(P[k].zh if zh else P[k].en for k in ("wang", "li", "zhang", "chen", "zhao", "sun", "ma"))
    if zh:
        present = (AttendanceLine(unit="区住房和城乡建设委员会", names=("赵志刚",)),
                   AttendanceLine(unit="滨河街道办事处", names=("周海涛", "钱伟", "吴强", "刘晓雯")),
                   AttendanceLine(unit="滨河社区党委、居委会", names=("马红梅", "孙晓燕")),
                   AttendanceLine(unit="居民代表", names=residents, is_citizen=True))
        attending = (AttendanceLine(unit="区人大代表", names=("郑国华",)),
                     AttendanceLine(unit="滨河物业服务有限公司", names=("何建平",)))
        excused = (AttendanceLine(unit="区交通支队", names=("冯涛",)),)
    else:
        present = (AttendanceLine(unit="District Housing Commission", names=("Zhigang Zhao",)),
                   AttendanceLine(unit="Binhe Street Office", names=("Haitao Zhou", "Wei Qian", "Qiang Wu",
                                                                      "Xiaowen Liu")),
                   AttendanceLine(unit="Binhe community", names=("Hongmei Ma", "Xiaoyan Sun")),
                   AttendanceLine(unit="Residents' representatives", names=residents, is_citizen=True))
        attending = (AttendanceLine(unit="District People's Congress deputy", names=("Guohua Zheng",)),
                     AttendanceLine(unit="Binhe Property Services", names=("Jianping He",)))
        excused = (AttendanceLine(unit="District traffic police", names=("Tao Feng",)),)
    return MinutesContent(
        lang=lang,
        org_name=("滨河街道办事处", "Binhe Street Office")[i],
        title=("关于老旧小区加装电梯、停车和夜市管理的民情恳谈会", "Listening session on lifts, parking and the night market")[i],
        kind_label=("民情恳谈会", "Listening Session")[i],
        date=SESSION_DATE, start_time="14:30", end_time="17:00",
        venue=("滨河社区党群服务中心三楼会议室", "Binhe Community Centre, 3rd floor meeting room")[i],
        chair=("周海涛（滨河街道办事处副主任）", "Haitao Zhou (Deputy Director, Binhe Street Office)")[i],
        facilitator=("马红梅（滨河社区党委书记）", "Hongmei Ma (Party Secretary, Binhe community)")[i],
        recorder=("刘晓雯（街道党政办）", "Xiaowen Liu (Street Office)")[i],
        present=present, attending=attending, excused=excused,
        head_count=68, anonymous_count=2,
        agenda=tuple(agenda), commitments=tuple(commitments), stats=stats,
        appendix=tuple(entry for _, entry, _ in opinions),
        approval=ApprovalInfo(approved_by=("周海涛", "Haitao Zhou")[i], approved_at=dt.date(2026, 11, 25), version=2),
        cc=(("区委社会工作部", "区住房和城乡建设委员会", "区交通支队", "滨河社区党委") if zh else
            ("District Social Work Department", "District Housing Commission", "District traffic police",
             "Binhe community Party committee")),
        issued_by=("滨河街道党政办公室", "Binhe Street Office, General Office")[i],
        issued_date=dt.date(2026, 11, 25),
        public=public,
    )


def sample_report_back(lang: str, n_items: int = 8) -> ReportBackContent:
    """A report back on the sample session's opinions ("you said, we did")."""
    zh = is_zh(lang)
    i = 0 if zh else 1
    progress = ("已入户征求意见32户，同意29户。", "32 households visited, 29 in favour.")
    items = []
    topics = []
    commitments_by_key = {key: c for c in _COMMITMENTS for key in c[3]}
    for _, entry, key in sample_opinions(lang, n_items):
        lines = ()
        if key in commitments_by_key:
            title, owner, days, _ = commitments_by_key[key]
            lines = (ProgressLine(title[i], owner[i], SESSION_DATE + dt.timedelta(days=days),
                                  ("办理中", "In progress")[i], progress[i]),)
        items.append(ReportBackItem(opinion=entry, disposition_label=entry.disposition_label or ("已记录", "Noted")[i],
                                    reason=entry.disposition_reason or entry.reply_text, commitments=lines))
        who = entry.speaker_group or ("居民", "Residents")[i]
        topics.append(ReportBackTopic(
            title=entry.tags[0] if entry.tags else "", raised=f"{who}{('反映', ' raised: ')[i]}{gist(entry.text, lang)}",
            people=1, answered=tuple(x for x in (entry.reply_text, entry.disposition_label) if x), done=lines))
    return ReportBackContent(
        lang=lang, org_name=("滨河街道办事处", "Binhe Street Office")[i],
        title=("关于2026年第4次民情恳谈会意见建议办理情况的通报", "You said, we did: listening session 4/2026")[i],
        series_title=("滨河街道民情恳谈会", "the Binhe listening sessions")[i],
        period=("2026年11月", "November 2026")[i], items=tuple(items), issued_date=dt.date(2026, 12, 20),
        topics=tuple(topics), session_date=SESSION_DATE)
