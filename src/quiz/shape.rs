//! Checks the shape of a quiz file (fields, types, allowed values) against the committed JSON
//! Schema, reporting every problem rather than stopping at the first as serde would.
//!
//! The schema is generated from the Rust types (see [`super::schema`]) and a test keeps the
//! committed copy in sync, so the types stay the one source of truth. Only the parts of JSON
//! Schema that generator emits are understood: `type`, `properties`, `required`,
//! `additionalProperties`, `items`, `enum`, `const`, `anyOf`, `oneOf`, `$ref`, `minimum`,
//! `maximum`, `minItems`, `maxItems`.

use std::sync::OnceLock;

use serde_json::{Map, Value};

use super::error::{ErrorKind, Found, JsonType, QuizError, Shape};
use super::suggest::closest_name;

/// The committed schema of the quiz format.
pub const QUIZ_SCHEMA: &str = include_str!("../../quizzes/quiz.schema.json");

/// The schema, parsed once, the first time a file needs checking.
fn schema() -> Option<&'static Value> {
    static SCHEMA: OnceLock<Option<Value>> = OnceLock::new();
    SCHEMA
        .get_or_init(|| serde_json::from_str(QUIZ_SCHEMA).ok())
        .as_ref()
}

/// Every mismatch between `value` and the quiz schema.
pub fn check_shape(value: &Value) -> Vec<QuizError> {
    let Some(schema) = schema() else {
        return vec![QuizError::whole_file(ErrorKind::SchemaDamaged)];
    };
    let mut checker = Checker {
        root: schema,
        errors: Vec::new(),
    };
    checker.check(value, schema, "");
    checker.errors
}

/// `value` with every mismatch [`check_shape`] reports mended just enough to read as a quiz: an
/// unknown field left out, a missing or mistyped one given an empty value of its kind, a number
/// out of range brought into it. The content of what is left can then be checked in the same
/// pass. `None` when the schema itself cannot be read.
pub fn mended(value: &Value) -> Option<Value> {
    let schema = schema()?;
    let checker = Checker {
        root: schema,
        errors: Vec::new(),
    };
    Some(checker.mend(value, schema))
}

struct Checker<'s> {
    root: &'s Value,
    errors: Vec<QuizError>,
}

