// engine/extract/extractor.h: RuleSet x Document -> typed Claims.
//
// How the pieces fit: CompileRules() builds the immutable RuleSet
// (engine/rules) with NormalizeText applied to patterns and names. An
// Extractor wraps it; Extract() runs on one prepared Document
// (engine/text PrepareDocument: canonical text, sentences) in these steps:
//   1. match      RuleSet::Match: per sentence, the RE2::Set prefilter, then
//                 captures of the candidate rules, word edges and guards;
//   2. build      each hit's fields become claim fields: value (parse:
//                 quantity -> engine/normalize ParseQuantity; unit from the
//                 rule), when (ParseDate, relative to Document::published),
//                 source/subject/participants/place (entity lists, Bengali
//                 inflections stripped), modality, free fields; a hit whose
//                 required field cannot be filled is dropped;
//   3. overlaps   claims of the same kind whose spans overlap are reduced to
//                 one, by precedence: the longer span, then the higher rule
//                 `priority`, then the rule from the higher layer (a user
//                 directory over the bundled packs), then the claim with
//                 more filled fields, then the rule loaded first (so one
//                 figure yields one claim);
//   4. sources    an attribution claim (kind attribution, with a source)
//                 gives its source to every other claim of its sentence that
//                 has none (the nearest attribution when there are several),
//                 and to the claims inside a quotation that it closes or
//                 opens when the quotation spans several sentences;
//   5. modality   unless the rule set `modality`, the cue lists
//                 (rules/common/modality.yaml) decide: a denial or negation
//                 cue in the claim's sentence (or window) -> denied, else a
//                 hedge -> hedged, else asserted;
//   6. ids        claims sorted by position, ids "<document id>#c<n>".
// docs/rules.md documents each step for rule writers.
//
// Thread-safety: an Extractor is immutable and safe for concurrent use; each
// thread passes its own ExtractScratch.
#ifndef SANGATI_ENGINE_EXTRACT_EXTRACTOR_H_
#define SANGATI_ENGINE_EXTRACT_EXTRACTOR_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "engine/core/claim.h"
#include "engine/core/document.h"
#include "engine/rules/diagnostic.h"
#include "engine/rules/rule_set.h"

namespace sangati {

// RuleSet::Compile() with options.normalize = NormalizeText (engine/text)
// unless the caller set one, so patterns, names and cues are in the same
// canonical form as prepared documents.
absl::StatusOr<std::shared_ptr<const RuleSet>> CompileRules(
    const std::vector<RuleFile>& files, RuleOptions options = {},
    std::vector<Diagnostic>* diagnostics = nullptr);

// A prepared Document made from a short text (`sangati explain --text`, rule
// examples): normalised, split into sentences, positions relative to the
// text itself (line 1 = its first line). `published` is YYYY-MM-DD or empty.
Document TextDocument(std::string_view text, Language language, std::string id = "text",
                      std::string published = "");

struct ExtractOptions {
  bool resolve_overlaps = true;  // step 3
  bool fill_sources = true;      // step 4
  bool detect_modality = true;   // step 5
};

// A claim as built from one rule hit, with what became of it. For `sangati
// explain` and `sangati rules test`.
struct CandidateClaim {
  Claim claim;
  uint32_t rule = 0;  // index into the RuleSet
  // Groups that took part: name (or number for unnamed groups) -> text.
  std::vector<std::pair<std::string, std::string>> captures;
  // How captures were read ("value: প্রায় -> approximate; ...").
  std::vector<std::string> notes;
  bool kept = true;
  std::string dropped_because;  // set when !kept
};

// Per-thread buffers reused across documents. Not thread-safe.
class ExtractScratch {
 public:
  ExtractScratch() = default;
  // Not copyable.
  ExtractScratch(const ExtractScratch&) = delete;
  ExtractScratch& operator=(const ExtractScratch&) = delete;

  // Times each rule's matching into `profile` (MatchScratch::set_profile).
  void set_rule_profile(RuleProfile* profile) { match_.set_profile(profile); }

 private:
  friend class Extractor;
  MatchScratch match_;
  RuleHits hits_;
  std::vector<RuleHits> batch_hits_;
  std::vector<CandidateClaim> candidates_;
  std::vector<EntityMention> mentions_;
};

class Extractor {
 public:
  explicit Extractor(std::shared_ptr<const RuleSet> rules, ExtractOptions options = {});

  const RuleSet& rules() const { return *rules_; }
  const ExtractOptions& options() const { return options_; }

  // Appends the claims of `doc` to `claims`, in text order, with
  // Claim::document_index = `document_index`. REQUIRES: `doc` was prepared
  // (engine/text PrepareDocument or TextDocument). Fails only when RE2 runs
  // out of memory (ResourceExhausted); claims found before stay appended.
  absl::Status Extract(const Document& doc, uint32_t document_index, ExtractScratch* scratch,
                       std::vector<Claim>* claims) const;

  // Extract() for several documents: (*claims)[i] receives the claims of
  // docs[i] (resized to docs.size(); appended), with document_index
  // first_document_index + i. Same claims as Extract() on each, faster
  // (RuleSet::MatchBatch): batches of a few dozen documents suit it.
  absl::Status ExtractBatch(const std::vector<const Document*>& docs,
                            uint32_t first_document_index, ExtractScratch* scratch,
                            std::vector<std::vector<Claim>>* claims) const;

  // Every candidate claim of `doc`, kept or dropped (with the reason),
  // with captures and notes, in text order; kept ones carry their final
  // ids, sources and modality. Slower than Extract().
  absl::Status ExtractCandidates(const Document& doc, uint32_t document_index,
                                 ExtractScratch* scratch,
                                 std::vector<CandidateClaim>* candidates) const;

 private:
  // Steps 2-6 for one document; matches it first unless `matched` holds
  // its hits already.
  absl::Status Run(const Document& doc, uint32_t document_index, ExtractScratch* scratch,
                   bool detailed, const RuleHits* matched = nullptr) const;
  void Build(const Document& doc, const RuleHit& hit, const RuleHits& hits, bool detailed,
             ExtractScratch* scratch, CandidateClaim* out) const;
  void ResolveOverlaps(std::vector<CandidateClaim>* candidates) const;
  void FillSources(const Document& doc, std::vector<CandidateClaim>* candidates) const;

  std::shared_ptr<const RuleSet> rules_;
  ExtractOptions options_;
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_EXTRACT_EXTRACTOR_H_
