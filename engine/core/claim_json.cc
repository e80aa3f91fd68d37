#include "engine/core/claim_json.h"

#include <cmath>

namespace sangati {
namespace {

nlohmann::json Number(const std::optional<double>& v) {
  if (!v) return nullptr;
  double d = *v;
  if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15) {
    return static_cast<int64_t>(d);
  }
  return d;
}

nlohmann::json StringOrNull(const std::string& s) {
  if (s.empty()) return nullptr;
  return s;
}

}  // namespace

nlohmann::json QuantityToJson(const Quantity& q) {
  return nlohmann::json{{"min", Number(q.min)},
                        {"max", Number(q.max)},
                        {"approximate", q.approximate},
                        {"unit", StringOrNull(q.unit)}};
}

nlohmann::json ClaimToJson(const Claim& claim) {
  nlohmann::json j;
  j["id"] = claim.id;
  j["document"] = claim.document;
  j["rule"] = claim.rule;
  j["kind"] = claim.kind;
  j["subject"] = StringOrNull(claim.subject);
  if (const auto* q = std::get_if<Quantity>(&claim.value)) {
    j["value"] = QuantityToJson(*q);
  } else if (const auto* s = std::get_if<std::string>(&claim.value)) {
    j["value"] = *s;
  } else {
    j["value"] = nullptr;
  }
  if (claim.when) {
    j["when"] = nlohmann::json{{"from", StringOrNull(claim.when->from)},
                               {"to", StringOrNull(claim.when->to)},
                               {"text", claim.when->text}};
  } else {
    j["when"] = nullptr;
  }
  if (claim.source) {
    j["source"] = nlohmann::json{{"id", StringOrNull(claim.source->id)},
                                 {"name", claim.source->name}};
  } else {
    j["source"] = nullptr;
  }
  j["modality"] = std::string(ModalityName(claim.modality));
  j["evidence"] = nlohmann::json{{"text", claim.evidence.text},
                                 {"sentence", claim.evidence.sentence_text},
                                 {"line", claim.evidence.line}};
  if (!claim.fields.empty()) {
    nlohmann::json fields = nlohmann::json::object();
    for (const auto& [k, v] : claim.fields) fields[k] = v;
    j["fields"] = std::move(fields);
  }
  return j;
}

}  // namespace sangati
