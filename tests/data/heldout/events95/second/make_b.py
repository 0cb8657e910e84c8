"""Bookkeeping helper for annotator B of the events95 gold set: writes second/events_b.tsv from the rows typed below
by hand. For each row I copied a short context snippet from ../texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based occurrence number
(every substring hit of trigger_surface in title + "\n" + text counts, also inside longer words). It also fills dct
from the TIME field in ../ids.txt (converted to a UTC date). It does no extraction.
Helper functions, HEADER layout and conventions copied programmatically from /work/main/tests/data/heldout/events82/second/make_b.py.
Run: python3 /work/fresh/cur50/events95/second/make_b.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SET = os.path.dirname(HERE)

HEADER = """# Hand-annotated ACLED-style EVENT gold set 95 (Arabic news), 20 articles. Annotator: helper session (annotator B, blind second annotation), 2026-11-29 (UTC).
# Sample: ids.txt, drawn with sample.py (seeds 3014/3015, drawn at the start of stop 50, main 9be3e03, per its docstring, which annotator B printed at the start before noticing that the brief limits B to ids.txt, texts/ and second/; see NOTES_B.md). Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list (CONFLICT): random.Random(3014).shuffle, walked in order; (b) 10 with no text filter: random.Random(3015).shuffle, walked in order, >=3 sources (got, by source, a: alriyadh 3, aljazirah 2, alwatan 2, aleqtisadiya 1, alyaum 1, okaz 1; b: aleqtisadiya 3, almadina 2, alwatan 2, alyaum 2, aljazirah 1).
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

