"""Numbers, dates, times, percentages and Latin abbreviations written out as a Chinese speaker says them.

2023年 -> 二〇二三年      30% -> 百分之三十      1500多人 -> 一千五百多人
第26个 -> 第二十六个      20:30 -> 二十点三十分   96110 -> 九六幺幺零   3.5 -> 三点五
25℃ -> 二十五摄氏度       -5℃ -> 零下五摄氏度     120㎡ -> 一百二十平方米  15km -> 十五公里
8‰ -> 千分之八           2～3片 -> 两到三片       3×4 -> 三乘四         2000 -> 两千
"""

from __future__ import annotations

import re
import unicodedata

DIGITS = "零一二三四五六七八九"
YEAR_DIGITS = "〇一二三四五六七八九"
PHONE_DIGITS = "零幺二三四五六七八九"
_SMALL_UNITS = ["", "十", "百", "千"]
_BIG_UNITS = ["", "万", "亿", "万亿"]

# Numbers said digit by digit: emergency and service lines every member should know.
HOTLINES = {
    "110",
    "119",
    "120",
    "122",
    "12306",
    "12315",
    "12320",
    "12333",
    "12345",
    "12348",
    "12351",
    "12366",
    "12393",
    "96110",
}
_MEASURES = set("个位次条天年人种件本篇名项遍岁元块斤米只张回步倍口户家间座台辆节句段片粒克升公平毫厘亩碗杯瓶盒包")
# Units written as symbols after a number, as they are said (公里 and 公斤 are the words members use).
UNITS = {
    "℃": "摄氏度",
    "°C": "摄氏度",
    "km/h": "公里每小时",
    "km²": "平方公里",
    "㎞": "公里",
    "km": "公里",
    "㎡": "平方米",
    "m²": "平方米",
    "kg": "公斤",
    "㎏": "公斤",
    "mg": "毫克",
    "ml": "毫升",
    "mL": "毫升",
    "mm": "毫米",
    "cm": "厘米",
    "m": "米",
    "g": "克",
    "L": "升",
}
_UNIT_RE = re.compile(
    r"(-|－|—)?(\d+(?:\.\d+)?)\s*("
    + "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
    + r")(?![A-Za-z])"
)
_PER_MILLE_RE = re.compile(r"(\d+(?:\.\d+)?)\s*‰")
_TIMES_RE = re.compile(r"(?<=\d)\s*[×✕]\s*(?=\d)")
_RANGE_RE = re.compile(r"(?<=[\d℃%％‰a-zA-Z²㎡])\s*[～~〜]\s*(?=-?\d)")
_RANGE_2_RE = re.compile(r"(?<!\d)2(?=(?:到|至)\d+(?:\.\d+)?[" + "".join(sorted(_MEASURES)) + "])")
_PHONE_WORDS = ("拨打", "打", "电话", "热线", "专线", "号码", "拨", "手机号", "短信")
# Common abbreviations as Chinese speakers say them.
ABBREVIATIONS = {
    "AI": "人工智能",
    "APP": "手机软件",
    "App": "手机软件",
    "app": "手机软件",
    "GDP": "国内生产总值",
    "CPI": "居民消费价格指数",
    "WiFi": "无线网",
    "Wi-Fi": "无线网",
    "WIFI": "无线网",
    "wifi": "无线网",
    "PPT": "幻灯片",
    "QQ": "扣扣",
    "U盘": "优盘",
    "CT": "西踢",
    "VIP": "贵宾",
}


def _four(number: int) -> str:
    """0 < number < 10000, with 零 where a place is skipped."""
    text = ""
    pending_zero = False
    for place in range(3, -1, -1):
        digit = number // 10**place % 10
        if digit == 0:
            pending_zero = bool(text)
            continue
        if pending_zero:
            text += "零"
            pending_zero = False
        text += DIGITS[digit] + _SMALL_UNITS[place]
    return text


def integer_words(number: int) -> str:
    """A whole number the way it is said: 15 -> 十五, 105 -> 一百零五, 20000 -> 两万."""
    if number == 0:
        return "零"
    groups = []
    while number:
        groups.append(number % 10000)
        number //= 10000
    if len(groups) > len(_BIG_UNITS):
        return "".join(DIGITS[int(d)] for d in str(number))
    text = ""
    need_zero = False
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            need_zero = bool(text)
            continue
        if text and (need_zero or group < 1000):
            text += "零"
        text += _four(group) + _BIG_UNITS[index]
        need_zero = False
    if text.startswith("一十"):
        text = text[1:]  # 十五, not 一十五
    if text.startswith(("二千", "二万", "二亿")):
        text = "两" + text[1:]  # 两千, 两万
    return text


def digit_words(digits: str, table: str = DIGITS) -> str:
    return "".join(table[int(d)] for d in digits)


