"""Trigger words that tell no event, found on random sport, economy, culture and technology articles (where
any row is almost surely false): a game told in war words, an object that makes a verb figurative, a negated
or questioned act, a business agreement, a find that is not of bodies or weapons, a diplomatic protest note, a
criminal charge against a person.

Every rule reads the normalised article text (``normalize_letters``: length-keeping, so offsets hold).
"""

from __future__ import annotations

import re
from datetime import date

from helpers.extract.incidents.crime import cited, unexplained_death
from helpers.extract.incidents.entering import without_forces
from helpers.extract.incidents.falling import without_fall, without_fire
from helpers.extract.incidents.frames import framed
from helpers.extract.incidents.gatherings import without_crowd
from helpers.extract.incidents.reached import REACHED, without_accord
from helpers.extract.incidents.vocabulary import BALLISTIC_FORM, BIRTH_BEFORE, WEAPON_NEAR, Trigger, ballistic_act, bare
from helpers.text.arabic import AR

# A game: football and other sports words (within ``_GAME_CHARS`` of the trigger, in its sentence). Not the words
# war news uses in another sense: هدف/أهداف (a target; بهدف: in order to), نقطة/نقاط (a position, a checkpoint,
# نقطة تحول), فريق (a team of investigators; الفريق: a general's rank).
GAME = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:مباراه|مباريات|مباراته|مباراتها|منتخب|دوري|بطوله|كاس العالم|مونديال|ملعب"
    rf"|مهاجم|لاعب|لاعبي|لاعبا|لاعبين|مدرب|شباك|هدفين|ركله|ركلات|تسديده|الدقيقه|الشوط|المرمي"
    rf"|نادي|فريقين|جماهير|تعادل|بالتعادل|حارس|كره|قرعه|ابطال|بطولات|الموسم|هدفا"
    rf"|نقاط(?!\s+(?:التفتيش|تفتيش|عسكريه|امنيه|مراقبه|حدوديه|تماس|الاشتباك|ارتكاز)))(?![{AR}])"
)  # هدفا (scored a goal) and نقاط (points) back, but not بهدف, نقطة تحول, نقاط تفتيش
_GAME_CHARS = 200
# The acts a game is told in (attack, control, ambush, clashes, battles, storming, defeat): not a blow.
_GAME_ACTIONS = {"هجوم", "سيطرة", "اشتباك", "اقتحام", "كمين", "قتال", "معركة"}
_BLOW = ("اعتداء", "اعتداءات")  # an assault (on a team's bus, by fans) is a blow, game or not
# Right after a trigger: an abstract object that makes it figurative (فجرت الشرطة فضيحة، اقتحام أعماق).
ABSTRACT_OBJECT = re.compile(
    rf"(?:ه|ها|هم|هما)?\s+(?:[{AR}]+\s+){{0,2}}(?:علي\s+)?[ب]?(?:ال)?(?:فضيحه|مفاجاه|مفاجات|ازمه|جدلا|جدل|اعماق|عالم|اسواق"
    rf"|سوق|قلوب|مجال|شباك|مرمي|مباراه|اللقاء|لقاء|الكره|كره|مجريات|وسط الملعب|الاستحواذ|الصداره|الترتيب"
    rf"|بدلاء|احتياط|احتياطي|ثقه|احترام|مكانه|توازن|تجاره|اسعار|سعر|الصرف|عمله|اقتصاد|قطاع|لياقه|مستوي|ذاكره|لقب|طبقه|شريحه|عملاء|مستهلكين|زبائن|بكاء|باكيا|ضحكا|ضحك|غضبا|ضاحكا)(?![{AR}])"
)
AUDIENCE_AFTER = re.compile(rf"(?:ت|ه|ها|هم)?\s+(?:[{AR}]+\s+){{0,2}}(?:شرائح|فئات|فئه)(?![{AR}])")
# Before a trigger: a negation of it, the particle (لم، لن، لا with an imperfect verb; دون، بدون، من دون، عدم،
# دون أن) and the verb it negates with its subject or its preposition (لم ينفذوا أي غارات، لم تسفر عن مقتل، لم
# تسجل الشرطة أي اعتقالات، دون وقوع اشتباكات، دون أن يسفر عن سقوط). Not لا يزال (still goes on), not لم يكتف ب
# (not content with: the act was done).
NEGATED_BEFORE = re.compile(
    rf"(?<![{AR}])(?:(?:لم|لن)\s+(?!يكتف|تكتف)(?:ي|ت|ن)[{AR}]+\s+(?:[{AR}]+\s+)?(?:(?:عن|الي|علي)\s+)?"
    rf"(?:(?:وقوع|سقوط)\s+)?(?:اي\s+)?|(?:لم|لن)\s+|(?:دون|عدم|بدون)\s+(?:ان\s+(?:ي|ت)[{AR}]+\s+(?:(?:عن|الي)\s+)?)?"
    rf"(?:(?:وقوع|سقوط)\s+)?(?:اي\s+)?|لا\s+(?!يزال|تزال|يزالون|تزالان|يزالان)(?:ي|ت)[{AR}]+\s+(?:اي\s+)?)$"
)
_NEGATION_CHARS = 45
# After a trigger: «أي» makes its noun any one, no act done (لم تسفر عن مقتل أي مدنيين، يرفض أي هجوم).
ANY_AFTER = re.compile(rf"\s+(?:اي|ايه)(?![{AR}])")
# An agreement of war and peace (ACLED's Agreement): its sentence names a truce, a conflict or its sides.
PEACE_NEAR = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:سلام|هدنه|وقف اطلاق النار|مصالحه|تسويه|فصائل|متمردين|المتمردين|حرب|نزاع|مقاتلين"
    rf"|صراع|قتال|انسحاب|اسري|الاسري|مسلحين|مقاتلون|ميليشيات|مليشيات|معارضه المسلحه|حركه|جبهه|جيش|القوات)(?![{AR}])"
)
# What a find of ACLED's is: bodies, a grave, weapons, explosives, a tunnel (within ``_FIND_CHARS`` after it).
FOUND_OBJECT = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:جثه|جثث|جثتي|جثتين|جثتان|جثتا|جثمان|جثامين|رفات|مقبره|مقابر|اسلحه|سلاح|ذخائر|ذخيره|عبوه|عبوات|متفجرات"
    rf"|الغام|لغم|صواريخ|قذائف|مخزن|مخازن|نفق|انفاق|مخبا|مصنع|معمل|ورشه|مستودع|سجن سري|تفخيخ|مفخخه|وكر|اوكار)(?![{AR}])"
)
_FIND_CHARS = 80
# Before a protest noun: a note or a letter of protest (مذكرة احتجاج), diplomacy not a demonstration.
NOTE_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?(?:مذكره|رساله|خطاب|برقيه|بيان|لهجه)\s+$")
# Before an explosion noun: a property of a material (مواد شديدة الانفجار، قابلة للانفجار), not a blast.
MATERIAL_BEFORE = re.compile(rf"(?<![{AR}])(?:شديده|شديد|سريعه|سريع|قابله|قابل)\s+(?:ال|لل|ل)?$")
# After a demonstration verb: ب and what one pretends (التظاهر بتعرضه للإصابة، تظاهر بأنه): pretence.
PRETENCE_AFTER = re.compile(r"\s+ب(?:تعرض|انه|انها|ان|الاصابه|المرض|الموت|النوم|الجهل|عدم|الاغماء)")
# After an attack launched, with no weapon near: an adjective of force (هجوما شديدا على رئيس الوزراء).
FORCEFUL_AFTER = re.compile(rf"(?:ه|ها)?\s+(?:شديدا|عنيفا|قويا|كاسحا|عنيف|شديد)(?![{AR}])")
_LAUNCHED = re.compile(rf"(?<![{AR}])[وف]?(?:شن|شنت|يشن|تشن)\s+$")
# A war of words: someone's attack (هجومه على، هجماتها على) or an attack launched, in a sentence of accusation
# or criticism, with no weapon or death near (كثف أردوغان هجومه على دميرتاش واتهمه بدعم الإرهاب).
RHETORIC_NEAR = re.compile(
    rf"(?<![{AR}])[وف]?(?:اتهم|اتهمه|اتهمها|اتهمهم|يتهم|تتهم|اتهامات|اتهامه|انتقد|انتقدت|ينتقد|انتقادات|انتقاده|وصف|وصفه"
    rf"|واصفا|تصريحات|تصريحاته|خطاب|خطابه|كلمته|تغريده|تغريدات|الكلامي|الكلاميه|كلاميا|اللفظي|لفظيا|الاعلامي|الاعلاميه"
    rf"|هجوما حادا|لاذعا|شديد اللهجه)(?![{AR}])"
)
_WEAPON_CHARS = 250
# Before an act against a person: a charge (متهم بخطف طفل، اتهمت السلطات عشماوي بمحاولة اغتيال، ويتهم الطبيب
# بتزوير وثائق واختطاف): a criminal charge, not an event told.
CHARGED_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:اتهم|اُتهم|اتهمت|اُتهمت|يتهم|تتهم|يتهمون|متهم|متهمه|متهمين|متهمون|بتهمه|تهمه|بتهم|اتهامه"
    rf"|اتهامها|باتهام)(?![{AR}])[^.؟!]{{0,45}}$"
)
_CHARGED_TYPES = ("Violence against civilians", "Strategic developments", "Riots")
_CHARGE_CHARS = 60
# Before a trigger: a past fact told as background (سبق أن بايع التنظيم).
BEFORE_NOW = re.compile(rf"(?<![{AR}])سبق\s+(?:له|لها|لهم|لي\s+)?\s*(?:ان|وان)\s+(?:[{AR}]+\s+)?$")
# Before a trigger: someone's role or involvement in it (دورها في قتل المدنيين، لتورطهم في أعمال شغب، متورطين في قتل
# شرطيين): an accusation, not an act told.
ROLE_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:دور|دوره|دورها|دورهم|تورط|تورطه|تورطها|تورطهم|ضلوع|ضلوعه|ضلوعها|ضلوعهم"
    rf"|متورط|متورطا|متورطه|متورطون|متورطين|متورطان)\s+في\s+"
    rf"(?:[{AR}]+\s+){{0,2}}$"
)
# A court's account in the sentence (دانت محكمة، وفقا للدعوى، أوراق المحكمة): the acts it tells are charges and
# evidence of a case, not events of the day.
COURT = re.compile(
    rf"(?<![{AR}])[وف]?(?:وفق المحكمه|وفقا للمحكمه|وفق الدعوي|وفقا للدعوي|اوراق المحكمه|لاوراق المحكمه|وثائق المحكمه"
    rf"|لائحه الاتهام|قرار الاتهام|دانت محكمه|ادانت محكمه|دانت المحكمه|ادانت المحكمه|قضت محكمه|قضت المحكمه"
    rf"|هيئه المحلفين|ممثل الادعاء|الادعاء العام|المدعي العام)(?![{AR}])"
)
# After an explosion noun: a device or a tank (انفجار شاحن هاتف، انفجار أسطوانة غاز): an accident.
DEVICE_AFTER = re.compile(
    rf"(?:ه|ها)?\s+(?:[{AR}]+\s+)?(?:ال)?(?:شاحن|هاتف|بطاريه|اسطوانه|انبوب|انابيب|خزان|مولد|سخان|محول|بركان|غلايه"
    rf"|مصنع|منجم)(?![{AR}])"
)
# A drone named (طائرات مسيرة) with no strike word in its sentence: a vehicle used, not an air strike.
STRIKE_WORD = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قصف|قصفت|استهداف|استهدفت|استهدف|غاره|غارات|ضربه|ضربات|هجوم|هجمات|قتل|مقتل|اسقاط"
    rf"|اسقطت|اسقط|صاروخ|صواريخ|قنابل|تفجير|انفجار)(?![{AR}])"
)
_DRONES = ("مسيره", "مسيرات")
# Before a trigger: a description of someone's conduct (ما قامت به الميليشيات من تجويع وقتل ونهب، ما ارتكبته من
# مجازر): an accusation, not an act told.
CONDUCT_BEFORE = re.compile(
    rf"(?<![{AR}])(?:ما|مما|لما)\s+(?:قام|قامت|يقوم|تقوم|قاموا|يقومون|ارتكب|ارتكبت|يرتكب|ترتكب|ارتكبته|ارتكبوه|ارتكبوا)"
    rf"(?![{AR}])[^.؟!]{{0,70}}\sمن\s[^.؟!]{{0,40}}$"
)
# Before a trigger: a topic of talk (أسئلة حول اعتقال الصحفيين، تقرير عن الهجمات): a subject, not an act told.
TOPIC_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:اسئله|سؤال|سؤالا|تساؤلات|تقرير|تقارير|ملف|ملفات|قضايا|نقاش|جدل|حوار)\s+"
    rf"(?:حول|عن|بشان)\s+$"
)
# Before a trigger told with ب: a threat of it further back in its clause (هدد التنظيم على مواقع التواصل
# باستهداف اللاعبين), not an act.
THREATENED = re.compile(
    rf"(?<![{AR}])[وف]?(?:هدد|هددت|يهدد|تهدد|هددوا|توعد|توعدت|يتوعد|تتوعد|توعدوا)(?![{AR}])[^.،؟!]*$"
)
_THREAT_CHARS = 90
# Before a trigger: a refusal of it or a retreat from it (رفضت محكمة تركية الإفراج عن القس، بسبب رفضها إطلاق سراح القس،
# محكمة تتراجع عن إطلاق سراح).
REFUSED_BEFORE = re.compile(rf"(?<![{AR}])[وف]?(?:رفض|رفضت|يرفض|ترفض|رفضوا|يرفضون)(?![{AR}])(?:\s+[{AR}]+){{0,5}}\s+$")
# Before a release only (the refuser holds the prisoner): a refusal told with a noun or a retreat (بسبب رفضها إطلاق
# سراح القس، محكمة تتراجع عن إطلاق سراح). Not before other acts: أكدت الخارجية رفضها استهداف الحوثيين لجازان is a real
# attack condemned.
REFUSED_RELEASE_BEFORE = re.compile(
    rf"(?<![{AR}])[وفب]?(?:ال)?(?:رفضه|رفضها|رفضهم)\s+(?:[{AR}]+\s+)?$"
    rf"|(?<![{AR}])[وف]?(?:تراجع|تراجعت|يتراجع|تتراجع|تراجعه|تراجعها)\s+عن\s+(?:[{AR}]+\s+)?$"
)
# Before a trigger: a capability of it (قدرة النظام على شن هجمات), not an act.
CAPABILITY_BEFORE = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:قدره|قدرات|قدرته|قدرتها|امكانيه|امكانيات)(?![{AR}])[^.؟!]{{0,40}}\s(?:علي|على)\s+"
    rf"(?:شن|تنفيذ|القيام ب)?\s*$"
)
# Before a trigger, in its sentence: a verb of wish, aim, ability or fear whose complement the act is (يسعى التحالف
# إلى ... تحريره، ويريدون تنظيم احتجاجات، قادرة على استهداف، بإمكانه السيطرة، تخشى أن تؤدي الحرب): not done. An
# intention (يعتزم، ينوي) announces a planned event, which the table keeps as ``planned``. An expectation or an
# opinion is no act either (ويترقب الليبيون إعلان انتهاء العملية، ويرى أن أكبر المعارك ستكون في الغرب، يتوقع).
WISH_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:يسعي|تسعي|يسعون|يريد|تريد|يريدون|يريدان|ياملون|يامل|تامل"
    rf"|قادر|قادره|قادرون|قادرين|بامكان|بامكانه|بامكانها|بامكانهم|بوسع|بوسعه|بوسعها|بوسعهم|يستطيع|تستطيع"
    rf"|يستطيعون|يودون|يود|تود|يرغب|ترغب|يرغبون|يخشي|تخشي|يخشون|تخشون)(?![{AR}])[^.؟!]{{0,80}}$"
)
# An expectation or an opinion governs its whole sentence before the act (its object can be long: ويترقب الليبيون
# إعلان القائد العام ... انتهاء العملية العسكرية في درنة، وتطهير المنطقة).
EXPECT_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:يترقب|تترقب|يترقبون|يتوقع|تتوقع|يتوقعون|توقع|توقعت|توقعوا|يرجح|ترجح|يرجحون|يري|تري|يرون)"
    rf"(?![{AR}])[^.؟!]{{0,190}}$"
)
_WISH_CHARS = 90
# A definite act named as a habit or a state, not one act: qualified as daily or repeated (القصف اليومي، الهجمات
# المتكررة; not an ongoing fight: القتال المستمر منذ أمس) or governed by its season or its end (موسم القتال).
HABIT_AFTER = re.compile(rf"(?:ه|ها|هم)?\s+(?:اليومي|اليوميه|المتكرر|المتكرره)(?![{AR}])")  # not المستمره: ongoing
STATE_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:موسم|انتهاء|نهايه|مواسم)\s+$")
# Before a trigger (one word, or two ending in a preposition; not across a clause: يقصفون يوميا شنوا فجرا هجوما، دائما
# توترا لكن اشتباكات): an adverb of habit (تتبادل قوات البلدين
# بشكل متكرر إطلاق النار، لا يعلن المتمردون عادة مسؤوليتهم عن الهجمات، يقصف عادة، تعتقل دائما): a habit, not one act.
HABIT_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:(?:بشكل|بصوره)\s+(?:متكرر|دوري|شبه يومي|يومي|منتظم|روتيني)"
    rf"|باستمرار|عاده|دائما|يوميا|كل يوم|غالبا)"
    rf"\s+(?:ما\s+)?(?:[{AR}]+\s+)?(?:[{AR}]+\s+(?:عن|علي|في|من|الي|ضد)\s+)?$"
)
# After a trigger: one day named (قتلت اليوم، اعتقلت أمس): one act, whatever habit the clause before tells (قوات النظام
# التي تقصف المنطقة باستمرار قتلت اليوم 7 مدنيين).
ONE_DAY_AFTER = re.compile(
    rf"(?:ه|ها|هم)?\s+(?:[{AR}0-9]+\s+){{0,2}}?(?:امس|اليوم|فجر|صباح|مساء|ليل|الليله|يوم)(?![{AR}])"
)
# Right before a trigger: «أي» makes its noun any one (لتجنب تعرضها لأي هجوم، ردا على أي اعتقالات): no act told.
ANY_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:اي|ايه)\s+$")
# Before a trigger told with ب: a mission given (الوحدات المكلفة بتطهير المدينة، غرفة العمليات المكلفة بتحرير).
MISSION_BEFORE = re.compile(rf"(?<![{AR}])[وف]?(?:ال)?(?:مكلف|مكلفه|مكلفين|مكلفون|كلف|كلفت|تكليف|تكليفه)\s+ب(?:ال)?$")
# Before a trigger: readiness, a supposition or a consent (مستعدة لتوجيه ضربة، من المفترض أن يتم التوصل إلى اتفاق،
# موافقة الكويت على الإفراج، مساعي القوات إلى تحرير): not done yet.
# (After review: an effort (سعيها لاستعادة ... شنت هجوما) and a consent told before a real act (بعد موافقة الحكومة
# ... اندلعت احتجاجات) no longer count: readiness with ل and a consent with على right before the trigger only.)
READY_BEFORE = re.compile(
    rf"(?<![{AR}])(?:[وفب]?(?:ال)?(?:مستعد|مستعده|مستعدون|مستعدين)\s+ل(?:ل)?[{AR}]*\s*"
    rf"|[وفب]?(?:ال)?(?:موافقه|موافقتها|موافقته|وافق|وافقت|وافقوا|يوافق)(?:\s+[{AR}]+){{0,2}}\s+علي\s+(?:ال)?"
    rf"|من المفترض[^.،؟!]{{0,60}})$"
)
# After a trigger: an attack of computers, not of arms (الهجمات الإلكترونية، هجوم سيبراني، قرصنة).
CYBER_AFTER = re.compile(
    rf"(?:ه|ها)?\s+(?:ال)?(?:الكترونيه|الكتروني|الالكترونيه|الالكتروني|سيبرانيه|سيبراني|رقميه|رقمي|قرصنه)(?![{AR}])"
)
# Before a take-control noun: out of control (خروج الحرائق عن السيطرة، خارجة عن السيطرة), no place taken.
OUT_OF_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:خروج|خرج|خرجت|خرجوا|يخرج|تخرج|خارج|خارجه|خارجا)(?:\s+[{AR}]+){{0,3}}\s+عن\s+$"
)
# After an explosion verb: what it sparked (فجرت الحادثة احتجاجات، فجر موجة غضب): figurative.
SPARKED_AFTER = re.compile(
    rf"(?:ه|ها)?\s+(?:[{AR}]+\s+)?(?:ال)?(?:احتجاجات|احتجاجا|غضب|غضبا|خلافات|خلافا|ثوره|انتفاضه|تساؤلات"
    rf"|موجه غضب)(?![{AR}])"
)
_SPARK_FORMS = ("فجر", "يفجر", "تفجر", "فجرت")
# Before a trigger: a commemoration or a re-enactment of it (ذكرى تحرير عدن، يعيدون إحياء معركة): history, not news
# (not أحياء alone: the districts of a town).
MEMORY_BEFORE = re.compile(
    rf"(?<![{AR}])(?:[وفبل]?(?:ال)?(?:ذكري|ذكراها|ذكراه|يحيون|تخليد|تخليدا)"
    rf"|[وف]?(?:يعيدون|يعيد|تعيد|اعاده)(?:\s+[{AR}]+)?\s+احياء)(?:\s+[{AR}]+){{0,2}}\s+(?:ل|لل)?$"
)
# Before a trigger told with ل: a light verb of purpose (دعوات لتنظيم احتجاجات، خطط لتنفيذ هجوم، تستعد لشن هجوم).
PURPOSE_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:دعوات|دعوه|دعا|دعت|خطط|خطه|يخطط|تخطط|يعتزم|تعتزم|يستعد|تستعد|يسعي|تسعي)(?:\s+[{AR}]+){{0,3}}"
    rf"\s+[وف]?(?:ل(?:تنظيم|تنفيذ|شن)\s+|للقيام\s+ب(?:ال)?)$"
)  # (after review: a purpose needs its planning or calling word: احتشدوا لتنظيم اعتصام is a sit-in held)
# A trade truce or war (الهدنة في الخلاف التجاري): economy, not a ceasefire.
TRADE_NEAR = re.compile(
    rf"(?<![{AR}])[وفبل]?(?:ال)?(?:تجاري|تجاريه|الرسوم|رسوم|جمركيه|تعريفات|الصادرات|الواردات)(?![{AR}])"
)


