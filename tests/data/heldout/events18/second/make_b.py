"""Bookkeeping helper for annotator B of the events18 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions and HEADER layout copied from /work/main/tests/data/heldout/events16/addrows.py.
Run: python3 /work/fresh/events18/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 18 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-26 (UTC).
# Sample: sample.py -> ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, not drawn for another stop-23 set), as in sample.py: (a) 10 whose title+text matches a generic list of conflict/protest words (CONFLICT in sample.py): random.Random(2730).shuffle of pool indices, walked in order; (b) 10 with no text filter: random.Random(2731).shuffle, walked in order, >=3 sources (got, by source, a: aawsat 4, aleqtisadiya 1, alriyadh 1, alwatan 1, alweeam 1, okaz 1, sabq 1; b: 3alyoum 1, aleqtisadiya 1, aljazirah 1, almadina 2, alriyadh 1, alwatan 1, alyaum 2, okaz 1).
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
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
IED = "Remote explosive/landmine/IED"
SHELL = "Shelling/artillery/missile attack"
RES = "Yemeni Resistance"
HOU = "Houthis"
CIVYE = "Civilians (Yemen)"
OK1984 = "SN-okaz-20150724-1984"
AW175 = "SN-aawsat-20150802-175"
AW270 = "SN-aawsat-20150731-270"
WE1144 = "SN-alweeam-20150810-1144"
OK2948 = "SN-okaz-20150806-2948"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (OK1984, "تبادل خطير لإطلاق النار", "في تبادل خطير لإطلاق النار أمس",
     BAT, CLASH, "Islamic State", "Military Forces of Turkey", "Kilis", "TR", "2015-07-23", "1", "2", "exact",
     "Turkish General Staff (statement)", "reported",
     "'yesterday' (DCT Friday 24 July -> 23 July): a Turkish soldier and an ISIS member killed in an exchange of fire "
     "across the Turkish-Syrian border near Kilis (southern Turkey); five ISIS members in Syria opened fire on a forward "
     "Turkish army post (-> ISIS actor1), killing an NCO and wounding two soldiers; Turkish fire killed one ISIS member "
     "and damaged three of its vehicles (1 soldier + 1 ISIS member -> 2 exact; the lead states it as fact -> reported). "
     "Not coded: the US official's announcement that Turkey allowed the US-led coalition to use Incirlik and other "
     "bases for strikes on ISIS (base-access permission between states, no event on the ground; borderline), the "
     "coalition's strikes on ISIS mentioned generically"),
    (OK1984, "هجوم انتحاري", "بعد ثلاثة أيام على هجوم انتحاري نفذه تنظيم داعش",
     ERV, "Suicide bomb", "Islamic State", "", "", "TR", "2015-07-20", "1", "", "",
     "Okaz", "reported",
     "background: the clash came three days after a suicide attack carried out by ISIS (23 July - 3 days -> 20 July, "
     "precision 1); the text names neither place nor target nor toll -> location, actor2 and fatalities empty; country "
     "Turkey from the article's context (Turkey's war on ISIS)"),
    (AW175, "فتحت النار دون تمييز", "إن قوات الأمن الهندية فتحت النار دون تمييز",
     BAT, CLASH, "Military Forces of India", "Military Forces of Pakistan", "Bajwat, Punjab", "PK", "2015-08-01", "2",
     "", "", "Pakistani paramilitary forces sources", "claimed",
     "digest item: Pakistani paramilitary sources said on Saturday (DCT Sunday 2 August -> 1 August) that Indian security "
     "forces fired indiscriminately on the Bajwat sector, Punjab province (eastern Pakistan, on the border), in breach of "
     "the ceasefire, and that the paramilitary forces responded forcefully, forcing the Indian forces to stop firing "
     "(exchange of fire across the border -> Armed clash; the day of the firing is not stated, only the day of the "
     "statement -> 1 August, precision 2; only one party's account -> claimed; paramilitary Rangers -> Military Forces of "
     "Pakistan). Not coded: the frequent exchanges of fire along the border and the Line of Control (generic)"),
    (AW175, "ألقوا القبض", "إن مسؤولين في الكاميرون ألقوا القبض على ثلاثة مشتبه بهم",
     SD, "Arrests", "Police Forces of Cameroon", "Boko Haram", "Maroua", "CM", "2015-08-01", "2", "", "",
     "security sources; a senior local government official", "claimed",
     "digest item: security sources said yesterday (DCT Sunday 2 August -> 1 August) that officials in Cameroon arrested "
     "three suspects, suspected Boko Haram militants planning a new attack, carrying a bag of home-made explosive devices "
     "in the city of Maroua (seizure of the explosives folded; arresting force not named -> Police Forces of Cameroon; "
     "arrest day not stated -> statement day, precision 2; only the security sources' account -> claimed, as the "
     "events16 adjudicated SK-1473 arrests)"),
    (AW175, "تفجيرات نفذها انتحاريون", "في تفجيرات نفذها انتحاريون يشتبه",
     ERV, "Suicide bomb", "Boko Haram", "Civilians (Cameroon)", "Maroua", "CM", "2015-07-26", "2", "40", "at_least",
     "Asharq Al-Awsat (security sources)", "reported",
     "background: last week (DCT 2 August - 7 -> 26 July, precision 2) at least 40 people were killed in Maroua in "
     "bombings carried out by suicide bombers suspected of belonging to Boko Haram (several bombings in one city and "
     "week -> one row; suspected Boko Haram -> Boko Haram, suspicion in note). Not coded: Hungary's asylum laws and "
     "the Serbian border fence (migration policy), the Chinese army's warning about border risks (statement, not the news "
     "of an armed event)"),
    (WE1144, "بانفجار لغم ارضي", "بانفجار لغم ارضي زرعه الحوثيين",
     ERV, IED, HOU, "Government of Yemen", "Al Arqoub, Abyan", "YE", "2015-08-10", "2", "4", "exact",
     "Yemeni sources", "reported",
     "the deputy speaker of Yemen's parliament, Mohammed Ali al-Shaddadi, was wounded in the head by the explosion of a "
     "landmine planted by the Houthis in al-Arqoub area, Abyan governorate; four of his escorts were killed; he is to be "
     "flown to Riyadh for treatment (target a state official with his guards -> actor2 Government of Yemen; "
     "alternative Civilians (Yemen); no day stated -> DCT, precision 2)"),
    (WE1144, "سيطرت على أربع مناطق", "إن المقاومة سيطرت على أربع مناطق في محافظة إب",
     BAT, GRT, RES, HOU, "Ibb", "YE", "2015-08-10", "1", "", "",
     "residents and local officials", "reported",
     "Monday (= DCT 10 August): the resistance (armed tribesmen and Sunni Islamist fighters loyal to President Hadi's "
     "government) took control of four areas of Ibb governorate amid violent clashes with the Houthis, backed by coalition "
     "air strikes and weapons (strikes folded; pro-Hadi resistance -> Yemeni Resistance, precedent naming; no town "
     "named -> the governorate). Not coded: the civil war since late March (generic background)"),
    (WE1144, "معارك ضد قوات الحوثي", "خاض المقاتلون الجنوبيون اليوم الاثنين معارك ضد قوات الحوثي",
     BAT, CLASH, RES, HOU, "Lawdar, Abyan", "YE", "2015-08-10", "1", "", "",
     "Al Weeam", "reported",
     "Monday (= DCT): southern fighters fought battles against Houthi forces in the southern town of Lawdar, one of the "
     "Houthis' last strongholds in Abyan (no outcome stated -> Armed clash; southern fighters of the resistance -> "
     "Yemeni Resistance)"),
    (WE1144, "تسيطر على ابين", "تسيطر على ابين.. اصابة نائب رئيس مجلس النواب اليمني ونقله للعلاج بالرياض\nافادت",
     BAT, GRT, RES, HOU, "Abyan", "YE", "2015-08-10", "2", "", "",
     "Al Weeam", "reported",
     "title: 'the resistance takes control of Abyan' (the outlet's headline; the text only gives the Lawdar battles of "
     "Monday, 'one of the last Houthi strongholds in Abyan' -> governorate-level takeover coded as its own row, DCT "
     "precision 2; borderline: could be read as the same event as the Lawdar row)"),
    ("SN-alriyadh-20150809-551", "حادث التفجير الإرهابي", "في حادث التفجير الإرهابي الذي استهدف مسجداً",
     ERV, IED, "Unidentified armed group", "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-06", "1", "15",
     "exact", "Al Riyadh (Crown Prince Mohammed bin Nayef's meeting)", "reported",
     "last Thursday (DCT Sunday 9 August -> 6 August): the terrorist bombing that targeted a mosque of the Special "
     "Emergency Forces in the Asir region killed 15 and wounded 33 security men (Special Emergency Forces, Interior "
     "Ministry -> Police Forces of Saudi Arabia; perpetrator not named -> Unidentified armed group; the text does not "
     "say suicide -> Remote explosive/landmine/IED, alternative Suicide bomb). Not coded: the security chiefs' meeting "
     "in Jeddah and the call to raise readiness (no event)"),
    (AW270, "قصف نفذه الحوثيون", "في قصف نفذه الحوثيون والموالون لصالح في دار سعد",
     ERV, SHELL, HOU, CIVYE, "Dar Saad, Aden", "YE", "2015-07-19", "1", "43", "exact",
     "Yemeni Ministry of Health; Human Rights Watch; residents and witnesses", "reported",
     "19 July: mortar and rocket fire by the Houthis and forces loyal to Saleh on Dar Saad, Aden (HRW: 'the deadliest "
     "attack', mortar fire killed at least dozens of civilians including children; the Yemeni health ministry: 43 "
     "killed, 173 wounded -> 43 exact, the only number; Saleh's units named second -> in the note). The outlet "
     "states the shelling as fact and HRW is not a party -> reported"),
    (AW270, "أمطرت القوات الموالية للحوثيين", "أمطرت القوات الموالية للحوثيين مناطق مأهولة من عدن",
     ERV, SHELL, HOU, CIVYE, "Aden", "YE", "2015-07-31", "3", "", "",
     "Human Rights Watch (Ole Solvang)", "reported",
     "aggregate: HRW's statement (yesterday) that pro-Houthi forces rained mortar shells and rockets on populated areas "
     "of Aden without regard for civilians; HRW visited four areas of Aden where civilians were hit (no period or toll "
     "for the whole -> DCT, precision 3; the Dar Saad attack has its own row). Not coded: HRW's condemnation and "
     "war-crimes warning (commentary)"),
    (AW270, "فقد الحوثيون السيطرة", "وبعد ذلك بقليل فقد الحوثيون السيطرة على المدينة",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-20", "2", "", "",
     "Asharq Al-Awsat", "reported",
     "background: shortly after the 19 July shelling the Houthis lost control of the city (Aden) to the resistance loyal "
     "to the legitimate President Hadi (after 19 July -> 20 July, precision 2; pro-Hadi resistance -> Yemeni Resistance)"),
    ("SN-sabq-20150725-1518", "وصلت الطائرة الأولى", "حين وصلت الطائرة الأولى",
     SD, "Other", "Military Forces of Saudi Arabia", "", "Aden Airport, Aden", "YE", "2015-07-18", "2", "", "",
     "Sabq", "reported",
     "last week (DCT 25 July - 7 -> 18 July, precision 2): the first Saudi C-130, flown by Saudi pilots, landed at Aden "
     "airport, the first plane of the air bridge ordered by King Salman to bring relief and to secure the airport, "
     "carrying aid, support and coalition military force, with Saudi elite-force troops on the ground (deployment of "
     "coalition forces to the newly retaken airport -> Strategic developments/Other, as the spent troop-deployment rows; "
     "borderline: also readable as an aid flight). Not coded: the Houthis and Saleh's men 'fled Aden airport and its "
     "surroundings' (rhetorical, undated, no actor of the takeover named), the feature's description of the C-130 and "
     "of the elite force"),
    # ---- set b (no text filter) ----
    (OK2948, "حادثة حرق طفل", "حادثة حرق طفل من",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "", "PS", "2015-08-06", "3", "", "",
     "Okaz (opinion column, Altawati)", "reported",
     "background (opinion column): the burning of the Palestinian child Ali Dawabsheh, a year and a half old, with his "
     "four-year-old brother and his parents in their one-room house, by the settler the column names as the one who "
     "burned the Dawabsheh family (settler violence -> Settlers (Israel); no place or day in the text -> location empty, "
     "DCT precision 3; the child's death is implied ('victims') but not stated as a toll -> fatalities empty)"),
    (OK2948, "طعنا على يد مستوطن", "طعنا على يد مستوطن إسرائيلي",
     VAC, "Attack", "Settlers (Israel)", "Protesters (Israel)", "", "IL", "2015-08-06", "3", "1", "exact",
     "Okaz (opinion column, Altawati)", "reported",
     "background (opinion column): the Israeli girl Shira Banki, 16, died ('مصرع') after being stabbed by an Israeli "
     "settler (named Yishai Schlissel, committing the same crime for the second time in ten years) while exercising her "
     "right to demonstrate (attack by a non-state actor on a demonstration -> Violence against civilians/Attack, "
     "actor2 the protesters; no place or day in the text -> location empty, DCT precision 3). Not coded: Rabin's "
     "assassination on 4 November 1995 (too old), the columnist's appeal to the UN"),
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
