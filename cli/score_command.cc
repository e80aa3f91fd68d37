#include "cli/score_command.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/compare/compare.h"
#include "engine/core/absl_compat.h"
#include "engine/extract/extractor.h"
#include "engine/text/normalizer.h"
#include "nlohmann/json.hpp"

namespace sangati {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// One fixture sentence.
struct Sentence {
  std::string file;
  int line = 0;
  std::string id, lang, published, outlet, text;
  std::vector<json> expect, reject, allow;
};

struct Counts {
  int tp = 0, fp = 0, fn = 0;
};

// Canonical text for lenient comparison: the engine's normal form, ASCII
// lower case, spaces collapsed.
std::string Canon(std::string_view s) {
  std::string n = NormalizeText(s);
  std::string out;
  bool space = false;
  for (char c : n) {
    if (c == ' ' || c == '\t' || c == '\n') {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += absl::ascii_tolower(static_cast<unsigned char>(c));
  }
  return out;
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// A name the fixture gives in base form against the text a claim holds:
// equal, or found at a word start of `actual` and followed by at most a
// short case ending (-এর, ের, 's) up to the end.
bool NameMatches(std::string_view expected, std::string_view actual) {
  std::string e = Canon(expected), a = Canon(actual);
  if (e.empty()) return a.empty();
  if (e == a) return true;
  for (size_t pos = a.find(e); pos != std::string::npos; pos = a.find(e, pos + 1)) {
    if (pos != 0 && a[pos - 1] != ' ') continue;
    std::string_view tail = std::string_view(a).substr(pos + e.size());
    if (tail.find(' ') == std::string_view::npos && CodePoints(tail) <= 4) return true;
  }
  return false;
}

std::string Field(const Claim& c, const std::string& name) {
  auto it = c.fields.find(name);
  return it == c.fields.end() ? "" : it->second;
}

// A role value as engine/compare keys it: "relation:object", the relation
// without a trailing "_of".
std::string RoleKey(std::string value, const std::string& object) {
  std::string relation = value, target = object;
  if (size_t colon = value.find(':'); colon != std::string::npos) {
    relation = value.substr(0, colon);
    target = value.substr(colon + 1);
  }
  if (relation.size() > 3 && relation.ends_with("_of")) relation.resize(relation.size() - 3);
  return absl::StrCat(relation, ":", target);
}

std::string ClaimRoleKey(const Claim& c) {
  const std::string* v = std::get_if<std::string>(&c.value);
  if (v == nullptr) return "";
  std::string object;
  for (const char* f : {"of", "country", "object", "organisation"}) {
    object = Field(c, f);
    if (!object.empty()) break;
  }
  return RoleKey(*v, object);
}

bool SameNumber(const json& expected, const std::optional<double>& actual) {
  if (expected.is_null()) return !actual.has_value();
  if (!expected.is_number() || !actual) return false;
  double e = expected.get<double>();
  return std::fabs(e - *actual) <= 1e-9 * std::max(1.0, std::fabs(e));
}

bool TextOf(const json& v, std::string* out) {
  if (!v.is_string()) return false;
  *out = v.get<std::string>();
  return true;
}

// Whether claim `c` matches the fixture pattern `p` (only the keys given).
bool Matches(const json& p, const Claim& c) {
  for (auto it = p.begin(); it != p.end(); ++it) {
    const std::string& key = it.key();
    const json& v = it.value();
    std::string s;
    if (key == "kind") {
      if (!TextOf(v, &s) || s != c.kind) return false;
    } else if (key == "subject") {
      if (!TextOf(v, &s) || s != c.subject) return false;
    } else if (key == "value") {
      if (v.is_object()) {
        const Quantity* q = std::get_if<Quantity>(&c.value);
        if (q == nullptr) return false;
        if (v.contains("min") && !SameNumber(v["min"], q->min)) return false;
        if (v.contains("max") && !SameNumber(v["max"], q->max)) return false;
        if (v.contains("approximate") &&
            (!v["approximate"].is_boolean() || v["approximate"].get<bool>() != q->approximate)) {
          return false;
        }
        if (v.contains("unit") && (!TextOf(v["unit"], &s) || s != q->unit)) return false;
      } else if (TextOf(v, &s)) {
        if (c.kind == kKindRole) {
          if (RoleKey(s, "") != ClaimRoleKey(c)) return false;
        } else {
          const std::string* cv = std::get_if<std::string>(&c.value);
          if (cv == nullptr || *cv != s) return false;
        }
      } else {
        return false;
      }
    } else if (key == "unit") {
      const Quantity* q = std::get_if<Quantity>(&c.value);
      std::string unit = q ? q->unit : Field(c, "unit");
      if (!TextOf(v, &s) || s != unit) return false;
    } else if (key == "when") {
      if (!c.when || !v.is_object()) return false;
      if (v.contains("from") && (!TextOf(v["from"], &s) || s != c.when->from)) return false;
      if (v.contains("to") && (!TextOf(v["to"], &s) || s != c.when->to)) return false;
    } else if (key == "source") {
      if (v.is_null()) {
        if (c.source) return false;
        continue;
      }
      if (!TextOf(v, &s) || !c.source) return false;
      bool ok = !c.source->id.empty() && IdSet(s) == IdSet(c.source->id);
      if (!ok) ok = NameMatches(s, c.source->name);
      if (!ok) return false;
    } else if (key == "modality") {
      if (!TextOf(v, &s) || s != ModalityName(c.modality)) return false;
    } else if (key == "participants") {
      if (!TextOf(v, &s) || IdSet(s) != IdSet(Field(c, "participants"))) return false;
    } else {  // place, object, event and any other field
      if (!TextOf(v, &s)) return false;
      std::string actual = Field(c, key);
      if (s != actual && !NameMatches(s, actual)) return false;
    }
  }
  return true;
}

// Maximum matching of expect items to claims (Kuhn's augmenting paths);
// `owner[c]` is the item claim c serves, -1 for none. Sizes are tiny.
bool Augment(int item, const std::vector<std::vector<int>>& edges, std::vector<int>* owner,
             std::vector<bool>* seen) {
  for (int c : edges[item]) {
    if ((*seen)[c]) continue;
    (*seen)[c] = true;
    if ((*owner)[c] < 0 || Augment((*owner)[c], edges, owner, seen)) {
      (*owner)[c] = item;
      return true;
    }
  }
  return false;
}

std::string Num(const std::optional<double>& v) {
  if (!v) return "null";
  if (std::floor(*v) == *v && std::fabs(*v) < 9e15) return absl::StrCat(static_cast<int64_t>(*v));
  return absl::StrCat(*v);
}

// One line describing a claim, for --verbose.
std::string Describe(const Claim& c) {
  std::string out = absl::StrCat("[", c.rule, "] ", c.kind);
  if (!c.subject.empty()) absl::StrAppend(&out, " ", c.subject);
  if (const Quantity* q = std::get_if<Quantity>(&c.value)) {
    absl::StrAppend(&out, " ", Num(q->min), "..", Num(q->max), q->approximate ? "~" : "", " ",
                    q->unit);
  } else if (const std::string* s = std::get_if<std::string>(&c.value)) {
    absl::StrAppend(&out, " ", c.kind == kKindRole ? ClaimRoleKey(c) : *s);
  }
  if (c.when) {
    absl::StrAppend(&out, " when=", c.when->from.empty() ? "?" : c.when->from);
    if (c.when->to != c.when->from) absl::StrAppend(&out, "..", c.when->to);
  }
  if (c.source) {
    absl::StrAppend(&out, " source=", c.source->id.empty() ? c.source->name : c.source->id);
  }
  if (c.modality != Modality::kAsserted) {
    absl::StrAppend(&out, " ", AbslView(ModalityName(c.modality)));
  }
  for (const auto& [k, v] : c.fields) {
    if (k == "object" && c.kind == kKindRole) continue;
    absl::StrAppend(&out, " ", k, "=", v);
  }
  absl::StrAppend(&out, " \"", c.evidence.text, "\"");
  return out;
}

absl::Status ReadSentences(const fs::path& file, std::vector<Sentence>* out) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat(file.string(), ": cannot be read"));
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (absl::StripAsciiWhitespace(line).empty()) continue;
    std::string where = absl::StrCat(file.string(), ":", number, ": ");
    json j = json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (j.is_discarded() || !j.is_object()) {
      return absl::InvalidArgumentError(absl::StrCat(where, "not a JSON object"));
    }
    Sentence s;
    s.file = file.string();
    s.line = number;
    auto text = [&](const char* key, std::string* dst, bool required) -> absl::Status {
      if (!j.contains(key) || j[key].is_null()) {
        if (required) return absl::InvalidArgumentError(absl::StrCat(where, "no '", key, "'"));
        return absl::OkStatus();
      }
      if (!j[key].is_string()) {
        return absl::InvalidArgumentError(absl::StrCat(where, "'", key, "' must be a string"));
      }
      *dst = j[key].get<std::string>();
      return absl::OkStatus();
    };
    for (auto [key, dst, required] :
         {std::tuple{"id", &s.id, true}, std::tuple{"lang", &s.lang, true},
          std::tuple{"text", &s.text, true}, std::tuple{"published", &s.published, false},
          std::tuple{"outlet", &s.outlet, false}}) {
      if (absl::Status st = text(key, dst, required); !st.ok()) return st;
    }
    for (auto [key, dst] : {std::pair{"expect", &s.expect}, std::pair{"reject", &s.reject},
                            std::pair{"allow", &s.allow}}) {
      if (!j.contains(key)) continue;
      if (!j[key].is_array()) {
        return absl::InvalidArgumentError(absl::StrCat(where, "'", key, "' must be a list"));
      }
      for (const json& item : j[key]) {
        if (!item.is_object() || !item.contains("kind") || !item["kind"].is_string()) {
          return absl::InvalidArgumentError(
              absl::StrCat(where, "each item of '", key, "' must be an object with a 'kind'"));
        }
        dst->push_back(item);
      }
    }
    if (s.published.size() > 10) s.published.resize(10);  // a date-time: its day
    out->push_back(std::move(s));
  }
  return absl::OkStatus();
}