# After a demonstration noun: an adjective of culture, sport or celebration (تظاهرة ثقافية، تظاهرة رياضية، تظاهرة
# اجتماعية واحتفالية): an event in the sense of a festival, as Gulf papers use it, not a protest.
FESTIVAL_AFTER = re.compile(
    rf"\s+(?:ال)?(?:ثقافيه|فنيه|رياضيه|احتفاليه|اجتماعيه|علميه|تراثيه|سياحيه|اقتصاديه|ترفيهيه|تسويقيه|ادبيه|فكريه"
    rf"|تجاريه|تعليميه|تربويه|شبابيه|صحيه|بيئيه|اعلاميه|معرفيه|كرنفاليه|فرائحيه)(?![{AR}])"
)
# A strike of pilots or cabin crews (طيارون ومضيفون في شركة الطيران، إلغاء رحلات): a company's labour dispute, not a
# political protest, unless general, political or a hunger strike (إضراب عام، الإضراب السياسي، عن الطعام). Other
# workers' strikes (عمال شركة النفط، موظفو الكهرباء، عمال الموانئ) stay protests, as ACLED codes them.
LABOUR_NEAR = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال|لل)?(?:رحلات|طيارون|طيارين|مضيفون|مضيفين|طيران)(?![{AR}])")
GENERAL_STRIKE_AFTER = re.compile(rf"(?:ا|ه|ها|هم)?\s+(?:ال)?(?:عام|عاما|العام|شامل|شاملا|عن الطعام|السياسي)(?![{AR}])")
# After a strike verb: the object of a blow or of an idiom (يضربون أخماسا في أسداس، ضرب مثالا، يضربون بعرض الحائط).
STRIKE_IDIOM_AFTER = re.compile(
    rf"\s+(?:اخماسا|اخماس|مثالا|مثلا|امثله|اروع|موعدا|بعرض|طوقا|حصارا|بيد من حديد|الرقم|رقما)(?![{AR}])"
)
_STRIKE = "strike"
# After a take-control noun or verb: people held (تحرير أربعة من الرهائن، حررت القوات 20 مختطفا): a rescue, not a place
# taken.
HOSTAGES_AFTER = re.compile(
    rf"(?:ه|ها|هم)?\s+(?:(?!علي\s|الي\s)[{AR}0-9]+\s+){{0,3}}?(?:من\s+)?(?:ال)?(?:رهائن|رهينه|رهينتين|مختطف|مختطفا|مختطفين|مختطفون|مخطوفين"
    rf"|اسري|اسيرا|اسير|محتجزين|محتجزا|سجناء|سجين|سجينا|معتقلين|معتقلا)(?![{AR}])"
)
# After a take-control verb or noun: money, goods or health got back (استردت الحكومة 500 فدان، استرد وعيه، استرداد
# الأموال المنهوبة، استعادت الشرطة سيارة مسروقة): no place taken.
RECOVERED_GOODS_AFTER = re.compile(
    rf"(?:ه|ها|هم)?\s+(?:(?!علي\s|الي\s)[{AR}0-9]+\s+){{0,3}}?(?:ال)?(?:اموال|اموالا|مبالغ|مبلغ|مبلغا|اصول|ودائع|ضرائب"
    rf"|رسوم|فدان|افدنه|جنيه|دولار|ريال|سياره|سيارات|مسروقات|وعيه|وعيها|عافيته|عافيتها|صحته|صحتها|قطع)(?![{AR}])"
)
# سيطرة in a compound of another sense: command and control (منظومة قيادة وسيطرة، مركز القيادة والسيطرة).
COMMAND_BEFORE = re.compile(rf"(?<![{AR}])[وفبل]?(?:ال)?قياده\s+(?:و(?:ال)?)?$")
# After a take-control noun or verb: a fire or an outbreak brought under control (السيطرة على حريق، سيطرت فرق الإطفاء
# على النيران، السيطرة على ألسنة اللهب، السيطرة على تفشي الوباء): no place taken.
# Not a place of fire (السيطرة على مصادر النيران، منطقة النار): positions taken.
_FIRE_PLACE = r"(?!(?:ال)?(?:مصادر|مصدر|منطقه|مناطق|خطوط|خط|مواقع|موقع|منصات|مرابض)\s)"
BLAZE_AFTER = re.compile(
    rf"(?:ه|ها|ت)?(?:\s+[{AR}]+){{0,4}}?\s+علي\s+(?:{_FIRE_PLACE}[{AR}]+\s+)?[وفبل]?(?:ال)?(?:حريق|حرائق|نيران|نار|لهب|وباء|تفشي)(?![{AR}])"
)
# Verb forms that after the article are a noun or an adjective of another sense (الخطر الداهم: imminent; الحذر: caution;
# الطهر: purity): no act.
_OTHER_SENSE_WITH_ARTICLE = ("داهم", "حذر", "طهر")
# After a sit-in noun or verb: ب and a creed (الاعتصام بالكتاب والسنة، اعتصموا بحبل الله): holding fast, a sermon's
# word, not a sit-in (اعتصام بساحة، اعتصام أمام: a place).
HOLD_FAST_AFTER = re.compile(
    rf"(?:ه|هم)?\s+ب(?:ال)?(?:كتاب|سنه|حبل|الله|دين|شريعه|قران|عقيده|ثوابت|وحده|هدي)(?![{AR}])"
)
# In a sentence: separate incidents summed up (قتل 6 أشخاص وعثر على جثتين في حوادث أمنية منفصلة): a lead's tally of the
# acts told one by one after it, no act of its own.
SEPARATE_INCIDENTS = re.compile(
    rf"(?<![{AR}])(?:في\s+|ب)(?:حوادث|حادثين|حادثتين|هجمات|هجومين)\s+(?:(?:امنيه|امنيين|امنيتين)\s+)?"
    rf"(?:منفصله|متفرقه|منفصلين|متفرقين|منفصلتين|متفرقتين)(?![{AR}])"
)
# Between an act and the tally: another clause (فيما قتل جندي في هجمات متفرقة، التي تشهد هجمات متفرقة).
_TALLY_BREAK = re.compile(rf"(?<![{AR}])(?:فيما|بينما|التي|الذي|كما)(?![{AR}])|[،؛:]")
_TALLY_HEAD = re.compile(
    rf"\s+(?:(?:امنيه|امنيين|امنيتين)\s+)?(?:منفصله|متفرقه|منفصلين|متفرقين|منفصلتين|متفرقتين)(?![{AR}])"
)  # right after an incidents noun that is the act itself (هجمات متفرقة)
_TOLD_AFTER_CHARS = 40  # a tally is a lead's only when the article goes on to tell its incidents
_TALLY_CHARS = 250  # how far from an act the words of a lead's tally may stand (a bounded look: sentences can be huge)
PROTEST_CUE = re.compile(rf"(?<![{AR}])[وفبل]?(?:احتجاجا|للمطالبه|تضامنا|رفضا|ضد|تنديدا)(?![{AR}])")
# Before an agreement: a supposition or a failure (كان من المفترض أن يتم التوصل إلى اتفاق، فشل الاجتماع في التوصل
# إلى اتفاق): not reached.
SUPPOSED_BEFORE = re.compile(
    rf"(?<![{AR}])(?:من المفترض[^.،؟!]{{0,60}}|[وف]?(?:فشل|فشلت|فشلوا|اخفق|اخفقت)(?![{AR}])[^.،؟!]{{0,50}}\sفي\s+)$"
)


