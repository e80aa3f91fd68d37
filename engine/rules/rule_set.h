// engine/rules/rule_set.h: the compiled, immutable set of rules.
//
// How the pieces fit:
//   RuleFile (path + YAML text, rule_spec.h)
//     -> ParseRuleFile()            shape, keys, positions   (rule_parser.h)
//     -> RuleSet::Compile()         overrides by layer, entity index,
//                                   {{sub-pattern}} expansion, one RE2 per
//                                   rule, the atom prefilter, guards,
//                                   modality cues; every mistake reported as
//                                   `file:line:col: rule-id: message`
//     -> shared_ptr<const RuleSet>  shared read-only by all threads
//     -> RuleSet::Match(doc)        per sentence: the prefilter (an RE2::Set
//                                   of literal atoms + re2::FilteredRE2)
//                                   finds candidate rules in one pass; only
//                                   those run their own RE2 with captures;
//                                   word edges and guards are checked;
//                                   RuleHits out.
// engine/extract turns RuleHits into typed Claims (parsing numbers and
// dates, resolving entities through entities(), overlaps, attribution and
// modality through ModalityFor()).
//
// The prefilter: the full patterns of a rule set are far too large for one
// RE2::Set (a {{quantity}} rule alone compiles to ~90,000 instructions and a
// Set of sixteen such rules runs below 1 MB/s), so the Set holds only the
// literal atoms that re2::FilteredRE2 finds each rule to require (the
// words সেনা, নিহত, জানিয়েছে, ...). Per sentence the atom Set runs once;
// FilteredRE2 maps the atoms found to the rules that may match; those run
// their own RE2 with captures. A rule with no literal to require (a pattern
// made of {{sub-patterns}} only) runs on every sentence of its language:
// give rules a literal word where you can.
//
// Thread-safety: a RuleSet is immutable after Compile() and safe for
// concurrent use. Each thread passes its own MatchScratch (and RuleHits).
#ifndef SANGATI_ENGINE_RULES_RULE_SET_H_
#define SANGATI_ENGINE_RULES_RULE_SET_H_

#include <cstdint>
#include <functional>
#include <limits>
#include <map>
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
#include "engine/rules/entity_index.h"
#include "engine/rules/rule_spec.h"

namespace re2 {
class RE2;
class Set;
}  // namespace re2

namespace sangati {

struct RuleOptions {
  // RE2 memory budget of each rule's own regexp (bytes). RE2's DFA needs
  // room in proportion to the program: with {{quantity}} or an entity class
  // a rule compiles to 10^4-10^5 instructions, and below ~32 MB its DFA
  // keeps running out of memory and matching falls to ~0.2 MB/s. Must be
  // >= 1 MB; memory is only taken as the DFA grows.
  int64_t rule_max_mem = 64 << 20;
  // RE2 memory budget of the prefilter's RE2::Set of literal atoms (bytes).
  // Must be >= 1 MB.
  int64_t set_max_mem = 64 << 20;
  // Shortest literal (in bytes; a Bengali letter is 3) the prefilter may
  // require of a text. Shorter literals do not filter.
  int min_atom_len = 3;
  // Applied to every pattern, entity name and cue at load so that they match
  // normalised documents (engine/extract passes NormalizeText). Null means
  // the identity.
  std::function<std::string(std::string_view)> normalize;
};

// One entry of a rule's `fields:` after compilation.
struct CompiledField {
  std::string name;
  std::optional<std::string> constant;  // a fixed value, e.g. subject: troops
  std::vector<int> groups;  // capture indices, in order of preference
  ParseMode parse = ParseMode::kText;
  // Captured text -> canonical value, longest key first (see Map()).
  std::vector<std::pair<std::string, std::string>> map;
  bool required = false;
  std::optional<std::string> default_value;
  // Searched around the match when no group took part, or always for
  // parse: entities (FieldSpec::find); null when the field has none.
  std::shared_ptr<const re2::RE2> find;
  int find_before = -1;  // words before the match to search; -1: to the sentence start
  int find_after = -1;   // words after it; -1: to the sentence end
  bool find_clause = false;    // and no further than the match's clause (FieldSpec)
  bool find_in_title = false;  // then the document's title (FieldSpec)
  SourcePos pos;

