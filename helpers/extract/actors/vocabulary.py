"""The words the actor rules are written with: types, ranks, titles, role heads, unit and group heads."""

from __future__ import annotations

import re

from helpers.text.arabic import AR

ACTOR_TYPES = {
    "PERS": "person",
    "ORG": "organisation",
    "MISC": "other",
}
RANKS = {
    "المشير": "Field Marshal", "الفريق اول": "General", "الفريق": "Lieutenant General", "العماد": "General",
    "اللواء": "Major General", "العميد": "Brigadier General", "العقيد": "Colonel", "المقدم": "Lieutenant Colonel",
    "الرائد": "Major", "النقيب": "Captain", "الملازم اول": "First Lieutenant", "الملازم": "Lieutenant",
    "الرقيب": "Sergeant", "العريف": "Corporal", "الجنرال": "General", "الادميرال": "Admiral",
}  # fmt: skip
TITLES = {
    "الرئيس": "President", "الملك": "King", "الامير": "Prince", "الشيخ": "Sheikh", "الدكتور": "Dr",
    "السيد": "Mr", "السيده": "Ms", "الوزير": "Minister", "السفير": "Ambassador", "المبعوث": "Envoy",
    "الامام": "Imam", "المستشار": "Adviser", "النائب": "MP", "القاضي": "Judge", "الحاج": "Hajj",
}  # fmt: skip
ROLE_HEADS = {
    "المتحدث باسم": "spokesman for", "الناطق باسم": "spokesman for", "المتحدث الرسمي باسم": "official spokesman for",
    "المتحدثه باسم": "spokeswoman for", "الناطق الرسمي باسم": "official spokesman for",
    "المسؤول الاعلامي": "media officer", "المتحدث": "spokesman", "الناطق": "spokesman",
    "رئيس": "head of", "رئيسه": "head of", "نائب": "deputy", "وزير": "minister of", "وزيره": "minister of",
    "قائد": "commander of", "امر": "commander of", "ضابط": "officer", "مدير": "director of", "عضو": "member of",
    "مسؤول": "official", "سفير": "ambassador of", "مبعوث": "envoy of", "مستشار": "adviser",
    "الامين العام": "secretary-general of", "النائب العام": "prosecutor-general", "نائب عام": "prosecutor-general",
    "المدعي العام": "prosecutor-general", "مدعي عام": "prosecutor-general",
    "امين عام": "secretary-general of", "زعيم": "leader of", "مؤسس": "founder of", "محافظ": "governor of",
    "عميد بلديه": "mayor of", "عميد": "dean of", "مندوب": "delegate of", "ممثل": "representative of",
    "قائد عام": "commander-in-chief of", "القائد العام": "commander-in-chief of", "امير": "emir of",
}  # fmt: skip
UNIT_HEADS = "كتيبه|الكتيبه|لواء|اللواء|سريه|السريه|فرقه|الفرقه|فوج|الفوج|الكتائب|كتائب|المجموعه|مجموعه|الوحده|وحده"
_UNIT = re.compile(
    rf"(?<![{AR}])(?P<name>[وفبل]?(?:ل)?(?:{UNIT_HEADS})\s+(?:رقم\s+)?[0-9]{{1,4}}"
    rf"(?:\s+(?:مشاه|مدرعات|مدفعيه|صاعقه|مشاه ميكانيكيه|مغاوير|دبابات|حرس حدود|قوات خاصه|مشاه ميكانيكي))?)(?![{AR}0-9])"
)
ARMED_HEADS = (
    "مجلس شوري|كتائب|سرايا|ميليشيا|ميليشيات|مليشيا|مليشيات|جماعه|تنظيم|جبهه|فيلق|الويه|حركه|غرفه عمليات|قبيله|قبائل"
    "|عشيره"
)
_ARMED = re.compile(
    rf"(?<![{AR}])(?P<name>[وفبل]?(?:ل)?(?:ال)?(?P<head>{ARMED_HEADS})(?P<rest>(?:\s+[{AR}]{{2,}}){{1,4}}))"
)
_NAME_STOP = {
    "في", "من", "الي", "علي", "عن", "مع", "التي", "الذي", "الذين", "و", "او", "ثم", "قد", "لقد", "كان", "كانت",
    "بعد", "قبل", "خلال", "منذ", "ضد", "داخل", "خارج", "امس", "اليوم", "حيث", "كما", "ان", "انه", "بين", "عند",
    "الارهابي", "الارهابيه", "المتطرف", "المتطرفه", "المسلح", "المسلحه", "المتشدده", "المتشدد", "المسلحين",
    "الارهابيين", "المتشددين", "التابعه", "التابع", "المواليه", "الموالي", "المدعومه", "المحليه", "بقياده",
    "لها", "له", "لهم", "الان", "هذا", "هذه", "ذلك", "تلك", "ما", "لا", "لم", "لن", "اي", "كل",
    "تابعه", "تابع", "اخري", "اخر",
    "الجيش", "القوات", "قوات", "الشرطه", "الحكومه", "السلطات",
}  # fmt: skip
# Armed-group heads that name a group only when the next word is a name, not a common noun.
_ARMED_COMMON = {"جماعه", "تنظيم", "حركه", "جبهه", "فيلق", "قبيله", "قبائل", "عشيره"}
# "The army" without a name: the army actor the article is about (its most-mentioned army), if it has one.
_GENERIC_ARMY = re.compile(
    rf"(?<![{AR}])[وفبل]{{0,2}}(?P<name>(?:القياده العامه لل|قياده ال|قوات ال|ال|ل)جيش|القوات المسلحه)(?![{AR}])"
)
PEOPLE_NOUNS = {
    "عناصر", "مقاتلين", "مقاتلون", "مسلحين", "مسلحون", "جنود", "مواطنين", "مواطنون", "عمال", "رعايا", "ارهابيين",
    "جنسيات", "مرتزقه", "متطرفين", "جهاديين", "لاجئين", "مهاجرين", "اسري", "رهائن", "قوات", "ضباط", "خبراء",
    "مسؤولين", "دبلوماسيين", "صحفيين", "شباب", "عناصرا", "مقاتلي", "مواطني", "عمالا", "جنسيه", "مسلحي",
}  # fmt: skip
ACTOR_COLUMNS = [
    "article_id", "sentence_id", "start", "end", "text", "type", "canonical", "actor_id", "english",
    "gloss_source", "rank", "rank_en", "title", "role", "role_en", "source", "acled_type", "country", "merged_by",
]  # fmt: skip

