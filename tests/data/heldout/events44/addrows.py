"""Bookkeeping helper for the events44 gold set: writes events_gold.tsv from the rows typed below by hand.
For each row I copied a short context snippet from texts/<id>.txt by hand; this script finds that snippet
(it must occur exactly once), locates the trigger inside it and turns that into the trigger's 1-based
occurrence number (every substring hit of trigger_surface in title + "\n" + text counts, also inside longer
words). It also fills dct from the TIME field in ids.txt (converted to a UTC date). It does no extraction.
The helper functions and header layout are those of events41/addrows.py (itself from events28, events26, events24, events22, events20, events18, ...).
Run: python3 /work/fresh/cur33/events44/addrows.py"""
import os
from datetime import timezone
from email.utils import parsedate_to_datetime

HERE = os.path.dirname(os.path.abspath(__file__))

HEADER = """# Hand-annotated ACLED-style EVENT gold set 44 (Arabic news), 20 articles. Annotator: helper session (annotator A), 2026-11-27 (UTC).
# Sample: ids.txt. Both halves from /work/shared/datasets/saudinewsnet/*.zip (SaudiNewsNet, July-August 2015), drawn with events44/sample.py ("This set: events44, seeds 2844 / 2845, drawn at the start of stop 33 (main 28e1bc2), 2026-11-27."; 120-800 words, non-empty title, id not in /work/fresh/sn_used.txt): (a) 10 whose title+text matches the generic conflict/protest word list, random.Random(2844).shuffle, walked in order; (b) 10 with no text filter, random.Random(2845).shuffle, >=3 sources (got, by source, a: alriyadh 3, alyaum 2, 3alyoum 1, aawsat 1, aleqtisadiya 1, aljazirah 1, alweeam 1; b: aawsat 5, 3alyoum 1, aleqtisadiya 1, aljazirah 1, alweeam 1, sabq 1).
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
ADJ = ("Adjudicated 2026-11-27 (UTC) against a blind second annotation (second/events_b.tsv, 14 rows): detection F1 1.000 before (14 matched of 14 A / 14 B rows; no A-only or B-only row; both gave rows to the same 6 articles); no row added or dropped; 5 field values changed to B's (alriyadh-547 Gulf troop deployment precision 2; aawsat-564 Bishkek clash date 16 July, precision 2, and Karachi arrests date 17 July, precision 2, both resolved in the round-up's own Saturday day frame); 1 kept against B (aawsat-564 Karachi arrests actor2 Civilians (Pakistan), not MQM: Muttahida Qaumi Movement); every difference and its reason in second/ADJUDICATION.md.")

SD = "Strategic developments"
ERV = "Explosions/Remote violence"
VAC = "Violence against civilians"
BAT = "Battles"
GRT = "Government regains territory"
CLASH = "Armed clash"
AIR = "Air/drone strike"
IED = "Remote explosive/landmine/IED"
ARR = "Arrests"
RES = "Yemeni Resistance"
HOU = "Houthis"
UAG = "Unidentified armed group"
COAL = "Saudi-led coalition"
ALY19 = "SN-3alyoum-20150808-19"
RIY547 = "SN-alriyadh-20150803-547"
AAW564 = "SN-aawsat-20150721-564"
YAU1001 = "SN-alyaum-20150804-1001"
RIY802 = "SN-alriyadh-20150725-802"
YAU1271 = "SN-alyaum-20150807-1271"
# (article_id, trigger_surface, hand-copied context containing the trigger, event_type, sub_event_type, actor1, actor2,
#  location, country, event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # ---- set a (texts matching the conflict-word list) ----
    (ALY19, "عملية تحرير محافظة أبين", "بدأت المقاومة الشعبية المدعومة من قوات التحالف والجيش الموالي للشرعية عملية تحرير محافظة أبين",
     BAT, CLASH, RES, HOU, "Abyan", "YE", "2015-08-08", "2", "", "",
     "Ain Alyoum; local official (to DPA)", "reported",
     "the title's news: the popular resistance, backed by the coalition forces and the army loyal to the legitimate "
     "government, began the operation to liberate Abyan governorate from the Houthis and Saleh's forces; a local official "
     "told DPA that a large force of thousands of fighters with military vehicles reached several areas of the governorate "
     "and violent confrontations are under way with the Houthis and Saleh's forces on many fronts (folded: the arrival of "
     "the force and the confrontations; no capture stated -> Armed clash, alternative Government regains territory; "
     "pro-Hadi fighters -> Yemeni Resistance, Saleh's forces -> Houthis, as the spent rows; no day -> DCT Saturday "
     "8 August, precision 2; several fronts, no place named -> the governorate)"),
    (ALY19, "اشتباكات مسلحة مع المقاومة الشعبية", "من الحوثيين السبت في اشتباكات مسلحة مع المقاومة الشعبية في مديرية أرحب",
     BAT, CLASH, HOU, RES, "Al Janadibah, Arhab", "YE", "2015-08-08", "1", "", "",
     "Yemeni sources", "reported",
     "Yemeni sources: Houthi dead and wounded on Saturday (the DCT, 8 August) in armed clashes with the popular resistance "
     "in Arhab district, north of Sanaa; the clashes broke out in the village of al-Janadiba after the Houthis attacked it "
     "to carry out a campaign of abducting citizens accused of belonging to ISIS and al-Qaeda, and are still going on with "
     "heavy and light weapons (the Houthis attacked -> actor1; the attempted abductions folded, no abduction stated; "
     "'قتلى وجرحى' -> fatalities empty; village + district, as the spent 'Sanah, Ad Dali')"),
    (ALY19, "سيطرة المقاومة الشعبية على أحد المعسكرات", "السبت إلى سيطرة المقاومة الشعبية على أحد المعسكرات الاستراتيجية",
     BAT, GRT, RES, HOU, "Ad Dali", "YE", "2015-08-08", "2", "", "",
     "Yemeni press sources", "reported",
     "Yemeni press sources said on Saturday (the DCT, 8 August) that the popular resistance took control of one of the "
     "strategic camps that had been in the hands of the Houthis and Saleh's forces in al-Dhale governorate (the camp is "
     "not named -> the governorate 'Ad Dali', as the spent rows; capture on or before the Saturday report -> precision 2; "
     "Saleh's forces -> Houthis)"),
    (RIY547, "نشر المئات من جنود", "نشر المئات من جنود دول التحالف العربي لتأمين عدن",
     SD, "Other", COAL, "", "Aden", "YE", "2015-08-02", "2", "", "",
     "military source (via Al Riyadh)", "reported",
     "the title's news: hundreds of soldiers from the Gulf states of the Arab coalition deployed around Aden to secure the "
     "city; the military source: 'hundreds of Gulf Arab soldiers landed yesterday Sunday in the port of Aden with dozens "
     "of tanks and armoured vehicles and deployed immediately around the city' (DCT Monday 3 August -> Sunday 2 August; "
     "the lead's 'today' conflicts with the source's Sunday -> the earlier day, precision 2, as the spent Mali row with "
     "conflicting days; adjudicated, as B, first precision 1; alternative 3 August as the spent almadina-644 background "
     "row of the same deployment; troop deployment -> Strategic developments/Other with actor2 "
     "empty, as the spent deployment rows; the lead's 'نشر مئات الجنود' and the quote are one event)"),
    (RIY547, "هجوما واسعا", "بدعم من طيران التحالف هجوما واسعا الاثنين لاستعادة قاعدة العند",
     BAT, CLASH, RES, HOU, "Al Anad Air Base", "YE", "2015-08-03", "1", "", "",
     "Al Riyadh (AFP)", "reported",
     "the forces loyal to Hadi, with coalition air support, began a wide offensive on Monday (the DCT, 3 August) to retake "
     "the strategic al-Anad base in Lahj and protect Aden (no capture stated -> Armed clash; the coalition air support "
     "folded; pro-Hadi forces -> Yemeni Resistance, as the spent Anad rows; 'Al Anad Air Base' as the spent rows)"),
    (RIY547, "استعادت القوات الموالية للرئيس", "منذ أن استعادت القوات الموالية للرئيس عبد ربه منصور هادي السيطرة عليها في منتصف يوليو",
     BAT, GRT, RES, HOU, "Aden", "YE", "2015-07-15", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background: the forces loyal to President Hadi regained control of Aden 'in mid-July' (mid-July -> 15 July, "
     "precision 3, as the spent alwatan-828 'since mid-July' row; pro-Hadi forces -> Yemeni Resistance, as the spent Aden "
     "rows; the last sentence's coalition campaign that 'contributed to retaking Aden, its airport and its port' is the "
     "same capture -> folded)"),
    (RIY547, "سقطت قاعدة العند", "سقطت قاعدة العند في مارس بايدي المقاتلين الحوثيين",
     BAT, "Non-state actor overtakes territory", HOU, "", "Al Anad Air Base", "YE", "2015-03-01", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "background: al-Anad base fell in March to the Houthi fighters (March 2015, within 12 months of the DCT -> 1 March, "
     "precision 3; the text names no defender -> actor2 empty, as the spent adjudicated Sanaa row). Not coded: the "
     "Houthis' wide offensive since July 2014 from Saada (start older than 12 months) and their control of Sanaa and wide "
     "areas (status, no date)"),
    (RIY547, "حملة جوية ضد المتمردين الحوثيين", "ويشن التحالف العربي منذ 26 مارس حملة جوية ضد المتمردين الحوثيين",
     ERV, AIR, COAL, HOU, "", "YE", "2015-03-26", "3", "", "",
     "Al Riyadh (AFP)", "reported",
     "aggregate: since 26 March the Arab coalition has waged an air campaign against the Houthi rebels (also 'since the "
     "start of the air campaign it wages on the Houthi forces and their allies in Yemen in March last', same campaign -> "
     "one row; dated at its start, precision 3, location empty, as the spent 'since 26 March' rows)"),
    (AAW564, "قتلت ستة مسلحين في اشتباكين", "إنها قتلت ستة مسلحين في اشتباكين في بشكك",
     BAT, CLASH, "Police Forces of Kyrgyzstan", UAG, "Bishkek", "KG", "2015-07-16", "2", "6", "exact",
     "Kyrgyz security forces; State Committee for National Security spokesman Rakhat Sulaimanov; police (via Asharq Al-Awsat)", "reported",
     "the security forces of Kyrgyzstan killed six gunmen in two clashes in Bishkek 'the evening of the day before "
     "yesterday' (the round-up 'موجز دوليات' is written in a Saturday frame: its Korea and Nagaland briefs say 'أمس "
     "الجمعة' with DCT Tuesday 21 July -> the day before yesterday = Thursday 16 July, by the article's own frame as the "
     "spent events40 aljazirah-761 round-up; precision 2 for the inferred frame; adjudicated, as B, first the strict "
     "DCT-2 = 19 July, precision 1, as the spent aawsat-16 Chattanooga row, whose text gave no frame); witnesses heard automatic fire and "
     "explosions near the government and parliament buildings; the police: four attackers killed and four security men "
     "wounded in central Bishkek, two other attackers killed at about the same time in the suburbs (one operation, both in "
     "Bishkek, no differently named place -> one row, 4 + 2 = 6 exact, as the title; alternative two rows, centre 4 and "
     "suburbs 2; 'قوات الأمن' and the national security committee -> Police Forces of Kyrgyzstan; the militants 'were "
     "preparing a terrorist attack', group unknown -> Unidentified armed group; the planned attack folded; the title "
     "states it as fact -> reported)"),
    (AAW564, "اشتباكات بولاية ناجالاند", "قتلوا خلال اشتباكات بولاية ناجالاند شمال شرقي البلاد",
     BAT, CLASH, "NSCN: National Socialist Council of Nagaland", "Military Forces of India", "Phek", "IN", "2015-07-17", "2", "4", "exact",
     "Indian officials and news reports; military spokesman (via Asharq Al-Awsat)", "reported",
     "Indian officials and news reports said 'yesterday Friday' (DCT Tuesday 21 July: the weekday rule gives Friday "
     "17 July, as the spent aawsat-393 'أمس الثلاثاء' row; the clash day is not stated -> precision 2) that two militants "
     "and two children were killed in clashes in Nagaland after the Indian security forces were attacked while tracking "
     "members of the National Socialist Council of Nagaland in the town of Phek ('بيهك') and returned fire; the army came "
     "under fire again while moving the militants' bodies to a nearby village (folded) (the NSCN attacked -> actor1; the "
     "army spokesman -> Military Forces of India; 2 + 2 = 4 exact)"),
    (AAW564, "واعتقلت اثنين من أعضائه", "داهمت قوات الأمن الباكستانية مقر حزب سياسي قوي في مدينة كراتشي، واعتقلت اثنين من أعضائه أمس",
     SD, ARR, "Military Forces of Pakistan", "Civilians (Pakistan)", "Karachi", "PK", "2015-07-17", "2", "", "",
     "Sindh Rangers (via Asharq Al-Awsat)", "reported",
     "the Pakistani security forces raided the headquarters of the Muttahida Qaumi Movement (MQM) in Karachi and arrested "
     "two of its members 'yesterday' (in the round-up's Saturday frame, see the Bishkek row -> Friday 17 July, "
     "precision 2; adjudicated, as B, first DCT-1 = 20 July, precision 1; the raid folded); the Sindh security "
     "force (the Rangers) 'which follows the army command' -> Military Forces of Pakistan, alternative Police Forces of "
     "Pakistan; a political crackdown over 'hate speech' -> political arrests; party members -> Civilians (Pakistan), as "
     "the spent Islah-leaders (events22 almadina-644) and HDP-candidate arrest rows, MQM in the note; adjudication kept "
     "it against B's 'MQM: Muttahida Qaumi Movement', the conventions' 'Civilians' for arrested civilians). Not coded: 'further arrests in the near future' (vague "
     "announcement), the South Korean invitation to the North (diplomatic), the UN commission's criticism of Guatemala's "
     "party system and the lawsuit against President Perez (not political violence, legal)"),
    (YAU1001, "أحرق مهاجمان", "ويوم الجمعة، أحرق مهاجمان يشتبه بأنهما يهوديان متطرفان، منزلا فلسطينيا",
     VAC, "Attack", "Settlers (Israel)", "Civilians (Palestine)", "Duma", "PS", "2015-07-31", "1", "1", "exact",
     "Al Yaum; Israeli security sources (via Israel Radio)", "reported",
     "on Friday (DCT Tuesday 4 August -> 31 July) two attackers suspected to be Jewish extremists set fire to a Palestinian "
     "house in the village of Duma near Nablus, killing a Palestinian baby (Ali Dawabsheh) and burning his parents and "
     "brother; 'انتقام' written on the walls (the first sentence's 'crime of burning the Palestinian house in Duma', the "
     "'Duma attack' and 'the burning of the baby by extremist settlers' are the same event -> one row; 'مستوطنين متطرفين' "
     "-> Settlers (Israel), as the spent Duma rows; one death stated at the DCT -> 1 exact). Not coded: the Israeli "
     "security cabinet's extension of administrative detention to Israelis (legal measure), no arrest so far, the 391 "
     "Palestinians held without trial (detention status), the Jordanian-Palestinian draft resolution to the Security "
     "Council (diplomatic), the generic 'several attacks' late last year"),
    (RIY802, "هجوم نفذه عنصر مسلح", "بعد هجوم نفذه عنصر مسلح على فندق",
     VAC, "Attack", UAG, "Civilians (Tunisia)", "Sousse", "TN", "2015-06-26", "1", "39", "exact",
     "Al Riyadh", "reported",
     "background: the attack carried out by a gunman on the Riu Imperial Marhaba hotel on 26 June, which left 38 dead, most "
     "of them British, and dozens wounded; he moved calmly from the beach against the tourists lying there and then "
     "inside the hotel before security units shot him dead (within 12 months of the DCT; the title's 'تفجير سوسة' and the "
     "'terrorist attack' are the same event -> one row; no group named in the text -> Unidentified armed group, as the "
     "spent events36 Sousse row; 38 + the gunman = 39 exact, as the spent Chattanooga row counted the attacker, "
     "alternative 38; tourists -> Civilians (Tunisia); the hotel in Sousse -> 'Sousse', as the spent Sousse rows). Not "
     "coded: the tourism losses and the ministry's measures (economic), the British travel advice"),
    (YAU1271, "العمل الارهابي الذي وقع في مسجد", "ان العمل الارهابي الذي وقع في مسجد قوات الطوارئ الخاصة بمنطقة عسير",
     ERV, IED, UAG, "Police Forces of Saudi Arabia", "Asir", "SA", "2015-08-07", "2", "13", "exact",
     "Al Yaum (security officers' comments)", "reported",
     "the news is the comments of retired officers: the terrorist act in the mosque of the Special Emergency Forces in the "
     "Asir region killed 10 members of the forces and 3 workers at the site and wounded 9 (10 + 3 = 13 exact, as the "
     "spent aleqtisadiya-197 and almadina-1417 rows; the title's 'التفجير' -> only a bombing, no suicide stated -> "
     "Remote explosive/landmine/IED, as the spent rows whose text says only 'تفجير'; no perpetrator named -> Unidentified "
     "armed group; Emergency Forces -> Police Forces of Saudi Arabia; the text gives no day -> DCT, precision 2, as the "
     "spent alriyadh-838 row)"),
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
