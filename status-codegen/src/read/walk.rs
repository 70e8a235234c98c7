//! The walk over a document's top-level blocks: front matter, the
//! introduction, sections (a heading of any level, grouped under the
//! heading above it), and the blocks that hold entries: bullet lists, GFM
//! and HTML tables, headings that start with a code. What a schema expects
//! of the layout is a [`Layout`]; everything else is the same for every
//! kind of document.

use std::ops::Range;

use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Tag};

use super::Reader;
use super::bullet::Bullet;
use super::table::Row;
use super::title::code_word;
use crate::diagnostic::{Diagnostic, Diagnostics, is_invisible};
use crate::raw::{Category, Document, Entry, Skipped};
use crate::render::plain;

/// What a schema expects of a document's layout.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Layout {
    /// Which bullet lists hold entries.
    pub(crate) lists: Lists,
    /// Whether a block out of place is a problem: a block after a
    /// section's entries, a paragraph that hides a bullet behind an
    /// invisible character; and whether a list before any section is read
    /// for entries. Otherwise such a block is text, as the introduction of
    /// the section it is in.
    pub(crate) strict: bool,
}

/// Which bullet lists hold entries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lists {
    /// The lists of a section, from the first bullet written as an entry
    /// (a code first, or a description under it): `- 404 Not Found`.
    InSections,
    /// Any list whose first bullet starts with a code and a name, or a
    /// code, a separator and text: `- 10001 InvalidSignature`,
    /// `- E_EMPTY: no rows`.
    Coded,
}

impl Reader<'_> {
    /// Reads the document's structure as `layout` expects it.
    pub(crate) fn document(&self, layout: Layout, diagnostics: &mut Diagnostics) -> Document {
        let mut walk = Walk {
            reader: self,
            layout,
            document: Document::default(),
            intro: Intro::new(layout),
            section: None,
            open: Vec::new(),
            diagnostics,
        };
        let mut i = 0;
        while i < self.md.events.len() {
            let end = self.md.ends[i];
            i = walk.block(i, end);
        }
        walk.finish()
    }
}

/// A walk in progress.
struct Walk<'r, 's, 'd> {
    reader: &'r Reader<'s>,
    layout: Layout,
    document: Document,
    /// The document's introduction.
    intro: Intro,
    /// The section being read.
    section: Option<Section>,
    /// The headings open at this point, shallowest first: each section's
    /// group is the heading above its own.
    open: Vec<(HeadingLevel, String, Range<usize>)>,
    diagnostics: &'d mut Diagnostics,
}

