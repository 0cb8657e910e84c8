"""Attribution: speakers, named vs anonymous, outlet spoken to, quotes."""

import pandas as pd

from helpers.extract import pipeline
from helpers.extract.attribution import QUOTE_ACTOR_COLUMNS, QUOTE_COLUMNS, attributions, source_kind


def test_named_speaker_with_outlet_and_quote():
    text = 'وقال صبره لـ"العربية نت" إن "العملية ستبدأ قريبا".'
    found = attributions(text)
    assert found[0].speaker == "صبره"
    assert found[0].source_kind == "named"
    assert found[0].spoken_to == "العربية نت"
    assert text[found[0].quote_start : found[0].quote_end] == "العملية ستبدأ قريبا"


def test_anonymous_sources():
    assert source_kind("مصدر عسكري") == "anonymous"
    assert source_kind("مصادر مطلعة") == "anonymous"
    assert source_kind("مسؤول عسكري") == "anonymous"
    assert source_kind("المسؤول الإعلامي لغرفة العمليات") == "named"
    assert source_kind("العميد أحمد المسماري") == "named"
    assert source_kind("") == "unknown"


def test_attribution_by_preposition():
    found = attributions("وبحسب مصدر عسكري فإن الخطط المطروحة حاليا تتمثل في تقدم نوعي.")
    assert (found[0].speaker, found[0].source_kind, found[0].verb) == ("مصدر عسكري", "anonymous", "بحسب")


def test_verb_without_a_statement_is_not_an_attribution():
    assert attributions("أعلن الجيش المصري حالة الاستنفار على طول الحدود.") == []


def test_continuation_inherits_the_previous_speaker():
    text = 'قال مصدر عسكري إن القوات تتقدم.\nوأضاف "هناك عمليات نوعية".'
    table = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    assert list(table.columns) == [*QUOTE_COLUMNS, *QUOTE_ACTOR_COLUMNS, "outlet"]
    assert table["speaker"].tolist() == ["مصدر عسكري", "مصدر عسكري"]
    assert table["speaker_kind"].tolist() == ["described_source", "described_source"]
    assert table["sentence_id"].tolist() == [0, 1]
    assert table["quote"].iloc[1] == "هناك عمليات نوعية"


def test_attributions_within_a_sentence_of_a_longer_text_index_the_text():
    text = 'عنوان\nوقال صبره لـ"العربية نت" إن "العملية ستبدأ قريبا".'
    start = text.index("وقال")
    found = attributions(text, start, len(text))
    assert text[found[0].start : found[0].end] == "صبره"
    assert text[found[0].quote_start : found[0].quote_end] == "العملية ستبدأ قريبا"
    assert attributions(text, 0, start) == []


def test_a_continuation_needs_a_previous_speaker():
    assert attributions("مضيفا أن القوات تتقدم.") == []
    found = attributions("مضيفا أن القوات تتقدم.", previous="مصدر عسكري")
    assert (found[0].speaker, found[0].source_kind, found[0].verb) == ("مصدر عسكري", "anonymous", "مضيفا")


def one(text: str, **kwargs) -> list[tuple[str, str]]:
    """(verb, speaker) of each attribution of ``text``."""
    return [(a.verb, a.speaker) for a in attributions(text, **kwargs)]


def test_a_participle_is_not_a_speaker():
    assert one('وأضاف قائلا: "العملية مستمرة".', previous="مصدر عسكري") == [("أضاف", "مصدر عسكري")]


def test_a_preposition_is_not_a_speaker():
    assert one("وقالت عبر صفحتها على فيسبوك إن القوات تتقدم.", previous="الوزارة") == [("قالت", "الوزارة")]


def test_a_day_ends_the_speaker():
    assert one("وقال المسماري الخميس إن القوات تتقدم.") == [("قال", "المسماري")]


def test_an_addressee_is_not_the_speaker():
    assert one("وقال للناخبين إنهم سيقررون.", previous="دميرتاش") == [("قال", "دميرتاش")]


def test_described_source_with_nationality_speaking_to_an_outlet():
    found = attributions("وقال مصدر مصري لبي بي سي إن الهجوم فشل.")[0]
    assert (found.speaker, found.speaker_kind, found.speaker_country) == ("مصدر مصري", "described_source", "EG")
    assert found.spoken_to == "بي بي سي"


