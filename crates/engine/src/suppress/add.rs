//! `check --add-ignores`: a suppression for every standing finding,
//! written into the sources as a person would write it.
//!
//! YAML gets comments on the entry's first line (or the value's line, for
//! a finding outside any entry); JSON, which has no comments, gets the
//! `x-cvpair-ignore` key on the entry. Text is only ever inserted, never
//! rewritten, so comments, quoting, key order and line ends all stay. Each
//! edited file is parsed again before it is written, and must hold exactly
//! the values it held before; a file where that fails is left alone.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::sync::Arc;

use super::KEY;
use crate::file::SourceFile;
use crate::finding::Finding;
use crate::message::Msg;
use crate::model::{Document, Fields};
use crate::source::LoadError;
use crate::source::read::yaml::parse;
use crate::tree::{Kind, Node};

/// The new text of one source.
pub struct Edit {
    pub path: PathBuf,
    pub display: String,
    pub before: String,
    pub after: String,
    /// The bytes to write: `after` in the file's own encoding.
    pub bytes: Vec<u8>,
    /// Suppressions added.
    pub added: usize,
}

/// The edits that suppress every finding in `findings`, one per file.
pub fn plan(findings: &[Finding], reason: Option<&str>) -> (Vec<Edit>, Vec<LoadError>) {
    // Per file (in path order): target line → rule names.
    let mut per_file: BTreeMap<String, (Arc<SourceFile>, Vec<&Finding>)> = BTreeMap::new();
    // Findings about suppressions are settled by editing the suppression,
    // never by another one.
    for f in findings
        .iter()
        .filter(|f| !super::is_about_suppressions(f.rule))
    {
        if let Some(l) = f.locations.first() {
            per_file
                .entry(l.file.display.clone())
                .or_insert_with(|| (l.file.clone(), Vec::new()))
                .1
                .push(f);
        }
    }
    let mut edits = Vec::new();
    let mut errors = Vec::new();
    for (display, (file, findings)) in per_file {
        match edit(&file, &findings, reason) {
            Ok(Some(e)) => edits.push(e),
            Ok(None) => {}
            Err(msg) => errors.push(LoadError::at_path(display, msg)),
        }
    }
    (edits, errors)
}

fn edit(
    file: &Arc<SourceFile>,
    findings: &[&Finding],
    reason: Option<&str>,
) -> Result<Option<Edit>, Msg> {
    let cannot = |detail: String| Msg::new("error-add-ignores").arg("detail", detail);
    let bytes = std::fs::read(&file.path).map_err(|e| cannot(e.to_string()))?;
    let decoded = crate::source::decode::decode(&bytes)
        .map_err(|e| Msg::new("error-add-ignores-changed").arg("line", e.line))?;
    if decoded != file.text {
        return Err(Msg::new("error-add-ignores-changed").arg("line", 0u32));
    }
    let doc = crate::source::load(&file.path, &file.display, file.lang.clone())
        .map_err(|_| Msg::new("error-add-ignores-changed").arg("line", 0u32))?;
    let json = file
        .path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("json"));
    // Where each suppression goes: a line (YAML) or a map (JSON).
    let mut targets: BTreeMap<u32, BTreeSet<(&'static str, &'static str)>> = BTreeMap::new();
    for f in findings {
        let line = f.locations[0].span.line;
        let map = enclosing(&doc, line);
        // JSON has only the key, on the map; a YAML comment covers the
        // whole entry from its first line, else just the value's line.
        let at = if json || is_entry(&doc, map) {
            map.span.line
        } else {
            line
        };
        targets
            .entry(at)
            .or_default()
            .insert((f.rule.code, f.rule.name));
    }
    let added = targets.values().map(BTreeSet::len).sum();
    let after = if json {
        json_edit(&file.text, &doc, &targets, reason)
            .ok_or_else(|| Msg::new("error-add-ignores-unsafe"))?
    } else {
        yaml_edit(&file.text, &targets, reason)
    };
    if after == file.text {
        return Ok(None);
    }
    if !same_values(&file.text, &after) {
        return Err(Msg::new("error-add-ignores-unsafe"));
    }
    Ok(Some(Edit {
        path: file.path.clone(),
        display: file.display.clone(),
        bytes: encode_like(&bytes, &after),
        before: file.text.clone(),
        after,
        added,
    }))
}