impl Walk<'_, '_, '_> {
    /// Reads the top-level block of events `i..=end`; returns the index of
    /// the next block to read.
    fn block(&mut self, i: usize, end: usize) -> usize {
        let reader = self.reader;
        let md = &reader.md;
        let (event, span) = &md.events[i];
        let line = span.start..md.line_end(span.start);
        let strict = self.layout.strict;
        match event {
            Event::Start(Tag::MetadataBlock(MetadataBlockKind::YamlStyle)) if i == 0 => {
                self.document.title = reader.front_matter_title(i);
            }
            Event::Start(Tag::Heading { level, .. })
                if *level == HeadingLevel::H1 && self.section.is_none() =>
            {
                // The document's title: not part of the type's docs.
            }
            // A heading that starts with a code is an entry, its body up to
            // the next heading of its level or higher.
            Event::Start(Tag::Heading { level, .. }) if reader.is_entry_heading(i, end) => {
                let body = end + 1..reader.next_heading(end + 1, *level);
                let mut problems = Diagnostics::default();
                let entry = reader.heading_entry(
                    i,
                    end,
                    body.clone(),
                    &mut self.document.tables,
                    &mut problems,
                );
                let section = self.unnamed_section();
                section.problems.extend(problems);
                section.add_entries([entry]);
                return body.end;
            }
            // Any other heading starts a section, whatever its level:
            // `## Push errors ##`, `### 1. Informational responses`.
            Event::Start(Tag::Heading { level, .. }) => {
                self.finish_section();
                let title = plain::render(md, i + 1..end).trim().to_owned();
                while self.open.last().is_some_and(|(open, _, _)| open >= level) {
                    self.open.pop();
                }
                let mut section = Section::new(title.clone(), line.clone(), self.layout);
                section.group = self
                    .open
                    .last()
                    .map(|(_, title, span)| (title.clone(), span.clone()));
                self.open.push((*level, title, line));
                self.section = Some(section);
            }
            _ if reader.is_separator(i) && (self.section.is_some() || !strict) => {}
            Event::Start(Tag::Table(_)) => {
                if let Some(entries) = reader.table(i, &mut self.document.tables) {
                    let section = self.unnamed_section();
                    section.problems.extend(entries.1);
                    section.add_entries(entries.0);
                } else {
                    if let Some(unread) = reader.unknown_table(i) {
                        self.document.unread.push(unread);
                    }
                    self.text(i, end);
                }
            }
            Event::Start(Tag::HtmlBlock) => {
                if let Some((rows, problems, last)) =
                    reader.html_entries(i, &mut self.document.tables)
                {
                    self.html_rows(rows, problems);
                    return md.ends[last] + 1;
                }
                self.text(i, end);
            }
            Event::Start(Tag::List(_)) if self.layout.lists == Lists::Coded => {
                if reader.is_coded_list(i) {
                    for item in md.children(i) {
                        let bullet = self.fielded(reader.bullet(item));
                        let section = self.unnamed_section();
                        section.problems.extend(bullet.problems);
                        section.add_entries([bullet.entry]);
                    }
                } else {
                    self.text(i, end);
                }
            }
            // A section's lists, bullets or numbered; before any section,
            // a list written as entries, whose classes their codes give.
            Event::Start(Tag::List(_))
                if self.section.is_some() || (strict && reader.looks_like_entries(i)) =>
            {
                for item in md.children(i) {
                    let bullet = self.fielded(reader.bullet(item));
                    self.unnamed_section()
                        .add_bullet(bullet, i, item, md.ends[item]);
                }
            }
            _ => self.text(i, end),
        }
        end + 1
    }

    /// Adds the rows of an HTML entry table, and its `problems`: entries to
    /// the section being read, a category row as a section of its own.
    fn html_rows(&mut self, rows: Vec<Row>, problems: Diagnostics) {
        self.unnamed_section().problems.extend(problems);
        for row in rows {
            match row {
                Row::Category(title, span) => {
                    self.finish_section();
                    self.section = Some(Section::new(title, span, self.layout));
                }
                Row::Entry(entry) => self.unnamed_section().add_entries([*entry]),
            }
        }
    }

    /// Reads the block of events `i..=end`, which holds no entry: part of
    /// an introduction, or, after a section's entries in a strict layout, a
    /// problem.
    fn text(&mut self, i: usize, end: usize) {
        if let Some(code_list) = self.reader.code_block_list(i) {
            self.diagnostics.push(code_list);
            return;
        }
        if !matches!(self.reader.md.events[i].0, Event::Start(Tag::Table(_)))
            && let Some(nested) = self.reader.nested_table(i..end + 1)
        {
            self.diagnostics.push(nested);
        }
        let hidden = if self.layout.strict {
            self.reader.hidden_bullet(i)
        } else {
            None
        };
        let Some(section) = &mut self.section else {
            if let Some(hidden) = hidden {
                self.diagnostics.push(hidden);
            }
            self.intro.add(i..end + 1);
            return;
        };
        if !self.layout.strict || section.entries.is_empty() {
            if let Some(hidden) = hidden {
                section.problems.push(hidden);
                section.lists_entries = true;
            }
            section.intro.add(i..end + 1);
            return;
        }
        let last = section
            .entries
            .last()
            .and_then(|entry| entry.line.as_ref())
            .map_or("", |line| line.text.as_str());
        let span = self.reader.md.events[i].1.start;
        let problem = hidden.unwrap_or_else(|| {
            Diagnostic::new(
                "this block belongs to no entry",
                span..self.reader.md.line_end(span),
                "not indented under an entry",
            )
            .with_help(format!(
                "indent it to make it part of the description of `{last}`, \
                 or move it above the section's first entry"
            ))
        });
        section.problems.push(problem);
    }

    /// `bullet`, its cells taken from the labelled fields under it when it
    /// has some (`- **Solution**: text`), their labels recorded as the head
    /// of a record.
    fn fielded(&mut self, mut bullet: Bullet) -> Bullet {
        if bullet.entry.line.is_some() && self.reader.has_fields(bullet.body.clone()) {
            let body = bullet.body.clone();
            let tables = &mut self.document.tables;
            self.reader
                .describe(&mut bullet.entry, body, tables, &mut bullet.problems);
        }
        bullet
    }

    /// The section being read; for entries before any section, one without
    /// a title.
    fn unnamed_section(&mut self) -> &mut Section {
        let layout = self.layout;
        self.section
            .get_or_insert_with(|| Section::new(String::new(), 0..0, layout))
    }

    /// Adds the section being read to the document.
    fn finish_section(&mut self) {
        let Some(section) = self.section.take() else {
            return;
        };
        // A strict layout reports the problems of a section that lists
        // entries only: any other section is not the document's business.
        if section.lists_entries || !self.layout.strict {
            self.diagnostics.extend(section.problems);
        }
        if !section.lists_entries {
            if section.span.is_empty() {
                // Entries before any section that came to nothing (an HTML
                // table's category row opened a section at once).
                return;
            }
            if !self.layout.strict {
                // Its text is read all the same, for what its macros say.
                section.intro.render(self.reader, self.diagnostics);
            }
            self.document.skipped.push(Skipped {
                title: section.title,
                span: section.span,
            });
            return;
        }
        let intro = section.intro.render(self.reader, self.diagnostics);
        self.document.categories.push(Category {
            title: section.title,
            span: section.span,
            intro,
            entries: section.entries,
            group: section.group,
        });
    }

    fn finish(mut self) -> Document {
        self.finish_section();
        self.document.intro = self.intro.render(self.reader, self.diagnostics);
        self.document
    }
}