UNIT_WORDS = {
    "كتيبه": "Battalion", "لواء": "Brigade", "سريه": "Company", "فرقه": "Division", "فوج": "Regiment",
    "مجموعه": "Group", "وحده": "Unit", "كتائب": "Battalions", "مشاه": "Infantry", "مدرعات": "Armoured",
    "مدفعيه": "Artillery", "صاعقه": "Commando", "مغاوير": "Rangers", "دبابات": "Tank", "ميكانيكيه": "Mechanised",
    "ميكانيكي": "Mechanised", "حرس": "Guard", "حدود": "Border", "قوات": "Forces", "خاصه": "Special",
}  # fmt: skip
GROUP_HEADS = {
    "مجلس شوري": "Shura Council of", "كتائب": "Brigades", "سرايا": "Companies", "ميليشيا": "militia",
    "ميليشيات": "militias", "مليشيا": "militia", "مليشيات": "militias", "جماعه": "group", "تنظيم": "organisation",
    "قبيله": "tribe", "قبائل": "tribes", "عشيره": "clan",
    "جبهه": "Front", "فيلق": "Legion", "الويه": "Brigades", "حركه": "Movement", "غرفه عمليات": "Operations Room",
}  # fmt: skip

_ROLE_BREAK = {"قال", "وقال", "اكد", "واكد", "اضاف", "واضاف", "ان", "انه", "بان", "و", "او", "في", "من", "عن", "مع"}

_DESCRIPTORS = {
    "الاعلامي", "الصحفي", "الصحافي", "الكاتب", "الناشط", "المحلل", "الخبير", "المعارض", "الداعيه", "المفتي",
    "القيادي", "الزعيم", "المتحدث", "الناطق", "الارهابي", "المتهم", "المطلوب", "الضابط", "الجندي", "المواطن",
}  # fmt: skip

# Actor types that keep a place name inside them from being a place (see ``reconcile``).
_VETO_TYPES = {"person", "organisation", "armed_group", "army", "government", "media", "party", "military_unit"}

QUOTE_ACTOR_COLUMNS = ["speaker_canonical", "speaker_id", "speaker_english", "speaker_type"]
