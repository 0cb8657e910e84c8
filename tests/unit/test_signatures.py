"""The signatures component: publication time, body key and MinHash of an article's body."""

from helpers.extract.article import Article
from helpers.extract.signatures import find_signature, signature_rows
from helpers.text.shingles import body_key, minhash_of

BODY = "أعلن الجيش الليبي إطلاق عملية عسكرية واسعة في درنة شرق البلاد على مقربة من الحدود مع مصر"


def test_the_signature_is_the_body_key_and_minhash_of_the_text_after_the_body_start():
    text = "بنغازي - رويترز\n" + BODY
    record = {"article_id": "a1", "text": text, "body_start": text.index(BODY), "published": "2020-05-01"}
    article = Article.from_record(record)
    find_signature(article)
    assert article.signature == ("2020-05-01", body_key(BODY), minhash_of(BODY).hashvalues.tobytes())
    assert article.signature[1] != body_key(text)  # the dateline is not part of the body
    assert list(signature_rows(article)) == [("a1", *article.signature)]
