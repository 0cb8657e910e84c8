"""Bookkeeping for the hand-annotated event gold set 5 (no extraction).
Holds the rows typed by hand after reading texts/<id>.txt, turns a hand-copied context snippet (which must occur
once in the text and contain the trigger) into the trigger's 1-based occurrence number (every substring hit counts,
overlapping ones too), fills dct from ids.txt (TIME -> UTC date) and writes events_gold.tsv with the `# ` header.
Run: python3 tests/data/heldout/events5/addrows.py"""
import datetime, email.utils, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
HEADER = ("article_id dct trigger_surface occurrence event_type sub_event_type actor1 actor2 location location_country "
          "event_date time_precision fatalities fatalities_qualifier source reported_as note").split()

COMMENTS = """\
# Hand-annotated ACLED-style EVENT gold set 5 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. (a) 10 articles from /work/main/corpus (not seed/: the founding article is excluded) whose text contains "درنة" (matched as a word, not inside أدرنة) and whose id is not in /work/notes/used_ids.txt: random.Random(2666).sample over the candidates sorted by id; (b) 10 from /work/shared/datasets/ant_multisource/articles.jsonl.gz: random.Random(2667).shuffle of line indices, cat in {internationalNews, middleEast}, 120-800 words, no "درنة", id not in /work/notes/used_ids.txt, >=3 src (got, by id prefix, AL 2, BB 2, CN 2, FR 2, SK 2).
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv): 1 row removed (folded), 1 location spelling changed; every difference and its reason in second/ADJUDICATION.md.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests, legal actions and trials, commentary, prison conditions. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in README). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country>)" for civilian victims and for arrested civilians; in Derna the article's label ("Al Qaeda" when the article names al-Qaeda as the enemy), generic "terrorist groups" -> "Unidentified Islamist militants". Protest rows: actor1 protesters, actor2 the force. Statement location empty when the text does not say where it was made. location: most specific English name; sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

LNA, AQ = "Libyan National Army", "Al Qaeda"
# (article_id, context snippet copied from the text, trigger_surface, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # --- set a (Derna corpus)
    ("SK-middleEast-2652-20180629", "من الخميس، حرر الجيش الليبي منطقة البلاد", "حرر", "Battles", "Government regains territory",
     LNA, AQ, "Al Bilad, Derna", "LY", "2018-06-28", "1", "", "", "Sky News Arabia sources", "reported",
     "al-Bilad in central Derna liberated on Thursday, the whole city under LNA control; the clearing of the old mosque folded; enemy = groups linked to al-Qaeda"),
    ("SK-middleEast-2652-20180629", "أعلن الجيش عن مقتل زعيم القاعدة", "مقتل زعيم القاعدة", "Battles", "Armed clash",
     LNA, AQ, "Derna", "LY", "2018-06-29", "3", "1", "exact", "Libyan National Army", "claimed",
     "background: al-Qaeda's Derna leader Atiya al-Shaeri killed in clashes during the recent operations (army announcement, day not stated)"),
    ("SK-middleEast-3788-20181009", "عند إلقاء القبض عليه في حي المغار", "إلقاء القبض", "Strategic developments", "Arrests",
     LNA, "Al Mourabitoun", "Al Maghar, Derna", "LY", "2018-10-08", "1", "", "", "Sky News Arabia", "reported",
     "Hisham Ashmawi arrested Monday in al-Maghar; the arresting force is not named in this text (LNA, as in the sister articles); the article names al-Mourabitoun, founded by Ashmawi and Zaghbiya; Bahaa Ali and Marei Zaghbiya named alongside; the rest is Zaghbiya's biography (2001-2014), not coded"),
    ("SK-middleEast-3779-20181008", "إن القبض على عشماوي يأتي", "القبض على عشماوي", "Strategic developments", "Arrests",
     LNA, "Al Mourabitoun", "Al Maghar, Derna", "LY", "2018-10-08", "1", "", "", "Ahmed al-Mismari (LNA spokesman)", "reported",
     "dawn Monday raid on a headquarters in al-Maghar: Ashmawi, Bahaa Ali and Marei Zaghbiya captured; the wife and children of Mohamed Rifai Srour arrested in the same operation (folded); Ashmawi formed the al-Mourabitoun battalion"),
    ("SK-middleEast-2669-20180629", "غداة تحرير مدينة درنة من قبضة تنظيم القاعدة", "تحرير مدينة درنة", "Battles", "Government regains territory",
     LNA, AQ, "Derna", "LY", "2018-06-28", "1", "", "", "Sky News Arabia", "reported",
     "full liberation of Derna announced by Haftar on Thursday evening (the victory announcement is folded, not a Statement row: the article's news is life returning)"),
    ("SK-middleEast-2669-20180629", "أعلن الجيش عن مقتل زعيم القاعدة", "مقتل زعيم القاعدة", "Battles", "Armed clash",
     LNA, AQ, "Derna", "LY", "2018-06-29", "3", "1", "exact", "Libyan National Army", "claimed",
     "background: al-Qaeda's Derna leader Atiya al-Shaeri killed in clashes during the recent operations (army announcement, day not stated)"),
    ("SK-middleEast-1113-20180418", "في انفجار سيارة مفخخة أثناء مرور موكب", "انفجار سيارة مفخخة", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "Unidentified armed group", LNA, "Sidi Khalifa, Benghazi", "LY", "2018-04-18", "1", "1", "exact", "Sky News Arabia; source in the Chief of Staff's office", "reported",
     "car bomb as the convoy of Chief of Staff Abdulrazek al-Nadhuri passed, Wednesday; 1 killed, 3 wounded, al-Nadhuri unhurt"),
    ("SK-middleEast-1780-20180517", "ستتحرر بفضل معارك الجيش الليبي ضد المتطرفين", "معارك الجيش الليبي", "Battles", "Armed clash",
     LNA, "Unidentified Islamist militants", "Derna", "LY", "2018-05-17", "2", "", "", "Sky News Arabia", "reported",
     "opinion piece on the ongoing battle of Derna (successive advances, operation launched by Haftar after his return, folded); the mufti al-Ghariani's call to fight the army is commentary, not coded"),
    ("SK-middleEast-2656-20180629", "وحرر الجيش الوطني الليبي بقيادة", "حرر", "Battles", "Government regains territory",
     LNA, AQ, "Al Bilad, Derna", "LY", "2018-06-28", "1", "", "", "Sky News Arabia sources", "reported",
     "al-Bilad in central Derna liberated on Thursday, the whole city under LNA control; Gargash's tweet (the article's news) is diplomatic, not coded"),
    ("SK-middleEast-2656-20180629", "أعلن الجيش عن مقتل زعيم القاعدة", "مقتل زعيم القاعدة", "Battles", "Armed clash",
     LNA, AQ, "Derna", "LY", "2018-06-29", "3", "1", "exact", "Libyan National Army", "claimed",
     "background: al-Qaeda's Derna leader Atiya al-Shaeri killed in clashes during the recent operations (army announcement, day not stated)"),
    ("SK-middleEast-2075-20180601", "إن الجيش سيطر على منطقة الفتايح", "سيطر على منطقة الفتايح", "Battles", "Government regains territory",
     LNA, "Mujahideen Shura Council of Derna", "Al Fatayeh, Derna", "LY", "2018-06-01", "2", "100", "at_least", "Abdul Karim Sabra (LNA spokesman)", "reported",
     "most western entrances of Derna, the al-Fatayeh industrial area and hills overlooking Bab Tobruk taken; 'more than a hundred' of the Shura Council (Derna Protection Force) killed and a hundred surrendered (spokesman's figures); day not stated"),
    ("SK-middleEast-927-20180411", "أن تعزيزات عسكرية كبيرة وصلت", "تعزيزات عسكرية كبيرة وصلت", "Strategic developments", "Other",
     LNA, "", "Derna", "LY", "2018-04-11", "2", "", "", "Sky News Arabia sources", "reported",
     "large LNA reinforcements reached the outskirts of Derna to liberate it from al-Qaeda (reported Wednesday); Haftar's inspection of the Omar al-Mukhtar operations room and field preparations folded"),
    ("SK-middleEast-927-20180411", "في بيان رسمي الثلاثاء", "بيان رسمي", "Statement", "",
     LNA, "", "", "LY", "2018-04-10", "1", "", "", "Khalifa Haftar (official statement)", "reported",
     "Haftar's official statement on Tuesday: the peaceful solution took too long, 'we will move to liberate' Derna (military warning / operation announcement, part of the article's news)"),
    ("CN-middleEast-1450-20181009", "نبأ القبض على \"الإرهابي المصري هشام عشماوي\"", "القبض على", "Strategic developments", "Arrests",
     LNA, "Al Mourabitoun", "Al Maghar, Derna", "LY", "2018-10-08", "1", "", "", "Ahmed al-Mismari (LNA spokesman); LNA General Command", "reported",
     "Ashmawi arrested at 4 a.m. Monday 8 October in al-Maghar with Ali Bahaa Ali and Marei Zaghbiya; the article names al-Mourabitoun, founded by Ashmawi; the CNN related snippets on Khashoggi's disappearance and the 2014 Farafra killing (2017 verdict) are not coded"),
    # --- set b (multisource)
    ("CN-internationalNews-163-20180321", "أطلق سراح مجموعة من الفتيات", "أطلق سراح", "Strategic developments", "Agreement",
     "Boko Haram", "Civilians (Nigeria)", "Dapchi", "NG", "2018-03-21", "1", "", "", "Garba Shehu (Nigerian presidency)", "reported",
     "release of a group of the abducted Dapchi schoolgirls on Wednesday (about 50 seen by a father; dropped about 20 km from Dapchi); ACLED codes releases of captives under Agreement"),
    ("CN-internationalNews-163-20180321", "حيث اختطف التنظيم 110 فتيات", "اختطف التنظيم", "Violence against civilians", "Abduction/forced disappearance",
     "Boko Haram", "Civilians (Nigeria)", "Dapchi", "NG", "2018-02-19", "1", "", "", "CNN", "reported",
     "background: 110 girls abducted in an attack on the science and technical college, 19 February; the 2014 Chibok abduction is older than 12 months, not coded"),
    ("CN-middleEast-435-20180331", "اعترضت صاروخا باليستيا جرى إطلاقه", "صاروخا باليستيا", "Explosions/Remote violence", "Shelling/artillery/missile attack",
     "Houthis", "Civilians (Saudi Arabia)", "Najran", "SA", "2018-03-31", "1", "", "", "Turki al-Maliki (coalition spokesman)", "reported",
     "ballistic missile fired from Yemen at Najran on Saturday 10:16, intercepted; shrapnel lightly injured one resident; the coalition attributes it to the Houthi militia"),
    ("CN-middleEast-435-20180331", "السعودية تعترض 7 صواريخ باليستية", "7 صواريخ باليستية", "Explosions/Remote violence", "Shelling/artillery/missile attack",
     "Houthis", "Civilians (Saudi Arabia)", "Riyadh", "SA", "2018-03-31", "3", "", "", "CNN", "reported",
     "background: related-news headline, 7 ballistic missiles from Yemen intercepted, 3 Egyptians killed and injured in Riyadh (split not stated, so fatalities empty); undated in the text"),
    ("SK-middleEast-2574-20180624", "تمنع دخول سفينتين لإفراغ شحنتيهما", "تمنع دخول سفينتين", "Strategic developments", "Other",
     "Houthis", "", "Hodeidah Port, Al Hudaydah", "YE", "2018-06-24", "2", "", "", "Arab Coalition", "claimed",
     "coalition announced Sunday that the Houthis have been blocking two fuel ships (Great K, MT Rhona) from entering Hodeidah port for more than two months (ongoing)"),
    ("SK-middleEast-2574-20180624", "حيث دحرت الميليشيات من مواقع عدة على رأسها المطار", "دحرت", "Battles", "Government regains territory",
     "Yemeni Resistance", "Houthis", "Hodeidah Airport, Al Hudaydah", "YE", "2018-06-24", "2", "", "", "Sky News Arabia", "reported",
     "background: joint Yemeni forces backed by the coalition drove the Houthis from several positions, the airport first, now on the city's outskirts (undated); coalition air strikes on Houthi vehicles around Hodeidah folded; the Houthis' recent street closures, trenches and barriers in the city (local sources) are their side of the same battle, folded (adjudicated: a separate Strategic developments/Other row in the first version)"),
    ("BB-middleEast-941-20180824", "ويأتي القبض على مرزوق", "القبض على مرزوق", "Strategic developments", "Arrests",
     "Police Forces of Egypt", "Civilians (Egypt)", "", "EG", "2018-08-24", "2", "", "", "BBC Arabic; lawyer Khaled Ali", "reported",
     "opposition politician Masoum Marzouk (who had called for a referendum on the regime) and six other opposition figures arrested and held 15 days by the State Security Prosecution; day of arrest and place not stated; the conditional call to rally in Tahrir on 31 August is not coded"),
    ("SK-internationalNews-450-20180319", "جرح شخصان في انفجار غامض", "انفجار غامض", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "Unidentified armed group", "Civilians (United States)", "Austin", "US", "2018-03-18", "1", "", "", "Austin police", "reported",
     "Sunday night (local) explosion at a house in Austin, two men in their twenties badly injured; possibly tripwire-triggered; linked by police to the earlier parcel bombs"),
    ("SK-internationalNews-450-20180319", "أدى انفجارها في الثاني من مارس", "انفجارها", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "Unidentified armed group", "Civilians (United States)", "Austin", "US", "2018-03-02", "1", "1", "exact", "Austin police", "reported",
     "background: parcel bomb on 2 March killed a 39-year-old man"),
    ("SK-internationalNews-450-20180319", "وطردين مفخخين في 12 مارس", "طردين مفخخين", "Explosions/Remote violence", "Remote explosive/landmine/IED",
     "Unidentified armed group", "Civilians (United States)", "Austin", "US", "2018-03-12", "1", "1", "exact", "Austin police", "reported",
     "background: two parcel bombs on 12 March, one killed a 17-year-old (a Latina woman badly injured, presumably by the other); the text gives no separate places, so one row"),
    ("FR-internationalNews-1846-20180616", "ويخوض الحوثيون معارك في مواجهة القوات الموالية", "معارك", "Battles", "Armed clash",
     "Yemeni Resistance", "Houthis", "Al Hudaydah", "YE", "2018-06-16", "2", "", "", "France 24 (AFP)", "reported",
     "ongoing fighting between the Houthis and coalition-backed pro-government forces at the southern entrance of Hodeidah; the offensive began Wednesday 13 June (folded); Griffiths' visit to Sanaa is diplomatic, not coded"),
    ("BB-middleEast-1111-20181016", "ويعتقد المسؤولون الأتراك أن خاشقجي قتل", "قتل", "Violence against civilians", "Attack",
     "Government of Saudi Arabia", "Civilians (Saudi Arabia)", "Saudi Consulate, Istanbul", "TR", "2018-10-02", "2", "1", "exact", "Turkish officials", "claimed",
     "Turkish officials believe Khashoggi was killed by a Saudi intelligence group (15 Saudis) after entering the consulate on 2 October (the text once says 'in Riyadh', an error: Istanbul elsewhere); Riyadh denies; US media say Saudi Arabia will admit he died under interrogation; the consulate search, Pompeo's visit and the threats are not coded"),
]


def dct_of():
    out = {}
    for line in open(os.path.join(HERE, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, time = line.split("\t")
        out[aid] = email.utils.parsedate_to_datetime(time).astimezone(datetime.timezone.utc).date().isoformat()
    return out


def occurrence(text, snippet, trigger):
    spots = [m.start() for m in re.finditer("(?=%s)" % re.escape(snippet), text)]
    assert len(spots) == 1, (snippet, len(spots))
    off = snippet.index(trigger)
    pos = spots[0] + off
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(pos) + 1


def main():
    dct = dct_of()
    out = [COMMENTS.rstrip("\n"), "\t".join(HEADER)]
    for r in ROWS:
        aid, snip, trig = r[0], r[1], r[2]
        text = open(os.path.join(HERE, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, snip, trig)
        row = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(row) == 17 and all("\t" not in x and "\n" not in x for x in row), row
        out.append("\t".join(row))
    open(os.path.join(HERE, "events_gold.tsv"), "w", encoding="utf-8").write("\n".join(out) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
