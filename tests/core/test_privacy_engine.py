"""Personal data in its usual written forms, checked by oracles written apart from the engine.

Each property embeds a generated number in Chinese text and asserts that its digits no longer
appear once separators are removed (the oracle knows the number it generated, not any pattern);
look-alikes must come back unchanged."""
import unicodedata
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import find_personal_data, mask_text
from desktop.core.public_record import PublicRecord

FILLERS = st.sampled_from(["", "居民反映，", "请联系", "我的电话是", "号码：", "，谢谢。", " ", "来信称"])


def digits_only(text: str) -> str:
    """Every decimal digit of ``text`` in order, whatever its script, nothing else."""
    return "".join(str(unicodedata.digit(c)) for c in text if unicodedata.digit(c, None) is not None)


def check_char(body17: str) -> str:
    total = 0
    for position, char in enumerate(body17):  # weight of position i is 2^(17-i) mod 11
        total += int(char) * pow(2, 17 - position, 11)
    return "10X98765432"[total % 11]


def luhn_digit(body: str) -> str:
    for candidate in "0123456789":
        number = body + candidate
        total = sum(int(d) if i % 2 == 0 else sum(divmod(int(d) * 2, 10))
                    for i, d in enumerate(reversed(number)))
        if total % 10 == 0:
            return candidate
    raise AssertionError


def grouped(digits: str, sizes: list[int], sep: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(digits[at:at + size])
        at += size
    if at < len(digits):
        parts.append(digits[at:])
    return sep.join(p for p in parts if p)


def fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in text)


mobile_digits = st.builds(lambda second, rest: f"1{second}{rest:09d}", st.integers(3, 9),
                          st.integers(0, 10**9 - 1))


@st.composite
def written_mobiles(draw):
    digits = draw(mobile_digits)
    sizes = draw(st.sampled_from([[11], [3, 4, 4], [4, 3, 4], [3, 8], [3, 3, 5]]))
    sep = draw(st.sampled_from([" ", "-", ".", "\u200b"]))
    text = grouped(digits, sizes, sep)
    prefix = draw(st.sampled_from(["", "+86", "+86 ", "0086 ", "0086-", "(+86)"]))
    text = prefix + text
    if draw(st.booleans()):
        text = fullwidth(text)
    return digits, text


@settings(max_examples=300, deadline=None)
@given(written_mobiles(), FILLERS, FILLERS)
def test_no_mobile_survives(mobile, before, after):
    digits, written = mobile
    out = mask_text(before + written + after)
    assert digits not in digits_only(out)
    assert digits[:3] in digits_only(out) and digits[-4:] in digits_only(out)  # masked, not dropped


@st.composite
def landlines(draw):
    area = draw(st.sampled_from(["010", "021", "0571", "0755", "0311", "0991"]))
    size = 8 if len(area) == 3 else draw(st.sampled_from([7, 8]))
    number = str(draw(st.integers(2 * 10 ** (size - 1), 10**size - 1)))
    form = draw(st.sampled_from(["({a}){n}", "（{a}）{n}", "{a}-{n}", "{a} {n}", "({a}) {n}",
                                 "{a}-{h}-{t}", "{a} {h} {t}", "{a}{n}"]))
    half = len(number) // 2
    text = form.format(a=area, n=number, h=number[:half], t=number[half:])
    if draw(st.booleans()):
        text += draw(st.sampled_from(["转123", "-8021", " ext. 12"]))
    return area + number, text


@settings(max_examples=300, deadline=None)
@given(landlines(), st.sampled_from(["电话", "座机：", "联系电话 ", "Tel: "]), FILLERS)
def test_no_landline_survives(landline, label, after):
    digits, written = landline
    assert digits not in digits_only(mask_text(label + written + after))


@st.composite
def resident_ids(draw):
    area = draw(st.integers(110000, 829999))
    born = draw(st.dates(date(1920, 1, 1), date(2020, 12, 31)))
    body = f"{area}{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    value = body + check_char(body)
    sep = draw(st.sampled_from(["", " ", "-"]))
    text = sep.join([value[:6], value[6:14], value[14:]]) if sep else value
    return value, text


