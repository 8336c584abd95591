import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.privacy import (
    PUBLIC_NAME_STYLES,
    contains_personal_data,
    is_valid_resident_id,
    mask_email,
    mask_phone,
    mask_text,
    public_name,
)

# The example of GB 11643 and the one of python-stdnum's documentation.
GB_EXAMPLE_ID = "11010519491231002X"
OTHER_ID = "360426199101010071"


def with_check_char(body: str) -> str:
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, weights)) % 11]


# --- resident IDs ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", [GB_EXAMPLE_ID, GB_EXAMPLE_ID.lower(), OTHER_ID, with_check_char("44030020000229123")]
)
def test_valid_resident_ids(value):
    assert is_valid_resident_id(value)


@pytest.mark.parametrize(
    "value",
    [
        "110105194912310021",  # wrong check char
        "11010519491231002Y",
        GB_EXAMPLE_ID[:-1],  # 17 chars
        GB_EXAMPLE_ID + "1",
        with_check_char("11010519490230123"),  # 30 February
        with_check_char("11010519491301123"),  # month 13
        with_check_char("11010500000101123"),  # year 0
        with_check_char("11010519010229123"),  # 1901 is not a leap year
        "１１０１０５１９４９１２３１００２Ｘ",  # full-width digits are not an ID as such
        " " + GB_EXAMPLE_ID,
        "",
    ],
)
def test_invalid_resident_ids(value):
    assert not is_valid_resident_id(value)


def test_future_birth_date_is_accepted():
    assert is_valid_resident_id(with_check_char("11010520990101123"))


# --- mask_text ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("电话13800138000。", "电话138****8000。"),
        ("+8613800138000", "+86138****8000"),
        ("+86 138 0013 8000", "+86 138****8000"),
        ("0086-138-0013-8000", "0086-138****8000"),
        ("138-0013-8000", "138****8000"),
        ("手机：１３８ ００１３ ８０００", "手机：138****8000"),
        ("tel:19912345678!", "tel:199****5678!"),
        (f"身份证{GB_EXAMPLE_ID}号", "身份证110105********002X号"),
        (f"id {GB_EXAMPLE_ID.lower()}", "id 110105********002x"),
        ("座机010-12345678", "座机010-****5678"),
        ("0755-1234567转", "0755-***4567转"),
        ("01012345678", "010****5678"),
        ("075512345678", "0755****5678"),
        ("邮箱zhang.san@example.com，", "邮箱z***@example.com，"),
        ("13800138000@qq.com", "1***@qq.com"),
        ("a@13800138000.com", "a***@138****8000.com"),
        ("ｚｈａｎｇ＠ｅｘａｍｐｌｅ．ｃｏｍ", "z***@example.com"),
    ],
)
def test_mask_text_examples(text, expected):
    assert mask_text(text) == expected
    assert contains_personal_data(text)
    assert mask_text(expected) == expected
    assert not contains_personal_data(expected)


@pytest.mark.parametrize(
    "text",
    [
        "2026年3月，补贴3000元，共12345户",
        "会议于2025-10-01召开，编号20251001",
        "110105194912310021",  # 18 digits failing the check: not an ID, and too long for a phone
        f"1{OTHER_ID}",  # a valid ID inside a longer number
        f"{OTHER_ID}5",
        "12345678901234567890",  # a mobile-looking run inside 20 digits
        "9138001380001",  # mobile preceded by a digit
        "138001380001",  # 12 digits
        "12800138000",  # second digit 2 is not a mobile
        "1380013800",  # 10 digits
        "13 14 15 16 17 18",
        "0123456",  # too short for a landline
        "3.1415926535",
        "user@localhost",  # no dot in the domain
        "@example.com",
        "",
    ],
)
def test_mask_text_leaves_ordinary_text(text):
    assert mask_text(text) == text
    assert not contains_personal_data(text)