ERV = "Explosions/Remote violence"
BAT = "Battles"
SD = "Strategic developments"
VAC = "Violence against civilians"
PRO = "Protests"
CLASH = "Armed clash"
GRT = "Government regains territory"
NSO = "Non-state actor overtakes territory"
IED = "Remote explosive/landmine/IED"
AIR = "Air/drone strike"
SUI = "Suicide bomb"
ABD = "Abduction/forced disappearance"
YR = "Yemeni Resistance"
HOU = "Houthis"
COAL = "Saudi-led coalition"
IS = "Islamic State"
UAG = "Unidentified armed group"
HZB = "Hezbollah"
POLSA = "Police Forces of Saudi Arabia"
SHELL = "Shelling/artillery/missile attack"
QA258 = "SN-aleqtisadiya-20150807-258"
AY1101 = "SN-alyaum-20150723-1101"
JZ296 = "SN-aljazirah-20150808-296"
WT874 = "SN-alwatan-20150808-874"
RY663 = "SN-alriyadh-20150808-663"
AY1199 = "SN-alyaum-20150807-1199"
MD547 = "SN-almadina-20150808-547"
CIVAF = "Civilians (Afghanistan)"
CIVPS = "Civilians (Palestine)"
LOOT = "Looting/property destruction"
DWU = "Disrupted weapons use"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (QA258, "التفجير الغاشم", "على موقع التفجير الغاشم الذي استهدف مسجد قوات الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "16", "exact",
     "Al Eqtisadiya (Asir governor Prince Faisal bin Khalid's site visit)", "reported",
     "background (the news is the Asir governor's visit 'yesterday noon' to the site and to the wounded in Asir Central "
     "Hospital): the treacherous bombing that targeted the mosque of the Special Emergency Forces in the region, killing 13 "
     "members of the Special Emergency Forces and three workers at the site and wounding nine (13 + 3 -> 16 exact, as the "
     "text states it, though the official toll in the spent rows is 15; the later 'هذا العمل الإرهابي الجبان', 'هذا التفجير "
     "الغاشم', 'الحادث الغاشم' and the second 'التفجير الغاشم' are the same event -> one row, first body mention; only "
     "'تفجير' -> the generic explosive sub-type, as the spent Asir rows of that wording; no perpetrator named -> "
     "Unidentified armed group; the bombing's day is not in the text (the visit was 'yesterday', the bombing before it) "
     "-> DCT, precision 2, as the spent alwatan-1025 row of the same governor's reaction; region only -> 'Asir'). Not "
     "coded: the governor's statements and hospital visit"),
    (AY1101, "فجر انتحاري", "فجر انتحاري المتفجرات التي بحوزته في سوق بمنطقة المار",
     ERV, SUI, UAG, CIVAF, "Almar, Faryab", "AF", "2015-07-22", "1", "25", "at_least",
     "Ahmad Javid Bedar, spokesman of the Faryab governor; local police chief Saif (via AFP)", "reported",
     "the title's news: a government official announced 'yesterday Wednesday' (DCT Thursday 23 July -> 22 July, "
     "precision 1) that at least 25 people, most of them civilians, were killed and 38 wounded when a suicide bomber "
     "detonated his explosives in a market in the Almar district of Faryab province, northern Afghanistan, near an "
     "armoured military vehicle (civilians and army members among the casualties; 'ما لايقل عن 25' -> 25 at_least; the "
     "title's 'انتحاري يقتل 25', 'الهجوم' and 'الهجوم الانتحاري' and the police chief's 'فجر نفسه' are the same event -> "
     "one row); no group claimed it -> Unidentified armed group (the Taliban frame is context only); mostly civilians -> "
     "Civilians (Afghanistan), the soldiers in the note; 'منطقة المار بولاية فرياب' -> 'Almar, Faryab', as the spent "
     "alyaum-1227 row. Not coded: the police checkpoint set up to search for the bomber (part of the same event), the "
     "coming round of peace talks (diplomatic)"),
    (AY1101, "هجوم انتحاري", "في هجوم انتحاري بالقرب من مدخل كامب تشابمان",
     ERV, SUI, UAG, CIVAF, "Camp Chapman, Khost", "AF", "2015-07-01", "3", "33", "exact",
     "Al Yaum (AFP)", "reported",
     "background: 'early this month' 33 people, most of them civilians, were killed in a suicide attack near the entrance "
     "of NATO's Camp Chapman in Khost province on the border with Pakistan (early July -> 1 July, precision 3, the month "
     "rule; no perpetrator named -> Unidentified armed group; mostly civilians -> Civilians (Afghanistan); 33 exact; the "
     "most specific place -> 'Camp Chapman, Khost', alternative 'Khost')"),
    (AY1101, "هجوم استهدف مسجدا", "بجروح في هجوم استهدف مسجدا في شمال البلاد",
     VAC, "Attack", UAG, CIVAF, "", "AF", "2015-07-01", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "background: 'days after' the Camp Chapman attack, 25 civilians were wounded in an attack that targeted a mosque in "
     "the north of the country (the means are not stated -> Violence against civilians/Attack, alternative Explosions/"
     "Remote violence; no perpetrator named; 'north of the country' -> location empty; early July + days -> 1 July, "
     "precision 3; wounded only -> fatalities empty)"),
    (AY1101, "قتلوا في الاشهر الاربعة", "ان قرابة الف افغاني قتلوا في الاشهر الاربعة الاولى",
     VAC, "Attack", "Taliban", CIVAF, "", "AF", "2015-01-01", "3", "1000", "about",
     "UN Assistance Mission in Afghanistan (UNAMA, via AFP)", "reported",
     "aggregate: civilians are often the victims of the insurgents' attacks, and UNAMA says nearly 1,000 Afghans were "
     "killed in the first four months of this year (period January-April 2015 -> 1 January, precision 3; 'قرابة الف' -> "
     "1000 about; given as the civilian toll of the insurgents' attacks -> VAC/Attack, Taliban vs Civilians (Afghanistan), "
     "as the spent adjudicated UNAMA half-year aggregates aawsat-178/alyaum-1141/aawsat-207; alternative Unidentified armed "
     "group; no place). Not coded: the Taliban's escalation of attacks during the summer offensive and its annual spring "
     "offensive launched 'late April' with a pledge of attacks across the country (generic campaign, no act), NATO's end "
     "of its combat mission in December and its May plan to keep troops after 2016 (administrative/planned presence), "
     "the Afghan forces fighting the Taliban alone this year (generic), the 13 years of conflict (generic)"),
    (JZ296, "التفجير الإرهابي", "بأقسى العبارات التفجير الإرهابي الذي استهدف أمس",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "1", "", "",
     "UN Security Council statement (via Al Jazirah)", "reported",
     "background (the news is the UN Security Council's condemnation, issued 'early yesterday morning'): the terrorist "
     "bombing that targeted 'yesterday' the mosque of the Special Emergency Forces in the Asir region, causing 'a number "
     "of' martyrs and wounded (the title's 'التفجير الإرهابي بمسجد قوات طوارئ عسير' is the same event -> one row; 'عدد "
     "من' -> fatalities empty; only 'تفجير' -> the generic explosive sub-type; no perpetrator named -> Unidentified armed "
     "group); date: 'yesterday' (DCT Saturday 8 August -> 7 August, precision 1) by the written rule, though the text "
     "is inconsistent (a statement of early yesterday morning condemning an attack of yesterday: the wire was written on "
     "7 August; the real day, 6 August, is not in this text; alternative 2015-08-06). Not coded: the statement, the call "
     "to confront ISIS and al-Qaeda (generic)"),
    (WT874, "عشرات القتلى سقطوا", "وزعمت أن عشرات القتلى سقطوا خلال اليومين الماضيين بفعل الألغام",
     ERV, IED, HOU, "", "", "YE", "2015-08-06", "2", "", "",
     "Al-Masirah TV (pro-Houthi; via Al Watan)", "claimed",
     "the Houthi-run al-Masirah channel, admitting that the group's gunmen left large quantities of landmines around "
     "residential neighbourhoods in Lahij, Abyan and Aden governorates as they withdrew, claimed that dozens were killed "
     "by the mines 'in the past two days' (DCT 8 August -> 6 August, precision 2; 'عشرات' -> fatalities empty; the dead "
     "are not described -> actor2 empty, alternative Civilians (Yemen) by the article's frame of mines in residential "
     "areas; three governorates, none tied to the deaths -> location empty; given only as the channel's assertion "
     "('زعمت') -> claimed; the minefields' laying itself folded here). Not coded: the resistance's demining 'during the "
     "past days' in Aden, al-Hawta and around al-Anad base (generic, uncounted; alternative Disrupted weapons use rows, "
     "as the spent alwatan-2160 'hundreds of mines removed' row), the resistance's appeal to displaced residents not to "
     "return (administrative), the mine-laying by the Houthis and Saleh's forces on bridges and roads from Karish to "
     "al-Rahida and on both sides of the road and the market of al-Ain town, Abyan (mine-laying, no explosion or "
     "clearance; alternative Strategic developments/Other), the warning to Lawdar residents"),
    (WT874, "عثروا على كميات كبيرة من الألغام", "في مدينة تعز عثروا على كميات كبيرة من الألغام",
     SD, DWU, YR, HOU, "Taiz", "YE", "2015-08-06", "2", "", "",
     "Popular resistance media centre (official report, via Al Watan)", "claimed",
     "the resistance media centre said 'the day before yesterday' (DCT 8 August -> 6 August) in an official report that "
     "the fighters in Taiz city found large quantities of Iranian-made landmines sent by Tehran to its Houthi ally, and "
     "whole stores of explosive devices, enough to mine every street of the governorate (weapons cache found -> "
     "Disrupted weapons use, as the spent adjudicated alwatan-1033 row of the same find, which had 'Jabal Sabir, Taiz'; "
     "this text names only the city -> 'Taiz'; the find on or before the report -> 6 August, precision 2; a party's "
     "report -> claimed, as that row; owners implied -> Houthis)"),
    (RY663, "جريمة إحراق منزل عائلة دوابشة", "بعد جريمة إحراق منزل عائلة دوابشة في قرية دوما",
     VAC, "Attack", UAG, CIVPS, "Duma", "PS", "2015-08-01", "2", "1", "exact",
     "Al Riyadh (Yedioth Ahronoth report, Shin Bet)", "reported",
     "background (the news is the Shin Bet's exposure of the secret Jewish organisation 'Revolt' behind attacks on "
     "Palestinians): the crime of burning the house of the Dawabsha family in the village of Duma south of Nablus, which "
     "killed the child Ali Dawabsha and critically wounded his parents and his brother Ahmad ('أدى إلى وفاة الطفل' -> 1 "
     "exact; the later 'عائلة دوابشة' mention is the same); date: the exposure came 'at the end of last week' after the "
     "crime (DCT Saturday 8 August -> about 1 August, precision 2, the 'last week' rule, as the spent aleqtisadiya-257 "
     "row; the real Friday 31 July is not in this text; alternative DCT, precision 3); the text does not call the "
     "attackers settlers nor tie Duma explicitly to 'Revolt' -> Unidentified armed group, as the adjudicated spent "
     "3alyoum-153 church-arson row (alternative Settlers (Israel), as the spent Duma rows whose texts said settlers); "
     "'قرية دوما' -> 'Duma', PS. Not coded: the generic burning of Palestinian homes, mosques, churches and crops, the "
     "'Hilltop Youth' and 'price tag' attacks of past years, the army's cover for them and the token arrests (generic), "
     "the exposure itself (intelligence finding, no act)"),
    (RY663, "كنيسة الخبز والسمك", "بينها كنيسة الخبز والسمك في طبريا",
     SD, LOOT, UAG, "", "Tabgha", "IL", "2015-08-08", "3", "", "",
     "Shin Bet (via Al Riyadh)", "reported",
     "background: among the terrorist attacks the Shin Bet attributes to the secret Jewish organisation 'Revolt', the "
     "burning of the Church of the Loaves and Fishes 'in Tiberias' (the one named target in the list; arson of a church "
     "with no one hurt in the text -> Strategic developments/Looting/property destruction, actor1 Unidentified armed "
     "group, actor2 empty, location 'Tabgha', all as the adjudicated spent 3alyoum-153 row of the same arson (alternative "
     "'Tiberias', the text's name; alternative actor1 a named 'Revolt' group); the text gives no date (the real 18 June, "
     "within 12 months, is not stated) -> DCT, precision 3)"),
    # ---- set b (no text filter) ----
    (AY1199, "التفجير الغاشم", "من التفجير الغاشم الذي استهدف مسجداً لقوات الطوارئ",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Al Yaum", "reported",
     "background (the news is the Twitter condemnations and the rush of citizens to donate blood 'about 30 minutes' after "
     "the bombing): the treacherous bombing that targeted a mosque of the Emergency Forces in the Asir region (the "
     "'العملية الإرهابية' of the title, 'العملية الاجرامية', 'التفجير' and 'الحادثة' are the same event -> one row; only "
     "'تفجير' -> the generic explosive sub-type; no perpetrator named -> Unidentified armed group; casualties among the "
     "Emergency Forces, no number -> fatalities empty; the text gives no day, a reaction report of the next morning -> "
     "DCT, precision 2, as the spent alriyadh-982 tweet-reaction row). Not coded: the blood donations and the hashtag, "
     "the forces' 'pre-emptive strikes against extremist groups' and history (generic)"),
    (MD547, "تم القبض على", "والتي على إثرها تم القبض على (431 متهما)",
     SD, "Arrests", POLSA, IS, "", "SA", "2015-07-17", "2", "", "",
     "Retired Maj. Gen. Talal bin Mohammed Malaikah, on the Interior Ministry's announcement (via Al Madina)", "reported",
     "background (the news is a retired general's analysis): the Interior Ministry's announcement 'during the days of "
     "Eid al-Fitr' of the results of its investigations after the assassinations and bombings of the past three months, "
     "after which 431 suspects were arrested, the ministry stating that they belong to ISIS (Daesh named -> Islamic "
     "State, as the spent '431' rows; the six foiled terrorist operations against mosques, assassinations and sabotage "
     "folded, as those rows; the Eid al-Fitr days (Eid began Friday 17 July 2015) -> 17 July, precision 2, alternative "
     "DCT with precision 2/3 as the spent same-story rows whose texts gave no day; no place -> location empty). Not "
     "coded: the assassinations and bombings of the past three months (generic, uncounted; alternative an aggregate row), "
     "the cluster organisation's links (commentary), Guantanamo (far older), the call to report suspects on 990"),
    (MD547, "الفعل الإجرامي", "الفعل الإجرامي الذي وقع في مسجد طوارئ عسير",
     ERV, IED, UAG, POLSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "Retired Maj. Gen. Talal bin Mohammed Malaikah (via Al Madina)", "reported",
     "background: the general condemned the criminal act that took place in the mosque of the Asir Emergency Forces, "
     "'the terrorising shedding of blood in mosques' (no toll -> fatalities empty; the text does not say bombing or "
     "suicide -> the generic explosive sub-type of the spent Asir rows, alternative Suicide bomb; no perpetrator named, "
     "'this group' only in the ISIS-cells frame -> Unidentified armed group, alternative Islamic State; no day in an "
     "analysis piece -> DCT, precision 3, as the spent aleqtisadiya-228 and alriyadh-714 rows of 8 August)"),
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
