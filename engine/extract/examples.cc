#include "engine/extract/examples.h"

#include <algorithm>
#include <cmath>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/core/absl_compat.h"
#include "engine/core/claim_json.h"

namespace sangati {
namespace {

std::string Num(const std::optional<double>& v) {
  if (!v) return "null";
  double d = *v;
  if (std::floor(d) == d && std::fabs(d) < 9e15) return absl::StrCat(static_cast<int64_t>(d));
  return absl::StrCat(d);
}

// The claim's value for an `expect:` key, as text ("null" when absent).
std::string Actual(const Claim& c, const std::string& key) {
  const Quantity* q = std::get_if<Quantity>(&c.value);
  if (key == "value") {
    if (q) {
      if (q->min && q->max && *q->min == *q->max) return Num(q->min);
      return absl::StrCat("[", Num(q->min), ", ", Num(q->max), "]");
    }
    if (const auto* s = std::get_if<std::string>(&c.value)) return *s;
    return "null";
  }
  if (key == "value.min") return q ? Num(q->min) : "null";
  if (key == "value.max") return q ? Num(q->max) : "null";
  if (key == "value.approximate") return q ? (q->approximate ? "true" : "false") : "null";
  if (key == "value.unit" || key == "unit") {
    if (q) return q->unit.empty() ? "null" : q->unit;
    auto it = c.fields.find("unit");
    return it == c.fields.end() ? "null" : it->second;
  }
  if (key == "subject") return c.subject.empty() ? "null" : c.subject;
  if (key == "kind") return c.kind;
  if (key == "match") return c.evidence.text;
  if (key == "modality") return std::string(ModalityName(c.modality));
  if (key == "source") {
    if (!c.source) return "null";
    return c.source->id.empty() ? c.source->name : c.source->id;
  }
  if (key == "source.id") return c.source && !c.source->id.empty() ? c.source->id : "null";
  if (key == "source.name") return c.source ? c.source->name : "null";
  if (key == "when") {
    if (!c.when) return "null";
    if (c.when->from.empty()) return "unresolved";
    if (c.when->from == c.when->to) return c.when->from;
    return absl::StrCat(c.when->from, "..", c.when->to);
  }
  if (key == "when.from") return c.when && !c.when->from.empty() ? c.when->from : "null";
  if (key == "when.to") return c.when && !c.when->to.empty() ? c.when->to : "null";
  if (key == "when.text") return c.when ? c.when->text : "null";
  auto it = c.fields.find(key);
  return it == c.fields.end() ? "null" : it->second;
}

bool Same(const std::string& key, const std::string& expected, const std::string& actual) {
  if (expected == actual) return true;
  double a, b;
  if (absl::SimpleAtod(AbslView(expected), &a) && absl::SimpleAtod(AbslView(actual), &b)) {
    return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(a));
  }
  if (key == "participants" || key == "source" || key == "source.id") {
    return IdSet(expected) == IdSet(actual);
  }
  if (key == "when" && expected.find("..") != std::string::npos) return expected == actual;
  return false;
}

// Expected and actual "key=value" texts of the fields that differ.
// Expected values are put in the canonical text form first, as example
// texts and patterns are (an expected name typed with a decomposed য়
// equals the claim's precomposed one).
std::pair<std::vector<std::string>, std::vector<std::string>> Mismatches(const Claim& c,
                                                                         const ExampleSpec& ex,
                                                                         const RuleSet& rules) {
  std::pair<std::vector<std::string>, std::vector<std::string>> out;
  for (const auto& [key, value] : ex.expect) {
    std::string actual = Actual(c, key);
    if (!Same(key, rules.Normalize(value.value), actual)) {
      out.first.push_back(absl::StrCat(key, "=", value.value));
      out.second.push_back(absl::StrCat(key, "=", actual));
    }
  }
  return out;
}

// The text in quotes, cut after 60 code points.
std::string Quote(std::string_view s) {
  size_t cut = 0, count = 0;
  while (cut < s.size() && count < 60) {
    ++cut;
    while (cut < s.size() && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) ++cut;
    ++count;
  }
  std::string t(s.substr(0, cut));
  if (cut < s.size()) t += "...";
  return absl::StrCat("\"", t, "\"");
}

bool HasBengaliLetter(std::string_view text) {
  for (size_t i = 0; i + 1 < text.size(); ++i) {
    unsigned char a = static_cast<unsigned char>(text[i]);
    unsigned char b = static_cast<unsigned char>(text[i + 1]);
    if (a == 0xE0 && (b == 0xA6 || b == 0xA7)) return true;
  }
  return false;
}

}  // namespace

Language ExampleLanguage(std::string_view rule_language, std::string_view text) {
  if (rule_language == "bn") return Language::kBengali;
  if (rule_language == "en") return Language::kEnglish;
  return HasBengaliLetter(text) ? Language::kBengali : Language::kEnglish;
}

