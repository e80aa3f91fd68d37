#include <string>

#include "absl/strings/str_cat.h"
#include "engine/core/claim.h"
#include "reports/audit_report.h"
#include "engine/core/claim_json.h"

namespace sangati {
namespace {

nlohmann::json OptionalString(const std::optional<std::string>& s) {
  return s ? nlohmann::json(*s) : nlohmann::json(nullptr);
}

}  // namespace

std::string StoryId(int story) { return absl::StrCat("s", story + 1); }

namespace {

nlohmann::json ClaimIds(const std::vector<Claim>& claims, const std::vector<size_t>& indices) {
  nlohmann::json ids = nlohmann::json::array();
  for (size_t i : indices) ids.push_back(claims[i].id);
  return ids;
}

nlohmann::json FindingJson(const std::vector<Claim>& claims, const Finding& f) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = f.id;
  j["verdict"] = f.verdict;
  j["subtype"] = f.subtype.empty() ? nlohmann::json(nullptr) : nlohmann::json(f.subtype);
  j["kind"] = f.kind;
  j["topic"] = f.topic;
  j["key"] = f.key;
  j["claims"] = ClaimIds(claims, f.claims);
  nlohmann::json groups = nlohmann::json::array();
  for (const std::vector<size_t>& g : f.groups) groups.push_back(ClaimIds(claims, g));
  j["groups"] = std::move(groups);
  nlohmann::json positions = nlohmann::json::array();
  for (const Position& p : f.positions) {
    positions.push_back(
        {{"claims", ClaimIds(claims, p.claims)}, {"summary", p.summary}, {"stance", p.stance}});
  }
  j["positions"] = std::move(positions);
  j["explanation"] = f.explanation;
  j["story"] = f.story >= 0 ? nlohmann::json(StoryId(f.story)) : nlohmann::json(nullptr);
  nlohmann::json repeated = nlohmann::json::array();
  for (const SourceCluster& c : f.repeated) {
    nlohmann::json source = nullptr;
    if (!c.source_id.empty() || !c.source_name.empty()) {
      source = {{"id", c.source_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(c.source_id)},
                {"name", c.source_name}};
    }
    repeated.push_back(
        {{"claims", ClaimIds(claims, c.claims)}, {"reason", c.reason}, {"source", source}});
  }
  j["independence"] = {{"independent_sources", f.independent_sources},
                       {"repeated", std::move(repeated)}};
  if (f.reference) {
    nlohmann::json facts = nlohmann::json::array();
    for (const ReferenceFact& fact : f.reference->facts) {
      facts.push_back({{"object", fact.object},
                       {"since", fact.since.empty() ? nlohmann::json(nullptr) : nlohmann::json(fact.since)},
                       {"until", fact.until.empty() ? nlohmann::json(nullptr) : nlohmann::json(fact.until)}});
    }
    j["reference"] = {{"entity", f.reference->entity},
                      {"relation", f.reference->relation},
                      {"facts", std::move(facts)},
                      {"file", f.reference->file},
                      {"contradicted", f.reference->contradicted}};
  } else {
    j["reference"] = nullptr;
  }
  return j;
}

}  // namespace

nlohmann::json AuditJson(const AuditReport& report) {
  nlohmann::json j = nlohmann::json::object();
  j["version"] = 1;
  j["run"] = {{"tool", report.run.tool},
              {"rules_version", report.run.rules_version.empty()
                                    ? nlohmann::json(nullptr)
                                    : nlohmann::json(report.run.rules_version)},
              {"generated", report.run.generated.empty() ? nlohmann::json(nullptr)
                                                         : nlohmann::json(report.run.generated)}};
  nlohmann::json documents = nlohmann::json::array();
  const bool has_stories =
      report.story_of != nullptr && report.story_of->size() == report.documents->size();
  for (size_t i = 0; i < report.documents->size(); ++i) {
    const Document& d = (*report.documents)[i];
    documents.push_back({{"id", d.id},
                         {"path", d.path},
                         {"outlet", OptionalString(d.outlet)},
                         {"published", OptionalString(d.published)},
                         {"title", d.title},
                         {"language", std::string(LanguageCode(d.language))},
                         {"story", has_stories ? nlohmann::json(StoryId((*report.story_of)[i]))
                                               : nlohmann::json(nullptr)}});
  }
  j["documents"] = std::move(documents);
  nlohmann::json skipped = nlohmann::json::array();
  for (const Skipped& s : *report.skipped) {
    skipped.push_back({{"path", s.path}, {"error", s.error}});
  }
  j["skipped"] = std::move(skipped);
  nlohmann::json claims = nlohmann::json::array();
  for (const Claim& c : *report.claims) claims.push_back(ClaimToJson(c));
  j["claims"] = std::move(claims);
  nlohmann::json findings = nlohmann::json::array();
  for (const Finding& f : *report.findings) findings.push_back(FindingJson(*report.claims, f));
  j["findings"] = std::move(findings);
  return j;
}

std::string DumpAuditJson(const AuditReport& report) {
  return AuditJson(report).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

}  // namespace sangati
