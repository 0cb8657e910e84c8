"""Bookkeeping helper for annotator B's blind annotation of event set 19: writes events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence
number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills
dct from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and header layout copied from /work/main/tests/data/heldout/events16/addrows.py.
Run: python3 /work/fresh/events19/second/make_b.py"""
import collections, os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)


def sample_line():
    rows = [l.split("\t") for l in open(os.path.join(SET, "ids.txt"), encoding="utf-8").read().splitlines()[1:]]
    parts = {}
    for aid, part, _, _ in rows:
        parts.setdefault(part, collections.Counter())[aid.split("-")[1]] += 1
    return "; ".join(part + ": " + ", ".join(f"{k} {v}" for k, v in sorted(c.items())) for part, c in sorted(parts.items()))


HEADER = """# Hand-annotated ACLED-style EVENT gold set 19 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, Saudi newspapers, July-August 2015; 120-800 words by len(content.split()), non-empty title, id not in /work/fresh/sn_used.txt), as in sample.py: (a) 10 whose title+content matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(SEED_A).shuffle of the pool indices, walked in order; (b) 10 with no text filter: random.Random(SEED_B).shuffle, walked in order, >=3 sources. The seeds are command-line arguments of sample.py and are recorded neither in sample.py nor in ids.txt (not known to annotator B). Got, by source: SAMPLE_COUNTS.
# Hand annotation by reading texts/<id>.txt (= title + "\\n" + text); no extractor or project code was opened or run. second/make_b.py only writes typed rows and converts a hand-copied context snippet into the trigger's occurrence number.
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

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
GRT = "Government regains territory"
CLASH = "Armed clash"
RES = "Yemeni Resistance"
COAL = "Saudi-led coalition"
HOU = "Houthis"
UAG = "Unidentified armed group"
TUR = "Military Forces of Turkey"
NAF = "NAF: United Armed Forces of Novorossiya"
POLSA = "Police Forces of Saudi Arabia"
W1057 = "SN-alweeam-20150811-1057"
W1640 = "SN-alweeam-20150721-1640"
A82 = "SN-aawsat-20150727-82"
R1639 = "SN-alriyadh-20150806-1639"
J351 = "SN-aljazirah-20150811-351"
W850 = "SN-alweeam-20150802-850"
E197 = "SN-aleqtisadiya-20150807-197"
R796 = "SN-alriyadh-20150810-796"
R560 = "SN-alriyadh-20150809-560"
J461 = "SN-aljazirah-20150726-461"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (W1057, "غاراتها", "غير انها ركزت غاراتها على مواقع حزب العمال",
     ERV, AIR, TUR, "PKK: Kurdistan Workers Party", "", "TR", "2015-07-24", "3", "", "",
     "Al Weeam", "reported",
     "aggregate: since Ankara launched its 'war on terror' on 24 July, Turkey has concentrated its air strikes on PKK "
     "positions (no place, count or toll given -> location empty; country TR because the sentence is about the "
     "PKK-linked violence Turkey is seeing; the text does not say where the positions are). Article's news: Zarif's "
     "visit to Turkey postponed (diplomatic, not coded). Not coded: the generic PKK-linked violence in Turkey, Turkey's "
     "agreement to cooperate with the US and to let the US-led coalition use Incirlik air base (state-to-state "
     "military cooperation, no ACLED event; borderline), Zarif's article, the Turkish/Iranian positions on Syria"),
    (W1057, "ثلاث غارات", "اعلنت عن ثلاث غارات فقط على الجهاديين",
     ERV, AIR, TUR, "Islamic State", "", "SY", "2015-07-24", "3", "", "",
     "Al Weeam", "reported",
     "aggregate: in the same campaign since 24 July, Turkey announced only three air strikes on the jihadists (the "
     "'Daesh fighters in Syria' of the previous sentence -> SY, no place named). Kept reported: the outlet uses the "
     "announced count as a fact about the campaign (alternative: claimed)"),
    (W1640, "سيطرتها", "أحكمت عناصر المقاومة الشعبية سيطرتها على مثلث العند المجاور",
     BAT, GRT, RES, HOU, "Al Anad Triangle, Lahij", "YE", "2015-07-21", "2", "", "",
     "Al Weeam; Sky News Arabia", "reported",
     "title: the popular resistance tightened its control of the al-Anad triangle next to al-Anad air base (the road to "
     "al-Dhalea, Lahij and Taiz) (popular resistance loyal to Hadi -> Yemeni Resistance, spent naming; pro-government "
     "capture -> Government regains territory as the spent joint-forces rows; no day -> DCT, precision 2). Folded: the "
     "four tanks seized and the siege of a camp north of the base (same place and days). The Houthis' allies, Saleh's "
     "forces, are named in the article -> note only"),
    (W1640, "قصف مدفعي", "في قصف مدفعي للحوثيين على منطقة دار سعد",
     ERV, SHELL, HOU, "Civilians (Yemen)", "Dar Saad, Aden", "YE", "2015-07-21", "2", "6", "exact",
     "Al Weeam; Sky News Arabia", "reported",
     "6 civilians killed and others wounded in Houthi artillery shelling on Dar Saad, Aden (no day -> DCT, precision 2)"),
    (W1640, "تحرير عدن", "في تحرير عدن من ميليشيات الحوثيين",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-21", "3", "", "",
     "Sky News Arabia (via Al Weeam)", "reported",
     "background: the shelling came shortly after the popular resistance loyal to Hadi succeeded in 'liberating' Aden "
     "from the Houthi militias and the forces of ex-president Saleh (recent, no day -> DCT, precision 3)"),
    (W1640, "رأس عيسى", "في منطقة رأس عيسى والصليف",
     ERV, AIR, COAL, HOU, "Ras Isa, Al Hudaydah", "YE", "2015-07-21", "2", "", "",
     "Al Weeam; Sky News Arabia", "reported",
     "coalition aircraft struck air-defence positions in Ras Isa (and al-Salif), north of Hodeidah city (two named "
     "places -> two rows; Houthi/Saleh-held positions -> actor2 Houthis; no day -> DCT, precision 2)"),
    (W1640, "والصليف", "في منطقة رأس عيسى والصليف",
     ERV, AIR, COAL, HOU, "As Salif, Al Hudaydah", "YE", "2015-07-21", "2", "", "",
     "Al Weeam; Sky News Arabia", "reported",
     "coalition air strikes on air-defence positions in al-Salif, north of Hodeidah (the second named place of the "
     "Ras Isa sentence -> own row)"),
    (W1640, "اندلعت اشتباكات عنيفة", "والسبت اندلعت اشتباكات عنيفة في شوارع تعز",
     BAT, CLASH, RES, HOU, "Taiz", "YE", "2015-07-18", "1", "", "",
     "Al Weeam; Sky News Arabia", "reported",
     "Saturday (DCT Tuesday 21 July -> 18 July): violent clashes in the streets of Taiz between the resistance forces "
     "and the Houthi militias and their allies of Saleh's forces. Not coded: 'more than 3,500 killed in the fighting "
     "Yemen has seen for about 4 months' (a country-wide toll with no perpetrator, event kind or place, as the spent "
     "events17 Lowcock and FR-1795 tolls)"),
    (A82, "مقتل فلسطيني", "تضارب للأنباء حول مقتل فلسطيني",
     VAC, "Attack", "Police Forces of Israel", "Civilians (Palestine)", "Qalandiya", "PS", "2015-07-27", "1", "1", "exact",
     "Israeli police spokeswoman; eyewitness Shadi Awad (via Reuters)", "reported",
     "title: today (Monday) a 19-year-old Palestinian (Mohammed Abu Latifa, per Qalandiya residents), wanted on "
     "suspicion of planning an attack, died during a police pursuit in Qalandiya, West Bank: the police say he fell "
     "from a roof while fleeing after they shot him in the legs; an eyewitness says the shots killed him (the death and "
     "the police fire are in both accounts -> reported; conflicting accounts in the note; the victim is not described "
     "as armed -> Violence against civilians/Attack rather than an arrest)"),
    (A82, "قتلت ثلاثة فلسطينيين", "قد قتلت ثلاثة فلسطينيين بالضفة",
     VAC, "Attack", "Military Forces of Israel", "Civilians (Palestine)", "West Bank", "PS", "2015-07-20", "3", "3",
     "exact", "Asharq Al-Awsat (Reuters)", "reported",
     "aggregate: Israeli forces killed three Palestinians in the West Bank in the past week in raids they said aimed to "
     "foil attacks ('في الاسبوع الاخير' -> DCT-7, precision 3 as an aggregate; victims' status not stated -> Civilians "
     "(Palestine))"),
    (R1639, "24 ساعة من المعارك", "خلال 24 ساعة من المعارك في شرق",
     BAT, CLASH, NAF, "Military Forces of Ukraine", "", "UA", "2015-08-06", "2", "4", "exact",
     "Ukrainian army spokesman Andriy Lysenko", "reported",
     "title: four Ukrainian soldiers killed and 15 wounded in 24 hours of 'fierce battles and shelling' by the "
     "separatist forces in the pro-Russian separatist east (no place named -> location empty; 'as Kyiv announced', "
     "stated by the outlet -> reported; no day -> DCT, precision 2; separatist forces of the two self-declared "
     "republics -> NAF, ACLED's name). Not coded: Monday's failed Minsk meeting on a buffer zone (no agreement reached), "
     "the separatists' accusation that Kyiv aborted it, the 6,800 killed in 15 months (aggregate starting more than 12 "
     "months before the DCT, and a country-wide toll), the truce's 'bloody violations' (generic)"),
    (R1639, "بقصف", "متهماً الانفصاليين بقصف",
     ERV, SHELL, NAF, "Civilians (Ukraine)", "Donetsk", "UA", "2015-08-02", "2", "", "",
     "Ukrainian army spokesman Andriy Lysenko", "claimed",
     "the spokesman said the conflict zone saw 'severe tension on Sunday' (DCT Thursday 6 August -> 2 August; the "
     "shelling's own day is only implied -> precision 2), accusing the separatists of shelling 'four inhabited "
     "neighbourhoods' near Donetsk and Mariupol (accusation by a party -> claimed; two named places -> two rows, "
     "neighbourhoods not split)"),
    (R1639, "وماريوبول", "معقلهم الرئيسي وماريوبول",
     ERV, SHELL, NAF, "Civilians (Ukraine)", "Mariupol", "UA", "2015-08-02", "2", "", "",
     "Ukrainian army spokesman Andriy Lysenko", "claimed",
     "the same accusation: separatist shelling of inhabited neighbourhoods near Mariupol, the strategic port still held "
     "by government forces (second named place -> own row)"),
    (R1639, "استهدفوا بمدفعية", "استهدفوا بمدفعية من عيار 152",
     ERV, SHELL, NAF, "", "Stanytsia Luhanska", "UA", "2015-08-06", "2", "", "",
     "Ukrainian army spokesman Andriy Lysenko", "claimed",
     "the spokesman said the separatists in Luhansk targeted the Stanytsia Luhanska area, about 10 km away, with 152 mm "
     "artillery (no victims or target described -> actor2 empty; no day -> DCT, precision 2)"),
    (R1639, "أبرمت في مينسك", "الاتفاقات التي أبرمت في مينسك في فبراير",
     SD, "Agreement", "Government of Ukraine", NAF, "Minsk", "BY", "2015-02-01", "3", "", "",
     "Al Riyadh", "reported",
     "background: the Minsk agreements concluded in February with German-French mediation (heavy weapons >= 100 mm to "
     "be withdrawn from the front line; the mid-February truce after the signing of Minsk 2 is the same agreement, "
     "folded) (February 2015, within 12 months -> 1 February, precision 3)"),
    (J351, "بالتفجير في المساجد", "والآن بدأت داعش بالتفجير في المساجد",
     ERV, IED, "Islamic State", "Civilians (Saudi Arabia)", "", "SA", "2015-08-11", "3", "", "",
     "Al Jazirah (opinion column)", "reported",
     "aggregate: opinion column: 'now Daesh has begun bombing mosques' in the Kingdom, Daesh having claimed all the "
     "mosque bombings and attacks on facilities and individuals in the country (recent, undated, no place or count -> "
     "DCT, precision 3; method not stated beyond 'bombing' -> Remote explosive/landmine/IED; borderline: a generic "
     "mention in commentary, coded by the aggregate rule since actor, kind and country are named). Not coded: al-Qaeda's "
     "attacks on Americans' compounds, on an Interior Ministry building and the al-Muhaya compound bombing (2003-04, "
     "more than 12 months before the DCT), the preachers' silence (commentary)"),
    (W850, "اشتباكات عنيفة", "الضالع جنوب اليمن بعد اشتباكات عنيفة",
     BAT, CLASH, RES, HOU, "Lakmat Arsh, Sanah", "YE", "2015-08-02", "1", "13", "exact",
     "military sources in the popular resistance", "reported",
     "title: on Sunday (= DCT) the southern popular resistance killed a prominent Houthi commander, Abu Hamza "
     "al-Sanhani of the 'Husayn Brigades', and 12 of his companions after violent clashes at Lakmat Arsh, Sanah area, "
     "al-Dhalea governorate: 30 Houthi 'Husayn Brigades' and Saleh Republican Guard fighters trying to infiltrate were "
     "drawn into an ambush, 13 killed including the commander (lead stated by the outlet -> reported; southern popular "
     "resistance -> Yemeni Resistance, spent naming). Folded: the pursuit of the rest fleeing towards Qataba district "
     "and the resistance armour's targeting of the remaining militia in the Sanah areas (same battle and day)"),
    (E197, "للتفجير الانتحاري", "إدانته للتفجير الانتحاري الذي استهدف",
     ERV, "Suicide bomb", UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "13", "exact",
     "Saudi Interior Ministry (statement)", "reported",
     "the suicide bombing of the Emergency Forces mosque 18 km north in the Asir region during the noon prayer: ten "
     "security men and three workers at the site killed (10 + 3 = 13), nine wounded (per the Interior Ministry "
     "statement; perpetrator not named in the text -> Unidentified armed group; Emergency Forces, a security force -> "
     "Police Forces of Saudi Arabia; day not stated -> DCT, precision 2). Not coded: the Twitter hashtag campaign "
     "condemning it (online, no demonstration), officials' tweets (commentary)"),
    (R796, "تفجير في مدينة أبها", "ما حصل من تفجير في مدينة أبها",
     ERV, IED, UAG, "", "Abha", "SA", "2015-08-10", "3", "", "",
     "Al Riyadh (opinion column)", "reported",
     "background: opinion column: 'what happened of a bombing in the city of Abha', the 'bombers' having made the "
     "houses of God (a mosque) the theatre of their crimes (no day, toll or victims stated -> DCT, precision 3, actor2 "
     "empty; method only 'bombing' -> Remote explosive/landmine/IED). Rest of the column: commentary"),
    (R560, "للتفجير الإرهابي", "للتفجير الإرهابي الذي استهدف مسجد الطوارئ",
     ERV, IED, UAG, POLSA, "Abha", "SA", "2015-08-06", "1", "15", "about",
     "Al Riyadh", "reported",
     "the terrorist bombing of the Emergency Forces mosque in Abha 'last Thursday' (DCT Sunday 9 August -> 6 August), "
     "about 15 killed and dozens wounded ('نحو 15' -> about); a mosque frequented by Emergency Forces members -> "
     "Police Forces of Saudi Arabia; perpetrator not named -> Unidentified armed group; method only 'bombing' in this "
     "text -> Remote explosive/landmine/IED. Article's news: Kuwaiti MPs' condemnations (not coded)"),
    (R560, "تفجير للمساجد", "في الكويت من تفجير للمساجد",
     ERV, IED, UAG, "Civilians (Kuwait)", "", "KW", "2015-08-09", "3", "", "",
     "Adel al-Kharafi (Kuwaiti National Assembly secretary)", "reported",
     "background: 'what happened in the recent past in Kuwait, the bombing of mosques' (a recent mosque bombing in "
     "Kuwait, undated, no place or toll -> location empty, DCT, precision 3; worshippers -> Civilians (Kuwait); a "
     "non-party MP's mention of a past fact -> reported)"),
    # ---- set b (no text filter) ----
    (J461, "غارات شنتها", "جراء غارات شنتها قوات التحالف العربي على مدينة المخأ",
     ERV, AIR, COAL, "Civilians (Yemen)", "Al Mukha, Taiz", "YE", "2015-07-25", "1", "50", "exact",
     "Yemeni Health Ministry source (via DPA); local sources", "reported",
     "title: 50 civilians killed (toll may rise, dozens wounded) by coalition air strikes on Mokha city, Taiz "
     "governorate; per local sources the aircraft hit early 'yesterday' (DCT Sunday 26 July -> Saturday 25 July) the "
     "residential compound of the power station's workers, housing engineers' families and displaced families. Folded: "
     "the strikes on the air-defence and coast-guard camp, the coastal-defence camp and the anti-smuggling centre in "
     "Mokha (same place and day)"),
    (J461, "شن غاراتها الجوية", "وتواصل قوات التحالف شن غاراتها الجوية على اليمن",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "",
     "Al Jazirah (DPA)", "reported",
     "aggregate: the coalition has continued its air strikes on Yemen since 26 March, targeting Houthi positions and "
     "the forces loyal to ex-president Saleh (start day stated -> 26 March, precision 3 as an aggregate; within 12 "
     "months of the DCT)"),
    (J461, "وادي دوفس", "على وادي دوفس في محافظة أبين",
     ERV, AIR, COAL, HOU, "Wadi Dufas, Abyan", "YE", "2015-07-25", "2", "", "",
     "local Yemeni sources (via DPA)", "reported",
     "three coalition air strikes on Wadi Dufas, Abyan, caused dead and wounded among the Houthi and Saleh forces and "
     "destroyed several of their military vehicles ('قتلى وجرحى' -> fatalities empty; reported by the sources on "
     "Saturday 25 July, the strikes' own day not stated -> precision 2)"),
    (J461, "اشتباكات عنيفة", "اشتباكات عنيفة اندلعت بين الحوثيين",
     BAT, CLASH, HOU, RES, "Akad, Abyan", "YE", "2015-07-25", "2", "", "",
     "local Yemeni sources (via DPA)", "reported",
     "violent clashes between the Houthis and Saleh's forces on one side and the popular resistance on the other on the "
     "Akad front, Abyan, after a Houthi attempt to advance (Houthis initiating -> actor1; the same sources' Saturday "
     "report -> 25 July, precision 2). Folded: the Houthi reinforcements sent from Mukayras (al-Bayda) towards the Akad "
     "and Lawdar fronts"),
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
    head = HEADER.replace("SAMPLE_COUNTS", sample_line())
    lines = [head.rstrip("\n"), "\t".join(COLS)]
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
