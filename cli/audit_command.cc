#include "cli/audit_command.h"

#include <unistd.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "cli/parallel.h"
#include "engine/compare/compare.h"
#include "engine/compare/story.h"
#include "engine/extract/extractor.h"
#include "engine/text/normalizer.h"
#include "reports/audit_report.h"
#include "reports/progress.h"

namespace sangati {
namespace {

// Writes `content` to `path` ("-" = stdout). False (with a message on
// stderr) when the file cannot be written.
bool WriteOutput(const std::string& path, const std::string& content, const char* what) {
  if (path == "-") {
    std::cout << content;
    return static_cast<bool>(std::cout);
  }
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  out.close();
  if (!out) {
    std::cerr << "sangati: cannot write " << what << " report to " << path << "\n";
    return false;
  }
  std::cerr << "sangati: " << what << " report written to " << path << "\n";
  return true;
}

bool UseColour(const std::string& setting) {
  if (setting == "always") return true;
  if (setting == "never") return false;
  return isatty(STDOUT_FILENO) && getenv("NO_COLOR") == nullptr;
}

}  // namespace

int RunAudit(const AuditOptions& options) {
  absl::StatusOr<std::shared_ptr<const RuleSet>> rules = LoadRuleSet(options.sources);
  if (!rules.ok()) {
    std::cerr << rules.status().message() << "\n";
    return 2;
  }

  ReadResult input;
  ReadInputs(options.paths, options.read, &input);
  for (const std::string& warning : input.warnings) {
    std::cerr << "warning: " << warning << "\n";
  }
  // Skipped inputs are listed once: in the terminal summary when it is
  // printed, otherwise here on stderr.
  const bool stdout_taken = options.json_out == "-" || options.html_out == "-";
  const bool print_summary = !options.quiet && !stdout_taken;
  if (!print_summary) {
    for (const Skipped& skipped : input.skipped) {
      // The adapters' reasons start with the location (path, record, line).
      std::cerr << "skipped: " << skipped.error << "\n";
    }
  }
  if (options.strict && !input.skipped.empty()) {
    std::cerr << "sangati: " << input.skipped.size()
              << " input(s) could not be read and --strict is set\n";
    return 2;
  }

  // Prepare and extract every document on all cores; each document's claims
  // go to its own slot so the output does not depend on the thread count.
  std::vector<Document>& docs = input.documents;
  const int threads = ResolveThreadCount(options.threads);
  const Extractor extractor(*rules);
  std::vector<ExtractScratch> scratch(threads);
  std::vector<std::vector<Claim>> per_doc(docs.size());
  std::vector<absl::Status> errors(docs.size());
  {
    ProgressBar progress(std::cerr, docs.size(),
                         ShouldShowProgress(docs.size(), isatty(STDERR_FILENO)));
    ParallelFor(
        docs.size(), threads,
        [&](size_t i, int worker) {
          PrepareDocument(&docs[i]);
          errors[i] = extractor.Extract(docs[i], static_cast<uint32_t>(i), &scratch[worker],
                                        &per_doc[i]);
        },
        [&] { progress.Advance(); });
  }
  std::vector<Claim> claims;
  for (size_t i = 0; i < docs.size(); ++i) {
    if (!errors[i].ok()) {
      std::cerr << "warning: " << docs[i].id << ": extraction stopped early: "
                << errors[i].message() << "\n";
    }
    for (Claim& claim : per_doc[i]) claims.push_back(std::move(claim));
  }

  const std::vector<Entity>& entities = (*rules)->entities().entities();
  StoryOptions story_options;
  if (options.stories == "on") story_options.one_story_up_to = 0;
  const std::vector<int> story_of = options.stories == "off"
                                        ? std::vector<int>(docs.size(), 0)
                                        : GroupStories(docs, claims, entities, story_options);
  const std::vector<Finding> findings =
      CompareClaims(docs, claims, entities, CompareOptions{}, story_of);

  AuditReport report;
  report.documents = &docs;
  report.story_of = &story_of;
  report.skipped = &input.skipped;
  report.claims = &claims;
  report.findings = &findings;
  report.run.tool = "sangati 0.1.0";

  bool ok = true;
  if (!options.json_out.empty()) ok &= WriteOutput(options.json_out, DumpAuditJson(report), "JSON");
  if (!options.html_out.empty()) ok &= WriteOutput(options.html_out, RenderHtml(report), "HTML");
  if (print_summary) {
    PrintTerminalSummary(report, std::cout, UseColour(options.color));
  }
  if (!ok) return 2;

  if (options.fail_on_contradiction) {
    for (const Finding& finding : findings) {
      if (finding.verdict == "contradiction") return 1;
    }
  }
  return 0;
}

}  // namespace sangati
