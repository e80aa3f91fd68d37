// tests/engine/compare/claim_set.h: builds Documents and Claims by hand for
// the compare and reports tests. These are the real input types of
// CompareClaims, filled the way engine/extract fills them.
#ifndef SANGATI_TESTS_ENGINE_COMPARE_CLAIM_SET_H_
#define SANGATI_TESTS_ENGINE_COMPARE_CLAIM_SET_H_

#include <optional>
#include <string>
#include <vector>

#include "engine/compare/compare.h"
#include "engine/core/claim.h"
#include "engine/core/document.h"
#include "engine/core/entity.h"

namespace sangati::testing {

class ClaimSet {
 public:
  // Adds a document and returns its index. `text` defaults to a placeholder.
  uint32_t Doc(std::optional<std::string> outlet, std::optional<std::string> published,
               Language language = Language::kEnglish, std::string text = "") {
    Document d;
    d.id = "doc" + std::to_string(docs.size());
    d.path = "fixtures/test/" + d.id + ".txt";
    d.outlet = std::move(outlet);
    d.published = std::move(published);
    d.language = language;
    d.title = "Title of " + d.id;
    d.text = text.empty() ? "Body of " + d.id + "." : std::move(text);
    docs.push_back(std::move(d));
    return static_cast<uint32_t>(docs.size() - 1);
  }

  // Each adder returns a reference to the new claim, valid until the next
  // claim is added: set extra members at once.
  Claim& Quantity(uint32_t doc, std::string subject, std::optional<double> min,
                  std::optional<double> max, bool approximate = false,
                  std::string unit = "people") {
    Claim& c = Add(doc, "quantity", std::move(subject));
    c.value = sangati::Quantity{min, max, approximate, std::move(unit)};
    return c;
  }
  Claim& Date(uint32_t doc, std::string subject, std::string from, std::string to = "") {
    Claim& c = Add(doc, "date", std::move(subject));
    c.when = TimeRef{std::move(from), std::move(to), "the day"};
    return c;
  }
  Claim& Event(uint32_t doc, std::string value, std::string participants) {
    Claim& c = Add(doc, "event", "");
    c.value = std::move(value);
    if (!participants.empty()) c.fields["participants"] = std::move(participants);
    return c;
  }
  Claim& Role(uint32_t doc, std::string subject, std::string value) {
    Claim& c = Add(doc, "role", std::move(subject));
    c.value = std::move(value);
    return c;
  }

  // Compares with `options`; by default with require_anchor off, so tests of
  // other rules need not give every claim an event or place (anchoring has
  // its own tests, with the real default).
  std::vector<Finding> Compare(const CompareOptions& options = Unanchored()) const {
    return CompareClaims(docs, claims, entities, options);
  }
  static CompareOptions Unanchored() {
    CompareOptions o;
    o.require_anchor = false;
    return o;
  }

  std::vector<Document> docs;
  std::vector<Claim> claims;
  std::vector<Entity> entities;

  // A claim of any kind, with the evidence filled in.
  Claim& Add(uint32_t doc, std::string kind, std::string subject) {
    Claim c;
    c.id = docs.at(doc).id + "#c" + std::to_string(claims.size());
    c.document = docs[doc].id;
    c.document_index = doc;
    c.rule = "test." + kind;
    c.kind = std::move(kind);
    c.subject = std::move(subject);
    // Distinct sentences, so "same wording" only joins claims on purpose.
    c.evidence.sentence_text = "Sentence " + std::to_string(claims.size()) + ".";
    c.evidence.text = "Sentence";
    c.evidence.line = 1;
    claims.push_back(std::move(c));
    return claims.back();
  }
};

}  // namespace sangati::testing

#endif  // SANGATI_TESTS_ENGINE_COMPARE_CLAIM_SET_H_
