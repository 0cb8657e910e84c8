"""Annotator B (blind second annotation of events5): writes events_b.tsv from the rows typed below.
Bookkeeping only, no extraction: each row carries a hand-copied context snippet that contains the trigger; the
trigger's occurrence number is the index (1-based, every substring hit counted) of the trigger inside the snippet's
unique position in title+"\n"+text. dct comes from ids.txt (TIME -> UTC date).
Run: python3 tests/data/heldout/events5/second/make_b.py"""
import email.utils, datetime, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
LNA = "Libyan National Army"

# (article_id, trigger, snippet, event_type, sub_event_type, actor1, actor2, location, country, event_date,
#  precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    ("SK-middleEast-2652-20180629", "حرر الجيش الليبي", "حرر الجيش الليبي منطقة البلاد",
     "Battles", "Government regains territory", LNA, "Al Qaeda", "Al Bilad, Derna", "LY", "2018-06-28", "1", "", "",
     "Sky News Arabia sources", "reported",
     "Thursday: al-Bilad district liberated, the whole city under LNA control; the clearing of the old mosque folded"),
    ("SK-middleEast-2652-20180629", "مقتل زعيم القاعدة", "أعلن الجيش عن مقتل زعيم القاعدة",
     "Battles", "Armed clash", LNA, "Al Qaeda", "Derna", "LY", "2018-06-29", "3", "1", "exact",
     LNA, "claimed",
     "al-Qaeda's Derna leader Atiya al-Shaeri killed in clashes, announced by the army; 'during the recent operations', day not stated -> DCT precision 3"),
    ("SK-middleEast-3788-20181009", "إلقاء القبض عليه", "عند إلقاء القبض عليه في حي المغار",
     "Strategic developments", "Arrests", LNA, "Al Mourabitoun", "Al Maghar, Derna", "LY", "2018-10-08", "1", "", "",
     "Sky News Arabia", "reported",
     "Hisham Ashmawi arrested Monday in al-Maghar with Bahaa Ali and Marei Zaghbiya; the arresting force is not named in this article (passive), LNA from context; the rest is Zaghbiya's biography (2001-2014, older than 12 months)"),
    ("SK-middleEast-3779-20181008", "سقط هشام عشماوي", "وسقط هشام عشماوي أحد",
     "Strategic developments", "Arrests", LNA, "Al Mourabitoun", "Al Maghar, Derna", "LY", "2018-10-08", "1", "", "",
     "Ahmed al-Mismari (LNA spokesman)", "reported",
     "dawn Monday raid on an HQ in al-Maghar: Ashmawi (suicide belt) and two companions arrested; the wife and children of Mohammed Rifai Surur arrested in the same operation (folded); the October 2017 desert attack on police (16 killed) attributed to him dates from more than 12 months before the DCT (first of the month), not coded"),
    ("SK-middleEast-2669-20180629", "تحرير مدينة درنة", "غداة تحرير مدينة درنة من قبضة",
     "Battles", "Government regains territory", LNA, "Al Qaeda", "Derna", "LY", "2018-06-28", "1", "", "",
     "Sky News Arabia; Khalifa Haftar", "reported",
     "Derna fully liberated; Haftar's televised announcement Thursday evening folded (the article's news is the return of normal life, so no Statement row); residents' return not coded"),
    ("SK-middleEast-2669-20180629", "مقتل زعيم القاعدة", "أعلن الجيش عن مقتل زعيم القاعدة",
     "Battles", "Armed clash", LNA, "Al Qaeda", "Derna", "LY", "2018-06-29", "3", "1", "exact",
     LNA, "claimed",
     "al-Qaeda's Derna leader Atiya al-Shaeri killed in clashes, announced by the army; day not stated -> DCT precision 3"),
    ("SK-middleEast-1113-20180418", "انفجار سيارة مفخخة", "في انفجار سيارة مفخخة أثناء مرور",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", LNA,
     "Sidi Khalifa, Benghazi", "LY", "2018-04-18", "1", "1", "exact",
     "Sky News Arabia; office of the Chief of Staff", "reported",
     "car bomb as the convoy of LNA Chief of Staff Abdulrazzaq al-Nadhouri passed; he was unhurt; 1 killed, 3 wounded"),
    ("SK-middleEast-1780-20180517", "معارك الجيش الليبي ضد المتطرفين", "بفضل معارك الجيش الليبي ضد المتطرفين",
     "Battles", "Armed clash", LNA, "Unidentified Islamist militants", "Derna", "LY", "2018-05-17", "2", "", "",
     "Sky News Arabia", "reported",
     "background (commentary piece): the ongoing Derna battle and its 'successive advances', no place or day; Haftar's launch of the battle and al-Gharyani's call to confront the army not coded"),
    ("SK-middleEast-2656-20180629", "حرر الجيش الوطني الليبي", "وحرر الجيش الوطني الليبي بقيادة",
     "Battles", "Government regains territory", LNA, "Al Qaeda", "Al Bilad, Derna", "LY", "2018-06-28", "1", "", "",
     "Sky News Arabia sources", "reported",
     "Thursday: al-Bilad liberated, the whole city under LNA control; Gargash's tweet (the headline) is diplomatic commentary, not coded"),
    ("SK-middleEast-2656-20180629", "مقتل زعيم القاعدة", "أعلن الجيش عن مقتل زعيم القاعدة",
     "Battles", "Armed clash", LNA, "Al Qaeda", "Derna", "LY", "2018-06-29", "3", "1", "exact",
     LNA, "claimed",
     "al-Qaeda's Derna leader Atiya al-Shaeri killed in clashes, announced by the army; day not stated -> DCT precision 3"),
    ("SK-middleEast-2075-20180601", "تمكن من السيطرة", "أنه تمكن من السيطرة على معظم مداخل",
     "Battles", "Government regains territory", LNA, "Mujahideen Shura Council of Derna", "Al Fatayeh, Derna", "LY",
     "2018-06-01", "2", "100", "at_least",
     "Abdulkarim Sabra (LNA spokesman)", "claimed",
     "most western entrances of Derna, the Fatayeh industrial area and hills over Bab Tobruk taken; 'more than a hundred' of the DMSC / Derna Protection Force killed, another hundred surrendered (folded); day not stated -> DCT precision 2"),
    ("SK-middleEast-927-20180411", "تعزيزات عسكرية كبيرة وصلت", "أن تعزيزات عسكرية كبيرة وصلت",
     "Strategic developments", "Other", LNA, "", "Derna", "LY", "2018-04-11", "1", "", "",
     "Sky News Arabia sources", "reported",
     "large reinforcements arrived at the outskirts of Derna to liberate it from al-Qaeda (build-up before the offensive); Haftar's inspection of the Omar al-Mukhtar operations room folded"),
    ("SK-middleEast-927-20180411", "بيان رسمي الثلاثاء", "المشير خليفة حفتر في بيان رسمي الثلاثاء",
     "Statement", "", LNA, "", "", "LY", "2018-04-10", "1", "", "",
     "Khalifa Haftar (official statement)", "reported",
     "Tuesday: Haftar's official statement that the army 'will move to liberate' Derna (announcement of the coming operation); borderline: the headline news is the reinforcements"),
    ("CN-middleEast-1450-20181009", "نبأ القبض على", "نبأ القبض على \"الإرهابي المصري",
     "Strategic developments", "Arrests", LNA, "Al Mourabitoun", "Al Maghar, Derna", "LY", "2018-10-08", "1", "", "",
     "Ahmed al-Mismari; LNA General Command", "claimed",
     "Hisham Ashmawi arrested at 4 a.m. Monday 8 October in al-Maghar with Bahaa Ali and Marei Zaghbiya (folded), as announced by the LNA; the 2017 death sentence and the Farafra attack, and the Khashoggi related-news snippets (disappearance, statements) not coded"),
    ("CN-internationalNews-163-20180321", "أطلق سراح", "أطلق سراح مجموعة من الفتيات",
     "Strategic developments", "Other", "Boko Haram", "Civilians (Nigeria)", "Dapchi", "NG", "2018-03-21", "1", "", "",
     "Garba Shehu (Nigerian presidency)", "reported",
     "Wednesday: Boko Haram released a group of the abducted Dapchi schoolgirls (about 50 seen by a father), dropped about 20 km from Dapchi"),
    ("CN-internationalNews-163-20180321", "هجوم على كلية", "اختطفت في هجوم على كلية للعلوم",
     "Violence against civilians", "Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)", "Dapchi", "NG",
     "2018-02-19", "1", "", "", "CNN; Kachalla Bukar", "reported",
     "background: 110 girls abducted in an attack on the science and technology college on 19 February; the 2014 Chibok abduction is older than 12 months, not coded"),
    ("CN-middleEast-435-20180331", "اعترضت صاروخا باليستيا", "اعترضت صاروخا باليستيا جرى إطلاقه",
     "Strategic developments", "Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthis", "Najran", "SA",
     "2018-03-31", "1", "", "", "Turki al-Maliki (coalition spokesman)", "reported",
     "ballistic missile from Yemen towards Najran intercepted at 10:16 Saturday; shrapnel lightly injured one resident; the spokesman blames the Houthi militia. Intercepted -> Disrupted weapons use (alternative: Explosions/Remote violence, actor1 Houthis)"),
    ("CN-middleEast-435-20180331", "تعترض 7 صواريخ باليستية", "السعودية تعترض 7 صواريخ باليستية",
     "Strategic developments", "Disrupted weapons use", "Military Forces of Saudi Arabia", "Houthis", "Riyadh", "SA",
     "2018-03-31", "3", "", "", "CNN (related-news headline)", "reported",
     "related-news headline: 7 ballistic missiles from Yemen intercepted, 3 Egyptians killed or injured in Riyadh (split not stated -> fatalities empty); date not stated -> DCT precision 3"),
    ("SK-middleEast-2574-20180624", "تمنع دخول سفينتين", "تمنع دخول سفينتين لإفراغ",
     "Strategic developments", "Other", "Houthis", "", "Hodeidah Port, Hodeidah", "YE", "2018-06-24", "2", "", "",
     "Saudi-led coalition", "claimed",
     "the coalition says the Houthis have been blocking two oil tankers (Great K, MT Rhona) from the port for more than two months; ongoing -> DCT precision 2"),
    ("SK-middleEast-2574-20180624", "دحرت الميليشيات", "حيث دحرت الميليشيات من مواقع عدة",
     "Battles", "Government regains territory", "Yemeni Resistance", "Houthis", "Hodeidah Airport, Hodeidah", "YE",
     "2018-06-24", "2", "", "", "Sky News Arabia", "reported",
     "background: the joint Yemeni forces backed by the coalition drove the Houthis from several positions, the airport first, and reached the city's outskirts; coalition air strikes on Houthi vehicles around Hodeidah folded; Houthi street closures, trenches and earth barriers (local sources) not coded"),
    ("BB-middleEast-941-20180824", "القبض على مرزوق", "ويأتي القبض على مرزوق",
     "Strategic developments", "Arrests", "Police Forces of Egypt", "Civilians (Egypt)", "", "EG", "2018-08-24", "2", "", "",
     "BBC; lawyer Khaled Ali", "reported",
     "former ambassador Masoum Marzouk and six opposition figures arrested and detained 15 days by the State Security Prosecution after his referendum initiative; arrest day not stated -> DCT precision 2; no place named; the conditional call to rally in Tahrir on 31 August not coded"),
    ("SK-internationalNews-450-20180319", "انفجار غامض", "جرح شخصان في انفجار غامض",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (United States)",
     "Austin", "US", "2018-03-18", "1", "", "", "Austin police", "reported",
     "Sunday night (20:30 local) bomb at a house in Austin, two men in their twenties seriously injured; the fourth of a series suspected to be hate-motivated"),
    ("SK-internationalNews-450-20180319", "انفجارها", "أدى انفجارها في الثاني من مارس",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (United States)",
     "Austin", "US", "2018-03-02", "1", "1", "exact", "Austin police", "reported",
     "background: parcel bomb on 2 March killed a 39-year-old man"),
    ("SK-internationalNews-450-20180319", "طردين مفخخين", "وطردين مفخخين في 12 مارس",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (United States)",
     "Austin", "US", "2018-03-12", "1", "1", "exact", "Austin police", "reported",
     "background: two parcel bombs on 12 March (one row), one killed a 17-year-old; a Latina woman seriously injured"),
    ("FR-internationalNews-1846-20180616", "ويخوض الحوثيون معارك", "ويخوض الحوثيون معارك في مواجهة",
     "Battles", "Armed clash", "Yemeni Resistance", "Houthis", "Hodeidah", "YE", "2018-06-16", "2", "", "",
     "France 24 / AFP", "reported",
     "ongoing fighting between the coalition-backed pro-government forces and the Houthis at the southern entrance of Hodeidah; the offensive's start on Wednesday 13 June folded; the UN envoy's visit not coded"),
    ("BB-middleEast-1111-20181016", "قتل على يد مجموعة من المخابرات", "خاشقجي قتل على يد مجموعة من المخابرات",
     "Violence against civilians", "Attack", "Government of Saudi Arabia", "Civilians (Saudi Arabia)",
     "Saudi Consulate, Istanbul", "TR", "2018-10-02", "2", "1", "exact", "Turkish officials", "claimed",
     "Khashoggi killed by a Saudi intelligence team (15 Saudis) after entering the consulate on 2 October, per Turkish officials; Riyadh denies; US media say Saudi Arabia will admit a death during interrogation; day of the killing not stated -> precision 2; the consulate search, Pompeo's visit and statements not coded"),
]

