// engine/rules/rule_parser.h: YAML text -> ParsedRuleFile, with positions.
//
// The only file of sangati that includes yaml-cpp. It checks the shape of a
// file (known keys, value types, required fields, well-formed ids) and
// records where every value came from; it does not compile patterns or check
// references between files -- RuleSet::Compile() does that once all files
// are parsed. One file may hold any of the top-level sections `language`,
// `rules`, `patterns`, `entities` and `modality` (docs/rules.md).
#ifndef SANGATI_ENGINE_RULES_RULE_PARSER_H_
#define SANGATI_ENGINE_RULES_RULE_PARSER_H_

#include <cstddef>
#include <vector>

#include "engine/rules/diagnostic.h"
#include "engine/rules/rule_spec.h"

namespace sangati {

// Parses `file`. Appends one diagnostic per problem found (YAML syntax --
// only the first, since the YAML parser stops there --, unknown or duplicate
// keys with a "did you mean" hint, wrong value types, missing required keys)
// and returns every entry that could be read; entries with errors are left
// out. Thread-safe (no shared state).
ParsedRuleFile ParseRuleFile(const RuleFile& file, std::vector<Diagnostic>* diagnostics);

// The file position of byte `offset` of `scalar.value`: exact for
// single-line plain or quoted scalars (quote escapes are accounted for), the
// scalar's start otherwise.
SourcePos PositionInScalar(const Located& scalar, size_t offset);

}  // namespace sangati

#endif  // SANGATI_ENGINE_RULES_RULE_PARSER_H_