std::string Ratio(int num, int den) {
  if (den == 0) return "-";
  return absl::StrFormat("%.3f", static_cast<double>(num) / den);
}

}  // namespace

int RunScoreTo(const ScoreOptions& options, std::ostream& out, std::ostream& err) {
  std::string dir = options.dir;
  if (dir.empty()) {
    std::string rules = BundledRulesDir();
    if (!rules.empty()) dir = (fs::path(rules).parent_path() / "fixtures" / "claims").string();
  }
  std::error_code ec;
  if (dir.empty() || !fs::is_directory(dir, ec)) {
    err << "sangati rules score: " << (dir.empty() ? "no fixture directory" : dir)
        << ": not a directory (give DIR)\n";
    return 2;
  }
  if (!options.language.empty() && options.language != "bn" && options.language != "en") {
    err << "sangati rules score: --lang must be bn or en\n";
    return 2;
  }
  // Splits: the subfolders holding *.jsonl files, in name order.
  std::map<std::string, std::vector<fs::path>> splits;
  for (const fs::directory_entry& sub : fs::directory_iterator(dir, ec)) {
    if (!sub.is_directory()) continue;
    std::string name = sub.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    if (!options.split.empty() && name != options.split) continue;
    std::vector<fs::path> files;
    for (const fs::directory_entry& f : fs::directory_iterator(sub.path(), ec)) {
      if (f.is_regular_file() && f.path().extension() == ".jsonl") files.push_back(f.path());
    }
    std::sort(files.begin(), files.end());
    if (!files.empty()) splits[name] = std::move(files);
  }
  if (splits.empty()) {
    err << "sangati rules score: " << dir << ": no split folder with *.jsonl files"
        << (options.split.empty() ? "" : " named " + options.split) << "\n";
    return 2;
  }

  std::shared_ptr<const RuleSet> rules = LoadRuleSetOrReport(options.sources, err);
  if (rules == nullptr) return 2;
  Extractor extractor(rules);
  ExtractScratch scratch;

  const std::vector<std::string> kKinds = {"quantity", "date", "attribution", "event", "role"};
  // The table is printed after the --verbose listings.
  std::string table = absl::StrFormat("%-8s %-12s %5s %5s %5s %9s %7s\n", "split", "kind", "TP",
                                      "FP", "FN", "precision", "recall");
  std::vector<std::string> summaries;
  for (const auto& [split, files] : splits) {
    const bool may_show = split != "heldout";
    std::vector<Sentence> sentences;
    for (const fs::path& f : files) {
      if (absl::Status s = ReadSentences(f, &sentences); !s.ok()) {
        err << "sangati rules score: " << s.message() << "\n";
        return 2;
      }
    }
    std::map<std::string, Counts> counts;
    int scored = 0, passed = 0;
    for (const Sentence& s : sentences) {
      if (!options.language.empty() && s.lang != options.language) continue;
      ++scored;
      Document doc = TextDocument(s.text, ParseLanguage(s.lang), s.id, s.published);
      if (!s.outlet.empty()) doc.outlet = s.outlet;
      std::vector<Claim> claims;
      if (absl::Status st = extractor.Extract(doc, 0, &scratch, &claims); !st.ok()) {
        err << s.file << ":" << s.line << ": " << s.id << ": " << st.message() << "\n";
      }
      // Roles are scored as engine/compare reads them: an office without a
      // country takes it from the lists when they name one.
      if (auto completed = CompleteRoleObjects(claims, rules->entities().entities())) {
        claims = std::move(*completed);
      }
      // expect items <-> claims
      std::vector<std::vector<int>> edges(s.expect.size());
      for (size_t e = 0; e < s.expect.size(); ++e) {
        for (size_t c = 0; c < claims.size(); ++c) {
          if (Matches(s.expect[e], claims[c])) edges[e].push_back(static_cast<int>(c));
        }
      }
      std::vector<int> owner(claims.size(), -1);
      std::vector<bool> found(s.expect.size(), false);
      for (size_t e = 0; e < s.expect.size(); ++e) {
        std::vector<bool> seen(claims.size(), false);
        Augment(static_cast<int>(e), edges, &owner, &seen);
      }
      for (int o : owner) {
        if (o >= 0) found[o] = true;
      }
      std::vector<std::string> problems;
      for (size_t e = 0; e < s.expect.size(); ++e) {
        Counts& k = counts[s.expect[e]["kind"].get<std::string>()];
        if (found[e]) {
          ++k.tp;
        } else {
          ++k.fn;
          problems.push_back(absl::StrCat("  missing  ", s.expect[e].dump()));
        }
      }
      for (size_t c = 0; c < claims.size(); ++c) {
        const Claim& claim = claims[c];
        bool rejected = std::any_of(s.reject.begin(), s.reject.end(),
                                    [&](const json& r) { return Matches(r, claim); });
        bool unexpected = false;
        if (!rejected && claim.kind == kKindQuantity) {
          bool listed = !edges.empty() && std::any_of(edges.begin(), edges.end(), [&](const auto& v) {
            return std::find(v.begin(), v.end(), static_cast<int>(c)) != v.end();
          });
          listed = listed || std::any_of(s.allow.begin(), s.allow.end(),
                                         [&](const json& a) { return Matches(a, claim); });
          unexpected = !listed;
        }
        if (rejected || unexpected) {
          ++counts[claim.kind].fp;
          problems.push_back(absl::StrCat(rejected ? "  rejected " : "  extra    ",
                                          Describe(claim)));
        }
      }
      if (problems.empty()) {
        ++passed;
        continue;
      }
      if (options.verbose && may_show) {
        out << s.file << ":" << s.line << ": " << s.id << ": " << s.text << "\n";
        for (const std::string& p : problems) out << p << "\n";
        for (const Claim& claim : claims) out << "  claim    " << Describe(claim) << "\n";
      }
    }
    std::vector<std::string> kinds = kKinds;
    for (const auto& [kind, unused] : counts) {
      if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) kinds.push_back(kind);
    }
    Counts all;
    for (const std::string& kind : kinds) {
      const Counts& k = counts[kind];
      all.tp += k.tp;
      all.fp += k.fp;
      all.fn += k.fn;
      absl::StrAppend(&table, absl::StrFormat("%-8s %-12s %5d %5d %5d %9s %7s\n", split, kind,
                                              k.tp, k.fp, k.fn, Ratio(k.tp, k.tp + k.fp),
                                              Ratio(k.tp, k.tp + k.fn)));
    }
    absl::StrAppend(&table, absl::StrFormat("%-8s %-12s %5d %5d %5d %9s %7s\n", split, "all",
                                            all.tp, all.fp, all.fn,
                                            Ratio(all.tp, all.tp + all.fp),
                                            Ratio(all.tp, all.tp + all.fn)));
    summaries.push_back(absl::StrCat(split, ": ", passed, " of ", scored, " sentences pass"));
  }
  if (options.verbose) out << "\n";
  out << table;
  for (const std::string& s : summaries) out << s << "\n";
  return 0;
}

int RunScore(const ScoreOptions& options) { return RunScoreTo(options, std::cout, std::cerr); }

}  // namespace sangati