def test_invalid_id_is_left_but_neighbours_are_masked():
    text = "110105194912310021，13800138000"
    assert mask_text(text) == "110105194912310021，138****8000"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The 7 digits after the mobile have no phone label: a local number is not masked by shape.
        ("13800130123-4567890", "138****0123-4567890"),
        # The kept "8000" followed by "@a.com" is an e-mail address once the head is masked.
        ("138 0013 8000@a.com", "138****8***@a.com"),
        ("***13800138000", "***138****8000"),
    ],
)
def test_masking_is_repeated_until_nothing_changes(text, expected):
    assert mask_text(text) == expected
    assert mask_text(expected) == expected


def test_mask_text_keeps_unicode_and_control_characters():
    text = "\x00\u200b😀\ud800电话13800138000\n\r\t"
    assert mask_text(text) == "\x00\u200b😀\ud800电话138****8000\n\r\t"


def test_mask_text_masks_inside_one_megabyte_of_adversarial_text():
    """How fast: tests/bench/test_bench_privacy.py (a figure, not a timed assert)."""
    blocks = ["1" * 200_000, "a@" * 100_000, "a." * 100_000, "a@" + "b-" * 100_000]
    text = " ".join([*blocks, "电话13800138000 " * 12_000])
    masked = mask_text(text)
    assert masked.count("138****8000") == 12_000 and "13800138000" not in masked
    assert masked.startswith("1" * 200_000 + " ")  # a run of 200,000 digits is no phone number


# --- properties -----------------------------------------------------------------------------------

mobiles = st.builds(
    lambda prefix, sep, second, rest: f"{prefix}1{second}{rest[0]}{sep}{rest[1:5]}{sep}{rest[5:]}",
    st.sampled_from(["", "", "+86", "+86 ", "0086", "0086-"]),
    st.sampled_from(["", "", " ", "-"]),
    st.integers(3, 9),
    st.integers(0, 10**9 - 1).map("{:09d}".format),
)
landlines = st.builds(
    lambda area, dash, number: f"{area}{dash}{number}",
    st.sampled_from(["010", "021", "0755", "0311"]),
    st.sampled_from(["", "-"]),
    st.integers(10**6, 10**8 - 1).map(str),
)
resident_ids = st.builds(
    lambda area, born, sequence: with_check_char(f"{area}{born:%Y%m%d}{sequence:03d}"),
    st.integers(110000, 829999),
    st.dates(date(1900, 1, 1), date(2030, 12, 31)),
    st.integers(0, 999),
)
emails = st.builds(
    lambda local, domain: f"{local}@{domain}",
    st.text(alphabet="abz019._-", min_size=1, max_size=6),
    st.sampled_from(["qq.com", "example.cn", "13800138000.com", "a-b.gov.cn"]),
)
fragments = st.one_of(
    st.text(max_size=6),
    st.text(alphabet="0123456789 -+@.xX*a年", max_size=10),
    mobiles,
    landlines,
    resident_ids,
    emails,
    st.sampled_from(["１３８００１３８０００", "***", "z***@a.com", "\x00", "\n"]),
)
texts = st.lists(fragments, max_size=8).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_mask_text_never_raises_on_any_text(text):
    assert isinstance(mask_text(text), str)
    assert isinstance(contains_personal_data(text), bool)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_mask_text_is_idempotent(text):
    once = mask_text(text)
    assert mask_text(once) == once
    assert not contains_personal_data(once)
    assert contains_personal_data(text) == (once != text)


def _digit_runs(text: str) -> list[str]:
    """Runs of digits (full-width ones as ASCII), spaces and dashes inside a number ignored."""
    plain = unicodedata.normalize("NFKC", text).replace(" ", "").replace("-", "")
    return "".join(ch if ch.isdigit() else "|" for ch in plain).split("|")


secrets = st.one_of(st.tuples(st.just(11), mobiles), st.tuples(st.just(11), st.just("１３８００１３８０００")),
                    st.tuples(st.just(17), resident_ids))
