"""Reconcile: places inside actors' names, and quotes linked to the actors who speak them.

Each case runs the components ``reconcile`` needs, checks the conflict is there before it runs (so the
test shows what reconcile settles), then runs it."""

import pytest

from helpers.extract import pipeline, reconcile
from helpers.extract.article import Article


def before_reconcile(text: str) -> Article:
    """An article with every component ``reconcile`` needs run, and not ``reconcile`` itself."""
    components = [c for c in pipeline.components_for(["places", "quotes"]) if c.name != "reconcile"]
    assert [c.name for c in components] == ["ner", "actors", "places", "attribution"]
    return pipeline.run([{"article_id": "x", "text": text}], components)[0]


def places(article: Article) -> list[tuple[str, str]]:
    return [(m.surface, m.role) for m in article.places]


def test_a_place_inside_a_persons_name_is_dropped():
    article = before_reconcile("قال محمد الهواري إن الوضع في ليبيا هادئ.")
    assert ("الهواري", "location") in places(article)  # the gazetteer has a place called الهواري (Benghazi)
    reconcile.reconcile(article)
    assert places(article) == [("ليبيا", "location")]


def test_a_place_that_is_a_whole_persons_name_is_dropped():
    article = before_reconcile("أحيا الليبيون ذكرى عمر المختار في بنغازي.")
    assert ("عمر المختار", "location") in places(article)
    reconcile.reconcile(article)
    assert places(article) == [("بنغازي", "location")]


def test_a_place_next_to_a_persons_name_stays():
    article = before_reconcile("زار خالد المشري مصراتة في ليبيا")
    reconcile.reconcile(article)
    assert places(article) == [("مصراتة", "location"), ("ليبيا", "location")]


def test_a_place_inside_a_groups_name_is_kept_in_name():
    article = before_reconcile("أعلن مجلس شورى مجاهدي درنة رفضه، وتقدمت القوات في درنة.")
    assert places(article) == [("درنة", "location"), ("درنة", "location")]
    reconcile.reconcile(article)
    assert places(article) == [("درنة", "in_name"), ("درنة", "location")]


def test_names_after_a_town_word_the_gazetteer_lacks_are_added_unresolved():
    article = before_reconcile("سيطر الجيش على بلدة زرزورة الصغيرة")
    assert article.places == []
    reconcile.reconcile(article)
    assert [(m.surface, m.place, m.flag) for m in article.places] == [("زرزورة", None, "not in gazetteer")]


TEXT = (
    "وقال المتحدث باسم الجيش الليبي أحمد المسماري إن القوات تتقدم.\n"
    'وأضاف "هناك عمليات نوعية".\n'
    "وبحسب مصدر عسكري فإن العملية لن تتجاوز أسبوعين.\n"
    'وقالت القيادة العامة إن "الوضع هادئ".'
)


def linked() -> list[tuple[int, str, str, str]]:
    article = before_reconcile(TEXT)
    assert article.quotes == []
    reconcile.reconcile(article)
    return [(sentence_id, a.source_kind, actor[1], actor[3]) for sentence_id, a, actor in article.quotes]


def test_a_quote_is_linked_to_the_person_named_in_the_speakers_span():
    first = linked()[0]
    assert first == (0, "named", "mismari", "person")  # not the army also named in the span


def test_a_continued_quote_keeps_the_previous_speaker():
    assert linked()[1] == (1, "named", "mismari", "person")


def test_an_anonymous_source_is_linked_to_no_actor_and_an_organisation_speaks_for_itself():
    quotes = linked()
    assert quotes[2] == (2, "anonymous", "", "")
    assert quotes[3] == (3, "named", "lna", "army")
    assert len(quotes) == 4


