// engine/core/claim.h: the typed claims that rules extract and that
// engine/compare groups and judges.
//
// A Claim is plain data: engine/extract builds it from a rule hit, compare
// reads it, reports print it. The JSON shape (reports/json) follows SPEC.md:
//   {"id","document","rule","kind","subject","value","when","source",
//    "modality","evidence"} plus the optional "fields" object.
#ifndef SANGATI_ENGINE_CORE_CLAIM_H_
#define SANGATI_ENGINE_CORE_CLAIM_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "engine/core/source_pos.h"

namespace sangati {

// Built-in claim kinds. Rule files may declare other kinds (any lower-case
// identifier); those claims carry a string value and free `fields`.
inline constexpr std::string_view kKindQuantity = "quantity";
inline constexpr std::string_view kKindDate = "date";
inline constexpr std::string_view kKindAttribution = "attribution";
inline constexpr std::string_view kKindEvent = "event";
inline constexpr std::string_view kKindRole = "role";

// A normalised figure as a closed interval. "at least 10,000" is
// {min=10000, max=null}; "40 to 45" is {40, 45}; an exact figure has
// min == max. `approximate` marks প্রায়/about/nearly etc.; compare widens
// such intervals by a documented tolerance.
struct Quantity {
  std::optional<double> min;
  std::optional<double> max;
  bool approximate = false;
  std::string unit;  // canonical: "people", "km", "percent", "BDT", "day", ...
  friend bool operator==(const Quantity&, const Quantity&) = default;
};

// A date or date range in ISO 8601 with reduced precision allowed
// ("2024-06", "2025-07-12"). `text` is what the article wrote; when the
// expression could not be resolved (no publication date), from/to are empty.
struct TimeRef {
  std::string from;
  std::string to;
  std::string text;
  friend bool operator==(const TimeRef&, const TimeRef&) = default;
};

// Who a claim is attributed to. `id` is the entity id from the entity lists
// when known, empty otherwise; `name` is the text as written.
struct SourceRef {
  std::string id;
  std::string name;
  friend bool operator==(const SourceRef&, const SourceRef&) = default;
};

enum class Modality { kAsserted, kHedged, kDenied };
// "asserted", "hedged", "denied".
std::string_view ModalityName(Modality modality);

// The ids of a list field ("participants", a joint source id) as a set:
// split at ',' or '+', trimmed, sorted, without empties or repeats, so
// "putin, kim" and "kim+putin" are the same set.
std::vector<std::string> IdSet(std::string_view list);

// Where a claim was found.
struct Evidence {
  Span span;             // the matched text, in Document::text
  Span sentence;         // its sentence, in Document::text
  std::string text;      // copy of the matched text
  std::string sentence_text;  // copy of the sentence
  uint32_t line = 0;     // 1-based line of span.begin in the input file
};

struct Claim {
  std::string id;           // unique within a run, e.g. "<document id>#c3"
  std::string document;     // Document::id
  uint32_t document_index = 0;  // index into the run's document list
  std::string rule;         // rule id
  std::string kind;         // kKindQuantity, ... or a rule-declared kind
  std::string subject;      // canonical subject key: "deaths", "troops", an entity id, ...
  // quantity: Quantity; role/event/attribution/custom: a canonical string
  // (e.g. the role "foreign_minister" or the event "meeting"); none: monostate.
  std::variant<std::monostate, Quantity, std::string> value;
  std::optional<TimeRef> when;
  std::optional<SourceRef> source;
  Modality modality = Modality::kAsserted;
  // Other captured fields by name (participants, place, object, ...), values
  // canonical where the rule says so. Sorted, so output is stable.
  std::map<std::string, std::string> fields;
  Evidence evidence;
};

}  // namespace sangati

#endif  // SANGATI_ENGINE_CORE_CLAIM_H_
