#include "adapters/json.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "adapters/record.h"
#include "nlohmann/json.hpp"
#include "engine/core/utf8.h"

namespace sangati::adapters {
namespace {

using Json = nlohmann::json;

// ---- Validation with nlohmann's SAX parser (no tree is built) --------------

class Validator : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    position_ = position;
    std::string what = ex.what();
    size_t at = what.find("syntax error");
    if (at == std::string::npos) at = what.find("] ") == std::string::npos ? 0 : what.find("] ") + 2;
    message_ = Excerpt(what.substr(at), 200);
    return false;
  }

  size_t position() const { return position_; }
  const std::string& message() const { return message_; }

 private:
  size_t position_ = 0;
  std::string message_;
};

bool IsLiteralChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '+' || c == '.';
}

// The first byte of the JSON token holding byte `p` (strings cannot span
// lines, so lexing from the start of p's line is enough). When `p` is the
// character that ended a bad literal ("tru}"), the literal's start.
size_t TokenStart(std::string_view s, size_t p) {
  size_t i = p;
  while (i > 0 && s[i - 1] != '\n' && s[i - 1] != '\r') --i;
  size_t prev_start = i, prev_end = i;
  while (i < s.size() && i <= p) {
    size_t j = i + 1;
    if (s[i] == '"') {
      while (j < s.size() && s[j] != '"' && s[j] != '\n' && s[j] != '\r') j += s[j] == '\\' ? 2 : 1;
      if (j < s.size() && s[j] == '"') ++j;
    } else if (IsLiteralChar(s[i])) {
      while (j < s.size() && IsLiteralChar(s[j])) ++j;
    }
    if (p < j) {
      bool after_literal = prev_end == i && i > prev_start && IsLiteralChar(s[prev_start]) && !IsLiteralChar(s[i]);
      return after_literal ? prev_start : i;
    }
    if (s[i] != ' ' && s[i] != '\t') {
      prev_start = i;
      prev_end = j;
    }
    i = j;
  }
  return p;
}

// Validates `text`. On error, `*error_at` is the offset in `text` of the
// token that failed (the end for a truncated text) and `*message`
// nlohmann's description.
bool Validate(std::string_view text, size_t* error_at, std::string* message) {
  Validator v;
  bool ok = false;
  try {
    ok = Json::sax_parse(text.begin(), text.end(), &v);
  } catch (const std::exception& e) {  // not expected with a SAX handler
    *message = e.what();
    *error_at = 0;
    return false;
  }
  if (ok) return true;
  // nlohmann's position counts the characters read, the failing one last.
  size_t read = v.position();
  *error_at = read == 0 ? 0 : read > text.size() ? text.size() : TokenStart(text, read - 1);
  *message = v.message();
  return false;
}

// ---- A scanner for byte ranges (runs on validated text) ---------------------

bool IsJsonSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

size_t SkipWs(std::string_view s, size_t i) {
  while (i < s.size() && IsJsonSpace(s[i])) ++i;
  return i;
}

// s[i] == '"'; returns the offset after the closing quote.
size_t SkipString(std::string_view s, size_t i) {
  for (++i; i < s.size(); ++i) {
    if (s[i] == '\\') {
      ++i;
    } else if (s[i] == '"') {
      return i + 1;
    }
  }
  return s.size();
}

size_t SkipValue(std::string_view s, size_t i) {
  if (i >= s.size()) return i;
  if (s[i] == '"') return SkipString(s, i);
  if (s[i] == '{' || s[i] == '[') {
    size_t depth = 0;
    while (i < s.size()) {
      char c = s[i];
      if (c == '"') {
        i = SkipString(s, i);
        continue;
      }
      if (c == '{' || c == '[') ++depth;
      if (c == '}' || c == ']') {
        if (--depth == 0) return i + 1;
      }
      ++i;
    }
    return i;
  }
  while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']' && !IsJsonSpace(s[i])) ++i;
  return i;
}

struct ByteRange {
  size_t begin, end;
};

