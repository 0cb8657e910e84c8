"""Where a speaker's name is written after its verb (helpers.extract.speaker_span)."""

from helpers.extract.attribution import attributions


def _said(text: str) -> list[tuple[str, str]]:
    return [(a.verb, a.speaker) for a in attributions(text)]


def test_a_title_then_the_name_between_commas_gives_the_name():
    text = "وقال مدرب فريق الهلال السعودي، رامون دياز، إن الفريق يحتاج إلى مهاجم."
    assert _said(text) == [("قال", "رامون دياز")]
    text = "وتقول منسقة برنامج الغذاء في المدينة، سعاد الحربي، إن المخزون يكفي شهرا."
    assert _said(text) == [("تقول", "سعاد الحربي")]
    text = "وقال المحلل السياسي الأردني، عامر السبايلة: الحكومة لن تصمد طويلا."
    assert _said(text) == [("قال", "عامر السبايلة")]


def test_no_name_after_the_comma_keeps_the_title():
    assert _said("وقال مسؤول أمني، طلب عدم ذكر اسمه، إن الهجوم فشل.") == [("قال", "مسؤول أمني")]
    assert _said("وقال رئيس البلدية، الثلاثاء، إن الطريق أغلق.") == [("قال", "رئيس البلدية")]
    assert _said("وقال مدير المستشفى، وهو طبيب جراح، إن الجرحى نقلوا.") == [("قال", "مدير المستشفى")]
    assert _said("وقالت وزارة الصحة، يوم الأحد، إن الإصابات تراجعت.") == [("قالت", "وزارة الصحة")]
    assert _said("وقال فهد المطيري، رئيس النادي، إن المدرب باق.") == [("قال", "فهد المطيري")]
    text = 'وبحسب وزير المالية، فإنه "سيتم صرف الرواتب الأسبوع المقبل".'
    assert _said(text) == [("بحسب", "وزير المالية")]


def test_review_a_participle_or_adverb_between_commas_is_no_name():
    from helpers.extract.attribution import attributions

    for text, speaker in (
        ("قال وزير الخارجية، مستبعدا أي تدخل عسكري، إن الحل سياسي.", "وزير الخارجية"),
        ("قال لاعب الوسط، ضاحكا، إن الفريق يستحق الفوز.", "لاعب الوسط"),
        ("قال مدير المستشفى، مجددا، إن حالة المصابين مستقرة.", "مدير المستشفى"),
        ("قال رئيس الوزراء، بحضور عدد من الوزراء، إن الحكومة ستخفض الضرائب.", "رئيس الوزراء"),
        ("قال وزير الخارجية المصري، سامح شكري، إن بلاده ترفض التدخل.", "سامح شكري"),
    ):
        assert attributions(text)[0].speaker == speaker


def test_a_statement_issued_by_its_author_gives_the_author_and_a_bare_statement_stays():
    text = "وقال بيان صادر عن وزارة الدفاع المصرية إن القوات قتلت عشرة مسلحين."
    assert _said(text) == [("قال", "وزارة الدفاع المصرية")]
    text = "وقال بيان للجيش إن القوات قتلت عشرة مسلحين."
    assert _said(text) == [("قال", "بيان للجيش")]
