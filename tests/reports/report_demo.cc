// report_demo: writes the HTML (and JSON) report of a hand-built sample, for
// the browser test while `sangati audit` is not built, and as a second page
// with known findings afterwards.
//   report_demo story OUT_PREFIX
//   report_demo hostile FIXTURE_DIR OUT_PREFIX
// writes OUT_PREFIX.html and OUT_PREFIX.json; exit 2 on bad usage or I/O.
#include <cstdio>
#include <fstream>
#include <string>

#include "reports/audit_report.h"
#include "tests/reports/sample_report.h"

namespace {

bool Write(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary);
  out << content;
  return static_cast<bool>(out);
}

}  // namespace

int main(int argc, char** argv) {
  using sangati::testing::SampleReport;
  std::string mode = argc > 1 ? argv[1] : "";
  SampleReport report;
  std::string prefix;
  if (mode == "story" && argc == 3) {
    report = sangati::testing::StoryReport();
    prefix = argv[2];
  } else if (mode == "hostile" && argc == 4) {
    report = sangati::testing::HostileReport(argv[2]);
    prefix = argv[3];
  } else {
    std::fprintf(stderr, "usage: report_demo story OUT_PREFIX | hostile FIXTURE_DIR OUT_PREFIX\n");
    return 2;
  }
  const sangati::AuditReport view = report.View();
  if (!Write(prefix + ".html", sangati::RenderHtml(view)) ||
      !Write(prefix + ".json", sangati::DumpAuditJson(view))) {
    std::fprintf(stderr, "report_demo: cannot write %s.*\n", prefix.c_str());
    return 2;
  }
  return 0;
}
