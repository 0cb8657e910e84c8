"""Bookkeeping helper for the events92 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur49/events92/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 92 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events92/sample.py ("This set: events92, seeds 3004 / 3005, drawn at the start of stop 49 (1e71539), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3004).shuffle, walked in order; (b) 10 with no text filter, random.Random(3005).shuffle, >=3 sources (got, by source, a: aawsat 3, sabq 2, almadina 1, alriyadh 1, okaz 1, alwatan 1, alyaum 1; b: alriyadh 2, 3alyoum 2, aleqtisadiya 2, alwatan 1, alyaum 1, almadina 1, sabq 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 26 rows): detection F1 0.920 before by compare.py (23 matched of 24 A / 26 B rows, P 0.885, R 0.958; all 23 pairs are true event pairs; both gave rows to the same 8 articles and left the same 12 empty); on the 23 pairs event_type, sub_event_type, actor1, actor2, event_date, time_precision, fatalities and fatalities_qualifier agreed 23/23, location_country and reported_as 22/23, location 20/23; triggers 15/23 identical trigger+occurrence, 20/23 nested; 24 -> 25 rows: 2 rows added from B: almadina-1163 the title's Turkish shelling of ISIS positions in Syria on 23 July (Shelling/artillery/missile attack, first folded into the Kilis clash row), aawsat-237 the background liberation of al-Anad base (first folded into the Lahij row, as B and the adjudicated spent almadina-580 rows); 1 row dropped, as B: aawsat-139 the claimed capture of the stretch from al-Siddiqiya to Tal al-Mushahid around Ramadi (folded into the Jazirat al-Khalidiya attacks row: an advance 'towards' areas in the same offensive, sector and day); 3 values changed: aawsat-139 locations 'Sijariya, Ramadi' and 'Juwaiba, Ramadi' (as B; first 'Sijariyah', 'Juwaiba') and 'Jazirat al-Khalidiya, Ramadi' (first 'Jazirat al-Khalidiya', B 'Jazirat al-Khalidiya, Anbar'; the sentence puts all three areas in Ramadi's north-eastern sector); kept against B: aawsat-119 coalition-campaign aggregate country SY (B IQ), aawsat-139 Anbar University reported_as reported (B claimed), 3alyoum-355 no row for ISIS's internet-cafe raids in Raqqa (B a borderline Strategic developments/Other row), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
GCAD = "Global Coalition Against Daesh"
MFT = "Military Forces of Turkey"
MFI = "Military Forces of Iraq"
PFSA = "Police Forces of Saudi Arabia"
PFE = "Police Forces of Egypt"
CYE = "Civilians (Yemen)"
MAD1163 = "SN-almadina-20150724-1163"
AWS119 = "SN-aawsat-20150725-119"
AWS139 = "SN-aawsat-20150727-139"
RYD735 = "SN-alriyadh-20150811-735"
WAT1024 = "SN-alwatan-20150810-1024"
AWS237 = "SN-aawsat-20150806-237"
SBQ3098 = "SN-sabq-20150806-3098"
AYM355 = "SN-3alyoum-20150724-355"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Turkey and ISIS on the border (almadina-1163, DCT Friday 24 July 06:48 UTC)
    (MAD1163, "قصفت تركيا", "قصفت تركيا أمس الخميس",
     ERV, SHELL, MFT, IS, "", "SY", "2015-07-23", "1", "", "",
     "Al Madina (AFP)", "reported",
     "adjudicated, added from B: the title's and lead's news: 'yesterday Thursday' (DCT Friday 24 July -> 23 July, "
     "precision 1) Turkey shelled ISIS positions in Syria in response to the killing of one of its soldiers (the title's "
     "'تقصف' is the same event -> one row; no aircraft named -> Shelling/artillery/missile attack, as the spent 3alyoum-65 "
     "row of Turkish ground fire; no place in Syria named -> location empty, SY; no toll). My first version folded it into "
     "the Kilis clash row, as the adjudicated spent alriyadh-839 row folded the tanks' immediate return fire; here the "
     "text makes the shelling the article's news, separate from the clash, and it strikes another country (Syria) than "
     "the clash's place (Kilis, TR), so one row cannot hold both places"),
    (MAD1163, "صدام مسلح", "في صدام مسلح مع متطرفي داعش",
     BAT, CLASH, IS, MFT, "Kilis", "TR", "2015-07-23", "1", "1", "exact",
     "Turkish General Staff (statement, via Al Madina)", "reported",
     "the title's news: Turkey shelled ISIS positions in Syria 'yesterday Thursday' (DCT Friday 24 July -> 23 July) in "
     "response to the killing of one of its soldiers; the General Staff: a Turkish soldier was killed and two wounded "
     "near Kilis (southern Turkey) in an armed clash with ISIS extremists in Syria on the border, when five extremists "
     "in Syria opened fire at 13:30 on an advanced army post, killing an NCO and wounding two soldiers ('this most "
     "serious armed incident in months' is the same; ISIS opened fire -> actor1, as the spent okaz-1984 and alriyadh-839 "
     "rows of the same clash; only the NCO's death is given -> 1 exact; the post is near Kilis on the Turkish side -> "
     "Kilis, TR). The title's and lead's Turkish shelling of ISIS positions in Syria is its own row (adjudicated, added "
     "from B; my first version folded it here, as the spent alriyadh-839 row folded the tanks' return fire). Not coded: the "
     "Wall Street Journal report that Turkey agreed to let the US army strike ISIS from Incirlik (basing permission, as "
     "the spent okaz-1984 row), the government's planned new border-security measures (plans under consideration)"),
    (MAD1163, "هجوم انتحاري", "بعد 3 ايام على هجوم انتحاري دامٍ",
     ERV, SUI, IS, "Civilians (Turkey)", "", "TR", "2015-07-20", "1", "", "",
     "Al Madina (AFP)", "reported",
     "background: the shelling came 'three days after' a bloody suicide attack that Ankara attributed to the extremist "
     "organisation and that targeted activists supporting the Kurdish cause (Thursday 23 July - 3 -> 20 July, precision "
     "1, as the spent okaz-1984 row of the same wire text; 'نسبته انقرة الى التنظيم' -> Islamic State, as the spent Suruc "
     "rows; activists -> Civilians (Turkey); the text names no place (Suruc) and no toll ('دامٍ') -> location and "
     "fatalities empty)"),
    (MAD1163, "مقتل شرطي", "مقتل شرطي في مدينة دياربكر",
     BAT, CLASH, UAG, "Police Forces of Turkey", "Diyarbakir", "TR", "2015-07-23", "2", "1", "exact",
     "Al Madina (AFP)", "reported",
     "background: the clash came amid acute tension fed by the killing of a policeman in the large Kurdish city of "
     "Diyarbakir (no perpetrator named -> Unidentified armed group; an attack on the police -> Battles/Armed clash, as "
     "the spent PKK police-killing rows; no day, on or before the Thursday clash -> 23 July, precision 2; alternative "
     "DCT 24 July; 1 exact)"),
    # Syrian opposition welcomes Turkey's intervention (aawsat-119, DCT Saturday 25 July 01:59 UTC)
    (AWS119, "بالغارات الجوية", "سقطوا من صفوف مقاتلي تنظيم داعش بالغارات الجوية",
     ERV, AIR, MFT, IS, "Suran", "SY", "2015-07-24", "1", "9", "at_least",
     "an informed source from the Aleppo countryside (to Asharq Al-Awsat)", "reported",
     "at least nine ISIS fighters were killed in the air strikes carried out by four Turkish fighter jets at dawn "
     "'(yesterday)' (DCT Saturday 25 July 01:59 UTC -> 24 July, precision 1), which targeted ISIS positions in Suran near "
     "the town of Azaz, Bab al-Laimoun, Hawr al-Nahr near Marea and 'Barghida' (four named places with one toll -> one "
     "row at the first place named, as the spent adjudicated alyaum-1225 and alwatan-1105 rows; alternative one row per "
     "place with the toll on none; 'تسعة قتلى على الأقل' -> 9 at_least; the strikes began at 4 a.m., heavy destruction "
     "and burnt vehicles, folded; Turkey's first strikes on ISIS in Syria, the spent okaz-1437 and alriyadh-839 rows). "
     "Not coded: the opposition factions' welcome of the Turkish intervention and the FSA's readiness to join the battle "
     "(statements), the regime's raids and barrel bombs that 'still kill Syrians' (generic), ISIS's media campaign "
     "against Turkey, the feared clashes with the Turks (hypothetical)"),
    (AWS119, "اشتباكات استمرت", "وسبق الغارات اشتباكات استمرت على الحدود",
     BAT, CLASH, IS, MFT, "Al Ayyash", "SY", "2015-07-23", "2", "5", "at_least",
     "an informed source from the Aleppo countryside (to Asharq Al-Awsat)", "reported",
     "the strikes were preceded by clashes on the Syrian-Turkish border between ISIS and the Turkish border guard and "
     "army near the al-Rai area, in the empty village of al-Ayyash held by the organisation at the border, which "
     "escalated to heavy weapons and killed an officer and at least four others on the Turkish side and 'a number of' "
     "ISIS members (before the dawn strikes of 24 July, no day -> 23 July, precision 2: the spent rows date the border "
     "clash near Kilis 23 July; ISIS named first -> actor1; 'سقوط ضابط وأربعة قتلى على الأقل' -> 1 + 4 = 5 at_least, the "
     "ISIS dead vague; the source places it in al-Ayyash near al-Rai -> 'Al Ayyash', SY; the Turkish General Staff "
     "reported one NCO killed in the 23 July clash, the spent okaz-1984 row)"),
    (AWS119, "حملتها العسكرية الجوية", "التي بدأت حملتها العسكرية الجوية ضد",
     ERV, AIR, GCAD, IS, "", "SY", "2014-08-01", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate, borderline: the 'Arab-international coalition' that began its air campaign against ISIS in August of "
     "last year (August 2014 -> 1 August 2014, precision 3, within 12 months of the DCT 25 July 2015, as the spent "
     "aljazirah-994 and alyaum-1225 'since August 2014' aggregates; the US-led coalition -> Global Coalition Against "
     "Daesh; no place, the article's frame is Syria -> SY, as the spent aleqtisadiya-295 and aawsat-118 rows whose "
     "articles were about Syria; kept in adjudication against B's IQ, which followed aljazirah-994/alyaum-1225, whose "
     "articles' frame was Iraq; alternative IQ, where the campaign began; alternative not coded, a clause in ISIS's "
     "propaganda paragraph). Not coded: the source's 'the coalition has no effect on ISIS's expansion and only supports "
     "the Kurdish forces' (generic)"),
    # Anbar University (aawsat-139, DCT Monday 27 July 17:14 UTC)
    (AWS139, "تحرير جامعة الأنبار", "أعلن جهاز مكافحة الإرهاب في العراق، أمس، عن تحرير جامعة الأنبار",
     BAT, GRT, MFI, IS, "Anbar University, Ramadi", "IQ", "2015-07-26", "1", "29", "exact",
     "Iraqi Counter-Terrorism Service, Brig. Abdul-Amir al-Khazraji (to Asharq Al-Awsat, AFP); Ramadi district head "
     "Dalaf al-Kubaisi", "reported",
     "the title's news: 'yesterday' (DCT Monday 27 July -> 26 July), at dawn, after violent clashes lasting hours, the "
     "Counter-Terrorism Service freed Anbar University on the outskirts of Ramadi completely from ISIS and raised the "
     "Iraqi flag over its buildings (CTS -> Military Forces of Iraq, as the spent aleqtisadiya-309 row of the same "
     "capture; the later 'تحرير جامعة الأنبار' mentions and the Ramadi district head's confirmation are the same event; "
     "the outlet's own 'the advance achieved by the Iraqi forces' and the district head's confirmation -> reported, not "
     "only the announcing party's claim; kept in adjudication against B's claimed, which followed the spent alyaum-1225 "
     "rule for a government side's tally of enemy dead: here the row's event is the capture, which the outlet states in "
     "its own voice and a second official confirms, as the spent aleqtisadiya-309 row of the same capture (reported); "
     "the toll is the commander's, said in the source column; alternative claimed); Khazraji to AFP: yesterday's confrontations killed 29 and wounded 15 ISIS "
     "gunmen and destroyed two vehicles -> 29 exact ('العشرات بين قتيل وجريح' the same, vague). Folded: the engineers' "
     "clearing of explosives and the continued advance towards the al-Tamim district (an advance 'towards', not a "
     "capture; the spent aleqtisadiya-309 row has al-Tamim as its own row only because that outlet said it was freed), "
     "the ISIS members' flight"),
    (AWS139, "غارات مكثفة من طيران التحالف", "تمت بدعم من غارات مكثفة من طيران التحالف",
     ERV, AIR, GCAD, IS, "Anbar University, Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Falih al-Issawi, deputy head of the Anbar provincial council (to Reuters, via Asharq Al-Awsat)", "reported",
     "the recapture of Anbar University was backed by intensive raids of the US-led coalition's aircraft (a different "
     "actor from the ground battle -> own row, as the spent aljazirah-360 and aawsat-94 coalition-support rows; the "
     "coalition -> Global Coalition Against Daesh; tied to the capture, no own day -> 26 July, precision 2; no toll). "
     "Not coded: the Iran-backed Popular Mobilization did not take part (a non-event)"),
    (AWS139, "جزيرة الخالدية", "هجمات مباغتة في مناطق جزيرة الخالدية",
     BAT, CLASH, MFI, IS, "Jazirat al-Khalidiya, Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Brig. Adel Mulan, commander of the commando brigade of the Iraqi Army's 8th Infantry Division (to Asharq "
     "Al-Awsat); Asharq Al-Awsat", "reported",
     "as soon as the capture of the university was announced, the units of the north-eastern sector of Ramadi launched "
     "a series of attacks to penetrate the city; Brig. Mulan: the units backed by tribal fighters launched several "
     "surprise attacks in the areas of Jazirat al-Khalidiya, al-Sijariya and Juwaiba in the north-eastern sector of "
     "Ramadi (stated in the outlet's own voice too -> reported; three named areas, no toll -> one row per area, as the "
     "spent events82 Dar Saad/Sabr/al-Maashiq rows; this row Jazirat al-Khalidiya; right after the 26 July "
     "announcement, no day of its own -> 26 July, precision 2; tribal fighters in the note; adjudicated: location "
     "'Jazirat al-Khalidiya, Ramadi', first 'Jazirat al-Khalidiya', B 'Jazirat al-Khalidiya, Anbar': the sentence puts "
     "all three areas 'within the north-eastern sector of the city of Ramadi', so the three rows are written alike, "
     "'Place, City', as B wrote the other two). Folded (adjudicated, as B; my first version had a claimed Government "
     "regains territory row at 'Ramadi'): the brigadier's 'the units' air and artillery strikes contributed to the "
     "security forces' advance towards areas stretching from al-Siddiqiya to al-Humaira up to Tal al-Mushahid around "
     "Ramadi and liberating them' (an advance 'towards' ('صوب') a stretch of unnamed-extent areas, in the same offensive, "
     "sector and day; the liberation reads as the push's aim as much as its result; the header folds advances, strikes "
     "and captures described generically in the same place and days; alternative a claimed capture row)"),
    (AWS139, "والسجارية", "جزيرة الخالدية والسجارية ومنطقة جويبة",
     BAT, CLASH, MFI, IS, "Sijariya, Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Brig. Adel Mulan, commander of the commando brigade of the Iraqi Army's 8th Infantry Division (to Asharq "
     "Al-Awsat); Asharq Al-Awsat", "reported",
     "the same surprise attacks, second named area: al-Sijariya, north-eastern sector of Ramadi (one location per row; "
     "26 July, precision 2; adjudicated: location 'Sijariya, Ramadi', as B, first 'Sijariyah': the text places it in "
     "Ramadi's north-eastern sector)"),
    (AWS139, "ومنطقة جويبة", "والسجارية ومنطقة جويبة ضمن القاطع",
     BAT, CLASH, MFI, IS, "Juwaiba, Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Brig. Adel Mulan, commander of the commando brigade of the Iraqi Army's 8th Infantry Division (to Asharq "
     "Al-Awsat); Asharq Al-Awsat", "reported",
     "the same surprise attacks, third named area: Juwaiba, north-eastern sector of Ramadi (one location per row; "
     "26 July, precision 2; adjudicated: location 'Juwaiba, Ramadi', as B, first 'Juwaiba': the text places it in "
     "Ramadi's north-eastern sector)"),
    (AWS139, "معمل الزجاج جنوبي الرمادي", "المعارك أصبحت تجري بالقرب من معمل الزجاج جنوبي الرمادي",
     BAT, CLASH, MFI, IS, "Glass Factory, Ramadi", "IQ", "2015-07-27", "2", "20", "at_least",
     "a source in the Anbar Operations Command (via Asharq Al-Awsat)", "claimed",
     "a source in the Anbar Operations Command: the battles now take place near the glass factory south of Ramadi, "
     "which was encircled while a number of ISIS members are entrenched inside; the battles are near the al-Warrar "
     "regulator, the Ramadi dam and the glass factory's surroundings, where the preliminary toll of ISIS dead exceeded "
     "20 and seven vehicles were burnt and destroyed (ongoing -> DCT, precision 2; 'أكثر من 20' -> 20 at_least, as the "
     "spent aawsat-272 row; a party's own source and count -> claimed, as the spent alyaum-1225 and alwatan-1105 rows; "
     "the encirclement and the Warrar regulator and Ramadi dam, named beside the factory in one sentence with the toll, "
     "folded; alternative own rows for them; a landmark written title case, as the spent 'Al Sharif Hotel, Taiz')"),
    (AWS139, "تكثيف عملياتها في الأنبار", "تكثيف عملياتها في الأنبار بهدف",
     BAT, CLASH, MFI, IS, "Anbar", "IQ", "2015-07-13", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate, borderline: the Iraqi forces announced on 13 July the intensification of their operations in Anbar to "
     "'liberate' the governorate, backed by the international coalition's air strikes, and Iraqi forces backed by the "
     "coalition continue operations to regain control of it (one campaign -> one row dated at its stated start, 13 "
     "July, precision 3 as an aggregate; the coalition backing folded; alternative not coded, a closing background "
     "paragraph). Not coded: the large military reinforcements moved from the Habbaniyah base to the eastern axis of "
     "Ramadi (a troop movement within the battle, no fighting of its own), Carter's Thursday visit to Baghdad "
     "(diplomatic), ISIS's control of wide areas of Anbar incl. Ramadi and Fallujah (status)"),
    # Cairo IED (alriyadh-735, DCT Tuesday 11 August 14:15 UTC)
    (RYD735, "تفجير عبوة ناسفة", "إثر تفجير عبوة ناسفة محلية الصنع",
     ERV, IED, "Ajnad Misr", PFE, "Heliopolis, Cairo", "EG", "2015-08-10", "1", "", "",
     "Egyptian Interior Ministry (via Al Riyadh); Ajnad Misr (claim of responsibility)", "reported",
     "the title's news: 'yesterday Monday' (DCT Tuesday 11 August -> 10 August) two Egyptian police officers and a "
     "civilian passer-by were wounded by the explosion of a home-made IED targeting a traffic kiosk in al-Mahkama Square, "
     "Heliopolis, north Cairo (the title's 'تفجير' and the closing caption are the same event; no one killed -> "
     "fatalities empty; the group 'Ajnad Misr' claimed the bombing on Twitter ('targeting a security post ... wounding "
     "two officers and a conscript', within its 'retribution is life' campaign) -> actor1 Ajnad Misr by its claim of "
     "responsibility, alternative Unidentified armed group as the spent alyaum-1159 row of the same blast, whose text "
     "named no group; officers at a traffic post -> Police Forces of Egypt, the civilian in the note; 'بمنطقة مصر "
     "الجديدة شمال القاهرة' -> 'Heliopolis, Cairo'). Not coded: the closing of the streets to the court (a security "
     "measure)"),
    (RYD735, "وقاموا بإبطالها", "عبوة ناسفة معدة للانفجار، وقاموا بإبطالها",
     SD, "Disrupted weapons use", PFE, UAG, "Heliopolis, Cairo", "EG", "2015-08-10", "1", "", "",
     "Al Riyadh (Egyptian Interior Ministry)", "reported",
     "the explosives experts combing the area found a black bag near the blast site holding an IED ready to explode and "
     "defused it (a second device, defused -> Strategic developments/Disrupted weapons use, as the adjudicated spent "
     "alyaum-1159 row of the same second bomb; the device's owner not named -> Unidentified armed group, alternative "
     "Ajnad Misr; same day, 10 August, precision 1)"),
    # Deputy King's meeting (alwatan-1024, DCT Monday 10 August 19:39 UTC)
    (WAT1024, "حادث التفجير الإرهابي", "شهداء الواجب في حادث التفجير الإرهابي",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "1", "15", "exact",
     "Crown Prince Mohammed bin Nayef (Interior Minister); Al Watan", "reported",
     "background: the terrorist bombing that targeted a mosque of the Special Emergency Forces in the Asir region 'last "
     "Thursday' (DCT Monday 10 August -> 6 August), killing 15 and wounding 33 security men (the same text as the spent "
     "alriyadh-551 row, followed: perpetrator not named -> Unidentified armed group; Special Emergency Forces -> Police "
     "Forces of Saudi Arabia; the text does not say suicide bombing -> the generic explosive sub-type, alternative "
     "Suicide bomb; 'the incidents will not deter us' in the title is the same attack, generic). Not coded: the meeting "
     "with the security chiefs in Jeddah, the call to raise alertness, the Umrah and Hajj security plans, the "
     "congratulations to Ecuador"),
    # Lahij and Taiz (aawsat-237, DCT Thursday 6 August 01:45 UTC)
    (AWS237, "تحرير محافظة لحج", "بعد تحرير محافظة لحج بالكامل",
     BAT, GRT, YR, HOU, "Lahij", "YE", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat; sources in the national army and the resistance", "reported",
     "background: the title's 'after the cleansing of Lahij': Lahij governorate was completely liberated, al-Anad base "
     "included, from the rebels (the liberators implied by the sentence: the national army and the pro-legitimacy "
     "resistance -> Yemeni Resistance, as the spent Anad and Lahij rows of the same capture, alternative Military Forces "
     "of Yemen, named first by the sources; al-Anad base is its own row since the adjudication; "
     "the title states it as fact -> reported; no day -> DCT, precision 2, as the spent alwatan-2172 Lahij row). Not "
     "coded: that Abyan will be the next destination (the title's news, an intention of unnamed sources, as the spent "
     "almadina-580 'plan to liberate Abyan and Shabwa' and events82 'Shabwa expected to be the next front'; alternative "
     "a planned row), the Houthi and Saleh forces being 'shaken' (commentary)"),
    (AWS237, "قاعدة العند", "بما فيها قاعدة العند",
     BAT, GRT, YR, HOU, "Al Anad Air Base", "YE", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat; sources in the national army and the resistance", "reported",
     "background, adjudicated, added from B (my first version folded it into the Lahij row): al-Anad base, freed from "
     "the rebels with all of Lahij governorate (a differently named place -> own row, as the adjudicated spent "
     "almadina-580 rows, which kept the al-Anad capture apart from the Lahij governorate row; the pro-Hadi army and "
     "resistance -> Yemeni Resistance, as the spent Anad rows; no day -> DCT, precision 2, as the Lahij row)"),
    (AWS237, "بإطلاق النار على الشاب المصاب", "عناصر الميليشيات بإطلاق النار على الشاب المصاب",
     VAC, "Attack", HOU, CYE, "Al Ashash, Al Anad", "YE", "2015-08-06", "2", "1", "exact",
     "sources in the national army and the resistance (to Asharq Al-Awsat)", "claimed",
     "the sources spoke of 'a new crime' by the Houthi militias: a citizen wanted to take his wounded son to hospital in "
     "the al-Ashash area of al-Anad, but a Houthi checkpoint stopped him and a militiaman shot the wounded young man dead "
     "and told his father 'now go and take him to hospital' (a civilian killed at a checkpoint -> Violence against "
     "civilians/Attack; 1 exact; only the sources of one side of the war tell it -> claimed; 'منطقة العشش بالعند' -> 'Al "
     "Ashash, Al Anad'; no day -> DCT, precision 2)"),
    (AWS237, "تواصلت المواجهات العنيفة", "وفي تعز، تواصلت المواجهات العنيفة",
     BAT, CLASH, YR, HOU, "Taiz", "YE", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "in Taiz the violent confrontations continued between the forces loyal to legitimacy and the rebel militias "
     "(pro-Hadi forces -> Yemeni Resistance, as the spent Taiz rows; the resistance's field advance in Taiz folded; "
     "ongoing -> DCT, precision 2)"),
    (AWS237, "بقصف عشوائي", "رد الحوثيون بقصف عشوائي على المنازل",
     ERV, SHELL, HOU, CYE, "Taiz", "YE", "2015-08-06", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "as the resistance advanced in Taiz, the Houthis responded with indiscriminate shelling of houses and populated "
     "neighbourhoods (houses and residents -> Civilians (Yemen), as the spent Taiz shelling rows; no casualties stated; "
     "no day -> DCT, precision 2)"),
    (AWS237, "وصول قوات إماراتية", "أكد نائب مدير عام مطار عدن الدولي، عبد الرقيب العمري، وصول قوات إماراتية",
     SD, "Other", "Military Forces of the United Arab Emirates", "", "Aden Airport, Aden", "YE", "2015-08-06", "2", "",
     "", "Abdul-Raqib al-Omari, deputy director general of Aden International Airport (via Asharq Al-Awsat)", "reported",
     "Emirati forces of the Saudi-led coalition arrived at Aden airport to secure its surroundings ahead of the resumption "
     "of international flights in the next two days (troop deployment -> Strategic developments/Other, as the spent "
     "alriyadh-748 row of the Emirati battalion at Aden airport; no day -> DCT, precision 2). Not coded: the preparation "
     "of two halls and resumption of flights (civil), the UN envoy Ould Cheikh Ahmed's renewed call for a ceasefire and "
     "Houthi withdrawal (diplomatic statement)"),
    # Czech protest against Gulf tourists (sabq-3098, DCT Thursday 6 August 01:51 UTC)
    (SBQ3098, "تظاهروا احتجاجاً", "الذين تظاهروا احتجاجاً على كثرة السياح الخليجيين",
     PRO, "Peaceful protest", "Protesters (Czech Republic)", "", "", "CZ", "2015-07-30", "2", "", "",
     "Czech channel iDNES.cz (television report, via Sabq)", "reported",
     "the title's news: the footage of the Czech channel's report, broadcast 'last week', showed a gathering of dozens of "
     "Czech citizens who demonstrated against the number of Gulf tourists and released their dogs in the park to drive "
     "the Gulf tourists out, some protesters wearing racist anti-Islam slogans ('last week' -> DCT 6 August - 7 = 30 "
     "July, precision 2; the protest itself is not dated beyond the report; no park or town named -> location empty, CZ; "
     "no injury or clash stated -> Peaceful protest, alternative Riots/Mob violence for setting dogs on the tourists). "
     "Not coded: the residents' complaints about damage to parks (statements)"),
    # ISIS internet ban in Raqqa (3alyoum-355, DCT Friday 24 July 15:58 UTC)
    (AYM355, "سيطر عليها المقاتلون الاكراد اخيرا", "تل ابيض الحدودية مع تركيا التي سيطر عليها المقاتلون الاكراد اخيرا",
     BAT, NSO, "YPG: Peoples Protection Units", IS, "Tal Abyad", "SY", "2015-07-24", "3", "", "",
     "Ain Alyoum (AFP)", "reported",
     "background, borderline: the border town of Tal Abyad, which the Kurdish fighters 'recently' took (from ISIS, which "
     "holds almost all of Raqqa province) ('اخيرا' with no date -> DCT, precision 3; the Syrian Kurdish fighters -> YPG: "
     "Peoples Protection Units, as the spent Tal Abyad rows; alternative not coded, a status clause). Not coded: the "
     "title's news, ISIS's ban on private internet and Wi-Fi in Raqqa and the raids and searches of the internet cafes "
     "to enforce it (an administrative order, as the spent aljazirah-392 'ISIS's order to the Albukamal internet cafes'; "
     "kept in adjudication against B's borderline Strategic developments/Other row at Raqqa: the raids and searches "
     "are the order's inspection, with no arrest, violence or seizure stated; alternative B's row), "
     "the caliphate declared in June 2014 (more than 12 months before the DCT), ISIS's control of Raqqa (status)"),
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