/// The blocks of an introduction, as ranges of events: one range from its
/// first block to its last in a strict layout (whatever lies between is
/// part of it), else one range a block.
struct Intro {
    ranges: Vec<Range<usize>>,
    merge: bool,
}

impl Intro {
    fn new(layout: Layout) -> Self {
        Intro {
            ranges: Vec::new(),
            merge: layout.strict,
        }
    }

    fn add(&mut self, events: Range<usize>) {
        match self.ranges.last_mut() {
            Some(last) if self.merge => last.end = events.end,
            _ => self.ranges.push(events),
        }
    }

    /// The introduction as rustdoc Markdown, blocks apart by a blank line.
    fn render(self, reader: &Reader<'_>, diagnostics: &mut Diagnostics) -> String {
        let blocks: Vec<String> = self
            .ranges
            .into_iter()
            .map(|events| reader.blocks(events, diagnostics))
            .filter(|block| !block.is_empty())
            .collect();
        blocks.join("\n\n")
    }
}

/// One section while its blocks are read.
struct Section {
    title: String,
    /// Where the heading's line is.
    span: Range<usize>,
    /// The blocks before the first entry (in a strict layout; all of them
    /// otherwise), code-less bullets included.
    intro: Intro,
    entries: Vec<Entry>,
    /// Problems, reported if the section lists entries.
    problems: Diagnostics,
    /// Set when something in the section proves it is meant to list
    /// entries: an entry, a bullet that stands for a status code, or one
    /// hidden behind an invisible character. A section without is left out.
    lists_entries: bool,
    /// The heading above this section's.
    group: Option<(String, Range<usize>)>,
}

impl Section {
    fn new(title: String, span: Range<usize>, layout: Layout) -> Self {
        Section {
            title,
            span,
            intro: Intro::new(layout),
            entries: Vec::new(),
            problems: Diagnostics::default(),
            lists_entries: false,
            group: None,
        }
    }

    fn add_entries(&mut self, entries: impl IntoIterator<Item = Entry>) {
        let before = self.entries.len();
        self.entries.extend(entries);
        self.lists_entries |= self.entries.len() > before;
    }