# A number written straight against Latin letters is part of a longer code, not a person's
# number (the engine leaves "ID123456…X7a" alone), so what surrounds it here is Chinese and punctuation.
around = st.text(alphabet="年月日电话 ,.*@：（）", max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("年，。："), around, secrets), min_size=1, max_size=5), around)
def test_mask_text_output_keeps_no_mobile_or_id_it_was_given(pieces, tail):
    """Mobiles and resident IDs put into a text never come out whole. The oracle is what was
    put in (a mobile's own 11 digits, an ID's first 17), not a pattern."""
    text = "".join(f"{gap}{before}{secret}" for gap, before, (_, secret) in pieces) + tail
    runs = _digit_runs(mask_text(text))
    for _gap, _before, (size, secret) in pieces:
        digits = "".join(_digit_runs(secret))
        key = digits[-11:] if size == 11 else digits[:17]
        assert not any(key in run for run in runs), (text, mask_text(text))


# --- helpers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("13800138000", "138****8000"),
        ("+86 138-0013-8000", "+86 138****8000"),
        ("010-12345678", "010-****5678"),
        ("6512 3456", "**** 3456"),  # local number without area code
        ("110", "110"),
        ("", ""),
    ],
)
def test_mask_phone(value, expected):
    assert mask_phone(value) == expected
    assert mask_phone(expected) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("zhang@example.com", "z***@example.com"),
        ("z@example.com", "z***@example.com"),
        ("a.b@c@example.com", "a***@example.com"),
        ("@example.com", "***@example.com"),
        ("not-an-address", "n***"),
        ("", ""),
    ],
)
def test_mask_email(value, expected):
    assert mask_email(value) == expected


# --- public names ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "gender", "lang", "expected"),
    [
        ("王芳", "female", "zh", "王女士"),
        ("李雷", "male", "zh", "李先生"),
        ("王 芳", "Female", "zh_CN", "王女士"),
        ("王芳", "female", "en", "Ms Wang"),
        ("李雷", "male", "en", "Mr Li"),
        ("欧阳娜娜", "female", "zh", "欧阳女士"),
        ("欧阳娜娜", "female", "en", "Ms Ouyang"),
        ("诸葛亮", "male", "zh", "诸葛先生"),
        ("司马光", "male", "en", "Mr Sima"),
        ("尉迟恭", "male", "en", "Mr Yuchi"),
        ("单田芳", "male", "en", "Mr Shan"),
        ("曾国藩", "male", "en", "Mr Zeng"),
        ("吕布", "male", "en", "Mr Lü"),
        ("John Smith", "male", "en", "Mr Smith"),
        ("Anna Müller", "female", "zh", "Müller女士"),
        ("Mary-Jane O'Neil", "female", "en", "Ms O'Neil"),
    ],
)
def test_public_name_honorific(name, gender, lang, expected):
    assert public_name(name, gender, 0, lang, "honorific") == expected


@pytest.mark.parametrize(
    ("name", "gender", "lang", "expected"),
    [
        ("王芳", None, "zh", "居民丙"),
        ("王芳", "unknown", "en", "Resident C"),
        (None, "female", "zh", "居民丙"),
        ("   ", "male", "en", "Resident C"),
        ("阿依古丽·买买提", "female", "zh", "居民丙"),  # no surname in this naming system
        ("Иван Петров", "male", "en", "Resident C"),
        ("R2D2", "male", "zh", "居民丙"),
    ],
)
def test_public_name_honorific_falls_back_to_letter(name, gender, lang, expected):
    assert public_name(name, gender, 2, lang, "honorific") == expected


@pytest.mark.parametrize(
    ("index", "zh", "en"),
    [(0, "居民甲", "Resident A"), (1, "居民乙", "Resident B"), (9, "居民癸", "Resident J"),
     (10, "居民11", "Resident K"), (11, "居民12", "Resident L"), (25, "居民26", "Resident Z"),
     (26, "居民27", "Resident AA"), (27, "居民28", "Resident AB"), (701, "居民702", "Resident ZZ"),
     (702, "居民703", "Resident AAA")],
)
def test_public_name_letter(index, zh, en):
    assert public_name("王芳", "female", index, "zh", "letter") == zh
    assert public_name("王芳", "female", index, "en", "letter") == en


def test_public_name_rejects_bad_arguments():
    assert PUBLIC_NAME_STYLES == ("honorific", "letter")
    with pytest.raises(ValueError):
        public_name("王芳", "female", 0, "zh", "full")
    with pytest.raises(ValueError):
        public_name("王芳", "female", -1, "zh", "letter")
