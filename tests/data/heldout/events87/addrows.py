"""Bookkeeping helper for the events87 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur48/events87/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 87 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events87/sample.py ("This set: events87, seeds 2990 / 2991, drawn at the start of stop 48 (33dff2c), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2990).shuffle, walked in order; (b) 10 with no text filter, random.Random(2991).shuffle, >=3 sources (got, by source, a: alriyadh 3, alyaum 2, aleqtisadiya 1, almadina 1, alwatan 1, aawsat 1, aljazirah 1; b: alyaum 3, alriyadh 2, okaz 2, aljazirah 1, aawsat 1, alweeam 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 30 rows): detection F1 0.909 before by compare.py (30 matched of 36 A / 30 B rows, P 1.000, R 0.833; compare.py's greedy pass paired my al-Dhabab district-clash row with B's background Aden-liberation row (a false pair) and my al-Abbasiyin row with B's single Damascus barrage row (the same barrage); on true pairs 29 of 36 A / 30 B, F1 0.879; both gave rows to the same 8 articles and left the same 12 empty); on compare.py's 30 pairs event_type, location_country, time_precision and reported_as agreed 30/30, sub_event_type, fatalities and fatalities_qualifier 29/30, actor2 and event_date 28/30, actor1 27/30, location 26/30; triggers 20/30 identical trigger+occurrence, 25/30 nested; 36 -> 34 rows: the four Damascus rows (al-Thawra street 10 exact, Baghdad street, Bab Touma, al-Abbasiyin) folded into one 'Damascus' row with 11 exact, as B (one barrage with a citywide toll, as the spent aawsat-72/aawsat-142 Taiz shelling rows); 1 row added from B (alriyadh-604 background liberation of Aden 'days' before, first folded into the airport row); 1 value changed to B's: alweeam-2318 location 'Imam al-Sadiq Mosque, Kuwait City' (first 'Kuwait City'); kept against B: the four Taiz district clash rows of alriyadh-604 (B folded them into the Tuesday toll row; as the spent alriyadh-678 rows of the same sentence), alyaum-1045 Aleppo clash actor order Islamic State / Syrian rebels (B reversed), alriyadh-765 al-Dhabab depots actor2 empty (B Civilians (Yemen)), alriyadh-604 Taiz residential shelling 21 July (B 23 July), 'Sirwah' (B 'Sirwah, Marib'), alwatan-2163 actor1 'Military Forces of Sudan (National Intelligence and Security Service)' (B Police Forces of Sudan), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
SLC = "Saudi-led coalition"
REB = "Syrian rebels"
CSY = "Civilians (Syria)"
CYE = "Civilians (Yemen)"
NISS = "Military Forces of Sudan (National Intelligence and Security Service)"
YUM1045 = "SN-alyaum-20150809-1045"
RYD765 = "SN-alriyadh-20150722-765"
RYD604 = "SN-alriyadh-20150723-604"
AWS351 = "SN-aawsat-20150731-351"
MAD687 = "SN-almadina-20150726-687"
WAT2163 = "SN-alwatan-20150806-2163"
YUM1066 = "SN-alyaum-20150809-1066"
WEM2318 = "SN-alweeam-20150806-2318"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Damascus shells and northern Aleppo (alyaum-1045, DCT Sunday 9 August 17:53 UTC)
    (YUM1045, "القذائف الصاروخية", "حصيلة قتلى القذائف الصاروخية التي سقطت على احياء عدة في دمشق",
     ERV, SHELL, REB, CSY, "Damascus", "SY", "2015-08-08", "2", "11", "exact",
     "SANA and the Syrian Observatory for Human Rights (via Al Yaum)", "reported",
     "the title's news: the toll of the rocket shells that fell on several districts of Damascus rose to 11 dead (three "
     "children) and 46 wounded, as SANA reported on Saturday/Sunday; SANA lists the shells fired by 'terrorist "
     "organisations' on al-Thawra and Baghdad streets, Bab Touma and al-Abbasiyin; ten of the dead were killed by one "
     "shell in al-Thawra street fired from the Jobar district (one barrage with a citywide toll -> one row at "
     "'Damascus', the districts in the note, as the spent aawsat-72 and aawsat-142 Taiz shelling rows; adjudicated, as "
     "B: my first version had one row per named street/district with 10 exact on al-Thawra street; the title's 'سقوط "
     "قذائف على دمشق' is the same barrage; SOHR: the shells came from the positions of the fighting factions around "
     "the capital -> Syrian rebels; nine of the dead civilians -> Civilians (Syria); no day of the shelling in the "
     "text, reported by SANA on Saturday -> 8 August, precision 2; 11 exact, the stated toll)"),
    (YUM1045, "اشتباكات بين الطرفين", "اثر اشتباكات بين الطرفين وتفجيرين",
     BAT, CLASH, IS, REB, "Aleppo", "SY", "2015-08-09", "2", "28", "at_least",
     "Syrian Observatory for Human Rights (via Al Yaum)", "reported",
     "in Aleppo governorate (north) at least 28 members of the fighting factions and of ISIS were killed in clashes "
     "between the two sides and two suicide bombings carried out by ISIS in the northern Aleppo countryside, per SOHR "
     "(the joint toll of clashes and bombings put on this row, the bombings' row has fatalities empty; factions -> "
     "Syrian rebels; no town -> 'Aleppo', the governorate as the spent alriyadh-839 row; no day -> DCT, precision 2); adjudication: actor order kept against B's Syrian rebels / Islamic State: ISIS is the side whose suicide bombings opened the fighting, as in the bombing row; alternative B's order"),
    (YUM1045, "وتفجيرين انتحاريين", "اشتباكات بين الطرفين وتفجيرين انتحاريين نفذهما التنظيم",
     ERV, SUI, IS, REB, "Aleppo", "SY", "2015-08-09", "2", "", "",
     "Syrian Observatory for Human Rights (via Al Yaum)", "reported",
     "the two suicide bombings carried out by ISIS in the northern Aleppo countryside against the fighting factions "
     "(one row for the two: no separate places or days; own row beside the clashes, as the spent alwatan-913 two-suicide-"
     "bombings row; the 28 dead are on the clash row). Alternative: folded into the clash row"),

    # Yemeni human-rights minister's letter (alriyadh-765, DCT Wednesday 22 July 09:47 UTC)
    (RYD765, "بقصف مُركز بصواريخ الكاتيوشا", "قامت الاحد 19 يوليو 2015 بقصف مُركز بصواريخ الكاتيوشا",
     ERV, SHELL, HOU, CYE, "Dar Saad, Aden", "YE", "2015-07-19", "1", "50", "exact",
     "Yemeni Human Rights Minister Izz al-Din al-Asbahi (letter to the UN High Commissioner, via Al Riyadh)", "claimed",
     "the minister's letter: on Sunday 19 July 2015 the Houthi and Saleh militias carried out a concentrated Katyusha "
     "rocket bombardment of the residential districts of Dar Saad in Aden governorate, 50 citizens killed and 200 "
     "wounded, many women and children; artillery and rockets aimed deliberately at civilians, no military site in the "
     "districts (the earlier 'destruction ... committed on Sunday in Aden city' and 'those districts that were shelled' "
     "are the same event -> one row; Houthi-Saleh forces -> Houthis; given only as the government minister's "
     "accusation -> claimed, as the spent almadina-595 Dar Saad row; 50 exact, his number). Not coded: the UN visit "
     "invitation (diplomatic), the four-month siege of Aden governorate (generic background)"),
    (RYD765, "بعملية قتل ممنهج", "وتقوم بعملية قتل ممنهج في الاحياء عبر القناصة",
     VAC, "Attack", HOU, CYE, "Taiz", "YE", "2015-07-22", "3", "", "",
     "Yemeni Human Rights Minister Izz al-Din al-Asbahi (via Al Riyadh)", "claimed",
     "aggregate: the minister says the Houthi and Saleh militias have for weeks been besieging Taiz city, blocking food "
     "and medicine, and carrying out systematic killing by snipers in districts such as Hawd al-Ashraf, al-Jumhuri and "
     "the northern and western districts (one aggregate row for the sniping over weeks, the siege folded; several "
     "districts -> the city; 'for weeks' -> DCT, precision 3; the minister's accusation -> claimed; no toll)"),
    (RYD765, "بتفجير الخزانات الاستراتيجية", "قامت المليشيات الحوثية وصالح بتفجير الخزانات الاستراتيجية",
     SD, "Looting/property destruction", HOU, "", "Al Dhabab, Taiz", "YE", "2015-07-18", "1", "", "",
     "Yemeni Human Rights Minister Izz al-Din al-Asbahi (via Al Riyadh)", "claimed",
     "'last Saturday 18 July 2015' the Houthi and Saleh militias blew up the strategic oil and gas tanks in Taiz by "
     "detonating 65,000 household gas cylinders stored at the oil company's depots in the al-Dhabab area, an ongoing "
     "fire and environmental disaster (the later 'the explosion' is the same event; deliberate destruction of property "
     "with no victims stated -> Looting/property destruction, alternative Explosions/Remote violence with the generic "
     "explosive sub-type; no owner named as a party -> actor2 empty; 'Al Dhabab, Taiz' as the spent rows; the "
     "minister's accusation -> claimed); adjudication: actor2 kept empty against B's Civilians (Yemen): the depots belong to the oil company, and no civilian victim is stated; alternative B's"),

    # First Saudi military plane at Aden airport (alriyadh-604, DCT Thursday 23 July 19:14 UTC)
    (RYD604, "هبطت طائرة عسكرية سعودية", "هبطت طائرة عسكرية سعودية في مطار مدينة عدن",
     SD, "Other", "Military Forces of Saudi Arabia", "", "Aden Airport, Aden", "YE", "2015-07-23", "2", "", "",
     "Al Riyadh", "reported",
     "the title's news: a Saudi military plane landed at Aden airport, the first since the city's liberation, unloaded "
     "military and logistic equipment and left (the title's 'هبوط أول طائرة عسكرية سعودية' is the same; as the spent "
     "sabq-1518 first-Saudi-plane row, Strategic developments/Other; no day in the text -> DCT, precision 2). Not "
     "coded: the government's announcement that the airport is open, the transport minister's words"),
    (RYD604, "بعد أيام من تحريرها", "لتكون أول طائرة تحط في مطار المدينة بعد أيام من تحريرها",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-23", "2", "", "",
     "Al Riyadh", "reported",
     "background: the plane is the first to land at the city's airport 'days after its (Aden's) liberation from the "
     "Houthi rebels and the forces of the deposed president Saleh' (the city's recapture; 'days' before the DCT -> DCT, "
     "precision 2; pro-government fighters -> Yemeni Resistance; adjudicated, added from B: my first version folded it "
     "into the airport row, but the city and its airport are differently named places, and the spent aawsat-72 and "
     "alriyadh-678 rows code the recent liberation of Aden as its own background row)"),
    (RYD604, "استعادته الأسبوع الماضي", "الذي استعادته الأسبوع الماضي القوات الموالية للحكومة",
     BAT, GRT, YR, HOU, "Aden Airport, Aden", "YE", "2015-07-16", "2", "", "",
     "Al Riyadh", "reported",
     "background: the airport, which the pro-government forces recaptured 'last week' after fierce battles with the "
     "Houthi rebels (DCT 23 July - 7 -> 16 July, precision 2; pro-government forces -> Yemeni Resistance, as the "
     "spent alweeam-1116 airport row; the city's liberation 'days' before is its own row, adjudicated). Not coded: 'four months of fighting' between the resistance "
     "and the Houthis and the '3 months of war' (generic)"),
    (RYD604, "تمكنوا من دحر الحوثيين", "مقاتلي المقاومة الشعبية تمكنوا من دحر الحوثيين",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-07-23", "2", "", "",
     "Maj. Gen. Jaafar Mohammed Saad, Hadi's military adviser (via Al Riyadh)", "claimed",
     "Saad: the popular-resistance fighters drove the Houthis and Saleh's forces out of east Aden and forced them to "
     "retreat beyond the governorate's eastern border; Aden 'entirely safe' except a few pockets (the push-out is "
     "given only as the commander's statement -> claimed; east Aden, no district named -> 'Aden'; no day -> DCT, "
     "precision 2). Not coded: the 'Aden is safe' declarations (part of this statement)"),
    (RYD604, "مدخل مدينة دار سعد", "أن مدخل مدينة دار سعد في شمال المدينة",
     BAT, GRT, YR, HOU, "Dar Saad, Aden", "YE", "2015-07-23", "2", "", "",
     "Maj. Gen. Jaafar Mohammed Saad, Hadi's military adviser (via Al Riyadh)", "claimed",
     "Saad, commander of the 'Aden's Anger' operations: the entrance of Dar Saad in the north of the city has come "
     "under the control of the popular-resistance forces (a differently named place from the east-Aden row -> own "
     "row; claimed; no day -> DCT, precision 2)"),
    (RYD604, "طوقت قاعدة العند الجوية", "حيث طوقت قاعدة العند الجوية",
     BAT, CLASH, YR, HOU, "Al Anad Air Base", "YE", "2015-07-23", "2", "", "",
     "Al Riyadh; Maj. Gen. Jaafar Mohammed Saad", "reported",
     "the popular-resistance forces made gains in Lahij governorate and encircled the strategic al-Anad air base from "
     "the west and north (Saad); later in the outlet's own voice 'the resistance continued its advance and imposes a "
     "tight siege on ... al-Anad air base' (the same siege -> one row, stated by the outlet -> reported; a siege of a "
     "Houthi-held base -> Armed clash, as the spent almadina-595/aawsat-151 al-Anad siege rows; no day -> DCT, "
     "precision 2)"),
    (RYD604, "شن طيران التحالف سلسلة غارات", "هذا وشن طيران التحالف سلسلة غارات على قاعدة العند",
     ERV, AIR, SLC, HOU, "Al Anad Air Base", "YE", "2015-07-23", "2", "", "",
     "Al Riyadh", "reported",
     "the coalition aircraft carried out a series of raids on al-Anad air base in Lahij, setting it on fire and "
     "destroying large weapons depots (the subheading 'طيران التحالف يقصف قاعدة العند' is the same event; Houthi-held "
     "base -> actor2 Houthis, as the spent alriyadh-678 row; no day -> DCT, precision 2)"),
    (RYD604, "معسكر لبوزه", "تفرض حصارا محكما على معسكر لبوزه",
     BAT, CLASH, YR, HOU, "Labouza Camp, Lahij", "YE", "2015-07-23", "2", "", "",
     "Al Riyadh", "reported",
     "the resistance continued its advance and imposes a tight siege on the Labouza camp (and al-Anad, own row): a "
     "differently named place -> own row ('Labouza Camp, Lahij' and siege -> Armed clash as the spent okaz-1225 row; "
     "ongoing, no day -> DCT, precision 2)"),
    (RYD604, "وقتل 17 مسلحا", "وقتل 17 مسلحا من الحوثيين وقوات صالح",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-07-21", "1", "20", "exact",
     "Al Riyadh; local and resistance sources", "reported",
     "17 Houthi and Saleh gunmen killed and dozens wounded in confrontations with the popular-resistance forces in "
     "various areas of Taiz city on Tuesday (DCT Thursday 23 July -> 21 July, precision 1); local and resistance "
     "sources: 3 resistance fighters killed, 7 wounded (17 + 3 -> 20 exact, as the spent alriyadh-678 8 + 7 Taiz "
     "row); the preceding 'confrontations continued between the resistance and the Houthis and Saleh's forces in "
     "various areas of the city' folded here (same fighting, no place of its own)"),
    (RYD604, "قصف مبنى الاتصالات", "عقب قصف مبنى الاتصالات التي سيطرت علية المقاومة",
     ERV, SHELL, HOU, YR, "Taiz", "YE", "2015-07-21", "2", "", "",
     "Al Riyadh", "reported",
     "internet and telephone cut in Taiz 'for the third day' after the Houthis targeted the main exchange following the "
     "shelling of the telecommunications building, which the resistance had taken (the subheading's outage and "
     "'استهداف الحوثين للسنترال' are the same act -> one row; a building held by the resistance -> actor2 Yemeni "
     "Resistance; third day on DCT 23 July -> from about 21 July, precision 2, as the spent alriyadh-678 "
     "telecommunications-office row dated 21 July)"),
    (RYD604, "قصفت أحياء سكنية في تعز", "وكانت مليشيات الحوثي قد قصفت أحياء سكنية في تعز",
     ERV, SHELL, HOU, CYE, "Taiz", "YE", "2015-07-21", "2", "", "",
     "Al Riyadh", "reported",
     "the Houthi militias had shelled residential districts in Taiz, wounding a number of civilians (wounded only -> "
     "fatalities empty; pluperfect, no day, in the Tuesday account -> 21 July, precision 2); adjudication: kept against B's DCT 23 July: the pluperfect 'وكانت ... قد' places it before the report, in the paragraph's Tuesday account; both precision 2, alternative B's"),
    (RYD604, "حوض الأشراف", "في أحياء حوض الأشراف والبريد",
     BAT, CLASH, YR, HOU, "Hawd al-Ashraf, Taiz", "YE", "2015-07-21", "2", "", "",
     "Al Riyadh", "reported",
     "clashes broke out between the resistance and the Houthis in the districts of Hawd al-Ashraf, al-Barid, "
     "al-Jumhuri and al-Dhabab (one location per row -> four rows, as the spent alriyadh-678 rows of the same "
     "sentence, there dated late Monday 20 July; here no day, in the Tuesday account -> 21 July, precision 2); adjudication: the four district rows kept against B, who folded them into the Tuesday city-level toll row: the districts sentence is separate from the toll sentence and names four places, as in the spent adjudicated alriyadh-678 rows of the same sentence"),
    (RYD604, "والبريد", "حوض الأشراف والبريد والجمهوري",
     BAT, CLASH, YR, HOU, "Al Barid, Taiz", "YE", "2015-07-21", "2", "", "",
     "Al Riyadh", "reported",
     "the clashes in the al-Barid district of Taiz (see the Hawd al-Ashraf row)"),
    (RYD604, "والجمهوري", "والبريد والجمهوري والضباب",
     BAT, CLASH, YR, HOU, "Al Jumhuri, Taiz", "YE", "2015-07-21", "2", "", "",
     "Al Riyadh", "reported",
     "the clashes in the al-Jumhuri district of Taiz (see the Hawd al-Ashraf row)"),
    (RYD604, "والضباب", "والجمهوري والضباب",
     BAT, CLASH, YR, HOU, "Al Dhabab, Taiz", "YE", "2015-07-21", "2", "", "",
     "Al Riyadh", "reported",
     "the clashes in the al-Dhabab district of Taiz (see the Hawd al-Ashraf row)"),
    (RYD604, "غارتين جويتين", "شنت طائرات التحالف صباح امس غارتين جويتين",
     ERV, AIR, SLC, HOU, "Al Manar Camp, Al Haymah al-Kharijiyah", "YE", "2015-07-22", "1", "", "",
     "Al Riyadh; a local source", "reported",
     "coalition aircraft carried out two air raids 'yesterday morning' (DCT 23 July -> 22 July, precision 1) on a "
     "Houthi-held camp on the outskirts of Sanaa; a local source: the al-Manar camp of the former Republican Guard in "
     "the al-Haymah al-Kharijiyah district west of the capital, Sanaa governorate (the source's repeat is the same "
     "event -> one row)"),
    (RYD604, "الجفينه", "في جبهتي الجفينه وصرواح",
     BAT, CLASH, HOU, YR, "Al Jufaynah, Marib", "YE", "2015-07-22", "1", "13", "exact",
     "Al Riyadh; sources in the popular resistance", "reported",
     "in Marib governorate 13 Houthi gunmen were killed and the resistance and the army repelled 'yesterday' (22 July, "
     "precision 1) attacks by the Houthis and Saleh loyalists on resistance and army positions; resistance sources: "
     "violent attacks on the al-Jufaynah and Sirwah fronts to advance and seize them, all failed (one location per row "
     "-> Jufaynah and Sirwah rows; the one toll of 13 put on the first-named front, as the spent alriyadh-678 al-Anad/"
     "Bala toll; Houthi attack -> actor1 Houthis, as the spent aljazirah-356 al-Jufaynah row; resistance and army -> "
     "Yemeni Resistance; the Jufaynah commander's 'violent attacks in the past hours, all failed' is the same)"),
    (RYD604, "وفي منطقة صرواح تصدت", "وفي منطقة صرواح تصدت المقاومة والجيش",
     BAT, CLASH, HOU, YR, "Sirwah", "YE", "2015-07-22", "1", "", "",
     "Al Riyadh; sources in the popular resistance", "reported",
     "in the Sirwah area the resistance and the army repelled the Houthi attack on their positions, with heavy weapons "
     "fire from the Third Military Region on Houthi positions (folded; see the al-Jufaynah row; 22 July, precision 1; "
     "'Sirwah' as the spent rows); adjudication: kept against B's 'Sirwah, Marib': Sirwah is a district of the governorate, not part of Marib city"),
    (RYD604, "البلق", "وفي جبهتي البلق والجدعان",
     BAT, CLASH, YR, HOU, "Al Balaq, Marib", "YE", "2015-07-22", "2", "", "",
     "Al Riyadh", "reported",
     "on the al-Balaq and al-Jadaan fronts (Marib) the resistance and the army exchanged artillery, tank and mortar fire "
     "with the Houthis and Saleh loyalists (an exchange of fire between armed sides -> Armed clash; one location per row "
     "-> Balaq and Jadaan rows; in the Marib account of 'yesterday' but no day of its own -> 22 July, precision 2)"),
    (RYD604, "والجدعان", "جبهتي البلق والجدعان",
     BAT, CLASH, YR, HOU, "Al Jadaan, Marib", "YE", "2015-07-22", "2", "", "",
     "Al Riyadh", "reported",
     "the exchange of fire on the al-Jadaan front (see the al-Balaq row)"),
    (RYD604, "قصف بست غارات جوية", "التحالف قصف بست غارات جوية تعزيزات للحوثيين",
     ERV, AIR, SLC, HOU, "Aqabat al-Qina", "YE", "2015-07-22", "1", "", "",
     "Al Riyadh; local sources", "reported",
     "coalition aircraft 'yesterday' (22 July, precision 1) carried out air raids on Houthi and Saleh reinforcements on "
     "one of the roads linking al-Bayda and Abyan governorates; local sources: six raids on the reinforcements at "
     "'Aqabat al-Qina', destroying vehicles, military pick-ups and troops (the first sentence and the sources' sentence "
     "are the same strikes -> one row, trigger the sentence that names the place)"),

    # IRGC-trained cell (aawsat-351, DCT Friday 31 July 04:31 UTC)
    (AWS351, "إحباط عملية تهريب", "إحباط عملية تهريب كمية من المواد المتفجرة",
     SD, "Disrupted weapons use", "Police Forces of Bahrain", "", "", "BH", "2015-07-24", "2", "", "",
     "Bahraini authorities (via Asharq Al-Awsat)", "reported",
     "background: Manama announced 'last Friday' (DCT Friday 31 July, early -> the previous Friday, 24 July) that it "
     "had foiled the sea smuggling of highly dangerous explosives, automatic weapons and ammunition from Iran, and "
     "arrested five people, two after a coast-guard chase (the arrests folded; the detainees Mahdi Sabah and Abbas "
     "Abdulhussein 'arrested after a coast-guard chase' are the same arrests; precision 2, actor2 empty, location "
     "empty, as the spent 3alyoum-230 and alweeam-1665 rows of the same text). Not coded: the detainees' confessions "
     "of IRGC training (the article's news, undated and placeless), 'the recent terrorist attacks in Bahrain' (generic "
     "plural), the 'pre-emptive operations foiled in the past period' (generic), the 2011 Pearl Roundabout events and "
     "the March 2011 clearing operation (more than 12 months), the recall of the ambassador (diplomatic)"),

    # Tunisian anti-terror law (almadina-687, DCT 26 July)
    (MAD687, "في سوسة", "في يونيو في سوسة حيث قتل 38 سائحًا",
     VAC, "Attack", IS, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-01", "3", "38", "exact",
     "Al Madina", "reported",
     "background (the news is the passing of the anti-terror law): the attack in June in Sousse in which 38 tourists "
     "were killed; ISIS claimed both attacks -> Islamic State (June, no day -> 1 June, precision 3, as the spent "
     "aawsat-136 Sousse row; 38 exact, this text's number)"),
    (MAD687, "متحف باردو", "وفي مارس في متحف باردو",
     VAC, "Attack", IS, "Civilians (Tunisia)", "Bardo Museum, Tunis", "TN", "2015-03-01", "3", "22", "exact",
     "Al Madina", "reported",
     "background: the attack in March on the Bardo Museum in Tunis (22 killed, 21 of them tourists), claimed by ISIS "
     "(March, no day -> 1 March, precision 3; within 12 months of the DCT; 'Bardo Museum, Tunis' as the spent rows). "
     "Not coded: the law's vote and the NGOs' criticism (legislation, commentary), the 2003 law's use to repress the "
     "opposition (generic)"),

    # Bashir's trip / South Sudanese pastors (alwatan-2163, DCT 6 August)
    (WAT2163, "واحتجز جهاز الأمن والمخابرات", "واحتجز جهاز الأمن والمخابرات السوداني يات مايكل",
     SD, "Arrests", NISS, "Civilians (Sudan)", "Khartoum", "SD", "2014-12-01", "3", "", "",
     "Al Watan", "reported",
     "background, borderline (the news is the court's release of the two South Sudanese pastors 'yesterday', legal, "
     "not coded): the Sudanese National Intelligence and Security Service detained Yat Michael in Khartoum in December "
     "2014 after he preached a sermon in a church in north Khartoum (charged with espionage and undermining the "
     "constitutional order: a political detention by the security service; December 2014 -> 1 December, precision 3, "
     "within 12 months; arrested civilians -> Civilians (Sudan), the country of the event). Alternative: not coded "
     "(background of a trial). Not coded: the warnings against Bashir's trip to New York, the ICC warrant, South "
     "Africa's failure to arrest him in June (no event); adjudication: actor1 kept against B's Police Forces of Sudan: the text names the National Intelligence and Security Service, which ACLED files under Sudan's military forces; alternative B's"),
    (WAT2163, "احتجز بيتر ين ريث", "في حين احتجز بيتر ين ريث في يناير 2015",
     SD, "Arrests", NISS, "Civilians (Sudan)", "Khartoum", "SD", "2015-01-01", "3", "", "",
     "Al Watan", "reported",
     "background, borderline: Peter Yen Reith was detained in January 2015 when he came to Khartoum with a letter "
     "asking about Yat (the same security service, 'في حين' continues the NISS sentence; a separate arrest, another "
     "month -> own row; January 2015 -> 1 January, precision 3). Alternative: not coded; actor1 kept against B, see the Yat Michael row"),

    # Emergency Forces profile (alyaum-1066, DCT 9 August)
    (YUM1066, "تفجير مسجد الطوارئ", "للمصابين في تفجير مسجد الطوارئ في محافظة أبها",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Abha", "SA", "2015-08-09", "3", "", "",
     "Al Yaum", "reported",
     "background (the article is a profile of the Emergency Forces): citizens and residents rushed to hospitals in the "
     "south to give blood for those wounded in the bombing of the Emergency Forces mosque in Abha governorate (only "
     "'تفجير' -> the generic explosive sub-type; no perpetrator -> Unidentified armed group; the Emergency Forces -> "
     "Police Forces of Saudi Arabia; 'Abha' and no date in the text -> DCT, precision 3, as the spent almadina-584 "
     "row). Not coded: the 20 years of confrontations with terrorist cells and the members killed in them (generic), "
     "the first bombing in the Kingdom in 1995 (more than 12 months), training and Hajj duties"),

    # Kuwait mosque bombing trial (alweeam-2318, DCT Thursday 6 August 01:12 UTC)
    (WEM2318, "بتفجير مسجد الإمام الصادق", "لمحاكمة المتهمين بتفجير مسجد الإمام الصادق في الكويت",
     ERV, SUI, IS, "Civilians (Kuwait)", "Imam al-Sadiq Mosque, Kuwait City", "KW", "2015-08-06", "3", "27", "exact",
     "Al Weeam", "reported",
     "background (the news is the first trial session, legal, not coded): the bombing of the Imam al-Sadiq mosque in "
     "Kuwait, which killed 27 and wounded 286; the main accused says he received the explosive belt worn by the suicide "
     "bomber Fahd al-Qabbaa, dressed him in it and drove him to the mosque at noon on the Friday, and that he joined "
     "ISIS the day before the operation to help them carry it out (the title's 'تفجير مسجد الصادق' and later mentions "
     "are the same event -> one row; suicide bomber with belt -> Suicide bomb; ISIS operation by the accused's account "
     "-> Islamic State, as the spent alyaum-1675 and aawsat-250 rows; worshippers -> Civilians (Kuwait); location "
     "adjudicated, as B: 'Imam al-Sadiq Mosque, Kuwait City' (the named mosque is the most specific place, as the "
     "spent 'Bardo Museum, Tunis'; first 'Kuwait City', the spent rows' city); 27 exact, the text's number; the text names the weekday 'Friday' but no date, and the weekday "
     "rule would give 31 July, which the text does not support -> DCT, precision 3, as the spent alwatan-908 undated "
     "row; alternative 26 June, precision 1, from the spent rows). Not coded: the trial, the charges against 29 "
     "accused, the civil claims, the security measures around the court (legal/no event)"),
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
