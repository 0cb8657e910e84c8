"""Bookkeeping helper for the events42 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events41/addrows.py (itself from events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur33/events42/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 42 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events42/sample.py ("This set: events42, seeds 2840 / 2841, drawn at the start of stop 33 (main 28e1bc2), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2840).shuffle, walked in order; (b) 10 with no text filter, random.Random(2841).shuffle, >=3 sources (got, by source, a: aljazirah 4, alriyadh 2, alweeam 2, aawsat 1, aleqtisadiya 1; b: aawsat 2, aleqtisadiya 2, alriyadh 2, okaz 2, aljazirah 1, alweeam 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 25 rows): detection F1 0.980 before "
       "(25 matched of 26 A / 25 B rows; P 1.000, R 0.962; 1 A-only row, no B-only row; both gave rows to the same 6 articles); "
       "no row added or dropped; 7 field values changed to B's (alriyadh-682: al-Fuaa shelling fatalities and qualifier empty, "
       "the joint toll of 7 not split; the two al-Fuaa/Kafraya clash rows actor2 Military Forces of Syria; the two Syrian "
       "air-raid rows actor2 empty; aawsat-155 al-Halfi row actor2 empty); kept against B: the aljazirah-465 Afghan Basti "
       "demolition row (B folded it), the Zabadani background row's precision 2, the spellings 'Al Fuaa' (3 rows) and "
       "'Qalaj Kurtek, Rmeilan'; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PROT = "Protests"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
ARR = "Arrests"
PEACE = "Peaceful protest"
RES = "Yemeni Resistance"
HOU = "Houthis"
ISIS = "Islamic State"
UAG = "Unidentified armed group"
GCAD = "Global Coalition Against Daesh"
REB = "Syrian rebels"
MFSY = "Military Forces of Syria"
YPG = "YPG: Peoples Protection Units"
POLSA = "Police Forces of Saudi Arabia"
PIQ = "Protesters (Iraq)"
JAZ465 = "SN-aljazirah-20150802-465"
JAZ499 = "SN-aljazirah-20150808-499"
RIY682 = "SN-alriyadh-20150722-682"
AAW155 = "SN-aawsat-20150808-155"
OKZ1406 = "SN-okaz-20150811-1406"
WEE1119 = "SN-alweeam-20150810-1119"
CJTF = "Combined Joint Task Force statement (via Al Riyadh)"
SOHR = "Syrian Observatory for Human Rights (via Al Riyadh)"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (JAZ465, "ازالت السلطات الباكستانية", "ازالت السلطات الباكستانية خلال الاسبوع الجاري",
     SD, "Looting/property destruction", "Government of Pakistan", "Civilians (Pakistan)", "Afghan Basti, Islamabad", "PK",
     "2015-08-02", "2", "", "",
     "Al Jazirah (AFP report)", "reported",
     "the title's news: 'during the current week' the Pakistani authorities (the Capital Development Authority, on a "
     "Supreme Court order) razed the 'Afghan camp' (Afghan Basti) informal settlement at the entrance of Islamabad, the "
     "capital's biggest slum of Afghan refugees and day labourers; bulldozers arrived at dawn, thousands were pushed into "
     "the streets, with no alternative housing or compensation (forced demolition of homes by the state -> Strategic "
     "developments/Looting/property destruction, as the spent demolition rows (events40 alriyadh-642, events41 "
     "aljazirah-402); borderline: alternative not coded as a court-ordered administrative eviction; 'this week' -> DCT, "
     "precision 2; the title's 'تزيل' and the bulldozers' 'تدمير اكبر حي عشوائي' are the same event -> one row; "
     "adjudicated: kept against B, who folded the demolition into the protest row: the demolition is the title's news "
     "and a different act with different actors (the state razing thousands' homes vs the residents' obstruction and "
     "their arrest), coded as the spent Tehran mosque demolitions). Not coded: "
     "the deaths of Mullah Omar and of Malik Ishaq mentioned as news that occupied the media (no act or circumstance "
     "described), the generic 'war' of the authorities on slums"),
    (JAZ465, "واوقف المقيمون والناشطون", "واوقف المقيمون والناشطون الذين اعترضوا طريق",
     PROT, "Protest with intervention", "Protesters (Pakistan)", "Police Forces of Pakistan", "Afghan Basti, Islamabad",
     "PK", "2015-08-02", "2", "", "",
     "Al Jazirah (AFP report)", "reported",
     "the residents and activists who blocked the path of the heavy machinery (the demolition bulldozers) were arrested "
     "(obstruction of the demolition = a demonstration; arrests at it -> Protest with intervention, as the spent events20 "
     "Brooklyn row; the arresting force is not named -> Police Forces of Pakistan; alternative Strategic "
     "developments/Arrests with Civilians (Pakistan); same days as the demolition -> DCT, precision 2)"),
    (JAZ499, "حادثة التفجير الإرهابية", "في حادثة التفجير الإرهابية التي استهدفت مسجد",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Najran governor Prince Jalawi bin Abdulaziz (via Al Jazirah)", "reported",
     "background (the news is the Najran governor's condolences and condemnation): the terrorist bombing that targeted "
     "the mosque of the Special Emergency Forces in the Asir region, with security men 'martyred' and wounded (no number "
     "-> fatalities empty; only 'التفجير' -> the generic explosive sub-type, as the spent Asir rows; no perpetrator named "
     "-> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the text gives no day -> DCT, "
     "precision 3, as the spent aljazirah-399/aljazirah-397 condolence rows). Not coded: the condolences and "
     "condemnation (statements)"),
    (RIY682, "تسع ضربات جوية", "تسع ضربات جوية على مواقع للتنظيم في سوريا",
     ERV, AIR, GCAD, ISIS, "Aleppo", "SY", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "the international coalition against ISIS carried out nine air strikes on ISIS positions in Syria and 14 in Iraq; "
     "the Combined Joint Task Force said in a statement 'the night before last' (DCT Wednesday 22 July -> 20 July) that "
     "the Syrian strikes hit tactical units and fighting positions near Aleppo, Hasakah and Ain al-Arab (Kobani) and "
     "minefields near Raqqa (no day of the strikes, on or before the statement -> 20 July, precision 2; one location per "
     "row, as the spent aleqtisadiya-309 and alriyadh-566 rows: this row Aleppo, the first named place; 'قوات التحالف "
     "الدولي ضد تنظيم داعش' -> Global Coalition Against Daesh)"),
    (RIY682, "والحسكة", "بالقرب من مدن حلب والحسكة",
     ERV, AIR, GCAD, ISIS, "Hasakah", "SY", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes on ISIS near Hasakah (differently named place -> own row; see the Aleppo row)"),
    (RIY682, "وعين العرب", "والحسكة وعين العرب (كوباني)",
     ERV, AIR, GCAD, ISIS, "Ain al-Arab", "SY", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes on ISIS near Ain al-Arab (Kobani) (own row; 'Ain al-Arab' as the spent "
     "aleqtisadiya-309 row of the text's 'عين العرب (كوباني)')"),
    (RIY682, "وحقول ألغام", "وحقول ألغام قريبة من مدينة الرقة",
     ERV, AIR, GCAD, ISIS, "Raqqa", "SY", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes on (ISIS) minefields near the city of Raqqa (own row)"),
    (RIY682, "و14 ضربة أخرى في العراق", "و14 ضربة أخرى في العراق",
     ERV, AIR, GCAD, ISIS, "Mosul", "IQ", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: 14 strikes in Iraq; the coalition aircraft targeted tactical units, vehicles and fighting positions "
     "near 8 Iraqi cities, among them Mosul, Fallujah and Ramadi (one location per row: this row Mosul, the first named "
     "city; the strikes near the five unnamed cities are folded here, as the spent alriyadh-566 Mosul row)"),
    (RIY682, "والفلوجة", "منها الموصل والفلوجة والرمادي",
     ERV, AIR, GCAD, ISIS, "Fallujah", "IQ", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes near Fallujah (own row; see the Mosul row)"),
    (RIY682, "والرمادي", "والفلوجة والرمادي",
     ERV, AIR, GCAD, ISIS, "Ramadi", "IQ", "2015-07-20", "2", "", "",
     CJTF, "reported",
     "same statement: coalition strikes near Ramadi (own row; see the Mosul row)"),
    (RIY682, "اكثر من 300 قذيفة", "بسبب اكثر من 300 قذيفة محلية الصنع",
     ERV, SHELL, REB, "", "Al Fuaa", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "the opposition fighting factions 'rained' rockets and artillery shells on four besieged Shia towns in northern "
     "Syria (their stated reply to the regime/Hezbollah attack on Zabadani); SOHR reported 'yesterday' (DCT 22 July -> "
     "21 July) seven people killed by more than 300 locally made shells that fell on the two towns of al-Fuaa and "
     "Kafraya in Idlib, and said the Islamic factions and Jabhat al-Nusra 'resumed yesterday' the targeting of areas in "
     "the two towns (the lead's four towns, two of them unnamed, and the resumption are folded; the shells on or before "
     "the 21 July report -> 21 July, precision 2; 'الفصائل المقاتلة المعارضة' -> Syrian rebels; SOHR does not know "
     "whether the dead were civilians or National Defence Forces members -> actor2 empty; one location per row: this row "
     "al-Fuaa, Kafraya its own row; the toll of 7 is given for the two towns together and is kept on this first-named "
     "town's row, not split; adjudicated, as B: fatalities empty on both rows, the 7 only in this note, because the toll "
     "is given for the two towns together and is not split, as the spent adjudicated Kandahar/Logar rows (events31 "
     "aawsat-178, events40 alyaum-1141); first 7 exact on this row; location spelling 'Al Fuaa' kept against B's 'Al "
     "Fuah': the ayn of 'الفوعة' is kept, as the spent adjudicated 'Naqaa' (نقعة) and 'Al Maayin'). Not coded: the siege of al-Fuaa and Kafraya by Jaish al-Fateh since the end of March "
     "(ongoing situation, status)"),
    (RIY682, "وكفريا", "سقطت على بلدتي الفوعة وكفريا",
     ERV, SHELL, REB, "", "Kafraya", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "the same shelling, second named town: Kafraya (one location per row; the joint toll of 7 is not split and is only "
     "in the al-Fuaa row's note, fatalities empty on both)"),
    (RIY682, "اشتباكات لأكثر من ثماني ساعات", "اشتباكات لأكثر من ثماني ساعات متواصلة",
     BAT, CLASH, REB, MFSY, "Al Fuaa", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "SOHR pointed to 'clashes for more than eight continuous hours around the two towns', during which fighters of "
     "Islamic factions and Jabhat al-Nusra (al-Qaeda in the Levant) tried to enter the two towns (the attackers -> "
     "Syrian rebels, the factions named first; the defenders are the National Defence Forces members 'who fight in the "
     "two towns' -> adjudicated, as B: Military Forces of Syria, the NDF in this note, as the spent events40 "
     "aljazirah-761 Zabadani/Jobar rows that fold the pro-regime National Defence Forces into the regime side (first "
     "'NDF: National Defence Forces'); same SOHR report -> 21 July, "
     "precision 2; one location per row: this row al-Fuaa, Kafraya its own row)"),
    (RIY682, "دخول البلدتين", "دخول البلدتين",
     BAT, CLASH, REB, MFSY, "Kafraya", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "the same clashes around the two towns, second named town: Kafraya (one location per row; see the al-Fuaa row)"),
    (RIY682, "اربع غارات", "نفذ الطيران الحربي السوري اربع غارات",
     ERV, AIR, MFSY, "", "Al Fuaa", "SY", "2015-07-21", "1", "", "",
     SOHR, "reported",
     "while the factions resumed the shelling 'yesterday' (21 July), the Syrian air force carried out four raids on "
     "areas around the two towns ('مناطق', no target named -> actor2 empty, adjudicated as B, as the spent Syrian "
     "raids on 'areas' (events38 alwatan-1660, events40 aljazirah-761); first Syrian rebels, the attackers around the "
     "towns, which the text does not name as the target; 'yesterday' -> 21 July, "
     "precision 1; one location per row: this row al-Fuaa, Kafraya its own row)"),
    (RIY682, "محيط البلدتين", "غارات على مناطق في محيط البلدتين",
     ERV, AIR, MFSY, "", "Kafraya", "SY", "2015-07-21", "1", "", "",
     SOHR, "reported",
     "the same four Syrian air raids around the two towns, second named town: Kafraya (one location per row)"),
    (RIY682, "لهجوم من قوات النظام", "لهجوم من قوات النظام وحزب الله اللبناني",
     BAT, CLASH, MFSY, REB, "Zabadani", "SY", "2015-07-22", "2", "", "",
     "Syrian opposition factions (via Al Riyadh)", "reported",
     "background: the town of Zabadani in the Damascus countryside is being subjected to an attack by the regime forces "
     "and the Lebanese Hezbollah (the factions' stated motive for the shelling of the Shia towns; the attack itself is "
     "presupposed, not contested -> reported; ongoing, no day -> DCT, precision 2; adjudicated: kept against B's "
     "precision 3: the factions' shelling of 21 July is their reply to the attack, so the text presents it as current, "
     "and ongoing events without a day take DCT/2, as the spent Zabadani rows of the same days (events27 aawsat-107, "
     "events38 alwatan-1660); regime forces named first -> Military "
     "Forces of Syria, Hezbollah folded; the defenders are not named -> Syrian rebels, as the spent Zabadani rows)"),
    (RIY682, "تظاهرت أمس الأول", "قرب دمشق تظاهرت أمس الأول",
     PROT, PEACE, "Protesters (Syria)", "", "Sayyida Zaynab", "SY", "2015-07-20", "1", "", "",
     SOHR, "reported",
     "families originating from al-Fuaa and Kafraya living in the Sayyida Zaynab suburb near Damascus demonstrated 'the "
     "day before yesterday' (DCT 22 July -> 20 July), demanding protection for the two towns' people; they cut the road "
     "to Damascus International Airport, demanding that Hezbollah send support (road blocking folded; no violence or "
     "intervention stated -> Peaceful protest, actor2 empty)"),
    (RIY682, "انفجار عنيف", "جراء انفجار عنيف فجر أمس",
     ERV, IED, UAG, YPG, "Qalaj Kurtek, Rmeilan", "SY", "2015-07-21", "1", "2", "at_least",
     SOHR, "reported",
     "borderline: SOHR reported at least two killed and dozens wounded among the Kurdish People's Protection Units by a "
     "violent explosion at dawn 'yesterday' (21 July) in an ammunition depot of the YPG in the Qalaj Kurtek area of the "
     "town of Rmeilan, Hasakah governorate (the cause is not stated; the next sentence's ISIS car bomb 'also' reads it as "
     "an attack -> Remote explosive/landmine/IED, Unidentified armed group vs YPG; alternative not coded as a possible "
     "accident; 'اثنين على الأقل' -> 2 at_least; 'منطقة قلاج كورتك التابعة لبلدة رميلان' -> 'Qalaj Kurtek, Rmeilan'; adjudicated: spelling kept against B's 'Qalaj Kortek, Rmelan': transliterated from the "
     "Arabic text (و as u, ي as ei), the wire agencies' English 'Rmeilan' of رميلان)"),
    (RIY682, "عربة مفخخة", "فجر أيضاً عربة مفخخة",
     ERV, IED, ISIS, YPG, "Hasakah", "SY", "2015-07-21", "2", "", "",
     SOHR, "reported",
     "SOHR: ISIS 'also' detonated a car bomb targeting a YPG position south-east of the city of Hasakah, with no "
     "information on casualties (a car bomb with no suicide attacker stated -> Remote explosive/landmine/IED; no day of "
     "its own, in the same report as the 21 July depot explosion -> 21 July, precision 2)"),
    (AAW155, "بدا الحراك الشعبي قويا", "بدا الحراك الشعبي قويا ومؤثرا",
     PROT, PEACE, PIQ, "", "Basra", "IQ", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat; Basra civil activist Safaa al-Dhahi", "reported",
     "the title's news: nine governorates of central and southern Iraq saw demonstrations of thousands against al-Abadi's "
     "government, demanding services and the prosecution of the corrupt, some calling for dissolving parliament and the "
     "provincial councils and an emergency government; they took place although the Islamic parties had clerics urge "
     "people at the Friday prayer not to go out (-> Friday 7 August, the day before the DCT Saturday 8 August, precision "
     "1; alternative DCT/2: the text names no day). In Basra the movement was strong: in the morning an open civil "
     "disobedience sit-in in front of the governorate building, in the evening demonstrations like the other "
     "governorates (sit-in and demonstrations, same place and day -> one row; the seven unnamed governorates are folded "
     "here, as the spent alriyadh-566 unplaced strikes; no intervention stated -> actor2 empty). Not coded: 'last "
     "week's' demonstrations (only a comparison of numbers), the sit-in 'will remain open' (expectation, folded)"),
    (AAW155, "كانت أكبر المظاهرات", "كانت أكبر المظاهرات التي خرجت",
     PROT, PEACE, PIQ, "", "Habboubi Square, Nasiriyah", "IQ", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat; demonstrator Ahmed al-Salihi", "reported",
     "same day: in Dhi Qar governorate the largest demonstrations, against poor services and the failure to hold the "
     "corrupt to account; a demonstrator in al-Habboubi Square in the city of Nasiriyah spoke to the paper (one location "
     "per row; 'ساحة الحبوبي بمدينة الناصرية' -> 'Habboubi Square, Nasiriyah'; Friday 7 August as the Basra row; no "
     "intervention stated)"),
    (AAW155, "لقي مصرعه في مظاهرات المدينة", "منتظر الحلفي الذي لقي مصرعه في مظاهرات المدينة",
     PROT, "Excessive force against protesters", PIQ, "", "Basra", "IQ", "2015-08-08", "3", "1", "exact",
     "Basra civil activist Safaa al-Dhahi (to Asharq Al-Awsat)", "reported",
     "background: the sit-in demands bringing to justice the culprits involved in the blood of the demonstrator Muntadhar "
     "al-Halfi, who was killed in the city's (Basra's) demonstrations, and enforcing the constitutional ban on the "
     "security services firing live bullets at demonstrators (a demonstrator killed at a demonstration, the demand "
     "naming the security services' live fire -> Excessive force against protesters; adjudicated, as B: actor2 empty, "
     "the text does not name who killed him (the live-fire demand is a separate demand), as the spent adjudicated "
     "alriyadh-812 Burundi row ('the force is not named -> actor2 empty'); first Police Forces of Iraq; 1 exact; no date in the text -> DCT, precision 3; "
     "a past fact in the activist's words, not contested -> reported)"),
    # ---- set b (no text filter) ----
    (OKZ1406, "بتفجير أحد انتحارييها لنفسه", "بتفجير أحد انتحارييها لنفسه بين صفوف المصلين",
     ERV, "Suicide bomb", ISIS, POLSA, "Abha", "SA", "2015-08-06", "1", "", "",
     "Okaz (opinion column)", "reported",
     "opinion column: ISIS 'last Thursday' (DCT Tuesday 11 August -> 6 August) carried out a cowardly act targeting "
     "members of the security and Special Emergency Forces by having one of its suicide bombers blow himself up among the "
     "worshippers in a mosque in Abha, killing and wounding more than twenty (killed and wounded together -> fatalities "
     "empty; suicide stated -> Suicide bomb; ISIS named as the doer and as having claimed it -> Islamic State, as the "
     "spent aawsat-132 Abha row; the later mentions of the attack on the mosque and the Emergency Forces martyrs are the "
     "same event). Not coded: the 1979 Grand Mosque seizure (far older than 12 months), the foiled plot against an "
     "Emergency Forces mosque in Riyadh (folded into the arrests row, not carried out)"),
    (OKZ1406, "إلقاء القبض على أكثر من ٤٠٠", "إلقاء القبض على أكثر من ٤٠٠ من هذا التنظيم",
     SD, ARR, POLSA, ISIS, "", "SA", "2015-08-11", "3", "", "",
     "Okaz (opinion column)", "reported",
     "background (opinion column): the latest achievement of the Special Emergency Forces, 'announced recently': the "
     "arrest of more than 400 members of ISIS who were about to carry out terrorist acts, one of them against a mosque "
     "of the same forces in Riyadh attended by 3,000 worshippers (the interior ministry's 431 arrests, as the spent "
     "'431' rows; the foiled plots folded; 'مؤخرا', no day, an opinion column -> DCT, precision 3, as the adjudicated "
     "spent aljazirah-450 row; no place -> location empty)"),
    (WEE1119, "استعادة عدن", "استطاعت المقاومة الشعبية استعادة عدن",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-08-10", "3", "", "",
     "German foreign minister Frank-Walter Steinmeier (via Al Weeam)", "reported",
     "background: Steinmeier expressed his satisfaction with the military operations against the Houthis and their "
     "allied forces, as the popular resistance was able to recapture Aden and other strategic cities (the cities other "
     "than Aden unnamed -> folded; popular resistance -> Yemeni Resistance, as the spent Aden rows; no day -> DCT, "
     "precision 3). Not coded: the Jubeir-Steinmeier press conference, Iran's nuclear programme, the coalition "
     "intervention 'at Hadi's request' (generic), Raif Badawi's case (legal), Steinmeier's planned visit (diplomatic)"),
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
