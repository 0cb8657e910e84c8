"""The cues of reported speech (helpers.extract.reporting_cues) as the attribution component reads them."""

from helpers.extract.attribution import attributions


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.verb, a.speaker) for a in attributions(text)]


def test_according_to_with_its_preposition_attached():
    assert _said("ارتفعت الأسعار بنسبة عشرة في المئة، وفقا للتقرير السنوي.") == [("وفقا ل", "التقرير السنوي")]
    assert _said("وتراجعت المبيعات في الربع الأول، طبقاً لمصادر محلية.") == [("طبقاً ل", "مصادر محلية")]
    assert _said('وأغلقت المدارس أبوابها، وفقا لـ"رويترز".') == [("وفقا لـ", "رويترز")]


def test_in_accordance_with_a_rule_is_no_source():
    assert _said("وتجري الانتخابات وفق القانون الجديد.") == []
    assert _said("وتوزع المساعدات وفقا للخطة التي أقرتها الحكومة.") == []
    assert _said('وتصنف الشركة زبائنها بحسب "أعمارهم".') == []


def test_what_was_said_with_an_object_pronoun_or_bihi():
    found = _said("وقتل ثلاثة أشخاص في الحادث، بحسب ما أعلنته الشرطة المحلية.")
    assert found == [("بحسب", "الشرطة المحلية")]
    found = _said("ويستعد الفريق لمباراة الأحد، وفق ما أفادت به وكالة الأنباء الرسمية.")
    assert found == [("وفق", "وكالة الأنباء الرسمية")]


def test_what_a_document_says_after_ma():
    found = attributions("وصدر الحكم بالسجن عشر سنوات، بحسب ما جاء في نص الحكم القضائي.")
    assert [(a.verb, a.speaker) for a in found] == [("بحسب", "نص الحكم القضائي")]


def test_a_quoted_name_after_an_agency_ends_the_sentence():
    assert _said('وأغلقت المدارس أبوابها، بحسب وكالة "فرانس برس".') == [("بحسب", "وكالة فرانس برس")]


def test_plural_verbs_and_raa_and_tasaala():
    assert _said("وقالوا إن الطريق أغلق.") == [("قالوا", "")]
    assert _said("ورأى الوزير أن الأزمة ستنتهي قريبا.") == [("رأى", "الوزير")]
    assert _said('وتساءل النائب "من يتحمل المسؤولية؟"') == [("تساءل", "النائب")]
    assert _said('وكتب الوزير في مقال رأي بصحيفة "لوموند" إن الأزمة خطيرة.') == [("كتب", "الوزير")]  # (رأي: a noun)


def test_a_source_after_its_statement_is_not_who_adds():
    import pandas as pd

    from helpers.extract import pipeline

    text = "قال سامي العلي إن الأزمة انتهت، بحسب المرصد الوطني.\nوأضاف أن الحكومة ستجتمع الأحد."
    quotes = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    assert quotes["speaker"].tolist() == ["سامي العلي", "المرصد الوطني", "سامي العلي"]


def test_a_relative_clause_verb_with_its_own_subject_is_a_statement():
    assert _said("وهو الإجراء الذي قالت الشرطة إنه مؤقت.") == [("قالت", "الشرطة")]
    # the copula sense of اعتبر (توغو is the biggest winner) says nothing; the experts' verb takes the إنه
    assert _said("وتعتبر غانا أكبر الرابحين من الاتفاق الذي يقول الخبراء إنه سيعزز التجارة.") == [("يقول", "الخبراء")]
    assert _said("وأوضح المدير الذي قال أمس إن العمل مستمر.") == [("أوضح", "المدير الذي قال")]  # (unchanged)


def test_kashafa_an_reveals_what_follows():
    assert _said("وكشف الوزير عن خطة جديدة لإصلاح التعليم.") == [("كشف", "الوزير")]
    assert _said("وكشفت الشرطة النقاب عن هوية المهاجم.") == [("كشفت", "الشرطة")]


def test_any_document_after_jaa_fi_when_an_follows():
    assert _said("وجاء في لائحة الاتهام، أن المتهم تلقى أموالا من الخارج.") == [("جاء في", "لائحة الاتهام")]
    assert _said("وجاء في المرتبة الثانية فريق الشباب.") == []


def test_a_country_then_the_object_of_its_verb():
    assert _said("واعتبرت أنقرة الاتهامات الأوروبية بأنها لا أساس لها.") == [("اعتبرت", "أنقرة")]
    assert _said("وقالت كوريا الجنوبية إن الصاروخ سقط في البحر.") == [("قالت", "كوريا الجنوبية")]


