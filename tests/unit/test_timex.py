"""The time tagger: one Arabic expression each, resolved against a DCT of Tuesday 8 May 2018."""

from datetime import date

import pytest

from helpers.extract.timex.tagger import tag

DCT = date(2018, 5, 8)  # a Tuesday


def first(text: str, dct: date | None = DCT):
    found = tag(text, dct)
    assert found, f"nothing found in {text!r}"
    t = found[0]
    return text[t.start : t.end], t.type, t.value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("أصدرت تحذيرا يوم أمس الاثنين", ("يوم أمس الاثنين", "DATE", "2018-05-07")),
        ("اعتبرت الأحد الماضي المنطقة", ("الأحد الماضي", "DATE", "2018-05-06")),
        ("اشتبكت معها قبل يومين جنوب", ("قبل يومين", "DATE", "2018-05-06")),
        ("ستنتهي خلال أسبوعين", ("أسبوعين", "DURATION", "P2W")),
        ("على مدار اليومين الماضيين", ("اليومين الماضيين", "DURATION", "P2D")),
        ("خلال الـ48 ساعة الماضية", ("الـ48 ساعة الماضية", "DURATION", "PT48H")),
        ("سجن ثلاث سنوات", ("ثلاث سنوات", "DURATION", "P3Y")),
        ("حكم بخمسة عشر عاماً", ("خمسة عشر عاماً", "DURATION", "P15Y")),
        ("ثلاث سنوات وستة أشهر", ("ثلاث سنوات وستة أشهر", "DURATION", "P3Y6M")),
        ("في 7 مايو 2018", ("7 مايو 2018", "DATE", "2018-05-07")),
        ("في 7/5/2018", ("7/5/2018", "DATE", "2018-05-07")),
        ("في السابع من أيار/مايو الجاري", ("السابع من أيار/مايو الجاري", "DATE", "2018-05-07")),
        ("في 15 جوان 2018", ("15 جوان 2018", "DATE", "2018-06-15")),
        ("في ٢٤ يونيو ٢٠١٨", ("٢٤ يونيو ٢٠١٨", "DATE", "2018-06-24")),
        ("في 15 رمضان 1439 هـ", ("15 رمضان 1439 هـ", "DATE", "2018-05-30")),
        ("الأسبوع المقبل", ("الأسبوع المقبل", "DATE", "2018-W20")),
        ("الشهر الماضي", ("الشهر الماضي", "DATE", "2018-04")),
        ("العام الجاري", ("العام الجاري", "DATE", "2018")),
        ("في نهاية عام 2014", ("نهاية عام 2014", "DATE", "2014")),
        ("بين عامي 2011 و 2014", ("بين عامي 2011 و 2014", "DATE", "2011/2014")),
        ("من 4 إلى 22 مايو", ("من 4 إلى 22 مايو", "DATE", "2018-05-04/2018-05-22")),
        ("فجر الثلاثاء", ("فجر الثلاثاء", "TIME", "2018-05-08TMO")),
        ("الثلاثاء مساء", ("الثلاثاء مساء", "TIME", "2018-05-08TEV")),
        ("الساعة العاشرة مساء", ("الساعة العاشرة مساء", "TIME", "2018-05-08T22:00")),
        ("يجتمعون يوميا", ("يوميا", "SET", "P1D")),
        ("يتظاهرون كل يوم جمعة", ("كل يوم جمعة", "SET", "XXXX-WXX-5")),
        ("مرة واحدة في الأسبوع", ("مرة واحدة في الأسبوع", "SET", "P1W")),
        ("حتى الآن", ("الآن", "DATE", "PRESENT_REF")),
        ("تنفيذها خلال وقت قريب", ("وقت قريب", "DATE", "FUTURE_REF")),
        ("جرى في الأيام الماضية", ("الأيام الماضية", "DATE", "PAST_REF")),
        ("من مواليد 1991 والمكنى", ("1991", "DATE", "1991")),
        ("منذ عامين", ("عامين", "DURATION", "P2Y")),
    ],
)
def test_expression_is_found_and_resolved(text, expected):
    assert first(text) == expected


def test_bare_weekday_is_the_latest_past_one_by_default():
    assert first("قتل تسعة مدنيين الأربعاء")[2] == "2018-05-02"


def test_bare_weekday_equal_to_the_dct_weekday_is_the_dct():
    assert first("صرح للصحافيين الثلاثاء أن بلاده لا تعتزم")[2] == "2018-05-08"


def test_future_verb_sends_a_bare_weekday_forward():
    assert first("سيمثلان أمام المحكمة الاثنين")[2] == "2018-05-14"


def test_nouns_that_look_like_future_verbs_do_not():
    assert first("انفجار سيارة مفخخة ليل الخميس")[2] == "2018-05-03TNI"


def test_verb_marsa_is_not_the_month_march():
    assert tag("مارس الضغط على الحكومة", DCT) == []


def test_impossible_date_is_flagged_not_a_crash():
    found = tag("في 31 فبراير 2018", DCT)
    assert found[0].value is None
    assert "impossible date" in found[0].flag


def test_without_dct_relative_values_stay_unresolved_and_say_so():
    found = tag("قال أمس إن الحرب بدأت عام 2014", None)
    values = {t.value for t in found}
    assert None in values and "2014" in values
    assert "no DCT" in next(t for t in found if t.value is None).flag


def test_weekday_that_contradicts_yesterday_is_flagged():
    found = tag("يوم أمس الأربعاء", DCT)
    assert found[0].value == "2018-05-07"
    assert "does not fall" in found[0].flag


def test_offsets_index_the_original_text_with_hamza_and_tanween():
    text = "أكد أنه سيبقى عاماً كاملاً وأن إطلاق النار توقف أمس"
    for t in tag(text, DCT):
        assert text[t.start : t.end].strip() == text[t.start : t.end]
    assert [text[t.start : t.end] for t in tag(text, DCT)][-1] == "أمس"


def test_no_expression_in_plain_text():
    assert tag("الجيش الليبي يتقدم نحو المدينة من ثلاثة محاور", DCT) == []


def test_prefilter_changes_nothing_on_the_bundled_corpus():
    from helpers import config
    from helpers.extract.article import article_dct
    from helpers.ingest.corpus import load_corpus

    articles = load_corpus(config.corpus_dir()).articles
    assert len(articles) > 0
    seen = 0
    for _, article in articles.iterrows():
        day, _flag = article_dct(article)
        fast, full = tag(article["text"], day), tag(article["text"], day, prefilter=False)
        assert [(t.start, t.end, t.type, t.value) for t in fast] == [(t.start, t.end, t.type, t.value) for t in full]
        seen += len(full)
    assert seen > 0
