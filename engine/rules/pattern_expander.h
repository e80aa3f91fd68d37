// engine/rules/pattern_expander.h: {{name}} and {{entity:type}} references
// in rule patterns -> plain RE2 syntax.
//
// Used by RuleSet::Compile() only. A reference {{name}} is replaced by the
// named sub-pattern (itself expanded, wrapped in (?:...)); {{entity:person}}
// or {{entity:person,organisation}} ({{entity:*}} for all types) by
// EntityIndex::ClassPattern(). Expansion records which bytes of the result
// came from which bytes of the source, so an RE2 error in the expanded text
// can be pointed at the right column of the user's pattern.
#ifndef SANGATI_ENGINE_RULES_PATTERN_EXPANDER_H_
#define SANGATI_ENGINE_RULES_PATTERN_EXPANDER_H_

#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "engine/rules/entity_index.h"

namespace sangati {

// A problem at byte `offset` of the pattern being expanded.
struct ExpandError {
  size_t offset = 0;
  std::string message;
};

// The result of expanding one pattern.
struct Expansion {
  std::string text;
  // Pieces of `text` copied from the source: [expanded_begin, expanded_end)
  // came from source offset `source_begin`; other bytes came from a
  // reference starting at `source_begin` of the piece that covers them.
  struct Piece {
    size_t expanded_begin, expanded_end, source_begin;
    bool literal;
  };
  std::vector<Piece> pieces;
  // References made directly, as written inside {{ }}: sub-pattern names
  // and "entity:<types>".
  std::vector<std::string> used;

  // The source offset that produced byte `expanded_offset`.
  size_t SourceOffset(size_t expanded_offset) const;
};

class PatternExpander {
 public:
  // `lookup(name, &expanded)` returns false when no sub-pattern has that
  // name; otherwise it sets `*expanded` to the sub-pattern's fully expanded
  // text, or to nullptr when that sub-pattern is broken.
  using Lookup = std::function<bool(const std::string& name, const std::string** expanded)>;

  PatternExpander(Lookup lookup, std::vector<std::string> known_names,
                  const EntityIndex* entities)
      : lookup_(std::move(lookup)), known_names_(std::move(known_names)), entities_(entities) {}

  // Expands `pattern`. Returns false and appends errors (unknown sub-pattern
  // or entity class, unclosed {{) when it cannot. A lookup that yields a null
  // pointer (the sub-pattern exists but is broken) makes Expand() fail
  // without adding an error: the sub-pattern's own error is reported once.
  bool Expand(std::string_view pattern, Expansion* out, std::vector<ExpandError>* errors) const;

 private:
  Lookup lookup_;
  std::vector<std::string> known_names_;
  const EntityIndex* entities_;
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_PATTERN_EXPANDER_H_
