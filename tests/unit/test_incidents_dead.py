"""The stated dead of an event (helpers/extract/incidents/details.py ``fatalities``, ``person_killed``; kinds.py
``deaths_by_event``)."""

from typing import NamedTuple

from helpers.extract.incidents.details import Fatalities, fatalities, person_killed
from helpers.extract.incidents.kinds import deaths_by_event
from helpers.extract.incidents.sides import Party
from helpers.extract.incidents.vocabulary import Trigger
from helpers.text.normalize import normalize_letters


def deaths(text: str) -> list[tuple]:
    return [(f.count, f.qualifier) for f in fatalities(text, normalize_letters(text), 0, len(text))]


def test_a_count_before_a_passive_killing_verb():
    assert deaths("قال الدفاع المدني إن أكثر من 20 مدنيا قتلوا بغارات جوية") == [(20, "at_least")]


def test_a_killing_noun_after_a_preposition():
    assert deaths("تسببت الغارات بمقتل 62 مدنيا") == [(62, "exact")]


def test_counts_joined_by_wa_add_up_with_a_hundred_in_words():
    assert deaths("أسفرت عن مقتل أكثر من مئة من الجهاديين ونحو 30 جنديا") == [(130, "at_least")]


def test_one_dead_told_by_a_singular_noun():
    assert deaths("لقي شخص مصرعه في الانفجار") == [(1, "exact")]
    assert deaths("أفادت الوكالة بأن طفلا قتل في القصف") == [(1, "exact")]


def test_two_dead_told_by_a_dual_noun():
    assert deaths("أعلن المركز مقتل شخصين في المدينة") == [(2, "exact")]


def test_the_wounded_are_never_the_dead():
    assert deaths("أدى الانفجار إلى سقوط 10 جرحى") == []
    assert deaths("أسفر القصف عن مقتل 3 جنود و10 جرحى") == [(3, "exact")]


def test_a_count_after_the_killers_name():
    assert deaths("وقتلت القوات الإسرائيلية ما لا يقل عن 136 فلسطينيا") == [(136, "at_least")]


def test_a_present_killing_verb_and_a_count_glued_to_its_noun():
    assert deaths("قبل أن يفجر انتحاري نفسه، ويقتل 11 طفلا") == [(11, "exact")]
    assert deaths("أسفر عن مقتل 9أشخاص على الأقل") == [(9, "at_least")]


def test_a_toll_that_rose():
    assert deaths("وارتفع عدد القتلى إلى 30 شخصا") == [(30, "exact")]
    assert deaths("وقال إن حصيلة القتلى في الهجوم بلغت 12 شخصا") == [(12, "exact")]


def test_a_count_since_a_date_is_a_total_over_a_period():
    (total,) = fatalities(*(2 * ("قتل 860 مدنيا منذ 18 فبراير",)), 0, 27)
    (one,) = fatalities(*(2 * ("قتل 8 مدنيين السبت",)), 0, 18)
    assert (total.total, one.total) == (True, False)


class _Hit(NamedTuple):
    start: int
    end: int
    trigger: Trigger


def _trigger(pos: str, event_type: str = "Explosions/Remote violence") -> Trigger:
    return Trigger(pos, event_type, "Air/drone strike", "غارة", "air strike", 2, "actor2", "actor1")


def _death(start: int, total: bool) -> Fatalities:
    return Fatalities(start, start + 5, 860, "860", "exact", "", total)


def test_a_total_over_a_period_is_never_a_single_strikes():
    norm = "قصفت الطائرات حرستا وغارات"
    strike = _Hit(0, 4, _trigger("verb"))
    assert deaths_by_event([strike], [_death(10, True)], norm) == {}
    assert deaths_by_event([strike], [_death(10, False)], norm) == {0: _death(10, False)}


def test_a_total_over_a_period_goes_to_the_campaign():
    norm = "الحمله علي الغوطه"
    campaign = _Hit(0, 6, _trigger("noun"))
    assert deaths_by_event([campaign], [_death(10, True)], norm) == {0: _death(10, True)}


def test_the_dead_of_a_sentence_without_violence_go_to_its_protest():
    protest = _Hit(0, 8, _trigger("noun", "Protests"))
    assert deaths_by_event([protest], [_death(20, False)], "احتجاجات") == {0: _death(20, False)}


def test_a_person_named_as_the_victim_of_a_killing_is_one_dead():
    killing = Trigger("verb", "Violence against civilians", "Attack", "قتل", "killing", 1, "actor1", "actor1")
    text = "خاشقجي قتل"
    person = Party(0, 6, "جمال خاشقجي", "Jamal Khashoggi", "named", "person")
    group = Party(0, 6, "داعش", "Islamic State", "named", "group")
    assert person_killed(text, killing, person).count == 1
    assert person_killed(text, killing, group) is None


