//! depeche reads French news articles and says who is mentioned (people, organisations,
//! places), when (dates normalised to ISO 8601), and who said what (quotations with their
//! speakers).
//!
//! The library does no printing and knows nothing of the command line: [`run::run`] takes a
//! [`run::Config`] and writes the record files; [`pipeline::Pipeline::analyse`] turns one
//! [`article::Article`] into an [`pipeline::Analysis`]. Every span inside is a byte range into
//! the article text; [`records`] turns them into code-point offsets at the output edge.

pub mod article;
pub mod clean;
pub mod corpus;
pub mod dates;
pub mod decode;
pub mod entities;
pub mod eval;
pub mod fold;
pub mod gazetteer;
pub mod mention;
pub mod pipeline;
pub mod quotes;
pub mod records;
pub mod resolve;
pub mod run;
pub mod segment;
pub mod spans;
pub mod stream;
pub mod words;
pub mod writers;
