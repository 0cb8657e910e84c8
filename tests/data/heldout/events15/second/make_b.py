"""Annotator B's blind second annotation of events15: the hand-typed rows below -> events_b.tsv.
No extraction: each row's occurrence number comes from a hand-copied context snippet (the trigger's position inside
the unique snippet -> count of trigger hits before it in title+"\n"+text); dct comes from ids.txt (TIME -> UTC date).
Run: python3 tests/data/heldout/events15/second/make_b.py"""
import email.utils, datetime, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
HEADER = ["article_id", "dct", "trigger_surface", "occurrence", "event_type", "sub_event_type", "actor1", "actor2",
          "location", "location_country", "event_date", "time_precision", "fatalities", "fatalities_qualifier",
          "source", "reported_as", "note"]
BA = "Battles"
EXP = "Explosions/Remote violence"
VAC = "Violence against civilians"
SD = "Strategic developments"
PR = "Protests"
RI = "Riots"

# (article, trigger, context snippet containing the trigger once, type, sub, actor1, actor2, location, country,
#  event_date, precision, fatalities, qualifier, source, reported_as, note)
ROWS = [
    # AL-internationalNews-128-20180220 (DCT Tue 20 February)
    ("AL-internationalNews-128-20180220", "معارك عنيفة", "تدور معارك عنيفة منذ ساعات الصباح",
     BA, "Armed clash", "Military Forces of Yemen", "Houthis", "Mawza, Taiz", "YE",
     "2018-02-20", "1", "", "", "Al Arabiya; military sources", "reported",
     "fierce battles since Tuesday morning between the Yemeni army (backed by coalition forces) and the Houthis in the Mawza area south and east of the Khalid bin al-Walid camp, Taiz; folded (same place, same day, in support of the battle): coalition artillery shelling Houthi positions south of the camp, the continuing clashes east of the camp, coalition air raids destroying two military vehicles south of the camp; 'heavy losses' -> no fatalities; the title's 'near Khalid camp' is the same battle"),
    ("AL-internationalNews-128-20180220", "هجوما مباغتا", "شنت قوات الشرعية هجوما مباغتا",
     BA, "Government regains territory", "Military Forces of Yemen", "Houthis", "Hays, Hodeidah", "YE",
     "2018-02-20", "1", "", "", "field sources in the Yemeni national army", "claimed",
     "government forces' surprise attack on Houthi positions in farms and heights east of Hays district (south Hodeidah) took control of their positions after killing and wounding 'dozens' (vague -> no fatalities); the simultaneous battles east of Hays on Tuesday (first paragraph, title 'east of Hays') are folded; in the army sources' words -> claimed"),
    ("AL-internationalNews-128-20180220", "غارات مكثّفة", "شنت طائرات التحالف غارات مكثّفة",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Jabal Ras", "YE",
     "2018-02-20", "2", "", "", "Al Arabiya", "reported",
     "on the west coast front coalition aircraft carried out intensive raids on large Houthi reinforcements sent from Ibb towards the west coast, in the Jabal Ras area (no day stated for the raids -> DCT precision 2)"),
    # AL-internationalNews-720-20180331 (DCT Sat 31 March)
    ("AL-internationalNews-720-20180331", "بتعزيزات عسكرية", "دفع #تحالف_دعم_الشرعية في اليمن بتعزيزات عسكرية",
     SD, "Other", "Saudi-led coalition", "", "", "YE",
     "2018-03-31", "2", "", "", "Al Arabiya and Al Hadath correspondent", "reported",
     "the coalition sent multi-task military reinforcements (thousands of troops, hundreds of tanks and armoured vehicles, reconnaissance and demining battalions, medical teams) that arrived in several Yemeni governorates (none named -> location empty) to back the army in retaking Houthi-held areas (troop deployment -> Strategic developments/Other); title is the same; no day -> DCT precision 2"),
    ("AL-internationalNews-720-20180331", "استهدفت المقاتلات", "استهدفت المقاتلات تعزيزات ومواقع للميليشيات في منطقة فضحة",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Fadhah, Al Malajim", "YE",
     "2018-03-31", "1", "", "", "Al Arabiya", "reported",
     "early Saturday morning coalition raids in Al Bayda governorate: jets hit Houthi reinforcements and positions in Fadhah, al-Malajim district; killed and wounded unspecified -> no fatalities; the generic 'intensive raids on the west coast and Al Bayda' is covered by this row and the Hodeidah rows"),
    ("AL-internationalNews-720-20180331", "بعدة غارات", "إثر استهداف طائرات التحالف بعدة غارات معسكراً",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Wadi Ayyan, Al Zuhrah", "YE",
     "2018-03-31", "2", "", "", "security sources in Hodeidah", "reported",
     "coalition raids on a Houthi training camp in Wadi Ayyan, al-Khashm area, al-Zuhrah district north of Hodeidah city; about 150 Houthis killed or wounded (killed and wounded not separated -> no fatalities); no day stated ('in a related context') -> DCT precision 2"),
    ("AL-internationalNews-720-20180331", "دمرت الغارات", "كما دمرت الغارات تعزيزات للميليشيات في ضواحي",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Hays", "YE",
     "2018-03-31", "2", "", "", "Al Arabiya", "reported",
     "the raids destroyed Houthi reinforcements on the outskirts of Hays district and on the Zabid-Jarrahi road (folded: the road runs through the same area); DCT precision 2"),
    ("AL-internationalNews-720-20180331", "ومخازن ذخائر", "ومخازن ذخائر وأسلحة للميليشيات شمال مديرية التحيتا",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "At Tuhayta", "YE",
     "2018-03-31", "2", "", "", "Al Arabiya", "reported",
     "the raids also destroyed Houthi ammunition and weapons stores north of al-Tuhayta district near the front lines (differently named place -> own row); DCT precision 2"),
    # AL-internationalNews-722-20180331 (DCT Sat 31 March)
    ("AL-internationalNews-722-20180331", "فتح جبهة جديدة", "عن فتح جبهة جديدة في مديرية الظاهر",
     BA, "Government regains territory", "Military Forces of Yemen", "Houthis", "Al Dhaher, Saada", "YE",
     "2018-03-31", "1", "", "", "Yemeni army (military source, army media centre)", "claimed",
     "Saturday: the army, backed by coalition Apache helicopters, opened a new front in al-Dhaher district (south-west Saada) and 'liberated' strategic positions (Haid al-Asam, Tabbat Abu Aqal, the al-Kamb camp); fierce battles continuing 1 km from Souq al-Malahidh, the district centre, and the Houthis' 'collapse' are folded (same operation, same day); title is the same; in the army's words -> claimed"),
    ("AL-internationalNews-722-20180331", "حررت قوات الجيش اليمني", "وفي شمال صعدة، حررت قوات الجيش اليمني",
     BA, "Government regains territory", "Military Forces of Yemen", "Houthis", "Baqim, Saada", "YE",
     "2018-03-31", "2", "15", "at_least", "Brig. Saleh Qarwash (5th Border Guards Brigade)", "claimed",
     "in north Saada a special unit of the 5th Border Guards Brigade 'liberated' al-Tabba al-Hamra, Janah al-Saqr and other heights in Baqim district (overlooking Khashban and Abwab al-Hadid); 'at least 15' Houthis killed incl. a sniper (commander's words -> claimed); the large quantities of weapons left behind and recovered are folded; no day stated -> DCT precision 2"),
    ("AL-internationalNews-722-20180331", "شنت مقاتلات التحالف غارات", "بالتزامن مع ذلك، شنت مقاتلات التحالف غارات",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Abwab al-Hadid, Baqim", "YE",
     "2018-03-31", "2", "", "", "Al Arabiya", "reported",
     "at the same time coalition jets struck Houthi reinforcements and movements, destroying two vehicles and killing those aboard (number not stated -> no fatalities) and other reinforcements in Abwab al-Hadid (7 motorcycles, guns disabled); the only place named -> Abwab al-Hadid (Baqim district); DCT precision 2"),
    # BB-middleEast-806-20180728 (DCT Sat 28 July)
    ("BB-middleEast-806-20180728", "وخرج مئات المحتجين", "وخرج مئات المحتجين في الولاية",
     PR, "Protest with intervention", "Protesters (Algeria)", "Police Forces of Algeria", "Ouargla", "DZ",
     "2018-07-26", "2", "", "", "BBC Arabic", "reported",
     "hundreds of protesters in Ouargla (called by activists on social media) gathered at the venue of a concert planned for Thursday and Friday, held a sit-in until late at night and prayed in the street, demanding that the money go to development; the police arrested some protesters and soon released them, no clashes (arrests -> Protest with intervention); the local authorities then cancelled the concert (title 'prevent a concert'); date not stated: the concert days (Thursday 26 July) with precision 2. Not coded: the shale-gas protest wave of past years (old, undated), social-media reactions"),
    # CN-internationalNews-581-20180907 (DCT Fri 7 September)
    ("CN-internationalNews-581-20180907", "اعتداء سالزبري", "بشأن اعتداء سالزبري، الذي",
     VAC, "Attack", "Government of Russia", "Civilians (United Kingdom)", "Salisbury", "GB",
     "2018-03-01", "3", "", "", "joint statement of US, UK, German, French and Canadian leaders; Ben Wallace (UK security minister)", "claimed",
     "background: the Novichok nerve-agent attack in Salisbury in March 2018 on the Russian double agent Sergei Skripal and his daughter Yulia, which Russia is accused of (Wallace: Putin ultimately responsible); the two CNN snippets are the same event; no deaths stated; month only -> 1 March precision 3; accusation -> claimed (borderline in scope: a state assassination attempt abroad; Chemical weapon sub-type not used, not warfare). Not coded: Trump's call for an inquiry into the op-ed author (political/legal), France's accusation of Russian satellite espionage (undated, non-violent), the 1923 Interpol history"),
    # CN-middleEast-25-20180219 (DCT Mon 19 February)
    ("CN-middleEast-25-20180219", "سلسلة من الضربات الجوية", "عندما شن الجيش الإسرائيلي سلسلة من الضربات الجوية",
     EXP, "Air/drone strike", "Military Forces of Israel", "Hamas", "Gaza Strip", "PS",
     "2018-02-17", "1", "2", "exact", "WAFA; Israeli army", "reported",
     "Saturday night the Israeli army carried out a series of air strikes and tank shelling on the Gaza Strip (18 Hamas targets per the army, incl. an 'attack tunnel' in al-Zeitoun, south Gaza: folded, part of the same series), killing the teenagers Salem Mohammed Sabah (17) and Abdullah Ayman al-Rumailat (15) (WAFA); title ('killed by Israeli bombardment in Gaza') is the same event; actor2 Hamas (the targets), the two dead were teenagers. Not coded: Sunday's funeral, the US listing of Haniyeh (designation)"),
    ("CN-middleEast-25-20180219", "انفجار عبوة", "استجابة لانفجار عبوة بالقرب من الحدود",
     EXP, "Remote explosive/landmine/IED", "Unidentified armed group", "Military Forces of Israel", "", "IL",
     "2018-02-17", "1", "", "", "Israeli army", "reported",
     "Saturday: an explosive device blew up near the border with the Gaza Strip, wounding four Israeli soldiers (two seriously); who was responsible was not immediately clear (the army held Hamas responsible in a statement -> actor1 Unidentified armed group); 'near the border with Gaza' names no place -> location empty, country IL (the Israeli side, borderline)"),
    # CN-middleEast-323-20180321 (DCT Wed 21 March)
    ("CN-middleEast-323-20180321", "سلسلة من الاعتقالات التعسفية", "سلسلة من الاعتقالات التعسفية",
     SD, "Arrests", "Police Forces of Egypt", "Civilians (Egypt)", "", "EG",
     "2018-01-01", "3", "", "", "Human Rights Watch", "claimed",
     "aggregate: HRW report that Egypt 'silenced' Sisi's critics and made 'a series of arbitrary arrests' in late January and February 2018 (during the election period; Egyptian officials called HRW 'liars'); no place, no count; month -> 1 January precision 3; in HRW's words -> claimed (borderline: a report's mention). Not coded: Sisi's interview, the 30 June / 3 July 2013 events (too old), the elections"),
    # FR-internationalNews-1845-20180616 (DCT Sat 16 June)
    ("FR-internationalNews-1845-20180616", "بمقتل أربعة أشخاص", "بمقتل أربعة أشخاص بينهم فتى",
     PR, "Excessive force against protesters", "Protesters (Nicaragua)", "Police Forces of Nicaragua", "", "NI",
     "2018-06-15", "1", "4", "exact", "Nicaraguan Centre for Human Rights (CENIDH)", "reported",
     "Friday: four people killed, incl. a 15-year-old boy, in attacks by riot police and special forces on the roadblocks set up by protesters (no place named)"),
    ("FR-internationalNews-1845-20180616", "170 قتيلا", "وبذلك بلغت حصيلة الضحايا 170 قتيلا",
     PR, "Excessive force against protesters", "Protesters (Nicaragua)", "", "", "NI",
     "2018-06-16", "3", "170", "at_least", "Nicaraguan Centre for Human Rights (CENIDH); Episcopal Conference", "reported",
     "aggregate: at least 170 killed and more than 1,300 wounded in two months of violence against the protest movement (two months, since mid-April; dated DCT precision 3 as the spent sets' March-of-Return totals, events8 FR-1431 and events9 FR-2772; the text does not say who killed them -> actor2 empty; includes Friday's 4); the protesters' roadblocks on many roads are folded; the title's and first paragraph's '170' are the same aggregate"),
    ("FR-internationalNews-1845-20180616", "إضراب عام", "غداة إضراب عام أدى",
     PR, "Peaceful protest", "Protesters (Nicaragua)", "", "", "NI",
     "2018-06-14", "1", "", "", "France 24", "reported",
     "Thursday (the day before Friday): a general strike called by the opposition paralysed the country, to push Ortega to accept its demands (strike as a protest; nationwide, no place)"),
    ("FR-internationalNews-1845-20180616", "وافقت الحكومة", "وافقت الحكومة في نيكاراغوا على دعوة",
     SD, "Agreement", "Government of Nicaragua", "", "", "NI",
     "2018-06-15", "1", "", "", "Episcopal Conference of Nicaragua (Cardinal Leopoldo Brenes)", "reported",
     "announced Friday by the bishops' conference (mediator in the stalled government-opposition dialogue): the government agreed to invite independent human-rights observers (IACHR, UN, EU) to investigate the violence and to form an 'investigation and security commission' (borderline: a concession in the national dialogue -> Agreement; actor2 empty, the opposition is not named as party to it); title is the same"),
    # SK-internationalNews-1386-20180505 (DCT Sat 5 May)
    ("SK-internationalNews-1386-20180505", "خرج عشرات الآلاف", "خرج عشرات الآلاف في شوارع باريس",
     PR, "Peaceful protest", "Protesters (France)", "", "Paris", "FR",
     "2018-05-05", "1", "", "", "Sky News Arabia; La France Insoumise; Paris mayor's office", "reported",
     "Saturday: tens of thousands (160,000 per La France Insoumise, 40,000 per the mayor's office) marched in Paris against Macron's reforms ('Enough Macron'), organised by a member of La France Insoumise; heavy police presence, no intervention described; title is the same"),
    ("SK-internationalNews-1386-20180505", "بإشعال النار في سيارات", "بإشعال النار في سيارات",
     RI, "Violent demonstration", "Rioters (France)", "Police Forces of France", "Paris", "FR",
     "2018-05-01", "1", "", "", "Sky News Arabia", "reported",
     "background: on Tuesday (May Day) hundreds of members of anarchist groups set cars on fire and threw stones at the police, taking over a march called by the trade unions in Paris (the union march itself folded)"),
    ("SK-internationalNews-1386-20180505", "إضراب متواصل", "بسبب إضراب متواصل لعمال السكك",
     PR, "Peaceful protest", "Protesters (France)", "", "", "FR",
     "2018-05-05", "2", "", "", "Sky News Arabia", "reported",
     "ongoing strike of railway workers protesting the reform of the state railway company (ongoing, no day or place -> DCT precision 2; borderline: a strike without a described gathering)"),
    ("SK-internationalNews-1386-20180505", "حشد أكبر", "لتنظيم حشد أكبر بكثير",
     PR, "Peaceful protest", "Protesters (France)", "", "", "FR",
     "2018-05-26", "1", "", "", "La France Insoumise", "planned",
     "La France Insoumise seeks to organise a much larger mobilisation with the unions and other forces on 26 May (planned; no place stated)"),
    # SK-middleEast-1210-20180424 (DCT Tue 24 April)
    ("SK-middleEast-1210-20180424", "بغارة للتحالف", "مقتله بغارة للتحالف العربي",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "", "YE",
     "2018-04-19", "1", "1", "exact", "Houthi Supreme Political Council", "reported",
     "background: Saleh al-Sammad, head of the Houthis' Supreme Political Council, killed in a coalition air strike last Thursday (DCT Tuesday 24 April -> 19 April), as the council announced (the victims' own announcement -> reported); no place named"),
    ("SK-middleEast-1210-20180424", "تعيين مهدي المشاط", "المتمردة تعيين مهدي المشاط",
     SD, "Change to group/activity", "Houthis", "", "", "YE",
     "2018-04-24", "2", "", "", "Houthis (announcement)", "reported",
     "the Houthis announced the appointment of Mahdi al-Mashat as head of their Supreme Political Council to succeed the killed al-Sammad (leadership change of an armed group after its leader's killing; borderline: could be judged a cabinet change of a de facto authority); no day -> DCT precision 2. Not coded: the 2014 takeover of Sanaa and peace-and-partnership agreement (too old), his May 2017 appointment to the council (administrative), the 'assassinations and liquidations' among Houthi wings (generic, undated)"),
    # SK-middleEast-1690-20180514 (DCT Mon 14 May)
    ("SK-middleEast-1690-20180514", "40 فلسطينيا قتلوا", "40 فلسطينيا قتلوا وأصيب",
     PR, "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "Gaza Strip", "PS",
     "2018-05-14", "1", "40", "exact", "Palestinian medical sources", "reported",
     "Monday (US embassy opening in Jerusalem): Israeli forces fired live rounds and tear gas at thousands of unarmed Palestinians gathered at the border east of the Gaza Strip, incl. people in tents; 40 killed and more than 1,700 wounded; folded: the title's 'dozens killed', Israeli aircraft dropping flammable material to burn the protesters' stockpiled tyres (same place, same day)"),
    ("SK-middleEast-1690-20180514", "مسيرة العودة الكبرى", "عدد قتلى \"مسيرة العودة الكبرى\" التي انطلقت",
     PR, "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "Gaza Strip", "PS",
     "2018-05-14", "3", "", "", "Palestinian medical sources", "reported",
     "aggregate: the 'Great March of Return' protests on the Gaza border, going on for six weeks since 30 March 2018, whose death toll Monday's dead raise (no total given -> no fatalities; dated DCT precision 3 as the spent March-of-Return totals, events8 FR-1431 and events9 FR-2772; borderline: an aggregate without a number)"),
    ("SK-middleEast-1690-20180514", "تصل الاحتجاجات", "ومن المقرر أن تصل الاحتجاجات",
     PR, "Peaceful protest", "Protesters (Palestine)", "", "Gaza Strip", "PS",
     "2018-05-15", "1", "", "", "Sky News Arabia", "planned",
     "the March of Return protests are scheduled to peak on Tuesday, Nakba day (DCT Monday -> 15 May; planned)"),
    ("SK-middleEast-1690-20180514", "سيضاعف عدد وحدات جيشه", "إنه سيضاعف عدد وحدات جيشه المقاتلة",
     SD, "Other", "Military Forces of Israel", "", "Gaza Strip", "PS",
     "2018-05-12", "2", "", "", "Israeli army", "planned",
     "the Israeli army, on maximum alert, said on Saturday it would double its combat units around the Gaza Strip and in the occupied West Bank; about 1,000 police to be mobilised in Jerusalem for the embassy (folded); reinforcement announced -> planned, dated at the Saturday announcement, precision 2. Not coded: the embassy opening, Trump's December recognition of Jerusalem, Netanyahu's speech (diplomatic)"),
    # SK-middleEast-2172-20180605 (DCT Tue 5 June)
    ("SK-middleEast-2172-20180605", "مقتل المسعفة", "من مقتل المسعفة الفلسطينية رزان النجار",
     PR, "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "Khuza'a, Khan Younis", "PS",
     "2018-06-01", "1", "1", "exact", "Gaza Ministry of Health (Ashraf al-Qidra); Israeli army", "reported",
     "1 June: the volunteer medic Razan al-Najjar (22) was shot in the chest by Israeli army fire east of Khan Younis while treating protesters wounded by the army near the fence, at the return camp on Khuza'a land; more than 100 wounded that day, 40 by live fire (folded); the army denies firing directly and deliberately at her but admits shots at other protesters (the killing itself is not denied -> reported). Not coded: the army's investigation (legal)"),
    # SK-middleEast-2674-20180630 (DCT Sat 30 June)
    ("SK-middleEast-2674-20180630", "بإطلاق النار عليهم", "واجهوا انتفاضة السجناء بإطلاق النار عليهم",
     VAC, "Attack", "Houthis", "Civilians (Yemen)", "Hodeidah Central Prison, Hodeidah", "YE",
     "2018-06-28", "1", "3", "exact", "Sky News Arabia sources", "reported",
     "last Thursday (DCT Saturday 30 June -> 28 June) inmates of Hodeidah central prison rose up against Houthi attempts to move them by force to the fronts; Houthi gunmen fired on them and blew up a gas cylinder, starting a fire, killing 3 prisoners and wounding others; 'Central Security' soldiers fired tear gas inside the prison (folded); detainees counted as civilians (alternative: Riots with the Houthis as actor2). Not coded: the siege of the prisoners since (food and visits barred: prison conditions), the forced-recruitment attempts (folded)"),
    ("SK-middleEast-2674-20180630", "دحر الحوثيين بمطار الحديدة", "ونجحت في دحر الحوثيين بمطار الحديدة",
     BA, "Government regains territory", "Military Forces of Yemen", "Houthis", "Hodeidah Airport, Hodeidah", "YE",
     "2018-06-30", "3", "", "", "Sky News Arabia", "reported",
     "background: on the west coast front the Yemeni joint forces recently drove the Houthis out of Hodeidah airport and are heading for the port ('recently', no day -> DCT precision 3); the generic Houthi defeats 'on various fronts' are not coded"),
]


