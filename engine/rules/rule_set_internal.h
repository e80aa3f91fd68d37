// engine/rules/rule_set_internal.h: private pieces shared by rule_set.cc
// (compilation) and rule_set_match.cc (matching). Not part of the API.
#ifndef SANGATI_ENGINE_RULES_RULE_SET_INTERNAL_H_
#define SANGATI_ENGINE_RULES_RULE_SET_INTERNAL_H_

#include <memory>
#include <string>
#include <vector>

#include "engine/rules/rule_set.h"
#include "re2/filtered_re2.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace sangati {

// The prefilter: re2::FilteredRE2 works out, for every rule, which literal
// strings ("atoms") a text must contain for the rule to match (an AND/OR
// tree); an RE2::Set of those atoms, quoted and case-insensitive, finds the
// atoms of a sentence in one pass; FilteredRE2::AllPotentials then names the
// rules worth running. Stage 0 uses RuleOptions::min_atom_len; the rules it
// cannot filter go to stage 1, which accepts atoms of any length (so a
// percent rule is filtered by "%" and শতাংশ instead of running everywhere).
// Rules no stage can filter always run. Stage 0 comes in parts, one
// FilteredRE2 each, compiled in parallel (RuleSetBuilder::CompileFirstStage).
struct RuleSet::Prefilter {
  struct Stage {
    // Its RE2s are the rules' own in stage 0 (CompiledRule::re aliases
    // them), so each pattern is compiled once for matching.
    std::shared_ptr<re2::FilteredRE2> filter;
    std::vector<std::string> atom_strings;  // atom id -> atom (lower-cased)
    std::vector<int> rule_of;               // filter regexp id -> rule index
    std::vector<char> unfiltered;           // by regexp id: no atoms found
  };
  std::vector<Stage> stages;
  // One Set over every stage's distinct atoms (quoted, case-insensitive).
  // Set index i stands for the (stage, atom id) pairs
  // atom_of[atom_begin[i] .. atom_begin[i + 1]). Null when no stage has atoms.
  std::unique_ptr<re2::RE2::Set> atoms;
  std::vector<int> atom_begin;
  std::vector<std::pair<int, int>> atom_of;
  std::vector<int> always;  // rule indices no stage filters, sorted
};

// RE2 options for user patterns: UTF-8, errors returned not logged.
inline re2::RE2::Options UserPatternOptions(int64_t max_mem) {
  re2::RE2::Options o;
  o.set_log_errors(false);
  o.set_max_mem(max_mem);
  o.set_encoding(re2::RE2::Options::EncodingUTF8);
  return o;
}

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_RULE_SET_INTERNAL_H_
