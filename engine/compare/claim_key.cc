#include "engine/compare/claim_key.h"

#include <algorithm>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "engine/core/absl_compat.h"

namespace sangati {
namespace {

constexpr char kSep = '\x1f';

std::string Trimmed(std::string_view s) {
  return std::string(StdView(absl::StripAsciiWhitespace(AbslView(s))));
}

std::string Field(const Claim& claim, const char* name) {
  auto it = claim.fields.find(name);
  return it == claim.fields.end() ? std::string() : Trimmed(it->second);
}

// Appends the strict key fields shared by most kinds and their readable form.
void AppendKeyFields(const Claim& claim, std::string* key, std::string* topic) {
  const std::string participants = CanonicalParticipants(Field(claim, "participants"));
  const std::string object = Field(claim, "object");
  const std::string event = Field(claim, "event");
  absl::StrAppend(key, std::string(1, kSep), "participants=", participants,
                  std::string(1, kSep), "object=", object, std::string(1, kSep),
                  "event=", event);
  if (!participants.empty()) absl::StrAppend(topic, " · participants ", participants);
  if (!object.empty()) absl::StrAppend(topic, " · object ", object);
  if (!event.empty()) absl::StrAppend(topic, " · event ", event);
}

std::string StringValue(const Claim& claim) {
  if (const auto* s = std::get_if<std::string>(&claim.value)) return Trimmed(*s);
  return std::string();
}

}  // namespace

std::string NormaliseRelation(std::string_view relation) {
  std::string r = Trimmed(relation);
  constexpr std::string_view kOf = "_of";
  if (r.size() > kOf.size() && r.compare(r.size() - kOf.size(), kOf.size(), kOf) == 0) {
    r.resize(r.size() - kOf.size());
  }
  return r;
}

std::string CanonicalParticipants(std::string_view participants) {
  return absl::StrJoin(IdSet(participants), ",");
}

bool HasAnchor(const Claim& claim) {
  if (claim.kind == kKindRole) return !Trimmed(claim.subject).empty();
  for (const char* name : {"participants", "object", "event", "place"}) {
    if (!Field(claim, name).empty()) return true;
  }
  // A rate with a topic (inflation, gdp_growth, turnout: the percent rules'
  // subjects) is about that topic; a bare "percent" is about nothing.
  if (const auto* q = std::get_if<Quantity>(&claim.value)) {
    if (q->unit == "percent" && !claim.subject.empty() && claim.subject != "percent") return true;
  }
  return claim.subject.find(':') != std::string::npos;
}

RoleValue ParseRoleValue(const Claim& claim) {
  RoleValue role;
  std::string value = StringValue(claim);
  size_t colon = value.find(':');
  if (colon != std::string::npos) {
    role.relation = NormaliseRelation(std::string_view(value).substr(0, colon));
    role.object = Trimmed(std::string_view(value).substr(colon + 1));
    return role;
  }
  role.relation = NormaliseRelation(value);
  for (const char* name : {"of", "country", "object", "organisation"}) {
    role.object = Field(claim, name);
    if (!role.object.empty()) break;
  }
  return role;
}

ClaimKey ComputeClaimKey(const Claim& claim) {
  ClaimKey k;
  const std::string subject = Trimmed(claim.subject);
  k.strict = absl::StrCat(claim.kind, std::string(1, kSep), subject);
  k.place = Field(claim, "place");
  if (claim.kind == kKindRole) {
    // The role is the key, its object the value being compared.
    RoleValue role = ParseRoleValue(claim);
    absl::StrAppend(&k.strict, std::string(1, kSep), "relation=", role.relation);
    k.topic = absl::StrCat(subject, " · ", role.relation);
    k.place.clear();  // a role holds wherever it is reported from
    return k;
  }
  if (claim.kind == kKindQuantity) {
    std::string unit;
    if (const auto* q = std::get_if<Quantity>(&claim.value)) unit = Trimmed(q->unit);
    absl::StrAppend(&k.strict, std::string(1, kSep), "unit=", unit);
    k.topic = unit.empty() || unit == "people" ? subject : absl::StrCat(subject, " (", unit, ")");
  } else if (claim.kind == kKindDate) {
    k.topic = absl::StrCat("date of ", subject);
  } else {
    // event, attribution and rule-declared kinds: the value names the
    // proposition; claims only meet when they state the same one.
    const std::string value = StringValue(claim);
    absl::StrAppend(&k.strict, std::string(1, kSep), "value=", value);
    k.topic = subject.empty() ? value : value.empty() ? subject : absl::StrCat(subject, " · ", value);
    if (claim.kind == kKindAttribution) {
      std::string source;
      if (claim.source) source = !claim.source->id.empty() ? claim.source->id
                                                            : absl::AsciiStrToLower(claim.source->name);
      absl::StrAppend(&k.strict, std::string(1, kSep), "source=", source);
      if (!source.empty()) absl::StrAppend(&k.topic, " · per ", source);
    }
  }
  AppendKeyFields(claim, &k.strict, &k.topic);
  return k;
}

}  // namespace sangati
