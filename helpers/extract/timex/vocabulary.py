"""The words and regex pieces of the time rules, in normalised spelling (أ/إ/آ→ا, ى→ي, ة→ه, digits→ASCII)."""

from __future__ import annotations

import re

from helpers.text.arabic import AR
from helpers.text.patterns import alternation as _alt

B = rf"(?<![{AR}0-9])"  # no letter or digit before
E = rf"(?![{AR}0-9])"  # no letter or digit after
CL = r"(?:[وف]?[بلك]?)"  # proclitics kept outside the span: و ف ب ل ك
AL = r"(?:ال|(?<=ل)ل)"  # the article, or its lam after the preposition lam (للعام)
S = r"\s+"

MONTHS: dict[str, int] = {
    # Egyptian/Gulf (Gregorian loanwords)
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6, "يونيه": 6,
    "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Levantine/Iraqi (Syriac)
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6, "تموز": 7,
    "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11, "كانون الاول": 12,
    # Maghrebi (French)
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "جويلي": 7, "اوت": 8,
}  # fmt: skip
# Month names that are also common words: they count only beside a day, a year or a cue word.
AMBIGUOUS_MONTHS = {"مارس", "اب", "ماي", "اوت", "تموز"}
HIJRI_MONTHS: dict[str, int] = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الثاني": 4, "ربيع الاخر": 4, "جمادي الاولي": 5,
    "جمادي الاول": 5, "جمادي الثاني": 6, "جمادي الثانيه": 6, "جمادي الاخره": 6, "جمادي الاخر": 6, "رجب": 7, "شعبان": 8,
    "رمضان": 9, "شوال": 10, "ذو القعده": 11, "ذي القعده": 11, "ذو الحجه": 12, "ذي الحجه": 12,
}  # fmt: skip
WEEKDAYS: dict[str, int] = {
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعه": 4,
    "السبت": 5,
    "الاحد": 6,
}
UNITS: dict[str, tuple[str, int]] = {
    # form -> (TIMEX unit, count implied by the form: 1 singular, 2 dual, 0 plural)
    "يوم": ("D", 1), "يوما": ("D", 1), "يومين": ("D", 2), "يومان": ("D", 2), "ايام": ("D", 0),
    "اسبوع": ("W", 1), "اسبوعا": ("W", 1), "اسبوعين": ("W", 2), "اسبوعان": ("W", 2), "اسابيع": ("W", 0),
    "شهر": ("M", 1), "شهرا": ("M", 1), "شهرين": ("M", 2), "شهران": ("M", 2), "اشهر": ("M", 0), "شهور": ("M", 0),
    "عام": ("Y", 1), "عاما": ("Y", 1), "عامين": ("Y", 2), "عامان": ("Y", 2), "اعوام": ("Y", 0),
    "سنه": ("Y", 1), "سنتين": ("Y", 2), "سنتان": ("Y", 2), "سنوات": ("Y", 0), "سنين": ("Y", 0),
    "ساعه": ("H", 1), "ساعتين": ("H", 2), "ساعتان": ("H", 2), "ساعات": ("H", 0),
    "ثانيه": ("S", 1), "ثانيتين": ("S", 2), "ثوان": ("S", 0), "ثواني": ("S", 0),
    "دقيقه": ("MIN", 1), "دقيقتين": ("MIN", 2), "دقيقتان": ("MIN", 2), "دقائق": ("MIN", 0),
    "عقد": ("DE", 1), "عقدين": ("DE", 2), "عقود": ("DE", 0), "قرن": ("CE", 1), "قرنين": ("CE", 2),
}  # fmt: skip
NUMBER_WORDS: dict[str, int] = {
    "واحد": 1, "واحده": 1, "اثنين": 2, "اثنان": 2, "اثنتين": 2, "اثنتان": 2,
    "ثلاث": 3, "ثلاثه": 3, "اربع": 4, "اربعه": 4, "خمس": 5, "خمسه": 5, "ست": 6, "سته": 6,
    "سبع": 7, "سبعه": 7, "ثماني": 8, "ثمانيه": 8, "ثمان": 8, "تسع": 9, "تسعه": 9, "عشر": 10, "عشره": 10,
    "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30, "اربعين": 40, "اربعون": 40, "خمسين": 50,
    "خمسون": 50, "ستين": 60, "ستون": 60, "سبعين": 70, "سبعون": 70, "ثمانين": 80, "ثمانون": 80,
    "تسعين": 90, "تسعون": 90, "مئه": 100, "مائه": 100, "مئتين": 200, "مائتين": 200,
}  # fmt: skip
VAGUE_COUNTS = {"بضعه": "X", "بضع": "X", "عده": "X", "بعض": "X"}
ORDINALS: dict[str, int] = {
    "اول": 1,
    "الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7,
    "الثامن": 8, "التاسع": 9, "العاشر": 10, "الحادي عشر": 11, "الثاني عشر": 12, "الثالث عشر": 13,
    "الرابع عشر": 14, "الخامس عشر": 15, "السادس عشر": 16, "السابع عشر": 17, "الثامن عشر": 18,
    "التاسع عشر": 19, "العشرين": 20, "الحادي والعشرين": 21, "الثاني والعشرين": 22, "الثالث والعشرين": 23,
    "الرابع والعشرين": 24, "الخامس والعشرين": 25, "السادس والعشرين": 26, "السابع والعشرين": 27,
    "الثامن والعشرين": 28, "التاسع والعشرين": 29, "الثلاثين": 30, "الحادي والثلاثين": 31,
}  # fmt: skip
# the nominative (الثاني والعشرون) and, past the twentieth, the feminine (الثانية والعشرون من يونيو): a clock hour
# word never takes والعشرين, so the feminine cannot be read as a clock (الثانية = two o'clock)
for _word, _day in list(ORDINALS.items()):
    if _day >= 20:
        _nominative = _word.replace("ين", "ون")
        _forms = {_nominative}
        if " " in _word:
            _unit, _, _tens = _word.partition(" ")
            _forms |= {f"{_unit}ه {_tens}", f"{_unit}ه {_tens.replace('ين', 'ون')}"}
        for _form in _forms:
            ORDINALS.setdefault(_form, _day)