  // The mapped value of `captured`: the entry whose key equals it, else the
  // entry with the longest key that is a prefix of it (সেনারা -> সেনা's
  // value); nullopt when nothing maps (and always when `map` is empty).
  std::optional<std::string_view> Map(std::string_view captured) const;
};

// A context check run on each regex match (the lookarounds RE2 lacks).
struct CompiledGuard {
  GuardType type = GuardType::kNotFollowedBy;
  std::shared_ptr<const re2::RE2> re;
  int within_words = 1;
  int group = 0;            // 0: the whole match
  std::string description;  // "not_followed_by 'বাহিনী' within 1 word"
  SourcePos pos;
};

struct CompiledRule {
  std::string id;
  std::string kind;
  std::string language;  // "bn", "en" or "any"
  std::string file;
  SourcePos pos;
  int layer = 0;
  int order = 0;     // position in load order; the last tie-breaker
  int priority = 0;
  int starts_within_words = 0;  // RuleSpec: 0 = a match may start anywhere
  bool boundary_start = true;  // the match must start at a word edge
  bool boundary_end = true;    // ... and end at one
  std::string message;
  std::map<std::string, std::string> metadata;
  std::string pattern;   // as written (normalised)
  std::string expanded;  // after {{...}} expansion: what RE2 compiles
  std::vector<std::string> references;  // {{...}} used, as written: "quantity", "entity:person"
  std::shared_ptr<const re2::RE2> re;
  // `re` is "(?:^|<non-word character>)(?:expanded)": the rule's matches
  // start at word edges and provably with a word character, so the scan
  // looks only after a space or punctuation (RuleSet::FindRuleMatch).
  bool scan_prefixed = false;
  int num_groups = 0;
  std::vector<std::string> group_names;  // capture index -> name ("" if unnamed)
  std::vector<CompiledField> fields;
  std::vector<CompiledGuard> guards;
  std::vector<ExampleSpec> examples;
  std::vector<ExampleSpec> counterexamples;

  // The field named `name`, or nullptr.
  const CompiledField* Field(std::string_view name) const;
  // Capture index of a named group, or -1.
  int GroupIndex(std::string_view name) const;
};

struct CompiledSubPattern {
  std::string name;
  std::string description;
  std::string expanded;
  std::shared_ptr<const re2::RE2> re;  // anchored at both ends, for examples
  std::vector<Located> examples;
  std::string file;
  SourcePos pos;
};

// Modality cues for one language (rules/common/modality.yaml).
struct CompiledCues {
  std::string language;  // "bn", "en" or "any"
  std::shared_ptr<const re2::RE2> hedge, denial, negation, directive;  // null when none given
  std::shared_ptr<const re2::RE2> future;  // words of a future sentence; null when none given
  std::shared_ptr<const re2::RE2> except;  // phrases in which this entry's cues are not cues
  std::shared_ptr<const re2::RE2> clause_break;  // the window stops at these; null when none
  int within_words = 0;  // 0: anywhere in the sentence
};

// A group of a hit that did not take part in the match.
inline constexpr Span kUnsetGroup{std::numeric_limits<uint32_t>::max(),
                                  std::numeric_limits<uint32_t>::max()};
inline bool GroupSet(Span s) { return s.begin != kUnsetGroup.begin; }

// One accepted match of one rule.
struct RuleHit {
  uint32_t rule = 0;      // index into RuleSet::rule()
  uint32_t sentence = 0;  // index into Document::sentences
  Span span;              // the whole match, in Document::text
  uint32_t groups = 0;    // offset into RuleHits::groups (group 0 first)
};

// Hits of one document. Reuse across documents (Clear()) to keep the
// buffers' capacity.
struct RuleHits {
  std::vector<RuleHit> hits;
  std::vector<Span> groups;  // num_groups + 1 spans per hit, document offsets
  void Clear() {
    hits.clear();
    groups.clear();
  }
  Span Group(const RuleHit& hit, int index) const { return groups[hit.groups + index]; }
};

// Where matching time goes, rule by rule (`sangati rules profile`): filled
// by RuleSet::MatchBatch when a MatchScratch has one. Indexed like
// RuleSet::rule(); grows to the rule count on first use.
struct RuleProfile {
  std::vector<double> seconds;          // wall time in the rule's regexps and guards
  std::vector<double> capture_seconds;  // ... of which taking capture groups (RE2's NFA)
  std::vector<uint64_t> sentences;      // candidate sentences it ran on
  std::vector<uint64_t> captures;       // matches at word edges that went on to their groups and guards
  std::vector<uint64_t> hits;           // accepted matches
  double prefilter_seconds = 0;         // finding every sentence's candidate rules
};

// Per-thread reusable buffers for RuleSet::Match(). Not thread-safe: one
// per worker.
class MatchScratch {
 public:
  MatchScratch();
  ~MatchScratch();
  // Not copyable.
  MatchScratch(const MatchScratch&) = delete;
  MatchScratch& operator=(const MatchScratch&) = delete;

