"""Bookkeeping helper for the events21 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events18/addrows.py (itself from events16, events15, events13, ...).
Run: python3 /work/fresh/events21/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 21 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with `python3 /work/fresh/sn_sample.py /work/fresh/events21 2752 2753` (seeds 2752/2753; the sampler itself was not opened by me; as for events18: (a) 10 whose title+text matches the generic conflict/protest word list, (b) 10 with no text filter): got, by source, a: aawsat 4, alweeam 2, aleqtisadiya 1, almadina 1, alriyadh 1, alwatan 1; b: alriyadh 4, aljazirah 2, 3alyoum 1, aawsat 1, alwatan 1, alweeam 1.
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
ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 17 rows): 1 row added "
       "(aawsat-372 Divandarreh camp attack), 2 removed (alweeam-1640 removal of 450 IEDs; aawsat-372 Iranian operations in "
       "Sardasht) (17 rows); 1 event_date and 1 reported_as value changed to B's; 2 actor1 (coalition name), 1 location and 1 "
       "event_date differences kept; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
ISIS = "Islamic State"
IQMIL = "Military Forces of Iraq"
GCAD = "Global Coalition Against Daesh"
PJAK = "PJAK: Kurdistan Free Life Party"
IRMIL = "Military Forces of Iran"
PKK = "PKK: Kurdistan Workers Party"
BH = "Boko Haram"
W1640 = "SN-alweeam-20150731-1640"
A372 = "SN-aawsat-20150731-372"
M653 = "SN-almadina-20150722-653"
A140 = "SN-aawsat-20150721-140"
R871 = "SN-alriyadh-20150807-871"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (W1640, "تحرير تل مشيهيدة", "تمكنت من تحرير تل مشيهيدة في قاطع",
     BAT, GRT, IQMIL, ISIS, "Tal Mushaihida, Ramadi", "IQ", "2015-07-30", "1", "", "",
     "RT correspondent in Iraq; Federal Police commander Raed Shaker Jawdat", "reported",
     "'yesterday Thursday' (DCT Friday 31 July -> 30 July): the Iraqi forces advanced in Ramadi and its outskirts and "
     "freed Tal Mushaihida in the Anbar operations sector east of Ramadi (the text says 'centre of Salah al-Din "
     "governorate', sic; the same sentence says Anbar); the Federal Police commander's 'freed Tal Mushaihida on the "
     "eastern axis of Ramadi after battles with the gunmen' is the same event -> one row (title's advance, 'liquidated "
     "many gunmen' and the cutting of ISIS supply lines / siege folded; 'many' -> fatalities empty; Iraqi army and "
     "security forces -> Military Forces of Iraq). The removal of more than 450 explosive devices in the same sentence is folded (adjudicated: first its own Strategic developments/Disrupted weapons use row; dropped, as B: a sub-action of the same capture, same place and day). The al-Madiq ambush has its own row"),
    (W1640, "كمين", "في كمين لمغاوير الشرطة الاتحادية",
     BAT, CLASH, "Police Forces of Iraq", ISIS, "Al Madiq, Ramadi", "IQ", "2015-07-30", "2", "12", "exact",
     "Federal Police commander Raed Shaker Jawdat", "claimed",
     "12 ISIS members, three of them suicide bombers, were 'liquidated' in an ambush by the Federal Police commandos "
     "after the group tried to attack the al-Madiq area east of Ramadi (day not stated, told with the Thursday advance "
     "-> 30 July, precision 2; the ambush is the coded action -> the police as actor1, ISIS tried to attack first; only "
     "the police commander's account -> claimed)"),
    (W1640, "بقصف لطيران التحالف الدولي", "حجي عارف بقصف لطيران التحالف الدولي",
     ERV, AIR, GCAD, ISIS, "Saqlawiyah, Anbar", "IQ", "2015-07-30", "2", "1", "exact",
     "Ali Dawood, head of the Khalidiya district council", "reported",
     "the ISIS 'wali of Saqlawiya', Aref Abdul Razzaq (Hajji Aref), was killed by an international-coalition air strike "
     "while fleeing from Saqlawiya district to Jazirat al-Khalidiya east of Ramadi (announced earlier, 'wa-kana a'lana', "
     "no day; adjudicated: 30 July, the Thursday of the article's other reports, as B, since the pluperfect puts it "
     "before the day's news; first DCT 31 July; precision 2; the strike happened on his way, location given as his starting point Saqlawiyah, "
     "alternative Jazirat al-Khalidiya; US-led coalition against ISIS -> ACLED 'Global Coalition Against Daesh'; a local "
     "council head, not a combatant -> reported)"),
    (W1640, "قصف مواقع لعناصر", "الدولي قصف مواقع لعناصر",
     ERV, AIR, GCAD, ISIS, "Baiji, Salah al-Din", "IQ", "2015-07-30", "2", "1", "exact",
     "Iraqi Ministry of Defence", "claimed",
     "the Ministry of Defence announced on Thursday (30 July) that coalition aircraft struck ISIS positions in Baiji "
     "district, Salah al-Din governorate, killing one of its leaders (strike day not stated -> the announcement day, "
     "precision 2; the ministry is a party to the war on ISIS -> claimed)"),
    (A372, "اشتباكات بين مقاتلينا", "اشتباكات بين مقاتلينا والجيش الإيراني",
     BAT, CLASH, PJAK, IRMIL, "", "IR", "2015-07-01", "3", "4", "exact",
     "Arvin Ahmadpour, relations official of the East Kurdistan Units (PJAK)", "claimed",
     "aggregate: the East Kurdistan Units, military wing of the Kurdistan Free Life Party (PJAK), announced 'yesterday' "
     "several operations against the Iranian army 'during the current month'; clashes between its fighters and the "
     "Iranian army during the month killed four Iranian special forces (the Iranian ambushes and operations against "
     "its fighters folded; operations in West Azerbaijan (Urmia), Kurdistan and Kermanshah provinces -> no single "
     "place, location empty; July -> 1 July, precision 3; one party's account -> claimed). The attack on the army camps "
     "at Kamyaran has its own row"),
    (A372, "كامياران", "في منطقة كامياران وديوان برا",
     BAT, CLASH, PJAK, IRMIL, "Kamyaran", "IR", "2015-07-01", "3", "", "",
     "Arvin Ahmadpour, relations official of the East Kurdistan Units (PJAK)", "claimed",
     "the East Kurdistan Units attacked the camps newly built by the Iranian army in 'the area of Kamyaran and Diwan "
     "Bara' (during the current month -> 1 July, precision 3; PJAK's own account -> claimed; no toll for this attack; "
     "adjudicated: Diwan Bara has its own row by the one-location rule, as B; first folded into this row)"),
    (A372, "وديوان برا", "كامياران وديوان برا»",
     BAT, CLASH, PJAK, IRMIL, "Divandarreh", "IR", "2015-07-01", "3", "", "",
     "Arvin Ahmadpour, relations official of the East Kurdistan Units (PJAK)", "claimed",
     "the same sentence's second place: the attack on the Iranian army's new camps in 'Diwan Bara' (read as "
     "Divandarreh, Kurdistan province, next to Kamyaran; one location per row -> own row; adjudicated: added from B, "
     "first folded into the Kamyaran row; during the current month -> 1 July, precision 3; claimed)"),
    (A372, "هجوم في جنوب شرقي البلاد", "ومدني في هجوم في جنوب شرقي البلاد",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Cinar", "TR", "2015-07-29", "1", "2", "exact",
     "Turkish media (Anadolu, Dogan) via AFP", "reported",
     "Wednesday (29 July): gunmen in a car shot a Turkish policeman sitting in front of a cafe in Cinar (south-east "
     "Turkey); a nearby civilian was hit in the 'exchange of fire'; both died in hospital at night, a second civilian "
     "wounded (policeman + civilian = 2; attack attributed to the Kurdish rebels (PKK) -> actor1 PKK, attribution in "
     "the note; exchange of fire with a police target -> Armed clash, alternative Violence against civilians not used)"),
    (A372, "هجوم شنه مقاتلو", "في هجوم شنه مقاتلو حزب",
     BAT, CLASH, PKK, "Military Forces of Turkey", "Sirnak", "TR", "2015-07-30", "2", "3", "at_least",
     "eyewitnesses in Sirnak (to Asharq Al-Awsat)", "reported",
     "eyewitnesses said 'yesterday' that PKK fighters attacked a Turkish army barracks in Sirnak province, killing "
     "'more than three' Turkish soldiers and wounding others; military helicopters carried the dead and wounded "
     "(the second paragraph repeats it -> one row; attack day not stated, reported on 30 July -> precision 2; 'more "
     "than three' -> 3 at_least)"),
    (A372, "الطائرات التركية تواصل هجماتها", "«الطائرات التركية تواصل هجماتها يوميا",
     ERV, AIR, "Military Forces of Turkey", PKK, "Kurdistan Region", "IQ", "2015-07-31", "3", "", "",
     "Bakhtiar Dogan, spokesman of the People's Defence Forces (HPG, PKK military wing); Asharq Al-Awsat", "reported",
     "aggregate: 'the Turkish aircraft continue their attacks daily on our forces' positions ... Ankara attacks us in "
     "the Kurdistan Region' (title: 'the Turkish attacks'; undated, ongoing -> DCT, precision 3; Iraqi Kurdistan -> IQ; "
     "adjudicated: reported, as B, because the outlet's own title and framing state the Turkish attacks as fact, first "
     "claimed on the spokesman's words). Not coded: the PKK's generic 'we attack the Turkish army's camps there and "
     "inflicted heavy losses' (generic; the Sirnak attack has its own row), the PKK resuming operations 'since last "
     "week' (generic), the Turkish diplomatic delegation's meetings in Sulaymaniyah (diplomatic), the Iranian army's military operations 'yesterday' in the villages of Sardasht near Qandil 'without any clashes' (adjudicated: first a Strategic developments/Other row, dropped, as B: a troop operation with no violence, reported only by the opposing PJAK; borderline)"),
    (A372, "فجرنا أنبوب نقل الغاز", "«نحن فجرنا أنبوب نقل الغاز",
     ERV, IED, PKK, "", "", "TR", "2015-07-31", "3", "", "",
     "Bakhtiar Dogan, spokesman of the People's Defence Forces (HPG, PKK military wing)", "claimed",
     "the PKK spokesman: 'we blew up the gas pipeline between Iran and Turkey' (sabotage by explosion -> Remote "
     "explosive; no place or day -> location empty, DCT precision 3; country TR from the PKK's 'we respond in Turkish "
     "Kurdistan', the pipeline's Turkish section assumed; the perpetrator's own claim -> claimed)"),
    (A372, "تفجير أنبوب نقل النفط", "العمال الكردستاني في تفجير أنبوب نقل النفط",
     ERV, IED, "Unidentified armed group", "", "", "TR", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat; Bakhtiar Dogan (PKK denial)", "reported",
     "the bombing of the oil pipeline between the Kurdistan Region of Iraq and Turkey is stated as fact; the PKK "
     "spokesman denied any link to it -> perpetrator unnamed (Unidentified armed group, PKK's denial in the note), the "
     "event itself reported, not denied; no place or day -> location empty, DCT precision 3; country TR assumed (the "
     "frame: the PKK's war in Turkey), alternative IQ"),
    (M653, "431 هو حصيلة جديدة", "431 هو حصيلة جديدة من فصول",
     SD, "Arrests", "Police Forces of Saudi Arabia", "Unidentified armed group", "", "SA", "2015-07-22", "2", "", "",
     "Al Madina (opinion column)", "reported",
     "background (opinion column): '431' is the new tally, 'in the last few days', of the war on terrorism waged by "
     "the security agencies in the Kingdom: 431 'deviant minds' organised in working groups, caught thanks to the "
     "vigilance of the security men who 'tightened surveillance ... and executed well' (the word 'arrest' is not used; "
     "a security operation netting 431 members of extremist cells -> Arrests; 'the Khawarij' not named as a group -> "
     "Unidentified armed group; no place -> location empty; last few days -> DCT, precision 2). Borderline: a column "
     "that only alludes to the arrests"),
    (A140, "هجوما انتحاريا بحافلة ملغومة", "إن هجوما انتحاريا بحافلة ملغومة",
     ERV, SUI, BH, "CJTF: Civilian Joint Task Force", "Njimtilo, Maiduguri", "NG", "2015-07-20", "1", "1", "exact",
     "Nigerian army and the Joint Task Force", "reported",
     "'today Monday' (DCT Tuesday 21 July UTC; the report was written on Monday -> 20 July): a suicide attack with a "
     "booby-trapped bus killed a member of the Civilian Joint Task Force at the main Njimtilo checkpoint in the south "
     "west of Maiduguri around noon; three civilians wounded (no claim, 'bears the hallmarks of Boko Haram' -> actor1 "
     "Boko Haram, suspicion in the note; CJTF member killed -> actor2 the militia). Not coded: Buhari dismissing the "
     "army, navy and air force chiefs (command change, as cabinet changes), Boko Haram intensifying attacks in Chad, "
     "Cameroon and Niger in recent months (generic)"),
    (A140, "هجومين انتحاريين", "قتلوا في هجومين انتحاريين",
     ERV, SUI, BH, "Civilians (Cameroon)", "Fotokol", "CM", "2015-07-19", "1", "13", "at_least",
     "a senior Cameroonian army official (anonymous)", "reported",
     "late 'yesterday Sunday' (19 July): at least 12 civilians and one Chadian soldier killed in two suicide attacks "
     "suspected to be Boko Haram's in Fotokol, northern Cameroon: the first inside a bar near a special forces camp at "
     "sunset during the Ramadan iftar, the second as soldiers approached the bar; the attackers wore burqas (two "
     "blasts, same place and evening -> one row; 12 + 1 = 13 at_least; suspected -> note)"),
    (A140, "فجر رجل يرتدي البرقع نفسه", "بعد أن فجر رجل يرتدي البرقع نفسه",
     ERV, SUI, BH, "Civilians (Chad)", "N'Djamena", "TD", "2015-07-18", "1", "15", "exact",
     "Asharq Al-Awsat (wire)", "reported",
     "background: the group is suspected of a similar attack 'on Saturday' in the capital of Chad, some 60 km east of "
     "Fotokol: a man wearing a burqa blew himself up in the city's main market, killing 15 (Saturday -> most recent "
     "Saturday on/before DCT 21 July = 18 July, precision 1, by the convention; the capital -> N'Djamena; suspected -> "
     "note)"),
    # ---- set b (no text filter) ----
    (R871, "عملية انتحارية", "الخميس في عملية انتحارية نفذتها",
     ERV, SUI, "Taliban", "Police Forces of Afghanistan", "Pul-e Alam, Logar", "AF", "2015-08-06", "1", "6", "exact",
     "Al Riyadh (wire)", "reported",
     "early Thursday (DCT Friday 7 August -> 6 August): six people killed in a suicide operation carried out by the "
     "Taliban targeting the Afghan police in Pul-e Alam, capital of Logar province, 100 km south of Kabul, the first "
     "big attack since Mullah Omar's death was announced. Not coded: the crash of the army helicopter in Shinkai, Zabul "
     "(17 dead; a technical failure, an attack ruled out), the crash of a British helicopter in Kandahar in April "
     "(accident), the Chinook shot down in 2011 (too old), the announcement of Mullah Omar's death (not an event)"),
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
