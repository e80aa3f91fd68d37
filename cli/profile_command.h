// cli/profile_command.h: `sangati rules profile PATH...`: where extraction
// time goes, rule by rule, so that a rule writer sees which of their rules
// is slow (an RE2 pattern whose DFA explodes costs 10-100x a well-shaped
// one; docs/rules.md, "Speed").
//
// Reads PATH... like `sangati extract`, prepares every document, extracts on
// one thread (timings of one thread add up) twice, the first pass to build
// RE2's DFAs, the second timed, and prints one line per rule
// that ran, slowest first: total milliseconds, share of the matching time,
// candidate sentences the prefilter gave it, microseconds per sentence and
// accepted matches; then the total throughput. --top N limits the lines
// (default 20; 0 for all).
//
// Exit codes: 0 it ran; 2 usage or rule errors.
#ifndef SANGATI_CLI_PROFILE_COMMAND_H_
#define SANGATI_CLI_PROFILE_COMMAND_H_

#include <iosfwd>
#include <string>
#include <vector>

#include "cli/rule_loading.h"

namespace sangati {

struct ProfileOptions {
  RuleSourceOptions sources;
  std::vector<std::string> paths;
  int top = 20;
};

// Writes the table to `out`, problems to `err`.
int RunProfileTo(const ProfileOptions& options, std::ostream& out, std::ostream& err);
int RunProfile(const ProfileOptions& options);

}  // namespace sangati

#endif  // SANGATI_CLI_PROFILE_COMMAND_H_
