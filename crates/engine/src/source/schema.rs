//! The JSON Resume schema, as the loader checks it.
//!
//! The field names are JSON Resume's (https://jsonresume.org/schema) so an
//! existing `resume.json` is a valid source as it is; cvpair adds `id` on
//! entries (alignment keys) and `doi` on publications. Keys starting with
//! `x-` are extensions and are left alone anywhere. Other keys the schema
//! does not name are allowed, as JSON Resume allows them: see
//! [`super::validate`].

/// The key that carries a suppression on any map (`x-cvpair-ignore`):
/// set aside while validating, read by [`crate::suppress`].
pub const SUPPRESS_KEY: &str = "x-cvpair-ignore";

/// What a key's value must look like.
#[derive(Debug)]
pub enum Shape {
    /// Any scalar, kept as text (numbers included: a phone number or a GPA).
    Text,
    /// A list of scalars (`highlights`, `roles`, `keywords`).
    TextList,
    /// A map with these keys.
    Object(&'static [Field]),
    /// A map with these keys whose other keys belong to someone else (a
    /// theme's settings in `meta`), so they are accepted without a word.
    Open(&'static [Field]),
    /// A list of maps with these keys: an entry section.
    Entries(&'static [Field]),
}

#[derive(Debug)]
pub struct Field {
    pub name: &'static str,
    pub shape: Shape,
}

const fn text(name: &'static str) -> Field {
    Field {
        name,
        shape: Shape::Text,
    }
}

const fn list(name: &'static str) -> Field {
    Field {
        name,
        shape: Shape::TextList,
    }
}

const LOCATION: &[Field] = &[
    text("address"),
    text("postalCode"),
    text("city"),
    text("countryCode"),
    text("region"),
];

const SOCIAL: &[Field] = &[text("network"), text("username"), text("url")];

const BASICS: &[Field] = &[
    text("name"),
    text("label"),
    text("image"),
    text("email"),
    text("phone"),
    text("url"),
    text("summary"),
    Field {
        name: "location",
        shape: Shape::Object(LOCATION),
    },
    Field {
        name: "profiles",
        shape: Shape::Entries(SOCIAL),
    },
];

pub const WORK: &[Field] = &[
    text("id"),
    text("name"),
    text("location"),
    text("description"),
    text("position"),
    text("url"),
    text("startDate"),
    text("endDate"),
    text("summary"),
    list("highlights"),
];

pub const VOLUNTEER: &[Field] = &[
    text("id"),
    text("organization"),
    text("position"),
    text("url"),
    text("startDate"),
    text("endDate"),
    text("summary"),
    list("highlights"),
];

pub const EDUCATION: &[Field] = &[
    text("id"),
    text("institution"),
    text("url"),
    text("area"),
    text("studyType"),
    text("startDate"),
    text("endDate"),
    text("score"),
    list("courses"),
];

pub const AWARDS: &[Field] = &[
    text("id"),
    text("title"),
    text("date"),
    text("awarder"),
    text("summary"),
];

pub const CERTIFICATES: &[Field] = &[
    text("id"),
    text("name"),
    text("date"),
    text("url"),
    text("issuer"),
];

pub const PUBLICATIONS: &[Field] = &[
    text("id"),
    text("name"),
    text("publisher"),
    text("releaseDate"),
    text("url"),
    text("doi"),
    text("summary"),
];

pub const PROJECTS: &[Field] = &[
    text("id"),
    text("name"),
    text("description"),
    list("highlights"),
    list("keywords"),
    text("startDate"),
    text("endDate"),
    text("url"),
    list("roles"),
    text("entity"),
    text("type"),
];

const SKILLS: &[Field] = &[text("id"), text("name"), text("level"), list("keywords")];
const LANGUAGES: &[Field] = &[text("id"), text("language"), text("fluency")];
const INTERESTS: &[Field] = &[text("id"), text("name"), list("keywords")];
const REFERENCES: &[Field] = &[text("id"), text("name"), text("reference")];
const META: &[Field] = &[text("canonical"), text("version"), text("lastModified")];

/// The top level of a source document.
pub const DOCUMENT: &[Field] = &[
    text("$schema"),
    Field {
        name: "basics",
        shape: Shape::Object(BASICS),
    },
    Field {
        name: "work",
        shape: Shape::Entries(WORK),
    },
    Field {
        name: "volunteer",
        shape: Shape::Entries(VOLUNTEER),
    },
    Field {
        name: "education",
        shape: Shape::Entries(EDUCATION),
    },
    Field {
        name: "awards",
        shape: Shape::Entries(AWARDS),
    },
    Field {
        name: "certificates",
        shape: Shape::Entries(CERTIFICATES),
    },
    Field {
        name: "publications",
        shape: Shape::Entries(PUBLICATIONS),
    },
    Field {
        name: "skills",
        shape: Shape::Entries(SKILLS),
    },
    Field {
        name: "languages",
        shape: Shape::Entries(LANGUAGES),
    },
    Field {
        name: "interests",
        shape: Shape::Entries(INTERESTS),
    },
    Field {
        name: "references",
        shape: Shape::Entries(REFERENCES),
    },
    Field {
        name: "projects",
        shape: Shape::Entries(PROJECTS),
    },
    Field {
        name: "meta",
        shape: Shape::Open(META),
    },
];

/// Keys a user may add anywhere without being told they are unknown.
pub fn is_extension(key: &str) -> bool {
    key.starts_with("x-")
}