def test_a_verbal_noun_after_tamma_is_no_statement():
    assert _said("وتم كشف عن المبلغ في الجلسة.") == []


def test_announced_verbal_nouns_end_the_speaker():
    assert _said("وأعلنت الحكومة تجميد أصول عشرين شركة.") == [("أعلنت", "الحكومة")]
    assert _said("وأعلن الجيش فرض حظر التجول في المدينة.") == [("أعلن", "الجيش")]


def test_a_quoted_phrase_after_bi_is_no_statement():
    assert _said('قال المدرب إنه حذر لاعبا تصرف بـ"طريقة غير مقبولة".') == [("قال", "المدرب")]


def test_a_quoted_name_after_a_body_and_a_comma_is_the_speakers():
    found = attributions('وقالت وكالة الأنباء المحلية "وانا"، إن الجسر أغلق.')
    assert [(a.speaker, found[0].quote_start > 0) for a in found] == [("وكالة الأنباء المحلية وانا", True)]
    assert 'وقالت وكالة الأنباء المحلية "وانا"، إن الجسر أغلق.'[found[0].quote_start :].startswith("إن")
    found = attributions('ونقلت وكالة الأنباء "وانا" عن مصدر أمني قوله إن الجسر أغلق.')
    assert [(a.speaker, a.spoken_to) for a in found] == [("مصدر أمني", "وكالة الأنباء وانا")]
    assert _said('ووصفت موسكو القمة المقبلة بـ"الحاسمة".') == [("وصفت", "موسكو")]  # (what it is described as)


def test_a_fronted_adverbial_is_no_subject():
    text = "وقال وزير الإعلام اليمني إن الميليشيات تحتجز السفن. وحول الاتهامات الأخيرة قال إن الحكومة لن ترد عليها."
    second = attributions(text, text.index("وحول"), len(text), previous="وزير الإعلام اليمني")
    assert [(a.verb, a.speaker) for a in second] == [("قال", "وزير الإعلام اليمني")]
    for opening in ("ولدى وصوله", "وفي السنة الفائتة", "الشهر المنصرم", "وأثناء زيارته"):
        assert [a.speaker for a in attributions(f"{opening} قال إن الأزمة ستنتهي.", previous="فلان")] == ["فلان"]
    assert _said("المحللون لا يرون أن الحرب ستنتهي قريبا.") == [("يرون", "المحللون")]


def test_a_relative_plural_and_an_opinion_noun_are_no_speakers():
    assert _said("ويعيش آلاف السوريين الذين يقولون إنهم فروا من القصف في مخيمات.") == []
    assert _said("وقال الكاتب في مقال رأي نشرته الصحيفة إن المملكة ماضية في الإصلاح.") == [("قال", "الكاتب")]
    assert _said("ونقلت صحيفة رأي اليوم عن مصادر أن وفدا زار دمشق.")[0][0] == "نقلت"
    assert _said('ورأى الجنود "الجحيم" في أزقة المدينة القديمة.') == []


def test_body_names_rules_and_frames_are_no_sources():
    assert _said("وأعلنت حركة فتح أنها ستشارك في الانتخابات.") == [("أعلنت", "حركة فتح")]
    assert _said("وأعلنت منظمة حظر الأسلحة الكيميائية أن فريقها سيصل.") == [("أعلنت", "منظمة حظر الأسلحة الكيميائية")]
    assert _said("وأعلنت الحكومة الليبية فتح المعابر مع تونس.") == [("أعلنت", "الحكومة الليبية")]
    assert _said("وفقا لتوجيهات خادم الحرمين الشريفين، بدأت الوزارة تسليم الوحدات.") == []
    assert _said("وقضت المحكمة بإعدام المتهم وفقا لأحكام الشريعة الإسلامية.") == []
    assert _said("القرار جاء في ظل تأكيدات أمريكية أن طهران تدعم الحوثيين.") == []
    assert _said("وجاء في حيثيات الحكم أن المتهمين شكلوا خلية.") == [("جاء في", "حيثيات الحكم")]


def test_awrada_and_admitted_with_its_an_straight_after_the_speaker():
    said = [(a.verb, a.speaker) for a in attributions('وأورد الموقع "اللاعب سيغادر النادي في الصيف".')]
    assert said == [("أورد", "الموقع")]
    said = [(a.verb, a.speaker) for a in attributions("وأقرت الشركة بأنها أخطأت في حساب الأرباح.")]
    assert said == [("أقرت", "الشركة")]
    said = [(a.verb, a.speaker) for a in attributions("لكن الوزير اعترف بأن الخطة تأخرت.")]
    assert said == [("اعترف", "الوزير")]
    assert attributions("وأقر البرلمان قانونا ينص على أن الضرائب ترتفع.") == []  # passed, not admitted
    assert attributions("واعترف المتهم بالتهم الموجهة إليه.") == []


