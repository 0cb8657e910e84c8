"""incidents.speech: speech near هاجم (a cue, an office-holder as subject) makes it words, unless a target follows."""

from helpers.extract.incidents.speech import told_as_speech
from helpers.text.normalize import normalize_letters


def _told(text: str, verb: str = "هاجم") -> bool:
    norm = normalize_letters(text)
    start = norm.index(verb)
    return told_as_speech(norm, (0, len(norm)), (start, start + len(verb)), True)


def test_an_office_holder_or_a_medium_is_speech():
    assert _told("وهاجم رئيس الحكومة المعارضة أمس.")
    assert _told("وفي تغريدة له، هاجم ترامب الديمقراطيين.")
    assert not _told("وهاجم مستوطنون منازل الفلسطينيين أمس.")


def test_a_physical_target_after_the_verb_is_no_speech():
    assert not _told("وهاجم قيادي في التنظيم مع عناصره قاعدة عسكرية للجيش.")
    assert not _told("هاجم أنصار الحزب المتظاهرين الذين خرجوا لدعم الحراك.")
