"""Bookkeeping helper for the events56 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events53/addrows.py (itself from events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur37/events56/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 56 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events56/sample.py ("This set: events56, seeds 2884 / 2885, drawn at the start of stop 37 (eabb647), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2884).shuffle, walked in order; (b) 10 with no text filter, random.Random(2885).shuffle, >=3 sources (got, by source, a: aawsat 3, okaz 3, alriyadh 2, alweeam 1, 3alyoum 1; b: aleqtisadiya 3, alyaum 3, aawsat 1, aljazirah 1, alriyadh 1, alwatan 1).
# ADJUDICATION_LINE
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. addrows.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in README). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 16 rows): detection F1 1.000 before (16 matched of 16 A / 16 B rows, P 1.000, R 1.000; "
       "both gave rows to the same 6 articles and left the same 14 empty; event_type, sub_event_type, actor1, location_country, event_date, fatalities, fatalities_qualifier and reported_as agreed 16/16, actor2 15/16, time_precision 14/16, location 13/16); "
       "no row added or dropped; 6 field values changed to B's: aawsat-120 prosecutor actor2 Civilians (Egypt) (first Government of Egypt; an unarmed official, as the spent events18 deputy-speaker row) and location 'Heliopolis, Cairo' (first 'Heliopolis'; the text names Cairo); "
       "aawsat-120 time_precision 2 for both background rows (first 3; 'in the last days', as the spent 'in recent days' rows); alriyadh-552 'Pozanti, Adana' (first 'Bozanti, Adana'); okaz-1227 'Journalists Syndicate, Cairo' (first 'Cairo'; as the spent events50 Taipei ministry row); "
       "no value kept against B; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
PEACE = "Peaceful protest"
UAG = "Unidentified armed group"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
AWS120 = "SN-aawsat-20150722-120"
WEEAM1163 = "SN-alweeam-20150807-1163"
RIY552 = "SN-alriyadh-20150801-552"
AWS193 = "SN-aawsat-20150726-193"
OKAZ1227 = "SN-okaz-20150803-1227"
RIY827 = "SN-alriyadh-20150811-827"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    # Egypt background (aawsat-120, DCT Wednesday 22 July; the news is Sisi's bicycle ride on derby day)
    (AWS120, "حادث اغتيال النائب العام", "وأهمها حادث اغتيال النائب العام المصري بعد استهداف موكبه",
     ERV, IED, UAG, "Civilians (Egypt)", "Heliopolis, Cairo", "EG", "2015-07-22", "2", "1", "exact",
     "Asharq Al-Awsat", "reported",
     "background (the news is President Sisi's bicycle ride in Heliopolis during the Ahly-Zamalek derby): among 'the "
     "incidents and disturbances Egypt has suffered in the last days', the most important: the assassination of the "
     "Egyptian prosecutor general after his motorcade was targeted in Heliopolis (مصر الجديدة) with a car bomb (a car bomb, "
     "no suicide attacker -> Remote explosive/landmine/IED, as the spent car-bomb rows; no perpetrator named -> "
     "Unidentified armed group; the prosecutor general, an unarmed state official -> adjudicated, as B: Civilians (Egypt), "
     "as the spent events18 alweeam-1144 row of the wounded deputy speaker, first Government of Egypt (the alternative); "
     "'assassination' of one named office-holder -> 1 exact; adjudicated, as B: 'Heliopolis, Cairo' (first 'Heliopolis'), "
     "since the text places the district 'بالعاصمة المصرية القاهرة' and the set writes sub-city places 'Place, City', "
     "unlike the spent events34 text, which named no city; no day in the text, only 'in the last days' -> DCT, "
     "adjudicated, as B: precision 2, as the spent 'in recent days' rows (events22 alyaum-1100, events24 alriyadh-605, "
     "events53 aawsat-738), first precision 3). Not coded: the generic 'terrorist incidents and violence' "
     "and Sisi's ride"),
    (AWS120, "والهجوم المسلح", "والهجوم المسلح الذي نفذه نحو 300 من مسلحي",
     BAT, CLASH, IS, "Military Forces of Egypt", "Sheikh Zuweid", "EG", "2015-07-22", "2", "17", "exact",
     "Asharq Al-Awsat", "reported",
     "background: the armed attack carried out by about 300 gunmen of 'Wilayat Sinai' in the town of Sheikh Zuweid, "
     "North Sinai, and the targeting of military checkpoints, in which 17 Egyptian soldiers and officers were killed "
     "(the attack and the checkpoints targeted in it are one event -> one row; ISIS's Sinai branch -> Islamic State, as "
     "the spent events50 'ISIS Sinai' row; an armed attack on army posts -> Armed clash; 17 exact; no day, 'in the last "
     "days' -> DCT, adjudicated, as B: precision 2, as the prosecutor row, first precision 3)"),
    # US raid in Syria (alweeam-1163, DCT Friday 7 August; the news is the handover of Umm Sayyaf)
    (WEEAM1163, "عملية على الأرض", "في 15 مايو في شرق سوريا خلال أول عملية على الأرض",
     BAT, CLASH, "Military Forces of the United States", IS, "", "SY", "2015-05-15", "1", "1", "exact",
     "Al Weeam (Pentagon statement)", "reported",
     "background (the news: 'yesterday Thursday' the United States handed Umm Sayyaf, widow of an ISIS leader, to the "
     "Interior Ministry of Iraqi Kurdistan, a custody transfer, not coded): the US forces arrested her on 15 May in eastern "
     "Syria during the first ground operation the United States officially adopted against ISIS to arrest members of "
     "the group; she was jailed after 'a raid on Syria that killed her husband Abu Sayyaf' (the raid that killed him and "
     "the operation in which she was taken are the same event -> one row, her arrest folded; a ground raid on ISIS -> "
     "Armed clash, alternative a separate Arrests row for her capture; 15 May 2015, within 12 months of the DCT, "
     "precision 1; 'eastern Syria' only -> location empty, SY; one named man killed -> 1 exact)"),
    # Turkey and the PKK (alriyadh-552, DCT Saturday 1 August; 'أمس الجمعة' = 31 July)
    (RIY552, "وهاجم مقاتلو حزب العمال", "وهاجم مقاتلو حزب العمال الكردستاني مفوضية مدينة بوزانتي",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Pozanti, Adana", "TR", "2015-07-31", "1", "2", "exact",
     "Al Riyadh (Anadolu)", "reported",
     "the title's news: two Turkish policemen were shot dead 'yesterday Friday morning' (31 July) in the Adana area, "
     "southern Turkey, in a new attack the authorities attributed to the Kurdish insurgency; PKK fighters attacked the "
     "police station of the town of Bozanti, the police returned fire and two were killed in the exchange (title, lead "
     "and the Anadolu sentence are one event -> one row; attack with an exchange of fire -> Armed clash, as the spent "
     "events52 Adana row of the same attack; 'وقتل اثنان منهم' read as the two policemen of the title and lead -> 2 exact, "
     "alternative 4 if 'منهم' means the attackers, as the spent events52 text (2 officers + 2 attackers); the town and its "
     "province -> 'Pozanti, Adana', as the spent 'Sarikamis, Kars'; adjudicated, as B: the town's own spelling Pozanti "
     "(Turkish Pozantı; Arabic 'بوزانتي' writes p as b), first 'Bozanti, Adana')"),
    (RIY552, "هجوم بالأسلحة", "وأصيب شخص آخر في هجوم بالأسلحة مساء الخميس",
     VAC, "Attack", PKK, "Civilians (Turkey)", "Sarikamis, Kars", "TR", "2015-07-30", "1", "1", "exact",
     "Al Riyadh (wire report)", "reported",
     "a worker of the Turkish railways company was killed and another person wounded in an armed attack on Thursday "
     "evening (DCT Saturday 1 August -> 30 July) by suspected PKK members in the Sarikamis area of Kars province, eastern "
     "Turkey (railway workers repairing the line -> Civilians (Turkey); 'من يشتبه بأنهم عناصر من حزب العمال' -> PKK, "
     "suspicion in the note, as the spent events52 row of the same attack; 1 exact)"),
    (RIY552, "انفجار قنبلة على الخط", "تسبب بها انفجار قنبلة على الخط نسب إلى",
     ERV, IED, PKK, "", "Sarikamis, Kars", "TR", "2015-07-29", "1", "", "",
     "Al Riyadh (wire report)", "reported",
     "background: the two men were repairing damage caused by a bomb explosion on the railway line attributed to the "
     "PKK 'a day before' (the Thursday-evening attack, 30 July - 1 -> 29 July, precision 1; sabotage with no victim -> "
     "actor2 empty; the line where the men worked -> 'Sarikamis, Kars'; no toll), as the spent events52 row"),
    (RIY552, "موجة العنف الجديدة", "ومنذ اندلاع موجة العنف الجديدة في 20 يوليو",
     BAT, CLASH, PKK, MFT, "", "TR", "2015-07-20", "3", "13", "at_least",
     "Al Riyadh (wire report)", "reported",
     "aggregate: since the new wave of violence broke out on 20 July at least 13 soldiers and policemen have been killed "
     "('13 جنديا وشرطيا على الأقل' -> 13 at_least; dated at the stated start, precision 3; the wave is framed by the "
     "article as the Kurdish insurgency's attacks ('هجوم جديد نسبته السلطات إلى التمرد الكردي') -> PKK, alternative "
     "Unidentified armed group; soldiers named first -> Military Forces of Turkey, alternative Police Forces of Turkey as "
     "the spent events39 aggregate; no place -> location empty). The Bozanti, Sarikamis and convoy rows are inside it "
     "and keep their own rows, as the spent events52 aggregate beside its Adana row"),
    (RIY552, "كمين", "ثلاثة منهم في كمين استهدف الخميس قافلة عسكرية",
     BAT, CLASH, PKK, MFT, "", "TR", "2015-07-30", "1", "3", "exact",
     "Al Riyadh (wire report)", "reported",
     "three of the 13 were killed in an ambush that targeted a military convoy on Thursday (DCT Saturday 1 August -> 30 "
     "July, precision 1; ambush on a convoy, no weapon named -> Armed clash; the attackers are not named in the sentence, "
     "the article's wave is the PKK's -> PKK, alternative Unidentified armed group; no place -> location empty, TR; 3 "
     "exact)"),
    (RIY552, "عملية عسكرية ضد تنظيم داعش", "يذكر أن أنقرة أطلقت عملية عسكرية ضد تنظيم داعش في سوريا",
     ERV, AIR, MFT, IS, "", "SY", "2015-08-01", "3", "", "",
     "Al Riyadh (wire report)", "reported",
     "aggregate, borderline: Ankara launched a military operation against ISIS in Syria (the lead's 'إطلاق عملية عسكرية "
     "تركية ضد المتشددين في سوريا والعراق' is the same operation -> folded; one row per target country, as the spent "
     "events52 3alyoum-206 pair of Turkish aggregates; the means are not stated, the spent rows of this campaign are air "
     "strikes -> Air/drone strike; no start day in the text -> DCT, precision 3; no place -> location empty). "
     "Alternative: not coded (an operation named with no act)"),
    (RIY552, "وضد متمردي حزب العمال", "وضد متمردي حزب العمال الكردستاني في شمال العراق",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-08-01", "3", "", "",
     "Al Riyadh (wire report)", "reported",
     "aggregate, borderline: the same Turkish military operation against the PKK rebels in northern Iraq (the IQ row of "
     "the split; Air/drone strike as the spent rows of the campaign; DCT, precision 3; location empty, as the spent IQ "
     "aggregates). Alternative: not coded"),
    # Lebanon's rubbish crisis (aawsat-193, DCT Sunday 26 July)
    (AWS193, "احتجاج سكان المنطقة", "بسبب احتجاج سكان المنطقة على الروائح الكريهة",
     PRO, PEACE, "Protesters (Lebanon)", "", "Naameh", "LB", "2015-07-17", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the main landfill in the Naameh area south of Beirut was closed because of the protest of the area's "
     "residents against its stench; the government had pledged to close it before 17 July, the deadline passed with no "
     "solution 'so the residents took the initiative and closed the road leading to the landfill' (the protest and the "
     "road closure are one event -> one row; a road blockade with no intervention -> Peaceful protest, actor2 empty, as "
     "the spent events42 Sayyida Zaynab road-block row; the closure follows the 17 July deadline and the rubbish piled "
     "up 'since 17 July' -> 17 July, precision 2). Not coded: the resumption of rubbish collection 'today', the temporary "
     "agreement announced by the environment minister, Sukleen's expired contract (administrative)"),
    (AWS193, "اقفل عشرات الاشخاص", "كما اقفل عشرات الاشخاص الذين يعارضون استخدام مطمر",
     PRO, PEACE, "Protesters (Lebanon)", "", "Jiyeh", "LB", "2015-07-26", "1", "", "",
     "AFP correspondent (via Asharq Al-Awsat)", "reported",
     "'today' (Sunday 26 July) dozens of people opposing the use of a landfill in the coastal Jiyeh area closed part of "
     "the coastal road linking Beirut with south Lebanon and stopped lorries carrying the capital's rubbish, the AFP "
     "correspondent said (a road blockade, no intervention -> Peaceful protest, actor2 empty; 'الجية' -> 'Jiyeh'; the "
     "outlet states it on its correspondent's word -> reported)"),
    # Cairo journalists (okaz-1227, DCT Monday 3 August)
    (OKAZ1227, "تظاهر عشرات الصحفيين", "تظاهر عشرات الصحفيين المصريين أمس",
     PRO, PEACE, "Protesters (Egypt)", "", "Journalists Syndicate, Cairo", "EG", "2015-08-02", "1", "", "",
     "Okaz", "reported",
     "the title's news: 'yesterday' (DCT 3 August -> 2 August) dozens of Egyptian journalists demonstrated in front of "
     "their syndicate against the burning of the Palestinian child by settlers, raised Palestinian flags, burned the "
     "Israeli flag and called for a boycott of Israel (the title's 'حرق علم إسرائيل' is the same demonstration -> one "
     "row; no intervention -> Peaceful protest, actor2 empty; adjudicated, as B: 'Journalists Syndicate, Cairo', the building "
     "the text names ('أمام نقابتهم', the 'نقابة الصحفيين المصريين' of the next sentence) in the title's Cairo, as the spent "
     "adjudicated events50 'Ministry of Education, Taipei' protest row, first 'Cairo'). Not coded: "
     "the syndicate's condemnation and its chairman's statements (speech)"),
    (OKAZ1227, "جريمة حرق مستوطنين", "احتجاجا على جريمة حرق مستوطنين إسرائيليين للطفل",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Nablus", "PS", "2015-07-31", "1", "", "",
     "Okaz", "reported",
     "background: the crime of the burning of the Palestinian child Ali Dawabsheh by Israeli settlers 'last Friday' "
     "(DCT Monday 3 August -> 31 July, precision 1) in Nablus (the later 'جريمة حرق الطفل الرضيع' is the same event -> "
     "one row; settlers -> Settlers (Israel), as the spent Duma rows; the text names only Nablus -> 'Nablus'; the text "
     "never says the child died -> fatalities empty, as the adjudicated spent events18 okaz-2948 row)"),
    (OKAZ1227, "واغتيال ليث الخالدي", "واغتيال ليث الخالدي، وسط صمت",
     VAC, "Attack", "Military Forces of Israel", "Civilians (Palestine)", "", "PS", "2015-08-03", "3", "1", "exact",
     "Egyptian Journalists Syndicate (via Okaz)", "reported",
     "background, borderline: the syndicate condemned the Israeli crimes committed by the occupation forces and the "
     "settler gangs against the Palestinian people, the latest the burning of the infant and 'the assassination of Laith "
     "al-Khalidi' (a named Palestinian killed -> 1 exact; the burning is the settlers', the killer here is not named: "
     "the occupation forces of the same sentence -> Military Forces of Israel, alternative Unidentified armed group; no "
     "place -> location empty, PS; no day -> DCT, precision 3). Alternative: not coded (a mention inside a condemnation)"),
    # Asir mosque (alriyadh-827, DCT Tuesday 11 August)
    (RIY827, "للعمل الإرهابي الجبان", "عن استنكاره للعمل الإرهابي الجبان الذي استهدف مسجد",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-11", "3", "", "",
     "Saudi ambassador to Kuwait Abdulaziz al-Fayez (via Al Riyadh)", "reported",
     "background (the news is the Saudi ambassador in Kuwait's condemnation and condolences): the cowardly terrorist act "
     "that targeted the mosque of the Special Emergency Force in Asir, martyring and wounding 'a number of' security men "
     "and trainees ('حادث التفجير الآثم' is the same event -> one row; 'تفجير' only -> Remote explosive/landmine/IED, as "
     "the spent Asir condolence rows, alternative Suicide bomb; 'عدد من' -> fatalities empty; no day in the text -> DCT, "
     "precision 3, as the spent events35 almadina-554 and events48 okaz-1438 rows)"),
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
    head = HEADER.replace("# ADJUDICATION_LINE\n", "# " + ADJ + "\n" if ADJ else "")
    lines = [head.rstrip("\n"), "\t".join(COLS)]
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