@pytest.mark.parametrize(
    "between",
    ["وبحسب مصدر عسكري فإن العملية مستمرة.", "وقال المتحدث إن العملية مستمرة."],
    ids=["anonymous", "named-without-actor"],
)
def test_a_continued_quote_is_linked_like_the_statement_it_continues(between):
    text = f'قال أحمد المسماري إن القوات تتقدم.\n{between}\nوأضاف "هناك عمليات نوعية".'
    article = before_reconcile(text)
    reconcile.reconcile(article)
    speakers = [(a.speaker, actor[1]) for _, a, actor in article.quotes]
    assert speakers[0] == ("أحمد المسماري", "mismari")
    assert speakers[2][0] == speakers[1][0] != "أحمد المسماري"  # the attribution continues the second speaker
    assert speakers[2][1] == speakers[1][1] == ""  # so does its actor: none, not المسماري


def resolved(text: str) -> list[tuple[str, str, str]]:
    """(speaker, speaker_kind, linked actor id) of each statement after ``reconcile``."""
    article = before_reconcile(text)
    reconcile.reconcile(article)
    return [(a.speaker, a.speaker_kind, actor[1]) for _, a, actor in article.quotes]


def test_a_dropped_subject_takes_the_last_speaker_the_verb_agrees_with():
    text = "قالت الحكومة المصرية إن الحدود آمنة.\nوقال أحمد المسماري إن القوات تتقدم.\nوأضافت أن التعاون مستمر."
    speakers = resolved(text)
    assert speakers[2][:2] == ("الحكومة المصرية", "institution")


def test_a_bare_spokesman_is_the_person_with_that_role():
    text = "قال المتحدث باسم الجيش الليبي أحمد المسماري إن القوات تتقدم.\nوذكر المتحدث أن العملية مستمرة."
    assert resolved(text)[1] == ("أحمد المسماري", "person", "mismari")


def test_a_bare_spokesman_without_one_is_no_speaker():
    assert resolved("وذكر المتحدث أن العملية مستمرة.") == [("", "unknown", "")]


def test_a_state_speaks():
    assert resolved("وأكدت مصر أن الحدود آمنة.")[0][:2] == ("مصر", "state")


def test_an_outlet_spoken_to_is_not_the_speaker():
    assert resolved("وقال مصدر مصري لبي بي سي إن الهجوم فشل.") == [("مصدر مصري", "described_source", "")]


def test_a_spokesman_named_in_an_apposition_after_his_role_speaks():
    text = 'ووصف المتحدث باسم الجيش الليبي، العميد أحمد المسماري، عشماوي بأنه "خطير".'
    assert resolved(text) == [("أحمد المسماري", "person", "mismari")]


def test_a_subject_before_its_verb():
    text = "ووصل أحمد المسماري إلى بنغازي. وكان أحمد المسماري، قد قال إن القوات تتقدم."
    assert resolved(text)[0][2] == "mismari"


def test_a_speaker_ending_with_a_rank_and_a_name_is_a_person_not_the_unit_before_it():
    from helpers.extract.reconcile import _ranked_name

    assert _ranked_name("قائد اللواء الأول بقوات العمالقة العميد رائد الحبهي")
    assert not _ranked_name("قائد اللواء الأول")  # a brigade, not the rank اللواء
    assert not _ranked_name("الرئيس التركي")  # a title and a nationality: no name


def test_the_maghreb_inside_al_qaedas_name_is_no_place():
    article = before_reconcile("استهدفت الضربة تنظيم القاعدة في بلاد المغرب جنوب بني وليد.")
    reconcile.reconcile(article)
    assert ("المغرب", "in_name") in places(article)
    assert ("المغرب", "location") not in places(article)


def test_a_subject_set_off_by_commas_after_kana_speaks():
    text = (
        "وقال مسؤول في المنظمة إن الوضع صعب. "
        "وكان الكاتب والباحث السياسي الليبي، عبد الباسط بن هامل، قال لسكاي نيوز عربية إن القوات انسحبت."
    )
    article = before_reconcile(text)
    reconcile.reconcile(article)
    speakers = [(a.speaker, a.speaker_kind) for _, a, _ in article.quotes]
    assert speakers[-1] == ("عبد الباسط بن هامل", "person")