def test_speaking_with_an_outlet():
    found = attributions('ووصف المسماري، في حديث مع سكاي نيوز عربية، عشماوي بأنه "خطير".')[0]
    assert (found.verb, found.speaker, found.spoken_to) == ("وصف", "المسماري", "سكاي نيوز عربية")


def test_a_verb_before_a_named_leader_and_a_colon():
    assert one("قال حفتر: حررت درنة بالكامل") == [("قال", "حفتر")]


def test_an_announcement_of_what_was_done():
    text = "أعلن القائد العام للجيش الوطني الليبي المشير خليفة حفتر تحرير درنة بالكامل"
    found = attributions(text)
    assert found[0].verb == "أعلن" and found[0].speaker.endswith("خليفة حفتر")
    assert text[found[0].quote_start :].startswith("تحرير")


def test_a_verb_inside_a_quote_is_not_a_cue():
    assert one('وقال المرصد إن الجماعة "يؤكد ضلوعها أن الإرهاب مستمر".') == [("قال", "المرصد")]


def test_as_said_by_after_the_statement():
    text = "تمارس الجماعة حملة إعلامية، حسبما أكد مرصد الفتاوى التكفيرية."
    found = attributions(text)[0]
    assert (found.verb, found.speaker) == ("أكد", "مرصد الفتاوى التكفيرية")
    assert text[found.quote_start : found.quote_end].startswith("تمارس الجماعة")


def test_a_participle_after_a_quote_in_the_same_sentence():
    text = 'وقال المسماري "هذه مجرد أوهام"، مضيفا أن الروايات كاذبة.'
    assert one(text) == [("قال", "المسماري"), ("مضيفا", "المسماري")]


def test_relayed_from_officials():
    assert one("ونقلت رويترز عن مسؤولين أتراك، إن التقييم الأولي مختلف.")[0] == ("نقلت", "مسؤولين أتراك")
    assert one("ونقلت وكالة رويترز عن أحد المجندين أنه كان متفوقا.")[0] == ("نقلت", "أحد المجندين")


def test_a_plural_pronoun_complementiser_introduces():
    assert one("وقال الجيش اليوناني إنهما ضلا طريقهما.") == [("قال", "الجيش اليوناني")]


def test_verb_with_marks_is_still_a_cue():
    assert one("وأُعلنت الأجهزة المصرية أن أحد المخططين هو عشماوي.") == [("أُعلنت", "الأجهزة المصرية")]


def test_relayed_by_an_agency_from_sources():
    found = attributions("وذكرت الوكالة نقلا عن مصادر عسكرية أن المعارك مستمرة.")[0]
    assert (found.speaker, found.spoken_to) == ("مصادر عسكرية", "الوكالة")


def test_a_time_phrase_is_not_a_speaker():
    assert one("وكان حفتر قد أعلن هذا الشهر انطلاق المرحلة الثانية.") == [("أعلن", "حفتر")]  # (written before it)


def test_the_outlet_spoken_to_is_not_the_quote():
    text = 'وقال الخبير لــ"الصحيفة الأولى" حتى الآن لم يتغير شيء.'
    (a,) = attributions(text)
    assert a.spoken_to == "الصحيفة الأولى"
    assert text[a.quote_start : a.quote_end].strip().startswith("حتى الآن")


def test_an_outlet_head_before_the_quoted_outlet_name_is_who_it_was_said_to():
    text = 'أكد سالم المبروك لموقع "أخبار الشرق" أن البلدة تحررت.'
    (a,) = attributions(text)
    assert (a.speaker, a.spoken_to) == ("سالم المبروك", "أخبار الشرق")
    assert text[a.quote_start : a.quote_end].startswith("أن البلدة")


def test_an_outlet_named_with_in_speaks_and_what_it_says_follows_the_name():
    text = "وقالت سي إن إن إن الجيش تقدم."
    (a,) = attributions(text)
    assert (a.speaker, a.speaker_kind) == ("سي إن إن", "media")
    assert text[a.quote_start : a.quote_end].startswith("إن الجيش")


def test_what_is_said_starts_at_the_complementiser_not_at_the_speakers_last_word():
    text = "وقال مسؤول في المنظمة إن الوضع صعب."
    (a,) = attributions(text)
    assert text[a.quote_start : a.quote_end] == "إن الوضع صعب."


