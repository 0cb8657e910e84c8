"""Bookkeeping for annotator B's blind second annotation of events6 (no extraction).
Holds the rows B typed by hand after reading the texts; turns a hand-copied context snippet (which contains the
trigger and occurs once in the text) into the trigger's occurrence number; fills dct from ../ids.txt (TIME -> UTC
date); writes events_b.tsv. Run: python3 tests/data/heldout/events6/second/make_b.py"""
import email.utils, datetime, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]
HEADER = [
    "# Blind second annotation of event gold set 6 (ACLED style, Arabic news), 20 articles. Annotator: helper session (annotator B), 2026-11-26 (UTC).",
    "# Hand annotation by reading ../texts/<id>.txt (title + \"\\n\" + text); no extractor or project code was opened or run, no other worktree was looked at; A's rows were not seen.",
    "# Conventions, columns, ACLED types, folding, scope, actor naming, reported_as, occurrence counting and date rules as in ../../events5/README.md and the # lines of ../../events5/events_gold.tsv.",
    "# Written by make_b.py (typed rows; occurrence from a hand-copied context snippet; dct from ../ids.txt). Decisions and articles without events: NOTES_B.md.",
]

# (article_id, trigger, context snippet containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # CN-560: "this day in history" list + related-news snippets
    ("CN-internationalNews-560-20180901", "تظاهرات معادية للمهاجرين", "كيمنتس، شرق البلاد تظاهرات معادية للمهاجرين",
     "Protests", "Peaceful protest", "Protesters (Germany)", "", "Chemnitz", "DE", "2018-09-01", "2", "", "",
     "CNN", "reported",
     "background (related-news snippet): anti-migrant demonstrations under way in Chemnitz when German police announced (Thursday) that a Syrian man was badly beaten in northern Germany; ongoing, no day -> DCT precision 2; the beating not coded (no perpetrator or motive stated)"),
    # SK-1499: Yemen west coast
    ("SK-middleEast-1499-20180508", "السيطرة على مفرق البرح", "استكملت \"السيطرة على مفرق البرح",
     "Battles", "Government regains territory", "Giants Brigades", "Houthis", "Al Barh Junction, Taiz", "YE",
     "2018-05-08", "2", "", "", "Yemeni field sources (Sky News Arabia)", "reported",
     "Giants Brigades (Yemeni Resistance, UAE-backed) completed control of al-Barh junction west of Taiz and cut Houthi supply routes; the advance towards al-Barh town and the main roads and the reported Houthi collapse/flight folded; day not stated -> DCT precision 2"),
    ("SK-middleEast-1499-20180508", "غارات شنتها طائرات التحالف", "وأسفرت غارات شنتها طائرات التحالف، الثلاثاء",
     "Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", "Houthis", "Hodeidah", "YE",
     "2018-05-08", "1", "", "", "Sky News Arabia", "reported",
     "coalition air strikes on Tuesday on Houthi positions in Hodeidah governorate; 'dozens killed' (vague -> empty)"),
    ("SK-middleEast-1499-20180508", "سيطرت", "أن المقاومة سيطرت، في 4 مايو الجاري",
     "Battles", "Government regains territory", "Yemeni Resistance", "Houthis", "Al Barh Junction, Taiz", "YE",
     "2018-05-04", "1", "", "", "Sky News Arabia (field map)", "reported",
     "background: on 4 May the resistance took strategic mountains overlooking al-Barh junction (a differently dated step of the same advance)"),
    ("SK-middleEast-1499-20180508", "سيطرت", "وفي 6 مايو، سيطرت قوات",
     "Battles", "Government regains territory", "Giants Brigades", "Houthis", "Mokha Junction, Taiz", "YE",
     "2018-05-06", "1", "", "", "Sky News Arabia", "reported",
     "background: on 6 May the Giants Brigades (UAE support) took the Mokha junction west of Taiz, cleared Houthi pockets and a mountain range with snipers; the paragraph crediting Tareq Saleh's National Resistance and the Tihama/Southern resistance with the same junction folded"),
    # SK-3144: coalition strikes, Houthi shelling of Hays
    ("SK-middleEast-3144-20180728", "الغارات استهدفت", "أن الغارات استهدفت مواقع المتمردين في منطقة المنقم",
     "Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", "Houthis", "Al Manqam, Al Durayhimi", "YE",
     "2018-07-28", "2", "", "", "Yemeni field sources (Sky News Arabia)", "reported",
     "coalition strikes on Houthi positions in al-Manqam, al-Durayhimi district south of Hodeidah; the lede's 'a number of Houthi dead and wounded' in Hodeidah governorate (vague -> empty); day not stated -> DCT precision 2"),
    ("SK-middleEast-3144-20180728", "استهدفت الغارات", "كما استهدفت الغارات تجمعات للميليشيات",
     "Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", "Houthis", "Commercial District, Hodeidah", "YE",
     "2018-07-28", "2", "", "", "Yemeni field sources (Sky News Arabia)", "reported",
     "strikes on Houthi gatherings on the coastal line in Hodeidah city's commercial district"),
    ("SK-middleEast-3144-20180728", "طالت", "وطالت أيضا تحصينات للمتمردين في زبيد",
     "Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", "Houthis", "Zabid", "YE",
     "2018-07-28", "2", "", "", "Yemeni field sources (Sky News Arabia)", "reported",
     "strikes on Houthi fortifications in Zabid (Hodeidah governorate)"),
    ("SK-middleEast-3144-20180728", "قصف الطائرات", "قيما قصف الطائرات مواقع للمتمردين في قاعدة الديلمي",
     "Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", "Houthis", "Al Dulaimi Air Base, Sanaa", "YE",
     "2018-07-28", "2", "", "", "Sky News Arabia", "reported",
     "strikes on Houthi positions in al-Dulaimi military air base north of Sanaa (the title's air base near Sanaa)"),
    ("SK-middleEast-3144-20180728", "5 غارات", "كما شنت طائرات التحالف 5 غارات في جبل برد",
     "Explosions/Remote violence", "Air/drone strike", "Saudi-led Coalition", "Houthis", "Jabal Bard, Kusmah", "YE",
     "2018-07-28", "2", "", "", "Sky News Arabia", "reported",
     "five strikes on Jabal Bard, Kusmah district, Raymah governorate; the 'scattered targets in Saada, al-Jawf, Hajjah and Amran' are not coded (no place)"),
    ("SK-middleEast-3144-20180728", "قصف مدفعي", "في قصف مدفعي لميليشيات الحوثي",
     "Explosions/Remote violence", "Shelling/artillery/missile attack", "Houthis", "Civilians (Yemen)", "Hays", "YE",
     "2018-07-28", "2", "1", "exact", "Sky News Arabia; Yemeni field sources", "reported",
     "Houthi artillery on Hays town (south Hodeidah governorate): one civilian killed, others incl. a woman injured; the intensified shelling from al-Jarrahi and Jabal Ras folded"),
    # CN-1392: UN exchanges + related-news snippets
    ("CN-middleEast-1392-20180930", "استهداف مطار دبي الدولي", "حول استهداف مطار دبي الدولي",
     "Explosions/Remote violence", "Air/drone strike", "Houthis", "", "Dubai International Airport, Dubai", "AE",
     "2018-09-30", "2", "", "", "UAE General Civil Aviation Authority", "denied",
     "background (related-news snippet): Houthi-affiliated media's report that Dubai airport was targeted, denied on Sunday by the UAE civil aviation authority; the weapon is not stated (Air/drone strike chosen; Shelling/artillery/missile attack possible); day of the alleged attack not stated -> DCT precision 2"),
    # BB-382: Douma / OPCW / Qalamoun
    ("BB-middleEast-382-20180421", "هجمات جوية كيماوية", "الحكومة السورية شنت هجمات جوية كيماوية",
     "Explosions/Remote violence", "Chemical weapon", "Military Forces of Syria", "Civilians (Syria)", "Douma", "SY",
     "2018-04-07", "1", "40", "at_least", "Western governments", "claimed",
     "background: Western states say the government carried out chemical air attacks on Douma on 7 April; the Syrian government and Russia deny; 'more than 40 said to have died' (next paragraph)"),
    ("BB-middleEast-382-20180421", "ضربات جوية", "قد شنت ضربات جوية ضد مواقع تابعة لنظام الأسد",
     "Explosions/Remote violence", "Air/drone strike", "Military Forces of the United States", "Military Forces of Syria", "", "SY",
     "2018-04-14", "2", "", "", "BBC Arabic", "reported",
     "background: US, UK and French strikes on Assad government sites 'last week' in response to the chemical attacks (joint; actor1 stands for the three); 'last week' -> DCT-7, precision 2; no place named"),
    ("BB-middleEast-382-20180421", "لإطلاق النار", "التابع للأمم المتحدة لإطلاق النار",
     "Violence against civilians", "Attack", "Unidentified armed group", "United Nations", "Douma", "SY",
     "2018-04-17", "1", "", "", "BBC Arabic", "reported",
     "the UN risk-assessment (security) team came under fire on Tuesday while inspecting the sites in Douma; no casualties stated; the postponement of the OPCW visit folded"),
    ("BB-middleEast-382-20180421", "خروج مسلحين معارضين", "خروج مسلحين معارضين من منطقة شرق القلمون",
     "Strategic developments", "Non-violent transfer of territory", "Military Forces of Syria", "Syrian rebels", "Al Ruhaybah, East Qalamoun", "SY",
     "2018-04-21", "2", "", "", "Syrian state media (SANA)", "reported",
     "rebels and families leave East Qalamoun (buses from al-Ruhaybah) under an earlier agreement with Russia, handing positions to the government; ~3200 expected to leave; Agreement is the alternative sub-type; day not stated -> DCT precision 2"),
    # SK-1593: protests during Erdogan's London visit
    ("SK-internationalNews-1593-20180516", "احتجاجات", "وقعت خلاله احتجاجات من قبل مدافعين عن حقوق الإنسان",
     "Protests", "Peaceful protest", "Protesters (United Kingdom)", "", "London", "GB",
     "2018-05-16", "2", "", "", "Reuters", "reported",
     "human-rights campaigners protested during the May-Erdogan meeting in London; meeting day not stated -> DCT precision 2"),
    # SK-901: Trump's warning on a Syria strike
    ("SK-internationalNews-901-20180412", "تغريدة", "في تغريدة نشرها على حسابه الرسمي",
     "Statement", "", "Government of the United States", "", "", "US",
     "2018-04-12", "1", "", "", "Donald Trump (Twitter)", "reported",
     "Trump's Thursday tweet that an attack on Syria 'could be very soon or not so soon' (military warning; the article's news); his Wednesday announcement of an imminent strike with 'new and smart missiles' folded; France's and Britain's pending decisions not coded"),
    ("SK-internationalNews-901-20180412", "الهجوم الكيماوي المزعوم", "الهجوم الكيماوي المزعوم في بلدة دوما",
     "Explosions/Remote violence", "Chemical weapon", "Military Forces of Syria", "Civilians (Syria)", "Douma", "SY",
     "2018-04-12", "3", "", "", "Syrian activists", "claimed",
     "background: the alleged chemical attack in Douma (killed and injured 'dozens' per Syrian activists: vague -> empty); perpetrator implied (the strike is 'against Syria' in response); no date in the text -> DCT precision 3"),
]


def dcts():
    out = {}
    for line in open(os.path.join(ROOT, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _set, _where, time = line.split("\t")
        dt = email.utils.parsedate_to_datetime(time).astimezone(datetime.timezone.utc)
        out[aid] = dt.date().isoformat()
    return out


def occurrence(text, trigger, snippet):
    assert trigger in snippet, (trigger, snippet)
    assert text.count(snippet) == 1, ("snippet not unique", snippet, text.count(snippet))
    pos = text.find(snippet) + snippet.find(trigger)
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(pos) + 1


def main():
    d = dcts()
    out = list(HEADER) + ["\t".join(COLS)]
    for r in ROWS:
        aid, trig, snip = r[0], r[1], r[2]
        text = open(os.path.join(ROOT, "texts", aid + ".txt"), encoding="utf-8").read()
        row = [aid, d[aid], trig, str(occurrence(text, trig, snip))] + list(r[3:])
        assert len(row) == 17, row
        assert all("\t" not in f and "\n" not in f for f in row)
        out.append("\t".join(row))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