  // Times every rule run with this scratch into `profile` (null: off, the
  // default; profiling costs two clock reads per rule and sentence).
  void set_profile(RuleProfile* profile);

 private:
  friend class RuleSet;
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// What happened to one regex match of a rule (for `sangati explain`).
struct MatchAttempt {
  uint32_t sentence = 0;
  Span span;
  bool accepted = false;
  std::string reason;       // why it was rejected; empty when accepted
  std::vector<Span> groups;  // document spans, kUnsetGroup when not taking part
};

struct RuleTrace {
  bool language_applies = false;  // the rule runs on this document's language
  bool prefilter_hit = false;     // the Set reported the rule in some sentence
  std::vector<MatchAttempt> attempts;
};

class RuleSet {
 public:
  // Parses and compiles `files`. On success returns the immutable set. On
  // failure returns InvalidArgument whose message lists every problem, one
  // per line, as `file:line:col: rule-id: message`; the same problems are
  // appended to `diagnostics` when it is non-null. An empty `files` gives an
  // empty (valid) set.
  static absl::StatusOr<std::shared_ptr<const RuleSet>> Compile(
      const std::vector<RuleFile>& files, const RuleOptions& options,
      std::vector<Diagnostic>* diagnostics = nullptr);

  ~RuleSet();
  // Not copyable.
  RuleSet(const RuleSet&) = delete;
  RuleSet& operator=(const RuleSet&) = delete;

  // Appends the accepted hits of every rule for `doc`'s language to `hits`,
  // sentence by sentence (a match never crosses a sentence; a document with
  // no sentences is matched as one). Hits are grouped by rule (in rule
  // order), then by sentence, then by position. Returns ResourceExhausted
  // when the prefilter's RE2::Set ran out of memory (raise set_max_mem).
  absl::Status Match(const Document& doc, MatchScratch* scratch, RuleHits* hits) const;

  // Match() over several documents at once: (*hits)[i] receives the hits of
  // docs[i] (appended; REQUIRES hits->size() == docs.size()), the same hits
  // as Match() gives. Faster for many documents: the prefilter runs over
  // every sentence first, then each rule runs over all its candidate
  // sentences in a row, keeping its RE2's DFA in the CPU caches.
  absl::Status MatchBatch(const std::vector<const Document*>& docs, MatchScratch* scratch,
                          std::vector<RuleHits>* hits) const;

  // Every regex match of rule `rule` in `doc` and why each was kept or
  // rejected (word edge, which guard). Slow; for `sangati explain`.
  RuleTrace Trace(const Document& doc, size_t rule) const;