def test_a_quotation_split_at_its_inner_full_stop_keeps_its_speaker():
    text = 'عنوان\n\nويقول محافظ المدينة: "عادت الكهرباء إلى الأحياء. غدا تفتح المدارس أبوابها".\nوأعلن الجيش خطة.'
    one = pd.DataFrame({"article_id": ["a"], "text": [text], "dct": [pd.Timestamp("2018-06-17")]})
    tables = pipeline.extract_tables(one.assign(dct_source="article"))
    quotes = tables["quotes"].set_index("sentence_id")
    assert quotes.loc[2, "speaker"] == "محافظ المدينة"
    assert quotes.loc[2, "quote"] == "غدا تفتح المدارس أبوابها"
    assert tables["events"].set_index("time_text").loc["غدا", "speaker"] == "محافظ المدينة"


def test_a_stray_quotation_mark_in_a_story_gives_the_next_sentences_no_speaker():
    text = 'عنوان\n\nوقال الوزير إن القوات تتقدم.\nوسيطر الجيش على منطقة "الظهر الأحمر أمس.\nووصلت التعزيزات غدا.'
    one = pd.DataFrame({"article_id": ["a"], "text": [text], "dct": [pd.Timestamp("2018-06-17")]})
    quotes = pipeline.extract_tables(one.assign(dct_source="article"))["quotes"]
    assert quotes["sentence_id"].tolist() == [1]


def test_a_sentence_with_a_quotation_of_its_own_after_an_open_one_is_not_its_rest():
    text = 'عنوان\n\nوقال الوزير "لن نسمح بالفوضى" مضيفا أن "الصور مفبركة.\nوسيطر الجيش على حي "المغار" في المدينة.'
    one = pd.DataFrame({"article_id": ["a"], "text": [text], "dct": [pd.Timestamp("2018-06-17")]})
    quotes = pipeline.extract_tables(one.assign(dct_source="article"))["quotes"]
    assert 2 not in quotes["sentence_id"].tolist()


def said(text: str, **kwargs) -> list[tuple[str, str, str]]:
    """(verb, speaker, what is said) of each attribution of ``text``."""
    return [(a.verb, a.speaker, text[a.quote_start : a.quote_end]) for a in attributions(text, **kwargs)]


def test_a_name_quoted_inside_the_statement_is_not_what_is_said():
    text = 'وقال المتحدث إن الطائرات قصفت مواقع لجماعة "أنصار الحق" قرب الحدود.'
    assert said(text) == [("قال", "المتحدث", 'إن الطائرات قصفت مواقع لجماعة "أنصار الحق" قرب الحدود.')]


def test_a_quoted_name_of_the_speaker_before_its_complementiser_is_not_what_is_said():
    text = 'ذكرت وكالة الأنباء المحلية "نبأ" صباح اليوم أن الجسر أعيد فتحه.'
    assert said(text) == [("ذكرت", "وكالة الأنباء المحلية نبأ", "أن الجسر أعيد فتحه.")]  # (its name, its marks off)


def test_a_quoted_name_after_the_verb_is_the_speaker():
    text = 'وقالت "لجنة الإغاثة الدولية" إن المخيم يفتقر إلى المياه.'
    assert said(text) == [("قالت", "لجنة الإغاثة الدولية", "إن المخيم يفتقر إلى المياه.")]


def test_a_body_named_in_quotation_marks_speaks_with_its_name():
    text = 'وأوضحت منظمة "أطباء العالم" في بيان أن العيادة أغلقت.'
    assert said(text) == [("أوضحت", "منظمة أطباء العالم", "أن العيادة أغلقت.")]


def test_an_outlet_named_in_quotation_marks_relays_the_speaker_after_it():
    text = 'ونقلت صحيفة "الأيام" المحلية عن محافظ الإقليم أن الطريق مغلق.'
    (a,) = attributions(text)
    assert (a.verb, a.speaker, a.spoken_to) == ("نقلت", "محافظ الإقليم", "صحيفة الأيام المحلية")  # (marks off)


def test_a_verb_governed_by_a_refusal_reports_nothing():
    text = "وقال شاهد رفض ذكر اسمه إن السوق احترق."
    assert said(text) == [("قال", "شاهد رفض ذكر اسمه", "إن السوق احترق.")]


