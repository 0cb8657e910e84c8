"""Speaker rules: the kind a speaker's words show, gender agreement, nationality, headline speakers."""

from helpers.extract.article import Article
from helpers.extract.attribution import find_attributions
from helpers.extract.speakers import gender, is_anaphor, nationality, written_kind


def test_described_sources():
    assert written_kind("مصدر عسكري") == "described_source"
    assert written_kind("مصادر مطلعة") == "described_source"


def test_an_unnamed_spokesman_speaks_for_an_institution():
    assert written_kind("المتحدث باسم الحكومة البريطانية") == "institution"
    assert written_kind("متحدث الجيش الليبي") == "institution"


def test_ministries_armies_and_media():
    assert written_kind("وزارة الخارجية المصرية") == "institution"
    assert written_kind("الجيش اليوناني") == "institution"
    assert written_kind("وكالة الأنباء") == "media"  # و is the word's own letter, not "and"


def test_a_name_is_left_to_reconcile():
    assert written_kind("أحمد المسماري") == ""
    assert written_kind("") == "unknown"


def test_gender_from_the_verb_then_from_the_speaker():
    assert gender("قالت") == "f"
    assert gender("قال") == "m"
    assert gender("مضيفة") == "f"
    assert gender("بحسب", "الحكومة") == "f"
    assert gender("بحسب", "المرصد") == "m"


def test_anaphors():
    assert is_anaphor("المتحدث") == "person"
    assert is_anaphor("الصحيفة") == "media"
    assert is_anaphor("المرصد") == "institution"
    assert is_anaphor("المتحدث باسم الجيش") == ""


def test_nationality_of_a_described_source():
    assert nationality("مصدر مصري") == "EG"
    assert nationality("مصادر عسكرية ليبية") == "LY"
    assert nationality("مصدر عسكري") == ""


def headline(text: str) -> list[tuple[str, str]]:
    article = Article.from_record({"article_id": "h", "text": text})
    find_attributions(article)
    return [(a.verb, a.speaker) for a in article.attributions.get(0, [])]


def test_headline_colon_attribution():
    assert headline("الحكومة المغربية: لن نقبل بأي تدخل\n\nنص الخبر.") == [(":", "الحكومة المغربية")]


def test_headline_with_a_verb_before_the_colon():
    assert headline('اليونان تنفي مبادلة جنود مع تركيا: "مجرد أوهام"\n\nنص.') == [(":", "اليونان")]


def test_headline_topic_labels_are_not_statements():
    assert headline("ليبيا: مقتل العشرات في انفجار سيارة مفخخة\n\nنص.") == []
    assert headline("هشام عشماوي: ضابط صاعقة سابق وأخطر المطلوبين\n\nنص.") == []
    assert headline("تركيا: ما سبب استمرار حالة الطوارئ؟\n\nنص.") == []
    assert headline("بالفيديو: لحظة اعتقال عشماوي\n\nنص.") == []


def test_headline_colon_only_in_the_title():
    assert headline("الحكومة المغربية: لن نقبل بأي تدخل") == []  # one line: no title


def test_according_to_what_an_agency_reported_names_the_agency():
    from helpers.extract.attribution import attributions

    found = attributions("قتل ثلاثة جنود، بحسب ما ذكرت وكالة الأنباء الرسمية التركية.")
    assert [(a.speaker, a.speaker_kind) for a in found] == [("وكالة الأنباء الرسمية التركية", "media")]


def test_according_to_what_happened_is_no_source():
    from helpers.extract.attribution import attributions

    assert attributions("بحسب ما جرى أمس فإن الجيش تقدم") == []


def test_a_plural_with_a_possessive_is_a_described_source():
    from helpers.extract.speakers import written_kind

    assert (written_kind("معارضوها"), written_kind("مصطفى")) == ("described_source", "")


def test_an_outlet_in_latin_letters_or_a_whole_arabic_name_is_media():
    assert written_kind("CNN") == "media"
    assert written_kind("بي بي سي") == "media"
    assert written_kind("Ahmed") == "unknown"


def test_plural_organisations_speak_as_institutions():
    assert written_kind("منظمات حقوقية") == "institution"
    assert written_kind("جمعيات أهلية") == "institution"


def test_ukrainian_is_a_nationality():
    assert nationality("مسؤول أوكراني") == "UA"


def test_a_document_or_a_finding_speaks_for_an_institution():
    assert written_kind("دراسة حديثة") == "institution"
    assert written_kind("التحقيقات") == "institution"
    assert written_kind("نص الحكم القضائي") == "institution"
    assert written_kind("الإحصائية التي أعدها المركز") == "institution"


def test_an_office_holder_is_a_person_not_the_body_he_heads():
    assert written_kind("وزير الكهرباء") == "person"
    assert written_kind("وكيل مشيخة الأزهر") == "person"
    assert written_kind("المتحدث باسم الحكومة") == "institution"  # (a spokesman speaks for the body)


def test_office_holders_in_the_plural_are_a_group_described():
    assert written_kind("وزراء الخارجية العرب") == "described_source"
    assert written_kind("القادة العسكريون") == "described_source"


def test_the_weather_service_and_the_latest_report_are_institutions():
    assert written_kind("الأرصاد الجوية") == "institution"
    assert written_kind("أحدث تقارير البنك الدولي") == "institution"


def test_a_titles_topic_before_its_colon_is_no_speaker():
    from helpers.extract.speakers import headline_speaker
    from helpers.text.normalize import normalize_letters

    for title in (
        "كأس آسيا: المنتخب يتأهل إلى ربع النهائي",
        "الانتخابات البلدية في تونس: إقبال ضعيف على مراكز الاقتراع",
        "أزمة المياه: السدود تفقد نصف مخزونها",
        "اختفاء جمال خاشقجي: تركيا تنفي تسليم أي تسجيلات",
        "زلزال إندونيسيا: مخاوف من وجود العشرات تحت الأنقاض",
        "احتجاجات البصرة: الشرطة تحبط محاولة اقتحام مبنى البلدية",
    ):
        assert headline_speaker(normalize_letters(title), 0, len(title)) is None
    title = "وزير المالية: لن نرفع الضرائب"
    assert headline_speaker(normalize_letters(title), 0, len(title))[:2] == (0, len("وزير المالية"))


def test_the_press_is_media():
    assert written_kind("الصحافة المغربية") == "media"


def test_a_fund_a_bank_and_a_club_are_institutions():
    assert written_kind("الصندوق") == "institution"
    assert written_kind("البنك المركزي") == "institution"
    assert written_kind("نادي الهلال") == "institution"
