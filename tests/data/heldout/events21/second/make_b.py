"""Bookkeeping helper for annotator B of the events21 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events18/second/make_b.py (itself from
events16/addrows.py). Run: python3 /work/fresh/events21/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 21 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-26 (UTC).
# Sample: ids.txt (sample.py was not present in the set folder when I worked; seeds as given by the lead). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn by the lead with seeds 2752/2753 (as events18: 120-800 words, non-empty title, not drawn for another set): (a) 10 whose title+text matches a generic list of conflict/protest words: random.Random(2752).shuffle, walked in order; (b) 10 with no text filter: random.Random(2753).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 4, alweeam 2, aleqtisadiya 1, almadina 1, alriyadh 1, alwatan 1; b: alriyadh 4, aljazirah 2, 3alyoum 1, aawsat 1, alwatan 1, alweeam 1).
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. make_b.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
# Rows: one per distinct event reported as happened/happening (reported|claimed|denied) or planned (planned). Same event mentioned twice = one row (clearest trigger). Sub-actions of one ongoing battle described generically (siege, advance, strikes, captures in the same place/days) are folded into the battle row; a differently dated step of the battle is its own row. One location per row: strikes on differently named places are separate rows.
# Aggregates ("21 suicide bombings since the offensive began", "dozens killed since the campaign started") get ONE row with time_precision 3 and note starting "aggregate". Recent background mentions get a note starting "background".
# Scope = ACLED scope: political violence, demonstrations and conflict-relevant strategic developments. Not coded: diplomatic visits/summons/expulsions/UN drafts, summits, military exercises, sanctions, elections and campaign rallies, cabinet changes, ordinary criminal arrests and crimes with no political motive stated, legal actions and trials, commentary, prison conditions, migrant rescues and interceptions at sea. "Statement" only for an actor's official declaration about armed conflict or coercive measures (operation start, victory, continuing blockade, military warning) when that declaration is the article's news.
# event_type: ACLED types (Battles, Explosions/Remote violence, Violence against civilians, Protests, Riots, Strategic developments) with ACLED sub_event_types, plus "Statement" (sub_event_type empty) only when the statement itself is the news.
# occurrence: 1-based index of trigger_surface as an exact substring (counting every substring hit, including inside longer words) of title+"\\n"+text.
# dct = publication day from the TIME field converted to UTC date. event_date resolved against DCT where the text allows (weekday names -> most recent such day on/before DCT; "yesterday" -> DCT-1; "last week" -> DCT-7 with precision 2); ongoing present-tense events, and single events in breaking reports, without a stated day -> DCT with time_precision 2; month known -> first day of that month with precision 3; year only -> 1 January with precision 3; otherwise DCT with precision 3. Background events dated more than 12 months before the DCT are not coded (mentioned in NOTES_B.md). Precision: 1 day, 2 week/within days, 3 month or vaguer.
# actors: English canonical names; "Unidentified armed group" when unnamed; "Civilians (<country of the event>)" for civilian victims and for arrested civilians. Protest rows: actor1 protesters, actor2 the force (empty when none). Statement location empty when the text does not say where it was made. location: most specific English name (empty when the text names no place); sub-city places written "Place, City". location_country ISO-3166 alpha-2.
# fatalities: integer only when a number is stated (number words converted); empty when none or vague ("a number of", "dozens" -> empty, vagueness in note). qualifier: exact | at_least | about.
# reported_as: reported = the outlet states it as fact (even if citing a source); claimed = given only as a party's assertion ("X said that..."); planned = announced/expected future action; denied = reported as denied.
# source: who the article attributes the information to (named person/office, or the outlet itself when unattributed).
"""