std::string WhyNoClaim(const Extractor& extractor, const Document& doc, size_t rule,
                       const std::vector<CandidateClaim>& candidates) {
  const RuleSet& rules = extractor.rules();
  const CompiledRule& r = rules.rule(rule);
  if (!rules.Applies(r, doc.language)) {
    return absl::StrCat("the rule is for '", r.language, "' texts and this text is '",
                        AbslView(LanguageCode(doc.language)), "'");
  }
  for (const CandidateClaim& c : candidates) {
    if (c.rule == rule && !c.kept) {
      return absl::StrCat("matched ", Quote(c.claim.evidence.text),
                          " but the claim was dropped: ", c.dropped_because);
    }
    if (c.rule == rule && c.kept) return "";  // it did produce a claim
  }
  RuleTrace trace = rules.Trace(doc, rule);
  if (trace.attempts.empty()) {
    std::vector<std::string> parts;
    for (const auto& [ref, found] : rules.ReferenceHits(rule, doc.text)) {
      parts.push_back(found.empty() ? absl::StrCat("{{", ref, "}} matched nothing")
                                    : absl::StrCat("{{", ref, "}} matched ", Quote(found)));
    }
    std::string out = "the pattern never matched";
    if (!parts.empty()) absl::StrAppend(&out, " (", absl::StrJoin(parts, "; "), ")");
    return out;
  }
  std::vector<std::string> reasons;
  for (const MatchAttempt& a : trace.attempts) {
    if (a.accepted) continue;
    reasons.push_back(absl::StrCat("matched ", Quote(doc.Slice(a.span)), " but ", a.reason));
    if (reasons.size() == 3) break;
  }
  if (reasons.empty()) return "matched, but no claim was built";
  return absl::StrJoin(reasons, "; ");
}

ExampleResults RunExamples(const Extractor& extractor,
                           const std::function<bool(std::string_view file)>& select) {
  ExampleResults results;
  const RuleSet& rules = extractor.rules();
  ExtractScratch scratch;
  auto fail = [&](const std::string& file, SourcePos pos, const std::string& id,
                  std::string message) {
    pos.column = 0;
    results.failures.push_back(Diagnostic{file, pos, id, std::move(message)});
  };
  for (size_t i = 0; i < rules.size(); ++i) {
    const CompiledRule& r = rules.rule(i);
    if (select && !select(r.file)) continue;
    auto run = [&](const ExampleSpec& ex, std::vector<CandidateClaim>* candidates) {
      Language language = ExampleLanguage(r.language, ex.text.value);
      Document doc = TextDocument(ex.text.value, language, "example", ex.published.value_or(""));
      candidates->clear();
      absl::Status s = extractor.ExtractCandidates(doc, 0, &scratch, candidates);
      if (!s.ok()) fail(r.file, ex.pos, r.id, std::string(s.message()));
      return doc;
    };
    std::vector<CandidateClaim> candidates;
    for (size_t e = 0; e < r.examples.size(); ++e) {
      const ExampleSpec& ex = r.examples[e];
      ++results.examples;
      Document doc = run(ex, &candidates);
      std::pair<std::vector<std::string>, std::vector<std::string>> best;
      bool found = false, passed = false;
      for (const CandidateClaim& c : candidates) {
        if (c.rule != i || !c.kept) continue;
        auto m = Mismatches(c.claim, ex, rules);
        if (m.first.empty()) {
          passed = true;
          break;
        }
        if (!found || m.first.size() < best.first.size()) best = m;
        found = true;
      }
      if (passed) continue;
      SourcePos pos = ex.text.pos.line ? ex.text.pos : ex.pos;
      if (!found) {
        fail(r.file, pos, r.id,
             absl::StrCat("expected a claim from ", Quote(doc.text), ", got none: ",
                          WhyNoClaim(extractor, doc, i, candidates), " (example ", e + 1, ")"));
      } else {
        fail(r.file, pos, r.id,
             absl::StrCat("expected ", absl::StrJoin(best.first, ", "), ", got ",
                          absl::StrJoin(best.second, ", "), " (example ", e + 1, ")"));
      }
    }
    for (size_t e = 0; e < r.counterexamples.size(); ++e) {
      const ExampleSpec& ex = r.counterexamples[e];
      ++results.counterexamples;
      run(ex, &candidates);
      for (const CandidateClaim& c : candidates) {
        if (c.rule != i || !c.kept) continue;
        SourcePos pos = ex.text.pos.line ? ex.text.pos : ex.pos;
        fail(r.file, pos, r.id,
             absl::StrCat("expected no claim, got ", Quote(c.claim.evidence.text), " -> ",
                          ClaimToJson(c.claim).dump(), " (counterexample ", e + 1, ")"));
        break;
      }
    }
  }
  const auto& subs = rules.sub_patterns();
  for (size_t i = 0; i < subs.size(); ++i) {
    const CompiledSubPattern& p = subs[i];
    if (select && !select(p.file)) continue;
    for (const Located& ex : p.examples) {
      ++results.pattern_examples;
      std::string text = rules.Normalize(ex.value);
      if (!rules.SubPatternMatchesWhole(i, text)) {
        fail(p.file, ex.pos, p.name,
             absl::StrCat("expected the pattern to match all of ", Quote(ex.value),
                          ", got no full match"));
      }
    }
  }
  return results;
}

}  // namespace sangati