// Elements of the array at s[i] == '['.
std::vector<ByteRange> ArrayElements(std::string_view s, size_t i) {
  std::vector<ByteRange> out;
  i = SkipWs(s, i + 1);
  while (i < s.size() && s[i] != ']') {
    size_t e = SkipValue(s, i);
    out.push_back({i, e});
    i = SkipWs(s, e);
    if (i < s.size() && s[i] == ',') i = SkipWs(s, i + 1);
    if (e == i && i < s.size() && s[i] != ']') break;  // no progress: not expected
  }
  return out;
}


int Hex4(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return -1;
  int v = 0;
  for (size_t k = i; k < i + 4; ++k) {
    char c = s[k];
    if (!absl::ascii_isxdigit(static_cast<unsigned char>(c))) return -1;
    v = v * 16 + (absl::ascii_isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  return v;
}

// Decodes the escape at s[i] == '\\' into `out`; returns its length.
size_t DecodeEscape(std::string_view s, size_t i, std::string* out) {
  if (i + 1 >= s.size()) return 1;
  switch (s[i + 1]) {
    case '"': out->push_back('"'); return 2;
    case '\\': out->push_back('\\'); return 2;
    case '/': out->push_back('/'); return 2;
    case 'b': out->push_back('\b'); return 2;
    case 'f': out->push_back('\f'); return 2;
    case 'n': out->push_back('\n'); return 2;
    case 'r': out->push_back('\r'); return 2;
    case 't': out->push_back('\t'); return 2;
    case 'u': {
      int hi = Hex4(s, i + 2);
      if (hi < 0) return 2;
      if (hi >= 0xD800 && hi <= 0xDBFF && i + 7 < s.size() && s[i + 6] == '\\' && s[i + 7] == 'u') {
        int lo = Hex4(s, i + 8);
        if (lo >= 0xDC00 && lo <= 0xDFFF) {
          AppendUtf8(0x10000 + ((static_cast<uint32_t>(hi) - 0xD800) << 10) + (static_cast<uint32_t>(lo) - 0xDC00), out);
          return 12;
        }
      }
      AppendUtf8(hi >= 0xD800 && hi <= 0xDFFF ? 0xFFFD : static_cast<uint32_t>(hi), out);
      return 6;
    }
    default:
      return 2;
  }
}

// Decodes the string literal [b, e) (quotes included) with anchors: one at
// each run of copied characters and one at each escape.
void DecodeMapped(const InputText& in, size_t b, size_t e, MappedText* out) {
  std::string_view s = in.text;
  size_t end = e > b + 1 ? e - 1 : b + 1;  // the closing quote
  size_t i = b + 1;
  std::string escaped;
  while (i < end) {
    size_t j = i;
    while (j < end && s[j] != '\\') ++j;
    if (j > i) out->Append(s.substr(i, j - i), in.lines.PosOf(i));
    if (j >= end) break;
    escaped.clear();
    size_t n = DecodeEscape(s, j, &escaped);
    out->Append(escaped, in.lines.PosOf(j));
    i = j + n;
  }
}

std::string DecodePlain(std::string_view s, size_t b, size_t e) {
  std::string out;
  size_t end = e > b + 1 ? e - 1 : b + 1;
  for (size_t i = b + 1; i < end;) {
    if (s[i] == '\\') {
      i += DecodeEscape(s, i, &out);
    } else {
      out.push_back(s[i++]);
    }
  }
  return out;
}

struct Member {
  std::string key;
  ByteRange value;
};

// Members of the object at s[i] == '{'.
std::vector<Member> ObjectMembers(std::string_view s, size_t i) {
  std::vector<Member> out;
  i = SkipWs(s, i + 1);
  while (i < s.size() && s[i] == '"') {
    size_t key_end = SkipString(s, i);
    std::string key = DecodePlain(s, i, key_end);
    i = SkipWs(s, key_end);
    if (i >= s.size() || s[i] != ':') break;
    i = SkipWs(s, i + 1);
    size_t e = SkipValue(s, i);
    out.push_back({std::move(key), {i, e}});
    i = SkipWs(s, e);
    if (i < s.size() && s[i] == ',') i = SkipWs(s, i + 1);
  }
  return out;
}

const char* TypeName(char first) {
  switch (first) {
    case '"': return "a string";
    case '[': return "an array";
    case '{': return "an object";
    case 't': case 'f': return "a boolean";
    case 'n': return "null";
    default: return "a number";
  }
}

const char* TypeName(const Json& v) {
  switch (v.type()) {
    case Json::value_t::object: return "an object";
    case Json::value_t::array: return "an array";
    case Json::value_t::string: return "a string";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::null: return "null";
    default: return "a number";
  }
}

std::string NumberText(const Json& v) {
  if (v.is_number_integer()) return v.dump();
  double d = v.get<double>();
  if (d == static_cast<double>(static_cast<long long>(d))) return std::to_string(static_cast<long long>(d));
  return v.dump();
}

// Reads the record at [b, e). Returns after adding a Document or a Skipped.
void ReadRecord(const InputText& in, ByteRange span, size_t number, const ReadOptions& options,
                DatasetState* state, ReadResult* result) {
  const std::string label = state->dataset ? RecordLabel(in, number) : in.path;
  std::string_view s = in.text;
  if (s[span.begin] != '{') {
    result->skipped.push_back({label, absl::StrCat(label, ": record is ", TypeName(s[span.begin]),
                                                   ", expected an object")});
    return;
  }
  Json obj = Json::parse(s.begin() + static_cast<long>(span.begin), s.begin() + static_cast<long>(span.end),
                         nullptr, /*allow_exceptions=*/false);
  if (!obj.is_object()) {
    result->skipped.push_back({label, absl::StrCat(label, ": record could not be parsed")});
    return;
  }
  std::vector<Member> members = ObjectMembers(s, span.begin);
  std::vector<std::string> names;
  names.reserve(members.size());
  for (const Member& m : members) names.push_back(m.key);
  std::array<int, kFieldCount> index = ResolveFields(options.fields, names);

  Record rec;
  rec.number = number;
  rec.begin = span.begin;
  rec.end = span.end;
  for (size_t f = 0; f < kFieldCount; ++f) {
    Field field = static_cast<Field>(f);
    const Json* v = nullptr;
    ByteRange vspan{span.begin, span.begin};
    std::string key;
    if (index[f] >= 0) {
      const Member& m = members[static_cast<size_t>(index[f])];
      key = m.key;
      auto it = obj.find(m.key);
      if (it != obj.end()) v = &*it;
      vspan = m.value;
    } else if (const std::string& mapped = MappedName(options.fields, field);
               mapped.find('.') != std::string::npos) {
      // A dotted path into nested objects: "source.name".
      key = mapped;
      const Json* cur = &obj;
      size_t from = 0;
      while (cur != nullptr && from <= mapped.size()) {
        size_t dot = mapped.find('.', from);
        std::string part = mapped.substr(from, dot == std::string::npos ? std::string::npos : dot - from);
        auto it = cur->is_object() ? cur->find(part) : cur->end();
        cur = cur->is_object() && it != cur->end() ? &*it : nullptr;
        if (dot == std::string::npos) break;
        from = dot + 1;
      }
      v = cur;
    }
    if (v == nullptr) continue;
    if (v->is_null()) {
      if (field == Field::kBody) rec.has_body = true;  // present but empty
      continue;
    }
    RecordValue& out = rec.values[f];
    out.offset = s[vspan.begin] == '"' ? vspan.begin + 1 : vspan.begin;
    const char* expected = "a string";
    if (field == Field::kBody) {
      if (v->is_string()) {
        rec.has_body = true;
        if (s[vspan.begin] == '"') {
          DecodeMapped(in, vspan.begin, vspan.end, &rec.body);
        } else {
          rec.body.Append(v->get<std::string>(), in.lines.PosOf(span.begin));
        }
        continue;
      }
    } else if (v->is_string()) {
      out.present = true;
      out.text = v->get<std::string>();
      continue;
    } else if ((field == Field::kId || field == Field::kPublished) && v->is_number()) {
      out.present = true;
      out.text = NumberText(*v);
      continue;
    } else if (field == Field::kOutlet && v->is_object()) {
      // {"source": {"id": ..., "name": "BBC News"}}
      auto name = v->find("name");
      if (name != v->end() && (name->is_string() || name->is_null())) {
        out.present = name->is_string();
        if (out.present) out.text = name->get<std::string>();
        continue;
      }
      expected = "a string or an object with a \"name\"";
    }
    if (field == Field::kId || field == Field::kPublished) expected = "a string or a number";
    result->skipped.push_back({label, absl::StrCat(label, ": field '", key, "' is ", TypeName(*v),
                                                   ", expected ", expected)});
    return;
  }
  AddRecord(in, rec, state, result);
}

void ReadJsonLines(const InputText& in, const ReadOptions& options, ReadResult* result) {
  DatasetState state;
  size_t number = 0;
  for (size_t i = 0; i < in.lines.line_count(); ++i) {
    auto [b, e] = in.lines.Line(i);
    if (i == 0) b = std::max(b, in.start);
    size_t first = SkipWs(in.text, b);
    if (first >= e) continue;
    ++number;
    std::string label = RecordLabel(in, number);
    std::string_view line = in.text.substr(first, e - first);
    if (JsonNestingDepth(line, kMaxJsonDepth) > kMaxJsonDepth) {
      result->skipped.push_back({label, absl::StrCat(in.Location(first), ": JSON nested deeper than ",
                                                     kMaxJsonDepth, " levels, record not read")});
      continue;
    }
    size_t error_at;
    std::string message;
    if (!Validate(line, &error_at, &message)) {
      result->skipped.push_back(
          {label, absl::StrCat(in.Location(first + error_at), ": JSON syntax error: ", message)});
      continue;
    }
    size_t end = first + SkipValue(line, 0);
    ReadRecord(in, {first, end}, number, options, &state, result);
  }
  if (number == 0) result->skipped.push_back({in.path, absl::StrCat(in.path, ": no JSON records")});
}

}  // namespace

size_t JsonNestingDepth(std::string_view s, size_t limit) {
  size_t depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > max_depth) {
        max_depth = depth;
        if (max_depth > limit) return max_depth;
      }
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return max_depth;
}