def test_a_killing_verb_with_vowel_marks_states_its_dead():
    assert deaths("وقُتل 8 متظاهرين فلسطينيين برصاص القوات الإسرائيلية") == [(8, "exact")]


def test_a_qualifier_glued_to_its_digits_is_read():
    assert deaths("إثر مقتل ما لا يقل عن25 شخصا في الهجوم") == [(25, "at_least")]


def test_the_dead_named_one_by_one_add_up():
    assert deaths("أسفر الهجوم عن استشهاد ضابط وضابط صف وجندي") == [(3, "exact")]


def test_a_second_toll_told_with_its_own_killing_word_adds_to_the_first():
    assert deaths('معلنا مقتل "52 تكفيريا" و"استشهاد ضابط وجنديين"') == [(55, "exact")]


def test_the_wounded_between_a_killing_verb_and_a_count_are_not_its_dead():
    assert deaths("بأن طفلا قتل وأصيب أربعة مدنيين السبت") == [(1, "exact")]


def test_a_persons_record_of_killing_is_not_a_toll():
    assert deaths("كان القائد قد ساهم في قتل مئات المدنيين خلال الحرب") == []
    assert deaths("اعتقلت الشرطة المتهم بقتل 5 أشخاص") == []


def test_a_count_in_brackets_is_read():
    assert deaths("وأسفر الهجوم عن استشهاد (12) وإصابة (20) من الجنود") == [(12, "exact")]


def test_a_count_added_by_idafatan_ila_adds_to_the_first():
    assert deaths("أدى الانفجار إلى مقتل ستة من الجنود، إضافة إلى اثنين من المارة") == [(8, "exact")]
    assert deaths("أسفر القصف عن مقتل 5 مدنيين بالإضافة إلى 3 مسعفين") == [(8, "exact")]
    assert deaths("أسفر القصف عن مقتل 5 مدنيين بالإضافة إلى 3 مصابين") == [(5, "exact")]
    assert deaths("نتج عنه مقتل عشرة من رجال الأمن، إضافة إلى ثلاثة من العمال") == [(13, "exact")]


def test_one_more_dead_told_by_akhar_adds_one():
    assert deaths("قتل شرطي عراقي وآخر من المسلحين في تبادل لإطلاق النار") == [(2, "exact")]
    assert deaths("قتل جندي وآخر في الهجوم") == [(2, "exact")]


def test_the_dead_told_before_in_and_a_strike_are_the_strikes():
    norm = normalize_letters("اعتقلت الشرطة ثلاثة في المدينة حيث قتل 20 شخصا في غارات للطيران")
    arrest = _Hit(0, 6, Trigger("verb", "Strategic developments", "Arrests", "اعتقال", "arrest", 1, "", ""))
    bombing = _Hit(norm.index("غارات"), norm.index("غارات") + 5, _trigger("noun"))
    blast = _Hit(1, 5, _trigger("verb"))
    death = Fatalities(norm.index("قتل"), norm.index("شخصا") + 4, 20, "", "exact", "")
    assert deaths_by_event([blast, bombing], [death], norm) == {1: death}
    assert deaths_by_event([arrest, bombing], [death], norm) == {1: death}


def test_one_named_dead_and_a_count_of_his_men_add_one():
    assert deaths("لقي قائد ميداني و5 من مرافقيه مصرعهم في كمين") == [(6, "exact")]


def test_an_added_count_of_wounded_or_of_things_is_no_more_dead():
    from tests.unit.test_incidents_rules import events

    wounded = events("وأسفر القصف عن مقتل 4 مدنيين، إضافة إلى 6 آخرين بجروح في حلب.")
    things = events("وأدت الغارة إلى مقتل 4 مدنيين بالإضافة إلى 9 منازل في إدلب.")
    people = events("وأسفر الهجوم عن مقتل عشرة من رجال الأمن، إضافة إلى ثلاثة من العمال في العريش.")
    assert [e["fatalities"] for e in wounded + things + people] == [4, 4, 13]


def test_a_martyrs_verb_before_the_count_tells_the_dead():
    assert deaths("وقال مصدر طبي إنه استشهد 9 أشخاص في القصف") == [(9, "exact")]


def test_a_killing_word_in_quotation_marks_before_the_count():
    assert deaths("وأدى التفجير إلى «استشهاد» 7 من الجنود") == [(7, "exact")]