def test_a_complementiser_after_a_conjunction_is_not_what_a_verb_introduces():
    assert said("ويعتبر النادي أقوى المرشحين هذا الموسم، في حين أن منافسه تراجع.") == []


def test_the_complementiser_of_the_next_verb_is_not_this_verbs():
    text = "ويرى الحزب الاتفاق خطوة ناقصة، ويقول إن المفاوضات ستستمر."
    assert [v for v, _, _ in said(text, previous="سابق")] == ["يقول"]


def test_an_adverb_after_the_verb_is_not_the_speaker():
    text = "وقد أعلنت بالتنسيق مع الشرطة أن المعبر سيغلق."
    assert said(text, previous="الوزارة") == [("أعلنت", "الوزارة", "أن المعبر سيغلق.")]


def test_the_speaker_written_between_kana_and_the_verb():
    text = "وكانت هيئة الموانئ (الرسمية) قد أعلنت أن الرصيف أغلق."
    assert said(text, previous="الوزير") == [("أعلنت", "هيئة الموانئ", "أن الرصيف أغلق.")]


def test_according_to_after_the_statement_gives_what_came_before():
    assert said("واحترق مخزن للحبوب في الميناء، بحسب الدفاع المدني.") == [
        ("بحسب", "الدفاع المدني", "واحترق مخزن للحبوب في الميناء")
    ]
    text = "وتعرضت القافلة - وفق شهود - لإطلاق نار قرب الجسر."
    assert said(text) == [("وفق", "شهود", text)]


def test_according_to_before_the_statement_gives_what_follows():
    assert said("وبحسب الدفاع المدني، احترق مخزن للحبوب.") == [("بحسب", "الدفاع المدني", "احترق مخزن للحبوب.")]


def test_according_to_its_own_words_is_not_a_second_statement():
    text = 'وقال الوزير إن الخطة "ناجحة"، حسب تعبيره.'
    assert [v for v, _, _ in said(text)] == ["قال"]


def test_a_participle_with_its_own_quotation_says_only_the_quotation():
    text = 'وانتقد الوزير القرار، مضيفا: "لن نوافق عليه"، ثم غادر القاعة.'
    assert said(text, previous="الوزير") == [("مضيفا", "الوزير", "لن نوافق عليه")]


def test_a_participle_with_tanween_says_what_follows_the_mark():
    text = "وانتقد الوزير القرار، مضيفاً أن الحكومة سترد."
    ((_, _, quote),) = said(text, previous="الوزير")
    assert quote.strip() == "أن الحكومة سترد."


def test_a_participle_continues_the_subject_of_kana_qad():
    text = 'وكان ممثل البعثة قد طالب المجلس بالتحرك، مؤكدا أن "الوقت ينفد".'
    assert [(v, who) for v, who, _ in said(text, previous="سابق")] == [("مؤكدا", "ممثل البعثة")]


def test_a_document_says_what_follows_it():
    text = 'وجاء في تقرير للمنظمة بعنوان "عام من الخوف في المدن المحاصرة" أن مئات المدنيين فقدوا.'
    assert said(text) == [("جاء في", "تقرير للمنظمة", "أن مئات المدنيين فقدوا.")]


def test_the_statement_after_a_long_apposition():
    text = (
        "وقال سامر الحلبي، مدير المستشفى الميداني الوحيد الذي ما زال يعمل في البلدة الجبلية المحاصرة منذ "
        "شهور طويلة، إن الأدوية نفدت."
    )
    assert said(text) == [("قال", "سامر الحلبي", "إن الأدوية نفدت.")]


def test_pointing_to_that_after_a_long_apposition():
    text = (
        "وأشار الوزير، الذي تحدث إلى الصحفيين المرافقين له خلال زيارته القصيرة إلى المعبر الحدودي الشمالي صباح "
        'الأحد، إلى أن القوافل "ستعبر غدا".'
    )
    ((_, _, quote),) = said(text)
    assert quote == 'إلى أن القوافل "ستعبر غدا".'


def test_a_short_quoted_statement_followed_by_the_next_verb_is_still_said():
    # (a guard: a short quotation followed by more words is taken for a name unless the next verb follows it)
    text = 'ووصفت الوزارة القرار "غير مقبول" وقالت إنها سترد.'
    assert [(v, q) for v, _, q in said(text)] == [("وصفت", "غير مقبول"), ("قالت", "إنها سترد.")]