void ReadJson(const InputText& in, bool json_lines, const ReadOptions& options, ReadResult* result) {
  std::string_view s = in.text;
  size_t start = SkipWs(s, in.start);
  if (start >= s.size()) {
    result->skipped.push_back({in.path, absl::StrCat(in.path, ": empty file (no JSON)")});
    return;
  }
  // Several objects one after another: JSON Lines under a .json name.
  if (!json_lines && s[start] == '{' && JsonNestingDepth(s, kMaxJsonDepth) <= kMaxJsonDepth) {
    size_t end = SkipWs(s, SkipValue(s, start));
    if (end < s.size() && s[end] == '{') json_lines = true;
  }
  if (json_lines) {
    ReadJsonLines(in, options, result);
    return;
  }
  if (JsonNestingDepth(s, kMaxJsonDepth) > kMaxJsonDepth) {
    result->skipped.push_back({in.path, absl::StrCat(in.path, ": JSON nested deeper than ",
                                                     kMaxJsonDepth, " levels, not read")});
    return;
  }
  size_t error_at;
  std::string message;
  if (!Validate(s.substr(start), &error_at, &message)) {
    result->skipped.push_back(
        {in.path, absl::StrCat(in.Location(start + error_at), ": JSON syntax error: ", message)});
    return;
  }
  DatasetState state;
  if (s[start] == '[') {
    std::vector<ByteRange> elements = ArrayElements(s, start);
    if (elements.empty()) {
      result->skipped.push_back({in.path, absl::StrCat(in.path, ": JSON array holds no records")});
      return;
    }
    for (size_t k = 0; k < elements.size(); ++k) {
      ReadRecord(in, elements[k], k + 1, options, &state, result);
    }
  } else if (s[start] == '{') {
    state.dataset = false;
    ReadRecord(in, {start, SkipValue(s, start)}, 1, options, &state, result);
  } else {
    result->skipped.push_back({in.path, absl::StrCat(in.Location(start), ": JSON top level is ",
                                                     TypeName(s[start]),
                                                     ", expected an object or an array of objects")});
  }
}

}  // namespace sangati::adapters
