//! Table of French sentences → the date spans found and their values.

use super::*;
use crate::fold::fold;

fn date(iso: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok()
}

fn found(text: &str, anchor: &str) -> Vec<(String, String)> {
    find(text, &fold(text), date(anchor), &[])
        .into_iter()
        .map(|m| (text[m.span].to_string(), m.value.unwrap_or_default()))
        .collect()
}

/// `case! {name, text, anchor, [(span, value), …]}`: anchor "" means none, value "" null.
/// 2018-07-12 is a Thursday.
macro_rules! case {
    ($name:ident, $text:expr, $anchor:expr, [$(($span:expr, $value:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let want: Vec<(String, String)> = vec![$(($span.to_string(), $value.to_string())),*];
            assert_eq!(found($text, $anchor), want, "in {:?}", $text);
        }
    };
}

// Full and partial dates.
case! {weekday_full, "Il est venu mardi 26 janvier 2016 à Lille.", "", [("mardi 26 janvier 2016", "2016-01-26")]}
case! {first_of_month, "Le texte entre en vigueur le 1er janvier 2025.", "", [("1er janvier 2025", "2025-01-01")]}
// A paragraph ends a date: the number opening the next one is no year.
case! {no_date_over_a_line_break, "Vœux du 1er janvier\n12 élus ont voté.", "2018-07-12", [("1er janvier", "2018-01-01")]}
case! {day_month_anchor, "Le 1er janvier, tout change.", "2018-07-12", [("1er janvier", "2018-01-01")]}
case! {no_anchor_null, "Rendez-vous le 1er août.", "", [("1er août", "")]}
case! {numeric_full, "Arrêté du 26/01/2016 relatif aux drones.", "", [("26/01/2016", "2016-01-26")]}
case! {numeric_two_digit_year, "Signé le 20/02/14 à Rome.", "", [("20/02/14", "2014-02-20")]}
case! {iso_date, "Version du 2013-03-01.", "", [("2013-03-01", "2013-03-01")]}
case! {month_abbrev_year, "Paru en janv. 2016 puis en sept. 2023.", "", [("janv. 2016", "2016-01"), ("sept. 2023", "2023-09")]}
case! {month_year, "Les élections de mars 2015 ont surpris.", "", [("mars 2015", "2015-03")]}
case! {month_alone, "Il partira en juillet.", "2018-03-01", [("juillet", "2018-07")]}
case! {bare_year, "En 2015, la conférence a réuni 300 participants.", "", [("2015", "2015")]}
case! {event_year, "La Conférence Octopus 2015 sur la cybercriminalité.", "", [("2015", "2015")]}
case! {letters_day, "Il est né le quinze juillet 1990.", "", [("quinze juillet 1990", "1990-07-15")]}
case! {ocr_first, "Depuis le ler août 1914, la guerre.", "", [("Depuis le ler août 1914", "1914-08-01/..")]}
case! {bare_day_le, "Il reviendra le 16.", "2018-07-12", [("le 16", "2018-07-16")]}
case! {last_day_of, "Le dernier jour d'octobre 2015 fut pluvieux.", "", [("Le dernier jour d'octobre 2015", "2015-10-31")]}

// Ranges.
case! {range_days, "Du 11 au 13 juillet, le Conseil de l'Europe réunit des experts.", "2018-07-12", [("Du 11 au 13 juillet", "2018-07-11/2018-07-13")]}
case! {range_years, "Il a dirigé le parti entre 2014 et 2016.", "", [("entre 2014 et 2016", "2014/2016")]}
case! {range_months, "Les travaux dureront de mars à mai.", "2019-01-10", [("de mars à mai", "2019-03/2019-05")]}
case! {range_hyphen, "Festival du 13-15 juillet 2018 à Arles.", "", [("13-15 juillet 2018", "2018-07-13/2018-07-15")]}
case! {range_across_months, "du 10 juin au 1er juillet 2018", "", [("du 10 juin au 1er juillet 2018", "2018-06-10/2018-07-01")]}
case! {range_across_years, "du 28 décembre au 3 janvier 2019", "", [("du 28 décembre au 3 janvier 2019", "2018-12-28/2019-01-03")]}
case! {range_war, "la guerre de 1914-1918", "", [("1914-1918", "1914/1918")]}
case! {range_entre_days, "entre le 13 et le 15 juillet 2018", "", [("entre le 13 et le 15 juillet 2018", "2018-07-13/2018-07-15")]}
case! {two_days, "lors du scrutin des 16 et 17 juin 2012", "", [("16 et 17 juin 2012", "2012-06-16/2012-06-17")]}
case! {marks_not_days, "des notes comprises entre 8 et 10", "2012-07-06", []}

// Fuzzy points.
case! {end_of_year, "Le Protocole doit être finalisé fin 2019.", "2018-07-11", [("fin 2019", "2019-11/2019-12")]}
case! {early_april, "Les résultats sont attendus début avril.", "2019-03-05", [("début avril", "2019-04-01/2019-04-05")]}
case! {mid_march, "Le scrutin aura lieu mi-mars.", "2019-01-05", [("mi-mars", "2019-03-10/2019-03-19")]}
case! {spring_year, "Il sera jugé au printemps 2020.", "", [("printemps 2020", "2020-03-20/2020-06-20")]}
case! {this_summer, "Cet été, les prix ont grimpé.", "2018-07-12", [("Cet été", "2018-06-21/2018-09-23")]}
case! {end_of_this_year, "Une décision est attendue en fin d'année.", "2018-07-12", [("fin d'année", "2018-11/2018-12")]}
case! {first_fortnight, "pendant la première quinzaine d'avril 2017", "", [("première quinzaine d'avril 2017", "2017-04-01/2017-04-14")]}

// Relative expressions.
case! {yesterday, "a souligné hier le procureur", "2018-07-12", [("hier", "2018-07-11")]}
case! {today_tomorrow, "Aujourd'hui comme demain.", "2018-07-12", [("Aujourd'hui", "2018-07-12"), ("demain", "2018-07-13")]}
case! {weekday_past_bias, "a déclaré mercredi le secrétaire général", "2018-07-12", [("mercredi", "2018-07-11")]}
case! {weekday_same_day, "a déclaré jeudi le ministre", "2018-07-12", [("jeudi", "2018-07-12")]}
case! {weekday_evening, "Il a parlé mardi soir.", "2018-07-12", [("mardi soir", "2018-07-10")]}
case! {weekday_last, "mardi dernier", "2018-07-12", [("mardi dernier", "2018-07-10")]}
case! {weekday_future_tense, "Le sommet aura lieu lundi à Bruxelles.", "2018-07-12", [("lundi", "2018-07-16")]}
case! {weekday_expected, "La décision est attendue vendredi.", "2018-07-12", [("vendredi", "2018-07-13")]}
case! {weekday_past_tense, "Il s'est rendu mardi à Lille.", "2018-07-12", [("mardi", "2018-07-10")]}
case! {weekday_until, "La conférence doit se poursuivre jusqu'à vendredi à Strasbourg.", "2018-07-12", [("jusqu'à vendredi", "../2018-07-13")]}
case! {next_week, "Le vote aura lieu la semaine prochaine.", "2018-07-12", [("la semaine prochaine", "2018-W29")]}
case! {last_year, "L'an dernier, les ventes ont chuté.", "2018-07-12", [("L'an dernier", "2017")]}
case! {last_month, "Le mois dernier, il pleuvait.", "2018-07-12", [("Le mois dernier", "2018-06")]}
case! {days_ago, "Il est arrivé il y a trois jours.", "2018-07-12", [("il y a trois jours", "2018-07-09")]}
case! {since_hedged, "Il est en poste depuis un peu plus d'un an.", "2018-07-12", [("depuis un peu plus d'un an", "2017-07/..")]}
case! {since_year, "Il vit à Lyon depuis 2014.", "", [("depuis 2014", "2014/..")]}
case! {eve_anaphor, "Le 3 mai 2018, il a signé. La veille, il hésitait.", "2018-07-12", [("3 mai 2018", "2018-05-03"), ("La veille", "2018-05-02")]}
case! {relative_no_anchor, "Il est venu hier.", "", [("hier", "")]}

case! {nth_weekday, "le premier lundi de septembre 2019", "", [("premier lundi de septembre 2019", "2019-09-02")]}
case! {last_weekday, "le dernier dimanche d'octobre 2018", "", [("dernier dimanche d'octobre 2018", "2018-10-28")]}
case! {week_of, "la semaine du 7 octobre 2013", "", [("semaine du 7 octobre 2013", "2013-W41")]}
case! {from_lone_day, "à partir du 8, les prix baissent.", "2013-02-12", [("à partir du 8", "2013-03-08/..")]}

case! {weekday_day_far, "jeudi 15", "2013-02-12", [("jeudi 15", "2012-11-15")]}
case! {day_of_the_dead, "le jour des morts", "2013-02-12", [("jour des morts", "2013-11-02")]}

// Centuries and decades.
case! {century, "une église du XIXe siècle", "", [("XIXe siècle", "1800/1899")]}
case! {century_digits, "au 21e siècle", "", [("21e siècle", "2000/2099")]}
case! {decade, "dans les années 1990", "", [("années 1990", "1990/1999")]}
case! {decade_short, "la musique des années 80", "", [("années 80", "1980/1989")]}

// Never dates.
case! {short_words, "Il mer jeu sa je me", "2018-07-12", []}
case! {count_before_noun, "Il y a eu 283 blocages et 130 grandes sociétés.", "2018-07-12", []}
case! {glued_number, "la Convention108 et le G8", "2018-07-12", []}
case! {count_year_like, "Plus de 2000 manifestants et 1500 euros.", "2018-07-12", []}
case! {participle_ete, "Il a été élu.", "2018-07-12", []}
case! {planet, "La sonde approche de Mars depuis la Terre.", "2018-07-12", []}
case! {fraction, "Les 2/3 des votants et 1/3 des élus.", "2018-07-12", []}
case! {phone, "Appelez le 06 12 13 14 15.", "2018-07-12", []}
case! {duration_is_not_date, "à l'issue de trois jours de travaux", "2018-07-12", []}
case! {first_name_noel, "Noël Mamère a parlé.", "2018-07-12", []}
case! {age_not_years, "Il avait soixante-dix ans passés.", "2018-07-12", []}
case! {week_after_week, "Il s'ajourna de semaine en semaine.", "2018-07-12", []}
case! {any_sunday, "en costume du dimanche, un lundi matin", "2018-07-12", []}
case! {season_de_year, "le printemps de 1672 fleurissait", "", [("printemps de 1672", "1672-03-20/1672-06-20")]}
case! {premier_ministre, "Le premier ministre a parlé.", "2018-07-12", []}

// Lists of dates alone on their lines (a programme grid) are not reported.
case! {schedule, "Mardi 27 Septembre\nMercredi 28 Septembre\nJeudi 29 Septembre\nLe ministre est venu ce mardi 26 janvier.", "2016-01-28", [("mardi 26 janvier", "2016-01-26")]}

macro_rules! dateline_case {
    ($name:ident, $text:expr, $option:expr, $want:expr, $source:expr) => {
        #[test]
        fn $name() {
            let text = $text;
            let (got, source) = article_date(text, &fold(text), None, date($option));
            assert_eq!((got, source), (date($want), $source));
        }
    };
}

dateline_case! {dateline_tail, "Texte sur mercredi.\n\nStrasbourg 11 juillet 2018\n  • Imprimer\n", "", "2018-07-11", DateSource::Dateline}
dateline_case! {dateline_published, "Titre\nPublié le 12 mars 2019 à 10h\nLe 3 mai 2017, il a dit.", "", "2019-03-12", DateSource::Dateline}
dateline_case! {dateline_agency, "PARIS, 3 mai (AFP) - Le gouvernement a annoncé.", "2019-06-01", "2019-05-03", DateSource::Dateline}
dateline_case! {no_dateline_in_sentence, "Titre\nLe gouvernement a annoncé le 3 mai 2017 une grande réforme des retraites pour tous les salariés du privé.", "", "", DateSource::None}
// A long first paragraph that opens on a date: only its opening is read, and it is enough.
dateline_case! {dateline_opening_long_paragraph, concat!("LILLE, 26 janvier 2016 — Le conseil régional a voté mardi soir un budget ", "que l'opposition juge trop prudent, après une séance de plus de six heures marquée par ", "de longs débats sur les transports, les lycées et l'aide aux entreprises en difficulté."), "", "2016-01-26", DateSource::Dateline}
// "publié le" inside prose dates a report, not the article.
dateline_case! {no_dateline_from_published_in_prose, concat!("Titre\nLe rapport de la Cour des comptes, publié le 3 mai 2017, ", "pointe les retards du chantier, dont le coût a doublé depuis le lancement des travaux ", "il y a six ans, et demande à l'État de revoir le calendrier et le financement du projet ", "avant la fin de l'année, faute de quoi les crédits seraient gelés."), "", "", DateSource::None}
dateline_case! {option_fallback, "Un texte sans date.", "2020-01-02", "2020-01-02", DateSource::Option}

#[test]
fn metadata_first() {
    let text = "Strasbourg 11 juillet 2018";
    let meta = date("2018-07-20");
    assert_eq!(
        article_date(text, &fold(text), meta, None),
        (meta, DateSource::Metadata)
    );
}

#[test]
fn excluded_regions_are_skipped() {
    let text = "Grille: mardi 3 mai. Hier, rien.";
    let grid = vec![Range { start: 0, end: 20 }];
    let got = find(text, &fold(text), date("2018-07-12"), &grid);
    assert_eq!(got.len(), 1);
    assert_eq!(&text[got[0].span.clone()], "Hier");
}

#[test]
fn spans_sorted_on_char_boundaries() {
    let text = "Été 2019 : «\u{a0}le 1er août\u{a0}» puis 😀 fin 2019 et mi-décembre.";
    let got = find(text, &fold(text), date("2019-01-01"), &[]);
    assert!(!got.is_empty());
    for pair in got.windows(2) {
        assert!(pair[0].span.end <= pair[1].span.start);
    }
    for m in &got {
        assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
    }
}

#[test]
fn end_lines_head_then_tail() {
    let text = "  a \n\nb\nc\nd\n e \n";
    let lines: Vec<&str> = end_lines(text, 2, 2)
        .into_iter()
        .map(|r| &text[r])
        .collect();
    assert_eq!(lines, vec!["a", "b", "e", "d"]);
    let short = "x\ny";
    let lines: Vec<&str> = end_lines(short, 6, 12)
        .into_iter()
        .map(|r| &short[r])
        .collect();
    assert_eq!(lines, vec!["x", "y"]);
    assert!(end_lines("", 6, 12).is_empty());
}

#[test]
fn nasty_text_does_not_panic() {
    let texts = [
        "",
        "'",
        "le",
        "du 31 au",
        "entre le 3 et",
        "31/02/2024 et 99/99/9999",
        "il y a 999 ans, dans 999 mois",
        "années 9999 et XXXIXe siècle",
        "mi-\u{a0}mars\r\nfin\r\n2019",
        "😀 1er 😀 janvier 😀 2020 😀",
        "Ünïcödé — «\u{202f}lundi\u{202f}» – 14-18",
        "1 000 000 2015 000 2015,5 3,2015",
    ];
    for text in texts {
        for anchor in [None, date("2000-02-29"), date("2099-12-31")] {
            let folded = fold(text);
            for m in find(text, &folded, anchor, &[]) {
                assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
            }
            let _ = article_date(text, &folded, None, anchor);
        }
    }
}

#[test]
fn shifting_the_text_shifts_every_span() {
    let text = "Du 11 au 13 juillet, puis fin 2019 et hier soir.";
    let prefix = "Une phrase d’abord, sans date. ";
    let anchor = date("2018-07-12");
    let plain = find(text, &fold(text), anchor, &[]);
    let shifted_text = format!("{prefix}{text}");
    let shifted = find(&shifted_text, &fold(&shifted_text), anchor, &[]);
    assert_eq!(plain.len(), shifted.len());
    for (a, b) in plain.iter().zip(&shifted) {
        assert_eq!(a.span.start + prefix.len(), b.span.start);
        assert_eq!(a.span.end + prefix.len(), b.span.end);
        assert_eq!(a.value, b.value);
    }
}

#[test]
fn a_digit_is_found_in_a_block_or_in_the_bytes_after_the_last_one() {
    let headline = "Le gouvernement annonce une réforme des retraites";
    assert!(!has_digit(headline.as_bytes()));
    assert!(!has_digit(b""));
    // Inside the first block, first of the second, last of the 50 bytes (after the blocks).
    for at in [3, 16, headline.len() - 1] {
        let mut line = headline.as_bytes().to_vec();
        line[at] = b'7';
        assert!(has_digit(&line), "{at}");
    }
    assert!(has_digit("Strasbourg 11 juillet".as_bytes()));
}

#[test]
fn line_length_in_chars() {
    let accented = "é".repeat(91);
    assert!(longer_than(&accented, 90));
    assert!(!longer_than(&accented[..180], 90));
    assert!(!longer_than("Strasbourg, 11 juillet 2018", 90));
    assert!(longer_than(&"a".repeat(400), 90));
    assert!(!longer_than(&"€".repeat(90), 90));
}
