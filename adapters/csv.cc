#include "adapters/csv.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "adapters/furniture.h"
#include "engine/core/absl_compat.h"
#include "adapters/record.h"

namespace sangati::adapters {
namespace {

bool IsLineBreak(char c) { return c == '\n' || c == '\r'; }

// Offset after the line break at s[i] (CRLF counts as one).
size_t SkipLineBreak(std::string_view s, size_t i) {
  if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') return i + 2;
  return i + 1;
}

}  // namespace

CsvReader::Status CsvReader::Next(std::vector<Field>* fields, Error* error) {
  fields->clear();
  const size_t n = s_.size();
  if (pos_ >= n) return Status::kEnd;
  record_begin_ = pos_;
  size_t p = pos_;
  while (true) {
    Field f;
    if (p < n && s_[p] == '"') {
      size_t open = p;
      size_t q = p + 1;
      while (true) {
        size_t quote = s_.find('"', q);
        if (quote == std::string_view::npos) {
          error->offset = open;
          error->message = "quoted field is never closed";
          pos_ = n;
          record_end_ = n;
          return Status::kError;
        }
        if (quote + 1 < n && s_[quote + 1] == '"') {
          q = quote + 2;  // "" escape
          continue;
        }
        f = {open + 1, quote, true};
        p = quote + 1;
        break;
      }
      if (p < n && s_[p] != delimiter_ && !IsLineBreak(s_[p])) {
        error->offset = p;
        error->message = absl::StrCat("unexpected text after the closing quote of field ",
                                      fields->size() + 1);
        while (p < n && !IsLineBreak(s_[p])) ++p;
        pos_ = p < n ? SkipLineBreak(s_, p) : n;
        record_end_ = p;
        return Status::kError;
      }
    } else {
      size_t q = p;
      while (q < n && s_[q] != delimiter_ && !IsLineBreak(s_[q])) ++q;
      f = {p, q, false};
      p = q;
    }
    fields->push_back(f);
    if (p < n && s_[p] == delimiter_) {
      ++p;
      continue;
    }
    record_end_ = p;
    pos_ = p < n ? SkipLineBreak(s_, p) : n;
    return Status::kRecord;
  }
}

std::string CsvReader::Text(const Field& f) const {
  std::string_view raw = s_.substr(f.begin, f.end - f.begin);
  if (!f.quoted || raw.find('"') == std::string_view::npos) return std::string(raw);
  std::string out;
  out.reserve(raw.size());
  for (size_t i = 0; i < raw.size(); ++i) {
    out.push_back(raw[i]);
    if (raw[i] == '"' && i + 1 < raw.size() && raw[i + 1] == '"') ++i;
  }
  return out;
}

void DecodeCsvField(const InputText& in, const CsvReader::Field& f, MappedText* out) {
  std::string_view s = in.text;
  size_t i = f.begin;
  while (i < f.end) {
    size_t j = i;
    while (j < f.end && s[j] != '"' && !IsLineBreak(s[j])) ++j;
    if (j > i) out->Append(s.substr(i, j - i), in.lines.PosOf(i));
    if (j >= f.end) break;
    if (s[j] == '"') {
      out->Append("\"", in.lines.PosOf(j));
      i = (f.quoted && j + 1 < f.end && s[j + 1] == '"') ? j + 2 : j + 1;
    } else {
      out->Append("\n", in.lines.PosOf(j));
      i = SkipLineBreak(s, j);
    }
  }
}

void ReadCsv(const InputText& in, char delimiter, const ReadOptions& options, ReadResult* result) {
  CsvReader reader(in.text, in.start, delimiter);
  std::vector<CsvReader::Field> fields;
  CsvReader::Error error;
  // Header (blank lines before it are passed over).
  CsvReader::Status status;
  do {
    status = reader.Next(&fields, &error);
  } while (status == CsvReader::Status::kRecord && fields.size() == 1 && fields[0].begin == fields[0].end &&
           !fields[0].quoted);
  if (status == CsvReader::Status::kEnd) {
    result->skipped.push_back({in.path, absl::StrCat(in.path, ": empty file (no CSV header)")});
    return;
  }
  if (status == CsvReader::Status::kError) {
    result->skipped.push_back({in.path, absl::StrCat(in.Location(error.offset),
                                                     ": CSV syntax error in the header: ", error.message)});
    return;
  }
  const size_t header_at = reader.record_begin();
  std::vector<std::string> names;
  std::vector<std::string> shown;  // column names as messages show them
  for (const auto& f : fields) {
    names.push_back(std::string(TrimLine(reader.Text(f))));
    shown.push_back(Excerpt(names.back(), 40));
  }
  std::array<int, kFieldCount> index = ResolveFields(options.fields, names);
  for (size_t f = 0; f < kFieldCount; ++f) {
    const std::string& mapped = MappedName(options.fields, static_cast<Field>(f));
    if (!mapped.empty() && index[f] < 0) {
      result->skipped.push_back(
          {in.path, absl::StrCat(in.Location(header_at), ": no column '", Excerpt(mapped), "' (from --field ",
                                 AbslView(FieldName(static_cast<Field>(f))), "=", Excerpt(mapped), "); columns are: ",
                                 absl::StrJoin(shown, ", "))});
      return;
    }
  }
  if (index[static_cast<size_t>(Field::kBody)] < 0) {
    std::vector<std::string> looked;
    for (std::string_view c : FieldCandidates(Field::kBody)) looked.emplace_back(c);
    result->skipped.push_back(
        {in.path, absl::StrCat(in.Location(header_at), ": no body column (looked for ",
                               absl::StrJoin(looked, ", "), "; name it with --field body=NAME); columns are: ",
                               absl::StrJoin(shown, ", "))});
    return;
  }

  DatasetState state;
  size_t number = 0;
  while (true) {
    status = reader.Next(&fields, &error);
    if (status == CsvReader::Status::kEnd) break;
    if (status == CsvReader::Status::kError) {
      ++number;
      std::string label = RecordLabel(in, number);
      result->skipped.push_back({label, absl::StrCat(in.Location(error.offset), ": CSV syntax error: ",
                                                     error.message, " (record ", number, ")")});
      continue;
    }
    if (fields.size() == 1 && fields[0].begin == fields[0].end && !fields[0].quoted) continue;
    ++number;
    // Empty trailing fields past the header are tolerated.
    size_t count = fields.size();
    while (count > names.size() && fields[count - 1].begin == fields[count - 1].end) --count;
    if (count != names.size()) {
      std::string label = RecordLabel(in, number);
      result->skipped.push_back({label, absl::StrCat(in.Location(reader.record_begin()), ": record ", number,
                                                     " has ", count, " fields, the header has ",
                                                     names.size())});
      continue;
    }
    Record rec;
    rec.number = number;
    rec.begin = reader.record_begin();
    rec.end = reader.record_end();
    for (size_t f = 0; f < kFieldCount; ++f) {
      if (index[f] < 0) continue;
      const CsvReader::Field& field = fields[static_cast<size_t>(index[f])];
      if (static_cast<Field>(f) == Field::kBody) {
        rec.has_body = true;
        DecodeCsvField(in, field, &rec.body);
        continue;
      }
      RecordValue& v = rec.values[f];
      v.present = true;
      v.text = reader.Text(field);
      v.offset = field.begin;
    }
    AddRecord(in, rec, &state, result);
  }
  if (number == 0) {
    result->skipped.push_back({in.path, absl::StrCat(in.path, ": CSV has a header but no records")});
  }
}

}  // namespace sangati::adapters