def _tally(norm: str, sentence: tuple[int, int], end: int) -> bool:
    """Whether an act is a lead's tally of separate incidents told after it: في/ب and the incidents after the act in
    its clause (قتل 8 أشخاص في حوادث أمنية متفرقة), the article going on after the sentence. Not two attacks told only
    there (قتل ثلاثة جنود في هجومين منفصلين: no more text), nor a place's past (التي تشهد هجمات متفرقة)."""
    s, e = sentence
    if _TALLY_HEAD.match(norm, end) and not re.search(r"(?:في\s+|ب)\S*$", norm[max(s, end - 20) : end]):
        return True  # شهدت ديالى هجمات متفرقة: incidents summed up, no act (في هجومين منفصلين: the acts told)
    tally = SEPARATE_INCIDENTS.search(norm, end, min(e, end + _TALLY_CHARS))
    if not tally or _TALLY_BREAK.search(norm, end, tally.start()):
        return False
    return len(norm[e:].strip()) >= _TOLD_AFTER_CHARS


def other_use(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int]) -> bool:
    """Whether a trigger match tells no event (see the module)."""
    start, end = span
    s, e = sentence
    form = bare(norm[start:end])
    weapon = bool(WEAPON_NEAR.search(norm, max(s, start - _WEAPON_CHARS), min(e, end + _WEAPON_CHARS)))
    negated_at = start - 2 if norm[max(s, start - 2) : start] == "ال" else start  # من دون التوصل: the noun's ال
    if NEGATED_BEFORE.search(norm, max(s, negated_at - _NEGATION_CHARS), negated_at) or ANY_AFTER.match(norm, end):
        return True  # لم تسفر عن مقتل أي مدنيين: an act negated
    if "؟" in norm[end:e]:
        return True  # ما قصة فيلم يثير الاحتجاجات في الهند؟ a question, not a report
    if ABSTRACT_OBJECT.match(norm, end) and not weapon:
        return True
    if form.startswith(("استهدف", "يستهدف", "تستهدف")) and AUDIENCE_AFTER.match(norm, end):
        return True
    if without_crowd(norm, sentence, trigger, span):
        return True  # خرجت القوات، شارك الوزير: no crowd, no protest
    if without_accord(norm, sentence, trigger, span) or without_forces(norm, sentence, trigger.action_en, start):
        return True  # توصل إلى نتيجة، وقعت اشتباكات، دخل حيز التنفيذ: no accord reached, no forces entering
    if without_fall(norm, sentence, trigger, span) or without_fire(norm, sentence, trigger, span):
        return True  # صفقة صواريخ: a weapon talked about, no projectile fell; أطلقت حملة: no fire
    if _game(norm, sentence, trigger, span, form):
        return True
    accord = "اتفاق" in form or trigger.action_en == REACHED
    if trigger.sub_event_type == "Agreement" and accord and not PEACE_NEAR.search(norm, s, e):
        return True  # توقيع اتفاقية اندماج: business
    if trigger.sub_event_type == "Agreement" and TRADE_NEAR.search(norm, s, e):
        return True  # الهدنة في الخلاف التجاري: a trade truce
    if trigger.sub_event_type == "Agreement" and SUPPOSED_BEFORE.search(
        norm, max(s, negated_at - _WISH_CHARS), negated_at
    ):
        return True  # كان من المفترض أن يتم التوصل إلى اتفاق: supposed, not reached
    festival = trigger.event_type == "Protests" and "تظاهر" in form and FESTIVAL_AFTER.match(norm, end)
    if festival and not PROTEST_CUE.search(norm, s, e):  # تظاهرات اجتماعية احتجاجا على الأسعار: a protest
        return True  # تظاهرة ثقافية: a festival
    strike = trigger.action_en == _STRIKE
    if strike and STRIKE_IDIOM_AFTER.match(norm, end):
        return True  # يضربون أخماسا في أسداس: an idiom
    if strike and LABOUR_NEAR.search(norm, s, e) and not GENERAL_STRIKE_AFTER.match(norm, end):
        return True  # أضرب طيارون ومضيفون في شركة: a labour dispute
    if BEFORE_NOW.search(norm, max(s, start - _CHARGE_CHARS), start):
        return True  # سبق أن بايع: a past fact told as background
    if ROLE_BEFORE.search(norm, max(s, start - _CHARGE_CHARS), start):
        return True  # دورها في قتل المدنيين: an accusation
    if trigger.event_type != "Protests" and COURT.search(norm, s, e):
        return True  # وفقا للدعوى: a case's account
    if trigger.action_en == "death" and unexplained_death(norm, sentence):
        return True  # لقي حتفه غرقا: a death with no violence told
    if trigger.action_en == "death" and cited(norm, start, e):
        return True  # استشهد المتحدث بتقرير: a citation
    if "انفجار" in form and DEVICE_AFTER.match(norm, end):
        return True  # انفجار شاحن هاتف: an accident
    if form.endswith(_DRONES) and not STRIKE_WORD.search(norm, s, e):
        return True  # تستخدم شركة طائرات مسيرة: a vehicle, not a strike
    before = norm[max(s, start - 20) : start].split()
    told_with_b = norm[max(s, start - 3) : start].endswith(("ب", "بال")) or (bool(before) and before[-1][:1] == "ب")
    if told_with_b and THREATENED.search(norm, max(s, start - _THREAT_CHARS), start):
        return True  # هدد التنظيم ... باستهداف: a threat
    if REFUSED_BEFORE.search(norm, max(s, start - _THREAT_CHARS), start):
        return True  # رفضت المحكمة الإفراج عن: refused, not done
    if trigger.action == "إفراج" and REFUSED_RELEASE_BEFORE.search(norm, max(s, start - _THREAT_CHARS), start):
        return True  # بسبب رفضها إطلاق سراح القس: refused, not done
    if CONDUCT_BEFORE.search(norm, max(s, start - 100), start):
        return True  # ما قامت به الميليشيات من قتل: conduct described
    if TOPIC_BEFORE.search(norm, max(s, start - 25), start):
        return True  # أسئلة حول اعتقال الصحفيين: a topic
    if EXPECT_BEFORE.search(norm, max(s, start - 200), start):
        return True  # ويترقب الليبيون إعلان ... انتهاء العملية: awaited, not done
    if WISH_BEFORE.search(norm, max(s, start - _WISH_CHARS), start):
        return True  # يسعى التحالف إلى تحريره: a wish, an aim or an ability, not an act
    if CAPABILITY_BEFORE.search(norm, max(s, start - _CHARGE_CHARS), start):
        return True  # قدرة النظام على شن هجمات: a capability
    head = start - 2 if norm[max(s, start - 2) : start] == "ال" else start  # the article before the form
    definite = form.startswith("ال") or head < start
    habit = trigger.event_type != "Protests" and HABIT_AFTER.match(norm, end)  # a wave of protests: one a day
    if definite and (habit or STATE_BEFORE.search(norm, max(s, head - 12), head)):
        return True  # القصف اليومي، موسم القتال: a habit or a state, not an act
    one_day = ONE_DAY_AFTER.match(norm, end)
    if trigger.event_type != "Protests" and HABIT_BEFORE.search(norm, max(s, head - 30), head) and not one_day:
        return True  # تتبادل القوات بشكل متكرر إطلاق النار: a habit
    if ANY_BEFORE.search(norm, max(s, start - 8), start) or PURPOSE_BEFORE.search(norm, max(s, start - 60), start):
        return True  # لأي هجوم: any one; دعوات لتنظيم احتجاجات: a purpose
    if MISSION_BEFORE.search(norm, max(s, start - 16), start):
        return True  # المكلفة بتحرير درنة: a mission
    if trigger.sub_event_type != "Agreement" and READY_BEFORE.search(norm, max(s, start - _WISH_CHARS), start):
        return True  # مستعدة لتوجيه ضربة، موافقة على الإفراج: not done yet
    if trigger.sub_event_type in ("Armed clash", "Attack") and CYBER_AFTER.match(norm, end):
        return True  # الهجمات الإلكترونية: computers, not arms
    if form in _OTHER_SENSE_WITH_ARTICLE and norm[max(s, start - 2) : start] == "ال":
        return True  # الخطر الداهم: an adjective, not a raid
    if trigger.action == "سيطرة" and RECOVERED_GOODS_AFTER.match(norm, end):
        return True  # استرداد الأموال المنهوبة: money got back
    if trigger.action == "سيطرة" and HOSTAGES_AFTER.match(norm, end):
        return True  # تحرير أربعة من الرهائن: a rescue
    if trigger.action == "سيطرة" and OUT_OF_BEFORE.search(norm, max(s, head - 40), head):
        return True  # خروج الحرائق عن السيطرة: out of control
    command = COMMAND_BEFORE.search(norm, max(s, start - 14), start)
    if trigger.action == "سيطرة" and (command or BLAZE_AFTER.match(norm, end)):
        return True  # السيطرة على حريق: a fire put out; منظومة قيادة وسيطرة: command and control
    if form.startswith(_SPARK_FORMS) and SPARKED_AFTER.match(norm, end):
        return True  # فجرت الحادثة احتجاجات: sparked
    if trigger.event_type != "Protests" and MEMORY_BEFORE.search(norm, max(s, start - 30), start):
        return True  # ذكرى تحرير عدن، إحياء معركة: a memory, not news
    if ("عثر" in form or "عثور" in form) and not FOUND_OBJECT.search(norm, end, end + _FIND_CHARS):
        return True  # عثر على آثار جينات: a find of science
    noted = trigger.event_type == "Protests" or trigger.sub_event_type == "Arrests"
    if noted and NOTE_BEFORE.search(norm, max(s, start - 10), start):
        return True  # مذكرة احتجاج، مذكرة توقيف: a note, a warrant
    if "انفجار" in form and MATERIAL_BEFORE.search(norm, max(s, start - 10), start):
        return True
    if trigger.action_en.startswith("missile") and BALLISTIC_FORM.match(form) and not ballistic_act(norm, start, end):
        return True  # تجربة صاروخ باليستي، يمتلك صواريخ باليستية: a missile, not its launch
    if framed(norm, sentence, trigger, span):
        return True  # ذكرى مرور 70 عاما على القصف، السماح بشن ضربات، كان في قبضة: no act of the news (``frames``)
    if _tally(norm, sentence, end):
        return True  # قتل 6 أشخاص في حوادث أمنية منفصلة: a tally of the incidents told after
    if "اعتص" in form and HOLD_FAST_AFTER.match(norm, end):
        return True  # الاعتصام بالكتاب والسنة: holding fast to a creed
    if "تظاهر" in form and PRETENCE_AFTER.match(norm, end):
        return True
    if trigger.event_type in _CHARGED_TYPES and CHARGED_BEFORE.search(norm, max(s, start - _CHARGE_CHARS), start):
        return True  # متهم بخطف طفل: a charge
    launched = _LAUNCHED.search(norm, max(s, start - 8), start)
    own = norm[end : end + 1] == "ه" or form.endswith(("ه", "ها", "هم"))  # هجومه، هجماتها: someone's attack
    attack = trigger.sub_event_type in ("Armed clash", "Attack") and not weapon and (launched or own)
    if attack and RHETORIC_NEAR.search(norm, s, e):
        return True  # كثف هجومه على دميرتاش واتهمه: a war of words
    return bool(launched) and not weapon and bool(FORCEFUL_AFTER.match(norm, end))


