//! What a job's input must be: a relay body as gateways send them to suppliers
//! (docs/protocol.md). Checked on submission, so that a supplier is never assigned an input it
//! cannot even parse.

use serde_json::Value;

/// Roles a chat message may have.
const ROLES: [&str; 4] = ["system", "developer", "user", "assistant"];

/// Whether `input` is UTF-8 JSON of the form `{"kind":"chat","messages":[{"role":…,
/// "content":"…"},…]}` (at least one message; roles system, developer, user or assistant) or
/// `{"kind":"completion","prompt":"…"}`, either with an optional `"stop"` list of strings.
pub fn is_relay_body(input: &[u8]) -> bool {
	let Ok(Value::Object(body)) = serde_json::from_slice::<Value>(input) else {
		return false;
	};
	let stop_ok = match body.get("stop") {
		None => true,
		Some(Value::Array(stops)) => stops.iter().all(Value::is_string),
		Some(_) => false,
	};
	let kind_ok = match body.get("kind").and_then(Value::as_str) {
		Some("chat") => match body.get("messages") {
			Some(Value::Array(messages)) =>
				!messages.is_empty() && messages.iter().all(is_chat_message),
			_ => false,
		},
		Some("completion") => body.get("prompt").is_some_and(Value::is_string),
		_ => false,
	};
	stop_ok && kind_ok
}

fn is_chat_message(message: &Value) -> bool {
	let role_ok = message.get("role").and_then(Value::as_str).is_some_and(|r| ROLES.contains(&r));
	role_ok && message.get("content").is_some_and(Value::is_string)
}

#[cfg(test)]
mod tests {
	use super::is_relay_body;

	#[test]
	fn relay_bodies_are_recognised() {
		assert!(is_relay_body(br#"{"kind":"chat","messages":[{"role":"user","content":"hi"}],"stop":[]}"#));
		assert!(is_relay_body(br#"{"kind":"completion","prompt":"Once","stop":["\n"]}"#));
		assert!(is_relay_body(br#"{"kind":"completion","prompt":""}"#));
	}

	#[test]
	fn anything_else_is_refused() {
		for bad in [
			&b"not json"[..],
			b"[]",
			br#"{"kind":"chat","messages":[]}"#,
			br#"{"kind":"chat","messages":[{"role":"tool","content":"x"}]}"#,
			br#"{"kind":"chat","messages":[{"role":"user","content":3}]}"#,
			br#"{"kind":"completion"}"#,
			br#"{"kind":"completion","prompt":"x","stop":[1]}"#,
			br#"{"kind":"image","prompt":"x"}"#,
			b"\xff\xfe",
		] {
			assert!(!is_relay_body(bad), "{:?}", core::str::from_utf8(bad));
		}
	}
}
