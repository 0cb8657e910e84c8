"""Bookkeeping helper for the events93 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur50/events93/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 93 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events93/sample.py ("This set: events93, seeds 3010 / 3011, drawn at the start of stop 50 (9be3e03), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3010).shuffle, walked in order; (b) 10 with no text filter, random.Random(3011).shuffle, >=3 sources (got, by source, a: okaz 2, almadina 2, sabq 1, alyaum 1, aljazirah 1, alwatan 1, alweeam 1, aawsat 1; b: aleqtisadiya 3, aawsat 2, alwatan 2, okaz 1, alyaum 1, alweeam 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 19 rows): detection F1 1.000 before by compare.py (19 matched of 19 A / 19 B rows, P 1.000, R 1.000; all 19 pairs are true event pairs; both gave rows to the same 8 articles and left the same 12 empty); on the 19 pairs event_type, sub_event_type, actor1, actor2, location, location_country, fatalities, fatalities_qualifier and reported_as agreed 19/19, event_date 18/19, time_precision 16/19; triggers 16/19 identical trigger+occurrence, 18/19 nested; 19 -> 19 rows, none added or dropped; 2 values changed to B's: almadina-532 Suruc bombing time_precision 3 (first 2; an analysis piece with no day, not a breaking report), aawsat-164 Najaf detention of the deputy council head time_precision 1 (first 2; 'yesterday' governs the lead sentence's coordinated verbs); kept against B: aawsat-164 background Basra power-cut violence dated about 19 July, precision 2 (B DCT 2 August, precision 3; the text's 'less than two weeks' anchor resolved like 'last week'), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
PRO = "Protests"
RIO = "Riots"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
PEACE = "Peaceful protest"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
PFSA = "Police Forces of Saudi Arabia"
PFIQ = "Police Forces of Iraq"
PFEG = "Police Forces of Egypt"
MFEG = "Military Forces of Egypt"
PIQ = "Protesters (Iraq)"
SBQ3151 = "SN-sabq-20150806-3151"
OKZ1794 = "SN-okaz-20150722-1794"
MAD556 = "SN-almadina-20150808-556"
MAD532 = "SN-almadina-20150722-532"
OKZ1182 = "SN-okaz-20150803-1182"
AWS164 = "SN-aawsat-20150802-164"
WAT931 = "SN-alwatan-20150808-931"
AWS159 = "SN-aawsat-20150810-159"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # UAE foreign minister condemns (sabq-3151, DCT Thursday 6 August 18:32 UTC)
    (SBQ3151, "الجريمة الإرهابية البشعة", "بأشد العبارات الجريمة الإرهابية البشعة التي استهدفت منسوبي",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "2", "13", "exact",
     "UAE Foreign Minister Sheikh Abdullah bin Zayed (via WAM, Sabq)", "reported",
     "background (the news is the UAE foreign minister's condemnation): the heinous terrorist crime that targeted "
     "members of the Special Emergency Forces in the Asir region while they prayed the noon prayer in the mosque of "
     "the forces' headquarters, killing 10 of them and three workers at the site and wounding nine (10 + 3 -> 13 exact, "
     "as the spent almadina-1417 and sabq-3162 rows; the title's 'تفجير عسير' and 'هذه الجريمة الوحشية النكراء' are the "
     "same event -> one row; only 'تفجير' -> the generic explosive sub-type, as the spent Asir reaction rows; no "
     "perpetrator named ('الجماعات الإرهابية المتطرفة' generic) -> Unidentified armed group; Special Emergency Forces -> "
     "Police Forces of Saudi Arabia; no day in the text, a same-day reaction report -> DCT, precision 2). Not coded: "
     "the condemnation, solidarity and condolences (statements)"),
    # Khan Bani Saad investigation (okaz-1794, DCT Wednesday 22 July 10:04 UTC); another version of the spent okaz-1777
    (OKZ1794, "عملية التفجير", "في عملية التفجير التي نفذها تنظيم داعش في منطقة خان بني سعد",
     ERV, IED, IS, "Civilians (Iraq)", "Khan Bani Saad", "IQ", "2015-07-22", "3", "100", "exact",
     "Iraqi judicial authorities (via Okaz)", "reported",
     "background (the news is the investigation): the bombing carried out by ISIS in the Khan Bani Saad area, in which "
     "100 were killed and 150 wounded, with a booby-trapped truck ('الشاحنة المفخخة' / 'السيارة المفخخة'; no suicide "
     "bomber stated -> the generic explosive sub-type; 'هذه العملية', the title's 'هجمات ديالي' and 'عمليات التفجيرات' "
     "are the same attack -> one row; victims not described beyond the toll -> Civilians (Iraq), as the adjudicated "
     "spent okaz-1777 row of the same story; no day in the text -> DCT, precision 3, as that row)"),
    (OKZ1794, "جرى توقيف 11 رجل شرطة", "جرى توقيف 11 رجل شرطة الذين يشكلون المفرزة الأمنية",
     SD, "Arrests", PFIQ, PFIQ, "Diyala", "IQ", "2015-07-21", "2", "", "",
     "Diyala Court of Appeal (judge Jassim Abboud) / Iraqi judicial authorities' statement (via Okaz)", "reported",
     "borderline: the Diyala appeals court said 11 policemen forming the security detachment responsible for the area "
     "and their police director were detained over complicity in the Khan Bani Saad truck bombing; one confessed to "
     "helping ISIS bring the truck in (the confession, the 10 policemen under investigation and the director's solitary "
     "cell are the same arrests -> one row; arrests tied to a terrorist attack, not ordinary crime; arresting authority "
     "not named -> Police Forces of Iraq; the detained are policemen -> Police Forces of Iraq; statement 'yesterday' "
     "(21 July), the arrests' day not stated -> precision 2; the court and the detachment's area are Diyala's -> "
     "'Diyala'; all as the adjudicated spent okaz-1777 row of the same story; alternative not coded, a judicial "
     "investigation)"),
    # Najran governor's condolences (almadina-556, DCT Saturday 8 August 06:41 UTC)
    (MAD556, "حادثة التفجير الإرهابية", "في حادثة التفجير الإرهابية التي استهدفت مسجد قوات الطوارئ",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Najran governor Prince Jalawi bin Abdulaziz bin Musaed (via Al Madina)", "reported",
     "background (the news is the Najran governor's condolences and condemnation): the terrorist bombing that targeted "
     "the mosque of the Special Emergency Forces in the Asir region, with security men 'martyred' and wounded (no number "
     "-> fatalities empty; 'الحادث الجبان' and 'الحادثة الإرهابية' are the same event; only 'التفجير' -> the generic "
     "explosive sub-type; 'this hateful gang', no name -> Unidentified armed group; Emergency Forces -> Police Forces of "
     "Saudi Arabia; the text gives no day -> DCT, precision 3, as the spent aljazirah-499 and alriyadh-714 rows of the "
     "same statement). Not coded: the condolences, the condemnation and the citizens' blood donations (reactions)"),
    # US analyst on the Suruc bombing (almadina-532, DCT Wednesday 22 July 09:50 UTC)
    (MAD532, "تفجير سوروج", "بتنفيذ تفجير سوروج جنوب تركيا والذي راح ضحيته 31 شخصًا",
     ERV, IED, IS, "Civilians (Turkey)", "Suruc", "TR", "2015-07-22", "3", "31", "exact",
     "Al Madina (analyst Henri Barkey; Turkish President Erdogan's accusation)", "reported",
     "the occasion of the analyst's comments: the Suruc bombing in southern Turkey, which killed 31 people (the title's "
     "'تفجير تركيا' and 'هذا الهجوم' are the same event -> one row; only 'تفجير'/'هجوم' -> the generic explosive "
     "sub-type, alternative Suicide bomb as the spent Suruc rows whose texts said suicide; Erdogan accused ISIS and the "
     "analyst says it 'seems' ISIS did it -> Islamic State, as the spent aleqtisadiya-883 row on Erdogan's attribution, "
     "alternative Unidentified armed group; victims -> Civilians (Turkey); no day in the text, an analysis piece, not a "
     "breaking report -> DCT, precision 3, adjudicated as B (first precision 2), as the spent Asir commentary/reaction "
     "rows two days after the event). Not coded: the start of Turkey's pursuit of ISIS members in Turkish "
     "regions and cities (generic, no place or day)"),
    (MAD532, "تجمع لعدد كبير من مؤيدي التنظيم", "كان هناك تجمع لعدد كبير من مؤيدي التنظيم خارج اسطنبول",
     PRO, PEACE, "Protesters (Turkey)", "", "Istanbul", "TR", "2015-07-17", "1", "", "",
     "Henri Barkey, Wilson Center (via Al Madina)", "reported",
     "borderline: 'on Friday' (DCT Wednesday 22 July -> Friday 17 July) there was a gathering of a large number of ISIS "
     "supporters outside Istanbul who gave speeches attacking the Turkish government, and the security services took no "
     "step (a political gathering against the government -> Protests/Peaceful protest, no intervention; 'outside "
     "Istanbul' -> 'Istanbul'; the supporters are not an armed group acting -> Protesters (Turkey); alternative not "
     "coded, an analyst's aside)"),
    # Yafa paramount sheikh interview (okaz-1182, DCT Monday 3 August 20:27 UTC)
    (OKZ1182, "تحرير عدن", "وحول رؤيته للمرحلة القادمة بعد تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-03", "3", "", "",
     "Sultan Fadl al-Afifi, paramount sheikh of Yafa (interview with Okaz)", "reported",
     "background: the liberation of Aden; the sheikh credits unknown soldiers with a great part 'in defeating the "
     "Houthis and the deposed president's supporters in Aden' (the same event -> one row; resistance vs Houthis, as the "
     "spent interview/column rows alwatan-1012 and okaz-1461; no day in the text -> DCT, precision 3). Not coded: Decisive "
     "Storm named as launched by King Salman (generic mention, as the spent rows), the armies' violence against citizens "
     "over half a century (generic, far too old), 'what happened since 18 August 2014' and the developments since March "
     "2015 (no event described), the proposed federal state and security forces (political views)"),
    # Iraqi water and power protests (aawsat-164, DCT Sunday 2 August 23:05 UTC)
    (AWS164, "تظاهر أمس نحو 500 شخص", "وأمام مكتب محافظ البصرة، تظاهر أمس نحو 500 شخص",
     PRO, PEACE, PIQ, "", "Basra", "IQ", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "'yesterday' (DCT Sunday 2 August -> Saturday 1 August, as the spent aawsat-155 Saturday Basra row) about 500 people "
     "demonstrated in front of the Basra governor's office with Iraqi flags and banners, demanding a solution for the "
     "saline water and the dismissal of the governor and council; when the deputy governor came out they threw plastic "
     "water bottles at him and insisted on meeting the governor himself (the lead's 'demonstrations continued yesterday "
     "... from Basra' and the security deployment around the provincial centre yesterday are the same event -> one row; "
     "borderline type: the bottles were a gesture over water, the demonstrators say 'we demonstrate peacefully', no "
     "injury or damage -> Peaceful protest, alternative Riots/Violent demonstration; no force intervened -> actor2 empty)"),
    (AWS164, "ذي قار", "بدءا من البصرة حتى ذي قار",
     PRO, PEACE, PIQ, "", "Dhi Qar", "IQ", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the demonstrations against the poor water and power services 'continued yesterday' (1 August) in a number of "
     "southern governorates 'from Basra to Dhi Qar' (one row per named place: Basra has its own row; Dhi Qar named "
     "only as the end of the range -> governorate 'Dhi Qar', as the spent alriyadh-998 and okaz-1282 rows; the unnamed "
     "southern governorates in between are folded)"),
    (AWS164, "احتجز متظاهرون غاضبون", "حيث احتجز متظاهرون غاضبون نائب رئيس مجلس المحافظة",
     RIO, "Violent demonstration", "Rioters (Iraq)", PFIQ, "Najaf", "IQ", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "the protest campaign spread to the central governorates including Najaf, where angry demonstrators held the deputy "
     "head of the provincial council for several hours before the security forces managed to get him out (detaining an "
     "official -> Riots/Violent demonstration, alternative Protests/Protest with intervention; the security forces "
     "intervened -> Police Forces of Iraq as actor2; the lead's one sentence 'استمرت أمس ... وامتدت ... ومنها النجف، "
     "حيث احتجز' reports yesterday's developments, 'yesterday' governing both coordinated verbs -> 1 August, precision "
     "1, adjudicated as B (first precision 2, reading the spread to Najaf as undated))"),
    (AWS164, "تظاهر صباح أمس المئات", "إذ تظاهر صباح أمس المئات احتجاجا على تردي الخدمات",
     PRO, PEACE, PIQ, "", "Karbala", "IQ", "2015-08-01", "1", "", "",
     "Asharq Al-Awsat (AFP); Abdul Halim Yasser, Karbala civil-movement coordination", "reported",
     "'yesterday morning' (1 August) hundreds demonstrated in Karbala against poor services and corruption and marched "
     "towards the local government building amid tight security, chanting 'in the name of religion the thieves sold us' "
     "(no intervention stated -> Peaceful protest; 'ارتفعت الشعارات ذاتها في مدينة كربلاء' is the same event). Not coded: "
     "the organiser's vow to continue (generic), the activist's call on the Shia religious authority for a fatwa "
     "(statement)"),
    (AWS164, "أغرب مظاهرة في تاريخها", "التي كانت قد شهدت الأربعاء الماضي أغرب مظاهرة في تاريخها",
     PRO, PEACE, PIQ, "", "Karkh, Baghdad", "IQ", "2015-07-29", "1", "", "",
     "Asharq Al-Awsat", "reported",
     "'last Wednesday' (DCT Sunday 2 August -> 29 July) Baghdad saw 'the strangest demonstration in its history': train "
     "drivers moved a number of trains and blocked several streets on the Karkh side of Baghdad (a road-blocking "
     "demonstration with no violence -> Peaceful protest; 'جانب الكرخ' -> 'Karkh, Baghdad'). Not coded: the officials' "
     "renewed talk of 'infiltrators' (statement)"),
    (AWS164, "لتنظيم مظاهرات يوم الجمعة المقبل", "يستعد نشطاء آخرون لتنظيم مظاهرات يوم الجمعة المقبل في بغداد",
     PRO, PEACE, PIQ, "", "Baghdad", "IQ", "2015-08-07", "1", "", "",
     "Asharq Al-Awsat", "planned",
     "other activists are preparing to organise demonstrations 'next Friday' in Baghdad (DCT Sunday 2 August -> Friday "
     "7 August; planned, as the spent alwatan-2174 and alwatan-1103 planned Baghdad rows)"),
    (AWS164, "أعمال عنف اندلعت خلال تظاهرة", "بعد أقل من أسبوعين على أعمال عنف اندلعت خلال تظاهرة للاحتجاج على انقطاع الكهرباء",
     RIO, "Violent demonstration", "Rioters (Iraq)", "", "Basra", "IQ", "2015-07-19", "2", "", "",
     "Asharq Al-Awsat (AFP)", "reported",
     "background: the security forces deployed around the Basra provincial centre yesterday 'less than two weeks after "
     "violence that broke out during a demonstration in protest at the power cuts' (the sentence is about Basra -> "
     "'Basra'; 'violence broke out during a demonstration', no side named as its author -> Riots/Violent demonstration, "
     "alternative Protests/Excessive force against protesters; no force named -> actor2 empty; no toll in the text; "
     "'less than two weeks' before 1 August -> about 19 July, precision 2, kept in adjudication against B's DCT "
     "precision 3: the text gives a relative anchor, resolved as the conventions' 'last week' -> DCT-7 precision 2)"),
    # Egyptian presidency and North Sinai (alwatan-931, DCT Saturday 8 August 06:09 UTC)
    (WAT931, "هجمات مسلحة", "ولا صحة لما تردد عن وقوع هجمات مسلحة على أي من هذه الأكمنة",
     BAT, CLASH, UAG, MFEG, "North Sinai", "EG", "2015-08-07", "2", "", "",
     "Egyptian army (via Al Watan)", "denied",
     "borderline: the army said 'yesterday' (7 August) that the security situation in North Sinai is calm and that there "
     "is no truth in what was rumoured about armed attacks on any of the checkpoints of Sheikh Zuweid, Rafah and al-Arish "
     "(a rumoured attack reported as denied -> one denied row; the rumour names no single checkpoint -> the governorate "
     "'North Sinai'; attackers unnamed -> Unidentified armed group; the day of the rumoured attacks not stated -> the "
     "denial's day, precision 2)"),
    (WAT931, "مناطق جنوب الشيخ زويد", "وتمت المداهمات في مناطق جنوب الشيخ زويد",
     SD, "Other", PFEG, UAG, "Sheikh Zuweid", "EG", "2015-08-08", "2", "", "",
     "Al Watan", "reported",
     "the North Sinai security forces continued their security operations against armed elements, terrorist hotbeds "
     "and takfiri dens; the raids took place south of Sheikh Zuweid, under air cover (ongoing, no day -> DCT, precision "
     "2; 'قوات أمن شمال سيناء' -> Police Forces of Egypt; targets unnamed -> Unidentified armed group; raids with no "
     "clash, arrest or toll stated -> Strategic developments/Other, as the adjudicated spent aljazirah-357 rows of the "
     "same wording, alternative Battles/Armed clash; one location per row: three named areas -> three rows; folded: "
     "the clearing of roads of IEDs planted 'earlier', the tightened searches on the Arish-Qantara road and the new "
     "checkpoints at Balouza, Bir al-Abd and al-Midan)"),
    (WAT931, "ورفح", "جنوب الشيخ زويد ورفح وشرق العريش",
     SD, "Other", PFEG, UAG, "Rafah", "EG", "2015-08-08", "2", "", "",
     "Al Watan", "reported",
     "the same sweep, second named area: Rafah (North Sinai) (ongoing, no day -> DCT, precision 2; no clash, arrest or "
     "toll stated -> Strategic developments/Other, as the spent aljazirah-357 Rafah row)"),
    (WAT931, "وشرق العريش", "جنوب الشيخ زويد ورفح وشرق العريش",
     SD, "Other", PFEG, UAG, "Al Arish", "EG", "2015-08-08", "2", "", "",
     "Al Watan", "reported",
     "the same sweep, third named area: east of al-Arish (ongoing, no day -> DCT, precision 2; 'Al Arish', as the "
     "adjudicated spent aljazirah-357 row). Not coded in the article: the planned Sisi-Putin summit, Putin's February "
     "and Sisi's May visits (diplomatic), the South Sinai security chief's coordination and road securing (security "
     "posture, no action against anyone)"),
    # Jordanian aid plane (aawsat-159, DCT Monday 10 August 18:46 UTC)
    (AWS159, "تقدما ضد الحوثيين", "ووحدات من الجيش دربتها دول الخليج، وأمدتها بالعتاد تقدما ضد الحوثيين",
     BAT, CLASH, YR, HOU, "", "YE", "2015-08-10", "3", "", "",
     "Asharq Al-Awsat", "reported",
     "aggregate, borderline: armed factions loyal to President Hadi and army units trained and equipped by the Gulf "
     "states made advances against the Iran-backed Houthis 'in the past few weeks' (one row for the plural mention, as "
     "the adjudicated spent aawsat-114 'in recent weeks' aggregate; no place -> empty; DCT, precision 3; 'advances' with "
     "no place captured -> Armed clash, alternative Government regains territory; the first-named pro-Hadi armed "
     "factions -> Yemeni Resistance). Not coded: the Jordanian aid flight (humanitarian), the arrival of about a "
     "hundred wounded Yemenis in Amman on Saturday (medical evacuation; their gunshot wounds date from no stated "
     "event), 'the war going on there' (generic)"),
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