/// The entry holding `line`; else `basics` when it does, else the
/// document's top map.
fn enclosing(doc: &Document, line: u32) -> &Fields {
    let within = |f: &Fields| (f.span.line..=f.last_line.max(f.span.line)).contains(&line);
    doc.sections
        .iter()
        .flat_map(|s| &s.entries)
        .map(|e| &e.fields)
        .find(|f| within(f))
        .or_else(|| within(&doc.basics).then_some(&doc.basics))
        .unwrap_or(&doc.extra)
}

fn is_entry(doc: &Document, fields: &Fields) -> bool {
    doc.sections
        .iter()
        .flat_map(|s| &s.entries)
        .any(|e| std::ptr::eq(&e.fields, fields))
}

fn names(rules: &BTreeSet<(&str, &'static str)>) -> Vec<&'static str> {
    rules.iter().map(|(_, n)| *n).collect()
}

/// Appends `# cvpair: ignore[…]` to each target line, or adds the rules to
/// the cvpair comment already there.
fn yaml_edit(
    text: &str,
    targets: &BTreeMap<u32, BTreeSet<(&str, &'static str)>>,
    reason: Option<&str>,
) -> String {
    let mut out = String::with_capacity(text.len() + targets.len() * 40);
    for (i, line) in text.split_inclusive('\n').enumerate() {
        let number = i as u32 + 1;
        let Some(rules) = targets.get(&number) else {
            out.push_str(line);
            continue;
        };
        let body = line.trim_end_matches(['\n', '\r']);
        let end = &line[body.len()..];
        let new = names(rules);
        match existing_bracket(body) {
            Some(close) => {
                let present = &body[..close];
                let extra: Vec<&str> = new.into_iter().filter(|n| !present.contains(n)).collect();
                out.push_str(&body[..close]);
                for n in extra {
                    out.push_str(", ");
                    out.push_str(n);
                }
                out.push_str(&body[close..]);
            }
            None => {
                out.push_str(body.trim_end());
                out.push_str("  # cvpair: ignore[");
                out.push_str(&new.join(", "));
                out.push(']');
                if let Some(r) = reason {
                    out.push(' ');
                    out.push_str(r);
                }
            }
        }
        out.push_str(end);
    }
    out
}

/// The byte offset of the `]` of a cvpair comment on this line.
fn existing_bracket(line: &str) -> Option<usize> {
    let at = line.find("# cvpair:")?;
    let open = at + line[at..].find("ignore[")? + "ignore[".len();
    Some(open + line[open..].find(']')?)
}

/// Inserts the key after the `{` of each target map, or the rules into
/// the key's list when the map has one.
fn json_edit(
    text: &str,
    doc: &Document,
    targets: &BTreeMap<u32, BTreeSet<(&str, &'static str)>>,
    reason: Option<&str>,
) -> Option<String> {
    let file = &doc.file;
    let mut inserts: Vec<(usize, String)> = Vec::new();
    let maps = super::maps(doc);
    for (line, rules) in targets {
        let map = maps.iter().find(|m| m.span.line == *line)?;
        // In a map of rule to reason, or a list whose items are rules or
        // one-rule maps, as the key already there has it.
        let pair = |n: &str| {
            let r = reason.map_or_else(|| "null".to_string(), json_string);
            format!("{}: {r}", json_string(n))
        };
        let in_list = |n: &str| match reason {
            Some(_) => format!("{{{}}}", pair(n)),
            None => json_string(n),
        };
        let names = names(rules);
        if let Some(existing) = &map.suppress {
            let value = &existing.1;
            let (items, empty): (Vec<String>, bool) = match &value.kind {
                Kind::Seq(v) => (names.iter().map(|n| in_list(n)).collect(), v.is_empty()),
                Kind::Map(v) => (names.iter().map(|n| pair(n)).collect(), v.is_empty()),
                // A single rule as text: rewriting it is not inserting.
                Kind::Scalar(_) | Kind::Null => return None,
            };
            let at = file.byte_offset(value.span.line, value.span.col);
            let joined = items.join(", ");
            inserts.push((at + 1, if empty { joined } else { format!("{joined}, ") }));
            continue;
        }
        let at = file.byte_offset(map.span.line, map.span.col);
        if !text[at..].starts_with('{') {
            return None;
        }
        let items: Vec<String> = names
            .iter()
            .map(|n| {
                if reason.is_some() {
                    pair(n)
                } else {
                    json_string(n)
                }
            })
            .collect();
        let value = if reason.is_some() {
            format!("{{{}}}", items.join(", "))
        } else {
            format!("[{}]", items.join(", "))
        };
        let rest = &text[at + 1..];
        let gap = &rest[..rest.len() - rest.trim_start().len()];
        let closes = rest.trim_start().starts_with('}');
        let comma = if closes { "" } else { "," };
        // Pretty-printed JSON gets a line of its own, indented like the
        // key after it; compact JSON a key inline.
        let insert = match gap.rfind('\n') {
            Some(nl) => {
                let newline = if gap.contains("\r\n") { "\r\n" } else { "\n" };
                format!("{newline}{}\"{KEY}\": {value}{comma}", &gap[nl + 1..])
            }
            None => format!(" \"{KEY}\": {value}{comma}"),
        };
        inserts.push((at + 1, insert));
    }
    inserts.sort_by_key(|(at, _)| std::cmp::Reverse(*at));
    let mut out = text.to_string();
    for (at, s) in inserts {
        out.insert_str(at, &s);
    }
    Some(out)
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// Every value of a document in order, leaving out the suppressions: what
/// must not change when suppressions are added.
fn same_values(before: &str, after: &str) -> bool {
    fn leaves(node: &Node, out: &mut Vec<String>) {
        match &node.kind {
            Kind::Null => out.push(String::new()),
            Kind::Scalar(s) => out.push(s.clone()),
            Kind::Seq(items) => items.iter().for_each(|i| leaves(i, out)),
            Kind::Map(pairs) => {
                for (k, v) in pairs.iter().filter(|(k, _)| k.as_str() != Some(KEY)) {
                    leaves(k, out);
                    leaves(v, out);
                }
            }
        }
    }
    let values = |text: &str| {
        let mut out = Vec::new();
        match parse(text) {
            Ok(Some(root)) => leaves(&root, &mut out),
            _ => return None,
        }
        Some(out)
    };
    let (a, b) = (values(before), values(after));
    a.is_some() && a == b
}

/// `text` in the encoding of the original bytes: UTF-8 (with its byte
/// order mark if it had one) or UTF-16 with its mark.
fn encode_like(original: &[u8], text: &str) -> Vec<u8> {
    let utf16 = |bom: [u8; 2], f: fn(u16) -> [u8; 2]| {
        let mut out = bom.to_vec();
        out.extend(text.encode_utf16().flat_map(f));
        out
    };
    if original.starts_with(b"\xFF\xFE") {
        utf16([0xFF, 0xFE], u16::to_le_bytes)
    } else if original.starts_with(b"\xFE\xFF") {
        utf16([0xFE, 0xFF], u16::to_be_bytes)
    } else if original.starts_with(b"\xEF\xBB\xBF") {
        [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat()
    } else {
        text.as_bytes().to_vec()
    }
}
