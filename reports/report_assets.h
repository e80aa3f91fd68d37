// reports/report_assets.h: the HTML report's template, style sheet and
// script, embedded at build time from reports/report_template.html,
// reports/report.css and reports/report.js by reports/embed_assets.cmake.
// The views point into static storage; thread-safe.
#ifndef SANGATI_REPORTS_REPORT_ASSETS_H_
#define SANGATI_REPORTS_REPORT_ASSETS_H_

#include <string_view>

namespace sangati {

// The page skeleton with {{CSP}}, {{GENERATOR}}, {{TITLE}}, {{STYLE}},
// {{BODY}} and {{SCRIPT}} placeholders.
std::string_view ReportTemplate();
std::string_view ReportStyle();
std::string_view ReportScript();

}  // namespace sangati

#endif  // SANGATI_REPORTS_REPORT_ASSETS_H_
