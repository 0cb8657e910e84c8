"""Bookkeeping helper for annotator B of the events68 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events65/second/make_b.py.
Run: python3 /work/fresh/cur41/events68/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 68 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2924/2925, drawn at the start of stop 41, main 0546bcd, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2924).shuffle, walked in order; (b) 10 with no text filter: random.Random(2925).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 3, aleqtisadiya 2, alriyadh 2, aljazirah 1, alwatan 1, okaz 1; b: aljazirah 3, alweeam 2, aawsat 1, almadina 1, alriyadh 1, alwatan 1, alyaum 1).
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
PRO = "Protests"
CLASH = "Armed clash"
GRT = "Government regains territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
AS165 = "SN-aawsat-20150726-165"
OK1122 = "SN-okaz-20150809-1122"
RY699 = "SN-alriyadh-20150802-699"
WT936 = "SN-alwatan-20150808-936"
RY670 = "SN-alriyadh-20150803-670"
JZ445 = "SN-aljazirah-20150727-445"
WM1611 = "SN-alweeam-20150721-1611"
TRIB = "a tribal source in Abyan (to Okaz)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AS165, "حادث بلدة سروج", "حادث بلدة سروج الاثنين الماضي",
     ERV, IED, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "", "",
     "Asharq Al-Awsat (blogger Fuat Avni for the perpetrator)", "reported",
     "background (the news is the Turkish opposition's accusation that Erdogan exploits the war on ISIS before early "
     "elections): the blogger Fuat Avni claimed that ISIS cells inside the Turkish intelligence carried out 'the Suruc "
     "incident last Monday' (DCT Sunday 26 July -> Monday 20 July, precision 1); the CHP member's 'تفجيرات سروج' is the "
     "same event -> one row; 'حادث'/'تفجيرات' only -> Remote explosive/landmine/IED, as the spent 3alyoum-206 and "
     "alriyadh-571 'تفجير' rows (alternative Suicide bomb, as most spent Suruc rows); the only perpetrator named is ISIS "
     "-> Islamic State; no toll in this text -> fatalities empty. Not coded: 'the war Turkey wages on ISIS' (no act, "
     "place or day), the commentator's 'it bombs PKK positions in Syria' and the PKK blamed for the killing of police "
     "and army men (opinion, habitual, no place or day; alternative an aggregate Air/drone strike row Military Forces "
     "of Turkey vs PKK), the coalition talks and early elections (political)"),
    (OK1122, "فرضت أمس سيطرتها على زنجبار", "حيث فرضت أمس سيطرتها على زنجبار عاصمة محافظة أبين",
     BAT, GRT, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-08", "1", "", "",
     "Okaz (military sources)", "reported",
     "title and lead: the popular resistance loyal to legitimacy 'yesterday' (DCT Sunday 9 August -> Saturday 8 August) "
     "imposed its control on Zinjibar, capital of Abyan (the title's 'تستعيد زنجبار' is the same event; pro-Hadi "
     "popular resistance -> Yemeni Resistance vs Houthis, as the spent Zinjibar rows; folded: the armoured attack on "
     "the Houthi positions from the north and south of the city after a two-day siege)"),
    (OK1122, "سيطرتها على عدن", "منذ سيطرتها على عدن الشهر الماضي",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-01", "3", "", "",
     "Okaz", "reported",
     "background: Zinjibar is the fourth regional capital the resistance has recovered 'since it took control of Aden "
     "last month' (month known: July 2015 -> 1 July, precision 3; as the spent background Aden recapture rows)"),
    (OK1122, "على معسكر الصدرين", "سيطرت المقاومة الشعبية في محافظة الضالع على معسكر الصدرين",
     BAT, GRT, YR, HOU, "Al Sadrain Camp, Ad Dali", "YE", "2015-08-08", "2", "", "",
     "Okaz", "reported",
     "'yesterday' (8 August) the resistance won new victories in al-Dhale governorate after fierce fighting with the "
     "Houthi militias and Saleh's forces; the later paragraph names them: the popular resistance in al-Dhale took the "
     "al-Sadrain camp, the last Houthi camp (this row: the lead's victories and the camp are one event -> one row, the "
     "camp's sentence the clearest trigger; dated by the lead's 'yesterday' but tied only by inference -> 8 August, "
     "precision 2; "
     "'Al Sadrain Camp' as the spent aljazirah-339 row, the text names no mountain -> 'Ad Dali'; the fighting folded). "
     "The mountains in Qatabah of the same sentence are their own row (a differently named place). Alternative: a "
     "separate Armed clash row 'Ad Dali' for the lead's fighting and the camp dated DCT precision 2"),
    (OK1122, "وبعض الجبال في قعطبة", "معسكر الصدرين آخر معسكر للحوثي وبعض الجبال في قعطبة",
     BAT, GRT, YR, HOU, "Qatabah, Ad Dali", "YE", "2015-08-08", "2", "", "",
     "Okaz", "reported",
     "the resistance in al-Dhale also took 'some mountains in Qatabah' (a differently named place -> own row, one "
     "location per row; dated with the lead's victories 'yesterday', 8 August, precision 2 as the camp row; 'Qatabah, Ad Dali' as the spent "
     "aljazirah-339 row)"),
    (OK1122, "بخوض مواجهات في وسط مدينة دمت", "بدأت فصائل أخرى بخوض مواجهات في وسط مدينة دمت",
     BAT, CLASH, YR, HOU, "Damt, Ad Dali", "YE", "2015-08-09", "2", "", "",
     "Okaz", "reported",
     "as (the resistance) advances other factions began fighting in the centre of the town of Damt, near the Taiz-Sanaa "
     "road (resistance factions vs the Houthis, the article's sides; no day -> DCT, precision 2)"),
    (OK1122, "سيطرة المقاومة على الخط الدولي", "وتأتي هذه التطورات بعد سيطرة المقاومة على الخط الدولي الرابط بين محافظة أبين وحضرموت ووصولها إلى مثلث الكود",
     BAT, GRT, YR, HOU, "Al Kawd, Abyan", "YE", "2015-08-09", "3", "", "",
     "Okaz", "reported",
     "background: these developments came after the resistance took the international road linking Abyan and "
     "Hadramawt and reached the al-Kawd triangle (one row: the road has no place name of its own and the arrival at "
     "the triangle is the same advance; 'Al Kawd, Abyan' as the spent aawsat-151 row; background capture with no day -> "
     "DCT, precision 3, as the spent undated background captures). Folded: 'amid strong coalition cover by air and sea' "
     "(see the Kawd strike row)"),
    (OK1122, "تشارك في قصف مواقع الانقلابيين", "مقاتلات الأباتشي والبوارج البحرية تشارك في قصف مواقع الانقلابيين في منطقة الكود",
     ERV, AIR, COAL, HOU, "Al Kawd, Abyan", "YE", "2015-08-09", "2", "", "",
     TRIB, "reported",
     "Apache helicopters and warships take part in bombarding the putschists' positions in the al-Kawd area while the "
     "resistance advances on their strongholds (ongoing -> DCT, precision 2; the coalition's air and sea cover -> "
     "Saudi-led coalition; helicopters and ships in one clause -> one row, Air/drone strike, alternative "
     "Shelling/artillery/missile attack; a tribal source, not a party -> reported). Not coded: the floods that swept "
     "Houthi vehicles in Wadi Bana and set off mines they had planted (natural event)"),
    (OK1122, "فقدت أحد قياداتها", "وأبان المصدر أن المقاومة فقدت أحد قياداتها في منطقة «دافوس»",
     BAT, CLASH, YR, HOU, "Dofas, Abyan", "YE", "2015-08-09", "2", "1", "exact",
     TRIB, "reported",
     "the source: the resistance lost one of its commanders in the 'Dafous' area (the Abyan front's fighting with the "
     "Houthis -> Armed clash, the killer not named, the article's other side; one commander -> 1 exact; 'Dofas, Abyan' "
     "as the spent aawsat-151 row (the text's 'دافوس'); no day -> DCT, precision 2). Not coded: his expectation of the "
     "final announcement of Abyan's purge and the entry into Shabwa within days (forecast)"),
    (OK1122, "مواجهات اندلعت في منطقة بني مران", "دمرت قبائل بصنعاء مدرعتين للحوثي في مواجهات اندلعت في منطقة بني مران بمديرية أرحب",
     BAT, CLASH, YR, HOU, "Bani Maran, Arhab", "YE", "2015-08-09", "2", "", "",
     "Okaz", "reported",
     "Sanaa tribes destroyed two Houthi armoured vehicles in clashes in the Bani Maran area of Arhab district, 20 km "
     "north of Sanaa; the clashes broke out in the evening after 'the resistance' targeted Houthi positions and "
     "checkpoints in the district and took them (folded: the attack, the capture of the positions and the two "
     "vehicles; the text calls the tribesmen the resistance -> Yemeni Resistance, alternative a tribal militia; no day "
     "-> DCT, precision 2; area + district as the spent 'Al Janadibah, Arhab' and 'Bayt Maran, Arhab')"),
    (OK1122, "زندان", "المواجهات مستمرة في عدد من مناطق أرحب سواء زندان أو بني مران",
     BAT, CLASH, YR, HOU, "Zandan, Arhab", "YE", "2015-08-09", "2", "", "",
     "Okaz (the source)", "reported",
     "the confrontations continue violently in several areas of Arhab, Zandan and Bani Maran (Bani Maran folded into "
     "its row; Zandan a differently named place -> own row; ongoing -> DCT, precision 2)"),
    (OK1122, "منطقة حذران", "المواجهات تدور حاليا في منطقة حذران وبير باشا",
     BAT, CLASH, YR, HOU, "Hudhran, Taiz", "YE", "2015-08-09", "2", "", "",
     "local sources (to Okaz)", "reported",
     "in Taiz the confrontations are now under way in the Hudhran and Bir Basha areas west of the city (two named "
     "places -> two rows, one location per row; sides not named in the sentence -> the article's resistance vs "
     "Houthis; ongoing -> DCT, precision 2)"),
    (OK1122, "وبير باشا", "المواجهات تدور حاليا في منطقة حذران وبير باشا",
     BAT, CLASH, YR, HOU, "Bir Basha, Taiz", "YE", "2015-08-09", "2", "", "",
     "local sources (to Okaz)", "reported",
     "second named area of the current Taiz confrontations, west of the city (see the Hudhran row)"),
    (OK1122, "الحصار المطبق", "الاعتداءات الحوثية على الأبرياء مستمرة بالإضافة إلى الحصار المطبق",
     SD, "Other", HOU, "", "Taiz", "YE", "2015-08-09", "2", "", "",
     "local sources (to Okaz)", "reported",
     "the tight Houthi siege of Taiz continues, and the Houthi elements have prevented relief convoys from entering "
     "the city (folded); siege without fighting described -> Strategic developments/Other, as the spent Baqim and "
     "Derna siege rows (alternative no row); ongoing -> DCT, precision 2. Not coded: 'the Houthi attacks on innocents "
     "continue' (generic, no act, place or day; alternative a VAC/Attack row Houthis vs Civilians (Yemen), Taiz), the "
     "power, water and telephone cuts"),
    (RY699, "مقتل سكان في قرية زاركلي", "بعد مقتل سكان في قرية زاركلي شمال اربيل",
     ERV, AIR, MFT, "Civilians (Iraq)", "Zarkali, Erbil", "IQ", "2015-08-01", "2", "", "",
     "Al Riyadh (Kurdistan Region Presidency)", "reported",
     "the occasion of the news (the Kurdistan presidency's demand 'yesterday Saturday' that the PKK remove its bases, "
     "not coded): residents of the village of Zarkali north of Erbil were killed in the raids the Turkish army carries "
     "out against PKK strongholds (the demand came 'after' the killing on Saturday 1 August -> 1 August, precision 2; "
     "'سكان', no number -> fatalities empty; residents -> Civilians (Iraq); 'Zarkali, Erbil' as the spent alriyadh-700 "
     "row of the same strike)"),
    (RY699, "هاجمت مرارا معسكرات", "وكانت تركيا قد هاجمت مرارا معسكرات لحزب العمال الكردستاني في شمال العراق خلال الأسبوع الماضي",
     ERV, AIR, MFT, PKK, "Kurdistan Region", "IQ", "2015-07-26", "3", "", "",
     "Al Riyadh", "reported",
     "aggregate: Turkey repeatedly attacked PKK camps in northern Iraq 'during the last week' (DCT-7 -> 26 July; "
     "aggregate -> precision 3); folded: 'the raids the Turkish army carries out against its strongholds in northern "
     "Iraq', 'the raids that recently targeted PKK positions in the region', the Kurdish officials' 'bombing'; the raids "
     "-> Air/drone strike; 'Kurdistan Region' as the spent aawsat-256 aggregate. Not coded: the PKK's decision to end "
     "the truce (alternative Strategic developments/Change to group/activity), Turkey joining the US-led air campaign "
     "against ISIS (decision), the ISIS takeover of areas that caused the refugee flow (generic), Carter's Erbil visit"),
    (RY699, "سلسلة من عمليات الاغتيال", "رد على سلسلة من عمليات الاغتيال لضباط شرطة وجنود",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-08-02", "3", "", "",
     "Government of Turkey (via Al Riyadh)", "claimed",
     "aggregate: Turkey said its attack responded to a series of assassinations of police officers and soldiers blamed "
     "on the PKK (attacks on security forces by the PKK -> Armed clash, PKK vs Police Forces of Turkey, as the spent "
     "aawsat-187 and alwatan-913 rows; no place, no date -> DCT, precision 3; within Turkey's statement -> claimed, "
     "alternative reported)"),
    # ---- set b (no text filter) ----
    (WT936, "رفع بعض المصلين أصواتهم بالاحتجاج", "عندما رفع بعض المصلين أصواتهم بالاحتجاج",
     PRO, "Peaceful protest", "Protesters (Yemen)", "", "Al Nahda, Sanaa", "YE", "2015-08-07", "1", "", "",
     "Ali al-Sulaymi (university student, to Al Watan)", "reported",
     "the title's news: worshippers walk out of Sanaa mosques in protest at imams imposed by the Houthis; at Friday "
     "prayer 'yesterday' (DCT Saturday 8 August -> 7 August) in the Abu Bakr al-Siddiq mosque, al-Nahda district, north "
     "Sanaa, worshippers raised their voices in protest, demanded that the new preacher step down, and left the mosque "
     "for another one (folded: the lead's walkouts 'in several mosques of Sanaa' and Saeed Mansour's walkout with "
     "dozens, undated and unplaced; no force -> Peaceful protest, actor2 empty; borderline, alternative no row: a "
     "spontaneous walkout). Not coded: the 'violent altercations... up to fistfights' with Houthi-imposed imams 'in many "
     "cases' (generic), the Houthis' closing of Sunni mosques in Saada (undated pattern), the imposition of imams"),
    (RY670, "تنظيم تظاهرتين", "وأدى الانقسام حول هذه القضية إلى تنظيم تظاهرتين شارك في الأولى مؤيدو استقبال اللاجئين",
     PRO, "Peaceful protest", "Protesters (United Kingdom)", "", "Folkestone", "GB", "2015-08-03", "2", "", "",
     "Al Riyadh", "reported",
     "the division over the Calais crisis led to two demonstrations in the British port of Folkestone on the Channel: "
     "this row the first, by supporters of receiving refugees (two demonstrations by opposed camps -> two rows; no day "
     "-> DCT, precision 2). Not coded: the migrants' attempts to cross through the tunnel (about 400 on the night of "
     "Saturday to Sunday) and the at least ten migrant deaths since June (migration, accidents), the Franco-British "
     "declaration and funding (diplomatic/administrative)"),
    (RY670, "وفي الثانية مناصرو اليمين المتطرف", "وفي الثانية مناصرو اليمين المتطرف المعادي للاجئين في مرفأ فولكستون",
     PRO, "Peaceful protest", "Protesters (United Kingdom)", "", "Folkestone", "GB", "2015-08-03", "2", "", "",
     "Al Riyadh", "reported",
     "the second demonstration in Folkestone, by supporters of the anti-refugee far right (see the first; no day -> DCT, "
     "precision 2)"),
    (JZ445, "اعتقلت أجهزة الأمنية الإيرانية", "اعتقلت أجهزة الأمنية الإيرانية مجموعة من الأفغانيين",
     SD, "Arrests", "Police Forces of Iran", IS, "Tehran", "IR", "2015-07-27", "2", "", "",
     "Iranian security services (via Al Jazirah)", "reported",
     "the Iranian security services arrested a group of Afghans in Tehran who confessed to links with ISIS and had been "
     "charged with sabotage inside Iran (the later 'arrested a terrorist group that confessed ties to ISIS in Iraq' is "
     "the same arrest -> one row; security services -> Police Forces of Iran; no day -> DCT, precision 2). Not coded: "
     "the Sunni leader's complaints (political), the release of the Iraqi prisoner Basma al-Jubouri after her sentence "
     "and her hunger strike (prison/legal), the flight of Ahmadinejad's former vice-president to Turkey and the "
     "corruption arrests (criminal)"),
    (JZ445, "باختطاف أفغانيين", "حيث قاموا باختطاف أفغانيين يقيمان في العاصمة طهران",
     VAC, "Abduction/forced disappearance", IS, "Civilians (Iran)", "Tehran", "IR", "2015-07-27", "3", "", "",
     "Iranian security services (via Al Jazirah)", "claimed",
     "background: the arrested ISIS-linked group had kidnapped two Afghans living in Tehran (the 'kidnapping crimes' the "
     "gang confessed to are the same -> one row; from the security services' account of the confessions -> claimed; "
     "no day -> DCT, precision 3; alternative no row, folded into the arrest)"),
    (WM1611, "انفجار استهدف مركزا ثقافيا كرديا", "في انفجار استهدف مركزا ثقافيا كرديا",
     ERV, SUI, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-20", "1", "30", "about",
     "Al Weeam; Turkish Prime Minister Ahmet Davutoglu (for the perpetrator)", "reported",
     "'Monday' (DCT Tuesday 21 July -> 20 July): about 30 killed and dozens wounded in an explosion that targeted a "
     "Kurdish cultural centre in a Turkish town near the Syrian border; the PM: the suicide bombing in Suruc was carried "
     "out by ISIS ('initial evidence') -> Islamic State, as the spent Suruc rows; 'التفجير الانتحاري', 'الهجوم "
     "الانتحاري', the last sentence's 'تفجير انتحاري' (at least 28 killed, 100 wounded, at a charity gathering for "
     "Kobani families) and the title's 'تفجير سروج' are the same event -> one row; the lead's 'نحو 30' -> 30 about "
     "(alternative the body's 28 at_least)"),
    (WM1611, "يتوعد", "يتوعد داعش بعد &#8220;",
     "Statement", "", "Government of Turkey", IS, "", "TR", "2015-07-21", "2", "", "",
     "Turkish Prime Minister Ahmet Davutoglu (via Al Weeam)", "reported",
     "the title's news: Davutoglu threatens ISIS after the Suruc bombing: Turkey 'has taken the necessary measures "
     "against ISIS and will continue to do so', vowing to keep fighting the group (military warning that is the title's "
     "news -> Statement, as the spent 'يتوعد' rows; place not stated -> location empty; no day -> DCT, precision 2; "
     "borderline, alternative no row)"),
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