def test_a_comma_without_kana_does_not_make_the_last_actor_the_speaker():
    article = before_reconcile("التقى الوزير خالد المشري بالسفير، قال إن العلاقات جيدة.")
    reconcile.reconcile(article)
    assert [a.speaker for _, a, _ in article.quotes] != ["السفير"]


def test_a_participle_with_no_statement_before_it_continues_the_sentences_subject():
    import pandas as pd

    text = (
        "قال الوزير سامي العلي إن الحكومة باقية.\nفاجأت وزيرة الخارجية النمساوية كارين كنايسل الحضور في الاجتماع"
        " بعد أن تحدثت بالعربية، مؤكدة أن العربية لغة جميلة."
    )
    quotes = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    assert quotes["speaker"].tolist()[1] == "كارين كنايسل"


def _speakers(text):
    import pandas as pd

    quotes = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    return quotes["speaker"].tolist()


def test_a_verb_after_a_comma_and_wa_continues_its_sentences_subject():
    text = (
        "قالت منظمة أطباء بلا حدود إن المستشفى امتلأ.\nوتولى الوزير سامي العلي حقيبة الداخلية في يونيو الماضي،"
        " وقال إن الأمن أولويته الأولى."
    )
    assert "سامي العلي" in _speakers(text)[1]
    text = (
        "قالت منظمة أطباء بلا حدود إن المستشفى امتلأ.\nفي أحدث تغريدة على حسابه، هاجم الوزير سامي العلي"
        " المعارضة، مضيفا أن الانتخابات ستجري في موعدها."
    )
    assert "سامي العلي" in _speakers(text)[1]


def test_a_name_a_preposition_governs_before_the_verb_is_no_subject():
    text = (
        'قال الوزير سامي العلي إن الحكومة باقية.\nوردا على سؤال حول صادرات الأسلحة إلى السعودية قال: "لن نغير سياستنا".'
    )
    assert "سامي العلي" in _speakers(text)[1]


def test_the_same_source_is_the_last_speaker():
    import pandas as pd

    text = 'ذكرت صحيفة "الأهرام" أن الوزير استقال.\nوقال المصدر نفسه إن رئيس الوزراء قبل الاستقالة.'
    quotes = pipeline.extract_tables(pd.DataFrame({"article_id": ["a"], "text": [text]}))["quotes"]
    assert quotes["speaker_kind"].tolist() == ["media", "media"]


def test_a_relative_speaks_not_the_person_named_after_the_relatives_noun():
    text = "قال الرئيس الأمريكي دونالد ترامب إن الوضع صعب.\nوقالت خطيبة دونالد ترامب إنه لم يخرج من القنصلية."
    assert [actor for _, _, actor in resolved(text)] == ["trump", ""]  # his fiancée is not him


def test_the_relatives_noun_is_read_only_right_before_the_name():
    from helpers.extract.reconcile import relative_of
    from helpers.text.normalize import normalize_letters

    text = normalize_letters("وقالت خطيبة جمال خاشقجي")
    assert relative_of(text, 0, text.index("جمال"))
    text = normalize_letters("قال الرئيس جمال عبد الناصر")
    assert not relative_of(text, 0, text.index("جمال"))
    text = normalize_letters("المتحدث باسم عائلة الصحفي السعودي جمال خاشقجي")
    assert relative_of(text, 0, text.index("جمال"))  # the name's description between
    text = normalize_letters("وزير الخارجية السعودي عادل الجبير")
    assert not relative_of(text, 0, text.index("عادل"))
    text = normalize_letters("وقال محامي التطبيق بافل تشيكوف")
    assert not relative_of(text, 0, text.index("بافل"))  # the app's lawyer is named, not his client