impl<'s> Checker<'s> {
    fn resolve(&self, mut schema: &'s Value) -> &'s Value {
        // `$ref` chains are short; the bound guards against a cycle in a damaged schema.
        for _ in 0..8 {
            match schema.get("$ref").and_then(Value::as_str) {
                Some(reference) => {
                    let pointer = reference.trim_start_matches('#');
                    match self.root.pointer(pointer) {
                        Some(target) => schema = target,
                        None => return &Value::Null,
                    }
                }
                None => break,
            }
        }
        schema
    }

    fn describe(&self, schema: &Value, value: &Value) -> Shape {
        let options = options(schema);
        let constants: Vec<String> = options
            .into_iter()
            .flatten()
            .filter_map(|option| self.resolve(option).get("const").map(Value::to_string))
            .collect();
        if constants.is_empty() {
            // `null` is how a left-out field is written; nobody is asked to write it.
            let mut kinds: Vec<JsonType> = options
                .into_iter()
                .flatten()
                .map(|option| self.resolve(option))
                .filter(|option| option.get("type") != Some(&Value::from("null")))
                .flat_map(expected_type)
                .collect();
            kinds.dedup();
            return Shape::WrongType {
                expected: kinds,
                found: found(value),
            };
        }
        let plain: Vec<String> = constants
            .iter()
            .map(|c| c.trim_matches('"').to_string())
            .collect();
        let suggestion = value
            .as_str()
            .and_then(|v| closest_name(v, plain.iter().map(String::as_str)))
            .map(str::to_string);
        Shape::NotAnOption {
            found: found(value),
            suggestion,
            allowed: constants,
        }
    }

    fn report(&mut self, path: &str, shape: Shape) {
        self.errors
            .push(QuizError::at(path, ErrorKind::Shape(shape)));
    }

    /// Whether `value` fits `schema`, without reporting (for `anyOf` / `oneOf`).
    fn fits(&self, value: &Value, schema: &'s Value) -> bool {
        let mut probe = Checker {
            root: self.root,
            errors: Vec::new(),
        };
        probe.check(value, schema, "");
        probe.errors.is_empty()
    }

    fn check(&mut self, value: &Value, schema: &'s Value, path: &str) {
        let schema = self.resolve(schema);
        if let Some(options) = options(schema) {
            if options.iter().any(|option| self.fits(value, option)) {
                return;
            }
            // Report against the option of the same JSON type, if there is one: its message
            // is the most useful ("unknown field" rather than "expected one of …").
            let same_type = options
                .iter()
                .find(|option| type_matches(self.resolve(option), value));
            match same_type {
                Some(option)
                    if options
                        .iter()
                        .all(|o| self.resolve(o).get("const").is_none()) =>
                {
                    self.check(value, option, path)
                }
                _ => self.report(path, self.describe(schema, value)),
            }
            return;
        }
        if !type_matches(schema, value) {
            let message = match whole(value) {
                // `1.0` where a whole number goes.
                Some(n) if type_matches(schema, &n) => Shape::WholeNumber(n.to_string()),
                _ => Shape::WrongType {
                    expected: expected_type(schema),
                    found: found(value),
                },
            };
            self.report(path, message);
            return;
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                self.report(path, not_allowed(value, allowed));
            }
            return;
        }
        if let Some(constant) = schema.get("const") {
            if constant != value {
                self.report(
                    path,
                    Shape::NotConstant {
                        expected: constant.to_string(),
                        found: found(value),
                    },
                );
            }
            return;
        }
        match value {
            Value::Object(object) => self.check_object(object, schema, path),
            Value::Array(items) => {
                let min = schema.get("minItems").and_then(Value::as_u64).unwrap_or(0);
                let max = schema.get("maxItems").and_then(Value::as_u64);
                if (items.len() as u64) < min {
                    self.report(path, Shape::TooFewItems { min });
                } else if let Some(max) = max.filter(|&max| items.len() as u64 > max) {
                    self.report(
                        path,
                        Shape::TooManyItems {
                            count: items.len(),
                            max,
                        },
                    );
                }
                if let Some(item_schema) = schema.get("items") {
                    for (i, item) in items.iter().enumerate() {
                        self.check(item, item_schema, &format!("{path}[{i}]"));
                    }
                }
            }
            Value::Number(number) => {
                let n = number.as_f64().unwrap_or(f64::NAN);
                let min = schema.get("minimum").and_then(Value::as_f64);
                let max = schema.get("maximum").and_then(Value::as_f64);
                if min.is_some_and(|min| n < min) || max.is_some_and(|max| n > max) {
                    self.report(
                        path,
                        Shape::OutOfRange {
                            number: number.to_string(),
                            min: min.map(|min| min.to_string()),
                            max: max.map(|max| max.to_string()),
                        },
                    );
                }
            }
            _ => {}
        }
    }

