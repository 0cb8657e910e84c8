"""Places: a written word that is an ordinary word, not a clitic + a place (toponyms/clitic_words.py)."""

from helpers.extract import pipeline
from helpers.extract.toponyms.clitic_words import ordinary_word


def located(text: str) -> list[str]:
    """English names of the text's places that are locations (not inside a name)."""
    places = pipeline.run([{"article_id": "x", "text": text}], pipeline.components_for(["places"]))[0].places
    return [m.place.name_en for m in places if m.place is not None and m.role == "location"]


def test_a_b_word_nearly_as_common_as_the_town_is_the_preposition_and_a_noun():
    assert located("رفضت الحكومة الطلب بحجة أن ذلك نوع من التغريب") == []
    assert "Hajjah" in located("قصف الحوثيون مدينة حجة شمال اليمن")  # the town after its place word
    assert ordinary_word("بحجه", "حجه") and not ordinary_word("بغزه", "غزه")


def test_a_word_of_news_whose_tail_news_never_writes_alone_is_that_word():
    assert located("وفرت إدارة المختبرات وبنوك الدم أكثر من 1500 وحدة") == []
    assert located("خسر الأمير علي الانتخابات أمام بلاتر") == []
    assert ordinary_word("وبنوك", "نوك") and ordinary_word("بلاتر", "لاتر")


def test_a_clitic_before_a_town_news_writes_alone_stays_the_town():
    assert not ordinary_word("ومصوع", "مصوع")  # و + Massawa in a list
    assert not ordinary_word("وكندا", "كندا") and not ordinary_word("بعدن", "عدن")
    assert "Aden" in located("قتل ثلاثة مدنيين بعدن أمس")
