"""Judicial penalties. A state's announcement that a court's death sentence was carried out (أصدرت وزارة الداخلية
بيانا بشأن تنفيذ حكم القتل قصاصا، القتل تعزيرا في مهرب مخدرات) tells no ACLED event: the execution is a legal
penalty, and the killing, robbery or smuggling it recounts is a crime. The annotators code none of them; an armed
group's "sentence" (نفذ تنظيم داعش حكم الإعدام) is violence against civilians and stays.
"""

from __future__ import annotations

import re

from helpers.text.arabic import AR

_MARKS = "\u064b-\u0652"
# A death sentence or its carrying out, in the article's normalised letters.
PENALTY = re.compile(
    rf"(?<![{AR}])(?:(?:تنفيذ|نفذ|نفذت)\s+(?:حكم|احكام|الحكم)\s+(?:القتل|الاعدام|القصاص)"
    rf"|(?:تنفيذ|نفذ|نفذت)\s+(?:القصاص|القتل)"
    rf"|القتل\s+(?:قصاصا|تعزيرا|حدا|حد الحرابه)[{_MARKS}]*)(?![{AR}])"
)
# Who carries it out in the same sentence: the state (its interior ministry, a court, a judge).
STATE = re.compile(rf"(?<![{AR}])(?:ال)?(?:وزاره الداخليه|الداخليه|محكمه|المحكمه|قاض|القاضي|النيابه)(?![{AR}])")
# An armed group named anywhere in the article: its "courts" and "sentences" are its violence, not the law's.
ARMED = re.compile(
    rf"(?<![{AR}])(?:داعش|التنظيم|الدوله الاسلاميه|الحوثي|الحوثيين|الحوثيون|النصره|طالبان|القاعده|الشباب"
    rf"|بوكو|ميليشيا|مليشيا|ميليشيات|مليشيات|المسلحين|مسلحون|مسلحين)(?![{AR}])"
)
_LEAD_CHARS = 400  # the title and the lead, where such an announcement says what it is


def state_execution(norm: str) -> bool:
    """Whether an article announces a state's execution of a convict: a death sentence carried out, by the state,
    in one sentence of its title or lead, and no armed group named in it."""
    for match in PENALTY.finditer(norm, 0, _LEAD_CHARS):
        start = max(norm.rfind(".", 0, match.start()), norm.rfind("\n", 0, match.start())) + 1
        stops = [i for i in (norm.find(".", match.end()), norm.find("\n", match.end())) if i >= 0]
        if STATE.search(norm, start, min(stops, default=len(norm))):
            return not ARMED.search(norm)
    return False