    /// See [`mended`].
    fn mend(&self, value: &Value, schema: &'s Value) -> Value {
        let schema = self.resolve(schema);
        if let Some(options) = options(schema) {
            if options.iter().any(|option| self.fits(value, option)) {
                return value.clone();
            }
            return match options
                .iter()
                .find(|option| type_matches(self.resolve(option), value))
            {
                Some(option) => self.mend(value, option),
                None => self.empty(schema),
            };
        }
        if !type_matches(schema, value) {
            // `1.0` where a whole number goes reads as the whole number.
            return match whole(value) {
                Some(n) if self.fits(&n, schema) => n,
                _ => self.empty(schema),
            };
        }
        if let Some(allowed) = schema.get("enum").and_then(Value::as_array) {
            if !allowed.contains(value) {
                return self.empty(schema);
            }
        }
        if let Some(constant) = schema.get("const") {
            return constant.clone();
        }
        match value {
            Value::Object(object) => {
                let properties = schema.get("properties").and_then(Value::as_object);
                let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
                let mut mended = Map::new();
                for (name, field) in object {
                    match properties.and_then(|p| p.get(name)) {
                        Some(field_schema) => {
                            mended.insert(name.clone(), self.mend(field, field_schema));
                        }
                        None if closed => {}
                        None => {
                            mended.insert(name.clone(), field.clone());
                        }
                    }
                }
                for name in required(schema) {
                    if !mended.contains_key(name) {
                        let field_schema = properties.and_then(|p| p.get(name));
                        let empty = field_schema.map_or(Value::Null, |f| self.empty(f));
                        mended.insert(name.to_string(), empty);
                    }
                }
                Value::Object(mended)
            }
            Value::Array(items) => {
                let max = schema.get("maxItems").and_then(Value::as_u64);
                let kept = max.map_or(items.len(), |max| items.len().min(max as usize));
                Value::Array(
                    items[..kept]
                        .iter()
                        .map(|item| match schema.get("items") {
                            Some(item_schema) => self.mend(item, item_schema),
                            None => item.clone(),
                        })
                        .collect(),
                )
            }
            Value::Number(number) => {
                let n = number.as_f64().unwrap_or(0.0);
                let min = schema.get("minimum").and_then(Value::as_f64);
                // The Rust type's own limit, where the schema gives none (`uint32`, say).
                let max = schema.get("maximum").and_then(Value::as_f64).or_else(|| {
                    match schema.get("format").and_then(Value::as_str) {
                        Some("uint8") => Some(f64::from(u8::MAX)),
                        Some("uint16") => Some(f64::from(u16::MAX)),
                        Some("uint32") => Some(f64::from(u32::MAX)),
                        _ => None,
                    }
                });
                match (min, max) {
                    (Some(min), _) if n < min => self.whole_or_not(min, schema),
                    (_, Some(max)) if n > max => self.whole_or_not(max, schema),
                    _ => value.clone(),
                }
            }
            _ => value.clone(),
        }
    }

    fn whole_or_not(&self, n: f64, schema: &Value) -> Value {
        if type_matches(schema, &Value::from(n as i64)) {
            Value::from(n as i64)
        } else {
            Value::from(n)
        }
    }

    /// The emptiest value that fits `schema`: `""`, `0` (or the minimum), `false`, `[]`, or an
    /// object with its required fields empty.
    fn empty(&self, schema: &'s Value) -> Value {
        let schema = self.resolve(schema);
        if let Some(first) = options(schema).and_then(|options| options.first()) {
            return self.empty(first);
        }
        if let Some(constant) = schema.get("const") {
            return constant.clone();
        }
        if let Some(first) = schema
            .get("enum")
            .and_then(Value::as_array)
            .and_then(|allowed| allowed.first())
        {
            return first.clone();
        }
        let kind = match schema.get("type") {
            Some(Value::Array(kinds)) => kinds.iter().find(|k| k.as_str() != Some("null")),
            kind => kind,
        };
        match kind.and_then(Value::as_str) {
            Some("string") => Value::from(""),
            Some("boolean") => Value::Bool(false),
            Some("integer" | "number") => {
                let min = schema.get("minimum").and_then(Value::as_f64).unwrap_or(0.0);
                self.whole_or_not(min, schema)
            }
            Some("array") => Value::Array(Vec::new()),
            Some("object") => {
                let properties = schema.get("properties").and_then(Value::as_object);
                Value::Object(
                    required(schema)
                        .map(|name| {
                            let field = properties.and_then(|p| p.get(name));
                            (
                                name.to_string(),
                                field.map_or(Value::Null, |f| self.empty(f)),
                            )
                        })
                        .collect(),
                )
            }
            _ => Value::Null,
        }
    }

