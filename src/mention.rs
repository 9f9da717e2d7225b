//! The entity mention shared by the entity, date, resolution and record stages: a typed byte
//! span into the article with the name it refers to.

use std::ops::Range;

/// What kind of thing a mention names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EntityType {
    Per,
    Org,
    Loc,
    Date,
}

impl EntityType {
    /// The label written in the records: `PER`, `ORG`, `LOC`, `DATE`.
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Date => "DATE",
        }
    }

    /// Reads a gazetteer or gold label (`PER`, `pers`, `LOC`, `org`, …), any case.
    pub fn parse(label: &str) -> Option<EntityType> {
        match label.to_ascii_lowercase().as_str() {
            "per" | "pers" | "person" => Some(EntityType::Per),
            "org" | "organisation" | "organization" => Some(EntityType::Org),
            "loc" | "location" | "gpe" => Some(EntityType::Loc),
            "date" | "time" => Some(EntityType::Date),
            _ => None,
        }
    }
}

/// How a mention's name was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// The surface form is listed in a gazetteer.
    Gazetteer,
    /// A rule found it (title + name, first name + surname, organisation pattern, date grammar).
    Rule,
    /// Its canonical name was taken from another mention of the same entity in the article.
    Resolved,
}

impl Source {
    pub fn label(self) -> &'static str {
        match self {
            Source::Gazetteer => "gazetteer",
            Source::Rule => "rule",
            Source::Resolved => "resolved",
        }
    }
}

/// One mention: `span` slices the article text exactly.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub kind: EntityType,
    pub span: Range<usize>,
    /// The full name this mention refers to.
    pub canonical: String,
    /// A stable id: the gazetteer key, or a normalised canonical for rule-found entities.
    pub key: String,
    pub source: Source,
    /// What found it, named for whoever studies the errors (`depeche eval ner --errors`):
    /// "listed", "honorific", "first name", "apposition", "surname seen before", …
    pub rule: &'static str,
    /// For dates: the ISO 8601 value, or `None` when nothing anchors it.
    pub value: Option<String>,
}

/// A stable key for a name no gazetteer lists: folded, words joined by `-`.
pub fn key_of(name: &str) -> String {
    let folded = crate::fold::fold(name).text;
    let mut key = String::with_capacity(folded.len());
    for word in folded
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !key.is_empty() {
            key.push('-');
        }
        key.push_str(word);
    }
    key
}
