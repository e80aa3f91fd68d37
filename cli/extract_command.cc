#include "cli/extract_command.h"

#include <iostream>
#include <memory>
#include <mutex>

#include "adapters/read.h"
#include "cli/parallel.h"
#include "engine/core/claim_json.h"
#include "engine/extract/extractor.h"
#include "engine/text/normalizer.h"

namespace sangati {

int RunExtractTo(const ExtractCommandOptions& options, std::ostream& out, std::ostream& err) {
  if (options.paths.empty()) {
    err << "sangati extract: give at least one PATH (a file, a directory or -)\n";
    return 2;
  }
  ReadOptions read_options;
  read_options.follow_symlinks = options.follow_links;
  read_options.manifest = options.manifest;
  if (!options.fields.empty()) {
    auto fields = ParseFieldMapping(options.fields);
    if (!fields.ok()) {
      err << "sangati extract: --field: " << fields.status().message() << "\n";
      return 2;
    }
    read_options.fields = *fields;
  }
  std::shared_ptr<const RuleSet> rules = LoadRuleSetOrReport(options.sources, err);
  if (rules == nullptr) return 2;
  Extractor extractor(rules);

  ReadResult input;
  ReadInputs(options.paths, read_options, &input);
  // The adapters' reasons start with the location (path, record, line).
  for (const Skipped& s : input.skipped) err << "skipped: " << s.error << "\n";
  for (const std::string& w : input.warnings) err << "warning: " << w << "\n";

  const int threads = ResolveThreadCount(options.threads);
  std::vector<std::unique_ptr<ExtractScratch>> scratch;
  for (int i = 0; i < threads; ++i) scratch.push_back(std::make_unique<ExtractScratch>());
  // Documents are done in batches so that claims are printed (in input
  // order) and document texts released as the run goes.
  constexpr size_t kBatch = 256;
  std::vector<Document>& docs = input.documents;
  int status_code = 0;
  std::mutex err_mu;
  // Each work item is a run of kChunk documents extracted together
  // (Extractor::ExtractBatch is faster than one document at a time).
  constexpr size_t kChunk = 16;
  for (size_t begin = 0; begin < docs.size(); begin += kBatch) {
    size_t end = std::min(docs.size(), begin + kBatch);
    std::vector<std::vector<Claim>> claims(end - begin);
    const size_t chunks = (end - begin + kChunk - 1) / kChunk;
    ParallelFor(chunks, threads, [&](size_t chunk, int worker) {
      const size_t first = begin + chunk * kChunk, last = std::min(end, first + kChunk);
      std::vector<const Document*> batch;
      for (size_t i = first; i < last; ++i) {
        PrepareDocument(&docs[i]);
        batch.push_back(&docs[i]);
      }
      std::vector<std::vector<Claim>> found;
      absl::Status s = extractor.ExtractBatch(batch, static_cast<uint32_t>(first),
                                              scratch[worker].get(), &found);
      for (size_t i = first; i < last; ++i) claims[i - begin] = std::move(found[i - first]);
      if (!s.ok()) {
        std::lock_guard<std::mutex> lock(err_mu);
        err << docs[first].path << ": " << s.message() << "\n";
        status_code = 2;
      }
    });
    for (size_t i = 0; i < claims.size(); ++i) {
      for (const Claim& c : claims[i]) out << ClaimToJson(c).dump() << "\n";
      Document released;
      std::swap(docs[begin + i], released);
    }
  }
  out.flush();
  if (status_code != 0) return status_code;
  return options.strict && !input.skipped.empty() ? 1 : 0;
}

int RunExtract(const ExtractCommandOptions& options) {
  return RunExtractTo(options, std::cout, std::cerr);
}

}  // namespace sangati
