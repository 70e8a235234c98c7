//! The raw document: what the reader ([`crate::read`]) makes of any
//! Markdown document, before a schema ([`crate::schema`]) validates it.
//!
//! Whatever its shape, a document is categories (its `##` sections) holding
//! entries, and an entry is labelled cells: a bullet's first line, a code, a
//! name, a description and extra cells, each with its source span. A schema
//! reads the cells its kind of document needs: an HTTP status document the
//! line (`404 Not Found`) and the description, a catalogue the code, name,
//! description and extra cells.

use std::ops::Range;

use crate::model::{Flags, Note};
use crate::read::labels::Role;

/// A document as written.
#[derive(Default)]
pub(crate) struct Document {
    /// The `title` of the YAML front matter, if the document has one.
    pub(crate) title: Option<String>,
    /// The Markdown before the first entry and the first `##` section: the
    /// type's documentation.
    pub(crate) intro: String,
    /// The `##` sections that hold entries, in document order, after the
    /// entries written before any section (whose category has an empty
    /// title), where the layout allows them.
    pub(crate) categories: Vec<Category>,
    /// The `##` sections that hold no entry, which are left out.
    pub(crate) skipped: Vec<Skipped>,
    /// How the entry tables name their columns, in document order.
    pub(crate) tables: Vec<TableHead>,
    /// The tables none of whose headers the reader knows: where each
    /// header row is, and its headers.
    pub(crate) unread: Vec<(Range<usize>, Vec<String>)>,
}

impl Document {
    /// Every entry, in document order.
    pub(crate) fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.categories
            .iter()
            .flat_map(|category| &category.entries)
    }
}

/// A `##` section that holds no entry, left out of the type.
pub(crate) struct Skipped {
    /// The heading's text.
    pub(crate) title: String,
    /// Where the heading's line is.
    pub(crate) span: Range<usize>,
}

/// A `##` section that holds entries.
pub(crate) struct Category {
    /// The heading's text, markup removed; empty for entries before any
    /// section.
    pub(crate) title: String,
    /// Where the heading's line is.
    pub(crate) span: Range<usize>,
    /// The section's blocks other than entries, as rustdoc Markdown.
    pub(crate) intro: String,
    /// The entries, in document order.
    pub(crate) entries: Vec<Entry>,
    /// The heading this section's heading is under (`## 4xx` above
    /// `### Auth`), with where it is: sections under one heading may be
    /// groups of one class.
    pub(crate) group: Option<(String, Range<usize>)>,
}

/// How an entry table names its columns.
#[cfg_attr(
    not(feature = "catalogue"),
    expect(dead_code, reason = "only the catalogue schema reads tables")
)]
pub(crate) struct TableHead {
    /// Where the header row is.
    pub(crate) span: Range<usize>,
    /// Every header, as written (markup removed), in order.
    pub(crate) headers: Vec<String>,
    /// What each column holds, in order.
    pub(crate) roles: Vec<Role>,
    /// The headers of its other columns, in order.
    pub(crate) extras: Vec<String>,
    /// Whether it heads one record's labelled fields (a heading or bullet
    /// per code), not a table: a record may lack a field the others have.
    pub(crate) record: bool,
}

/// One entry: a bullet or a table row.
#[derive(Default)]
pub(crate) struct Entry {
    /// Where the bullet, or the row's line, is.
    pub(crate) span: Range<usize>,
    /// The table it is a row of (an index into [`Document::tables`]);
    /// `None` for a bullet.
    pub(crate) table: Option<usize>,
    /// A bullet's first line: `404 Not Found`, `10001 InvalidSignature`.
    pub(crate) line: Option<Line>,
    /// The code cell.
    pub(crate) code: Option<Cell>,
    /// The name cell.
    pub(crate) name: Option<Cell>,
    /// A short message: a message column's cell; the description when the
    /// entry has none, and what names the entry when it has no name.
    pub(crate) message: Option<Cell>,
    /// The description: a bullet's indented blocks (at the line's span), or
    /// the description cell; `None` when the entry's table has no
    /// description column.
    pub(crate) description: Option<Cell>,
    /// The cells of the table's extra columns, in the order of
    /// [`TableHead::extras`].
    pub(crate) extras: Vec<Cell>,
    /// Whether the reader reported a problem with its shape: a table row
    /// with another number of cells than its header. It keeps its variant,
    /// so that uses of it do not fail too, but the rules about its cells'
    /// content (a missing description, a column's type) pass it over: one
    /// problem, one error.
    pub(crate) malformed: bool,
}