HEADER_LINES = [
    "# Blind second annotation of events5 (ACLED-style events, Arabic news), 20 articles. Annotator B (helper session), 2026-11-26 (UTC).",
    "# Blind second annotation: written by reading texts/<id>.txt (title + \"\\n\" + text) only, without seeing annotator A's file; no extractor or project code was opened or run.",
    "# Conventions of events4 (README and header lines): one row per distinct event; folding of sub-actions; aggregates/background notes; ACLED types + Statement; reported_as; occurrence = 1-based index of trigger_surface as an exact substring of title+\"\\n\"+text.",
    "# Written by second/make_b.py from hand-typed rows (occurrence from a hand-copied snippet, dct from ../ids.txt). Hard cases: second/NOTES_B.md.",
]
COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier", "source",
        "reported_as", "note"]


def dcts():
    out = {}
    for line in open(os.path.join(ROOT, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, time = line.split("\t")
        out[aid] = email.utils.parsedate_to_datetime(time).astimezone(datetime.timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, snippet):
    spots = [m.start() for m in re.finditer("(?=%s)" % re.escape(snippet), text)]
    assert len(spots) == 1, (snippet, len(spots))
    at = spots[0] + snippet.index(trigger)
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(at) + 1


def main():
    dct = dcts()
    lines = HEADER_LINES + ["\t".join(COLS)]
    for r in ROWS:
        aid, trig, snip = r[0], r[1], r[2]
        text = open(os.path.join(ROOT, "texts", aid + ".txt"), encoding="utf-8").read()
        row = [aid, dct[aid], trig, str(occurrence(text, trig, snip))] + list(r[3:])
        assert len(row) == 17 and all("\t" not in f and "\n" not in f for f in row), row
        lines.append("\t".join(row))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
