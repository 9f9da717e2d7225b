//! The pipeline: one [`Article`] → its [`Analysis`], by chaining the stages in order. Nothing
//! here decides anything; each stage is in its own module.

use std::ops::Range;

use chrono::NaiveDate;

use crate::article::Article;
use crate::dates::{Bias, DateSource};
use crate::gazetteer::Gazetteers;
use crate::mention::Mention;
use crate::quotes::Quote;
use crate::words::Words;
use crate::{clean, dates, entities, fold, quotes, resolve, segment};

/// The stages' shared, read-only knowledge and settings. Built once, used by every worker.
#[derive(Debug, Clone)]
pub struct Pipeline {
    gazetteers: Gazetteers,
    /// The date used for articles with neither metadata nor dateline (`--date`).
    default_date: Option<NaiveDate>,
    /// Which way a bare weekday or day of the month reads from the article date (`--relative`).
    bias: Bias,
}

/// What the stages found in one article. Spans are byte ranges into `article.text`.
#[derive(Debug, Clone)]
pub struct Analysis {
    pub article: Article,
    pub paragraphs: Vec<Range<usize>>,
    pub sentences: Vec<Range<usize>>,
    /// Boilerplate and repeated regions, sorted.
    pub excluded: Vec<Range<usize>>,
    pub boilerplate_chars: usize,
    pub date: Option<NaiveDate>,
    pub date_source: DateSource,
    /// Names and dates, sorted by start.
    pub entities: Vec<Mention>,
    pub quotes: Vec<Quote>,
    /// Notes from the stages (`code: detail`), after the article's own reading warnings.
    pub warnings: Vec<String>,
}

impl Pipeline {
    pub fn new(gazetteers: Gazetteers, default_date: Option<NaiveDate>) -> Pipeline {
        Pipeline {
            gazetteers,
            default_date,
            bias: Bias::Past,
        }
    }

    /// Reads bare weekdays and days of the month ("mercredi", "le 2") the `bias` way:
    /// [`Bias::Past`] as news does (the default), [`Bias::Next`] as agendas and forecasts do.
    pub fn with_bias(self, bias: Bias) -> Pipeline {
        Pipeline { bias, ..self }
    }

    pub fn bias(&self) -> Bias {
        self.bias
    }

    pub fn gazetteers(&self) -> &Gazetteers {
        &self.gazetteers
    }

    /// Runs every stage on `article`.
    pub fn analyse(&self, article: Article) -> Analysis {
        let text = article.text.as_str();
        let paragraphs = segment::paragraphs(text);
        let folded = fold::fold(text);
        let words = Words::new(text, &folded);
        let cleaned = clean::clean(text, &words, &paragraphs);
        let excluded = cleaned.excluded();
        let sentences = segment::sentences_among(text, &paragraphs, &words.spans);
        let names = entities::find(text, &folded, &words, &self.gazetteers, &excluded);
        let names = resolve::resolve(text, &words, names, &self.gazetteers, &excluded);
        let (date, date_source) =
            dates::article_date(text, &folded, article.date, self.default_date);
        let when = dates::find_with(text, &folded, date, &excluded, self.bias);
        let quotes = quotes::find(
            text,
            &paragraphs,
            &sentences,
            &words,
            &names,
            &self.gazetteers,
            &excluded,
        );
        let mut entities = names;
        entities.extend(when);
        entities.sort_by_key(|m| (m.span.start, m.span.end));
        Analysis {
            boilerplate_chars: cleaned.boilerplate_chars(text),
            warnings: cleaned.warnings,
            article,
            paragraphs,
            sentences,
            excluded,
            date,
            date_source,
            entities,
            quotes,
        }
    }
}