def test_naql_after_a_noun_is_moving_not_relaying():
    said = [a.verb for a in attributions('وأكد الوزير أن قرار نقل السفارة إلى القدس "باطل".')]
    assert said == ["أكد"]
    said = [(a.verb, a.speaker) for a in attributions("ونقلت الوكالة عن مصدر أمني أن الهجوم فشل.")]
    assert said == [("نقلت", "مصدر أمني")]


def test_a_quoted_predicate_straight_after_yutabar_is_no_statement():
    said = [a.verb for a in attributions('وقال الوزير إن الاتفاق يعتبر "تاريخيا" ويفتح "صفحة جديدة".')]
    assert said == ["قال"]


def test_plans_are_no_source():
    assert attributions("ووفق الخطط، تنتهي أعمال البناء في الصيف.") == []


def test_an_adverbial_after_the_verb_is_no_speaker():
    said = [(a.verb, a.speaker) for a in attributions("وقال عند وصوله إلى المطار إن الزيارة ناجحة.", previous="الرئيس")]
    assert said == [("قال", "الرئيس")]
    said = [(a.verb, a.speaker) for a in attributions("وأكد أثناء لقائه السفير أن العلاقات قوية.", previous="الرئيس")]
    assert said == [("أكد", "الرئيس")]


def test_a_trailing_source_ends_the_statement_before_it():
    text = "وقال الوزير إن الخطة جاهزة، بحسب وكالة الأنباء الرسمية."
    said = [(a.verb, text[a.quote_start : a.quote_end].strip(" ،")) for a in attributions(text)]
    assert said == [("قال", "إن الخطة جاهزة"), ("بحسب", "وقال الوزير إن الخطة جاهزة")]
    text = "وغادر السجين السجن فجرا، كما ذكر مصدر نقابي."
    assert [text[a.quote_start : a.quote_end].strip(" ،") for a in attributions(text)] == ["وغادر السجين السجن فجرا"]


def test_more_reporting_verbs_the_dual_and_participles_with_what_is_said_after_them():
    assert _said('وكتب الكاتب على حسابه: "الفوز للجميع".') == [("كتب", "الكاتب")]
    assert _said("وألمح الوزير إلى أن الحكومة قد تستقيل.") == [("ألمح", "الوزير")]
    assert _said("وخلص الباحثون إلى أن الدواء آمن.") == [("خلص", "الباحثون")]
    assert _said("وأجاب المدرب بأن الفريق جاهز.") == [("أجاب", "المدرب")]
    assert [v for v, _ in _said("وقال الطبيب والممرض إن المريض بخير، وأشارا إلى أن العملية نجحت.")] == ["قال", "أشارا"]
    assert [v for v, _ in _said("وقال الرئيس إن الوضع هادئ، معلنا أنه سيزور المدينة غدا.")] == ["قال", "معلنا"]
    assert [v for v, _ in _said('وقال المدير إن العمل مستمر، متابعا "لن نتوقف".')] == ["قال", "متابعا"]
    assert [v for v, _ in _said("وقال المدير إن العمل مستمر، مبينا أن الموعد لم يتغير.")] == ["قال", "مبينا"]
    # a participle with no statement after it (announcing a plan), and a book is no verb
    assert [v for v, _ in _said("وقال الرئيس إن الوضع هادئ، معلنا عن خطة جديدة.")] == ["قال"]
    assert _said("وصدرت كتب كثيرة عن الحرب.") == []
    assert _said('ورفع المتظاهرون لافتات كتب عليها: "ارحل".') == []  # (written on it)


def test_by_saying_introduces_what_is_said_and_is_no_speaker():
    text = 'قال الوزير إن الانتخابات حرة.\nوتوجه المرشح إلى أنصاره بالقول "سننتصر".\nوأضاف بقوله: "الشعب معنا".'
    found = [a for a in attributions(text, previous="الوزير") if a.verb]
    assert [a.verb for a in found] == ["قال", "بالقول", "أضاف"]
    assert "بقوله" not in found[2].speaker


def test_admitted_with_bi_an_after_an_adverbial():
    assert _said("وأقر المدرب خلال المؤتمر الصحفي بأنه ارتكب أخطاء.") == [("أقر", "المدرب")]
    assert _said("وأقر البرلمان في جلسته قانونا ينص على أن التعليم مجاني.") == []
