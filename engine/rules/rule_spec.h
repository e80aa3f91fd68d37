// engine/rules/rule_spec.h: the contents of rule files as written, before
// compilation, with the file position of every field.
//
// Flow: a RuleFile (path + YAML text) -> ParseRuleFile() (rule_parser.h) ->
// ParsedRuleFile holding RuleSpecs, SubPatternSpecs, entities and modality
// cues -> RuleSet::Compile() (rule_set.h) expands sub-patterns, compiles RE2s
// and checks references. Nothing here touches the filesystem; the cli reads
// files into RuleFiles. docs/rules.md documents the YAML format.
#ifndef SANGATI_ENGINE_RULES_RULE_SPEC_H_
#define SANGATI_ENGINE_RULES_RULE_SPEC_H_

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "engine/core/entity.h"
#include "engine/core/source_pos.h"

namespace sangati {

// One rule file's text. `layer` orders overriding: a rule, sub-pattern or
// entity defined in a higher layer replaces the one with the same id/name in
// a lower layer (bundled packs are layer 0, user directories 1, 2, ...); the
// same id twice in one layer is an error.
struct RuleFile {
  std::string path;  // used in messages only
  std::string text;  // YAML
  int layer = 0;
};

// A string value from the file and where it starts.
struct Located {
  std::string value;
  SourcePos pos;
  // Set when the scalar is a single-line plain or quoted scalar, so that a
  // byte offset inside `value` can be turned into a column (see
  // PositionInScalar in rule_parser.h).
  bool single_line = false;
  char quote = 0;  // '\'' or '"' for quoted scalars, 0 for plain/block
};

// How a captured group becomes a claim value.
enum class ParseMode {
  kText,      // the capture, trimmed
  kQuantity,  // engine/normalize ParseQuantity()
  kDate,      // engine/normalize ParseDate(), relative to the publication date
  kEntity,    // one entity id from the entity lists (inflections stripped)
  kEntities,  // every entity named in the capture, ids sorted and joined
};

// One entry of a rule's `fields:` map. Either a constant (`subject: troops`)
// or a group reference (`value: {group: value, parse: quantity}`).
struct FieldSpec {
  std::string name;  // value, unit, subject, source, participants, place, when, modality, ...
  SourcePos pos;     // of the key
  std::optional<Located> constant;
  std::vector<Located> groups;  // first group that took part in the match wins
  ParseMode parse = ParseMode::kText;
  SourcePos parse_pos;
  // `map:` captured text -> canonical value; a capture not found exactly is
  // looked up by its longest mapped prefix (so সেনারা finds সেনা).
  std::vector<std::pair<std::string, std::string>> map;
  // The hit is dropped when this field cannot be filled (no group took part,
  // quantity/date not parsed, entity not resolved). Defaults to true for
  // `value` with parse: quantity and for `when` in date rules, false otherwise.
  std::optional<bool> required;
  std::optional<Located> default_value;  // used when no group took part
  // `find:` a pattern searched around the match when no group took part (a
  // context field: the date, place or participants of an event that stand
  // outside the matched words); with parse: entities its matches are added
  // to the groups' entities. `within_words: N` or `{before: B, after: A}`
  // limits the search to the match and that many words before/after it;
  // -1 (the key absent) means the whole sentence.
  std::optional<Located> find;
  int find_before = -1;
  int find_after = -1;
  // `within_words: {clause: true}`: the window after the match also ends
  // where the match's clause ends (ClauseEnd in engine/extract/extractor.cc).
  bool find_clause = false;
  // `or_title: true`: when `find` matches nothing around the match, the
  // document's title is searched (the story's event, named in a headline,
  // stands for every figure of the article that names no other).
  bool find_in_title = false;
};

enum class GuardType {
  kNotPrecededBy,
  kNotFollowedBy,
  kPrecededBy,
  kFollowedBy,
  kInSentence,
  kNotInSentence,
};

// A declarative context check standing in for lookarounds RE2 lacks.
struct GuardSpec {
  GuardType type = GuardType::kNotFollowedBy;
  Located pattern;           // RE2, may use {{sub-patterns}}
  int within_words = 1;      // window size for preceded/followed guards
  std::optional<Located> group;  // measure from this group instead of the match
  SourcePos pos;             // of the guard entry
};

// An embedded example: a text the rule must extract from, with the expected
// normalised claim fields (only the keys given are checked).
struct ExampleSpec {
  Located text;
  std::optional<std::string> published;  // YYYY-MM-DD for relative dates
  // Expected values: key -> (value as canonical text, position). Quantity
  // expectations are stored as keys "value.min", "value.max",
  // "value.approximate", "value.unit" ("null" for null).
  std::vector<std::pair<std::string, Located>> expect;
  SourcePos pos;
};

struct RuleSpec {
  Located id;
  Located kind;
  Located language;   // "bn", "en" or "any"; defaults to the file's language
  Located pattern;
  std::vector<FieldSpec> fields;
  std::vector<GuardSpec> guards;
  int priority = 0;   // higher wins overlaps among equally long spans
  // `starts_within_words: N`: a match must start within the first N words of
  // its sentence; the search stops there (0: anywhere). For rules about how
  // a sentence opens, so that a long sentence is not searched to its end.
  int starts_within_words = 0;
  std::string word_boundaries = "both";  // both, start, end, none
  SourcePos word_boundaries_pos;
  std::string message;
  std::map<std::string, std::string> metadata;
  std::vector<ExampleSpec> examples;
  std::vector<ExampleSpec> counterexamples;  // `expect` is empty
  std::string file;
  SourcePos pos;      // of the rule's list entry
  int layer = 0;
  // Some entry (a field, guard or example) had an error and was left out;
  // checks that would only repeat that error are skipped.
  bool incomplete = false;
};

// A named reusable sub-pattern, referenced as {{name}} in patterns.
struct SubPatternSpec {
  Located name;
  std::string description;
  Located pattern;
  std::vector<Located> examples;  // each must be matched in full
  std::string file;
  SourcePos pos;
  int layer = 0;
};

// Cue words that set the modality of claims in the same sentence.
struct ModalitySpec {
  Located language;              // "bn", "en" or "any"
  std::vector<Located> hedge;    // RE2 patterns, matched as whole words
  std::vector<Located> denial;
  std::vector<Located> negation;  // a negated claim is reported as denied
  // Calls, requests and hopes (আহ্বান, urged, hopes to): what is urged or
  // hoped for is hedged, and a negation inside it is not a denial.
  std::vector<Located> directive;
  // Words of a future sentence (হবে, করবেন, will, is due to): not a
  // modality; a date without its own direction near such a cue is read
  // forward (a bare weekday is the coming one; DateContext::future).
  std::vector<Located> future;
  // Phrases in which this entry's cues are not cues: "no more than 20" is a
  // bound, not a negation; "নয় বছর" is nine years, not "is not".
  std::vector<Located> except;
  // Where a clause ends: a windowed entry's cues are looked for only in the
  // claim's own clause ("দুটি মামলা করলেও কেউ গ্রেপ্তার হয়নি": the cases
  // were filed; the negation is of the arrests).
  std::vector<Located> clause_break;
  int within_words = 0;          // 0: anywhere in the sentence
  std::string file;
  SourcePos pos;
  int layer = 0;
};

struct EntitySpec {
  Entity entity;  // file and pos filled
  int layer = 0;
  SourcePos type_pos;
  std::vector<SourcePos> name_pos;  // parallel to entity.names
};

struct ParsedRuleFile {
  std::string path;
  std::vector<RuleSpec> rules;
  std::vector<SubPatternSpec> patterns;
  std::vector<EntitySpec> entities;
  std::vector<ModalitySpec> modality;
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_RULE_SPEC_H_
