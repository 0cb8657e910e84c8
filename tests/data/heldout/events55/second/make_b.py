"""Bookkeeping helper for annotator B of the events55 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events53/second/make_b.py.
Run: python3 /work/fresh/cur37/events55/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 55 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-28 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 2882/2883, drawn at the start of stop 37, main eabb647, per its docstring). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(2882).shuffle, walked in order; (b) 10 with no text filter: random.Random(2883).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 4, alwatan 2, aleqtisadiya 1, almadina 1, alweeam 1, okaz 1; b: alyaum 4, 3alyoum 1, aawsat 1, aleqtisadiya 1, alwatan 1, alweeam 1, okaz 1).
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
GRT = "Government regains territory"
NSA = "Non-state actor overtakes territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
SUI = "Suicide bomb"
ATT = "Attack"
ABD = "Abduction/forced disappearance"
UAG = "Unidentified armed group"
HOU = "Houthis"
YR = "Yemeni Resistance"
SLC = "Saudi-led coalition"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MTR = "Military Forces of Turkey"
PESH = "Military Forces of Iraq (Peshmerga)"
CY = "Civilians (Yemen)"
AW363 = "SN-aawsat-20150806-363"
AQ265 = "SN-aleqtisadiya-20150802-265"
AW129 = "SN-aawsat-20150721-129"
AW92 = "SN-aawsat-20150803-92"
MD648 = "SN-almadina-20150725-648"
AW138 = "SN-aawsat-20150801-138"
WT1019 = "SN-alwatan-20150725-1019"
WM920 = "SN-alweeam-20150802-920"
WM1527 = "SN-alweeam-20150731-1527"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WT1019, "تحرير مدينة عدن", "منذ لحظة إعلان السلطات اليمنية تحرير مدينة عدن وإعلانها مدينة آمنة",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Al Watan", "reported",
     "background (the article is about the displaced people's hopes of returning): 'since the moment the Yemeni "
     "authorities announced the liberation of the city of Aden and declared it safe' (the recapture of Aden from the "
     "Houthis, as the spent background Aden rows, e.g. events35 alwatan-1012 of the same day; the authorities "
     "announced it, the fighters not named -> Yemeni Resistance, the spent naming; no day -> DCT, precision 3)"),
    (WT1019, "المعارك التي شهدتها مدينة خور مكسر", "فقدت ابنها وزوجها في المعارك التي شهدتها مدينة خور مكسر في أبريل الماضي",
     BAT, CLASH, HOU, YR, "Khor Maksar, Aden", "YE", "2015-04-01", "3", "2", "at_least",
     "Umm Mahmoud, an Aden resident (to Al Watan)", "reported",
     "background: Umm Mahmoud lost her son and her husband 'in the battles that the city of Khor Maksar saw last April' "
     "(April 2015 -> 1 April, precision 3, within 12 months of the DCT; the battles of the Houthi advance into Aden -> "
     "actor1 Houthis, actor2 Yemeni Resistance, neither side named in the sentence, alternative order reversed; her two "
     "dead are a part of the battles' toll -> 2 at_least; 'Khor Maksar, Aden' as the spent rows). Not coded: 'a number "
     "of incidents of targeting buses and vehicles carrying the displaced by the Houthis' and the Houthis' indiscriminate "
     "fire on vehicles on the road to Aden (generic pattern, no place or day; borderline, alternative an aggregate "
     "VAC/Attack row, Houthis vs Civilians (Yemen), DCT, precision 3), the homes demolished and burnt 'by the Houthi "
     "criminal gangs' and the traders' goods confiscated during the occupation (generic), the new governor's appeal"),
    (AW363, "استهدفت، أمس، تجمعا", "المقاومة الشعبية التهامية استهدفت، أمس، تجمعا للمسلحين الحوثيين في النادي الرياضي",
     BAT, CLASH, YR, HOU, "Abs, Hajjah", "YE", "2015-08-05", "1", "2", "exact",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "eyewitnesses: the Tihama popular resistance 'yesterday' (DCT Thursday 6 August -> 5 August) targeted a gathering "
     "of Houthi gunmen in the sports club of Abs district, Hajjah governorate; two Houthis killed and others wounded "
     "('اثنان' -> 2 exact; an attack on fighters -> Armed clash, as the spent aawsat-157 Tihama rows; the club is not a "
     "named landmark -> the district, 'Abs, Hajjah'). Folded/not coded: the resistance's continuing generic targeting "
     "of Houthi headquarters, gatherings and patrols and its warning to the citizens of Al Hudaydah (generic / a "
     "warning), the Houthi-appointed deputy security chief's order to collect the security men's weapons and their "
     "refusal (administrative), the Houthi mobilisation in the Hodeidah schools (no violence)"),
    (AW363, "احتدمت", "المواجهات بين المقاومة والمسلحين احتدمت يوم أمس في جبال الطوي",
     BAT, CLASH, YR, HOU, "Dhi Naim, Al Bayda", "YE", "2015-08-05", "1", "", "",
     "local sources (via Asharq Al-Awsat)", "reported",
     "local sources: the confrontations between the resistance and the gunmen intensified 'yesterday' (5 August) in the "
     "al-Tawi, Hormuz and al-Hamma mountains of Dhi Naim district, with 'news of dozens of Houthi gunmen and Saleh "
     "supporters killed and wounded' (the sentence names the district holding the three mountains -> one row 'Dhi Naim, "
     "Al Bayda', as the spent events39 alwatan-2160 row of the same front; 'العشرات' -> fatalities empty; the "
     "paragraph's 'the resistance escalated its attacks' in al-Bayda folded; the resistance's attacks of the next "
     "paragraph have own rows; the resistance named first in 'بين المقاومة والمسلحين' -> actor1 Yemeni Resistance)"),
    (AW363, "شنوا عددا من الهجمات", "إن «مسلحي المقاومة شنوا عددا من الهجمات ضد",
     BAT, CLASH, YR, HOU, "Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Popular Resistance sources (to Asharq Al-Awsat)", "claimed",
     "resistance sources: the resistance fighters carried out 'a number of attacks', described as the strongest, on the "
     "Houthis and Saleh's supporters in several districts of al-Bayda governorate: they targeted the Houthis' 'Jahri' "
     "checkpoint and the 'Jubaili Nasas' and 'Kureif' positions, set an ambush for a Houthi patrol in the same area and "
     "targeted another patrol in the Mashba'a area, 'with news of dead and wounded' (one series in several districts "
     "told together -> one row at governorate level, as the adjudicated spent events39 alwatan-2160 'سلسلة هجمات' row "
     "of the same attacks; alternative one row per named place (Jahri checkpoint, Jubaili Nasas, Kureif, Mashba'a); "
     "vague toll -> fatalities empty; a party's sources only -> claimed; no day -> DCT, precision 2)"),
    (AW363, "سواداء غراب", "المقاومة تمكنت من تحرير موقعي سواداء غراب والاجردي",
     BAT, GRT, YR, HOU, "Sawda Ghurab", "YE", "2015-08-06", "2", "", "",
     "Popular Resistance sources (to Asharq Al-Awsat)", "claimed",
     "the resistance sources: the resistance 'liberated' the Sawda Ghurab and al-Ajradi positions after attacks with "
     "mortar shells and RPGs; the rebels fled for fear of capture (one location per row -> two rows, as the spent "
     "events39 alwatan-2160 rows of the same captures; bare names as there; the mortar and RPG attacks folded into the "
     "captures; a party's sources -> claimed; no day -> DCT, precision 2). Folded: the weapons and equipment seized and "
     "the two vehicles disabled during the clashes"),
    (AW363, "والاجردي", "تحرير موقعي سواداء غراب والاجردي",
     BAT, GRT, YR, HOU, "Al Ajradi", "YE", "2015-08-06", "2", "", "",
     "Popular Resistance sources (to Asharq Al-Awsat)", "claimed",
     "the second position taken in the same sentence: al-Ajradi (one location per row; 'Al Ajradi' as the spent row; "
     "claimed; DCT, precision 2)"),
    (AW363, "طياب", "على مناطق للحوثي في طياب والجماجم والسوداء",
     BAT, GRT, YR, HOU, "Tayyab", "YE", "2015-08-06", "2", "", "",
     "Popular Resistance sources (to Asharq Al-Awsat)", "claimed",
     "the same sources: the Sawda Ghurab attack came together with 'two attacks' by the resistance on Houthi areas, the "
     "first in Tayyab, al-Jamajim and al-Sawda, and 'the resistance took over the areas the Houthi group controlled' "
     "(two attacks -> two rows; this one at its first-named place, al-Jamajim and al-Sawda folded, the text names no "
     "district -> bare 'Tayyab'; alternative one row per named place; a party's sources -> claimed; DCT, precision 2)"),
    (AW363, "منطقة مشعبة", "وكذا في منطقة مشعبة والهجيرية ونصنص",
     BAT, GRT, YR, HOU, "Mashbaa, Al Bayda", "YE", "2015-08-06", "2", "", "",
     "Popular Resistance sources (to Asharq Al-Awsat)", "claimed",
     "the second of the 'two attacks': the resistance's attack on the Houthi areas of Mashba'a, al-Hujairiya and Nasnas "
     "at the western entrance of al-Bayda city, areas it then took over (own row; first-named place, the others folded; "
     "at the entrance of the city -> 'Mashbaa, Al Bayda'; the earlier patrol targeted 'in Mashba'a' (spelt مشبعة) is "
     "counted in the series row; claimed; DCT, precision 2)"),
    (AW363, "نصب كمائن", "إثر نصب كمائن سقط فيها ثمانية مسلحين حوثيين في منطقة جيري",
     BAT, CLASH, YR, HOU, "Jiri", "YE", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the resistance also cut the Houthis' supply lines by setting ambushes 'into which eight Houthi gunmen fell' in the "
     "Jiri area, after they had attacked one of its checkpoints (the outlet's own voice -> reported; 'سقط فيها' = fell "
     "into the ambushes, killed or captured not said -> fatalities empty, alternative 8 exact; the Houthi attack on the "
     "checkpoint folded; bare name, no district given; no day -> DCT, precision 2)"),
    (AQ265, "هجوم انتحاري", "صباح الاحد في هجوم انتحاري لمتمردي",
     ERV, SUI, PKK, MTR, "Dogubayazit, Agri", "TR", "2015-08-02", "1", "2", "exact",
     "Anadolu Agency (via Al Eqtisadiya)", "reported",
     "the title's news: the state agency Anadolu announced that two Turkish soldiers were killed and 24 wounded 'on "
     "Sunday morning' (DCT Sunday 2 August) in a suicide attack by PKK rebels on a gendarmerie post in Agri province, "
     "east Turkey: a suicide bomber stormed the post near the town of Dogubayazit with a tractor loaded with explosives "
     "(the title, the lead and the tractor sentence are one event -> one row; the soldiers supported the local "
     "gendarmerie -> Military Forces of Turkey, as the spent events37 alwatan-828 row of the same attack, which dated it "
     "the night of 1 August from its own text; 'نسب الهجوم' and the lead's 'لمتمردي حزب العمال' -> PKK; stated by "
     "the outlet from the agency -> reported; the bomber's death not counted in the text -> 2 exact)"),
    (AQ265, "انفجر لغم ارضي", "عندما انفجر لغم ارضي بينما كانت قافلة",
     ERV, IED, PKK, MTR, "Midyat, Mardin", "TR", "2015-08-02", "1", "1", "exact",
     "Anadolu Agency (via Al Eqtisadiya)", "reported",
     "in a separate incident 'also attributed to the PKK', a Turkish soldier was killed and four wounded 'early on "
     "Sunday' (2 August) when a landmine exploded as a military convoy passed on a road in the town of Midyat, Mardin "
     "province (attributed to the PKK -> actor1 PKK, as the spent attributed rows; the spent events37 row of the same "
     "mine had Unidentified armed group because its text did not attribute it; 'Midyat, Mardin' as the spent rows)"),
    (AQ265, "بقصف مواقع للمتمردين", "فيما تقوم الطائرات الحربية التركية بقصف مواقع للمتمردين في شمال العراق",
     ERV, AIR, MTR, PKK, "", "IQ", "2015-08-02", "3", "", "",
     "Al Eqtisadiya (AFP)", "reported",
     "aggregate: the PKK escalated its attacks on the Turkish security forces recently 'while the Turkish warplanes "
     "bomb rebel positions in northern Iraq' (the ongoing campaign; no start given -> DCT, precision 3; northern Iraq, "
     "no place -> location empty, IQ, as the spent IQ aggregates; no toll)"),
    (AQ265, "قتل 17 عنصرا", "قتل 17 عنصرا من قوات الامن في هجمات نسبت للمتمردين الاكراد",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-26", "3", "17", "exact",
     "AFP tally (via Al Eqtisadiya)", "reported",
     "aggregate: by an AFP tally 17 members of the security forces were killed in attacks attributed to the Kurdish "
     "rebels 'since the latest escalation last week' ('last week' -> DCT 2 August - 7 = 26 July, precision 3, dated at "
     "the series' start; Kurdish rebels in the article's PKK frame -> PKK; 'قوات الامن' -> Police Forces of Turkey, as "
     "the spent PKK attack aggregates; no place -> location empty; 17 exact). The lead's 'the PKK escalated its attacks "
     "on the Turkish security forces recently' is the same series; the aggregate includes this article's two attacks. "
     "Not coded: the tens of thousands killed in the 30-year insurgency, the 2013 truce (far older than 12 months)"),
    (AW129, "اشتباكات استمرت لمدة يومين", "وقتل آخرين في اشتباكات استمرت لمدة يومين في الشمال",
     BAT, CLASH, "Military Forces of Burundi", UAG, "Cibitoke", "BI", "2015-07-19", "2", "", "",
     "local media sources (via Asharq Al-Awsat)", "reported",
     "the title's news: local media: the Burundian army arrested dozens of gunmen and killed others in clashes that "
     "lasted two days in the north, the latest violence over Nkurunziza's third-term bid; the first clashes were "
     "reported 'the evening of the day before yesterday' (DCT Tuesday 21 July -> 19 July; two days -> 19-20 July, "
     "dated at the start, precision 2); the Cibitoke governor: about 100 gunmen in the army's hands, 'no more fighting "
     "in Cibitoke' (the one province named -> 'Cibitoke'); the arrests folded; 'قتل آخرين' -> fatalities empty; the "
     "dissident general Leonard Ngendakumana said men loyal to him take part, the gunmen are 'from all ethnic groups' -> "
     "Unidentified armed group, alternative a named rebel/mutineer actor). Not coded: the general's announced mobilisation "
     "to topple the president (an intention), the US condemnation"),
    (AW129, "محاولة انقلاب فاشلة", "وقال جنرال منشق شارك في محاولة انقلاب فاشلة في مايو",
     BAT, CLASH, "Mutiny of Military Forces of Burundi", "Military Forces of Burundi", "", "BI", "2015-05-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background, borderline: the dissident general took part in 'a failed coup attempt in May' (May 2015 -> 1 May, "
     "precision 3, within 12 months of the DCT; the mutinous officers against the loyal army -> Battles/Armed clash, "
     "the failure implying the loyal forces put it down; the text names no place -> location empty; alternative "
     "Strategic developments/Other, or no row for a passing mention)"),
    (AW129, "شهدت احتجاجات استمرت لأسابيع", "بوجمبورا التي شهدت احتجاجات استمرت لأسابيع ضد",
     PRO, "Peaceful protest", "Protesters (Burundi)", "", "Bujumbura", "BI", "2015-07-21", "3", "", "",
     "Cibitoke governor Anselme Nsabimana (via Asharq Al-Awsat)", "claimed",
     "background: the governor: many of the gunmen come from the capital Bujumbura, 'which saw protests against "
     "Nkurunziza that lasted weeks' (no violence or intervention stated -> Peaceful protest, as the spent events40 "
     "aawsat-189 row of the same words; no month -> DCT, precision 3; said only inside the governor's quoted words -> "
     "claimed, alternative reported)"),
    (AW92, "تعهد", "تعهد رئيس اقليم كردستان العراق مسعود بارزاني، اليوم",
     "Statement", "", "Kurdistan Regional Government", IS, "Duhok", "IQ", "2015-08-03", "1", "", "",
     "Kurdistan Region President Massoud Barzani (speech in Duhok)", "reported",
     "the title's news: the president of Iraqi Kurdistan, Massoud Barzani, vowed 'today (Monday)' (DCT 3 August), in a "
     "speech in Duhok governorate on the first anniversary of ISIS's occupation of Sinjar, to take revenge on ISIS for "
     "its assault on the Yazidis: 'we will not leave them even if one man of them remains, and we will pursue them by "
     "military or legal means' (a military warning that is the article's news -> Statement, as the spent PJAK 'سنرد "
     "وبقوة' row; borderline, alternative no row; the title's 'يتعهد' is the same statement)"),
    (AW92, "باجتياح قضاء سنجار", "قام المتطرفون باجتياح قضاء سنجار معقل الطائفة الايزيدية",
     BAT, NSA, IS, PESH, "Sinjar", "IQ", "2014-08-03", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background, borderline: on 3 August last year the extremists overran Sinjar district, the Yazidis' stronghold, "
     "which was under the control of the Kurdish Peshmerga forces, in Nineveh (3 August 2014 is exactly 12 months before "
     "the DCT 3 August 2015, not more -> coded by the written rule; alternative not coded as a year-old anniversary; "
     "the Peshmerga withdrew -> actor2 Military Forces of Iraq (Peshmerga), the spent naming; the lead's 'occupation of "
     "Sinjar' is the same event)"),
    (AW92, "مذابح", "ونفذ التنظيم مذابح بحق الطائفة الايزيدية",
     VAC, ATT, IS, "Civilians (Iraq)", "Sinjar", "IQ", "2014-08-03", "2", "1280", "exact",
     "Kurdistan Regional Government statistics (via Asharq Al-Awsat)", "reported",
     "background, borderline (as the Sinjar row): after the Peshmerga withdrawal ISIS carried out massacres of the "
     "Yazidis, which the UN called attempted genocide, days before the US-led coalition's air intervention; by the KRG's "
     "statistics 1,280 people were killed during the extremists' attack on Sinjar city (-> 1280 exact; the 280 who died "
     "of bad conditions and the 841 missing are not killings; the lead's 'brutal assault on the Yazidis in summer 2014' "
     "is the same event; from 3 August 2014, within days -> precision 2). Not coded: the coalition's air intervention "
     "(a generic mention, as the spent launch-of-campaign decisions), the 400,000 displaced Yazidis, ISIS's 'thousands "
     "of corpses on the battlefields' (generic)"),
    (AW92, "خطفوا", "فان 5800 شخص خطفوا من قبل التنظيم",
     VAC, ABD, IS, "Civilians (Iraq)", "Sinjar", "IQ", "2014-08-03", "2", "", "",
     "Kurdistan Regional Government statistics (via Asharq Al-Awsat)", "reported",
     "background, borderline (as the Sinjar row): by the same tally 5,800 people were abducted by the group, which "
     "turned the women into 'sabaya'; only about 2,000 escaped (a different sub-event type from the massacre -> own "
     "row; the Sinjar assault -> Sinjar, from 3 August 2014, precision 2; no deaths)"),
    (AW92, "من استعادة مساحات من اراضي سنجار", "وتمكنت قوات البشمركة مدعومة بالتحالف الدولي من استعادة مساحات من اراضي سنجار",
     BAT, GRT, PESH, IS, "Sinjar", "IQ", "2015-08-03", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the Peshmerga, backed by the international coalition, 'later' regained parts of Sinjar's land, while "
     "vast areas remain under ISIS (no date in the text -> DCT, precision 3 by the written rule; the coalition support "
     "folded)"),
    (MD648, "تعرض للطعن بسكين", "الذي تعرض للطعن بسكين في مارس الماضي",
     VAC, ATT, UAG, "Civilians (South Korea)", "Seoul", "KR", "2015-03-01", "3", "", "",
     "Al Madina", "reported",
     "background: the US ambassador Mark Lippert 'was stabbed with a knife last March' at a breakfast event in Seoul, "
     "which needed 60 stitches in his cheek; Kim Ki-jong (56) was charged with attempted murder and told investigators "
     "the ambassador was a 'symbolic' target of his opposition to the joint US-South Korean drills (March 2015 -> "
     "1 March, precision 3, within 12 months; the later 'الهجوم على السفير ليبرت في مارس' is the same event -> one "
     "row; a lone activist, no group -> Unidentified armed group, as the spent events50 aawsat-188 row of the same "
     "stabbing; a diplomat -> Civilians (South Korea), as that row; no death). Not coded: the title's news, the police's "
     "arrest on 14 July of an unemployed recluse, 'Lee', who threatened in a comment on the White House website to kill "
     "the ambassador and denies it (an individual's threat with no political motive stated: an ordinary criminal "
     "arrest, as the spent events50 aawsat-188 decision; borderline)"),
    (AW138, "هجومين كبيرين", "جراء هجومين كبيرين شنهما متشددون إسلاميون هذا العام",
     VAC, ATT, UAG, "Civilians (Tunisia)", "", "TN", "2015-01-01", "3", "", "",
     "Asharq Al-Awsat (Reuters)", "reported",
     "aggregate, background, borderline: in an economy brief on Syphax Airlines, Tunisia's tourism sector 'was hurt by "
     "two big attacks launched by Islamist militants this year' (the Bardo and Sousse attacks, not named here; two "
     "attacks told together with no place, date or toll -> one aggregate row; 'this year' -> 1 January 2015, "
     "precision 3; 'متشددون إسلاميون', no group named -> Unidentified armed group, alternative Islamic State as the spent "
     "Bardo/Sousse rows whose texts named it; the tourism sector's victims -> Civilians (Tunisia); alternative not "
     "coded). Not coded: the rest of the brief (Syphax's suspension of flights, Honda, Uber, Barclays)"),
    (WM920, "سلسلة انفجارات لألغام أرضية", "إثر سلسلة انفجارات لألغام أرضية زرعها المتمردون في عدن",
     ERV, IED, HOU, CY, "Aden", "YE", "2015-08-02", "2", "9", "exact",
     "medical sources (via Al Weeam)", "reported",
     "the title's news: nine people, five civilians among them, were killed and 81 wounded 'during the past 24 hours' in "
     "a series of explosions of landmines planted by the rebels in Aden (the title states the Houthis planted them -> "
     "Houthis; mine victims -> Civilians (Yemen), as the spent almadina-644 and alwatan-2160 mine rows; one toll for the "
     "series -> one row; 24 hours before the report, no day -> DCT, precision 2, as the spent '24 hours' row; 9 exact, "
     "the medical sources expect the toll to rise)"),
    (WM920, "قصف مسلحي الحوثيين", "أصيبوا نتيجة قصف مسلحي الحوثيين وقوات الرئيس السابق",
     ERV, SHELL, HOU, CY, "Al Bukhari Mosque, Taiz", "YE", "2015-08-02", "2", "", "",
     "Sky News Arabia (via Al Weeam)", "reported",
     "Sky News: civilians were wounded, some seriously, by the shelling of the Houthi gunmen and Saleh's forces on the "
     "al-Bukhari mosque in the Wadi al-Madam area of Taiz city (Saleh's forces -> Houthis, the spent naming; wounded "
     "only -> fatalities empty; the mosque is the most specific named place -> 'Al Bukhari Mosque, Taiz', as the spent "
     "'Al Sharif Hotel, Taiz'; alternative 'Wadi al-Madam, Taiz'; no day -> DCT, precision 2)"),
    (WM920, "في طرد الحوثيين وقوات صالح من عدن", "نجحت قوات المقاومة الشعبية الموالية للرئيس اليمني، عبد ربه منصور هادي، في طرد الحوثيين وقوات صالح من عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-02", "2", "", "",
     "Al Weeam", "reported",
     "background: 'days ago' the popular resistance forces loyal to Hadi succeeded in expelling the Houthis and Saleh's "
     "forces from Aden after violent battles (the battles folded; 'منذ أيام' -> DCT, precision 2; as the spent "
     "background Aden rows)"),
    (WM920, "تقدمها إلى المدينة الخضراء", "واصلت القوات الموالية لهادي، أمس السبت، تقدمها إلى المدينة الخضراء",
     BAT, CLASH, YR, HOU, "Green City, Aden", "YE", "2015-08-01", "1", "", "",
     "officials and witnesses (via Al Weeam)", "reported",
     "after securing the city, the forces loyal to Hadi 'yesterday Saturday' (1 August) continued their advance to the "
     "'Green City' (المدينة الخضراء) in northern Aden (an advance against Houthi-held ground, no capture stated -> "
     "Armed clash; alternative Government regains territory, or no row since no fighting is described; pro-Hadi forces "
     "-> Yemeni Resistance; translated as the spent okaz-1168 'Green Area', in the north of Aden -> 'Green City, Aden')"),
    (WM920, "زنجبار", "بالإضافة إلى زنجبار عاصمة محافظة أبين",
     BAT, CLASH, YR, HOU, "Zinjibar, Abyan", "YE", "2015-08-01", "1", "", "",
     "officials and witnesses (via Al Weeam)", "reported",
     "the same Saturday (1 August) advance 'as well as (towards) Zinjibar, capital of Abyan governorate, east of the "
     "city' (one location per row -> own row; an advance, no capture stated -> Armed clash, as the Green City row; the "
     "spent rows date the Zinjibar capture 8-9 August)"),
    (WM920, "كثفت طائرات التحالف العسكري من غاراتها", "كثفت طائرات التحالف العسكري من غاراتها ليلًا وصباح أمس، ضد مواقع المتمردين في قاعدة العند الجوية",
     ERV, AIR, SLC, HOU, "Al Anad Air Base", "YE", "2015-08-01", "2", "", "",
     "military sources (via Al Weeam)", "reported",
     "the coalition aircraft intensified their raids 'at night and yesterday morning' (the night of 31 July to 1 August "
     "and Saturday morning -> 1 August, precision 2, as the spent night rows) on the rebels' positions in the al-Anad air "
     "base (one location per row: al-Anad here, al-Hawta and Taiz own rows; no toll for the raids)"),
    (WM920, "وفي الحوطة", "وفي الحوطة في محافظة لحج",
     ERV, AIR, SLC, HOU, "Al Hawtah, Lahij", "YE", "2015-08-01", "2", "", "",
     "military sources (via Al Weeam)", "reported",
     "the same raids on the rebels' positions in al-Hawta, Lahij governorate (own place -> own row; 'Al Hawtah, Lahij' "
     "as the spent rows; 1 August, precision 2)"),
    (WM920, "فضلًا عن تعز", "فضلًا عن تعز (جنوب غرب)",
     ERV, AIR, SLC, HOU, "Taiz", "YE", "2015-08-01", "2", "", "",
     "military sources (via Al Weeam)", "reported",
     "the same raids 'as well as Taiz (south-west)' (own place -> own row; 1 August, precision 2; the deaths of the "
     "sentence are given for the battles, own row)"),
    (WM920, "في معارك عنيفة", "و5 من القوات الموالية لهادي في معارك عنيفة",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-01", "2", "52", "exact",
     "military sources (via Al Weeam)", "reported",
     "in Taiz 'where 47 rebels and 5 of the forces loyal to Hadi were killed in violent battles', according to military "
     "sources (47 + 5 -> 52 exact; the 'حيث' clause follows Taiz -> Taiz; same night and day as the raids -> 1 August, "
     "precision 2; pro-Hadi forces -> Yemeni Resistance; alternative: the toll shared with the air-strike rows)"),
    # ---- set b (no text filter) ----
    (WM1527, "وتعرض لإطلاق نار", "ببلدة الجش بمحافظة القطيف، وتعرض لإطلاق نار",
     BAT, CLASH, UAG, "Police Forces of Saudi Arabia", "Al Jash, Qatif", "SA", "2015-07-28", "1", "1", "exact",
     "Al Weeam", "reported",
     "the security man Sami al-Harbi, 'martyred in the evening of yesterday Tuesday' while a security patrol was "
     "carrying out its duties in the town of al-Jash, Qatif governorate, came under fire and died (weekday rule: "
     "Tuesday on or before the DCT Friday 31 July -> 28 July, precision 1; the 'yesterday' of an earlier edition "
     "conflicts with the DCT, alternative precision 2; a security man killed on duty by unnamed gunmen -> Battles/Armed "
     "clash vs Police Forces of Saudi Arabia, as the spent events24 okaz-1951 row of the same killing, alternative "
     "VAC/Attack; 'Al Jash, Qatif' as that row; 1 exact). Not coded: his last posts, the transfer and burial in Medina"),
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