def dcts():
    out = {}
    for line in open(os.path.join(ROOT, "ids.txt"), encoding="utf-8").read().splitlines()[1:]:
        aid, _set, _where, time = line.split("\t")
        out[aid] = email.utils.parsedate_to_datetime(time).astimezone(datetime.timezone.utc).date().isoformat()
    return out


def occurrence(text, trigger, snippet):
    starts = [m.start() for m in re.finditer("(?=%s)" % re.escape(snippet), text)]
    assert len(starts) == 1, (snippet, len(starts))
    inner = snippet.index(trigger)
    assert snippet.count(trigger) == 1, (trigger, snippet)
    pos = starts[0] + inner
    hits = [m.start() for m in re.finditer("(?=%s)" % re.escape(trigger), text)]
    return hits.index(pos) + 1


def main():
    d = dcts()
    lines = [
        "# Hand-annotated ACLED-style EVENT gold set 15 (Arabic news), 20 articles: blind second annotation. Annotator: helper session (annotator B), 2026-11-26 (UTC).",
        "# Blind second annotation: texts/<id>.txt read by hand; no project code opened or run, annotator A's files not seen. Conventions of events13/README.md, events9/README.md and events8/README.md (and their events_gold.tsv rows and second/ADJUDICATION.md) (17 columns, ACLED types, folding, scope, actors, reported_as, occurrence counting).",
        "# make_b.py writes this file from typed rows; occurrence from a hand-copied context snippet; dct from ids.txt (TIME -> UTC date). Decisions and articles without events: NOTES_B.md.",
        "\t".join(HEADER),
    ]
    for r in ROWS:
        aid, trig, snip = r[0], r[1], r[2]
        text = open(os.path.join(ROOT, "texts", aid + ".txt"), encoding="utf-8").read()
        occ = occurrence(text, trig, snip)
        row = [aid, d[aid], trig, str(occ)] + list(r[3:])
        assert len(row) == 17, row
        lines.append("\t".join(row))
    open(os.path.join(HERE, "events_b.tsv"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print("rows:", len(ROWS))


if __name__ == "__main__":
    main()
