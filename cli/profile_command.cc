#include "cli/profile_command.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <numeric>

#include "adapters/read.h"
#include "re2/re2.h"
#include "engine/extract/extractor.h"
#include "engine/text/normalizer.h"

namespace sangati {

int RunProfileTo(const ProfileOptions& options, std::ostream& out, std::ostream& err) {
  if (options.paths.empty()) {
    err << "sangati rules profile: give at least one PATH (a file, a directory or -)\n";
    return 2;
  }
  std::shared_ptr<const RuleSet> rules = LoadRuleSetOrReport(options.sources, err);
  if (rules == nullptr) return 2;
  ReadResult input;
  ReadInputs(options.paths, ReadOptions{}, &input);
  for (const Skipped& s : input.skipped) err << "skipped: " << s.error << "\n";

  size_t bytes = 0;
  for (Document& d : input.documents) {
    PrepareDocument(&d);
    bytes += d.text.size();
  }
  Extractor extractor(rules);
  ExtractScratch scratch;
  RuleProfile profile;
  std::vector<std::vector<Claim>> claims;
  std::vector<const Document*> batch;
  size_t claim_count = 0;
  double total = 0;
  // Two passes: the first fills RE2's lazily built DFAs (on a small input
  // their construction would be all there is to see), the second is timed,
  // in batches of 16 documents as `sangati extract` hands them over.
  constexpr size_t kChunk = 16;
  for (int pass = 0; pass < 2; ++pass) {
    if (pass == 1) scratch.set_rule_profile(&profile);
    claim_count = 0;
    const auto start = std::chrono::steady_clock::now();
    for (size_t begin = 0; begin < input.documents.size(); begin += kChunk) {
      batch.clear();
      for (size_t i = begin; i < std::min(input.documents.size(), begin + kChunk); ++i) {
        batch.push_back(&input.documents[i]);
      }
      claims.clear();
      absl::Status s =
          extractor.ExtractBatch(batch, static_cast<uint32_t>(begin), &scratch, &claims);
      if (!s.ok() && pass == 1) err << batch.front()->path << ": " << s.message() << "\n";
      for (const auto& c : claims) claim_count += c.size();
    }
    total = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  }
  const double matching = std::accumulate(profile.seconds.begin(), profile.seconds.end(), 0.0);

  std::vector<size_t> order;
  for (size_t i = 0; i < profile.seconds.size(); ++i) {
    if (profile.sentences[i] > 0) order.push_back(i);
  }
  std::stable_sort(order.begin(), order.end(),
                   [&](size_t a, size_t b) { return profile.seconds[a] > profile.seconds[b]; });
  if (options.top > 0 && order.size() > static_cast<size_t>(options.top)) order.resize(options.top);

  char line[512];
  std::snprintf(line, sizeof line, "%-28s %9s %6s %10s %9s %9s %8s %8s %7s  %s\n", "rule", "ms",
                "share", "sentences", "us/sent", "capture%", "captures", "hits", "prog",
                "defined at");
  out << line;
  for (size_t i : order) {
    const CompiledRule& r = rules->rule(i);
    // `*` after prog: the scan starts only after non-word characters
    // (CompiledRule::scan_prefixed).
    std::snprintf(line, sizeof line,
                  "%-28s %9.1f %5.1f%% %10llu %9.2f %8.1f%% %8llu %8llu %7d%c %s\n", r.id.c_str(),
                  profile.seconds[i] * 1e3,
                  matching > 0 ? 100.0 * profile.seconds[i] / matching : 0.0,
                  static_cast<unsigned long long>(profile.sentences[i]),
                  1e6 * profile.seconds[i] / static_cast<double>(profile.sentences[i]),
                  profile.seconds[i] > 0 ? 100.0 * profile.capture_seconds[i] / profile.seconds[i]
                                         : 0.0,
                  static_cast<unsigned long long>(profile.captures[i]),
                  static_cast<unsigned long long>(profile.hits[i]),
                  r.re ? r.re->ProgramSize() : 0, r.scan_prefixed ? '*' : ' ',
                  FormatLocation(r.file, r.pos).c_str());
    out << line;
  }
  std::snprintf(line, sizeof line,
                "%zu documents, %.1f MB, %zu claims in %.2f s (%.2f MB/s, one thread, second "
                "pass); matching %.2f s (%.0f%%), prefilter %.2f s (%.0f%%), the rest is claim "
                "building\n",
                input.documents.size(), bytes / 1e6, claim_count, total,
                total > 0 ? bytes / 1e6 / total : 0.0, matching,
                total > 0 ? 100.0 * matching / total : 0.0, profile.prefilter_seconds,
                total > 0 ? 100.0 * profile.prefilter_seconds / total : 0.0);
  out << line;
  return 0;
}

int RunProfile(const ProfileOptions& options) {
  return RunProfileTo(options, std::cout, std::cerr);
}

}  // namespace sangati