@settings(max_examples=300, deadline=None)
@given(resident_ids(), FILLERS, FILLERS)
def test_no_resident_id_survives(rid, before, after):
    value, written = rid
    out = mask_text(f"{before}身份证{written}{after}")
    assert value[:17] not in digits_only(out)


@settings(max_examples=200, deadline=None)
@given(st.integers(110000, 829999), st.dates(date(1920, 1, 1), date(1999, 12, 31)),
       st.integers(0, 999), FILLERS)
def test_no_old_id_survives(area, born, sequence, after):
    value = f"{area}{born:%y%m%d}{sequence:03d}"
    assert value not in digits_only(mask_text(f"老身份证号{value}{after}"))


@st.composite
def bank_cards(draw):
    length = draw(st.integers(16, 19))
    head = draw(st.sampled_from(["62", "4", "5", "3"]))
    body = head + "".join(draw(st.lists(st.sampled_from("0123456789"), min_size=length - len(head) - 1,
                                        max_size=length - len(head) - 1)))
    number = body + luhn_digit(body)
    text = " ".join(number[i:i + 4] for i in range(0, len(number), 4)) if draw(st.booleans()) else number
    return number, text


@settings(max_examples=300, deadline=None)
@given(bank_cards(), FILLERS, FILLERS)
def test_no_bank_card_survives(card, before, after):
    number, written = card
    assert number not in digits_only(mask_text(f"{before}银行卡{written}{after}"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="王李张刘陈杨赵黄周吴建国娜芳伟", min_size=2, max_size=3),
       st.sampled_from(["163.com", "qq.com", "example.cn"]), FILLERS)
def test_no_chinese_email_survives(local, domain, after):
    out = mask_text(f"邮箱{local}@{domain}{after}")
    assert f"{local}@" not in out and domain in out


@settings(max_examples=200, deadline=None)
@given(st.sampled_from("浙京沪粤苏川"), st.sampled_from("ABCDEFGHJK"),
       st.integers(10000, 99999), st.sampled_from(["", "·", " "]), st.booleans())
def test_no_plate_survives(province, letter, number, sep, new_energy):
    tail = f"D{number}" if new_energy else str(number)
    out = mask_text(f"车牌{province}{letter}{sep}{tail}的车占道")
    assert str(number) not in digits_only(out)


@settings(max_examples=200, deadline=None)
@given(st.from_regex(r"[a-z][a-z0-9_]{5,12}", fullmatch=True),
       st.sampled_from(["微信：", "微信号", "WeChat: ", "微信号是"]))
def test_no_labelled_wechat_survives(wid, label):
    assert wid not in mask_text(f"加我{label}{wid}，")


@settings(max_examples=200, deadline=None)
@given(st.integers(10000, 99999999999), st.sampled_from(["QQ ", "QQ：", "qq号", "QQ号码 "]))
def test_no_labelled_qq_survives(number, label):
    assert str(number) not in digits_only(mask_text(f"我的{label}{number}。"))


# --- look-alikes that must survive ------------------------------------------------------------

@st.composite
def look_alikes(draw):
    kind = draw(st.sampled_from(["work_order", "date", "amount", "doc", "service", "meter",
                                 "misgrouped"]))
    if kind == "work_order":  # shaped like an ID (area, real birth date) but a wrong check char
        born = draw(st.dates(date(1920, 1, 1), date(2020, 12, 31)))
        body = f"{draw(st.integers(110000, 299999))}{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
        wrong = next(c for c in "0123456789" if c != check_char(body))
        return f"工单号{body}{wrong}"
    if kind == "misgrouped":  # 0 + 10 digits, but not written as area code + number
        return f"批次0{draw(st.integers(100000, 999999))}-{draw(st.integers(1000, 9999))}"
    if kind == "date":
        day = draw(st.dates(date(1990, 1, 1), date(2030, 12, 31)))
        return draw(st.sampled_from([f"{day:%Y年%m月%d日}", f"{day:%Y-%m-%d}", f"{day:%Y.%m.%d}"]))
    if kind == "amount":
        return f"补贴{draw(st.integers(1, 999))},{draw(st.integers(0, 999)):03d}元"
    if kind == "doc":
        return f"杭政办函〔{draw(st.integers(2000, 2030))}〕{draw(st.integers(1, 300))}号"
    if kind == "service":
        return draw(st.sampled_from(["拨打12345", "110", "119", "96345热线"]))
    return f"电表户号0{draw(st.integers(0, 10**9 - 1)):09d}"