# a compound cardinal past the twentieth names a day beside a month (واحد وعشرين مايو، مايو تسعة وعشرين); not
# after a weekday, where it is a count (قتل الأحد ثلاثة وعشرون شخصا)
DAY_CARDINALS: dict[str, int] = {
    f"{_word} و{_tens}": _ten + _unit
    for _word, _unit in NUMBER_WORDS.items()
    if _unit < 10 and _word not in ("ثماني", "ثمان")
    for _tens, _ten in (("عشرين", 20), ("عشرون", 20), ("ثلاثين", 30), ("ثلاثون", 30))
    if _ten + _unit <= 31
}
HOUR_WORDS: dict[str, int] = {
    "الواحده": 1, "الثانيه": 2, "الثالثه": 3, "الرابعه": 4, "الخامسه": 5, "السادسه": 6, "السابعه": 7,
    "الثامنه": 8, "التاسعه": 9, "العاشره": 10, "الحاديه عشره": 11, "الثانيه عشره": 12, "الحاديه عشر": 11,
    "الثانيه عشر": 12,
}  # fmt: skip
DAY_PARTS: dict[str, str] = {
    "صباح": "MO", "فجر": "MO", "ضحي": "MO", "ظهر": "MI", "ظهيره": "MI", "بعد ظهر": "AF", "بعد الظهر": "AF", "عصر": "AF",
    "مساء": "EV", "ليل": "NI", "ليله": "NI", "منتصف ليل": "NI", "منتصف ليله": "NI",
}  # fmt: skip
PART_ADVERBS = {
    "صباحا": "MO",
    "فجرا": "MO",
    "ظهرا": "MI",
    "عصرا": "AF",
    "بعد الظهر": "AF",
    "مساء": "EV",
    "مساءا": "EV",
    "ليلا": "NI",
}
PART_ADVERB = "(?:" + "|".join(w.replace(" ", r"\s+") for w in sorted(PART_ADVERBS, key=len, reverse=True)) + ")"
PAST_MOD = (
    r"(?:الماضيين|الماضيتين|الماضي|الماضيه|المنصرم|المنصرمه|الفائت|الفائته|السابق|السابقه"
    r"|الاخيرين|الاخيرتين|الاخير|الاخيره)"
)
NEXT_MOD = r"(?:المقبلين|المقبلتين|القادمين|القادمتين|المقبل|المقبله|القادم|القادمه|التالي|التاليه)"
THIS_MOD = r"(?:الجاري|الجاريه|الحالي|الحاليه)"
# the same words as sets: a matched modifier is looked up, not matched again
PAST_WORDS, NEXT_WORDS, THIS_WORDS = (frozenset(mod[3:-1].split("|")) for mod in (PAST_MOD, NEXT_MOD, THIS_MOD))
VAGUE: dict[str, str] = {
    "الان": "PRESENT_REF", "حاليا": "PRESENT_REF", "في الوقت الحالي": "PRESENT_REF",
    "في الوقت الراهن": "PRESENT_REF", "حتي الان": "PRESENT_REF", "حتي اللحظه": "PRESENT_REF",
    "في هذه الاثناء": "PRESENT_REF", "راهنا": "PRESENT_REF",
    "مؤخرا": "PAST_REF", "في الاونه الاخيره": "PAST_REF", "في وقت سابق": "PAST_REF", "سابقا": "PAST_REF",
    "في الايام الماضيه": "PAST_REF", "في الايام الاخيره": "PAST_REF", "الايام الماضيه": "PAST_REF",
    "الايام الاخيره": "PAST_REF", "في الفتره الماضيه": "PAST_REF", "في الماضي": "PAST_REF",
    "قريبا": "FUTURE_REF", "خلال وقت قريب": "FUTURE_REF", "في وقت قريب": "FUTURE_REF",
    "في وقت لاحق": "FUTURE_REF", "لاحقا": "FUTURE_REF", "مستقبلا": "FUTURE_REF", "في المستقبل": "FUTURE_REF",
    "في الايام المقبله": "FUTURE_REF", "الايام المقبله": "FUTURE_REF", "في الفتره المقبله": "FUTURE_REF",
    "الفتره المقبله": "FUTURE_REF", "في القريب العاجل": "FUTURE_REF", "في اقرب وقت ممكن": "FUTURE_REF",
    "في اقرب وقت": "FUTURE_REF", "باقرب وقت ممكن": "FUTURE_REF",
}  # fmt: skip
SETS: dict[str, str] = {
    "يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "كل يوم": "P1D", "كل اسبوع": "P1W",
    "كل شهر": "P1M", "كل عام": "P1Y", "كل سنه": "P1Y", "كل ساعه": "PT1H", "كل يومين": "P2D",
    "كل اسبوعين": "P2W", "كل شهرين": "P2M", "كل عامين": "P2Y", "كل سنتين": "P2Y", "كل ليله": "P1D",
}  # fmt: skip
SET_PARTS: dict[str, str] = {"كل صباح": "TMO", "كل مساء": "TEV", "كل ظهر": "TMI", "كل فجر": "TMO"}  # every morning
# Future tense: (و/ف)سـ + a present-tense verb (وسيتم), or explicit words (المتوقع). ستريت is a street;
# سيارة, سياسة, سيطرة, سيناء... are nouns, not verbs.
FUTURE_CUE = re.compile(
    r"(?<!["
    + AR
    + r"])[وف]?(?:س[يت](?!ا|طر|ناء|د|ول|ف["
    + AR
    + r"]|ر["
    + AR
    + r"]?(?!["
    + AR
    + r"])|تين|تون|ريت)["
    + AR
    + r"]{3,}|سيتم|ستتم|سوف|المقرره?|المزمعه?|ينتظر|المنتظره?|(?:ال)?مرتقبه?|يتوقع|متوقعا|المتوقعه?|المقبل|القادم)(?!["
    + AR
    + r"])"
)