#[cfg_attr(
    not(feature = "catalogue"),
    expect(dead_code, reason = "only the catalogue schema asks")
)]
impl TableHead {
    /// Whether the table has a column of `role`.
    pub(crate) fn has(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }

    /// Whether its entries have a description: it has a description or a
    /// message column.
    pub(crate) fn has_description(&self) -> bool {
        self.has(Role::Description) || self.has(Role::Message)
    }
}

impl Entry {
    /// Its extra cells that hold something, each with its column's header
    /// and role, in column order; `table` is the head of its table or
    /// record (none for a bullet). The extra columns are those of
    /// [`TableHead::extras`] (a message beside a description is one).
    pub(crate) fn extra_cells<'a>(
        &'a self,
        table: Option<&'a TableHead>,
    ) -> Vec<(&'a str, Role, &'a Cell)> {
        let mut found = Vec::new();
        let Some(table) = table else {
            return found;
        };
        let columns = (table.headers.iter().zip(&table.roles))
            .filter(|(_, role)| crate::read::table::is_extra(**role, &table.roles));
        for ((header, role), cell) in columns.zip(&self.extras) {
            if !cell.doc.is_empty() {
                found.push((header.as_str(), *role, cell));
            }
        }
        found
    }
}

#[cfg_attr(
    not(feature = "catalogue"),
    expect(dead_code, reason = "only the catalogue schema asks")
)]
impl Entry {
    /// The description: the description cell, or else the message.
    pub(crate) fn described(&self) -> Option<&Cell> {
        self.description.as_ref().or(self.message.as_ref())
    }

    /// The description's plain text, empty when there is none.
    pub(crate) fn text(&self) -> &str {
        self.described().map_or("", |cell| &cell.text)
    }

    /// The description's rustdoc Markdown, empty when there is none.
    pub(crate) fn doc(&self) -> &str {
        self.described().map_or("", |cell| &cell.doc)
    }
}

/// A bullet's first line, in every form MDN writes it, with what follows it.
#[derive(Clone, Default)]
pub(crate) struct Line {
    /// The line, markup removed: `404 Not Found`.
    pub(crate) text: String,
    /// Where it is.
    pub(crate) span: Range<usize>,
    /// Whether `text` is byte for byte the source at `span`, so that
    /// offsets within the text are offsets in the document.
    pub(crate) verbatim: bool,
    /// The code an `{{HTTPStatus(404, "…")}}` line gives as its first
    /// argument, and where that argument is.
    pub(crate) declared_code: Option<(String, Range<usize>)>,
    /// Where a line written as a link leads.
    pub(crate) link: Option<String>,
    /// The markers after the line (`{{deprecated_inline}}`).
    pub(crate) flags: Flags,
    /// A note after the line: `(WebDAV)`.
    pub(crate) note: Option<Note>,
    /// Whether reading already reported the line as unreadable (a
    /// malformed macro), so that validation adds nothing about it.
    pub(crate) unreadable: bool,
}

impl Line {
    /// The document span of `range`, a byte range within `text`. Falls back
    /// to the whole line when the text is not verbatim source text.
    pub(crate) fn subspan(&self, range: Range<usize>) -> Range<usize> {
        if self.verbatim {
            self.span.start + range.start..self.span.start + range.end
        } else {
            self.span.clone()
        }
    }
}

/// One cell, or one part of a bullet.
#[derive(Clone, Default)]
pub(crate) struct Cell {
    /// Plain text: markup removed, a `<br>` as a line break.
    pub(crate) text: String,
    /// Rustdoc Markdown.
    pub(crate) doc: String,
    /// Where it is; empty at the cell's place when the cell is.
    pub(crate) span: Range<usize>,
}

impl Cell {
    /// Where to report a problem with the cell: the cell, or `row` when the
    /// cell is empty.
    pub(crate) fn span_or(&self, row: &Range<usize>) -> Range<usize> {
        if self.span.is_empty() {
            row.clone()
        } else {
            self.span.clone()
        }
    }
}
