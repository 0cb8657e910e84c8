"""Bookkeeping helper for annotator B of the events96 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur51/events96/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 96 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds and stop as in its docstring, which annotator B did not open: the brief limits B to ids.txt, texts/ and second/). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): shuffled with the half-a seed, walked in order; (b) 10 with no text filter: shuffled with the half-b seed, walked in order, >=3 sources (got, by source, a: aleqtisadiya 2, alriyadh 2, aawsat 1, aljazirah 1, alweeam 1, alyaum 1, okaz 1, sabq 1; b: alriyadh 2, alwatan 2, 3alyoum 1, aawsat 1, aljazirah 1, almadina 1, alweeam 1, sabq 1).
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
CLASH = "Armed clash"
GRT = "Government regains territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
POLSA = "Police Forces of Saudi Arabia"
MILSY = "Military Forces of Syria"
REB = "Syrian rebels"
CIVIQ = "Civilians (Iraq)"
JZ498 = "SN-aljazirah-20150810-498"
EQ252 = "SN-aleqtisadiya-20150723-252"
EQ334 = "SN-aleqtisadiya-20150804-334"
AW116 = "SN-aawsat-20150804-116"
WM1022 = "SN-alweeam-20150727-1022"
MD493 = "SN-almadina-20150722-493"
EQS = "security and medical sources (via Al Eqtisadiya, AFP)"
RES = "resistance leadership source (to Al Eqtisadiya)"
LOC = "local sources (via Al Eqtisadiya)"
AAW = "Asharq Al-Awsat"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (JZ498, "تفجير مسجد قوات الطوارئ", "خلف حادث تفجير مسجد قوات الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-10", "3", "", "",
     "Tabuk governor Prince Fahd bin Sultan (statement to SPA, via Al Jazirah)", "reported",
     "background (the news is the Tabuk governor's condolences and condemnation): the bombing of the Special Emergency "
     "Forces mosque in the Asir region that 'martyred' security men and a number of workers during the noon prayer (the "
     "text says only 'تفجير' -> the generic explosive sub-type, as the spent adjudicated Asir reaction rows, alternative "
     "Suicide bomb; no perpetrator named -> Unidentified armed group; no number -> fatalities empty; the text gives no "
     "day -> DCT, precision 3, as the spent aljazirah-511/aljazirah-410 rows of DCT 10 August; 'منطقة عسير' -> Asir). "
     "Not coded: the promise that justice will reach those behind it (statement)"),
    (EQ252, "تفجير سيارة مفخخة", "حيث أدى تفجير سيارة مفخخة إلى مقتل 19",
     ERV, IED, IS, CIVIQ, "New Baghdad, Baghdad", "IQ", "2015-07-21", "1", "19", "at_least",
     "Interior Ministry source; security and medical sources (via Al Eqtisadiya)", "reported",
     "the title's news: at least 30 killed 'the day before yesterday' (DCT Thursday 23 July -> 21 July) in a series of "
     "bombings across Iraq; the deadliest: a car bomb on a popular market in New Baghdad (east of the capital), at least 19 "
     "killed and 43 wounded (the earlier provisional 17 superseded; car bomb -> Remote explosive/landmine/IED; the two "
     "Baghdad bombings claimed by ISIS -> Islamic State; ISIS said they targeted militia fighters, the security and medical "
     "sources insist the victims were civilians -> Civilians (Iraq); 'New Baghdad, Baghdad' as the spent almadina-483 row "
     "of the same AFP story). The title's/lead's '30 killed in a series of bombings' is this row + al-Zafaraniya + "
     "Tarmiyah + Mandali (19 + 4 + 3 + 4 = 30), not coded separately"),
    (EQ252, "انفجرت سيارة مفخخة", "كما انفجرت سيارة مفخخة في الزعفرانية",
     ERV, IED, IS, CIVIQ, "Al Zafaraniya, Baghdad", "IQ", "2015-07-21", "1", "4", "at_least",
     "Interior Ministry source; medical sources (via Al Eqtisadiya)", "reported",
     "same day (21 July): a car bomb exploded in al-Zafaraniya, south Baghdad, at least four killed and ten wounded (the "
     "second of the two bombings claimed by ISIS; victims civilians per the sources; as the spent almadina-483 row)"),
    (EQ252, "سيارة مفخخة يقودها انتحاري", "في تفجير سيارة مفخخة يقودها انتحاري عند نقطة تفتيش",
     ERV, SUI, UAG, "Military Forces of Iraq", "Tarmiyah", "IQ", "2015-07-21", "1", "3", "exact",
     "Al Eqtisadiya (AFP; security and medical sources)", "reported",
     "in addition, three members of the army and police were killed and nine wounded by a car bomb driven by a suicide "
     "bomber at a checkpoint in the al-Tarmiyah area north of Baghdad, on the main road linking the capital to the north "
     "(suicide car bomb -> Suicide bomb; the claim is stated only for the two Baghdad bombings, 'some' of the attacks -> "
     "Unidentified armed group, alternative Islamic State; joint army-police checkpoint -> Military Forces of Iraq, as the "
     "spent almadina-483 al-Shaab row, alternative Police Forces of Iraq; 'ثلاثة' -> 3 exact; no own day, but the four "
     "tolls add up to the lead's 30 of the day before yesterday -> 21 July, precision 1, alternative 2)"),
    (EQ252, "تفجير سيارة مفخخة في بلدة مندلي", "قتل أربعة أشخاص على الأقل في تفجير سيارة مفخخة في بلدة مندلي",
     ERV, IED, UAG, CIVIQ, "Mandali", "IQ", "2015-07-21", "1", "4", "at_least",
     "medical source at the Balad Ruz district hospital (via Al Eqtisadiya)", "reported",
     "in Diyala governorate (north-east of Baghdad) at least four people were killed by a car bomb in the town of Mandali "
     "near the Iranian border (no claim stated -> Unidentified armed group; 'persons' -> Civilians (Iraq); same series as "
     "the lead's 30 -> 21 July, precision 1, alternative 2)"),
    (EQ252, "تفجير انتحاري ضخم", "بعد أيام من تفجير انتحاري ضخم في سوق",
     ERV, SUI, IS, CIVIQ, "Khan Bani Saad", "IQ", "2015-07-17", "1", "90", "at_least",
     "Al Eqtisadiya (AFP)", "reported",
     "background: the Mandali bombing came days after a huge suicide bombing in the market of Khan Bani Saad, Diyala, 'last "
     "Friday' (DCT Thursday 23 July -> 17 July) that killed at least 90, claimed by ISIS and one of its deadliest since its "
     "June 2014 offensive ('تفجير انتحاري' -> Suicide bomb; the spent okaz-1777/1794 rows of other wordings have the "
     "generic explosive sub-type; market victims -> Civilians (Iraq); 'Khan Bani Saad' as the spent rows). Not coded: "
     "ISIS's sweeping offensive of June 2014 (more than 12 months before the DCT); ISIS 'in recent weeks' resuming "
     "suicide, IED and car-bomb attacks in Diyala (generic, its instances coded)"),
    (EQ252, "تحرير", "أعلنت في يناير الماضي \"تحرير\" محافظة ديالى",
     BAT, GRT, "Military Forces of Iraq", IS, "Diyala", "IQ", "2015-01-01", "3", "", "",
     "Iraqi authorities (via Al Eqtisadiya)", "claimed",
     "background, borderline: the Iraqi authorities announced 'last January' the 'liberation' of Diyala governorate from "
     "ISIS (scare quotes, given only as the authorities' announcement -> claimed; January 2015 -> 1 January, precision 3, "
     "within 12 months of the DCT; the authorities' forces -> Military Forces of Iraq, alternative the Popular "
     "Mobilization; alternative: not coded, an announcement rather than a described battle)"),
    (EQ334, "فرض سيطرتها", "من فرض سيطرتها على قاعدة العند الجوية",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-03", "1", "35", "about",
     RES, "reported",
     "the title's news: 'yesterday' (DCT Tuesday 4 August -> 3 August; 'عصر أمس', the Monday afternoon) the national army "
     "and the popular resistance took full control of al-Anad air base in Lahij under heavy coalition air cover (the pro-"
     "Hadi resistance with the army -> Yemeni Resistance, as the spent alwatan-823 row of the same capture, alternative "
     "Military Forces of Yemen; Houthis and Saleh forces -> Houthis; 'Al Anad Air Base' as the spent rows); about 30 "
     "Houthi/Saleh fighters and five resistance/army men killed in the confrontations -> 35 about; folded: the combing "
     "operation chasing the fleeing rebels, Hadi's 'zero hour' announcement for the liberation of the base, camp and al-"
     "Anad triangle and the resistance's announced control of the base HQ (same capture). Not coded: the base's history "
     "(1967 and Cold War, far too old)"),
    (EQ334, "نشر مئات الجنود", "بعد ساعات من نشر مئات الجنود",
     SD, "Other", COAL, "", "Aden", "YE", "2015-08-03", "2", "", "",
     "Al Eqtisadiya", "reported",
     "background: the al-Anad developments came hours after the deployment of hundreds of soldiers of the Saudi-led Arab "
     "coalition around Aden to secure it against Houthi attacks (troop deployment -> Strategic developments/Other, as the "
     "spent almadina-644 3 August deployment row; 'hours' before the 3 August capture -> 3 August, precision 2)"),
    (EQ334, "مواجهات عنيفة اندلعت", "في مواجهات عنيفة اندلعت صباح الإثنين في المخدرة",
     BAT, CLASH, YR, HOU, "Al Makhdarah, Marib", "YE", "2015-08-03", "1", "", "",
     LOC, "reported",
     "in Marib (east Yemen) nine Houthi and Saleh fighters and two resistance men were killed in violent confrontations that "
     "broke out on Monday morning (3 August) in al-Makhdara, north-west of Marib, and in the Mas area in the north of the "
     "governorate (two named places -> two rows; the combined toll of 11 (9 + 2) is not split by place -> on neither row, "
     "as the spent aawsat-70 combined-toll decision; alternative 11 exact on this row; the paragraph's lead 'killed in "
     "confrontations between the two sides' is the same; 'Al Makhdarah, Marib' as the spent rows); folded: the ongoing "
     "clashes on the north-western front at al-Makhdara"),
    (EQ334, "منطقة ماس", "وكذا منطقة ماس شمال المحافظة",
     BAT, CLASH, YR, HOU, "Mas, Marib", "YE", "2015-08-03", "1", "", "",
     LOC, "reported",
     "same Monday-morning confrontations (3 August) in the Mas area, north of Marib governorate (second named place, see "
     "the al-Makhdara row for the combined toll; 'Mas, Marib' as the spent aljazirah-356 row)"),
    (EQ334, "غارات جوية", "وشنت طائرات التحالف غارات جوية استهدفت مواقع للحوثيين شمال مأرب",
     ERV, AIR, COAL, HOU, "Mas Camp, Marib", "YE", "2015-08-03", "2", "", "",
     LOC, "reported",
     "coalition aircraft carried out air raids on Houthi positions north of Marib and also hit a weapons depot in the Mas "
     "camp, setting it ablaze and destroying a military pickup, an anti-aircraft gun and an armoured vehicle (one raid "
     "series; the only named place -> 'Mas Camp, Marib'; alternative a separate 'Marib' row for the positions north of "
     "Marib; no own day, in the Monday Marib paragraph -> 3 August, precision 2, alternative DCT)"),
    (EQ334, "وشنت غارة", "وشنت غارة على مواقع للحوثيين وصالح بمنطقة صرواح",
     ERV, AIR, COAL, HOU, "Sirwah", "YE", "2015-08-03", "2", "", "",
     LOC, "reported",
     "a (coalition) raid on Houthi and Saleh positions in the Sirwah area west of Marib (differently named place -> own "
     "row; 'Sirwah' as the spent rows; date as the Mas camp row)"),
    (EQ334, "اشتباكات عنيفة", "وتدور اشتباكات عنيفة بالجبهة الشمالية بمجزر",
     BAT, CLASH, YR, HOU, "Majzar, Marib", "YE", "2015-08-04", "2", "", "",
     LOC, "reported",
     "violent clashes are going on at the northern front in Majzar (Marib) and the north-western front at al-Makhdara "
     "(ongoing, present tense -> DCT, precision 2; sides not named in the sentence: the paragraph's resistance vs "
     "Houthis/Saleh; al-Makhdara folded into the Monday al-Makhdara row)"),
    (EQ334, "فرض حصار على ميناء الحديدة", "وبدء فرض حصار على ميناء الحديدة",
     SD, "Other", "Government of Yemen", HOU, "Hodeidah Port, Al Hudaydah", "YE", "2015-08-04", "2", "", "",
     "Al Eqtisadiya", "reported",
     "borderline: alongside the ongoing battles, the legitimate government announced the diversion of all ships to the "
     "ports of Aden and the start of a blockade on the Houthi-held port of Hodeidah (a belligerent's blockade of a port -> "
     "Strategic developments/Other, as the spent BB-570 port-closure row; no day -> DCT, precision 2; alternative: not "
     "coded, an administrative announcement). Not coded: the collapse of the Yemeni rial and the exchange-rate rise in "
     "Sanaa (economy)"),
    (AW116, "الحصار الخانق", "تحت الحصار الخانق الذي يفرضه النظام عليها",
     SD, "Other", MILSY, REB, "Al Hameh", "SY", "2015-07-23", "2", "", "",
     "Asharq Al-Awsat; Ismail al-Darani, Rif Dimashq Revolutionary Command Council", "reported",
     "the title's news, borderline: the town of al-Hameh in the eastern countryside of Damascus is under the regime's "
     "stifling starvation siege 'for the thirteenth day in a row' (DCT 4 August = day 13 -> start 23 July, precision 2; "
     "alternative DCT, precision 2, as an ongoing state): bakeries closed after the regime barred flour and fuel, all roads "
     "closed by the regular forces; no fighting (the regime did not return to military escalation after the month-long "
     "truce ended about two weeks ago, preferring the siege) -> Strategic developments/Other, alternative not coded as "
     "the spent 'Not coded' Syrian sieges; the towns are held by the Free Syrian Army -> actor2 Syrian rebels, "
     "alternative Civilians (Syria), the starved residents). Not coded: the truce and its end (no act), the Jobar/Qaboun/"
     "Tishreen areas of 'permanent tension and clashes' (generic), al-Darani's assessment of a possible offensive"),
    (AW116, "قدسيا", "هذا الحال انسحب أيضًا على بلدة قدسيا",
     SD, "Other", MILSY, REB, "Qudsaya", "SY", "2015-07-23", "2", "", "",
     "Asharq Al-Awsat; Ismail al-Darani, Rif Dimashq Revolutionary Command Council", "reported",
     "the same siege also covers the nearby town of Qudsaya: the regular forces closed all roads to the two towns and "
     "bar people entering and leaving (a differently named place -> own row, one location per row; dated as the al-Hameh "
     "row; the title's 'الهامة وقدسيا')"),
    (AW116, "اشتباكات عنيفة", "الذين خاضوا أمس اشتباكات عنيفة",
     BAT, CLASH, MILSY, REB, "Zabadani", "SY", "2015-08-03", "1", "", "",
     AAW, "reported",
     "the Zabadani battle, begun a month ago: the Syrian regime forces, the loyalist National Defence militia and "
     "Hezbollah fighters 'yesterday' (DCT 4 August -> 3 August) fought violent clashes with the opposition and Islamic "
     "faction fighters entrenched inside Zabadani, amid air cover, intense warplane raids and artillery and rocket "
     "shelling, with no breakthrough (raids and shelling folded as sub-actions of the battle; the regime named first -> "
     "Military Forces of Syria, as the spent aawsat-156 row, alternative Hezbollah, the relative clause's nearest "
     "antecedent; opposition and Islamic factions -> Syrian rebels). Not coded: Hezbollah media's 'gradual nibbling' "
     "claim (statement), the regime's losses since the start (no number)"),
    (AW116, "أربع غارات", "الذي شنّ أمس أربع غارات عليها",
     ERV, AIR, MILSY, "", "Arbin", "SY", "2015-08-03", "1", "", "",
     AAW, "reported",
     "the regime's air force carried out four raids 'yesterday' (3 August) on the town of Arbin in the Eastern Ghouta of "
     "Damascus, no reports of casualties (no target named -> actor2 empty, as the spent alyaum-1689 Arbin row)"),
    (AW116, "خلال اشتباكات", "خلال اشتباكات مع قوات النظام",
     BAT, CLASH, REB, MILSY, "Daraya", "SY", "2015-08-03", "2", "3", "exact",
     AAW, "reported",
     "meanwhile three members of the Islamic factions were killed in clashes with the regime forces and their loyalist "
     "gunmen around the city of Daraya in the Western Ghouta (the victims' side named first -> Syrian rebels, as the "
     "spent aljazirah-761 Daraya row; 'في وقت' = while yesterday's raids went on -> 3 August, precision 2; folded: the "
     "regime's shelling of positions in the Daraya area)"),
    (AW116, "ومعضمية الشام", "في منطقة داريا ومعضمية الشام",
     ERV, SHELL, MILSY, REB, "Moadamiyet al-Sham", "SY", "2015-08-03", "2", "", "",
     AAW, "reported",
     "the concurrent regime shelling of positions in the Daraya area and in Moadamiyet al-Sham, Western Ghouta (Daraya's "
     "shelling folded into the Daraya clash row; Moadamiyet al-Sham a differently named place -> own row; the shelled "
     "positions are the opposition's -> Syrian rebels; date as the Daraya row)"),
    (WM1022, "تبادلوا اطلاق نار", "إن مسلحين تبادلوا اطلاق نار في حفل زفاف",
     BAT, CLASH, UAG, UAG, "Baghlan", "AF", "2015-07-27", "2", "21", "exact",
     "Baghlan provincial police chief; police inspector-general Gen. Abdul Jabbar Purdili (via Al Weeam, Reuters)", "reported",
     "the title's news, borderline: the Baghlan (north Afghanistan) police chief said 'today Monday' (DCT 27 July) that "
     "gunmen exchanged fire at a wedding party, killing 21 guests and wounding eight; the inspector-general: 'a number of "
     "gunmen' entered the wedding and opened fire on the male guests; the motive unclear (exchange of fire -> Battles/Armed "
     "clash, Unidentified armed group x2, as the spent adjudicated aawsat-483 row of the same wedding shooting; "
     "alternative Violence against civilians/Attack vs Civilians (Afghanistan), the inspector's account, or not coded as "
     "a private dispute; the text gives no day for the shooting -> DCT, precision 2; only the province named -> Baghlan). "
     "Not coded: the UN's 3,188 civilian deaths of last year (2014: more than 12 months before the DCT), the rise of "
     "violence 'this year' (generic)"),
    # ---- set b (no text filter) ----
    (MD493, "431 هو حصيلة جديدة", "431 هو حصيلة جديدة من فصول",
     SD, "Arrests", POLSA, UAG, "", "SA", "2015-07-22", "2", "", "",
     "Al Madina (opinion column)", "reported",
     "background (opinion column): '431' is the new tally, in the news 'in the last few days', of the war on terrorism "
     "waged by the Kingdom's security agencies: 431 'deviant minds' organised in working groups, caught thanks to the "
     "security men who 'tightened surveillance ... and executed well' (a security operation netting 431 members of "
     "extremist cells -> Arrests; 'the Khawarij' not named as a group -> Unidentified armed group, alternative Islamic "
     "State, the real announcement's group; no place -> location empty; last few days -> DCT, precision 2). The text is "
     "identical to the spent events21 almadina-653 article; I coded it from my reading and then checked that adjudicated "
     "row, which it matches"),
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
