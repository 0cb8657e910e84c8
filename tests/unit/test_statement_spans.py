"""Statement spans: the speaker written before the verb, what a trailing بحسب attributes, quoted names."""

from helpers.extract.statement_spans import QUOTED_NAME, apart, subject_before, told_before
from helpers.text.normalize import normalize_letters


def test_the_speaker_between_kana_and_the_verb_without_its_parenthesis():
    norm = normalize_letters("وكانت هيئة الموانئ (الرسمية) قد أعلنت أن الرصيف أغلق.")
    s, e = subject_before(norm, 0, norm.index("اعلنت"))
    assert norm[s:e] == "هيئه الموانئ"


def test_what_a_trailing_according_to_attributes():
    norm = normalize_letters("واحترق مخزن في الميناء، بحسب الدفاع المدني.")
    prep = norm.index("بحسب")
    s, e = told_before(norm, 0, prep, len(norm) - 1, len(norm))
    assert norm[s:e] == "واحترق مخزن في الميناء"


def test_a_short_quotation_before_more_of_the_clause_is_a_name():
    norm = normalize_letters('مواقع لجماعة "أنصار الحق" قرب الحدود، وقال "لن نتراجع".')
    assert QUOTED_NAME.match(norm, norm.index('"')).group("name") == "انصار الحق"
    assert QUOTED_NAME.match(norm, norm.rindex('"', 0, len(norm) - 2)) is None


def test_a_quotation_well_into_the_statement_is_apart_from_its_complementiser():
    norm = normalize_letters('إن الجيش قصف مواقع "الجماعة" أمس')
    assert apart(norm, 0, norm.index('"'))
    assert not apart(normalize_letters('إنه "لن يتراجع"'), 0, 4)


def test_a_noun_pointed_to_leaves_the_quotation_to_what_was_said():
    norm = normalize_letters('أشار الساكن إلى تضرر بيته بالقصف وقال "لن نرحل".')
    assert not apart(norm, norm.index("الي"), norm.index('"'))
    assert apart(normalize_letters('إلى أن البيت تضرر "بشدة" أمس'), 0, 20)


def test_a_statement_ends_where_the_next_one_joined_to_it_begins():
    from helpers.extract.attribution import attributions

    def quote_of(text, verb):
        said = next(a for a in attributions(text) if a.verb == verb)
        return text[said.quote_start : said.quote_end]

    text = "أكد المدير أن الموسم انتهى، مضيفا أن الفريق سيعود أقوى."
    assert quote_of(text, "أكد") == "أن الموسم انتهى"
    text = 'وقال المكتب إن الحريق "ليس متعمدا" موضحا أن التحقيق مستمر.'
    assert quote_of(text, "قال").rstrip('"') == 'إن الحريق "ليس متعمدا'
    text = "وقالت الوزيرة إن الخطة جاهزة، وأشارت إلى أن تنفيذها يبدأ غدا."
    assert quote_of(text, "قالت") == "إن الخطة جاهزة"
    text = "وأكد المدرب أن اللاعبين مستعدون، فيما توقع المحللون أن تكون المباراة صعبة."
    assert quote_of(text, "أكد") == "أن اللاعبين مستعدون"
    text = "قال المدرب إن فريقه لعب جيدا، كما دافع عن نفسه قائلا إنه لم يخطئ."
    assert quote_of(text, "قال") == "إن فريقه لعب جيدا"
    # a verb after its own subject inside the statement is part of what was said
    text = "قال الوزير إن الحكومة أعلنت أن الضرائب لن ترتفع."
    assert quote_of(text, "قال").endswith("لن ترتفع.")


def test_a_works_title_after_its_noun_is_no_statement():
    from helpers.extract.attribution import attributions

    text = 'ووصف الناقد، صاحب كتابه "أيام القاهرة"، الفيلم بأنه "تحفة فنية".'
    said = next(a for a in attributions(text) if a.verb == "وصف")
    assert text[said.quote_start : said.quote_end] == 'بأنه "تحفة فنية".'