@settings(max_examples=300, deadline=None)
@given(st.lists(look_alikes(), min_size=1, max_size=4).map("，".join))
def test_look_alikes_survive(text):
    assert mask_text(text) == text
    assert find_personal_data(text) == []


NAME_CHARS = "伟芳娜敏静丽强磊军洋勇艳杰"
SURNAMES = "王李张刘陈杨黄赵周吴"
WORD_CHARS = "华峰伦苑路期值水山捷明辉莎"  # characters that continue a name into another word


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from(NAME_CHARS), st.sampled_from([*WORD_CHARS, ""]),
       st.sampled_from(["早", "晚", "白", "海", ""]), st.sampled_from(["，", "。", " ", "“"]))
def test_superstrings_of_citizens_names_survive(surname, given_name, tail, head, edge):
    name = surname + given_name
    if not head and not tail:
        head = "海"
    longer = f"{head}{name}{tail}"
    record = PublicRecord(citizens={name: "居民甲"})
    text = f"会上{edge}{longer}{edge}意见被记录。"  # one side of the name may stand free
    assert record.scrub(text) == text


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(SURNAMES), st.sampled_from(NAME_CHARS), st.sampled_from(NAME_CHARS))
def test_officials_containing_a_citizens_name_keep_it(surname, first, second):
    citizen, official = surname + first, surname + first + second
    record = PublicRecord(citizens={citizen: "居民甲"}, officials=[official])
    assert record.scrub(f"主持：{official}。{official}主任讲话。") == f"主持：{official}。{official}主任讲话。"


def test_published_numbers_are_kept():
    text = "街道服务电话0571-8765 4321，居民电话0571-8512 3456"
    out = mask_text(text, published_numbers=["(0571)87654321"])
    assert "0571-8765 4321" in out and "85123456" not in digits_only(out)


def test_the_issue_leaks_are_masked():
    text = ("151.2345.6789、(0571)8765-4321、0571 8512 3456、身份证330105 19781203 4528、"
            "微信号：zhang_wei1988、QQ 284512367、浙A·12345、浙AD12345、李娜@163.com")
    out = mask_text(text.replace("330105 19781203 4528", "330105 19781203 452" + check_char("33010519781203452")))
    for secret in ("23456789", "87654321", "85123456", "19781203", "zhang_wei1988", "284512367",
                   "12345", "李娜@"):
        assert secret not in digits_only(out) if secret.isdigit() else secret not in out, (secret, out)


# --- bad input ----------------------------------------------------------------------------------

def test_zero_width_and_direction_marks_inside_numbers_are_masked_and_kept_elsewhere():
    text = "\u202b电话138\u200b0013\u200b8000\u202c，مرحبا שלום Привет 😀 z\u200dw"
    out = mask_text(text)
    assert "13800138000" not in digits_only(out.replace("\u200b", ""))
    assert out.replace("138\u200b0013\u200b8000", "") == text.replace("138\u200b0013\u200b8000", "") \
        or out == text.replace("138\u200b0013\u200b8000", "138****8000")
    assert out == text.replace("138\u200b0013\u200b8000", "138****8000")


def test_one_megabyte_opinion_is_masked_and_otherwise_unchanged():
    chunk = "居民反映مرحبا\u200f路灯不亮，Привет。" * 40
    text = (chunk + "电话138\u200b0013\u200b8000，") * 1200
    assert len(text) > 1_000_000  # characters; 2.7 MB in UTF-8
    record = PublicRecord(citizens={"张伟": "居民甲"}, officials=["张伟民"])
    out = record.scrub(text + "张伟说")
    assert "13800138000" not in digits_only(out.replace("\u200b", ""))
    assert out == text.replace("138\u200b0013\u200b8000", "138****8000") + "居民甲说"