def decimal_words(text: str) -> str:
    whole, _, fraction = text.partition(".")
    words = integer_words(int(whole)) if whole else "零"
    return words + ("点" + digit_words(fraction) if fraction else "")


_TIME_RE = re.compile(r"(?<![\d.])([01]?\d|2[0-3])[:：]([0-5]\d)(?![\d:])")
_PERCENT_RE = re.compile(r"(\d+(?:\.\d+)?)\s*[%％]")
_YEAR_RANGE_RE = re.compile(r"(?<!\d)(\d{4})\s*[-—–~～至到]\s*(\d{4})(?=\s*年)")
_YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?=\s*年)|(?<=[（(])((?:19|20)\d\d)(?=\s*(?:年?版)?[）)])")
_FRACTION_RE = re.compile(r"(?<![\d/])(\d+)/(\d+)(?![\d/])")
_DECIMAL_RE = re.compile(r"\d+\.\d+")
_INTEGER_RE = re.compile(r"\d+")
_LATIN_RE = re.compile(r"[A-Za-z][A-Za-z\-]*[A-Za-z]|[A-Za-z]")


def _time(match: re.Match) -> str:
    hour, minute = int(match.group(1)), int(match.group(2))
    return (
        integer_words(hour)
        + "点"
        + ("" if minute == 0 else ("零" if minute < 10 else "") + integer_words(minute) + "分")
    )


def _only(match: re.Match) -> bool:
    """只 after a number meaning "only" (96110只劝您), not the measure word."""
    following = match.string[match.end() : match.end() + 2]
    return len(following) == 2 and following[0] == "只" and following[1] in "是有要能会劝提说管让在"


def _integer(match: re.Match) -> str:
    digits = match.group(0)
    before = match.string[max(0, match.start() - 4) : match.start()]
    after = match.string[match.end() : match.end() + 1]
    phone_like = (
        (digits in HOTLINES and not (after and after in _MEASURES | set("摄度多余万亿") and not _only(match)))
        or before.endswith(_PHONE_WORDS)
        or (len(digits) >= 2 and digits.startswith("0"))
        or (len(digits) >= 7 and after not in "万亿元多余")
    )
    if phone_like:
        return digit_words(digits, PHONE_DIGITS)
    if digits == "2" and after and after in _MEASURES and not before.endswith("第"):
        return "两"  # 两个, 两次, 两条
    return integer_words(int(digits))


def _fraction(match: re.Match) -> str:
    """1/4 -> 四分之一; 180/120 (a blood pressure, a score) -> 一百八十比一百二十."""
    top, bottom = int(match.group(1)), int(match.group(2))
    if 0 < top < bottom:
        return integer_words(bottom) + "分之" + integer_words(top)
    return integer_words(top) + "比" + integer_words(bottom)


def _unit(match: re.Match) -> str:
    sign, number, unit = match.groups()
    if sign:
        number = ("零下" if UNITS[unit] == "摄氏度" else "负") + number
    return number + UNITS[unit]


def _units(text: str) -> str:
    """Units, per mille, times and ranges between numbers into words (the numbers stay digits)."""
    text = _RANGE_RE.sub("到", text)
    text = _UNIT_RE.sub(_unit, text)
    text = _PER_MILLE_RE.sub(lambda m: "千分之" + m.group(1), text)
    text = _TIMES_RE.sub("乘", text)
    for symbol in ("℃", "㎡", "㎞", "㎏"):  # a symbol on its own: 温度的单位是℃
        text = text.replace(symbol, UNITS[symbol])
    return _RANGE_2_RE.sub("两", text)


def normalize_numbers(text: str) -> str:
    """Every number and abbreviation in the text written in Chinese words."""
    text = "".join(
        unicodedata.normalize("NFKC", char) if char.isdecimal() or char in "％：．" else char for char in text
    )
    for abbreviation in sorted(ABBREVIATIONS, key=len, reverse=True):
        if abbreviation in text:
            text = re.sub(rf"(?<![A-Za-z]){re.escape(abbreviation)}(?![A-Za-z])", ABBREVIATIONS[abbreviation], text)
    text = _units(text)
    text = _TIME_RE.sub(_time, text)
    text = _PERCENT_RE.sub(lambda m: "百分之" + decimal_words(m.group(1)), text)
    text = _YEAR_RANGE_RE.sub(
        lambda m: digit_words(m.group(1), YEAR_DIGITS) + "到" + digit_words(m.group(2), YEAR_DIGITS), text
    )
    text = _YEAR_RE.sub(lambda m: digit_words(m.group(1) or m.group(2), YEAR_DIGITS), text)  # 《指南（2022）》 too
    text = _FRACTION_RE.sub(_fraction, text)
    text = _DECIMAL_RE.sub(lambda m: decimal_words(m.group(0)), text)
    text = _INTEGER_RE.sub(_integer, text)
    return text