    /// Adds the bullet at `item` (ending at event `end`) of the list at
    /// `list`: an entry, or, before the first entry, part of the
    /// introduction.
    fn add_bullet(&mut self, bullet: Bullet, list: usize, item: usize, end: usize) {
        self.lists_entries |= bullet.is_status;
        if !self.entries.is_empty() || bullet.is_entry {
            self.problems.extend(bullet.problems);
            self.entries.push(bullet.entry);
        } else {
            let start = if self.intro.ranges.is_empty() {
                list
            } else {
                item
            };
            self.intro.add(start..end + 1);
        }
    }
}

impl Reader<'_> {
    /// The problem with a paragraph at `i` that would be a status entry but
    /// for invisible characters before its bullet (`\u{200b}- 500 …`).
    fn hidden_bullet(&self, i: usize) -> Option<Diagnostic> {
        let (Event::Start(Tag::Paragraph), span) = &self.md.events[i] else {
            return None;
        };
        let line = &self.md.text[span.start..self.md.line_end(span.start)];
        let visible = line.trim_start_matches(|c: char| c.is_whitespace() || is_invisible(c));
        let hidden = line[..line.len() - visible.len()]
            .chars()
            .find(|&c| is_invisible(c))?;
        let mut rest = visible.chars();
        let bullet = matches!(rest.next(), Some('-' | '*' | '+'));
        let spaced = rest.next() == Some(' ');
        let coded = rest
            .as_str()
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit())
            || rest.as_str().trim_start().starts_with("{{");
        (bullet && spaced && coded).then(|| {
            Diagnostic::new(
                "this line looks like a status entry, but an invisible character before its bullet makes it a paragraph",
                span.start..span.start + line.len(),
                format!("starts with U+{:04X}", u32::from(hidden)),
            )
            .with_help("delete the invisible characters before the bullet")
        })
    }

    /// Whether the list at `start` begins with something like `404 ...`.
    fn looks_like_entries(&self, start: usize) -> bool {
        self.md.children(start).first().is_some_and(|&item| {
            let (title, _) = self.title(item, &mut Diagnostics::default());
            title.is_entry
        })
    }

    /// The problem with an indented code block at `i` that holds a list of
    /// entries: indented four spaces or more, the list is code to Markdown,
    /// and its entries would be lost.
    fn code_block_list(&self, i: usize) -> Option<Diagnostic> {
        let (Event::Start(Tag::CodeBlock(pulldown_cmark::CodeBlockKind::Indented)), span) =
            &self.md.events[i]
        else {
            return None;
        };
        let first = self.md.text[span.clone()]
            .lines()
            .find(|line| !line.trim().is_empty())?;
        let item = first.trim_start();
        let rest = item.strip_prefix(['-', '*', '+']).or_else(|| {
            let digits = item.len() - item.trim_start_matches(|c: char| c.is_ascii_digit()).len();
            (digits > 0)
                .then(|| item[digits..].strip_prefix(['.', ')']))
                .flatten()
        })?;
        let word = rest.strip_prefix(' ')?.split_whitespace().next()?;
        let word = word.trim_matches(['*', '`', ':']);
        super::title::code_word(word).then(|| {
            let line = span.start..self.md.line_end(span.start);
            Diagnostic::new(
                "this list is indented so far that Markdown reads it as a code block",
                line,
                "four spaces or more: code, not a list",
            )
            .with_help("indent the bullets by fewer than four spaces, so that they are entries")
        })
    }

    /// The first top-level event from `from` that is a heading of `level`
    /// or higher, or the end of the document.
    fn next_heading(&self, from: usize, level: HeadingLevel) -> usize {
        let mut i = from;
        while i < self.md.events.len() {
            if let Event::Start(Tag::Heading { level: next, .. }) = &self.md.events[i].0
                && *next <= level
            {
                return i;
            }
            i = self.md.ends[i] + 1;
        }
        i
    }

    /// Whether the bullet list at `list` lists entries with codes: its first
    /// bullet starts with a code and a name (`- 10001 InvalidSignature`), or
    /// a code, a separator and text (`- E_EMPTY: no rows`).
    fn is_coded_list(&self, list: usize) -> bool {
        self.md.children(list).first().is_some_and(|&item| {
            let (title, _) = self.title(item, &mut Diagnostics::default());
            let mut words = title.line.text.split_whitespace();
            words.next().is_some_and(code_word)
                && (words.next().is_some() || title.inline.is_some())
        })
    }
}
