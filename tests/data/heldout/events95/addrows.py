"""Bookkeeping helper for the events95 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events82/addrows.py (itself from events80, events77, events72, events71, events68, events65, events62, events59, events56, events53, events50, events47, events44, events41, events28, events26, events24, events22, events20, events18, ...), copied programmatically.
Run: python3 /work/fresh/cur50/events95/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 95 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-29 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events95/sample.py ("This set: events95, seeds 3014 / 3015, drawn at the start of stop 50 (9be3e03), 2026-11-29."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(3014).shuffle, walked in order; (b) 10 with no text filter, random.Random(3015).shuffle, >=3 sources (got, by source, a: alriyadh 3, aljazirah 2, alwatan 2, okaz 1, aleqtisadiya 1, alyaum 1; b: aleqtisadiya 3, alwatan 2, alyaum 2, almadina 2, aljazirah 1).
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

ADJ = "Adjudicated 2026-11-29 (UTC) against a blind second annotation (second/events_b.tsv, 13 rows): detection F1 1.000 before by compare.py (13 matched of 13 A / 13 B rows, P 1.000, R 1.000; all 13 pairs are true event pairs; both gave rows to the same 7 articles and left the same 13 empty); on the 13 pairs event_type, sub_event_type, location, location_country, fatalities, fatalities_qualifier and reported_as agreed 13/13, actor2 12/13, actor1 11/13, time_precision 11/13, event_date 9/13; triggers 8/13 identical trigger+occurrence, 12/13 nested; 13 -> 13 rows, no row added or dropped; 3 values changed to B's: alwatan-874 landmine deaths actor2 empty (first 'Civilians (Yemen)'), alriyadh-663 Duma arson actor1 'Unidentified armed group' (first 'Settlers (Israel)') and event_date 2015-08-01 precision 2 (first DCT 2015-08-08 precision 3); kept against B: aleqtisadiya-258 Asir bombing 2015-08-06 (B DCT 2015-08-07), aljazirah-296 Asir bombing 2015-08-06 precision 2 (B 2015-08-07 precision 1), alwatan-874 landmine deaths 2015-08-07 (B 2015-08-06), alriyadh-663 church arson actor1 'Revolt (Jewish underground)' (B 'Unidentified armed group'), and my trigger spans and source wordings; every difference and its reason in second/ADJUDICATION.md."

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
SUI = "Suicide bomb"
IED = "Remote explosive/landmine/IED"
DWU = "Disrupted weapons use"
UAG = "Unidentified armed group"
YR = "Yemeni Resistance"
HOU = "Houthis"
IS = "Islamic State"
PFSA = "Police Forces of Saudi Arabia"
CYE = "Civilians (Yemen)"
CAF = "Civilians (Afghanistan)"
LEQ258 = "SN-aleqtisadiya-20150807-258"
YUM1101 = "SN-alyaum-20150723-1101"
JAZ296 = "SN-aljazirah-20150808-296"
WAT874 = "SN-alwatan-20150808-874"
RYD663 = "SN-alriyadh-20150808-663"
YUM1199 = "SN-alyaum-20150807-1199"
MAD547 = "SN-almadina-20150808-547"

# (article_id, trigger_surface, hand-copied context, event_type, sub_event_type, actor1, actor2, location, country,
#  event_date, time_precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # Asir emir at the bombing site (aleqtisadiya-258, DCT Friday 7 August 06:39 UTC)
    (LEQ258, "التفجير الغاشم", "على موقع التفجير الغاشم الذي استهدف مسجد قوات الطوارئ",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "2", "16", "exact",
     "Al Eqtisadiya (Asir emir Prince Faisal bin Khalid's visit)", "reported",
     "background (the news is the Asir emir's visit to the site and to the wounded and his words): the unjust bombing "
     "that targeted the mosque of the Special Emergency Forces in the region, martyring 13 members of the Special "
     "Emergency Forces and three workers at the site and wounding nine ('13 ... وثلاثة' -> 13 + 3 = 16 exact, the "
     "text's own figures (other reports give 12 + 3 = 15); the title's 'العمل الإرهابي الجبان', 'هذا التفجير الغاشم' "
     "and 'الحادث الغاشم' are the same event -> one row; only 'التفجير' -> the generic explosive sub-type, as the spent "
     "Asir rows; no perpetrator named -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; "
     "region only -> 'Asir'; no day of the bombing in the text, but the emir stood at the site 'at noon yesterday' "
     "(DCT 7 August -> 6 August), so on or before 6 August, precision 2, as the spent almadina-608 martyr row; kept in adjudication against B's "
     "DCT 7 August (the spent alwatan-1025 reading): the visit bounds the bombing, as the adjudicated alwatan-827 "
     "row kept such a bound). Not "
     "coded: the visits and the emir's statements"),
    # Faryab suicide bombing (alyaum-1101, DCT Thursday 23 July 19:23 UTC)
    (YUM1101, "فجر انتحاري المتفجرات", "فجر انتحاري المتفجرات التي بحوزته في سوق بمنطقة المار",
     ERV, SUI, UAG, CAF, "Almar, Faryab", "AF", "2015-07-22", "1", "25", "at_least",
     "Faryab governor's spokesman Ahmad Javed Bedar; local police chief Saif (via Al Yaum, AFP)", "reported",
     "the title's news: a government official announced 'yesterday Wednesday' (DCT Thursday 23 July -> 22 July) that "
     "at least 25 people, most of them civilians, were killed in an explosion in northern Afghanistan: a suicide bomber "
     "detonated his explosives in a market in Almar district, Faryab province, near an armoured military vehicle while "
     "the police were searching for him; 38 wounded ('ما لايقل عن 25' -> 25 at_least; the title's 'انتحاري يقتل 25', "
     "'الهجوم' and 'الهجوم الانتحاري' are the same event -> one row; the announcement day, a breaking wire report -> "
     "22 July, precision 1, alternative precision 2; no group claimed -> Unidentified armed group; victims mostly "
     "civilians, also soldiers -> Civilians (Afghanistan), alternative Military Forces of Afghanistan; 'Almar, "
     "Faryab' as the spent alyaum-1227 row). Not coded: the Taliban's escalation of attacks in the summer offensive "
     "launched in late April (generic), NATO's end of its combat mission in December and its May plan to stay after "
     "2016 (no event), the peace talks (not an event)"),
    (YUM1101, "هجوم انتحاري بالقرب من مدخل كامب تشابمان", "في هجوم انتحاري بالقرب من مدخل كامب تشابمان",
     ERV, SUI, UAG, CAF, "Camp Chapman, Khost", "AF", "2015-07-01", "3", "33", "exact",
     "Al Yaum (AFP)", "reported",
     "background: 'early this month' 33 people, most of them civilians, were killed in a suicide attack near the "
     "entrance of NATO's Camp Chapman in Khost province on the border with Pakistan (33 exact; month known, no day -> "
     "first day of the month, precision 3; no perpetrator named -> Unidentified armed group; mostly civilians -> "
     "Civilians (Afghanistan); the camp in Khost province -> 'Camp Chapman, Khost', as the spent 'Labouza Camp, "
     "Lahij' form)"),
    (YUM1101, "هجوم استهدف مسجدا", "اصيب 25 مدنيا بجروح في هجوم استهدف مسجدا في شمال البلاد",
     VAC, "Attack", UAG, CAF, "", "AF", "2015-07-01", "3", "", "",
     "Al Yaum (AFP)", "reported",
     "background: 'days after' the Camp Chapman attack (early this month) 25 civilians were wounded in an attack that "
     "targeted a mosque in the north of the country (no weapon stated -> Violence against civilians/Attack, as the "
     "spent Kandahar/Logar 'attack' rows, alternative an Explosions/Remote violence row; no one killed -> fatalities "
     "empty; no perpetrator; 'the north of the country' -> location empty, AF; July, no day -> 1 July, precision 3)"),
    (YUM1101, "قرابة الف افغاني قتلوا", "ان قرابة الف افغاني قتلوا في الاشهر الاربعة الاولى",
     VAC, "Attack", "Taliban", CAF, "", "AF", "2015-01-01", "3", "1000", "about",
     "UN Assistance Mission in Afghanistan (via Al Yaum, AFP)", "reported",
     "aggregate: civilians often fall victim in the insurgents' attacks, and the UN mission says nearly a thousand "
     "Afghans were killed in the first four months of this year ('قرابة الف' -> 1000 about; the insurgents of the "
     "Taliban summer offensive -> Taliban, as the spent UNAMA half-year aggregate rows aawsat-178/alyaum-1141/"
     "aawsat-207; January-April 2015 -> 1 January, precision 3; no place -> location empty)"),
    # UN Security Council condemns the Asir bombing (aljazirah-296, DCT Saturday 8 August 07:03 UTC)
    (JAZ296, "التفجير الإرهابي", "بأقسى العبارات التفجير الإرهابي الذي استهدف أمس",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-06", "2", "", "",
     "UN Security Council members' statement (via Al Jazirah)", "reported",
     "the occasion of the UN Security Council's condemnation (the article's news): the terrorist bombing that targeted "
     "'yesterday' the mosque of the Special Emergency Forces in the Asir region, leaving 'a number of' martyrs and "
     "wounded ('عدد من' -> fatalities empty; the title's mention is the same event -> one row; only 'التفجير' -> the "
     "generic explosive sub-type, as the spent Asir rows; no perpetrator named, the statement's ISIS and al-Qaeda are "
     "general -> Unidentified armed group; Emergency Forces -> Police Forces of Saudi Arabia; date: the statement "
     "itself was issued 'early yesterday morning' (DCT 8 August -> 7 August) and condemns the bombing, so the "
     "bombing's 'yesterday' is the statement's frame -> 6 August; precision 2 since a literal DCT-1 reading gives 7 "
     "August; kept in adjudication against B's 7 August, precision 1: that date would put the bombing after the "
     "statement condemning it; the real day, 6 August, agrees). Not coded: the condemnation and the call to fight terrorism (statements)"),
    # Houthi landmines (alwatan-874, DCT Saturday 8 August 06:02 UTC)
    (WAT874, "عشرات القتلى سقطوا", "وزعمت أن عشرات القتلى سقطوا خلال اليومين الماضيين بفعل الألغام",
     ERV, IED, HOU, "", "", "YE", "2015-08-07", "2", "", "",
     "Al-Masirah TV (pro-Houthi) (via Al Watan)", "claimed",
     "the title's news ('the rebellion's media boasts of planting mines'): the Houthi media admitted planting minefields "
     "around the areas they had to withdraw from, and al-Masirah said the group's gunmen left large quantities of mines "
     "around residential districts in the Lahj, Abyan and Aden governorates, claiming that dozens were killed by the "
     "mines during the last two days (mine victims -> Remote explosive/landmine/IED, Houthis, as the spent "
     "alwatan-2160/aljazirah-339 mine rows, the planting folded; the dead are not described -> actor2 empty "
     "(adjudicated, as B: first Civilians (Yemen) from the mines around residential districts; a channel that "
     "'boasts' may mean enemy fighters; alternative Civilians (Yemen) or Yemeni Resistance); 'عشرات' -> fatalities empty; three governorates, "
     "no single place -> location empty; 'the last two days' -> DCT-1 = 7 August, precision 2, as the spent "
     "aljazirah-339 row, kept against B's 6 August; 'زعمت' -> claimed). Not coded: the resistance's clearing of mines in Aden, al-Hawtah and "
     "around al-Anad 'during the past days' (undated, uncounted, as the spent alwatan-768 decision), the mines laid "
     "on the Karish-al-Rahida roads and bridges and in al-Ain and Lawdar (Abyan) with no explosion or victim (as the "
     "spent alwatan-2160 decision), the Houthi withdrawals under the resistance's blows (no place named), the Aden "
     "resistance's appeal to the displaced (not an event)"),
    (WAT874, "عثروا على كميات كبيرة من الألغام", "الثوار في مدينة تعز عثروا على كميات كبيرة من الألغام",
     SD, DWU, YR, HOU, "Taiz", "YE", "2015-08-06", "2", "", "",
     "Popular Resistance media centre (official report, via Al Watan)", "claimed",
     "the resistance media centre said 'the day before yesterday' (DCT 8 August -> 6 August) in an official report "
     "that the fighters in the city of Taiz found large quantities of Iranian-made mines sent by Tehran to its Houthi "
     "ally, and whole stores of explosive devices, enough to mine every street of the governorate (weapons seized -> "
     "Disrupted weapons use, as the spent alwatan-1033 Jabal Sabir mine-store row, probably the same find; the stores "
     "folded; owners the Houthis; found on or before the report's day -> 6 August, precision 2; 'مدينة تعز' -> "
     "'Taiz'; a party's report -> claimed)"),
    # Shin Bet reveals the Jewish underground 'Revolt' (alriyadh-663, DCT Saturday 8 August 06:18 UTC)
    (RYD663, "جريمة إحراق منزل عائلة دوابشة", "بعد جريمة إحراق منزل عائلة دوابشة في قرية دوما",
     VAC, "Attack", UAG, "Civilians (Palestine)", "Duma", "PS", "2015-08-01", "2", "1", "exact",
     "Al Riyadh", "reported",
     "background (the news is the Shin Bet's revealing of the secret Jewish group 'Revolt'): the crime of burning the "
     "Dawabsheh family home in the village of Duma south of Nablus, which killed the child Ali Dawabsheh and critically "
     "injured his parents and his brother Ahmad (1 exact; the later 'عائلة دوابشة' mention is the same event; "
     "the perpetrators are not named and not called settlers, and the text does not tie Duma to 'Revolt' -> "
     "Unidentified armed group (adjudicated, as B: first Settlers (Israel) after the spent Duma rows, whose texts said "
     "settlers; as the adjudicated 3alyoum-153 row); the exposure came 'at the end of last week' after the crime -> "
     "'last week' -> DCT-7 = 1 August, precision 2, as the spent aleqtisadiya-257 row (adjudicated, as B: first DCT, "
     "precision 3; the real day, 31 July, lies in the window)). Not coded: the Shin Bet's revealing of the group (not an event), the burning of Palestinian homes, "
     "mosques, churches and crops in general, the other Jewish groups (Hilltop Youth, Price Tag) and the army's "
     "cover for such attacks (generic)"),
    (RYD663, "كنيسة الخبز والسمك في طبريا", "بينها كنيسة الخبز والسمك في طبريا",
     SD, "Looting/property destruction", "Revolt (Jewish underground)", "", "Tabgha", "IL", "2015-08-08", "3", "", "",
     "Israeli Shin Bet (via Al Riyadh)", "reported",
     "background, borderline: the Shin Bet revealed a secret Jewish group ('Revolt', تمرد) behind terrorist attacks "
     "such as burning Palestinian homes, mosques and churches, among them the Church of the Loaves and Fishes in "
     "Tiberias (the one specific, named attack of the list; church arson with no one hurt in the text -> Looting/"
     "property destruction, as the spent adjudicated 3alyoum-153 Tabgha row; the text attributes it to the revealed "
     "group -> actor1 the group (kept in adjudication against B's Unidentified armed group: the conventions name a group "
     "the text names, and this text, unlike 3alyoum-153's, names the group it attributes the arson to); the church stands at Tabgha on "
     "the Sea of Galilee (the text's 'Tiberias') -> 'Tabgha', as 3alyoum-153; the text gives no day (18 June in the "
     "spent row) -> DCT, precision 3). Alternative: not coded (an example in a list)"),
    # Twitter reactions and blood donations (alyaum-1199, DCT Friday 7 August 06:27 UTC)
    (YUM1199, "التفجير الغاشم", "بعد مضي قرابة 30 دقيقة من التفجير الغاشم",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-07", "2", "", "",
     "Al Yaum", "reported",
     "background (the news is the tweets condemning the attack and the rush to donate blood): the unjust bombing that "
     "targeted a mosque of the Emergency Forces in the Asir region, with wounded taken to hospitals (the title's "
     "'العملية الإرهابية' and 'العملية الاجرامية' are the same event -> one row; only 'التفجير' -> the generic explosive "
     "sub-type; no perpetrator named; Emergency Forces -> Police Forces of Saudi Arabia; no toll; no day in a same-DCT "
     "reaction report -> DCT, precision 2, as the adjudicated spent alyaum-1300 row of the same DCT). Not coded: the "
     "forces' 'pre-emptive strikes' (generic), the history of the Special Emergency Forces, the Hajj pictures"),
    # Interview on the 431 arrests (almadina-547, DCT Saturday 8 August 06:39 UTC)
    (MAD547, "تم القبض على (431 متهما)", "والتي على إثرها تم القبض على (431 متهما)",
     SD, "Arrests", PFSA, IS, "", "SA", "2015-07-17", "2", "", "",
     "retired Maj. Gen. Talal bin Mohammed Malaika, on the Interior Ministry's announcement (via Al Madina)", "reported",
     "background (the news is a retired general's comments): the Interior Ministry's announcement during the days of "
     "Eid al-Fitr of the arrest of 431 suspects belonging to Daesh, after the assassinations and bombings of the last "
     "three months, and of six foiled terrorist operations against mosques, assassinations and sabotage (the foiled "
     "operations and the 'cluster organisation' folded, as the spent '431' rows; Daesh named -> Islamic State; no "
     "place -> location empty; announced during Eid al-Fitr (1 Shawwal 1436 = Friday 17 July 2015, calendar from "
     "annotator knowledge) -> 17 July, precision 2, the arrests on or before it; the spent '431' rows dated it at "
     "their DCTs for want of a time word). Not coded: 'the assassinations and bombings the Kingdom witnessed in the "
     "last three months' (generic, no number or place), Guantanamo (opened 2002, far older than 12 months)"),
    (MAD547, "الفعل الإجرامي", "واستنكر اللواء ملائكة الفعل الإجرامي الذي وقع في مسجد طوارئ عسير",
     ERV, IED, UAG, PFSA, "Asir", "SA", "2015-08-08", "3", "", "",
     "retired Maj. Gen. Talal bin Mohammed Malaika (via Al Madina)", "reported",
     "background: the general condemned the criminal act that took place in the Asir Emergency Forces mosque, "
     "'shedding blood in mosques' (no toll -> fatalities empty; no weapon named in this text, the Asir mosque "
     "bombing -> the generic explosive sub-type, as the spent Asir rows; no perpetrator named, 'this group' -> "
     "Unidentified armed group; no day in a comment piece two days later -> DCT, precision 3, as the spent "
     "alriyadh-714 row of the same DCT)"),
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