def test_a_participle_after_kana_qad_keeps_its_subject_in_the_quotes_table():
    text = 'عنوان\n\nوقال الوزير إن الجيش تقدم.\nوكان ممثل البعثة قد طالب المجلس بالتحرك، مؤكدا أن "الوقت ينفد".'
    quotes = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    assert quotes.set_index("sentence_id").loc[2, "speaker"] == "ممثل البعثة"


def test_a_time_noun_before_its_adjective_is_not_the_speaker():
    text = "وكان قائد الشرطة قد قال الشهر الماضي إن الطريق آمن."
    assert said(text, previous="سابق") == [("قال", "قائد الشرطة", "إن الطريق آمن.")]


def test_however_that_is_not_what_a_verb_introduces():
    assert said("وارتفعت الأسعار بعدما أعلنت الشركة خططها لمصافيها، بيد أن الطلب تراجع.") == []


def test_what_was_announced_after_a_long_apposition():
    text = (
        "أعلن قائد غرفة العمليات المشتركة في المنطقة الشرقية للبلاد، العقيد الركن سامي عبد الكريم الزين، "
        "السيطرة على التلال."
    )
    assert said(text) == [("أعلن", "قائد غرفة العمليات المشتركة", "السيطرة على التلال.")]


def test_an_announced_quoted_term_with_nothing_else_introduced_is_what_was_announced():
    # (a guard: the quoted-name rule leaves an announcement whose only quotation is its term)
    text = 'وأعلنت البلدية "حالة الطوارئ" في الأحياء الساحلية.'
    assert said(text) == [("أعلنت", "البلدية", "حالة الطوارئ")]


def test_an_announced_occurrence_or_detention_is_what_was_announced():
    assert said("وأعلنت الشرطة توقيف ثلاثة مشتبه بهم.") == [("أعلنت", "الشرطة", "توقيف ثلاثة مشتبه بهم.")]
    assert said("وأعلن الدفاع المدني وقوع انفجار في المستودع.")[0][2] == "وقوع انفجار في المستودع."


def test_a_short_quotation_straight_after_the_speaker_is_what_was_said():
    text = 'وقال الرئيس السيسي "مصر لن تركع" خلال كلمته في القاهرة الأحد.'
    found = attributions(text)
    assert [(a.speaker, text[a.quote_start : a.quote_end]) for a in found] == [("الرئيس السيسي", "مصر لن تركع")]


def test_a_reporting_verb_in_a_relative_clause_leaves_the_main_verbs_statement():
    text = "وأكد الوزير، الذي كان قد أعلن استقالته، أن الحكومة باقية حتى الانتخابات."
    found = [a for a in attributions(text) if a.verb == "أكد"]
    assert [(a.speaker, text[a.quote_start : a.quote_end]) for a in found] == [
        ("الوزير", "أن الحكومة باقية حتى الانتخابات.")
    ]
    text = "وقال الناطق العسكري الذي أعلن أمس السيطرة على المطار إن القوات تتقدم."
    assert [text[a.quote_start : a.quote_end] for a in attributions(text) if a.verb == "قال"] == ["إن القوات تتقدم."]


def test_an_adverb_before_the_speaker_is_skipped_not_the_speaker():
    text = "وقال بالأمس وزير الداخلية إن الأمن مستتب."
    assert attributions(text)[0].speaker == "وزير الداخلية"


def test_a_participle_after_kana_qad_with_an_event_continues_the_last_speaker():
    text = "قال الناطق باسم التحالف إن الحوثيين أطلقوا صاروخا. وكان الهجوم قد وقع فجرا، مضيفا أن الصاروخ اعترض."
    table = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    assert table["speaker"].tolist() == ["الناطق باسم التحالف", "الناطق باسم التحالف"]


def test_a_long_relative_clause_before_the_comma_and_an():
    text = (
        "وأكد المدير الذي افتتح المعرض الدولي للكتاب في العاصمة بحضور عدد كبير من الناشرين والكتاب والمثقفين"
        " العرب، أن القراءة ما زالت بخير."
    )
    found = attributions(text)
    assert [a.verb for a in found] == ["أكد"] and found[0].speaker.startswith("المدير الذي افتتح")
    assert text[found[0].quote_start : found[0].quote_end].startswith("أن القراءة")