  // Whether a `future` cue (হবে, করবেন, will) stands within its window
  // around `claim` in `sentence`: the claim speaks of what is to come, so
  // its dates are read forward (DateContext::future).
  bool SpeaksOfFuture(std::string_view text, Span sentence, Span claim, Language language) const;

  // The strongest modality cue (denial or negation > hedge) within the
  // cues' window around `claim` (both spans in document offsets) inside
  // sentence `sentence`, for a document of `language`. `cue` receives the
  // cue text when non-null.
  Modality ModalityFor(std::string_view text, Span sentence, Span claim, Language language,
                       std::string* cue = nullptr) const;

  // For each {{reference}} of rule `rule`, the first text of `text` it
  // matches (empty when none): tells a rule writer which part of a pattern
  // failed. Slow; for explain.
  std::vector<std::pair<std::string, std::string>> ReferenceHits(size_t rule,
                                                                  std::string_view text) const;

  // Whether sub-pattern `index` (into sub_patterns()) matches all of `text`.
  bool SubPatternMatchesWhole(size_t index, std::string_view text) const;

  size_t size() const { return rules_.size(); }
  const CompiledRule& rule(size_t i) const { return rules_[i]; }
  const std::vector<CompiledRule>& rules() const { return rules_; }
  // Index of the rule with this id, or -1.
  int FindRule(std::string_view id) const;
  const std::vector<CompiledSubPattern>& sub_patterns() const { return sub_patterns_; }
  const EntityIndex& entities() const { return *entities_; }
  const RuleOptions& options() const { return options_; }
  // options().normalize applied (identity when unset).
  std::string Normalize(std::string_view text) const;
  // Whether `rule` runs on documents of `language`.
  bool Applies(const CompiledRule& rule, Language language) const;
  // The expanded patterns of the rules that run on `language`, in rule
  // order (for benchmarks that compare against a bare RE2::Set of them).
  std::vector<std::string> SetPatterns(Language language) const;
  // The prefilter's literal atoms (lower-cased), stage by stage.
  std::vector<std::string> PrefilterAtoms() const;
  // Ids of the rules the prefilter cannot filter (they run on every
  // sentence of their language).
  std::vector<std::string> UnfilteredRules() const;

 private:
  RuleSet() = default;
  friend class RuleSetBuilder;

  struct Prefilter;
  // Sets `rules` (sorted) to the rules the prefilter lets through for
  // `text`. False when the atom Set ran out of memory.
  bool Candidates(std::string_view text, MatchScratch* scratch, std::vector<int>* rules) const;
  // Runs rule `rule_index` over one sentence, appending accepted hits.
  void MatchSentence(uint32_t rule_index, std::string_view text, Span sentence,
                     uint32_t sentence_index, MatchScratch* scratch, RuleHits* hits) const;
  // Which of a rule's guards AcceptMatch checks.
  enum class GuardScope {
    kAll,          // every guard, and the word edges
    kMatchAnchored,  // only guards around the whole match (they need no captures)
    kGroupAnchored,  // only guards around a named group (the rest were checked)
  };
  // Checks word edges and guards of one regex match of `r`; `groups` are
  // document spans (group 0 = the match; with kMatchAnchored only group 0
  // is read). On rejection sets `reason` when non-null. MatchSentence checks
  // the word edges, the sentence guards and kMatchAnchored before it takes
  // the capture groups (RE2's NFA, the costly part), then kGroupAnchored.
  bool AcceptMatch(const CompiledRule& r, std::string_view text, Span sentence,
                   const Span* groups, std::string* reason,
                   GuardScope scope = GuardScope::kAll) const;

  RuleOptions options_;
  std::vector<CompiledRule> rules_;
  std::vector<CompiledSubPattern> sub_patterns_;
  std::vector<CompiledCues> cues_;
  std::unique_ptr<EntityIndex> entities_;
  std::unique_ptr<Prefilter> prefilter_;
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_RULE_SET_H_
