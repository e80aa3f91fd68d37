#include "tests/reports/json_schema_validator.h"

#include <cmath>
#include <set>

#include "re2/re2.h"

namespace sangati::testing {
namespace {

class Validator {
 public:
  explicit Validator(const nlohmann::json& root) : root_(root) {}

  void Check(const nlohmann::json& schema, const nlohmann::json& v, const std::string& path) {
    if (schema.is_boolean()) {
      if (!schema.get<bool>()) Error(path, "schema false");
      return;
    }
    if (!schema.is_object()) {
      Error(path, "schema is not an object");
      return;
    }
    static const std::set<std::string> kIgnored = {"$schema", "$id", "title", "description",
                                                   "$defs"};
    static const std::set<std::string> kKnown = {
        "type", "const", "enum", "required", "properties", "additionalProperties", "items",
        "anyOf", "oneOf", "$ref", "minItems", "minLength", "minimum", "pattern"};
    for (const auto& [key, value] : schema.items()) {
      if (!kIgnored.count(key) && !kKnown.count(key)) Error(path, "unsupported keyword " + key);
    }
    if (schema.contains("$ref")) {
      const std::string ref = schema["$ref"];
      const std::string prefix = "#/$defs/";
      if (ref.rfind(prefix, 0) != 0 || !root_["$defs"].contains(ref.substr(prefix.size()))) {
        Error(path, "unresolvable $ref " + ref);
      } else {
        Check(root_["$defs"][ref.substr(prefix.size())], v, path);
      }
    }
    if (schema.contains("type")) {
      bool ok = false;
      if (schema["type"].is_array()) {
        for (const auto& t : schema["type"]) ok = ok || HasType(v, t.get<std::string>());
      } else {
        ok = HasType(v, schema["type"].get<std::string>());
      }
      if (!ok) {
        Error(path, "expected type " + schema["type"].dump() + ", got " + v.type_name());
        return;  // the rest would only repeat this
      }
    }
    if (schema.contains("const") && v != schema["const"]) {
      Error(path, "expected " + schema["const"].dump());
    }
    if (schema.contains("enum")) {
      bool found = false;
      for (const auto& e : schema["enum"]) found = found || e == v;
      if (!found) Error(path, v.dump() + " not in " + schema["enum"].dump());
    }
    if (schema.contains("anyOf") || schema.contains("oneOf")) {
      const bool one = schema.contains("oneOf");
      const auto& options = one ? schema["oneOf"] : schema["anyOf"];
      size_t matched = 0;
      for (const auto& option : options) {
        Validator sub(root_);
        sub.Check(option, v, path);
        if (sub.errors_.empty()) ++matched;
      }
      if (matched == 0 || (one && matched != 1)) {
        Error(path, (one ? "oneOf" : "anyOf") + std::string(" matched ") +
                        std::to_string(matched) + " of " + std::to_string(options.size()));
      }
    }
    if (v.is_object()) CheckObject(schema, v, path);
    if (v.is_array()) {
      if (schema.contains("minItems") && v.size() < schema["minItems"].get<size_t>()) {
        Error(path, "fewer than " + schema["minItems"].dump() + " items");
      }
      if (schema.contains("items")) {
        for (size_t i = 0; i < v.size(); ++i) {
          Check(schema["items"], v[i], path + "/" + std::to_string(i));
        }
      }
    }
    if (v.is_string()) {
      const std::string& s = v.get_ref<const std::string&>();
      if (schema.contains("minLength") && s.size() < schema["minLength"].get<size_t>()) {
        Error(path, "string shorter than " + schema["minLength"].dump());
      }
      // RE2, not std::regex: GCC 12 warns inside <regex> at -O1 (the
      // sanitizer build), and the schema's patterns are plain RE2 syntax.
      if (schema.contains("pattern") &&
          !RE2::PartialMatch(s, RE2(schema["pattern"].get<std::string>()))) {
        Error(path, "\"" + s + "\" does not match " + schema["pattern"].dump());
      }
    }
    if (v.is_number() && schema.contains("minimum") &&
        v.get<double>() < schema["minimum"].get<double>()) {
      Error(path, "below minimum " + schema["minimum"].dump());
    }
  }

  std::vector<std::string> errors_;

 private:
  static bool HasType(const nlohmann::json& v, const std::string& t) {
    if (t == "object") return v.is_object();
    if (t == "array") return v.is_array();
    if (t == "string") return v.is_string();
    if (t == "boolean") return v.is_boolean();
    if (t == "null") return v.is_null();
    if (t == "number") return v.is_number();
    if (t == "integer") {
      return v.is_number_integer() ||
             (v.is_number_float() && std::floor(v.get<double>()) == v.get<double>());
    }
    return false;
  }

  void CheckObject(const nlohmann::json& schema, const nlohmann::json& v,
                   const std::string& path) {
    if (schema.contains("required")) {
      for (const auto& name : schema["required"]) {
        if (!v.contains(name.get<std::string>())) {
          Error(path, "missing required \"" + name.get<std::string>() + "\"");
        }
      }
    }
    const nlohmann::json empty = nlohmann::json::object();
    const nlohmann::json& props = schema.contains("properties") ? schema["properties"] : empty;
    for (const auto& [key, value] : v.items()) {
      const std::string child = path + "/" + key;
      if (props.contains(key)) {
        Check(props[key], value, child);
      } else if (schema.contains("additionalProperties")) {
        Check(schema["additionalProperties"], value, child);
      }
    }
  }

  void Error(const std::string& path, const std::string& message) {
    errors_.push_back((path.empty() ? "/" : path) + ": " + message);
  }

  const nlohmann::json& root_;
};

}  // namespace

std::vector<std::string> ValidateJsonSchema(const nlohmann::json& schema,
                                            const nlohmann::json& instance) {
  Validator v(schema);
  v.Check(schema, instance, "");
  return v.errors_;
}

}  // namespace sangati::testing
