"""Bookkeeping helper for the events55 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events53/addrows.py (itself from events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur37/events55/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 55 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events55/sample.py ("This set: events55, seeds 2882 / 2883, drawn at the start of stop 37 (eabb647), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2882).shuffle, walked in order; (b) 10 with no text filter, random.Random(2883).shuffle, >=3 sources (got, by source, a: aawsat 4, alwatan 2, aleqtisadiya 1, almadina 1, alweeam 1, okaz 1; b: alyaum 4, 3alyoum 1, aawsat 1, aleqtisadiya 1, alwatan 1, alweeam 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 34 rows): detection F1 0.957 before (33 matched of 35 A / 34 B rows, P 0.971, R 0.943; "
       "2 A-only rows, the okaz-1873 column's ISIS bombings and border skirmishes in Turkey, and 1 B-only row, the aawsat-129 May coup attempt in Burundi; A gave rows to 10 articles, B to 9, both to the same 9); "
       "1 row added from B (aawsat-129 background failed coup attempt, May 2015, Armed clash, Mutiny of Military Forces of Burundi vs Military Forces of Burundi: a recent background event in a relative clause, coded as the Lippert stabbing is); "
       "2 rows dropped, as B (okaz-1873 aggregates of ISIS's 'recent bombings in Turkey' and of 'the skirmishes with it across the border': a causal clause in an opinion column, no place below the country, no day, no count); "
       "6 field values changed to B's (aawsat-363 location 'Mashbaa, Al Bayda', first 'Al Bayda'; aawsat-363 Jiri ambush fatalities empty, first 8 exact: 'fell into' the ambushes, killing not said; aawsat-129 Bujumbura protests reported_as claimed, inside the governor's quotation; alweeam-920 locations 'Al Bukhari Mosque, Taiz', first 'Wadi al-Madam, Taiz', and 'Green City, Aden', first 'Al Madina al-Khadra, Aden'; aawsat-92 location 'Duhok', first 'Dohuk'); "
       "kept against B: 'Tiyab' (B 'Tayyab', for unvowelled طياب) and actor1 'Government of Iraq (Kurdistan Regional Government)' (B 'Kurdistan Regional Government'); "
       "every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
GRT = "Government regains territory"
NSAOT = "Non-state actor overtakes territory"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
RES = "Yemeni Resistance"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
MFT = "Military Forces of Turkey"
PESH = "Military Forces of Iraq (Peshmerga)"
CIVYE = "Civilians (Yemen)"
WAT1019 = "SN-alwatan-20150725-1019"
AWS363 = "SN-aawsat-20150806-363"
EQT265 = "SN-aleqtisadiya-20150802-265"
OKZ1873 = "SN-okaz-20150731-1873"
AWS129 = "SN-aawsat-20150721-129"
WEE920 = "SN-alweeam-20150802-920"
AWS138 = "SN-aawsat-20150801-138"
AWS92 = "SN-aawsat-20150803-92"
MAD648 = "SN-almadina-20150725-648"
WEE1527 = "SN-alweeam-20150731-1527"
RESSRC = "popular resistance sources (to Asharq Al-Awsat)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    # Aden's displaced (alwatan-1019, DCT Saturday 25 July)
    (WAT1019, "تحرير مدينة عدن", "منذ لحظة إعلان السلطات اليمنية تحرير مدينة عدن وإعلانها مدينة آمنة",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-25", "3", "", "",
     "Al Watan", "reported",
     "background: the displaced have dreamt of return 'since the moment the Yemeni authorities announced the liberation of "
     "the city of Aden' (the pro-Hadi side that took the city -> Yemeni Resistance vs Houthis, as the spent Aden-liberation "
     "rows; no day in the text -> DCT, precision 3, as the spent undated 'after its liberation' rows). Not coded: the "
     "displacement and the hopes of return, the Houthi seizure of the traders' goods 'during the Houthi occupation', the "
     "houses demolished and burned by the 'Houthi gangs' and the sabotage of the networks (generic, undated), the "
     "'number of incidents of targeting buses and vehicles carrying the displaced' on the road to Aden (borderline: a vague "
     "pattern with no place, day or count; alternative an aggregate VAC/Attack, Houthis vs Civilians (Yemen)), the new "
     "governor's call for support"),
    (WAT1019, "المعارك التي شهدتها مدينة خور مكسر", "فقدت ابنها وزوجها في المعارك التي شهدتها مدينة خور مكسر في أبريل الماضي",
     BAT, CLASH, HOU, RES, "Khor Maksar, Aden", "YE", "2015-04-01", "3", "2", "at_least",
     "Umm Mahmoud, a displaced Adeni woman (to Al Watan)", "reported",
     "background: Umm Mahmoud lost her son and her husband 'in the battles that the town of Khor Maksar saw last April' "
     "(April 2015 -> 1 April, precision 3, within 12 months of the DCT; the sides are not named, the Houthi war in Aden of "
     "the article -> Houthis vs Yemeni Resistance, the Houthi attackers first; her two dead are only part of the battles' "
     "toll -> 2 at_least; 'Khor Maksar, Aden' as the spent rows; her house destroyed is folded). Borderline: a personal "
     "mention; alternative no row"),
    # Tihama and al-Bayda (aawsat-363, DCT Thursday 6 August; 'أمس' = 5 August)
    (AWS363, "استهدفت، أمس، تجمعا", "المقاومة الشعبية التهامية استهدفت، أمس، تجمعا للمسلحين الحوثيين في النادي الرياضي",
     BAT, CLASH, RES, HOU, "Abs, Hajjah", "YE", "2015-08-05", "1", "2", "exact",
     "eyewitnesses (to Asharq Al-Awsat)", "reported",
     "eyewitnesses: the Tihama popular resistance 'yesterday' (5 August) targeted a gathering of Houthi gunmen at the sports "
     "club in Abs district, Hajjah governorate, killing two Houthis and wounding others (an attack on armed men, no weapon "
     "named -> Armed clash; Tihama resistance, pro-Hadi -> Yemeni Resistance; 'اثنان' -> 2 exact; district, governorate -> "
     "'Abs, Hajjah'). Not coded: the resistance's warning to Hodeidah's citizens to keep away from Houthi sites (not the "
     "article's news), the continuing 'targeting of HQs, gatherings and patrols' (generic), the Houthi deputy security "
     "director's order to collect the policemen's weapons and its refusal, and the title's news, the Houthis' mobilisation "
     "of schools for the 'war effort' (recruitment and fund-raising, no violence; borderline)"),
    (AWS363, "المواجهات بين المقاومة والمسلحين احتدمت", "المواجهات بين المقاومة والمسلحين احتدمت يوم أمس في جبال الطوي وهرمز والحمة بمديرية ذي ناعم",
     BAT, CLASH, RES, HOU, "Dhi Naim, Al Bayda", "YE", "2015-08-05", "1", "", "",
     "local sources (to Asharq Al-Awsat)", "reported",
     "local sources: the confrontations between the resistance and the gunmen intensified 'yesterday' (5 August) in the "
     "al-Tawi, Hormoz and al-Hamma mountains of Dhi Naim district, amid reports of dozens of Houthis and Saleh loyalists "
     "killed and wounded (three mountains of one named district -> one row 'Dhi Naim, Al Bayda', as the spent events39 "
     "alwatan-2160 row; 'العشرات' -> fatalities empty; the lead's 'escalated its attacks' is folded)"),
    (AWS363, "شنوا عددا من الهجمات", "إن «مسلحي المقاومة شنوا عددا من الهجمات ضد المسلحين الحوثيين",
     BAT, CLASH, RES, HOU, "Al Bayda", "YE", "2015-08-06", "2", "", "",
     RESSRC, "claimed",
     "resistance sources: its gunmen carried out a number of attacks, 'the strongest', on the Houthis and Saleh loyalists in "
     "several districts of al-Bayda governorate: they targeted the Houthi 'Jahri' checkpoint and the Jubaili Nasas and "
     "Kurayf positions, ambushed a patrol in the same area and targeted another patrol in the Mashbaa area, with reports of "
     "dead and wounded (one series, no toll -> one row at governorate level, as the spent events39 alwatan-2160 row of the "
     "same checkpoint and positions; alternative one row per named place; no day -> DCT, precision 2; a party's sources -> "
     "claimed)"),
    (AWS363, "سواداء غراب", "المقاومة تمكنت من تحرير موقعي سواداء غراب والاجردي",
     BAT, GRT, RES, HOU, "Sawda Ghurab", "YE", "2015-08-06", "2", "", "",
     RESSRC, "claimed",
     "resistance sources: the resistance 'liberated' the Sawda Ghurab and al-Ajradi positions after attacks with mortar "
     "shells and RPGs, the rebels fleeing for fear of capture (one location per row -> two rows, as the spent events39 "
     "alwatan-2160 rows; bare name, as that row: the text names no district; no day -> DCT, precision 2; claimed)"),
    (AWS363, "والاجردي", "تحرير موقعي سواداء غراب والاجردي، إثر هجمات",
     BAT, GRT, RES, HOU, "Al Ajradi", "YE", "2015-08-06", "2", "", "",
     RESSRC, "claimed",
     "second position of the same liberation: al-Ajradi (see the Sawda Ghurab row; no day -> DCT, precision 2; claimed)"),
    (AWS363, "طياب", "على مناطق للحوثي في طياب والجماجم والسوداء",
     BAT, GRT, RES, HOU, "Tiyab", "YE", "2015-08-06", "2", "", "",
     RESSRC, "claimed",
     "resistance sources: the attack came together with two attacks of the resistance, the first on Houthi areas in Tiyab, "
     "al-Jamajim and al-Sawdaa, and the resistance took over the areas the Houthis held (first of the two attacks -> one "
     "row, named after its first place, al-Jamajim and al-Sawdaa folded; alternative one row per place; no day -> DCT, "
     "precision 2; claimed)"),
    (AWS363, "المدخل الغربي لمدينة البيضاء", "ونصنص الواقعة في المدخل الغربي لمدينة البيضاء",
     BAT, GRT, RES, HOU, "Mashbaa, Al Bayda", "YE", "2015-08-06", "2", "", "",
     RESSRC, "claimed",
     "resistance sources: the second simultaneous attack, on the Mashbaa, al-Hujairiya and Nasnas areas at the western "
     "entrance of al-Bayda city, after which the resistance took over the areas the Houthis held (one attack -> one row; adjudicated, as B: "
     "named after its first place, at the entrance of the city -> 'Mashbaa, Al Bayda', as the first attack's "
     "row is named after its first place, first 'Al Bayda', the city; the patrol targeted 'in Mashbaa' (مشبعة) "
     "stays in the series row; the seizure of weapons and equipment and the two disabled vehicles are folded; no day -> "
     "DCT, precision 2; claimed)"),
    (AWS363, "نصب كمائن", "إثر نصب كمائن سقط فيها ثمانية مسلحين حوثيين في منطقة جيري",
     BAT, CLASH, RES, HOU, "Jiri", "YE", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "the resistance also cut the Houthi supply lines with ambushes in which eight Houthi gunmen 'fell' in the Jiri area, "
     "after they had attacked a resistance checkpoint (ambush of armed men -> Armed clash; adjudicated, as B: 'سقط فيها ثمانية' "
     "says the eight fell into the ambushes, not that they were killed -> fatalities empty; first 8 exact, "
     "which stays the alternative; the outlet's own voice -> reported; bare name, no district; no day -> DCT, "
     "precision 2)"),
    # Turkey (aleqtisadiya-265, DCT Sunday 2 August)
    (EQT265, "هجوم انتحاري لمتمردي", "صباح الاحد في هجوم انتحاري لمتمردي حزب العمال الكردستاني",
     ERV, SUI, PKK, MFT, "Dogubayazit, Agri", "TR", "2015-08-02", "1", "2", "exact",
     "Anadolu Agency (local officials) (via Al Eqtisadiya)", "reported",
     "the title's news: Anadolu: two Turkish soldiers killed and 24 wounded on Sunday morning (the DCT, 2 August) in a PKK "
     "suicide attack on a gendarmerie post in Agri province; a suicide bomber drove a tractor loaded with explosives into "
     "the gendarmerie building near Dogubayazit (the title's 'هجوم انتحاري' and the tractor sentence are the same event -> "
     "one row; soldiers supporting the gendarmerie -> Military Forces of Turkey, as the spent events37 alwatan-828 row of "
     "the same bombing, which its text dated to the night of 1 August; the attack is 'attributed' to the PKK, noted; "
     "'جنديين' -> 2 exact, the bomber not counted; 'Dogubayazit, Agri' as the spent rows)"),
    (EQT265, "انفجر لغم ارضي", "عندما انفجر لغم ارضي بينما كانت قافلة عسكرية تمر",
     ERV, IED, PKK, MFT, "Midyat, Mardin", "TR", "2015-08-02", "1", "1", "exact",
     "Anadolu Agency (via Al Eqtisadiya)", "reported",
     "in a separate incident also attributed to the PKK, a Turkish soldier was killed and four wounded early on Sunday (2 "
     "August) when a landmine blew up as a military convoy passed on a road in the town of Midyat, Mardin province "
     "(attributed -> PKK, noted; 'Midyat, Mardin' as the spent rows; 1 exact)"),
    (EQT265, "تقوم الطائرات الحربية التركية بقصف", "فيما تقوم الطائرات الحربية التركية بقصف مواقع للمتمردين في شمال العراق",
     ERV, AIR, MFT, PKK, "", "IQ", "2015-08-02", "3", "", "",
     "Al Eqtisadiya (AFP)", "reported",
     "aggregate: the Turkish warplanes are bombing rebel (PKK) positions in northern Iraq (an ongoing campaign with no start "
     "or place in the text -> one aggregate, DCT, precision 3, as the spent events52/53 continuing-raids aggregates; "
     "northern Iraq -> IQ, location empty)"),
    (EQT265, "قتل 17 عنصرا", "قتل 17 عنصرا من قوات الامن في هجمات نسبت للمتمردين الاكراد",
     BAT, CLASH, PKK, "Police Forces of Turkey", "", "TR", "2015-07-26", "3", "17", "exact",
     "AFP tally (via Al Eqtisadiya)", "reported",
     "aggregate: by an AFP tally 17 members of the security forces have been killed in attacks attributed to the Kurdish "
     "rebels since the latest escalation 'last week' ('last week' -> DCT - 7 = 26 July, precision 3 as an aggregate; "
     "'قوات الامن' -> Police Forces of Turkey, as the spent events35/39 aggregates; attributed Kurdish rebels -> PKK; the "
     "day's two attacks are their own rows and presumably inside the 17). Not coded: the 'tens of thousands' killed in the "
     "30-year insurgency and the 2013 truce (far older than 12 months)"),
    # Burundi (aawsat-129, DCT Tuesday 21 July)
    (AWS129, "اشتباكات استمرت لمدة يومين", "اعتقل عشرات المسلحين وقتل آخرين في اشتباكات استمرت لمدة يومين في الشمال",
     BAT, CLASH, "Military Forces of Burundi", UAG, "Cibitoke", "BI", "2015-07-19", "2", "", "",
     "local media sources (via Asharq Al-Awsat)", "reported",
     "the title's news: local media: the Burundian army arrested dozens of gunmen and killed others in clashes that lasted "
     "two days in the north; the first clashes were reported 'the evening of the day before yesterday' (19 July); the "
     "governor of Cibitoke province: about 100 gunmen are in the army's hands, no more fighting in Cibitoke (the clashes, "
     "the arrests of fighters and the governor's figure are one event -> one row, the captured combatants folded, as the "
     "spent events45 prisoners; start of a two-day clash -> 19 July, precision 2; 'قتل آخرين' -> fatalities empty; the "
     "gunmen unnamed -> Unidentified armed group, though the dissident general Leonard Ngendakumana says his loyalists "
     "take part (alternative a mutiny/rebel actor); the province named -> 'Cibitoke'). The general's May coup attempt is its own "
     "background row (added in adjudication). Not coded: his mobilisation of forces to topple the president (intent), the US condemnation"),
    (AWS129, "شهدت احتجاجات استمرت لأسابيع", "العاصمة بوجمبورا التي شهدت احتجاجات استمرت لأسابيع ضد نكورونزيزا",
     PRO, "Peaceful protest", "Protesters (Burundi)", "", "Bujumbura", "BI", "2015-07-21", "3", "", "",
     "Cibitoke governor Anselme Nsabimana (via Asharq Al-Awsat)", "claimed",
     "aggregate (background): the capital Bujumbura 'saw protests that lasted weeks against Nkurunziza' (no violence or "
     "intervention in this sentence -> Peaceful protest, actor2 empty; no month -> DCT, precision 3; as the spent events40 "
     "aawsat-189 row of the same wording; adjudicated, as B: the clause stands inside the governor's quotation, the only "
     "place the text gives it -> claimed, first reported)"),
    (AWS129, "محاولة انقلاب فاشلة", "وقال جنرال منشق شارك في محاولة انقلاب فاشلة في مايو",
     BAT, CLASH, "Mutiny of Military Forces of Burundi", "Military Forces of Burundi", "", "BI", "2015-05-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background, borderline: the dissident general Leonard Ngendakumana 'took part in a failed coup attempt in May' "
     "(May 2015 -> 1 May, precision 3, within 12 months of the DCT; mutinous officers against the loyal army, the failure "
     "implying the loyal forces put it down -> Armed clash, Mutiny of Military Forces of Burundi vs Military Forces of "
     "Burundi; the text names no place -> location empty; alternative Strategic developments/Other). Added in "
     "adjudication from B: a recent background event given in a relative clause, coded as the Lippert stabbing of "
     "almadina-648 is; my first version left it out as an attribute of the speaker"),
    # Yemen (alweeam-920, DCT Sunday 2 August; 'أمس السبت' = 1 August)
    (WEE920, "سلسلة انفجارات لألغام أرضية", "إثر سلسلة انفجارات لألغام أرضية زرعها المتمردون في عدن",
     ERV, IED, HOU, CIVYE, "Aden", "YE", "2015-08-02", "2", "9", "exact",
     "medical sources (via Al Weeam)", "reported",
     "the title's news: 9 people, 5 of them civilians, killed and 81 wounded 'during the past 24 hours' in a series of "
     "landmine explosions, mines planted by the rebels in Aden (the title's 'ألغام أرضية زرعها الحوثيين' is the same event -> "
     "one row; a series within one day in one city with one toll -> one row; the planting rebels -> Houthis; 5 of the 9 "
     "civilians, the others not described -> Civilians (Yemen); '9' -> 9 exact, the medical sources expect more; past 24 "
     "hours of a Sunday report -> DCT, precision 2)"),
    (WEE920, "قصف مسلحي الحوثيين", "أصيبوا نتيجة قصف مسلحي الحوثيين وقوات الرئيس السابق",
     ERV, SHELL, HOU, CIVYE, "Al Bukhari Mosque, Taiz", "YE", "2015-08-02", "2", "", "",
     "Sky News (via Al Weeam)", "reported",
     "Sky News: civilians, some of them seriously, were wounded by the shelling of the Houthi gunmen and Saleh's forces on "
     "the al-Bukhari mosque in the Wadi al-Madam area of Taiz (Saleh's forces in the note; no death; no day -> DCT, "
     "precision 2; adjudicated, as B: the most specific place is the mosque, written 'Place, City' as the spent 'Al Anoud "
     "Mosque, Dammam' -> 'Al Bukhari Mosque, Taiz'; first the area, 'Wadi al-Madam, Taiz')"),
    (WEE920, "في طرد الحوثيين وقوات صالح من عدن", "في طرد الحوثيين وقوات صالح من عدن، بعد معارك عنيفة",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-02", "2", "", "",
     "Al Weeam", "reported",
     "background: 'days ago' the popular resistance forces loyal to Hadi succeeded in expelling the Houthis and Saleh's "
     "forces from Aden after violent battles (the battles folded; 'منذ أيام' -> DCT, precision 2; as the spent Aden-liberation "
     "rows, Yemeni Resistance vs Houthis)"),
    (WEE920, "المدينة الخضراء", "تقدمها إلى المدينة الخضراء في شمال عدن",
     BAT, CLASH, RES, HOU, "Green City, Aden", "YE", "2015-08-01", "1", "", "",
     "officials and witnesses (via Al Weeam)", "reported",
     "after securing the city, the pro-Hadi forces 'yesterday Saturday' (1 August) continued their advance to al-Madina "
     "al-Khadra in the north of Aden (an advance against the Houthis with no capture stated -> Armed clash, as the spent "
     "events44 Anad offensive row; pro-Hadi forces -> Yemeni Resistance; one location per row: Zinjibar is its own row; "
     "alternative folded, no fighting described; adjudicated, as B: 'المدينة الخضراء' translated -> 'Green City, Aden', as "
     "the spent events51 'Green Area' for 'المنطقة الخضراء'; first 'Al Madina al-Khadra, Aden')"),
    (WEE920, "زنجبار عاصمة محافظة أبين", "بالإضافة إلى زنجبار عاصمة محافظة أبين شرقي المدينة",
     BAT, CLASH, RES, HOU, "Zinjibar, Abyan", "YE", "2015-08-01", "1", "", "",
     "officials and witnesses (via Al Weeam)", "reported",
     "the same Saturday (1 August) advance 'in addition to Zinjibar, capital of Abyan governorate, east of the city' (see "
     "the Green City row; 'Zinjibar, Abyan' as the spent rows)"),
    (WEE920, "قاعدة العند الجوية", "ضد مواقع المتمردين في قاعدة العند الجوية",
     ERV, AIR, COAL, HOU, "Al Anad Air Base", "YE", "2015-08-01", "2", "", "",
     "Al Weeam", "reported",
     "the coalition aircraft intensified their raids 'at night and yesterday morning' on rebel positions at al-Anad air "
     "base (a night and a morning -> 1 August, precision 2, as the spent night rows; one location per row: al-Hawtah and "
     "Taiz are their own rows; 'Al Anad Air Base' as the spent rows)"),
    (WEE920, "وفي الحوطة في محافظة لحج", "وفي الحوطة في محافظة لحج، فضلًا عن تعز",
     ERV, AIR, COAL, HOU, "Al Hawtah, Lahij", "YE", "2015-08-01", "2", "", "",
     "Al Weeam", "reported",
     "the same night-and-morning coalition raids in al-Hawtah, Lahij governorate (see the Anad row; 'Al Hawtah, Lahij' as "
     "the spent rows)"),
    (WEE920, "فضلًا عن تعز", "في الحوطة في محافظة لحج، فضلًا عن تعز (جنوب غرب)",
     ERV, AIR, COAL, HOU, "Taiz", "YE", "2015-08-01", "2", "", "",
     "Al Weeam", "reported",
     "the same night-and-morning coalition raids 'as well as Taiz (south-west)' (see the Anad row; no toll for the raids: "
     "the Taiz toll belongs to the battles row)"),
    (WEE920, "في معارك عنيفة، حسبما", "و5 من القوات الموالية لهادي في معارك عنيفة، حسبما نقلت مصادر عسكرية",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-08-01", "2", "52", "exact",
     "military sources (via Al Weeam)", "reported",
     "in Taiz 47 rebels and 5 of the forces loyal to Hadi were killed in violent battles, according to military sources (47 "
     "+ 5 -> 52 exact; the sentence hangs on 'yesterday' -> 1 August, precision 2; pro-Hadi forces -> Yemeni Resistance; "
     "unnamed military sources, as the spent 'security sources' rows -> reported, alternative claimed)"),
    # Tunisian airline (aawsat-138, an economy brief, DCT 1 August)
    (AWS138, "هجومين كبيرين", "جراء هجومين كبيرين شنهما متشددون إسلاميون هذا العام",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "", "TN", "2015-01-01", "3", "", "",
     "Reuters (via Asharq Al-Awsat)", "reported",
     "aggregate (background), borderline: the Tunisian tourism sector was hurt by 'two big attacks carried out by Islamist "
     "militants this year' (Bardo and Sousse, not named in the text; two undifferentiated attacks -> one aggregate row; "
     "'this year' -> 1 January, precision 3; the militants not named -> Unidentified armed group, alternative Islamic State "
     "as the spent events39 rows, whose text named the claim; tourists -> Civilians (Tunisia); no place -> location empty; "
     "alternative no row, a passing economic mention). Not coded: the rest of the brief (Syphax Airlines, Honda, Uber, "
     "Barclays)"),
    # Sinjar anniversary (aawsat-92, DCT Monday 3 August)
    (AWS92, "تعهد رئيس اقليم كردستان", "تعهد رئيس اقليم كردستان العراق مسعود بارزاني، اليوم (الاثنين)، بالانتقام",
     "Statement", "", "Government of Iraq (Kurdistan Regional Government)", IS, "Duhok", "IQ", "2015-08-03", "1", "", "",
     "Kurdistan Region President Massoud Barzani (speech in Duhok)", "reported",
     "the title's news: 'today (Monday)' (3 August) in a speech in Dohuk governorate on the first anniversary of the ISIS "
     "occupation of Sinjar, the Kurdistan Region president Massoud Barzani vowed revenge on ISIS: 'we will not leave them "
     "even if one man of them remains, and we will pursue them by military or legal means' (an official's military warning "
     "that is the article's news -> Statement, as the spent events52 Erdogan row; borderline, alternative no row; the KRG "
     "president -> 'Government of Iraq (Kurdistan Regional Government)', kept in adjudication against B's 'Kurdistan "
     "Regional Government': the set writes Iraqi Kurdish bodies as parts of Iraq, as the spent 'Military Forces of Iraq "
     "(Peshmerga)'; adjudicated, as B: 'Duhok', the KRG's own spelling of دهوك; first 'Dohuk')"),
    (AWS92, "قام المتطرفون باجتياح قضاء سنجار", "قام المتطرفون باجتياح قضاء سنجار معقل الطائفة الايزيدية",
     BAT, NSAOT, IS, PESH, "Sinjar", "IQ", "2014-08-03", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "background, borderline: 'on 3 August last year' the extremists overran the Sinjar district, stronghold of the Yazidi "
     "community, held by the Kurdish Peshmerga, in Nineveh (the title's and the speech's 'occupation of Sinjar' is the same "
     "event -> one row; exactly 12 months before the DCT, not more -> coded by the 12-month rule; alternative not coded as "
     "a year-old event; the Peshmerga withdrawal folded)"),
    (AWS92, "ونفذ التنظيم مذابح", "ونفذ التنظيم مذابح بحق الطائفة الايزيدية بعد انسحاب قوات البشمركة",
     VAC, "Attack", IS, "Civilians (Iraq)", "Sinjar", "IQ", "2014-08-03", "2", "1280", "exact",
     "Kurdistan Regional Government statistics (via Asharq Al-Awsat)", "reported",
     "background, borderline: after the Peshmerga withdrew, ISIS carried out massacres of the Yazidis, which the UN called "
     "an attempted genocide; by the KRG's statistics 1,280 people were killed 'during the extremists' attack on the town of "
     "Sinjar' (-> 1280 exact on this row; the 280 who died of the bad conditions are not counted; dated with the attack, "
     "3 August 2014, precision 2, within 12 months of the DCT; alternative not coded with the takeover). Not coded: the "
     "coalition's air intervention 'days after the massacres' (a cause clause, generic campaign start), the 400,000 "
     "displaced, Barzani's 'thousands of their corpses on the battlefields' (generic)"),
    (AWS92, "5800 شخص خطفوا", "فان 5800 شخص خطفوا من قبل التنظيم الذي حول النساء لسبايا",
     VAC, "Abduction/forced disappearance", IS, "Civilians (Iraq)", "Sinjar", "IQ", "2014-08-03", "2", "", "",
     "Kurdistan Regional Government statistics (via Asharq Al-Awsat)", "reported",
     "background, borderline: by the same tally 5,800 people were abducted by ISIS, which turned the women into sex slaves; "
     "only about 2,000 escaped; 841 are still missing (abduction of Yazidi civilians in the Sinjar attack -> its own "
     "sub-type row, dated with the attack, precision 2; no deaths; alternative folded into the massacre row)"),
    (AWS92, "من استعادة مساحات من اراضي سنجار", "وتمكنت قوات البشمركة مدعومة بالتحالف الدولي من استعادة مساحات من اراضي سنجار لاحقا",
     BAT, GRT, PESH, IS, "Sinjar", "IQ", "2015-08-03", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: the Peshmerga backed by the international coalition 'later' retook areas of Sinjar's land, though vast "
     "areas are still under ISIS control (the coalition's support folded; no date in the text -> DCT, precision 3, by the "
     "written rule)"),
    # Seoul (almadina-648, DCT Saturday 25 July)
    (MAD648, "تعرض للطعن بسكين", "الذي تعرض للطعن بسكين في مارس الماضي، وقال مسؤول",
     VAC, "Attack", UAG, "Civilians (South Korea)", "Seoul", "KR", "2015-03-01", "3", "", "",
     "Al Madina", "reported",
     "background: the US ambassador Mark Lippert 'was stabbed with a knife last March'; Kim Ki-jong (56), charged with "
     "attempted murder after 'the attack on ambassador Lippert last March during a breakfast event in Seoul', which needed "
     "60 stitches, told investigators the ambassador was a 'symbolic' target of his opposition to the US-South Korean "
     "drills (the later 'الهجوم على السفير ليبرت' is the same event -> one row; March -> 1 March, precision 3; a lone "
     "attacker -> Unidentified armed group, as the spent events50 aawsat-188 row of the same stabbing; a diplomat, no armed "
     "role -> Civilians (South Korea); no death). Not coded: the title's news, the police's arrest on 14 July, announced "
     "'yesterday Friday', of an unemployed recluse 'Lee' who threatened in a comment on the White House website to kill "
     "the ambassador (an individual's threat, no political motive stated, he denies it: an ordinary criminal arrest, as the "
     "spent events50 decision; borderline), the indictment (legal)"),
    # ---- set b (no text filter) ----
    # Qatif (alweeam-1527, DCT Friday 31 July)
    (WEE1527, "وتعرض لإطلاق نار", "ببلدة الجش بمحافظة القطيف، وتعرض لإطلاق نار ثم فارق الحياة",
     BAT, CLASH, UAG, "Police Forces of Saudi Arabia", "Al Jash, Qatif", "SA", "2015-07-28", "1", "1", "exact",
     "Al Weeam", "reported",
     "background (the news is his last words and the burial): the security man Sami al-Harbi, 'martyred on the evening of "
     "yesterday Tuesday' while a security patrol carried out its duties in the town of al-Jash, Qatif governorate, was shot "
     "and died (the weekday wins over the stale 'yesterday' of the Friday DCT -> Tuesday 28 July, precision 1; a security "
     "man killed on duty by unnamed gunmen -> Armed clash vs Police Forces of Saudi Arabia, as the spent events24 "
     "okaz-1951 row of the same killing; 1 exact; 'Al Jash, Qatif' as that row). Not coded: the transfer of the body and "
     "the burial in al-Baqi"),
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
