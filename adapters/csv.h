// adapters/csv.h: CSV datasets (RFC 4180), with our own parser.
//
// The first record is the header; record.h's ResolveFields() finds the
// id/title/body/... columns by name ("Headline", "Article Body", "Date
// Published", "Date", "Body" ...) or from the user's FieldMapping. Quoted
// fields may hold delimiters, newlines and "" escapes; records end at LF,
// CRLF or CR. A syntax error (a quoted field never closed, or text right
// after a closing quote) is reported as "path:line:col: CSV syntax error:
// ..." for that record, and reading resumes at the next line (an unclosed
// quote ends the file). A record with more fields than the header (other
// than empty trailing ones) is skipped with its line. A lone '"' inside an
// unquoted field is kept as text, as most CSV writers expect.
#ifndef SANGATI_ADAPTERS_CSV_H_
#define SANGATI_ADAPTERS_CSV_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "adapters/body_builder.h"
#include "adapters/input_text.h"
#include "adapters/read.h"

namespace sangati::adapters {

// Reads records from an in-memory text, one at a time. Not thread-safe.
class CsvReader {
 public:
  struct Field {
    size_t begin = 0, end = 0;  // the content (inside the quotes when quoted)
    bool quoted = false;
  };
  struct Error {
    size_t offset = 0;  // the offending byte
    std::string message;
  };
  enum class Status { kRecord, kEnd, kError };

  // Reads `text` from byte `start` (past a BOM).
  CsvReader(std::string_view text, size_t start, char delimiter)
      : s_(text), pos_(start), delimiter_(delimiter) {}

  // The next record. kError: `*error` is set and the reader has moved to
  // the next line (or to the end), so reading can go on.
  Status Next(std::vector<Field>* fields, Error* error);

  // Input bytes of the record last returned.
  size_t record_begin() const { return record_begin_; }
  size_t record_end() const { return record_end_; }

  // The text of `field`, "" unescaped.
  std::string Text(const Field& field) const;

 private:
  std::string_view s_;
  size_t pos_;
  char delimiter_;
  size_t record_begin_ = 0, record_end_ = 0;
};

// Decodes `field` with to_raw anchors at its start, after each "" escape
// and at each line inside it.
void DecodeCsvField(const InputText& input, const CsvReader::Field& field, MappedText* out);

// Reads a CSV (',') or TSV ('\t') dataset.
void ReadCsv(const InputText& input, char delimiter, const ReadOptions& options,
             ReadResult* result);

}  // namespace sangati::adapters

#endif  // SANGATI_ADAPTERS_CSV_H_
