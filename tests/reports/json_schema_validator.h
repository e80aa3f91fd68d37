// tests/reports/json_schema_validator.h: a JSON Schema (draft 2020-12)
// validator for the subset reports/audit.schema.json uses: type, const,
// enum, required, properties, additionalProperties, items, anyOf, oneOf,
// $ref to "#/$defs/...", minItems, minLength, minimum, pattern. Annotation
// keywords ($schema, $id, title, description) are ignored; any other keyword
// is reported as an error, so the schema cannot silently rely on a keyword
// this validator skips. (No JSON Schema package is guaranteed in CI.)
#ifndef SANGATI_TESTS_REPORTS_JSON_SCHEMA_VALIDATOR_H_
#define SANGATI_TESTS_REPORTS_JSON_SCHEMA_VALIDATOR_H_

#include <string>
#include <vector>

#include "nlohmann/json.hpp"

namespace sangati::testing {

// Validates `instance` against `schema` (the root, for $ref). Returns the
// errors as "/json/pointer: message"; empty when valid.
std::vector<std::string> ValidateJsonSchema(const nlohmann::json& schema,
                                            const nlohmann::json& instance);

}  // namespace sangati::testing

#endif  // SANGATI_TESTS_REPORTS_JSON_SCHEMA_VALIDATOR_H_
