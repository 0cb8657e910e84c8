"""Annotator B's blind second annotation of events16: the hand-typed rows below -> events_b.tsv.
No extraction: each row's occurrence number comes from a hand-copied context snippet (the trigger's position inside
the unique snippet -> count of trigger hits before it in title+"\n"+text); dct comes from ids.txt (TIME -> UTC date).
Run: python3 tests/data/heldout/events16/second/make_b.py"""
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
    # SK-middleEast-3521-20180907 (DCT Fri 7 September)
    ("SK-middleEast-3521-20180907", "واندلعت الاشتباكات", "واندلعت الاشتباكات بين المتظاهرين والقوات الأمنية",
     RI, "Violent demonstration", "Rioters (Iraq)", "Police Forces of Iraq", "Basra", "IQ",
     "2018-09-07", "2", "1", "exact", "Sky News Arabia", "reported",
     "violent protests in Basra for the fourth day running (title/lead): renewed protests in central Basra demanding accountability after civilians were killed by security forces' fire; clashes broke out between protesters and security forces near the governorate building after one protester was killed and 4 wounded by security forces' bullets (killing folded: same place, same protest; 1 killed); no day stated -> DCT precision 2; borderline type (alternative: Excessive force against protesters). Not coded: the parliament's extraordinary session on Saturday and al-Sadr's call for it (political), the curfew cancelled on Wednesday before it took effect (administrative, never applied)"),
    ("SK-middleEast-3521-20180907", "ميناء أم قصر", "إلى ميناء أم قصر للبضائع",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Umm Qasr", "IQ",
     "2018-09-07", "2", "", "", "Sky News Arabia", "reported",
     "the protests that have swept southern Iraq in recent months spread to the Umm Qasr commercial port near Basra (a differently named place -> own row; no violence described; no day -> DCT precision 2); the months-long southern protest wave itself is not given its own row (vague)"),
    # SK-middleEast-3193-20180731 (DCT Tue 31 July)
    ("SK-middleEast-3193-20180731", "بإزالة خيام اعتصام", "رغم قيام قوات الأمن بإزالة خيام اعتصام",
     PR, "Protest with intervention", "Protesters (Iraq)", "Police Forces of Iraq", "Basra", "IQ",
     "2018-07-31", "2", "", "", "Sky News Arabia", "reported",
     "ongoing sit-in of Basra protesters in front of the Basra governorate council (electricity, water, jobs, release of detainees), with banners in Persian against Iranian domination (title); it continued although security forces removed the sit-in tents (intervention); no day -> DCT precision 2. Not coded: the electricity minister's dismissal (cabinet change), the coordination committees' conditional threat to cut bridges, the union leader's call to continue peaceful protest"),
    ("SK-middleEast-3193-20180731", "أكبر تظاهرة", "وشهدت النجف جنوبي البلاد أكبر تظاهرة",
     PR, "Peaceful protest", "Protesters (Iraq)", "", "Najaf", "IQ",
     "2018-07-27", "1", "", "", "Sky News Arabia", "reported",
     "Friday (DCT Tuesday 31 July -> 27 July): Najaf saw the largest demonstration among the Iraqi governorates; no intervention described"),
    ("SK-middleEast-3193-20180731", "اقتحام المتظاهرين", "التي تخللها اقتحام المتظاهرين لمكاتب حكومية",
     RI, "Violent demonstration", "Rioters (Iraq)", "", "", "IQ",
     "2018-07-31", "3", "", "", "Sky News Arabia", "reported",
     "aggregate: weeks of protests during which protesters stormed government offices and offices of pro-Iranian political parties and burned pictures of Khamenei (also in the streets of Basra and Najaf: folded); several cities, none singled out for the storming -> location empty; DCT precision 3"),
    ("SK-middleEast-3193-20180731", "مقتل 14 شخصا", "إلى مقتل 14 شخصا وإصابة آخرين",
     PR, "Excessive force against protesters", "Protesters (Iraq)", "", "", "IQ",
     "2018-07-31", "3", "14", "exact", "Sky News Arabia", "reported",
     "aggregate: the use of force against the demonstrations that began in the south on 8 July and spread to several cities killed 14 people, wounded others and led to dozens of arrests (arrests folded); who used force is not said -> actor2 empty; DCT precision 3 as the spent cumulative tolls"),
    # SK-internationalNews-728-20180401 (DCT Sun 1 April)
    ("SK-internationalNews-728-20180401", "تبادل لإطلاق النار", "في تبادل لإطلاق النار في دراغاد",
     BA, "Armed clash", "Military Forces of India", "Unidentified armed group", "Dragad", "IN",
     "2018-04-01", "2", "9", "exact", "Indian police (AFP)", "reported",
     "seven militants and two Indian soldiers killed in an exchange of fire in Dragad, south of Srinagar, with helicopters flying low over the battle; announced by the police on Sunday, fighting 'still continuing' -> DCT precision 2; militants unnamed -> Unidentified armed group. The title's and lead's 16 dead = this row + Kachdora + the other area + the 2 protesters"),
    ("SK-internationalNews-728-20180401", "كاتشدورا", "في قرية كاتشدورا",
     BA, "Armed clash", "Military Forces of India", "Unidentified armed group", "Kachdora", "IN",
     "2018-04-01", "2", "4", "exact", "local police chief Shesh Paul Vaid", "reported",
     "security forces still under fire from militants in Kachdora village, where the confrontations killed a soldier and three militants (a differently named place -> own row); DCT precision 2"),
    ("SK-internationalNews-728-20180401", "في منطقة أخرى", "في تبادل لإطلاق النار في منطقة أخرى",
     BA, "Armed clash", "Military Forces of India", "Unidentified armed group", "Kashmir", "IN",
     "2018-04-01", "2", "1", "exact", "Indian authorities", "reported",
     "another man, whom the Indian authorities say was a militant, killed in an exchange of fire in another (unnamed) area (the identity is the authorities' claim, the clash is reported); location: only 'Indian Kashmir'; DCT precision 2"),
    ("SK-internationalNews-728-20180401", "مئات المتظاهرين", "أطلقت الشرطة النار على مئات المتظاهرين",
     RI, "Violent demonstration", "Rioters (India)", "Police Forces of India", "Kashmir", "IN",
     "2018-04-01", "2", "2", "exact", "Sky News Arabia (AFP)", "reported",
     "two civilians killed and others wounded when police fired on hundreds of demonstrators who threw stones at the security forces and chanted against Indian rule (stone-throwing -> Riots rather than Excessive force); no place named beyond Indian Kashmir; DCT precision 2. Not coded: Pakistan's condemnation (statement), the insurgency since 1989 (too old)"),
    # AL-internationalNews-888-20180413 (DCT Fri 13 April)
    ("AL-internationalNews-888-20180413", "خطف فصيل من بوكو حرام", "خطف فصيل من بوكو حرام أكثر من 100",
     VAC, "Abduction/forced disappearance", "Boko Haram", "Civilians (Nigeria)", "Dapchi", "NG",
     "2018-02-01", "3", "5", "about", "UNICEF; Al Arabiya", "reported",
     "background: last February a Boko Haram faction abducted more than 100 schoolgirls from the town of Dapchi; about five died while held by the group (deaths in captivity counted here); month only -> 1 February precision 3"),
    ("AL-internationalNews-888-20180413", "أعادت بوكو حرام", "أعادت بوكو حرام جميع تلك الفتيات",
     SD, "Other", "Boko Haram", "Civilians (Nigeria)", "Dapchi", "NG",
     "2018-03-01", "3", "", "", "Al Arabiya", "reported",
     "background: a month after the abduction Boko Haram returned almost all the Dapchi girls (hostage release; the government says it paves the way for ceasefire talks: not coded); month only -> 1 March precision 3 (borderline: release of hostages). Not coded: UNICEF's statement and figures (more than 1,000 children abducted since 2013, 2,295 teachers killed and 1,400 schools destroyed, 20,000 killed in the insurgency: aggregates starting more than 12 months before the DCT), the 2014 Chibok abduction and Khadija's undated abduction (old/undated), the January video of Chibok girls (propaganda, no event)"),
    # SK-middleEast-2734-20180703 (DCT Tue 3 July)
    ("SK-middleEast-2734-20180703", "هجومًا واسعاً", "وشن الجيش اليمني مسنودا بالتحالف العربي هجومًا واسعاً",
     BA, "Government regains territory", "Military Forces of Yemen", "Houthis", "Nihm, Sanaa", "YE",
     "2018-07-03", "2", "", "", "Sky News Arabia", "reported",
     "the army, backed by coalition jets, launched a broad multi-axis attack on Houthi positions in Nihm district east of Sanaa and 'liberated' Jibal al-Nuhud, al-Madfun village, the Jibal al-Rabah range and positions next to Tabbat Salih overlooking Wadi Mahli (title and lead are the same; air support folded); stated by the outlet -> reported; no day -> DCT precision 2"),
    ("SK-middleEast-2734-20180703", "بثلاث غارات", "استهدفت بثلاث غارات تجمعات",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Al Bayadh, Nihm", "YE",
     "2018-07-03", "2", "", "", "military sources", "claimed",
     "coalition jets struck Houthi gatherings and reinforcements with three raids, destroying combat vehicles and a BMP west of al-Bayadh and killing those aboard (no number); a differently named place -> own row; 'military sources said' -> claimed; DCT precision 2"),
    ("SK-middleEast-2734-20180703", "جبل الأزهور", "المواقع الواقعة قبالة جبل الأزهور",
     BA, "Government regains territory", "Military Forces of Yemen", "Houthis", "Jabal al-Azhur, Saada", "YE",
     "2018-07-03", "2", "", "", "Sky News Arabia", "reported",
     "Saada front: the army (6th and 7th brigades) and the resistance, with coalition air support, advanced and 'liberated' the positions facing Jabal al-Azhur and took important positions there; DCT precision 2. Not coded: the generic Houthi losses and flight from the fronts"),
    ("SK-middleEast-2734-20180703", "30 حوثيا", "قتل فيها ما لا يقل عن 30 حوثيا",
     BA, "Armed clash", "Military Forces of Yemen", "Houthis", "Saada", "YE",
     "2018-07-03", "3", "30", "at_least", "Sky News Arabia", "reported",
     "aggregate: 'special military operations' of the army over the past two weeks killed at least 30 Houthis (in the Saada paragraphs -> Saada; DCT precision 3)"),
    ("SK-middleEast-2734-20180703", "جبل رازح", "بتنفيذ عدة غارات على جبل رازح",
     EXP, "Air/drone strike", "Saudi-led coalition", "Houthis", "Jabal Razih, Saada", "YE",
     "2018-07-03", "2", "", "", "Sky News Arabia", "reported",
     "coalition aircraft continued their support with several raids on Jabal Razih; folded: the coalition's strikes on Houthi weapons stores, missile launchers and military vehicles (no place named, same paragraph); DCT precision 2"),
    # FR-middleEast-599-20180607 (DCT Thu 7 June)
    ("FR-middleEast-599-20180607", "احتجاجات شعبية متواصلة", "احتجاجات شعبية متواصلة",
     PR, "Peaceful protest", "Protesters (Jordan)", "", "", "JO",
     "2018-06-07", "2", "", "", "France 24 (AFP)", "reported",
     "Jordan has seen continuous popular protests for a week, mainly against the income-tax bill, with 'new night demonstrations' (folded); no place named -> location empty; ongoing -> DCT precision 2. Not coded: the general strike called by the professional unions since Wednesday (a strike, no gathering described), Razzaz's pledge to withdraw the bill and the King's call for dialogue (political)"),
    # SK-middleEast-3235-20180802 (DCT Thu 2 August)
    ("SK-middleEast-3235-20180802", "مباغتة المتمردين", "في مباغتة المتمردين الحوثيين في الدريهمي",
     BA, "Government regains territory", "Yemeni Resistance", "Houthis", "Ad Durayhimi, Al Hudaydah", "YE",
     "2018-08-02", "1", "", "", "field sources (Sky News Arabia)", "reported",
     "Thursday: the joint Yemeni resistance forces surprised the Houthis in al-Durayhimi with a wide outflanking move from the north, reached the outskirts of the town with coalition air support and took some positions and farms around the district centre, confrontations continuing near the centre (title and lead are the same); folded: the arrival of more Giants Brigades reinforcements and the coalition air support; Houthis said to use civilians as human shields (not coded)"),
    ("SK-middleEast-3235-20180802", "بدأت الثلاثاء عملية عسكرية", "قد بدأت الثلاثاء عملية عسكرية",
     BA, "Government regains territory", "Yemeni Resistance", "Houthis", "Ad Durayhimi, Al Hudaydah", "YE",
     "2018-07-31", "1", "", "", "Sky News Arabia", "reported",
     "Tuesday (DCT Thursday 2 August -> 31 July): the joint forces, led by the Giants Brigades, started a military operation towards the centre of al-Durayhimi district, took many positions and captured a number of rebels (captures folded); a differently dated step -> own row"),
    ("SK-middleEast-3235-20180802", "بنزع الألغام", "بنزع الألغام التي زرعتها",
     SD, "Disrupted weapons use", "Yemeni Resistance", "Houthis", "Ad Durayhimi, Al Hudaydah", "YE",
     "2018-08-02", "2", "", "", "Sky News Arabia", "reported",
     "engineering teams of the resistance began clearing mines planted by the Houthis in the farms, the tourist park and the main roads to al-Durayhimi town (demining -> Disrupted weapons use; borderline, could be folded into the battle); DCT precision 2"),
    # SK-middleEast-1732-20180515 (DCT Tue 15 May)
    ("SK-middleEast-1732-20180515", "60 فلسطينيا", "قتلت القوات الإسرائيلية 60 فلسطينيا",
     PR, "Excessive force against protesters", "Protesters (Palestine)", "Military Forces of Israel", "Gaza Strip", "PS",
     "2018-05-14", "1", "60", "about", "Palestinian Ministry of Health", "reported",
     "Monday (DCT Tuesday 15 May -> 14 May): Israeli forces killed 60 Palestinians during protests at the Gaza border ('up to 60' per the Health Ministry -> about) with gunfire and tear gas; the lead's 'Israeli attacks on Gaza, dozens killed and wounded' and the last paragraph are the same event. Not coded: the UAE/Kuwait moves, the Human Rights Council special session on Friday, Kuwait's draft resolution, the Arab League ministers' meeting on Thursday (diplomatic), the 2014 war (too old)"),
    # SK-middleEast-1473-20180506 (DCT Sun 6 May)
    ("SK-middleEast-1473-20180506", "مقتل مطلوب أمني", "مقتل مطلوب أمني بحادثة",
     BA, "Armed clash", "Police Forces of Saudi Arabia", "Unidentified armed group", "Al Wahda, Al Namas", "SA",
     "2018-05-06", "2", "1", "exact", "Saudi Interior Ministry security spokesman", "claimed",
     "Saudi security forces tracked Khalid Mohammed Ali al-Shahri, wanted for the attack on the Asir checkpoint, to his family's home in al-Wahda village, al-Namas governorate; surrounded and called on to surrender, he attacked them with a knife and was 'neutralised', wounded and died after reaching hospital (the lead also says 'killed in an exchange of fire'); only the ministry's statement -> claimed; no day -> DCT precision 2; borderline scope: the attack on security men is treated as political violence (no criminal motive stated; 'security wanted person'), alternative: crime, not coded"),
    ("SK-middleEast-1473-20180506", "نقطة تفتيش أمنية", "في نقطة تفتيش أمنية في منطقة عسير",
     BA, "Armed clash", "Unidentified armed group", "Police Forces of Saudi Arabia", "Asir", "SA",
     "2018-04-17", "2", "4", "exact", "Saudi Interior Ministry", "reported",
     "background: four security men killed by gunfire 'from an unknown source' at a security checkpoint in the Asir region at the beginning of the current month of Sha'ban (1 Sha'ban 1439 ~ 17 April 2018 -> precision 2); the ministry's statement about its own losses -> reported; the second mention ('4 من رجال الأمن قتلوا') is the same event"),
    ("SK-middleEast-1473-20180506", "القبض على شخصين", "من القبض على شخصين من المتورطين",
     SD, "Arrests", "Police Forces of Saudi Arabia", "Unidentified armed group", "", "SA",
     "2018-05-06", "3", "", "", "Saudi Interior Ministry", "claimed",
     "background: security men arrested two of those involved in the checkpoint attack (no place, no day: between the attack and the DCT -> DCT precision 3); arrested suspects of an armed attack -> actor2 Unidentified armed group"),
    ("SK-middleEast-1473-20180506", "ومقتل شريكهم الثالث", "ومقتل شريكهم الثالث بعد تبادل",
     BA, "Armed clash", "Police Forces of Saudi Arabia", "Unidentified armed group", "", "SA",
     "2018-05-06", "3", "1", "exact", "Saudi Interior Ministry", "claimed",
     "background: their third accomplice was killed in an exchange of fire while trying to flee (no place or day -> DCT precision 3; ministry's account -> claimed)"),
    # CN-middleEast-20-20180217 (DCT Sat 17 February)
    ("CN-middleEast-20-20180217", "هجوم مزعوم بسلاح كيماوي", "بعد هجوم مزعوم بسلاح كيماوي",
     EXP, "Chemical weapon", "Military Forces of Turkey", "Civilians (Syria)", "Al Mazina, Sheikh al-Hadid", "SY",
     "2018-02-16", "1", "", "", "SANA; Afrin hospital director Dr Jowan Mohammed (CNN)", "claimed",
     "Friday: six civilians treated for symptoms of chemical exposure (burning eyes, suffocation, rash; chlorine suspected, not confirmed) after an alleged chemical-weapon attack by Turkish forces on the village of al-Mazina, Sheikh al-Hadid subdistrict, Afrin region ('alleged' -> claimed; no deaths); title is the same. Not coded: the Olive Branch operation mentioned as background (no specific event), the US announcement of a Kurdish border force (January, no violence), the related-story headlines (Iran's call on Turkey, Turkey's warning to US forces in Manbij: statements)"),
    # SK-internationalNews-932-20180414 (DCT Sat 14 April)
    ("SK-internationalNews-932-20180414", "سلسلة من الهجمات", "متمردو الروهينغا سلسلة من الهجمات",
     BA, "Armed clash", "ARSA: Arakan Rohingya Salvation Army", "Police Forces of Myanmar", "", "MM",
     "2017-08-25", "1", "", "", "Sky News Arabia", "reported",
     "background: on 25 August last year Rohingya insurgents (ARSA, not named in the text) launched a series of attacks on 30 security posts and other targets (within 12 months of the DCT); no place named (Rakhine implied) -> location empty; no toll"),
    ("SK-internationalNews-932-20180414", "حملة الأرض المحروقة", "ما تسمى حملة الأرض المحروقة",
     VAC, "Attack", "Military Forces of Myanmar", "Civilians (Myanmar)", "", "MM",
     "2017-08-25", "3", "", "", "Sky News Arabia; UN and human-rights groups", "reported",
     "aggregate/background: after the 25 August attacks Myanmar's security forces began a so-called scorched-earth campaign against Rohingya villages, described by the UN and rights groups as ethnic cleansing (about 700,000 fled to Bangladesh); location empty (no place named); precision 3"),
    ("SK-internationalNews-932-20180414", "اعتداءات جنسية وحشية", "اعتداءات جنسية وحشية",
     VAC, "Sexual violence", "Military Forces of Myanmar", "Civilians (Myanmar)", "", "MM",
     "2017-08-01", "3", "", "", "UN Secretary-General's report (AP)", "claimed",
     "aggregate: the UN report (Guterres) says the Tatmadaw, sometimes with local militias, carried out brutal sexual violence against Rohingya in the 'military ethnic-cleansing operations between October 2016 and August 2017' (documented among about 700,000 refugees in Bangladesh); the period starts more than 12 months before the DCT but ends within it -> dated at its last month, 1 August 2017 precision 3; 'suspected' in the report -> claimed (borderline: could be folded into the scorched-earth aggregate). Not coded: the blacklisting itself (a UN report), the citizenship denial (policy)"),
    # SK-internationalNews-2073-20180610 (DCT Sun 10 June)
    ("SK-internationalNews-2073-20180610", "بقرار وقف إطلاق النار", "بقرار وقف إطلاق النار بين الحكومة الأفغانية",
     SD, "Agreement", "Government of Afghanistan", "Taliban", "", "AF",
     "2018-06-10", "3", "", "", "Pakistani President Mamnoon Hussain", "reported",
     "the ceasefire between the Afghan government and the Taliban during the Eid al-Fitr holidays (ceasefires are Agreement rows, as the spent FR-1859 rows; the text gives neither the announcement days nor a place -> DCT precision 3). Not coded: Pakistan's welcome at the SCO summit in China (diplomatic)"),
    # SK-middleEast-887-20180409 (DCT Mon 9 April)
    ("SK-middleEast-887-20180409", "القافلة الأولى", "إن القافلة الأولى من مهجري",
     SD, "Non-violent transfer of territory", "Military Forces of Syria", "Jaysh al-Islam", "Douma", "SY",
     "2018-04-09", "2", "", "", "Syrian state media; sources", "reported",
     "the first convoy of people displaced from Douma (dozens of opposition fighters and their families, at least 25 buses, via al-Wafidin crossing) left for Jarablus in the north after waiting 24 hours at the edge of the town (rebels leaving by bus -> Non-violent transfer, as the spent SK-561 rows; title is the same); no day stated -> DCT precision 2"),
    ("SK-middleEast-887-20180409", "سراح عشرات الرهائن", "أطلقت في المقابل سراح عشرات الرهائن",
     SD, "Agreement", "Jaysh al-Islam", "Government of Syria", "Douma", "SY",
     "2018-04-09", "1", "", "", "Syrian state television", "reported",
     "in exchange the opposition released dozens of hostages, who reached the Syrian army lines on Monday evening, under the Russian-brokered deal by which the fighters leave the besieged town (safe passage for thousands of fighters in exchange for Jaysh al-Islam releasing hostages and prisoners of war; the deal itself folded into this row; prisoner exchange -> Agreement); the hostages were taken to a stadium in Damascus"),
    ("SK-middleEast-887-20180409", "75رهينة", "الإفراج عن حوالي 75رهينة",
     SD, "Agreement", "Jaysh al-Islam", "Government of Syria", "Douma", "SY",
     "2018-04-08", "1", "", "", "Syrian state television", "reported",
     "yesterday (DCT Monday 9 April -> 8 April): the swap began with the release of about 75 hostages (a differently dated step of the exchange -> own row)"),
    ("SK-middleEast-887-20180409", "الشرطة العسكرية الروسية", "إن الشرطة العسكرية الروسية ستدخل دوما",
     SD, "Other", "Military Forces of Russia", "", "Douma", "SY",
     "2018-04-09", "2", "", "", "opposition negotiators", "planned",
     "opposition negotiators say Russian military police will enter Douma to implement the deal (announced deployment -> planned; DCT precision 2)"),
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
        "# Hand-annotated ACLED-style EVENT gold set 16 (Arabic news), 20 articles: blind second annotation. Annotator: helper session (annotator B), 2026-11-26 (UTC).",
        "# Blind second annotation: texts/<id>.txt read by hand; no project code opened or run, annotator A's files not seen. Conventions of events15/README.md, events9/README.md and events8/README.md (and their events_gold.tsv rows and second/ADJUDICATION.md) (17 columns, ACLED types, folding, scope, actors, reported_as, occurrence counting).",
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