_INJURY = re.compile(r"^[وفبل]?(?:ال)?(?:اصابه|اصابات|جرح|جرحي)$")


def _armed(norm: str, s: int, e: int, span: tuple[int, int]) -> bool:
    """Whether a weapon or a death is named near a trigger, an injury aside (a player's injury is no wound)."""
    low, high = max(s, span[0] - _WEAPON_CHARS), min(e, span[1] + _WEAPON_CHARS)
    return any(not _INJURY.match(m.group()) for m in WEAPON_NEAR.finditer(norm, low, high))


def _game(norm: str, sentence: tuple[int, int], trigger: Trigger, span: tuple[int, int], form: str) -> bool:
    """Whether an attack, a control or a clash is told of a game: sport words near, no weapon or death."""
    if trigger.action not in _GAME_ACTIONS or any(b in form for b in _BLOW):
        return False
    (s, e), (start, end) = sentence, span
    if _armed(norm, s, e, span):
        return False
    return bool(GAME.search(norm, max(s, start - _GAME_CHARS), min(e, end + _GAME_CHARS)))


# A year (1900-2099) as the text states it; a birth year, a resolution's or a law's number and a duration (منذ
# 2011: since then, up to now) date no act.
YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")
NOT_AN_ACTS_YEAR = re.compile(
    rf"(?<![{AR}])(?:(?:قرار|القرار|رقم|قانون|القانون|حتي|الي)\s+(?:عام\s+|سنه\s+|العام\s+)?|منذ\s+(?:[{AR}]+\s+)?)$"
)
# The bounds of a clause: punctuation and the coordinators that start a new act told after a comma (ثم).
CLAUSE_BREAK = re.compile(r"[،,؛;:.!؟\n]|(?<![^\s])ثم(?![^\s])")
# A biography or a record frames the acts after it as someone's past (وارتبط اسمه بعمليات، اقترن اسمها ب).
RECORD_BEFORE = re.compile(
    rf"(?<![{AR}])[وف]?(?:ارتبط|ارتبطت|اقترن|اقترنت|يرتبط|يقترن|بات)\s+(?:اسم|اسمه|اسمها|اسمهم)(?![{AR}])[^.؟!]*$"
)
_RECORD_CHARS = 200
_FRAME_SENTENCES = 3  # the sentence of an act and the two before it, in its paragraph, frame it


