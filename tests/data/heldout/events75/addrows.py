"""Bookkeeping helper for the events75 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events72/addrows.py (itself from events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur44/events75/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 75 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events75/sample.py ("This set: events75, seeds 2950 / 2951, drawn at the start of stop 44 (7d40864), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2950).shuffle, walked in order; (b) 10 with no text filter, random.Random(2951).shuffle, >=3 sources (got, by source, a: aawsat 4, alriyadh 2, alwatan 2, alweeam 1, 3alyoum 1; b: aawsat 3, okaz 2, alyaum 2, alwatan 1, almadina 1, alweeam 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 18 rows): detection F1 0.878 before (18 matched of 23 A / 18 B rows, P 1.000, R 0.783; both gave rows to the same 8 articles and left the same 12 empty; on the 18 matched rows event_type, sub_event_type, location_country, time_precision and reported_as agreed 18/18, location, event_date, fatalities and fatalities_qualifier 17/18, actor1 and actor2 16/18; compare.py's pairs are the true event pairs; 5 A-only rows, no B-only row); no row added or dropped (23 rows); 4 values changed to B's: alweeam-1496 Marib clash actor1 Houthis and actor2 Yemeni Resistance (the Houthi attack started the battle), alwatan-923 Zabadani actor2 empty (no opponent named), 3alyoum-361 Dar Saad shelling event_date 19 July (the paragraph closes the Sunday items; the spent rows' day); kept against B: the 5 A-only rows (aawsat-352 Qatif suspects' Arrests; 3alyoum-361 governorate-level raids on Marib, Saada and Al Jawf, and the Dhabwa camp raid), aawsat-352 'Al Jash, Qatif' (spent spelling), alriyadh-838 Asir 2 at_least (two named martyrs, as the spent martyr rows), 3alyoum-361 Taiz actor1 Military Forces of Yemen; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SUI = "Suicide bomb"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
SLC = "Saudi-led coalition"
SAPOL = "Police Forces of Saudi Arabia"
USPOL = "Police Forces of the United States"
AWS352 = "SN-aawsat-20150731-352"
WEM1496 = "SN-alweeam-20150722-1496"
WTN923 = "SN-alwatan-20150727-923"
WTN847 = "SN-alwatan-20150809-847"
AWS164 = "SN-aawsat-20150810-164"
RIY838 = "SN-alriyadh-20150811-838"
AYM361 = "SN-3alyoum-20150724-361"
AWS221 = "SN-aawsat-20150725-221"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Qatif security man (aawsat-352, DCT Friday 31 July; the killing 'late on the evening of last Tuesday')
    (AWS352, "تعرضه لطلق ناري", "إثر تعرضه لطلق ناري من سيارة مسرعة",
     BAT, CLASH, UAG, SAPOL, "Al Jash, Qatif", "SA", "2015-07-28", "1", "1", "exact",
     "Eastern Province police spokesman Col. Ziyad al-Ruqaiti; Asharq Al-Awsat", "reported",
     "background (the news is the funeral prayer in the Prophet's Mosque and the family's grief): the security man Sami "
     "Muawad al-Harbi (22) was killed while on duty at a checkpoint on al-Khazzan main street in the town of al-Jash, "
     "Qatif governorate, shot from a speeding car while he was talking to two men he had stopped 'late on the evening of "
     "last Tuesday' (the weekday wins over the stale 'أول من أمس' of the police quote and of the lead -> Tuesday 28 July, "
     "precision 1, as the spent alweeam-20150731-1527 row of the same killing); the 'bullet of treachery' in his back, the "
     "police's 'a security patrol came under fire' and the other mentions are the same event -> one row; a security man "
     "killed on duty by unnamed gunmen -> Armed clash vs Police Forces of Saudi Arabia, as the spent okaz-1951 and "
     "alweeam-1527 rows (alternative Violence against civilians/Attack); 'Al Jash, Qatif' as those rows (adjudication: kept against B's 'Al Jish', the spent spelling); 1 exact. Not "
     "coded: the funeral and burial in al-Baqi, the condolences and the Qatif notables' condemnations"),
    (AWS352, "ألقت القبض، أول من أمس", "وكانت السلطات السعودية كانت قد ألقت القبض، أول من أمس، على شخصين",
     SD, "Arrests", SAPOL, UAG, "Qatif", "SA", "2015-07-29", "2", "", "",
     "Eastern Province police spokesman Col. Ziyad al-Ruqaiti; Asharq Al-Awsat", "reported",
     "the Saudi authorities arrested two people suspected of links to the shooting at the security patrol in Qatif that "
     "killed the security man (the spokesman's 'the security agencies arrested two people' is the same arrest -> one row; "
     "suspects of an attack called terrorism in the text, not an ordinary crime -> in scope; the suspected attackers, not "
     "civilians -> actor2 Unidentified armed group, as the spent SK-middleEast-1473 checkpoint-attack arrests; place of "
     "arrest not stated, the Qatif police handle the case -> 'Qatif'; 'أول من أمس' is stale in this text (the funeral is "
     "'أول من أمس (الأربعاء)', the killing was Tuesday night) -> 29 July, precision 2: after the Tuesday-night killing and "
     "before the report; adjudication: kept against B, who folded the arrest into the killing: another day, another "
     "actor and another kind of event, as the spent SK-middleEast-1473 arrests row). Not coded: the investigation"),
    # Marib (alweeam-1496, DCT Wednesday 22 July)
    (WEM1496, "مقتل ما لا يقل عن 17 حوثياً", "بمقتل ما لا يقل عن 17 حوثياً بينهم قيادي بارز",
     BAT, CLASH, HOU, YR, "Marib", "YE", "2015-07-22", "2", "17", "at_least",
     "a popular-resistance source (via Al Weeam)", "claimed",
     "the title's news: a source of the Yemeni popular resistance said 'today Wednesday' that at least 17 Houthis, among "
     "them the prominent leader Abu al-Karrar al-Madani, were killed and eight wounded in the fiercest armed "
     "confrontations Marib city has seen between the Houthis and Saleh's forces and the popular resistance; the resistance "
     "captured three Houthis (folded); the violent confrontations that broke out 'in the past hours' on the al-Jufaynah "
     "front south of Marib after an attack by the Houthis and Saleh's forces on resistance positions are the same battle "
     "(folded, alternative an own 'Al Jufaynah, Marib' row), as the spent alwatan-20150724-1613 row of the same 17 dead; "
     "adjudicated: actor1 Houthis, actor2 Yemeni Resistance, as B (first the reverse, as that spent row): the text says "
     "the confrontations broke out after the Houthi and Saleh forces' attack on the resistance positions, so the "
     "Houthis initiated the battle this row folds; Saleh's forces -> Houthis; 'past hours', no day -> DCT, precision 2; the killing side's own "
     "count -> claimed; 'ما لا يقل عن' -> at_least"),
    # Zabadani and Lebanon (alwatan-923, DCT Monday 27 July)
    (WTN923, "سقوط خمسة قتلى", "أكدت مصادر مقربة من حزب الله سقوط خمسة قتلى",
     BAT, CLASH, "Hezbollah", "", "Zabadani", "SY", "2015-07-26", "1", "5", "exact",
     "sources close to Hezbollah (via Al Watan)", "reported",
     "the title's news: sources close to Hezbollah confirmed that five of the party's fighters were killed and others "
     "wounded 'yesterday' (DCT 27 July -> 26 July) in the Syrian town of Zabadani, where the party fights alongside "
     "Assad's forces; the party's leadership claimed only two died (the higher figure is the one the outlet states, "
     "'confirmed' by sources -> 5 exact, reported); adjudicated: actor2 empty, as B (first Syrian rebels, as the "
     "spent alwatan-1660 and aawsat-107 Zabadani rows): the text names no opponent, only that the party fights alongside "
     "Assad's forces, and the spent events72 UAE-soldier row leaves an unnamed opponent empty. Not coded: the fighters' families' worry (no event)"),
    (WTN923, "خروج متظاهرين إلى الشوارع", "وتسببت في خروج متظاهرين إلى الشوارع",
     "Protests", "Peaceful protest", "Protesters (Lebanon)", "", "Beirut", "LB", "2015-07-26", "2", "", "",
     "Al Watan", "reported",
     "borderline: the six-day rubbish-collection crisis, during which rubbish piled up in the streets of the Lebanese "
     "capital and which ended 'yesterday' when collection resumed, led protesters to take to the streets (the capital's "
     "streets -> 'Beirut'; no day, within the six days ending 26 July -> 26 July, precision 2; no intervention stated -> "
     "Peaceful protest; alternative: no row, a passing mention). Not coded: the kidnapped soldiers' families' visit to "
     "Teymour Jumblatt in al-Mukhtara 'yesterday' (a lobbying meeting, not a demonstration) and their sons' captivity by "
     "ISIS for over nine months (no date), the Tripoli mufti's statement (commentary)"),
    # Abha mosque martyr's funeral (alwatan-847, DCT Sunday 9 August)
    (WTN847, "بتفجير نفسه وسط المسجد", "حين قام الإرهابي يوسف السليمان بتفجير نفسه وسط المسجد",
     ERV, SUI, UAG, SAPOL, "Abha", "SA", "2015-08-06", "1", "11", "at_least",
     "Al Watan", "reported",
     "background (the news is the funeral in Maysan of the youngest martyr, Mamdouh Misfer al-Harthi, 19): he was killed "
     "with ten of his colleagues in the bombing of the Emergency Forces mosque in the city of Abha 'last Thursday' (DCT "
     "Sunday 9 August -> 6 August, precision 1) during the noon prayer, when the terrorist Yousef al-Suleiman blew himself "
     "up in the mosque (the lead's 'التفجير الآثم الذي طال مسجد قوات الطوارئ بأبها' is the same event; the text says he blew "
     "himself up -> Suicide bomb; bomber named, no group -> Unidentified armed group; Emergency Forces -> Police Forces of "
     "Saudi Arabia; 'بمدينة أبها' -> Abha, as the spent aawsat-132 row; he and ten colleagues -> 11, the full toll not "
     "given -> at_least). Not coded: the funeral, the condolences"),
    # Ferguson (aawsat-164, DCT Monday 10 August; 'yesterday' = Sunday 9 August)
    (AWS164, "مسيرة صامتة", "حيت مدينة فيرغسون في مسيرة صامتة، أمس",
     "Protests", "Peaceful protest", "Protesters (United States)", "", "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the title's news: 'yesterday' (DCT 10 August -> 9 August) Ferguson marked the first anniversary of Michael Brown's "
     "killing with a silent march: hundreds, led by Brown's father, marched on an avenue of the city, ending at Normandy "
     "High School, peacefully, with many children, under heavy police watch (the day's series of gatherings, the march "
     "with four and a half minutes of silence and the silent march to a church are the same commemoration -> one row, as "
     "the spent aawsat-20150811-157 march row). The evening clashes are their own row"),
    (AWS164, "حصلت صدامات بين المتظاهرين والشرطة", "واتخذت المظاهرة طابعًا عنيفًا، حيث حصلت صدامات بين المتظاهرين والشرطة",
     "Riots", "Violent demonstration", "Rioters (United States)", USPOL, "Ferguson", "US", "2015-08-09", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the demonstration turned violent, with clashes between demonstrators and the police: in the evening some tension "
     "when a number of participants, out of about 200 who showed violent behaviour, jumped over a police barrier to "
     "confront the officers deployed around it, chanting against 'the killer police' (the later 'ساد بعض التوتر' passages "
     "are the same; clashes with the police -> Riots/Violent demonstration vs Police Forces of the United States; same "
     "day, 9 August; alternative: folded into the march row). Not coded: the spread of the unrest to other cities and the "
     "'several incidents' of black people shot by white policemen since Brown's death (generic), Brown's killing on 9 "
     "August 2014 (more than 12 months before the DCT), the police chief's resignation"),
    (AWS164, "الماضي، قتل شرطي الطالب", "ويذكر أن يوم الجمعة الماضي، قتل شرطي الطالب",
     VAC, "Attack", USPOL, "Civilians (United States)", "Texas", "US", "2015-08-07", "1", "1", "exact",
     "police statement (via Asharq Al-Awsat)", "reported",
     "background: 'last Friday' (DCT Monday 10 August -> 7 August) a policeman in Texas shot dead the unarmed African-"
     "American student Christian Taylor, 19, whose car had crashed into a car-dealership front; the police statement says "
     "a scuffle took place and at least one officer drew his weapon (the lead's 'مقتل مراهق، يوم الجمعة، في تكساس' is the "
     "same -> one row; state forces killing an unarmed civilian -> Violence against civilians/Attack, as the spent "
     "adjudicated SK-internationalNews-575 Stephon Clark row; only the state is named -> 'Texas')"),
    (AWS164, "مظاهرات عنيفة في نوفمبر", "وكانت فيرغسون شهدت مظاهرات عنيفة في نوفمبر",
     "Riots", "Violent demonstration", "Rioters (United States)", "", "Ferguson", "US", "2014-11-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "background: Ferguson saw violent demonstrations 'last November' after a grand jury decided to clear the officer who "
     "shot Brown (November 2014 -> 1 November 2014, precision 3, within 12 months of the DCT; no force named -> actor2 "
     "empty), as the spent aawsat-20150811-157 row"),
    # Asir mosque martyrs' condolences (alriyadh-838, DCT Tuesday 11 August)
    (RIY838, "التفجير الغادر", "الذي استشهد أثناء التفجير الغادر الذي استهدف مسجد قوة الطوارئ الخاصة",
     ERV, IED, UAG, SAPOL, "Asir", "SA", "2015-08-06", "1", "2", "at_least",
     "Al Riyadh", "reported",
     "background (the news is the Mahayil deputy governor conveying the King's condolences to the families): Corporal "
     "Mufarreh Asiri (28) was killed in 'the treacherous bombing that targeted the mosque of the Special Emergency Force "
     "at noon last Thursday' (DCT Tuesday 11 August -> 6 August, precision 1); Corporal Omar Abu Shousha of the Special "
     "Emergency Force in the Asir region is the second martyr (only 'التفجير' -> the generic explosive sub-type, as the "
     "spent adjudicated Asir reaction rows; no perpetrator named -> Unidentified armed group; region only -> 'Asir'; two "
     "named martyrs, the full toll not given -> 2 at_least, as the spent aleqtisadiya-228 '1 at_least' martyr row; adjudication: kept against B's empty fatalities, "
     "for that precedent). Not coded: the condolence visits"),
    # Aden / Taiz round-up (3alyoum-361, DCT Friday 24 July; written on Monday 20 July)
    (AYM361, "استعادت قوات المقاومة الشعبية", "استعادت قوات المقاومة الشعبية الموالية للرئيس اليمني",
     BAT, GRT, YR, HOU, "Tawahi, Aden", "YE", "2015-07-20", "1", "", "",
     "Sky News Arabia (via Ain Alyoum)", "reported",
     "the title's news: the popular-resistance forces loyal to President Hadi regained control of the intelligence "
     "building in the Tawahi district of Aden in the early hours of Monday morning (DCT Friday 24 July -> most recent "
     "Monday, 20 July, precision 1; the title's 'تستعيد مبنى المخابرات' is the same; a building of a district -> 'Tawahi, "
     "Aden', as the spent aljazirah-980 Tawahi row of 20 July; alternative 'Intelligence Building, Aden'). Not coded: the "
     "resistance's gains 'in the past days' in Aden (generic)"),
    (AYM361, "في استعادة السيطرة على مواقع استراتيجية", "نجحت الأحد، في استعادة السيطرة على مواقع استراتيجية",
     BAT, GRT, "Military Forces of Yemen", HOU, "Taiz", "YE", "2015-07-19", "1", "12", "exact",
     "Saba (Yemeni news agency, via Ain Alyoum)", "reported",
     "on Sunday (19 July, the Sunday before the Monday of the lead) the Yemeni forces, backed by the popular resistance, "
     "regained control of strategic positions in Taiz governorate after battles on several fronts that killed 12 Houthi "
     "gunmen and wounded dozens (Saba's 'the popular resistance and the national army took new strategic positions' is "
     "the same; folded: the expulsion of the Houthi and Saleh militias from al-Kashar overlooking Sina, the al-Zunuj "
     "neighbourhood and around the finance-ministry office in Hawd al-Ashraf, named positions of the same city on the "
     "same day -> one row at city level, as the spent aawsat-72 and alwatan-1033 Taiz rows; the army named first, 'with "
     "the support of' the resistance -> Military Forces of Yemen, alternative Yemeni Resistance; adjudication: kept against B's Yemeni Resistance, "
     "the text calls them 'the Yemeni forces' and 'the government forces', the resistance only backing them, as the "
     "spent alriyadh-791 al-Dhabab army row; the outlet states it -> reported; 12 exact)"),
    (AYM361, "مأرب", "على مواقع الميليشيات المتمردة في محافظات مأرب",
     ERV, AIR, SLC, HOU, "Marib", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "the coalition aircraft stepped up their raids, 'concurrent with' Sunday's Taiz advance, with a series of raids on "
     "rebel positions in the governorates of Marib, Amran, Hajjah, Saada and al-Jawf and in Sanaa city (one location per "
     "row, as the spent strike lists: this row Marib, named only as a governorate; concurrent with Sunday, no day of its "
     "own -> 19 July, precision 2; adjudication: this row and the Saada and Al Jawf rows kept against B, who did not "
     "code the governorates named only in the list: the text states raids on rebel positions in each, and the spent "
     "SK-middleEast-3156 and alyaum-2199 rows code governorate-level raids)"),
    (AYM361, "وصعدة", "مأرب وعمران وحجة وصعدة والجوف",
     ERV, AIR, SLC, HOU, "Saada", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "the same series of coalition raids: Saada governorate (named only as a governorate; see the Marib row)"),
    (AYM361, "والجوف", "مأرب وعمران وحجة وصعدة والجوف",
     ERV, AIR, SLC, HOU, "Al Jawf", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "the same series of coalition raids: al-Jawf governorate (named only as a governorate; see the Marib row)"),
    (AYM361, "حرف سفيان", "مواقع وتجمعات للحوثيين في حرف سفيان في عمران",
     ERV, AIR, SLC, HOU, "Harf Sufyan, Amran", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "the same series of coalition raids targeted Houthi positions and gatherings in Harf Sufyan, Amran (the list's "
     "'Amran' governorate folded here, its one named place; see the Marib row)"),
    (AYM361, "ومنطقة حرض", "ومنطقة حرض بمحافظة حجة",
     ERV, AIR, SLC, HOU, "Haradh, Hajjah", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "the same series of coalition raids: the Haradh area of Hajjah governorate (the list's 'Hajjah' folded here; see "
     "the Marib row)"),
    (AYM361, "معسكر 48", "أغارات الطائرات على مواقعهم في “معسكر 48",
     ERV, AIR, SLC, HOU, "Camp 48, Sanaa", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "the same series of coalition raids: the aircraft struck Houthi positions in 'Camp 48', the former Republican Guard "
     "headquarters, south of Sanaa (the list's 'Sanaa city' folded into the two named camps; differently named camps -> "
     "own rows; see the Marib row)"),
    (AYM361, "ومعكسر ضبوة", "ومعكسر ضبوة، جنوبي صنعاء",
     ERV, AIR, SLC, HOU, "Dhabwa Camp, Sanaa", "YE", "2015-07-19", "2", "", "",
     "Ain Alyoum", "reported",
     "the same series of coalition raids: the Dhabwa camp south of Sanaa (the text's misspelt 'معكسر'; own row, see the "
     "Camp 48 row; adjudication: kept against B, who folded it into Camp 48 as the same area: two differently named "
     "camps -> two rows, by the one-location-per-row convention)"),
    (AYM361, "في قصف شنه المتمردون", "بجروح في قصف شنه المتمردون وحلفاؤهم من قوات صالح على ضاحية دار سعد",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-19", "2", "57", "at_least",
     "Aden health director al-Khader Lassouar (via Ain Alyoum)", "reported",
     "in Aden at least 57 civilians were killed and more than 200 wounded in shelling by the rebels and Saleh's forces on "
     "the Dar Saad suburb north of the city, now liberated except for some pockets; the health director: 57 civilians, 12 "
     "children and six women among them, killed and more than 215 wounded by Katyusha rockets and mortar shells on Dar "
     "Saad (one shelling -> one row; 'على الأقل' -> 57 at_least; Saleh's forces -> Houthis; no day in the text; adjudicated: 19 July, "
     "precision 2, as B (first 20 July, the Monday of the lead): the Aden paragraph closes the run of Sunday items (the "
     "Sunday Taiz advance and the raids 'concurrent' with it), and the spent aawsat-270 and aljazirah-980 rows of the "
     "same shelling date it 19 July; alternative DCT 24 July, precision 2)"),
    # Tuz Khurmatu (aawsat-221, DCT Saturday 25 July; 'today (Saturday)')
    (AWS221, "هاجم انتحاريان", "عندما هاجم انتحاريان حمام سباحة مزدحمًا",
     ERV, SUI, UAG, "Civilians (Iraq)", "Tuz Khurmatu", "IQ", "2015-07-25", "1", "12", "at_least",
     "Tuz Khurmatu mayor Ali al-Husseini and police sources (via Asharq Al-Awsat)", "reported",
     "the title's news: 'today (Saturday)' (the DCT, 25 July) two suicide bombers attacked a crowded swimming pool in the "
     "town of Tuz Khurmatu, about 175 km north of Baghdad: one blew up his explosive vest in the pool, the other a charge "
     "on a motorbike at the entrance while the police and rescuers moved the dead and wounded (one attack -> one row); at "
     "least 12 killed and 45 wounded, mostly from the Turkmen minority; no group claimed it -> Unidentified armed group "
     "(ISIS is named only for other recent bombings); as the spent aawsat-20150726-143 row of the same text"),
    (AWS221, "هجوم كبير", "بما في ذلك هجوم كبير في وقت سابق من الشهر الحالي في محافظة ديالى",
     ERV, IED, "Islamic State", "Civilians (Iraq)", "Diyala", "IQ", "2015-07-01", "3", "100", "at_least",
     "Asharq Al-Awsat", "reported",
     "background: ISIS militants recently carried out a series of bombings in Baghdad and other provinces, including a big "
     "attack 'earlier this month' in Diyala governorate that killed more than 100 people (this month -> 1 July, precision "
     "3; in a list of 'تفجيرات' -> the generic explosive sub-type; 'أكثر من مائة' -> 100 at_least; as the spent "
     "adjudicated aawsat-20150726-143 row). Not coded: the uncounted series of bombings (no number, place or day), the "
     "security forces and militias preparing an offensive to retake Anbar (preparation, no announced operation)"),
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
