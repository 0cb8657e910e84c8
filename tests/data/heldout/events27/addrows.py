"""Bookkeeping helper for the events27 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events24/addrows.py (itself from events22, events20, events18, ...).
Run: python3 /work/fresh/cur27/events27/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 27 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events27/sample.py ("This set: events27, seeds 2782 / 2783, drawn at the start of stop 27 (main edfa6f8), 2026-11-27"; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2782).shuffle, walked in order; (b) 10 with no text filter, random.Random(2783).shuffle, >=3 sources (got, by source, a: alweeam 4, aawsat 2, aleqtisadiya 2, almadina 1, okaz 1; b: aleqtisadiya 3, aljazirah 3, alwatan 2, almadina 1, alriyadh 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 20 rows): detection F1 0.844 "
       "before (19 matched of 25 A / 20 B rows); 6 A rows removed (alweeam-994, the undated catalogue feature on the Houthis' "
       "'black record': Aden shelling, Aden liberation, mortars on southern Saudi Arabia, aid looting, al-Buraiqa refinery "
       "shelling, detentions/abductions; months-old or generic items without a date of their own, not coded as the spent "
       "almadina-644 and aleqtisadiya-877 decisions); 1 row added from B (aleqtisadiya-309 al-Tamim GRT); 6 field values "
       "changed to B's (aawsat-107 Zabadani plain location 'Zabadani Plain, Zabadani' and reported_as claimed; "
       "aleqtisadiya-309 locations 'Ramadi', 'Tuz Khurmatu', 'Ain al-Arab' and the Ain al-Arab precision 2); 1 value kept "
       "(aawsat-107 Zabadani battle dated at its stated start, 22 July); 20 rows; every difference and its reason in "
       "second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
ABD = "Abduction/forced disappearance"
RES = "Yemeni Resistance"
HOU = "Houthis"
POLSA = "Police Forces of Saudi Arabia"
UAG = "Unidentified armed group"
GCAD = "Global Coalition Against Daesh"
ISIS = "Islamic State"
CIVYE = "Civilians (Yemen)"
CIVIQ = "Civilians (Iraq)"
HEZ = "Hezbollah"
SYR = "Syrian rebels"
MFML = "Military Forces of Mali"
MFTR = "Military Forces of Turkey"
MFIQ = "Military Forces of Iraq"
PKK = "PKK: Kurdistan Workers Party"
AAW107 = "SN-aawsat-20150725-107"
MAD608 = "SN-almadina-20150808-608"
WEE994 = "SN-alweeam-20150727-994"
WEE919 = "SN-alweeam-20150801-919"
WEE949 = "SN-alweeam-20150809-949"
EQT309 = "SN-aleqtisadiya-20150727-309"
OKZ1327 = "SN-okaz-20150807-1327"
WAT1057 = "SN-alwatan-20150810-1057"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (AAW107, "السيطرة على سهل الزبداني", "بعد السيطرة على سهل الزبداني",
     BAT, GRT, HEZ, SYR, "Zabadani Plain, Zabadani", "SY", "2015-07-22", "2", "", "",
     "Syrian opposition source (to Asharq Al-Awsat)", "claimed",
     "background to the news (Hezbollah pushing the Zabadani rebels towards a surrender deal): Hezbollah took the "
     "Zabadani plain and closed the last tunnels the fighters inside used (capture before 'since Wednesday' -> DCT "
     "Saturday 25 July: on or before Wednesday 22 July, precision 2); Hezbollah fights on the regime's side -> "
     "Government regains territory (an affiliate's capture), alternative Non-state actor overtakes territory; "
     "adjudicated, as B: location 'Zabadani Plain, Zabadani' (the text's most specific named place; first 'Zabadani') and "
     "claimed (the capture is stated only inside the opposition source's quoted words, never in the outlet's voice; "
     "first reported). Not coded: the settlement being pushed (no agreement, the source denies one), "
     "de Mistura's Istanbul meeting with 11 factions (diplomatic), the partial ceasefire offer for Zabadani/al-Fu'ah "
     "'days ago' (accepted then not kept: no event)"),
    (AAW107, "بدأ استنزاف المقاتلين المعارضين", "الحزب «بدأ استنزاف المقاتلين المعارضين في الداخل، منذ الأربعاء",
     BAT, CLASH, HEZ, SYR, "Zabadani", "SY", "2015-07-22", "2", "", "",
     "Syrian opposition source (to Asharq Al-Awsat); a source quoted by dpa", "reported",
     "the ongoing Zabadani battle: since Wednesday (22 July) Hezbollah has been wearing down the rebel fighters inside "
     "the town (siege after the plain's capture); folded: the dpa source's 'the regime refused a ceasefire in the "
     "Zabadani battles' (same battle, regime on the same side; ongoing, start day stated -> 22 July, precision 2); "
     "a differently dated step from the plain's capture -> own row (borderline: could be folded into one battle row)"),
    (MAD608, "الحادث الإرهابي الغادر", "أدى الحادث الإرهابي الغادر الذي وقع في مسجد",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "2", "12", "exact",
     "Al Madina", "reported",
     "background (the news is a portrait of the martyr Omar Abu Shousha): the 'treacherous terrorist incident' in the "
     "mosque inside the Special Emergency Forces HQ in Asir killed 12 security men ('استشهاد 12 من رجال الأمن'; only "
     "the security men are counted -> 12 exact); the text gives no day, but the relatives came to the hospital for the "
     "body 'the evening of the day before yesterday' (DCT 8 August -> 6 August) -> on or before 6 August, precision 2; "
     "only 'التفجير'/'الانفجار' -> generic explosive sub-type as the spent rows; no perpetrator named -> Unidentified "
     "armed group; region only -> 'Asir'"),
    (WEE919, "استهدفت مقاتلات التحالف الدولي", "استهدفت مقاتلات التحالف الدولي استعراضا عسكريا",
     ERV, AIR, GCAD, ISIS, "Hawija, Kirkuk", "IQ", "2015-08-01", "2", "", "",
     "Al Weeam; Hawija hospital source; Ali al-Husseini (PMF media, north Salah al-Din, to Radio Sawa)", "reported",
     "the title's news: international-coalition aircraft struck an ISIS military parade inside a market of Hawija "
     "district west of Kirkuk, more than 50 killed and wounded among the group (killed and wounded given together -> "
     "fatalities empty; the title's '50 killed' is the same combined figure); shrapnel also hit onlookers (not a separate "
     "event); no day given in a breaking report -> DCT, precision 2; US-led coalition -> Global Coalition Against Daesh "
     "as the spent rows"),
    (WEE919, "نشب نزاع بين أفراد إحدى العشائر العربية", "نشب نزاع بين أفراد إحدى العشائر العربية في قضاء الحويجة",
     BAT, CLASH, "Unidentified Tribal Militia (Iraq)", ISIS, "Hawija, Kirkuk", "IQ", "2015-08-01", "2", "", "",
     "Ali al-Husseini (PMF media, to Radio Sawa)", "reported",
     "meanwhile a fight broke out between members of an (unnamed) Arab tribe in Hawija district and ISIS members, with "
     "dead on both sides; al-Husseini: 'dozens of militants killed' (vague -> fatalities empty); no day -> DCT, "
     "precision 2; unnamed tribe -> 'Unidentified Tribal Militia (Iraq)'"),
    (WEE919, "غارات مكثفة للتحالف الدولي", "وشهدت الأيام الثلاثة الماضية غارات مكثفة للتحالف الدولي",
     ERV, AIR, GCAD, ISIS, "Hawija, Kirkuk", "IQ", "2015-07-29", "3", "", "",
     "Al Weeam", "reported",
     "aggregate: the past three days saw intensive coalition strikes on ISIS positions and movements in Hawija centre "
     "and outskirts (DCT 1 August - 3 -> 29 July, precision 3; kept apart from the parade strike as events24's "
     "campaign aggregate next to the Qasr al-Buraij strike)"),
    (WEE949, "بمهاجمة ثكنة للجيش", "عندما قام مسلحون بمهاجمة ثكنة للجيش في بلدة",
     BAT, CLASH, UAG, MFML, "Sevare", "ML", "2015-08-07", "2", "", "",
     "Al Weeam (CNN); eyewitnesses", "reported",
     "gunmen (believed linked to militant groups of North Africa, 'يُعتقد' -> Unidentified armed group) attacked an army "
     "barracks in the town of Sevare, about 600 km east of Bamako; the troops repelled them and they took refuge in a "
     "hotel (the text's days conflict: 'earlier on Friday' in the lead, 'Saturday morning' in the third paragraph -> "
     "Friday 7 August, precision 2; deaths are given only for the whole operation, see the Saturday row)"),
    (WEE949, "احتجاز عدد من الرهائن الأجانب", "أزمة احتجاز عدد من الرهائن الأجانب داخل أحد الفنادق",
     VAC, ABD, UAG, "Civilians (Mali)", "Sevare", "ML", "2015-08-07", "2", "", "",
     "Al Weeam (CNN)", "reported",
     "the gunmen stormed a hotel used by UN mission (MINUSMA) staff and held a number of foreign hostages (hostage-taking "
     "-> Abduction/forced disappearance; foreign civilians in Mali -> Civilians (Mali) by the country-of-event rule; the "
     "hotel is reached from the Sevare barracks, 'in the centre of the country' -> Sevare; same Friday/Saturday "
     "conflict -> 7 August, precision 2)"),
    (WEE949, "أنهت قوات الجيش في مالي", "أنهت قوات الجيش في مالي السبت، أزمة احتجاز",
     BAT, CLASH, MFML, UAG, "Sevare", "ML", "2015-08-08", "1", "12", "at_least",
     "presidential spokesman (to CNN); Col. Souleymane Maiga; MINUSMA spokeswoman Radhia Achouri", "reported",
     "the title's news: on Saturday (DCT Sunday 9 August -> 8 August) the Malian army ended the hostage crisis in the "
     "hotel, freeing four hostages, in an operation in which 'at least 12' were killed: five soldiers, four attackers, "
     "three foreigners (first official estimates); folded: the exchange of fire with the besieged gunmen (eyewitness "
     "Omar Arabi); the UN says the ground operation was the Malian forces' alone"),
    (EQT309, "خمس غارات قرب الرمادي", "إن خمس غارات قرب الرمادي قصفت وحدات تكتيكية",
     ERV, AIR, GCAD, ISIS, "Ramadi", "IQ", "2015-07-26", "1", "", "",
     "Combined Joint Task Force statement", "reported",
     "'yesterday' (DCT Monday 27 July -> 26 July) the international coalition carried out 20 air strikes on ISIS "
     "targets in Iraq, concentrated near Ramadi: five strikes near Ramadi hit tactical units, tanks and an armoured "
     "personnel carrier and destroyed a checkpoint, a building, a mortar position and another APC (one location per "
     "row; the 11 unplaced Iraqi strikes of the 20 are folded here, the statement says they concentrated near Ramadi; adjudicated: location 'Ramadi', as B, first 'Ramadi, Anbar': "
     "the text names no governorate)"),
    (EQT309, "قرب طوز خورماتو", "أربع غارات لمراكز تجمع تابعة لتنظيم داعش الإرهابي قرب طوز خورماتو",
     ERV, AIR, GCAD, ISIS, "Tuz Khurmatu", "IQ", "2015-07-26", "1", "", "",
     "Combined Joint Task Force statement", "reported",
     "same statement: four strikes on ISIS gathering points near Tuz Khurmatu (differently named place -> own row; "
     "26 July; adjudicated: location 'Tuz Khurmatu', as B, first 'Tuz Khurmatu, Salah al-Din': no governorate in the text)"),
    (EQT309, "قرب عين العرب", "تركزت خمس منها قرب عين العرب",
     ERV, AIR, GCAD, ISIS, "Ain al-Arab", "SY", "2015-07-26", "2", "", "",
     "Combined Joint Task Force statement", "reported",
     "same statement: the coalition also carried out 13 strikes in Syria, five of them near Ain al-Arab (Kobani), "
     "hitting ISIS tactical units and destroying fighting positions (the 8 unplaced Syrian strikes folded here; the "
     "Syrian strikes have no day of their own, only 'also' after the Iraqi strikes of 'yesterday' -> 26 July, precision 2; "
     "adjudicated, as B: precision 2 (first 1) and location 'Ain al-Arab' (first 'Ain al-Arab, Aleppo': no governorate in "
     "the text); the title's 33 = 20 + 13)"),
    (EQT309, "انفجار عبوة ناسفة", "نتيجة انفجار عبوة ناسفة في منطقة المدائن",
     ERV, IED, UAG, CIVIQ, "Al Madain, Baghdad", "IQ", "2015-07-26", "1", "1", "exact",
     "Iraqi security source", "reported",
     "'yesterday' in Baghdad: one person killed and six wounded by an IED in al-Mada'in, south-east of Baghdad (no "
     "perpetrator; victims not said to be combatants -> Civilians (Iraq)); the 'seven Iraqis killed and wounded in two "
     "separate security incidents' is this row's toll, not coded separately"),
    (EQT309, "عثرت الشرطة العراقية على جثتي", "عثرت الشرطة العراقية على جثتي عنصرين من قوات الصحوة",
     BAT, CLASH, UAG, "Sahwa Militia", "Arab Jabour, Baghdad", "IQ", "2015-07-26", "2", "2", "exact",
     "Iraqi security source", "reported",
     "'yesterday' Iraqi police found the bodies of two members of the Sahwa forces dumped in the Arab Jabour quarter of "
     "al-Dora, south Baghdad, with gunshot wounds (found 26 July, killing day unknown -> 26 July, precision 2; armed "
     "pro-government militiamen killed by unnamed attackers -> Battles/Armed clash as the spent okaz-1951 security-man "
     "row, alternative Violence against civilians/Attack; 'حي عرب جبور التابع لمنطقة الدورة' -> 'Arab Jabour, Baghdad')"),
    (EQT309, "تحرير جامعة الأنبار", "وتمكنت القوات العراقية أمس من تحرير جامعة الأنبار",
     BAT, GRT, MFIQ, ISIS, "Anbar University, Ramadi", "IQ", "2015-07-26", "1", "", "",
     "Al Eqtisadiya; Brig. Gen. Yahya Rasool (Joint Operations Command)", "reported",
     "'yesterday' (26 July) Iraqi forces freed Anbar University from ISIS: the Counter-Terrorism Service entered it and "
     "raised the flag over its building (CTS -> Military Forces of Iraq); the outlet says al-Tamim district was freed too, "
     "but the spokesman says the forces are 'now' clearing the university's surroundings and 'continue their advance "
     "towards' al-Tamim -> al-Tamim is its own row (adjudicated; first folded here as the advance)"),
    (EQT309, "وحي التأميم", "من تحرير جامعة الأنبار وحي التأميم من قبضة",
     BAT, GRT, MFIQ, ISIS, "Al Tamim, Ramadi", "IQ", "2015-07-26", "2", "", "",
     "Al Eqtisadiya; Brig. Gen. Yahya Rasool (Joint Operations Command)", "reported",
     "adjudicated, added from B: the outlet states in its own voice that 'yesterday' the Iraqi forces freed Anbar "
     "University and the al-Tamim district from ISIS (reported; one location per row -> own row); the spokesman's quote "
     "says the forces 'continue their advance towards al-Tamim', so if it fell it fell on or after the university's "
     "capture, by the DCT -> 26 July, precision 2; alternative Armed clash for an advance not yet completed"),
    (OKZ1327, "الحادث الإرهابي الأليم", "واستنكر سماحته الحادث الإرهابي الأليم الذي وقع في مسجد",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-06", "1", "", "",
     "Okaz (Grand Mufti Abdulaziz Al al-Sheikh)", "reported",
     "background (the news is the Grand Mufti's condemnation): the 'painful terrorist incident' in a mosque at the "
     "Emergency Forces HQ in Asir region 'yesterday' (DCT Friday 7 August -> 6 August, precision 1); 'يفجرونهم تفجيرا' "
     "-> generic explosive sub-type; the Mufti's 'behind this crime are ISIS and other gangs' is his opinion, not a "
     "claim or the investigators' finding -> Unidentified armed group (alternative Islamic State); martyrs and wounded, "
     "no number -> fatalities empty. Not coded: the sermon-like statements"),
    # ---- set b (no text filter) ----
    (WAT1057, "لاعتداء مسلح من قبل مجهولين", "تعرض مساء السبت لاعتداء مسلح من قبل مجهولين",
     VAC, "Attack", UAG, "Civilians (Turkey)", "Beyoglu, Istanbul", "TR", "2015-08-08", "1", "", "",
     "Al Watan", "reported",
     "the title's occasion: on Saturday evening ('the evening of the day before yesterday', DCT Monday 10 August -> 8 "
     "August) unknown gunmen attacked the AKP's Istanbul branch headquarters in Beyoglu, wounding one of the private "
     "security guards (private guard -> Civilians (Turkey); party office attacked by unidentified gunmen -> VAC/Attack). "
     "Not coded: Davutoglu's reaction and promise of an investigation (commentary), Demirtas's call for talks"),
    (WAT1057, "هاجموا موقعا", "إن مقاتلي حزب العمال الكردستاني هاجموا موقعا",
     BAT, CLASH, PKK, MFTR, "Midyat, Mardin", "TR", "2015-08-08", "2", "1", "exact",
     "Turkish officials and security sources", "reported",
     "officials and security sources said 'yesterday' that PKK fighters attacked a forward army post and a police car "
     "'the night before last' in the town of Midyat, Mardin province, killing a policeman (one attack in one town -> "
     "one row; the night before last of a Monday article -> the night of Saturday 8 to Sunday 9 August -> 8 August, "
     "precision 2, as events24's Saturday-night rows; actor2 the first-named target, the army post; alternative "
     "Police Forces of Turkey, the one killed)"),
    (WAT1057, "خلال أسبوعين من الغارات الجوية التركية", "قتلوا وجرح 400 آخرون خلال أسبوعين من الغارات الجوية التركية",
     ERV, AIR, MFTR, PKK, "", "IQ", "2015-07-24", "3", "390", "about",
     "Anadolu Agency", "claimed",
     "aggregate: Turkey's state agency Anadolu said about 390 PKK fighters were killed and 400 wounded in two weeks of "
     "Turkish air strikes on rebel bases in northern Iraq, among them four PKK leaders and about 30 female fighters "
     "(a party's state agency -> claimed, as events24's alriyadh-700 Anadolu row; the campaign's start 'on 24 July' is "
     "stated -> 24 July, precision 3; folded: 'dozens of strikes that followed targeted the Kurdish rebels'; northern "
     "Iraq, no place -> location empty, IQ). Not coded: Turkey bombing ISIS 'only three times' since 24 July (no "
     "place or country in the text)"),
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
