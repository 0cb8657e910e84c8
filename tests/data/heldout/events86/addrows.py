"""Bookkeeping helper for the events86 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur47/events86/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 86 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events86/sample.py ("This set: events86, seeds 2984 / 2985, drawn at the start of stop 47 (9984211), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2984).shuffle, walked in order; (b) 10 with no text filter, random.Random(2985).shuffle, >=3 sources (got, by source, a: alwatan 2, aljazirah 2, alriyadh 2, aawsat 1, aleqtisadiya 1, okaz 1, alyaum 1; b: 3alyoum 3, alyaum 2, almadina 2, alriyadh 1, alweeam 1, okaz 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 16 rows): detection F1 0.909 before by compare.py (15 matched of 17 A / 16 B rows, P 0.938, R 0.882; all 15 pairs are true event pairs, and the unmatched A and B rows of alyaum-1746 Majdal Shams are the same event typed differently; both gave rows to the same 9 articles and left the same 11 empty); on the 15 pairs event_type, location_country, time_precision, fatalities and fatalities_qualifier agreed 15/15, sub_event_type, actor2 and event_date 14/15, actor1, location and reported_as 13/15; triggers 10/15 identical trigger+occurrence, 14/15 nested; 17 -> 16 rows: 1 row dropped (alriyadh-913 expected administrative detention orders, planned, as B: an expected legal measure); values changed to B's in 6 rows: aljazirah-738 al-Laithi and Bu Atni clashes actor1 'Libyan National Army' (first 'Military Forces of Libya', as the spent events74 aawsat-67 al-Laithi rows) and reported_as claimed (first reported: only the spokesman's statement), aawsat-327 Imam al-Sadiq bombing location 'Kuwait City' (first 'Imam al-Sadiq Mosque'), okaz-1777 policemen's detention location 'Diyala' (first empty), alwatan-765 airdrop event_date 2015-08-02 (first the DCT 2015-08-03), alyaum-1746 Majdal Shams attack Violence against civilians/Attack by Unidentified armed group dated 2015-06-01 (first Riots/Mob violence by Rioters (Israel), 2015-06-07); kept against B: alriyadh-913 arrests actor2 'Civilians (Israel)' (B 'Settlers (Israel)'), aawsat-327 Imam al-Sadiq sub_event_type Remote explosive/landmine/IED (B Suicide bomb), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
RIO = "Riots"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
SLC = "Saudi-led coalition"
PFSA = "Police Forces of Saudi Arabia"
PFIL = "Police Forces of Israel"
WAT843 = "SN-alwatan-20150809-843"
JAZ738 = "SN-aljazirah-20150731-738"
JAZ410 = "SN-aljazirah-20150810-410"
RYD913 = "SN-alriyadh-20150810-913"
AWS327 = "SN-aawsat-20150731-327"
OKZ1777 = "SN-okaz-20150722-1777"
YUM1746 = "SN-alyaum-20150722-1746"
WAT765 = "SN-alwatan-20150803-765"
OKZ1271 = "SN-okaz-20150727-1271"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Al-Ahsa Shia clerics' condolences (alwatan-843, DCT Sunday 9 August 17:36 UTC)
    (WAT843, "حادثة التفجير", "شهداء حادثة التفجير في عسير",
     ERV, IED, UAG, PFSA, "Abha", "SA", "2015-08-09", "3", "", "",
     "Al-Ahsa Shia clerics and notables' cable to the Asir emir (via Al Watan)", "reported",
     "the occasion of the condolences (the article's news): the bombing in Asir, the 'crime of the Emergency Force mosque "
     "in the city of Abha in the Asir region', which killed and wounded 'many' members of the Emergency Force ('العديد' "
     "-> fatalities empty; 'جريمة مسجد قوة الطوارئ' and 'ما حدث من إجرام' are the same event -> one row; only 'تفجير' -> "
     "the generic explosive sub-type, as the spent Asir rows; no perpetrator named -> Unidentified armed group; the text "
     "names the city -> 'Abha', as the spent alriyadh-560 row; no day of the bombing in the text (the 'yesterday' is the "
     "cable's) in a reaction piece three days later -> DCT, precision 3, as the spent aljazirah-397/399 rows of the same "
     "DCT). Not coded: the condolences and the pledge of support (statements)"),
    # Benghazi (aljazirah-738, DCT Friday 31 July 03:45 UTC)
    (JAZ738, "اشتباكات ومناوشات متقطعة", "محوري الليثي ومنطقة بوعطني يشهدان هدوءاً حذراً هذه الأيام مع اشتباكات ومناوشات متقطعة",
     BAT, CLASH, "Libyan National Army", UAG, "Al Laithi, Benghazi", "LY", "2015-07-31", "2", "", "",
     "Libyan Special Forces spokesman Col. Milud al-Zwai (via Al Jazirah)", "claimed",
     "the title's news ('cautious calm in Benghazi'): the al-Laithi front and the Bu Atni area see cautious calm 'these "
     "days' with intermittent clashes and skirmishes (ongoing -> DCT, precision 2; the army/special forces (al-Saiqa) "
     "with supporting local youths (Haftar's forces) -> adjudicated, as B: Libyan National Army, as the spent events74 "
     "aawsat-67 al-Laithi rows (first Military Forces of Libya, after the spent aawsat-71 Ajdabiya row); the account is "
     "only the spokesman's statement ('صرح ... بأن') -> adjudicated, as B: claimed (first reported); the 'terrorist groups' are "
     "not named -> Unidentified armed group; two named places -> one row each, this the al-Laithi one; no dead or "
     "wounded among the Saiqa in the last two days -> fatalities empty). Folded/not coded: the Saiqa support for the army "
     "on the al-Sabri and Souq al-Hout fronts and the slow advance on the fronts with air support (generic, no act "
     "described), Rajoy's warning on ISIS in Libya (statement), the Tripoli court's sentences on 37 former-regime figures "
     "and the amnesty law (legal actions)"),
    (JAZ738, "بوعطني", "ومنطقة بوعطني يشهدان",
     BAT, CLASH, "Libyan National Army", UAG, "Bu Atni, Benghazi", "LY", "2015-07-31", "2", "", "",
     "Libyan Special Forces spokesman Col. Milud al-Zwai (via Al Jazirah)", "claimed",
     "same sentence: intermittent clashes and skirmishes in the Bu Atni area (see the al-Laithi row; a differently named "
     "place -> own row; actor1 and reported_as adjudicated as there)"),
    # Businessman on the Emergency Forces mosque bombing (aljazirah-410, DCT Monday 10 August 18:58 UTC)
    (JAZ410, "تفجير مسجد قوات الطوارئ", "ابن سمار: تفجير مسجد قوات الطوارئ",
     ERV, IED, UAG, PFSA, "", "SA", "2015-08-10", "3", "", "",
     "businessman Mosaad bin Saud bin Samar al-Otaibi (via Al Jazirah)", "reported",
     "the occasion of the statement (the article's news): the title's bombing of the Emergency Forces mosque, 'the "
     "heinous terrorist incident' that hit 'a number of' the sons of this nation while they bowed in the noon prayer "
     "(the body's 'الحادث الإرهابي الشنيع' is the same event -> one row; 'عدد من' -> fatalities empty; only 'تفجير' -> the "
     "generic explosive sub-type; no perpetrator named; the text names no place (neither Asir nor Abha) -> location empty "
     "under the header's rule, SA (alternative 'Asir', as the spent rows of the same bombing); no day in a reaction "
     "piece four days later -> DCT, precision 3). Not coded: the condemnation (statement)"),
    # Israeli arrests of Jewish extremists (alriyadh-913, DCT Monday 10 August 19:34 UTC)
    (RYD913, "واعتقلوا عشرة يهود", "داهمت صباح الأمس عدة نقاط استيطانية عشوائية واعتقلوا عشرة يهود",
     SD, "Arrests", PFIL, "Civilians (Israel)", "West Bank", "PS", "2015-08-09", "1", "", "",
     "Israel Radio (via Al Riyadh)", "reported",
     "the title's news: Israel Radio reported 'yesterday Sunday' that the West Bank district police's unit for "
     "nationalist crimes raided 'yesterday morning' several unauthorised settlement outposts and arrested ten Jews "
     "suspected of involvement in recent acts of violence against Palestinians in the West Bank (DCT Monday 10 August -> "
     "9 August, precision 1; the raid folded; the police's first operation in the settlements with arrests tied to the "
     "Duma crime, same event; the detained are civilians suspected of political violence -> Civilians (Israel), as the "
     "spent adjudicated alriyadh-605 administrative-detention rows, alternative Settlers (Israel); outposts in the West "
     "Bank, no named one -> 'West Bank', PS). Not coded: the defence minister expected to approve 'in the coming "
     "days' administrative detention orders against far-right activists (an expected legal measure; first a planned "
     "Arrests row, dropped in adjudication, as B)"),
    (RYD913, "بجريمة دوما", "مرتبطة مباشرة بجريمة دوما",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-08-10", "3", "", "",
     "Al Riyadh", "reported",
     "background: the Duma crime, the title's 'جريمة «الدوابشة»' (the arson on the Dawabsheh family home; the title's "
     "mention is the same event -> one row; the text gives neither day nor toll -> DCT, precision 3, as the spent "
     "aljazirah-377 row, fatalities empty; the arrests target Jewish extremists -> Settlers (Israel), as the spent Duma "
     "rows; the village named -> 'Duma')"),
    # Kuwaiti ISIS cell (aawsat-327, DCT Friday 31 July 04:30 UTC)
    (AWS327, "ضبط شبكة إرهابية", "اليوم (الخميس)، عن ضبط شبكة إرهابية",
     SD, "Arrests", "Police Forces of Kuwait", IS, "", "KW", "2015-07-30", "2", "", "",
     "Kuwaiti Interior Ministry statement (via KUNA, Asharq Al-Awsat)", "reported",
     "the title's news: the Kuwaiti interior ministry announced 'today (Thursday)' (DCT Friday 31 July 04:30 UTC -> 30 "
     "July) the arrest of a terrorist network linked to ISIS made up of 5 Kuwaitis, who had trained and fought with ISIS "
     "in Iraq and Syria (Mosul) (the title's mention is the same event; the arrest's own day is not stated -> 30 July, "
     "precision 2, as the spent events82 Islah arrests; the ministry's forces -> Police Forces of Kuwait, as the spent "
     "aawsat-249 Kuwait arrest row; ISIS named -> Islamic State; no place in Kuwait named -> location empty, KW). Not "
     "coded: the suspects' past fighting in Iraq and Syria (undated, generic), the minister's call for Gulf security "
     "coordination (statement)"),
    (AWS327, "التفجير الإرهابي في مسجد الإمام", "كشف ملابسات التفجير الإرهابي في مسجد الإمام (الصادق) في 26 يونيو",
     ERV, IED, UAG, "Civilians (Kuwait)", "Kuwait City", "KW", "2015-06-26", "1", "26", "exact",
     "Asharq Al-Awsat", "reported",
     "background: the terrorist bombing at the Imam al-Sadiq mosque on 26 June, which killed 26 and wounded 227 (the "
     "lead's 'التفجير الإرهابي في مسجد (الصادق)' is the same event -> one row; only 'تفجير' -> the generic explosive "
     "sub-type, as the spent alwatan-1499 row, alternative Suicide bomb as the other spent rows; the text does not "
     "attribute it -> Unidentified armed group (alternative Islamic State from the context); the text names the mosque "
     "but no city -> adjudicated, as B: 'Kuwait City', the mosque's city, as the spent aawsat-250 and alyaum-1675 rows "
     "(first 'Imam al-Sadiq Mosque', a building name, not in the 'Place, City' form); within 12 months)"),
    # Khan Bani Saad investigation (okaz-1777, DCT Wednesday 22 July 10:04 UTC)
    (OKZ1777, "التفجير الذي نفذه تنظيم داعش", "التفجير الذي نفذه تنظيم داعش في خان بني سعد",
     ERV, IED, IS, "Civilians (Iraq)", "Khan Bani Saad", "IQ", "2015-07-22", "3", "100", "exact",
     "Iraqi judicial authorities (via Okaz)", "reported",
     "background (the news is the investigation): the bombing carried out by ISIS in Khan Bani Saad 'in Baghdad' (the "
     "text's wording; the town is in Diyala), which left 100 dead and 150 wounded, with a booby-trapped truck ('الشاحنة "
     "المفخخة' / 'السيارة المفخخة', no suicide bomber stated -> the generic explosive sub-type; 'تفجيرات داعش' in the "
     "title is the same attack; the victims a market crowd -> Civilians (Iraq); no day in the text -> DCT, precision 3)"),
    (OKZ1777, "جرى توقيف 11 رجل شرطة", "مضيفة أنه جرى توقيف 11 رجل شرطة",
     SD, "Arrests", "Police Forces of Iraq", "Police Forces of Iraq", "Diyala", "IQ", "2015-07-21", "2", "", "",
     "Diyala Court of Appeal / Iraqi judicial authorities' statement (via Okaz)", "reported",
     "borderline: the Diyala appeals court said 11 policemen forming the security detachment responsible for the area "
     "and their police director were detained over complicity in the Khan Bani Saad truck bombing; one confessed to "
     "helping ISIS bring the truck in (the confession, the 10 policemen under investigation and the director's solitary "
     "cell are the same arrests -> one row; arrests tied to a terrorist attack, not ordinary crime; the arresting "
     "authority not named -> Police Forces of Iraq, as the spent alriyadh-605 rule; the detained are policemen -> Police "
     "Forces of Iraq; statement 'yesterday' (21 July), the arrests' day not stated -> precision 2; the place of arrest is not "
     "stated, but the detaining court and the detachment's area are Diyala's -> adjudicated, as B: 'Diyala' (first "
     "empty); alternative not coded, a judicial investigation)"),
    (OKZ1777, "الهجمات الصاروخية", "ارتفعت حصيلة الهجمات الصاروخية التي استهدفت منطقة الحديد غرب بعقوبة إلى 11 قتيلا",
     ERV, SHELL, UAG, "Civilians (Iraq)", "Al Hadid, Baqubah", "IQ", "2015-07-22", "2", "11", "exact",
     "Okaz", "reported",
     "the toll of the rocket attacks that targeted the al-Hadid area west of Baqubah rose to 11 dead and 18 wounded "
     "(several rockets on one area, one toll -> one row; no day -> DCT, precision 2; the attackers not named (the MP's "
     "'Daesh sleeper cells' is about Diyala's situation generally) -> Unidentified armed group; the area's residents -> "
     "Civilians (Iraq); 'west of Baqubah' -> 'Al Hadid, Baqubah'). Not coded: the MP Salah al-Jubouri's warning of a "
     "sectarian war (statement)"),
    # Majdal Shams ambulance attack (alyaum-1746, DCT Wednesday 22 July 17:47 UTC)
    (YUM1746, "الاعتداء الذي حصل على مصابين سوريين", "بعد الاعتداء الذي حصل على مصابين سوريين في مجدل شمس",
     VAC, "Attack", UAG, "Civilians (Syria)", "Majdal Shams", "SY", "2015-06-01", "3", "1", "exact",
     "a senior Israeli army officer (via Al Yaum)", "reported",
     "background: the attack on Syrian wounded in Majdal Shams, in which one of them was killed; five of those who "
     "attacked the ambulance were arrested on suspicion of murder (adjudicated, as B: Violence against civilians/Attack "
     "by an Unidentified armed group, first Riots/Mob violence by Rioters (Israel): the text describes no crowd or "
     "riot, only an attack by several people; the wounded Syrians -> Civilians (Syria); 1 killed exact; the occupied "
     "Golan -> SY, as the spent BB-481 Golan rows, alternative IL; no date: the policy changed 'a month and a half "
     "ago' after the attack -> June, adjudicated, as B: 1 June under the header's month rule (first DCT-45 = 7 June), "
     "precision 3; the five arrests folded, alternative an Arrests row). Not coded: Netanyahu's 'hypocrisy' remarks "
     "and letter to Congress (statements), Israel's stopping hospital care for Nusra fighters (policy), the army's Iran "
     "assessments"),
    # Taiz (alwatan-765, DCT Monday 3 August 19:58 UTC)
    (WAT765, "قدمت للثوار", "بقيادة المملكة قدمت للثوار أوائل الأسبوع الجاري، أسلحة نوعية",
     SD, "Other", SLC, "", "Taiz", "YE", "2015-08-02", "2", "", "",
     "sources inside the popular resistance (to Al Watan)", "claimed",
     "the title's news: the Saudi-led coalition gave the revolutionaries in Taiz quality weapons 'early this week', "
     "delivered by air drops and followed by its agents inside Taiz until received (an airdrop of weapons -> Strategic "
     "developments/Other, as the spent adjudicated alwatan-2172 row of the same story; 'early this week' -> "
     "adjudicated, as B: the first day of the Saudi week, Sunday 2 August (first the DCT), "
     "precision 2; recipient not an opponent -> actor2 empty; given only as the resistance sources' revelation -> "
     "claimed, as that row; the title's 'أسلحة نوعية' and 'إنزال الأسلحة' the same act). Borderline: alternative not "
     "coded (an arms delivery)"),
    (WAT765, "السيطرة على مديرية مشرعة وحدنان", "تمكنوا من السيطرة على مديرية مشرعة وحدنان",
     BAT, GRT, YR, HOU, "Mashraa wa Hadnan, Taiz", "YE", "2015-07-27", "2", "80", "about",
     "sources inside the popular resistance (to Al Watan)", "claimed",
     "the popular resistance fighters 'during the past week' made great progress and took control of the Mashraa wa "
     "Hadnan district, killing about 80 rebels and wounding 90 and capturing dozens ('قرابة 80' -> 80 about; the "
     "captures folded; 'last week' -> DCT-7 = 27 July, precision 2; a district of Taiz governorate -> 'Mashraa wa "
     "Hadnan, Taiz'; inside 'وأضافت المصادر أن' -> claimed, as the spent adjudicated alwatan-2172 airdrop row)"),
    (WAT765, "معركة تحرير عدن", "وظهر ذلك بوضوح خلال معركة تحرير عدن",
     BAT, GRT, YR, HOU, "Aden", "YE", "2015-08-03", "3", "", "",
     "Al Watan", "reported",
     "background: the battle of liberating Aden, in which the revolutionaries won a complete victory over the rebels in "
     "record time (July 2015; no date in the text -> DCT, precision 3). Not coded: the resistance's appeal to the "
     "coalition (request), the Taiz military council's training of recruits and preparation for 'zero hour' (training, "
     "expectation), the acute shortage of weapons in the past (status)"),
    # Column on the 431 arrests (okaz-1271, DCT Monday 27 July 18:20 UTC)
    (OKZ1271, "إلقاء القبض على الخلية الإرهابية", "في إلقاء القبض على الخلية الإرهابية المنتمية للتنظيم الفاشي",
     SD, "Arrests", PFSA, IS, "", "SA", "2015-07-27", "3", "", "",
     "Okaz (opinion column)", "reported",
     "background (opinion column): the security agencies' arrest of the terrorist cell belonging to 'Daesh', 431 people, "
     "most of them Saudis (the '431' and 'العدد المحصور بالقبض' mentions are the same arrests -> one row; Daesh named -> "
     "Islamic State, as the spent alyaum-2213 and almadina-490 '431' rows; no place -> location empty; no temporal word "
     "in a column -> DCT, precision 3, as the events82 column rows; the spent 431 rows were precision 2 at DCTs 21-22 "
     "July)"),
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
