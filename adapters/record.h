// adapters/record.h: one record of a dataset file (a JSON object, a JSON
// Lines line, a CSV row) and how it becomes a Document.
//
// json.cc and csv.cc find the record's fields (ResolveFields: the user's
// FieldMapping first, else the common names below, compared
// case-insensitively ignoring spaces, '_' and '-') and fill a Record with
// their values and input offsets. AddRecord() then applies the rules every
// dataset shares:
//   - id: "path#<id field>" (or "path#<record number>" without one) for a
//     record of a dataset; the path itself for a lone JSON object file;
//   - "Unknown", "None", "null", "N/A", "" are no value (dates.h IsNoValue);
//   - published: dates.h NormalizeDateValue; a value that is not a date is
//     a warning and null;
//   - language: the field when it names Bengali/English, else by script;
//   - body: split into lines, trimmed, furniture removed, joined by "\n"
//     with the record's to_raw anchors; an empty body skips the record.
// Thread-compatible: no shared state.
#ifndef SANGATI_ADAPTERS_RECORD_H_
#define SANGATI_ADAPTERS_RECORD_H_

#include <array>
#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/body_builder.h"
#include "adapters/input_text.h"
#include "adapters/read.h"

namespace sangati::adapters {

enum class Field { kId = 0, kTitle, kBody, kOutlet, kPublished, kUrl, kLanguage };
inline constexpr size_t kFieldCount = 7;

// "id", "title", "body", "outlet", "published", "url", "language".
std::string_view FieldName(Field field);

// The name the user gave `field` in `mapping` (empty: auto-detect).
const std::string& MappedName(const FieldMapping& mapping, Field field);

// Lower-case, without spaces, '_' and '-': "Article Body" -> "articlebody".
std::string NormalizeFieldName(std::string_view name);

// For each field, the index in `names` that holds it, or -1. A mapped name
// is looked up exactly, then normalised; unmapped fields take the first
// auto-detect candidate present.
std::array<int, kFieldCount> ResolveFields(const FieldMapping& mapping,
                                           const std::vector<std::string>& names);

// The auto-detect candidates of `field`, normalised, best first (for
// messages and docs).
std::vector<std::string_view> FieldCandidates(Field field);

struct RecordValue {
  bool present = false;
  std::string text;    // the value as text (numbers printed)
  size_t offset = 0;   // where the value starts in the input
};

struct Record {
  size_t number = 0;           // 1-based record number in the file
  size_t begin = 0, end = 0;   // input bytes of the record
  std::array<RecordValue, kFieldCount> values;  // kBody's text is unused
  MappedText body;             // the decoded body with anchors
  bool has_body = false;
};

// Per-file state shared by the records of one dataset.
struct DatasetState {
  bool dataset = true;          // false: a lone JSON object (id = path)
  std::set<std::string> ids;    // document ids given so far
};

// "path#N": how messages name record N.
std::string RecordLabel(const InputText& input, size_t number);

// Turns `record` into a Document appended to `result`, or a Skipped.
void AddRecord(const InputText& input, Record& record, DatasetState* state, ReadResult* result);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_RECORD_H_
