"""Bookkeeping helper for annotator B of the events52 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events50/second/make_b.py
(itself copied from events47's).
Run: python3 /work/fresh/cur36/events52/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 52 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2872/2873, drawn at the start of stop 36, main 1b8b677, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2872).shuffle, walked in order; (b) 10 with no text filter: random.Random(2873).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 2, sabq 2, 3alyoum 1, aawsat 1, aljazirah 1, alwatan 1, okaz 1, was 1; b: aljazirah 3, aleqtisadiya 2, aawsat 1, almadina 1, alriyadh 1, alweeam 1, alyaum 1).
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
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
ATT = "Attack"
ARR = "Arrests"
UAG = "Unidentified armed group"
HOU = "Houthis"
YR = "Yemeni Resistance"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PFT = "Police Forces of Turkey"
RY756 = "SN-alriyadh-20150807-756"
AW82 = "SN-aawsat-20150801-82"
AY206 = "SN-3alyoum-20150731-206"
JZ737 = "SN-aljazirah-20150731-737"
RY735 = "SN-alriyadh-20150723-735"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list); set b (no text filter) has no rows ----
    (RY756, "التفجير الإرهابي في أبها", "التفجير الإرهابي في أبها ما هو إلا اعتراف بالاستسلام",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-07", "3", "", "",
     "Al Riyadh (opinion column)", "reported",
     "background (an opinion column on terrorism as a dying snake): 'the terrorist bombing in Abha' is an admission of "
     "surrender; the 'sinful hand' targeted security men at prayer (the Emergency Forces mosque bombing; the text says "
     "only 'تفجير' -> Remote explosive/landmine/IED, as the adjudicated spent Abha column rows alriyadh-796/560; no "
     "group named, 'this deviant group' is rhetoric -> Unidentified armed group; 'رجال أمن مصلين' -> Police Forces of "
     "Saudi Arabia; no temporal word in a column -> DCT, precision 3 by the written rule, as the adjudicated spent "
     "alriyadh-796; no toll). Not coded: the Saudi security forces' 'successive pre-emptive strikes, the last of them in "
     "the past month of Shawwal' (generic, no arrest, count or place stated; alternative an Arrests row), the foiling "
     "of 'more than one terrorist plot' by Gulf coordination (generic), the emir's visit to the wounded and the blood "
     "donations (no event)"),
    (AW82, "المواجهات التي انطلقت", "سقوط 16 جنديا ورجل أمن في المواجهات التي انطلقت قبل نحو 10 أيام",
     BAT, CLASH, MFT, PKK, "", "TR", "2015-07-22", "3", "16", "exact",
     "Turkish media reports (via Asharq Al-Awsat)", "reported",
     "aggregate: the confrontations between the Turkish forces and the banned PKK rebels continued in various parts of "
     "the country; Turkish media reports: 16 soldiers and security men have fallen in the confrontations that began "
     "'about 10 days ago' (DCT Saturday 1 August - 10 -> 22 July, precision 3; the lead's 'تواصلت المواجهات' is the "
     "same series; actors in the text's order, Turkish forces first, alternative PKK first as the spent attack "
     "aggregates; 'القوات التركية' -> Military Forces of Turkey, the security men in the note; no place -> location "
     "empty, TR; 'سقوط 16' -> 16 exact). Includes this article's Adana and Sarikamis rows"),
    (AW82, "هجوما على مركز شرطة", "وشن مسلحون أكراد هجوما على مركز شرطة جنوب تركيا أمس",
     BAT, CLASH, PKK, PFT, "Adana", "TR", "2015-07-31", "1", "4", "exact",
     "Dogan news agency (via Asharq Al-Awsat)", "reported",
     "'yesterday' (DCT Saturday 1 August -> Friday 31 July) Kurdish gunmen attacked a police station in southern Turkey, "
     "killing two officers; Dogan: two of the Kurdish gunmen who took part in the attack on the police station in the "
     "city of Adana died in the exchange of fire with the police (the two sentences are one event -> one row; attack "
     "on the police -> Battles/Armed clash, as the spent Turkish attack rows; 'مسلحون أكراد' in an article about the "
     "PKK insurgency -> PKK, alternative Unidentified armed group; 2 officers + 2 gunmen -> 4 exact)"),
    (AW82, "هجوم بالأسلحة", "وأصيب شخص آخر في هجوم بالأسلحة مساء الخميس",
     VAC, ATT, PKK, "Civilians (Turkey)", "Sarikamis, Kars", "TR", "2015-07-30", "1", "1", "exact",
     "reports (via Asharq Al-Awsat)", "reported",
     "a worker of the Turkish State Railways was killed and another person wounded in an armed attack on 'Thursday "
     "evening' (most recent Thursday before DCT Saturday 1 August -> 30 July) carried out by suspected PKK members in "
     "the Sarikamis area of Kars province, eastern Turkey (railway repair workers -> Civilians (Turkey); 'من يشتبه "
     "بأنهم عناصر من حزب العمال' -> PKK, suspicion in the note, as the spent 'suspected Boko Haram' row; 'Place, "
     "Province' as 'Dogubayazit, Agri'; one killed -> 1 exact)"),
    (AW82, "انفجار قنبلة", "أضرار تسبب بها انفجار قنبلة على الخط نسب إلى حزب العمال الكردستاني قبل ذلك بيوم",
     ERV, IED, PKK, "", "Sarikamis, Kars", "TR", "2015-07-29", "1", "", "",
     "reports (via Asharq Al-Awsat)", "reported",
     "background: the two railway men were repairing damage caused by a bomb explosion on the line, attributed to the "
     "PKK, 'one day before' (Thursday 30 July - 1 -> Wednesday 29 July, precision 1; 'نسب إلى' -> PKK, as the spent "
     "Suruc rows; damage only, no victims -> actor2 and fatalities empty; the line the men were repairing in the "
     "Sarikamis area -> 'Sarikamis, Kars', alternative location empty, as the spent pipeline-bombing rows)"),
    (AW82, "موجة جديدة من الغارات", "من طراز إف - 16 موجة جديدة من الغارات ضد أهداف لحزب العمال الكردستاني شمال العراق",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-08-01", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "about 30 Turkish F-16 aircraft launched a new wave of air strikes against PKK targets in northern Iraq (no day "
     "stated in the report -> DCT, precision 2, the written rule for a breaking report; northern Iraq, no place -> "
     "location empty, IQ, as the spent aljazirah-969 row; no toll). Not coded: Davutoglu's statement that the "
     "operations will continue (not the article's news), the army's statement thanking the citizens who applied to "
     "join the armed forces, Erdogan's denial of links with ISIS and his 'heavy losses' (generic)"),
    (AW82, "الغارات التي تنفذها القوات التركية", "بالتزامن مع الغارات التي تنفذها القوات التركية على مواقع التنظيم في العراق وفي جنوب تركيا",
     ERV, AIR, MFT, PKK, "", "TR", "2015-08-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate: the title's 'Turkish raids continue on the PKK': the raids the Turkish forces are carrying out on the "
     "organisation's positions in Iraq and in southern Turkey, concurrent with the confrontations (one aggregate row "
     "for the series, as the spent events41 aljazirah-372 and events47 almadina-620 'in Turkey and northern Iraq' rows: "
     "location empty, TR, alternative IQ; the text gives no start for the raids -> DCT, precision 3, as the spent "
     "almadina-620 row; the new F-16 wave on northern Iraq has its own row)"),
    (AY206, "العزم نفسه", "الثلاثاء ان العمليات العسكرية ضد الناشطين الاكراد وجهاديي تنظيم الدولة الاسلامية ستستمر ب”العزم نفسه”",
     "Statement", "", "Government of Turkey", PKK, "Ankara", "TR", "2015-07-28", "1", "", "",
     "Turkish President Recep Tayyip Erdogan (press conference in Ankara, via AFP and Ain Alyoum)", "reported",
     "the title's news: on 'Tuesday' (most recent Tuesday before DCT Friday 31 July -> 28 July) Erdogan said at a press "
     "conference in Ankara, before a four-day tour of China and Indonesia, that continuing the peace process with the "
     "Kurds is 'impossible' while the PKK keeps up its bloody attacks, that those who exploit the state's tolerance "
     "'will receive the response they deserve as soon as possible', and that the military operations against the "
     "Kurdish militants and ISIS will continue 'with the same resolve' (continuing operations and a military warning "
     "that are the article's news -> Statement, as the spent Turkish Statement rows; the warning targets the PKK -> "
     "actor2 PKK, ISIS in this note, alternative actor2 empty for two named targets; the press conference in Ankara -> "
     "'Ankara'). Borderline: alternative no row. Not coded: the US-Turkish decision of Monday to strengthen military "
     "cooperation against ISIS and the US backing of Turkey's right to strike the PKK (inter-state), the PKK's "
     "declaration that the March 2013 truce lost its meaning (not the news), the 2012 peace talks and the insurgency "
     "since 1984 (too old)"),
    (AY206, "تفجير", "انهارت بعد تفجير نسبت المسؤولية عنه الى تنظيم الدولة الاسلامية",
     ERV, IED, "Islamic State", "Civilians (Turkey)", "Suruc", "TR", "2015-07-24", "2", "32", "exact",
     "Ain Alyoum (AFP)", "reported",
     "background: the peace process collapsed after a bombing, responsibility for which was attributed to ISIS, in the "
     "Kurdish border town of Suruc 'last week', which killed 32 people ('last week' -> DCT Friday 31 July - 7 -> 24 July, "
     "precision 2, by the written rule; the text's own frame is Erdogan's Tuesday 28 July, which would give 21 July; "
     "the text says only 'تفجير' -> Remote explosive/landmine/IED, as the spent rows whose text says only 'bombing', "
     "alternative Suicide bomb as the spent Suruc rows whose text said suicide; 'نسبت المسؤولية' -> Islamic State, as "
     "the spent Suruc rows; the dead of a Kurdish town, no armed role -> Civilians (Turkey); 32 exact)"),
    (AY206, "هجمات انتقامية", "ودفع بالمسلحين الاكراد الى شن هجمات انتقامية ضد قوات الامن التركية",
     BAT, CLASH, PKK, PFT, "", "TR", "2015-07-24", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "aggregate: the bombing pushed the Kurdish militants to launch retaliatory attacks on the Turkish security forces "
     "(the lead's 'PKK rebels continuing to launch bloody attacks on the Turkish security forces' is the same series -> "
     "PKK; dated at the series' start, the Suruc bombing, 24 July, precision 3; 'قوات الامن' -> Police Forces of "
     "Turkey, as the adjudicated spent aawsat-187 aggregate of the same AFP line; no place, no toll)"),
    (AY206, "ضد تنظيم الدولة الاسلامية في سوريا", "تشن القوات التركية غارات ضد تنظيم الدولة الاسلامية في سوريا",
     ERV, AIR, MFT, "Islamic State", "", "SY", "2015-07-24", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "aggregate: 'since then' (since the Suruc bombing -> 24 July, precision 3) the Turkish forces have been launching "
     "air strikes against ISIS in Syria (two named targets -> two rows, as the spent aawsat-368 / aawsat-187 pairs; "
     "no place -> location empty, SY)"),
    (AY206, "ومواقع حزب العمال الكردستاني", "ومواقع حزب العمال الكردستاني في شمال العراق وداخل تركيا",
     ERV, AIR, MFT, PKK, "", "TR", "2015-07-24", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "aggregate: the same series of Turkish air strikes on PKK positions in northern Iraq and inside Turkey (second "
     "named target; 'in Turkey and northern Iraq' -> one row, location empty, TR, as the spent events41 and events47 "
     "rows, alternative IQ; since the Suruc bombing -> 24 July, precision 3; the 'قصف جوي' after which the PKK declared "
     "the truce void is folded)"),
    (JZ737, "قتلت نيران الهاون في منطقة دار سعد", "قتلت نيران الهاون في منطقة دار سعد في 19 يوليو",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-19", "1", "", "",
     "Human Rights Watch statement (Ole Solvang) (via Al Jazirah)", "reported",
     "background: HRW (its Thursday statement): in 'the deadliest attack', mortar fire in the Dar Saad area on 19 July "
     "killed 'at least dozens' of civilians, among them children (the pro-Houthi forces of the statement -> Houthis; "
     "civilians -> Civilians (Yemen); 'ما لا يقل عن عشرات' -> vague, fatalities empty; as the spent events18 "
     "aawsat-270 row of the same HRW statement). Not coded: HRW's condemnation and its warning of war-crimes trials "
     "(an NGO statement)"),
    (JZ737, "أمطرت القوات الموالية للحوثيين", "أمطرت القوات الموالية للحوثيين مناطق مأهولة من عدن",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Aden", "YE", "2015-07-31", "3", "", "",
     "Human Rights Watch statement (Ole Solvang) (via Al Jazirah)", "reported",
     "aggregate: the title-lead HRW condemnation of the rebels' shelling of residential areas of Aden: the pro-Houthi "
     "forces 'rained' mortar rounds and rockets on populated areas of Aden with no regard for the remaining civilians; "
     "HRW visited four areas of Aden where civilians were targeted and found traces of mortar and rocket explosions "
     "(folded; undated -> DCT, precision 3; no toll; the 19 July Dar Saad attack is its own row; as the spent events18 "
     "aawsat-270 aggregate of the same statement)"),
    (JZ737, "بسيطرة المقاومة الشعبية على أجزاء من مدينة الحوطة", "أمس الخميس بسيطرة المقاومة الشعبية على أجزاء من مدينة الحوطة",
     BAT, GRT, YR, HOU, "Al Hawtah, Lahij", "YE", "2015-07-30", "2", "", "",
     "Yemeni sources (to dpa, via Al Jazirah)", "reported",
     "the title's news: Yemeni sources reported 'yesterday Thursday' (DCT Friday 31 July -> 30 July) that the popular "
     "resistance took parts of al-Hawtah, capital of Lahij governorate; violent clashes are going on 'now' between the "
     "Houthis and the forces loyal to ex-president Saleh on one side and the resistance on the other, after the "
     "resistance entered al-Hawtah and took a number of positions, with dead and wounded on both sides (the clashes, "
     "same place and day, folded into this row; the capture on or before the reporting Thursday -> 30 July, precision 2; "
     "Saleh's forces in the note -> Houthis; 'قتلى وجرحى' -> fatalities empty; 'Al Hawtah, Lahij' as the spent "
     "aawsat-272 row)"),
    (JZ737, "منطقة المحلة", "أحكمت سيطرتها أمس الأول الأربعاء على منطقة المحلة",
     BAT, GRT, YR, HOU, "Al Mahallah, Lahij", "YE", "2015-07-29", "1", "", "",
     "Yemeni sources (to dpa, via Al Jazirah)", "reported",
     "background: 'the day before yesterday Wednesday' (-> 29 July) the popular resistance tightened its control over "
     "the al-Mahalla and al-Jalajil area, about four kilometres from al-Hawtah (two named places -> two rows, see "
     "al-Jalajil, as the spent 'Aden and Lahj' and al-Qal'a/al-Mahfad decisions, alternative one row; opponent implied: "
     "the Houthis of the paragraph; near the Lahij capital -> 'Place, Lahij'; ta marbuta -> -ah, as 'Al Hawtah')"),
    (JZ737, "الجلاجل", "منطقة المحلة و الجلاجل التي تبعد",
     BAT, GRT, YR, HOU, "Al Jalajil, Lahij", "YE", "2015-07-29", "1", "", "",
     "Yemeni sources (to dpa, via Al Jazirah)", "reported",
     "background: the second named place of the Wednesday capture (see al-Mahalla; 29 July, precision 1)"),
    (JZ737, "مطهرة بشكل كامل", "المنطقة الشمالية لعدن أصبحت مطهرة بشكل كامل",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-31", "2", "", "",
     "Ali Saeed al-Ahmadi, spokesman of the popular resistance in Aden (via Al Jazirah)", "claimed",
     "the Aden resistance spokesman: the northern area of Aden is now completely cleared, awaiting the decisive battle "
     "in al-Madina al-Khadra and al-Fayush, after which they will head for al-Hawtah and al-Anad base (a state reached "
     "now, no day -> DCT, precision 2; only in the spokesman's words -> claimed; as the spent almadina-580 'Lahij now "
     "completely cleared' row; the northern area, no named place -> 'Aden'). Not coded: the awaited battle and the move "
     "on al-Hawtah and al-Anad (intentions, not announced operations)"),
    (RY735, "تعتقل المخابرات العامة الاردنية", "تعتقل المخابرات العامة الاردنية منذ يوم الجمعة",
     SD, ARR, "Police Forces of Jordan", "Civilians (Jordan)", "", "JO", "2015-07-17", "1", "", "",
     "lawyer Abdulqader al-Khatib (via Al Riyadh)", "reported",
     "the title's news: Jordan's General Intelligence has been detaining 'since Friday' (most recent Friday before DCT "
     "Thursday 23 July -> 17 July) Asaad Ibrahim al-Haj Ali, a university teacher and the maternal uncle of the "
     "Chattanooga attacker, as his lawyer confirmed on Wednesday: summoned by phone, questioned for hours and released "
     "on Friday, then his house was searched and he was arrested again that afternoon (one arrest -> one row; held "
     "in the investigation of a terrorist attack -> in scope, as the spent Key West and Inner Mongolia security arrests; "
     "the intelligence service -> Police Forces of Jordan, as the spent FBI -> Police Forces of the United States; a "
     "civilian -> Civilians (Jordan); no place -> location empty; the outlet states it, citing the lawyer -> reported)"),
    (RY735, "هاجم الخميس مكتبا للتجنيد العسكري", "وكان عبدالعزيز هاجم الخميس مكتبا للتجنيد العسكري",
     BAT, CLASH, UAG, "Military Forces of the United States", "Chattanooga", "US", "2015-07-16", "1", "6", "exact",
     "Al Riyadh", "reported",
     "background: on Thursday of 'last week' (the lead's 'الاسبوع الماضي' -> Thursday 16 July, precision 1; the "
     "strict weekday rule would give the DCT itself, a Thursday) Mohammad Youssef Abdulazeez attacked a military "
     "recruiting office and then a reserve centre in Chattanooga, Tennessee, killing five soldiers and wounding a "
     "Marine volunteer and a policeman before he was killed by the police in an exchange of fire (the lead's 'attack on "
     "two military centres' is the same event -> one row; a lone gunman, no group named, 'internal terrorist act' -> "
     "Unidentified armed group; military targets -> Battles/Armed clash vs Military Forces of the United States, as "
     "the spent events41 aawsat-16 Chattanooga row; 5 soldiers + the attacker -> 6 exact, as that row counted the "
     "attacker; 'Chattanooga' as that row)"),
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
