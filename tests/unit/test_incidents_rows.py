"""Which rows the event table has (stop 22): an act that is only wished, sought or possible is no event; a
demonstration told with a feminine verb is one."""

from tests.unit.test_incidents_rules import events


def test_an_act_wished_or_sought_is_no_event():
    assert events("ويريد المحتجون تنظيم احتجاجات في مدن أخرى في تونس الخميس.") == []
    assert len(events("ونظم المحتجون احتجاجات في مدن أخرى في تونس الخميس.")) == 1


def test_an_act_one_is_able_to_do_is_no_event():
    assert events("وأكدت الحركة أنها قادرة على قصف المستوطنات الإسرائيلية في غلاف غزة.") == []
    assert events("وقال التحالف إن بإمكانه السيطرة على ميناء الحديدة الخميس.") == []
    assert len(events("وقال التحالف إنه سيطر على ميناء الحديدة الخميس.")) == 1


def test_an_act_feared_is_no_event():
    assert events("وتخشى وكالات الإغاثة من وقوع معركة بين الجيش والحوثيين في مدينة الحديدة.") == []
    assert len(events("ووقعت معركة بين الجيش والحوثيين في مدينة الحديدة الخميس.")) == 1


def test_an_intention_is_still_a_planned_event_not_dropped_like_a_wish():
    (event,) = events("ويعتزم الفلسطينيون تنظيم مظاهرات جديدة غدا الجمعة في غزة.")
    assert event["event_type"] == "Protests"


def test_a_demonstration_told_with_a_feminine_verb_is_a_protest():
    (event,) = events("وتظاهرت جمعيات فرنسية أمام البرلمان في باريس الخميس للتنديد بالقانون.")
    assert event["event_type"] == "Protests"


def test_one_dead_told_by_a_singular_noun_of_a_demonstrator_or_a_prisoner():
    from helpers.extract.incidents.details import fatalities
    from helpers.text.normalize import normalize_letters

    text = "قال مصدر طبي إن متظاهرا قتل الجمعة في الديوانية."
    (death,) = fatalities(text, normalize_letters(text), 0, len(text))
    assert (death.count, death.who) == (1, "متظاهرا")


def test_protesters_as_the_subject_of_an_act_tell_a_protest_as_its_object_do_not():
    (event,) = events("وأغلق المحتجون جسرا رئيسيا في مدينة إل باسو الخميس.")
    assert event["event_type"] == "Protests"
    assert events("والتقى الوزير المحتجين في مدينة إل باسو الخميس.") == []


def test_a_statement_by_an_onlooker_agency_or_organisation_is_not_the_conflicts_statement():
    assert events("وأعلنت منظمة هيومن رايتس ووتش، الاثنين، بدء عملية عسكرية في سيناء.") == []
    assert events("وأعلنت وكالة الأناضول، الاثنين، بدء عملية عسكرية في عفرين.") == []
    (event,) = events("وأعلن الجيش المصري، الاثنين، بدء عملية عسكرية في سيناء.")
    assert event["event_type"] == "Statement"


def test_an_act_negated_with_its_verb_and_preposition_is_no_event():
    assert events("وقال الجيش إن الضربة لم تسفر عن مقتل أي مدنيين في مدينة الرقة.") == []
    (event,) = events("وقال الجيش إن الضربة أسفرت عن مقتل ثلاثة مدنيين في مدينة الرقة.")
    assert event["fatalities"] == 3


def test_an_act_negated_by_la_with_an_imperfect_is_no_event_but_la_yazal_goes_on():
    assert events("وقالت الشرطة إنها لا تستبعد اعتقال محتجين في مدينة البصرة.") == []
    assert len(events("ولا تزال الاشتباكات مستمرة في مدينة درنة الخميس.")) == 1


def _history(text: str, word: str) -> bool:
    from datetime import date

    from helpers.extract.incidents.nonevents import history
    from helpers.text.normalize import normalize_letters

    norm = normalize_letters(text)
    at = norm.index(normalize_letters(word))
    return history(norm, (at, at + len(word)), date(2018, 6, 1))


def test_an_act_whose_clause_states_an_old_year_is_history():
    assert _history("وقصفت الطائرات مدينة الرقة في عام 2014، وفق الجيش.", "قصفت")
    assert not _history("وقصفت الطائرات مدينة الرقة في عام 2014، وفق الجيش.".replace("2014", "2018"), "قصفت")
    text = "أعلن الجيش في 2014 خطته، وأعلن في 2018 موعدها، وقصفت الطائرات مدينة الرقة."
    assert not _history(text, "قصفت")  # the last year told before it is recent


def test_an_act_told_after_an_old_year_in_the_sentences_before_is_history():
    text = "فرضت حالة الطوارئ عقب محاولة الانقلاب في يوليو 2016. قصف البرلمان في أنقرة بالطيران."
    assert events(text) == []
    assert len(events("فرضت حالة الطوارئ الأسبوع الماضي. قصف البرلمان في أنقرة بالطيران.")) == 1


def test_a_year_of_birth_or_after_since_dates_no_act():
    assert not _history("وقتل مسلح من مواليد 1991 في اشتباكات مع الجيش في مدينة درنة.", "اشتباكات")
    assert not _history("واندلعت اشتباكات في مدينة بنغازي التي تشهد فوضى منذ 2011.", "اشتباكات")
    assert not _history("واندلعت اشتباكات في مدينة بنغازي التي تشهد فوضى منذ ثورة 2011.", "اشتباكات")


def test_an_act_in_a_record_framed_by_ones_name_is_history():
    assert events("وارتبط اسم عشماوي بعمليات كبيرة، منها تفجير مقر مديرية الأمن في مدينة المنصورة.") == []
    assert _history("وارتبط اسم عشماوي بعمليات كبيرة، منها تفجير مقر مديرية الأمن في مدينة المنصورة.", "تفجير")


def test_a_battle_of_a_civic_contest_in_an_idafa_is_figurative():
    assert events("ويخوض دميرتاش معركة الانتخابات الرئاسية من سجن أدرنة.") == []
    assert events("وتدور حرب الأسعار بين شركات الطيران في مدينة دبي.") == []
    assert len(events("ويخوض الجيش معركة الحديدة ضد الحوثيين.")) == 1


def test_an_act_awaited_or_expected_is_no_event():
    assert events("ويترقب الليبيون إعلان الجيش السيطرة على مدينة درنة.") == []
    assert events("ويتوقع مراقبون اندلاع اشتباكات في مدينة طرابلس.") == []
    text = "ويترقب الليبيون إعلان القائد العام للجيش المشير خليفة حفتر انتهاء العملية العسكرية في درنة، وتطهير المدينة."
    assert events(text) == []
    assert len(events("واندلعت اشتباكات في مدينة طرابلس الخميس.")) == 1


def test_military_reinforcements_arriving_are_a_strategic_development():
    (event,) = events("ووصلت تعزيزات عسكرية كبيرة للجيش إلى أطراف مدينة الموصل الأربعاء.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Other")


def test_a_ceasefire_declared_in_the_accusative_is_an_agreement():
    (event,) = events("وأعلنت الحكومة وقفا لإطلاق النار مع المتمردين في ولاية النيل الأزرق الأحد.")
    assert (event["event_type"], event["sub_event_type"]) == ("Strategic developments", "Agreement")
