#include "cli/explain_command.h"

#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "adapters/language.h"
#include "engine/core/absl_compat.h"
#include "engine/core/claim_json.h"
#include "engine/extract/examples.h"
#include "engine/extract/extractor.h"

namespace sangati {
namespace {

constexpr size_t kPatternPreview = 240;

std::string Preview(const std::string& pattern, bool full) {
  if (full || pattern.size() <= kPatternPreview) return pattern;
  size_t cut = kPatternPreview;
  while (cut > 0 && (static_cast<unsigned char>(pattern[cut]) & 0xC0) == 0x80) --cut;
  return absl::StrCat(pattern.substr(0, cut), " ... (", pattern.size() - cut,
                      " more bytes; --rule ID shows all)");
}

void PrintCandidate(const RuleSet& rules, const Document& doc, const CandidateClaim& c,
                    bool full_pattern) {
  const CompiledRule& r = rules.rule(c.rule);
  std::cout << "\n" << r.id << "  (" << r.kind << ", " << FormatLocation(r.file, r.pos) << ")\n";
  if (!r.message.empty()) std::cout << "  about:    " << r.message << "\n";
  size_t sentence = 0;
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    if (doc.sentences[i] == c.claim.evidence.sentence) sentence = i + 1;
  }
  std::cout << "  matched:  \"" << c.claim.evidence.text << "\" (sentence " << sentence
            << ", line " << c.claim.evidence.line << ")\n";
  if (!c.captures.empty()) {
    std::vector<std::string> parts;
    for (const auto& [name, text] : c.captures) parts.push_back(absl::StrCat(name, "=\"", text, "\""));
    std::cout << "  captures: " << absl::StrJoin(parts, ", ") << "\n";
  }
  for (const std::string& note : c.notes) std::cout << "  read:     " << note << "\n";
  if (c.kept) {
    std::cout << "  claim:    " << ClaimToJson(c.claim).dump() << "\n";
  } else {
    std::cout << "  dropped:  " << c.dropped_because << "\n";
  }
  std::cout << "  pattern:  " << Preview(r.expanded, full_pattern) << "\n";
}

}  // namespace

int RunExplain(const ExplainOptions& options) {
  std::string text = options.text;
  if (text.empty() && !options.file.empty()) {
    std::stringstream ss;
    if (options.file == "-") {
      ss << std::cin.rdbuf();
    } else {
      std::ifstream in(options.file, std::ios::binary);
      if (!in) {
        std::cerr << "sangati explain: " << options.file << ": cannot be read\n";
        return 2;
      }
      ss << in.rdbuf();
    }
    text = ss.str();
  }
  if (text.empty()) {
    std::cerr << "sangati explain: give --text \"...\" or a file\n";
    return 2;
  }
  std::shared_ptr<const RuleSet> rules = LoadRuleSetOrReport(options.sources, std::cerr);
  if (rules == nullptr) return 2;
  const RuleSet& set = *rules;
  int focus = -1;
  if (!options.rule_id.empty()) {
    focus = set.FindRule(options.rule_id);
    if (focus < 0) {
      std::vector<std::string> ids;
      for (const CompiledRule& r : set.rules()) ids.push_back(r.id);
      std::cerr << "sangati explain: no rule with id '" << options.rule_id << "'"
                << DidYouMean(options.rule_id, ids) << "\n";
      return 2;
    }
  }
  Language language = options.language.empty() ? adapters::DetectLanguage(text)
                                                : ParseLanguage(options.language);
  if (!options.language.empty() && language == Language::kUnknown) {
    std::cerr << "sangati explain: --language must be bn or en\n";
    return 2;
  }
  Document doc = TextDocument(text, language, "text", options.published);
  Extractor extractor(rules);
  ExtractScratch scratch;
  std::vector<CandidateClaim> candidates;
  absl::Status status = extractor.ExtractCandidates(doc, 0, &scratch, &candidates);
  if (!status.ok()) std::cerr << "sangati explain: " << status.message() << "\n";

  std::cout << "text: " << doc.sentences.size() << " sentence"
            << (doc.sentences.size() == 1 ? "" : "s") << ", language "
            << LanguageCode(doc.language)
            << (doc.published ? absl::StrCat(", published ", *doc.published) : "") << "\n";
  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    std::cout << "  " << i + 1 << ": " << doc.Slice(doc.sentences[i]) << "\n";
  }
  int kept = 0;
  for (const CandidateClaim& c : candidates) {
    PrintCandidate(set, doc, c, static_cast<int>(c.rule) == focus);
    if (c.kept) ++kept;
  }
  std::cout << "\n" << kept << (kept == 1 ? " claim" : " claims") << " from "
            << candidates.size() << (candidates.size() == 1 ? " match" : " matches") << "\n";
  if (focus >= 0) {
    const CompiledRule& r = set.rule(focus);
    std::string why = WhyNoClaim(extractor, doc, focus, candidates);
    std::cout << "\nrule " << r.id << " (" << FormatLocation(r.file, r.pos) << "): "
              << (why.empty() ? "fired" : absl::StrCat("no claim: ", why)) << "\n";
    std::cout << "  pattern as written: " << r.pattern << "\n";
    std::cout << "  expanded:           " << r.expanded << "\n";
  }
  return 0;
}

}  // namespace sangati
