#include "engine/rules/rule_parser.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "engine/core/absl_compat.h"
#include "yaml-cpp/yaml.h"

namespace sangati {
namespace {

const std::vector<std::string> kTopKeys = {"language", "rules", "patterns", "entities",
                                           "modality"};
const std::vector<std::string> kRuleKeys = {
    "id",       "kind",     "language",        "pattern", "fields",   "guards",
    "priority", "message",  "description",     "metadata", "examples", "counterexamples",
    "word_boundaries", "starts_within_words"};
const std::vector<std::string> kFieldKeys = {"group",   "parse", "map",          "required",
                                             "default", "find",  "within_words", "or_title"};
const std::vector<std::string> kGuardKeys = {"not_preceded_by", "not_followed_by",
                                             "preceded_by",     "followed_by",
                                             "in_sentence",     "not_in_sentence",
                                             "within_words",    "group"};
const std::vector<std::string> kExampleKeys = {"text", "expect", "published"};
const std::vector<std::string> kCounterexampleKeys = {"text", "published"};
const std::vector<std::string> kPatternKeys = {"name", "description", "pattern", "examples"};
const std::vector<std::string> kEntityKeys = {"id", "type", "names", "facts", "description"};
const std::vector<std::string> kFactKeys = {"relation", "object", "since", "until"};
const std::vector<std::string> kModalityKeys = {"language",  "hedge",  "denial",      "negation",
                                                "directive", "future",   "except",
                                                "clause_break", "within_words"};
const std::vector<std::string> kParseModes = {"text", "quantity", "date", "entity",
                                              "entities"};
const std::vector<std::string> kLanguages = {"bn", "en", "any"};
const std::vector<std::string> kBoundaries = {"both", "start", "end", "none"};
// Field names with a fixed meaning; other lower-case names go to Claim::fields.
const std::vector<std::string> kKnownFields = {"value", "unit",  "subject", "source",
                                               "participants", "place", "when", "modality",
                                               "object", "role"};
const std::vector<std::string> kExpectKeys = {"value", "unit", "subject", "source", "when",
                                              "modality", "kind", "match", "participants",
                                              "place", "object", "role"};

bool IsLowerIdent(std::string_view s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

bool IsRuleId(std::string_view s) {
  if (s.empty() || !absl::ascii_isalnum(static_cast<unsigned char>(s[0]))) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' ||
           c == '.';
  });
}

bool IsIsoDay(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (s[i] < '0' || s[i] > '9') return false;
  }
  int month = (s[5] - '0') * 10 + (s[6] - '0');
  int day = (s[8] - '0') * 10 + (s[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

class FileParser {
 public:
  FileParser(const RuleFile& file, std::vector<Diagnostic>* diagnostics)
      : file_(file), diagnostics_(diagnostics) {
    line_starts_.push_back(0);
    for (size_t i = 0; i < file_.text.size(); ++i) {
      if (file_.text[i] == '\n') line_starts_.push_back(i + 1);
    }
  }

  ParsedRuleFile Parse() {
    ParsedRuleFile out;
    out.path = file_.path;
    YAML::Node root;
    try {
      root = YAML::Load(file_.text);
    } catch (const YAML::Exception& e) {
      Error(Pos(e.mark), "", absl::StrCat("YAML syntax error: ", e.msg));
      return out;
    }
    if (root.IsNull()) return out;  // an empty file is allowed
    if (!root.IsMap()) {
      Error(Pos(root.Mark()), "",
            "a rule file must be a map with keys language, rules, patterns, entities, modality");
      return out;
    }
    CheckKeys(root, kTopKeys, "", "top-level");
    if (YAML::Node lang = root["language"]) {
      if (auto l = ScalarOf(lang, "language", "")) {
        if (CheckOneOf(*l, kLanguages, "language", "")) file_language_ = *l;
      }
    }
    if (YAML::Node rules = root["rules"]) ParseRules(rules, &out);
    if (YAML::Node patterns = root["patterns"]) ParsePatterns(patterns, &out);
    if (YAML::Node entities = root["entities"]) ParseEntities(entities, &out);
    if (YAML::Node modality = root["modality"]) ParseModality(modality, &out);
    return out;
  }

 private:
  // --- positions and messages ---

  SourcePos Pos(const YAML::Mark& mark) const {
    if (mark.is_null() || mark.line < 0) return SourcePos{};
    SourcePos pos;
    pos.line = static_cast<uint32_t>(mark.line) + 1;
    // yaml-cpp counts columns in bytes; we report code points.
    size_t start = mark.line < static_cast<int>(line_starts_.size())
                       ? line_starts_[mark.line] : 0;
    size_t end = std::min<size_t>(static_cast<size_t>(std::max(mark.pos, 0)),
                                  file_.text.size());
    uint32_t column = 1;
    for (size_t i = start; i < end; ++i) {
      if ((static_cast<unsigned char>(file_.text[i]) & 0xC0) != 0x80) ++column;
    }
    pos.column = column;
    return pos;
  }

  void Error(SourcePos pos, std::string_view rule, std::string message) {
    diagnostics_->push_back(
        Diagnostic{file_.path, pos, std::string(rule), std::move(message)});
  }

  Located MakeLocated(const YAML::Node& node, SourcePos fallback = {}) const {
    Located l;
    l.value = node.IsScalar() ? node.Scalar() : "";
    const YAML::Mark mark = node.Mark();
    l.pos = Pos(mark);
    if (l.pos.line == 0) {
      l.pos = fallback;
      return l;
    }
    size_t p = static_cast<size_t>(mark.pos);
    if (p >= file_.text.size()) return l;
    const std::string& t = file_.text;
    char c = t[p];
    if (c == '\'' || c == '"') {
      std::string source;
      for (char v : l.value) {
        if (c == '\'' && v == '\'') source += "''";
        else if (c == '"' && (v == '\\' || v == '"')) source += std::string("\\") + v;
        else source += v;
      }
      if (l.value.find('\n') == std::string::npos &&
          t.compare(p + 1, source.size(), source) == 0 &&
          p + 1 + source.size() < t.size() && t[p + 1 + source.size()] == c) {
        l.single_line = true;
        l.quote = c;
      }
    } else if (c != '|' && c != '>') {
      l.single_line = t.compare(p, l.value.size(), l.value) == 0;
    }
    return l;
  }

  // --- shape checks ---

  // Reports unknown and duplicate keys of a map. REQUIRES: node.IsMap().
  void CheckKeys(const YAML::Node& node, const std::vector<std::string>& allowed,
                 std::string_view rule, std::string_view where) {
    std::set<std::string> seen;
    for (auto it = node.begin(); it != node.end(); ++it) {
      const YAML::Node key = it->first;
      std::string k = key.IsScalar() ? key.Scalar() : "";
      if (!seen.insert(k).second) {
        Error(Pos(key.Mark()), rule, absl::StrCat("duplicate key '", k, "' in ", AbslView(where)));
        continue;
      }
      if (std::find(allowed.begin(), allowed.end(), k) == allowed.end()) {
        Error(Pos(key.Mark()), rule,
              absl::StrCat("unknown key '", k, "' in ", AbslView(where), DidYouMean(k, allowed)));
      }
    }
  }

  std::optional<Located> ScalarOf(const YAML::Node& node, std::string_view what,
                                  std::string_view rule, SourcePos fallback = {}) {
    if (!node.IsScalar()) {
      SourcePos pos = Pos(node.Mark());
      Error(pos.line ? pos : fallback, rule,
            absl::StrCat("'", AbslView(what), "' must be a single value",
                         node.IsNull() ? " (it is empty)" : ""));
      return std::nullopt;
    }
    return MakeLocated(node, fallback);
  }

  bool CheckOneOf(const Located& value, const std::vector<std::string>& allowed,
                  std::string_view what, std::string_view rule) {
    if (std::find(allowed.begin(), allowed.end(), value.value) != allowed.end()) return true;
    Error(value.pos, rule,
          absl::StrCat("'", AbslView(what), "' must be one of ", absl::StrJoin(allowed, ", "),
                       ", not '", value.value, "'", DidYouMean(value.value, allowed)));
    return false;
  }

  SourcePos KeyPos(const YAML::Node& map, std::string_view key) {
    for (auto it = map.begin(); it != map.end(); ++it) {
      if (it->first.IsScalar() && it->first.Scalar() == key) return Pos(it->first.Mark());
    }
    return Pos(map.Mark());
  }

  std::optional<int> IntOf(const YAML::Node& node, std::string_view what,
                           std::string_view rule, int min_value) {
    auto l = ScalarOf(node, what, rule);
    if (!l) return std::nullopt;
    int v = 0;
    if (!absl::SimpleAtoi(AbslView(l->value), &v) || v < min_value) {
      Error(l->pos, rule, absl::StrCat("'", AbslView(what), "' must be an integer >= ", min_value,
                                       ", not '", l->value, "'"));
      return std::nullopt;
    }
    return v;
  }

  std::optional<bool> BoolOf(const YAML::Node& node, std::string_view what,
                             std::string_view rule) {
    auto l = ScalarOf(node, what, rule);
    if (!l) return std::nullopt;
    std::string v = absl::AsciiStrToLower(AbslView(l->value));
    if (v == "true" || v == "yes") return true;
    if (v == "false" || v == "no") return false;
    Error(l->pos, rule, absl::StrCat("'", AbslView(what), "' must be true or false, not '", l->value, "'"));
    return std::nullopt;
  }

  // A sequence of scalars (or one scalar, taken as a one-element list).
  std::vector<Located> ScalarList(const YAML::Node& node, std::string_view what,
                                  std::string_view rule) {
    std::vector<Located> out;
    if (node.IsScalar()) {
      out.push_back(MakeLocated(node));
      return out;
    }
    if (!node.IsSequence()) {
      Error(Pos(node.Mark()), rule, absl::StrCat("'", AbslView(what), "' must be a list of strings"));
      return out;
    }
    for (const YAML::Node& item : node) {
      if (auto l = ScalarOf(item, what, rule)) out.push_back(*l);
    }
    return out;
  }

  // --- rules ---

  void ParseRules(const YAML::Node& rules, ParsedRuleFile* out) {
    if (!rules.IsSequence()) {
      Error(Pos(rules.Mark()), "", "'rules' must be a list of rules (each starting with '- id:')");
      return;
    }
    for (const YAML::Node& node : rules) {
      if (!node.IsMap()) {
        Error(Pos(node.Mark()), "", "each rule must be a map with at least id, kind and pattern");
        continue;
      }
      size_t errors_before = diagnostics_->size();
      bool fatal = false;  // id, kind, language or pattern unusable
      RuleSpec rule;
      rule.file = file_.path;
      rule.layer = file_.layer;
      rule.pos = Pos(node.Mark());
      std::string rid;
      if (YAML::Node id = node["id"]) {
        if (auto l = ScalarOf(id, "id", "")) {
          rule.id = *l;
          rid = l->value;
          if (!IsRuleId(rid)) {
            Error(l->pos, rid, "rule id must be letters, digits, '-', '_' or '.'");
            fatal = true;
          }
        } else {
          fatal = true;
        }
      } else {
        Error(rule.pos, "", "rule has no 'id'");
        fatal = true;
      }
      CheckKeys(node, kRuleKeys, rid, "rule");
      if (YAML::Node kind = node["kind"]) {
        if (auto l = ScalarOf(kind, "kind", rid)) {
          rule.kind = *l;
          if (!IsLowerIdent(l->value)) {
            Error(l->pos, rid,
                  absl::StrCat("kind must be a lower-case identifier (quantity, date, "
                               "attribution, event, role or your own), not '",
                               l->value, "'"));
            fatal = true;
          }
        } else {
          fatal = true;
        }
      } else {
        Error(rule.pos, rid, "rule has no 'kind'");
        fatal = true;
      }
      if (YAML::Node lang = node["language"]) {
        auto l = ScalarOf(lang, "language", rid);
        if (l && CheckOneOf(*l, kLanguages, "language", rid)) {
          rule.language = *l;
        } else {
          fatal = true;
        }
      } else if (!file_language_.value.empty()) {
        rule.language = file_language_;
      } else {
        Error(rule.pos, rid,
              "rule has no 'language' and the file sets none (use bn, en or any)");
        fatal = true;
      }
      if (YAML::Node pattern = node["pattern"]) {
        if (auto l = ScalarOf(pattern, "pattern", rid, KeyPos(node, "pattern"))) {
          if (l->value.empty()) {
            Error(l->pos, rid, "'pattern' is empty");
            fatal = true;
          }
          rule.pattern = *l;
        } else {
          fatal = true;
        }
      } else {
        Error(rule.pos, rid, "rule has no 'pattern'");
        fatal = true;
      }
      if (YAML::Node fields = node["fields"]) ParseFields(fields, rid, &rule);
      if (YAML::Node guards = node["guards"]) ParseGuards(guards, rid, &rule);
      if (YAML::Node p = node["priority"]) {
        if (auto v = IntOf(p, "priority", rid, -1000)) rule.priority = *v;
      }
      if (YAML::Node sw = node["starts_within_words"]) {
        if (auto v = IntOf(sw, "starts_within_words", rid, 1)) rule.starts_within_words = *v;
      }
      if (YAML::Node wb = node["word_boundaries"]) {
        if (auto l = ScalarOf(wb, "word_boundaries", rid)) {
          if (CheckOneOf(*l, kBoundaries, "word_boundaries", rid)) {
            rule.word_boundaries = l->value;
            rule.word_boundaries_pos = l->pos;
          }
        }
      }
      if (YAML::Node m = node["message"]) {
        if (auto l = ScalarOf(m, "message", rid)) rule.message = l->value;
      }
      if (YAML::Node m = node["description"]) {
        if (auto l = ScalarOf(m, "description", rid)) {
          if (rule.message.empty()) rule.message = l->value;
        }
      }
      if (YAML::Node m = node["metadata"]) {
        if (!m.IsMap()) {
          Error(Pos(m.Mark()), rid, "'metadata' must be a map");
        } else {
          for (auto it = m.begin(); it != m.end(); ++it) {
            std::string value = it->second.IsScalar() ? it->second.Scalar()
                                                      : YAML::Dump(it->second);
            rule.metadata[it->first.Scalar()] = value;
          }
        }
      }
      if (YAML::Node ex = node["examples"]) ParseExamples(ex, rid, /*counter=*/false, &rule);
      if (YAML::Node ex = node["counterexamples"]) {
        ParseExamples(ex, rid, /*counter=*/true, &rule);
      }
      // Keep a rule whose id, kind, language and pattern are usable even if
      // other entries had errors, so that compilation reports its pattern
      // and group mistakes in the same run.
      rule.incomplete = diagnostics_->size() != errors_before;
      if (!fatal) out->rules.push_back(std::move(rule));
    }
  }

  void ParseFields(const YAML::Node& fields, const std::string& rid, RuleSpec* rule) {
    if (!fields.IsMap()) {
      Error(Pos(fields.Mark()), rid, "'fields' must be a map from field name to value or group");
      return;
    }
    std::set<std::string> seen;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      FieldSpec f;
      f.name = it->first.IsScalar() ? it->first.Scalar() : "";
      f.pos = Pos(it->first.Mark());
      if (!seen.insert(f.name).second) {
        Error(f.pos, rid, absl::StrCat("duplicate field '", f.name, "'"));
        continue;
      }
      if (!IsLowerIdent(f.name)) {
        Error(f.pos, rid, absl::StrCat("field name '", f.name,
                                       "' must be a lower-case identifier"));
        continue;
      }
      if (std::find(kKnownFields.begin(), kKnownFields.end(), f.name) == kKnownFields.end()) {
        // A free field; refuse names one typo away from a known field, which
        // would otherwise silently leave the known field empty.
        std::string close = ClosestMatch(f.name, kKnownFields);
        if (!close.empty()) {
          Error(f.pos, rid, absl::StrCat("unknown field '", f.name, "' (did you mean '",
                                         close, "'?)"));
          continue;
        }
      }
      const YAML::Node v = it->second;
      if (v.IsScalar()) {
        f.constant = MakeLocated(v, f.pos);
      } else if (v.IsMap()) {
        CheckKeys(v, kFieldKeys, rid, absl::StrCat("field '", f.name, "'"));
        if (YAML::Node g = v["group"]) {
          f.groups = ScalarList(g, "group", rid);
        }
        if (YAML::Node p = v["parse"]) {
          auto l = ScalarOf(p, "parse", rid);
          // A field with an unknown parse mode is left out (not read as text).
          if (!l || !CheckOneOf(*l, kParseModes, "parse", rid)) continue;
          f.parse_pos = l->pos;
          const std::string& m = l->value;
          f.parse = m == "quantity"   ? ParseMode::kQuantity
                    : m == "date"     ? ParseMode::kDate
                    : m == "entity"   ? ParseMode::kEntity
                    : m == "entities" ? ParseMode::kEntities
                                      : ParseMode::kText;
        }
        if (YAML::Node m = v["map"]) {
          if (!m.IsMap()) {
            Error(Pos(m.Mark()), rid, "'map' must be a map from captured text to value");
          } else {
            for (auto mi = m.begin(); mi != m.end(); ++mi) {
              if (!mi->first.IsScalar() || !mi->second.IsScalar()) {
                Error(Pos(mi->first.Mark()), rid, "'map' entries must be text: value");
                continue;
              }
              f.map.emplace_back(mi->first.Scalar(), mi->second.Scalar());
            }
          }
        }
        if (YAML::Node r = v["required"]) f.required = BoolOf(r, "required", rid);
        if (YAML::Node d = v["default"]) {
          if (auto l = ScalarOf(d, "default", rid)) f.default_value = *l;
        }
        if (YAML::Node fd = v["find"]) {
          if (auto l = ScalarOf(fd, "find", rid)) f.find = *l;
        }
        if (YAML::Node w = v["within_words"]) {
          if (w.IsMap()) {
            CheckKeys(w, {"before", "after", "clause"}, rid, "within_words");
            f.find_before = f.find_after = 0;
            if (YAML::Node c = w["clause"]) {
              if (auto b = BoolOf(c, "clause", rid)) f.find_clause = *b;
            }
            if (YAML::Node b = w["before"]) {
              if (auto n = IntOf(b, "before", rid, 0)) f.find_before = *n;
            }
            if (YAML::Node a = w["after"]) {
              if (auto n = IntOf(a, "after", rid, 0)) f.find_after = *n;
            }
          } else if (auto n = IntOf(w, "within_words", rid, 0)) {
            f.find_before = f.find_after = *n;
          }
          if (!f.find) Error(f.pos, rid, absl::StrCat("field '", f.name, "': 'within_words' needs 'find'"));
        }
        if (YAML::Node t = v["or_title"]) {
          if (auto b = BoolOf(t, "or_title", rid)) f.find_in_title = *b;
          if (!f.find) Error(f.pos, rid, absl::StrCat("field '", f.name, "': 'or_title' needs 'find'"));
        }
        if (f.groups.empty() && !f.default_value && !f.find) {
          Error(f.pos, rid, absl::StrCat("field '", f.name,
                                         "' needs 'group' or 'find' (or a plain value instead of a map)"));
          continue;
        }
      } else {
        Error(f.pos, rid, absl::StrCat("field '", f.name,
                                       "' must be a value or a map with 'group'"));
        continue;
      }
      rule->fields.push_back(std::move(f));
    }
  }

  void ParseGuards(const YAML::Node& guards, const std::string& rid, RuleSpec* rule) {
    if (!guards.IsSequence()) {
      Error(Pos(guards.Mark()), rid, "'guards' must be a list");
      return;
    }
    static const std::vector<std::pair<std::string, GuardType>> kTypes = {
        {"not_preceded_by", GuardType::kNotPrecededBy},
        {"not_followed_by", GuardType::kNotFollowedBy},
        {"preceded_by", GuardType::kPrecededBy},
        {"followed_by", GuardType::kFollowedBy},
        {"in_sentence", GuardType::kInSentence},
        {"not_in_sentence", GuardType::kNotInSentence}};
    for (const YAML::Node& g : guards) {
      if (!g.IsMap()) {
        Error(Pos(g.Mark()), rid, "each guard must be a map like {not_followed_by: 'x', within_words: 1}");
        continue;
      }
      CheckKeys(g, kGuardKeys, rid, "guard");
      GuardSpec spec;
      spec.pos = Pos(g.Mark());
      int found = 0;
      for (const auto& [key, type] : kTypes) {
        if (YAML::Node p = g[key]) {
          ++found;
          if (auto l = ScalarOf(p, key, rid)) {
            spec.type = type;
            spec.pattern = *l;
          }
        }
      }
      if (found != 1) {
        Error(spec.pos, rid,
              "a guard needs exactly one of not_preceded_by, not_followed_by, preceded_by, "
              "followed_by, in_sentence, not_in_sentence");
        continue;
      }
      if (YAML::Node w = g["within_words"]) {
        if (auto v = IntOf(w, "within_words", rid, 1)) spec.within_words = *v;
      }
      if (YAML::Node gr = g["group"]) {
        if (auto l = ScalarOf(gr, "group", rid)) spec.group = *l;
      }
      rule->guards.push_back(std::move(spec));
    }
  }

  // Flattens an `expect:` value into key -> text pairs (see ExampleSpec).
  void AddExpect(const std::string& key, const YAML::Node& v, const std::string& rid,
                 ExampleSpec* ex) {
    if (v.IsNull()) {
      Located l = MakeLocated(v);
      if (l.pos.line == 0) l.pos = ex->pos;
      l.value = "null";
      ex->expect.emplace_back(key, l);
    } else if (v.IsScalar()) {
      ex->expect.emplace_back(key, MakeLocated(v));
    } else if (v.IsSequence()) {
      Located l = MakeLocated(v);
      std::vector<std::string> parts;
      for (const YAML::Node& item : v) {
        if (item.IsScalar()) parts.push_back(item.Scalar());
      }
      l.value = absl::StrJoin(parts, ",");
      ex->expect.emplace_back(key, l);
    } else if (v.IsMap()) {
      static const std::map<std::string, std::vector<std::string>> kSubKeys = {
          {"value", {"min", "max", "approximate", "unit"}},
          {"when", {"from", "to", "text"}},
          {"source", {"id", "name"}}};
      auto sub = kSubKeys.find(key);
      if (sub == kSubKeys.end()) {
        Error(Pos(v.Mark()), rid, absl::StrCat("expected '", key, "' must be a single value"));
        return;
      }
      CheckKeys(v, sub->second, rid, absl::StrCat("expected ", key));
      for (auto it = v.begin(); it != v.end(); ++it) {
        AddExpect(absl::StrCat(key, ".", it->first.Scalar()), it->second, rid, ex);
      }
    }
  }

  void ParseExamples(const YAML::Node& list, const std::string& rid, bool counter,
                     RuleSpec* rule) {
    const char* what = counter ? "counterexamples" : "examples";
    if (!list.IsSequence()) {
      Error(Pos(list.Mark()), rid, absl::StrCat("'", AbslView(what), "' must be a list"));
      return;
    }
    for (const YAML::Node& item : list) {
      ExampleSpec ex;
      ex.pos = Pos(item.Mark());
      if (item.IsScalar()) {
        ex.text = MakeLocated(item);
      } else if (item.IsMap()) {
        CheckKeys(item, counter ? kCounterexampleKeys : kExampleKeys, rid,
                  counter ? "counterexample" : "example");
        if (YAML::Node t = item["text"]) {
          if (auto l = ScalarOf(t, "text", rid)) ex.text = *l;
        } else {
          Error(ex.pos, rid, "example has no 'text'");
          continue;
        }
        if (YAML::Node p = item["published"]) {
          if (auto l = ScalarOf(p, "published", rid)) ex.published = l->value;
        }
        if (YAML::Node e = item["expect"]; e && !counter) {
          if (!e.IsMap()) {
            Error(Pos(e.Mark()), rid, "'expect' must be a map of claim fields");
          } else {
            std::set<std::string> seen;
            for (auto it = e.begin(); it != e.end(); ++it) {
              std::string k = it->first.Scalar();
              if (!seen.insert(k).second) {
                Error(Pos(it->first.Mark()), rid, absl::StrCat("duplicate key '", k, "' in expect"));
                continue;
              }
              if (std::find(kExpectKeys.begin(), kExpectKeys.end(), k) == kExpectKeys.end()) {
                std::string close = ClosestMatch(k, kExpectKeys);
                if (!close.empty() || !IsLowerIdent(k)) {
                  Error(Pos(it->first.Mark()), rid,
                        absl::StrCat("unknown key '", k, "' in expect", DidYouMean(k, kExpectKeys)));
                  continue;
                }
              }
              AddExpect(k, it->second, rid, &ex);
            }
          }
        }
      } else {
        Error(ex.pos, rid, absl::StrCat("each of '", AbslView(what), "' must be a text or a map with 'text'"));
        continue;
      }
      (counter ? rule->counterexamples : rule->examples).push_back(std::move(ex));
    }
  }

  // --- sub-patterns, entities, modality ---

  void ParsePatterns(const YAML::Node& list, ParsedRuleFile* out) {
    if (!list.IsSequence()) {
      Error(Pos(list.Mark()), "", "'patterns' must be a list of {name, pattern}");
      return;
    }
    for (const YAML::Node& node : list) {
      if (!node.IsMap()) {
        Error(Pos(node.Mark()), "", "each pattern must be a map with name and pattern");
        continue;
      }
      size_t errors_before = diagnostics_->size();
      SubPatternSpec p;
      p.file = file_.path;
      p.layer = file_.layer;
      p.pos = Pos(node.Mark());
      std::string pname;
      if (YAML::Node n = node["name"]) {
        if (auto l = ScalarOf(n, "name", "")) {
          p.name = *l;
          pname = l->value;
          if (!IsLowerIdent(pname)) {
            Error(l->pos, pname, "pattern name must be a lower-case identifier");
          }
        }
      } else {
        Error(p.pos, "", "pattern has no 'name'");
      }
      CheckKeys(node, kPatternKeys, pname, "pattern");
      if (YAML::Node pat = node["pattern"]) {
        if (auto l = ScalarOf(pat, "pattern", pname, KeyPos(node, "pattern"))) p.pattern = *l;
      } else {
        Error(p.pos, pname, "pattern has no 'pattern'");
      }
      if (YAML::Node d = node["description"]) {
        if (auto l = ScalarOf(d, "description", pname)) p.description = l->value;
      }
      if (YAML::Node ex = node["examples"]) p.examples = ScalarList(ex, "examples", pname);
      if (diagnostics_->size() == errors_before) out->patterns.push_back(std::move(p));
    }
  }

  void ParseEntities(const YAML::Node& list, ParsedRuleFile* out) {
    if (!list.IsSequence()) {
      Error(Pos(list.Mark()), "", "'entities' must be a list of {id, type, names}");
      return;
    }
    for (const YAML::Node& node : list) {
      if (!node.IsMap()) {
        Error(Pos(node.Mark()), "", "each entity must be a map with id, type and names");
        continue;
      }
      size_t errors_before = diagnostics_->size();
      EntitySpec e;
      e.layer = file_.layer;
      e.entity.file = file_.path;
      e.entity.pos = Pos(node.Mark());
      std::string eid;
      if (YAML::Node id = node["id"]) {
        if (auto l = ScalarOf(id, "id", "")) {
          eid = l->value;
          e.entity.id = eid;
          if (!IsLowerIdent(eid)) Error(l->pos, eid, "entity id must be a lower-case identifier");
        }
      } else {
        Error(e.entity.pos, "", "entity has no 'id'");
      }
      CheckKeys(node, kEntityKeys, eid, "entity");
      if (YAML::Node t = node["type"]) {
        if (auto l = ScalarOf(t, "type", eid)) {
          e.entity.type = l->value;
          e.type_pos = l->pos;
          if (!IsLowerIdent(l->value)) {
            Error(l->pos, eid, "entity type must be a lower-case identifier");
          }
        }
      } else {
        Error(e.entity.pos, eid, "entity has no 'type'");
      }
      if (YAML::Node n = node["names"]) {
        for (const Located& l : ScalarList(n, "names", eid)) {
          if (l.value.empty()) {
            Error(l.pos, eid, "empty name");
            continue;
          }
          e.entity.names.push_back(l.value);
          e.name_pos.push_back(l.pos);
        }
      } else {
        Error(e.entity.pos, eid, "entity has no 'names'");
      }
      if (YAML::Node facts = node["facts"]) {
        if (!facts.IsSequence()) {
          Error(Pos(facts.Mark()), eid, "'facts' must be a list of {relation, object}");
        } else {
          for (const YAML::Node& f : facts) {
            if (!f.IsMap()) {
              Error(Pos(f.Mark()), eid, "each fact must be {relation: ..., object: ...}");
              continue;
            }
            CheckKeys(f, kFactKeys, eid, "fact");
            EntityFact fact;
            if (YAML::Node r = f["relation"]) {
              if (auto l = ScalarOf(r, "relation", eid)) fact.relation = l->value;
            } else {
              Error(Pos(f.Mark()), eid, "fact has no 'relation'");
            }
            if (YAML::Node o = f["object"]) {
              if (auto l = ScalarOf(o, "object", eid)) fact.object = l->value;
            } else {
              Error(Pos(f.Mark()), eid, "fact has no 'object'");
            }
            for (const char* key : {"since", "until"}) {
              YAML::Node d = f[key];
              if (!d) continue;
              auto l = ScalarOf(d, key, eid);
              if (!l) continue;
              if (!IsIsoDay(l->value)) {
                Error(l->pos, eid, absl::StrCat("'", key, "' must be a date YYYY-MM-DD, not '",
                                                l->value, "'"));
                continue;
              }
              (std::string_view(key) == "since" ? fact.since : fact.until) = l->value;
            }
            e.entity.facts.push_back(std::move(fact));
          }
        }
      }
      if (diagnostics_->size() == errors_before) out->entities.push_back(std::move(e));
    }
  }

  void ParseModality(const YAML::Node& list, ParsedRuleFile* out) {
    if (!list.IsSequence()) {
      Error(Pos(list.Mark()), "",
            "'modality' must be a list of {language, hedge, denial, negation, directive, future, "
            "except, clause_break, within_words}");
      return;
    }
    for (const YAML::Node& node : list) {
      if (!node.IsMap()) {
        Error(Pos(node.Mark()), "", "each modality entry must be a map");
        continue;
      }
      size_t errors_before = diagnostics_->size();
      ModalitySpec m;
      m.file = file_.path;
      m.layer = file_.layer;
      m.pos = Pos(node.Mark());
      CheckKeys(node, kModalityKeys, "modality", "modality entry");
      if (YAML::Node l = node["language"]) {
        if (auto v = ScalarOf(l, "language", "modality")) {
          if (CheckOneOf(*v, kLanguages, "language", "modality")) m.language = *v;
        }
      } else if (!file_language_.value.empty()) {
        m.language = file_language_;
      } else {
        Error(m.pos, "modality", "modality entry has no 'language'");
      }
      if (YAML::Node h = node["hedge"]) m.hedge = ScalarList(h, "hedge", "modality");
      if (YAML::Node d = node["denial"]) m.denial = ScalarList(d, "denial", "modality");
      if (YAML::Node n = node["negation"]) m.negation = ScalarList(n, "negation", "modality");
      if (YAML::Node d = node["directive"]) m.directive = ScalarList(d, "directive", "modality");
      if (YAML::Node f = node["future"]) m.future = ScalarList(f, "future", "modality");
      if (YAML::Node x = node["except"]) m.except = ScalarList(x, "except", "modality");
      if (YAML::Node c = node["clause_break"]) {
        m.clause_break = ScalarList(c, "clause_break", "modality");
      }
      if (YAML::Node w = node["within_words"]) {
        if (auto v = IntOf(w, "within_words", "modality", 0)) m.within_words = *v;
      }
      if (diagnostics_->size() == errors_before) out->modality.push_back(std::move(m));
    }
  }

  const RuleFile& file_;
  std::vector<Diagnostic>* diagnostics_;
  std::vector<size_t> line_starts_;
  Located file_language_;
};

}  // namespace

ParsedRuleFile ParseRuleFile(const RuleFile& file, std::vector<Diagnostic>* diagnostics) {
  FileParser parser(file, diagnostics);
  try {
    return parser.Parse();
  } catch (const YAML::Exception& e) {
    // Defensive: node access on malformed input.
    diagnostics->push_back(Diagnostic{file.path, SourcePos{}, "",
                                      absl::StrCat("YAML error: ", e.msg)});
    return ParsedRuleFile{file.path, {}, {}, {}, {}};
  }
}

SourcePos PositionInScalar(const Located& scalar, size_t offset) {
  if (!scalar.single_line || scalar.pos.line == 0) return scalar.pos;
  offset = std::min(offset, scalar.value.size());
  SourcePos pos = scalar.pos;
  if (scalar.quote) ++pos.column;
  for (size_t i = 0; i < offset; ++i) {
    unsigned char c = static_cast<unsigned char>(scalar.value[i]);
    if ((c & 0xC0) == 0x80) continue;
    ++pos.column;
    if (scalar.quote == '\'' && c == '\'') ++pos.column;
    if (scalar.quote == '"' && (c == '\\' || c == '"')) ++pos.column;
  }
  return pos;
}

}  // namespace sangati