    fn check_object(&mut self, object: &Map<String, Value>, schema: &'s Value, path: &str) {
        let properties = schema.get("properties").and_then(Value::as_object);
        let known = || properties.into_iter().flat_map(|p| p.keys());
        let join = |name: &str| {
            if path.is_empty() {
                name.to_string()
            } else {
                format!("{path}.{name}")
            }
        };
        for name in required(schema) {
            if !object.contains_key(name) {
                self.report(&join(name), Shape::Missing);
            }
        }
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        for (name, field) in object {
            match properties.and_then(|p| p.get(name)) {
                Some(field_schema) => self.check(field, field_schema, &join(name)),
                None if closed => {
                    let suggestion =
                        closest_name(name, known().map(String::as_str)).map(str::to_string);
                    let known = match suggestion {
                        Some(_) => Vec::new(),
                        None => known().cloned().collect(),
                    };
                    self.report(
                        &join(name),
                        Shape::UnknownField {
                            name: name.clone(),
                            suggestion,
                            known,
                        },
                    );
                }
                None => {}
            }
        }
    }
}

/// The alternatives of an `anyOf` or `oneOf`.
fn options(schema: &Value) -> Option<&Vec<Value>> {
    schema
        .get("anyOf")
        .or_else(|| schema.get("oneOf"))
        .and_then(Value::as_array)
}

/// `1.0` as the whole number `1`: a number written with a decimal point but no fraction.
fn whole(value: &Value) -> Option<Value> {
    let n = value.as_f64()?;
    (n.fract() == 0.0 && n.abs() < 1e15).then(|| Value::from(n as i64))
}

fn required(schema: &Value) -> impl Iterator<Item = &str> {
    schema
        .get("required")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
}

fn type_matches(schema: &Value, value: &Value) -> bool {
    let Some(types) = schema.get("type") else {
        return true;
    };
    let one = |t: &Value| match (t.as_str(), value) {
        (Some("object"), Value::Object(_))
        | (Some("array"), Value::Array(_))
        | (Some("string"), Value::String(_))
        | (Some("boolean"), Value::Bool(_))
        | (Some("null"), Value::Null)
        | (Some("number"), Value::Number(_)) => true,
        (Some("integer"), Value::Number(n)) => n.is_u64() || n.is_i64(),
        _ => false,
    };
    match types {
        Value::Array(list) => list.iter().any(one),
        single => one(single),
    }
}

fn expected_type(schema: &Value) -> Vec<JsonType> {
    let kind = |t: &str| match t {
        "object" => JsonType::Object,
        "array" => JsonType::List,
        "string" => JsonType::Text,
        "boolean" => JsonType::Boolean,
        "integer" => JsonType::WholeNumber,
        "number" => JsonType::Number,
        "null" => JsonType::Null,
        _ => JsonType::Other,
    };
    match schema.get("type") {
        Some(Value::String(t)) => vec![kind(t)],
        Some(Value::Array(list)) => list
            .iter()
            .filter_map(Value::as_str)
            .filter(|t| *t != "null")
            .map(kind)
            .collect(),
        _ => vec![JsonType::Other],
    }
}

/// A value that is not one of an `enum`'s.
fn not_allowed(value: &Value, allowed: &[Value]) -> Shape {
    let suggestion = value
        .as_str()
        .and_then(|v| closest_name(v, allowed.iter().filter_map(Value::as_str)))
        .map(str::to_string);
    Shape::NotAllowed {
        value: value.to_string(),
        suggestion,
        allowed: allowed.iter().map(Value::to_string).collect(),
    }
}

fn found(value: &Value) -> Found {
    match value {
        Value::Null => Found::Null,
        Value::Bool(b) => Found::Bool(*b),
        Value::Number(n) => Found::Number(n.to_string()),
        Value::String(s) => {
            let long = s.chars().count() > 40;
            Found::Text(s.chars().take(40).collect(), long)
        }
        Value::Array(_) => Found::List,
        Value::Object(_) => Found::Object,
    }
}
