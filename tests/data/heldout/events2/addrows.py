"""Bookkeeping helper for the events2 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction."""
import os
from email.utils import parsedate_to_datetime
from datetime import timezone

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set (Arabic news), 20 articles. Annotator: helper session, 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. (a) 10 articles from /work/main/corpus whose text contains "درنة" and whose id is not in /work/notes/used_ids.txt: random.Random(2616).sample over 65 candidates sorted by id; (b) 10 from /work/shared/datasets/ant_multisource/articles.jsonl.gz: random.Random(2617).shuffle of line indices, cat in {internationalNews, middleEast}, 120-800 words, no "درنة", id not in /work/notes/used_ids.txt, >=3 src (got BBC, CNN, alarabia, france24, skynews).
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes in the same place/day) are folded into the battle row.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions, cabinet changes, ordinary criminal arrests, legal actions, commentary. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in a note). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country>)" for civilian victims; generic "terrorist groups" in Derna -> "Unidentified Islamist militants". location: most specific English name; sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
# Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv): 6 rows folded into their battle rows, 1 location changed; every change and its reason in second/ADJUDICATION.md.
"""
COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]

LNA = "Libyan National Army"
AQ = "Al Qaeda"
MSCD = "Mujahideen Shura Council of Derna"
SD = "Strategic developments"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a
    ("SK-middleEast-3790-20181009", "القبض", "بإلقائها القبض، الاثنين", SD, "Arrests", LNA, "Hisham Ashmawi (Al Mourabitoun)",
     "Derna", "LY", "2018-10-08", "1", "", "", "Sky News Arabia; Ahmed al-Mismari (LNA spokesman)", "reported",
     "Ashmawi captured alive in Derna on Monday; the rest of the article is analyst commentary. Not coded: Wahat road attack (October 2017, first of month is more than 12 months before DCT), Farafra 2014, 2013 assassination attempt, 2012 trial, church attacks 'in the last two years' (vague aggregate)"),
    ("BB-middleEast-644-20180621", "احتجاجات", "شاركت في احتجاجات صغيرة", "Protests", "Peaceful protest",
     "Protesters (Turkey)", "", "", "TR", "2018-06-21", "3", "", "", "Aynur Parkin (dismissed teacher)", "claimed",
     "aggregate: small protests organised by the teachers' union demanding reinstatement; no date or place. Not coded: purge arrests/dismissals since July 2016 (start more than 12 months before DCT), media closures, Erdogan's remarks on lifting the emergency (commentary)"),
    ("SK-middleEast-2556-20180623", "يحاصر", "الجيش الليبي يحاصر آخر جيوب", "Battles", "Armed clash", LNA, AQ,
     "Al-Maghar, Derna", "LY", "2018-06-23", "2", "", "", "Libyan military sources", "reported",
     "ongoing operations against the last Al Qaeda pocket (Al-Maghar district and Al-Hashisha street); siege, advance, clashes and the surrender of some besieged militants folded; Haftar's announcement 'this month' of the second phase is the same ongoing offensive (not a separate row)"),
    ("SK-middleEast-2616-20180626", "العملية العسكرية", "انتهاء العملية العسكرية في درنة", "Battles", "Armed clash", LNA, AQ,
     "Derna", "LY", "2018-06-26", "2", "", "", "Sky News Arabia", "reported",
     "the Derna battle in its 'last hours' (end of operation awaited). Not coded: expected campaigns in the south and west (analyst forecast), undated past battles in Jufra, Oil Crescent, Benghazi"),
    ("SK-middleEast-1724-20180515", "يسيطر", "الجيش الليبي يسيطر على مواقع", "Battles", "Government regains territory", LNA, MSCD,
     "Derna", "LY", "2018-05-15", "2", "", "", "Salem al-Rafadi (Omar al-Mukhtar operations room)", "reported",
     "took Al-Dhahr al-Hamar and Al-Hila completely plus the Bourbiha houses and the quarries (Al-Kassarat); one announcement, one row. Folded (same battle, place and day): the fighting with heavy weapons on the Martuba axis and the three air-force sorties; 'a number of' MSCD fighters killed, others wounded and captured (vague, fatalities empty)"),
    ("SK-middleEast-2139-20180604", "يستعيد", "الجيش الليبي يستعيد ساحل", "Battles", "Government regains territory", LNA, AQ,
     "Eastern Coast, Derna", "LY", "2018-06-04", "1", "", "", "Sky News Arabia", "reported",
     "the eastern coast area of Derna fully retaken on Monday"),
    ("SK-middleEast-2139-20180604", "انتفض", "وانتفض أهالي منطقة", "Riots", "Mob violence", "Rioters (Libya)", MSCD,
     "Bab Tobruk, Derna", "LY", "2018-06-04", "2", "", "", "Sky News Arabia", "reported",
     "residents of Bab Tobruk rose up against MSCD fighters, expelled them and closed the district for the army; arms not stated, so Riots/Mob violence rather than Battles"),
    ("SK-middleEast-2139-20180604", "دخل", "الجيش الليبي دخل أكبر أحياء", "Battles", "Armed clash", LNA, AQ,
     "Derna", "LY", "2018-06-03", "2", "", "", "Ahmed al-Mismari (LNA spokesman)", "claimed",
     "said Sunday evening: army entered Derna's largest district, advancing, besieging Al Qaeda and IS remnants (folded); 'most terrorist leaders eliminated' is vague and folded. Not coded: alleged Al Qaeda-IS-Brotherhood alliance (assertion)"),
    ("SK-middleEast-3815-20181010", "ألقت القبض", "قد ألقت القبض على عشماوي", SD, "Arrests", LNA, "Hisham Ashmawi (Al Mourabitoun)",
     "Derna", "LY", "2018-10-08", "1", "", "", "Sky News Arabia", "reported",
     "arrested Monday in a swift operation in central Derna without a shot; Mismari also says Abu Jaafar al-Libi is held (no date/place, not a separate row). Not coded: Ashmawi's 2011-2013 movements, 2013 assassination attempt, 'killing hundreds of Libyans' (undated claim)"),
    ("SK-middleEast-3815-20181010", "مؤتمر صحفي", "في مؤتمر صحفي، عقده في مدينة بنغازي", "Statement", "", LNA, "Hisham Ashmawi (Al Mourabitoun)",
     "Benghazi", "LY", "2018-10-10", "1", "", "", "Ahmed al-Mismari (LNA spokesman)", "reported",
     "Wednesday press conference: Ashmawi's plots exposed, 'we eradicated this terrorist hotbed from Libya'; the article's news"),
    ("SK-middleEast-953-20180411", "مؤتمر صحفي", "خلال مؤتمر صحفي", "Statement", "", LNA, "",
     "", "LY", "2018-04-11", "1", "", "", "Ahmed al-Mismari (LNA spokesman)", "reported",
     "Wednesday press conference: forces ready on all fronts, call on the wanted in Derna to surrender, army will enter Derna soon; place not stated"),
    ("SK-middleEast-953-20180411", "ستدخل", "القوات الشرعية ستدخل إلى المدينة", "Battles", "Armed clash", LNA, "Unidentified Islamist militants",
     "Derna", "LY", "2018-04-11", "3", "", "", "Ahmed al-Mismari (LNA spokesman)", "planned",
     "announced entry into Derna 'soon'"),
    ("SK-middleEast-953-20180411", "حصار", "أن حصار مدينة درنة", SD, "Other", LNA, "Unidentified Islamist militants",
     "Derna", "LY", "2018-04-11", "2", "", "", "Ahmed al-Mismari (LNA spokesman)", "claimed",
     "ongoing siege of Derna (to stop terrorists and car bombs spreading); mentioned only in Mismari's words"),
    ("SK-middleEast-953-20180411", "تعزيزات", "وصول تعزيزات عسكرية كبيرة", SD, "Other", LNA, "",
     "Derna", "LY", "2018-04-11", "2", "", "", "Sky News Arabia", "reported",
     "large military reinforcements arrived on the outskirts of Derna for the campaign; troop build-up coded as Strategic developments/Other"),
    ("SK-middleEast-2433-20180617", "عثر", "عثر الجيش على", SD, "Disrupted weapons use", LNA, MSCD,
     "Coast, Derna", "LY", "2018-06-17", "2", "", "", "Sky News Arabia", "reported",
     "car-bomb workshop, secret prison and media centre found in a former IS (then Al Qaeda) headquarters on the Derna coast"),
    ("SK-middleEast-2433-20180617", "حرب الشوارع", "حرب الشوارع بالأسلحة", "Battles", "Armed clash", LNA, AQ,
     "Al-Bilad, Derna", "LY", "2018-06-17", "2", "", "", "Sky News Arabia", "reported",
     "street fighting tightening the noose on the last Al Qaeda pockets in central Derna (Al-Bilad); leaders of MSCD and Ansar al-Sharia fled to the old city (folded); the capture of most districts 'within a week' (less than 7 km2 left) is the same advance, folded"),
    ("SK-middleEast-2062-20180531", "هجوما", "الجيش يحبط هجوما", "Battles", "Armed clash", "Benghazi Defense Brigades", LNA,
     "Tamanhint", "LY", "2018-05-31", "1", "", "", "Ali Abdel Jalil (116th Battalion spokesman); military sources", "reported",
     "attack on Tamanhint base with Chadian opposition groups loyal to Timan Erdimi, repelled; LNA aircraft and destruction of two vehicles folded; two soldiers missing, no deaths stated"),
    ("SK-middleEast-2062-20180531", "بسط سيطرته", "من بسط سيطرته على مدينة درنة", "Battles", "Armed clash", LNA, "Unidentified Islamist militants",
     "Derna", "LY", "2018-05-31", "2", "", "", "Sky News Arabia", "reported",
     "background: the army is close to full control of Derna (ongoing battle)"),
    ("SK-middleEast-2062-20180531", "اتفاقهم", "واتفاقهم على اجراء انتخابات", SD, "Agreement", "Libyan political leaders", "",
     "Paris", "FR", "2018-05-29", "1", "", "", "Sky News Arabia", "reported",
     "Paris meeting two days before the attack, under Macron: agreement to hold elections before year end. Not coded: al-Mishri's refusal (commentary)"),
    # ---- set b
    ("SK-middleEast-7-20180223", "تحرير", "تحرير \"وادي المسيني\"", "Battles", "Government regains territory", "Hadrami Elite Forces", "Al Qaeda in the Arabian Peninsula",
     "Wadi al-Masini, Hadramawt", "YE", "2018-02-23", "2", "", "", "WAM (Emirates News Agency)", "reported",
     "Operation al-Faisal (UAE-backed, coalition air cover): valley fully retaken, operations room in a cave taken and the coalition air support destroying AQAP positions folded (same place and days); 'dozens' of AQAP killed (vague). Not coded: new positions and checkpoints"),
    ("SK-middleEast-7-20180223", "العثور", "تم العثور على كمية من الأسلحة", SD, "Disrupted weapons use", "Hadrami Elite Forces", "Al Qaeda in the Arabian Peninsula",
     "Wadi al-Masini, Hadramawt", "YE", "2018-02-23", "2", "", "", "WAM (Emirates News Agency)", "reported",
     "weapons, explosive devices, rockets and mortar shells found while combing the valley"),
    ("CN-internationalNews-155-20180320", "انفجار", "انفجار بمركز لـ", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (United States)",
     "Schertz, Texas", "US", "2018-03-20", "2", "", "", "FBI San Antonio; Schertz police", "reported",
     "explosion at a FedEx centre, one person lightly injured; possibly linked to the Austin bombings"),
    ("CN-internationalNews-155-20180320", "انفجار", "بعد انفجار وقع الأحد", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (United States)",
     "Austin, Texas", "US", "2018-03-18", "1", "", "", "Austin police", "reported",
     "the fourth explosion, on Sunday in Austin; casualties not stated"),
    ("CN-internationalNews-155-20180320", "تودي", "لتودي بحياة شخصين", "Explosions/Remote violence", "Remote explosive/landmine/IED", "Unidentified armed group", "Civilians (United States)",
     "Austin, Texas", "US", "2018-03-01", "3", "2", "exact", "Austin police", "reported",
     "aggregate: the three earlier Austin explosions (all within two weeks of DCT, so March), two killed and two wounded in total"),
    ("BB-middleEast-967-20180905", "وقف إطلاق نار", "التوصل لوقف إطلاق نار", SD, "Agreement", "Unidentified armed group", "Tripoli militias (GNA-aligned)",
     "Tripoli", "LY", "2018-09-05", "2", "", "", "UNSMIL", "reported",
     "UN-brokered ceasefire signed 'today' (day of the UN statement not given) by the warring militias, military officers and the GNA; reopening of Mitiga airport included"),
    ("BB-middleEast-967-20180905", "تتقاتل", "التي تتقاتل في العاصمة", "Battles", "Armed clash", "Unidentified armed group", "Tripoli militias (GNA-aligned)",
     "Tripoli", "LY", "2018-08-27", "3", "47", "at_least", "officials", "reported",
     "aggregate: eight days of fighting since last week (militias from a town south of Tripoli attacked the southern districts); at least 47 killed, 1800 families displaced; date = Monday of last week. Not coded: closure of Mitiga airport, transfer of migrants, 2011"),
    ("BB-middleEast-967-20180905", "اتفاق وقف إطلاق النار", "لم يستمر اتفاق وقف إطلاق النار الذي", SD, "Agreement", "Unidentified armed group", "Tripoli militias (GNA-aligned)",
     "Tripoli", "LY", "2018-08-27", "2", "", "", "BBC", "reported",
     "earlier ceasefire announced last week by officials of western cities, held only a few hours; the text says two earlier ceasefires were violated but describes only this one; date = Monday of last week"),
    ("SK-internationalNews-190-20180228", "عملية عسكرية", "تشن تركيا عملية عسكرية", "Battles", "Armed clash", "Turkish Armed Forces", "Kurdish armed factions",
     "Northern Syria", "SY", "2018-02-28", "2", "", "", "Sky News Arabia", "reported",
     "background: Turkish operation in northern Syria for more than a month against Kurdish factions (not named further). Not coded: presenter's call and his indictment (legal action/commentary), Erdogan's Kahramanmaras speech"),
    ("SK-internationalNews-190-20180228", "اعتقلت", "واعتقلت 845 شخصا", SD, "Arrests", "Turkish authorities", "Civilians (Turkey)",
     "", "TR", "2018-02-28", "3", "", "", "Sky News Arabia", "reported",
     "aggregate: 845 people detained for protesting or 'spreading propaganda' against the offensive since it began; the protests themselves are not described and not coded"),
    ("SK-middleEast-3361-20180812", "هجوم", "في هجوم استهدف حافلة", "Battles", "Armed clash", "Unidentified armed group", "Jordanian Gendarmerie",
     "Fuheis", "JO", "2018-08-11", "1", "1", "exact", "Sky News Arabia", "reported",
     "attack on a gendarmerie bus on Saturday, one policeman killed; weapon not stated in the text, so Armed clash. The lead's '5 soldiers killed' is the total with the Salt raid"),
    ("SK-middleEast-3361-20180812", "عملية أمنية", "أطلقت قوات الأمن عملية أمنية", "Battles", "Armed clash", "Jordanian security forces", "Unidentified armed group",
     "Salt", "JO", "2018-08-12", "2", "4", "at_least", "Sky News Arabia", "reported",
     "raid in Salt after the Fuheis attack: 4 security personnel killed plus 'a number of' militants killed and arrested (arrests folded); day not stated"),
    ("SK-middleEast-3361-20180812", "يتوعد", "ويتوعد \"الخوارج\"", "Statement", "", "King Abdullah II of Jordan", "Unidentified armed group",
     "", "JO", "2018-08-12", "1", "", "", "King Abdullah II (tweets)", "reported",
     "Sunday tweets: vows to fight the 'Khawarij' without mercy; the article's news. Not coded: flag at half mast"),
]


def dcts():
    out = {}
    for line in open(os.path.join(HERE, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _, _, time = line.split("\t")
        out[aid] = parsedate_to_datetime(time).astimezone(timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, context):
    """1-based occurrence of trigger at its position inside the (unique) hand-copied context."""
    assert text.count(context) == 1, ("context not unique/absent", context, text.count(context))
    assert trigger in context, ("trigger not in context", trigger, context)
    pos = text.index(context) + context.index(trigger)
    n, i = 0, text.find(trigger)
    while i != -1:
        n += 1
        if i == pos:
            return n
        i = text.find(trigger, i + 1)
    raise AssertionError("unreachable")


def main():
    dct = dcts()
    lines = [HEADER.rstrip("\n"), "\t".join(COLS)]
    for r in ROWS:
        aid, trig, ctx = r[0], r[1], r[2]
        text = open(os.path.join(HERE, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        fields = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(fields) == 17, (aid, len(fields))
        assert all("\t" not in f and "\n" not in f for f in fields), aid
        lines.append("\t".join(fields))
    open(os.path.join(HERE, "events_gold.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