COLS = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
        "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
        "source", "reported_as", "note"]

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
IS = "Islamic State"
PKK = "PKK: Kurdistan Workers Party"
PJAK = "PJAK: Kurdistan Free Life Party"
IRN = "Military Forces of Iran"
TUR = "Military Forces of Turkey"
COAL = "US-led coalition"
BH = "Boko Haram"
WE1640 = "SN-alweeam-20150731-1640"
AW372 = "SN-aawsat-20150731-372"
AW140 = "SN-aawsat-20150721-140"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (WE1640, "تحرير تل مشيهيدة", "العراقية تمكنت من تحرير تل مشيهيدة في قاطع",
     BAT, GRT, "Military Forces of Iraq", IS, "Tal Mushaihida, Ramadi", "IQ", "2015-07-30", "1", "", "",
     "RT correspondent; Federal Police commander Lt. Gen. Raed Shaker Jawdat", "reported",
     "'yesterday Thursday' (DCT Friday 31 July -> 30 July): Iraqi forces advanced in Ramadi and its outskirts and "
     "'liberated' Tal Mushaihida, east of Ramadi (Anbar operations sector), after battles with the militants, killing "
     "'many' of them (vague -> fatalities empty) and removing more than 450 IEDs (the lead's 'advance in Ramadi', the "
     "police commander's repeat of the liberation, the siege and cutting of IS supply lines on the eastern axis are "
     "folded: same operation, place and day; the lead states it as fact -> reported; the text's 'Ramadi, centre of "
     "Salah al-Din' is an error of the text, Ramadi is called Anbar's elsewhere)"),
    (WE1640, "في كمين لمغاوير", "بينهم ثلاثة انتحاريين في كمين لمغاوير الشرطة الاتحادية",
     BAT, CLASH, "Police Forces of Iraq", IS, "Al Madiq, Ramadi", "IQ", "2015-07-30", "2", "12", "exact",
     "Federal Police commander Lt. Gen. Raed Shaker Jawdat", "claimed",
     "12 IS members, three of them suicide bombers, killed in an ambush by Federal Police commandos after IS fighters "
     "tried to attack al-Madiq area east of Ramadi (a differently named place from Tal Mushaihida -> own row; the "
     "ambushers -> actor1, alternative IS as the side that tried to attack; Federal Police -> Police Forces of Iraq; "
     "day not stated, the commander speaks in the Thursday context -> 30 July, precision 2; only the commander's "
     "account, a party -> claimed)"),
    (WE1640, "بقصف لطيران التحالف", "الملقب حجي عارف بقصف لطيران التحالف الدولي",
     ERV, AIR, COAL, IS, "Saqlawiya", "IQ", "2015-07-30", "2", "1", "exact",
     "Ali Dawood, head of the Khalidiya district council (Anbar)", "reported",
     "the IS 'wali of Saqlawiya', Aref Abdul Razzaq ('Hajji Aref'), killed by an international-coalition air strike while "
     "fleeing from Saqlawiya district to Jazirat al-Khalidiya east of Ramadi (international coalition -> US-led "
     "coalition; strike point between the two places, the place he fled from named first -> Saqlawiya, alternative "
     "Khalidiya Island; announced earlier ('كان ... أعلن'), no day -> on or before the Thursday reports, 30 July, "
     "precision 2; a local council head, not the striking party -> reported)"),
    (WE1640, "طيران التحالف الدولي قصف", "أن طيران التحالف الدولي قصف مواقع",
     ERV, AIR, COAL, IS, "Baiji, Salah al-Din", "IQ", "2015-07-30", "2", "1", "exact",
     "Iraqi Ministry of Defence", "claimed",
     "the Ministry of Defence announced on Thursday (30 July) that coalition aircraft struck IS positions in Baiji "
     "district, Salah al-Din governorate, killing one of its leaders (strike day not stated -> the announcement day, "
     "precision 2; the Iraqi MoD, a party to the war on IS -> claimed)"),
    (AW372, "اشتباكات بين مقاتلينا والجيش الإيراني", "خلال الشهر الحالي اشتباكات بين مقاتلينا والجيش الإيراني",
     BAT, CLASH, PJAK, IRN, "", "IR", "2015-07-01", "3", "4", "exact",
     "Arvin Ahmadpour, relations official of the East Kurdistan Units (PJAK)", "claimed",
     "aggregate: the East Kurdistan Units (YRK, armed wing of PJAK, the Kurdistan Free Life Party) announced yesterday "
     "several operations against the Iranian army 'during the current month'; clashes between its fighters and the "
     "Iranian army this month killed four Iranian special-forces members; operations in West Azerbaijan (Urmia), "
     "Kurdistan and Kermanshah provinces, no single place -> location empty ('current month' July -> 1 July, "
     "precision 3; folded: the Iranian ambushes and operations against PJAK fighters; only PJAK's account -> claimed). "
     "Not coded: Iran massing forces in Kurdish areas for four months (generic), the Iranian army's operations that "
     "began yesterday in villages of Sardasht near Qandil 'without any clashes' (no violence; borderline "
     "Strategic developments/Other)"),
    (AW372, "هاجمت وحدات شرق كردستان", "هاجمت وحدات شرق كردستان المعسكرات",
     BAT, CLASH, PJAK, IRN, "Kamyaran", "IR", "2015-07-01", "3", "", "",
     "Arvin Ahmadpour (PJAK)", "claimed",
     "the East Kurdistan Units attacked the camps newly set up by the Iranian army in the Kamyaran area (one location "
     "per row; Divandarreh is its own row; this month, no day -> 1 July, precision 3; the month's 4 killed are in the "
     "aggregate row, not split; PJAK's account -> claimed; borderline: may be judged part of the aggregate)"),
    (AW372, "وديوان برا", "في منطقة كامياران وديوان برا",
     BAT, CLASH, PJAK, IRN, "Divandarreh", "IR", "2015-07-01", "3", "", "",
     "Arvin Ahmadpour (PJAK)", "claimed",
     "the East Kurdistan Units attacked the Iranian army's new camps in 'ديوان برا' (read as Divandarreh, Kurdistan "
     "province) (see the Kamyaran row; same sentence, a differently named place)"),
    (AW372, "قتل شرطي تركي", "إلى ذلك قتل شرطي تركي ومدني في هجوم",
     BAT, CLASH, PKK, "Police Forces of Turkey", "Cinar", "TR", "2015-07-29", "1", "2", "exact",
     "AFP (Anadolu and Dogan agencies); Turkish media", "reported",
     "Wednesday (DCT Friday 31 July -> 29 July): gunmen in a car opened fire on a Turkish policeman sitting in front of "
     "a cafe in the town of Cinar (mostly Kurdish south-east); a civilian nearby was hit in the exchange of fire; both "
     "died in hospital during the night, a second civilian wounded (2 exact); attack 'attributed to' the Kurdish "
     "rebels, who resumed operations last week -> PKK, attribution in the note (alternative Unidentified armed group); "
     "exchange of fire with a policeman -> Armed clash (alternative Violence against civilians would not fit the "
     "police target)"),
    (AW372, "هجوم شنه مقاتلو", "في هجوم شنه مقاتلو حزب العمال الكردستاني على ثكنة",
     BAT, CLASH, PKK, TUR, "Sirnak", "TR", "2015-07-30", "2", "3", "at_least",
     "eyewitnesses in Sirnak (to Asharq Al-Awsat)", "reported",
     "eyewitnesses said yesterday (30 July) that more than three Turkish soldiers were killed and others wounded in an "
     "attack by PKK fighters on a Turkish military barracks in Sirnak province (the same event is told twice; military "
     "helicopters evacuating the dead seen by the witnesses; 'more than three' -> 3 at_least; attack day not stated "
     "-> the witnesses' day, precision 2; witnesses, not a party -> reported). Folded: the HPG spokesman's 'we attack "
     "Turkish army camps in Turkish Kurdistan' (generic). Not coded: the Kurdish umbrella body's statement that it is "
     "still in legitimate self-defence and has not declared war (statement, not the news)"),
    (AW372, "الطائرات التركية تواصل", "الطائرات التركية تواصل هجماتها يوميا على مواقع قواتنا",
     ERV, AIR, TUR, PKK, "Kurdistan Region", "IQ", "2015-07-31", "3", "", "",
     "Bakhtiyar Dogan, spokesman of the People's Defence Forces (HPG, PKK armed wing); Asharq Al-Awsat", "reported",
     "aggregate: Turkish aircraft continue daily attacks on PKK positions; 'Ankara attacks us in the Kurdistan Region' "
     "(Iraq) (ongoing, no period or toll -> DCT, precision 3; the outlet itself speaks of 'the Turkish attacks' in the "
     "title -> reported, alternative claimed as the spokesman's words; HPG -> the PKK)"),
    (AW372, "نحن فجرنا أنبوب", "نحن فجرنا أنبوب نقل الغاز بين إيران وتركيا",
     ERV, IED, PKK, "", "", "TR", "2015-07-31", "3", "", "",
     "Bakhtiyar Dogan (HPG spokesman)", "claimed",
     "the HPG spokesman: 'we blew up the gas pipeline between Iran and Turkey' (sabotage by explosion of "
     "infrastructure, no casualties -> Remote explosive/landmine/IED, actor2 empty; no place or day in the text -> "
     "location empty, DCT precision 3; the pipeline runs into Turkey, where the PKK says it strikes back -> TR; the "
     "perpetrator's own claim -> claimed)"),
    (AW372, "تفجير أنبوب نقل النفط", "دور العمال الكردستاني في تفجير أنبوب نقل النفط",
     ERV, IED, "Unidentified armed group", "", "", "TR", "2015-07-31", "3", "", "",
     "Asharq Al-Awsat; Bakhtiyar Dogan (HPG spokesman, denial)", "reported",
     "the blowing-up of the oil pipeline between Iraq's Kurdistan Region and Turkey, presented by the outlet as a fact "
     "whose perpetrator is in question; the PKK spokesman denied any link ('we carried out no operation against the "
     "Region's oil') -> perpetrator unnamed, Unidentified armed group, reported (alternative: actor1 PKK with "
     "reported_as denied); no place or day -> location empty, DCT precision 3; country TR (the pipeline into Turkey, "
     "the article's frame; could be IQ). Not coded: the Turkish diplomatic delegation's tour of the Kurdistan Region "
     "(diplomatic), the PKK-Ocalan disarmament positions (commentary)"),
    (AW140, "هجوما انتحاريا بحافلة", "إن هجوما انتحاريا بحافلة ملغومة",
     ERV, SUI, BH, "CJTF: Civilian Joint Task Force", "Njimtilo, Maiduguri", "NG", "2015-07-20", "1", "1", "exact",
     "Nigerian army and the Joint Task Force; a member of the force at the scene", "reported",
     "'today Monday' (the article speaks of Monday; DCT 21 July is the UTC crawl day -> Monday 20 July): a suicide "
     "attack with a booby-trapped bus at the main Njimtilo checkpoint on the south-western outskirts of Maiduguri, "
     "around noon; the driver let the passengers off, drove at the checkpoint and blew it up; one member of the civilian "
     "Joint Task Force killed, three civilians wounded (1 exact); no claim, but 'bears the hallmarks of Boko Haram' -> "
     "Boko Haram, suspicion in the note (alternative Unidentified armed group); the victim a CJTF vigilante -> actor2 "
     "the CJTF (alternative Civilians (Nigeria)); the outlet states the attack (title) -> reported). Not coded: "
     "President Buhari's dismissal of the army, navy and air force chiefs (leadership change, as cabinet changes)"),
    (AW140, "في هجومين انتحاريين", "قتلوا في هجومين انتحاريين يشتبه",
     ERV, SUI, BH, "Civilians (Cameroon)", "Fotokol", "CM", "2015-07-19", "1", "13", "at_least",
     "a senior Cameroonian army official (anonymous); L'Oeil du Sahel", "reported",
     "late 'yesterday Sunday' (19 July): at least 12 civilians and one Chadian soldier killed in two suicide attacks "
     "suspected to be by Boko Haram in the town of Fotokol, northern Cameroon: the first in a bar near a special-forces "
     "camp at sunset during the Ramadan iftar, the second as soldiers approached the bar; the attackers wore burqas "
     "(two blasts at one place on one evening -> one row; 12 'at least' + 1 -> 13 at_least; suspected Boko Haram -> "
     "Boko Haram, as the events18 Maroua row; the Chadian soldier in the note, civilians the main victims). Not "
     "coded: Boko Haram's intensified attacks in Chad, Cameroon and Niger in recent months (generic)"),
    (AW140, "فجر رجل يرتدي البرقع", "بعد أن فجر رجل يرتدي البرقع نفسه في السوق الرئيسية",
     ERV, SUI, BH, "Civilians (Chad)", "N'Djamena", "TD", "2015-07-18", "1", "15", "exact",
     "Asharq Al-Awsat", "reported",
     "background: on Saturday (18 July) in the capital of Chad (N'Djamena), about 60 km east of Fotokol, a man wearing a "
     "burqa blew himself up in the main market, killing 15 people; the group is suspected ('يشتبه') -> Boko Haram, "
     "suspicion in the note; market crowd -> Civilians (Chad)"),
    ("SN-almadina-20150722-653", "431 هو حصيلة", "431 هو حصيلة جديدة من فصول الحرب على الإرهاب",
     SD, "Arrests", "Police Forces of Saudi Arabia", "Unidentified armed group", "", "SA", "2015-07-15", "2", "", "",
     "Al Madina (opinion column, Salem Sahab)", "reported",
     "background (opinion column): '431', a new tally of the war on terror waged by the kingdom's security services "
     "and the most prominent local news of the past few days: 431 'deviants' organised in work groups planning and "
     "executing destruction, whose harm was prevented by the vigilance of the security men who tightened surveillance "
     "and carried out the operation (the column never uses the word arrest, but the 431 are alive, caught and "
     "neutralised -> Arrests; borderline: could be skipped as commentary; 'the past few days' -> DCT-7, precision 2, "
     "as 'a few days ago'; no place -> location empty; the 'Khawarij' are not named as a group -> Unidentified armed "
     "group, as the spent SK-1473 arrests; no number killed)"),
    # ---- set b (no text filter) ----
    ("SN-alriyadh-20150807-871", "في عملية انتحارية", "مقتل ستة أشخاص في وقت مبكر الخميس في عملية انتحارية",
     ERV, SUI, "Taliban", "Police Forces of Afghanistan", "Pul-e Alam, Logar", "AF", "2015-08-06", "1", "6", "exact",
     "Al Riyadh", "reported",
     "background: early Thursday (DCT Friday 7 August -> 6 August) six people were killed in a suicide operation "
     "carried out by the Taliban targeting the Afghan police in Pul-e Alam, capital of Logar province 100 km south of "
     "Kabul, the first big insurgent attack since Mullah Omar's death was announced last week (6 exact; victims not "
     "split, the target the police -> actor2 Police Forces of Afghanistan). Not coded: the article's news, the crash "
     "of an Afghan military helicopter in Shinkay, Zabul (17 killed, technical failure, an attack ruled out: an "
     "accident), the five British soldiers killed in a helicopter crash in Kandahar in April (accident), the 2011 "
     "Chinook downing (more than 12 months old), Taliban anti-aircraft weapons (generic)"),
]

def dcts():
    out = {}
    for line in open(os.path.join(SET, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
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
    lines = [HEADER.rstrip("\n"), "\t".join(COLS)]
    for r in ROWS:
        aid, trig, ctx = r[0], r[1], r[2]
        text = open(os.path.join(SET, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, ctx)
        fields = [aid, dct[aid], trig, str(occ)] + list(r[3:])
        assert len(fields) == 17, (aid, len(fields))
        assert all("\t" not in f and "\n" not in f for f in fields), aid
        lines.append("\t".join(fields))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
