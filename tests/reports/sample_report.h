// tests/reports/sample_report.h: hand-built audit reports for the reports
// tests and for the browser test's page (until `sangati audit` exists, and
// alongside it afterwards). Documents carry realistic Bengali and English
// article text; claims are made the way engine/extract makes them: a span of
// the text, its sentence, its line, a normalised value. CompareClaims then
// produces the findings, so the pages show real comparison output.
#ifndef SANGATI_TESTS_REPORTS_SAMPLE_REPORT_H_
#define SANGATI_TESTS_REPORTS_SAMPLE_REPORT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "engine/compare/compare.h"
#include "engine/core/entity.h"
#include "reports/audit_report.h"

namespace sangati::testing {

struct SampleReport {
  std::vector<Document> documents;
  std::vector<Skipped> skipped;
  std::vector<Claim> claims;
  std::vector<Finding> findings;
  std::vector<Entity> entities;

  // Adds a document and returns its index.
  uint32_t AddDocument(std::string path, std::string text, std::optional<std::string> outlet,
                       std::optional<std::string> published, Language language,
                       std::string title = "");
  // Adds a claim whose evidence is the first occurrence of `needle` in the
  // document's text (its sentence runs to the surrounding '।', '.', '!',
  // '?' or line break). Aborts when `needle` is not in the text. The
  // reference is valid until the next claim is added.
  Claim& ClaimAt(uint32_t doc, std::string_view needle, std::string kind, std::string subject);
  // Runs CompareClaims over the claims.
  void Compare();
  AuditReport View() const;
};

// Four outlets report a cyclone over three days in Bengali and English: a
// rising death toll (update), injured figures that differ on one day
// (contradiction), evacuations that agree, a hedged figure, a denial, KCNA
// quoted by two outlets (one source), and a role claim the entity list
// contradicts.
SampleReport StoryReport();

// The articles of fixtures/hostile (read from `dir`) with claims on their
// hostile sentences, and a skipped input whose error message is hostile too.
SampleReport HostileReport(const std::string& dir);

}  // namespace sangati::testing

#endif  // SANGATI_TESTS_REPORTS_SAMPLE_REPORT_H_
