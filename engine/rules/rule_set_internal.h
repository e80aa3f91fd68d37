// engine/rules/rule_set_internal.h: private pieces shared by rule_set.cc
// (compilation) and rule_set_match.cc (matching). Not part of the API.
#ifndef SANGATI_ENGINE_RULES_RULE_SET_INTERNAL_H_
#define SANGATI_ENGINE_RULES_RULE_SET_INTERNAL_H_

#include <memory>
#include <vector>

#include "engine/rules/rule_set.h"
#include "re2/re2.h"
#include "re2/set.h"

namespace sangati {

// The RE2::Set for one document language and the rule behind each of its
// indices.
struct RuleSet::Bucket {
  std::unique_ptr<re2::RE2::Set> set;
  std::vector<uint32_t> rule_of;  // Set index -> RuleSet rule index
  std::vector<std::string> patterns;  // Set index -> expanded pattern
};

// Bucket index for a document language: 0 unknown (all rules), 1 bn, 2 en.
inline int BucketOf(Language language) {
  switch (language) {
    case Language::kBengali: return 1;
    case Language::kEnglish: return 2;
    case Language::kUnknown: break;
  }
  return 0;
}

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
