"""Bookkeeping helper for the events19 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and HEADER layout are those of events16/addrows.py (itself from events15, events13, events8, events7, events2).
Run: python3 /work/fresh/events19/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 19 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. SaudiNewsNet 2015 (/work/shared/datasets/saudinewsnet/*.zip), 120-800 words, non-empty title, not drawn for another stop-23 set (/work/fresh/sn_used.txt), as in sample.py (python3 sample.py /work/fresh/events19 2732 2733): (a) 10 whose title+text matches the generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2732).shuffle of pool indices, walked in order; (b) 10 with no text filter: random.Random(2733).shuffle, walked in order, >=3 sources (got, by source, a: alweeam 3, alriyadh 3, aleqtisadiya 2, aawsat 1, aljazirah 1; b: aljazirah 3, aawsat 2, alriyadh 2, alweeam 1, aleqtisadiya 1, okaz 1).
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
ADJ = ("Adjudicated 2026-11-26 (UTC) against a blind second annotation (second/events_b.tsv, 25 rows): no row added, 2 "
       "removed (alweeam-1057 generic PKK-linked violence aggregate; aljazirah-461 Mokha military camps, folded into the "
       "civilians' row) (23 rows); 5 actor (Ukraine separatists -> NAF), 6 location, 1 country, 2 sub_event_type, 1 actor2 "
       "and 1 time_precision value changed; every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
GRT = "Government regains territory"
CLASH = "Armed clash"
SUI = "Suicide bomb"
RES = "Yemeni Resistance"
COAL = "Saudi-led coalition"
HOU = "Houthis"
CIVYE = "Civilians (Yemen)"
UAG = "Unidentified armed group"
POLSA = "Police Forces of Saudi Arabia"
TUR = "Military Forces of Turkey"
PKK = "PKK: Kurdistan Workers Party"
UKR = "Military Forces of Ukraine"
SEP = "NAF: United Armed Forces of Novorossiya"
W1057 = "SN-alweeam-20150811-1057"
W1640 = "SN-alweeam-20150721-1640"
A82 = "SN-aawsat-20150727-82"
R1639 = "SN-alriyadh-20150806-1639"
W850 = "SN-alweeam-20150802-850"
E197 = "SN-aleqtisadiya-20150807-197"
R796 = "SN-alriyadh-20150810-796"
R560 = "SN-alriyadh-20150809-560"
J461 = "SN-aljazirah-20150726-461"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (W1057, "ركزت غاراتها", "غير انها ركزت غاراتها على مواقع حزب العمال",
     ERV, AIR, TUR, PKK, "", "TR", "2015-07-24", "3", "", "", "Al Weeam", "reported",
     "aggregate: since Ankara launched its 'war on terror' on 24 July (against Kurdish rebels and IS) Turkey has "
     "concentrated its air raids on PKK positions (no place named -> location empty; dated at the campaign's start, "
     "precision 3, as the spent CN-20 'Olive Branch' aggregate). Country TR, the only frame the sentence gives ('Turkey is "
     "seeing violence linked to the PKK'); adjudicated: first IQ from general knowledge (the raids hit mainly PKK camps in "
     "northern Iraq), which the text does not say. The article's news (Zarif's postponed visit) is diplomatic. Not coded: "
     "the generic 'violence linked especially to the PKK' in Turkey (adjudicated: first its own aggregate Armed clash row, "
     "dropped as generic, no actor direction, place or toll, and partly this same campaign), Turkey's agreement to let the "
     "US-led coalition use Incirlik air base (inter-state cooperation, undated)"),
    (W1057, "ثلاث غارات فقط", "فيما اعلنت عن ثلاث غارات فقط على الجهاديين",
     ERV, AIR, TUR, "Islamic State", "", "SY", "2015-07-24", "3", "", "", "Al Weeam", "reported",
     "aggregate: Turkey announced only three air raids on the jihadists (IS fighters 'in Syria') since 24 July "
     "(three raids in one sentence, no place or day each -> one aggregate row)"),
    (W1640, "أحكمت", "أحكمت عناصر المقاومة الشعبية سيطرتها",
     BAT, GRT, RES, HOU, "Al Anad Triangle", "YE", "2015-07-21", "2", "", "", "Sky News Arabia (via Al Weeam)", "reported",
     "title: the popular resistance took full control of the al-Anad triangle next to al-Anad air base in the south (the "
     "road to al-Dhale, Lahij and Taiz), seized four tanks of the gunmen and besieged a camp north of the base (folded); "
     "pro-Hadi popular resistance -> Yemeni Resistance (spent naming), Houthis and Saleh's forces -> Houthis; no day -> "
     "DCT, precision 2; adjudicated: location 'Al Anad Triangle', the place named (first 'Al Anad'; B's ', Lahij' not "
     "added: Lahij is named only as a destination of the road)"),
    (W1640, "قصف مدفعي للحوثيين", "في قصف مدفعي للحوثيين على منطقة دار سعد",
     ERV, SHELL, HOU, CIVYE, "Dar Saad, Aden", "YE", "2015-07-21", "2", "6", "exact", "Sky News Arabia (via Al Weeam)", "reported",
     "6 civilians killed and others wounded by Houthi artillery shelling of the Dar Saad area of Aden (no day -> DCT, "
     "precision 2)"),
    (W1640, "تحرير عدن", "في تحرير عدن من ميليشيات الحوثيين",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-21", "2", "", "", "Sky News Arabia (via Al Weeam)", "reported",
     "background: 'a short time' before the shelling the popular resistance loyal to Hadi succeeded in liberating Aden "
     "from the Houthi militias and Saleh's forces (no day -> DCT; 'a short time' before -> precision 2, within days; kept in "
     "adjudication against B's 3)"),
    (W1640, "رأس عيسى", "مواقع الدفاع الجوي في منطقة رأس عيسى",
     ERV, AIR, COAL, HOU, "Ras Isa, Al Hudaydah", "YE", "2015-07-21", "2", "", "", "Sky News Arabia (via Al Weeam)", "reported",
     "coalition aircraft bombed air-defence sites in Ras Isa and al-Salif north of Hodeidah (two named places -> two rows; "
     "the sites' holders are not named, Houthis/Saleh side -> Houthis; no day -> DCT, precision 2)"),
    (W1640, "والصليف", "رأس عيسى والصليف",
     ERV, AIR, COAL, HOU, "As Salif, Al Hudaydah", "YE", "2015-07-21", "2", "", "", "Sky News Arabia (via Al Weeam)", "reported",
     "coalition strikes on air-defence sites in al-Salif (see the Ras Isa row)"),
    (W1640, "اشتباكات عنيفة", "والسبت اندلعت اشتباكات عنيفة في شوارع تعز",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-07-18", "1", "", "", "Sky News Arabia (via Al Weeam)", "reported",
     "Saturday (DCT Tuesday 21 July -> 18 July): violent clashes in the streets of Taiz between the resistance forces and "
     "the Houthi militias and their allies of Saleh's forces. Not coded: 'more than 3500 killed in the fighting Yemen has "
     "seen for about 4 months' (a whole-war toll with no actor or place)"),
    (A82, "لقي حتفه", "لقي حتفه حين سقط من سطح مبنى",
     VAC, "Attack", "Police Forces of Israel", "Civilians (Palestine)", "Qalandiya", "PS", "2015-07-27", "1", "1", "exact",
     "Israeli police spokeswoman; eyewitness Shadi Awad (via Reuters)", "reported",
     "today (Monday): a 19-year-old Palestinian (Mohammed Abu Latifa), wanted on suspicion of planning an attack, died in "
     "Qalandia while fleeing Israeli police, who fired at his legs; police say he fell from a roof, an eyewitness says the "
     "shots killed him (the death is stated as fact, only its cause is contested -> reported; no armed resistance "
     "described -> Violence against civilians/Attack; adjudicated: spelling 'Qalandiya', the usual gazetteer form, first "
     "'Qalandia')"),
    (A82, "قتلت ثلاثة فلسطينيين", "قد قتلت ثلاثة فلسطينيين بالضفة",
     VAC, "Attack", "Military Forces of Israel", "Civilians (Palestine)", "West Bank", "PS", "2015-07-20", "3", "3", "exact",
     "Asharq Al-Awsat", "reported",
     "aggregate: Israeli forces killed three Palestinians in the West Bank in the last week in raids they said were meant "
     "to foil attacks ('last week' -> DCT-7; aggregate -> precision 3)"),
    (R1639, "قتل أربعة جنود", "قتل أربعة جنود أوكرانيين خلال 24 ساعة",
     BAT, CLASH, SEP, UKR, "", "UA", "2015-08-06", "2", "4", "exact",
     "Andriy Lysenko (Ukrainian army spokesman)", "reported",
     "title: four Ukrainian soldiers killed and 15 wounded in 24 hours of 'fierce battles and shelling' by the separatist "
     "forces in the pro-Russian separatist east (stated by the outlet as Kiev announced -> reported; no place -> "
     "location empty; 24 hours before the announcement, no day -> DCT, precision 2). Not coded: Monday's failed Minsk "
     "meeting on withdrawing weapons (talks without agreement), the conflict's 6800 dead in 15 months (aggregate starting "
     "more than 12 months before the DCT), the truce's 'bloody violations' (generic). Adjudicated: separatist forces -> "
     "'NAF: United Armed Forces of Novorossiya', ACLED's name for the separatist forces of both self-declared republics "
     "(from B; first 'Separatists (Ukraine)', and 'LPR: ...' for the Luhansk row); same change in the other 4 Ukraine rows"),
    (R1639, "دونيتسك", "تقع على مقربة من دونيتسك",
     ERV, SHELL, SEP, "Civilians (Ukraine)", "Donetsk", "UA", "2015-08-02", "1", "", "", "Andriy Lysenko (Ukrainian army spokesman)", "claimed",
     "Sunday (DCT Thursday 6 August -> 2 August) was 'very tense'; the spokesman accused the separatists of shelling 'four "
     "populated neighbourhoods' near Donetsk and Mariupol (an accusation by a party -> claimed; two named places -> two "
     "rows; populated districts -> Civilians; the accusation is the content of Sunday's stated tension -> precision 1, "
     "kept in adjudication against B's 2)"),
    (R1639, "وماريوبول", "معقلهم الرئيسي وماريوبول",
     ERV, SHELL, SEP, "Civilians (Ukraine)", "Mariupol", "UA", "2015-08-02", "1", "", "", "Andriy Lysenko (Ukrainian army spokesman)", "claimed",
     "the shelling of populated neighbourhoods near Mariupol (see the Donetsk row)"),
    (R1639, "ستانيستسا لوغانسكا", "منطقة ستانيستسا لوغانسكا",
     ERV, SHELL, SEP, "", "Stanytsia Luhanska", "UA", "2015-08-06", "2", "", "",
     "Andriy Lysenko (Ukrainian army spokesman)", "claimed",
     "the separatists in Luhansk targeted the Stanytsia Luhanska area, about 10 km from them, with 152 mm artillery (the "
     "spokesman's account -> claimed; target not said -> actor2 empty; no day -> DCT, precision 2; the Luhansk separatists "
     "-> NAF, adjudicated, first 'LPR: Luhansk People's Republic')"),
    (R1639, "مينسك 2", "بعد توقيع اتفاقات سلام مينسك 2",
     SD, "Agreement", "Government of Ukraine", SEP, "Minsk", "BY", "2015-02-01", "3", "", "", "Al Riyadh", "reported",
     "background: a truce reached in mid-February after the signing of the Minsk 2 peace agreements (also 'the agreements "
     "concluded in Minsk in February' with German-French mediation: same event, one row; February 2015, within 12 months "
     "-> 1 February, precision 3; signed in Minsk -> location Minsk, BY)"),
    (W850, "اشتباكات عنيفة", "جنوب اليمن بعد اشتباكات عنيفة",
     BAT, CLASH, RES, HOU, "Lakmat Arsh, Sanah", "YE", "2015-08-02", "1", "13", "exact",
     "Al Weeam; military sources in the popular resistance", "reported",
     "Sunday (the DCT): a prominent Houthi commander, Abu Hamza al-Sanhani, commander of the so-called Husayn Brigades, and "
     "12 of his escorts were killed by the southern popular resistance at Lakmat Arsh, Sanah area, al-Dhale governorate, "
     "after violent clashes: the resistance lured 30 Houthi and Saleh Republican Guard fighters trying to infiltrate and "
     "ambushed them, killing 13 (stated by the outlet in the lead -> reported; southern popular resistance -> Yemeni "
     "Resistance, Houthis + Saleh's Republican Guard -> Houthis). Folded: the pursuit of the rest towards Qatabah and the "
     "resistance armour's targeting of the remaining militias in Sanah"),
    (E197, "للتفجير الانتحاري", "إدانته للتفجير الانتحاري الذي استهدف مسجد",
     ERV, SUI, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "13", "exact",
     "Saudi Interior Ministry statement", "reported",
     "the suicide bombing of the Emergency Forces mosque in the Asir region (18 km to the north, as the text puts it) "
     "during noon prayers killed ten security men and three workers at the site and wounded nine (10 + 3 = 13, the "
     "Interior Ministry's statement); perpetrator not named in the text -> Unidentified armed group; Emergency Forces "
     "(Interior Ministry) -> Police Forces of Saudi Arabia; no day in the text -> DCT, precision 2. Not coded: the "
     "Twitter condemnation campaign (commentary). Adjudicated: location 'Asir' (first 'Emergency Forces mosque, Asir'), the "
     "region as in the spent SK-1473 Asir checkpoint row: the mosque is not a gazetteer place"),
    (R796, "تفجير في مدينة أبها", "ما حصل من تفجير في مدينة أبها",
     ERV, "Remote explosive/landmine/IED", UAG, "", "Abha", "SA", "2015-08-10", "3", "", "", "Al Riyadh (opinion column)", "reported",
     "background: an opinion column on 'what happened of a bombing in the city of Abha', the bombers having made 'houses "
     "of God' the scene of their crimes (the Emergency Forces mosque bombing; no toll). Adjudicated, all from B: the "
     "column says only 'bombing' -> Remote explosive/landmine/IED (first Suicide bomb from the event's other reports; "
     "sub-types follow the article's text, Suicide bomb only where it says 'suicide', as aleqtisadiya-197); victims not "
     "described -> actor2 empty (first Police Forces of Saudi Arabia); no temporal word at all in a column, not a breaking "
     "report -> DCT, precision 3 by the written rule (first 2); location 'Abha' (first 'Emergency Forces mosque, Abha')"),
    (R560, "للتفجير الإرهابي", "الإدانات الرسمية والشعبية للتفجير الإرهابي",
     ERV, "Remote explosive/landmine/IED", UAG, POLSA, "Abha", "SA", "2015-08-06", "1", "15", "about", "Al Riyadh", "reported",
     "background: last Thursday (DCT Sunday 9 August -> 6 August) the terrorist bombing of the Emergency Forces mosque "
     "in Abha (also 'in the city of Asir') killed about 15 'martyrs' and wounded dozens (the text says only 'bombing' -> "
     "Remote explosive/landmine/IED, adjudicated from B, first Suicide bomb from the event itself; location 'Abha', "
     "adjudicated, first 'Emergency Forces mosque, Abha'; the mosque is used by Emergency Forces members -> Police Forces "
     "of Saudi Arabia). Not coded: the Kuwaiti MPs' condemnations, the mosque bombing in Kuwait 'in the recent past' "
     "(undated mention in a quote: 'what happened in the recent past in Kuwait'; kept out in adjudication against B's "
     "background row, as the undated mentions events16 left out)"),
    # ---- set b (no text filter) ----
    (J461, "غارات شنتها قوات التحالف", "جراء غارات شنتها قوات التحالف العربي على مدينة المخأ",
     ERV, AIR, COAL, CIVYE, "Al Mukha, Taiz", "YE", "2015-07-25", "1", "50", "exact",
     "Yemeni Ministry of Health source (via DPA); local sources", "reported",
     "title: 50 civilians killed and dozens wounded by coalition air strikes on the city of al-Mukha (Mokha), Taiz "
     "governorate: early yesterday (DCT Sunday 26 July -> Saturday 25 July) coalition aircraft hit the residential "
     "compound of the power station's workers, home to engineers' families and displaced families ('the toll may rise' "
     "-> the stated 50, exact). Folded (adjudicated, as B): the strikes on the air-defence and coast-guard camp, the "
     "coastal-defence camp and the anti-smuggling centre, same place and day (first its own row, actor2 Houthis; the "
     "written rule makes only differently named places separate strike rows). Location 'Al Mukha, Taiz' (town, "
     "governorate, as the text's 'مدينة المخأ بمحافظة تعز' and the Wadi Dofas/Akad rows; adjudicated, first 'Al Mukha')"),
    (J461, "منذ 26 آذار", "منذ 26 آذار/ مارس الماضي",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "", "Al Jazirah (DPA)", "reported",
     "aggregate: the coalition has been carrying out air raids on Yemen since 26 March, targeting the positions of the "
     "Houthis and of the forces loyal to ex-president Saleh (ongoing campaign, recent background, as the spent CN-20 "
     "'Olive Branch' aggregate; dated at its start, precision 3)"),
    (J461, "وادي دوفس", "على وادي دوفس في محافظة أبين",
     ERV, AIR, COAL, HOU, "Wadi Dofas, Abyan", "YE", "2015-07-25", "2", "", "", "local Yemeni sources (via DPA)", "reported",
     "local sources said yesterday (Saturday) that three coalition air strikes on Wadi Dofas, Abyan, killed and wounded "
     "Houthi and Saleh forces and destroyed several of their military vehicles ('قتلى وجرحى', no number -> empty; one place "
     "-> one row; reported on Saturday, strike time not stated -> 25 July, precision 2; spelling 'Dofas' kept against B's "
     "'Dufas', a transliteration variant)"),
    (J461, "عكد", "في جبهة «عكد» بمحافظة أبين",
     BAT, CLASH, HOU, RES, "Akad, Abyan", "YE", "2015-07-25", "2", "", "", "local Yemeni sources (via DPA)", "reported",
     "violent clashes between the Houthis and Saleh's forces and the popular resistance on the Akad front, Abyan, after the "
     "Houthis tried to advance (the attacker -> actor1), sending reinforcements from Mukayras (al-Bayda) towards Akad and "
     "Lawdar (folded); same sources as Saturday's report -> 25 July, precision 2"),
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
