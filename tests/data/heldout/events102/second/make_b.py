"""Bookkeeping helper for annotator B of the events102 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur53/events102/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 102 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds, stop and main commit not restated here: annotator B did not open sample.py, per the brief). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(seed a).shuffle, walked in order; (b) 10 with no text filter: random.Random(seed b).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, aleqtisadiya 1, aljazirah 1, almadina 1, alriyadh 1, alwatan 1, alweeam 1, okaz 1; b: aawsat 2, alriyadh 2, sabq 2, aleqtisadiya 1, almadina 1, alweeam 1, was 1).
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. make_b.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in NOTES_B.md). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]

ERV = "Explosions/Remote violence"
BAT = "Battles"
SD = "Strategic developments"
VAC = "Violence against civilians"
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
GCAD = "Global Coalition Against Daesh"
IS = "Islamic State"
UAG = "Unidentified armed group"
POLSA = "Police Forces of Saudi Arabia"
MFIQ = "Military Forces of Iraq"
CIVYE = "Civilians (Yemen)"
AW104 = "SN-aawsat-20150810-104"
RY872 = "SN-alriyadh-20150725-872"
AW332 = "SN-aawsat-20150731-332"
WT1044 = "SN-alwatan-20150810-1044"
AW57 = "SN-aawsat-20150721-57"
AQ658 = "SN-aleqtisadiya-20150806-658"
AW142 = "SN-aawsat-20150726-142"
AAW = "Asharq Al-Awsat"
AQT = "Al Eqtisadiya"
ASB = "Yemeni Human Rights Minister Izz al-Din al-Asbahi (to Asharq Al-Awsat)"
RES = "a source in the popular resistance (to Al Eqtisadiya)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AW104, "حملة الضربات الجوية", "منذ انطلاق حملة الضربات الجوية ضد تنظيم داعش في العراق وسوريا قبل عام",
     ERV, AIR, GCAD, IS, "", "IQ", "2014-08-01", "3", "", "",
     AAW, "reported",
     "aggregate, borderline: 'for the first time since the launch of the air-strike campaign against ISIS in Iraq and "
     "Syria a year ago' (a year before the DCT 10 August 2015 -> August 2014 -> 1 August 2014, precision 3, within 12 "
     "months, as the spent 'since August 2014' coalition aggregates aljazirah-994/alyaum-1225; one campaign in two "
     "countries -> IQ, the first named, location empty; alternative no row, the phrase is only a time reference). Not "
     "coded: the deployment 'yesterday' of six US F-16s to Incirlik and the planned 300-strong US unit there (basing "
     "between allies, not coded in the spent Incirlik rows), Lavrov's call for cooperation with Assad (statement)"),
    (RY872, "مقتل 17 شخصا", "بعد شهرين من مقتل 17 شخصا في باريس",
     VAC, "Attack", UAG, "Civilians (France)", "Paris", "FR", "2015-01-01", "3", "17", "exact",
     "Al Riyadh", "reported",
     "background: the surveillance law was unveiled in March, two months after 17 people were killed in Paris by "
     "home-grown extremist gunmen (March minus two months -> January 2015 -> 1 January, precision 3, within 12 months "
     "of the DCT; the gunmen not named -> Unidentified armed group; victims -> Civilians (France); the January attacks "
     "of several days are one mention -> one row). Not coded: the Constitutional Council's approval of the law (legal), "
     "the 11 September 2001 attacks (far too old)"),
    (AW332, "منطقة المحلة", "خصوصًا في منطقة المحلة والجلاجل",
     BAT, GRT, YR, HOU, "Al Mahallah, Lahij", "YE", "2015-07-30", "1", "", "",
     AAW, "reported",
     "'in the field, the resistance loyal to legitimacy advanced yesterday (DCT Fri 31 July -> 30 July) in a number of "
     "areas of Lahij, especially al-Mahalla and al-Jalajil, about four km from al-Hawtah' (an advance into named areas "
     "-> Government regains territory, as the spent aljazirah-737 al-Mahalla/al-Jalajil rows; one row per named place; "
     "alternative Armed clash)"),
    (AW332, "الجلاجل", "منطقة المحلة والجلاجل التي تبعد",
     BAT, GRT, YR, HOU, "Al Jalajil, Lahij", "YE", "2015-07-30", "1", "", "",
     AAW, "reported",
     "the same advance: al-Jalajil (see the al-Mahalla row)"),
    (AW332, "حصارها لقاعدة العند", "حصارها لقاعدة العند الجوية الواقعة",
     BAT, CLASH, YR, HOU, "Al Anad", "YE", "2015-07-31", "2", "", "",
     AAW, "reported",
     "the forces loyal to President Hadi continued their siege of al-Anad air base, refraining from storming it because "
     "of hundreds of detainees inside (ongoing siege -> Battles/Armed clash, DCT precision 2; pro-Hadi forces -> Yemeni "
     "Resistance, as the spent alriyadh-547 'القوات الموالية للرئيس' row; 'Al Anad' as the spent adjudicated rows). Not "
     "coded: the Houthis holding at least 1,500 detainees from Aden, Lahij, Abyan and al-Dhale (ongoing detention, no "
     "act or date)"),
    (AW332, "سلسلة غارات جوية", "شن طيران التحالف سلسلة غارات جوية",
     ERV, AIR, COAL, HOU, "Saada", "YE", "2015-07-31", "2", "", "",
     AAW, "reported",
     "'meanwhile' coalition aircraft launched a series of air raids on positions of the militias and of ex-president "
     "Saleh's forces in Saada governorate (no day -> DCT, precision 2; Houthis and Saleh forces -> Houthis)"),
    (AW332, "أبين", "في محافظتي أبين ولحج بالجنوب",
     ERV, AIR, COAL, HOU, "Abyan", "YE", "2015-07-31", "2", "", "",
     AAW, "reported",
     "coalition aircraft also targeted rebel positions in Abyan and Lahij governorates (two places -> two rows; this is "
     "Abyan; no day -> DCT, precision 2)"),
    (AW332, "لحج", "في محافظتي أبين ولحج بالجنوب",
     ERV, AIR, COAL, HOU, "Lahij", "YE", "2015-07-31", "2", "", "",
     AAW, "reported",
     "the same sentence: the coalition strikes on rebel positions in Lahij (see the Abyan row)"),
    (AW332, "انفجار بسيارة مفخخة", "استهدف انفجار بسيارة مفخخة، عصر أمس",
     ERV, IED, IS, CIVYE, "Nuqum, Sanaa", "YE", "2015-07-30", "1", "5", "at_least",
     "Asharq Al-Awsat; news agencies (ISIS claim)", "reported",
     "in Sanaa a car bomb 'yesterday afternoon' (30 July) targeted the al-Faydh al-Hatimi mosque of the Bohra "
     "(Ismaili) community in the Nuqum area of eastern Sanaa, killing at least 5 and wounding others; news agencies "
     "quoted an ISIS 'official' claiming it (car bomb -> Remote explosive/landmine/IED; claimant -> Islamic State; "
     "worshippers -> Civilians (Yemen); the event stated as fact by the outlet -> reported). Not coded: the governor's "
     "claim that the resistance holds Iranian prisoners captured on the Aden, Lahij and Abyan fronts (captures in "
     "battle, undated, generic; alternative SD/Arrests, claimed), the training/integration of the popular committees "
     "into the army (decision)"),
    (WT1044, "الاعتداء الإرهابي على مسجد قوات الطوارئ", "الغضب من الاعتداء الإرهابي على مسجد قوات الطوارئ",
     ERV, SUI, IS, POLSA, "", "SA", "2015-08-10", "3", "", "",
     "Al Watan (opinion column)", "reported",
     "background: the column's subject, the terrorist attack on the Emergency Forces mosque 'in the far south of the "
     "country' (the Asir mosque bombing of 6 August); the column attributes it to Daesh ('targeting a Sunni mosque', "
     "'its followers' explosive belts reached Sunni mosques') -> Islamic State, Suicide bomb, as the spent aawsat-150 "
     "and alwatan-1026 rows; no date in the text -> DCT, precision 3, as the spent column rows (almadina-537, "
     "aljazirah-427); no place named -> location empty (alternative 'Asir'); no toll. Not coded: Daesh's earlier "
     "targeting of Shiite places of worship (generic, no place or date; alternative a background row, Qatif/Dammam), "
     "the fight against al-Qaeda (generic)"),
    (AW57, "تحرير عدن", "انتحروا قبيل تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-21", "2", "", "",
     ASB, "reported",
     "background: the bodies of Houthi fighters who killed themselves 'shortly before the liberation of Aden' were found "
     "during the government's inspection tours of Aden's districts (the liberation of Aden, recent, no day in the text "
     "-> DCT, precision 2, as the spent events82 aawsat-5 'liberation of Aden' row; stated in the outlet's voice -> "
     "reported; alternative claimed). The suicides themselves not coded (self-inflicted, no other party)"),
    (AW57, "سلما من قبل ميليشيات الحوثي", "مبنيي التلفزيون والمخابرات سلما من قبل ميليشيات الحوثي",
     SD, "Non-violent transfer of territory", HOU, "Government of Yemen", "Aden", "YE", "2015-07-21", "2", "", "",
     ASB, "claimed",
     "al-Asbahi revealed that the television and intelligence buildings were handed over by the Houthi militias to the "
     "legitimate government (a handover without fighting -> Strategic developments/Non-violent transfer of territory; "
     "place from the article's frame, Aden; no day -> DCT, precision 2; the minister's account -> claimed; alternative "
     "folded into the liberation row)"),
    (AW57, "بصواريخ الكاتيوشا", "أن تقصف أحياء سكنية مأهولة بالسكان بصواريخ الكاتيوشا",
     ERV, SHELL, HOU, CIVYE, "Aden", "YE", "2015-07-21", "3", "", "",
     ASB, "claimed",
     "aggregate: the minister: 'shelling inhabited residential neighbourhoods with Katyusha rockets is unprecedented ... "
     "and this is what was recorded in Aden governorate' (Houthi shelling of civilians in Aden during the recent battle; "
     "no date -> DCT, precision 3; party's assertion -> claimed). Not coded: the 'incidents' among Yemenis from Houthi "
     "anti-aircraft missiles (generic, no place)"),
    (AW57, "بحصار ممنهج", "قامت بحصار ممنهج لأكثر من 100 يوم",
     BAT, CLASH, HOU, "", "Taiz", "YE", "2015-04-12", "3", "", "",
     ASB, "claimed",
     "aggregate, borderline: the Houthi militia imposed a systematic siege 'for more than 100 days' on Taiz governorate "
     "(DCT 21 July minus 100 days -> 12 April, precision 3; siege of a city -> Battles/Armed clash, no defender named -> "
     "actor2 empty; minister's assertion -> claimed; alternative no row, a siege is not itself an ACLED event)"),
    (AW57, "بتفجير كل المخزون النفطي", "قامت بتفجير كل المخزون النفطي لمحافظة تعز",
     SD, "Looting/property destruction", HOU, "", "Taiz", "YE", "2015-07-21", "3", "", "",
     ASB, "claimed",
     "background: 'the Houthi militia blew up all the oil stock of Taiz governorate and cut all supplies' (destruction of "
     "property without stated casualties -> Strategic developments/Looting/property destruction; no date -> DCT, "
     "precision 3; alternative Explosions/Remote violence). Not coded: the return of ministers to Aden, the invited UN "
     "human-rights visit (diplomatic)"),
    (AQ658, "حصارا محكما", "حصارا محكما على معسكر لبوزة",
     BAT, CLASH, YR, HOU, "Labouza Camp, Lahij", "YE", "2015-08-06", "2", "", "",
     AQT, "reported",
     "popular-resistance fighters and pro-legitimacy army forces impose a tight siege on Labouza camp in Lahij, where "
     "the Houthi militias are entrenched (title 'a stifling siege of their last stronghold in Lahij' the same; ongoing -> "
     "DCT, precision 2; resistance + loyal army -> Yemeni Resistance; 'Labouza Camp, Lahij' as the spent almadina-580 "
     "row)"),
    (AQ658, "معارك محدودة", "معارك محدودة في منطقة الحسيني",
     BAT, CLASH, YR, HOU, "Al Husayni, Lahij", "YE", "2015-08-06", "2", "", "",
     "media sources accompanying the resistance (to Al Eqtisadiya)", "reported",
     "limited battles in the al-Husayni area between the resistance and the Houthis (the Lahij frame of the paragraph; "
     "ongoing -> DCT, precision 2). Not coded: armoured forces heading to Karish (movement), 'all Houthi gunmen in the "
     "south are besieged' (generic)"),
    (AQ658, "قد سيطرت على أكبر القواعد", "قد سيطرت على أكبر القواعد الاستراتيجية",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-06", "3", "", "",
     AQT, "reported",
     "background: the resistance and the loyal army 'had taken' the largest strategic base of the Yemeni army, a heavy "
     "blow to the group (al-Anad, not named in the text -> the paragraph's governorate, Lahij, alternative 'Al Anad'; "
     "pluperfect recap, no day -> DCT, precision 3, as the adjudicated pluperfect background rows)"),
    (AQ658, "شنت المقاومة الشعبية هجمات متعددة", "شنت المقاومة الشعبية هجمات متعددة ومباغتة",
     BAT, CLASH, YR, HOU, "Al Bayda", "YE", "2015-08-06", "2", "", "",
     AQT, "reported",
     "in al-Bayda the popular resistance launched multiple surprise attacks on the Houthis in more than one district; a "
     "resistance source: the largest operations in Dhi Naim, Tayab, Qayfah and al-Zahir Al Humayqan; Houthi and Saleh "
     "dead 'in the dozens' -> fatalities empty (title 'al-Bayda rises against the Houthis' the same; no day -> DCT, "
     "precision 2, as the spent alwatan-2160 'سلسلة هجمات' Al Bayda row; Tayab and Qayfah folded here, alternative own "
     "rows; Dhi Naim and al-Zahir have their own rows)"),
    (AQ658, "شبه محررة", "باتت شبه محررة",
     BAT, GRT, YR, HOU, "Az Zahir, Al Bayda", "YE", "2015-08-06", "2", "", "",
     RES, "claimed",
     "the resistance source: the district of al-Zahir Al Humayqan has become 'almost liberated', with advances on all "
     "fronts (near-complete capture -> Government regains territory, alternative Armed clash; a party's assertion -> "
     "claimed; DCT, precision 2)"),
    (AQ658, "وتستمر المعارك", "وتستمر المعارك حتى اللحظة",
     BAT, CLASH, YR, HOU, "Dhi Naim, Al Bayda", "YE", "2015-08-06", "2", "", "",
     AQT, "reported",
     "battles continue 'until this moment' between the resistance men, who launched a wide attack on Houthi positions in "
     "the Hormuz and al-Hamma mountains, and the Houthis in Dhi Naim district (ongoing -> DCT, precision 2; the two "
     "mountains folded, as the spent alwatan-2160 Dhi Naim row). Not coded: 24 Houthi gunmen swept away by a flood in "
     "Wadi al-Kharid, al-Jawf, on Wednesday (natural, not political violence)"),
    (AQ658, "اجتياح جماعة الحوثي للعاصمة", "مع اجتياح جماعة الحوثي للعاصمة اليمنية صنعاء في أيلول",
     BAT, NSO, HOU, "", "Sanaa", "YE", "2014-09-01", "3", "", "",
     "Yemeni Studies and Economic Media Centre report (via Al Eqtisadiya)", "reported",
     "background: media freedoms suffered a setback with the Houthi takeover of Sanaa in September 2014 (-> 1 September "
     "2014, precision 3, within 12 months of the DCT; no defender named -> actor2 empty, as the spent events82 "
     "almadina-559 row). Not coded: the Houthis' seizure of 300 million riyals of the youth fund's revenue by a memo "
     "(financial appropriation, no place or day; alternative SD/Looting/property destruction, claimed), the centre's "
     "87 violations against journalists in June-July 2015 (report statistics with mixed attribution: abductions, "
     "assaults, arrests, raids; alternative an aggregate Violence against civilians row), the 2011 revolution (too old)"),
    # ---- set b (no text filter) ----
    (AW142, "دخلت جامعة الانبار", "إن قوات الأمن دخلت جامعة الانبار",
     BAT, GRT, MFIQ, IS, "Anbar University, Ramadi", "IQ", "2015-07-26", "1", "", "",
     "Iraqi Joint Operations Command (statement); Falih al-Issawi, Anbar provincial council (to Reuters)", "reported",
     "the title's news: security forces (counter-terrorism service, army, federal police) entered Anbar University south "
     "of Ramadi 'early today (Sunday)' (DCT Sun 26 July) and clashed with ISIS inside; al-Issawi: the forces 'impose "
     "full control over the university complex' -> Government regains territory, as the spent aleqtisadiya-309 and "
     "aawsat-139 rows of the same day; the combing, the advance towards al-Tamim and the fortified ISIS positions met "
     "there folded (as the adjudicated aawsat-139: an advance 'towards' a district in the same offensive and day; "
     "alternative an Armed clash row 'Al Tamim, Ramadi'); the Popular Mobilisation did not take part"),
    (AW142, "بغارات مكثفة من التحالف", "مدعومة بغارات مكثفة من التحالف الذي تقوده الولايات المتحدة",
     ERV, AIR, GCAD, IS, "Anbar University, Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Falih al-Issawi, Anbar provincial council (to Reuters, via Asharq Al-Awsat)", "reported",
     "the entry was backed by intensive air strikes of the US-led coalition (own row, as the spent aawsat-139 'غارات "
     "مكثفة من طيران التحالف' row of the same day; strike time not stated -> precision 2)"),
    (AW142, "عملية عسكرية في محافظة الانبار", "عملية عسكرية في محافظة الانبار بغرب العراق",
     BAT, CLASH, MFIQ, IS, "Anbar", "IQ", "2015-04-01", "3", "", "",
     AAW, "reported",
     "aggregate, background: in April the security forces and allied armed groups launched a military operation in Anbar "
     "in western Iraq to retake it from ISIS (April 2015 -> 1 April, precision 3; the operation as a whole -> "
     "Battles/Armed clash, location the governorate; alternative no row, folded into the university row)"),
    (AW142, "ويشن التحالف غارات", "ويشن التحالف غارات على العراق وسوريا المجاورة منذ أغسطس",
     ERV, AIR, GCAD, IS, "", "IQ", "2014-08-01", "3", "", "",
     AAW, "reported",
     "aggregate: the coalition has been carrying out air strikes on Iraq and neighbouring Syria since August 2014 "
     "(within 12 months of the DCT; dated at the start, precision 3; one campaign in two countries -> IQ, the article's "
     "frame, location empty, as the spent aljazirah-994 and alyaum-1225 aggregates)"),
]


def dcts():
    out = {}
    for line in open(os.path.join(SET, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
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
        text = open(os.path.join(SET, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        fields = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(fields) == 17, (aid, len(fields))
        assert all("\t" not in f and "\n" not in f for f in fields), aid
        lines.append("\t".join(fields))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))



if __name__ == "__main__":
    main()