MONTH = _alt(MONTHS)
HMONTH = _alt(HIJRI_MONTHS)
WEEKDAY = _alt(WEEKDAYS)
WEEKDAY_BARE = _alt(w[2:] for w in WEEKDAYS)
UNIT = _alt(UNITS)
NUMWORD = _alt(NUMBER_WORDS)
TEEN = (
    r"(?:احد|احدي|اثنا|اثني|اثنتا|اثنتي|ثلاثه|ثلاث|اربعه|اربع|خمسه|خمس|سته|ست|سبعه|سبع|ثمانيه|ثماني|تسعه|تسع)\s+عشر[ه]?"
)
NUM = rf"(?:\d{{1,4}}(?:[.,]\d+)?|{TEEN}|{NUMWORD}(?:\s+و{NUMWORD})?|{_alt(VAGUE_COUNTS)})"
ORDINAL = _alt(ORDINALS)
DAYPART = _alt(DAY_PARTS)
DAY_CARDINAL = _alt(DAY_CARDINALS)
DAY_WORDS = {**ORDINALS, **DAY_CARDINALS}  # the day a word names, ordinal or compound cardinal
DAYNUM = rf"(?:\d{{1,2}}|{ORDINAL}|{DAY_CARDINAL})"
MONTH_PAIR = rf"(?:شهر\s+)?(?P<m>{MONTH})(?:\s*[/(،-]\s*(?P<m2>{MONTH})\s*\)?)?"
YEAR4 = r"(?:1[89]\d\d|20\d\d|2100)"
