#include "reports/claim_json.h"

#include <cmath>
#include <cstdint>

namespace sangati {
namespace {

// Whole numbers print as integers (40, not 40.0), as `sangati extract` does.
nlohmann::json NumberOrNull(const std::optional<double>& v) {
  if (!v) return nullptr;
  if (std::isfinite(*v) && std::floor(*v) == *v && std::fabs(*v) < 9.0e15) {
    return static_cast<int64_t>(*v);
  }
  return *v;
}

nlohmann::json StringOrNull(const std::string& s) {
  return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

}  // namespace

nlohmann::json AuditClaimJson(const Claim& claim) {
  nlohmann::json j = nlohmann::json::object();
  j["id"] = claim.id;
  j["document"] = claim.document;
  j["rule"] = claim.rule;
  j["kind"] = claim.kind;
  j["subject"] = StringOrNull(claim.subject);
  if (const auto* q = std::get_if<Quantity>(&claim.value)) {
    j["value"] = {{"min", NumberOrNull(q->min)},
                  {"max", NumberOrNull(q->max)},
                  {"approximate", q->approximate},
                  {"unit", StringOrNull(q->unit)}};
  } else if (const auto* s = std::get_if<std::string>(&claim.value)) {
    j["value"] = *s;
  } else {
    j["value"] = nullptr;
  }
  if (claim.when) {
    j["when"] = {{"from", StringOrNull(claim.when->from)},
                 {"to", StringOrNull(claim.when->to)},
                 {"text", claim.when->text}};
  } else {
    j["when"] = nullptr;
  }
  if (claim.source) {
    j["source"] = {{"id", StringOrNull(claim.source->id)}, {"name", claim.source->name}};
  } else {
    j["source"] = nullptr;
  }
  j["modality"] = std::string(ModalityName(claim.modality));
  j["evidence"] = {{"text", claim.evidence.text},
                   {"sentence", claim.evidence.sentence_text},
                   {"line", claim.evidence.line}};
  if (!claim.fields.empty()) {
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& [name, value] : claim.fields) fields[name] = value;
    j["fields"] = std::move(fields);
  }
  return j;
}

}  // namespace sangati