def _article_quotes(text: str) -> list[tuple[str, str, str]]:
    from helpers.extract.article import Article
    from helpers.extract.attribution import find_attributions

    article = Article.from_record({"article_id": "q", "text": text})
    find_attributions(article)
    return [
        (a.verb, a.speaker, article.text[a.quote_start : a.quote_end].strip(' .:"'))
        for _, found in sorted(article.attributions.items())
        for a in found
    ]


def test_a_quotation_runs_on_past_its_inner_full_stop():
    text = 'فوز الفريق\n\nوقال المدرب: "قدمنا مباراة كبيرة. وبعد العودة أعلن خطتي للموسم". وغادر اللاعبون الملعب.'
    found = _article_quotes(text)
    assert found[0] == ("قال", "المدرب", "قدمنا مباراة كبيرة. وبعد العودة أعلن خطتي للموسم")
    assert [verb for verb, _, _ in found] == ["قال", ""]  # (أعلن is inside the quotation: no statement of its own)


def test_the_lam_of_the_article_before_an_outlet_is_no_outlet_spoken_to():
    found = attributions('وقال الموقع "اللاعب سيغادر النادي".')
    assert [(a.verb, a.speaker, a.spoken_to) for a in found] == [("قال", "الموقع", "")]
    found = attributions('وقال الوزير لـ"الصحيفة" إن الخطة جاهزة.')
    assert [(a.verb, a.speaker, a.spoken_to) for a in found] == [("قال", "الوزير", "الصحيفة")]


def test_a_colon_and_a_quote_after_a_long_apposition():
    text = (
        "وقال سامي الخطيب، 45 عاما، وهو صاحب متجر في وسط المدينة القديمة، لوكالة فرانس برس من أمام محله "
        'المغلق منذ أسابيع: "خسرنا كل شيء هذا العام".'
    )
    found = [(a.verb, a.speaker, text[a.quote_start : a.quote_end]) for a in attributions(text)]
    assert found == [("قال", "سامي الخطيب", "خسرنا كل شيء هذا العام")]


def test_review_a_source_inside_the_statement_does_not_end_it():
    text = "قال الوزير إن النمو، بحسب تقديرات الصندوق، سيبلغ 3% هذا العام."
    said = next(a for a in attributions(text) if a.verb == "قال")
    assert text[said.quote_start : said.quote_end].endswith("هذا العام.")
    text = "قال إن القوات سيطرت على المدينة، بحسب وكالة الأنباء الرسمية."
    said = next(a for a in attributions(text) if a.verb == "قال")
    assert text[said.quote_start : said.quote_end] == "إن القوات سيطرت على المدينة"


def test_review_a_quoted_clause_after_itabar_is_a_statement():
    assert [a.verb for a in attributions('واعتبر "أن ما حدث جريمة بحق المدنيين".')] == ["اعتبر"]
    assert attributions('ويعتبر "الأخضر" أكبر المرشحين للفوز بالبطولة.') == []


def test_review_a_quotation_over_three_sentences_runs_to_its_closing_mark():
    text = 'وقال الرئيس: "لن نتراجع. سنواصل الإصلاحات. الشعب معنا". وذكرت الوكالة أن الخطاب استمر ساعة.'
    quotes = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    said = quotes[quotes.verb == "قال"].iloc[0]
    assert text[said.quote_start : said.quote_end].endswith("الشعب معنا")


def test_a_participle_that_opens_the_first_statement_is_kept_for_reconcile():
    found = attributions('رفضت الحكومة الجديدة استقبال السفينة، قائلة: "الموانئ مغلقة".')
    assert [a.verb for a in found] == ["قائله"]  # (a participle is written as normalised)
    assert attributions("وغادر الوفد القاعة مؤكداً.") == []


def test_a_colon_after_a_slogan_a_title_or_a_lists_head_is_no_statement():
    text = 'وتابع الجمهور، الذي امتلأت به المدرجات، المباراة التي حملت شعار: "معا للأبد".'
    assert attributions(text) == []
    text = 'وقالت سارة الأحمد، 38 عاما، وهي أم لثلاثة، لوكالة رويترز من داخل المتجر: "الأسعار مرتفعة".'
    assert [a.verb for a in attributions(text)] == ["قالت"]
