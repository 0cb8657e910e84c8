"""Trigger words framed as no act of the news (``incidents.frames``), as minimal pairs through the pipeline."""

from tests.unit.test_incidents_rules import events


def test_an_act_years_before_its_anniversary_is_no_event():
    text = "وفي ذكرى مرور 70 عاما على القصف الأمريكي لمدينة هيروشيما، دعا رئيس الوزراء الياباني إلى السلام."
    assert events(text) == []
    assert len(events("وقصفت الطائرات الأمريكية مدينة الموصل أمس، بعد مرور يومين على القصف الأول.")) >= 1


def test_a_campaign_entering_its_week_is_no_act_of_one_day():
    assert events("ودخل القصف الروسي على ريف إدلب أسبوعه الثاني وسط صمت دولي.") == []
    assert len(events("وقصفت الطائرات الروسية ريف إدلب أمس مما أدى إلى مقتل خمسة مدنيين.")) == 1


def test_an_act_permitted_is_not_done():
    text = "وقالت مصادر إن الأردن وافق على السماح لطائرات بريطانية بشن غارات جوية على مواقع التنظيم من قاعدة الأزرق."
    assert events(text) == []
    assert len(events("وشنت طائرات بريطانية غارات جوية على مواقع التنظيم قرب الرقة أمس.")) == 1


def test_a_grip_that_was_is_no_arrest():
    found = events("وسيطرت قوات الجيش الليبي أمس على معسكر استراتيجي كان في قبضة تنظيم داعش جنوب مدينة سرت.")
    assert [e["action"] for e in found] == ["سيطرة"]


def test_the_forms_of_an_ill_are_no_demonstration():
    assert events("وأكد الوزير في الرياض أمس عزم الحكومة على مكافحة الإرهاب بشتى صوره ومظاهره.") == []
    assert len(events("وخرجت مظاهرة في الرياض أمس احتجاجا على غلاء الأسعار.")) == 1


def test_an_attack_on_sovereignty_is_a_word_not_an_assault():
    assert events("واعتبر البرلمان العراقي في بغداد أمس التصريحات اعتداء صارخا على سيادة العراق.") == []
    assert len(events("وقتل جنديان في اعتداء مسلح على حاجز للجيش في بغداد أمس.")) >= 1


def test_a_protest_or_a_fight_entering_its_day_goes_on_that_day():
    assert len(events("ودخل اعتصام أهالي المعتقلين أمام مبنى المحافظة في عدن يومه العاشر أمس.")) == 1
    assert len(events("ودخلت الاحتجاجات في الخرطوم يومها الخامس أمس، وسط انتشار أمني كثيف.")) == 1


def test_an_act_a_past_permission_enabled_is_done():
    assert len(events("وتقدمت قوات الجيش الوطني بإسناد من طيران التحالف مما سمح بتحرير مديرية نهم بالكامل أمس.")) == 1
    text = "ونفذت صفقة تبادل أسرى برعاية الصليب الأحمر سمحت بالإفراج عن 200 أسير من الطرفين في تعز أمس."
    assert len(events(text)) == 1
    permitted = events("وأعلنت أنقرة أنها سمحت للطائرات الأمريكية بشن غارات على مواقع داعش من قاعدة إنجرليك.")
    assert "Air/drone strike" not in [e["sub_event_type"] for e in permitted]


def test_a_pluperfect_fall_into_the_grip_is_an_arrest():
    found = events("وكان المطلوب قد وقع في قبضة الأمن أمس في بلدة العوامية بمحافظة القطيف.")
    assert [e["sub_event_type"] for e in found] == ["Arrests"]


def test_what_a_period_saw_is_a_total_not_an_event():
    text = "وشهدت الفترة ذاتها مقتل 300 مدني وإحراق عشرات المنازل خلال اشتباكات في ريف إدلب، بحسب المرصد."
    assert events(text) == []
    assert len(events("وشهدت مدينة الموصل أمس اشتباكات بين الجيش والمسلحين.")) == 1


def test_a_tally_of_separate_incidents_is_no_event():
    text = "ومن جهة أخرى، قتل وأصيب سبعة أشخاص، فيما عثر على جثتي رجلين في بغداد بحادثين أمنيين منفصلين أمس."
    assert events(text) == []
    assert len(events("وقتل سبعة أشخاص في هجوم شنه مسلحون على سوق في بغداد أمس.")) == 1


def test_a_period_that_names_its_day_tells_one_act():
    assert len(events("وشهدت الفترة نفسها هجوما انتحاريا على نقطة تفتيش للجيش في العريش أمس أسفر عن مقتل 5 جنود.")) == 1
    assert events("وشهدت الفترة ذاتها مقتل 300 مدني في ريف إدلب، بحسب المرصد.") == []


def test_an_act_told_with_its_own_place_before_a_tally_stays():
    text = "قتل متظاهران برصاص قوات الأمن في الناصرية، وأصيب العشرات في حوادث متفرقة في بغداد والبصرة."
    assert len(events(text)) == 1
    text = "هاجم مسلحون نقطة تفتيش في الرمادي فجر اليوم، ويأتي الهجوم بعد أيام من حوادث أمنية متفرقة شهدتها المدينة."
    assert len(events(text)) == 1


def test_the_object_of_a_demand_is_asked_for_not_done():
    text = "وطالبت الحكومة، في سياق محادثاتها مع جارتها الشمالية، استعادة الجزر التي تسيطر عليها منذ عقود."
    assert events(text) == []
    text = "واشترطت المعارضة للعودة إلى طاولة المفاوضات في جنيف الإفراج عن مئات المعتقلين في سجون الحكومة."
    assert events(text) == []


def test_a_demand_for_an_inquiry_into_a_killing_keeps_the_killing():
    text = "وطالبت المنظمة أمس بالتحقيق في مقتل ثلاثة متظاهرين برصاص الشرطة في مدينة البصرة."
    assert len(events(text)) == 1


def test_an_act_told_in_its_own_clause_after_a_demand_stays():
    text = (
        "وطالب رئيس الوزراء الليبي بضبط النفس، في حين شهدت مدينة الزاوية اشتباكات عنيفة "
        "بين ميليشيات متناحرة أوقعت قتلى."
    )
    assert len(events(text)) == 1
    text = "وطالبت منظمات حقوقية بوقف الانتهاكات، وقد شنت الطائرات الروسية غارات على ريف إدلب أمس."
    assert len(events(text)) == 1
    text = "وطالبت موسكو، في بيان لوزارة خارجيتها، بوقف الضربات الجوية الأمريكية على مواقع الجيش السوري في دير الزور."
    assert events(text) == []


def test_an_act_in_the_complement_of_a_demand_stays():
    text = "وطالبت المعارضة السورية بالكشف عن مصير المخطوفين في هجوم مسلحين على قرية اشتبرق في ريف إدلب الأسبوع الماضي."
    assert len(events(text)) == 1
    text = "وطالب الجيش الليبي بتسليم منفذي الهجوم على حقل الشرارة النفطي الذي وقع فجر الجمعة."
    assert len(events(text)) == 1


def test_a_student_is_no_demand():
    text = "وقال طالب في جامعة صنعاء إن قصفا جويا استهدف محيط الجامعة صباح اليوم."
    assert [e["sub_event_type"] for e in events(text)] == ["Shelling/artillery/missile attack"]
    text = (
        "وخرجت تظاهرة حاشدة في الناصرية للمطالبة بتحسين الخدمات، وتخللتها اشتباكات مع قوات الأمن "
        "أسفرت عن إصابة عشرة محتجين."
    )
    assert len(events(text)) == 2
