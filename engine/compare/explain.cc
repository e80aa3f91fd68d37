#include "engine/compare/explain.h"

#include <cmath>
#include <cstdio>

#include "absl/strings/str_cat.h"
#include "engine/compare/claim_key.h"
#include "engine/compare/time_frame.h"

namespace sangati {

std::string FormatNumber(double value) {
  if (!std::isfinite(value)) return value > 0 ? "∞" : value < 0 ? "-∞" : "?";
  const bool negative = value < 0;
  double v = std::fabs(value);
  double whole = std::floor(v);
  long long cents = std::llround((v - whole) * 100.0);
  if (cents == 100) {
    whole += 1;
    cents = 0;
  }
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.0f", whole);
  std::string digits = buf;
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  if (cents != 0) {
    std::snprintf(buf, sizeof buf, ".%02lld", cents);
    std::string frac = buf;
    if (frac.back() == '0') frac.pop_back();
    out += frac;
  }
  return negative ? "-" + out : out;
}

std::string FormatQuantity(const Quantity& q) {
  std::string number;
  if (q.min && q.max) {
    number = *q.min == *q.max ? FormatNumber(*q.min)
                              : absl::StrCat(FormatNumber(*q.min), "-", FormatNumber(*q.max));
  } else if (q.min && q.approximate) {  // a vague count: "thousands"
    number = absl::StrCat(FormatNumber(*q.min), " or more");
  } else if (q.min) {
    number = absl::StrCat("at least ", FormatNumber(*q.min));
  } else if (q.max) {
    number = absl::StrCat("at most ", FormatNumber(*q.max));
  } else {
    number = "an unstated number";
  }
  if (q.approximate) number = absl::StrCat("about ", number);
  if (q.unit == "percent") return absl::StrCat(number, "%");
  if (q.unit.empty() || q.unit == "people" || q.unit == "count") return number;
  return absl::StrCat(number, " ", q.unit);
}

std::string OutletLabel(const Document& doc) {
  if (doc.outlet && !doc.outlet->empty()) return *doc.outlet;
  std::string_view path = doc.path.empty() ? std::string_view(doc.id) : std::string_view(doc.path);
  size_t slash = path.find_last_of('/');
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  return absl::StrCat(std::string(path), " (outlet unknown)");
}

std::string Humanise(std::string_view id) {
  std::string out(id);
  for (char& c : out) {
    if (c == '_') c = ' ';
  }
  return out;
}

std::string ClaimValueSummary(const Claim& claim) {
  if (claim.kind == kKindRole) {
    RoleValue role = ParseRoleValue(claim);
    std::string relation = Humanise(role.relation);
    if (role.object.empty()) return relation;
    return absl::StrCat(relation, " of ", Humanise(role.object));
  }
  if (claim.kind == kKindDate) {
    if (claim.when && !claim.when->from.empty()) {
      std::optional<DayRange> r = ParseIsoRange(claim.when->from, claim.when->to);
      if (r) return FormatDayRange(*r);
      return claim.when->from;
    }
    return claim.when ? claim.when->text : std::string("an unresolved date");
  }
  if (const auto* q = std::get_if<Quantity>(&claim.value)) {
    std::string out = FormatQuantity(*q);
    if (q->unit.empty() || q->unit == "people" || q->unit == "count") {
      absl::StrAppend(&out, " ", Humanise(claim.subject));
    }
    return out;
  }
  std::string out;
  if (const auto* s = std::get_if<std::string>(&claim.value)) out = Humanise(*s);
  if (claim.kind == kKindEvent && claim.when && !claim.when->from.empty()) {
    std::optional<DayRange> r = ParseIsoRange(claim.when->from, claim.when->to);
    absl::StrAppend(&out, out.empty() ? "" : " on ", r ? FormatDayRange(*r) : claim.when->from);
  }
  return out;
}

}  // namespace sangati
