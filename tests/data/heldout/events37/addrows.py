"""Bookkeeping helper for the events37 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events28/addrows.py (itself from events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur31/events37/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 37 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events37/sample.py ("This set: events37, seeds 2822 / 2823, drawn at the start of stop 31 (main 88152d2), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2822).shuffle, walked in order; (b) 10 with no text filter, random.Random(2823).shuffle, >=3 sources (got, by source, a: 3alyoum 1, aawsat 2, aljazirah 1, alriyadh 1, alwatan 2, alweeam 1, okaz 1, sabq 1; b: okaz 4, aawsat 3, aljazirah 1, alriyadh 1, alwatan 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 14 rows): detection F1 0.963 "
       "before (13 matched of 13 A / 14 B rows; no A-only row, 1 B-only row); no row added or dropped and no field value changed: "
       "kept against B the absence of an alriyadh-748 row for the undated 'heinous shelling' of Crater, Tawahi, Khor Maksar and "
       "Mualla (months-old background of the Aden war with no day, not coded as the spent adjudicated alweeam-994 Aden shelling) "
       "and the aawsat-88 abduction precision 2 (contact lost 'since Friday night', a night that straddles two days, abduction "
       "day not stated); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
STA = "Statement"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
ARR = "Arrests"
OTH = "Other"
ABD = "Abduction/forced disappearance"
PEACE = "Peaceful protest"
RES = "Yemeni Resistance"
HOU = "Houthis"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
PKK = "PKK: Kurdistan Workers Party"
MFTR = "Military Forces of Turkey"
POLTR = "Police Forces of Turkey"
POLSA = "Police Forces of Saudi Arabia"
AAW393 = "SN-aawsat-20150731-393"
JAZ397 = "SN-aljazirah-20150809-397"
WAT828 = "SN-alwatan-20150803-828"
RIY748 = "SN-alriyadh-20150804-748"
WAT2033 = "SN-alwatan-20150806-2033"
OKZ1401 = "SN-okaz-20150807-1401"
AAW88 = "SN-aawsat-20150721-88"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (JAZ397, "التفجير الإرهابي", "أدانت الرئاسة الفلسطينية بشدة التفجير الإرهابي الذي استهدف مسجد قوات الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-09", "3", "", "",
     "Al Jazirah (Palestinian Presidency secretary-general al-Tayeb Abdel-Rahim)", "reported",
     "background (the news is the Palestinian Presidency's condemnation): the terrorist bombing that targeted the Emergency "
     "Forces mosque in the Asir region during the noon prayer, with 'a number of' martyrs and wounded ('عدد من' -> fatalities "
     "empty; 'التفجير' without 'suicide' -> generic explosive sub-type, as the spent Asir rows; no perpetrator named -> "
     "Unidentified armed group; the text gives no day -> DCT, precision 3, as the adjudicated spent aljazirah-399 row; the "
     "title's 'targeting of the security men in the mosque' is the same event). Not coded: the condemnation and condolences "
     "(statements, diplomatic)"),
    (AAW393, "أوقف", "أوقف في الولايات المتحدة",
     SD, ARR, "Police Forces of the United States", "Civilians (United States)", "Key West", "US", "2015-07-28", "2", "", "",
     "FBI (via Asharq Al-Awsat)", "reported",
     "the title's news: the FBI announced on the evening of 'yesterday Tuesday' (DCT Friday 31 July -> most recent Tuesday, 28 "
     "July) that a man who presented himself on Facebook as an ISIS supporter was arrested in the United States and charged with "
     "intending to use a backpack bomb (Harlem Suarez, 23, of Key West, Florida, who wanted to plant a phone-detonated bomb on a "
     "beach and tried to buy a Kalashnikov; arrest day not stated, on or before the announcement -> 28 July, precision 2, as the "
     "spent Cameroon arrest row; the FBI -> Police Forces of the United States; a self-declared supporter whose attempt to contact "
     "ISIS got no reply, not a stated member -> Civilians (United States), alternative Islamic State; arrest place not stated, he "
     "lives in Key West -> 'Key West', alternative location empty; a terrorism plot -> political motive, in scope). Not coded: "
     "another ISIS supporter sentenced to ten years for illegal possession of a firearm (legal action)"),
    (WAT828, "هجوم انتحاري", "تركيا.. هجوم انتحاري يقتل جنديين",
     ERV, SUI, PKK, MFTR, "Dogubayazit, Agri", "TR", "2015-08-01", "2", "2", "exact",
     "Agri governor's office (via Al Watan)", "reported",
     "the title's news: the Agri governor's office announced 'yesterday' (DCT Monday 3 August -> 2 August) that two members of the "
     "security forces were killed and 24 wounded in a suicide bombing carried out by the PKK in the province 'during the night of "
     "the day before yesterday' (-> the night of 1 August, precision 2, as the spent night rows), with a tractor loaded with two "
     "tonnes of explosives against a gendarmerie post ('مركزا للدرك') in the Dogubayazit district near Iran (the lead's 'suicide "
     "operation' and the 'tractor' sentence are the same event -> one row; the PKK named as perpetrator by the governor and the "
     "lead -> actor1; gendarmerie / the title's 'two soldiers' -> Military Forces of Turkey, as the spent aljazirah-969 row; "
     "'منطقة دوجو بايزيد' in Agri -> 'Dogubayazit, Agri', as 'Midyat, Mardin')"),
    (WAT828, "لغم أرضي", "حينما انفجر لغم أرضي في عربة عسكرية",
     ERV, IED, UAG, MFTR, "Mardin", "TR", "2015-08-02", "2", "1", "exact",
     "Turkish reports (via Al Watan)", "reported",
     "Turkish reports said a soldier was killed and eight soldiers wounded in Mardin province, south-east Turkey, when a landmine "
     "exploded under a military vehicle (no day of its own; the next paragraph's 'with yesterday's attacks' -> DCT-1 = 2 August, "
     "precision 2; the mine is not attributed in the sentence -> Unidentified armed group, alternative PKK from the article's frame; "
     "province only -> 'Mardin')"),
    (WAT828, "وزادت وتيرة هجمات", "وزادت وتيرة هجمات مقاتلي حزب العمال الكردستاني",
     BAT, CLASH, PKK, POLTR, "", "TR", "2015-07-15", "3", "60", "at_least",
     "Al Watan", "reported",
     "aggregate: the PKK fighters' attacks in south-east Turkey increased 'since mid-July' and escalated after Ankara's air campaign; "
     "'with yesterday's attacks the total of those killed in the ranks of the security forces rises to at least 60' ('60 على "
     "الأقل' -> 60 at_least; dated at the series' start, mid-July -> 15 July, precision 3; 'قوات الأمن' -> Police Forces of "
     "Turkey, as the spent aawsat-187 PKK aggregate; attacks on security forces -> Battles/Armed clash; south-east Turkey, no place "
     "-> location empty). The aggregate includes this article's suicide bombing and landmine rows"),
    (WAT828, "حملة ضربات جوية", "وبدأت تركيا حملة ضربات جوية على الحزب في شمال العراق",
     ERV, AIR, MFTR, PKK, "", "IQ", "2015-07-24", "3", "", "",
     "Al Watan", "reported",
     "aggregate: Turkey began on 24 July a campaign of air strikes on the PKK in northern Iraq (and on ISIS in Syria, own row), "
     "most strikes so far on the PKK camps (folded; dated at the campaign's start, precision 3, as the spent alwatan-1057 and "
     "alweeam-1057 aggregates; northern Iraq stated, no place -> location empty, IQ; no toll)"),
    (WAT828, "متشددي داعش في سورية", "وعلى متشددي داعش في سورية في 24 يوليو",
     ERV, AIR, MFTR, ISIS, "", "SY", "2015-07-24", "3", "", "",
     "Al Watan", "reported",
     "aggregate: the same campaign begun on 24 July, second named target: ISIS militants in Syria (two named targets in two "
     "countries -> own row, as the spent alweeam-1057 and aawsat-187 pairs; 24 July, precision 3; no place -> location empty, SY)"),
    (WAT828, "تظاهر عشرات الأكراد", "تظاهر عشرات الأكراد في محافظة السليمانية",
     PRO, PEACE, "Protesters (Iraq)", "", "Sulaymaniyah", "IQ", "2015-08-01", "1", "", "",
     "Al Watan", "reported",
     "dozens of Kurds demonstrated in Sulaymaniyah governorate, northern Iraq, 'the day before yesterday' (DCT Monday 3 August -> "
     "1 August) against the Turkish air strikes on PKK targets in northern Iraq; Kurds from Turkey, Iran, Syria and Iraq marched "
     "with banners and slogans against the Turkish government and Massoud Barzani (the march is the same demonstration -> one "
     "row; no intervention stated -> actor2 empty; governorate named, no town -> 'Sulaymaniyah'). Not coded: Barzani's call on "
     "the PKK to withdraw from the Kurdish region (statement, not the news)"),
    (RIY748, "وصلت كتيبة عسكرية إماراتية", "وصلت كتيبة عسكرية إماراتية إلى عدن",
     SD, OTH, "Military Forces of the United Arab Emirates", "", "Aden Airport, Aden", "YE", "2015-08-04", "2", "", "",
     "Mohammed Ali Marem, director of the Yemeni presidential office (to Al Riyadh)", "reported",
     "the title's news: an Emirati military battalion arrived in Aden to secure its airport alongside the Yemeni forces and helps the "
     "Yemeni army control the airport and run sensitive equipment; no ground landing operation (troop deployment -> Strategic "
     "developments/Other, as the spent sabq-1518 and almadina-644 deployment rows; arrival day not stated, reported as current -> "
     "DCT, precision 2; 'Aden Airport, Aden' as the spent rows). Not coded: 'the military side has advanced well beyond al-Anad "
     "and will soon head for Zinjibar' (generic advance with no place or day, and an expectation), the 'horrible shelling' of "
     "Crater, Tawahi, Khor Maksar and Mualla by the Houthi and Saleh forces (undated background of the Aden war, no day; "
     "adjudicated: kept out against B's aggregate Shelling row, as the spent adjudicated alweeam-994 Aden shelling), the "
     "airport repairs and the agreement with Jordan on the wounded (not conflict events)"),
    # ---- set b (no text filter) ----
    (WAT2033, "بيان أصدرته أمس", "وأكدت الوزارة في بيان أصدرته أمس",
     STA, "", "Military Forces of Yemen", HOU, "", "YE", "2015-08-05", "1", "", "",
     "Yemeni Ministry of Defence (statement)", "reported",
     "the title's news: in a statement issued 'yesterday' (DCT 6 August -> 5 August) on the liberation of al-Anad base, the Yemeni "
     "Ministry of Defence said the 'putschist militias' are retreating and 'breathing their last' at al-Anad, the day will come when "
     "they are driven from Sanaa and Saada, and the operations to liberate Yemen from the Houthi rebellion continue until the whole "
     "country is freed; it thanked the coalition, which pledged continued support to the popular resistance on all fronts "
     "(a victory declaration and announcement of continuing operations that is the article's news -> Statement; the Ministry of "
     "Defence -> Military Forces of Yemen, alternative Government of Yemen; the warned party -> actor2 Houthis; place of issue not "
     "stated -> location empty). Not coded: Hadi's remarks 'the day before yesterday' that the southern victories will reach the "
     "whole country (generic)"),
    (WAT2033, "تحرير قاعدة العند العسكرية", "بمناسبة تحرير قاعدة العند العسكرية ودحر الميليشيات الانقلابية منها",
     BAT, GRT, RES, HOU, "Al Anad Air Base", "YE", "2015-08-04", "1", "", "",
     "Yemeni Ministry of Defence (statement)", "reported",
     "the liberation of al-Anad military base and the expulsion of the 'putschist militias' from it 'in a special operation the day "
     "before yesterday' (DCT 6 August -> 4 August, precision 1, the text's own day; stated as fact by the ministry and the outlet "
     "-> reported); the victor is not named in the sentence, the statement's pro-Hadi fighters are the popular resistance backed by "
     "the coalition -> Yemeni Resistance, as the spent alwatan-823 and alwatan-1032 Anad rows, alternative Military Forces of Yemen; "
     "'Al Anad Air Base' as the spent rows)"),
    (OKZ1401, "حادث التفجير الإرهابي", "لحادث التفجير الإرهابي الذي استهدف مسجدا لقوات الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Kuwaiti, Bahraini, Qatari and Emirati foreign ministries (via Okaz)", "reported",
     "the occasion of the Gulf condemnations (the article's news): the terrorist bombing that targeted a mosque of the Emergency "
     "Forces in the Asir region 'yesterday' (DCT 7 August -> 6 August), killing and wounding 'a number of' security men (Qatar: "
     "martyrs among the security forces and the workers at the site) ('عدد من' -> fatalities empty; 'التفجير' without 'suicide' "
     "-> generic explosive sub-type, as the spent okaz-1408/okaz-1413 rows; no perpetrator named -> Unidentified armed group; each "
     "state's mention, and the title's, is the same event -> one row). Not coded: the condemnations and the support for the "
     "Kingdom's measures (statements, diplomatic)"),
    (AAW88, "اختطاف 5 تشيكيين", "اختطاف 5 تشيكيين في منطقة البقاع اللبناني",
     VAC, ABD, UAG, "Civilians (Lebanon)", "West Bekaa", "LB", "2015-07-17", "2", "", "",
     "several sources in Lebanon; field sources (to Asharq Al-Awsat)", "reported",
     "the title's news: five Czech citizens and their Lebanese driver were abducted in the West Bekaa region of eastern Lebanon; the "
     "car that picked them up at Beirut airport on Friday evening was found 'yesterday morning' in Kefraya with their passports and "
     "bags, and the driver's family lost contact with him 'since Friday night' (DCT Tuesday 21 July -> abduction from the night of "
     "Friday 17 July, precision 2; kidnappers not named -> Unidentified armed group; foreign civilians -> Civilians (Lebanon) by the "
     "country-of-event rule, as the spent Mellitah and Sevare rows; the sources link it to the detention of a member of the Fayyad "
     "family in the Czech Republic -> a political/hostage motive, in scope; 'منطقة البقاع الغربي' -> 'West Bekaa', the car found "
     "in Kefraya folded). Not coded: the army's raids 'yesterday' on hotels, restaurants and public places in the Bekaa searching "
     "for the Czechs (a search, no arrest or clash), the Fayyad family's undated sit-ins before the Czech and US embassies in Beirut "
     "(no day; alternative an aggregate Peaceful protest row). Adjudicated: precision 2 kept against B's 1: the abduction day "
     "is not stated and 'since Friday night' straddles two days, as the spent night rows"),
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
