"""Bookkeeping helper for the events16 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions are those of ../events15/addrows.py (itself from ../events13/, ../events8/, ../events7/ and ../events2/).
Run: python3 tests/data/heldout/events16/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 16 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/ant_multisource/articles.jsonl.gz (cat in {internationalNews, middleEast}, 120-800 words, id not in /work/notes/used_ids.txt and not a bundled-corpus article), as in sample.py's PARTS: (a) 10 whose text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2710).shuffle of line indices, walked in order; (b) 10 with no text filter: random.Random(2711).shuffle, walked in order, >=3 src (got, by id prefix, a: AL 1, FR 1, SK 8; b: AL 1, CN 2, SK 7).
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
ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 35 rows): 3 rows added "
       "(AL-888 Dapchi girls returned, SK-3235 Durayhimi mine clearance, SK-887 Monday hostage release), none removed "
       "(36 rows); 1 trigger and 1 event_date/time_precision reframed (SK-887 8 April exchange), 3 location, 2 "
       "reported_as, 1 fatalities_qualifier and 1 event_date value changed; every difference and its reason in "
       "second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
PR = "Protests"
RI = "Riots"
VAC = "Violence against civilians"
BAT = "Battles"
AIR = "Air/drone strike"
GRT = "Government regains territory"
EFP = "Excessive force against protesters"
CLASH = "Armed clash"
YEM = "Military Forces of Yemen"
RES = "Yemeni Resistance"
COAL = "Saudi-led coalition"
HOU = "Houthis"
PIQ = "Protesters (Iraq)"
POLIQ = "Police Forces of Iraq"
IND = "Military Forces of India"
UAG = "Unidentified armed group"
SK3521 = "SK-middleEast-3521-20180907"
SK3193 = "SK-middleEast-3193-20180731"
SK728 = "SK-internationalNews-728-20180401"
SK2734 = "SK-middleEast-2734-20180703"
SK3235 = "SK-middleEast-3235-20180802"
SK1473 = "SK-middleEast-1473-20180506"
CN20 = "CN-middleEast-20-20180217"
SK932 = "SK-internationalNews-932-20180414"
SK887 = "SK-middleEast-887-20180409"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (SK3521, "اندلعت الاشتباكات", "واندلعت الاشتباكات بين المتظاهرين",
     RI, "Violent demonstration", "Rioters (Iraq)", POLIQ, "Basra", "IQ", "2018-09-07", "2", "1", "exact",
     "Sky News Arabia", "reported",
     "Basra, 'violent protests for the fourth day running' (ongoing, no day -> DCT, precision 2): protests renewed in "
     "central Basra demanding accountability after civilians were killed by security forces' bullets; clashes broke out "
     "between protesters and security forces near the governorate building after one protester was killed and 4 wounded "
     "by security forces' fire (one row: the clashes, the killing and the renewed protest are one place and day; the "
     "protests are called violent and clash with the police -> Riots/Violent demonstration, as the spent SK-3600 row on "
     "the same Basra week, the force named here -> actor2; 1 killed stated, the plural 'قتلى' is vague). Not coded: "
     "parliament's extraordinary session, al-Sadr's call for it, Wednesday's cancelled curfew (no coercive measure "
     "applied), the protests across southern Iraq 'in recent months' (generic)"),
    (SK3521, "ميناء أم قصر", "إلى ميناء أم قصر للبضائع",
     PR, "Peaceful protest", PIQ, "", "Umm Qasr", "IQ", "2018-09-07", "2", "", "",
     "Sky News Arabia", "reported",
     "the protests spread to the Umm Qasr goods port near Basra (a differently named place -> own row; no violence "
     "described there -> Peaceful protest; no day -> DCT, precision 2)"),
    (SK3193, "رفع متظاهرون", "رفع متظاهرون في البصرة",
     PR, "Protest with intervention", PIQ, POLIQ, "Basra", "IQ", "2018-07-31", "2", "", "",
     "Sky News Arabia", "reported",
     "title: protesters in Basra raise slogans in Persian against Iranian domination; their sit-in in front of the "
     "governorate building continues although security forces removed the sit-in tents in front of the governorate "
     "council (removal of the tents -> Protest with intervention; ongoing, no day -> DCT, precision 2); folded: burning of "
     "Khamenei pictures in Basra's streets, the chants against 'the Iranian presence'. Not coded: the dismissal of the "
     "electricity minister (cabinet change), Iran's cut of electricity supplies, the coordination committees' "
     "conditional threat to escalate (cutting the main bridges 'if' there is no response: a threat, not an announced "
     "action), the union leader's call to keep protesting peacefully"),
    (SK3193, "أكبر تظاهرة", "وشهدت النجف جنوبي البلاد أكبر تظاهرة",
     PR, "Peaceful protest", PIQ, "", "Najaf", "IQ", "2018-07-27", "1", "", "",
     "Sky News Arabia", "reported",
     "Friday (DCT Tuesday 31 July -> 27 July): Najaf saw the largest demonstration of all Iraqi governorates (no "
     "intervention or violence described that day)"),
    (SK3193, "اقتحام المتظاهرين", "تخللها اقتحام المتظاهرين لمكاتب حكومية",
     RI, "Violent demonstration", "Rioters (Iraq)", "", "", "IQ", "2018-07-31", "3", "", "",
     "Sky News Arabia", "reported",
     "aggregate: weeks of protests in which protesters stormed government offices and offices of pro-Iranian political "
     "parties and burned pictures of Khamenei (no town given for the storming -> location empty; dated at the DCT, "
     "precision 3, as the article's 14-killed aggregate and the spent cumulative aggregates; adjudicated: first dated "
     "at the wave's start, 8 July)"),
    (SK3193, "مقتل 14 شخصا", "إلى مقتل 14 شخصا",
     PR, EFP, PIQ, "", "", "IQ", "2018-07-31", "3", "14", "exact",
     "Sky News Arabia", "reported",
     "aggregate: the use of force against the demonstrations that began in the south on 8 July and spread to several "
     "cities killed 14 people and wounded others, and dozens were arrested (arrests folded); the text does not name who "
     "used force -> actor2 empty (as the spent FR-2416 'eight killed' row); cumulative toll dated at the DCT, "
     "precision 3; no town -> location empty"),
    (SK3193, "والمثنى", "والنجف والمثنى والعاصمة",
     PR, "Peaceful protest", PIQ, "", "Al Muthanna", "IQ", "2018-07-08", "3", "", "",
     "Sky News Arabia", "reported",
     "aggregate: 'the growing anger of the street' in Basra, Najaf, al-Muthanna and Baghdad (the protest wave since 8 "
     "July) pushed the government to dismiss the electricity minister; each named governorate/town its own row (spent "
     "SK-3102 adjudication); Basra and Najaf have their own rows already. Kept in adjudication against B, who did not "
     "code the anger as protests: the same sentence's 'did not succeed in calming the protests' makes the anger the "
     "protests'"),
    (SK3193, "والعاصمة بغداد", "والمثنى والعاصمة بغداد",
     PR, "Peaceful protest", PIQ, "", "Baghdad", "IQ", "2018-07-08", "3", "", "",
     "Sky News Arabia", "reported",
     "aggregate: the protest wave reached the capital Baghdad (see the al-Muthanna row)"),
    (SK728, "دراغاد", "في دراغاد جنوب",
     BAT, CLASH, IND, UAG, "Dragad", "IN", "2018-04-01", "2", "9", "exact",
     "Kashmir police (via AFP)", "reported",
     "exchange of fire in Dragad south of Srinagar (Indian Kashmir): seven militants and two Indian soldiers killed; "
     "helicopters flew low over the area (folded). The militants are not named -> Unidentified armed group. The police "
     "announced the toll on Sunday (the DCT), fighting 'still continuing' -> DCT, precision 2. The title's 16 dead = the "
     "3 soldiers and 11 militants of the clashes south of Srinagar (this row 9, Kachdora 4, the other area 1) + 2 "
     "civilians (riot row)"),
    (SK728, "كاتشدورا", "في قرية كاتشدورا",
     BAT, CLASH, IND, UAG, "Kachdora", "IN", "2018-04-01", "2", "4", "exact",
     "Shesh Paul Vaid (local police chief)", "reported",
     "Kachdora village: security forces still under fire from militants; the confrontations killed one soldier and three "
     "militants (own row: a differently named place)"),
    (SK728, "في منطقة أخرى", "في تبادل لإطلاق النار في منطقة أخرى",
     BAT, CLASH, IND, UAG, "Kashmir", "IN", "2018-04-01", "2", "1", "exact",
     "Indian authorities", "reported",
     "another man, whom the Indian authorities call a fighter, killed in an exchange of fire 'in another area' (a "
     "different, unnamed place -> own row; adjudicated: location 'Kashmir', the only place the text gives for it ('Indian Kashmir'), first empty; the death is stated by the outlet, only his status is the "
     "authorities' word)"),
    (SK728, "أطلقت الشرطة النار", "حين أطلقت الشرطة النار على مئات المتظاهرين",
     RI, "Violent demonstration", "Rioters (India)", "Police Forces of India", "Kashmir", "IN", "2018-04-01", "2", "2",
     "exact", "Kashmir police (via AFP)", "reported",
     "two civilians killed and others wounded when police fired on hundreds of demonstrators who threw stones at the "
     "security forces and chanted against Indian rule (stone-throwing -> Riots/Violent demonstration, the police "
     "-> actor2; no place named beyond Indian Kashmir -> location 'Kashmir', adjudicated: first empty). Not coded: Pakistan's condemnation (diplomatic), the insurgency since "
     "1989 (too old)"),
    ("AL-internationalNews-888-20180413", "بلدة دابتشي", "من بلدة دابتشي",
     VAC, "Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)", "Dapchi", "NG", "2018-02-01", "3",
     "5", "about", "UNICEF; Al Arabiya", "reported",
     "background: last February a Boko Haram faction abducted more than 100 schoolgirls from the town of Dapchi "
     "(February -> 1 February, precision 3); about five died while held by the group ('لقي نحو خمسة حتفهم' -> 5, "
     "about); their return a month later is its own row (adjudicated). Not coded: UNICEF's count of more than 1000 children "
     "abducted since 2013, the 2,295 teachers killed and 1,400 schools destroyed, the 20,000 dead of the insurgency "
     "(aggregates that start more than 12 months before the DCT, as the spent AL-306 'since their coup' abductions), "
     "Chibok 2014 (too old), Khadija's undated abduction, January's video"),
    ("AL-internationalNews-888-20180413", "أعادت بوكو حرام", "أعادت بوكو حرام جميع",
     SD, "Other", "Boko Haram", "Civilians (Nigeria)", "Dapchi", "NG", "2018-03-01", "3", "", "",
     "Al Arabiya", "reported",
     "background: a month after the Dapchi abduction (March -> 1 March, precision 3) Boko Haram returned almost all the "
     "girls; the government says their release paves the way for ceasefire talks (a mass hostage release by an armed "
     "group, conflict-relevant; no deal stated in the text -> Other rather than Agreement). Added in adjudication, from "
     "B (first not coded, on the mistaken ground that releases are not an ACLED event type)"),
    (SK2734, "مديرية نهم", "على مواقع جديدة في مديرية نهم",
     BAT, GRT, YEM, HOU, "Nihm, Sanaa", "YE", "2018-07-03", "2", "", "",
     "Sky News Arabia", "reported",
     "title: the national army, backed by coalition jets, launched a broad multi-axis attack and 'liberated' positions "
     "in Nihm district east of Sanaa (the Nahud mountains, al-Madfun village, the Rabah mountain chain, positions near "
     "Tabbat Salih overlooking Wadi Mahli) after battles with the Houthis (stated by the outlet -> reported; no day "
     "-> DCT, precision 2)"),
    (SK2734, "غرب البياض", "وعربة BMB غرب البياض",
     ERV, AIR, COAL, HOU, "Al Bayadh, Nihm", "YE", "2018-07-03", "2", "", "",
     "military sources", "claimed",
     "three coalition air strikes on Houthi gatherings and reinforcements destroyed combat vehicles and a BMP west of "
     "al-Bayadh, killing those aboard (no number -> fatalities empty); named at a place of its own -> own row (as the "
     "events15 adjudicated Abwab al-Hadid strikes); the sentence is only 'military sources said that...' (the "
     "pro-government side, a party) -> claimed by the written rule (adjudicated: first reported, by analogy with "
     "events15 AL-720)"),
    (SK2734, "جبل الأزهور", "قبالة جبل الأزهور",
     BAT, GRT, YEM, HOU, "Jabal al-Azhur, Saada", "YE", "2018-07-03", "2", "", "",
     "Sky News Arabia", "reported",
     "Saada front: the army (6th and 7th brigades) and the resistance, backed by coalition aircraft, advanced and "
     "'liberated' the positions facing Jabal al-Azhur (resistance named second -> in the note; army first). Not coded: "
     "Houthi 'losses on all fronts' and desertions (generic)"),
    (SK2734, "30 حوثيا", "ما لا يقل عن 30 حوثيا",
     BAT, CLASH, YEM, HOU, "Saada", "YE", "2018-07-03", "3", "30", "at_least",
     "Sky News Arabia", "reported",
     "aggregate: 'special military operations' of the army over the past two weeks killed at least 30 Houthis "
     "(paragraph about the Saada front -> Saada; aggregate -> DCT, precision 3)"),
    (SK2734, "جبل رازح", "عدة غارات على جبل رازح",
     ERV, AIR, COAL, HOU, "Jabal Razih, Saada", "YE", "2018-07-03", "2", "", "",
     "Sky News Arabia", "reported",
     "coalition aircraft carried out several strikes on Jabal Razih in support of the army; folded: the next sentence's "
     "strikes on Houthi weapons stores, missile launch pads and military vehicles (no place of their own)"),
    ("FR-middleEast-599-20180607", "احتجاجات شعبية متواصلة", "منذ أسبوع احتجاجات شعبية متواصلة",
     PR, "Peaceful protest", "Protesters (Jordan)", "", "", "JO", "2018-06-07", "2", "", "",
     "France 24 (AFP)", "reported",
     "for a week the kingdom has seen continuous popular protests, mainly against the income-tax bill; folded: the 'new "
     "night demonstrations' (no town named -> location empty; ongoing -> DCT, precision 2; no intervention described). "
     "Not coded: the general strike called by the professional unions since Wednesday (a strike, no demonstration "
     "described), the PM-designate's pledge to withdraw the bill (political), the king's call for dialogue"),
    (SK3235, "في مباغتة المتمردين", "في مباغتة المتمردين الحوثيين في الدريهمي",
     BAT, GRT, RES, HOU, "Ad Durayhimi, Al Hudaydah", "YE", "2018-08-02", "1", "", "",
     "field sources (via Sky News Arabia)", "reported",
     "Thursday: the joint Yemeni resistance forces surprised the Houthis in al-Durayhimi with a wide flanking manoeuvre "
     "from the north, backed by coalition aircraft, reached the outskirts of the town and took several positions and "
     "farms around the district centre, with clashes continuing near it (joint forces -> Yemeni Resistance, spent "
     "naming). Folded: more Giants Brigades reinforcements arriving, the Houthi withdrawal into residential areas. The "
     "engineering teams' mine clearance is its own row (adjudicated)"),
    (SK3235, "بدأت الثلاثاء عملية عسكرية", "قد بدأت الثلاثاء عملية عسكرية",
     BAT, GRT, RES, HOU, "Ad Durayhimi, Al Hudaydah", "YE", "2018-07-31", "1", "", "",
     "Sky News Arabia", "reported",
     "Tuesday (31 July): the joint forces, led by the Giants Brigades, began an operation towards the centre of "
     "al-Durayhimi district, took many positions and captured a number of rebels (a differently dated step of the "
     "battle -> own row; captures of fighters folded)"),
    (SK3235, "بنزع الألغام", "تابعة للمقاومة بنزع الألغام",
     SD, "Disrupted weapons use", RES, HOU, "Ad Durayhimi, Al Hudaydah", "YE", "2018-08-02", "2", "", "",
     "Sky News Arabia", "reported",
     "the resistance's engineering teams began clearing the mines planted by the Houthis in the farms, the tourist park "
     "and the main roads leading to al-Durayhimi town (mine clearance -> Disrupted weapons use; no day -> DCT, precision "
     "2). Added in adjudication, from B: first folded into the Thursday battle row, but the fold rule covers fighting "
     "sub-actions (siege, advance, strikes, captures), and demining is a distinct ACLED sub-event type"),
    ("SK-middleEast-1732-20180515", "60 فلسطينيا قتلوا الاثنين", "60 فلسطينيا قتلوا الاثنين",
     PR, EFP, "Protesters (Palestine)", "Military Forces of Israel", "Gaza Strip", "PS", "2018-05-14", "1", "60",
     "about", "Palestinian Ministry of Health", "reported",
     "Monday: Israeli forces killed up to 60 Palestinians with gunfire and tear gas during protests at the Gaza border "
     "(the same event as the title's 'Israeli attacks on Gaza' and the earlier '60 Palestinians killed during protests'; "
     "the trigger's sentence says 'up to 60' (ما يصل إلى) -> about; adjudicated: first exact, from the flat '60' of the "
     "earlier mention). Not coded: the UAE/Kuwait diplomatic moves, the UN Human Rights Council special "
     "session, Kuwait's Security Council draft, the Arab League meeting, the 2014 war (too old)"),
    # ---- set b (no text filter) ----
    (SK1473, "نقطة تفتيش أمنية", "في نقطة تفتيش أمنية في منطقة عسير",
     BAT, CLASH, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2018-04-17", "2", "4", "exact",
     "Saudi Interior Ministry security spokesman", "reported",
     "background: four security men killed on duty at a security checkpoint in the Asir region by gunfire 'from an "
     "unknown source' early in the current month of Sha'ban (1 Sha'ban 1439 = 17 April 2018 -> precision 2). An armed "
     "attack on state security forces -> coded (political violence, not ordinary crime, although the ministry calls it "
     "a 'criminal operation'; borderline); perpetrators unnamed -> Unidentified armed group"),
    (SK1473, "القبض على شخصين", "من القبض على شخصين",
     SD, "Arrests", "Police Forces of Saudi Arabia", UAG, "", "SA", "2018-05-06", "3", "", "",
     "Saudi Interior Ministry security spokesman", "claimed",
     "the security men arrested two of those involved in the checkpoint attack (no day or place -> DCT, precision 3; "
     "the attackers, not civilians -> Unidentified armed group; given 'according to the statement' of the ministry, a "
     "party -> claimed, as the killing row; adjudicated: first reported)"),
    (SK1473, "مقتل مطلوب أمني", "مقتل مطلوب أمني بحادثة",
     BAT, CLASH, "Police Forces of Saudi Arabia", UAG, "Al Wahda, An Namas", "SA", "2018-05-06", "2", "1", "exact",
     "Saudi Interior Ministry security spokesman (statement)", "claimed",
     "title: security men located Khalid Mohammed Ali al-Shehri, wanted for the checkpoint attack, at his family's "
     "house in al-Wahda village, al-Namas governorate; surrounded and called on to surrender, he attacked them with a "
     "knife, was shot and died after reaching hospital (the statement also says 'killed in an exchange of fire while "
     "trying to flee' -> same man, folded: the lead uses the same 'exchange of fire' wording for the wanted man himself, "
     "and three men are involved, two arrested and the third killed; kept in adjudication against B's separate row). "
     "Only the ministry's account -> claimed; no day -> DCT, precision 2"),
    (CN20, "هجوم مزعوم بسلاح كيماوي", "بعد هجوم مزعوم بسلاح كيماوي",
     ERV, "Chemical weapon", "Military Forces of Turkey", "Civilians (Syria)", "Al Mazina, Sheikh al-Hadid", "SY", "2018-02-16",
     "1", "", "", "SANA; Dr Jawan Mohammed (Afrin hospital director, via CNN)", "claimed",
     "Friday (DCT Saturday 17 February -> 16 February): six civilians treated for symptoms of chemical exposure after an "
     "alleged chemical-weapon attack by Turkish forces on al-Mazina village, Sheikh al-Hadid subdistrict, Afrin region "
     "(alleged, per SANA; chlorine not confirmed -> claimed; no deaths; adjudicated: location 'Al Mazina, Sheikh "
     "al-Hadid', the village's subdistrict as the immediate parent, first 'Al Mazina, Afrin')"),
    (CN20, "غصن الزيتون", "عملية \"غصن الزيتون\" العسكرية",
     BAT, CLASH, "Military Forces of Turkey", "YPG: People's Protection Units", "Afrin", "SY", "2018-01-01", "3", "", "",
     "CNN", "reported",
     "aggregate: Turkey's 'Olive Branch' military operation in the Afrin region, launched after the US announcement in "
     "mid-January of a 30,000-strong Kurdish border force (January -> 1 January, precision 3; the Kurdish adversary is "
     "not named in the text, YPG as in the spent BB-66 Afrin aggregate). Not coded: the related-story headlines (Iran's "
     "call on Turkey, Turkey's warning to US forces in Manbij). Kept in adjudication against B ('no specific event'): "
     "a recent background mention of an ongoing offensive is coded, as the spent BB-66 aggregate"),
    (SK932, "سلسلة من الهجمات", "سلسلة من الهجمات في 25 أغسطس",
     BAT, CLASH, "ARSA: Arakan Rohingya Salvation Army", "Police Forces of Myanmar", "", "MM", "2017-08-25", "1", "", "",
     "Sky News Arabia (AP)", "reported",
     "background: the latest wave of violence began when Rohingya insurgents launched a series of attacks on 25 August "
     "(2017, within 12 months of the DCT) on 30 security posts and other targets (insurgents -> ARSA, the group that "
     "carried out the 25 August attacks; no place named -> location empty; no toll)"),
    (SK932, "حملة الأرض المحروقة", "ما تسمى حملة الأرض المحروقة",
     VAC, "Attack", "Military Forces of Myanmar", "Civilians (Myanmar)", "", "MM", "2017-08-25", "3", "", "",
     "UN; human rights groups (via AP)", "reported",
     "aggregate: Myanmar's security forces then began a so-called 'scorched earth' campaign against Rohingya villages, "
     "which the UN and rights groups call ethnic cleansing (start after 25 August 2017 -> dated there, precision 3). "
     "Not coded: the UN blacklisting report (no event), the sexual violence of the 'clearance operations between October "
     "2016 and August 2017' (an aggregate starting more than 12 months before the DCT, as the Boko Haram aggregate of "
     "AL-888 and the spent AL-306 decision; kept out in adjudication against B's row dated at the period's last month), "
     "the statelessness of the Rohingya"),
    ("SK-internationalNews-2073-20180610", "وقف إطلاق النار", "بقرار وقف إطلاق النار بين",
     SD, "Agreement", "Government of Afghanistan", "Taliban", "", "AF", "2018-06-10", "3", "", "",
     "Sky News Arabia", "reported",
     "the decision of a ceasefire between the Afghan government and the Taliban during the Eid al-Fitr holidays, "
     "welcomed by Pakistan (ceasefires are Agreement rows, spent FR-1859; announcement day not stated -> DCT, precision "
     "3). Not coded: Pakistan's welcome and the SCO summit (diplomatic)"),
    (SK887, "انطلقت باتجاه", "انطلقت باتجاه مدينة جرابلس",
     SD, "Non-violent transfer of territory", "Military Forces of Syria", "Jaysh al-Islam", "Douma", "SY",
     "2018-04-09", "2", "", "", "Syrian state media; sources", "reported",
     "title: the first convoy of dozens of opposition fighters and their families left Douma for Jarablus in at least 25 "
     "buses through the al-Wafidin crossing, after 24 hours of waiting on the town's outskirts (evacuation -> "
     "Non-violent transfer of territory, as the spent SK-561 Eastern Ghouta rows; no day -> DCT, precision 2). The hostage releases of the exchange are Agreement rows (adjudicated: first "
     "not coded)"),
    (SK887, "سراح عشرات الرهائن", "المعارضة أطلقت في المقابل سراح عشرات الرهائن",
     SD, "Agreement", "Jaysh al-Islam", "Government of Syria", "Douma", "SY", "2018-04-09", "1", "", "",
     "Syrian state television", "reported",
     "Monday evening: in exchange, the opposition released dozens of hostages, who reached the Syrian army's lines, "
     "under the Russia-brokered agreement by which the fighters leave the besieged town (safe passage for thousands of "
     "fighters in exchange for Jaysh al-Islam's release of hostages and prisoners of war; the deal folded here); they "
     "were taken to a stadium in Damascus. Prisoner releases under a deal -> Agreement (ACLED lists prisoner exchanges "
     "and releases under Agreement). Adjudicated, added from B: first I coded only the deal, dated at the swap's start "
     "(now the 8 April row)"),
    (SK887, "75رهينة", "حوالي 75رهينة",
     SD, "Agreement", "Jaysh al-Islam", "Government of Syria", "Douma", "SY", "2018-04-08", "1", "", "",
     "Syrian state television", "reported",
     "'yesterday' (DCT Monday 9 April -> 8 April): the exchange began with the release of about 75 hostages (a "
     "differently dated step of the exchange -> own row). Adjudicated: first this row was the Russia-brokered deal itself "
     "(trigger 'اتفاق توسطت فيه روسيا', 8 April precision 2); the deal is now folded into the Monday row as B did, "
     "and this row is the dated first release (precision 1)"),
    (SK887, "الشرطة العسكرية الروسية", "إن الشرطة العسكرية الروسية ستدخل دوما",
     SD, "Other", "Military Forces of Russia", "", "Douma", "SY", "2018-04-09", "2", "", "",
     "opposition negotiators", "planned",
     "opposition negotiators said Russian military police will enter Douma to implement the agreement (announced "
     "deployment -> Strategic developments/Other, planned, as the spent FR-309 Douma deployment)"),
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