def test_a_count_told_as_the_dead_without_a_killing_word():
    assert deaths("وأسفر الهجوم عن 14 قتيلا و20 جريحا") == [(14, "exact")]


def test_one_of_a_group_is_one_dead():
    assert deaths("وأسفرت الغارة عن مقتل أحد قادة التنظيم") == [(1, "exact")]


def test_one_man_of_a_rank_or_a_pronoun_is_one_dead():
    assert deaths("وأعلنت الشرطة مقتل القيادي في التنظيم بعملية أمنية") == [(1, "exact")]
    assert deaths("وكان الجيش قد أعلن مقتله في كمين") == [(1, "exact")]


def test_one_fallen_told_by_a_singular_state():
    assert deaths("أصابته رصاصة في رأسه فسقط على الأرض قتيلا") == [(1, "exact")]


def test_a_counted_subject_whose_clause_says_they_were_killed():
    assert deaths("وذكر المتحدث أن أكثر من 30 مسلحا من عناصر التنظيم قتلوا في المعارك") == [(30, "at_least")]
    assert deaths("وذكر الشهود أن 5 مسلحين هاجموا القرية") == []


def test_the_dead_of_both_sides_added_up_a_singular_or_a_dual_after_a_count():
    assert deaths("وأسفرت المواجهات عن مقتل ضابط وأربعة من المهاجمين") == [(5, "exact")]
    assert deaths("وقتل خمسة من المسلحين وشرطيان في الاشتباك") == [(7, "exact")]
    assert deaths("وقال إن 8 مدنيين على الأقل وجنديا قتلوا في الهجوم") == [(9, "at_least")]


def test_a_day_of_a_month_is_never_a_count():
    assert deaths("وكان الشاب قتل برصاص قناص في 14 مارس الماضي") == []


def test_a_record_with_words_before_its_preposition_is_no_toll():
    assert deaths("وقال إن المتهم شارك بصورة مباشرة في قتل عشرات المدنيين") == []


def _whos(text: str) -> list[tuple]:
    return [(f.count, f.who) for f in fatalities(text, normalize_letters(text), 0, len(text))]


def test_no_one_dead_after_a_failed_attempt_a_denial_or_a_protests_cause():
    assert deaths("ونجا وزير الداخلية من محاولة اغتيال أحد الحراس له قرب منزله") == []
    assert deaths("وفشلت محاولة اغتيال القائد الميداني بعبوة ناسفة قرب سيارته") == []
    assert _whos("ونفت الوزارة مقتل القائد في الغارة، وأكدت مقتل شرطي في الاشتباك") == [(1, "شرطي")]
    assert deaths("وخرج المئات في مسيرة احتجاجا على مقتل الشاب برصاص الشرطة") == []


def test_a_life_is_one_dead_only_after_a_killing_verb():
    assert deaths("وأنقذ الأطباء حياة أحد الحراس الذين أصيبوا في الانفجار") == []
    assert deaths("وانفجرت عبوة أودت بحياة أحد المارة في السوق") == [(1, "exact")]


def test_one_dead_names_a_victim_only_by_a_civilian_noun():
    assert _whos("وأعلن الجيش مقتل أحد ضباطه في هجوم للمسلحين") == [(1, "")]
    assert _whos("وأسفر القصف عن مقتل أحد المدنيين في البلدة") == [(1, "أحد المدنيين")]


def test_a_doer_between_its_verb_of_taking_part_and_the_killing_tells_an_act():
    assert deaths("وشاركت فصائل مسلحة تابعة للحكومة في قتل 25 مدنيا بقصف القرية") == [(25, "exact")]
    assert deaths("وقال إن المتهم شارك وساهم بشكل مباشر في قتل عشرات المدنيين") == []


def test_tens_from_sixty_and_the_teens_in_words_are_counts():
    assert deaths("أسفرت المعارك عن سقوط نحو ستين قتيلا") == [(60, "about")]
    assert deaths("أدى التفجير إلى مقتل ثلاثة عشر شخصا") == [(13, "exact")]
    assert deaths("أسفر القصف عن مقتل مئتين من المسلحين") == [(200, "exact")]


def test_istashhada_with_a_count_or_one_man_is_a_death_but_citing_is_not():
    assert deaths("واستشهد 3 جنود في هجوم على موقع حدودي") == [(3, "exact")]
    assert deaths("واستشهد جندي في هجوم على موقع حدودي") == [(1, "exact")]
    assert deaths("واستشهد المسؤول بتقرير المنظمة عن الوضع") == []