def history(norm: str, span: tuple[int, int], dct: date | None) -> bool:
    """Whether an act is told as history: its clause (between commas, a full stop, ثم) states a year older than
    the article's year minus one and none newer (قُصف البرلمان في يوليو 2016، في يوليو عام 2014 التي راح ضحيتها),
    or a record frames it in its sentence (وارتبط اسم عشماوي بعمليات كبيرة، منها تفجير ...)."""
    start, end = span
    if RECORD_BEFORE.search(norm, max(0, start - _RECORD_CHARS), start):
        return True
    if dct is None:
        return False
    before = [m.end() for m in CLAUSE_BREAK.finditer(norm, max(0, start - 300), start)]
    after = CLAUSE_BREAK.search(norm, end, end + 300)
    left, right = (before[-1] if before else max(0, start - 300)), (after.start() if after else end + 300)
    years = _years(norm, left, right)
    if years:
        return max(years) < dct.year - 1
    paragraph = norm.rfind("\n", 0, left) + 1
    stops = [m.end() for m in re.finditer(r"[.!؟]", norm[paragraph:left])]
    first = paragraph + (stops[-_FRAME_SENTENCES] if len(stops) >= _FRAME_SENTENCES else 0)
    told = _years(norm, first, left)  # فرضت الطوارئ عقب الانقلاب في يوليو 2016. وكان ... قصف البرلمان
    return bool(told) and told[-1] < dct.year - 1


def _years(norm: str, start: int, end: int) -> list[int]:
    """The years that date an act in ``norm[start:end]``, in order."""
    return [
        int(m.group())
        for m in YEAR.finditer(norm, start, end)
        if not NOT_AN_ACTS_YEAR.search(norm, max(0, m.start() - 20), m.start())
        and not BIRTH_BEFORE.search(norm, max(0, m.start() - 20), m.start())
    ]
