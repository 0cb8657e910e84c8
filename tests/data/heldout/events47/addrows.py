"""Bookkeeping helper for the events47 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events44/addrows.py (itself from events41, events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur34/events47/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 47 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-28 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events47/sample.py ("This set: events47, seeds 2854 / 2855, drawn at the start of stop 34 (main 7f6d63c), 2026-11-28."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2854).shuffle, walked in order; (b) 10 with no text filter, random.Random(2855).shuffle, >=3 sources (got, by source, a: aljazirah 3, alriyadh 3, almadina 2, aawsat 1, alweeam 1; b: almadina 2, alriyadh 2, alwatan 2, aawsat 1, aljazirah 1, alweeam 1, alyaum 1).
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
ADJ = ("Adjudicated 2026-11-28 (UTC) against a blind second annotation (second/events_b.tsv, 23 rows): detection F1 0.957 before (22 matched of 23 A / 23 B rows; 1 A-only and 1 B-only row, the same Istanbul US-consulate attack typed differently; both gave rows to the same 6 articles); no row added or dropped; 5 field values changed to B's (almadina-620 consulate attack event_type Violence against civilians, sub_event_type Attack, actor2 Civilians (Turkey), as the spent events41 row of the same attack; almadina-620 Silopi bomb location 'Silopi', as the spent Silopi rows; aljazirah-1069 location 'Aham Triangle, Haradh'); none kept against B; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
NSAOT = "Non-state actor overtakes territory"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
PKK = "PKK: Kurdistan Workers Party"
TUR_MIL = "Military Forces of Turkey"
TUR_POL = "Police Forces of Turkey"
ISR_MIL = "Military Forces of Israel"
CIV_PS = "Civilians (Palestine)"
RIY714 = "SN-alriyadh-20150808-714"
WEE1145 = "SN-alweeam-20150807-1145"
MAD1463 = "SN-almadina-20150806-1463"
MAD620 = "SN-almadina-20150811-620"
JAZ1069 = "SN-aljazirah-20150724-1069"
JAZ725 = "SN-aljazirah-20150731-725"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (RIY714, "حادثة التفجير الإرهابية", "في حادثة التفجير الإرهابية التي استهدفت مسجد قوات الطوارئ الخاصة بمنطقة عسير",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-08", "3", "", "",
     "Najran governor Prince Jalawi bin Abdulaziz bin Musaed (via Al Riyadh)", "reported",
     "background (the news is the Najran governor's condolences and condemnation): the terrorist bombing that targeted "
     "the mosque of the Special Emergency Forces in the Asir region, with security men 'martyred' and wounded (no number "
     "-> fatalities empty; only 'التفجير' -> the generic explosive sub-type, as the spent Asir rows; 'this hateful gang', "
     "no name -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; the text gives no day -> "
     "DCT, precision 3, as the spent events42 aljazirah-499 row of the same statement). Not coded: the condolences, the "
     "condemnation and the blood donations (statements/reactions)"),
    (WEE1145, "الاعتداء الغاشم", "جراء الاعتداء الغاشم الذي وقع يوم أمس في مسجد قوات الطوارئ الخاصة في المنطقة",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "", "",
     "Director of Public Security Lt. Gen. Othman bin Nasser al-Mehrej (via Al Weeam)", "reported",
     "background (the news is the Director of Public Security's visit to the wounded in Asir Central Hospital and to the "
     "investigation): the 'unjust aggression' that took place 'yesterday' (DCT Friday 7 August -> 6 August, precision 1) "
     "in the mosque of the Special Emergency Forces in the (Asir) region; the title's 'حادثة التفجير' is the same event "
     "(only 'التفجير' -> the generic explosive sub-type, as the spent Asir rows; no perpetrator named -> Unidentified "
     "armed group; Emergency Forces -> Police Forces of Saudi Arabia; 'martyrs' with no number -> fatalities empty; seven "
     "wounded moved to Riyadh). Not coded: 'yesterday they were in the mosques of the Eastern Province' (a rhetorical "
     "allusion with no attack verb, place or date of its own; borderline, the alternative is a background row for the May "
     "mosque bombings), the visit, the funeral prayer and the investigation"),
    (MAD1463, "ستبدأ «قريبا» بمحاربة", "أن بلاده ستبدأ «قريبا» بمحاربة تنظيم «داعش» الارهابي في شمال سوريا",
     "Statement", "", "Government of Turkey", "Islamic State", "Kuala Lumpur", "MY", "2015-08-05", "1", "", "",
     "Turkish Foreign Minister Mevlut Cavusoglu", "reported",
     "the title's news: 'yesterday Wednesday' (DCT Thursday 6 August -> 5 August) the Turkish foreign minister announced, "
     "at a meeting with Kerry in a Kuala Lumpur hotel on the sidelines of the ASEAN meetings, that Turkey will 'soon' "
     "start fighting ISIS in northern Syria 'effectively' (an announced operation start that is the article's news -> "
     "Statement, as the spent events26 aljazirah-969 row of the same AFP story; the weekday is given here -> precision 1; "
     "alternative a planned row in SY). Not coded: the US-Turkish training of the moderate opposition, Kerry's welcome of "
     "Turkey's decision to open its bases to the US (basing, diplomatic), al-Muallem's statements in Tehran"),
    (MAD1463, "سلسلة من الغارات الجوية", "وشنت تركيا منذ ذلك الحين سلسلة من الغارات الجوية مشيرة إلى انها تستهدف ناشطين من حزب العمال الكردستاني في شمال العراق",
     ERV, AIR, TUR_MIL, PKK, "", "IQ", "2015-08-06", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: since the bloody attacks on Turkish soil Turkey has carried out a series of air strikes which it says "
     "target PKK activists in northern Iraq and ISIS jihadists; observers say they hit the Kurds more than the jihadists "
     "(this row for the PKK targets; northern Iraq, no place -> location empty, IQ; start not dated in the text -> DCT, "
     "precision 3; two named targets in two countries -> two rows, as the spent events26 aljazirah-969 rows of the same "
     "sentence). Not coded: the 'bloody attacks on Turkish territory, some attributed to ISIS' (no type, place, day or "
     "number)"),
    (MAD1463, "وجهاديين", "في شمال العراق وجهاديين من تنظيم داعش",
     ERV, AIR, TUR_MIL, "Islamic State", "", "SY", "2015-08-06", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: the ISIS targets of the same series of Turkish air strikes (see the PKK row; no country is given for "
     "them, SY from the article's frame, Turkey's fight against ISIS in northern Syria; no place -> location empty; DCT, "
     "precision 3, as the spent events26 aljazirah-969 ISIS row)"),
    (MAD1463, "اشتباكات عنيفة بين الطرفين", "وأشار إلى «اشتباكات عنيفة بين الطرفين في محيط قرية البحصة",
     BAT, CLASH, "Syrian rebels", "Military Forces of Syria", "Al Bahsa", "SY", "2015-08-05", "1", "", "",
     "Syrian Observatory for Human Rights, Rami Abdulrahman (to AFP)", "reported",
     "'yesterday Wednesday' (5 August) a group of Islamist and fighting factions (with Central Asian and Chechen fighters "
     "and Jabhat al-Nusra) advanced to less than two kilometres from the regime's operations command centre in the village "
     "of Jurin (Hama governorate), with violent clashes between the two sides around the village of al-Bahsa, less than "
     "two kilometres from Jurin (the advance folded into the clash; the factions attack -> actor1 Syrian rebels, Nusra in "
     "this note, as the spent al-Fuaa rows; the regime forces and their allied gunmen -> Military Forces of Syria; the "
     "clash is the place the text names -> 'Al Bahsa'; alternative one folded Sahl al-Ghab battle row). Not coded: the "
     "hypothetical capture of Jurin and advance on Latakia's Alawite villages"),
    (MAD1463, "السيطرة على مواقع عدة", "من السيطرة على مواقع عدة في هذه المنطقة الاستراتيجية",
     BAT, NSAOT, "Syrian rebels", "Military Forces of Syria", "Sahl al-Ghab", "SY", "2015-08-06", "2", "", "",
     "Syrian Observatory for Human Rights (via AFP)", "reported",
     "background: in the Sahl al-Ghab plain, where battles have gone on 'for days' between the regime forces (backed by "
     "Iranian fighters, Hezbollah and Afghan Shia fighters) and the Islamist and fighting factions, the factions took "
     "control of several positions after a series of attacks and counter-attacks (the days-long battle folded here; a "
     "capture by rebels from the regime -> Non-state actor overtakes territory; days before the DCT, no day -> DCT, "
     "precision 2; a differently dated step from the Wednesday al-Bahsa clash -> own row, borderline: it could be folded "
     "into one battle row)"),
    (MAD620, "هجوم انتحاري بسيارة مفخخة", "وبعيد منتصف الليل استهدف هجوم انتحاري بسيارة مفخخة مركز شرطة بحي سلطان بيلي",
     ERV, "Suicide bomb", PKK, TUR_POL, "Sultanbeyli, Istanbul", "TR", "2015-08-10", "1", "1", "exact",
     "Istanbul governor's office; a Turkish official (to AFP) (via Al Madina)", "reported",
     "shortly after midnight (early Monday 10 August, the lead's 'yesterday Monday', DCT Tuesday 11 August) a suicide car "
     "bomb targeted a police station in the Sultanbeyli district on the Asian side of Istanbul, wounding ten including "
     "three policemen; the suicide bomber died ('الى جانب الانتحاري' -> 1 exact, the attacker counted as the spent Sousse "
     "and Chattanooga rows); a Turkish official said the PKK attacked the police station and the lead attributes the "
     "Istanbul attack to the PKK -> PKK, although a small leftist group, the 'People's Defence Units', also claimed it on "
     "Twitter (alternative Unidentified armed group, as the spent events41 aljazirah-372 row, whose text named no one). "
     "The night-long clashes that followed are their own row"),
    (MAD620, "وقعت مواجهات بين المهاجمين والشرطة", "ولاحقا وقعت مواجهات بين المهاجمين والشرطة استمرت طوال الليل",
     BAT, CLASH, PKK, TUR_POL, "Sultanbeyli, Istanbul", "TR", "2015-08-10", "1", "3", "exact",
     "Istanbul governor's office (via Al Madina)", "reported",
     "after the car bomb, clashes between the attackers and the police lasted all night: two militants killed (besides the "
     "suicide bomber, counted in the bomb row), and the head of the police bomb squad, Bayazit Cekin, wounded in the "
     "clashes, died in hospital (2 + 1 = 3 exact; his funeral with Erdogan not coded); different type and hours from the "
     "car bomb -> own row, as the spent events41 Sultanbeyli rows; the attackers -> actor1, PKK as the bomb row)"),
    (MAD620, "فتحت امرأتان", "فتحت امرأتان صباح الاثنين النار على القنصلية الاميركية",
     VAC, "Attack", "DHKP-C: Revolutionary People's Liberation Party-Front", "Civilians (Turkey)", "Istinye, Istanbul", "TR", "2015-08-10", "1", "", "",
     "Istanbul governor's office; Anadolu agency; DHKP-C website (via Al Madina)", "reported",
     "on Monday morning (10 August) two women opened fire on the heavily guarded US consulate in the quiet Istinye district "
     "on the European shore of the Bosphorus; the police arrested one of the attackers after she was wounded; the "
     "'Revolutionary People's Liberation Party-Front' claimed the attack and named the fugitive attacker (Hatice Asik); "
     "the title's 'اعتداء على القنصلية الأمريكية' is the same event (an armed attack on a diplomatic mission's building, "
     "no exchange of fire described -> Violence against civilians/Attack vs Civilians (Turkey) by the country-of-event "
     "rule, as the spent events41 aljazirah-372 row of the same attack; adjudicated, as B: my first version was Battles/"
     "Armed clash vs Police Forces of Turkey, read from the attacker's wounding, but the text does not say who wounded "
     "her; the arrest folded; no deaths). Not coded: the 2013 suicide attack on the US embassy in Ankara and the attack on an Istanbul police station "
     "'3 years ago' (older than 12 months), Asik's release from prison on 8 July (legal), the consulate's closure"),
    (MAD620, "انفجار عبوة", "قتل اربعة عناصر من الشرطة في انفجار عبوة وضعت بجانب طريق في منطقة سيلوبي",
     ERV, IED, PKK, TUR_POL, "Silopi", "TR", "2015-08-10", "1", "4", "exact",
     "Dogan agency (via Al Madina)", "reported",
     "four policemen killed by the explosion of a roadside bomb in the Silopi area of Sirnak province on the Syrian and "
     "Iraqi borders (the lead: 5 policemen and a soldier killed 'yesterday Monday' (10 August) in attacks, two of them "
     "attributed to the PKK, in Istanbul and the south-east, with six security dead = 1 + 4 + 1 -> PKK; 4 exact; "
     "'منطقة سيلوبي، في محافظة شرناك' -> 'Silopi', as the four spent Silopi rows, two of whose texts also name Sirnak "
     "province (events35 aawsat-187, events41 aljazirah-372); adjudicated, as B, first 'Silopi, Sirnak' after the spent "
     "'Beytussebap, Sirnak')"),
    (MAD620, "هجوم بقاذفة صواريخ", "وقتل جندي تركي في هجوم بقاذفة صواريخ شنه متمردون اكراد",
     BAT, CLASH, PKK, TUR_MIL, "Beytussebap, Sirnak", "TR", "2015-08-10", "1", "1", "exact",
     "Dogan agency (via Al Madina)", "reported",
     "a Turkish soldier was killed in a rocket-launcher attack by Kurdish rebels on a military helicopter carrying soldiers "
     "in the Beytussebap area of Sirnak (Kurdish rebels in the article's PKK frame -> PKK; a direct-fire attack on troops "
     "-> Armed clash, as the spent events41 row of the same attack, alternative Shelling/artillery/missile attack; the "
     "lead's 'yesterday Monday' count includes the soldier -> 10 August, precision 1; 1 exact)"),
    (MAD620, "الحملة الجوية", "بعد تكثيف انقرة الحملة الجوية على متمردي حزب العمال الكردستاني في تركيا وشمال العراق",
     ERV, AIR, TUR_MIL, PKK, "", "TR", "2015-08-11", "3", "", "",
     "Al Madina (AFP)", "reported",
     "aggregate: the violence comes as Ankara has intensified its air campaign on the PKK rebels in Turkey and northern "
     "Iraq (one aggregate row, as the spent events41 aljazirah-372 'in Turkey and northern Iraq' row: TR, location empty; "
     "the text gives no start -> DCT, precision 3). Not coded: the US deployment of F-16s in Turkey to fight ISIS (basing, "
     "inter-state)"),
    (JAZ1069, "جنوب صنعاء", "واستهدفت غارات مسائية مواقع عسكرية جنوب صنعاء",
     ERV, AIR, COAL, HOU, "Sanaa", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "'yesterday' (DCT Friday 24 July -> 23 July) the coalition air force carried out a series of raids on the positions "
     "of the Houthi militias and their allied forces in scattered parts of northern and southern Yemen (the general "
     "sentence folded into the named places); evening raids targeted military sites south of Sanaa (this row; one "
     "location per row, as the spent alwatan-2158 and alweeam-1164 strike lists; no toll). Not coded: the Yemeni "
     "government's meeting in Riyadh, the ministers' return to Aden, the generic 'destruction left by the Houthi and Saleh "
     "militias' in Aden"),
    (JAZ1069, "مثلث عاهم", "كما شملت مواقع للحوثيين وحلفائهم في منطقة مثلث عاهم بمديرية حرض",
     ERV, AIR, COAL, HOU, "Aham Triangle, Haradh", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same raids of 'yesterday' (23 July): Houthi positions in the 'مثلث عاهم' (Aham Triangle) area of Haradh "
     "district (one location per row; area + district as the text names them; no governorate for Haradh in the text; "
     "adjudicated, as B: 'Aham Triangle, Haradh', the usual English name of the junction and the spent READMEs' "
     "'Haradh', first 'Muthallath Aham, Harad')"),
    (JAZ1069, "وحيران", "بمديرية حرض وحيران وحيدان",
     ERV, AIR, COAL, HOU, "Hayran", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same raids (23 July), next named place: Hayran (read with Harad as the districts 'حرض وحيران', so no governorate; "
     "the sentence's closing 'بمحافظة صعدة' is taken for the names after it; alternative 'Hayran, Saada')"),
    (JAZ1069, "وحيدان", "وحيران وحيدان وعلان",
     ERV, AIR, COAL, HOU, "Haydan, Saada", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same raids (23 July), next named place: Haydan, Saada governorate (one location per row; the text names the "
     "governorate -> 'Place, Saada', as the spent alwatan-2158 rows)"),
    (JAZ1069, "وعلان", "وحيدان وعلان وساقين",
     ERV, AIR, COAL, HOU, "Allan, Saada", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same raids (23 July), next named place: 'علان' (Allan), Saada governorate (one location per row)"),
    (JAZ1069, "وساقين", "وعلان وساقين بمحافظة صعدة",
     ERV, AIR, COAL, HOU, "Saqayn, Saada", "YE", "2015-07-23", "1", "", "",
     "Al Jazirah", "reported",
     "same raids (23 July), last named place: Saqayn, Saada governorate ('Saqayn' as the spent alweeam-1164 row)"),
    (JAZ725, "اعتقلت عناصر من قوات الاحتلال", "ميدانياً، اعتقلت عناصر من قوات الاحتلال الإسرائيلي عدداً من الأطفال الفلسطينيين",
     SD, ARR, ISR_MIL, CIV_PS, "Issawiya, Jerusalem", "PS", "2015-07-30", "2", "", "",
     "Al Jazirah; local eyewitnesses", "reported",
     "in the field, Israeli occupation forces arrested a number of Palestinian children after raiding their families' "
     "homes in the village of al-Issawiya in occupied Jerusalem; eyewitnesses say the forces brutally beat the arrested "
     "children (raids and beating folded; 'قوات الاحتلال' -> Military Forces of Israel, as the spent events23 rows; East "
     "Jerusalem -> PS; no day of its own in a round-up whose lead is 'yesterday Thursday' (DCT Friday 31 July) -> "
     "30 July, precision 2, as the spent events23 Hebron row). The violent confrontations during the raids are their own "
     "row"),
    (JAZ725, "مواجهات عنيفة", "ورافق عمليات دهم منازل المقدسيين مواجهات عنيفة بين السكان وقوات الاحتلال",
     "Riots", "Violent demonstration", "Rioters (Palestine)", ISR_MIL, "Issawiya, Jerusalem", "PS", "2015-07-30", "2", "", "",
     "Al Jazirah", "reported",
     "the raids on the Jerusalemites' homes in al-Issawiya were accompanied by violent confrontations between the residents "
     "and the occupation forces, in which a number of young men were wounded (residents confronting a raiding force -> "
     "Riots/Violent demonstration vs Military Forces of Israel, as the spent events41 Burqin row; a different type from "
     "the arrests -> own row, alternative folded into the Arrests row; no deaths; 30 July, precision 2 as the arrests)"),
    (JAZ725, "خمسة فلسطينيين", "كما اعتقلت قوات الاحتلال الإسرائيلي خمسة فلسطينيين بينهم طفلان من مدينة الخليل",
     SD, ARR, ISR_MIL, CIV_PS, "Hebron", "PS", "2015-07-30", "2", "", "",
     "Al Jazirah", "reported",
     "the Israeli occupation forces also arrested five Palestinians, two children among them, from the city of Hebron in "
     "the southern West Bank (30 July, precision 2, as the Issawiya row; as the spent events23 Hebron arrests row)"),
    (JAZ725, "فتيين فلسطينيين", "بينما اعتقلت فتيين فلسطينيين من سكان حي رأس العامود في مدينة القدس",
     SD, ARR, ISR_MIL, CIV_PS, "Ras al-Amud, Jerusalem", "PS", "2015-07-30", "2", "", "",
     "Al Jazirah", "reported",
     "and arrested two Palestinian boys from the Ras al-Amud neighbourhood of Jerusalem, alleging ('بزعم') that they threw "
     "Molotov cocktails at a house in the Ma'ale HaZeitim settlement (the alleged firebombing is only the arrest's stated "
     "reason -> not its own row; 30 July, precision 2). Not coded in this article: the Knesset's force-feeding law "
     "'yesterday Thursday' (legal), the Nafha prison events (the Dror and Masada units' raid on the prisoners' rooms, the "
     "abuse and transfers, and the prisoners' 'rebellion' burning rooms in protest: prison conditions/prison protest, as "
     "the spent events29 Nafha decision)"),
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
